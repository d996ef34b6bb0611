"""Hand-written FA-KES items for holdout6 (H-holdout6, session 9), written from the article texts only.

Q(id, question, answerable, facts, docs, form, about)  -- docs/about are unit_ids
C(claim, doc_ids, label, kind)
"""
QUESTIONS = []
CLAIMS = []


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="fk6-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc_ids, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=list(doc_ids), label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- 1965495332 sputnik 2015-02-21: car bomb outside a hospital in al-Qardaha
d = "1965495332"
Q("qardaha-toll", "How many people were killed by the explosion outside a hospital in al-Qardaha in February 2015?", True, ["four"], [d], "number-in-words")
Q("qardaha-born", "Which member of the Assad family was born in al-Qardaha, according to Sputnik?", True, ["Hafez Assad"], [d], "which-person")
Q("qardaha-first", "Had a car bomb ever hit Qardaha before this one since the uprising began?", True, ["first car bomb attack to hit Qardaha"], [d], "yes-no")
Q("qardaha-bomber", "What was the name of the suicide bomber who blew up the car outside the Qardaha hospital?", False, [], [], "unans-person", d)
C("A nurse, a hospital employee and two soldiers were reportedly among those killed in the Qardaha explosion.", [d], S, "drop-detail")
C("The Qardaha explosion took place outside a police station.", [d], X, "place-swapped")
C("The Observatory said the second man in the car was the suicide bomber's accomplice.", [d], X, "certainty-upgraded")
C("According to the latest Observatory estimates, more than 210000 people have died in Syria's conflict.", [d], S, "reorder")
C("The Islamic State group claimed the car bombing in Qardaha.", [d], U, "actor-added")

# --- 1923102921 alaraby 2016-09-16: strikes on a school, bakery and castle in al-Mayadin
d = "1923102921"
Q("mayadin-toll", "How many Syrian civilians did Thursday's missile strikes on schools and urban areas kill, according to activists?", True, ["23"], [d], "number")
Q("mayadin-sites", "List the sites hit by the airstrikes in al-Mayadin near Deir az-Zour.", True, ["a school", "a bakery", "a castle"], [d], "list")
Q("sohr-photos", "Why did the UK-based monitor stop collecting photographic evidence?", True, ["killed one of their activists for taking photos"], [d], "why-how")
Q("qamishli-planes", "From which airbase did the Syrian regime withdraw fighter planes after the US issued serious threats to Damascus?", True, ["al-Qamishli"], [d], "which-place")
Q("mayadin-school-name", "What was the name of the school in al-Mayadin that was being used as a shelter when it was bombed?", False, [], [], "unans-entity", d)
C("Local activists said air raids outside the ceasefire zone killed nine children and 14 other people.", [d], S, "paraphrase")
C("The regime pulled fighter planes out of its al-Qamishli airbase after Russia issued serious threats to Damascus.", [d], X, "actor-substituted")
C("Regime aircraft were confirmed to be responsible for the attacks on al-Mayadin.", [d], X, "certainty-upgraded")
C("According to SOHR, most of the casualties came when regime forces attacked a school sheltering displaced families.", [d], S, "paraphrase")
C("IS militants killed one of the Observatory's activists for spreading rumours.", [d], X, "detail-changed")

# --- 1923848231 ahram 2014-09-22: government strikes kill 42 in Idlib province
d = "1923848231"
Q("ehsim-toll", "How many people were killed in the town of Ehsim by the government air strikes, according to the Observatory?", True, ["23"], [d], "how-many-according-to")
Q("saraqeb-toll", "Saraqeb outskirts air raids death toll September 2014?", True, ["19 people"], [d], "short")
Q("idlib-children", "Give the total number of children killed in the Idlib air strikes reported on 22 September 2014.", True, ["16 children"], [d], "imperative")
C("The Observatory said 10 children were among the 23 people killed in Ehsim.", [d], S, "reorder")
C("The area hit outside Saraqeb was one where civilians had taken refuge after fleeing repeated air raids on the city.", [d], S, "paraphrase")
C("The raids outside Saraqeb killed 23 people, 10 of them children, and those in Ehsim killed 19.", [d], X, "swapped-roles")
C("The strikes outside Saraqeb hit an area where civilians were sheltering next to a rebel arms depot.", [d], U, "true-plus-invented")

# --- 1923102855 alaraby 2016-08-19: regime bombs Kurdish positions in Hassakeh
d = "1923102855"
Q("hassakeh-raids", "How many air raids did the regime launch on the Kurdish-run neighbourhoods of Hassakeh on Friday?", True, ["eight"], [d], "number-in-words")
Q("hassakeh-civilians", "How many civilians had the Hassakeh clashes killed, according to the Syrian Observatory for Human Rights?", True, ["23 civilians"], [d], "how-many-according-to")
Q("hassakeh-message", "What did a regime source in Hassakeh tell AFP the bombing was meant to be?", True, ["a message to the Kurds"], [d], "according-to")
Q("hassakeh-first", "Is it true that the regime had often bombed Kurdish positions from the air before the August 2016 Hassakeh fighting?", True, ["first time the regime had bombarded Kurdish positions from the air"], [d], "is-it-true-false")
C("Regime warplanes bombed Kurdish positions in Hassakeh on Friday, the second day of fighting between the two sides.", [d], S, "paraphrase")
C("Thursday's air raids were the second time the regime had bombarded Kurdish positions from the air.", [d], X, "number-changed")
C("The regime demanded that the Kurdish militias in Hassakeh disband.", [d], X, "swapped-roles")
C("Russia, which is helping prop up the regime, is also close to the Kurdish units.", [d], S, "drop-detail")
C("The US has opened an air base in Kurdish-controlled Syrian territory.", [d], U, "certainty-upgraded")
C("Kurdish forces hold most of Hassakeh city, and regime loyalists hold the rest.", [d], S, "passive-active")

# --- 1923102901 alaraby 2016-10-14: car bomb at a rebel checkpoint near Azaz
d = "1923102901"
Q("azaz-group", "Which rebel group ran the checkpoint hit by the car bomb near Azaz?", True, ["Shamiya Front"], [d], "which-organisation")
Q("azaz-rebels", "According to the Syrian Observatory, how many of the dead in the Azaz checkpoint blast were rebels?", True, ["14"], [d], "how-many-according-to")
Q("azaz-injured", "according to mohammad al-halabi where were most of the people injured in the azaz checkpoint blast taken", True, ["Turkish hospitals"], [d], "lowercase")
Q("azaz-compare", "How many people were killed by the October 2016 car bomb at the checkpoint near the Bab al-Salama crossing, according to The New Arab's local sources and according to TRT?", True, ["At least 20", "At least 17"], [d, "1924058099"], "comparison")
Q("azaz-hallmarks", "Which group does activist Mohammad al-Halabi think was behind the Azaz car bomb?", True, ["Islamic State"], [d], "according-to")
C("The checkpoint hit by the car bomb was on the road to the Bab al-Salama crossing.", [d], S, "drop-detail")
C("The Islamic State group claimed responsibility for the car bomb at the Azaz checkpoint.", [d], X, "actor-added")
C("An October 6 attack at a border crossing in Idlib province killed 20 rebels.", [d], X, "number-changed")
C("Local sources said at least 20 people died when a car bomb exploded at an opposition checkpoint near the Turkish border on Thursday.", [d], S, "paraphrase")
C("At least 20 people were killed by the car bomb, which was detonated by remote control.", [d], U, "true-plus-invented")

