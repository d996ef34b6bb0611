"""Regenerate claims-examples.jsonl, claims-fakes.jsonl and claims.jsonl from hand-written tuples.

Tuple: (claim, doc_id, label, kind). Written by hand from the cited article, except kind "model":
verbatim sentences written by SmolLM2-135M-Instruct (model_sentences.json, numbering stripped)
about a paragraph of the cited article, each labelled by hand against the whole article.
FA-KES near-duplicate copies are added to doc_ids automatically.
"""
import json
from pathlib import Path

from splits import split_of

HERE = Path(__file__).parent
DUPS = json.loads((HERE / "fakes-duplicates.json").read_text())
EXTRA_COPIES = {}
E0, E1, E2, E3, E4 = ("000_c2cd9c9f4bf8ec9d", "001_4efe01105d93e776", "002_ff6499cc7a25c720",
                      "003_a564510a00329eea", "004_300f4099c5dd32fd")
S, U, C = "supported", "unsupported", "contradicted"

EXAMPLES = [
    ("China has voiced backing for Syrian President Bashar al-Assad while his government faces a push by opposition fighters.", E0, S, "synonym"),
    ("The regime holds roughly sixty per cent of Syria, according to The New York Times.", E0, S, "number-words"),
    ("China backs Assad's forces against rebels supported by Turkey.", E0, S, "headline"),
    ("Iran and Turkey reached the 2020 ceasefire deal that froze the conflict.", E0, C, "actor-substituted"),
    ("The regime controls around 40 per cent of the country, according to The New York Times.", E0, C, "number-changed"),
    ("China has long supported Assad and has sent military advisers to Aleppo.", E0, U, "true-plus-invented"),
    ("Russia supports the Syrian opposition while Turkey supports Assad.", E0, C, "swapped-roles"),
    ("Opposition forces seized a large part of Aleppo in their biggest pushback against Assad in almost four years.", E1, S, "summary"),
    ("China issued its statement because Russia asked Beijing to intervene in Syria.", E1, U, "causal-added"),
    ("Russia's 2015 military intervention did not change the course of the war for Assad.", E1, C, "negation"),
    ("China's backing will decide the outcome of the Syrian Civil War.", E1, U, "certainty-upgraded"),
    ("Jihadist militants launched a surprise offensive in Syria last week.", E2, S, "drop-detail"),
    ("Beijing is ready to act to stop the situation in Syria from getting worse.", E2, S, "synonym"),
    ("A strategic partnership deal was signed by Xi Jinping and Bashar Assad last September.", E2, S, "passive-active"),
    ("The HTS attack on government-held territory began last Friday.", E2, C, "date-shifted"),
    ("Hundreds of Syrian army service members were lost in the heavy fighting.", E2, C, "quantifier-changed"),
    ("Xi Jinping said China is deeply concerned over the situation in northwestern Syria.", E2, U, "speaker-changed"),
    ("The government counteroffensive on Thursday provoked the HTS attack.", E2, C, "causal-reversed"),
    ("Moscow condemned the offensive as a direct violation of Syria's sovereignty and mobilised its air force units in the country.", E2, S, "nominalisation"),
    ("Eleven civilians are thought to have died in strikes near Es-Safira.", E3, S, "number-words"),
    ("On Friday evening, after a lightning offensive, the rebel groups entered Aleppo.", E3, S, "reorder"),
    ("Es-Safira lies northwest of Aleppo.", E3, C, "place-swapped"),
    ("Abbas Araghchi met Turkish officials in Ankara.", E3, U, "plans-to-did"),
    ("The Kremlin confirmed that Assad visited Moscow on November 30.", E3, C, "certainty-upgraded"),
    ("Colonel-General Alexander Chaiko was replaced by Lieutenant-General Sergei Kisel.", E3, C, "swapped-roles"),
    ("Iraqi militias backed by Iran are reportedly active in northwest Syria.", E3, S, "synonym"),
    ("Assad spoke with Iraqi Prime Minister Mohammad Shia al Sudani on November 30 and asked him to send troops.", E3, U, "true-plus-invented"),
    ("The Syrian army and Russia denied bombing civilians.", E3, S, "summary"),
    ("China's ambassador to Syria said the Chinese military is willing to take part alongside the Syrian army fighting terrorists in Idlib.", E4, S, "synonym"),
    ("Some estimates put the number of armed jihadists in Idlib at more than forty thousand.", E4, S, "number-words"),
    ("In 2017 the Syrian government estimated the number of Uyghur fighters at around 50,000.", E4, C, "number-changed"),
    ("Idlib has been held by a Nusra Front dominated coalition since 2012.", E4, C, "date-shifted"),
    ("The Chinese military will take part in the Idlib offensive in September.", E4, U, "modality"),
    ("The battle for Idlib is expected to be less bloody than Aleppo in 2016.", E4, C, "comparison-reversed"),
]

