"""Hand-written FA-KES items for holdout3 (H-holdout3, session 6), written from the article texts.

Q(id, question, answerable, facts, docs, form, about)  -- docs/about are unit_ids
C(claim, doc_ids, label, kind)
"""
QUESTIONS = []
CLAIMS = []


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="fk3-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc_ids, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=list(doc_ids), label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- 1965511202 manar 2016-04-05: shelling of al-Sheikh Maqsoud, Aleppo
d = "1965511202"
Q("maqsoud-dead", "How many civilians were killed when terrorists shelled al-Sheikh Maqsoud in Aleppo in April 2016?", True, ["ten"], [d], "number-in-words")
Q("maqsoud-wounded", "al sheikh maqsoud shelling how many injured", True, ["50"], [d], "lowercase")
C("Terrorist shelling of Aleppo's al-Sheikh Maqsoud district left ten civilians dead and more than fifty hurt.", [d], S, "synonym")
C("More than 50 civilians were killed by the shelling of al-Sheikh Maqsoud.", [d], X, "unit-changed")
C("Citing local sources, SANA said dozens of rockets and mortar shells were fired on al-Sheikh Maqsoud from nearby neighbourhoods.", [d], S, "paraphrase")
C("The shelling of al-Sheikh Maqsoud was carried out in line with the cessation of hostilities agreement.", [d], X, "negation")

# --- 1962495678 alalam 2016-05-18: infighting among militant groups in Eastern Ghouta
d = "1962495678"
Q("ghouta-infight-groups", "Name the three groups whose clashes in Eastern Ghouta killed over 350 militants in less than a month.", True, ["Jeish al-Islam", "Faylaq al-Rahman", "Jeish al-Fastat"], [d], "list")
Q("faylaq-sham-cmdr", "Who was the Faylaq al-Sham commander in Hama killed by rival groups?", True, ["Abu Nasr"], [d], "which-person")
Q("banish", "In which town did suicide attacks kill at least 15 members of Ahrar al-Sham, four field commanders among them?", True, ["Banish"], [d], "which-place")
Q("ghouta-infight-since", "Since what date, according to the SOHR, had the infighting in Eastern Ghouta brought militant casualties past 300?", True, ["April 28"], [d], "date")
Q("juzef-body-date", "On what date were the bodies of Abu Nasr and his comrade found near Juzef?", False, [], [], "unans-date", d)
C("Fighting among militant factions in Eastern Ghouta killed more than 350 fighters in under a month.", [d], S, "paraphrase")
C("Saud al-Asaf, the Ansar al-Haq commander, died with three comrades in a bomb blast in Maasaran near Maraat al-Nuaman.", [d], S, "drop-detail")
C("Saud al-Asaf, the Ansar al-Haq commander, was killed in a bomb explosion in Banish.", [d], X, "place-swapped")
C("Suicide attacks in Banish killed at least 15 Ahrar al-Sham members, six of them field commanders.", [d], X, "number-changed")
C("After the wave of bomb attacks, Ahrar al-Sham eased its security measures across Idlib.", [d], X, "negation")
C("The bodies of Abu Nasr and one of his comrades were found in farms near Juzef in Idlib province.", [d], S, "passive-active")

# --- 1965495361 sputnik 2017-05-17: army kills Daesh militants in Deir ez-Zor
d = "1965495361"
Q("dez-may17-killed", "How many Daesh militants did the Syrian army kill in and around Deir ez-Zor, according to the report citing a military source in May 2017?", True, ["28"], [d, "1965495359"], "how-many-according-to")
Q("dez-airdrops", "who carries out the daily un aid airdrops to deir ez-zor", True, ["Russian"], [d, "1965495359"], "lowercase")
C("UN aid reaches Deir ez-Zor through daily airdrops by Russian warplanes.", [d], S, "passive-active")
C("The Syrian army wounded 28 Daesh militants and killed 30 in Deir ez-Zor.", [d], X, "number-changed")
C("A tank and two infantry fighting vehicles were among the equipment destroyed in the clashes, a military source told SANA.", [d], S, "drop-detail")
C("Deir ez-Zor city has been held by Daesh since 2014.", [d], X, "swapped-roles")

# --- 1923848171 ahram 2016-07-15: air raids on Al-Boulil, Deir Ezzor
d = "1923848171"
Q("boulil-women", "How many women were among the civilians killed in the air raids on Al-Boulil?", True, ["four"], [d], "number-in-words")
Q("boulil-mig-fourth", "Is it true that the regime MiG IS downed on Thursday was the first plane the group had shot down since April?", True, ["fourth"], [d], "is-it-true-false")
Q("boulil-distance", "How far is the Al-Boulil region from the provincial capital Deir Ezzor?", True, ["30 kilometres"], [d], "number")
Q("boulil-pilot-name", "What was the name of the pilot killed when IS shot down the MiG south of Deir Ezzor in July 2016?", False, [], [], "unans-person", d)
C("IS said it had shot down a regime MiG south of Deir Ezzor city, killing the pilot.", [d], S, "drop-detail")
C("Rebel fighters shot down a regime MiG south of Deir Ezzor, killing its pilot.", [d], X, "actor-substituted")
C("Russian air raids killed at least 11 civilians in the Al-Boulil region, the monitor said.", [d], U, "certainty-upgraded")
C("Al-Boulil lies some 18 miles southeast of the city of Deir Ezzor.", [d], S, "drop-detail")

# --- 1923848186 ahram 2015-07-16: barrel bombs on Al-Bab; Fuaa and Kafraya
d = "1923848186"
Q("albab-airport", "Which military airport near Al-Bab had IS been besieging for more than a year?", True, ["Kweyris"], [d], "which-place")
Q("fuaa-kafraya", "Which two Shiite villages in Idlib did the Army of Conquest shell in July 2015?", True, ["Fuaa", "Kafraya"], [d], "list")
Q("albab-since-sat", "How many civilians had died in air attacks on Al-Bab since Saturday, as of 16 July 2015?", True, ["68"], [d], "number")
Q("albab-why", "why did regime forces step up air attacks on al-bab, according to the observatory head", True, ["foiling IS efforts"], [d], "why-how")
Q("fuaa-toll", "What was the casualty toll from the overnight shelling of Fuaa and Kafraya in July 2015?", False, [], [], "unans-statistic", d)
C("Government helicopters dropped barrel bombs on IS-held Al-Bab, killing at least 11 civilians, three of them children.", [d], S, "passive-active")
C("The Army of Conquest described its attack on Fuaa and Kafraya as a response to the army and Hezbollah offensive on Zabadani.", [d], S, "nominalisation")
C("Hezbollah said its offensive on Zabadani was a response to the Army of Conquest's assault on Fuaa and Kafraya.", [d], U, "swapped-roles")
C("The Observatory gave an immediate toll for the casualties in Fuaa and Kafraya.", [d], X, "negation")
C("More than 60 civilians died in barrel bomb attacks on Al-Bab in May.", [d], S, "drop-detail")

# --- 1962495658 alalam 2016-07: Nusra commander killed in al-Rastan
d = "1962495658"
Q("rastan-cmdr", "Which Nusra Front field commander was killed when Syrian soldiers stormed al-Rastan?", True, ["Abu Malik"], [d], "which-person")
Q("rastan-oilfields", "Name the oilfields where Syrian aircraft hit ISIL sites and vehicles.", True, ["al-Shaer", "Jazal"], [d], "imperative")
C("Syrian troops killed Nusra field commander Abu Malik and eight other militants in al-Rastan, northern Homs.", [d], S, "drop-detail")
C("Abu Malik, killed in al-Rastan, was a field commander of ISIL.", [d], X, "actor-substituted")
C("Syrian aircraft targeted ISIL sites in the al-Shaer and Jazal oilfields and near Khneifes.", [d], S, "passive-active")

# --- 1962495633 alalam 2013-09-05: car bomb in Sumaria, Damascus
d = "1962495633"
Q("sumaria-place", "Where in Damascus did the car bomb that killed four people explode in September 2013?", True, ["Sumaria"], [d, "1965511107"], "which-place")
Q("sumaria-wounded", "Sumaria car bomb wounded?", True, ["6"], [d], "short")
Q("sumaria-claim", "Which group claimed the car bomb in the Sumaria area of Damascus?", False, [], [], "unans-person", d)
C("A car bomb in Damascus's Sumaria area killed four people and wounded six, SANA reported.", [d], S, "reorder")
C("The Sumaria car bomb went off near a research centre belonging to the Syrian Ministry of Defence.", [d], X, "actor-substituted")
C("The Syrian government accepted the claims that its army was behind the alleged chemical attack.", [d], X, "negation")
C("The Syrian government dismissed the chemical attack claims as baseless and cleared the way for UN inspectors.", [d], S, "synonym")