# --- 1965511146 manar 2014-08-07: ISIL executes 19 men at an oil field in Deir Ezour
d = "1965511146"
Q("oilfield-charge", "On what charge did Daesh execute 19 men at an oil field in Deir Ezzor in August 2014?", True, ["corruption on earth"], [d], "alias")
Q("oilfield-who", "Who were the men ISIL executed at the Deir Ezour oil field, according to local sources?", True, ["workers in the oil field"], [d], "which-person")
Q("oilfield-name", "What is the name of the Deir Ezour oil field where ISIL executed 19 men in August 2014?", False, [], [], "unans-entity", d)
C("The Syrian Observatory reported that ISIL executed at least 19 men at an oil field in Deir Ezour.", [d], S, "reorder")
C("ISIL executed at least 91 men at an oil field in Deir Ezour.", [d], X, "number-changed")
C("Sources in Deir Ezour said the executed men were ISIL fighters.", [d], X, "actor-substituted")
C("ISIL executed the 19 men after they refused to hand over the oil field.", [d], U, "causal-added")

# --- 1965495349 sputnik 2017-10-29: Hama clashes, 19 abducted civilians freed
d = "1965495349"
Q("hama-commanders", "According to Hezbollah, how many Nusra Front commanders were among the militants killed near Khirbat-Jawed?", True, ["three commanders"], [d], "how-many-according-to")
Q("saan-taken", "Where were the 19 civilians freed in Al-Saan taken afterwards?", True, ["Salamiyah"], [d], "which-place")
Q("saan-kidnap", "On what date were the civilians freed in eastern Hama in October 2017 reportedly kidnapped, and how?", True, ["October 11", "attack on a bus"], [d], "two-constraints")
Q("muaker", "near which village in eastern hama did the russian aerospace forces strike daesh", True, ["Al-Muaker"], [d], "lowercase")
C("Hezbollah said the Syrian army and its allies killed more than 30 Nusra Front militants in clashes in north-eastern Hama.", [d], S, "drop-detail")
C("The 19 civilians were freed in Salamiyah and then taken to Al-Saan.", [d], X, "swapped-roles")
C("Hezbollah said more than 30 Daesh militants were killed near Tam Hawa.", [d], X, "actor-substituted")
C("The 19 civilians freed in Hama were all women and children.", [d], U, "true-plus-invented")
C("The civilians had reportedly been abducted on October 11 during a terrorist attack on a bus.", [d], S, "passive-active")

# --- 1923848226 ahram 2014-09-25: US-led raids kill 14 jihadists and 5 civilians
d = "1923848226"
Q("usraids-civilians", "How many civilians did the overnight US-led raids kill, and in which province?", True, ["five civilians", "Hasakeh"], [d], "two-constraints")
Q("kirby-targets", "How did the US Defense Department's spokesman describe the 12 targets of the raids?", True, ["modular oil refineries"], [d], "alias")
Q("usraids-arab", "In late September 2014 the United States and its Arab allies resumed bombing raids on oil facilities held by the Islamic State in eastern Syria, and a monitoring group counted the dead the next morning. Which Arab countries supplied aircraft for the overnight strikes, according to Pentagon officials?", True, ["Saudi Arabia", "United Arab Emirates"], [d], "long")
C("The Observatory said the 14 Islamic State jihadists died in Deir Ezzor and the five civilians in Hasakeh.", [d], S, "reorder")
C("The five civilians died in raids in Deir Ezzor province.", [d], X, "place-swapped")
C("Rami Abdel Rahman said at least one IS checkpoint was hit during the night.", [d], S, "drop-detail")
C("The strikes largely targeted oil facilities captured by IS and destroyed most of them.", [d], U, "true-plus-invented")
C("The US and its Arab allies began the bombing raids on Wednesday.", [d], X, "date-shifted")

# --- 1926478968 sana 2016-11-12: shells on Aleppo neighbourhoods kill three
d = "1926478968"
Q("sulaymaniyah", "Which Aleppo neighbourhood did terrorists hit with rocket shells on 12 November 2016, killing three people?", True, ["al-Sulaymaniyah"], [d], "which-place")
C("Rocket shells fired at al-Sulaymaniyah killed three people and injured nine.", [d], S, "paraphrase")
C("Three people were killed and 12 injured in al-Furqan and al-Azamiyah.", [d], X, "place-swapped")
C("The police source said none of the injured were in critical condition.", [d], X, "negation")
C("Terrorist attacks on residential neighbourhoods of Aleppo on Saturday killed three civilians and injured 12.", [d], S, "summary")

# --- 1926479219 reuters 2013-09-09: factbox on Congress and Obama's Syria strikes plan
d = "1926479219"
Q("senate-seats", "How many seats do Obama's Democrats hold in the 100-member Senate?", True, ["54 seats"], [d], "number")
Q("reid-consult", "With which Senate Republican leader was Harry Reid to decide which amendments would be debated?", True, ["Mitch McConnell"], [d], "which-person")
Q("aug21-toll", "How many people does Washington say were killed in the alleged chemical weapons attack near Damascus on August 21?", True, ["more than 1400"], [d], "according-to")
Q("house-final-vote", "What was the final vote count in the House of Representatives on the Syria strikes resolution?", False, [], [], "unans-follow-up", d)
C("Obama is seeking Congress's backing for strikes in response to an alleged chemical weapons attack near Damascus on August 21.", [d], S, "reorder")
C("The first test vote in the Senate was set for Tuesday.", [d], X, "date-shifted")
C("Obama's Tuesday night speech persuaded most undecided senators to support the strikes.", [d], U, "plans-to-did")
C("A simple majority vote in favour of the bill in the House would send it to the Senate for consideration.", [d], X, "order-reversed")
C("Many members of Congress were to get a classified briefing from administration and military officials on Monday evening.", [d], S, "passive-active")

# --- 1923102952 alaraby 2016-06-19: regime airstrike kills three children in Rastan
d = "1923102952"
Q("rastan-activist", "Who is the media activist which told about the regime raids on Rastan city in June 2016?", True, ["Yaarab Dali"], [d], "non-native")
Q("rastan-raids", "How many raids did the regime warplane launch on civilian homes in Rastan city centre?", True, ["four raids"], [d], "number-in-words")
C("Three children from one family were killed and five others wounded in a regime airstrike on Rastan.", [d], S, "reorder")
C("Five children from one family were killed and three wounded in the Rastan airstrike.", [d], X, "swapped-roles")
C("Civil defence and ambulance crews needed several hours to recover the bodies from the rubble.", [d], S, "paraphrase")
C("Dali said a Russian warplane carried out the raids on Rastan city centre.", [d], X, "actor-substituted")

# --- 1965511183 manar 2016-06-09: al-Nusra shelling in Aleppo kills 20
d = "1965511183"
Q("midan-shells", "Which Aleppo neighbourhood did al-Nusra shell, killing five people and injuring 50, according to the Russian Coordination Center?", True, ["al-Midan"], [d], "according-to")
C("The Russian Coordination Center said al-Nusra shells on al-Midan killed five people and injured 50.", [d], S, "drop-detail")
C("The death toll from al-Nusra shelling in Aleppo province over the past 48 hours reached 20.", [d], X, "date-shifted")
C("Terrorist snipers killed one person in al-Ramouseh.", [d], X, "unit-changed")
C("A police source said six more civilians were wounded in gunfire and rocket attacks on four Aleppo neighbourhoods.", [d], S, "summary")
C("The Russian center said the Syrian army responded by shelling al-Nusra positions in Handarat.", [d], U, "true-plus-invented")

