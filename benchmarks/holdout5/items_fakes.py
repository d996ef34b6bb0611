"""Hand-written FA-KES items for holdout5 (H-holdout5, session 8), written from the article texts.

Q(id, question, answerable, facts, docs, form, about)  -- docs/about are unit_ids
C(claim, doc_ids, label, kind)
"""
QUESTIONS = []
CLAIMS = []


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="fk5-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc_ids, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=list(doc_ids), label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- 1918398784 dailysabah 2015-07-20: regime attack on Turkmen village Avanl, Latakia offensive
d = "1918398784"
Q("avanl-killed", "How many people were killed when regime forces attacked the Turkmen village of Avanl in July 2015?", True, ["Two"], [d], "number")
Q("salma-nusra", "According to a Syrian army officer quoted by Daily Sabah, which town had been held by the Nusra Front since 2012?", True, ["Salma"], [d], "according-to")
Q("latakia-villages", "Latakia offensive July 2015 villages retaken?", True, ["Beit Khadour", "Beit Zaifa"], [d], "short")
Q("latakia-weaker", "Is it true that the senior officer quoted by al-Manar's correspondent said the armed men were strong enough to threaten Latakia?", True, ["weaker than to try to dare get close to Latakia"], [d], "is-it-true-false")
Q("avanl-tanks", "How many tanks did the Syrian army send against Avanl?", False, [], [], "unans-statistic", d)
C("According to the Syria Turks Association, tanks, artillery and missiles were used in the attack on Avanl.", [d], S, "reorder")
C("Two people were killed and 15 injured when rebel forces attacked the Turkmen village of Avanl.", [d], X, "actor-substituted")
C("Explosions from the assault were also heard in villages across the border in Turkey.", [d], S, "paraphrase")
C("Insurgents took the town of Jisr al Shughour in September 2012.", [d], X, "date-shifted")
C("The army launched its Latakia offensive after a Nusra Front attack on Qardaha.", [d], U, "causal-added")
C("Last year the army retook the Christian border town of Kasab after less than three months of opposition control.", [d], S, "drop-detail")

# --- 1923848195 ahram 2015-02-05: 45 killed in strikes on Eastern Ghouta after rebel fire on Damascus
d = "1923848195"
Q("ghouta45-toll", "According to the first AFP report on 5 February 2015, how many people did government air strikes around Damascus kill?", True, ["45"], [d], "number")
Q("alloush", "Who is the Jaysh al-Islam leader who declared Damascus a military zone?", True, ["Zahran Alloush"], [d], "which-person")
Q("baramkeh-sana", "Which Damascus neighbourhood, home to university buildings, also houses the headquarters of the state news agency?", True, ["Baramkeh"], [d], "paraphrase")
Q("feb2015-compare", "How many people did the rebel rockets on Damascus on 5 February 2015 kill according to the AFP report in Ahram, and according to the Alalam report?", True, ["seven people including a policeman", "killed 5 people"], [d, "1962495648"], "comparison")
Q("jan25-compare", "The Jaysh al-Islam rocket attack on Damascus of January 25: how many dead does Ahram report and how many does Alalam (citing the Observatory) report?", True, ["killing six", "killing seven"], [d, "1962495648"], "comparison")
Q("douma-infant-name", "What was the name of the infant treated with a defibrillator in the Douma clinic?", False, [], [], "unans-person", d)
C("Nearly 40 government air raids on Eastern Ghouta killed at least 45 people, at least six of them children, the Observatory said.", [d], S, "reorder")
C("The government air raids on Eastern Ghouta came before the rebels fired rockets at the capital.", [d], X, "order-reversed")
C("Eastern Ghouta, a rebel stronghold on the edge of Damascus, has been besieged for nearly two years.", [d], S, "synonym")
C("Jaysh al-Islam fired the barrage with rockets supplied by Saudi Arabia.", [d], U, "true-plus-invented")
C("After rebels shelled Damascus, government jets carried out nearly 40 raids on Eastern Ghouta.", [d], S, "summary")

# --- 1962495739 alalam 2017-10-05: Russia says strike killed 7 Nusra field commanders; Golani in coma
d = "1962495739"
Q("nusra49", "According to Rossiya 24, how many Nusra Front militants did the Russian air strike in Idlib kill?", True, ["49"], [d], "according-to")
Q("golani-state", "Golani condition after Russian strike?", True, ["coma"], [d], "short")
Q("nusra-rebrand", "Which alliance did the Nusra Front rebrand to head after severing ties with al Qaeda?", True, ["Hayat Tahrir al-Sham"], [d], "which-organisation")
Q("golani-town", "In which Idlib town was Abu Mohamad al-Golani when the Russian jets struck him?", False, [], [], "unans-wrong-detail", d)
C("Russia's defence ministry was cited as saying that Golani is now in a coma.", [d], S, "passive-active")
C("Russia said its air strike had killed Abu Mohamad al-Golani.", [d], X, "unit-changed")
C("Russia said the strike that injured Golani also killed 7 of his field commanders.", [d], X, "number-changed")
C("The US-led coalition confirmed that Golani had been critically wounded.", [d], U, "actor-added")
C("Nusra Front broke with al Qaeda last year and rebranded to lead the Hayat Tahrir al-Sham alliance.", [d], S, "paraphrase")

# --- 1965495335 sputnik 2015-02-01: bus blast on Lebanese pilgrims in Damascus
d = "1965495335"
Q("bus-place", "In which Damascus neighbourhood did the bus carrying pilgrims blow up on 1 February 2015?", True, ["Souq al-Hamadiyeh"], [d], "which-place")
Q("bus-compare", "What death tolls did AFP and SANA give for the Damascus bus blast?", True, ["at least six people", "at least four people"], [d], "comparison")
Q("bus-claim", "Which jihadist group's Twitter feed said one of its members blew himself up inside the bus?", True, ["Nusra"], [d, "1962495648"], "which-organisation")
Q("bus-bomber", "what name did the nusra account give the damascus bus bomber", True, ["Abou Ez"], [d], "lowercase")
Q("bus-women", "How many of the pilgrims on the bombed bus in Damascus were women?", False, [], [], "unans-statistic", d)
C("SANA described the attack on the bus as a terrorist explosion.", [d], S, "synonym")
C("The Syrian Observatory said the blast had been caused by a suicide bomber.", [d], X, "certainty-upgraded")
C("The Observatory director said the bus was carrying Iranian pilgrims.", [d], X, "actor-substituted")
C("Rami Abdel Rahman confirmed that the bus was carrying Lebanese pilgrims.", [d], X, "certainty-upgraded")
C("Footage of men and a woman now in hospital was released by Ikhbariya television, Reuters reported.", [d], S, "passive-active")

# --- 1965511189 manar 2016-05-28: woman killed in Ain al-Dananeer (Homs); rockets on al-Midan (Aleppo)
d = "1965511189"
Q("ezeddin", "The mortar shells that fell on houses in the northeastern Homs countryside in late May 2016 came from Nusra-affiliated groups fortified in which village?", True, ["Ez-Eddin"], [d], "long")
Q("sheikh-issa", "Which town north of Aleppo did the SDF take from ISIL at the end of May 2016?", True, ["Sheikh Issa"], [d], "alias")
Q("dananeer-name", "What was the name of the woman killed in Ain al-Dananeer?", False, [], [], "unans-person", d)
C("On Friday more than 10 rocket shells on al-Midan killed an elderly woman and injured 9 people.", [d], S, "reorder")
C("On Saturday a rocket shell on al-Midan killed a civilian and damaged 7 cars.", [d], X, "unit-changed")
C("ISIL seized Sheikh Issa town from the Democratic Syria Troops after clashes.", [d], X, "swapped-roles")
C("The mortar shells on Ain al-Dananeer were fired in retaliation for army advances near Ez-Eddin.", [d], U, "causal-added")

