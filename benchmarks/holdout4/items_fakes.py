"""Hand-written FA-KES items for holdout4 (H-holdout4, session 7), written from the article texts.

Q(id, question, answerable, facts, docs, form, about)  -- docs/about are unit_ids
C(claim, doc_ids, label, kind)
"""
QUESTIONS = []
CLAIMS = []


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="fk4-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc_ids, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=list(doc_ids), label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- 1965511122 manar 2014-12-13: Kurdish forces kill 16 ISIL fighters near Ras al-Ain
d = "1965511122"
Q("rasalain-killed", "How many ISIL fighters did Kurdish forces kill south of Ras al-Ain in December 2014?", True, ["16"], [d], "number")
Q("rasalain-kurd-losses", "How many Kurdish fighters died in the December 2014 attack south of Ras al-Ain?", False, [], [], "unans-statistic", d)
C("At least 16 ISIL militants were killed on Saturday when Kurdish forces attacked their positions south of Ras al-Ain, near the Turkish border.", [d], S, "reorder")
C("Kurdish forces killed at least 60 ISIL militants south of Ras al-Ain.", [d], X, "number-changed")
C("Kobani lies about 100 kilometres from the area of the Kurdish assault, according to the report.", [d], S, "paraphrase")
C("ISIL drove Kurdish forces out of Ras al-Ain last year after fierce fighting.", [d], X, "swapped-roles")

# --- 1962495715 alalam 2016-12-05: rocket attacks on Aleppo's al-Meridian and al-Zahraa
d = "1962495715"
Q("meridian-victims", "Who was killed when rockets hit al-Meridian and al-Zahraa in Aleppo on 5 December 2016?", True, ["a man and his young daughter"], [d], "which-person")
Q("masharqa-bodies", "How many bodies did civil defence teams pull from the rubble in al-Masharqa?", True, ["8"], [d], "number")
C("A source at the Police Command said the later shells on the two neighbourhoods wounded 21 people.", [d], S, "passive-active")
C("A woman and her young son were killed by rocket fire on al-Meridian and al-Zahraa.", [d], X, "actor-substituted")
C("Civil defence teams had ended their search of the al-Masharqa rubble by the time of the report.", [d], X, "negation")
C("The rockets that hit al-Masharqa were fired by terrorists from the eastern neighbourhoods in retaliation for army advances.", [d], U, "causal-added")

# --- 1926479095 sana 2016-11-23: shells on Aleppo and Quneitra
d = "1926479095"
Q("nubbul-shells", "How many rocket shells did al-Nusra fire at Nubbul and al-Zahraa, and with what result?", True, ["8", "material damage only"], [d], "why-how")
Q("quneitra-cities", "Which two Quneitra cities were shelled, killing one person and wounding nine?", True, ["Khan Arnabeh", "al-Baath"], [d], "list")
Q("arqoub-name", "What was the name of the person killed in the shelling of the industrial area in al-Arqoub?", False, [], [], "unans-person", d)
C("The 8 rocket shells fired at Nubbul and al-Zahraa caused only material damage.", [d], S, "drop-detail")
C("A single shell killed four members of the same family in al-Baath city.", [d], X, "unit-changed")
C("In Quneitra, terrorist groups fired nearly ten shells at Khan Arnabeh and al-Baath, killing one person and wounding nine, a child in critical condition among them.", [d], S, "number-words")
C("Jabhat al-Nusra claimed responsibility for the shelling of Maisaloun.", [d], U, "actor-added")

# --- 1965511209 manar 2016-03-04: ISIL rockets on Deir Ezzor's al-Qosour and al-Jora
d = "1965511209"
Q("qosour-dead", "Who were the two people killed by the ISIL rockets on al-Qosour and al-Joura in Deir Ezzor in March 2016?", True, ["a man and a woman"], [d], "which-person")
C("Six ISIL rocket shells on al-Qosour and al-Joura killed a man and a woman and wounded five.", [d], S, "number-words")
C("The ISIL rocket attack on al-Qosour and al-Jora killed five people and injured two.", [d], X, "number-changed")
C("The rocket attack on Deir Ezzor city damaged public and private property.", [d], S, "summary")

# --- 1923848283 ahram 2016-10-26: air strikes on Haas school, Idlib
d = "1923848283"
Q("haas-village", "In which Idlib village did air strikes hit an elementary and middle school in October 2016?", True, ["Haas"], [d, "1924058188"], "which-place")
Q("haas-children", "According to the Observatory in the Reuters report, how many of the at least 22 people killed in Haas were children?", True, ["seven"], [d], "number-in-words")
Q("haas-compare", "What total toll did the Syrian Observatory give for the strikes on Haas in the Reuters report, and in the Daily Sabah report?", True, ["22", "35"], [d, "1924058188"], "comparison")
Q("haas-statetv", "Did Syrian state TV mention a school when reporting the strikes on Haas?", True, ["did not mention a school"], [d], "yes-no")
Q("haas-russia-claim", "Which Russian official denied that Russian jets struck the school in Haas?", False, [], [], "unans-person", d)
C("Warplanes hit several sites in Haas, including an elementary and middle school, killing at least one teacher.", [d], S, "drop-detail")
C("State TV said militants were killed in Haas and confirmed that a school had been struck.", [d], X, "negation")
C("The state TV report on the strikes in Haas made no mention of a school.", [d], S, "negated-statement")
C("The Observatory said at least 22 people were killed, 17 of them children.", [d], X, "number-changed")
C("The Syrian Observatory blamed the Russian air force for the strike on the Haas school.", [d], U, "actor-added")
C("Idlib, near Aleppo in northwest Syria, contains the largest populated area held by rebels.", [d], S, "paraphrase")

# --- 1962495688 alalam 2016-04-15: Russian centre says 150 militants crossed from Turkey
d = "1962495688"
Q("hmeimim-150", "According to the Russian Coordination Center in Hmeimim, how many terrorists crossed from Turkey into Latakia in April 2016?", True, ["150"], [d], "how-many-according-to")
Q("rudskoy", "Who is the Chief of the Main Operational Directorate of the Russian General Staff quoted on Turkish arms deliveries?", True, ["Sergey Rudskoy"], [d], "which-person")
Q("handarat-groups", "wich camp north of aleppo did the two armed groups with a tank arriv in?", True, ["Handarat"], [d], "typo")
Q("latakia-turkey-reply", "How did the Turkish foreign ministry respond to the Russian claim that 150 terrorists crossed into Latakia?", False, [], [], "unans-follow-up", d)
C("The Russian Coordination Center said about 150 militants passed through Turkish army checkpoints to enter Latakia's northeastern countryside.", [d], S, "paraphrase")
C("The Russian General Staff said on April 11 that Turkey had stopped supporting Jabhat al-Nusra.", [d], X, "negation")
C("Two armed groups of more than 100 members, with a tank and 22 four-wheel vehicles carrying machine guns, reached Handarat camp.", [d], S, "drop-detail")
C("Syrian troops intercepted the 150 militants shortly after they crossed the border into Latakia.", [d], U, "true-plus-invented")

