"""Hand-written FA-KES items for holdout7 (H-holdout7, session 10), written from the article texts only.

Q(id, question, answerable, facts, docs, form, about)  -- docs/about are unit_ids
C(claim, doc_ids, label, kind)
"""
QUESTIONS = []
CLAIMS = []


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="fk7-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc_ids, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=list(doc_ids), label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- 1962495635 alalam (text Mon Aug 12 2013; CSV date 3/15/2012): rebel offensive in Latakia, Alawite villages
d = "1962495635"
Q("latakia-kidnapped", "How many Alawites from the villages had been kidnapped, according to Sheikh Mohammed Reda Hatem?", True, ["150 Alawites"], [d], "how-many-according-to")
Q("latakia-qardaha-distance", "How close to the Assad family's ancestral village did the fighting in Latakia get in August 2013?", True, ["12 miles"], [d], "paraphrase")
Q("latakia-mp", "Which member of parliament for Latakia said the rebels were provoking a sectarian war?", True, ["Ammar al-Assad"], [d], "which-person")
Q("latakia-before", "In which province had the militants suffered a string of military defeats before turning to Latakia?", True, ["Homs"], [d], "which-place")
Q("latakia-hiding", "where are the civilians who escaped kidnapping in latakia hiding", True, ["hiding in the forests around the villages"], [d], "lowercase")
Q("latakia-released", "How many of the Alawites kidnapped in the August 2013 Latakia offensive were later freed?", False, [], [], "unans-follow-up", d)
C("A religious leader in Latakia said 150 Alawites from the villages had been kidnapped, women and children among them.", [d], S, "paraphrase")
C("Sheikh Mohammed Reda Hatem said 50 Alawites from the villages had been kidnapped.", [d], X, "number-changed")
C("At one point the fighting came within 12 miles of Qardaha.", [d], S, "drop-detail")
C("Ammar al-Assad said civilians who escaped kidnapping had returned to their homes in the villages.", [d], X, "detail-changed")
C("The Free Syrian Army claimed responsibility for the rockets fired toward Qardaha.", [d], U, "actor-added")
C("Until the latest attacks, Latakia and Tartous had been a safe haven for Syrian residents.", [d], S, "paraphrase")
C("The militants turned to Latakia after a string of military victories in Homs.", [d], X, "negation")

# --- 1965511192 manar 2016-05-14: suicide car bomb in Qamishli
d = "1965511192"
Q("qamishli-where", "Where in Qamishli did the suicide bomber blow himself up in May 2016?", True, ["al-Hilaliyeh roundabout"], [d], "which-place")
Q("qamishli-toll", "How many civilians were killed by the car bomb in Qamishli on 14 May 2016?", True, ["Five civilians"], [d], "number-in-words")
Q("qamishli-claim", "Which group claimed the May 2016 suicide car bombing at the al-Hilaliyeh roundabout in Qamishli?", False, [], [], "unans-organisation", d)
Q("qamishli-injured", "Exactly how many people were injured by the al-Hilaliyeh roundabout car bomb?", False, [], [], "unans-statistic", d)
C("A source at Hasaka Police Command told SANA that a suicide bomber blew up a car full of explosives in central Qamishli.", [d], S, "drop-detail")
C("The source said the death toll from the Qamishli bombing was unlikely to rise.", [d], X, "negation")
C("The bombing in Qamishli damaged shops, houses and cars.", [d], S, "drop-detail")
C("The car bomb in Qamishli killed five soldiers at a checkpoint.", [d], X, "actor-substituted")
C("Kurdish security forces arrested an accomplice of the Qamishli bomber.", [d], U, "actor-added")

# --- 1965511106 manar 2013-09-15: bomb on a bus in Idlib kills a Baath journalist
d = "1965511106"
Q("fakhreddine", "Which journalist was killed when a bomb hit a bus in Idlib province in September 2013?", True, ["Fakhreddine Hassan"], [d], "which-person")
Q("fakhreddine-outlet", "For which publication did the journalist killed in the Idlib bus blast work?", True, ["youth publication"], [d], "which-thing")
Q("rsf-citizen", "According to Reporters Without Borders, how many citizen journalists had died in Syria's war by September 2013?", True, ["at least 58 citizen journalists"], [d], "how-many-according-to")
Q("bus-wounded", "How many people were wounded in the bomb attack on the bus in Idlib?", True, ["nine"], [d], "number-in-words")
Q("bus-bomber", "Who planted the bomb that killed the Baath party journalist in Idlib?", False, [], [], "unans-person", d)
C("Reporters Without Borders reported 23 journalists killed in Syria's 30-month war.", [d], S, "reorder")
C("Reporters Without Borders reported 58 journalists and 23 citizen journalists killed in the war.", [d], X, "swapped-roles")
C("The blast hit a bus on a road in the northeastern province of Hasaka.", [d], X, "place-swapped")
C("Fakhreddine Hassan and two other people died when a blast struck their bus.", [d], S, "passive-active")
C("The bus carrying Fakhreddine Hassan was travelling to Damascus when the bomb went off.", [d], U, "true-plus-invented")
C("SANA said the journalist worked for the ruling Baath party's youth publication.", [d], S, "synonym")

# --- 1926479115 etilaf 2016-06-02: Syrian Coalition declares Idlib a disaster area
d = "1926479115"
Q("idlib-children-72", "How many children were among the civilians killed in the bombing of Idlib in the days before 2 June 2016, according to the Syrian Coalition?", True, ["15 children"], [d], "how-many-according-to")
Q("idlib-destroyed", "List what the bombings destroyed in Idlib province, according to the Coalition.", True, ["4 health facilities", "a power station", "a school", "a mosque"], [d], "list")
Q("idlib-alert", "What did the Coalition ask the interim government and the relief and medical organisations in Idlib to do?", True, ["stay on full alert"], [d], "why-how")
Q("idlib-un-toll", "How many people did the United Nations say were killed in the bombing of Idlib in late May 2016?", False, [], [], "unans-outlet", d)
C("The Syrian Coalition declared the whole of Idlib province a disaster area because of the regime and Russian air campaign.", [d], S, "paraphrase")
C("At least 325 civilians were killed and over 72 wounded in the bombing of Idlib.", [d], X, "swapped-roles")
C("The Coalition praised the UN for acting quickly to halt the military operations.", [d], X, "negation")
C("The Coalition called for faster support to the Free Syrian Army so it could defend civilians and the displaced.", [d], S, "paraphrase")
C("The Coalition asked Turkey to open its border to civilians fleeing Idlib.", [d], U, "actor-added")
C("According to the Coalition, the regime and Russian strikes mostly targeted civilian areas, hospitals, mosques and IDP camps.", [d], S, "drop-detail")

# --- 1923102938 alaraby 2016-09-26: fourth day of air raids on rebel-held Aleppo
d = "1923102938"
Q("aleppo-sep-compare", "What death toll did civil defence sources give The New Arab for the late-September 2016 raids on rebel-held Aleppo, and what toll did the Syrian Observatory give?", True, ["330", "at least 128 people"], [d], "comparison")
Q("aleppo-bread", "According to The New Arab, what did a portion of bread cost in besieged east Aleppo at the end of September 2016?", True, ["500 Syrian pounds"], [d], "according-to")
Q("aleppo-unsc", "Which three countries demanded at the UN Security Council's emergency session that Russia rein in its Syrian ally?", True, ["Britain", "France", "United States"], [d], "list")
Q("aleppo-amputation", "Why were serious injuries in Aleppo's hospitals requiring immediate amputations?", True, ["major shortage of blood"], [d], "why-how")
Q("aleppo-siege-when", "When did regime forces fully surround Aleppo again in 2016?", True, ["early September"], [d], "date")
Q("aleppo-sep-kids", "According to Rami Abdel Rahman, how many children were among the dead in the Aleppo raids since Thursday?", True, ["20 children"], [d], "how-many-according-to")
Q("aleppo-sep-hospital", "Which hospital in east Aleppo carried out the amputations mentioned by the medic who spoke to AFP?", False, [], [], "unans-entity", d)
Q("aleppo-sep-russia", "How did Russia's envoy respond at the Security Council session on Aleppo on Sunday 25 September 2016?", False, [], [], "unans-follow-up", d)
C("Civil defence sources told The New Arab the death toll had reached 330.", [d], S, "drop-detail")
C("The Syrian Observatory placed the death toll higher than the civil defence sources did.", [d], X, "quantifier-changed")
C("Regime forces had fully surrounded Aleppo in early September.", [d], S, "drop-detail")
C("The price of a portion of bread rose to 350 Syrian pounds from 500 the week before.", [d], X, "swapped-roles")
C("Monday was the third day of intense air raids on Aleppo.", [d], X, "number-changed")
C("The UN Security Council met in an emergency session on Sunday and passed a resolution condemning Russia.", [d], U, "true-plus-invented")
C("Several charity kitchens in eastern districts have stopped handing out food because of the airstrikes.", [d], S, "paraphrase")
C("Aleppo has been divided since mid-2012, with the government in the east and rebels in the west.", [d], X, "swapped-roles")