# --- 1962495663 alalam 2016-07-18: ISIL emir and 34 fighters killed by the SDF near Tishrin Dam
d = "1962495663"
Q("saikoul-emir", "ISIL emir Saikoul killed SDF name", True, ["Abu Foras al-Safrani"], [d], "keyword")
Q("sdf-vbied", "How many bomb-laden vehicles of ISIL did the SDF fighters blow up?", True, ["two ISIL bomb-laden vehicles"], [d], "number-in-words")
C("The SDF, made up mainly of Kurdish fighters, repelled ISIL offensives on its positions near several villages east of Aleppo.", [d], S, "paraphrase")
C("ISIL pushed the SDF back from more neighbourhoods of Manbij on Sunday.", [d], X, "swapped-roles")
C("Local sources said the SDF began clearing mines from the newly liberated positions.", [d], S, "synonym")
C("The SDF killed at least 35 terrorists near the villages and then captured the Tishrin Dam itself.", [d], U, "true-plus-invented")

# --- 1923848291 ahram 2014-06-29: ISIL crucifies nine men in Aleppo province
d = "1923848291"
Q("deir-hafer", "In which village did ISIL execute eight rebels and crucify them in the main square?", True, ["Deir Hafer"], [d], "which-place")
Q("hammuriyeh", "Near which town east of Damascus did the Army of Islam fight ISIL early on Sunday 29 June 2014?", True, ["Hammuriyeh"], [d], "which-place")
Q("army-islam-part", "The Army of Islam is a major component of which coalition?", True, ["Islamic Front"], [d], "which-organisation")
Q("deir-hafer-names", "What were the names of the eight rebels ISIL crucified in Deir Hafer?", False, [], [], "unans-person", d)
C("ISIL publicly executed and crucified nine men, eight of them rebels, a monitor said.", [d], S, "drop-detail")
C("Rebels pushed ISIL out of all of Aleppo province and large swathes of Idlib.", [d], X, "quantifier-changed")
C("ISIL remains firmly rooted in Raqa, its headquarters in northern Syria.", [d], S, "drop-detail")
C("ISIL's capture of heavy weapons in Iraq, some of them US-made, has boosted its confidence in Syria.", [d], U, "certainty-upgraded")
C("Fighting between the Islamic Front and ISIL in Damascus province is common.", [d], X, "negation")
C("More than 162000 people have been killed in over three years of conflict in Syria.", [d], S, "synonym")

# --- 1926479259 sana 2017-10-10: Konashenkov on the coalition and Russian strikes in Deir Ezzor
d = "1926479259"
Q("konashenkov", "Which spokesman for Moscow's defence ministry questioned the objectives of the US-led coalition in October 2017?", True, ["Igor Konashenkov"], [d], "alias")
Q("tunnels", "According to Konashenkov, how many terrorists were killed in the 14 strikes and how many were sealed off in underground tunnels?", True, ["Fifty terrorists were killed", "30 sealed off"], [d], "two-constraints")
C("Russia's Aerospace Forces carry out up to 150 strikes a day on ISIS positions near al-Mayadin.", [d], S, "drop-detail")
C("Konashenkov said the US-led coalition had sharply stepped up its attacks on ISIS positions in Iraq.", [d], X, "negation")
C("Konashenkov said ISIS no longer has the money to buy weapons and recruit mercenaries in Syria.", [d], S, "paraphrase")
C("Konashenkov said US aircraft were deliberately driving ISIS fighters from Iraq into Syria.", [d], U, "certainty-upgraded")
C("Objective monitoring confirmed the destruction of four armored personnel carriers and three tanks.", [d], X, "swapped-roles")

# --- 1926479006 manar 2017-04-10: Zarif calls for a fact-finding mission on Khan Shaikhoun
d = "1926479006"
Q("zarif-demand", "What did Tehran's top diplomat want set up to investigate the chemical attack?", True, ["international fact-finding committee"], [d], "alias")
Q("syria-depot", "What does Syria say its Idlib airstrike hit?", True, ["a depot where terrorists stored chemical weapons"], [d], "according-to")
C("Zarif spoke by phone on Monday with Federica Mogherini and with his Russian, Omani, Syrian and Algerian counterparts.", [d], S, "drop-detail")
C("Zarif discussed the attack with Russian Foreign Minister Mourad Medelci.", [d], X, "actor-substituted")
C("Zarif accused Western countries of staging the chemical attack.", [d], U, "actor-added")
C("Militants and Western countries were quick to blame Assad's government for the Khan Shaikhoun attack without offering evidence.", [d], S, "synonym")

# --- 1965495326 sputnik 2014-12-26: Syrian army kills some 70 IS fighters south of Qamishli
d = "1965495326"
Q("qamishli-channel", "Which TV channel reported that the Syrian army killed some 70 Islamic State fighters near the Turkish border in December 2014?", True, ["Al-Manar"], [d], "which-organisation")
Q("qamishli-heights", "Which settlements' heights was the offensive south of Qamishli meant to retake?", True, ["Abu Qasayeb", "Tal Ghazal"], [d], "list")
C("Al-Manar said the Syrian army and a volunteer militia killed some 70 IS fighters near the Turkish border in two days.", [d], S, "reorder")
C("The territory regained lies some 48 kilometers north of the Turkish border.", [d], X, "place-swapped")
C("Syrian forces destroyed warehouses of IS weapons and equipment in the port city of Latakia.", [d], U, "certainty-upgraded")
C("From the heights, IS militants had been able to attack Qamishli and the airport nearby.", [d], S, "paraphrase")

# --- 1965495329 sputnik 2014-10-18: coalition strikes kill 10 civilians
d = "1965495329"
Q("gas-station", "What did the coalition strikes that killed seven people in Der-Ezzor hit?", True, ["a gas station"], [d], "which-thing")
C("The Observatory said at least 10 civilians, among them children, were killed by US-led coalition airstrikes.", [d], S, "reorder")
C("Strikes on a gas station in Hasakah province killed seven people.", [d], X, "place-swapped")
C("The Observatory said the gas station was targeted because IS fighters were refuelling there.", [d], U, "causal-added")
C("In June 2014 the Islamic State launched an offensive in Iraq and seized vast areas.", [d], S, "drop-detail")

# --- 1965511111 manar 2013-08-07: army ambush near Adra kills dozens of al-Nusra fighters
d = "1965511111"
Q("adra-uzi", "What Israeli-made weapons did the army unit seize from the insurgents in the Adra ambush?", True, ["Uzi machine guns"], [d], "which-thing")
Q("adra-sohr", "How many militants did the opposition Syrian Observatory say were killed in the ambush near Adra?", True, ["62"], [d], "how-many-according-to")
C("The Syrian Observatory confirmed that at least 62 militants were killed in an ambush west of Adra.", [d], S, "drop-detail")
C("The Observatory said the ambush west of Adra was carried out by rebel forces.", [d], X, "swapped-roles")
C("Twelve soldiers were killed in the Adra ambush.", [d], U, "actor-added")
C("The Syrian government accuses foreign actors of fuelling the conflict by giving arms and money to militant groups.", [d], S, "paraphrase")

# --- 1965495328 sputnik 2014-11-26: UN report on coalition strikes and Syria's economy
d = "1965495328"
Q("un-865", "How many people had the coalition's air strikes reportedly killed in Syria, according to the report accompanying Valerie Amos's briefing?", True, ["865"], [d], "according-to")
Q("amos", "Which UN emergency relief coordinator gave the oral briefing to the Council on Syria in November 2014?", True, ["Valerie Amos"], [d], "which-person")
Q("economy", "By how much has the Syrian economy shrunk since 2011, according to the UN?", True, ["40 per cent"], [d], "paraphrase")
Q("unemployment", "Is it true that more than half of Syrians were unemployed, according to the UN official?", True, ["54 per cent"], [d], "is-it-true")
C("Amos said three quarters of Syria's population live in poverty.", [d], S, "drop-detail")
C("Amos said the humanitarian appeal was more than half funded.", [d], X, "negation")
C("Some 865 people, 50 of them civilians, were reportedly killed by the coalition's near-daily strikes in Syria.", [d], S, "paraphrase")
C("Amos called on the US-led coalition to stop its airstrikes in Syria.", [d], U, "actor-added")