# --- 1924058195 dailysabah 2016-10: suicide attack on a wedding in Hasakeh (copy 1923102912)
d = "1924058195"
Q("wedding-injured", "According to Daily Sabah, how many people were injured by the suicide bomber who struck a wedding party in Hasakeh?", True, ["90"], [d], "how-many-according-to")
Q("wedding-groom", "Did the groom die in the Hasakeh wedding bombing?", True, ["safe"], [d, "1923848289"], "yes-no")
Q("wedding-bomber-name", "What was the name of the suicide bomber who attacked the wedding in Hasakeh?", False, [], [], "unans-person", d)
C("Daesh's statement claiming the attack made no mention of a wedding.", [d], S, "negated-statement")
C("Daesh said one of its fighters had blown himself up at a wedding party near Hasakeh.", [d], X, "negation")
C("Both the bride and the groom were killed in the blast, a relative told AFP.", [d], X, "negation")
C("A wounded witness said a man in a thick black jacket passed him just before the explosion.", [d], S, "paraphrase")

# --- 1924058211 dailysabah 2017-11: Daesh car bomb on displaced families near Deir el-Zour (copy 1923848250)
d = "1924058211"
Q("jafra", "Near which area south of Deir el-Zour did the Daesh car bomb hit displaced families?", True, ["al-Jafra"], [d], "which-place")
Q("jafra-children", "how many children was among victims of car bomb on displaced peoples near deir el-zour", True, ["12"], [d, "1924058105"], "non-native")
Q("jafra-dest", "Where were the displaced people going when the car bomb hit them?", True, ["Hasakeh"], [d, "1924058105"], "which-place")
Q("jafra-toll-pair", "How many people were killed and how many injured by the Daesh car bomb near Deir el-Zour, according to SANA as reported by Daily Sabah?", True, ["26", "30"], [d], "how-many-according-to")
C("Daesh controls roughly a quarter of Deir el-Zour province.", [d], S, "drop-detail")
C("Daesh controls roughly three quarters of oil-rich Deir el-Zour province.", [d], X, "number-changed")
C("The displaced families were on their way to camps in Kurdish-controlled Hasakeh province.", [d], S, "synonym")
C("The car bomb struck a checkpoint run by Russian-backed fighters.", [d], X, "actor-substituted")

# --- 1965511181 manar 2016-06-16: army advances in Latakia
d = "1965511181"
Q("turkman-16", "How many terrorists did the army and its allies kill in Jabal al-Turkman?", True, ["16"], [d], "number")
Q("athriya-start", "When did the wide operation on the Athriya-Khanaser-al-Tabqa axis begin?", True, ["2 June"], [d], "date")
C("The army's wide operation along the Athriya-Khanaser-al-Tabqa axis was launched on 2 June.", [d], S, "passive-active")
C("The Nusra Front position targeted by the army lies east of al-Khuder Hill, 7 km west of Daraa city.", [d], X, "place-swapped")

# --- 1923848201 ahram 2015-02-21: execution of families in Rityan
d = "1923848201"
Q("rityan", "In which village north of Aleppo did regime forces execute the families of five alleged rebels?", True, ["Rityan"], [d, "1918398778", "1914947538", "1923848200"], "which-place")
Q("rityan-tolls", "How many regime loyalists and how many rebels died in the heavy fighting north of Aleppo, according to the Observatory toll?", True, ["129", "116"], [d, "1914947538", "1923848200"], "comparison")
Q("rityan-informers", "According to whom did the troops know where the rebels lived thanks to informers?", True, ["Rami Abdel Rahman"], [d], "according-to")
C("Ten children were among at least 48 people killed in Rityan.", [d], S, "reorder")
C("Regime forces entered Rityan on Wednesday and pulled out on Tuesday.", [d], X, "date-shifted")
C("By Friday the rebels had recaptured every village the government forces had taken.", [d], X, "quantifier-changed")
C("Observatory director Rami Abdel Rahman said some of the bodies had been mutilated.", [d], U, "speaker-changed")
C("Activist Mamun Abu Omar said some of the bodies had been mutilated.", [d], S, "drop-detail")

# --- 1918150039 asharqalawsat 2016-07-02: strikes on Jayrud after a pilot's execution
d = "1918150039"
Q("jayrud", "Which town northeast of Damascus was hit by Syrian air strikes that killed thirty civilians on 2 July 2016?", True, ["Jayrud"], [d, "1915433695", "1918398795", "1923848177", "1923848178"], "two-constraints")
Q("jayrud-crash-two", "How did Syrian state media and Jaish al-Islam each explain why the air force plane came down near Jayrud?", True, ["technical", "shot down"], [d, "1915433695"], "comparison")
Q("jayrud-pilot-killer", "According to Jaish al-Islam, a fighter from which group killed the captured pilot?", True, ["Nusra Front"], [d, "1915433695", "1923848178"], "which-organisation")
Q("malah-400000", "if malah fell how many people in rebel held aleppo would be under siege", True, ["400000"], [d], "lowercase")
Q("jayrud-pilot-name", "What was the name of the Syrian air force pilot executed near Jayrud in July 2016?", True, ["Nawras Hassan"], ["1915433695"], "which-person", d)
C("A rebel spokesman said the raids on Jayrud looked like revenge for the killing of a Syrian air force pilot.", [d], S, "synonym")
C("Jaish al-Islam said it had shot down the plane and described how it did so.", [d], X, "negation")
C("Said Seif al Qalamoni said the army had hit a main rebel base with Russian-made surface-to-surface missiles.", [d], X, "swapped-roles")
C("A truce with the army had spared Jayrud the heavy bombing suffered by other rebel-held areas, turning the town into a refuge for thousands of civilians.", [d], S, "summary")
C("The raids on Jayrud hit a medical centre, a school and a residential area, and destroyed the town's main bakery.", [d], U, "true-plus-invented")

# --- 1965511224 manar 2016-08-03: chemical attack on Aleppo's Old City; Saraqib
d = "1965511224"
Q("aleppo-chem-director", "Who is the Aleppo health director who gave the toll of the toxic-gas shelling of the Old City?", True, ["Mohammad Hazouri"], [d], "which-person")
Q("saraqib-cases", "Of the 29 cases brought to his hospital, how many did the Saraqib neurologist treat himself?", True, ["16"], [d], "number")
Q("saraqib-gas", "what gas did the saraqib symptoms look like according to the doctors there", True, ["chlorine"], [d], "lowercase")
C("Aleppo's health director said five people died and eight had trouble breathing after shells carrying toxic gas hit the Old City.", [d], S, "synonym")
C("Doctors in Saraqib confirmed that chlorine gas had been used in the attack.", [d], U, "certainty-upgraded")
C("Most of the victims treated in Saraqib were men of fighting age.", [d], X, "actor-substituted")
C("The shells with toxic gas hit the Old City of Aleppo on Monday night.", [d], X, "date-shifted")
C("In Saraqib, the militants blamed government forces for the chemical attack.", [d], S, "paraphrase")

# --- 1923102915 alaraby 2016-10-02: strike on a refugee camp in Idlib
d = "1923102915"
Q("khwyn", "Near which village in southern Idlib was the refugee camp bombed in October 2016?", True, ["al-Khwyn"], [d], "which-place")
Q("snhr-month", "How many Syrian civilians were killed the previous month, and how many of them were children, according to the Syrian Network for Human Rights?", True, ["1200", "192"], [d], "how-many-according-to")
Q("russia-4000", "Since it first intervened, how many civilians have Russian war planes killed, according to Al-Araby?", True, ["4000"], [d], "according-to")
Q("khwyn-camp-name", "What is the name of the refugee camp near al-Khwyn that was bombed in October 2016?", False, [], [], "unans-follow-up", d)
C("Five women and a child died when Russian or Syrian regime jets struck a refugee camp in Idlib province.", [d], S, "reorder")
C("Syrian regime jets killed five women and a child at a refugee camp in Idlib.", [d], U, "certainty-upgraded")
C("The UN said the May raid on the Sarmada camp was probably an accident.", [d], X, "negation")
C("According to the Syrian Network for Human Rights, 163 children and 192 women were among the civilians killed last month.", [d], X, "number-changed")
C("Dozens of people died in May in a suspected Russian air raid on the Sarmada refugee camp in Idlib.", [d], S, "reorder")

# --- 1926478976 sana 2016-09-28: rocket attacks on Aleppo neighbourhoods
d = "1926478976"
Q("aziziyeh", "Name the Aleppo neighbourhoods where terrorists' rocket shells killed one person and injured 16 on 28 September 2016.", True, ["Aziziyeh", "Moghambo", "Zaharaa"], [d], "imperative")
C("A source at Aleppo Police Command said rocket shells killed one person and injured 16 in Aleppo city.", [d], S, "drop-detail")
C("Terrorist rocket attacks killed 16 people in Aleppo city on Wednesday.", [d], X, "unit-changed")

# --- 1965495359 sputnik 2017-05-18: Daesh rockets on Deir ez-Zor
d = "1965495359"
Q("qussour", "Which Deir ez-Zor neighbourhood did Daesh fire rocket shells on in May 2017, killing three civilians?", True, ["al-Qussour"], [d], "in-month-year")
C("Daesh rocket fire on al-Qussour in Deir ez-Zor killed three civilians and injured three more.", [d], S, "summary")
C("Daesh rocket fire on Deir ez-Zor killed three civilians and injured thirty others.", [d], X, "number-changed")