FAKES = [
    # 1923848295 ahram
    ("ISIL militants executed three officers of the Free Syrian Army in Deir Ezzor province.", "1923848295", S, "drop-detail"),
    ("The bodies of the three officers were found two days after they were abducted.", "1923848295", S, "synonym"),
    ("The FSA officers had been kidnapped in Muhassen.", "1923848295", C, "place-swapped"),
    ("Fighting between rebels and ISIL since the start of the year has reportedly killed more than 60000 people.", "1923848295", C, "number-changed"),
    ("Al-Nusra Front helped ISIL seize Hafez and Muhassen.", "1923848295", C, "swapped-roles"),
    ("The FSA asked Turkey for help to fight ISIL in Deir Ezzor.", "1923848295", U, "actor-substituted"),
    # 1923848145 ahram (copy 1923102874)
    ("At least nineteen civilians died on Tuesday in air strikes on opposition-held towns east of Damascus.", "1923848145", S, "number-words"),
    ("Six children were among the dead in Eastern Ghouta, the Syrian Observatory said.", "1923848145", S, "reorder"),
    ("Fourteen of the victims were killed in strikes between Hammuriyah and Saqba.", "1923848145", S, "synonym"),
    ("The Observatory said 49 people had been killed in Eastern Ghouta in two days of attacks.", "1923848145", S, "passive-active"),
    ("Most of the victims died in air strikes on Douma.", "1923848145", C, "place-swapped"),
    ("The Observatory said 165 people had been killed in two days of shelling and air strikes.", "1923848145", C, "unit-changed"),
    ("Eastern Ghouta has been under government siege since 2015.", "1923848145", C, "date-shifted"),
    ("The death toll in Eastern Ghouta will certainly rise, the Observatory said.", "1923848145", U, "certainty-upgraded"),
    # 1919191761 trt (copy 1923102873)
    ("Regime raids on Douma killed 16 civilians, including at least one child, and wounded 22.", "1919191761", S, "drop-detail"),
    ("Five more civilians died in Sabqa and one in Harasta.", "1919191761", S, "synonym"),
    ("Air strikes on Douma killed 22 civilians and wounded 16.", "1919191761", C, "number-changed"),
    ("Last month the regime launched a surprise assault on rebels in Jobar.", "1919191761", C, "swapped-roles"),
    ("The rebels control all of Barzeh and Tadamun.", "1919191761", U, "quantifier-changed"),
    # 1923848287 ahram
    ("The Turkish military said thirty-one IS militants had been killed in northern Syria in 24 hours.", "1923848287", S, "number-words"),
    ("Coalition air strikes killed 17 IS fighters in the same areas, the Turkish military said.", "1923848287", S, "passive-active"),
    ("Fourteen IS fighters were killed as they tried to enter Akhtarin and Turkmen Bareh.", "1923848287", S, "drop-detail"),
    ("Akhtarin and Turkmen Bareh lie three kilometres west of Dabiq.", "1923848287", C, "place-swapped"),
    ("Two Syrian rebels were wounded and 19 were killed in the latest fighting.", "1923848287", C, "swapped-roles"),
    ("The operation Euphrates Shield was launched in late September.", "1923848287", C, "date-shifted"),
    ("The Observatory said IS fighters captured the villages because the rebels had withdrawn.", "1923848287", U, "causal-added"),
    # 1962495649 alalam
    ("Abu Abdul Rahman al-Madani, the Al-Nusra Front commander in Lattakia, was killed in the Jabal al-Torkman region.", "1962495649", S, "synonym"),
    ("A Syrian military source said more than 110 Al-Nusra terrorists were killed in the village of Shalaf.", "1962495649", S, "reorder"),
    ("Shalaf village is 15 kilometers away from the city of Lattakia.", "1962495649", C, "number-changed"),
    ("The army units failed to stop the terrorists from entering the base in Jabal al-Rahmalia.", "1962495649", C, "negation"),
    ("The Northern Lattakia attack in March 2013 was backed by Russia.", "1962495649", C, "actor-substituted"),
    # 1962495730 alalam
    ("Four Turkish soldiers were killed and four wounded in a Daesh rocket attack on two tanks south of al-Rai.", "1962495730", S, "summary"),
    ("Military helicopters carried the wounded to Turkey for treatment.", "1962495730", S, "synonym"),
    ("Turkish special forces launched their first coordinated offensive in Syria on August 24.", "1962495730", S, "drop-detail"),
    ("The Turkish soldiers were killed in a Daesh car bomb attack north of al-Rai.", "1962495730", C, "place-swapped"),
    ("Damascus welcomed the Turkish intervention.", "1962495730", C, "negation"),
    ("Turkish-backed militants seized Azaz hours after the beginning of the offensive.", "1962495730", C, "place-swapped"),
    ("Six pro-Turkey Syrian militants were killed in clashes in the same region.", "1962495730", C, "number-changed"),
    # 1962495693 alalam / 1965511203 manar
    ("Two people were killed and three injured when rocket shells landed in Manyan market in New Aleppo.", "1962495693", S, "summary"),
    ("Shells fired from areas west of Aleppo city killed two civilians.", "1965511203", S, "drop-detail"),
    ("The shelling in New Aleppo killed three civilians and injured two.", "1965511203", C, "swapped-roles"),
    ("The shells were fired from areas east of the city.", "1962495693", C, "place-swapped"),
    ("The attack damaged a hospital in New Aleppo.", "1962495693", U, "true-plus-invented"),
    # 1923102909 alaraby
    ("At least 19 civilians, three of them children, were killed in an air raid on the IS-held village of Thalthana.", "1923102909", S, "summary"),
    ("It was not clear who carried out the strike on Thalthana, the Observatory said.", "1923102909", S, "synonym"),
    ("Turkish warplanes carried out the strike on Thalthana, the Observatory said.", "1923102909", C, "certainty-upgraded"),
    ("Thalthana is 12km northwest of Dabiq.", "1923102909", C, "place-swapped"),
    ("Turkey began Operation Euphrates Shield on 24 September.", "1923102909", C, "date-shifted"),
    # 1923102890 alaraby / 1926479043 etilaf
    ("UNICEF said the strikes on a school in Hass may be the deadliest attack on a school since the conflict began.", "1923102890", S, "drop-detail"),
    ("Thirty-five people, 22 of them children, were killed in the attack on the Hass school complex.", "1923102890", S, "number-words"),
    ("UNICEF said the strikes on the Hass school were certainly the deadliest attack on a school in the war.", "1923102890", U, "certainty-upgraded"),
    ("Anthony Lake called the airstrikes an accident.", "1923102890", C, "negation"),
    ("Seven days of airstrikes across Idlib had left more than 150 civilians dead and 75 wounded.", "1923102890", C, "swapped-roles"),
    ("Airstrikes by Russian and Assad regime aircraft hit a schools complex and a public market in Hass.", "1926479043", S, "passive-active"),
    ("The Hass airstrikes killed at least 26 civilians and wounded dozens more.", "1926479043", S, "synonym"),
    ("The Syrian Coalition said the United States was responsible for the Hass airstrikes.", "1926479043", C, "actor-substituted"),
    # 1923102974 alaraby
    ("Intense regime bombardment of Eastern Ghouta killed eight civilians and wounded 25.", "1923102974", S, "synonym"),
    ("Since Tuesday at least 66 civilians, among them 13 children, have died in artillery fire and air strikes on Eastern Ghouta.", "1923102974", S, "synonym"),
    ("Rebel rocket fire on Damascus has killed at least 16 people since Thursday.", "1923102974", S, "passive-active"),
    ("Government forces escalated their bombardment after Jaish al-Islam attacked a military base.", "1923102974", C, "actor-substituted"),
    ("Some 40000 people live in Eastern Ghouta.", "1923102974", C, "number-changed"),
    ("Eastern Ghouta is part of a de-escalation zone under a deal between Russia, Iran and the United States.", "1923102974", C, "actor-substituted"),
    ("Ali al-Zaatari called on the rebels alone to stop targeting civilians.", "1923102974", C, "quantifier-changed"),
    # 1924058065 jordantimes
    ("The Syrian government push for Eastern Ghouta killed at least 23 people on Sunday.", "1924058065", S, "drop-detail"),
    ("At least 127 people, including 30 children, have been killed since the offensive began nearly two weeks ago.", "1924058065", S, "synonym"),
    ("Peace talks backed by the UN were due to start in Geneva on November 28.", "1924058065", S, "synonym"),
    ("The UN World Food Programme said Ghouta residents were eating trash.", "1924058065", S, "reorder"),
    ("Previous rounds of Geneva talks agreed a political transition for Syria.", "1924058065", C, "negation"),
    ("Eastern Ghouta has been besieged since 2014.", "1924058065", C, "date-shifted"),
    ("Yahya Aridi said the government had agreed to discuss a transition in Geneva.", "1924058065", U, "true-plus-invented"),
    # 1926478973 arabiya / 1965495344 sputnik
    ("Russian air strikes killed some 120 ISIS fighters and 60 foreign mercenaries over 24 hours, the Moscow defense ministry said.", "1926478973", S, "reorder"),
    ("Around 40 ISIS fighters died near the town of Abu Kamal.", "1926478973", S, "synonym"),
    ("Russian air strikes killed 60 ISIS fighters and 120 foreign mercenaries.", "1926478973", C, "swapped-roles"),
    ("The command post destroyed near Mayadeen held up to 800 fighters.", "1926478973", C, "number-changed"),
    ("The Russian strikes also destroyed 18 off-road vehicles with large-caliber weapons near Al Mayadin.", "1965495344", S, "drop-detail"),
    ("Konashenkov said the foreign mercenaries came from Libya and Jordan.", "1965495344", C, "actor-substituted"),
    # 1926479033 arabiya
    ("Turkey's health ministry said tests on victims pointed to possible exposure to sarin.", "1926479033", S, "drop-detail"),
    ("Three of the people brought from Syria died in Turkish hospitals.", "1926479033", S, "synonym"),
    ("Turkey's health ministry confirmed that the victims were exposed to chlorine.", "1926479033", C, "actor-substituted"),
    ("Walid Muallem admitted that the Syrian army had used chemical weapons.", "1926479033", C, "negation"),
    ("At least 68 people were killed on Tuesday in Khan Sheikhoun.", "1926479033", C, "number-changed"),
    ("Putin warned against a rush to judgement because Russia had evidence that rebels carried out the attack.", "1926479033", U, "causal-added"),
    # 1914947530 nna
    ("The WHO said some victims showed signs consistent with exposure to organophosphorus chemicals.", "1914947530", S, "synonym"),
    ("The WHO put the death toll at at least seventy.", "1914947530", S, "number-words"),
    ("Russia said the poison gas came from a rebel depot hit by Syrian bombs.", "1914947530", S, "summary"),
    ("Chlorine and mustard gas are nerve agents like sarin.", "1914947530", C, "negation"),
    ("China and the United States have repeatedly vetoed UN moves to sanction Assad.", "1914947530", C, "actor-substituted"),
    ("Syria agreed to destroy its chemical weapons in 2015.", "1914947530", C, "date-shifted"),
    ("The WHO said sarin was used in the attack.", "1914947530", U, "certainty-upgraded"),
    # 1926479215 arabiya
    ("The UN Security Council said it was seeking clarity on reports that regime forces killed 1300 people with chemical weapons.", "1926479215", S, "drop-detail"),
    ("France, Britain, the United States, Luxembourg and South Korea called for the closed-door meeting.", "1926479215", S, "passive-active"),
    ("Russia backed up the Assad administration's denials, calling the attack a rebel provocation.", "1926479215", S, "synonym"),
    ("Israel's Defense Minister Moshe Yaalon said Syria had used chemical weapons for the first time.", "1926479215", C, "negation"),
    ("Obama's red line on chemical weapons triggered more US aid to the rebels in March.", "1926479215", C, "date-shifted"),
    ("Russia called for immediate access to the site of the alleged chemical attack.", "1926479215", U, "actor-substituted"),
    ("Ban Ki-moon ordered UN weapons experts to leave Syria after the reports.", "1926479215", U, "true-plus-invented"),
    # 1924058225 tass
    ("Mustafa Sino of the Kurdish National Council said 1500 people fell victim to the chemical attack.", "1924058225", S, "synonym"),
    ("Sino said mostly Kurds live in the eastern suburbs of Damascus where the attack occurred.", "1924058225", S, "reorder"),
    ("Sino said 150 people fell victim to the chemical attack.", "1924058225", C, "number-changed"),
    ("Sino said the Kurds oppose the Geneva conference.", "1924058225", C, "negation"),
    # 1926479260 reuters
    ("Putin said world powers were on the right track with the plan to eliminate Syria's chemical weapons.", "1926479260", S, "drop-detail"),
    ("The United States says the August 21 gas attack killed more than 1400 people.", "1926479260", S, "passive-active"),
    ("Russia blamed the August 21 gas attack on Assad's forces.", "1926479260", C, "actor-substituted"),
    ("Putin said military intervention in Syria was inevitable.", "1926479260", C, "modality"),
    ("Lavrov said Nusra Front fighters had used chemical weapons in Aleppo.", "1926479260", U, "true-plus-invented"),
    # 1924058170 dailysabah
    ("Suicide bombers attacked outside the Sayyida Zeinab shrine, killing at least 20 people, in an attack claimed by Daesh.", "1924058170", S, "summary"),
    ("SANA gave a toll of at least 12 dead and 55 wounded.", "1924058170", S, "drop-detail"),
    ("Hezbollah cited the threat to Sayyida Zeinab as a principal reason for its intervention in Syria.", "1924058170", S, "synonym"),
    ("The shrine lies around 10 kilometres north of the centre of Damascus.", "1924058170", C, "place-swapped"),
    ("SANA gave a higher toll than the Syrian Observatory.", "1924058170", C, "comparison-reversed"),
    ("The January attack claimed by Daesh killed 134 people.", "1924058170", C, "date-shifted"),
    ("The shrine is lightly guarded by pro-government forces.", "1924058170", C, "negation"),
    # 1924058201 dailysabah
    ("Civil defense official Najib Ansari said 92 civilians were killed and 273 injured on Saturday in Aleppo.", "1924058201", S, "synonym"),
    ("Ban Ki-moon was appalled by the chilling military escalation in Aleppo, his spokesman said.", "1924058201", S, "reorder"),
    ("On Friday 68 people were killed by regime and Russian warplanes.", "1924058201", C, "number-changed"),
    ("The Assad regime declared the start of a week-long cease-fire on Sept. 19.", "1924058201", C, "negation"),
    ("The strikes targeted western districts of Aleppo held by the regime.", "1924058201", C, "place-swapped"),
    ("The death toll is expected to rise because hospitals in Aleppo were bombed.", "1924058201", U, "causal-added"),
    # 1924058143 dailysabah
    ("A bomb on a bus carrying workers killed a woman and wounded 25 in Hassia, south of Homs.", "1924058143", S, "summary"),
    ("Hassia is 40 km south of Homs.", "1924058143", S, "drop-detail"),
    ("The bomb killed 25 people on a bus in Hassia.", "1924058143", C, "swapped-roles"),
    ("Hassia is 40 km north of Homs.", "1924058143", C, "place-swapped"),
    ("Daesh claimed the bombing of the bus in Hassia.", "1924058143", U, "true-plus-invented"),
    # 1926478915 etilaf
    ("A barrel bomb attack on the village of al-Bureij northeast of Aleppo killed 18 civilians.", "1926478915", S, "drop-detail"),
    ("Twenty-six civilians, mostly women and children, were killed when Assad's air force pounded Al-Maghayer.", "1926478915", S, "passive-active"),
    ("Al-Bureij lies southwest of Aleppo.", "1926478915", C, "place-swapped"),
    ("The Syrian Coalition called for legal recognition of the Assad regime.", "1926478915", C, "negation"),
    # 1926479102 etilaf
    ("Local activists said at least 56 civilians died in Russian and regime airstrikes on besieged eastern Aleppo on Friday.", "1926479102", S, "synonym"),
    ("More than 1000 civilians have been killed in the assault on eastern Aleppo since November 15.", "1926479102", S, "number-words"),
    ("The escalation on Aleppo began three months ago, Jundi said.", "1926479102", C, "unit-changed"),
    ("Jundi said Russia's claims about a halt to the bombing of Aleppo were true.", "1926479102", C, "negation"),
    ("Jundi appealed to Turkey to put pressure on Russia.", "1926479102", U, "actor-substituted"),
    # 1924058068 jordantimes
    ("A Russian air strike killed 38 civilians, nine of them children, who were crossing the Euphrates on rafts.", "1924058068", S, "summary"),
    ("The US-backed Syrian Democratic Forces are fighting Daesh on the eastern bank of the river.", "1924058068", S, "reorder"),
    ("The coalition last month acknowledged over 700 civilian deaths in its strikes in Syria and Iraq since 2014.", "1924058068", S, "drop-detail"),
    ("A US-led coalition air strike killed 38 civilians crossing the Euphrates.", "1924058068", C, "actor-substituted"),
    ("The Syrian troops are fighting on the eastern side of the Euphrates.", "1924058068", C, "place-swapped"),
    ("Russia has acknowledged dozens of civilian deaths from its strikes.", "1924058068", C, "negation"),
    ("The Observatory had earlier given a toll of 30.", "1924058068", C, "number-changed"),
    # 1924058052 jordantimes
    ("Government air strikes killed at least 39 people, more than half of them civilians, in northern Syria.", "1924058052", S, "drop-detail"),
    ("The strike on Tal Hamis was so deadly because it hit a cattle market.", "1924058052", S, "synonym"),
    ("Eleven civilians died in Saraqeb and another man in Sheikh Mustafa.", "1924058052", S, "synonym"),
    ("Tal Hamis is under the control of the Kurdish YPG.", "1924058052", C, "actor-substituted"),
    ("Al Nusra Front expelled Western-backed rebels from Idlib in September.", "1924058052", C, "date-shifted"),
    ("Idlib's capital is out of government control.", "1924058052", C, "negation"),
    # 1965511169 manar
    ("ISIL executed at least 24 civilians after taking the village of Buyir from the SDF.", "1965511169", S, "drop-detail"),
    ("Buyir lies about 10 kilometers northwest of Manbij.", "1965511169", S, "synonym"),
    ("Buyir lies about 10 kilometers southeast of Manbij.", "1965511169", C, "place-swapped"),
    ("The SDF launched the offensive to retake Manbij on June 30.", "1965511169", C, "date-shifted"),
    ("The SDF executed 24 civilians after retaking Buyir.", "1965511169", C, "swapped-roles"),
    # 1919191741 trt
    ("Coalition air strikes on the town of Ghandoura killed at least 15 civilians on Thursday.", "1919191741", S, "passive-active"),
    ("The coalition opened a formal investigation into whether strikes near Manbij killed more than 100 civilians.", "1919191741", S, "drop-detail"),
    ("An Observatory toll puts deaths in coalition air strikes since September 2014 at around 600, including 136 children.", "1919191741", S, "reorder"),
    ("The US agreed to halt the bombing of Manbij after the Tokkhar strikes.", "1919191741", C, "negation"),
    ("Amnesty International said the coalition deliberately targeted civilians.", "1919191741", U, "true-plus-invented"),
    ("The coalition strikes killed around 600 children since September 2014.", "1919191741", C, "quantifier-changed"),
    # 1923848160 ahram
    ("Air strikes on the rebel-held town of Atareb killed at least ten civilians, including five children.", "1923848160", S, "number-words"),
    ("Russian warplanes carried out the air strikes on Atareb.", "1923848160", U, "certainty-upgraded"),
    ("The air strikes on Atareb killed at least 10 civilians, including 15 children.", "1923848160", C, "number-changed"),
    # 1965511118 manar
    ("At least 30 ISIL militants were killed in clashes with Kurdish fighters in Qassiab in Hasakeh province.", "1965511118", S, "synonym"),
    ("The YPG regained Qassiab two days after the militants seized it.", "1965511118", S, "synonym"),
    ("The Kurds lost thirteen fighters in the clashes.", "1965511118", C, "number-changed"),
    ("ISIL regained control of the village of Qassiab from the YPG.", "1965511118", C, "swapped-roles"),
    # 1914947536 nna / 1918398793 dailysabah / 1923102821 alaraby
    ("A suicide bomber killed at least 16 people at a bakery in Hasaka.", "1914947536", S, "summary"),
    ("The Kurdish YPG militia controls most of Hasaka province.", "1914947536", S, "passive-active"),
    ("Islamic State immediately claimed responsibility for the Hasaka bombing.", "1914947536", C, "negation"),
    ("Bomb attacks in Hasaka city itself had become more frequent in recent months.", "1914947536", C, "comparison-reversed"),
    ("The motorcycle bomber struck on the eve of the feast marking the end of Ramadan.", "1918398793", S, "drop-detail"),
    ("Fifteen of those wounded in the Hasakeh bombing were in critical condition.", "1918398793", S, "number-words"),
    ("The Hasakeh bombing killed 40 people and wounded 16.", "1918398793", C, "swapped-roles"),
    ("The SDF entered Manbij's southwestern districts on June 3.", "1918398793", C, "date-shifted"),
    ("The Islamic State group said the attack targeted Kurdish forces.", "1923102821", S, "synonym"),
    ("Fighting around Manbij has forced 13000 residents to flee the city.", "1923102821", S, "reorder"),
    ("The militants took an estimated 9000 Kurdish civilians hostage.", "1923102821", C, "number-changed"),
    ("The SDF besieged Manbij on June 10 because IS had taken Kurdish civilians hostage.", "1923102821", U, "causal-added"),
    ("The Pentagon regards the YPG as the least effective force against IS.", "1923102821", C, "comparison-reversed"),
    # 1924058075 nna
    ("Twin car bombs in the Akrameh neighbourhood of Homs killed at least 18 people, most of them children.", "1924058075", S, "summary"),
    ("The Observatory reported the same toll as SANA for the double bombing.", "1924058075", S, "synonym"),
    ("The twin bombings in Homs killed at least 40 people and wounded 18.", "1924058075", C, "swapped-roles"),
    ("The Akrameh neighbourhood is home to a majority of Sunnis.", "1924058075", C, "actor-substituted"),
    ("The Waar district has returned to regime control.", "1924058075", C, "negation"),
    # 1926479123 reuters
    ("Islamic State killed 270 soldiers, guards and staff when it seized the Shaar gas field.", "1926479123", S, "synonym"),
    ("About 30 people escaped to the nearby Hajjar field.", "1926479123", S, "drop-detail"),
    ("Syrian state media reported the attack on the Shaar gas field.", "1926479123", C, "negation"),
    ("At least 400 Islamic State fighters were killed in the offensive.", "1926479123", C, "number-changed"),
    ("The Shaar gas field lies west of Homs.", "1926479123", C, "place-swapped"),
    # 1926479025 reuters
    ("Seventy-six people, 28 of them children, were killed when army helicopters dropped barrel bombs on Aleppo.", "1926479025", S, "number-words"),
    ("Rebels asked civilians in government-held Aleppo to move away from state security buildings.", "1926479025", S, "drop-detail"),
    ("Government forces have recaptured eastern and central parts of Aleppo.", "1926479025", C, "negation"),
    ("Rebels threatened to strike two Christian villages with missiles.", "1926479025", C, "actor-substituted"),
    # 1926479109 sana
    ("The Russian center in Hmeimim counted three breaches of the cessation of hostilities in 24 hours, all in Aleppo city.", "1926479109", S, "summary"),
    ("Mortar shells fired on Bab al-Faraj killed 15 civilians and injured 50.", "1926479109", S, "passive-active"),
    ("The number of armed groups that joined the agreement rose to 52.", "1926479109", C, "negation"),
    ("The total number of breaches since the agreement came into effect reached 83.", "1926479109", C, "number-changed"),
    ("The Russian Aerospace Forces targeted some groups that had joined the agreement.", "1926479109", C, "negation"),
    # 1926478942 sana
    ("Four rocket shells hit al-Jamilia, killing 8 persons.", "1926478942", S, "drop-detail"),
    ("Three people were injured by a rocket shell on al-Kallasa Street.", "1926478942", S, "passive-active"),
    ("The shells on al-Jamilia were fired from the western neighborhoods of Aleppo.", "1926478942", C, "place-swapped"),
    # 1926478992 sana
    ("A girl was killed and a woman injured by a rocket attack on al-Hamadaniyeh in Aleppo.", "1926478992", S, "synonym"),
    ("Mortar shells near Damascus Central Prison injured three visitors and a member of the Internal Security Forces.", "1926478992", S, "drop-detail"),
    ("The shells near Damascus Central Prison killed four people.", "1926478992", C, "negation"),
    ("Eight rocket shells hit the village of Hadar, killing a woman.", "1926478992", C, "unit-changed"),
    # 1965495380 sputnik
    ("The Syrian Democratic Forces killed twelve Daesh militants near Al Tabqah.", "1965495380", S, "number-words"),
    ("The clashes began on Saturday night east of Al Tabqah and lasted until Sunday morning.", "1965495380", S, "synonym"),
    ("The SDF launched the Wrath of Euphrates operation in November 2015.", "1965495380", C, "date-shifted"),
    ("Daesh broke through the frontline between Al Tabqah and the dam.", "1965495380", C, "negation"),
    # 1965495331 sputnik
    ("Al Jazeera reported that US airstrikes against the Nusra Front killed 11 civilians, four of them children.", "1965495331", S, "drop-detail"),
    ("The Pentagon said the strikes near Aleppo targeted the Khorasan group.", "1965495331", S, "synonym"),
    ("The Syrian Observatory said the strikes killed 13 civilians.", "1965495331", C, "number-changed"),
    ("The US-led coalition launched its first airstrikes in Syria on Monday.", "1965495331", C, "date-shifted"),
    ("The building hit in Idlib was the headquarters of the Khorasan group.", "1965495331", U, "place-swapped"),
    # 1965495337 sputnik
    ("A Nusra Front suicide bomber blew himself up at an army outpost in Aleppo, killing at least 25 soldiers and pro-government fighters.", "1965495337", S, "synonym"),
    ("The attacker detonated a vehicle in front of an orphanage used as a military base.", "1965495337", S, "synonym"),
    ("The blast killed at least 25 Nusra fighters.", "1965495337", C, "swapped-roles"),
    ("The number of those injured in the Aleppo blast was 60.", "1965495337", U, "true-plus-invented"),
    # 1924058217 / 1924058218 tass
    ("The Russian reconciliation center said Jabhat al-Nusra executed 40 people who tried to lay down arms in Qaryat al-Ansari.", "1924058217", S, "summary"),
    ("Jabhat al-Nusra executed 40 government soldiers in Qaryat al-Ansari.", "1924058217", C, "actor-substituted"),
    ("Local authorities said more than 100 civilians were killed and 700 injured in August shelling of Aleppo.", "1924058218", S, "passive-active"),
    ("More than half of the dead were women and children.", "1924058218", S, "drop-detail"),
    ("On August 10 a shell hit a passenger bus, killing 50 and wounding 14.", "1924058218", C, "swapped-roles"),
    ("The biggest destruction was in Aleppo's northern Hamdaniya.", "1924058218", C, "place-swapped"),
    # 1924058111 trt
    ("A drone strike near Sukhna killed at least eight Hezbollah fighters and injured more than 20.", "1924058111", S, "synonym"),
    ("A US drone carried out the strike on the Hezbollah position, the coalition said.", "1924058111", C, "speaker-changed"),
    ("Regime forces took Al Qaryatain from Daesh in April 2015.", "1924058111", C, "date-shifted"),
    ("Daesh fighters recaptured Al Qaryatain because Hezbollah withdrew from the town.", "1924058111", U, "causal-added"),
    # 1924058078 trt
    ("A suicide car bomb hit buses carrying evacuees from Foua and Kefraya, killing at least 100 people.", "1924058078", S, "summary"),
    ("Regime ally Iran and rebel backer Qatar brokered the evacuation.", "1924058078", S, "passive-active"),
    ("The evacuation brokered by Qatar and Iran is set to move more than 30000 people in two stages.", "1924058078", S, "reorder"),
    ("Rebel ally Iran and regime backer Qatar brokered the evacuation.", "1924058078", C, "swapped-roles"),
    ("Foua and Kefraya are predominantly Sunni rebel-held towns.", "1924058078", C, "actor-substituted"),
    ("More than 2200 people left Foua and Kefraya while 5000 were evacuated from Madaya and Zabadani.", "1924058078", C, "swapped-roles"),
    # 1926479221 sana
    ("SANA said more than 35 people suffered suffocation after shells containing toxic gases hit al-Hamadaniyeh and al-Assad suburb.", "1926479221", S, "summary"),
    ("In Deir Ezzor 40 rocket and mortar shells hit al-Joura and al-Qusour, killing a woman and injuring 30.", "1926479221", S, "reorder"),
    ("The toxic gas shells were fired from the eastern outskirts of Aleppo city.", "1926479221", C, "place-swapped"),
    ("A woman was killed and 40 people injured in ISIS shelling on Deir Ezzor.", "1926479221", C, "number-changed"),
    # 1923848207 ahram
    ("Sixty-two rebels died in an army ambush near Adra, east of Damascus.", "1923848207", S, "synonym"),
    ("SANA gave a death toll of 62 for the ambush.", "1923848207", C, "negation"),
    ("The ambush near Adra took place at dusk.", "1923848207", C, "date-shifted"),
    # 1914947532 nna / 1923102875 alaraby / 1965495383 sputnik
    ("Homs Governor Talal Barazi said the US missile strike caused deaths but he did not believe the human casualties were big.", "1914947532", S, "synonym"),
    ("Barazi said the attack served the interests of armed terrorist groups including Islamic State.", "1914947532", S, "drop-detail"),
    ("Barazi said the strike would change Syrian policy.", "1914947532", C, "negation"),
    ("Trump said he ordered the strikes because Russia had asked him to.", "1914947532", U, "causal-added"),
    ("Fifty-nine US cruise missiles launched by two destroyers severely damaged the Shayrat airbase.", "1923102875", S, "summary"),
    ("State news agency SANA said six people were killed in the attack.", "1923102875", S, "drop-detail"),
    ("Russia was not warned before the US strike.", "1923102875", C, "negation"),
    ("Shayrat is the largest airbase in Syria.", "1923102875", C, "comparison-reversed"),
    ("The US missile strike on Shairat killed four children living near the base, a source in Homs told Sputnik.", "1965495383", S, "synonym"),
    ("The Homs governor said five people were killed and seven injured.", "1965495383", S, "passive-active"),
    ("The Russian Foreign Minister said several Russian servicemen died in the attack.", "1965495383", C, "negation"),
    ("The Shairat airfield is about 40 kilometers from Damascus.", "1965495383", C, "place-swapped"),
    ("Russia cancelled its memorandum of understanding on air safety over Syria permanently.", "1965495383", U, "certainty-upgraded"),
    # 1918150027 / 1918150033 asharqalawsat
    ("A bomb attack on Noha's bus convoy outside Aleppo killed more than 120 people, including dozens of children.", "1918150027", S, "synonym"),
    ("Noha left al-Foua with her two youngest children and 5000 other people.", "1918150027", S, "drop-detail"),
    ("In exchange, 2000 Shiite residents and rebel fighters from Madaya were given safe passage to Idlib.", "1918150027", C, "actor-substituted"),
    ("Noha is a Sunni and Samira a Shiite.", "1918150027", C, "swapped-roles"),
    ("Samira's husband was killed by the regime.", "1918150027", U, "certainty-upgraded"),
    ("Samira plans to stay in Idlib.", "1918150027", C, "negation"),
    ("A Syria Civil Defence spokesman said 33 people, mostly women and children, were affected by gas suspected to be chlorine in Saraqeb.", "1918150033", S, "synonym"),
    ("A Russian helicopter was shot down near Saraqeb on Monday, killing all five people on board.", "1918150033", S, "drop-detail"),
    ("The Syria Civil Defence confirmed that the gas used was chlorine.", "1918150033", C, "certainty-upgraded"),
    ("John Kirby confirmed the use of chemical weapons in Saraqeb.", "1918150033", C, "negation"),
    ("Russia said the helicopter was shot down by rebels using a US-made missile.", "1918150033", U, "true-plus-invented"),
    ("The barrels of toxic gas fell far from where the helicopter had been shot down.", "1918150033", C, "place-swapped"),
]


def expand(doc):
    out = [doc]
    for x in [DUPS.get(doc)] + [k for k, v in DUPS.items() if v == doc] + EXTRA_COPIES.get(doc, []):
        if x and x not in out:
            out.append(x)
    return out


def model_rows():
    data = json.loads((HERE / "model_sentences.json").read_text(encoding="utf-8"))
    return [(r["claim"], r["doc_id"], r["label"], "model") for r in data["labelled"]]


def main():
    seen = set()
    rows = {"examples": [], "fakes": []}
    for claim, doc, label, kind in EXAMPLES + FAKES + model_rows():
        assert label in (S, U, C), claim
        assert claim not in seen, claim
        seen.add(claim)
        corpus = "examples" if "_" in doc else "fakes"
        rows[corpus].append({"claim": claim, "doc_ids": expand(doc) if corpus == "fakes" else [doc],
                             "label": label, "kind": kind, "corpus": corpus, "split": split_of(doc)})
    for corpus, items in rows.items():
        with open(HERE / f"claims-{corpus}.jsonl", "w", encoding="utf-8") as fh:
            for r in items:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "claims.jsonl", "w", encoding="utf-8") as fh:
        for r in rows["examples"] + rows["fakes"]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