# --- 1926479080 etilaf 2017-05-03: car bomb at the interim government headquarters in Azaz
d = "1926479080"
Q("azaz-hq", "Which building in Azaz did the car bomb condemned by the Syrian Coalition in May 2017 target?", True, ["headquarters of the Syrian interim government"], [d], "which-place")
Q("azaz-hq-claim", "Which group claimed the May 2017 car bombing of the Syrian interim government building in Azaz?", False, [], [], "unans-organisation", d)
C("At least five civilians were killed and many more wounded when a car bomb hit the interim government's headquarters in Azaz.", [d], S, "summary")
C("The bombing came after the interim government had held meetings with foreign personalities in the building.", [d], X, "order-reversed")
C("The Coalition said the Islamic State carried out the Azaz bombing.", [d], U, "actor-added")
C("The Coalition said the attack was clearly meant to hinder Syrians' efforts to rebuild their country.", [d], S, "synonym")

# --- 1923848198 ahram 2015-02-01: blast on a bus in Souq al-Hamadiyeh, Damascus
d = "1923848198"
Q("hamadiyeh", "In which Damascus neighbourhood did a blast rip through a bus on 1 February 2015?", True, ["Souq al-Hamadiyeh"], [d], "which-place")
Q("hamadiyeh-compare", "How many people did SANA say were killed in the Damascus bus blast, and how many did the Observatory say?", True, ["four", "seven"], [d], "comparison")
Q("hamadiyeh-who", "Parts of Damascus had stayed relatively unscathed by the war until a blast ripped through a bus in a central district of the capital on a Sunday in early 2015, and the monitoring group was not sure what caused it. Who was on the bus, according to the monitor's director?", True, ["Shiite Muslim pilgrims"], [d], "long")
C("SANA said at least four people were killed and 19 wounded in the blast.", [d], S, "drop-detail")
C("The Observatory said a suicide bomber on board caused the blast.", [d], X, "certainty-upgraded")
C("The Observatory said at least seven people were killed and 19 wounded.", [d], X, "number-changed")
C("The Nusra Front claimed responsibility for the blast on the bus.", [d], U, "actor-added")
C("Rebels regularly fire rockets into Damascus from rear bases in the surrounding countryside.", [d], S, "drop-detail")

# --- 1965511132 manar 2014-11-01: peshmerga arrive, 100 IS fighters killed in Kobani
d = "1965511132"
Q("kobani-3days", "How many IS fighters had the clashes around Kobani killed in the past three days, according to media reports?", True, ["about 100"], [d], "how-many-according-to")
C("ISIL launched a new assault on the Kurdish fighters in Kobani on Saturday.", [d], S, "drop-detail")
C("The Iraqi peshmerga crossed the border from Turkey late on Saturday.", [d], X, "date-shifted")
C("Around 1,500 Iraqi peshmerga fighters arrived in Kobani.", [d], X, "number-changed")
C("The peshmerga quickly drove ISIL out of Kobani.", [d], U, "plans-to-did")

# --- 1923102906 alaraby 2016-10-07: rebel shelling of Jameliaiah kills 11; Assad ultimatum
d = "1923102906"
Q("jameliaiah", "Which regime-held neighbourhood of West Aleppo was shelled on Friday 7 October 2016, killing eleven people?", True, ["Jameliaiah"], [d], "which-place")
Q("assad-tv2", "Which broadcaster interviewed Assad when he gave the East Aleppo rebels an ultimatum?", True, ["TV2"], [d], "which-organisation")
Q("mistura-warn", "What did the UN envoy warn would happen to Aleppo by the end of the year if fighting went on at its current pace?", True, ["totally destroyed"], [d], "paraphrase")
C("Eleven people, including a woman and a child, were killed when rebels shelled a regime-held neighbourhood of Aleppo.", [d], S, "passive-active")
C("De Mistura pleaded with regime forces to leave East Aleppo.", [d], X, "actor-substituted")
C("Assad made the comments in an interview with a Swedish broadcaster.", [d], X, "detail-changed")
C("The Observatory reported air raids on al-Inzarat, a regime-held neighbourhood of West Aleppo.", [d], X, "actor-substituted")
C("Fatah al-Sham agreed to leave East Aleppo after de Mistura's plea.", [d], U, "plans-to-did")
C("Pro-regime forces have begun an offensive and are advancing on Salahuddin and Bureij.", [d], S, "synonym")

# --- 1965511198 manar 2016-04-25: rocket shells on Aleppo and Daraa
d = "1965511198"
Q("sulaimaniyeh-children", "In which Aleppo neighbourhood did three shells kill 3 children and injure 17 people in late April 2016?", True, ["al-Sulaimaniyeh"], [d], "which-place")
Q("bani-zaid", "From which neighbourhood were the three rocket shells fired that killed a woman in al-Jamiliyeh, Mogambo and al-Ashrafiyeh?", True, ["Bani Zaid"], [d], "which-place")
Q("izaa", "How many civilians were hurt by the shells that hit the radio neighbourhood of Aleppo?", True, ["19"], [d], "paraphrase")
C("A police source said three shells that fell in al-Sulaimaniyeh killed 3 children and injured 17 people.", [d], S, "drop-detail")
C("Two shells that hit Bab al-Faraj and Qurtuba roundabout killed 2 civilians.", [d], X, "unit-changed")
C("Similar attacks on Aleppo in the previous 48 hours killed 10 people and injured dozens, most of them children and women.", [d], S, "paraphrase")
C("The Syrian army responded to the rocket fire by shelling Bani Zaid.", [d], U, "actor-added")

# --- 1965511144 manar 2014-08-21: army ambush kills 140 ISIL near Tabaqa airport
d = "1965511144"
Q("tabaqa", "Near which military airport did the Syrian army ambush and kill 140 ISIL terrorists in August 2014?", True, ["Tabaqa"], [d], "which-place")
C("On Thursday the Syrian army killed 140 ISIL terrorists in an ambush near Tabaqa military airport.", [d], S, "reorder")
C("ISIL ambushed and killed 140 Syrian soldiers near Tabaqa military airport.", [d], X, "swapped-roles")
C("Residents of southern Damascus neighbourhoods were barred from going back to their homes after the reconciliation agreements.", [d], X, "negation")
C("The army pulled out of southern Damascus after the reconciliation agreements were concluded.", [d], U, "true-plus-invented")

# --- 1926479070 sana 2016-08-21: rocket attacks on Izraa, Aleppo and Damascus injure ten
d = "1926479070"
Q("daraa-health", "Daraa health directorate director", True, ["Abdel Wadoud al-Homsi"], [d], "keyword")
Q("nidal", "Which sports club was hit by explosive rounds in Damascus's al-Sinaa neighbourhood?", True, ["al-Nidal Sports Club"], [d], "which-place")
Q("sabaa-who", "According to SANA, which group attacked al-Sabaa Bahrat and al-Sinaa from Eastern Ghouta?", True, ["Jaish al-Islam"], [d], "which-organisation")
C("The three civilians hurt in the rocket attacks on Izraa were taken to Izraa National Hospital.", [d], S, "paraphrase")
C("Three civilians were killed in rocket attacks on Izraa.", [d], X, "unit-changed")
C("The three people hurt in Damascus were injured in al-Sinaa neighbourhood.", [d], X, "place-swapped")
C("Rocket shells that fell near Saadallah al-Jabiri Square and al-Hamadaniya in Aleppo injured four civilians.", [d], S, "drop-detail")
C("Jaish al-Islam fired on Damascus in retaliation for air strikes on Eastern Ghouta.", [d], U, "causal-added")