# --- 1962495662 alalam 2016-07-18: SDF repels ISIS attack near Manbij
d = "1962495662"
Q("sajour-killed", "how many isil militants did the sdf kil near the al-sajour rivr?", True, ["80"], [d], "typo")
Q("manbij-hospital", "Which building in Manbij did the SDF win back from ISIL on Saturday?", True, ["general hospital"], [d], "paraphrase")
C("ISIL attacked SDF positions from three flanks near the al-Sajour river.", [d], S, "passive-active")
C("The SDF fighters were driven back from Manbij's hospital by ISIL.", [d], X, "swapped-roles")
C("The SDF seized a vehicle carrying a large amount of arms and ammunition before moving towards the centre of Manbij.", [d], S, "synonym")
C("US-led coalition aircraft supported the SDF in repelling the ISIL attack near Manbij.", [d], U, "actor-added")

# --- 1923848144 ahram 2017-04-05: Khan Sheikhun chemical attack toll 86
d = "1923848144"
Q("ks-toll", "What was the new toll of the suspected chemical attack on Khan Sheikhun given by the Observatory on Wednesday?", True, ["86"], [d], "number")
Q("ks-moscow", "According to Moscow, where did the chemicals in Khan Sheikhun come from?", True, ["terrorist"], [d], "according-to")
Q("ks-revenge", "Which rebel group led those who vowed revenge for the Khan Sheikhun strike?", True, ["Fateh al-Sham Front"], [d], "which-organisation")
C("Thirty children were among the 86 people killed in the suspected chemical attack, the monitor said.", [d], S, "number-words")
C("Moscow denied that Syrian aircraft had carried out any strike on Khan Sheikhun.", [d], X, "negation")
C("The UN Security Council adopted a Western-drafted resolution condemning the air strike.", [d], U, "plans-to-did")
C("The Observatory said the toll from the suspected chemical attack was final.", [d], X, "certainty-upgraded")
C("Rebel groups led by Fateh al-Sham Front launched an offensive to avenge the Khan Sheikhun strike.", [d], U, "plans-to-did")

# --- 1965495340 sputnik 2017-10-02: blast in Damascus' al-Midan district
d = "1965495340"
Q("midan-dead", "How many people died in the October 2017 blast in Damascus' Al Midan district, according to the Sputnik correspondent?", True, ["15"], [d], "how-many-according-to")
Q("midan-bombers", "How many suicide bombers carried out the Al Midan attack, according to a local security source?", True, ["four"], [d], "number-in-words")
Q("midan-compare", "How many people were killed at the Midan police station according to the Sputnik correspondent, and according to the Syrian Observatory?", True, ["15", "17"], [d, "1923102965", "1924058110", "1924058215"], "comparison")
Q("atareb17-who-open", "Does the Syrian Observatory know whether Syrian or Russian warplanes carried out the strikes on the Atareb market?", True, ["not immediately clear"], ["1923848252"], "yes-no", "1923848252")
C("The Sputnik correspondent said five policemen were among the 15 people killed in the blast.", [d], S, "reorder")
C("The Sputnik correspondent said ten policemen were among the 15 dead.", [d], X, "number-changed")
C("SANA said the incident in Al Midan was definitely a terrorist attack.", [d], X, "certainty-upgraded")
C("So far no group has claimed the Al Midan blast.", [d], S, "negated-statement")
C("The attackers wore explosive belts and carried grenades and weapons, a local security source said.", [d], S, "paraphrase")

# --- 1962495637 alalam 2013-08-01: ammunition depot blast in Homs
d = "1962495637"
Q("depot-district", "In which Homs district did the ammunition depot blow up in August 2013?", True, ["Wadi al-Zahab"], [d], "which-place")
Q("depot-operator", "who operated the homs ammo depot that exploded", True, ["voluntary forces"], [d], "lowercase")
Q("depot-wounded-n", "Exactly how many people were wounded in the Wadi al-Zahab depot explosion?", False, [], [], "unans-statistic", d)
C("At least 40 people, civilians among them, died when an ammunition depot in Homs exploded after rocket fire.", [d], S, "summary")
C("The exploded depot was run by opposition fighters, the Observatory said.", [d], X, "actor-substituted")
C("A doctor in the Akruma area said apartment blocks in residential districts collapsed.", [d], S, "drop-detail")
C("The depot was hit by an Israeli air strike, the Observatory said.", [d], U, "causal-added")

# --- 1924058151 dailysabah 2017-04-24: regime airstrikes in Houla, Homs
d = "1924058151"
Q("houla-towns", "List the towns in Houla hit by the airstrikes since Sunday night.", True, ["Teldo", "Tel Dahab", "Kafr Laha"], [d], "list")
Q("houla-2012", "For background on the siege of Houla in Homs province: the April 2017 Daily Sabah report on regime airstrikes there mentions an earlier event after which the siege began. What did the regime carry out in Houla on May 25 2012, and how many people were killed?", True, ["massacre", "108"], [d], "long")
Q("houla-aid-convoy-size", "How many trucks were in the UN aid convoy that reached Houla in March?", False, [], [], "unans-statistic", d)
C("The regime's 18 airstrikes in Houla killed five civilians, two of them women, and wounded 15, Anadolu Agency reported.", [d], S, "summary")
C("The 2012 massacre in Houla killed 108 people, including 49 women and 34 children.", [d], X, "swapped-roles")
C("The UN has delivered aid to Houla regularly since the siege began.", [d], X, "quantifier-changed")

# --- 1965511206 manar 2016-04-03: army retakes al-Qaryatain; Hama, Sweida, Deir Ezzor
d = "1965511206"
Q("qaryatain-retaken", "Which city in southeastern Homs did the Syrian army fully retake from ISIL in April 2016?", True, ["al-Qaryatain"], [d], "which-place")
Q("abu-obaida", "Where was Abu Obaida of Tunisia killed in an ambush?", True, ["al-Ghabra"], [d], "which-place")
Q("ghabra-distance", "how far is al ghabra from deir ezzor city", True, ["130 km"], [d], "short")
Q("qaryatain-army-losses", "How many soldiers did the army lose in retaking al-Qaryatain?", False, [], [], "unans-statistic", d)
C("Before taking the whole city, army units had already secured al-Qaryatain's northern neighbourhood and cleared mines on their way in.", [d], S, "paraphrase")
C("Three Tunisian militants were said to have been killed in al-Hizam al-Akhdar in al-Bukmal, east of Deir Ezzor.", [d], S, "passive-active")
C("ISIL fighters recaptured the al-Mazare and al-Kharroubi al-Kabir areas northwest of al-Qaryatain.", [d], X, "swapped-roles")
C("A DShK machine gun, a rocket shell launcher and RPG shells were among the weapons the army seized in Hama.", [d], S, "drop-detail")
C("The army retook al-Qaryatain with the help of Russian special forces.", [d], U, "true-plus-invented")

# --- 1923848292 ahram 2014-06-23: Israeli raids kill 10 Syrian soldiers near Golan
d = "1923848292"
Q("golan-when", "In what month and year did Israeli raids near the occupied Golan destroy two Syrian tanks and two artillery batteries?", True, ["Jun 2014"], [d], "in-month-year")
Q("golan-soldiers", "Is it true that Israeli raids near the Golan killed at least 10 Syrian soldiers in June 2014?", True, ["10"], [d], "is-it-true")
Q("golan-missiles", "How many missiles did the aircraft fire in the Israeli raids near the Golan?", True, ["Nine"], [d], "number-in-words")
C("Israeli aircraft fired nine missiles overnight, destroying at least two tanks and two artillery batteries, the Observatory said.", [d], S, "reorder")
C("At least 10 Syrian soldiers were wounded in Israeli raids near the Golan.", [d], X, "unit-changed")
C("Israel carried out the raids in retaliation for the killing of a teenager on the Golan.", [d], U, "causal-added")