# --- 1923848315 ahram 2014-04-06: premature car bomb in Homs; Damascus Opera House
d = "1923848315"
Q("homs-29", "How many rebels died in Homs in April 2014 when a car bomb they were priming blew up?", True, ["29"], [d], "in-month-year")
Q("opera-year", "In which year was the Damascus Opera House inaugurated?", True, ["2004"], [d, "1923848316"], "date")
Q("homs-left-stayed", "How many civilians left the Old City of Homs under UN supervision that year, and how many were estimated to remain?", True, ["1400", "1500"], [d], "comparison")
Q("homs-carbomb-group", "Which rebel brigade were the fighters killed in the premature car bomb blast in Homs in April 2014 from?", False, [], [], "unans-organisation", d)
C("A mortar round that hit the Damascus Opera House killed two people and wounded five, SANA said.", [d], S, "passive-active")
C("The Damascus Opera House was inaugurated by President Hafez al-Assad in 2004.", [d], X, "actor-substituted")
C("Mortar rounds struck near the Russian embassy on Sunday, the Syrian Observatory said.", [d], X, "date-shifted")
C("Some 1500 civilians left the Old City of Homs under UN supervision this year, while about 1400 remain.", [d], X, "number-changed")
C("The Observatory said rebels shelled Damascus in retaliation for the government campaign in its eastern suburbs.", [d], U, "causal-added")

# --- 1965511171 manar 2016-07-23: rocket and sniper attacks in Aleppo
d = "1965511171"
Q("khaldiyeh", "How many civilians were killed by rocket shells on al-Khaldiyeh neighbourhood in Aleppo?", True, ["three"], [d], "number-in-words")
Q("binnish-maaret", "From which towns did terrorists fire rockets on al-Fouaa and Kafraya, according to local sources?", True, ["Binnish", "Maaret Masrin"], [d], "according-to")
C("Eleven civilians, including a child and two women, were killed in Aleppo on Friday by rocket shells and sniper fire.", [d], S, "number-words")
C("Terrorists fired three rocket shells on Harasta Suburb, wounding a citizen.", [d], S, "synonym")
C("Three rocket shells fired on Harasta Suburb killed a citizen.", [d], X, "unit-changed")

# --- 1923102944 alaraby 2016-09-20: collapse of the Aleppo truce, aid convoy hit
d = "1923102944"
Q("convoy-town", "Which town in Aleppo province was the UN and Red Crescent convoy delivering aid to when it was hit?", True, ["Orum al-Kubra"], [d, "1923848274"], "which-place")
Q("truce-start", "When did the Moscow-Washington truce come into effect?", True, ["September 12"], [d], "date")
Q("ru-vs-sohr", "Russia's defence ministry and the Syrian Observatory each gave a death toll for the night the Aleppo truce collapsed: what were the two numbers?", True, ["40", "39"], [d], "comparison")
Q("convoy-trucks", "Give the number of trucks destroyed in the strike on the aid convoy.", True, ["18"], [d], "imperative")
C("The ceasefire brokered by Moscow and Washington took effect on September 12.", [d], S, "passive-active")
C("The truce that collapsed in Aleppo had been brokered by Ankara and Moscow.", [d], X, "actor-substituted")
C("The Syrian army declared its ceasefire over on Tuesday evening.", [d], X, "date-shifted")
C("A Russian airstrike hit the aid convoy, killing 12 Red Crescent volunteers and drivers.", [d], U, "actor-added")
C("According to activist Hassaan Abu Nuh, artillery fire hit the rebel-held town of Talbisseh.", [d], S, "reorder")
C("Activist Nayef Mustafa said artillery fire had hit Talbisseh.", [d], U, "speaker-changed")

# --- 1924058140 dailysabah 2017-04-02: Russian jets hit opposition outpost in Idlib (copies 1918398786, 1924058141)
d = "1924058140"
Q("babeska", "Which Idlib village, a haven for moderate FSA groups, was hit by overnight raids according to the opposition in April 2017?", True, ["Babeska"], [d], "in-month-year")
Q("tripartite", "Which three countries set up the mechanism to monitor the Syrian ceasefire in February?", True, ["Turkey", "Russia", "Iran"], [d], "list")
C("Opposition forces said Russian jets had hit an outpost in Idlib, killing at least one opposition fighter.", [d], S, "drop-detail")
C("Russian jets violated the ceasefire by striking an opposition outpost in Idlib, killing at least one fighter.", [d], U, "certainty-upgraded")
C("Turkey, Russia and Iran set up a tripartite mechanism in February to monitor the ceasefire.", [d], S, "passive-active")
C("Daraya fell to opposition forces last year and was evacuated by Assad regime forces.", [d], X, "swapped-roles")

# --- 1965495368 sputnik 2017-04-28: SDF in al-Tabqa
d = "1965495368"
Q("tabqa-hoods", "Which three neighbourhoods of al-Tabqa did the SDF say it liberated on 28 April 2017?", True, ["Nebabile", "Zahra", "al-Wahab"], [d], "list")
Q("sdf-formed", "In what year was the SDF formed?", True, ["2015"], [d], "date")
Q("tabqa-raqqa", "tabqa raqqa distance?", True, ["30 miles"], [d], "short")
C("The SDF launched its Wrath of Euphrates operation to take Raqqa in November 2016.", [d], S, "passive-active")
C("The SDF launched the Wrath of Euphrates operation in November 2015.", [d], X, "date-shifted")
C("Kurdish fighters found a tunnel used by Daesh militants in al-Tabqa.", [d], U, "certainty-upgraded")
C("Al-Tabqa lies more than 30 miles from Raqqa.", [d], X, "comparison-reversed")

# --- 1924058105 trt 2017-11-17: same car bombing near Deir Ezzor as 1924058211
d = "1924058105"
Q("abu-kamal", "Around which border town is Daesh cornered in Deir Ezzor province, according to TRT World?", True, ["Abu Kamal"], [d], "according-to")
C("A car bombing blamed on Daesh killed at least 26 displaced people in eastern Syria, the SOHR said.", [d], S, "drop-detail")
C("Daesh said its car bombing in Deir Ezzor had killed at least 26 displaced people.", [d], U, "speaker-changed")
C("The displaced people were heading to camps in YPG-controlled Hasakeh province, Abdel Rahman said.", [d], S, "reorder")

# --- 1965511231 manar 2017-04-06: army operations in Deir Ezzor, Lattakia, Daraa
d = "1965511231"
Q("dez-48", "how many isil terrorists were killed by the army bombardment on the southern outskirts of deir ezzor", True, ["48"], [d], "lowercase")
Q("jadieh", "How far is Jadieh village from Daraa city?", True, ["65 km"], [d], "number")
C("Army bombardment on Deir Ezzor's southern outskirts killed 48 terrorists and destroyed a tank and six machinegun-equipped vehicles.", [d], S, "number-words")
C("In Lattakia, army units destroyed three explosive-rigged vehicles before they could reach the military points.", [d], S, "synonym")
C("Army strikes in Daraa al-Balad killed 18 terrorists and destroyed two cannons.", [d], X, "number-changed")

# --- 1926479104 etilaf 2016-04-26: Coalition mourns rescue workers killed in Al-Atareb
d = "1926479104"
Q("atareb", "In which town were five Civil Defense rescue workers killed by Russian and regime airstrikes in April 2016?", True, ["Al-Atareb"], [d], "in-month-year")
Q("atareb-letter", "Who sent the Syrian Coalition's letter of condolence to the Civil Defense Corps in Aleppo?", True, ["Abdul Ilah al-Fahd"], [d], "which-person")
C("Abdul Ilah al-Fahd wrote to the Civil Defense Corps in Aleppo to offer his condolences.", [d], S, "paraphrase")
C("The airstrikes that killed the rescue workers in Al-Atareb were carried out on Tuesday.", [d], X, "date-shifted")
C("Fahd said those with blood on their hands would be able to escape punishment.", [d], X, "negation")

# --- 1962495665 alalam 2016-07-11: Nusra emir killed in northern Homs
d = "1962495665"
Q("brouq", "Which al-Nusra emir did the Syrian army kill in the al-Rastan region in July 2016?", True, ["Brouq"], [d], "which-person")
C("Nusra emir Mahmoud Abdulkarim Brouq and at least 10 of his fighters were killed between the villages of al-Qajar and al-Zara.", [d], S, "drop-detail")
C("Mahmoud Abdulkarim Brouq was killed in Jubb al-Jarrah in Eastern Homs.", [d], X, "place-swapped")

