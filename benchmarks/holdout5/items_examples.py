"""Hand-written items on the five example articles (corpus `default`) for holdout5 (H-holdout5, session 8).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout3 and holdout4.
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex5-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("spokesman", "Which spokesman of the Chinese Foreign Ministry said China supports Syria's efforts to maintain national security and stability?", True, ["Lin Jian"], ["000", "001", "002"], "which-person")
Q("safira", "Near which village southeast of Aleppo did Syrian and Russian strikes reportedly kill civilians on Monday?", True, ["Es-Safira"], ["003"], "which-place")
Q("safira-n", "Es-Safira strikes civilian deaths?", True, ["11 civilians"], ["003"], "short")
Q("chaiko", "Who replaced Lieutenant-General Sergei Kisel at the head of the Russian forces in Syria?", True, ["Alexander Chaiko"], ["003"], "which-person")
Q("moscow-visit", "According to the Institute for the Study of War, on what date did Assad visit Moscow?", True, ["November 30"], ["003"], "according-to")
Q("kremlin-confirm", "Did the Kremlin confirm the ISW report that Assad had been to Moscow?", True, ["refused to confirm"], ["003"], "is-it-true-false")
Q("offensive-date", "On which date in November did the opposition forces launch their surprise offensive?", True, ["November 27"], ["003"], "in-month-year")
Q("qi", "Who is the Chinese ambassador to Syria who spoke to a pro-government daily about Idlib?", True, ["Qi Qianjin"], ["004"], "which-person")
Q("jihadists-n", "How many armed jihadists are there in the main anti-Assad factions in Idlib, according to some estimates?", True, ["40,000"], ["004"], "how-many-according-to")
Q("uyghur-2017", "What number did the Syrian government put on the Uyghur militants in 2017?", True, ["5,000"], ["004"], "number")
Q("xinjiang", "From which western Chinese province have the Uyghur militants come to Syria?", True, ["Xinjiang"], ["004"], "which-place")
Q("watan", "Which newspaper interviewed Beijing's ambassador in Damascus?", True, ["Al-Watan"], ["004"], "alias")
Q("memri", "Which institute translated the ambassador's interview into English?", True, ["MEMRI"], ["004"], "which-organisation")
Q("araghchi", "Which Iranian foreign minister was to meet Turkish officials in Ankara after seeing Assad?", True, ["Abbas Araghchi"], ["003"], "which-person")
Q("fm-call", "Name the Syrian foreign minister and the Jordanian counterpart he spoke with by telephone.", True, ["Bassem Sabbagh", "Ayman Safadi"], ["003"], "imperative")
Q("embassy-advice", "What did the Chinese embassy advise Chinese citizens living in Syria to do?", True, ["take extra security precautions"], ["002"], "why-how")
Q("backers", "Which nations besides China have expressed support for Damascus over the past few days?", True, ["Russia", "Iran", "Iraq", "Egypt"], ["002"], "list")
Q("tehran-blame", "Whom did Tehran blame for the escalation?", True, ["Israel and the US"], ["002"], "alias")
Q("idlib-civilians", "About how many million civilians and displaced people live in Idlib alongside the jihadists?", True, ["2 million"], ["004"], "number-in-words")
Q("general-command", "According to the Syrian General Command, did the army suffer losses in the heavy fighting?", True, ["dozens of Syrian army service members were lost"], ["002"], "according-to")
Q("gur", "Which body confirmed on Sunday, December 1, that Kisel had been dismissed?", True, ["Main Directorate of Ukrainian Military Intelligence"], ["003"], "which-organisation")
Q("sudani", "With which Iraqi prime minister did Assad speak on November 30?", True, ["Mohammad Shia al Sudani"], ["003"], "which-person")
Q("hts-idlib-since", "since when has idlib been held by the nusra-dominated coalition", True, ["2015"], ["004"], "lowercase")

# --- unanswerable (key terms grepped over the five examples and all 804 FA-KES rows)
Q("chinese-citizens-n", "How many Chinese citizens live in Syria, according to the embassy's security alert?", False, [], [], "unans-statistic", "002")
Q("chinese-units", "Which Chinese military units will fight alongside the Syrian army in Idlib?", False, [], [], "unans-follow-up", "004")
Q("xi-damascus", "When did Xi Jinping visit Damascus?", False, [], [], "unans-wrong-detail", "000")
Q("turkish-fm", "What did the Turkish foreign minister say after meeting Abbas Araghchi in Ankara?", False, [], [], "unans-follow-up", "003")
Q("safira-reuters", "According to Reuters, how many civilians were killed near Es-Safira?", False, [], [], "unans-outlet", "003")
Q("russian-jets-n", "How many Russian warplanes are stationed in Syria?", False, [], [], "unans-statistic", "002")
Q("hts-commander", "Who commanded the HTS offensive that took Aleppo?", False, [], [], "unans-person", "002")
Q("uyghur-2020", "How many Uyghur fighters did the Syrian government estimate were in Syria in 2020?", False, [], [], "unans-date", "004")
Q("first-town", "Which town did the Syrian army recapture first in its Thursday counteroffensive?", False, [], [], "unans-entity", "002")

# --- claims, judged against the one cited article
C("China's Foreign Ministry said on Monday that it supports Syria's efforts to maintain national security and stability.", "000", S, "paraphrase")
C("Since the war began in 2011 Assad has visited several countries outside West Asia and Russia, China among them.", "000", X, "quantifier-changed")
C("The regime lost more than half of Syria after the direct Russian military intervention in 2015.", "000", X, "order-reversed")
C("China pledged to send troops to help Assad retake Aleppo.", "000", U, "true-plus-invented")
C("China voiced support for Assad while the opposition was believed to hold much of Aleppo.", "000", S, "summary")
C("Russia's war in Ukraine and Iran's tensions with Israel have distracted Assad's key allies.", "001", S, "paraphrase")
C("The offensive is the smallest pushback against the Assad regime in nearly four years.", "001", X, "comparison-reversed")
C("China's statement of support was coordinated with Moscow and Tehran.", "001", U, "causal-added")
C("Lin said the Chinese embassy had issued a security alert advising citizens to move to safer areas if possible.", "002", S, "drop-detail")
C("Syrian government forces launched their counteroffensive on Wednesday.", "002", X, "date-shifted")
C("Tehran blamed Turkey for the escalation.", "002", X, "actor-substituted")
C("Xi and Assad signed a strategic partnership deal last September.", "002", S, "synonym")
C("Moscow flew additional air force units in from Russia to aid the Syrian army.", "002", X, "detail-changed")
C("Moscow called the militants' offensive a direct violation of Syria's sovereignty.", "002", S, "drop-detail")
C("The Syrian army and its Russian ally said they were targeting rebel hideouts and denied bombing civilians.", "003", S, "reorder")
C("The Syrian army admitted bombing civilians near Es-Safira.", "003", X, "negation")
C("The rebels entered Aleppo on Friday morning.", "003", X, "date-shifted")
C("Peskov confirmed that Assad had visited Moscow on November 30.", "003", X, "speaker-changed")
C("Assad visited Moscow on November 30.", "003", U, "certainty-upgraded")
C("Alexander Chaiko was appointed because of the loss of Aleppo.", "003", U, "causal-added")
C("In a call with al Sudani, Pezeshkian stressed that Islamic countries must stand together against regional terrorism.", "003", S, "paraphrase")
C("Iranian-backed Iraqi militias are confirmed to be fighting in northwest Syria.", "003", X, "certainty-upgraded")
C("The ambassador said China's military is willing to take part in some way alongside the Syrian army fighting terrorists in Idlib.", "004", S, "passive-active")
C("Idlib has been held since 2017 by a coalition dominated by the Nusra Front.", "004", X, "date-shifted")
C("According to some estimates there are upwards of 4,000 armed jihadists in Idlib.", "004", X, "number-changed")
C("China has already deployed troops to fight in Idlib.", "004", U, "plans-to-did")
C("Uyghur militants from Xinjiang have entered Syria in the thousands over the past few years.", "004", S, "synonym")
C("The Chinese ambassador gave his interview to the state news agency SANA.", "004", X, "actor-substituted")