# --- 1923848199 ahram 2015-02-25: 132 IS militants killed in Hasaka, YPG takes 70 villages
d = "1923848199"
Q("ypg-villages", "How many village the Kurdish YPG has seized in Hasaka offensive, the Observatory say?", True, ["70 villages"], [d], "non-native")
Q("hasaka-is-dead", "how many islamic state militants were killed in hasaka province since saturday in february 2015", True, ["132"], [d], "lowercase")
Q("hasaka-why", "Why is north-eastern Syria strategically important in the battle against Islamic State, according to Reuters?", True, ["borders territory controlled by the group in Iraq"], [d], "why-how")
C("The YPG, which drove Islamic State out of Kobane last month with US-led air support, had taken 70 villages in the offensive.", [d], S, "paraphrase")
C("The YPG drove Islamic State from Kobane last week.", [d], X, "date-shifted")
C("At least 132 Kurdish fighters have been killed since Saturday in fighting in Hasaka.", [d], X, "actor-substituted")
C("The YPG lost dozens of its own fighters in the Hasaka offensive.", [d], U, "actor-added")

# --- 1924058144 dailysabah 2017-04-06: Daesh kills 33 young men near Mayadeen
d = "1924058144"
Q("mayadeen-identity", "Were the 33 young men killed near Mayadeen soldiers or rebels?", True, ["not clear who the men were"], [d], "yes-no")
C("The Observatory says Daesh members slit the throats of 33 men aged 18 to 25 near Mayadeen on Wednesday.", [d], S, "drop-detail")
C("The Observatory said the 33 men killed by Daesh were Syrian troops.", [d], X, "certainty-upgraded")
C("Daesh killed the 33 men because they refused to join the group.", [d], U, "causal-added")
C("Omar Abu Laila, an opposition activist from Deir el-Zour now living in Europe, also reported the killings.", [d], S, "synonym")

# --- 1965495374 sputnik 2017-04-16: mortar shells on central Damascus kill two
d = "1965495374"
Q("umayyad", "Which Damascus square did terrorists hit with mortar shells on 16 April 2017?", True, ["Umayyad square"], [d], "which-place")
Q("bab-saghir-toll", "How many people were killed in the two blasts near Bab al-Saghir cemetery in March 2017?", True, ["at least 40"], [d], "number")
Q("bab-saghir-claim", "Which militants reportedly claimed the Bab al-Saghir cemetery attack?", True, ["Tahrir al Sham"], [d], "which-organisation")
C("A woman and a child were killed and seven other people injured when terrorists shelled central Damascus.", [d], S, "paraphrase")
C("The nationwide ceasefire came into force in late December 2015.", [d], X, "date-shifted")
C("The March blasts near Bab al-Saghir cemetery killed 120 people and injured at least 40.", [d], X, "swapped-roles")
C("Tahrir al Sham claimed responsibility for the mortar attack on the Umayyad square.", [d], U, "actor-substituted")

# --- 1962495640 alalam 2014-08-17: Syrian air strikes on ISIL-held Raqqa
d = "1962495640"
Q("raqqa-court", "How many of the Syrian air raids on Raqqa targeted the town's military court?", True, ["six"], [d], "number-in-words")
Q("akhtarin", "Which towns in Aleppo province did the government also reportedly strike in August 2014?", True, ["Akhtarin", "Dabiq"], [d], "list")
Q("raqqa-compare", "How many terrorists were killed in Raqqa according to Al-Alam's opening figure, and how many according to Rami Abdurrahman?", True, ["at least 19", "at least 16"], [d], "comparison")
Q("raqqa-wounded", "Raqqa air raids August 2014 ISIL wounded?", True, ["around 40"], [d], "short")
C("The Observatory said Syrian warplanes carried out more than a dozen airstrikes on ISIL positions in Raqqa over 24 hours.", [d], S, "paraphrase")
C("Rami Abdurrahman said at least 19 terrorists were killed in the town and around 40 wounded.", [d], X, "number-changed")
C("Opposition sources in the area gave the same casualty figures as the Observatory.", [d], X, "negation")
C("Six air raids destroyed Raqqa's military court.", [d], U, "true-plus-invented")
C("Assad says the war in his country has shifted strongly in favour of government forces.", [d], S, "drop-detail")

# --- 1923848172 ahram 2016-07-14: air strikes kill 12 in rebel-held Aleppo
d = "1923848172"
Q("aleppo12-who", "Whose warplanes carried out the air strikes that killed 12 civilians in rebel-held Aleppo on 14 July 2016?", True, ["unclear whether the strikes were carried out"], [d], "which-organisation")
C("Air strikes killed at least 12 civilians, including children, in two rebel-held neighbourhoods of Aleppo on Thursday.", [d], S, "drop-detail")
C("The Observatory said Russian warplanes carried out the strikes on rebel-held Aleppo.", [d], X, "certainty-upgraded")
C("Air strikes killed at least 12 civilians in two government-held neighbourhoods of Aleppo.", [d], X, "actor-substituted")

# --- 1926479015 etilaf 2016-01-11: Russian strikes on schools in Ain Jara
d = "1926479015"
Q("ain-jara", "In wich town in rural Aleppo were thre schools hit by Russian aircraft on 11 January 2016?", True, ["Ain Jara"], [d], "typo")
Q("res-2254", "Which UN Security Council resolution does the Syrian Coalition say the Ain Jara attack violated?", True, ["2254"], [d], "according-to")
C("The Coalition said 35 civilians, most of them schoolchildren and teachers, were killed by Russian warplanes.", [d], S, "paraphrase")
C("Three schools in Ain Jara were hit by Syrian regime aircraft.", [d], X, "actor-substituted")
C("Russia denied that its aircraft had struck the schools in Ain Jara.", [d], U, "actor-added")
C("The Coalition called the international community's silence over the crimes a shameful stain on humanity.", [d], S, "drop-detail")

# --- 1923102962 alaraby 2017-09-30: airstrikes on Armanaz kill 28 in the Idlib safe zone
d = "1923102962"
Q("armanaz", "Which town in Idlib's Harem district was hit by overnight airstrikes that killed 28 civilians at the end of September 2017?", True, ["Armanaz"], [d], "which-place")
Q("armanaz-first", "What toll had the Britain-based watchdog first reported for the strikes on Armanaz?", True, ["12 dead"], [d], "comparison")
Q("msf", "Which medical charity said the surge in bombing had forced hospitals in Idlib province to close?", True, ["Doctors Without Borders"], [d], "which-organisation")
Q("safe-zone-brokers", "Name the three countries that brokered the safe zone deal the jihadists of Idlib are not party to.", True, ["Russia", "Turkey", "Iran"], [d], "imperative")
Q("idlib-hospital-first", "Which Idlib hospital was the first to close because of the September 2017 bombing surge?", False, [], [], "unans-entity", d)
C("Four children were among the 28 people killed in overnight airstrikes on Armanaz.", [d], S, "reorder")
C("The Observatory said Russian jets carried out the strikes on Armanaz.", [d], X, "certainty-upgraded")
C("The jihadist offensive on regime-held villages in Hama was launched on September 29.", [d], X, "date-shifted")
C("State media reported the IS counterattack but made no mention of the army's losses.", [d], S, "drop-detail")
C("Putin and Erdogan agreed on Thursday to send Turkish troops into Idlib to set up the safe zone.", [d], U, "true-plus-invented")