# --- 1962495728 alalam 2016-09-04: commander Ramadan al-Sabta killed in al-Lajat, Daraa
d = "1962495728"
Q("sabta", "Who was the notorious al-Omari brigade commander killed in al-Lajat?", True, ["Ramadan al-Sabta"], [d], "which-person")
Q("sabta-comrades", "How many of his comrades were killed alongside the al-Omari commander?", True, ["nine"], [d], "number-in-words")
Q("sabta-successor", "Who replaced Ramadan al-Sabta at the head of the al-Omari brigade?", False, [], [], "unans-follow-up", d)
C("Government forces seized some 10 square kilometers along the highway near Ibtta after hours of fierce clashes.", [d], S, "synonym")
C("Ramadan al-Sabta was captured alive by Syrian army troops in al-Lajat.", [d], X, "detail-changed")
C("The battle was fought on a road connecting al-Shomarah to Ibtta.", [d], X, "place-swapped")
C("According to FNA, Ramadan al-Sabta had led the al-Omari brigade since 2012.", [d], U, "true-plus-invented")

# --- 1962495666 alalam 2016-07-11: ISIL executes 70 members for fleeing Raqqa; footballers beheaded
d = "1962495666"
Q("raqqa70-why", "Why did ISIL execute at least 70 of its own members in July 2016?", True, ["tried to leave Raqqa"], [d], "why-how")
Q("dalah", "Where in Raqqa were the al-Shabab players beheaded?", True, ["al-Dalah square"], [d], "which-place")
Q("jomah", "Who, as head of Syria's football federation, condemned the killing of the sportsmen?", True, ["Mowafaq Jomah"], [d], "which-person")
Q("players-n", "how many soccer players did isil kill in raqqa", True, ["three soccer players"], [d], "lowercase")
Q("raqqa-fled-n", "How many ISIL fighters managed to flee Raqqa in July 2016?", False, [], [], "unans-statistic", d)
C("A fatwa by Raqqa's religious judge allows ISIL fighters to kill anyone who leaves the city without permission.", [d], S, "paraphrase")
C("Five civilians, among them two soccer players, were killed by ISIL's security forces.", [d], X, "number-changed")
C("The president of Syria's football federation praised the killing of the sportsmen.", [d], X, "negation")
C("Most of the executed fighters were foreign recruits trying to reach Turkey.", [d], U, "true-plus-invented")
C("ISIL beheaded the al-Shabab team's trainer along with three of its players.", [d], S, "summary")

# --- 1923848320 ahram 2014-03-06: truck bomb near military intelligence in Hama; base 17; Yarmuk
d = "1923848320"
Q("hama-compare", "How many people did the March 2014 blast near Hama's military intelligence branch kill according to the Observatory, and according to state television?", True, ["at least five", "four people had been killed"], [d], "comparison")
Q("base17", "Which besieged army base in Raqa did two ISIL suicide bombers blow themselves up in?", True, ["base 17"], [d], "which-place")
Q("hama-claim", "Which group claimed the March 2014 truck bombing near the military intelligence branch in Hama?", False, [], [], "unans-organisation", d)
C("State television said a terrorist explosion at the southern entrance of Hama killed four people and wounded 22.", [d], S, "reorder")
C("Two fighters from the Nusra Front blew themselves up inside base 17, the Observatory said.", [d], X, "actor-substituted")
C("Renewed fighting has halted efforts to deliver aid to the besieged Yarmuk camp.", [d], S, "drop-detail")
C("ISIL claimed the Hama truck bomb as revenge for the siege of base 17.", [d], U, "causal-added")
C("The Observatory said the Hama blast killed at least five people and wounded fewer than 20.", [d], X, "quantifier-changed")

# --- 1965495376 sputnik 2017-04-15: blast on Fua and Kefraya evacuee convoy, toll 70
d = "1965495376"
Q("convoy-sputnik", "According to a Sputnik source, how many people were killed in the blast targeting the Fua and Kefraya evacuee convoy?", True, ["70"], [d], "how-many-according-to")
Q("convoy-disguise", "How was the attacker's car disguised when it approached the buses?", True, ["transporting food"], [d], "why-how")
Q("convoy-75", "How many buses arrived in Aleppo on Friday with evacuees from the besieged towns?", True, ["75"], [d], "number")
Q("fua-siege", "Since what year have Fua and Kefraya been besieged?", True, ["2013"], [d], "date")
Q("convoy-claim", "Which group did Sputnik say claimed the bombing of the evacuee buses at Rashidin?", False, [], [], "unans-organisation", d)
C("The previous toll was 20 dead and 50 injured before the source said at least 70 had died.", [d], S, "reorder")
C("The explosion hit the Rashidin area on the outskirts of Idlib.", [d], X, "place-swapped")
C("Fua and Kefraya are the only opposition-held enclave in Idlib's vast government-held area.", [d], X, "swapped-roles")
C("The Sputnik source said the blast was definitely caused by a suicide attacker.", [d], X, "certainty-upgraded")
C("There are many women and children among the dead, according to the source.", [d], S, "passive-active")

# --- 1965511188 manar 2016-02-02: over 20 Nusra killed in Hama; strikes in Homs, Damascus countryside, Deir Ezzor
d = "1965511188"
Q("hama-axes", "On which axes in northern Hama did al-Nusra and Ahrar al-Sham attack military posts?", True, ["al-Zakat", "al-Latamina"], [d], "list")
Q("hama-soldiers", "How many soldiers died repelling the attack on the posts in northern Hama?", False, [], [], "unans-statistic", d)
C("The clashes ended with the attack foiled and at least 20 terrorists killed, a military source said.", [d], S, "drop-detail")
C("Three tanks were destroyed in Jbab Hamad village.", [d], X, "detail-changed")
C("The fleeing terrorists fired on houses in Harfa, wounding several residents.", [d], U, "true-plus-invented")
C("The air force struck ISIL vehicles southeast of the Panorama area on the edge of Deir Ezzor.", [d], S, "synonym")

# --- 1924058186 dailysabah 2016-06-01: Turkish military and coalition kill 14 Daesh in northern Syria
d = "1924058186"
Q("tsk14", "How many Daesh terrorists did Turkish forces and the US-led coalition kill in northern Syria, according to the Turkish General Staff?", True, ["14"], [d], "how-many-according-to")
Q("may2-strikes", "What did Turkish forces strike on May 2 on the Syrian side of the border, and how many terrorists were initially reported killed?", True, ["gun emplacements", "50 terrorists"], [d], "two-constraints")
Q("ankara-equipment", "Which Daesh equipment did Ankara's artillery and air operations destroy in northern Aleppo?", True, ["one tank", "two mortar vehicles"], [d], "alias")
C("Artillery fire and air operations destroyed a tank, two mortar vehicles and three armored personnel carriers, the Turkish General Staff said.", [d], S, "synonym")
C("The operation by Turkish forces and the coalition was carried out on Wednesday.", [d], X, "date-shifted")
C("Daesh fired the rockets that repeatedly struck Kilis from positions near Suran.", [d], U, "actor-added")