# --- 1915433675 alaraby 2015-02-23: Sawaiq al-Rahman brigade vs al-Nusra in Idlib
d = "1915433675"
Q("sawaiq-killed", "How many Nusra Front fighters did the Sawaiq al-Rahman brigade say it killed south of Idlib?", True, ["six"], [d], "number-in-words")
Q("sawaiq-salqin", "In which town did the Sawaiq al-Rahman brigade kill the al-Nusra leader Abu Hassan?", True, ["Salqin"], [d], "which-place")
Q("seventh-deadline", "How long did the FSA's seventh division give al-Nusra to free the hostages?", True, ["48 hours"], [d], "number")
Q("seventh-hq", "Where was the headquarters of the FSA special forces seventh division that al-Nusra stormed?", True, ["Ain Larouz"], [d], "which-place")
Q("afisi-hostage", "Is a relative of Col Haitham Afisi among al-Nusra's hostages?", True, ["including my son"], [d], "yes-no")
Q("nusra-expand", "When did al-Nusra begin expanding into the countryside around Idlib?", True, ["early November 2014"], [d], "date")
Q("sawaiq-amiriyah", "Why did the Sawaiq al-Rahman brigade attack the Nusra Front, according to its statement?", True, ["in response to al-Nusras attack on the town of Amiriyah"], [d], "why-how")
Q("afisi-son-name", "What is the name of Colonel Haitham Afisi's son held by al-Nusra?", False, [], [], "unans-person", d)
C("The Sawaiq al-Rahman brigade, an FSA-affiliated faction, said it killed six Nusra fighters in the countryside south of Idlib.", [d], S, "drop-detail")
C("The brigade said its operation answered al-Nusra's attack on the town of Salqin.", [d], X, "place-swapped")
C("Colonel Afisi said al-Nusra had gained popular support.", [d], X, "negation")
C("The seventh division's commander was among those al-Nusra took hostage.", [d], S, "paraphrase")
C("Al-Nusra has been designated a terrorist organisation by the UN Security Council.", [d], U, "actor-substituted")
C("Afisi's son, a brigade commander, has been held for more than four months.", [d], S, "synonym")
C("Al-Nusra released the seventh division's fighters within 48 hours.", [d], U, "plans-to-did")
C("The brigade hanged Abu Hassan for violations committed by al-Nusra against the town's civilians.", [d], S, "passive-active")

# --- 1924058210 dailysabah 2017-11-22 (CSV 11/6/2017): WHO toll for eastern Ghouta, 14-17 November 2017
d = "1924058210"
Q("ghouta-injured", "According to the World Health Organization, how many people were injured in eastern Ghouta between 14 and 17 November 2017?", True, ["659"], [d], "how-many-according-to")
Q("ghouta-hoff", "Who is the WHO's representative in Syria?", True, ["Elizabeth Hoff"], [d], "which-person")
Q("ghouta-siege", "For how long had the regime been blockading eastern Ghouta by November 2017?", True, ["more than four years"], [d], "paraphrase")
Q("ghouta-guarantors", "Which three countries endorsed the de-escalation zones that include eastern Ghouta?", True, ["Turkey", "Russia", "Iran"], [d], "list")
Q("ghouta-killed-words", "How many children were among the eighty-four people killed near Damascus over the four days?", True, ["Seventeen children"], [d], "number-in-words")
Q("ghouta-kids-injured", "How many of the 659 people injured in eastern Ghouta in mid-November 2017 were children?", False, [], [], "unans-statistic", d)
C("WHO said 84 people were killed and 659 injured near Damascus over four days of intensified fighting.", [d], S, "paraphrase")
C("Seventeen women and six children were among those killed.", [d], X, "swapped-roles")
C("Elizabeth Hoff said medical evacuations of critically ill patients were long overdue.", [d], S, "drop-detail")
C("The de-escalation zones were endorsed by the United States, Russia and Iran.", [d], X, "actor-substituted")
C("WHO blamed Russian airstrikes for most of the casualties in eastern Ghouta.", [d], U, "actor-added")
C("The casualties occurred between November 14 and November 27.", [d], X, "date-shifted")
C("More than 200 operations were carried out in eastern Ghouta despite blockages to aid deliveries.", [d], S, "reorder")

# --- 1965511217 manar 2016-01-25: truck suicide bomb at Ahrar al-Sham checkpoint in Aleppo
d = "1965511217"
Q("sukari-where", "In which district of Aleppo did a truck suicide bomber hit an Ahrar al-Sham checkpoint in January 2016?", True, ["Sukari"], [d], "which-place")
Q("sukari-civ", "How many of the dead in the Sukari blast were civilians, according to the Britain-based monitor?", True, ["four civilians"], [d], "how-many-according-to")
Q("sukari-who", "Who was responsible for the January 2016 truck bomb that hit Ahrar al-Sham in Aleppo?", True, ["It was unclear who was responsible"], [d], "which-organisation")
Q("sukari-prisoners", "How many prisoners held by Ahrar al-Sham in the Sukari complex died in the blast?", False, [], [], "unans-statistic", d)
C("The Observatory said 19 Ahrar al-Sham fighters and four civilians were killed in the Sukari blast.", [d], S, "reorder")
C("The Observatory said four fighters and 19 civilians were killed in the blast.", [d], X, "swapped-roles")
C("The Observatory confirmed that prisoners held in the Ahrar al-Sham complex were killed in the blast.", [d], X, "certainty-upgraded")
C("The truck bomber was a defector from Ahrar al-Sham.", [d], U, "actor-added")
C("The explosion at Ahrar al-Sham's Idleb headquarters in September 2014 killed nearly 50 people.", [d], S, "drop-detail")
C("The blast destroyed three buildings and people were still missing under the rubble.", [d], S, "drop-detail")
C("The truck bomb hit an Ahrar al-Sham checkpoint on Sunday.", [d], X, "date-shifted")

# --- 1965511116 manar 2013-09-23: ISIL battles other armed groups in rural Idlib
d = "1965511116"
Q("hazano-isil", "How many ISIL militants were killed on Monday 23 September 2013 in battles with other opposition groups in the Idlib countryside?", True, ["Thirteen"], [d], "number-in-words")
Q("hazano-emir", "What nationality was the ISIL emir killed near Hazano?", True, ["Libyan"], [d], "which-thing")
Q("hazano-crossing", "Hazano is a few kilometres from which border crossing with Turkey?", True, ["Bab al-Hawa"], [d], "which-place")
Q("azaz-storm", "Which brigade of the free Syrian army had clashed with ISIL in Azaz?", True, ["Storm of North Brigade"], [d], "which-organisation")
Q("shaddadi-hq", "Whose headquarters did ISIL gunmen seize in the Shaddadi area of Hasakah countryside?", True, ["Al-Nusra"], [d], "which-organisation")
Q("hazano-emir-name", "What was the name of the Libyan emir killed near Hazano?", False, [], [], "unans-person", d)
C("The clash near Hazano began after al-Qaeda members tried to arrest two residents of the town.", [d], S, "paraphrase")
C("Twenty ISIL militants were killed near Hazano.", [d], X, "number-changed")
C("The free army accused ISIL of breaking the cease-fire by refusing to release many detainees.", [d], S, "synonym")
C("ISIL accused the free army of violating the cease-fire agreement in Azaz.", [d], X, "swapped-roles")
C("Al-Nusra gunmen seized ISIL's headquarters in the Shaddadi area.", [d], X, "swapped-roles")
C("The Syrian national military launched a wide-scale operation in May 2013.", [d], S, "drop-detail")
C("Turkey closed the Bab al-Hawa crossing because of the fighting near Hazano.", [d], U, "causal-added")

# --- 1962495713 alalam 2016-11-23: strikes on the Taloul ISIS training camp near Al Sukhnah
d = "1962495713"
Q("taloul-name", "What was the name of the ISIS training camp in Al Sukhnah hit by Syrian and Russian jets in November 2016?", True, ["Taloul"], [d], "which-thing")
Q("taloul-toll", "How many ISIS members were killed in the joint strikes on the camp in eastern Homs?", True, ["70 ISIS Terrorists"], [d], "number")
Q("taloul-sent", "To which provinces had militants trained at Taloul been dispatched?", True, ["Raqqa", "Deir Ezzur"], [d], "list")
Q("taloul-source", "Which news agency's report did Al-Alam rely on for the Taloul camp strikes?", True, ["FNA"], [d], "according-to")
Q("taloul-commander", "Who commanded the Taloul training camp?", False, [], [], "unans-person", d)
C("Syrian and Russian airstrikes hit the largest ISIS military training camp, in Al Sukhnah in eastern Homs.", [d], S, "paraphrase")
C("The Taloul camp was struck by US-led coalition aircraft.", [d], X, "actor-substituted")
C("Jubb al Jarrah and al Masoudiyeh lie northeast of Palmyra.", [d], X, "place-swapped")
C("ISIS captured Jubb al Jarrah and al Masoudiyeh the day before the strikes.", [d], X, "negation")
C("The Taloul camp had been set up by ISIS in 2014.", [d], U, "true-plus-invented")
C("Taloul supplied fresh forces to ISIS whenever it attacked government positions in Homs.", [d], S, "synonym")