# --- 1923848270 ahram 2016-06-03: regime strikes in and near Aleppo, bus hit (copy 1924058184)
d = "1923848270"
Q("aleppo-bus", "Of the 31 civilians killed in and around Aleppo on 3 June 2016, how many died when their bus was hit, according to the White Helmets?", True, ["10"], [d], "how-many-according-to")
Q("castello", "Which key rebel supply road out of Aleppo did the Observatory head say was now effectively cut?", True, ["Castello"], [d], "which-place")
Q("castello-dead", "How many dead civilians did the Observatory report from the strikes on the Castello road?", True, ["eight"], [d], "number-in-words")
C("The White Helmets said regime raids in and around Aleppo killed 31 civilians on Friday, ten of them on a bus.", [d], S, "summary")
C("A bus on the Castello road was also hit on Thursday, killing seven civilians.", [d], X, "date-shifted")
C("Abdel Rahman gave an exact toll for the overnight rocket fire on government-held Aleppo.", [d], X, "negation")
C("The truce agreed by Russia and the United States in February has largely held around Aleppo.", [d], X, "negation")
C("Since April, more than 300 civilians have lost their lives in Aleppo.", [d], S, "synonym")

# --- 1923848215 ahram 2014-10-24: barrel bombs on Tal Qarrah
d = "1923848215"
Q("tal-qarrah", "In which village north of Aleppo did regime barrel bombs kill ten children and five women in October 2014?", True, ["Tal Qarrah"], [d], "in-month-year")
Q("hrw-month", "In what month did Human Rights Watch accuse the Syrian regime of defying a UN Security Council resolution on indiscriminate attacks?", True, ["July"], [d], "date")
C("Regime helicopters dropped barrel bombs on a home and a public hall in Tal Qarrah.", [d], S, "passive-active")
C("Human Rights Watch praised the regime in July for complying with the UN Security Council resolution.", [d], X, "negation")
C("The strikes that killed ten children and five women in Tal Qarrah were carried out by Russian jets.", [d], X, "actor-substituted")

# --- 1965511170 manar 2016-07-27 and 1919191742 trt 2016-07-27: truck bomb in Qamishli
d, t = "1965511170", "1919191742"
Q("qamishli-tolls", "How many people were killed in the Qamishli bombing of 27 July 2016 according to Al-Manar's report and according to TRT World?", True, ["44", "48"], [d, t, "1924058046", "1924058056"], "comparison")
Q("qamishli-hood", "In which neighbourhood of al-Qameshli did the car bomb go off, according to SANA's source in Hasaka?", True, ["al-Gharbiya"], [d], "which-place")
Q("qamishli-why", "What did ISIL say it was responding to with the Qamishli attack?", True, ["Manbij"], [d, "1924058046", "1924058056", "1924058115", "1924058172"], "why-how")
Q("nusaybin", "Which town across the Turkish border had shop windows shattered by the Qamishli blast?", True, ["Nusaybin"], [t], "which-place")
Q("qamishli-injured", "qamishli bomb injured how many SANA", True, ["140"], [d, t, "1924058046", "1924058056"], "short")
Q("qamishli-near", "What was the truck bomb in Qamishli set off near, according to the Observatory?", True, ["security headquarters"], [t], "according-to")
Q("qamishli-children", "How many children were among those killed in the Qamishli truck bombing of July 2016?", False, [], [], "unans-statistic", t)
Q("qamishli-driver", "Who drove the explosives-laden truck that blew up in Qamishli in July 2016?", False, [], [], "unans-person", d)
C("ISIL claimed the Qamishli attack, saying it was carried out by a bomber in an explosives-laden truck.", [d], S, "passive-active")
C("ISIL denied any role in the car bombing in al-Qameshli.", [d], X, "negation")
C("Hospitals in Qamishli received the bodies of 44 victims and 140 injured people, medical sources said.", [d], S, "drop-detail")
C("The car bomb attack in al-Qameshli killed 140 people.", [d], X, "unit-changed")
C("The blast in Qamishli was powerful enough to shatter shop windows in the Turkish town of Nusaybin.", [t], S, "paraphrase")
C("The Qamishli attack was first thought to be a double bombing, but sources later said the initial blast had set off a gas tank.", [t], S, "summary")
C("In April a suicide bomb killed at least 16 people in Hasaka.", [t], X, "date-shifted")
C("Kurdish forces took vast areas of Hasaka province from DAESH in 2015.", [t], S, "synonym")

# --- 1926479120 etilaf 2016-11-07: regime shelling of Alwaer, Homs
d = "1926479120"
Q("alwaer-dead", "How many civilians did activists say regime shelling killed in Alwaer on Sunday?", True, ["6"], [d], "according-to")
Q("alwaer-why", "Why, according to the Syrian Coalition, was the regime escalating its attacks on Alwaer?", True, ["demographic change"], [d], "why-how")
C("Activists said regime forces encircling Alwaer stopped the wounded being evacuated despite appeals from the Syrian Arab Red Crescent.", [d], S, "synonym")
C("The Syrian Arab Red Crescent evacuated the wounded from Alwaer for treatment.", [d], X, "negation")
C("Activists urged Alwaer residents to keep their children home from school on Monday.", [d], S, "paraphrase")
C("The Homs Media Center said the escalation came after a six-month lull that followed a truce.", [d], X, "number-changed")

# --- 1962495695 alalam 2016-03-12: Russian strikes on ISIL in eastern Homs
d = "1962495695"
Q("quaryatayn", "Near which strategic town and which ancient city did Russian jets strike ISIL in eastern Homs in March 2016?", True, ["Quaryatayn", "Palmyra"], [d], "two-constraints")
C("Russian airstrikes on al-Duweh and Jabal Hayyan near Palmyra killed over 20 ISIL fighters and wounded fifty more.", [d], S, "drop-detail")
C("Russian airstrikes on al-Duweh and Jabal Hayyan killed fifty ISIL fighters and wounded more than 20.", [d], X, "number-changed")

# --- 1923102950 alaraby 2016-06-22: airstrikes on Raqqa
d = "1923102950"
Q("raqqa-children", "How many children were among the 25 civilians killed by overnight airstrikes on Raqqa in June 2016?", True, ["six"], [d], "number-in-words")
Q("raqqa-troops-lost", "how many troops and militia did damascus lose in the is counter attack", True, ["40"], [d], "lowercase")
C("Activists could not immediately tell who had carried out the Tuesday night raids on Raqqa.", [d], S, "paraphrase")
C("The US-led coalition carried out the overnight raids that killed 25 civilians in Raqqa.", [d], U, "actor-added")
C("Before IS drove them out of Raqqa province, government forces had got within 20 km of the Euphrates River.", [d], S, "reorder")

# --- 1965495339 sputnik 2017-10-02: SDF operations near Deir ez-Zor and Raqqa
d = "1965495339"
Q("sdf-oct-losses", "How many SDF fighters were killed in the Raqqa clashes reported on 2 October 2017?", True, ["Three"], [d], "number-in-words")
C("The SDF killed 12 Daesh members while fighting for three small villages northeast of Deir ez-Zor, ANF News reported.", [d], S, "passive-active")
C("The SDF is conducting its operations against Daesh in northern Syria in coordination with Damascus.", [d], X, "negation")

# --- 1924058098 trt 2016-10-13: strikes on Aleppo; Kerry-Lavrov meeting (copy 1924058082)
d = "1924058098"
Q("aleppo-offensive-start", "On what date did regime forces launch their offensive to retake the whole of Aleppo?", True, ["September 22"], [d], "date")
Q("abu-laith-districts", "Name the rebel-held Aleppo districts that civil defence official Ibrahim Abu al-Laith said were hit on Thursday.", True, ["al-Kalaseh", "Bustan al-Qasr", "al-Sakhour"], [d], "imperative")
Q("veto-author", "Which country drew up the UN Security Council resolution on Aleppo that Russia vetoed?", True, ["France"], [d], "which-organisation")
Q("kerry-where", "In which country was John Kerry due to meet Sergei Lavrov to discuss Syria in October 2016?", True, ["Switzerland"], [d], "which-place")
C("Russia vetoed a French-drafted Security Council resolution demanding an end to the bombing of Aleppo.", [d], S, "paraphrase")
C("France vetoed a Russian draft resolution on Aleppo at the UN Security Council.", [d], X, "swapped-roles")
C("Seven children were among 71 civilians killed in opposition-held areas on Tuesday and Wednesday, SOHR's head said.", [d], S, "reorder")
C("John Kerry will meet Sergei Lavrov in Geneva on Saturday to discuss Syria.", [d], U, "place-narrowed")
C("Opposition fighters have held eastern Aleppo since 2012.", [d], S, "passive-active")

# --- 1926478939 sana 2014-12-07: rocket on Aleppo; mortar on Jaramana
d = "1926478939"
Q("aziziyeh-park", "Near what did the rocket shell that killed one civilian in Aleppo's al-Aziziyeh in December 2014 fall?", True, ["Public Park"], [d], "in-month-year")
C("A day earlier a mortar attack on Jaramana killed a five-year-old child and injured six other civilians.", [d], S, "number-words")
C("A mortar attack on Jaramana in Damascus Countryside killed six children.", [d], X, "unit-changed")