# --- 1965511131 manar 2014-11-03: ISIL beheads 8 militants who surrendered in Albu Kamal
d = "1965511131"
Q("albukamal-why", "Why had the eight opposition fighters turned themselves in to the Islamic State?", True, ["offered amnesty"], [d], "why-how")
Q("albukamal-date", "On what date were the eight men executed in Albu Kamal?", False, [], [], "unans-date", d)
C("After beheading the eight opposition fighters, ISIL hung their bodies from crosses.", [d], S, "paraphrase")
C("The Observatory said the executions in Deir Ezzor took place last Monday.", [d], X, "certainty-upgraded")
C("Two of the three men killed in Deir Ezzor were accused of fighting ISIL and the third of collaborating with the government.", [d], X, "swapped-roles")
C("Eight Syrian militants who had surrendered were beheaded by ISIL despite promises of an amnesty.", [d], S, "passive-active")

# --- 1962495698 alalam 2016-02-21: twin car bombs in al-Zahraa, Homs, kill 50
d = "1962495698"
Q("zahraa-claim", "Did any group claim the February 2016 twin bombings in al-Zahraa?", True, ["No group has claimed responsibility"], [d], "yes-no")
Q("scpr", "According to the Syrian Center for Policy Research, how many people has the conflict killed?", True, ["470000"], [d], "according-to")
C("The two explosive-laden vehicles went off within less than a minute of each other at a traffic light.", [d], S, "drop-detail")
C("The December bombings in al-Zahraa killed more than 50 people.", [d], X, "number-changed")
C("The Islamic State group claimed responsibility for the Homs twin bombings.", [d], X, "negation")
C("Syria accuses Saudi Arabia, Turkey and Qatar of arming terrorist groups, Daesh among them.", [d], S, "reorder")
C("The twin bombings in Homs were carried out by Takfiri militants, security officials said.", [d], U, "speaker-changed")

# --- 1926479085 etilaf 2015-07-10: ISIS displaced 33000 from Abu Hamam
d = "1926479085"
Q("abuhamam-n", "According to the Syrian Network for Human Rights, how many residents did ISIS force out of Abu Hamam?", True, ["33000"], [d], "how-many-according-to")
Q("abuhamam-exec", "How many people has ISIS executed in Abu Hamam, and how many are missing?", True, ["367", "240"], [d], "two-constraints")
Q("shaitat", "Which tribe fought ISIS in eastern rural Deir Ezzor before the group took the area?", True, ["Shaitat"], [d], "which-organisation")
Q("grave-n", "mass grave tribesmen deir ezzor how many bodies", True, ["230"], [d], "lowercase")
Q("abuhamam-leader", "Which ISIS commander led the expulsion of residents from Abu Hamam?", False, [], [], "unans-person", d)
C("A mass grave holding 230 bodies of summarily executed tribesmen was discovered in eastern rural Deir Ezzor.", [d], S, "synonym")
C("ISIS has been forcing residents out of Abu Hamam since 10 August 2013.", [d], X, "date-shifted")
C("The Syrian Coalition said the Assad regime helped ISIS seize Abu Hamam.", [d], U, "actor-added")

# --- 1962495720 alalam 2016-08-03: toxic gas shells on Aleppo kill five
d = "1962495720"
Q("gas-jfs", "Which group, formerly al-Nusra, does the article say partially controls Aleppo?", True, ["Jabhat Fatah al Sham"], [d], "alias")
Q("gas-wounded", "How many people were wounded by the toxic gas shells that popular defense forces said killed five civilians in Aleppo?", False, [], [], "unans-statistic", d)
C("A militia member said five people had died from suffocation.", [d], S, "drop-detail")
C("The militia member said Jabhat Fatah al Sham fired the gas shells.", [d], U, "actor-added")
C("The toxic gas shells killed five civilians and wounded dozens more.", [d], U, "true-plus-invented")

# --- 1923102849 alaraby 2016-08-12: three women killed at a funeral in Madaya
d = "1923102849"
Q("madaya-women", "How many women were killed when a funeral in besieged Madaya was shelled?", True, ["three women"], [d], "number-in-words")
Q("madaya-activist", "Which media activist told The New Arab that Hizballah and regime forces targeted the funeral?", True, ["Abdul Wahab"], [d], "which-person")
Q("madaya-aid", "Since which month has no humanitarian aid entered Madaya, according to local sources?", True, ["since May"], [d], "in-month-year")
Q("un-siege", "According to the United Nations, how many people live under siege in Syria, and how many of them are besieged by forces loyal to Assad?", True, ["592700", "452700"], [d], "two-constraints")
Q("madaya-funeral-of", "Whose funeral were the three women attending when they were killed in Madaya?", False, [], [], "unans-follow-up", d)
C("The bombing made many mourners flee and the dead and wounded lay in the area for more than an hour, the activist said.", [d], S, "paraphrase")
C("The UN says most of the 592700 people under siege in Syria are besieged by rebel groups.", [d], X, "swapped-roles")
C("The three women were killed while attending a wedding on Thursday evening.", [d], X, "detail-changed")
C("Hizballah denied targeting the funeral in Madaya.", [d], U, "actor-added")
C("Desperate residents of some besieged areas have eaten dogs or soups made from leaves and tree bark.", [d], S, "drop-detail")

# --- 1962495631 alalam 2013-09-27 and 1965511114 manar: car bomb in Rankus
d = "1962495631"
d2 = "1965511114"
Q("rankus-compare", "What death tolls do Alalam and Al-Manar give for the September 2013 car bomb in Rankus?", True, ["At least 60 people", "at least 70 people"], [d, d2], "comparison")
Q("rankus-mosque-alalam", "According to Alalam, near which mosque did the Rankus explosion occur?", True, ["al-Sahil Mosque"], [d], "according-to")
Q("rankus-mosque-manar", "Al-Manar says the Rankus blast was next to which mosque?", True, ["Khaled Bin Walid mosque"], [d2], "according-to")
Q("rankus-who", "Who carried out the Rankus car bombing?", True, ["not immediately clear who carried out"], [d], "which-organisation")
Q("rankus-children", "How many children were among those killed by the Rankus car bomb?", False, [], [], "unans-statistic", d)
Q("rankus-minister", "Which Syrian minister condemned the Rankus bombing on the day it happened?", False, [], [], "unans-person", d)
C("The Rankus explosion happened near al-Sahil Mosque soon after Friday prayers.", [d], S, "reorder")
C("The Syrian government condemned the Rankus bombing within hours.", [d], X, "negation")
C("The Islamic State group claimed responsibility for the Rankus car bomb.", [d], X, "actor-added")
C("The Rankus car bomb was planted by Islamic State militants.", [d], U, "actor-added")
C("Some 30 kilometers north of Damascus, a car bomb in Rankus killed at least 60 people.", [d], S, "reorder")
C("The Observatory said tens of people were injured in the blast next to Khaled Bin Walid mosque.", [d2], S, "drop-detail")
C("A car bomb killed at least 70 people in Rankus on Saturday.", [d2], X, "date-shifted")
C("Local activists urged residents not to gather for fear of further attacks.", [d2], S, "synonym")

# --- 1962495683 alalam 2016-05-03: army kills 175 ISIS near al-Hail oilfield, east of Homs
d = "1962495683"
Q("hail-soldiers", "How many Syrian soldiers were killed in the offensive near the al-Hail oilfield?", False, [], [], "unans-statistic", d)
C("Military sources said at least 175 ISIS members were killed near the al-Hail oilfield along the Palmyra-Deir Ezzur highway.", [d], S, "drop-detail")
C("ISIS forced the Syrian army to retreat from the southern plains of Jabal al-Mketaa.", [d], X, "swapped-roles")
C("The fleeing terrorists sought safer shelter in Albu Kamal and then in Iraq, the sources said.", [d], S, "paraphrase")

