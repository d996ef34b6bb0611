"""Session 7 refusal set (H-refuse): 44 questions written by hand from 13 FA-KES articles not used by holdout3,
refusals6 or h2tune (random.Random(7007) over unused unit_ids of 120-450 words), before the system was run on them.
Unanswerable items were grepped over all 804 FA-KES rows (no article gives the asked value / the changed detail).
Split once by article: articles A C E G I K M -> tune, B D F H J L -> test.  python3 make_refusals7.py > refusals7.jsonl"""
import json

TUNE = set("ACEGIKM")
ARTICLES = {
    "A": "1962495712", "B": "1914947533", "C": "1923848251", "D": "1924058111", "E": "1924058188", "F": "1962495661",
    "G": "1926479221", "H": "1923848317", "I": "1965495372", "J": "1965495342", "K": "1965511221", "L": "1962495646",
    "M": "1923848286",
}
# (article, id, form, answerable, question, facts, extra docs)
ITEMS = [
    ("A", "sulay-injured", "number", True, "How many people were injured when terrorists shelled the Sulaymaniyah neighborhood of Aleppo on Saturday 12 November 2016?", ["10"], []),
    ("A", "sulay-christians", "paraphrase", True, "Which religious community mainly lives in the Sulaymaniyah area of Aleppo?", ["Christians"], []),
    ("A", "sulay-homs", "unans-wrong-detail", False, "How many people were killed in the terrorist shelling of the Sulaymaniyah neighborhood of Homs in November 2016?", [], []),
    ("A", "sulay-police-name", "unans-person", False, "What is the name of the Aleppo police officer who said the injured in the Sulaymaniyah shelling were in a serious condition?", [], []),
    ("B", "convoy-bodies", "number", True, "How many bodies did the Civil Defence say it had carted away from the site of the convoy blast outside Aleppo?", ["100"], []),
    ("B", "convoy-carrying", "number", True, "How many people was the convoy from al-Foua and Kefraya carrying when it was bombed?", ["5000"], []),
    ("B", "convoy-buses-destroyed", "unans-statistic", False, "How many buses were destroyed in the blast on the evacuation convoy outside Aleppo?", [], []),
    ("B", "convoy-arrest", "unans-follow-up", False, "Who was arrested over the suicide car bombing of the Fua and Kefraya evacuation convoy?", [], []),
    ("C", "atareb-town", "which-place", True, "In which town did air strikes hit a market and kill at least 61 people in November 2017?", ["Atareb"], []),
    ("C", "atareb-egeland", "which-person", True, "Which UN humanitarian adviser told Reuters that the zones did de-escalate fighting?", ["Egeland"], []),
    ("C", "atareb-march", "unans-wrong-detail", False, "How many people were killed by air strikes on the market in Atareb in March 2017?", [], []),
    ("C", "atareb-sana", "unans-outlet", False, "According to SANA, how many people were killed in the air strikes on the Atareb market?", [], []),
    ("D", "sukhna-town", "which-place", True, "Near which town did a drone strike kill eight Hezbollah fighters in October 2017?", ["Sukhna"], []),
    ("D", "sukhna-injured", "number", True, "How many people were injured by the drone strike on the Hezbollah position near Sukhna?", ["20"], []),
    ("D", "sukhna-israeli", "unans-wrong-detail", False, "How many Hezbollah fighters did the Israeli drone strike near Sukhna kill?", [], []),
    ("D", "sukhna-commander", "unans-person", False, "Which Hezbollah commander was killed in the drone strike near Sukhna?", [], []),
    ("E", "haas-unicef", "which-person", True, "Which UNICEF director said the attack on the school in Idlib was a tragedy and an outrage?", ["Lane"], []),
    ("E", "haas-village", "which-place", True, "In which Idlib village did air raids hit a school, killing 22 children?", ["Haas"], []),
    ("E", "haas-enrolled", "unans-statistic", False, "How many students were enrolled at the school hit by air strikes in Haas?", [], []),
    ("E", "haas-2014", "unans-wrong-detail", False, "How many children were killed in air strikes on a school in Haas in October 2014?", [], []),
    ("F", "manbij-district", "according-to", True, "How many people did the Syrian Observatory say were killed as the coalition carried out raids in a northern district of Manbij?", ["15"], []),
    ("F", "manbij-incirlik", "according-to", True, "According to Press TV, which air base do the US and its allies use to bomb ISIS positions in northern Syria?", ["Incirlik"], []),
    ("F", "manbij-hospital", "unans-organisation", False, "Which hospital in Manbij received the civilians wounded in the coalition raids of July 2016?", [], []),
    ("F", "manbij-pilots", "unans-statistic", False, "How many coalition jets took part in the July 2016 raids on Manbij that killed 21 civilians?", [], []),
    ("G", "gas-hospitals", "list", True, "Which hospitals did the SANA reporter visit to see the people injured by the toxic gas shells in Aleppo?", ["Jamiaa", "Razi"], []),
    ("G", "gas-shells-deir", "number", True, "How many rocket and mortar shells hit the al-Joura and al-Qusour neighborhoods of Deir Ezzor?", ["40"], []),
    ("G", "gas-mp-name", "unans-person", False, "Which member of the Turkish Parliament revealed that Erdogan had provided terrorist organizations with toxic gases?", [], []),
    ("G", "gas-shell-count", "unans-statistic", False, "How many shells containing toxic gas hit al-Hamadaniyeh on 30 October 2016?", [], []),
    ("H", "markada-town", "which-place", True, "Which town on the Iraqi border in Hasakeh province did ISIL overrun at the end of March 2014?", ["Markada"], []),
    ("H", "markada-isil-lost", "number", True, "How many of its fighters did ISIL lose as it took total control of Markada?", ["13"], []),
    ("H", "markada-raqqa", "unans-wrong-detail", False, "How many Al-Nusra Front and rebel fighters were killed fighting ISIL in Markada in Raqqa province?", [], []),
    ("H", "markada-recapture", "unans-follow-up", False, "When did the rebels recapture Markada from ISIL?", [], []),
    ("I", "demistura-children", "how-many-according-to", True, "According to the United Nations, how many children were among those killed in the April 15 attack near Aleppo?", ["67"], []),
    ("I", "demistura-egeland", "which-person", True, "Which UN special envoy for humanitarian issues said no one could say who was responsible for the attack?", ["Egeland"], []),
    ("I", "demistura-manar", "unans-outlet", False, "According to Al-Manar, how many children were killed in the April 2017 bombing of the evacuee convoy at Rashidin?", [], []),
    ("I", "demistura-wounded-name", "unans-person", False, "What was the name of the suicide attacker who detonated the car bomb in the Rashidin neighborhood in April 2017?", [], []),
    ("J", "bukamal-dead", "according-to", True, "According to the SANA news agency, how many civilians did the coalition strikes on Al Bukamal kill?", ["five"], []),
    ("J", "bukamal-injured", "number-in-words", True, "How many civilians were injured by the US-led coalition airstrikes in Deir ez-Zor province in late September 2017?", ["ten"], []),
    ("J", "bukamal-houses", "unans-statistic", False, "How many houses did the coalition airstrikes on Al Bukamal destroy?", [], []),
    ("J", "bukamal-russian", "unans-wrong-detail", False, "How many civilians did Russian airstrikes kill in the city of Al Bukamal on October 1, 2017?", [], []),
    ("K", "kussa-wounded", "number", True, "How many civilians were wounded by Turkish artillery fire and air strikes at Jeb el-Kussa?", ["50"], []),
    ("K", "kussa-operation", "which-organisation", True, "What is the name of the operation Turkey launched in Syria in August 2016?", ["Euphrates Shield"], []),
    ("K", "kussa-russian", "unans-wrong-detail", False, "How many civilians were killed by Russian air strikes on the village of Jeb el-Kussa?", [], []),
    ("K", "kussa-soldier-name", "unans-person", False, "What was the name of the Turkish soldier who was the first fatality of Operation Euphrates Shield?", [], []),
    ("L", "assyr-abducted", "how-many-according-to", True, "According to the Syrian Observatory for Human Rights, how many Assyrian Christians were abducted in three days?", ["220"], []),
    ("L", "assyr-archimandrite", "which-person", True, "Which archimandrite said that around 15 young Assyrians had been killed by ISIS?", ["Youkhana"], []),
    ("L", "assyr-korkis", "unans-entity", False, "What did Father Elias Korkis say about the Assyrian hostages taken by ISIS in Hasaka?", [], []),
    ("L", "assyr-ransom", "unans-statistic", False, "How much ransom did ISIS demand for the release of the abducted Assyrian Christians?", [], []),
    ("M", "qaterji-district", "which-place", True, "In which district of Aleppo did Russian raids claim 17 lives overnight in October 2016?", ["Qaterji"], []),
    ("M", "qaterji-children", "number-in-words", True, "How many children were among the dead in the rebel-held district of Marjeh on Monday 17 October 2016?", ["five"], []),
    ("M", "qaterji-idlib", "unans-wrong-detail", False, "How many civilians were killed by Russian raids in the Qaterji district of Idlib city in October 2016?", [], []),
    ("M", "qaterji-bakery", "unans-entity", False, "How many people were killed in the air strike on the Qaterji Grand Bakery in Aleppo?", [], []),
]

if __name__ == "__main__":
    for art, iid, form, ans, q, facts, extra in ITEMS:
        doc = ARTICLES[art]
        print(json.dumps({"id": f"r7-{iid}", "question": q, "answerable": ans, "facts": facts, "docs": [doc, *extra] if ans else [],
                          "form": form, "corpus": "fakes", "split": "tune" if art in TUNE else "test", "about": doc}))