# --- 1965511190 manar 2016-05-21: army breaks siege of al-Zara power plant, Hama
d = "1965511190"
Q("zara-plant", "Which power plant in Hama did the army free from siege in May 2016?", True, ["al-Zara"], [d], "which-place")
Q("asmar", "Name the al-Nusra field commander killed on the Maan-Tal Bazam axis.", True, ["Samir al-Asmar"], [d], "imperative")
Q("zara-nusra-statement", "What did al-Nusra Front say about its losses in the battle around al-Zara?", False, [], [], "unans-follow-up", d)
C("The army killed about 100 militants and destroyed 10 machinegun-equipped vehicles around Harbanafseh, a military source told SANA.", [d], S, "drop-detail")
C("On the Maan-Tal Bazam axis, 25 militants were killed and six Dushka-equipped vehicles destroyed.", [d], S, "number-words")
C("Al-Nusra and Ahrar al-Sham fighters forced the army to withdraw to Harbanafseh.", [d], X, "swapped-roles")
C("The army destroyed an ISIL command centre in Daraa al-Balad's al-Arbaeen neighbourhood.", [d], X, "actor-substituted")

# --- 1923848305 ahram 2014-05-02: car bombings in Jibrin and Al-Humeiri, Hama
d = "1923848305"
Q("jibrin-towns", "Which two Hama towns were hit by suicide car bombings on 2 May 2014?", True, ["Jibrin", "Al-Humeiri"], [d], "list")
Q("jibrin-toll-compare", "How many people died in the Hama car bombings according to state media, and according to the Syrian Observatory?", True, ["18", "15"], [d], "comparison")
Q("election-date", "When did the authorities plan to hold the 2014 presidential election?", True, ["June 3"], [d], "date")
Q("jibrin-claim", "Which group claimed the suicide car bombings in Jibrin and Al-Humeiri?", False, [], [], "unans-organisation", d)
C("Observatory director Rami Abdel Rahman said Jibrin and Al-Humeiri are majority Alawite.", [d], S, "passive-active")
C("The Syrian Observatory said at least 18 people were killed in the Hama bombings.", [d], X, "speaker-changed")
C("Al-Qaeda claimed Friday's suicide bombings in Jibrin and Al-Humeiri.", [d], U, "actor-substituted")
C("On the Thursday, government aircraft bombed a popular market in a rebel-held district of Aleppo, killing 33 civilians.", [d], S, "reorder")

# --- 1923848311 ahram 2014-04-24: air strike on Atareb market (April 2014)
d = "1923848311"
Q("atareb14-toll", "How many people did the April 2014 air strike on the market of Atareb kill?", True, ["21"], [d], "two-constraints")
Q("atareb14-activist", "Which Aleppo-based activist explained why so many civilians were killed in the market strike?", True, ["Abu Omar"], [d], "which-person")
C("Three children were among at least 21 people killed when a market in Atareb was bombed on Thursday.", [d], S, "passive-active")
C("The Observatory said the Atareb toll was final and would not rise.", [d], X, "negation")
C("The video distributed by activists showed a boy whose leg had been ripped off, and he was confirmed dead.", [d], X, "certainty-upgraded")
C("Nearly half of Syria's population has been forced from their homes by the violence.", [d], S, "synonym")

# --- 1926479226 sana 2016-11-20: families leave eastern Aleppo
d = "1926479226"
Q("idelbi", "Who is the father of the family of six that got out of eastern Aleppo and spoke to SANA?", True, ["Mohammad Idelbi"], [d], "which-person")
Q("konashenkov-killed", "According to Konashenkov, how many civilians did gunmen kill while dispersing protests in eastern Aleppo?", True, ["27"], [d], "according-to")
Q("konashenkov-protesters", "more than how many people took part in the protests the gunmen suppressed according to russian defense ministry", True, ["1500"], [d], "lowercase")
Q("idelbi-where-now", "In which shelter in western Aleppo was the Idelbi family housed afterwards?", False, [], [], "unans-follow-up", d)
C("Mohammad Ali al-Hassan said armed groups had stopped his family at gunpoint each time they tried to leave before.", [d], S, "paraphrase")
C("Konashenkov said more than 1500 people joined the protests that gunmen suppressed in Bustan al-Qasr, al-Kallaseh, al-Ameriyeh and al-Fardous.", [d], S, "reorder")
C("The families that left were received by the Aleppo governor at a UN reception centre.", [d], X, "place-swapped")
C("Sammaqiyeh said most families would choose to stay in the eastern neighbourhoods even if they could leave.", [d], X, "negation")
C("The family of six that left on Sunday was escorted out by Russian military police.", [d], U, "true-plus-invented")

# --- 1924058121 dailysabah 2016-08-02: Russian strikes on Atarib
d = "1924058121"
Q("atarib16-toll", "Is it true that Russian warplanes killed twenty civilians in Atarib in August 2016?", True, ["Ten"], [d], "is-it-true-false")
Q("tyres", "Why were tyres being burned in Aleppo in early August 2016, according to activists?", True, ["smoke cover"], [d], "why-how")
Q("atarib16-source", "Why did the civil defence source speak to Anadolu anonymously?", True, ["fears of reprisal"], [d], "why-how")
C("Russian jets hit Aleppo's opposition-held Atarib district, killing ten civilians and injuring 17, local civil defence sources said.", [d], S, "summary")
C("The civil defence source who spoke to Anadolu gave his name.", [d], X, "negation")
C("UN figures put the number of people killed in Syria at more than 470000.", [d], X, "speaker-changed")
C("The strikes on Atarib targeted a hospital, the civil defence source said.", [d], U, "true-plus-invented")

# --- 1965511222 manar 2016-08-17: shelling of Salah Eddin, Aleppo
d = "1965511222"
Q("salaheddin-wed", "How many civilians were killed in the Wednesday shelling of Salah Eddin in Aleppo in August 2016?", True, ["Seven"], [d], "two-constraints")
C("A child and two women were among the seven civilians killed in Wednesday's shelling of Salah Eddin.", [d], S, "reorder")
C("Twelve people were killed in Tuesday's shelling of Salah Eddin.", [d], X, "unit-changed")
C("Nine people were wounded in Wednesday's attack on Salah Eddin, SANA reported.", [d], S, "passive-active")

# --- 1965511195 manar 2016-05-05: twin blasts in al-Mukhraam al-Fouqani, Homs
d = "1965511195"
Q("mukhraam-governor", "Which Homs governor gave the toll for the twin blasts in the eastern countryside?", True, ["Talal al-Barazi"], [d], "which-person")
Q("mukhraam-toll", "how many dead and injured in the twin blasts in homs eastern countryside in may 2016", True, ["six", "28"], [d], "lowercase")
Q("mukhraam-claim", "Which group claimed the car and motorcycle bombings in al-Mukhraam al-Fouqani?", False, [], [], "unans-organisation", d)
C("The attackers detonated a car and a motorcycle in al-Mukhraam al-Fouqani, Governor Barazi said.", [d], S, "paraphrase")
C("Homs Governor Talal al-Barazi put the death toll at 28 and the number of injured at six.", [d], X, "swapped-roles")
C("The twin blasts struck a checkpoint at the entrance of al-Mukhraam al-Fouqani.", [d], U, "true-plus-invented")

