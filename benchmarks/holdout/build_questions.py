"""Held-out questions, written by hand from the articles (not from system output).

Run once: `.venv/bin/python benchmarks/holdout/build_questions.py` writes
questions-examples.jsonl and questions-fakes.jsonl next to this file.
Each tuple: (id, form, question, facts, docs); docs == [] means unanswerable and
then `about` (the article the question is on-topic for) decides the split.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent

# examples corpus: split by article; 000/001 are near-duplicates so they go together
EX_SPLIT = {"000": "tune", "001": "tune", "004": "tune", "002": "test", "003": "test"}

EXAMPLES = [
    # 000 / 001
    ("ex-frozen", "date", "Since which year had the conflict between Assad and the opposition been essentially frozen?", ["2020"], ["000", "001"]),
    ("ex-nyt-share", "according-to", "According to The New York Times, what share of Syria does the regime control?", ["60"], ["000", "001"]),
    ("ex-northeast", "which-organisation", "Who controls part of the northeast of Syria besides the regime and the opposition?", ["Kurdish"], ["000", "001"]),
    ("ex-why-now", "why-how", "Why did the Syrian opposition find an opportunity to attack the regime now?", ["distracted|Ukraine|Israel"], ["000", "001"]),
    ("ex-only-country", "paraphrase", "Apart from Russia and the Middle East, what is the only state Assad has travelled to since the war started?", ["China"], ["000", "001"]),
    ("ex-intervention", "date", "In what year did Russia intervene militarily to rescue the regime?", ["2015"], ["000", "001"]),
    ("ex-turkey-backs", "yes-no", "Is Turkey a supporter of the opposition in Syria?", ["opposition-supporter Turkey|Turkey-backed|supported by Turkey"], ["000", "003"]),
    ("ex-lost-half", "non-native", "how much of syria the regime was losing at one point before russia come?", ["more than half|half"], ["000"]),
    ("ex-last-week", "date", "What did the Syrian opposition capture last week?", ["Aleppo"], ["000", "001"]),
    ("ex-four-years", "short", "First offensive in how long?", ["four years"], ["000", "001"]),
    # 002
    ("ex-hts-start", "date", "On which day did HTS launch its large-scale attack on government territory in northern Syria?", ["Wednesday"], ["002"]),
    ("ex-hts-former", "which-organisation", "What was the Hayat Tahrir al-Sham group formerly called?", ["Nusra"], ["002"]),
    ("ex-provinces", "list", "In which provinces did the militants take over towns and villages?", ["Aleppo", "Idlib", "Hama"], ["002"]),
    ("ex-embassy", "non-native", "chinese people who live in syria, what the embassy tell them to do?", ["safer areas|security precautions|security alert"], ["002"]),
    ("ex-partnership", "date", "When did Xi Jinping and Assad sign a strategic partnership deal?", ["September"], ["002"]),
    ("ex-support-list", "list", "Which nations expressed support for Damascus over the past few days, according to RT?", ["Russia", "Iran", "Iraq", "Egypt"], ["002"]),
    ("ex-tehran-blame", "according-to", "According to RT, who did Tehran blame for the escalation?", ["Israel"], ["002"]),
    ("ex-moscow-words", "paraphrase", "How did the Kremlin's government characterise the jihadist assault?", ["violation of Syria.s sovereignty|sovereignty"], ["002"]),
    ("ex-army-losses", "yes-no", "Did the Syrian army lose soldiers in the heavy fighting?", ["dozens of Syrian army"], ["002"]),
    ("ex-counteroffensive", "long", "After the militants advanced last week, when did Syrian government forces supported by Russian jets launch their counteroffensive, and what did they achieve over the weekend?", ["Thursday", "liberated|settlements"], ["002"]),
    # 003
    ("ex-safira", "number", "How many civilians are believed to have died in the strikes near Es-Safira?", ["11|eleven"], ["003"]),
    ("ex-offensive-date", "date", "On what date did the Syrian opposition forces launch their surprise offensive?", ["November 27"], ["003"]),
    ("ex-chaiko", "which-person", "Which officer replaced Lieutenant-General Sergei Kisel as commander of Russian forces in Syria?", ["Chaiko"], ["003"]),
    ("ex-araghchi", "which-person", "Which Iranian minister met Assad and then Turkish officials in Ankara?", ["Araghchi"], ["003"]),
    ("ex-safadi", "which-person", "Who did the Syrian foreign minister Bassem Sabbagh speak to by phone in Jordan?", ["Safadi"], ["003"]),
    ("ex-peskov", "yes-no", "Did the Kremlin confirm that Assad visited Moscow on November 30?", ["refused to confirm|refused"], ["003"]),
    ("ex-language", "short", "Assad says terrorists only know what language?", ["force"], ["003"]),
    # 004
    ("ex-ambassador", "which-person", "Who is the Chinese ambassador quoted in the op-ed about Idlib?", ["Qi Qianjin"], ["004"]),
    ("ex-jihadists", "number", "Roughly how many armed jihadists are estimated to be in Idlib?", ["40,000|40000"], ["004"]),
    ("ex-idlib-pop", "number", "About how many civilians and displaced people live in Idlib according to the op-ed?", ["2 million"], ["004"]),
    ("ex-uyghur-count", "number", "What number of Uyghur fighters did the Syrian government estimate in 2017?", ["5,000|5000"], ["004"]),
    ("ex-alwatan", "according-to", "According to MINA, which newspaper did the ambassador give his interview to?", ["Al-Watan"], ["004"]),
    ("ex-why-china", "why-how", "Why is China interested in joining the Syrian army's fight in Idlib?", ["Uyghur|Chinese Muslim foreign fighters|Xinjiang"], ["004"]),
    ("ex-compare-labels", "comparison", "Do RT and the other reports describe the fighters who took Aleppo in the same way?", ["terrorist|jihadist", "opposition"], ["002", "000"]),
    ("ex-isw-long", "long", "According to the ISW report cited by DayFR, who visited Moscow on November 30, and what did the Kremlin spokesman say on December 2 about Russia's contacts?", ["Assad", "close and regular contacts|Iran and Turkey"], ["003"]),
    ("ex-envoy-para", "paraphrase", "What did Beijing's envoy say about his army's readiness to join the fighting in Idlib?", ["willing to participate|participate"], ["004"]),
    # unanswerable, on topic
    ("ex-u-troops2019", "unans-date", "How many Chinese soldiers fought in Idlib in March 2019?", [], [], "004"),
    ("ex-u-aleppo-pop", "unans-statistic", "What is the population of Aleppo city?", [], [], "000"),
    ("ex-u-wangyi", "unans-person", "What did Chinese foreign minister Wang Yi say about the rebel offensive on Aleppo?", [], [], "002"),
    ("ex-u-kisel", "unans-wrong-detail", "Which Russian general did Sergei Kisel replace as commander in Syria over the weekend?", [], [], "003"),
    ("ex-u-aid", "unans-statistic", "How much money did China pledge to Damascus to prevent deterioration of the situation?", [], [], "002"),
    ("ex-u-beijing-date", "unans-date", "On which date did Assad visit Beijing?", [], [], "000"),
    ("ex-u-macron", "unans-person", "What did Emmanuel Macron say about China's support for Assad?", [], [], "000"),
    ("ex-u-jets", "unans-statistic", "How many Russian warplanes are stationed in Syria to support the counteroffensive?", [], [], "002"),
    ("ex-u-hts-size", "unans-statistic", "How many fighters did Hayat Tahrir al-Sham send into Aleppo?", [], [], "003"),
]

FAKES = [
    ("fk-burj-cause", "why-how", "What caused the blast heard in Burj Rouss in Damascus?", ["rocket bomb"], ["1924058073"]),
    ("fk-burj-injured", "according-to", "According to NNA, how many people were injured by the rocket bomb in Damascus?", ["40"], ["1924058073"]),
    ("fk-castello-29", "number", "How many Syrian rebels died in the failed bid to reopen the Castello Road?", ["29"], ["1914947535"]),
    ("fk-castello-factions", "list", "Which factions did the rebels killed on the Castello Road belong to?", ["Faylaq al-Sham", "Nusra"], ["1914947535"]),
    ("fk-castello-compare", "comparison", "Did NNA and Alalam give the same number of militants killed in the attack to reopen the Castello Road?", ["29", "75"], ["1914947535", "1962495668"]),
    ("fk-castello-500", "paraphrase", "How close had the army soldiers got to the Castello supply route by Saturday?", ["500 met"], ["1962495668"]),
    ("fk-quria-children", "number", "How many children did UNICEF say were killed in the airstrikes on al-Quria?", ["25"], ["1923102948"]),
    ("fk-quria-sohr", "according-to", "According to the Syrian Observatory, what was the updated death toll of the al-Quria strikes on Sunday?", ["82"], ["1923102948"]),
    ("fk-quria-mosque", "yes-no", "Did one of the attacks in the Deir Ez-Zor town hit a mosque?", ["mosque"], ["1923102948"]),
    ("fk-hama-villages", "number", "How many villages did the rebels capture in Hama in four days?", ["14|fourteen"], ["1923102934"]),
    ("fk-hama-airport", "paraphrase", "How far were the insurgents from the airport of Hama?", ["10 kilomet"], ["1923102934"]),
    ("fk-hama-1982", "date", "How many people died when the Islamist uprising in Hama was crushed in 1982?", ["40000|40,000"], ["1923102934"]),
    ("fk-hama-latamina", "which-place", "Near which town did the overnight raids in Hama kill 25 civilians?", ["Latamina"], ["1923102934"]),
    ("fk-aleppo-51", "date", "How many civilians were killed in Aleppo city and countryside on Saturday 13 August 2016?", ["51"], ["1923102851"]),
    ("fk-aleppo-130", "date", "How many civilians has the fighting in Aleppo killed since the end of July 2016?", ["130"], ["1923102851"]),
    ("fk-medics-org", "which-organisation", "Which organisation did the four medics killed in the clinic near Aleppo work for?", ["Union of Syrian Medical Relief"], ["1923102942"]),
    ("fk-laerke", "which-person", "Which UN spokesman called the convoy attack a very dark day for humanitarians?", ["Laerke"], ["1923102942"]),
    ("fk-convoy-trucks", "number", "How many aid trucks were destroyed in the Monday strike on the convoy to Aleppo?", ["18"], ["1923102942"]),
    ("fk-convoy-russia", "yes-no", "Did Russia deny that its planes were involved in the attack on the aid convoy?", ["denied"], ["1923102942"]),
    ("fk-furati", "which-person", "Who is the head of the press office at Fastaqim Kama Umirt?", ["Furati"], ["1918150034"]),
    ("fk-syriatv-89", "according-to", "According to Syria TV, how many people were hurt by the missiles on western Aleppo districts?", ["89"], ["1918150034"]),
    ("fk-zubdiya", "which-place", "Which Aleppo neighbourhood was hit by a barrel bomb with toxic gas?", ["Zubdiya"], ["1918150044"]),
    ("fk-chlorine", "short", "What gas was in the Zubdiya barrel bomb?", ["chlorine"], ["1918150044"]),
    ("fk-snhr-chair", "which-person", "Who is the chairman of the Syrian Network for Human Rights?", ["Abdul Ghani"], ["1918150044"]),
    ("fk-homs-school-kids", "number", "How many children were among those killed in the bombing of the Akrameh al-Makhzumi school?", ["30|thirty"], ["1924058165"]),
    ("fk-homs-governor", "comparison", "Did the Homs governor and the Observatory give the same death toll for the Akrameh school bombing?", ["31", "39"], ["1924058165"]),
    ("fk-homs-ages", "non-native", "the children killed at homs school, how old they were?", ["six and nine|6 and 9"], ["1924058165"]),
    ("fk-homs-how", "why-how", "How did one suicide attacker manage to carry out both bombings at the school in Homs?", ["planted a bomb"], ["1924058165"]),
    ("fk-akrameh-sect", "which-organisation", "Which religious community makes up most of the Akrameh neighbourhood?", ["Alawite"], ["1924058165"]),
    ("fk-bayan", "which-place", "Which hospital was hit near the strikes in the Shaar neighbourhood of Aleppo?", ["Al-Bayan"], ["1924058181"]),
    ("fk-shaar-barrels", "number", "How many barrel bombs did regime helicopters drop on the area with the hospital and marketplace?", ["three|3"], ["1924058181"]),
    ("fk-shaar-compare", "comparison", "Did the monitor and the rescue workers agree on how many people died in the strikes on Shaar?", ["15", "23"], ["1924058181"]),
    ("fk-nairab", "which-place", "Which district of Aleppo was struck twice by a regime helicopter at a mourning location?", ["Bab al-Nairab"], ["1924058135"]),
    ("fk-scpr", "according-to", "According to the Syrian Center for Policy Research, how many people have died in the conflict?", ["470000|470,000"], ["1924058135"]),
    ("fk-hara", "which-place", "In which town in Daraa did regime warplanes drop barrel bombs in October 2014?", ["al-Hara|Hara"], ["1924058161"]),
    ("fk-tokhar", "which-place", "In which village near Manbij were civilians who fled the fighting killed by US-led strikes?", ["Tokhar"], ["1919191744"]),
    ("fk-amnesty", "which-organisation", "Which rights group said the civilians sheltered in clay and adobe homes near Manbij?", ["Amnesty"], ["1919191744"]),
    ("fk-manbij-compare", "comparison", "Did TRT and Sputnik report the same number of civilians killed by the coalition strikes near Manbij in July 2016?", ["73", "100"], ["1919191744", "1965495350"]),
    ("fk-atareb-61", "number", "How many people did the three strikes on the market in Atareb kill?", ["61"], ["1924058106"]),
    ("fk-atareb-zone", "list", "Which countries agreed the de-escalation zone that covers Atareb?", ["Russia", "Iran", "Turkey"], ["1924058106"]),
    ("fk-atareb-who", "why-how", "Why could the monitor not say who carried out the air strikes on Atareb?", ["not clear|government warplanes or those of its ally Russia"], ["1924058106"]),
    ("fk-pilots", "list", "What were the names of the two Russian pilots killed near Palmyra?", ["Khabibulin", "Dolgin"], ["1919191746"]),
    ("fk-mi25", "short", "What helicopter were the Russian pilots flying?", ["Mi-25"], ["1919191746"]),
    ("fk-pilots-long", "long", "Before their helicopter was brought down east of Palmyra, what had the two Russian airmen been doing, who had asked them to do it, and who fired on them?", ["DAESH|militants", "Syrian government"], ["1919191746"]),
    ("fk-kafr-zeita", "which-place", "In which town was the White Helmets office hit by an air strike in April 2017?", ["Kafr Zeita"], ["1919191767"]),
    ("fk-wh-eight", "number", "How many White Helmets rescuers were killed in the strike on their centre?", ["eight|8"], ["1919191767"]),
    ("fk-hrw-69", "number", "How many civilians killed by Islamic State land mines in Manbij did Human Rights Watch name?", ["69"], ["1923848284"]),
    ("fk-solvang", "which-person", "Who is the deputy emergencies director who said IS mined virtually everything?", ["Solvang"], ["1923848284"]),
    ("fk-qamishli-22", "according-to", "According to Syrian state TV, how many people died in the Qamishli car bombing?", ["22"], ["1923848165"]),
    ("fk-qamishli-target", "paraphrase", "What was the vehicle bomb at the western edge of Qamishli aimed at?", ["Kurdish police"], ["1923848165"]),
    ("fk-ansar", "which-organisation", "What did the new Islamist alliance that attacked government-held Aleppo in July 2015 call itself?", ["Ansar Sharia"], ["1923848191"]),
    ("fk-salma", "which-place", "Which town in Jabal Akrad was hit by the August 2013 air strikes that killed at least 20?", ["Salma"], ["1923848206"]),
    ("fk-heneyda", "number", "How far is Heneyda from the city of Raqqa?", ["25 kilomet"], ["1924058034"]),
    ("fk-tabaqa-toll", "list", "How many regime fighters and how many Daesh fighters were killed in the counterattack south of Tabaqa?", ["Eleven|11", "17"], ["1924058061"]),
    ("fk-maleh", "number", "How many regime soldiers were killed in the battles around Al Maleh?", ["30"], ["1924058042"]),
    ("fk-coalition-735", "number", "How many civilian deaths had the US-led coalition acknowledged in Syria and Iraq by late September 2017?", ["735"], ["1924058069"]),
    ("fk-dillon", "which-person", "Who is the coalition spokesman who answered the allegation about the Raqqa wells strike?", ["Dillon"], ["1924058069"]),
    ("fk-abu-turab", "which-person", "Which IS commander was among the militants killed east of Palmyra?", ["Abu Turab"], ["1924058219"]),
    ("fk-palmyra-freed", "date", "On what date did Syrian forces free Palmyra from IS?", ["March 27"], ["1924058219"]),
    ("fk-villat", "non-native", "where isis was exploding two car bomb in hasaka city?", ["Villat al-Homr"], ["1926479047"]),
    ("fk-sana-25", "number", "How many civilians were killed by rocket attacks on Aleppo in 24 hours at the end of April 2016?", ["25"], ["1926479189"]),
    ("fk-um-serj", "which-place", "Which village in the eastern Homs countryside did ISIS hit with rocket shells in August 2016?", ["Um al-Serj"], ["1926479024"]),
    ("fk-fsa-41", "paraphrase", "How many Free Syrian Army fighters did ISIS round up and execute on the first day of Eid al-Fitr?", ["41"], ["1926478971"]),
    ("fk-steifo", "which-person", "Which vice-president of the Syrian Coalition said the onslaught on Aleppo failed to reach its goals?", ["Steifo"], ["1926479061"]),
    ("fk-steifo-750", "date", "How many people had been killed in Aleppo since November 15 2016, according to the Syrian Coalition?", ["750"], ["1926479061"]),
    ("fk-truce-russia", "number", "How many breaches of the 48-hour truce in Aleppo were attributed to Russian forces?", ["20"], ["1926479133"]),
    ("fk-hammoud", "which-person", "Who directs the last ambulance service in western rural Aleppo?", ["Hammoud"], ["1926479165"]),
    ("fk-677", "according-to", "According to Al-Manar, how many times had terrorist groups breached the cessation of hostilities since February 27 2016?", ["677"], ["1965511180"]),
    ("fk-division30", "which-organisation", "Which US-trained group did Al-Nusra attack near Azaz?", ["Division 30"], ["1965511157"]),
    ("fk-nusra-why", "why-how", "Why did Al-Nusra attack the headquarters of Division 30?", ["seize weapons|weapons"], ["1965511157"]),
    ("fk-muallem", "which-person", "Which Syrian minister did John Kerry call about the gas attack?", ["Muallem"], ["1926479157"]),
    ("fk-bonino", "which-person", "Who did Zarif speak with on the phone about the chemical weapons in August 2013?", ["Bonino"], ["1926479026"]),
    ("fk-fabius-where", "which-place", "Where was Laurent Fabius when he said the Assad regime was responsible for the chemical massacre?", ["Ramallah"], ["1926479179"]),
    ("fk-kane", "which-person", "Which UN Under Secretary General arrived in Damascus to set terms for an enquiry?", ["Angela Kane|Kane"], ["1926479179"]),
    ("fk-jobar", "list", "Which neighbourhoods were hit by rockets the day after the gas attack in the Ghouta?", ["Jobar", "Zamalka"], ["1926479038"]),
    ("fk-sellstrom", "which-person", "Who is the Swedish scientist leading the UN chemical weapons team?", ["Sellstrom"], ["1926479037"]),
    ("fk-halabja", "why-how", "What earlier massacre did Fabius compare the alleged gas attack to?", ["Halabja"], ["1926479099"]),
    ("fk-tunnels-13", "yes-no", "Did opposition tunnel bombs in Aleppo kill pro-Assad fighters in July 2014?", ["13"], ["1926479066"]),
    ("fk-unicef-546", "according-to", "According to UNICEF, how many people were injured in the Idlib attack in April 2017?", ["546"], ["1965495387"]),
    ("fk-sdf-18", "long", "When the US-led coalition struck a position in Tabqa that partnered forces had identified as an ISIS fighting position, how many fighters of which force were killed, and on what date?", ["18", "Syrian Democratic Forces|SDF", "April 11"], ["1965495378"]),
    ("fk-naba", "which-place", "Where in Quneitra was the National Defense Forces base allegedly struck by Israel?", ["Naba al-Fawwar"], ["1965495371"]),
    ("fk-atme-compare", "comparison", "Did ISIS and the Syrian Observatory give the same toll for the suicide bombing at the Atme crossing?", ["32", "50"], ["1962495724"]),
    ("fk-hama-isis-2017", "short", "ISIS attack on Hama villages in May 2017: how many civilians died?", ["15"], ["1926479016"]),
    ("fk-palmyra-vehicles", "non-native", "the syrian army near palmyra in december 2016, how many vehicle of isis it destroy?", ["9|nine"], ["1962495719"]),
    ("fk-ghouta-compare", "comparison", "Did Reuters and Al Arabiya report the same death toll for the August 21 2013 gas attack near Damascus?", ["500", "1300"], ["1926479038", "1926479157"]),
    ("fk-wartoll-compare", "comparison", "Did Daily Sabah in October 2014 and the Jordan Times in April 2017 give the same overall death toll for the Syrian war?", ["191000|191,000", "320000|320,000"], ["1924058161", "1924058034"]),
    ("fk-quria-compare", "comparison", "Did UNICEF and the Syrian Observatory count the same number of victims of the al-Quria strikes?", ["25", "82|58"], ["1923102948"]),
    ("fk-idlib-compare", "comparison", "Do UNICEF and the Syrian opposition give the same casualty figures for the April 2017 attack in Idlib?", ["27", "80"], ["1965495387"]),
    ("fk-nairab-long", "long", "In the Bab al-Nairab attack that a civil defense official described to Anadolu Agency, how many people were killed and injured, and what happened during the second strike?", ["Twenty|20", "30", "help|rushed"], ["1924058135"]),
    ("fk-raqqa-long", "long", "After the US-backed Syrian Democratic Forces broke into Raqqa in June 2017, how much of the city had they taken from Daesh by the time of the strike on the water wells?", ["90 per cent|90"], ["1924058069"]),
    ("fk-snhr-long", "long", "According to the Syrian Network for Human Rights, between September 30 2015 and March 15 2016, how many vital civilian facilities did the Russian air force target, and how many of them were medical centers?", ["243", "51"], ["1926479165"]),
    ("fk-opcw-long", "long", "Given that Syria joined the chemical weapons convention in 2013 after the East Ghouta attack, what did the OPCW announce in January 2016 about Syria's chemical weapons?", ["destroyed"], ["1965495387"]),
    ("fk-marea-long", "long", "During the Islamic State push on rebel territory in Aleppo province, which town did ISIS encircle in May, and what helped the rebels push back the assault the following month?", ["Marea", "ammunition"], ["1962495724"]),
    ("fk-sana-mention", "yes-no", "Did Syria's state news agency report the tunnel bomb attack in Aleppo in July 2014?", ["made no mention|no mention"], ["1926479066"]),
    ("fk-ghouta-deny", "yes-no", "Did the Assad government deny using chemical weapons in the attack near Damascus?", ["denied"], ["1926479099"]),
    ("fk-shaar-women", "yes-no", "Were women and children among the casualties of the barrel bombs in Al-Shaar?", ["women and children"], ["1924058181"]),
    ("fk-kerry-para", "paraphrase", "What did Washington's top diplomat say the Syrian government should have given the UN inspectors?", ["access"], ["1926479157"]),
    ("fk-displaced-para", "paraphrase", "What share of Syrians have been driven from their homes, according to the UN estimate cited by TRT?", ["half"], ["1919191744"]),
    ("fk-manbij-2014", "short", "Who took Manbij in 2014?", ["DAESH|Islamic State"], ["1919191744"]),
    ("fk-akrameh-claim", "short", "Akrameh school bombing: any claim of responsibility?", ["no immediate claim|no claim"], ["1924058165"]),
    ("fk-tabqa-start", "short", "Tabqa offensive start date?", ["March 21"], ["1965495378"]),
    ("fk-toll-2015-nn", "non-native", "how many people the syrian war was killing until july 2015, the monitor say?", ["230000|230,000"], ["1923848191"]),
    ("fk-saudi-nn", "non-native", "what saudi arabia is asking to the UN security council after the chemical attack?", ["emergency"], ["1926479037"]),
    ("fk-ambulance-nn", "non-native", "the ambulance center in west rural aleppo, how many medic it have?", ["15"], ["1926479165"]),
    ("fk-sohr-method", "why-how", "How does the Syrian Observatory work out whose planes carried out a raid?", ["flight patterns|munitions|type"], ["1924058034"]),
    ("fk-phosphorous", "list", "Which towns in rural Aleppo did the Syrian Coalition say Russian jets bombed with phosphorous?", ["Anadan", "Khan Touman"], ["1926479133"]),
    ("fk-march-2016", "date", "How many ISIL fighters did the Syrian army kill in the northern Aleppo countryside in March 2016?", ["30"], ["1965511207"]),
    ("fk-july-2014", "date", "Where in Aleppo did opposition forces explode bombs that killed pro-Assad fighters in July 2014?", ["tunnel"], ["1926479066"]),
    # unanswerable, on topic
    ("fk-u-quria-pop", "unans-statistic", "How many people lived in the town of al-Quria before the June 2016 airstrikes?", [], [], "1923102948"),
    ("fk-u-uossm-budget", "unans-statistic", "What was the annual budget of the Union of Syrian Medical Relief Organisations?", [], [], "1923102942"),
    ("fk-u-homs-2019", "unans-date", "How many children were killed in the bombing of a school in Homs in March 2019?", [], [], "1924058165"),
    ("fk-u-merkel", "unans-person", "What did Angela Merkel say about the chemical attack near Damascus?", [], [], "1926479179"),
    ("fk-u-convoy-general", "unans-person", "Which Russian general ordered the strike on the aid convoy near Aleppo?", [], [], "1923102942"),
    ("fk-u-qamishli-mayor", "unans-person", "Who was the mayor of Qamishli when the car bomb exploded?", [], [], "1923848165"),
    ("fk-u-atme-unicef", "unans-wrong-detail", "How many children did UNICEF say were killed by the Russian air strike on the Atme border crossing?", [], [], "1962495724"),
    ("fk-u-kafr-zeita-pop", "unans-statistic", "What is the population of Kafr Zeita?", [], [], "1919191767"),
    ("fk-u-wh-2019", "unans-date", "How many White Helmets volunteers were killed in Kafr Zeita in June 2019?", [], [], "1919191767"),
    ("fk-u-tokhar-pilot", "unans-person", "What was the name of the US pilot who bombed Tokhar?", [], [], "1919191744"),
    ("fk-u-castello-cost", "unans-statistic", "How much did it cost to repair the Castello Road after the fighting?", [], [], "1914947535"),
    ("fk-u-division30-end", "unans-date", "In which year was Division 30 disbanded?", [], [], "1965511157"),
    ("fk-u-pilots-wrong", "unans-wrong-detail", "How many Russian pilots were captured alive by Daesh after the helicopter crash near Palmyra?", [], [], "1919191746"),
    ("fk-u-raqqa-2020", "unans-date", "How many civilians did coalition strikes kill in Raqqa in January 2020?", [], [], "1924058069"),
    ("fk-u-hrw-kids-wrong", "unans-wrong-detail", "How many children did Human Rights Watch say were killed by Russian cluster bombs in Manbij?", [], [], "1923848284"),
    ("fk-u-zubdiya-tons", "unans-statistic", "How many tons of chlorine did the regime have in Aleppo?", [], [], "1918150044"),
    ("fk-u-kerry-2015", "unans-date", "What did John Kerry tell Walid al-Muallem in their call in May 2015?", [], [], "1926479157"),
    ("fk-u-qamishli-2018", "unans-date", "How many people did a car bomb kill in Qamishli in December 2018?", [], [], "1923848165"),
    ("fk-u-pope", "unans-person", "What did Pope Francis say about the air strikes on the Atareb market?", [], [], "1924058106"),
    ("fk-u-manbij-returns", "unans-statistic", "How many displaced people returned to Manbij after the Islamic State left?", [], [], "1923848284"),
    ("fk-u-raqqa-hospital", "unans-person", "Which hospital in Raqqa treated the people wounded at the water wells?", [], [], "1924058069"),
    ("fk-u-banki", "unans-person", "What did Ban Ki-moon say about the air strike on the White Helmets centre in Kafr Zeita?", [], [], "1919191767"),
    ("fk-u-homs-un", "unans-wrong-detail", "How many children did the UN say died in the Akrameh school bombing in Homs?", [], [], "1924058165"),
    ("fk-u-latakia-2019", "unans-date", "How many people did air strikes on Salma in Jabal Akrad kill in May 2019?", [], [], "1923848206"),
    ("fk-u-sellstrom-age", "unans-statistic", "How old is Ake Sellstrom?", [], [], "1926479037"),
]


DUPLICATES = json.loads((HERE / "fakes-duplicates.json").read_text()) if (HERE / "fakes-duplicates.json").exists() else {}


def with_duplicates(docs):
    """Add the store's near-duplicate copies of each cited FA-KES article (either direction)."""
    out = list(docs)
    for d in docs:
        root = DUPLICATES.get(d, d)
        for k in [root] + [k for k, v in DUPLICATES.items() if v == root]:
            if k not in out:
                out.append(k)
    return out


def rows(items, split_of, corpus):
    for item in items:
        qid, form, question, facts, docs = item[:5]
        about = item[5] if len(item) > 5 else docs[0]
        yield {"id": qid, "question": question, "answerable": bool(docs), "facts": facts,
               "docs": with_duplicates(docs), "form": form, "corpus": corpus, "split": split_of(about), "about": about}


def fakes_split():
    order = sorted({(it[5] if len(it) > 5 else it[4][0]) for it in FAKES})
    return {doc: ("tune" if i % 2 == 0 else "test") for i, doc in enumerate(order)}


def main():
    fk = fakes_split()
    for name, items, split_of, corpus in (
        ("questions-examples.jsonl", EXAMPLES, lambda a: EX_SPLIT[a[:3]], "examples"),
        ("questions-fakes.jsonl", FAKES, fk.__getitem__, "fakes"),
    ):
        out = list(rows(items, split_of, corpus))
        assert len({r["id"] for r in out}) == len(out), name
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
        print(name, len(out))


if __name__ == "__main__":
    main()
