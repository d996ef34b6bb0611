"""Writes benchmarks/questions/forms.jsonl: questions in ten surface forms, written from the articles.

Each row: (id, form, question, answerable, facts (regexes the answer must match), gold doc ids).
Corpus: 'fakes' (FA-KES CSV, ids are unit_id) or 'examples' (examples/articles, ids are file-name prefixes).
The split is fixed once by article (see SPLIT_OF): every question about one article lands in the
same half, so tuning never sees a test article. Run: python benchmarks/questions/make_forms.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent

F, E = "fakes", "examples"
ROWS = [
    # ---------------- paraphrase ----------------
    ("p-babalnairab", F, "paraphrase", "How many civilians lost their lives when regime aircraft struck people escaping eastern Aleppo on foot through Bab Alnairab?", True, ["25"], ["1926479088"]),
    ("p-manbij-kitchen", F, "paraphrase", "Who at Human Rights Watch remarked that the jihadists had booby-trapped even the kitchen sink in Manbij?", True, ["Solvang"], ["1924058189"]),
    ("p-rityan", F, "paraphrase", "In which village north of Aleppo did government troops kill the relatives of suspected insurgents in February 2015?", True, ["Rityan"], ["1923848201"]),
    ("p-douma", F, "paraphrase", "Which Eastern Ghouta town suffered the heaviest losses in the regime air raids near the capital on 3 April 2017?", True, ["Douma"], ["1923102873"]),
    ("p-homs-bomb", F, "paraphrase", "What was packed into the car that exploded outside the school in the Ikrima neighbourhood of Homs?", True, ["gas cylinders|C4"], ["1965511136"]),
    ("p-shahba", F, "paraphrase", "Which part of Aleppo was struck by the rebel projectile that took the lives of five children in July 2015?", True, ["Shahba al-Jadida"], ["1923848181"]),
    ("p-sarrin-target", F, "paraphrase", "What building used by Kurdish fighters as a base did the jihadists storm in Sarrin?", True, ["school"], ["1923848180"]),
    ("p-rasafa-drone", F, "paraphrase", "What aircraft belonging to ISIS did government troops bring down as they pushed toward the eastern Badiya?", True, ["drone"], ["1926479222"]),
    ("p-buyir", F, "paraphrase", "After capturing which village from the US-backed alliance did ISIL put two dozen civilians to death?", True, ["Buyir"], ["1965511169"]),
    ("p-deirsharqi", F, "paraphrase", "In what village did an air raid destroy a hospital ward where infants in incubators died?", True, ["Deir Sharqi"], ["1923848121"]),
    ("p-control", E, "paraphrase", "How much of the country is the Assad government thought to hold at present?", True, ["60"], ["000", "001"]),
    ("p-chaiko", E, "paraphrase", "Which officer took over the Russian military group in Syria when Moscow removed Sergei Kisel?", True, ["Chaiko"], ["003"]),
    ("p-embassy", E, "paraphrase", "What did the Chinese embassy advise Chinese citizens living in Syria to do?", True, ["safer areas|security precautions"], ["002"]),
    ("p-douma-pop", F, "paraphrase", "How many people live in Douma?", False, [], []),
    ("p-manbij-pop", F, "paraphrase", "What is the population of Manbij?", False, [], []),
    # Relabelled after checking the full article (its later paragraphs name the governor); first written as unanswerable.
    ("p-homs-governor", F, "paraphrase", "Who was the governor of Homs province when the twin bombings near the Ikrima school took place?", True, ["Barazi"], ["1965511136", "1924058165"]),
    ("p-jarablus-pop", F, "paraphrase", "What is the population of Jarablus?", False, [], []),
    ("p-hader-pop", F, "paraphrase", "What is the population of the Druze village of Hader?", False, [], []),
    # ---------------- According to <outlet> ----------------
    ("o-alalam-200", F, "outlet", "According to Alalam, how many militants did the Syrian army kill in southwestern Aleppo after it went on the offensive?", True, ["200"], ["1962495723"]),
    ("o-ahram-hurt", F, "outlet", "According to Ahram, how many people were hurt in the rebel mortar attack on regime-held parts of Aleppo in April 2014?", True, ["50"], ["1923848309"]),
    ("o-sputnik-13", F, "outlet", "According to Sputnik, how many Daesh militants did the SDF kill near Al Tabqah?", True, ["13"], ["1965495388"]),
    ("o-sana-rasafa", F, "outlet", "According to SANA, how far were the army units from al-Rasafa?", True, ["6 km"], ["1926479222"]),
    ("o-alaraby-ghouta", F, "outlet", "According to Al-Araby, how many civilians does the siege of Eastern Ghouta trap?", True, ["300000"], ["1923102873"]),
    ("o-reuters-ypg", F, "outlet", "According to Reuters, which militia is the strongest group in the Syrian Democratic Forces?", True, ["YPG|Peoples Protection Units"], ["1926479237"]),
    ("o-trt-atmeh", F, "outlet", "According to TRT, how many people did the suicide bomber kill near the Atmeh border crossing?", True, ["15"], ["1919191752"]),
    ("o-rt-lin", E, "outlet", "According to RT, what is China prepared to do as Damascus' friend?", True, ["deterioration"], ["002"]),
    ("o-dayfr-safira", E, "outlet", "According to DayFR Euro, how many civilians died in the strikes near Es-Safira?", True, ["11"], ["003"]),
    ("o-afp-lin", E, "outlet", "According to AFP, what did Foreign Ministry spokesman Lin Jian say?", True, ["deterioration|escalation"], ["000", "001"]),
    ("o-nyt", E, "outlet", "According to The New York Times, who controls the parts of Syria the regime does not?", True, ["Kurdish"], ["000", "001"]),
    ("o-tass-homs", F, "outlet", "According to TASS, how many students died in the twin bombing at the Ikrima school in Homs?", False, [], []),
    ("o-sputnik-douma", F, "outlet", "According to Sputnik, how many civilians were killed in Douma on 3 April 2017?", False, [], []),
    ("o-reuters-lin", E, "outlet", "According to Reuters, what did Lin Jian say about Syria?", False, [], []),
    # ---------------- why / how ----------------
    ("w-turkey-ypg", F, "why", "Why does Turkey object to the YPG holding territory south of its border?", True, ["national security threat"], ["1924058189"]),
    ("w-jaish-clash", F, "why", "Why did the clashes between Jaish al-Islam and its rivals near Damascus start, according to Jaish al-Islam?", True, ["harass|provoked"], ["1923848131"]),
    ("w-raqa-strikes", F, "why", "Why did the US-led coalition carry out the significant air strikes on Raqa, according to its spokesman?", True, ["deny Daesh|ability to move"], ["1914947537"]),
    ("w-tukhar", F, "why", "How does the Observatory explain why civilians fleeing near Al-Tukhar were hit by coalition planes?", True, ["mistaken"], ["1923848168"]),
    ("w-sarrin", F, "why", "Why did the Kurdish capture of Sarrin matter for Islamic State?", True, ["M4|main access route"], ["1923848180"]),
    ("w-incubators", F, "why", "How did the babies in incubators die in the strike on the Deir Sharqi hospital?", True, ["oxygen generator"], ["1923848121"]),
    ("w-ariha", F, "why", "Why had Nusra Front members gathered at the Ariha mosque when the explosion went off?", True, ["iftar"], ["1918398791"]),
    ("w-china-idlib", E, "why", "Why is China interested in fighting alongside the Syrian army in Idlib?", True, ["Uyghur|Chinese Muslim"], ["004"]),
    ("w-opening", E, "why", "Why were the opposition forces able to make a move against the regime at this moment?", True, ["distracted|Ukraine"], ["000", "001"]),
    ("w-observatory-planes", F, "why", "How does the Syrian Observatory decide which planes carried out a raid?", True, ["flight patterns|munitions"], ["1923848168"]),
    ("w-douma-siege-2019", F, "why", "Why did the regime lift the siege of Eastern Ghouta in 2020?", False, [], []),
    ("w-hatab-2019", F, "why", "Why did Jawad Abu Hatab resign as head of the provisional government in 2019?", False, [], []),
    ("w-china-2021", E, "why", "Why did China withdraw its ambassador from Syria in 2021?", False, [], []),
    # ---------------- yes / no ----------------
    ("y-moscow", E, "yesno", "Did Assad travel to Moscow?", True, ["Moscow"], ["003"]),
    ("y-kremlin", E, "yesno", "Did the Kremlin confirm that Assad had been in Moscow?", True, ["refused to confirm|Peskov"], ["003"]),
    ("y-china-military", E, "yesno", "Is the Chinese military willing to take part in the fighting in Idlib?", True, ["participate|military is willing"], ["004"]),
    ("y-aleppo-mortar", F, "yesno", "Were the 21 people killed in the April 2014 mortar attack on Aleppo living in rebel-held districts?", True, ["regime-held"], ["1923848309"]),
    ("y-hader", F, "yesno", "Was the village of Hader, hit by an Israeli strike in July 2015, under rebel control?", True, ["government-held|Druze"], ["1962495650"]),
    ("y-coalition-comment", F, "yesno", "Did the US-led coalition comment immediately on the reports of civilians killed near Al-Tukhar?", True, ["no immediate comment|looking into"], ["1923848168"]),
    ("y-ariha-claim", F, "yesno", "Did any group claim responsibility for the blast at the mosque in Ariha?", True, ["No group announced responsibility|blamed"], ["1918398791"]),
    ("y-atmeh-turkey", F, "yesno", "Were any of the people injured in the Atmeh bus bombing treated in Turkey?", True, ["Turkish hospitals"], ["1919191752"]),
    ("y-manbij-mines", F, "yesno", "Did Daesh leave mines in homes and schools in Manbij?", True, ["mine|mined"], ["1924058189"]),
    ("y-beijing-2019", E, "yesno", "Did Assad visit Beijing in 2019?", False, [], []),
    ("y-israel-2020", F, "yesno", "Did Israel strike the village of Hader again in 2020?", False, [], []),
    ("y-uyghur-2023", E, "yesno", "Were there still 5,000 Uyghur fighters in Syria in 2023?", False, [], []),
    # ---------------- numbers written as words ----------------
    ("n-rityan-48", F, "numwords", "How many people in total were killed in the village where ten children were executed in February 2015?", True, ["48"], ["1923848201"]),
    ("n-raqa-civ", F, "numwords", "How many civilians were among those killed in the US air strikes on Raqa in July 2015?", True, ["Six|\\b6\\b"], ["1914947537"]),
    ("n-inkhil", F, "numwords", "How many people were killed in the car bomb attack on the ribbon-cutting ceremony in Inkhil?", True, ["Twelve|12"], ["1923848273"]),
    ("n-khantuman-medics", F, "numwords", "How many medics died when an air strike levelled the clinic in Khan Tuman, according to Daily Sabah?", True, ["Five|\\b5\\b"], ["1924058204"]),
    ("n-sdf-three", F, "numwords", "How many SDF soldiers were killed after the capture of five villages near Raqqa in December 2016?", True, ["Three|\\b3\\b"], ["1926479237"]),
    ("n-sabqa", F, "numwords", "How many civilians were killed in the town of Sabqa in the Eastern Ghouta raids?", True, ["Five|\\b5\\b"], ["1923102873"]),
    ("n-brothers", F, "numwords", "Of the five children killed by rebel rocket fire in Aleppo in July 2015, how many were brothers?", True, ["four|\\b4\\b"], ["1923848181"]),
    ("n-qassiab", F, "numwords", "How many fighters did the Kurds lose in the clashes in Qassiab?", True, ["three|\\b3\\b"], ["1965511118"]),
    ("n-waves", F, "numwords", "How many waves of militant attacks did the army repel in southwestern Aleppo over the previous ten days?", True, ["\\b7\\b|seven"], ["1962495723"]),
    ("n-corridors", F, "numwords", "Through how many corridors could civilians leave the eastern parts of Aleppo?", True, ["\\b8\\b|eight"], ["1962495714"]),
    ("n-jihadists", E, "numwords", "Are there really forty thousand armed jihadists in Idlib?", True, ["40,000"], ["004"]),
    ("n-idlib-civ", E, "numwords", "About how many civilians live in Idlib alongside the jihadist factions?", True, ["2 million"], ["004"]),
    ("n-homs-2019", F, "numwords", "How many people died in the two car bombs in Homs in March 2019?", False, [], []),
    # ---------------- dates, months, years ----------------
    ("d-euphrates", F, "date", "On what date did Turkey launch Operation Euphrates Shield?", True, ["Aug\\.? 24|August 24"], ["1924058189"]),
    ("d-manbij-offensive", F, "date", "When did the SDF launch its offensive to retake Manbij from IS?", True, ["May 31"], ["1965511169"]),
    ("d-ghouta-siege", F, "date", "Since what year has Eastern Ghouta been under government siege?", True, ["2012"], ["1923102873"]),
    ("d-golan", F, "date", "In what year did Israel seize part of the Golan Heights from Syria?", True, ["1967"], ["1962495650"]),
    ("d-ariha-july", F, "date", "Which mosque in Ariha was hit by an explosion in July 2015?", True, ["Salem"], ["1918398791"]),
    ("d-douma-april17", F, "date", "How many civilians did regime air strikes kill near Damascus on 3 April 2017?", True, ["22"], ["1923102873"]),
    ("d-xi-deal", E, "date", "When did Xi Jinping and Assad sign their strategic partnership deal?", True, ["September"], ["002"]),
    ("d-nov27", E, "date", "What happened in Syria on November 27, 2024?", True, ["surprise offensive"], ["003"]),
    ("d-dec1", E, "date", "Who did Masoud Pezeshkian speak with on December 1?", True, ["Sudani"], ["003"]),
    ("d-uyghur-2017", E, "date", "In 2017, how many Uyghur fighters did the Syrian government estimate were in Syria?", True, ["5,000"], ["004"]),
    ("d-aleppo-2019", F, "date", "How many civilians were killed in airstrikes on Aleppo in March 2019?", False, [], []),
    ("d-jaish-2019", F, "date", "How many people were killed in fighting between Jaish al-Islam and Faylaq al-Rahman in May 2019?", False, [], []),
    ("d-khansheikhoun-2021", F, "date", "What was the death toll of the chemical attack in Khan Sheikhoun in 2021?", False, [], []),
    ("d-china-2019", E, "date", "What did China's Foreign Ministry say about Syria in March 2019?", False, [], []),
    ("d-qi-2024", E, "date", "What did ambassador Qi Qianjin say about Idlib in January 2024?", False, [], []),
    # ---------------- which official / person ----------------
    ("pe-tabqah", F, "person", "Which SDF military commander said the Kurdish-led units had surrounded Al Tabqah?", True, ["Nasser Haj Mansour"], ["1965495388"]),
    ("pe-gilleran", F, "person", "Which coalition spokesman called the air strikes on Raqa significant?", True, ["Gilleran"], ["1914947537"]),
    ("pe-rudskoy", F, "person", "Which Russian general said over 18000 civilians had left terrorist-held parts of Aleppo?", True, ["Rudskoy"], ["1962495714"]),
    ("pe-halqi", F, "person", "Which prime minister condemned the twin terrorist blasts in Homs?", True, ["Halqi"], ["1965511136"]),
    ("pe-ammar", F, "person", "Which opposition minister was killed in the car bomb in Inkhil?", True, ["Yaacoub al-Ammar|Ammar"], ["1923848273"]),
    ("pe-hatab", F, "person", "Who leads the Syrian opposition's provisional government?", True, ["Jawad Abu Hatab"], ["1923848273"]),
    ("pe-topaca", F, "person", "Which Turkish governor spoke about the victims of the Atmeh blast treated in Turkey?", True, ["Topaca"], ["1919191752"]),
    ("pe-dbais", F, "person", "Which UOSSM official described the three storeys of the Khan Tuman clinic collapsing?", True, ["Dbais"], ["1924058204"]),
    ("pe-naimi", F, "person", "Which commander of the Syria Revolutionaries Front was killed in the Asheh car bomb?", True, ["Naimi"], ["1962495696"]),
    ("pe-ruhail", F, "person", "Who said Daesh sleeper cells were most likely behind the blast in Asheh?", True, ["Ruhail"], ["1962495696"]),
    ("pe-qi", E, "person", "Which Chinese ambassador said China's military may help the Syrian army in Idlib?", True, ["Qi Qianjin"], ["004"]),
    ("pe-araghchi", E, "person", "Which Iranian foreign minister was due to meet Turkish officials in Ankara?", True, ["Araghchi"], ["003"]),
    ("pe-safadi", E, "person", "Who is the Jordanian foreign minister Bassem Sabbagh spoke with?", True, ["Safadi"], ["003"]),
    ("pe-qatar-amb", F, "person", "Who is Qatar's ambassador to Syria?", False, [], []),
    ("pe-raqqa-2020", F, "person", "Which official announced the Raqqa ceasefire of June 2020?", False, [], []),
    ("pe-egypt-spokes", E, "person", "Which Egyptian foreign ministry spokesman commented on the Aleppo offensive?", False, [], []),
    # ---------------- list / comparison ----------------
    ("l-jaish-rivals", F, "list", "Which factions fought Jaish al-Islam near Damascus in April 2017?", True, ["Fateh al-Sham", "Faylaq al-Rahman"], ["1923848131"]),
    ("l-lcc-towns", F, "list", "Which towns did Russian jets strike in Idlib according to the Local Coordination Committees?", True, ["Jisr al-Shaghour", "Binnish"], ["1924058126"]),
    ("l-ariha-tolls", F, "list", "Did the Observatory and Anadolu Agency give the same death toll for the Ariha mosque explosion?", True, ["25", "15"], ["1918398791"]),
    ("l-manbij-split", F, "list", "How many people died in the northern district of Manbij, and how many in the nearby village, in the coalition raids of July 2016?", True, ["15", "six|\\b6\\b"], ["1965511172", "1923848168"]),
    ("l-khantuman-compare", F, "list", "Did Daily Sabah and the Syrian Coalition report the same number of medical staff killed in the strike in Khan Tuman?", True, ["Five|\\b5\\b", "15"], ["1924058204", "1926479056"]),
    ("l-supporters", E, "list", "Which countries expressed support for Damascus after the militants' offensive, according to RT?", True, ["Russia", "Iran", "Iraq", "Egypt"], ["002"]),
    ("l-allies", E, "list", "Which allies does Assad depend on for survival?", True, ["Russia", "Iran", "Hezbollah"], ["000", "001"]),
    ("l-moscow-tehran", E, "list", "How did Moscow and Tehran each respond to the militants' offensive?", True, ["violation|mobilized", "unite|Israel"], ["002"]),
    ("l-druze", F, "list", "How many Druze live in northern Israel compared with the Israeli-occupied Golan, according to officials?", True, ["110000", "20000"], ["1962495650"]),
    ("l-jaish-dead", F, "list", "How many dead did Jaish al-Islam and its adversaries each suffer in the April 2017 clashes near Damascus?", True, ["15", "23"], ["1923848131"]),
    ("l-aid-2021", F, "list", "Which countries sent aid convoys to Aleppo in 2021?", False, [], []),
    ("l-canada", E, "list", "Which Western countries sent troops to defend the Assad government in 2024?", False, [], []),
    # ---------------- non-English ----------------
    ("x-fr-chaiko", E, "nonenglish", "Qui a remplacé Sergei Kisel à la tête des forces russes en Syrie ?", True, ["Chaiko"], ["003"]),
    ("x-es-control", E, "nonenglish", "¿Qué porcentaje de Siria controla el régimen de Asad, según The New York Times?", True, ["60"], ["000", "001"]),
    ("x-de-lin", E, "nonenglish", "Wie heißt der Sprecher des chinesischen Außenministeriums, der über Syrien sprach?", True, ["Lin Jian"], ["000", "001", "002"]),
    ("x-fr-douma", F, "nonenglish", "Combien de civils ont été tués à Douma lors des raids du 3 avril 2017 ?", True, ["16"], ["1923102873"]),
    ("x-es-hatab", F, "nonenglish", "¿Quién dirige el gobierno provisional de la oposición siria, según el artículo sobre Inkhil?", True, ["Jawad Abu Hatab"], ["1923848273"]),
    ("x-fr-2021", E, "nonenglish", "Qui était l'ambassadeur de Chine en Syrie en 2021 ?", False, [], []),
    # ---------------- long questions ----------------
    ("g-chaiko", E, "long", "I have been reading about the situation in northern Syria in late 2024 and keep seeing conflicting claims about who is in charge of the Russian forces there, so could you tell me which officer the Russian Ministry of Defense put in command of the group of Russian forces in Syria after it dismissed Lieutenant-General Sergei Kisel over the weekend, and whether that officer had served there before?", True, ["Chaiko"], ["003"]),
    ("g-lin", E, "long", "My editor wants a precise attribution for the Chinese government's reaction to the rebel offensive in Syria at the start of December 2024: which spokesman of the Chinese Foreign Ministry made the statement, what exactly did he say China was willing to do, and which news agency was cited as the source for his remarks in the reports we have?", True, ["Lin Jian"], ["000", "001", "002"]),
    ("g-solvang", F, "long", "There was a Human Rights Watch investigation in October 2016 into the homemade land mines that Daesh left behind in the northern Syrian town it lost to the US-backed forces after a long siege, and I would like to know how many civilian deaths the researchers documented by name during their five-day investigation and how many of those victims were children.", True, ["69", "19"], ["1924058189"]),
    ("g-rityan", F, "long", "Looking back at the February 2015 government offensive that tried to encircle rebel-held eastern Aleppo and cut the supply lines to the Turkish border, what happened to the families of alleged rebels in the village that the regime forces entered on Tuesday and then pulled back from on Wednesday, and how many of the dead were children?", True, ["Ten|10"], ["1923848201"]),
    ("g-deirsharqi", F, "long", "For a report on attacks on medical facilities in Idlib province in the spring of 2017, I need the details of the dawn raids on the hospital on the outskirts of a village where an AFP correspondent saw wards buried in rubble: how many people were killed there, and who does the monitor believe carried out the four successive raids?", True, ["Russian"], ["1923848121"]),
    ("g-sarrin", F, "long", "In late July 2015 Islamic State fighters infiltrated a northern Syrian town that Kurdish forces had captured only days earlier after weeks of intense clashes, with a first attacker blowing himself up and the rest opening fire; how many people were killed in that attack in total, and how many of them were Kurdish fighters?", True, ["18", "10"], ["1923848180"]),
    ("g-homs", F, "long", "Regarding the twin bombings that hit the area near a school compound in a Homs neighbourhood as students were leaving class on a Wednesday in 2014, with a car bomb followed minutes later by a suicide bomber, what was the final death toll reported and how many people were wounded?", True, ["32", "115"], ["1965511136"]),
    ("g-qi", E, "long", "In an interview with a pro-government Syrian daily newspaper that was later translated by the Middle East Media Research Institute, a Chinese diplomat suggested that the Chinese military might join the Syrian army in an offensive on a jihadist-held province; who was that diplomat and which newspaper did he speak to?", True, ["Qi Qianjin", "Watan"], ["004"]),
    ("g-repeat", E, "long", " ".join(["Which Chinese Foreign Ministry spokesman said China is willing to make efforts to prevent further deterioration of the situation in Syria?"] * 70), True, ["Lin Jian"], ["000", "001", "002"]),
    ("g-tukhar", F, "long", "Thinking about the US-led coalition strikes of July 2016 near a village in Aleppo province about fourteen kilometres north of Manbij, where civilians fleeing the fighting were apparently mistaken for Islamic State fighters, how many civilians does the monitor say were killed and how many of them were children?", True, ["56", "11"], ["1923848168"]),
    ("g-2020", F, "long", "I am researching the humanitarian situation and want to know, for the period of the Idlib ceasefire agreed between Russia and Turkey in March 2020, how many civilians the Syrian Observatory for Human Rights said were killed in the first month after the ceasefire took effect in the province, and which towns were hit hardest during that month.", False, [], []),
]

# Added in session 3 (issue 9 follow-up): more variety for tuning, written from articles of the tune half
# (FA-KES articles whose id hashes to 'tune', examples article 003) and unanswerable questions checked
# against the whole CSV by grep. All land in the tune half.
ADDED = [
    # why / how
    ("s3-why-ghouta-rockets", F, "why", "Why did rebels fire rockets on Damascus on the Friday that regime shelling killed ten civilians in Eastern Ghouta?", True, ["retaliation"], ["1924058212"]),
    ("s3-why-qasr-breij", F, "why", "Why was the regime bombing IS-held villages in Aleppo province in July 2015, according to the Observatory's director?", True, ["distance the jihadist threat|jihadist threat"], ["1923848183"]),
    ("s3-why-jarez", F, "why", "How was the woman killed in Jarez village in the countryside of Azaz?", True, ["landmine"], ["1926478955"]),
    ("s3-why-hass-coalition", F, "why", "According to the Syrian Coalition, what is the deliberate targeting of civilians with high-explosive weapons aimed at?", True, ["killing as many people as possible|mayhem|leave their homes"], ["1926479043"]),
    ("s3-why-karima", F, "why", "Why is the town of al-Karima in Hama province of strategic importance?", True, ["links the three provinces|three provinces"], ["1962495651"]),
    ("s3-why-khorasan", F, "why", "Why did the United States strike the Khorasan Group in Syria?", True, ["imminent attack|disrupt"], ["1923848227", "1965495331"]),
    ("s3-why-water", F, "why", "Why had Al-Nusra cut off the water supply to Aleppo in the summer of 2015?", True, ["pressure the government|electricity"], ["1923848184", "1918398785"]),
    ("s3-why-redeploy", E, "why", "Why was President Bashar al Assad's army forced to redeploy from Aleppo?", True, ["lightning offensive|offensive"], ["003"]),
    ("s3-why-white-helmets", F, "why", "Why did the White Helmets close their office in Douma?", False, [], []),
    ("s3-why-abdelrahman", F, "why", "Why did Rami Abdel Rahman leave Syria for Britain?", False, [], []),
    # long
    ("s3-long-ahrar", F, "long", "On the Tuesday before the November 2017 shelling of Eastern Ghouta, which group that has positions in Harasta launched an attack on a regime military base in an area that was supposed to be a de-escalation zone?", True, ["Ahrar al-Sham"], ["1924058212"]),
    ("s3-long-boulil", F, "long", "How far from the provincial capital of Deir Ezzor is the Islamic State-controlled region of Al-Boulil, where Syrian or Russian air raids killed at least eleven civilians, among them four women and four children, in July 2016?", True, ["30 kilometres|18 miles"], ["1923848171"]),
    ("s3-long-orphanage", F, "long", "When a suicide bomber from the Nusra Front blew himself up inside a vehicle at an army outpost in Aleppo in July 2015, killing at least 25 soldiers and loyalist fighters, what kind of building was being used as the military base in front of which he detonated?", True, ["orphanage"], ["1965495337"]),
    ("s3-long-ariha-today", F, "long", "After the Russian airstrike on the Idlib rebel stronghold of Urum al-Joz in April 2017, which activist group listed the names of all eighteen people who were killed and warned that the death toll was likely to rise?", True, ["Ariha Today"], ["1923102878"]),
    ("s3-long-tabbaleh", F, "long", "Besides the central district of Old Damascus, which eastern district of the capital did the Observatory say was hit by the rebel shelling that killed four civilians on a Sunday in October 2017?", True, ["Tabbaleh"], ["1923102970", "1923848256"]),
    ("s3-long-budget-sohr", F, "long", "Given how often it is quoted in reports on air strikes and shelling across the country, what is the annual budget of the Syrian Observatory for Human Rights, and who pays for it?", False, [], []),
    # yes/no
    ("s3-yn-barrel", F, "yesno", "Does President Assad admit that government forces use barrel bombs?", True, ["denied"], ["1923848183"]),
    ("s3-yn-hass-children", F, "yesno", "Were schoolchildren among the people killed in the airstrikes on the town of Hass in October 2016?", True, ["schoolchildren"], ["1926479043", "1923102890", "1923102891", "1923848282", "1924058095"]),
    ("s3-yn-khorasan-arab", F, "yesno", "Were the US strikes on the Khorasan Group carried out together with Arab partners?", True, ["only by US assets|US assets"], ["1923848227"]),
    ("s3-yn-airdrops", F, "yesno", "Was the city of Deir ez-Zor receiving UN aid through airdrops in May 2017?", True, ["airdrops"], ["1965495359"]),
    ("s3-yn-army-denied", E, "yesno", "Did the Syrian army admit bombing civilians when it struck rebel hideouts with its Russian ally?", True, ["denied"], ["003"]),
    ("s3-yn-nusra-apology", F, "yesno", "Did the Nusra Front apologise for the bus bombing in Damascus?", False, [], []),
    ("s3-yn-redcross-hass", F, "yesno", "Did the Red Cross evacuate the wounded from Hass by helicopter?", False, [], []),
    # list
    ("s3-list-damascus-hoods", F, "list", "Which Damascus neighbourhoods besides al-Salyhiah were hit by shells on 18 November 2016, according to SANA?", True, ["Mazzeh", "Ruken Eddin"], ["1926479049"]),
    ("s3-list-sc-members", F, "list", "Which Security Council members called for the closed-door meeting on the chemical weapons reports in August 2013?", True, ["France", "Britain", "Luxembourg", "South Korea"], ["1926479215"]),
    ("s3-list-isis-video", F, "list", "Who were the two Syrian activists shown being killed in the ISIS video from Raqqa?", True, ["Habibi", "Abdul-Azim"], ["1962495652"]),
    ("s3-list-jobar-groups", F, "list", "Which groups did the 35 militants killed in the ambush near Jobar belong to?", True, ["Jaish al-Islam", "Filaq al-Rahman"], ["1962495651"]),
    ("s3-list-field-hospitals", F, "list", "Which countries built field hospitals in Eastern Ghouta?", False, [], []),
    ("s3-list-airlines", F, "list", "Which airlines resumed flights to Damascus?", False, [], []),
    # person
    ("s3-per-karate", F, "person", "Which national karate coach died of shrapnel wounds after leaving his Damascus sports club?", True, ["Fadel Fadi"], ["1924058212"]),
    ("s3-per-perceval", F, "person", "Which envoy said there must be clarity on what happened after the Security Council met on the chemical weapons reports?", True, ["Perceval"], ["1926479215"]),
    ("s3-per-earnest", F, "person", "Which White House spokesman expressed deep concern over the reports of a chemical attack?", True, ["Earnest"], ["1926479215"]),
    ("s3-per-abu-leys", F, "person", "Which civil defense source told Anadolu Agency about the air raid on Tareeq al-Bab?", True, ["Abu Leys"], ["1924058176", "1918398796"]),
    ("s3-per-xelil", F, "person", "Which YPG militia spokesman said the flag was flying over Tel Hamis?", True, ["Xelil"], ["1962495645"]),
    ("s3-per-football-coach", F, "person", "Who was the coach of Syria's national football team?", False, [], []),
    ("s3-per-barrel-designer", F, "person", "Who designed the barrel bombs dropped on Qasr el-Breij?", False, [], []),
    # numbers (digits or words)
    ("s3-num-ghouta-children", F, "numwords", "How many children were among the civilians killed by regime shelling on Eastern Ghouta on that Friday in November 2017?", True, ["six|\\b6\\b"], ["1924058212"]),
    ("s3-num-sanabel", F, "numwords", "How many people were killed by the suicide bomber at the al-Sanabel wedding hall near Hasaka?", True, ["\\b30\\b|thirty"], ["1926478955", "1926479297", "1962495711"]),
    ("s3-num-activists-pay", F, "numwords", "How much money a month did the two activists in the ISIS video say they had received?", True, ["400"], ["1962495652"]),
    ("s3-num-boulil-women", F, "numwords", "How many women were among the civilians killed in the air raids on the Al-Boulil region?", True, ["four|\\b4\\b"], ["1923848171"]),
    ("s3-num-tel-hamis-villages", F, "numwords", "How many villages had the Kurds taken in the area around Tel Hamis?", True, ["103"], ["1962495645"]),
    ("s3-num-conscript-salary", F, "numwords", "What is the monthly salary of a Syrian army conscript?", False, [], []),
    # paraphrase
    ("s3-par-qasr", F, "paraphrase", "On which village did the air force drop barrel bombs that killed a pregnant woman and four children?", True, ["Qasr el-Breij"], ["1923848183"]),
    ("s3-par-maghayir", F, "paraphrase", "In which district of Aleppo's old quarter did a missile fired by government forces kill eighteen civilians?", True, ["Maghayir"], ["1923848184", "1918398785"]),
    ("s3-par-qussour", F, "paraphrase", "Which Deir ez-Zor neighbourhood did Daesh hit with rocket shells, according to SANA?", True, ["Qussour"], ["1965495359"]),
    ("s3-par-safira", E, "paraphrase", "Near which village southeast of Aleppo did Monday's strikes kill eleven civilians?", True, ["Es-Safira|Safira"], ["003"]),
    ("s3-par-sanabel-reopen", F, "paraphrase", "When did the al-Sanabel wedding hall reopen after the suicide bombing?", False, [], []),
    # outlet
    ("s3-out-sana-babsharqi", F, "outlet", "According to SANA, how many people did artillery fire kill in the Bab Sharqi area of Old Damascus?", True, ["two|\\b2\\b"], ["1923102970", "1923848256"]),
    ("s3-out-reuters-xelil", F, "outlet", "According to Reuters, what did the militia spokesman say the Kurds were doing in Tel Hamis?", True, ["combing the city|terrorists and mines"], ["1962495645"]),
]


# One split, fixed by article (groups of near-duplicates together), decided before any tuning.
def SPLIT_OF(corpus: str, docs: list[str], qid: str) -> str:
    if corpus == "examples":
        key = {"000": "a", "001": "a", "002": "b", "003": "c", "004": "d"}[docs[0]] if docs else qid
        return {"a": "tune", "b": "test", "c": "tune", "d": "test"}.get(key, _half(qid))
    return _half(docs[0] if docs else qid)


def _half(key: str) -> str:
    return "tune" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main() -> None:
    out = []
    seen = set()
    for qid, corpus, form, question, answerable, facts, docs in ROWS:
        assert qid not in seen, qid
        seen.add(qid)
        out.append({"id": qid, "question": question, "answerable": answerable, "facts": facts, "docs": docs, "form": form, "corpus": corpus, "split": SPLIT_OF(corpus, docs, qid)})
    for qid, corpus, form, question, answerable, facts, docs in ADDED:
        assert qid not in seen, qid
        seen.add(qid)
        out.append({"id": qid, "question": question, "answerable": answerable, "facts": facts, "docs": docs, "form": form, "corpus": corpus, "split": "tune", "added": "session3"})
    for corpus in ("fakes", "examples"):
        for split in ("tune", "test"):
            rows = [r for r in out if r["corpus"] == corpus and r["split"] == split]
            (HERE / f"forms-{corpus}-{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "forms.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")


if __name__ == "__main__":
    main()