# --- 1965511226 manar 2016-08-01: Russian Mi-8 shot down over Idlib, five killed
d = "1965511226"
Q("mi8-onboard", "Who was on board the downed Russian helicopter?", True, ["three crew members", "two officers"], [d], "list")
Q("mi8-peskov", "What did the Kremlin spokesman say the crew were trying to do when they died?", True, ["move the aircraft away to minimize victims on the ground"], [d], "why-how")
Q("mi8-moscow", "Did Moscow say the Mi-8 was shot down before or after delivering aid to Aleppo?", True, ["after delivering humanitarian aid to Aleppo"], [d], "alias")
Q("mi8-who", "Which rebel group shot down the Russian Mi-8 over Idlib?", False, [], [], "unans-organisation", d)
C("The Russian defence ministry said the Mi-8 was shot down from the ground after delivering humanitarian aid to Aleppo.", [d], S, "drop-detail")
C("Dmitry Peskov said the helicopter was shot down before it could deliver aid to Aleppo.", [d], X, "order-reversed")
C("The Kremlin said two of the five people on board survived.", [d], X, "negation")
C("Photos shared by the Syrian opposition, whose authenticity could not be confirmed, purported to show the smoking craft.", [d], S, "reorder")
C("The photos of the crashed helicopter were confirmed as authentic by the Russian defence ministry.", [d], U, "actor-added")
C("The downing brought the toll of Russian soldiers killed in Syria to 81.", [d], X, "number-changed")

# --- 1926479027 sana 2016-08-17 and 1926479136 sana 2016-08-16: rocket attacks on Salah Eddin, Aleppo
d = "1926479027"
d2 = "1926479136"
Q("salaheddin-wed", "In SANA's bulletin of 17 August 2016, how many civilians in all were killed and injured by that Wednesday's rocket attacks on Salah Eddin?", True, ["Ten civilians", "16"], [d], "number-in-words")
Q("salaheddin-tue", "What was the final death toll of Tuesday's rocket attacks on Salah Eddin?", True, ["8 civilians"], [d, d2, "1965511222"], "number")
Q("salaheddin-earlier", "What toll did the Aleppo police source first give for the Tuesday shelling of Salah Eddin before raising it?", True, ["5 civilians"], [d2], "paraphrase")
Q("adawi", "Which Damascus area did Jaish al-Islam hit with two rocket shells on 17 August 2016, and with what result?", True, ["al-Adawi", "without any casualties"], [d], "two-constraints")
Q("salaheddin-group", "Which named group fired the rockets on Salah Eddin in August 2016, according to SANA?", False, [], [], "unans-organisation", d)
C("Ten civilians were killed and 16 injured by rocket attacks on Aleppo's Salah Eddin neighbourhood on Wednesday.", [d], S, "passive-active")
C("Among the seven civilians killed earlier on Wednesday were a child and two women.", [d], S, "drop-detail")
C("Jaish al-Islam's rocket shells on al-Adawi killed two civilians.", [d], X, "negation")
C("The rocket attacks on Salah Eddin were a response to army advances in southern Aleppo.", [d], U, "causal-added")
C("The death toll from the rocket attacks on Salah Eddin rose to 8 civilians, with 12 injured.", [d2], S, "drop-detail")
C("Jaish al-Fatah fighters in Binnesh fired rocket shells on al-Fouaa, killing a civilian.", [d2], S, "summary")
C("A mortar shell on Bab Touma in the Old City of Damascus killed two civilians.", [d2], X, "unit-changed")

# --- 1965511147 manar 2014: insurgents kill 14 civilians in Khatab, Hama
d = "1965511147"
Q("khatab-why", "Why were the 14 residents executed, according to the Observatory?", True, ["collaboration"], [d], "why-how")
Q("khatab-female", "According to the Britain-based monitor, how many of the 14 killed in Khatab were female?", True, ["seven"], [d], "how-many-according-to")
Q("khatab-group", "Which rebel faction carried out the killings in Khatab?", False, [], [], "unans-organisation", d)
C("SANA quoted a police source as saying an armed group infiltrated Khatab at dawn and killed 14 residents.", [d], S, "paraphrase")
C("Government forces executed 14 residents of Khatab, the Observatory said.", [d], X, "actor-substituted")
C("The Khatab massacre was carried out by ISIL fighters.", [d], U, "actor-added")

# --- 1923848192 ahram 2015-02-13: US-led strikes kill 20 IS fighters in al-Shadadi
d = "1923848192"
Q("jordan-location", "Did Jordanian state TV say where Jordan's war planes struck on Thursday?", True, ["without giving the location"], [d], "yes-no")
Q("coalition-start", "In which month did the US-led alliance start bombing Islamic State targets in Syria?", True, ["September"], [d], "in-month-year")
Q("jordan-planes-n", "How many Jordanian war planes took part in Thursday's raids on Islamic State targets?", False, [], [], "unans-statistic", d)
C("Rami Abdulrahman said one civilian was also killed in the air strikes on al-Shadadi.", [d], S, "drop-detail")
C("The air strikes on al-Shadadi killed at least 20 civilians.", [d], X, "unit-changed")
C("Jordanian state TV said its jets had struck al-Shadadi.", [d], X, "certainty-upgraded")
C("The US-led strikes on al-Shadadi destroyed an Islamic State oil refinery.", [d], U, "true-plus-invented")

# --- 1923102951 alaraby 2016-06-20: IS counteroffensive in Raqqa kills 40 government soldiers
d = "1923102951"
Q("raqqa40", "How many government soldiers were killed in the Islamic State counteroffensive in Raqqa province on 20 June 2016?", True, ["40"], [d], "number")
Q("raqqa-offensive-start", "When did the government offensive aimed at recapturing Raqqa begin?", True, ["June 3"], [d], "date")
Q("rbss-tabqa", "According to Raqqa is Being Slaughtered Silently, how many civilians did the cluster munitions on Tabqa kill?", True, ["10 civilians"], [d], "according-to")
Q("largest-dam", "Where is the country's largest dam, which the regime offensive also aimed to recapture?", True, ["Tabqa"], [d], "paraphrase")
Q("raqqa-is-losses", "How many Islamic State fighters died in the June 2016 counteroffensive in Raqqa province?", False, [], [], "unans-statistic", d)
C("Government fighters had been stuck about 15 kilometres from the airport for more than a week.", [d], S, "drop-detail")
C("The government offensive toward Raqqa began on June 13.", [d], X, "date-shifted")
C("Regime troops drove the Islamic State out of the administrative borders of Raqqa province.", [d], X, "swapped-roles")
C("Backed by Russian air power, pro-regime forces surged toward Tabqa and a nearby air base held by IS.", [d], S, "paraphrase")
C("Russian jets dropped the cluster munitions that killed civilians in Tabqa.", [d], U, "actor-added")