# --- 1926479296 arabiya 2016-02-27: ISIS attack on Tel Abyad
d = "1926479296"
Q("telabyad-towns", "Which two Kurdish-held towns on the Turkish border did ISIS attack on 27 February 2016?", True, ["Tel Abyad", "Suluk"], [d], "list")
Q("telabyad-strikes", "How many air strikes did coalition war planes carry out to try to repel the Tel Abyad assault?", True, ["10"], [d], "number")
Q("telabyad-tolls", "According to the Syrian Observatory, how many Islamic State militants and how many Kurdish militia fighters had been killed in the Tel Abyad fighting?", True, ["45", "20"], [d], "comparison")
Q("akcakale", "From which town on the Turkish side could gunfire and explosions be heard for hours?", True, ["Akcakale"], [d], "which-place")
Q("telabyad-turkey", "Is it true that Turkey admitted the attackers had crossed into Syria from its territory?", True, ["denied"], [d], "is-it-true-false")
Q("telabyad-ypg-spox", "Who is the YPG spokesman who said some attackers infiltrated from the Turkish border?", True, ["Redur Xelil"], [d], "which-person")
C("Turkey has consistently rejected accusations that it was supporting the group.", [d], S, "synonym")
C("Turkey has acknowledged that it supported the militants who attacked Tel Abyad.", [d], X, "negation")
C("The YPG captured Tel Abyad from ISIS last year in an offensive backed by U.S.-led air strikes.", [d], S, "drop-detail")
C("Redur Xelil said at least 45 Islamic State militants and 20 Kurdish fighters had been killed.", [d], U, "speaker-changed")
C("The temporary truce under the U.S.-Russian plan also applies to ISIS and the Nusra Front.", [d], X, "negation")
C("Fourteen Turkish F-16s patrolled the Turkish-Syrian border on Saturday, the Turkish military said.", [d], X, "date-shifted")

# --- 1962495687 alalam 2016-04-24: militant shelling of Aleppo and Hama
d = "1962495687"
Q("neel-street", "According to al-Mayadeen TV, which two parts of Aleppo were hit by the rocket attacks that killed 11 people?", True, ["al-Neel Street", "New Aleppo"], [d], "according-to")
C("Militant mortar fire on al-Sqeilbiyeh and al-Jaberiyeh in Hama killed one civilian and injured four, SANA said.", [d], S, "drop-detail")
C("The ceasefire brokered by the United States and Russia in late February covers al-Nusra Front.", [d], X, "negation")
C("Four of the shells hit residential neighbourhoods while the remaining 10 landed around the towns and villages.", [d], S, "synonym")

# --- 1965495358 sputnik 2017-05-21: suicide blast at Ahrar al-Sham HQ in Seraqeb
d = "1965495358"
Q("seraqeb-dead", "How many people were killed in the suicide blast near the Ahrar al-Sham headquarters in Idlib on 21 May 2017?", True, ["45"], [d], "number")
Q("seraqeb-brigade", "Which brigade's headquarters was targeted in Seraqeb, according to the local source?", True, ["Lions of Islam"], [d], "which-organisation")
Q("seraqeb-cmdr", "What was the name of the commander killed in the suicide blast at the Ahrar al-Sham headquarters in Seraqeb?", False, [], [], "unans-person", d)
C("So far no group has claimed responsibility for the blast in Seraqeb.", [d], S, "negated-statement")
C("Daesh claimed responsibility for the suicide bombing near the Ahrar al-Sham headquarters.", [d], X, "negation")
C("Citing an Ahrar al-Sham statement, media said the attacker rode a motorbike to the headquarters, set off a bomb fixed to it, then went inside and blew himself up.", [d], S, "summary")
C("The local source said several civilians were among those killed in Seraqeb.", [d], X, "certainty-upgraded")

# --- 1926478966 sana 2016-11-21: coalition strike on al-Salehia, Raqqa (copy 1926478911)
d = "1926478966"
Q("salehia-target", "What did US-led coalition aircraft hit in al-Salehia village in November 2016?", True, ["cotton-spinning plant"], [d], "in-month-year")
Q("salehia-workers", "How many workers did the coalition airstrike on al-Salehia kill?", True, ["three"], [d], "number-in-words")
C("The coalition airstrike on al-Salehia killed three workers, a displaced family of six and one local man.", [d], S, "drop-detail")
C("Russian aircraft carried out the airstrike on the cotton-spinning plant in al-Salehia.", [d], X, "actor-substituted")

# --- 1926479261 etilaf 2016-11-30: Coalition letter to the UN on Aleppo
d = "1926479261"
Q("abdah-letter", "Which Syrian Coalition president wrote to Ban Ki-moon about the onslaught on Aleppo in November 2016?", True, ["Anas Abdah"], [d], "which-person")
Q("seck", "Who was the President of the UN Security Council that the Coalition's Aleppo letter was addressed to?", True, ["Fode Seck"], [d], "which-person")
Q("chlorine-times", "According to the Coalition's letter, how many times had chlorine gas been used in the Aleppo escalation?", True, ["four"], [d], "number-in-words")
C("The Coalition's letter said the escalation in Aleppo had killed more than 670 people, 40% of them children.", [d], S, "drop-detail")
C("The letter said the escalation had displaced more than 3000 families and put 11 hospitals and medical centres out of action.", [d], S, "synonym")
C("According to the letter, a few hospitals in Aleppo were still able to treat the wounded.", [d], X, "quantifier-changed")
C("Anas Abdah's letter was addressed to UN Secretary-General Antonio Guterres.", [d], X, "actor-substituted")

# --- 1965495341 sputnik 2017-10-03: Russian strikes east of the Euphrates
d = "1965495341"
Q("kazaki", "Which Kazakhstan-born Daesh coordinator did the Russian Defense Ministry say was killed in the Euphrates valley?", True, ["Abu Islam al-Kazaki"], [d], "which-person")
Q("konashenkov-304", "How many Daesh militants did Konashenkov say were killed on the eastern bank of the Euphrates over two days?", True, ["304"], [d], "how-many-according-to")
Q("konashenkov-tanks", "how many tanks did russia say it destroyed near deir ez-zor in early october 2017", True, ["eight"], [d], "lowercase")
C("According to Konashenkov, the strikes destroyed eight tanks, three artillery systems and four ammunition depots.", [d], S, "drop-detail")
C("An airstrike wiped out a centre where Daesh trained foreign mercenaries, among them about 40 militants from the North Caucasus, Konashenkov said.", [d], S, "synonym")
C("Konashenkov said seven Daesh field commanders had been captured on the eastern bank of the Euphrates.", [d], X, "negation")

# --- 1926479289 reuters 2011-08-01: factbox on Hama
d = "1926479289"
Q("hama-80", "How many people did rights groups say were killed in the tank-backed assault on Hama on July 31, 2011?", True, ["80"], [d], "how-many-according-to")
Q("chevallier", "Who was the French ambassador who visited Hama with Robert Ford?", True, ["Eric Chevallier"], [d], "which-person")
Q("hama-governor", "When did Assad fire the governor of Hama province?", True, ["July 2"], [d], "paraphrase")
Q("hama-1982-toll", "What range of estimates does Reuters give for the death toll of the 1982 operations in Hama?", True, ["10000", "30000"], [d], "comparison")
Q("hama-distance", "How far north of Damascus is Hama?", True, ["210 km"], [d], "number")
C("Ford and Chevallier visited Hama on July 8, and Syria summoned them to Damascus two days later.", [d], S, "summary")
C("A mob stormed the US embassy compound on July 11 after Ford posted a letter on the embassy's Facebook page.", [d], S, "reorder")
C("Assad sacked the governor of Hama on July 2, a day before tens of thousands of protesters massed in the city.", [d], X, "date-shifted")
C("In February 1982 government forces ambushed Muslim Brotherhood fighters searching for dissidents in Hama.", [d], X, "swapped-roles")
C("Hama, Syria's third biggest city, has a mostly Sunni population of 700000.", [d], X, "number-changed")
C("Hama lies about 131 miles north of Damascus.", [d], S, "drop-detail")

# --- 1923848303 ahram 2014-05-06: tunnel bomb near Maarat al-Numan
d = "1923848303"
Q("maarat-tunnel", "Outside which town in Idlib did rebels blow up a tunnel under a checkpoint, killing about 30 government fighters, in May 2014?", True, ["Maarat al-Numan"], [d], "in-month-year")
Q("tunnel-groups", "Which two insurgent groups set off the explosives in the tunnel, according to the Observatory?", True, ["Islamic Front", "Shields of the Revolution Council"], [d], "list")
Q("sabha", "Which village did the Nusra Front and its allies take in the fighting near Deir al-Zor?", True, ["al-Sabha"], [d], "which-place")
C("Around 70 rebels died on Monday in clashes between ISIL and the Nusra Front and its allies in an eastern province bordering Iraq.", [d], S, "synonym")
C("At least two officers died when insurgents detonated tonnes of explosives in a tunnel running from the road to the checkpoint.", [d], S, "paraphrase")
C("ISIL and its allies took control of the village of al-Sabha in Monday's fighting.", [d], X, "actor-substituted")
C("The tunnel blast near Maarat al-Numan took place on Tuesday.", [d], X, "date-shifted")