# --- 1965511139 manar 2014-09-09: army regains Hamah towns; Ahrar al-Sham leaders killed in Idlib
d = "1965511139"
Q("ahrar-28", "How many Ahrar al-Sham heads were killed in the explosion that targeted their meeting in Idlib, according to the Observatory?", True, ["twenty-eight"], [d], "number-in-words")
Q("khatab", "According to Al-Manar's military sources, which town in Hamah countryside did the Syrian army regain on 9 September 2014?", True, ["Khatab"], [d], "according-to")
Q("jobar-tunnels", "In which Damascus neighbourhood was the army destroying tunnels?", True, ["Jobar"], [d], "which-place")
C("The Observatory said 28 Ahrar al-Sham leaders were killed in an explosion targeting a meeting.", [d], S, "drop-detail")
C("The Ahrar al-Sham leaders were killed by a Syrian army air strike on their meeting.", [d], U, "actor-added")
C("The army regained Khatab town in the countryside of Quneitra.", [d], X, "place-swapped")
C("In Deir Ezour the army targeted ISIL strongholds, killing and injuring a number of terrorists.", [d], S, "reorder")

# --- 1923848216 ahram (AFP) 2014-10-14: 10 soldiers killed by IS in Deir Ezzor; strikes on Ain Tarma and Irbin
d = "1923848216"
Q("hawijat", "Where in Deir Ezzor province did the 14 October 2014 clashes between the army and IS take place?", True, ["Hawijat Sakr"], [d], "which-place")
Q("ain-tarma", "How many people died in the regime air strikes on Ain Tarma outside Damascus, per the Observatory?", True, ["at least 12 people"], [d], "how-many-according-to")
Q("irbin", "Irbin regime air strikes October 2014 deaths", True, ["five people"], [d], "keyword")
Q("dz-airport", "Does the Syrian army still hold Deir Ezzor's military airport, according to the AFP report of 14 October 2014?", True, ["along with the airport"], [d], "yes-no")
Q("hawijat-names", "Give the names of the Syrian soldiers killed at Hawijat Sakr.", False, [], [], "unans-person", d)
C("At least 10 Syrian soldiers were killed in clashes with IS in Deir Ezzor province.", [d], S, "drop-detail")
C("The Islamic State controls only a small part of Deir Ezzor province.", [d], X, "quantifier-changed")
C("Three children were among the dead in Ain Tarma.", [d], S, "reorder")
C("When the coalition raids began, IS reinforced its positions in Deir Ezzor province.", [d], X, "negation")
C("The toll in Irbin was likely to rise because several of the wounded were in serious condition.", [d], S, "drop-detail")
C("Ain Tarma is a government-held area west of Damascus.", [d], X, "actor-substituted")
C("IS fighters used tanks captured from the army in the Hawijat Sakr clashes.", [d], U, "true-plus-invented")

# --- 1923848217 ahram (AFP) 2014-10-10 (CSV 10/5/2014): regime strikes on Hara (Daraa) and Tel Minis (Idlib)
d = "1923848217"
Q("hara-toll", "What toll did the Britain-based monitoring group give for the air strikes and surface-to-surface missiles on the Hara area of southern Daraa?", True, ["19 people"], [d], "alias")
Q("hara-hill-date", "On what date did Al-Nusra Front seize the strategic hill close to Hara?", True, ["October 5"], [d], "date")
Q("hara-hill-cost", "How many regime forces and how many insurgents died in the battle for the strategic hill near Hara?", True, ["30 regime forces", "29 insurgents"], [d], "two-constraints")
Q("tel-minis", "In which Idlib locality were three children killed by air strikes in October 2014?", True, ["Tel Minis"], [d], "which-place")
Q("hara-hospital", "Which hospital treated the wounded from the October 2014 strikes on Hara?", False, [], [], "unans-entity", d)
C("Hara is less than two kilometres from a strategic hill Al-Nusra Front seized on October 5.", [d], S, "drop-detail")
C("The battle for the hill cost the lives of 29 regime forces and 30 insurgents.", [d], X, "swapped-roles")
C("Three children were killed and five injured in air strikes on Tel Minis.", [d], S, "reorder")
C("Russian jets carried out the strikes on the Hara area.", [d], X, "actor-substituted")
C("More than 180000 people have been killed in Syria since the uprising began in 2011.", [d], S, "drop-detail")
C("Eight children were among the 19 people killed in Hara.", [d], X, "number-changed")

# --- 1965511159 manar 2015-07-27: mortar shells on Damascus, bicycle bomb in Qamishli
d = "1965511159"
Q("zablatani-group", "Which group fired the mortar shells on al-Zablatani, according to the police source quoted by SANA?", True, ["Jaish al-Islam"], [d], "according-to")
Q("sheraton-injured", "Who was hurt by the mortar shell near the Damascus Sheraton Hotel?", True, ["a dustman"], [d], "which-person")
Q("bayan-school", "Where was the bicycle carrying the explosive device parked in Qamishli?", True, ["al-Bayan school"], [d], "which-place")
Q("zablatani-injured-sum", "How many civilians were injured by mortar shells in Damascus on 27 July 2015, in all?", True, ["14 others"], [d], "number")
Q("bayan-claim", "Which group planted the bomb on the bicycle outside al-Bayan school in Qamishli?", False, [], [], "unans-organisation", d)
C("Three shells fired at al-Zablatani killed one civilian and injured 13.", [d], S, "drop-detail")
C("The mortar shell that fell in Bab Touma injured 14 people.", [d], X, "detail-changed")
C("The explosive device in Qamishli killed three people.", [d], X, "unit-changed")
C("A shell near the Damascus Sheraton Hotel injured a street cleaner.", [d], S, "synonym")
C("Jaish al-Islam said its shells were aimed at a military post in al-Zablatani.", [d], U, "actor-added")

# --- 1965511127 manar 2014-11-16 (CSV 2/2/2014): ISIL video claims beheading of Peter Kassig and 18 Syrians
d = "1965511127"
Q("kassig", "Which US aid worker did ISIL claim to have executed in a video in November 2014?", True, ["Peter Kassig"], [d], "which-person")
Q("kassig-dabiq", "Where did the militant in the video say they were burying the first American crusader?", True, ["Dabiq"], [d], "which-place")
Q("dabiq-battle", "Who did the Ottomans defeat in the 16th century battle of Dabiq?", True, ["Mamluks"], [d], "which-organisation")
Q("kassig-18", "How many Syrian military personnel were beheaded in the same video as Kassig?", True, ["at least 18"], [d], "number")
Q("kassig-where", "In which Syrian city was Peter Kassig kidnapped?", False, [], [], "unans-entity", d)
Q("kassig-date", "On what date was Peter Kassig kidnapped in Syria?", False, [], [], "unans-date", d)
C("Kassig was a former American soldier.", [d], S, "drop-detail")
C("Kassig was a former British soldier who had been working as a nurse.", [d], X, "actor-substituted")
C("The militant wore the same outfit as the man who beheaded two American journalists and two British aid workers.", [d], S, "drop-detail")
C("The 18 prisoners in the video were said to be Iraqi officers and pilots.", [d], X, "actor-substituted")
C("At Dabiq the Mamluks defeated the Ottomans.", [d], X, "swapped-roles")
C("Kassig had been providing medical treatment and aid to those suffering from Syria's war.", [d], U, "certainty-upgraded")
C("ISIL said it executed Kassig as a warning to the United States.", [d], S, "paraphrase")

# --- 1965511137 manar 2014-10-01: army repels attack in Qalamoun, operations across the country
d = "1965511137"
Q("assal-ward", "Where in Qalamoun did the army repel an attack on one of its posts on 1 October 2014?", True, ["Assal al-Ward"], [d], "which-place")
Q("assal-injured", "How many attackers were injured at the army post in Qalamoun?", True, ["20 others"], [d], "number")
Q("masasneh", "Which village southwest of Mourek did the army fully control on Wednesday?", True, ["al-Masasneh"], [d], "which-place")
Q("rastan-boats", "army destroyed terrorist boats where", True, ["al-Rastan Lake"], [d], "keyword")
C("The army killed 10 attackers and injured 20 at its post in Assal al-Ward.", [d], S, "paraphrase")
C("The army regained Ein al-Jawzeh and Ruweiset al-Jaoureh in the northern countryside of Latakia.", [d], S, "drop-detail")
C("The army destroyed terrorist boats on al-Rastan Lake, but several of those aboard swam to safety.", [d], X, "quantifier-changed")
C("In Deir Ezzor an army unit destroyed two ISIL dens in Nazlet al-Rdeisat.", [d], S, "drop-detail")
C("The attack on the Assal al-Ward post was launched by Hezbollah defectors.", [d], U, "actor-added")

