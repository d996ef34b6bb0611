"""Regenerate questions-examples.jsonl and questions-fakes.jsonl from hand-written tuples.

Every item was written by hand from the article text (examples/articles/ and FA-KES rows read by
unit_id), never from system output. Tuple: (id, question, answerable, facts, docs, form, about).
`docs` lists every article that answers it; FA-KES near-duplicate copies (fakes-duplicates.json)
are added automatically so citing any copy counts. Split is by article (`about`), fixed once.
"""
import json
from pathlib import Path

from splits import split_of

HERE = Path(__file__).parent
DUPS = json.loads((HERE / "fakes-duplicates.json").read_text())
# copies the store's map does not list (same agency text, 5-word shingle overlap > 0.5): none among these articles
EXTRA_COPIES = {}


EXAMPLES = [
    # 000 / 001 (near-duplicate pair)
    ("ex2-nyt-share", "What share of Syria does the regime control, according to The New York Times?", True, ["60"], ["000", "001"], "according-to", "000"),
    ("ex2-ceasefire-pair", "Which two countries reached the ceasefire deal that froze the conflict in 2020?", True, ["Turkey", "Russia"], ["000"], "list", "000"),
    ("ex2-why-now", "why did the opposition see an opportunity to move against the regime now", True, ["Ukraine", "Israel"], ["000", "001"], "lowercase", "001"),
    ("ex2-spokesman", "Tell me who spoke for the Chinese Foreign Ministry.", True, ["Lin Jian"], ["000", "001", "002"], "imperative", "002"),
    ("ex2-intervention-year", "In which year did Russia intervene militarily in Syria?", True, ["2015"], ["000", "001"], "date", "001"),
    ("ex2-only-country", "Is it true that China is the only country outside West Asia and Russia that Assad has visited since 2011?", True, ["only country"], ["000"], "is-it-true", "000"),
    ("ex2-years-since", "How many years had passed since the opposition's previous offensive?", True, ["four"], ["000", "001"], "number-in-words", "000"),
    ("ex2-pariah", "What made Assad a pariah in much of the world?", True, ["chemical weapons"], ["000", "001"], "why-how", "001"),
    ("ex2-shia-militias", "Apart from Hezbollah, which Iran-backed groups does Assad depend on?", True, ["Iraq-based Shia militias"], ["000"], "which-organisation", "000"),
    ("ex2-lost-half", "At one point how much of Syria had Assad's regime lost?", True, ["more than half"], ["000"], "paraphrase", "000"),
    ("ex2-u-troops", "How many Chinese troops were sent to Aleppo in December 2024?", False, [], [], "unans-statistic", "000"),
    ("ex2-u-nyt", "What did The New York Times report about the civilian deaths near Es-Safira?", False, [], [], "unans-outlet", "003"),
    # 002
    ("ex2-hts-start", "On which day did HTS launch its attack on government-controlled territory?", True, ["Wednesday"], ["002"], "date", "002"),
    ("ex2-hts-former", "What was Hayat Tahrir al-Sham formerly called?", True, ["Nusra"], ["002", "004"], "paraphrase", "002"),
    ("ex2-provinces", "In which provinces did the militants take over towns and villages?", True, ["Aleppo", "Idlib", "Hama"], ["002"], "list", "002"),
    ("ex2-xi-deal", "When did Xi Jinping and Assad sign their strategic partnership?", True, ["September"], ["002"], "date", "002"),
    ("ex2-embassy", "What did the Chinese embassy advise Chinese citizens in Syria?", True, ["security precautions"], ["002"], "why-how", "002"),
    ("ex2-tehran-blame", "Who does Tehran blame for the escalation, according to RT?", True, ["Israel", "US"], ["002"], "according-to", "002"),
    ("ex2-other-backers", "Give the other nations that expressed support for Damascus over the past few days.", True, ["Russia", "Iran", "Iraq", "Egypt"], ["002"], "imperative", "002"),
    ("ex2-moscow-slam", "How did Moscow describe the militants' offensive?", True, ["direct violation"], ["002"], "short", "002"),
    ("ex2-nonnative", "china say it feel how about the situation in northwest syria?", True, ["deeply concerned"], ["002"], "non-native", "002"),
    ("ex2-counteroffensive", "When did government forces backed by Russian jets launch their counteroffensive, and what did they do over the weekend?", True, ["Thursday", "liberated several settlements"], ["002"], "long", "002"),
    ("ex2-u-dongjun", "What did Chinese Defence Minister Dong Jun say about the fighting in Aleppo?", False, [], [], "unans-person", "002"),
    ("ex2-u-lin-turkey", "What did Lin Jian say about Turkey's support for the rebels?", False, [], [], "unans-wrong-detail", "002"),
    # 003
    ("ex2-safira-toll", "How many civilians are believed to have died in the strikes near Es-Safira?", True, ["11"], ["003"], "number", "003"),
    ("ex2-safira-where", "Where is the village of Es-Safira?", True, ["southeast of Aleppo"], ["003"], "which-place", "003"),
    ("ex2-kisel-replaced", "Who replaced Lieutenant-General Sergei Kisel?", True, ["Alexander Chaiko"], ["003"], "which-person", "003"),
    ("ex2-araghchi", "In December 2024, which Iranian minister was to meet Turkish officials in Ankara after seeing Assad?", True, ["Abbas Araghchi"], ["003"], "in-month-year", "003"),
    ("ex2-isw", "Which institute reported that Assad visited Moscow on November 30?", True, ["Institute for the Study of War"], ["003"], "which-organisation", "003"),
    ("ex2-sudani", "Tell me which Iraqi leader Assad spoke with on November 30.", True, ["Sudani"], ["003"], "imperative", "003"),
    ("ex2-peskov", "Did the Kremlin confirm that Assad had visited Moscow?", True, ["refused to confirm"], ["003"], "yes-no", "003"),
    ("ex2-secular-false", "Is it true that the rebel coalition that entered Aleppo is dominated by secular groups?", True, ["Hayat Tahrir al Cham"], ["003"], "is-it-true-false", "003"),
    ("ex2-gur", "Who confirmed the change of Russian commander on December 1?", True, ["Ukrainian Military Intelligence"], ["003"], "which-organisation", "003"),
    ("ex2-safadi", "the syrian foriegn minister talked on phone with which jordanian counterpart?", True, ["Ayman Safadi"], ["003"], "typo", "003"),
    ("ex2-offensive-date", "The surprise offensive, when did they launch it?", True, ["November 27"], ["003"], "pronoun-elliptical", "003"),
    ("ex2-u-pezeshkian-erdogan", "What did Iranian President Pezeshkian tell Turkish President Erdogan on the phone?", False, [], [], "unans-wrong-detail", "003"),
    ("ex2-u-militiamen", "How many Iranian-backed Iraqi militiamen are active in northwest Syria?", False, [], [], "unans-statistic", "003"),
    # 004
    ("ex2-ambassador", "Who is the Chinese Ambassador to Syria?", True, ["Qi Qianjin"], ["004"], "which-person", "004"),
    ("ex2-alwatan", "Which newspaper interviewed the Chinese ambassador?", True, ["Al-Watan"], ["004"], "which-organisation", "004"),
    ("ex2-jihadists-idlib", "How many armed jihadists are estimated to be in Idlib?", True, ["40,000"], ["004"], "number", "004"),
    ("ex2-uyghur-2017", "how many uighur fightrs did the syrian goverment estimate in 2017", True, ["5,000"], ["004"], "typo", "004"),
    ("ex2-china-why", "Why is China interested in allying with Syrian government forces?", True, ["Uyghur"], ["004"], "why-how", "004"),
    ("ex2-idlib-when", "When could the battle for Idlib begin, according to pro-Damascus sources?", True, ["September"], ["004"], "according-to", "004"),
    ("ex2-xinjiang", "From which Chinese province did the Uyghur militants come?", True, ["Xinjiang"], ["004"], "which-place", "004"),
    ("ex2-memri", "Who translated the ambassador's interview?", True, ["Middle East Media Research Institute"], ["004"], "which-organisation", "004"),
    ("ex2-compare-nusra", "How do RT and the MINA op-ed each name the group that became Hayat Tahrir al-Sham?", True, ["Jabhat al-Nusra", "Nusra Front"], ["002", "004"], "comparison", "004"),
    ("ex2-compare-start", "Which date does DayFR give for the start of the surprise offensive, and which weekday does RT give?", True, ["November 27", "Wednesday"], ["002", "003"], "comparison", "003"),
    ("ex2-u-chinese-soldiers", "How many Chinese soldiers joined the Idlib offensive in September 2018?", False, [], [], "unans-statistic", "004"),
    ("ex2-u-aleppo-pop", "How many people live in Aleppo city according to the articles?", False, [], [], "unans-statistic", "001"),
    ("ex2-u-fighters", "How many opposition fighters took part in the offensive on Aleppo?", False, [], [], "unans-statistic", "001"),
    ("ex2-u-2021", "What did China's Foreign Ministry say about Syria in March 2021?", False, [], [], "unans-date", "002"),
    ("ex2-u-qassem", "What did Hezbollah leader Naim Qassem say about the fall of Aleppo?", False, [], [], "unans-person", "000"),
    ("ex2-u-alwatan", "What did Al-Watan report about the opposition's capture of Aleppo?", False, [], [], "unans-outlet", "004"),
]