# --- 1923102969 alaraby 2017-10-11: suicide attack on Damascus police HQ
d = "1923102969"
Q("police-hq-street", "On which street is the Damascus police headquarters that three suicide bombers targeted in October 2017?", True, ["Khaled Bin al-Walid"], [d], "which-place")
Q("midan-17", "How many people were killed in the October 2 attack on the police station in Midan?", True, ["17"], [d], "number")
Q("police-hq-names", "What were the names of the three suicide bombers who attacked the Damascus police headquarters in October 2017?", False, [], [], "unans-person", d)
C("The interior ministry said one person was killed and six injured in the attack on the police headquarters.", [d], S, "drop-detail")
C("Guards opened fire on the attackers, forcing them to blow themselves up before they could enter the building.", [d], S, "paraphrase")
C("The suicide bombers managed to get inside the police headquarters before blowing themselves up.", [d], X, "negation")
C("IS claimed the October 2 attack in Midan, saying three of its fighters armed with guns, grenades and explosives hit the station.", [d], S, "drop-detail")

# --- 1924058108 trt 2017-10-06: Russian and regime strikes in Deir Ezzor
d = "1924058108"
Q("dez-79", "How many civilians were killed by Russian and regime air strikes in Deir Ezzor over 48 hours, according to TRT World in October 2017?", True, ["79"], [d], "how-many-according-to")
Q("mayadeen-corridor", "Near which Daesh-held city were civilians fleeing through a humanitarian corridor across the Euphrates hit by war planes?", True, ["Al Mayadeen"], [d], "which-place")
C("The SOHR said Russian air strikes killed at least 14 civilians crossing the Euphrates on makeshift rafts south of Mayadeen.", [d], S, "summary")
C("Russia has scaled back its air raids in support of Syrian regime forces in recent days.", [d], X, "negation")
C("Activist Ahed Sileybi said Daesh fighters had shot at the civilians fleeing across the Euphrates.", [d], X, "actor-substituted")

# --- 1965511199 manar 2016-04-25: car bomb near the Sayyeda Zeinab shrine
d = "1965511199"
Q("diyabiyah", "Which town, a gateway for pilgrims to the Shiite shrine, did the car bomb near Sayyeda Zeinab hit in April 2016?", True, ["Al-Diyabiyah"], [d], "in-month-year")
Q("diyabiyah-wounded", "How many people were wounded by the car bomb near the Sayyeda Zeinab shrine, according to SANA?", True, ["20"], [d], "how-many-according-to")
C("A guard said his bomb detector started beeping when a suspicious pickup truck drew up at the checkpoint.", [d], S, "synonym")
C("The Syrian Observatory reported a higher death toll than SANA for the bombing near the shrine.", [d], X, "comparison-reversed")
C("The Sayyeda Zeinab shrine holds the grave of Imam Hussein.", [d], X, "actor-substituted")
C("The blast shattered the windows of a small hotel opposite the checkpoint.", [d], S, "passive-active")

# --- 1926479180 sana 2016-11-03: attacks on Aleppo neighbourhoods; Izraa
d = "1926479180"
Q("joulaq", "Which al-Alam TV photographer was slightly injured while covering army operations near Aleppo in November 2016?", True, ["Joulaq"], [d], "which-person")
Q("faculty-arts", "What part of the university did shells hit in the attacks on Aleppo on 3 November 2016?", True, ["Faculty of Arts and Humanities"], [d], "paraphrase")
C("The mortar attack on Izraa damaged houses and public property but caused no casualties.", [d], S, "synonym")
C("The mortar attack by Nusra-affiliated groups on Izraa killed several residents.", [d], X, "negation")
C("The toll from the attacks on Aleppo's neighbourhoods rose to 12 dead and more than 200 injured.", [d], S, "drop-detail")

# --- 1965495382 sputnik 2017-04-08: coalition strikes on Khuneida, Raqqa
d = "1965495382"
Q("khuneida", "In which town west of Raqqa did SANA say US-led coalition strikes killed at least 10 civilians?", True, ["Khuneida"], [d], "according-to")
Q("townsend", "Which coalition commander said 'we probably had a role' in the high casualties in Mosul?", True, ["Stephen Townsend"], [d], "which-person")
C("Lt. Gen. Stephen Townsend said the coalition had probably played a role in the high casualties in Mosul.", [d], S, "nominalisation")
C("Townsend denied that the coalition played any part in the civilian deaths in Mosul.", [d], X, "negation")
C("The school west of Raqqa had been sheltering 50 families from Aleppo, Raqqa and Homs.", [d], S, "passive-active")
C("Verified reports put the death toll from the strike on the school west of Raqqa at 33.", [d], X, "certainty-upgraded")

# --- 1965511141 manar 2014-08-31: ISIL crucifixions in Deir Ezzor
d = "1965511141"
Q("lawyer", "Which Deir Ezzor lawyer, a member of the Bar Association's general commission, did ISIL assassinate?", True, ["Dawood Suleiman al-Shaher"], [d], "which-person")
Q("shaghour-girl", "How old was the girl wounded by the mortar round in Zqaq al-Sheikh?", True, ["9"], [d], "number")
C("ISIL killed three civilians from Mouhessen, two of them elderly men, for apostasy and crucified them in the town square.", [d], S, "drop-detail")
C("A mortar round in Zqaq al-Sheikh wounded three women, one of them a 9-year-old girl, and damaged two houses.", [d], S, "synonym")
C("The mortar round that landed in Zqaq al-Sheikh killed three women.", [d], X, "unit-changed")

# --- 1923848254 ahram 2017-10-23: bodies found in Qaryatayn
d = "1923848254"
Q("qaryatayn-65", "In October 2017, how many civilian bodies did activists report finding in Qaryatayn after government forces retook it from IS, according to AP?", True, ["65"], [d], "in-month-year")
Q("qaryatayn-names", "Which group published the names of those killed in Qaryatayn?", True, ["Palmyra Coordination Committee"], [d, "1965495348"], "which-organisation")
C("At least 35 of the victims were found shot with their bodies dumped in a shaft, the Palmyra Coordination Committee said.", [d], S, "passive-active")
C("Syrian troops and allied fighters retook Qaryatayn on Sunday.", [d], X, "date-shifted")
C("IS killed all 65 civilians whose bodies were found in Qaryatayn.", [d], U, "certainty-upgraded")

# --- 1923848310 ahram 2014-04-26: clashes in Daraa
d = "1923848310"
Q("daraa-two-sides", "How many opposition fighters and how many regime forces were killed in the two days of clashes in Daraa in April 2014?", True, ["45", "43"], [d], "comparison")
Q("jabiyeh", "Which strategic hill did the rebels seize on Thursday in Daraa province?", True, ["Tal al-Jabiyeh"], [d], "which-place")
Q("tal-jamu", "How far is Tal Jamu from Tal al-Jabiyeh?", True, ["five kilometres"], [d], "number-in-words")
C("Regime forces called in heavy artillery and helicopters in an attempt to retake the hill.", [d], S, "synonym")
C("Regime forces seized the strategic Tal al-Jabiyeh hill from the rebels on Thursday.", [d], X, "swapped-roles")
C("The rebels sought to connect the territory they hold in Daraa with the Quneitra region beside the Israeli-occupied Golan Heights.", [d], S, "paraphrase")

# --- 1965495334 sputnik 2015-02-05: Jaysh al-Islam rockets on Damascus
d = "1965495334"
Q("jaysh-rockets", "Which Islamist group fired rockets into the heart of Damascus on 5 February 2015?", True, ["Jaysh al-Islam"], [d], "which-organisation")
Q("aloush", "Who led the Islam Army that warned Damascus was a military zone?", True, ["Zahran Aloush"], [d], "which-person")
C("The rocket attack on Damascus was revenge for government airstrikes on Eastern Al-Ghouta.", [d], U, "certainty-upgraded")
C("According to local reports, the rockets killed at least three people and wounded 30 in Damascus.", [d], S, "reorder")
C("Schools in Damascus stayed open throughout the rocket attack.", [d], X, "negation")

# --- 1926479222 sana 2016-06-11: army advance towards al-Rasafa, Raqqa
d = "1926479222"
Q("rasafa-6km", "How close to al-Rasafa were the army units, according to SANA's military source?", True, ["6 km"], [d], "according-to")
Q("dez-15-jun", "How many ISIS terrorists did army units kill in Deir Ezzor city and its countryside in the last hours, per the field source?", True, ["15"], [d], "how-many-according-to")
C("The army shot down an ISIS drone that was trying to monitor its advance towards the eastern Badiya.", [d], S, "passive-active")
C("Army units have secured a 57 km area stretching between Atherya near Hama and al-Rasafeh.", [d], S, "synonym")
C("The army units were still 57 km away from al-Rasafa.", [d], X, "number-changed")