# --- 1926479283 sana 2016-11-27: army takes Jabal Badro and al-Halk in Aleppo
d = "1926479283"
Q("sharkasi", "Where was the base hit while leaders of Ahrar al-Cham and Jabhat al-Nusra were meeting?", True, ["Qasr al-Sharkasi"], [d], "which-place")
C("After al-Halk, engineering units were clearing explosive devices and landmines left in the streets and squares.", [d], S, "drop-detail")
C("The army lost control of al-Halk area east of Aleppo city on Sunday.", [d], X, "negation")
C("The strike on Qasr al-Sharkasi killed 15 terrorists and injured 5.", [d], X, "swapped-roles")
C("The air force destroyed ISIS vehicles in Rasm al-Sabaa, 75 km east of Homs city, a military source said.", [d], S, "drop-detail")

# --- 1926479125 reuters 2013-09-10: France seeks UN resolution on Syria chemical arms
d = "1926479125"
Q("fabius-chapter", "Under which chapter of the UN charter would the French resolution be?", True, ["Chapter 7"], [d], "number")
Q("fabius-when", "In which month and year did France say it would push for a UN resolution on destroying Syria's chemical weapons?", True, ["September", "2013"], [d], "in-month-year")
Q("fabius", "Which French minister announced the UN resolution on Syria's chemical weapons?", True, ["Laurent Fabius"], [d], "which-person")
Q("aug21-toll", "In the Reuters report on France's push for a UN resolution, how many people does the United States say the August 21 chemical attack killed?", True, ["1400"], [d], "according-to")
Q("fabius-visits", "Which countries did Fabius want to visit for talks, and when?", True, ["China", "Russia"], [d], "two-constraints")
Q("fabius-vote", "How many Security Council members voted for the French chemical weapons resolution?", False, [], [], "unans-statistic", d)
C("France said it would push for a UN resolution on destroying Syria's chemical weapons a day after Russia's surprise proposal.", [d], S, "summary")
C("The French draft would call for those behind the August 21 attack to be tried at the International Criminal Court.", [d], S, "synonym")
C("Western officials welcomed the Russian proposal as a real way to end the civil war.", [d], X, "negation")
C("The UN Security Council adopted France's resolution on Syria's chemical weapons.", [d], U, "plans-to-did")
C("Fabius said all options had been taken off the table.", [d], X, "negation")
C("Fabius warned that the Russian offer must not be used as a manoeuvre to divert France.", [d], S, "paraphrase")

# --- 1926478917 sana 2016-11-08: ISIS executions in Raqqa and al-Mayadin
d = "1926478917"
Q("hisbah", "Which ISIS body detained a woman from an internet cafe in Raqqa?", True, ["al-Hisbah"], [d], "which-organisation")
C("ISIS executed three people, two women among them, in Raqqa and Deir Ezzor provinces, local sources said.", [d], S, "paraphrase")
C("The woman detained at the Raqqa internet cafe was released after questioning.", [d], X, "negation")
C("The woman was executed for using the internet to contact the Syrian government.", [d], U, "causal-added")

# --- 1962495717 alalam 2016-12-15: rocket attacks on Aleppo neighbourhoods
d = "1962495717"
Q("khalidiye-toll", "How many people were injured in the December 2016 rocket attacks on al-Khalidiye, Nile Street and other Aleppo neighbourhoods?", True, ["45"], [d], "number")
C("Rocket shells and explosive rounds killed three people and wounded 45 in Aleppo neighbourhoods, a police source said.", [d], S, "summary")
C("The attacks on al-Khalidiye and al-Fardous killed 45 people.", [d], X, "unit-changed")

# --- 1926479276 reuters 2015-07-02: insurgents launch battle for Aleppo
d = "1926479276"
Q("zahra-front", "On which Aleppo frontline was much of the fighting focused in July 2015?", True, ["Jamiyat al-Zahra"], [d], "which-place")
Q("aleppo15-civ", "How many civilians were killed on the first day of the July 2015 insurgent offensive on Aleppo, per the head of the monitor?", True, ["Eight"], [d], "according-to")
Q("aleppo15-rule", "Under what rules did the insurgent groups say Aleppo would be governed once it fell?", True, ["strict sharia principles"], [d], "paraphrase")
Q("aleppo15-leader", "Who was the overall commander of the July 2015 insurgent offensive on Aleppo?", False, [], [], "unans-person", d)
C("A coalition including Nusra Front and Ahrar al Sham fired hundreds of mortar bombs on army-held western districts of Aleppo, the Observatory said.", [d], S, "drop-detail")
C("The army captured Aleppo's Rashidin district from the rebels last month.", [d], X, "detail-changed")
C("Insurgents took over most of eastern Aleppo in the summer of 2013.", [d], X, "date-shifted")
C("The Turkish army reinforced its side of the border with armoured regiments and special forces, security sources said.", [d], S, "synonym")
C("The fighting in Azaz was between Islamic State and the Syrian army, the sources said.", [d], X, "actor-substituted")

# --- 1965495362 sputnik 2017-05-16: coalition strikes on Abu Kamal
d = "1965495362"
Q("abukamal-compare", "How many people were killed in the coalition strike on Abu Kamal according to Syrian media, and according to the Syrian Observatory?", True, ["31", "23"], [d], "comparison")
Q("dorrian", "Which Operation Inherent Resolve spokesman said the coalition did not strike near Abu Kamal?", True, ["John Dorrian"], [d], "which-person")
Q("abukamal-pentagon", "What did the Pentagon's investigation into the Abu Kamal strike conclude?", False, [], [], "unans-follow-up", d)
C("Syrian media said US-led coalition strikes on Abu Kamal killed at least 31 civilians and injured dozens.", [d], S, "passive-active")
C("Col. John Dorrian confirmed that the coalition had carried out strikes near Abu Kamal.", [d], X, "negation")
C("The Syrian Observatory said the strike on Abu Kamal killed 23 people, all of them Daesh fighters.", [d], X, "quantifier-changed")
C("Syria TV said the toll from Monday's strikes might rise because many people were still under the rubble.", [d], S, "paraphrase")

# --- 1926478982 manar 2017-04-19: bomb blast in Aleppo's Salaheddin
d = "1926478982"
Q("salaheddin17", "How many people were wounded by the April 2017 bomb blast in Aleppo's Salaheddin district, according to Syrian state television?", True, ["32"], [d, "1914947534", "1923848124"], "according-to")
Q("salaheddin17-cause", "was the salaheddin explosion an attack or left-over ordnance", True, ["did not specify"], [d], "lowercase")
Q("salaheddin17-claim", "Which militant group claimed the April 2017 bomb in Salaheddin?", False, [], [], "unans-organisation", d)
C("A bomb in the southwestern Aleppo neighbourhood of Salaheddin killed six people and wounded 32 on Wednesday, state television said.", [d], S, "reorder")
C("State television said the Salaheddin explosion was caused by unexploded ordnance left over from the fighting.", [d], X, "certainty-upgraded")
C("The army retook full control of Aleppo in January.", [d], X, "date-shifted")