FAKES = [
    # 1923848295 ahram: ISIL executes FSA officers
    ("fk2-fsa-officers", "How many Free Syrian Army officers did ISIL execute in Deir Ezzor in June 2014?", True, ["three"], ["1923848295"], "number-in-words", "1923848295"),
    ("fk2-hafez", "Which areas of Deir Ezzor did ISIL seize in June 2014?", True, ["Hafez", "Muhassen"], ["1923848295"], "list", "1923848295"),
    ("fk2-rebel-isil-toll", "How many people has the fighting between rebels and ISIL reportedly killed since the start of 2014?", True, ["6000"], ["1923848295"], "number", "1923848295"),
    ("fk2-u-okaidi", "What did FSA commander Abdul-Jabbar al-Okaidi say about the executions of the three officers?", False, [], [], "unans-person", "1923848295"),
    # 1923848145 ahram / 1919191761 trt: Eastern Ghouta, April 2017
    ("fk2-ghouta-children", "How many of the dead in Eastern Ghouta on 4 April 2017 were children, according to Ahram Online?", True, ["Six"], ["1923848145"], "according-to", "1923848145"),
    ("fk2-hammuriyah", "Most of the victims of the Eastern Ghouta air strikes died between which two towns?", True, ["Hammuriyah", "Saqba"], ["1923848145"], "which-place", "1923848145"),
    ("fk2-ghouta-wounded", "How many people had been wounded in two days of attacks on Eastern Ghouta, according to Rami Abdel Rahman?", True, ["165"], ["1923848145"], "how-many-according-to", "1923848145"),
    ("fk2-douma-toll", "How many civilians did the raids on Douma kill on Monday 3 April 2017?", True, ["16"], ["1919191761"], "number", "1919191761"),
    ("fk2-qabun", "Which Damascus neighbourhoods do rebels control almost entirely?", True, ["Qabun", "Tishreen"], ["1919191761"], "list", "1919191761"),
    ("fk2-ghouta-mon-tue", "How many civilians did air strikes kill in Eastern Ghouta on Monday 3 April 2017 according to TRT, and on Tuesday according to Ahram?", True, ["22", "19"], ["1919191761", "1923848145"], "comparison", "1919191761"),
    ("fk2-u-ghouta-2019", "How many civilians were killed in Eastern Ghouta air strikes in April 2019?", False, [], [], "unans-date", "1923848145"),
    # 1923848287 ahram: Turkish military, Dabiq
    ("fk2-turk-31", "Give the number of IS militants the Turkish military said were killed in northern Syria over 24 hours.", True, ["31"], ["1923848287"], "imperative", "1923848287"),
    ("fk2-akhtarin", "Which villages did IS fighters try to enter three kilometres east of Dabiq?", True, ["Akhtarin", "Turkmen Bareh"], ["1923848287"], "list", "1923848287"),
    ("fk2-rebels-wounded", "How many Syrian rebels were wounded in the latest fighting against IS, according to the Turkish army?", True, ["19"], ["1923848287"], "how-many-according-to", "1923848287"),
    ("fk2-u-tanks", "How many Turkish tanks took part in the push towards Dabiq?", False, [], [], "unans-statistic", "1923848287"),
    # 1962495649 alalam: Nusra commander, Lattakia
    ("fk2-madani", "Which Al-Nusra Front commander was killed in Lattakia in July 2015?", True, ["Abu Abdul Rahman al-Madani"], ["1962495649"], "which-person", "1962495649"),
    ("fk2-shalaf", "How far is Shalaf village from the city of Lattakia?", True, ["50 kilometers"], ["1962495649"], "number", "1962495649"),
    ("fk2-sea-route", "According to Al-Alam, what has been the most important goal of the terrorists attacking Northern Lattakia?", True, ["sea route"], ["1962495649"], "according-to", "1962495649"),
    # 1962495730 alalam: Turkish soldiers killed near al-Rai
    ("fk2-turk-soldiers", "How many Turkish soldiers did the Daesh rocket attack near al-Rai kill?", True, ["four"], ["1962495730"], "number-in-words", "1962495730"),
    ("fk2-breach", "How did Damascus describe the Turkish intervention?", True, ["breach of its sovereignty"], ["1962495730"], "short", "1962495730"),
    ("fk2-safe-zone", "How long is the area from Jarablus to Azaz where Ankara wanted a safe zone?", True, ["98"], ["1962495730"], "number", "1962495730"),
    ("fk2-u-jarablus-carbomb", "How many Turkish soldiers were killed by a Daesh car bomb in Jarablus on 6 September 2016?", False, [], [], "unans-wrong-detail", "1962495730"),
    # 1962495693 alalam / 1965511203 manar: shells on New Aleppo
    ("fk2-manyan", "Where did the shells land in New Aleppo on 4 April 2016?", True, ["Manyan market"], ["1962495693", "1965511203"], "which-place", "1962495693"),
    ("fk2-parked-cars", "how many parked cars were damaged in that new aleppo shelling", True, ["two"], ["1962495693", "1965511203"], "lowercase", "1965511203"),
    # 1923102909 alaraby: Thalthana
    ("fk2-thalthana", "Which village was hit by the air raid that killed at least 19 civilians near Al-Bab?", True, ["Thalthana"], ["1923102909"], "which-place", "1923102909"),
    ("fk2-thalthana-dabiq", "How far is Thalthana from Dabiq?", True, ["12km"], ["1923102909"], "number", "1923102909"),
    ("fk2-dabiq-why", "Why does Dabiq hold symbolic importance for IS?", True, ["prophecy"], ["1923102909"], "why-how", "1923102909"),
    ("fk2-u-thalthana-manar", "What did Al-Manar report about the air raid on Thalthana?", False, [], [], "unans-outlet", "1923102909"),
    # 1923102890 alaraby / 1926479043 etilaf: Hass school
    ("fk2-hass-children", "How many children died in the Hass school attack, according to Al-Araby?", True, ["22"], ["1923102890"], "how-many-according-to", "1923102890"),
    ("fk2-hass-compare", "What death tolls do Al-Araby and the Syrian Coalition give for the airstrikes on Hass in October 2016?", True, ["35", "26"], ["1923102890", "1926479043"], "comparison", "1926479043"),
    ("fk2-lake", "Who called the Hass airstrikes an outrage?", True, ["Anthony Lake"], ["1923102890"], "which-person", "1923102890"),
    ("fk2-hass-bombs", "What kind of bombs were used on Hass, according to the Syrian Coalition?", True, ["parachute-retarded"], ["1926479043"], "according-to", "1926479043"),
    ("fk2-double-tap", "What did the White Helmets say the attack on the school constituted?", True, ["double tap"], ["1923102890"], "paraphrase", "1923102890"),
    ("fk2-u-unicef-staff", "How many UNICEF staff visited the Hass school after the attack?", False, [], [], "unans-statistic", "1923102890"),
    # 1923102974 alaraby / 1924058065 jordantimes: Eastern Ghouta, November 2017
    ("fk2-ahrar", "Which rebel group attacked a military base in Eastern Ghouta, prompting the escalation of November 2017?", True, ["Ahrar al-Sham"], ["1923102974"], "which-organisation", "1923102974"),
    ("fk2-zaatari", "Who is the UN coordinator who called on all warring sides to avoid targeting civilians?", True, ["Ali al-Zaatari"], ["1923102974"], "which-person", "1923102974"),
    ("fk2-rebel-rockets", "how many people have rebel rockets killed in damascus since thursday", True, ["16"], ["1923102974"], "lowercase", "1923102974"),
    ("fk2-geneva-date", "When were UN-backed peace negotiations due to begin in Geneva?", True, ["November 28"], ["1924058065"], "date", "1924058065"),
    ("fk2-aridi", "Tell me who spoke for the Syrian opposition Geneva delegation.", True, ["Yahya Aridi"], ["1924058065"], "imperative", "1924058065"),
    ("fk2-mesraba", "Which towns did warplanes heavily bombard, according to a Reuters witness?", True, ["Mesraba", "Harasta"], ["1924058065"], "according-to", "1924058065"),
    ("fk2-siege-compare", "Since when have Assad's forces besieged Eastern Ghouta, according to the Jordan Times and according to Al-Araby?", True, ["2012", "2013"], ["1924058065", "1923102974"], "comparison", "1924058065"),
    ("fk2-ghouta-children-127", "Of the 127 people killed since the offensive began, how many were children?", True, ["30"], ["1924058065"], "pronoun-elliptical", "1924058065"),
    ("fk2-u-rockets-count", "How many rockets did rebels fire into Damascus in November 2017?", False, [], [], "unans-statistic", "1923102974"),
    ("fk2-u-ghouta-nov2019", "How many civilians did the bombardment of Eastern Ghouta kill in November 2019?", False, [], [], "unans-date", "1924058065"),
    # 1926478973 arabiya: Russian strikes, Mayadeen
    ("fk2-mercenaries", "How many foreign mercenaries were killed in the Russian air strikes, according to Al Arabiya?", True, ["60"], ["1926478973"], "how-many-according-to", "1926478973"),
    ("fk2-caucasus", "How many natives of the Northern Caucasus were among the fighters killed near Mayadeen?", True, ["nine"], ["1926478973", "1965495344"], "number-in-words", "1926478973"),
    ("fk2-abu-kamal", "Near which town were some 40 ISIS fighters killed?", True, ["Abu Kamal"], ["1926478973"], "which-place", "1926478973"),
    ("fk2-u-russian-jets", "How many Russian aircraft took part in the strikes near Mayadeen in October 2017?", False, [], [], "unans-statistic", "1926478973"),
    # 1926479033 arabiya / 1914947530 nna: Khan Sheikhoun
    ("fk2-sarin-tests", "What did Turkey's tests on the victims point to?", True, ["sarin"], ["1926479033"], "short", "1926479033"),
    ("fk2-turkish-hospitals", "How many people hurt in the Khan Sheikhoun attack were being treated in Turkish hospitals?", True, ["31"], ["1926479033"], "number", "1926479033"),
    ("fk2-muallem-denial", "Who repeated the Syrian government's denial of the Khan Sheikhoun chemical attack on Thursday?", True, ["Walid Muallem"], ["1926479033"], "which-person", "1926479033"),
    ("fk2-who-vs-arabiya", "What death toll did the WHO give for the suspected chemical attack in Idlib, and what toll does Al Arabiya report?", True, ["70", "86"], ["1914947530", "1926479033"], "comparison", "1914947530"),
    ("fk2-russia-depot", "How did Russia explain the poison gas in the Idlib attack?", True, ["rebel chemical weapons depot"], ["1914947530"], "why-how", "1914947530"),
    ("fk2-atropine", "Which antidote did the WHO send to Idlib?", True, ["Atropine"], ["1914947530"], "short", "1914947530"),
    ("fk2-salama", "Who is the executive director of the WHO Health Emergencies Programme?", True, ["Peter Salama"], ["1914947530"], "which-person", "1914947530"),
    ("fk2-u-jordan-hosp", "How many victims of the Khan Sheikhoun attack died in Jordanian hospitals?", False, [], [], "unans-wrong-detail", "1926479033"),
    ("fk2-u-atropine-doses", "How many doses of Atropine did the WHO send to Idlib?", False, [], [], "unans-statistic", "1914947530"),
    # 1926479215 arabiya / 1924058225 tass / 1926479260 reuters: August 2013 chemical attack
    ("fk2-perceval", "Which Argentine envoy spoke after the Security Council met behind closed doors?", True, ["Maria Cristina Perceval"], ["1926479215"], "which-person", "1926479215"),
    ("fk2-council-callers", "Which Security Council members called for the meeting on the chemical weapons reports?", True, ["France", "Britain", "Luxembourg", "South Korea"], ["1926479215"], "list", "1926479215"),
    ("fk2-earnest", "Who was the White House spokesman who expressed deep concern over the August 2013 chemical weapons reports?", True, ["Josh Earnest"], ["1926479215"], "which-person", "1926479215"),
    ("fk2-russia-blame-false", "Is it true that Russia blamed the Assad government for the chemical attack in August 2013?", True, ["rebel provocation"], ["1926479215"], "is-it-true-false", "1926479215"),
    ("fk2-sino-vs-un", "How many victims of the August 2013 chemical attack did the Kurdish National Council count, compared with the figure the Security Council sought clarity on?", True, ["1500", "1300"], ["1924058225", "1926479215"], "comparison", "1924058225"),
    ("fk2-sino", "Who is Mustafa Sino?", True, ["Kurdish National Council"], ["1924058225"], "which-organisation", "1924058225"),
    ("fk2-us-1400", "How many people did the United States say the August 21 gas attack killed?", True, ["1400"], ["1926479260"], "how-many-according-to", "1926479260"),
    ("fk2-putin-track", "What did Putin say about the plan to eliminate Syria's chemical weapons?", True, ["right track"], ["1926479260"], "paraphrase", "1926479260"),
    ("fk2-putin-forum", "In October 2013, at which forum did Putin speak about Syria's chemical weapons?", True, ["VTB Capital"], ["1926479260"], "in-month-year", "1926479260"),
    # 1924058170 dailysabah: Sayyida Zeinab
    ("fk2-sana-zeinab-toll", "What toll did SANA give for the Sayyida Zeinab bombings in June 2016?", True, ["12", "55"], ["1924058170"], "according-to", "1924058170"),
    ("fk2-zeinab-distance", "How far is the Sayyida Zeinab shrine from the centre of Damascus?", True, ["10 kilometres"], ["1924058170"], "number", "1924058170"),
    ("fk2-zeinab-feb", "How many people did the February string of bombings near the shrine kill?", True, ["134"], ["1924058170"], "number", "1924058170"),
    ("fk2-zeinab-april", "When was the previous attack on Sayyida Zeinab before June 2016?", True, ["April 25"], ["1924058170"], "date", "1924058170"),
    ("fk2-zeinab-bombers", "How many suicide bombers carried out the attack according to Daesh's Amaq agency?", True, ["three"], ["1924058170"], "number-in-words", "1924058170"),
    ("fk2-u-zeinab-tass", "What did TASS report about the Sayyida Zeinab shrine bombing in June 2016?", False, [], [], "unans-outlet", "1924058170"),
    # 1924058201 dailysabah: Aleppo, September 2016
    ("fk2-ansari", "Which civil defense official reported 92 civilians killed in Aleppo?", True, ["Najib Ansari"], ["1924058201"], "which-person", "1924058201"),
    ("fk2-aleppo-friday", "And on the Friday before, how many people did regime and Russian warplanes kill in Aleppo?", True, ["86"], ["1924058201"], "pronoun-elliptical", "1924058201"),
    ("fk2-scpr", "What death toll does the Syrian Center for Policy Research give for the conflict?", True, ["470000"], ["1924058201"], "according-to", "1924058201"),
    ("fk2-injured-since", "How many people had been injured in Aleppo since 19 September 2016, according to civil defense officials?", True, ["1407"], ["1924058201"], "how-many-according-to", "1924058201"),
    ("fk2-u-bunker", "How many bunker buster bombs were dropped on Aleppo on 24 September 2016?", False, [], [], "unans-statistic", "1924058201"),
    # 1924058143 dailysabah: Hassia bus bomb
    ("fk2-hassia", "Where did the bomb on the workers' bus go off?", True, ["Hassia"], ["1924058143"], "which-place", "1924058143"),
    ("fk2-hassia-wounded", "how many were wounded on the bus south of homs", True, ["25"], ["1924058143"], "lowercase", "1924058143"),
    ("fk2-u-bus-driver", "What did the bus driver Ahmad Khalil tell reporters about the Hassia bombing?", False, [], [], "unans-person", "1924058143"),
    # 1926478915 etilaf: al-Bureij
    ("fk2-bureij", "In which village did the barrel bomb attack kill 18 civilians in July 2015?", True, ["al-Bureij"], ["1926478915"], "which-place", "1926478915"),
    ("fk2-maghayer", "How many civilians did Assad's air force kill in Al-Maghayer the day before?", True, ["26"], ["1926478915"], "number", "1926478915"),
    ("fk2-safe-areas", "What does the Syrian Coalition want the international community to impose to rein in Assad's air force?", True, ["safe areas"], ["1926478915"], "according-to", "1926478915"),
    ("fk2-u-bureij-2012", "How many civilians did barrel bombs kill in al-Bureij in March 2012?", False, [], [], "unans-date", "1926478915"),
    # 1926479102 etilaf: Jundi
    ("fk2-jundi", "Who is the minister of health in the Syrian interim government?", True, ["Mohammad Jundi"], ["1926479102"], "which-person", "1926479102"),
    ("fk2-assault-start", "When was the assault on eastern Aleppo launched, according to the Syrian Coalition in December 2016?", True, ["November 15"], ["1926479102"], "two-constraints", "1926479102"),
    ("fk2-jalloum", "Which areas were targeted by the most intense airstrikes on Friday?", True, ["Jalloum", "Maadi", "Deir Jamal"], ["1926479102"], "list", "1926479102"),
    ("fk2-u-medics-count", "How many medical workers were still working in eastern Aleppo, according to Mohammad Jundi?", False, [], [], "unans-statistic", "1926479102"),
    # 1924058068 jordantimes: Russian strike on rafts
    ("fk2-rafts", "How many civilians did the Russian strike kill as they tried to cross the Euphrates in October 2017?", True, ["38"], ["1924058068"], "number", "1924058068"),
    ("fk2-rafts-earlier", "What toll had the Observatory given earlier for that strike?", True, ["20"], ["1924058068"], "pronoun-elliptical", "1924058068"),
    ("fk2-biased", "How does Russia regard the Observatory's reporting?", True, ["biased"], ["1924058068"], "short", "1924058068"),
    ("fk2-russia-ack-false", "Is it true that Russia has acknowledged civilian deaths from its strikes in Syria?", True, ["not acknowledged"], ["1924058068"], "is-it-true-false", "1924058068"),
    ("fk2-u-rafts-sputnik", "How did Sputnik report the strike on civilians crossing the Euphrates on rafts?", False, [], [], "unans-outlet", "1924058068"),
    # 1924058052 jordantimes: Tal Hamis
    ("fk2-cattle", "Why was the bombing of Tal Hamis especially deadly?", True, ["cattle market"], ["1924058052"], "why-how", "1924058052"),
    ("fk2-saraqeb", "How many civilians did the January 2015 air strikes kill in Saraqeb?", True, ["Eleven"], ["1924058052"], "number-in-words", "1924058052"),
    ("fk2-talhamis-ctrl", "In January 2015, which group controlled Tal Hamis?", True, ["Islamic State"], ["1924058052"], "in-month-year", "1924058052"),
    ("fk2-u-cattle", "How many cattle were killed in the Tal Hamis market strike?", False, [], [], "unans-statistic", "1924058052"),
    # 1965511169 manar / 1919191741 trt / 1923848160 ahram: 28-29 July 2016
    ("fk2-buyir-from", "From whom did ISIL seize the village of Buyir?", True, ["Syrian Democratic Forces"], ["1965511169"], "which-organisation", "1965511169"),
    ("fk2-buyir-executed", "How many civilians did ISIL execute after taking Buyir?", True, ["24"], ["1965511169"], "number", "1965511169"),
    ("fk2-sdf-manbij-start", "When did the SDF launch its offensive to retake Manbij, according to Al-Manar?", True, ["May 31"], ["1965511169"], "according-to", "1965511169"),
    ("fk2-ghandoura", "How many civilians were killed in the coalition strikes on Ghandoura?", True, ["15"], ["1919191741"], "number", "1919191741"),
    ("fk2-garver", "Which coalition spokesman announced the formal inquiry into the Manbij strikes?", True, ["Chris Garver"], ["1919191741"], "which-person", "1919191741"),
    ("fk2-atareb-vs-ghandoura", "How many civilians died in Atareb according to Ahram Online, and in Ghandoura according to TRT, at the end of July 2016?", True, ["10", "15"], ["1923848160", "1919191741"], "comparison", "1923848160"),
    ("fk2-u-buyir-commander", "Which ISIL commander ordered the executions in Buyir?", False, [], [], "unans-person", "1965511169"),
    ("fk2-u-atareb-coalition", "How many civilians did the US-led coalition strike on Atareb kill?", False, [], [], "unans-wrong-detail", "1923848160"),
    # 1965511118 manar: Qassiab
    ("fk2-qassiab", "In which village did the YPG fight ISIL in Hasakeh province in December 2014?", True, ["Qassiab"], ["1965511118"], "which-place", "1965511118"),
    ("fk2-qassiab-lost", "How many fighters did the Kurds lose in the Qassiab clashes?", True, ["three"], ["1965511118"], "number-in-words", "1965511118"),
    ("fk2-u-qassiab-army", "How many ISIL militants did the Syrian army kill in Qassiab?", False, [], [], "unans-wrong-detail", "1965511118"),
    # 1914947536 nna / 1918398793 dailysabah / 1923102821 alaraby: Hasakeh bakery bombing
    ("fk2-hasaka-where", "Where did the suicide attacker detonate his explosives in Hasaka?", True, ["bakery"], ["1914947536", "1918398793", "1923102821"], "which-place", "1914947536"),
    ("fk2-hasaka-claim", "Who claimed the July 2016 Hasakah suicide bombing, according to Al-Araby?", True, ["Islamic State"], ["1923102821"], "according-to", "1923102821"),
    ("fk2-hasaka-nna-claim", "Does the NNA report say anyone claimed the Hasaka bombing?", True, ["no immediate claim"], ["1914947536"], "yes-no", "1914947536"),
    ("fk2-hasaka-wounded", "How many people were wounded in the Hasakeh bakery attack, according to Daily Sabah?", True, ["40"], ["1918398793"], "how-many-according-to", "1918398793"),
    ("fk2-manbij-fled", "How many residents had fled Manbij, according to Al-Araby on 5 July 2016?", True, ["13000"], ["1923102821"], "two-constraints", "1923102821"),
    ("fk2-hostages", "How many Kurdish civilians did the militants take hostage west of Manbij?", True, ["900"], ["1923102821"], "number", "1923102821"),
    ("fk2-u-hasaka-arabiya", "What did Al Arabiya report about the Hasakeh bakery bombing of July 2016?", False, [], [], "unans-outlet", "1914947536"),
    # 1924058075 nna: Homs Akrameh
    ("fk2-akrameh", "Which Homs neighbourhood was hit by twin car bombs that killed mostly children?", True, ["Akrameh"], ["1924058075"], "which-place", "1924058075"),
    ("fk2-akrameh-toll", "In October 2014, how many people did SANA say were killed in the twin car bombings in Homs?", True, ["18"], ["1924058075"], "in-month-year", "1924058075"),
    ("fk2-waar", "Which district of Homs had not returned to regime control by October 2014?", True, ["Waar"], ["1924058075"], "which-place", "1924058075"),
    # 1926479123 reuters: Shaar gas field
    ("fk2-shaar", "How many people did Islamic State kill when it captured the Shaar gas field?", True, ["270"], ["1926479123"], "number", "1926479123"),
    ("fk2-hajjar", "To which field did about 30 people escape from the Shaar gas field?", True, ["Hajjar"], ["1926479123"], "which-place", "1926479123"),
    ("fk2-shaar-is-dead", "How many Islamic State fighters were killed in the gas field offensive, according to Reuters?", True, ["40"], ["1926479123"], "how-many-according-to", "1926479123"),
    ("fk2-u-shaar-2012", "How many people did Islamic State kill at the Shaar gas field in 2012?", False, [], [], "unans-date", "1926479123"),
    # 1926479025 reuters: Aleppo barrel bombs
    ("fk2-barrel-children", "In December 2013, how many children were among those killed when army helicopters dropped barrel bombs on Aleppo?", True, ["28"], ["1926479025"], "in-month-year", "1926479025"),
    ("fk2-barrel-what", "How does Reuters describe barrel bombs?", True, ["explosive-filled cylinders"], ["1926479025"], "paraphrase", "1926479025"),
    # 1926479109 sana: Hmeimim center
    ("fk2-breaches-total", "How many breaches of the cessation of hostilities had the Russian center counted in total by 30 April 2016?", True, ["465"], ["1926479109"], "number", "1926479109"),
    ("fk2-towns-joined", "How many towns had joined the cessation of hostilities agreement, according to the Hmeimim center?", True, ["83"], ["1926479109"], "how-many-according-to", "1926479109"),
    ("fk2-bab-faraj", "Which group shelled the Bab al-Faraj neighborhood?", True, ["Liwa Fursan al-Haq"], ["1926479109"], "which-organisation", "1926479109"),
    # 1926478942 sana: al-Jamilia
    ("fk2-jamilia", "Which Aleppo neighbourhood was hit by 4 rocket shells on 6 October 2016?", True, ["al-Jamilia"], ["1926478942"], "which-place", "1926478942"),
    ("fk2-jamilia-toll", "According to SANA on 6 October 2016, how many persons were killed when rocket shells hit al-Jamilia?", True, ["8"], ["1926478942"], "two-constraints", "1926478942"),
    # 1926478992 sana: Hadar / Adra
    ("fk2-hadar-school", "Which school in Hadar was hit by shells?", True, ["Ayham Hamad"], ["1926478992"], "which-organisation", "1926478992"),
    ("fk2-prison-visitors", "How many prisoners' visitors were injured near Damascus Central Prison?", True, ["three"], ["1926478992"], "number-in-words", "1926478992"),
    # 1965495380 sputnik: Al Tabqah
    ("fk2-tabqah", "How many Daesh militants did the SDF kill near Al Tabqah?", True, ["12"], ["1965495380"], "number", "1965495380"),
    ("fk2-wrath", "What is the SDF operation to seize Raqqa called?", True, ["Wrath of Euphrates"], ["1965495380"], "which-organisation", "1965495380"),
    ("fk2-hawar", "Which Kurdish news agency reported the clashes east of Al Tabqah in April 2017?", True, ["Hawar"], ["1965495380"], "which-organisation", "1965495380"),
    ("fk2-u-tabqah-reuters", "What did Reuters report about the SDF killing 12 Daesh militants near Al Tabqah?", False, [], [], "unans-outlet", "1965495380"),
    # 1965495331 sputnik: US strikes, Idlib, September 2014
    ("fk2-idlib-aljazeera", "How many civilians did US airstrikes in Idlib kill, according to Al Jazeera?", True, ["11"], ["1965495331"], "how-many-according-to", "1965495331"),
    ("fk2-khorasan", "Which group did the Pentagon say the attacks near Aleppo targeted?", True, ["Khorasan"], ["1965495331"], "which-organisation", "1965495331"),
    ("fk2-sohr-31", "What toll did the Syrian Observatory give for the strikes by Washington and its Arab allies?", True, ["31"], ["1965495331"], "according-to", "1965495331"),
    # 1965495337 sputnik: Aleppo outpost
    ("fk2-orphanage", "What building used as a military base did the Nusra bomber attack in Aleppo?", True, ["orphanage"], ["1965495337"], "paraphrase", "1965495337"),
    ("fk2-nusra-formed", "When was the Nusra Front formed?", True, ["2012"], ["1965495337"], "date", "1965495337"),
    # 1924058217 / 1924058218 tass
    ("fk2-ansari-exec", "How many people did Jabhat al-Nusra execute in Aleppo's Qaryat al-Ansari neighborhood?", True, ["40"], ["1924058217"], "number", "1924058217"),
    ("fk2-aug-injured", "How many civilians were injured in the August 2016 shelling of Aleppo, according to local authorities?", True, ["700"], ["1924058218"], "how-many-according-to", "1924058218"),
    ("fk2-hamdaniya", "What did militants seize in Aleppo's southern Hamdaniya?", True, ["artillery school"], ["1924058218"], "paraphrase", "1924058218"),
    ("fk2-kasab", "Tell me the name of the 17-year-old Aleppo resident who was wounded in his sleep.", True, ["Malik Kasab"], ["1924058218"], "imperative", "1924058218"),
    # 1924058111 trt: Hezbollah drone strike
    ("fk2-hezbollah-drone", "How many Hezbollah fighters did the drone strike near Sukhna kill?", True, ["eight"], ["1924058111"], "number-in-words", "1924058111"),
    ("fk2-qaryatain", "Which town did Daesh fighters recapture on Sunday 1 October 2017?", True, ["Al Qaryatain"], ["1924058111"], "which-place", "1924058111"),
    # 1924058078 trt: Rashideen bus convoy
    ("fk2-rashideen", "Where did the suicide car bomb hit the convoy of evacuees?", True, ["Rashideen"], ["1924058078"], "which-place", "1924058078"),
    ("fk2-foua", "The evacuees waiting at the transit point, which towns were they from?", True, ["Foua", "Kefraya"], ["1924058078"], "pronoun-elliptical", "1924058078"),
    ("fk2-brokers", "Who brokered the evacuation of Foua, Kefraya, Madaya and Zabadani?", True, ["Iran", "Qatar"], ["1924058078"], "which-organisation", "1924058078"),
    ("fk2-madaya-evac", "How many people were evacuated from Madaya and Zabadani on Friday, according to TRT?", True, ["2200"], ["1924058078"], "how-many-according-to", "1924058078"),
    ("fk2-u-buses-destroyed", "How many buses were destroyed in the Rashideen bombing?", False, [], [], "unans-statistic", "1924058078"),
    # 1926479221 sana: toxic gas Aleppo
    ("fk2-suffocation", "How many people suffered suffocation in the toxic gas attack on al-Hamadaniyeh, according to SANA?", True, ["35"], ["1926479221"], "how-many-according-to", "1926479221"),
    ("fk2-deir-shells", "How many rocket and mortar shells hit the al-Joura and al-Qusour neighborhoods?", True, ["40"], ["1926479221"], "number", "1926479221"),
    # 1923848207 ahram: Adra ambush
    ("fk2-adra", "How many rebel fighters were killed in the army ambush near Adra?", True, ["sixty-two"], ["1923848207"], "number-in-words", "1923848207"),
    ("fk2-adra-sana", "Which group did SANA say the rebels killed near Adra belonged to?", True, ["al-Nusra"], ["1923848207"], "according-to", "1923848207"),
    # 1914947532 nna / 1923102875 alaraby / 1965495383 sputnik: US strike on Shayrat
    ("fk2-barazi", "Who is the governor of Homs?", True, ["Talal Barazi"], ["1914947532"], "which-person", "1914947532"),
    ("fk2-59", "How many cruise missiles did the United States fire at the airbase near Homs in April 2017?", True, ["59"], ["1965495383", "1923102875"], "number", "1965495383"),
    ("fk2-shayrat-dead-compare", "How many people were killed in the US strike on the airbase according to SANA as cited by Al-Araby, and according to the Homs governor as cited by Sputnik?", True, ["six", "five"], ["1923102875", "1965495383"], "comparison", "1923102875"),
    ("fk2-planes", "How many regime fighter planes were destroyed, according to pro-regime media?", True, ["15"], ["1923102875"], "how-many-according-to", "1923102875"),
    ("fk2-shairat-distance", "how far is ash shairat from homs city", True, ["40 kilometers"], ["1965495383"], "lowercase", "1965495383"),
    ("fk2-memorandum", "What did Russia suspend after the US missile strike?", True, ["memorandum of understanding"], ["1965495383"], "paraphrase", "1965495383"),
    ("fk2-barazi-false", "Is it true that the Homs governor expected big human losses from the US strike?", True, ["not big"], ["1914947532"], "is-it-true-false", "1914947532"),
    ("fk2-barazi-true", "Is it true that the Homs governor said the targeted airbase had supported army operations against Islamic State east of Palmyra?", True, ["Palmyra"], ["1914947532"], "is-it-true", "1914947532"),
    ("fk2-nonnative-shayrat", "the american missile, it destroy how much syrian plane, what say the pro-regime media?", True, ["15"], ["1923102875"], "non-native", "1923102875"),
    ("fk2-u-russian-soldiers", "How many Russian soldiers were at the Shayrat airbase when the missiles hit?", False, [], [], "unans-statistic", "1923102875"),
    ("fk2-hasaka-true", "Is it true that the Hasakeh bomber was riding a motorcycle?", True, ["motorcycle"], ["1918398793", "1923102821"], "is-it-true", "1918398793"),
    ("fk2-long-zeinab", "Describe the June 2016 attack on the Sayyida Zeinab shrine: who claimed it, how many bombers took part according to the claim, and what toll the Syrian Observatory gave.", True, ["Daesh", "three", "20"], ["1924058170"], "long", "1924058170"),
    ("fk2-long-euphrates", "Explain the two campaigns being fought against Daesh in east Deir Ezzor in October 2017: who leads each and on which side of the Euphrates.", True, ["western", "Syrian Democratic Forces", "eastern"], ["1924058068"], "long", "1924058068"),
    ("fk2-mayadin-80", "How many militants did the Russian Defense Ministry say were killed at the command post near Mayadeen in October 2017?", True, ["80"], ["1926478973", "1965495344"], "two-constraints", "1965495344"),
    ("fk2-konashenkov", "Which Russian Defense Ministry spokesman announced the strikes on Daesh reinforcements arriving from Iraq?", True, ["Igor Konashenkov"], ["1965495344"], "which-person", "1965495344"),
    ("fk2-u-ghandoura-2014", "How many civilians did the US-led coalition kill in Ghandoura in July 2014?", False, [], [], "unans-date", "1919191741"),
    ("fk2-u-ghandoura-ds", "What did Daily Sabah report about the coalition strike on Ghandoura?", False, [], [], "unans-outlet", "1919191741"),
    ("fk2-u-shaar-children", "How many children were killed in the Russian air strike on the Shaar gas field?", False, [], [], "unans-wrong-detail", "1926479123"),
    ("fk2-u-tabqah-wounded", "How many SDF fighters were wounded in the clashes east of Al Tabqah on 8 April 2017?", False, [], [], "unans-statistic", "1965495380"),
    ("fk2-u-zeinab-2015", "How many people did the bombings near Sayyida Zeinab kill in February 2015?", False, [], [], "unans-date", "1924058170"),
    ("fk2-u-qatar-paid", "How much money did Qatar pay for the Foua and Kefraya evacuation deal?", False, [], [], "unans-statistic", "1924058078"),
    ("fk2-u-turk-minister", "Which Turkish minister announced the deaths of the four soldiers near al-Rai?", False, [], [], "unans-person", "1962495730"),
    ("fk2-u-sukhna-us", "How many Hezbollah fighters did the US-led coalition say its drone killed near Sukhna?", False, [], [], "unans-wrong-detail", "1924058111"),
    ("fk2-u-adra-alalam", "What did Al-Alam report about the army ambush near Adra in August 2013?", False, [], [], "unans-outlet", "1923848207"),
    ("fk2-u-thalthana-2017", "How many civilians died in the air raid on Thalthana in October 2017?", False, [], [], "unans-date", "1923102909"),
    ("fk2-u-madani-2016", "Which Al-Nusra commander was killed in Lattakia in May 2016?", False, [], [], "unans-date", "1962495649"),
    # 1918150027 asharqalawsat: Rashideen evacuees; 1918150033 asharqalawsat: Saraqeb toxic gas
    ("fk2-rashideen-compare", "How many people did the bombing of the evacuee buses at Rashideen kill according to Asharq Al-Awsat's story of Noha and Samira, and according to TRT?", True, ["120", "100"], ["1918150027", "1924058078"], "comparison", "1918150027"),
    ("fk2-noha-village", "Which village did Noha leave?", True, ["al-Foua"], ["1918150027"], "which-place", "1918150027"),
    ("fk2-samira-home", "Tell me Samira's hometown.", True, ["Madaya"], ["1918150027"], "imperative", "1918150027"),
    ("fk2-refugees", "How many Syrian refugees have left since the war broke out, according to Asharq Al-Awsat?", True, ["5 million"], ["1918150027"], "how-many-according-to", "1918150027"),
    ("fk2-saraqeb-affected", "How many people were affected by the suspected chlorine gas in Saraqeb?", True, ["33"], ["1918150033", "1926479326", "1919191754"], "number", "1918150033"),
    ("fk2-ramlan", "Who was President of the UN Security Council in August 2016?", True, ["Ramlan Ibrahim"], ["1918150033"], "in-month-year", "1918150033"),
    ("fk2-heli-onboard", "How many people died on board the Russian helicopter shot down near Saraqeb?", True, ["five"], ["1918150033"], "number-in-words", "1918150033"),
    ("fk2-gas-type", "Could the Syrian Civil Defence determine which gas fell on Saraqeb?", True, ["not able to determine"], ["1918150033", "1926479326"], "yes-no", "1918150033"),
    ("fk2-u-saraqeb-barrels", "How many barrels of toxic gas fell on Saraqeb?", False, [], [], "unans-statistic", "1918150033"),
]


def expand(docs):
    out = []
    for d in docs:
        for x in [d, DUPS.get(d)] + [k for k, v in DUPS.items() if v == d] + EXTRA_COPIES.get(d, []):
            if x and x not in out:
                out.append(x)
    return out


def main():
    seen = set()
    with open(HERE / "questions-examples.jsonl", "w", encoding="utf-8") as fh:
        for qid, q, ans, facts, docs, form, about in EXAMPLES:
            assert qid not in seen, qid
            seen.add(qid)
            fh.write(json.dumps({"id": qid, "question": q, "answerable": ans, "facts": facts, "docs": docs,
                                 "form": form, "corpus": "examples", "split": split_of(about),
                                 "about": about}, ensure_ascii=False) + "\n")
    with open(HERE / "questions-fakes.jsonl", "w", encoding="utf-8") as fh:
        for qid, q, ans, facts, docs, form, about in FAKES:
            assert qid not in seen, qid
            seen.add(qid)
            fh.write(json.dumps({"id": qid, "question": q, "answerable": ans, "facts": facts, "docs": expand(docs),
                                 "form": form, "corpus": "fakes", "split": split_of(about),
                                 "about": about}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