# --- extra answerable forms (typos, non-native, long, yes/no, is-it-true, paraphrase, short)
Q("albab-typo", "how many civillians died in the barel bomb raids on al-bab on thursday", True, ["11"], ["1923848186"], "typo")
Q("saraqib-neuro-typo", "what is the name of the neurologist in saraqib who treated the gas victms", True, ["Ibrahim al-Assad"], ["1965511224"], "typo")
Q("opera-nonnative", "The mortar on Damascus opera house, how much people it killed?", True, ["Two"], ["1923848315", "1923848316"], "non-native")
Q("homs-ru-nonnative", "Russia jets in Homs in March 2016, how many ISIL they kill in 48 hours?", True, ["100"], ["1962495695"], "non-native")
Q("atareb-long", "I'm putting together a timeline of attacks on rescue workers in Syria. In April 2016 the Syrian Coalition mourned several Civil Defense volunteers who died when Russian and regime aircraft struck their centre in rural Aleppo. How many of those volunteers were killed?", True, ["five"], ["1926479104"], "long")
Q("qussour-long", "For a note on the siege of Deir ez-Zor in May 2017: a day after the army said it had killed and wounded dozens of Daesh militants, Daesh fired rocket shells on a neighbourhood of the city, killing three civilians. How many other people were injured in that rocket attack?", True, ["three"], ["1965495359"], "long")
Q("qamishli-claimed", "Did the Islamic State group claim responsibility for the Qamishli truck bombing in July 2016?", True, ["claimed"], ["1965511170", "1919191742", "1924058046", "1924058056", "1924058115", "1924058172"], "yes-no")
Q("opera-bashar", "Is it true that the Damascus Opera House was inaugurated by Bashar al-Assad?", True, ["2004"], ["1923848315", "1923848316"], "is-it-true")
Q("rityan-wives", "Is it true that the wives of the alleged rebel fighters were among those killed in Rityan?", True, ["wives"], ["1923848201"], "is-it-true")
Q("zeinab-post", "What kind of security post did the car bomb near the Shiite shrine south of Damascus blow up at?", True, ["checkpoint"], ["1965511199"], "paraphrase")
Q("albab-weapon", "What crude weapon did the choppers drop on the jihadist-held town of Al-Bab?", True, ["barrel bomb"], ["1923848186"], "paraphrase")
Q("talqarrah-short", "Tal Qarrah children killed?", True, ["Ten"], ["1923848215"], "short")
Q("seraqeb-short", "Seraqeb suicide blast toll?", True, ["45"], ["1965495358"], "short")
Q("qamishli-vehicle", "According to Kurdish officials, what vehicle did the suicide bomber in Qamishli drive?", True, ["truck"], ["1924058046", "1924058056", "1965511170", "1919191742", "1924058115", "1924058172"], "according-to")
Q("aleppo-22jul", "How many civilians were killed by rocket shells and sniper fire in Aleppo city on Friday 22 July 2016?", True, ["Eleven"], ["1965511171"], "two-constraints")
Q("hama-sunni", "What is the population of Hama, Syria's fourth biggest city?", True, ["700000"], ["1926479289"], "number")

# --- unanswerable questions (key terms grepped over all FA-KES texts and the examples)
u = lambda qid, q, form, about: Q(qid, q, False, [], [], form, about)
u("maqsoud-homs", "How many civilians were killed when terrorists shelled al-Sheikh Maqsoud in Homs in April 2016?", "unans-wrong-detail", "1965511202")
u("wedding-raqqa", "How many people did the suicide bomber kill at a wedding party in Raqqa province in October 2016?", "unans-wrong-detail", "1924058195")
u("qussour-2015", "How many civilians did Daesh rockets kill in the al-Qussour neighbourhood of Deir ez-Zor in January 2015?", "unans-wrong-detail", "1965495359")
u("jayrud-israel", "How many civilians were killed by Israeli air strikes on Jayrud in July 2016?", "unans-wrong-detail", "1918150039")
u("qamishli-2014", "How many people did the truck bomb in Qamishli kill in July 2014?", "unans-wrong-detail", "1919191742")
u("rityan-hama", "In which village near Hama did regime forces execute the families of five alleged rebels in February 2015?", "unans-wrong-detail", "1923848201")
u("salehia-french", "How many civilians did French aircraft kill in al-Salehia village in November 2016?", "unans-wrong-detail", "1926478966")
u("nusra-emir-palmyra", "Which al-Nusra emir did the Syrian army kill inside Palmyra city in July 2016?", "unans-wrong-detail", "1962495665")
u("turkish-tanks-dez", "How many Daesh tanks did Turkish jets say they destroyed east of the Euphrates near Deir ez-Zor in October 2017?", "unans-wrong-detail", "1965495341")
u("police-hq-aleppo", "How many people were killed when three suicide bombers attacked the main police headquarters in Aleppo in October 2017?", "unans-wrong-detail", "1923102969")
u("mouhessen-nusra", "How many civilians did the Nusra Front crucify in Mouhessen in August 2014?", "unans-wrong-detail", "1965511141")
u("sumaria-aleppo", "How many people did the car bomb in the Sumaria area of Aleppo kill?", "unans-wrong-detail", "1962495633")
u("talqarrah-idlib", "How many children were killed by regime barrel bombs on Tal Qarrah in Idlib province?", "unans-wrong-detail", "1923848215")
u("wellander", "What did UN envoy Hans Wellander say about the coalition strikes on Khuneida?", "unans-entity", "1965495382")
u("jayrud-mayor", "What did Jayrud's mayor, Khaled Mansour, say about the town's truce with the army?", "unans-entity", "1918150039")
u("kafr-zeitan", "How many civilians died in the 2016 air raid on the village of Kafr Zeitan al-Sharqi?", "unans-entity", "1923102915")
u("erdogan-babeska", "What did Erdogan say about the Russian raids on Babeska?", "unans-person", "1924058140")
u("aljazeera-qamishli", "What death toll did Al Jazeera give for the Qamishli truck bombing of July 2016?", "unans-outlet", "1919191742")
u("bbc-telabyad", "What did the BBC report about the ISIS assault on Tel Abyad in February 2016?", "unans-outlet", "1926479296")
u("shaher-year", "In what year did the lawyer Dawood Suleiman al-Shaher join the Bar Association in Deir Ezzor?", "unans-date", "1965511141")
u("fuaa-end", "On what date did the Army of Conquest end its 2015 assault on Fuaa and Kafraya?", "unans-date", "1923848186")
u("khwyn-wounded", "How many people were wounded in the strike on the refugee camp near al-Khwyn?", "unans-statistic", "1923102915")
u("zeinab-pilgrims", "How many pilgrims visit the Sayyeda Zeinab shrine each year?", "unans-statistic", "1965511199")
Q("jayrud-pop", "How many people live in Jayrud, according to an activist in the town?", True, ["60000"], ["1918398795", "1923848178"], "according-to")
u("atareb-wounded", "How many rescue workers were wounded in the April 2016 airstrike on the Civil Defense centre in Al-Atareb?", "unans-statistic", "1926479104")
u("zeinab-arrests", "Was anyone arrested over the April 2016 car bomb near the Sayyeda Zeinab shrine?", "unans-follow-up", "1965511199")
u("khuneida-comp", "What compensation did the US-led coalition offer the families of the civilians killed in Khuneida?", "unans-follow-up", "1965495382")
u("qaryatayn-cmdr", "Who commanded the Syrian army units that retook Qaryatayn from IS in October 2017?", "unans-person", "1923848254")
u("aziziyeh-group", "Which rebel group fired the rocket shells on al-Aziziyeh and Moghambo in Aleppo on 28 September 2016?", "unans-organisation", "1926478976")
u("jayrud-sunday-strikes", "How many air strikes hit Jayrud on Sunday 3 July 2016?", "unans-statistic", "1918398795")
u("qamishli-asayesh-dead", "How many members of the Kurdish security forces were among the dead in the Qamishli truck bombing of July 2016?", "unans-statistic", "1924058046")
u("wedding-reuters", "What death toll did Reuters give for the suicide attack on the wedding in Hasakeh in October 2016?", "unans-outlet", "1924058195")
u("dez-airdrop-start", "When did Russian warplanes start the daily UN aid airdrops over Deir ez-Zor?", "unans-date", "1965495361")
u("conquest-leader-fuaa", "Who led the Army of Conquest's assault on Fuaa and Kafraya in July 2015?", "unans-person", "1923848186")
u("maarat-civilians", "How many civilians died in the rebel tunnel bomb near Maarat al-Numan in May 2014?", "unans-statistic", "1923848303")
u("telabyad-iraq", "Which Kurdish-held town on the Iraqi border did ISIS attack on 27 February 2016?", "unans-wrong-detail", "1926479296")
u("rityan-red-crescent", "What did Syrian Red Crescent official Maher al-Khatib say about the killings in Rityan?", "unans-entity", "1923848201")
u("opera-repair", "How long did it take to repair the Damascus Opera House after the April 2014 mortar strike?", "unans-follow-up", "1923848315")
u("hass-school-name", "What was the name of the Idlib Media Centre activist who described the rocket hitting the school entrance in Hass?", "unans-person", "1923102891")
u("seraqeb-ru-claim", "Which Russian official blamed Daesh for the suicide blast at the Ahrar al-Sham headquarters in Seraqeb?", "unans-wrong-detail", "1965495358")
u("atareb-coalition-date", "On what date did the Syrian Coalition's Abdul Ilah al-Fahd visit Al-Atareb after the April 2016 strike?", "unans-follow-up", "1926479104")
u("kazaki-age", "How old was Abu Islam al-Kazaki when he was killed?", "unans-statistic", "1965495341")