# --- 1923848237 ahram 2014-09-05: government raid on IS HQ in Ghareebeh
d = "1923848237"
Q("ghareebeh", "Which Deir Ezzor village was hit by the government raid that killed an American IS fighter?", True, ["Ghareebeh"], [d], "which-place")
Q("ghareebeh-american", "What was the name of the American fighter killed in the raid on Ghareebeh?", False, [], [], "unans-person", d)
C("The strike destroyed a building IS used as both a headquarters and a prison in Deir Ezzor province.", [d], S, "synonym")
C("Most of the 18 jihadists killed in Ghareebeh were Syrians, the Observatory said.", [d], X, "negation")
C("The raid allowed some of the prisoners to escape, the Observatory reported on Wednesday.", [d], S, "passive-active")
C("IS has controlled most of Deir Ezzor province since routing government troops in June.", [d], X, "date-shifted")

# --- 1923848194 ahram 2015-02-06: air strikes on Eastern Ghouta after rockets on Damascus
d = "1923848194"
Q("ghouta15-strikes", "How many strikes did the air force conduct on Eastern Ghouta on Thursday and during the night, per the Observatory?", True, ["60"], [d], "number")
Q("ghouta15-alloush", "Who is the Islam Army chief whose Twitter account called Damascus a military zone?", True, ["Zahran Alloush"], [d], "which-person")
Q("ghouta15-children", "iz it true that twelve children died in the february 2015 air strikes on eastern ghouta?", True, ["Twelve children"], [d], "non-native")
C("The Observatory said the barrage on Eastern Ghouta was a response to Islam Army rocket attacks that killed 10 people in Damascus.", [d], S, "summary")
C("Twelve fighters and 11 children were among the at least 70 dead, the Observatory said.", [d], X, "swapped-roles")
C("Islam Army was formed by a merger of rebel factions in 2011.", [d], X, "date-shifted")
C("Alloush said his group would stop firing rockets if the air strikes stopped.", [d], U, "modality")

# --- 1923102965 alaraby 2017-10-03: twin suicide bombing of Midan police station
d = "1923102965"
Q("midan-is-claim", "Is it true that Hezbollah claimed the double suicide bombing of the Midan police station?", True, ["Islamic State"], [d], "is-it-true-false")
Q("midan-police-dead", "How many police officers were among the dead in the Midan police station attack, per the Observatory?", True, ["13"], [d], "how-many-according-to")
Q("midan-shaar", "I am putting together a timeline of attacks on the Damascus police. In early October 2017 a police station in the southern district of Midan was hit by suicide bombers and state television later showed the damage inside. What did Interior Minister Mohammed Shaar say one of the attackers had managed to do?", True, ["first floor"], [d, "1924058110"], "long")
Q("midan-girl", "What happened at the Midan police station in December 2016?", True, ["seven-year-old girl"], [d, "1924058110"], "why-how")
Q("midan-is-count", "how many fighters does IS say took part in the Midan attack?", True, ["three"], [d, "1924058110"], "short")
C("The Islamic State group claimed the attack on Tuesday in a statement on its social media accounts.", [d], S, "passive-active")
C("The interior ministry said the attack involved three suicide bombers.", [d], X, "number-changed")
C("One of the bombers got into the Midan police station and reached the first floor before his explosives went off.", [d], S, "paraphrase")
C("The Islamic State group denied any involvement in the Midan police station attack.", [d], X, "negation")
C("Three police officers were killed in December 2016 when a girl wearing an explosive belt walked into the Midan police station.", [d], X, "unit-changed")
C("The Midan attack was revenge for the government's offensive in Deir Ezzor, the Islamic State said.", [d], U, "causal-added")

# --- 1965495343 sputnik 2017-10-05: Daesh mortar attack on Al Qousour, Deir ez-Zor
d = "1965495343"
Q("qousour17", "How many civilians were killed and injured by the October 2017 mortar attack on Al Qousour in Deir ez-Zor?", True, ["three", "six"], [d], "number-in-words")
Q("dez-blockade", "When did government troops break the Daesh blockade around Deir ez-Zor?", True, ["September 5"], [d], "date")
C("Most of the wounded from the Al Qousour mortar attack were taken to a military hospital.", [d], S, "passive-active")
C("Daesh carried out the mortar attack on Al Qousour, Sputnik confirmed.", [d], U, "certainty-upgraded")
C("The mortar shells hit a quiet street near the Jami mosque.", [d], X, "detail-changed")

# --- 1923102861 alaraby 2016-08-28: napalm mortar rounds on al-Waer, Homs
d = "1923102861"
Q("waer-sibai", "Who is the Homs Media Centre spokesman quoted on the napalm attack on al-Waer?", True, ["Mohammad Sibai"], [d], "which-person")
Q("waer-children", "How many children were killed by the napalm mortar in al-Waer?", True, ["Two"], [d], "number-in-words")
Q("idlib-cluster", "Which media activist reported the Russian cluster bomb strikes north of Idlib city?", True, ["Musafa Abu Mohammad"], [d], "according-to")
C("Residents of Daraya had earlier accused Russian aircraft of dropping napalm bombs.", [d], S, "synonym")
C("Four Russian airstrikes north of Idlib city, two with cluster bombs, killed three civilians.", [d], S, "drop-detail")
C("The Syrian government admitted using napalm against al-Waer.", [d], U, "speaker-changed")
C("Russian airstrikes on Idlib's countryside killed 12 civilians and wounded three.", [d], X, "swapped-roles")

# --- 1926478960 sana 2016-08-15: rocket attacks on New Aleppo and other districts
d = "1926478960"
Q("hamadanyiah-list", "Which Aleppo neighbourhoods were hit by the earlier rockets that killed three people?", True, ["al-Hamadanyiah", "al-Sheikh Taha", "al-Sulaimaniah", "Aleppo al-Jadida"], [d], "list")
C("Rockets on the Green Belt area of New Aleppo killed six civilians, among them four children and a woman, and injured eight.", [d], S, "synonym")
C("Two girls were among the three people killed in the earlier attack.", [d], X, "unit-changed")

# --- 1962495701 alalam 2016-02-03: rocket attacks on Daraa city
d = "1962495701"
Q("daraa16-director", "Who is the director of Daraa National Hospital quoted on the February 2016 rocket attacks?", True, ["Farid al-Asfar"], [d], "which-person")
C("Most of the 41 people injured by rockets on Daraa city were women and children in critical condition, the hospital director said.", [d], S, "summary")
C("Dr. Farid al-Asfar said the injured were not getting the treatment they needed.", [d], X, "negation")
C("Jaish al-Islam shells on Harasta killed three teachers at a high school.", [d], X, "unit-changed")

# --- 1918150046 asharqalawsat 2013-08-03: Kurdish-Islamist clashes in Hasaka
d = "1918150046"
Q("akidi", "Which FSA military council member threatened to wipe out the PKK?", True, ["Abdul Jabbar Akidi"], [d], "which-person")
Q("pillay-town", "In which town did the UN want to probe a reported rebel massacre of troops?", True, ["Khan Al-Assal"], [d], "which-place")
Q("pyd-since", "Since when has the PYD controlled the Kurdish-dominated areas in the east and north of Syria?", True, ["July 2012"], [d], "in-month-year")
Q("pillay-report-date", "When did Navi Pillay's investigators publish their findings on Khan Al-Assal?", False, [], [], "unans-date", d)
C("The SOHR said the clashes pitted YPG fighters against fighters of ISIS and the Al-Nusra Front.", [d], S, "paraphrase")
C("Pillay said the videos proved that executions had been committed in Khan Al-Assal.", [d], X, "certainty-upgraded")
C("The PYD welcomed Akidi's statement as justified.", [d], X, "negation")
C("Khalil said the Kurds would accept the FSA entering their area but not the Islamists.", [d], X, "negation")
C("Khalil said the Islamists were besieging the Kurds, alongside the regime's siege and Turkey's along the border.", [d], S, "paraphrase")
C("The clashes in Hasaka erupted after ISIS fighters kidnapped a Kurdish commander.", [d], U, "causal-added")