# --- 1926479274 reuters 2013-09-08: Kerry, Arab ministers, G20 statement, no U.N. vote for now
d = "1926479274"
Q("attiya", "Who is the Qatari counterpart who stood alongside Kerry at the news conference?", True, ["Khaled al-Attiya"], [d], "which-person")
Q("aug21-toll", "How many people do Washington and Paris estimate were killed in the August 21 chemical attack?", True, ["more than 1400"], [d], "according-to")
Q("arab-ministers", "Which countries' foreign ministers did Kerry meet in September 2013?", True, ["Bahrain", "Egypt", "Kuwait"], [d], "list")
Q("obama-decision", "Had President Obama decided on strikes against Syria when Kerry spoke on Sunday?", True, ["No decision has been made"], [d], "yes-no")
Q("saudi-jets", "How many warplanes did Saudi Arabia offer for the planned strikes on Syria in September 2013?", False, [], [], "unans-statistic", d)
C("Kerry said Saudi Arabia supported the strike and backed taking action.", [d], S, "paraphrase")
C("A U.S. official said Washington was seeking a Security Council vote at the moment.", [d], X, "negation")
C("The G20 statement had been signed by 12 nations, Saudi Arabia among them.", [d], S, "reorder")
C("Attiya said Qatar would send troops to protect the Syrian people.", [d], U, "plans-to-did")
C("Hollande ruled out seeking a resolution at the Security Council.", [d], X, "negation")

# --- 1926478952 sana 2016-10-18: rocket attacks in Aleppo, sniper in Quneitra
d = "1926478952"
Q("hadar", "In which Quneitra town was a woman killed by a Nusra sniper in October 2016?", True, ["Hadar"], [d], "which-place")
Q("hadar-name", "What was the name of the woman shot by a sniper in Hadar?", False, [], [], "unans-person", d)
C("A woman was killed and three civilians injured by rocket shells on al-Hamadaniyeh and al-Midan.", [d], S, "drop-detail")
C("The woman in Hadar was killed instantly by the sniper's shot.", [d], X, "detail-changed")
C("Jabhat al-Nusra fired the rockets that hit al-Jamiliyeh.", [d], U, "actor-added")

# --- 1926479140 etilaf 2016-08-24: Syrian Coalition on 136 chemical attacks since resolution 2118
d = "1926479140"
Q("chem136", "According to reports cited by the Syrian Coalition, how many times has the Assad regime used chemical weapons since resolution 2118?", True, ["136"], [d], "how-many-according-to")
Q("res2118", "When was UN Security Council resolution 2118 adopted?", True, ["September 27 2013"], [d], "date")
Q("jaafari-blame", "Whom did Damascus's envoy to the UN blame for the Ghouta Massacre?", True, ["France"], [d], "alias")
Q("icc", "To which court does the Syrian Coalition want the Ghouta Massacre file referred?", True, ["International Criminal Court"], [d], "which-organisation")
Q("ghouta-victims", "How many civilians did the Ghouta Massacre claim, per the Coalition?", True, ["over 1127"], [d], "number")
C("The Coalition asked the UN Security Council to reopen the Ghouta Massacre file and refer it to the ICC.", [d], S, "paraphrase")
C("Bashar Aljaafari blamed the United States for the Ghouta Massacre.", [d], X, "actor-substituted")
C("Half of the victims of the Ghouta Massacre were women and children, the Coalition said.", [d], X, "quantifier-changed")
C("Probes by the UN and international organisations pointed to the Assad regime's direct responsibility for the sarin attack.", [d], S, "drop-detail")
C("The Coalition said Russia supplied the sarin used in eastern Ghouta.", [d], U, "actor-added")

# --- 1965511152 manar 2015-02-16: rocket shells kill 9 civilians in al-Serian, Aleppo
d = "1965511152"
Q("serian-from", "From which Aleppo neighbourhood were the rocket shells that killed nine civilians in al-Serian fired?", True, ["Bani Zaid"], [d], "which-place")
Q("serian-kids", "al-Serian rocket attack children killed?", True, ["three children"], [d], "short")
C("The shells that killed nine civilians in al-Serian were fired by terrorists positioned in Bani Zaid.", [d], S, "reorder")
C("Nine civilians including three children were killed when terrorists fired rocket shells on Bani Zaid.", [d], X, "place-swapped")
C("The attack also injured 20 civilians and damaged houses, cars and shops.", [d], S, "drop-detail")

# --- 1926478977 etilaf 2014-11-21: barrel bombs kill 35 in Al Bab and Kafr Hamra
d = "1926478977"
Q("albab-towns", "Which two towns in rural Aleppo did the barrel bombs that killed 35 civilians hit in November 2014?", True, ["Al Bab", "Kafr Hamra"], [d], "list")
C("Barrel bombs dropped by Assad's air force on Al Bab and Kafr Hamra killed 35 civilians, women and children among them.", [d], S, "passive-active")
C("Regime air raids on Zamalka in rural Damascus killed 35 people.", [d], X, "number-changed")
C("The barrel bombs on Al Bab were dropped by aircraft of the international anti-ISIS coalition.", [d], X, "actor-substituted")
C("The Coalition called for speeding up the arming of the Free Syrian Army.", [d], S, "drop-detail")

# --- 1965511130 manar 2014-11-05: mortar attack on a school kills 11 children in Damascus
d = "1965511130"
Q("qaboun", "In which district of the Syrian capital did a mortar attack on a school kill at least 11 children?", True, ["Qaboun"], [d], "which-place")
Q("qaboun-rise", "Was the toll of the school mortar attack expected to stay at 11?", True, ["expected to rise"], [d], "is-it-true-false")
Q("qaboun-school-name", "What was the name of the school hit by the mortar attack in Qaboun?", False, [], [], "unans-entity", d)
C("The Observatory expected the toll to rise because some of the wounded were in critical condition.", [d], S, "drop-detail")
C("The mortar attack on the school killed at least 11 teachers.", [d], X, "actor-substituted")
C("Qaboun is a district in the west of Damascus.", [d], X, "place-swapped")
C("The Syrian government blamed Saudi Arabia for the mortar attack on the school.", [d], U, "causal-added")

# --- 1918150028 asharqalawsat 2017-04-19: six killed in Salaheddin blast; evacuation of four towns resumes
d = "1918150028"
Q("salah17-toll", "Asharq Al-Awsat, citing Syrian state TV: how many people did the explosive device in Aleppo kill and wound on 19 April 2017?", True, ["six", "30"], [d], "how-many-according-to")
Q("salah17-where", "According to opposition media, where did the Salaheddin explosion occur?", True, ["near a mosque during the funeral of a regime fighter"], [d], "according-to")
Q("foua-3000", "How many residents left Foua and Kafarya on Wednesday, and in how many buses?", True, ["3000", "45 buses"], [d], "two-constraints")
Q("un-oversee", "Is the UN overseeing the transfer deal for the four besieged towns?", True, ["not overseen by the United Nations"], [d], "yes-no")
Q("convoy-compare", "How many were killed by the bombing of the evacuee buses according to Asharq Al-Awsat, compared with the figure a Sputnik source gave on the day of the attack?", True, ["more than 120", "at least 70"], [d, "1965495376"], "comparison")
Q("salah17-funeral", "Whose funeral was being held when the Salaheddin blast went off in April 2017?", False, [], [], "unans-person", d)
C("Syrian state TV said an explosive device in Aleppo killed six people and wounded 30.", [d], S, "drop-detail")
C("The evacuation of the four besieged areas is overseen by the United Nations.", [d], X, "negation")
C("The regime blamed the Islamic State group for the bombing of the evacuee buses.", [d], X, "actor-substituted")
C("The Salaheddin blast was carried out by a suicide bomber.", [d], U, "true-plus-invented")
C("Evacuations of four besieged Syrian towns resumed days after a bombing killed more than 120 evacuees.", [d], S, "summary")
C("Some 160 mostly civilians had remained in Zabadani.", [d], X, "detail-changed")