# --- 1965511119 manar 2014-12-18: ISIL kills 20 FSA members in the Qalamoun barrens
d = "1965511119"
Q("qalamoun-why", "Why has ISIL threatened to kill more FSA members and commanders in Qalamoun?", True, ["rejected to express allegiance"], [d], "why-how")
C("Al-Manar's reporter said ISIL killed 20 members of the FSA in the Qalamoun barrens.", [d], S, "reorder")
C("The FSA killed 20 ISIL members in the Qalamoun barrens.", [d], X, "swapped-roles")
C("The 20 FSA members were killed after they attacked an ISIL checkpoint.", [d], U, "causal-added")

# --- 1926479072 sana 2016-10-28: shells on Aleppo kill 13; rockets on Kilmakho
d = "1926479072"
Q("aleppo13", "What was the death toll and the number of injured from the attacks on Aleppo's residential neighbourhoods on 28 October 2016?", True, ["13", "106 injured"], [d], "two-constraints")
Q("kilmakho", "Which area of Lattakia province was hit by rockets on Friday morning, 28 October 2016?", True, ["Kilmakho"], [d], "which-place")
C("The death toll from the attacks on Aleppo's residential neighbourhoods rose to 13, with 106 people injured, among them women and children.", [d], S, "drop-detail")
C("Earlier the source said 6 citizens had been killed and 70 injured in the shelling.", [d], X, "number-changed")
C("Three civilians were killed in a rocket attack on Kilmakho.", [d], X, "unit-changed")
C("Groups positioned in the northeastern Lattakia countryside fired rocket shells on Kilmakho, wounding three people.", [d], S, "passive-active")

# --- 1923848203 ahram 2013-08-23: suicide bombing in an Aleppo restaurant kills six
d = "1923848203"
Q("muhanna", "Which Al-Ikhbariya TV correspondent was killed in the suicide bombing of an Aleppo restaurant in August 2013?", True, ["Hassan Muhanna"], [d], "which-person")
Q("rest-party", "What were the young people in the Aleppo restaurant celebrating when the bomb went off?", True, ["graduation"], [d], "which-thing")
Q("mogambo-claim", "Which armed group claimed the August 2013 suicide bombing of the restaurant in Aleppo's Mogambo area?", False, [], [], "unans-organisation", d)
C("A suicide bombing in an Aleppo restaurant killed six people, including a journalist from pro-government television.", [d], S, "drop-detail")
C("On May 27 another Al-Ikhbariya journalist was killed by a car bomb in Qusayr.", [d], X, "detail-changed")
C("The Britain-based organisation said 19 people were wounded, some of them critically.", [d], S, "synonym")
C("The suicide bomber had posed as a guest at the graduation party.", [d], U, "true-plus-invented")

# --- 1965511185 manar 2016-06-04: rocket shelling of Aleppo kills around 40
d = "1965511185"
Q("hamadaniyeh-shell", "How many people did the rocket shell that fell in al-Hamadaniyeh kill and injure?", True, ["5 civilians dead", "47 others injured"], [d], "two-constraints")
Q("aleppo40-compare", "What toll did the Aleppo Police Command source give SANA for the 4 June 2016 shelling, and what did state TV announce?", True, ["12 civilians dead", "around 40"], [d], "comparison")
C("A rocket shell that fell in al-Hamadaniyeh killed 5 civilians and injured 47 others.", [d], S, "reorder")
C("The death toll in al-Faid reached 8, with 3 people injured.", [d], X, "swapped-roles")
C("State TV said the shelling of Aleppo on Saturday killed around 40 civilians and injured more than 100.", [d], S, "paraphrase")
C("The rocket shells on al-Midan and al-Hamadaniyeh were fired by ISIL.", [d], U, "actor-added")

# --- 1962495656 alalam 2016-07-01: Jeish al-Fatah loses over 100 militants at al-Mallah Farms
d = "1962495656"
Q("mallah-percent", "From how much of al-Mallah Farms had the Syrian army pushed the militants back, according to Al-Alam?", True, ["nearly 90 percent"], [d], "according-to")
Q("mallah-khan-touman", "The militants' car-bomb tactics at al-Mallah Farms copied their modus operandi in which earlier battle?", True, ["Khan Touman"], [d], "passive")
Q("mallah-groups", "Which groups attacked al-Mallah Farms and lost over a hundred fighters in late June 2016?", True, ["Nusra Front", "Jaish al-Fateh"], ["1965511178", d], "list", "1965511178")
Q("mallah-compare", "Do Al-Alam and Al-Manar give the same figure for militants killed at al-Mallah Farms?", True, ["over one hundred militants", "Over 100 militants"], [d, "1965511178"], "comparison")
C("A military source said most Jeish al-Fatah casualties came when the air force and artillery surprised the militants as they prepared a major attack.", [d], S, "paraphrase")
C("The car bombs exploded after they had reached the front lines.", [d], X, "negation")
C("The army had pushed the militants back from about half of al-Mallah Farms.", [d], X, "quantifier-changed")
C("Jeish al-Fatah recaptured the areas of al-Mallah Farms that the army had just liberated.", [d], U, "plans-to-did")
C("Several sources confirmed that Jeish al-Fatah lost more than one hundred militants at al-Mallah Farms in five days.", [d], S, "reorder")

# --- 1965511178 manar 2016-06-30: army and allies kill 100 militants at Mallah Farms
d = "1965511178"
C("The Syrian army blew up the militants' booby-trapped vehicles before they reached their targets.", [d], S, "synonym")
C("The attack on Mallah Farms was launched by ISIL.", [d], X, "actor-substituted")
C("Over 100 soldiers and allied fighters were killed repelling the attack on Mallah Farms.", [d], X, "swapped-roles")
C("The air force and artillery ambushed the militants' reinforcements and blocked their advance towards Mallah Farms.", [d], S, "drop-detail")

# --- 1965511179 manar 2016-06-29: car bomb in Tal Abyad kills seven
d = "1965511179"
Q("tal-abyad-building", "In front of which building did the car bomb go off in the centre of Tal Abyad?", True, ["Teachers Syndicate"], [d], "which-place")
Q("tal-abyad-short", "Tal Abyad car bomb June 2016 casualties?", True, ["Seven civilians", "25"], [d], "short")
C("Local sources told SANA the bombing happened in the centre of Tal Abyad in front of the Teachers Syndicate.", [d], S, "drop-detail")
C("Tal Abyad is located about 100 km south of Raqqa city.", [d], X, "place-swapped")
C("Seven civilians were killed and 25 injured in the car bomb, few of them seriously.", [d], X, "quantifier-changed")
C("Kurdish forces blamed the Islamic State for the car bomb in Tal Abyad.", [d], U, "actor-added")

# --- 1965511128 manar 2014-11-15: army kills commander Abu Taha in Qalamoun
d = "1965511128"
Q("abu-taha", "Which militant commander did the Syrian army kill on the barrens of Assal Al-Ward?", True, ["Abu Taha"], [d], "which-person")
Q("ammoun-injured", "Where had Karam Ammoun been wounded by army shelling before he was killed?", True, ["Flita barrens"], [d], "which-place")
C("Sources told Al-Manar the army killed commander Abu Taha when it struck militant gatherings in Assal Al-Ward.", [d], S, "paraphrase")
C("Abu Taha had earlier been injured by army shelling on Nusra sites on the Flita barrens.", [d], X, "swapped-roles")
C("Karam Ammoun was a senior ISIL commander.", [d], U, "actor-added")