# --- 1926479142 arabiya 2016-11-21: mother and child killed near Masaken Hanano
d = "1926479142"
Q("hanano-overnight", "How many people were killed overnight in eastern Aleppo according to the Syrian Observatory, in the report of 21 November 2016?", True, ["19"], [d], "how-many-according-to")
Q("who-barred-since", "since when are un agencies barred from east aleppo", True, ["July"], [d], "short")
C("A mother and her child died when an aerial bomb hit their home near Masaken Hanano.", [d], S, "drop-detail")
C("Obama said he was optimistic about the short-term prospects in Syria.", [d], X, "negation")
C("Speaking in Lima, Obama said he was not optimistic about Syria's short-term prospects and promised more US aid for Aleppo.", [d], U, "true-plus-invented")
C("Eastern Aleppo had been cut off from food and medical aid for more than four months.", [d], S, "synonym")
C("The UN said two hospitals were still functioning in eastern Aleppo.", [d], X, "negation")

# --- 1965511138 manar 2014-09-10: blast kills Ahrar al-Sham leadership
d = "1965511138"
Q("aboud", "Is it true that Ahrar al-Sham's leader was among those killed in the September 2014 blast in Idleb? Who was he?", True, ["Hassan Aboud"], [d], "is-it-true")
Q("abu-jaber", "After the blast of September 2014, who Ahrar al-Sham council appoint as the new leader?", True, ["Hashem al-Sheikh"], [d], "non-native")
Q("ahrar-military", "who became ahrar al-sham military chief after the blast", True, ["Abu Saleh Tahan"], [d], "lowercase")
Q("ahrar-blast-blame", "Whom did Ahrar al-Sham blame for the blast?", True, ["blamed any group"], [d], "why-how")
C("The blast at an Ahrar al-Sham leadership meeting in Idleb killed 47, the Syrian Observatory said.", [d], S, "passive-active")
C("Ahrar al-Sham blamed ISIL for the explosion that killed its leaders.", [d], X, "negation")
C("Ahrar al-Sham said it would stop fighting government forces after the blast.", [d], X, "negation")
C("About 50 of the group's leaders were gathered in a house when the explosion happened.", [d], S, "synonym")

# --- 1965511129 manar 2014-11-10: army kills commander near Filita
d = "1965511129"
Q("filita", "Towards which Qalamoun village was the commander trying to infiltrate when he was killed?", True, ["Filita"], [d], "which-place")
C("The army killed a militant commander and five of his entourage trying to slip towards Filita in Qalamoun.", [d], S, "synonym")

# --- 1923848302 ahram 2014-05-20: army missile on Marea
d = "1923848302"
Q("marea", "In which northern rebel-held town did a surface-to-surface missile kill 23 people in May 2014?", True, ["Marea"], [d], "which-place")
Q("marea-family", "How large was the family killed in Marea, and how many of them were children?", True, ["10", "eight children"], [d], "two-constraints")
C("The missile struck an impoverished residential area of Marea overnight while people slept.", [d], S, "paraphrase")
C("Abu al-Hassan said there had been heavy fighting in the area before the missile struck.", [d], X, "negation")
C("The missile attack on Marea killed 23 people, the Syrian army said.", [d], U, "speaker-changed")

# --- 1965511150 manar 2015-02-23: twin suicide blasts at al-Mustaqbal checkpoint
d = "1965511150"
Q("mustaqbal-toll", "How many were killed and injured at the al-Mustaqbal checkpoint?", True, ["4", "13"], [d], "number")
C("The first bomber got out of a car at the checkpoint and set off his belt, then a second bomber blew up the same car.", [d], S, "paraphrase")
C("The twin blasts at al-Mustaqbal checkpoint killed 13 and injured 4.", [d], X, "swapped-roles")

# --- 1924058153 dailysabah 2017-04-29: strikes on Sermin and a mosque in Kafr Zeita
d = "1924058153"
Q("faris", "Which Idlib civil defense official spoke to Anadolu about the strike on Sermin?", True, ["Leys el-Faris"], [d], "which-person")
Q("kafr-zeita-mosque", "Which mosque north of Hama was destroyed in April 2017, and in which town?", True, ["Abu Ubaidah Ibn al-Jarrah", "Kafr Zeita"], [d], "two-constraints")
C("Four civilians died and seven were injured in an airstrike on the Sermin district, Faris told Anadolu.", [d], S, "reorder")
C("The mosque in Kafr Zeita was destroyed by regime artillery fire.", [d], X, "actor-substituted")
C("Abu Ubaidah's tomb is in modern-day Jordan.", [d], S, "drop-detail")

# --- 1965495373 sputnik 2017-04-19: SDF advances in Al Tabqah
d = "1965495373"
Q("tabqah-killed", "How many Daesh militants had the SDF killed around Al Tabqah since Monday, according to local media in April 2017?", True, ["47"], [d], "how-many-according-to")
Q("tabqah-op", "What is the name of the SDF operation to seize Raqqa?", True, ["Wrath of Euphrates"], [d], "paraphrase")
C("The Firat news agency said the SDF advanced 0.3 miles in Al Tabqah's Alexandria neighbourhood and 0.6 miles in Ayid Saxir.", [d], S, "drop-detail")
C("The SDF launched the Wrath of Euphrates operation in November 2015.", [d], X, "date-shifted")
C("The SDF is made up mostly of Arab fighters from the Syrian Arab Coalition.", [d], X, "quantifier-changed")
C("The SDF captured the centre of Al Tabqah on Wednesday.", [d], U, "plans-to-did")

# --- 1923848136 ahram 2017-04-10: SDF presses IS near Tabqa
d = "1923848136"
Q("tabqa-dead", "How many IS extremists died in the fighting on Tabqa's eastern outskirts, per the Observatory?", True, ["11"], [d], "how-many-according-to")
C("The SDF said its fighters had advanced about 3 kilometres from the eastern side of Tabqa, where Syria's largest dam lies.", [d], S, "paraphrase")
C("Coalition airstrikes were suspended during the SDF's offensive near Tabqa.", [d], X, "negation")
C("Russian aircraft ferried forces behind militant lines in the Tabqa area on March 22.", [d], X, "actor-substituted")