# --- 1962495692 alalam 2016-04-07: shelling of Aleppo kills 2
d = "1962495692"
Q("aleppo-apr7", "How many civilians were killed and injured by the mortar and rocket shelling of Aleppo on Thursday 7 April 2016?", True, ["two civilians were killed and nine other injured"], [d], "two-constraints")
Q("coh-date", "On what date did the cessation of hostilities agreement in Syria come into effect, according to SANA as cited by Al-Alam?", True, ["February 27"], [d], "date")
C("Two civilians were killed and nine injured in shelling of Aleppo city on Thursday.", [d], S, "synonym")
C("Nine civilians were killed and two injured in shelling of Aleppo on Thursday.", [d], X, "swapped-roles")
C("Two days earlier the same neighbourhood was shelled, leaving more than 14 dead.", [d], S, "drop-detail")
C("The government breached the cessation of hostilities agreement repeatedly, SANA reported.", [d], X, "actor-substituted")

# --- 1924058150 dailysabah 2017-04-26: regime airstrikes on a refugee camp east of Maarat al-Numaan
d = "1924058150"
Q("camp-bombs", "how many parachute bombs did the regime planes drop on the refugee camp east of maarat al-numaan", True, ["three parachute bombs"], [d], "lowercase")
Q("camp-origin", "Where had the refugees sheltering in the camp near Maarat al-Numaan come from?", True, ["Hama", "Aleppo"], [d], "list")
Q("camp-agency", "To which news agency did the civil defense officials describe the April 2017 camp strike?", True, ["Anadolu Agency"], [d], "which-organisation")
Q("camp-name", "What was the name of the refugee camp east of Maarat al-Numaan hit in April 2017?", False, [], [], "unans-entity", d)
C("At least 6 civilians were killed and 35 injured when regime airstrikes hit a refugee camp in Idlib province.", [d], S, "paraphrase")
C("The refugee camp was located west of Maarat al-Numaan.", [d], X, "place-swapped")
C("Russian warplanes dropped three parachute bombs on the camp.", [d], X, "actor-substituted")
C("Health officials warned the death toll could rise because many civilians were injured.", [d], S, "synonym")
C("The wounded were taken to hospitals across the border in Turkey.", [d], U, "true-plus-invented")

# --- 1962495732 alalam 2016-09-30: Syrian jets foil an ISIS offensive in east Hama
d = "1962495732"
Q("atshanah", "How many VBIEDs were destroyed in the village of Atshanah?", True, ["Five VBIEDs"], [d], "number-in-words")
Q("hama-axis", "Which axis was the Islamic State preparing to attack in east Hama in September 2016?", True, ["Salamiyah-Ithriya axis"], [d], "which-place")
Q("jfs-former", "What was Jabhat Fath Al Sham formerly called?", True, ["Nusra Front"], [d], "alias")
C("Syrian warplanes foiled an ISIS offensive in east Hama before it began.", [d], S, "drop-detail")
C("Jund Al Aqsa and Jabhat Fath Al Sham seized over a dozen villages from NDF militias in northern Hama.", [d], S, "reorder")
C("ISIS seized over a dozen villages from NDF militias in northern Hama.", [d], X, "actor-substituted")
C("Over 50 ISIS members were killed, according to AMN.", [d], S, "synonym")

# --- 1962495641 alalam (text Sat Jul 26 2014; CSV 10/4/2015): ISIL executes captured troops in Raqqa
d = "1962495641"
Q("raqqa-base-isil", "According to Al-Alam, how many ISIL fighters were killed in the fight for the military base in Raqqa province in July 2014?", True, ["more than 35"], [d], "how-many-according-to")
Q("raqqa-backers", "Which regional allies of the Western powers does Al-Alam say support the Takfiri groups in Syria?", True, ["Saudi Arabia", "Qatar", "Turkey"], [d], "list")
Q("raqqa-executed", "How many captured Syrian troops did ISIL reportedly execute in Raqqa in July 2014?", True, ["more than 50"], [d], "number")
C("The Observatory said most of the captured soldiers were summarily executed.", [d], S, "drop-detail")
C("The soldiers were captured during an attack on a military base in Aleppo province.", [d], X, "place-swapped")
C("More than 160000 people have been killed in over three years of turmoil, according to some sources.", [d], S, "reorder")
C("ISIL lost more than 35 fighters in the battle for the base, the Observatory said.", [d], S, "paraphrase")
C("The Observatory said the executions were ordered by ISIL's leader in Raqqa.", [d], U, "actor-added")

# --- 1965511166 manar 2015-07-03: rocket attacks on Aleppo neighbourhoods
d = "1965511166"
Q("bani-zaid", "From where did terrorists fire the rockets that hit Aleppo's residential neighbourhoods on Thursday 2 July 2015?", True, ["Bani Zaid", "al-Rashideen"], [d], "which-place")
C("Rockets fired from Bani Zaid and al-Rashideen killed five civilians and wounded more than 90 in Aleppo.", [d], S, "summary")
C("Rockets fired from al-Ashrafeya hit Bani Zaid and al-Rashideen.", [d], X, "swapped-roles")
C("The rocket attacks on Aleppo killed 90 civilians.", [d], X, "unit-changed")

# --- 1924058117 dailysabah 2016-08-06: air strike on a hospital in Meles
d = "1924058117"
Q("meles-distance", "How many kilometres separate the bombed hospital in Meles from the city of Idlib?", True, ["about 15 km"], [d], "paraphrase")
Q("sams-july", "How many attacks on healthcare facilities in Syria did SAMS count in July 2016?", True, ["43 attacks"], [d], "how-many-according-to")
Q("meles-who", "Which air force bombed the hospital in Meles on 6 August 2016?", True, ["not known which aircraft carried out the strike"], [d], "which-organisation")
Q("meles-name", "What was the name of the hospital in Meles hit by the August 2016 air strike?", False, [], [], "unans-entity", d)
C("The Observatory said it did not know whether Syrian or Russian aircraft carried out the strike on the Meles hospital.", [d], S, "paraphrase")
C("The Observatory said Russian aircraft carried out the strike on the hospital in Meles.", [d], X, "certainty-upgraded")
C("SAMS said July was the worst month for attacks on healthcare centres since the conflict began.", [d], S, "drop-detail")
C("The air strike on the Meles hospital killed 10 people, including children.", [d], S, "drop-detail")
C("SAMS said there had been 34 attacks on healthcare facilities in July.", [d], X, "number-changed")

# --- 1923848267 ahram (Reuters) 2016-06-12: air strikes on Idlib city
d = "1923848267"
Q("idlib-jun-kids", "At least how many children were among those killed by air strikes in Idlib city on 12 June 2016?", True, ["at least five children"], [d], "number")
Q("idlib-jun-maara", "According to Reuters, how many people were killed by air raids in Maarat al-Numan that day?", True, ["another six people"], [d], "how-many-according-to")
Q("idlib-jun-market", "What was among the places hit in Idlib city on 12 June 2016?", True, ["a market"], [d], "which-thing")
Q("idlib-jun-maara-dist", "how far south of idlib is maarat al-numan", True, ["about 30 km"], [d], "lowercase")
C("The Observatory said it did not know whether Syrian or Russian jets carried out the Idlib strikes.", [d], S, "drop-detail")
C("Maarat al-Numan lies about 30 km north of Idlib.", [d], X, "place-swapped")
C("The February ceasefire deal covered al Qaeda and IS as well.", [d], X, "negation")
C("Russia deployed warplanes to Syria last year to support President Bashar al-Assad.", [d], S, "drop-detail")
C("Idlib city is a stronghold of rebel groups, including the al Qaeda-linked Nusra Front.", [d], S, "reorder")
C("The death toll in Idlib was not expected to rise.", [d], X, "negation")

# --- 1965511162 manar 2015-07-09: US-led strikes kill 7 al-Nusra members in Idleb
d = "1965511162"
Q("nusra-coalition-strikes", "How many coalition air strikes hit al-Nusra bases and a vehicle in Idleb province in July 2015, according to Rami Abdel Rahman?", True, ["at least five"], [d], "how-many-according-to")
Q("nusra-coalition-killed", "Name the al-Nusra commanders killed by the US-led air strikes in Idleb in July 2015.", False, [], [], "unans-person", d)
Q("coalition-began", "When did the US-led raids in Syria begin, according to the July 2015 Al-Manar report?", True, ["last September"], [d], "date")
C("Seven Nusra members, including commanders, were killed in at least five coalition air strikes in Idleb province.", [d], S, "drop-detail")
C("The coalition strikes hit the group's bases and a vehicle in Aleppo province.", [d], X, "place-swapped")
C("Washington blacklists Al-Nusra as a terrorist organization, like ISIL.", [d], S, "paraphrase")
C("The United States is backing Al-Nusra in its fight against the Syrian regime.", [d], X, "actor-substituted")