# --- 1926478934 sana 2016-08-17: ISIS toxic gas shells on Mare
d = "1926478934"
Q("mare", "Which city north of Aleppo was hit by ISIS shells containing toxic gas in August 2016?", True, ["Mare"], [d], "which-place")
Q("mare-gas-type", "What kind of toxic gas was in the shells ISIS fired at Mare on 16 August 2016?", False, [], [], "unans-follow-up", d)
C("Local sources said ISIS fired gas-filled rocket shells on Tuesday afternoon, causing suffocation in at least 6 civilians.", [d], S, "paraphrase")
C("At least 6 civilians died of suffocation in the ISIS gas attack on Mare.", [d], X, "unit-changed")
C("It was the first time ISIS had hit Mare with shells containing toxic gas.", [d], X, "negation")
C("The OPCW confirmed that the shells fired on Mare contained toxic gas.", [d], U, "actor-added")

# --- 1926478986 sana 2016-11-27: girl killed by rocket shells on al-Furqan
d = "1926478986"
Q("furqan-girl", "Which Aleppo neighbourhood was hit by rocket shells on Sunday evening, 27 November 2016, killing a girl?", True, ["al-Furqan"], [d], "which-place")
C("A girl was killed and two people, one of them a woman, were injured by rocket shells fired on al-Furqan.", [d], S, "passive-active")
C("Rocket shells fired on al-Furqan killed a boy and injured two people.", [d], X, "actor-substituted")
C("The rocket attack on al-Furqan took place on Sunday morning.", [d], X, "date-shifted")

# --- 1926478981 sana 2016-10-16: rockets on al-Sayyed Ali and al-Hamidiyeh
d = "1926478981"
Q("sayyed-ali", "Which Aleppo neighbourhood was hit by rocket shells that killed two women on 16 October 2016?", True, ["al-Sayyed Ali"], [d], "which-place")
C("Rocket attacks on residential Aleppo on Sunday killed three people, two of them women, and injured 29.", [d], S, "reorder")
C("Rocket shells on al-Hamidiyeh killed two women and injured 16 people.", [d], X, "place-swapped")
C("Shells that later hit al-Hamidiyeh left one person dead and 13 injured.", [d], S, "synonym")

# --- 1965495354 sputnik 2016-07-20: Carter says coalition killed over 20 external operators
d = "1965495354"
Q("carter-operators", "How many of ISIL's external operators did Ashton Carter say the coalition had killed?", True, ["over 20"], [d], "number")
Q("carter-chem", "Is it true that the US defence secretary said the coalition had killed the head of Daesh's chemical weapons program?", True, ["captured one of the principals"], [d], "is-it-true-false")
C("Carter said the coalition had killed key Daesh ministers and captured one of the principals of its chemical weapons program.", [d], S, "drop-detail")
C("Carter said the coalition had captured over 20 ISIL external operators.", [d], X, "unit-changed")
C("Carter said the coalition had stopped attacking Daesh's oil infrastructure.", [d], X, "negation")
C("Carter said the 20 operatives killed had been planning attacks in Europe.", [d], U, "true-plus-invented")

# --- 1926479240 reuters 2014-07-18: army and Islamic State clash near Deir al-Zor airport; Shaar oilfield
d = "1926479240"
Q("shaar", "Which oilfield east of Homs did the Islamic State seize on Thursday, 17 July 2014?", True, ["Shaar"], [d], "which-place")
Q("shaar-toll", "By Friday, what was the death toll from the Shaar oilfield raid, and how many people's fate was unknown?", True, ["115", "250"], [d], "two-constraints")
Q("reuters-authors", "Who reported the Reuters story on the army airport clash of 18 July 2014?", True, ["Sylvia Westall", "Alexander Dziadosz"], [d], "which-person")
Q("dz-airport-toll", "How many soldiers were killed in the fighting at the Deir al-Zor military airport on 18 July 2014?", False, [], [], "unans-statistic", d)
C("The Observatory said the death toll from the Shaar oilfield raid rose to 115 on Friday and the fate of 250 others was unknown.", [d], S, "paraphrase")
C("Rami Abdurrahman said it would be easy for the Islamic State to overcome government forces at the airport.", [d], X, "negation")
C("A woman the Islamic State had sentenced to death for adultery was stoned in a public square of Raqqa city.", [d], U, "true-plus-invented")
C("The Observatory said a woman sentenced to death for adultery by the Islamic State was stoned to death in Raqqa province, a report that could not be immediately corroborated.", [d], S, "summary")

# --- 1924058155 dailysabah 2014-10-31: barrel bombs on a displaced people's camp near al-Habeet
d = "1924058155"
Q("psaki", "Which State Departmnet spokeswoman called the atack on the Abedin camp barbaric?", True, ["Jen Psaki"], [d], "typo")
Q("habeet-bombs", "According to camp residents who spoke to Reuters, how many barrel bombs were dropped on the camp and from what?", True, ["two barrel bombs", "army helicopter"], [d], "two-constraints")
Q("rice-solution", "What did National Security Adviser Susan Rice say the solution in Syria will ultimately have to result in?", True, ["Assads departure"], [d], "according-to")
C("Activists said at least 75 people died in barrel bomb attacks by the Syrian air force on a camp near al-Habeet.", [d], S, "drop-detail")
C("The US said it had confirmed the details of the bombing of the camp.", [d], X, "negation")
C("Camp residents told Reuters the barrel bombs were dropped from a warplane.", [d], X, "detail-changed")
C("Susan Rice spoke at the Carnegie Endowment for International Peace.", [d], X, "speaker-changed")
C("The camp attack led Washington to announce new sanctions on the Assad regime.", [d], U, "causal-added")
C("Blinken said that what holds the coalition together is the violence of ISIS.", [d], S, "paraphrase")

# --- 1965511173 manar 2016-07-15: Russian strikes kill 18 ISIL fighters near Palmyra
d = "1965511173"
Q("tupolev", "How many Tupolev bombers flew out of an airbase in Russia to strike near Palmyra?", True, ["Six"], [d], "number-in-words")
Q("palmyra-retaken", "When did government forces recapture Palmyra from ISIL, according to the report on the July 2016 Russian strikes?", True, ["March"], [d], "date")
Q("arak-sukhna", "Near which cities east of Palmyra did the Russian bombers strike?", True, ["Arak", "Sukhna"], [d], "list")
C("The Observatory said European members of ISIL were among those killed around Sukhna and near Palmyra.", [d], S, "drop-detail")
C("Russia began carrying out air strikes in Syria in late October.", [d], X, "date-shifted")
C("The Russian strikes killed 18 ISIL fighters, most of them Europeans.", [d], U, "quantifier-changed")
C("The Russian ministry said on its Facebook page that the air force had stepped up its strikes near Palmyra.", [d], S, "paraphrase")

# --- 1962495679 alalam 2016-05-07: Syrian jets strike ISIL near Deir Ezzur, 25 killed in failed attack
d = "1962495679"
Q("sinaah", "Which district near Deir Ezzur did ISIL try to break into in early May 2016, according to the Syrian army?", True, ["al-Sinaah"], [d], "according-to")
Q("murayeh", "Near which villages in eastern Deir Ezzur did Syrian jets strike ISIL strongholds?", True, ["al-Murayeh", "al-Jafreh"], [d], "list")
C("The army said at least 25 ISIL terrorists were killed and many more wounded in the failed attacks.", [d], S, "drop-detail")
C("The army said ISIL used over 25 fighters in its attacks and at least 120 of them were killed.", [d], X, "swapped-roles")
C("The Syrian army confirmed the terrorists' claim to have won back a key district near Deir Ezzur.", [d], X, "negation")
C("A video released by the Syrian military media center shows heavy fighting between government forces and Islamic State militants in Deir El-Zour.", [d], S, "drop-detail")