# --- 1962495643 alalam 2014-10-07: street battles in Kobane
d = "1962495643"
Q("kobane-412", "How many people had been killed in and around Kobane since mid-September 2014, according to the Observatory?", True, ["412"], [d], "how-many-according-to")
Q("nahsen", "Which Kurdish official in Kobane told AFP the town needed help from the international community?", True, ["Idris Nahsen"], [d], "which-person")
Q("suruc-crossed", "How many people crossed into Suruc overnight, and how many of them were wounded?", True, ["700", "47"], [d], "number")
Q("kobane-priest", "wich group abducted a preist and several christians in northwest syria in october 2014", True, ["Al-Nusra Front"], [d], "typo")
Q("kobane-other-name", "what is kobane also called", True, ["Ain al-Arab"], [d], "short")
Q("kobane-priest-name", "What was the name of the priest abducted by Al-Nusra Front in October 2014?", False, [], [], "unans-person", d)
C("More than half of the at least 412 people killed around Kobane since mid-September were from ISIS, the Observatory said.", [d], S, "reorder")
C("Ebdi said the latest US air raids had a major effect on the ISIS advance.", [d], X, "negation")
C("The US and its allies carried out four strikes in Kobane on Tuesday.", [d], S, "passive-active")
C("Kurdish fighters ordered civilians to stay in Kobane after ISIS entered the town.", [d], X, "negation")
C("Seven hundred people, 47 of them wounded, crossed into Suruc overnight, a Turkish official said.", [d], S, "number-words")
C("The Observatory said the full toll around Kobane was probably lower than reported.", [d], X, "comparison-reversed")
C("In Iraq, a suicide bomber attacked an observation post used by Kurdish fighters watching the Tigris.", [d], X, "actor-substituted")

# --- 1926479108 etilaf 2016-05-02: Syrian Coalition on Russian bombing of Aleppo
d = "1926479108"
Q("nyrabia", "Which vice-president of the Syrian Coalition accused Russia of offering Syrians a choice between Assad's terms and annihilation?", True, ["Muwaffaq Nyrabia"], [d], "which-person")
Q("sij-270", "How many civilians did the Syrian Institute of Justice document killed by Russian and regime bombing in Aleppo during April 2016?", True, ["270"], [d], "number")
Q("sij-russia-response", "How did the Russian Defence Ministry answer the Syrian Institute of Justice's figures?", False, [], [], "unans-follow-up", d)
C("Among the 270 civilians killed were 51 children, 28 women, five rescue workers and seven medical staff, the institute said.", [d], S, "drop-detail")
C("The regime and Russian forces used 36 cluster bombs and six white phosphorus bombs on rebel-held Aleppo, according to the institute.", [d], S, "reorder")
C("Nyrabia said the onslaught on Aleppo was aimed at supporting the political process.", [d], X, "negation")
C("The institute said one missile containing chemical substances had been confirmed.", [d], X, "certainty-upgraded")
C("The attacks targeted 270 civilian homes, the institute said.", [d], X, "number-changed")

# --- 1924058213 dailysabah 2017-11-13: Atareb market strikes toll 61
d = "1924058213"
Q("atareb17-toll", "To what figure did the Syrian Observatory raise the toll of the November 2017 airstrikes on the market in Atareb?", True, ["61"], [d, "1923848251", "1924058106"], "two-constraints")
Q("atareb17-hmeish", "Who is Yasser Hmeish?", True, ["a medical technician"], [d], "which-person")
Q("atareb17-blame", "Who did the opposition Syrian National Coalition accuse of the Atareb market attack?", True, ["Russia"], [d, "1926479150"], "according-to")
Q("atareb17-strikes", "How many airstrikes hit the Atareb market, per the Observatory?", True, ["three"], [d, "1923848252", "1923848251", "1924058106"], "number-in-words")
C("The Observatory said those killed in Atareb included six women, five children and three police officers.", [d], S, "drop-detail")
C("The Observatory said the Russian air force carried out the attack on Atareb.", [d], X, "certainty-upgraded")
C("The strikes destroyed the market and damaged a traffic police station next to it.", [d], S, "synonym")
C("The White Helmets stopped all work in Atareb after dawn on Tuesday.", [d], X, "negation")
C("Regime forces retook Aleppo in 2016 after a ferocious assault, the report said.", [d], X, "date-shifted")

# --- 1923848214 ahram 2014-10-29: IS attack on Shaer gas field
d = "1923848214"
Q("shaer-killed", "Give the toll of the IS attack on the Shaer field in October 2014.", True, ["30"], [d], "imperative")
Q("shaer-province", "shaer field in which province", True, ["Homs"], [d], "short")
C("IS fighters took control of parts of the Shaer field in Tuesday's assault, the Observatory said.", [d], S, "passive-active")
C("An IS attack on a Syrian oil and gas field in Homs province killed at least 30 pro-regime gunmen and security guards.", [d], S, "headline")
C("Rami Abdel Rahman said no jihadists were killed in the attack on Shaer.", [d], X, "negation")
C("IS attacked the Shaer field to cut the regime's gas supply to Damascus.", [d], U, "causal-added")

# --- 1923848248 ahram 2014-07-09: air raids on IS training base in Raqa
d = "1923848248"
C("The Syrian air force has struck IS positions every day since 10 June, Rami Abdel Rahman said.", [d], S, "paraphrase")
C("Rebels have been fighting IS since March.", [d], X, "date-shifted")
C("Some in the Syrian opposition initially saw IS as a potential ally.", [d], S, "synonym")
C("The US-led coalition carried out the air strikes on the IS training base in Raqa.", [d], U, "actor-added")

# --- 1965495353 sputnik 2016-07-24: shelling of Aleppo's al-Khalidiye and Quneitra's al-Baath
d = "1965495353"
Q("baath16-family", "Who was killed when Nusra Front rockets hit a family of five in al-Baath in July 2016?", True, ["A father a mother and a son"], [d], "which-person")
C("In Aleppo's al-Khalidiye, rocket fire killed a child and injured five people, SANA reported citing the police command.", [d], S, "passive-active")
C("The Nusra Front rockets on al-Baath killed a grandfather and injured a father, a mother and a son.", [d], X, "swapped-roles")
C("Islamic State and Jabhat al-Nusra are part of the US-Russia brokered ceasefire deal.", [d], X, "negation")

# --- 1965511204 manar 2016-04-04: Nusra spokesman Abu Firas al-Suri killed
d = "1965511204"
Q("suri-real-name", "What is the real name of Al-Nusra spokesman Abu Firas al-Suri?", True, ["Radwan Nammous"], [d], "which-person")
Q("suri-place", "Where was Abu Firas al-Suri meeting other leading militants when the strikes hit?", True, ["Kafar Jales"], [d], "which-place")
Q("suri-who-struck", "Was it Syrian or Russian warplanes that killed Abu Firas al-Suri?", True, ["not immediately clear"], [d], "why-how")
Q("suri-son-name", "What was the name of Abu Firas al-Suri's son who died with him?", False, [], [], "unans-person", d)
C("The Observatory said it was not immediately clear whether Syrian or Russian jets carried out the raids that killed Abu Firas al-Suri.", [d], S, "paraphrase")
C("Abu Firas al-Suri fought against the Soviet forces in Afghanistan before returning to Syria in 2011, AFP reported citing his supporters.", [d], S, "drop-detail")
C("Russian warplanes killed Abu Firas al-Suri and his son in Idleb province.", [d], U, "actor-added")
C("Abu Firas al-Suri survived the strikes in Kafar Jales with serious injuries.", [d], X, "negation")
C("Suri's killing came during a meeting with other leading militants in Kafar Jales, Abdel Rahman indicated.", [d], S, "nominalisation")
C("A drone strike near Al-Raqqa killed a militant commander on Wednesday, according to the Observatory.", [d], S, "reorder")