# --- 1926479032 sana 2016-02-01: Russian Aerospace Forces' week of sorties
d = "1926479032"
Q("ru-sorties", "How many sorties did Moscow's Aerospace Forces fly with the Syrian air force in the week before 1 February 2016?", True, ["468 sorties"], [d], "alias")
Q("kanasba", "How many terrorists crossing the border from Turkey were killed in Kanasba?", True, ["17 terrorists"], [d], "number")
Q("ru-tankers", "How many oil tankers had the Russian Aerospace Forces destroyed since they began operating in Syria, according to SANA's military source?", True, ["more than 2000 oil tankers"], [d], "how-many-according-to")
Q("ru-losses", "How many Russian aircraft were lost in the week's sorties?", False, [], [], "unans-statistic", d)
C("The sorties targeted 1354 terrorist targets in six Syrian provinces during the past week.", [d], S, "summary")
C("The terrorists killed in Kanasba had been crossing the border from Iraq.", [d], X, "place-swapped")
C("The Russian Aerospace Forces began their operations in Syria on September 30th 2015.", [d], S, "drop-detail")
C("The aircraft flew 1354 sorties against 468 targets.", [d], X, "swapped-roles")
C("The Russian airstrikes destroyed 23 terrorist targets in Deir Ezzor province.", [d], S, "drop-detail")

# --- 1965495360 sputnik 2017-05-18: Daesh attack on Aqareb es Safi, Hama
d = "1965495360"
Q("aqareb-toll", "What was the final death toll of the Daesh attack on Aqareb es Safi, according to a hospital source?", True, ["Fifty-one dead"], [d], "number-in-words")
Q("aqareb-hospital", "Which hospital's source gave Sputnik the Aqareb es Safi toll?", True, ["Salamiyeh National Hospital"], [d], "which-organisation")
Q("aqareb-why", "Why is Aqareb es Safi strategically important?", True, ["M5 north-south motorway"], [d], "why-how")
Q("aqareb-wounded", "Aqareb es Safi Daesh attack: wounded?", True, ["over 100 wounded"], [d], "short")
C("A source at Salamiyeh National Hospital told Sputnik the death toll had reached 51.", [d], S, "drop-detail")
C("The source said there were 51 wounded and over 100 dead.", [d], X, "swapped-roles")
C("The Daesh attack on Aqareb es Safi took place on Friday.", [d], X, "date-shifted")
C("The M5 motorway runs north-south and links Aleppo with other Syrian provinces.", [d], S, "paraphrase")
C("Daesh took control of Aqareb es Safi after the attack.", [d], X, "negation")

# --- 1923848166 ahram (AFP) 2016-07-22: rebel tunnel blast in Aleppo's Old City
d = "1923848166"
Q("tunnel-toll", "Tell me how many regime fighters died when rebels detonated explosives beneath a government-held building in Aleppo's Old City in July 2016.", True, ["38 members"], [d], "imperative")
Q("tunnel-group", "Which rebel faction dug the tunnel under the government position in Aleppo's Old City?", False, [], [], "unans-organisation", d)
C("The blast brought down a building used by the regime in Aleppo's Old City.", [d], S, "drop-detail")
C("Government forces blew up a tunnel under a rebel position in Aleppo.", [d], X, "swapped-roles")
C("Nearly 40 soldiers and pro-regime fighters died in the tunnel blast.", [d], S, "paraphrase")

# --- 1965511197 manar 2016-04-28 and 1962495684 alalam (text Fri Apr 29 2016): shelling of Aleppo
d, d2 = "1965511197", "1962495684"
Q("midan-compare", "How many people were killed by the shells on al-Midan and al-Ashrafiyeh in late April 2016, according to Al-Manar and according to Al-Alam?", True, ["five people including two children", "Some 14 people including two children"], [d, d2], "comparison")
Q("meridian-couple", "Who was killed when their house was destroyed by rocket shells in al-Meridian?", True, ["a man and his wife"], [d, d2], "which-person")
Q("meridian-from", "From which neighbourhood did the terrorists fire on al-Meridian?", True, ["Bustan al-Qaser"], [d, d2], "which-place")
Q("masharqa-sniper", "Whose sniper shot dead two civilians in al-Masharqa, according to Al-Manar?", True, ["al-Nusra Front"], [d], "according-to")
Q("razi", "Which hospital was hit by rocket shells in Aleppo, according to Al-Alam's report of 29 April 2016?", True, ["al-Razi Hospital"], [d2], "according-to")
Q("aleppo-apr-wed", "How many civilians were killed in attacks on Aleppo's residential neighbourhoods on Wednesday 27 April 2016, per Al-Alam?", True, ["10 civilians"], [d2], "how-many-according-to")
Q("aleppo-apr-57", "What overall toll does Al-Alam give for the continued attacks on Aleppo at the end of April 2016?", True, ["At least 57 Civilians killed"], [d2], "number")
Q("meridian-names", "What were the names of the husband and wife killed in al-Meridian?", False, [], [], "unans-person", d)
Q("razi-staff", "How many staff of al-Razi Hospital were hurt when it was shelled in April 2016?", False, [], [], "unans-statistic", d2)
C("A sniper from al-Nusra Front shot dead two civilians in al-Masharqa.", [d], S, "drop-detail")
C("Twenty civilians were killed and scores injured by rocket attacks and sniper shooting in Aleppo on Thursday.", [d], S, "synonym")
C("A sniper positioned in al-Masharqa shot at residents of Bustan al-Qaser.", [d], X, "swapped-roles")
C("The rocket attacks on al-Midan and al-Ashrafiyeh killed five people, two of them children, and injured 40.", [d], S, "reorder")
C("The rocket shells on al-Meridian were fired by the Islamic State.", [d], U, "actor-added")
C("Rocket shells on al-Razi Hospital and nearby neighbourhoods left 4 people dead and 38 injured.", [d2], S, "summary")
C("On Wednesday 10 civilians, including a child, were killed in similar attacks.", [d2], S, "drop-detail")
C("After the shelling, army units targeted its sources and destroyed mortar launchers.", [d2], S, "paraphrase")
C("Al-Alam said 14 people, including two children, were killed in al-Jamiliyeh and al-Mohafaza.", [d2], X, "place-swapped")
C("Al-Alam reported that at least 57 civilians were killed and more than 150 injured.", [d2], S, "drop-detail")
C("Al-Razi Hospital was forced to close after it was hit.", [d2], U, "causal-added")

# --- 1915433670 alaraby 2015-02-12: Hizballah-led offensive takes Deir al-Adas
d = "1915433670"
Q("adas-leader", "Who was leading the attack on Deir al-Adas, according to the Observatory's director?", True, ["Hizballah"], [d], "according-to")
Q("adas-killed", "How many opposition fighters were killed in the fighting for Deir al-Adas?", True, ["20 opposition fighters"], [d], "number")
Q("adas-governorates", "At the meeting point of which three governorates was the February 2015 offensive launched?", True, ["Rif Dimashq", "Daraa", "Quneitra"], [d], "list")
Q("adas-base", "What did Ayman al-Aasmi claim Hizballah was trying to set up?", True, ["permanent base in north Daraa"], [d], "why-how")
Q("adas-day", "On which day was Deir al-Adas taken, according to the London-based monitor?", True, ["Tuesday"], [d], "date")
Q("adas-hizballah-dead", "How many Hizballah fighters died in the battle for Deir al-Adas?", False, [], [], "unans-statistic", d)
C("Hizballah fighters backed by Syrian and Iranian forces pushed the Nusra Front out of Deir al-Adas.", [d], S, "drop-detail")
C("Al-Araby al-Jadeed said it had independently verified the reports.", [d], X, "negation")
C("The offensive was launched on Sunday to seize areas near the disputed Golan Heights.", [d], S, "summary")
C("According to al-Aasmi, Hizballah's forces were mostly made up of Lebanese and Iraqi militias.", [d], S, "paraphrase")
C("Iranian Revolutionary Guards were leading the attack on Deir al-Adas, Abdulrahman told AFP.", [d], X, "actor-substituted")
C("Hizballah captured Deir al-Adas in order to cut the rebels' supply lines from Jordan.", [d], U, "causal-added")