# --- 1965511214 manar 2016-02-15: YPG advances on Tal Rifaat
d = "1965511214"
Q("ypg40", "How many insurgents were killed as the Kurdish People's Protection Units pushed toward Tal Rifaat?", True, ["40"], [d], "alias")
C("Kurdish forces cut the Kaljibrin-Tal Rifaat road, sources told al-Manar.", [d], S, "drop-detail")
C("Taking Kaljibrin puts the Kurdish forces in direct confrontation with ISIL in the Aleppo countryside.", [d], S, "paraphrase")

# --- 1923102926 alaraby 2016-09-11: airstrikes before the US-Russia truce
d = "1923102926"
Q("eid-toll", "Why was Saturday's toll so high according to Rami Abdel Rahman?", True, ["shopping before the Eid al-Adha"], [d], "why-how")
Q("iran-monitor", "Which country, a key ally of the regime, welcomed the truce plan and called for comprehensive monitoring?", True, ["Iran"], [d], "which-place")
Q("hnc", "had the hnc responded to the us-russia truce deal", True, ["had yet to formally respond"], [d], "lowercase")
Q("iran-official", "Which Iranian official called for comprehensive monitoring of the September 2016 truce along Syria's borders?", False, [], [], "unans-person", d)
C("SANA reported on Saturday that Assad's government had approved the US-Russia agreement.", [d], S, "drop-detail")
C("The High Negotiations Committee formally accepted the truce on Sunday.", [d], X, "negation")
C("More than 100 civilians were killed in rebel shelling of Idlib and Aleppo the day before.", [d], X, "actor-substituted")
C("The US-Russia truce deal was due to take effect on Monday.", [d], S, "drop-detail")
C("Iran said it would send observers to monitor the truce along Syria's borders.", [d], U, "plans-to-did")

# --- 1965511219 manar 2016-01-06: Jaish al-Islam mortars kill 8 in Damascus
d = "1965511219"
Q("dam8", "How many people did Jaish al-Islam's mortar attacks on Damascus kill and injure on Wednesday 6 January 2016?", True, ["eight", "25"], [d], "two-constraints")
C("Terrorists based in Eastern Ghouta fired the mortar shells that killed eight people in Damascus.", [d], S, "drop-detail")
C("The mortar round from Daraya killed 4 civilians in al-Moadamiya.", [d], X, "unit-changed")
C("Four civilians were injured by rockets on al-Neel Street in Aleppo.", [d], S, "passive-active")

# --- 1923848213 ahram 2014-10-29: barrel bombs on displaced camp in Idlib; car bomb in Homs
d = "1923848213"
Q("habeet", "Near which area was the camp for displaced people hit by regime barrel bombs in October 2014?", True, ["Habeet"], [d], "which-place")
Q("zahraa14-compare", "For the October 2014 car bomb in Homs' Al-Zahraa, how many were hurt according to state television, and how many were killed according to the Observatory?", True, ["37", "one person had been killed"], [d], "comparison")
Q("school-double", "How many people did the double bombing at a school in early October 2014 kill, and how many of them were students?", True, ["52", "48 students"], [d], "two-constraints")
Q("homs-officials", "Which two security officials were reassigned after the school bombing protests in Homs?", False, [], [], "unans-person", d)
C("State TV first said people were killed by the car bomb but later said only wounded were among the casualties.", [d], S, "paraphrase")
C("The Observatory said the Al-Zahraa car bomb caused no deaths.", [d], X, "negation")
C("Two barrel bombs dropped on the camp killed 10 people and wounded dozens.", [d], S, "drop-detail")
C("The barrel bombs on the camp were dropped by Russian aircraft.", [d], X, "actor-substituted")

# --- 1965511124 manar 2014-11-30: 50 ISIL killed in Kobani in 24 hours
d = "1965511124"
Q("kobani-start", "On what date did ISIL begin advancing on Kobani?", True, ["September 16"], [d], "date")
Q("peshmerga", "Which Iraqi Kurdish force came to help the defenders of Kobani?", True, ["peshmerga"], [d], "alias")
C("At least five of those killed were suicide bombers, two of whom attacked the border crossing.", [d], S, "drop-detail")
C("ISIL now controls all of Kobani.", [d], X, "negation")
C("ISIL began advancing on Kobani on October 16.", [d], X, "date-shifted")
C("Turkish troops helped the Kurds hold back ISIL in Kobani.", [d], U, "actor-added")
C("Iraqi Kurdish peshmerga forces and US-led air strikes have helped Kurdish Syrian fighters hold ISIL back.", [d], S, "reorder")

# --- 1962495705 alalam 2016-10-12: army kills over 70 militants in Kawkab, Hama
d = "1962495705"
Q("kawkab", "In which Hama village were more than 70 militants killed in October 2016?", True, ["Kawkab"], [d], "which-place")
Q("dam-mortars", "Near which places in the capital did unknown gunmen injure civilians with mortars?", True, ["Umayyad Mosque", "Mezzeh"], [d], "list")
C("Syria Now identified Hannan Abu Laith, a Jabhat Fath al-Sham military commander, as one of the wounded.", [d], S, "passive-active")
C("Hannan Abu Laith was killed in the fighting in Kawkab.", [d], X, "unit-changed")
C("Syrian troops killed more than 70 militants and injured 13 others in Hama.", [d], X, "number-changed")
C("The Syrian air force killed more than 70 militants in Khan Tuman.", [d], U, "place-swapped")

# --- 1926478959 sana 2016-10-31: rockets kill 3 in al-Hamadanyia and Halab al-Jadida
d = "1926478959"
Q("hamadanyia-list", "Which Aleppo neighbourhoods did the rocket shells that killed three people on 31 October 2016 hit?", True, ["al-Hamadanyia", "Halab al-Jadida"], [d], "list")
C("Terrorists in eastern Aleppo and on the city's western outskirts fired the rocket shells, a police source told SANA.", [d], S, "paraphrase")
C("The three people killed on al-Hamadanyia and Halab al-Jadida were all men.", [d], X, "quantifier-changed")
C("The toxic gas shells on al-Hamadanyia contained chlorine.", [d], U, "true-plus-invented")

# --- 1926478970 arabiya 2016-11-22: family of six in suspected chlorine attack, east Aleppo
d = "1926478970"
Q("sakhour", "Which Aleppo neighbourhood was a helicopter said to have struck with chlorine gas, killing four siblings and their father?", True, ["Al Sakhour"], [d], "which-place")
Q("mother-death", "How did the mother of the family die, according to media activists?", True, ["shock"], [d], "why-how")
Q("chlorine-confirmed", "Is it confirmed that chlorine killed the family of six in eastern Aleppo?", True, ["suspected chlorine gas attack"], [d], "is-it-true-false")
Q("family-name", "What was the family name of the six killed in Al Sakhour?", False, [], [], "unans-person", d)
C("A helicopter is claimed to have struck Al Sakhour with chlorine gas on Sunday, killing four siblings and their father.", [d], S, "paraphrase")
C("The Syrian government admitted that a helicopter dropped chlorine on Al Sakhour.", [d], U, "speaker-changed")
C("The mother died in the gas attack alongside her four children.", [d], X, "detail-changed")
C("A confirmed chlorine attack killed a family of six in eastern Aleppo.", [d], X, "certainty-upgraded")

# --- 1926479101 sana 2016-11-26: attacks on civilians leaving eastern Aleppo; al-Midan; Seif al-Dawla; al-Fouaa
d = "1926479101"
Q("midan26", "How many civilians did the rocket shells on al-Midan kill on 26 November 2016?", True, ["3 civilians including 2 women"], [d], "number")
Q("seifdawla26", "Seif al-Dawla Saturday evening casualties?", True, ["4 civilians were killed and 5 others were injured"], [d], "short")
C("Civilians moving from the eastern neighbourhoods to army positions in Hanano were targeted with rocket shells and gunfire.", [d], S, "drop-detail")
C("Jaish al-Fatah's heavy machine gun fire on al-Fouaa killed a woman.", [d], X, "unit-changed")
C("Rocket shells on Seif al-Dawla killed 5 civilians and injured 4.", [d], X, "swapped-roles")
C("The civilians leaving eastern Aleppo were fleeing government air strikes.", [d], U, "causal-added")