# --- 1923848252 ahram 2017-11-13 (added for the Atareb topic): first toll of the Atareb market strikes
d = "1923848252"
Q("atareb17-first", "Is it true that AFP first reported 61 dead in the Atareb market strikes on 13 November 2017?", True, ["29"], [d], "is-it-true-false")
Q("atareb17-rise", "What toll did the Observatory give for the Atareb market strikes on the Monday, and to what did it rise on Tuesday?", True, ["29", "61"], [d, "1924058213", "1923848251", "1924058106"], "comparison")
Q("atareb17-zone", "Under whose deal was the de-escalation zone around Atareb agreed?", True, ["Russia and Iran", "Turkey"], [d, "1923848251", "1924058106"], "list")
C("The Observatory could not say whether Syrian or Russian warplanes carried out the strikes on Atareb.", [d], S, "paraphrase")
C("The monitor said the Atareb toll was expected to fall as wounded people were found alive.", [d], X, "negation")
C("More than 330000 people have been killed in Syria since March 2011.", [d], S, "drop-detail")

# --- 1923848251 ahram 2017-11-14 (added for the Atareb topic): toll 61, Tahrir al-Sham reaction
d = "1923848251"
Q("egeland", "Which UN humanitarian adviser told Reuters that the zones did de-escalate fighting?", True, ["Jan Egeland"], [d], "which-person")
Q("atareb17-hts", "Which jihadist alliance denounced the ceasefire talks after the Atareb strikes?", True, ["Tahrir al-Sham"], [d], "which-organisation")
C("After the strikes, Tahrir al-Sham pledged to keep fighting government forces and their Russian and Iranian allies.", [d], S, "paraphrase")
C("Tahrir al-Sham welcomed the Astana ceasefire talks after the Atareb strikes.", [d], X, "negation")
C("Russian warplanes carried out Monday's attack on Atareb, Reuters reported.", [d], U, "speaker-changed")

# --- more unanswerable questions (on-topic; key terms grepped over all 804 rows)
Q("u-rasalain-raqqa", "How many ISIL fighters did Kurdish forces kill south of Ras al-Ain in Raqqa province in December 2014?", False, [], [], "unans-wrong-detail", "1965511122")
Q("u-salaheddin-homs", "How many civilians were killed when terrorists shelled the Salah Eddin neighbourhood of Homs in August 2016?", False, [], [], "unans-wrong-detail", "1965511222")
Q("u-qosour-raqqa", "How many rocket shells did ISIL fire on al-Qosour and al-Joura in Raqqa city in March 2016?", False, [], [], "unans-wrong-detail", "1965511209")
Q("u-sajour-soldiers", "How many Syrian army soldiers did the SDF kill near the al-Sajour river in July 2016?", False, [], [], "unans-wrong-detail", "1962495662")
Q("u-shaer-russians", "How many Russian soldiers were killed in the IS attack on the Shaer field in October 2014?", False, [], [], "unans-wrong-detail", "1923848214")
Q("u-atarib-2014", "How many civilians were killed when Russian warplanes struck Atarib in August 2014?", False, [], [], "unans-wrong-detail", "1924058121")
Q("u-german-resolution", "Which German minister announced a UN resolution on destroying Syria's chemical weapons in September 2013?", False, [], [], "unans-wrong-detail", "1926479125")
Q("u-waer-aleppo", "How many children did the napalm mortar attack on the al-Waer neighbourhood of Aleppo kill?", False, [], [], "unans-wrong-detail", "1923102861")
Q("u-midan-wounded", "How many people were wounded in the suicide bombing of the Midan police station on 2 October 2017?", False, [], [], "unans-statistic", "1923102965")
Q("u-haas-students", "How many pupils were inside the school in Haas when it was hit?", False, [], [], "unans-statistic", "1923848283")
Q("u-atareb-barrels", "How many barrel bombs hit Atareb on 13 November 2017?", False, [], [], "unans-statistic", "1924058213")
Q("u-islamarmy-rockets", "How many rockets did the Islam Army fire at Damascus on the Thursday before the February 2015 air strikes on Eastern Ghouta?", False, [], [], "unans-statistic", "1923848194")
Q("u-shaer-output", "How much gas did the Shaer field produce per day before IS attacked it?", False, [], [], "unans-statistic", "1923848214")
Q("u-haas-teacher", "What was the name of the teacher killed in the air strikes on Haas?", False, [], [], "unans-person", "1923848283")
Q("u-qaryatain-cmdr", "Which general commanded the army units that retook al-Qaryatain in April 2016?", False, [], [], "unans-person", "1965511206")
Q("u-midan-bombers", "What were the names of the suicide bombers who attacked the Midan police station?", False, [], [], "unans-person", "1923102965")
Q("u-rasalain-cmdr", "who led the kurdish attack south of ras al-ain in december 2014", False, [], [], "unans-person", "1965511122")
Q("u-atareb-unsc", "Did the UN Security Council condemn the Atareb market massacre as the Syrian Coalition demanded?", False, [], [], "unans-follow-up", "1924058213")
Q("u-ghareebeh-recaptured", "How many of the prisoners who escaped from the IS jail in Ghareebeh were recaptured?", False, [], [], "unans-follow-up", "1923848237")
Q("u-mustaqbal-arrests", "Was anyone arrested over the twin suicide blasts at the al-Mustaqbal checkpoint?", False, [], [], "unans-follow-up", "1965511150")
Q("u-ahrar-town", "In which Idleb town was the house where the Ahrar al-Sham leaders were meeting when the bomb went off?", False, [], [], "unans-follow-up", "1965511138")
Q("u-tabqa-fall", "On what date did the SDF take full control of Tabqa?", False, [], [], "unans-date", "1923848136")
Q("u-aboud-since", "When did Hassan Aboud become leader of Ahrar al-Sham?", False, [], [], "unans-date", "1965511138")
Q("u-zara-siege-start", "When did al-Nusra and Ahrar al-Sham first lay siege to the al-Zara power plant?", False, [], [], "unans-date", "1965511190")
Q("u-dersim", "What did YPG commander Baran Dersim say about the Kurdish attack south of Ras al-Ain?", False, [], [], "unans-entity", "1965511122")
Q("u-talsabeen", "How many people were killed by the shelling of the Tal Sabeen neighbourhood of Aleppo in December 2016?", False, [], [], "unans-entity", "1962495715")
Q("u-aljazeera-atareb", "What death toll did Al Jazeera give for the Atareb market strikes of November 2017?", False, [], [], "unans-outlet", "1924058213")
Q("u-bbc-depot", "How did the BBC report the ammunition depot explosion in Homs in August 2013?", False, [], [], "unans-outlet", "1962495637")
Q("u-cnn-midan", "According to CNN, how many people died in the Damascus police station bombing of October 2017?", False, [], [], "unans-outlet", "1923102965")
Q("u-nyt-mustaqbal", "What did the New York Times report about the twin blasts at the al-Mustaqbal checkpoint?", False, [], [], "unans-outlet", "1965511150")
Q("u-sij-date", "On what date did the Syrian Institute of Justice publish its report on civilians killed in Aleppo in April 2016?", False, [], [], "unans-date", "1926479108")
Q("u-mosque-toll", "How many worshippers were killed when Russian airstrikes destroyed the Abu Ubaidah Ibn al-Jarrah mosque in Kafr Zeita?", False, [], [], "unans-statistic", "1924058153")
Q("u-haas-ngo", "Which NGO ran the school hit in Haas?", False, [], [], "unans-organisation", "1923848283")