# --- 1965511201 manar 2016-04-22: army operations in Hama, Homs, Deir Ezzor, Sweida, Daraa
d = "1965511201"
Q("atshan-nick", "What was the nickname of the al-Nusra leader killed in Atshan?", True, ["Abu Moussa"], [d], "which-person")
Q("jubb-dist", "How far east of Homs city is the Jubb al-Jarrah area?", True, ["73 km"], [d], "number")
Q("maan-toll", "How many attackers were killed when an attack towards Maan north of Hama was foiled in April 2016?", True, ["28 terrorists"], [d], "number")
C("The attack was foiled and 28 terrorists were killed, among them an al-Nusra leader nicknamed Abu Moussa.", [d], S, "drop-detail")
C("Maan lies 30 km south of Hama city.", [d], X, "place-swapped")
C("Two vehicles with heavy machineguns and 3 cannons were destroyed in the confrontations.", [d], S, "passive-active")
C("The infiltration attempt towards Jubb al-Jarrah came from the direction of Oum Suhairij village.", [d], S, "paraphrase")
C("The ISIL infiltrators captured Tuloul al-Hawa al-Sharqiya.", [d], X, "negation")

# --- 1965511110 manar 2013-08-13 (CSV 2/2/2013): fighting in Deir Ezzor, Homs, Damascus
d = "1965511110"
Q("nusra-hamad", "Which general military commander of al-Nusra Front was killed in Howayqa in August 2013?", True, ["Imad al-Ahmad al-Hamad"], [d], "which-person")
Q("lion-incursions", "Who was dubbed the Lion of Incursions?", True, ["Abo al-Zir al-Diri"], [d], "which-person")
Q("abu-jahjah", "Where was the Tunisian Abu Jahjah killed, according to other media outlets?", True, ["Ras al-Ein"], [d], "which-place")
Q("dz-33", "According to activists speaking to AFP, how many ISIL and al-Nusra members were killed in the Deir Ezzor fighting in August 2013?", True, ["at least 33"], [d], "how-many-according-to")
C("Activists told AFP that at least 33 ISIL and al-Nusra members were killed in the fighting.", [d], S, "paraphrase")
C("Imad al-Ahmad al-Hamad was killed in a special operation by the Syrian army in Howayqa.", [d], S, "drop-detail")
C("Bilal Talib al-Dagher was chief of the so-called Al-Saeqa Brigade.", [d], X, "swapped-roles")
C("SANA said army units killed many al-Nusra terrorists of Palestinian and Tunisian nationalities in the East Ghota.", [d], S, "reorder")
C("Abu Jahjah was killed in Ras al-Ein by a Kurdish militia.", [d], U, "actor-added")

# --- 1965511208 manar 2016-03-10: army advances east of Khanasser, kills terrorists in Hama and Homs
d = "1965511208"
Q("khanasser-area", "How large an area do the villages east of Khanasser taken by the army in March 2016 cover?", True, ["130 square kilometers"], [d], "number")
Q("trax", "Which hill did the Syrian army regain in Homs southeastern countryside?", True, ["Trax hill"], [d], "which-place")
Q("palmyra-70", "How many were killed by Syrian warplanes in Palmyra according to Al-Manar's 10 March 2016 report?", True, ["around 70"], [d], "how-many-according-to")
C("Sardaj and Zabad are among the villages east of Khanasser taken by the army.", [d], S, "paraphrase")
C("In Hama the army killed more than 70 Nusra Front terrorists, SANA said.", [d], S, "reorder")
C("Nusra fighters infiltrated villages to the south of Hama city.", [d], X, "place-swapped")

# --- 1924058123 dailysabah 2016-08-01: Russian strikes on Abu al-Duhur
d = "1924058123"
Q("duhur-town", "Which Idlib town did two consecutive Russian raids hit on 1 August 2016?", True, ["Abu al-Duhur"], [d], "which-place")
Q("duhur-source", "Who told Anadolu Agency about the Russian raids on Abu al-Duhur?", True, ["Ahmed Mustafa"], [d], "which-person")
C("At least 15 people, several of them children, were killed by Russian airstrikes in Idlib province, a civil defense source said.", [d], S, "paraphrase")
C("The raids on Abu al-Duhur were carried out by Syrian regime helicopters.", [d], X, "actor-substituted")
C("Russia has been striking Syria since September 2015, according to Daily Sabah.", [d], S, "drop-detail")
C("The raids on Abu al-Duhur targeted a hospital and a school.", [d], U, "true-plus-invented")

# --- 1923848234 ahram (AFP) 2014-09-30 (CSV 10/30/2014): barrel bombs on Aleppo
d = "1923848234"
Q("sakhur-where", "Between which two Aleppo neighbourhoods did the barrel bombs fall on 30 September 2014?", True, ["Sakhur", "Sheikh Khodr"], [d], "two-constraints")
Q("sakhur-barrels", "How many barrels did the helicopter drop, according to the civil defence member?", True, ["two barrels"], [d], "how-many-according-to")
Q("sakhur-alive", "how many childs the rescue team pulled alive from the rubble", True, ["two children out alive"], [d], "non-native")
Q("sakhur-kids", "How many of the dead in the barrel bomb attack were children?", True, ["four children"], [d], "number-in-words")
Q("sakhur-teen-name", "What was the name of the teenager in pink trousers found under the rubble in Aleppo?", False, [], [], "unans-person", d)
C("At least eight people, four of them children, were killed when regime helicopters dropped barrel bombs on northern Aleppo.", [d], S, "paraphrase")
C("Shuhud al-Hussein said a helicopter dropped three barrels.", [d], X, "number-changed")
C("Shuhud al-Hussein said the area had no military groups in it, only residents.", [d], S, "drop-detail")
C("A survivor named Jihad said the people in the area were Free Syrian Army fighters.", [d], X, "negation")
C("The barrel bombs hit the government-held west of the city.", [d], X, "place-swapped")
C("The rescuers found the victims using sniffer dogs.", [d], U, "true-plus-invented")

# --- 1965511108 manar 2013-09-02: ambush in Rahibeh; Islam Brigade commander killed
d = "1965511108"
Q("rahibeh-tv", "Which opposition TV network reported the fighting in Rahibeh in September 2013?", True, ["Cham"], [d], "which-organisation")
Q("halabouni", "Which Islam Brigade commander did the army kill in Qalamun in September 2013?", True, ["Qasim Halabouni"], [d], "which-person")
Q("rahibeh-toll", "How many militants were killed in Rahibeh according to the opposition story?", True, ["nearly 40 militants"], [d], "how-many-according-to")
C("The Cham TV network said the militants attacked the army after agreeing to hand over their weapons.", [d], S, "summary")
C("The Cham TV network said the Syrian army broke the reconciliation agreement and attacked the rebels in Rahibeh.", [d], X, "swapped-roles")
C("Qasim Halabouni was operations chief of al-Zubair bin Awam phalanges in Duma.", [d], S, "drop-detail")
C("Qasim Halabouni was captured alive by the Syrian army.", [d], X, "unit-changed")

# --- 1926479155 etilaf 2016-08-25: Deir Ezzor civilians between the regime and ISIS
d = "1926479155"
Q("dz-58", "How many people were killed in mutual shelling in Deir Ezzor on Wednesday 24 August 2016, according to activists?", True, ["nearly 58 people"], [d], "how-many-according-to")
Q("dz-trapped", "How many civilians are trapped in Deir Ezzor under a double siege, per Hussein Albuseis?", True, ["nearly 200 000 civilians"], [d], "how-many-according-to")
Q("dz-siege-since", "Since when has ISIS besieged the regime-held parts of Deir Ezzor?", True, ["early 2014"], [d], "date")
Q("dz-bakery", "In which part of Deir Ezzor did Assad's aircraft hit people lining up for bread?", True, ["Alommal"], [d], "paraphrase")
Q("dz-starved", "How many civilians have starved to death in Deir Ezzor since the siege tightened?", False, [], [], "unans-statistic", d)
C("Hussein Albuseis condemned crimes against civilians in Deir Ezzor by both the Assad regime and ISIS.", [d], S, "paraphrase")
C("ISIS stops civilians from leaving the regime-held parts while regime forces prevent civilians from entering them.", [d], X, "swapped-roles")
C("Albuseis called for international support for local FSA and rebel groups to oust ISIS and the regime from Deir Ezzor.", [d], S, "drop-detail")
C("Albuseis warned of a humanitarian disaster if the city's civilians were left prey to the regime and ISIS.", [d], S, "paraphrase")
C("Dozens of civilians have starved to death since ISIS tightened the siege in early 2014.", [d], S, "synonym")