# --- 1926479081 etilaf 2016-01-28: regime airstrikes kill nine in Al-Ghanto, rural Homs
d = "1926479081"
Q("ghanto", "Which town in northern rural Homs did an airstrike hit, killing nine civilians, on 28 January 2016?", True, ["Al-Ghanto"], [d], "which-place")
C("Activists said an airstrike on Al-Ghanto early on Thursday killed nine civilians and wounded many more.", [d], S, "drop-detail")
C("Rebel fighters sought to encircle Al-Houla and cut the regime's last supply lines.", [d], X, "swapped-roles")
C("Russian aircraft carried out the airstrikes on Rastan and Talbeesah.", [d], U, "actor-substituted")

# --- 1962495676 alalam 2016-05-26: Hezbollah al-Nujaba kills 23 al-Nusra in Khan Touman
d = "1962495676"
Q("nujaba", "Which Iraqi Shiite movement said it killed 23 al-Nusra militants in Khan Touman?", True, ["Hezbollah al-Nujaba"], [d], "which-organisation")
Q("nujaba-losses", "How many Hezbollah al-Nujaba fighters were killed in Khan Touman in May 2016?", False, [], [], "unans-statistic", d)
C("Al-Nujaba's statement said its attacks destroyed two tanks, an armored personnel carrier and a machine-gun vehicle.", [d], S, "drop-detail")
C("Syrian and Russian jets set fewer than half of the ISIL tankers ablaze.", [d], X, "quantifier-changed")
C("Hezbollah al-Nujaba is a Lebanese Shiite movement.", [d], X, "detail-changed")

# --- 1965511143 manar 2014-08-24: army kills 50 al-Nusra in Daraa; 180 gunmen surrender in Bassima
d = "1965511143"
C("The army ambushed an Al-Nusra gathering in Daraa city and killed 50 militants.", [d], S, "drop-detail")
C("The army killed 180 gunmen in Bassima.", [d], X, "detail-changed")
C("The Bassima gunmen surrendered under a reconciliation deal with the government.", [d], U, "causal-added")

# --- 1962495670 alalam 2016-06-24: Daesh kidnaps 900, executes 18 in Aleppo province
d = "1962495670"
Q("kidnap900", "According to the London-based Observatory, how many people did ISIS kidnap from a Kurdish city in Aleppo province in June 2016?", True, ["900"], [d], "how-many-according-to")
Q("kidnap-exec", "How many civilians who tried to flee captivity did Daesh execute?", True, ["18"], [d], "number")
Q("kidnap-city", "What is the name of the Kurdish city from which ISIS kidnapped 900 people in June 2016?", False, [], [], "unans-entity", d)
C("Some of the abductees were moved to the Kurdish town of Qabaseen, others to al-Rai and Manbij.", [d], S, "drop-detail")
C("The Observatory said ISIS released 900 people from a Kurdish city in Aleppo province.", [d], X, "negation")
C("The 900 abductees were taken from the city of Kobani.", [d], U, "true-plus-invented")
C("Press TV reported that the abductees may be made to dig trenches or used as human shields.", [d], S, "paraphrase")

# --- 1962495672 alalam (text dated 2016-06-20): army advances in western Raqqa
d = "1962495672"
C("Syrian jets massively bombed ISIL strongholds in 7 neighborhoods of al Tabaqa.", [d], S, "drop-detail")
C("KDK News reported that Syrian army units took an ISIS weapons depot southwest of Raqqa.", [d], S, "synonym")

# --- 1962495647 alalam 2015-02-28: ISIS kills 15 Assyrian hostages
d = "1962495647"
Q("youkhana", "Who reported the killings of the Assyrian hostages to Aid to the Church in Need?", True, ["Emanuel Youkhana"], [d], "which-person")
Q("hostages350", "How many hostages has ISIS taken in Assyrian villages, according to Aid to the Church in Need?", True, ["350"], [d], "how-many-according-to")
Q("hindo-blame", "Whom did Archbishop Hindo blame for favouring the ISIS escalation?", True, ["the French and the U.S."], [d], "which-organisation")
Q("abdulaziz", "Where was a mass killing of infidels reportedly scheduled for Friday?", True, ["Mount Abdul Aziz"], [d], "which-place")
Q("assyrian-ransom", "How much ransom did ISIS demand for the Assyrian hostages in February 2015?", False, [], [], "unans-statistic", d)
C("Around 15 of the 350 hostages have been shot, beheaded or both, according to Assyrian church sources.", [d], S, "paraphrase")
C("Archbishop Hindo said Turkey had opened its border to Syrians fleeing ISIS.", [d], X, "negation")
C("Youkhana heads a Christian aid program in Hassake.", [d], X, "place-swapped")

# --- 1962495726 alalam 2016-08-22: 56 Russian airstrikes on Jeish al-Fatah south of Aleppo
d = "1962495726"
Q("missions56", "How many fighter jet and helicopter missions did Russian aircraft fly against Jeish al-Fatah south of Aleppo?", True, ["35 fighter jet", "21 chopper"], [d], "two-constraints")
Q("soheil", "Who led the Syrian army units operating in southeastern Al Hamdaniya?", True, ["Colonel Soheil"], [d], "which-person")
C("Over 60 terrorists were killed and dozens wounded in clashes with the army and its allies.", [d], S, "synonym")

# --- 1962495648 alalam (text dated 2015-02-05): Jaysh al-Islam rockets kill 5 in Damascus
d = "1962495648"
Q("jai-formed", "In which year was Jaysh al-Islam formed by a merger of rebel factions?", True, ["2013"], [d], "date")
C("Jaysh al-Islam was formed in 2013 by a merger of rebel factions.", [d], S, "reorder")
C("Jaysh al-Islam receives backing from Qatar, Reuters reports.", [d], X, "actor-substituted")
C("On Jan. 25 Jaysh al-Islam fired at least 83 rockets at Damascus.", [d], X, "number-changed")
C("The air force struck Douma and Arbin, northeast of Damascus, on Thursday.", [d], S, "summary")

# --- 1965511177 manar 2016-07-07: rocket attacks kill 5 civilians in Aleppo; shells on al-Baath
d = "1965511177"
Q("zahraa-town-kids", "How many children were killed when two rocket shells hit al-Zahraa town?", True, ["two children"], [d], "number-in-words")
C("The shells on al-Baath city caused only material damage and no casualties were reported.", [d], S, "paraphrase")

# --- 1923848278 ahram 2016-10-31: army says rebel bombardment killed 84 in Aleppo in three days
d = "1923848278"
Q("aleppo84", "How many people did Syria's army say the rebel bombardment of Aleppo killed in three days?", True, ["84"], [d], "how-many-according-to")
Q("jfs-name", "What name did the Nusra Front adopt in July 2016?", True, ["Jabhat Fateh al-Sham"], [d], "alias")
C("The army said most of the 84 killed were women and children.", [d], S, "drop-detail")
C("The rebel offensive against government-held western Aleppo began on a Monday.", [d], X, "date-shifted")
C("The army said the rebels used chlorine gas in the bombardment.", [d], U, "true-plus-invented")