# --- more claims: negation in other forms, plans-to-did, causal-added, true-plus-invented, quantifiers, headlines
C("Ten civilians killed, more than 50 hurt as shells hit Aleppo's al-Sheikh Maqsoud", ["1965511202"], S, "headline")
C("Syrian army kills 28 Daesh militants, wounds 30 in Deir ez-Zor", ["1965495361"], S, "headline")
C("Rebels seize Tal al-Jabiyeh hill in Daraa as 88 die in two days of fighting", ["1923848310"], S, "headline")
C("Daesh bombing kills at least 44 in Kurdish-majority Qamishli", ["1924058046"], S, "headline")
C("The army failed to stop the al-Nusra infiltrators at Jadieh village, who seized the military post.", ["1965511231"], X, "negation")
C("Jaish al-Islam refused to say whether it had shot down the plane.", ["1918150039"], X, "negation")
C("The Observatory never reported any casualties in Fuaa and Kafraya.", ["1923848186"], X, "negation")
C("Qamishli is no longer under any regime presence and is controlled solely by Kurdish authorities.", ["1924058046"], X, "negation")
C("The coalition spokesman said there was not enough credible evidence of civilian victims near Manbij to justify an investigation.", ["1924058046"], X, "negation")
C("The Observatory said the Castello road was effectively cut, and the army has pledged to keep it closed to civilians.", ["1923848270"], U, "true-plus-invented")
C("The military had threatened that the killing of its pilot would be punished, and, according to a Facebook page run by Jayrud activists, rebels began leaving their bases around the town overnight.", ["1923848177"], S, "summary")
C("Under a deal reported early on Sunday, rebel fighters were to leave Jayrud and hand over the pilot's body, and the shelling then stopped for good.", ["1923848177"], U, "true-plus-invented")
C("Government officials refused an agreement under which rebels would leave Jayrud in exchange for a halt to the shelling.", ["1923848177"], X, "negation")
C("Amjad al-Danaf, head of Jayrud's medical centre, was killed while treating wounded residents, activists said.", ["1923848177"], S, "reorder")
C("The Jayrud medical centre's director Amjad al-Danaf survived the bombardment.", ["1923848177"], X, "negation")
C("The Observatory said at least 31 people died in the shelling of Jayrud, all of them civilians.", ["1918398795"], U, "quantifier-changed")
C("Rebel fighters handed the pilot's body over to the government under the deal reached in Jayrud.", ["1923848177"], U, "plans-to-did")
C("Kurdish officials said the Qamishli bomber drove an explosives-laden truck, and the blast set off a nearby fuel container.", ["1924058046"], S, "paraphrase")
C("Because Kurdish fighters were besieging Manbij, Daesh targeted the Kurdish defence ministry in Qamishli.", ["1924058046"], U, "causal-added")
C("A twin bombing, a truck followed minutes later by an explosives-packed motorcycle, struck the western edge of Qamishli, media reports said.", ["1924058115"], S, "summary")
C("The Syrian regime controls most of Qamishli, while the PYD holds only the town's airport.", ["1924058115"], X, "swapped-roles")
C("Daesh's Aamaq agency said the truck bomb struck a complex of Kurdish offices in Qamishli.", ["1924058115"], S, "passive-active")
C("John Kerry met Sergei Lavrov in Switzerland on Saturday to discuss Syria.", ["1924058098"], U, "plans-to-did")
C("The coalition's investigation found that its strikes near Manbij had killed civilians.", ["1924058046"], U, "plans-to-did")
C("The Syrian army killed 48 ISIL terrorists in Deir Ezzor, prompting ISIL to withdraw from the whole province.", ["1965511231"], U, "true-plus-invented")
C("The barrel bombs on Tal Qarrah killed ten children and five women, most of them members of a single family.", ["1923848215"], U, "true-plus-invented")
C("Every one of the villages seized by the army near Rityan was still in government hands by Friday.", ["1923848201"], X, "quantifier-changed")
C("Hama's population in 1982 was larger than its population today.", ["1926479289"], X, "comparison-reversed")
C("Fewer regime loyalists than rebels died in the heavy fighting north of Aleppo, according to the Observatory.", ["1923848201"], X, "comparison-reversed")
C("The Observatory's toll for the Qamishli bombing was lower than the one given by Syrian state media.", ["1924058046"], X, "comparison-reversed")
C("Most of the 65 civilians found in Qaryatayn were killed by government forces, the Observatory said.", ["1923848254"], X, "actor-substituted")
C("The overnight airstrikes on Raqqa were retaliation for IS driving government forces out of Raqqa province.", ["1923102950"], U, "causal-added")
C("Rebels shelled Damascus with mortars after government forces launched a campaign in its eastern suburbs, killing dozens at the Opera House.", ["1923848315"], X, "number-changed")
C("The interior ministry said nine people died and more than ten were hurt in the attack near the police headquarters.", ["1923102969"], X, "number-changed")
C("Lavrov and Kerry were joined by the foreign ministers of Turkey, Qatar, Saudi Arabia and Iran at the Switzerland meeting, officials said.", ["1924058098"], U, "plans-to-did")
C("The attack on the wedding party in Hasakeh killed 30 people, more than half of them children.", ["1924058195"], U, "true-plus-invented")
C("Activist Abu Malek al-Jayrudi said there had been at least 45 air strikes on Jayrud that day.", ["1918398795"], S, "drop-detail")
C("Alloush identified the executed pilot as Lieutenant Nawras Hassan.", ["1915433695"], S, "drop-detail")
C("Alloush said Jaish al-Islam had executed the pilot after al-Nusra shot down his plane.", ["1915433695"], X, "swapped-roles")
C("State media said the plane came down because of a technical failure during a combat mission.", ["1915433695"], X, "detail-changed")

# --- second batch of unanswerable questions and non-supported claims
u("lions-cmdr", "Who commands the Lions of Islam Brigade whose headquarters was hit in Seraqeb?", "unans-person", "1965495358")
u("qussour-women", "How many women were among the victims of the Daesh rocket attack on al-Qussour in May 2017?", "unans-statistic", "1965495359")
u("kweyris-soldiers", "How many government soldiers were trapped in the besieged Kweyris military airport in July 2015?", "unans-statistic", "1923848186")
u("jabiyeh-jordan", "How did Jordan react to the rebel capture of Tal al-Jabiyeh in April 2014?", "unans-follow-up", "1923848310")
u("danaf-year", "In which year did Amjad al-Danaf become head of Jayrud's medical centre?", "unans-date", "1923848177")
u("khuneida-2016", "How many civilians did US-led coalition strikes kill in Khuneida in April 2016?", "unans-wrong-detail", "1965495382")
u("babeska-hezbollah", "How many opposition fighters were killed when Hezbollah jets hit Babeska in April 2017?", "unans-wrong-detail", "1924058140")

C("The Syrian government denied that any chemical munitions had been used in Saraqib.", ["1965511224"], X, "negation")
C("The Observatory head said the Castello road was still open to civilians leaving rebel-held Aleppo.", ["1923848270"], X, "negation")
C("The Syrian army rejected the end of the ceasefire and kept to the truce on Monday evening.", ["1923102944"], X, "negation")
C("Kurdish forces no longer control much of Hasaka province, having lost vast areas to DAESH in 2015.", ["1919191742"], X, "swapped-roles")
C("Fode Seck, as Secretary-General of the UN, received the Coalition's letter on Aleppo.", ["1926479261"], X, "actor-substituted")
C("IS has made major gains in recent months.", ["1923848254"], X, "negation")
C("The Damascus Opera House, hit by rebel mortar fire, was later closed for good.", ["1923848315"], U, "true-plus-invented")
C("The suicide blast in Seraqeb was carried out by a woman, according to the Ahrar al-Sham statement.", ["1965495358"], X, "actor-substituted")
C("Local sources told SANA that rocket fire from Binnish killed several citizens in al-Fouaa and Kafraya.", ["1965511171"], X, "unit-changed")
C("The Nusra Front executed the families of five alleged rebels in Rityan, the Observatory said.", ["1923848201"], X, "actor-substituted")
C("Russia will keep providing air support to the army's operation against ISIL near Palmyra until the city is taken.", ["1962495695"], U, "modality")
C("The Observatory warned that the Homs car bomb toll would probably rise because dozens of people were missing.", ["1923848315"], S, "paraphrase")