# --- 1965511105 manar 2013-09 (text 6-09-2013): al-Nusra claims killing of Alawites in Homs villages
d = "1965511105"
Q("alawite-villages", "Which three Homs villages did al-Nusra say its militants entered to kill Alawites?", True, ["Massudiyeh", "Maksar al-Hissan", "Jab al-Jerah"], [d], "list")
Q("golani-threat", "Which al-Nusra commander threatened to target Alawites with rockets?", True, ["Abu Mohammad al-Golani"], [d], "which-person")
Q("golani-rockets", "How many rockets did the Nusra commander promise to prepare in revenge for the Damascus Ghouta massacre?", True, ["a thousand rockets"], [d], "number-in-words")
Q("golani-date", "When was Golani's audio recording posted on YouTube?", True, ["August 25"], [d], "date")
Q("alawite-jurist", "Who was the al-Nusra jurist who told the militants to kill Alawites?", False, [], [], "unans-person", d)
C("Al-Nusra Front claimed responsibility on Sunday for Tuesday's attacks on Alawites.", [d], S, "drop-detail")
C("At least 30 Alawites, including women, children and elderly men, were shot dead.", [d], S, "drop-detail")
C("Al-Nusra denied any role in the killing of Alawites in the Homs villages.", [d], X, "negation")
C("Golani's threat came in a video posted on Facebook on August 25.", [d], X, "detail-changed")
C("Al-Nusra said the villages had been entered many times before.", [d], X, "negation")

# --- 1965511215 manar 2016-02-09: car bomb in Masaken Barzeh, Damascus
d = "1965511215"
Q("barzeh-building", "Which nearby building was damaged by the Masaken Barzeh car bomb?", True, ["General Establishment for Mills"], [d], "which-organisation")
Q("barzeh-toll", "Car bomb Masaken Barzeh February 2016: killed, injured?", True, ["claiming eight and injuring 14"], [d], "short")
Q("barzeh-claim", "Which group claimed the February 2016 car bomb in Masaken Barzeh?", False, [], [], "unans-organisation", d)
C("A car bomb in the Masaken Barzeh neighbourhood of Damascus killed eight people and injured 14 on Tuesday.", [d], S, "paraphrase")
C("The car bomb in Masaken Barzeh killed 14 and injured eight.", [d], X, "swapped-roles")
C("The explosion damaged the building of the General Establishment for Mills.", [d], S, "drop-detail")
C("The car bomb in Masaken Barzeh targeted an army checkpoint.", [d], U, "true-plus-invented")

# --- 1926479207 etilaf 2014-11-27: Syrian Coalition decries the coalition's silence over the Raqqa raids
d = "1926479207"
Q("raqqa-raids", "How many air raids did Assad's air force carry out on Raqqa, according to the Syrian Coalition?", True, ["nine air raids"], [d], "number-in-words")
Q("foley", "Whose killers did Hariri say the US-led coalition's warplanes had rushed to punish?", True, ["James Foley"], [d], "which-person")
Q("raqqa-toll-nov", "How many civilians did the Syrian Coalition say were killed in Assad's air raids on Raqqa in November 2014?", True, ["Over 130 civilians"], [d], "how-many-according-to")
Q("raqqa-coalition-reply", "What did the US-led coalition say in response to Hariri's criticism over Raqqa?", False, [], [], "unans-follow-up", d)
C("Hariri said the bombing of Al Raqqa was a systematic collective punishment of civilians, not random.", [d], S, "paraphrase")
C("Hariri said the bombing of Al Raqqa was random.", [d], X, "negation")
C("Over 130 civilians were killed and hundreds wounded in nine air raids on the city.", [d], S, "drop-detail")
C("Hariri criticised the US-led coalition for striking Assad's warplanes.", [d], X, "detail-changed")
C("Hariri called on the US-led coalition to strike Assad's air bases.", [d], U, "actor-added")

# --- 1962495708 alalam 2016-10-31: Jaysh al-Fateh attack in southwest Aleppo
d = "1962495708"
Q("jaysh-targets", "Which two army-held positions did Jaysh Al Fateh storm in southwestern Aleppo on Sunday 30 October 2016?", True, ["3000 Housing Project", "Al Assad Military Academy"], [d], "two-constraints")
Q("zahra-quarter", "Into which quarter did Jaysh Al Fateh try to infiltrate north of the 3000 Housing Project?", True, ["Al Zahra Quarter"], [d], "which-place")
Q("jaysh-foreign", "Name the countries the foreign fighters killed in southwest Aleppo on 30 October 2016 came from.", True, ["Chechnya", "China", "Saudi Arabia", "Uzbekistan"], [d], "imperative")
Q("jaysh-army-dead", "How many Syrian soldiers and Hezbollah fighters were killed defending the 3000 Housing Project?", False, [], [], "unans-statistic", d)
C("The rebels could not hold any ground in the district because of the army's heavy defence lines.", [d], S, "paraphrase")
C("Jaysh Al Fateh captured the Al Assad Military Academy.", [d], X, "negation")
C("Syrian forces and Hezbollah fighters repelled an attempt to infiltrate the Al Zahra Quarter.", [d], S, "synonym")
C("The foreign fighters killed included combatants from Iran.", [d], U, "actor-added")
C("The battles around the 3000 Housing Project stretched over several days.", [d], X, "detail-changed")

# --- 1923848259 ahram (AP) 2017-10-06: missile on Qusour, Deir el-Zour
d = "1923848259"
Q("qusour-compare", "How many civilians were killed by the missile on Qusour in Deir el-Zour in October 2017, according to DeirEzzor 24 and according to the Syrian Observatory?", True, ["15 civilians", "at 13"], [d], "comparison")
Q("qusour-blame", "Who did the DeirEzzor 24 group blame for the missile strike on Qusour?", True, ["Islamic State"], [d], "according-to")
Q("qusour-neighbourhood", "In which neighbourhood of Deir el-Zour did the missile land near a school on 5 October 2017?", True, ["Qusour"], [d], "which-place")
Q("qusour-siege", "How long had the siege on parts of Deir el-Zour lasted before Syrian troops broke it?", True, ["nearly three-year"], [d], "number")
Q("qusour-school", "What was the name of the school near which the missile hit in Qusour?", False, [], [], "unans-entity", d)
C("DeirEzzor 24 said three children and three women were among the dead.", [d], S, "drop-detail")
C("The Syrian Observatory put the number of civilians killed at 15.", [d], X, "speaker-changed")
C("The missile destroyed the school and a nearby residential building.", [d], S, "drop-detail")
C("The missile hit a rebel-held neighbourhood of Deir el-Zour.", [d], X, "actor-substituted")
C("Syrian troops broke the siege on parts of Deir el-Zour last month.", [d], S, "drop-detail")
C("IS said it fired the missile in retaliation for Russian air strikes.", [d], U, "causal-added")

# --- cross-article and extra questions
Q("taloul-jubb", "According to Al-Alam, which two key villages had ISIS failed to capture the day before the strikes on the Taloul camp?", True, ["Jubb al Jarrah", "al Masoudiyeh"], ["1962495713"], "two-constraints")
Q("long-hariri", "In a statement about the strikes on Al Raqqa, the Syrian Coalition's secretary general contrasted the coalition's reaction to Western hostages' deaths with its silence on Assad's raids; what does he say risks throwing disappointed Syrians into the arms of extremist groups?", True, ["lack of clear and coherent strategy"], ["1926479207"], "long")
Q("long-ghouta", "Over four days in mid-November 2017 the eastern Ghouta region outside the capital saw intensified clashes between opposition fighters and pro-regime forces; which UN agency reported the casualty figures from Syrian health officials?", True, ["World Health Organization"], ["1924058210"], "long")
Q("typo-kassig", "Wich US aid wroker did ISIL say it executed in the Dabiq video?", True, ["Peter Kassig"], ["1965511127"], "typo")
Q("typo-hara", "how many childrens killed in Hara Daraa air strikes October 2014", True, ["five children"], ["1923848217"], "non-native")
Q("passive-salqin", "By which brigade was the al-Nusra leader in Salqin said to have been hanged?", True, ["Sawaiq al-Rahman"], ["1915433675"], "passive")
Q("truefalse-meles", "Is it true that the Observatory blamed Russian jets for the air strike on the hospital in Meles?", True, ["not known which aircraft carried out the strike"], ["1924058117"], "is-it-true-false")
Q("truefalse-adas", "Is it true that the Free Syrian Army held on to Deir al-Adas after the February 2015 offensive?", True, ["heavy shelling had forced the Free Syrian Army from the town"], ["1915433670"], "is-it-true-false")
Q("true-kassig", "Is it true that ISIL's video also showed the beheading of Syrian military personnel?", True, ["at least 18 men described as Syrian military personnel"], ["1965511127"], "is-it-true")
Q("sana-ru-dz", "According to SANA, how many terrorist targets did Russian airstrikes destroy in Deir Ezzor province in the last week of January 2016?", True, ["23 terrorist targets"], ["1926479032"], "according-to")
Q("unans-ru-2017", "How many oil tankers had Russia destroyed in Syria by the end of 2017?", False, [], [], "unans-date", "1926479032")
Q("unans-qamishli-2015", "How many people were killed by the car bomb at the al-Hilaliyeh roundabout in Qamishli in 2015?", False, [], [], "unans-date", "1965511192")
Q("unans-aqareb-2016", "How many people died in the Daesh attack on Aqareb es Safi in 2016?", False, [], [], "unans-date", "1965495360")
Q("unans-taloul-yt", "How many YPG fighters took part in the assault on the Taloul camp?", False, [], [], "unans-wrong-detail", "1962495713")
Q("unans-tunnel-ru", "How many Russian advisers were among the 38 killed in the Aleppo tunnel blast?", False, [], [], "unans-wrong-detail", "1923848166")
Q("unans-reuters-sukari", "What did Reuters report about the truck bombing in Aleppo's Sukari district?", False, [], [], "unans-outlet", "1965511217")
Q("unans-alawite-un", "How did the UN Security Council react to al-Nusra's massacre of Alawites in Homs province?", False, [], [], "unans-follow-up", "1965511105")
Q("unans-bus-passengers", "How many passengers were on the bus hit by the bomb that killed Fakhreddine Hassan?", False, [], [], "unans-statistic", "1965511106")
Q("unans-sams-aug", "How many attacks on healthcare facilities did SAMS record in August 2016?", False, [], [], "unans-statistic", "1924058117")
Q("unans-adas-commander", "Which Hizballah commander led the capture of Deir al-Adas?", False, [], [], "unans-person", "1915433670")
Q("unans-abu-duhur-hosp", "Which hospital in Abu al-Duhur took in the 30 injured?", False, [], [], "unans-entity", "1924058123")