# --- 1923848232 ahram 2014-09-20: 18 IS jihadists killed fighting Kurds near Kobane
d = "1923848232"
Q("ainalarab", "What do the Kurds call Ain al-Arab?", True, ["Kobane"], [d], "alias")
Q("chinese", "What nationality was one of the 18 jihadists reportedly killed near Ain al-Arab?", True, ["Chinese"], [d], "paraphrase")
Q("kobane-kurd-dead", "How many Kurdish fighters were killed in the overnight clashes near Ain al-Arab on 19-20 September 2014?", False, [], [], "unans-statistic", d)
C("Ain al-Arab is Syria's third largest Kurdish town.", [d], S, "drop-detail")
C("Turkey closed its border on Friday.", [d], X, "negation")
C("The 18 jihadists were killed in US air strikes near Kobane.", [d], X, "cause-changed")

# --- further unanswerable questions (key terms grepped over all 804 FA-KES rows and the five examples)
Q("rankus-jazeera", "What death toll did Al Jazeera report for the Rankus car bomb?", False, [], [], "unans-outlet", "1962495631")
Q("khatab-bbc", "According to the BBC, how many people were killed in the Khatab massacre?", False, [], [], "unans-outlet", "1965511147")
Q("rankus-2014", "How many people did the car bomb in Rankus kill in March 2014?", False, [], [], "unans-date", "1965511114")
Q("mi8-hama", "How many people died when the Russian Mi-8 was shot down over Hama province in August 2016?", False, [], [], "unans-wrong-detail", "1965511226")
Q("avanl-idlib", "To which Turkish province were the wounded from the Turkmen village of Avanl in Idlib province taken?", False, [], [], "unans-wrong-detail", "1918398784")
Q("baramkeh-teacher", "What was the name of the Baramkeh headteacher who took her students to a shelter?", False, [], [], "unans-person", "1923848195")
Q("khatab-wounded", "How many people were wounded in the Khatab massacre?", False, [], [], "unans-statistic", "1965511147")
Q("russian56-civ", "How many civilians did the 56 Russian air strikes south of Aleppo kill on 22 August 2016?", False, [], [], "unans-statistic", "1962495726")
Q("hatay-hospital", "Which hospital in Hatay treated the four wounded from Avanl?", False, [], [], "unans-entity", "1918398784")
Q("golani-coma-end", "When did Golani come out of the coma?", False, [], [], "unans-follow-up", "1962495739")
Q("golani-xinhua", "What did Xinhua report about the Russian strike that left Abu Mohamad al-Golani critically injured?", False, [], [], "unans-outlet", "1962495739")
Q("tsk-spokesman", "Which Turkish General Staff spokesman announced that 14 Daesh terrorists had been killed in northern Aleppo?", False, [], [], "unans-person", "1924058186")
Q("jomah-fifa", "What did Mowafaq Jomah ask FIFA to do after the beheading of the al-Shabab players?", False, [], [], "unans-follow-up", "1962495666")
Q("madaya-cnn", "How many mourners did CNN say were wounded at the Madaya funeral?", False, [], [], "unans-outlet", "1923102849")
Q("kawkab-2015", "How many militants did the army kill in Kawkab, Hama, in March 2015?", False, [], [], "unans-date", "1962495705")
Q("sheikh-issa-cmdr", "Which commander of the Democratic Syria Troops led the capture of Sheikh Issa?", False, [], [], "unans-person", "1965511189")
Q("ghanto-2015", "How many civilians did the regime airstrike on Al-Ghanto kill in January 2015?", False, [], [], "unans-date", "1926479081")
Q("qaboun-who", "Which rebel group fired the mortars that hit the school in Qaboun in November 2014?", False, [], [], "unans-organisation", "1965511130")

# --- sentences a weak model writes: summaries of two statements, vague restatements (judged against the one cited article)
C("Rocket attacks on Aleppo's Salah Eddin neighbourhood killed civilians on two consecutive days.", ["1926479027"], S, "summary")
C("Both the Observatory and state television reported deaths from the Hama blast.", ["1923848320"], S, "summary")
C("ISIL executed men it accused of collaborating with the government or of fighting against it.", ["1965511131"], S, "summary")
C("Russia reported heavy losses among Nusra Front field commanders in Idlib.", ["1962495739"], S, "vague-restatement")
C("The Syrian Coalition accused the Assad regime of using chemical weapons repeatedly after its declared stockpiles were destroyed.", ["1926479140"], S, "summary")
C("Kurdish fighters and IS jihadists fought overnight near Kobane, leaving at least 18 jihadists dead.", ["1923848232"], S, "paraphrase")
C("Hizballah and Syrian regime forces shelled a funeral in Madaya, killing at least three women.", ["1923102849"], U, "certainty-upgraded")
C("A helicopter struck the Al Sakhour neighbourhood with chlorine gas on Sunday.", ["1926478970"], U, "certainty-upgraded")

# --- further answerable questions in forms the older sets have few of (passive, long, imperative, non-native, typo, true premise, telegraphic)
Q("albukamal-by", "By which group were the eight men who had surrendered in Albu Kamal beheaded?", True, ["ISIL"], ["1965511131"], "passive")
Q("ghouta-file-by", "Which body was called upon by the Syrian Coalition to re-open the file of the Ghouta Massacre?", True, ["UN Security Council"], ["1926479140"], "passive")
Q("madaya-hit-by", "By what were the three women in Madaya hit while they attended the funeral?", True, ["artillery shells"], ["1923102849"], "passive")
Q("tsk-apc-long", "I am trying to understand what the Turkish military was doing in northern Syria in 2016, after all the rocket fire on Kilis: apart from killing 14 Daesh terrorists, what did the Turkish General Staff say its artillery and air operations destroyed in northern Aleppo that Tuesday?", True, ["three armored personnel carriers"], ["1924058186"], "long")
Q("zahraa-town-long", "There were so many rocket attacks on Aleppo province in 2016 that I lose track - in the one in early July where two children were killed in al-Zahraa town in the northern countryside, how many other people were injured?", True, ["6 others were injured"], ["1965511177"], "long")
Q("homs-east-villages", "Give the two villages in the eastern Homs countryside where the air force hit ISIL vehicles, as reported in early 2016.", True, ["Jbab Hamad", "Dabet al-Mella"], ["1965511188"], "imperative")
Q("shabab-names", "Name the three al-Shabab players beheaded by ISIL in Raqqa.", True, ["Osama Abu Kuweit", "Nahad al-Hussein", "Ehsan al-Shavakh"], ["1962495666"], "imperative")
Q("bus-sana-nonnative", "how much peoples was kill in the bus blast of pilgrims in damascus, what SANA is saying", True, ["at least four people"], ["1965495335"], "non-native")
Q("peskov-typo", "Wich Kremlin spokesman expresed condolences over the deaths of the helicopter crew?", True, ["Dmitry Peskov"], ["1965511226"], "typo")
Q("villages60-true", "Is it true that the Observatory said Islamic State jihadists had seized 60 Kurdish villages near the Turkish border in September 2014?", True, ["60 Kurdish villages"], ["1923848232"], "is-it-true")
Q("border-closed-true", "Is it true that, according to the report on the Assyrian hostages, the border with Turkey was closed to all Syrian citizens?", True, ["closed to all Syrian citizens"], ["1962495647"], "is-it-true")
Q("nujaba-short", "Khan Touman al-Nujaba kills?", True, ["23"], ["1962495676"], "short")
Q("habeet-short", "Habeet camp barrel bombs deaths?", True, ["10 people"], ["1923848213"], "short")