# --- more answerable items written across articles
Q("habeet-compare", "How many people were killed by the barrel bombs on the displaced people's camp near al-Habeet in October 2014, according to Daily Sabah's activists and according to the Observatory on the day of the attack?", True, ["at least 75", "at least 10"], ["1924058155", "1923848213"], "comparison", "1924058155")
Q("armanaz-who-false", "Is it true that the Syrian Observatory blamed Russian jets for the strikes on Armanaz?", True, ["could not immediately determine"], ["1923102962"], "is-it-true-false")
Q("russia-began", "When did Russia begin carrying out air strikes in Syria, according to Al-Manar's July 2016 report on Palmyra?", True, ["late September"], ["1965511173"], "date")
Q("hasaka-villages-compare", "How many villages had the Kurds taken in the Hasaka offensive according to the Observatory, first on 25 February 2015 and then two days later?", True, ["70 villages", "103 villages"], ["1923848199", "1962495645"], "comparison", "1923848199")
Q("mallah-regime-toll", "Al-Manar says the army repelled the attack on Mallah Farms and killed over 100 militants; how many regime soldiers and how many rebels did the Observatory say were killed around al-Maleh in the same 24 hours?", True, ["30 regime", "39 rebel"], ["1965511178", "1923848261", "1923102946"], "comparison", "1965511178")
Q("hassakeh-why-bomb", "Why did the regime bomb Kurdish positions in Hassakeh, according to a regime source?", True, ["stop this sort of demand"], ["1923102855"], "why-how")

# --- unanswerable: real events, places and people of the sample; key terms grepped over all 804 rows and the examples
Q("ehsim-man", "What was the name of the man activists were digging out of the rubble in Ehsim in September 2014?", False, [], [], "unans-person", "1923848231")
Q("azaz-commander", "Who commanded the Shamiya Front checkpoint on the road to Bab al-Salama when the car bomb hit it?", False, [], [], "unans-person", "1923102901")
Q("hezbollah-losses", "How many Hezbollah fighters were killed in the clashes near Khirbat-Jawed, Tam Hawa and Abu Lefeh?", False, [], [], "unans-statistic", "1965495349")
Q("house-gop-seats", "How many seats did the Republicans hold in the House, according to the Reuters factbox on the Syria strikes vote?", False, [], [], "unans-statistic", "1926479219")
Q("rastan-hospital", "What is the name of the Rastan hospital that treated the wounded from the June 2016 airstrike?", False, [], [], "unans-entity", "1923102952")
Q("saikoul-successor", "Who replaced Abu Foras al-Safrani as ISIL's emir of the Saikoul region?", False, [], [], "unans-person", "1962495663")
Q("hammuriyeh-toll", "How many fighters were killed in the June 2014 clashes between the Army of Islam and ISIL near Hammuriyeh?", False, [], [], "unans-statistic", "1923848291")
Q("medelci-reply", "What did Algeria's Mourad Medelci tell Zarif about the proposed fact-finding committee?", False, [], [], "unans-follow-up", "1926479006")
Q("adra-wounded", "How many soldiers were wounded in the army's August 2013 ambush near Adra?", False, [], [], "unans-statistic", "1965511111")
Q("inzarat-toll", "How many people were killed in the air raids on al-Inzarat in East Aleppo on 7 October 2016?", False, [], [], "unans-statistic", "1923102906")
Q("nidal-commander", "Which Jaish al-Islam commander ordered the shelling that hit al-Nidal Sports Club in Damascus?", False, [], [], "unans-person", "1926479070")
Q("ypg-losses", "How many YPG fighters were killed in the February 2015 Hasaka offensive in which the Kurds took 70 villages?", False, [], [], "unans-statistic", "1923848199")
Q("mayadeen-burial", "Where were the 33 young men killed by Daesh near Mayadeen buried?", False, [], [], "unans-follow-up", "1924058144")
Q("umayyad-woman", "What was the name of the woman killed when mortar shells hit the Umayyad square in April 2017?", False, [], [], "unans-person", "1965495374")
Q("ain-jara-planes", "How many Russian warplanes took part in the strikes on the schools of Ain Jara?", False, [], [], "unans-statistic", "1926479015")
Q("armanaz-turkey", "How did Turkey's foreign ministry respond to the airstrikes on Armanaz in September 2017?", False, [], [], "unans-follow-up", "1923102962")
Q("qalamoun-brigade", "Which FSA brigade did the 20 men killed by ISIL in the Qalamoun barrens in December 2014 belong to?", False, [], [], "unans-organisation", "1965511119")
Q("kilmakho-faction", "Which armed faction fired the rocket shells at Kilmakho in October 2016?", False, [], [], "unans-organisation", "1926479072")
Q("mogambo-restaurant", "What is the name of the Aleppo restaurant where a suicide bomber struck a graduation party in August 2013?", False, [], [], "unans-entity", "1923848203")
Q("furqan-girl-name", "What was the name of the girl killed by rocket shells in al-Furqan on 27 November 2016?", False, [], [], "unans-person", "1926478986")
Q("chem-principal", "What is the name of the Daesh chemical weapons official whose capture Ashton Carter announced in July 2016?", False, [], [], "unans-person", "1965495354")
Q("habeet-children", "How many children were among those killed by the barrel bombs on the camp near al-Habeet?", False, [], [], "unans-statistic", "1924058155")
Q("tupolev-base", "From which Russian airbase did the six Tupolev bombers take off for the strikes near Palmyra in July 2016?", False, [], [], "unans-entity", "1965511173")
Q("sinaah-losses", "How many Syrian soldiers died repelling the ISIL offensive on al-Sinaah in May 2016?", False, [], [], "unans-statistic", "1962495679")
Q("qardaha-2013", "How many people were killed by the car bomb outside the hospital in Qardaha in 2013?", False, [], [], "unans-date", "1965495332")
Q("bab-saghir-2016", "How many people were killed in the twin blasts near Bab al-Saghir cemetery in Damascus in March 2016?", False, [], [], "unans-date", "1965495374")
Q("armanaz-reuters", "What death toll did Reuters report for the September 2017 airstrikes on Armanaz?", False, [], [], "unans-outlet", "1923102962")
Q("tal-abyad-aljazeera", "How did Al Jazeera report the June 2016 car bombing in front of the Teachers Syndicate in Tal Abyad?", False, [], [], "unans-outlet", "1965511179")
Q("tupolev-shot-down", "How many crew died when ISIL shot down one of the Tupolev bombers striking near Palmyra in July 2016?", False, [], [], "unans-wrong-detail", "1965511173")
Q("ypg-jets", "Why did Kurdish YPG warplanes bomb regime positions in Hassakeh in August 2016?", False, [], [], "unans-wrong-detail", "1923102855")
Q("modular-output", "How much oil a day did the 12 modular oil refineries hit by the US-led coalition in September 2014 produce?", False, [], [], "unans-statistic", "1923848226")
Q("bus-oct11", "How many passengers were killed in the October 11, 2017 attack on a bus in eastern Hama, before the abducted civilians were freed?", False, [], [], "unans-follow-up", "1965495349")
Q("tabaqa-officer", "Which Syrian army officer led the August 2014 ambush near Tabaqa military airport?", False, [], [], "unans-person", "1965511144")
Q("izraa-director", "Who is the director of Izraa National Hospital?", False, [], [], "unans-person", "1926479070")
Q("peshmerga-leader", "Who led the roughly 150 Iraqi peshmerga fighters who crossed into Kobani from Turkey?", False, [], [], "unans-person", "1965511132")
Q("azaz-hq-visitors", "Which foreign personalities was the Syrian interim government preparing to meet in its Azaz headquarters when the car bomb hit?", False, [], [], "unans-person", "1926479080")