# --- holdout7 second pass: more unanswerable questions (key terms grepped over all FA-KES rows) and two
# questions that use an earlier set's report of the same event (1923848246, AFP on the Division 17 base)
Q("div17-compare", "How many IS fighters died in the July 2014 battle for the army base in Raqqa province, according to Al-Alam and according to AFP's report of the Observatory?", True, ["more than 35", "at least 28"], ["1962495641", "1923848246"], "comparison")
Q("div17-name", "What was the name of the army base in Raqqa province that IS overran in July 2014?", True, ["Division 17"], ["1923848246"], "which-thing", "1962495641")
Q("unans-latakia-women", "How many women were among the Alawites kidnapped in the August 2013 rebel offensive in Latakia?", False, [], [], "unans-statistic", "1962495635")
Q("unans-sukari-sana", "How many people were killed in the Sukari truck bombing according to SANA?", False, [], [], "unans-outlet", "1965511217")
Q("unans-sukari-leader", "Which Ahrar al-Sham commander was killed in the January 2016 Sukari truck bombing?", False, [], [], "unans-person", "1965511217")
Q("unans-cpj-2013", "How many journalists had the Committee to Protect Journalists counted killed in Syria by September 2013?", False, [], [], "unans-outlet", "1965511106")
Q("unans-qamishli-time", "At what time of day did the suicide bomber strike the al-Hilaliyeh roundabout in Qamishli?", False, [], [], "unans-follow-up", "1965511192")
Q("unans-sawaiq-2016", "How many Nusra Front fighters did the Sawaiq al-Rahman brigade kill south of Idlib in February 2016?", False, [], [], "unans-date", "1915433675")
Q("unans-ghouta-fighters", "How many of the 84 people killed in eastern Ghouta between 14 and 17 November 2017 were opposition fighters?", False, [], [], "unans-statistic", "1924058210")
Q("unans-ghouta-hosp", "Which hospital in eastern Ghouta took in most of the 659 injured?", False, [], [], "unans-entity", "1924058210")
Q("unans-taloul-general", "Which Russian general directed the joint air strikes on the Taloul camp?", False, [], [], "unans-person", "1962495713")
Q("unans-taloul-trainees", "How many recruits did the Taloul camp train each year?", False, [], [], "unans-statistic", "1962495713")
Q("unans-hazano-group", "What was the name of the local armed group that lost seven men in the clash with ISIL near Hazano?", False, [], [], "unans-organisation", "1965511116")
Q("unans-irbin-kids", "How many children were among those killed by the regime strikes on Irbin on 14 October 2014?", False, [], [], "unans-statistic", "1923848216")
Q("unans-kassig-killer", "What was the name of the masked militant who stood over Kassig's head in the Dabiq video?", False, [], [], "unans-person", "1965511127")
Q("unans-hama-isis-leader", "Who led the Islamic State force whose offensive in east Hama was foiled in September 2016?", False, [], [], "unans-person", "1962495732")
Q("unans-zahra-civ", "How many residents of the Al Zahra Quarter were killed in the Jaysh Al Fateh attack of 30 October 2016?", False, [], [], "unans-statistic", "1962495708")
Q("unans-qusour-wounded", "How many people were wounded by the missile that hit near a school in Qusour on 5 October 2017?", False, [], [], "unans-statistic", "1923848259")
Q("unans-aleppo-fuel", "What did a litre of fuel cost in besieged east Aleppo in late September 2016?", False, [], [], "unans-statistic", "1923102938")
Q("unans-idlib-mosque", "What was the name of the mosque destroyed in the bombing of Idlib at the end of May 2016?", False, [], [], "unans-entity", "1926479115")
Q("unans-abu-duhur-2017", "How many people were killed by the Russian raids on Abu al-Duhur in August 2017?", False, [], [], "unans-date", "1924058123")
Q("unans-deir-adas-iran", "How many Iranian officers were killed in the battle for Deir al-Adas?", False, [], [], "unans-wrong-detail", "1915433670")
Q("unans-masaken-sputnik", "What did Sputnik report about the February 2016 car bomb in Masaken Barzeh?", False, [], [], "unans-outlet", "1965511215")

# --- holdout7 second pass: more unsupported claims (an added detail, cause or actor) and attribution changes
C("Sheikh Hatem said the kidnappers were demanding a ransom for the 150 Alawites.", ["1962495635"], U, "true-plus-invented")
C("The Qamishli car bomb went off during the morning rush hour.", ["1965511192"], U, "true-plus-invented")
C("The Coalition said Russian cluster munitions were dropped on Idlib's hospitals.", ["1926479115"], U, "true-plus-invented")
C("The medic who spoke to AFP worked at the largest hospital in east Aleppo.", ["1923102938"], U, "true-plus-invented")
C("Elizabeth Hoff called for an immediate ceasefire in eastern Ghouta.", ["1924058210"], U, "actor-added")
C("The Libyan emir had led ISIL's fighters in Idlib since 2012.", ["1965511116"], U, "true-plus-invented")
C("Kassig had converted to Islam while in captivity.", ["1965511127"], U, "true-plus-invented")
C("The refugee camp near Maarat al-Numaan hosted about 2,000 people.", ["1924058150"], U, "true-plus-invented")
C("Witnesses said Russian jets carried out the strikes on the Idlib market.", ["1923848267"], U, "actor-added")
C("Daesh attacked Aqareb es Safi in order to cut the M5 motorway.", ["1965495360"], U, "causal-added")
C("The tunnel under the government position was dug by the Islamic Front over several months.", ["1923848166"], U, "actor-added")
C("Jordan condemned Hizballah's offensive in the Daraa governorate.", ["1915433670"], U, "actor-added")
C("Hariri said the US-led coalition was secretly coordinating its strikes with Assad.", ["1926479207"], U, "true-plus-invented")
C("Golani's recording was posted four days after the Damascus Ghouta massacre.", ["1965511105"], U, "true-plus-invented")
C("The Masaken Barzeh car bomb was detonated by remote control.", ["1965511215"], U, "true-plus-invented")
C("The Hara strikes hit a field hospital.", ["1923848217"], U, "true-plus-invented")
C("The Observatory said Syrian jets carried out the strikes on Idlib city on 12 June 2016.", ["1923848267"], X, "certainty-upgraded")
C("The Observatory said the truck bomb in Sukari was the work of Ahrar al-Sham's rivals in the Nusra Front.", ["1965511217"], X, "certainty-upgraded")
C("The Observatory said all of the captured soldiers were summarily executed.", ["1962495641"], X, "quantifier-changed")
C("SANA quoted a military source as saying Hizballah was leading the attack on Deir al-Adas.", ["1915433670"], X, "speaker-changed")
C("The UN said at least 15 people were killed by the Russian raids on Abu al-Duhur.", ["1924058123"], X, "speaker-changed")
C("The barrel bombs fell in the evening, while residents were out in the streets.", ["1923848234"], X, "date-shifted")
C("The 58 people killed in Deir Ezzor on Wednesday died in ISIS shelling alone.", ["1926479155"], X, "actor-substituted")
C("The Syrian Coalition said the air raids on Al Raqqa were carried out by the US-led coalition.", ["1926479207"], X, "actor-substituted")
C("Al-Alam said the army lost more than 35 soldiers in the fight for the base.", ["1962495641"], X, "swapped-roles")
