"""Hand-written items on the five example articles (corpus `default`) for holdout6 (H-holdout6, session 9).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout3-5.
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex6-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("control-share", "How much of Syria does the Assad regime control, according to The New York Times?", True, ["around 60"], ["000", "001"], "according-to")
Q("frozen-since", "Since when had the fighting between Assad's regime and the opposition been essentially frozen?", True, ["Since 2020"], ["000"], "date")
Q("ceasefire-parties", "Which two countries reached the ceasefire deal that froze the conflict, one backing the opposition and one backing Assad?", True, ["Turkey", "Russia"], ["000"], "two-constraints")
Q("xi-deal", "When did Xi Jinping and Assad sign their strategic partnership deal?", True, ["Last September"], ["002"], "date")
Q("embassy-advice", "What did the Chinese embassy in Syria advise Chinese citizens living in the country to do?", True, ["take extra security precautions"], ["002"], "why-how")
Q("hts-former", "Which group attacking government territory in northern Syria used to be called Jabhat al-Nusra?", True, ["Hayat Tahrir-al-Sham"], ["002"], "alias")
Q("supporters", "List the nations besides China that expressed support for Damascus in the days after the militants' offensive.", True, ["Russia", "Iran", "Iraq", "Egypt"], ["002"], "imperative")
Q("araghchi", "Which Iranian foreign minister was due to meet Turkish officials in Ankara after seeing Assad?", True, ["Abbas Araghchi"], ["003"], "which-person")
Q("safadi", "syrian foreign minister phone call jordanian counterpart name", True, ["Ayman Safadi"], ["003"], "keyword")
Q("gur", "Which Ukrainian body confirmed that the commander of the Russian forces in Syria had been replaced?", True, ["Main Directorate of Ukrainian Military Intelligence"], ["003"], "which-organisation")
Q("force", "According to Assad, what is the only language terrorists know?", True, ["language of force"], ["003"], "according-to")
Q("idlib-jihadists", "Roughly how many armed jihadists are there in Idlib, according to some estimates cited in the op-ed?", True, ["40,000"], ["004"], "number")
Q("watan", "In which pro-government daily did Beijing's ambassador to Syria give his interview?", True, ["Al-Watan"], ["004"], "alias")
Q("uyghur-2017", "At how many did the Syrian government estimate the Uyghur fighters in 2017?", True, ["5,000"], ["004"], "number")
Q("xinjiang", "From which western Chinese province did the Uyghur militants come to Syria?", True, ["Xinjiang"], ["004"], "which-place")
Q("pezeshkian", "Which Iranian president talked to the Iraqi prime minister about 'regional terrorism' on December 1?", True, ["Masoud Pezeshkian"], ["003"], "which-person")
Q("start-compare", "When did the offensive against government territory begin, according to the DayFR report and according to the report quoting Lin Jian's 'deep concern'?", True, ["November 27", "last Wednesday"], ["003", "002"], "comparison", "003")
Q("safira-denied", "Did the Syrian army and its Russian ally admit to bombing civilians on Monday?", True, ["denied bombing civilians"], ["003"], "yes-no")
Q("idlib-civilians", "How many civilians and displaced people live among the jihadists in Idlib, according to the op-ed that quotes the Chinese ambassador?", True, ["about 2 million"], ["004"], "number")

# --- unanswerable (key terms grepped over the five examples and all FA-KES rows)
Q("chinese-in-syria", "How many Chinese citizens live in Syria, according to the embassy's security alert?", False, [], [], "unans-statistic", "002")
Q("ankara-officials", "Which Turkish officials did Abbas Araghchi meet in Ankara?", False, [], [], "unans-person", "003")
Q("chinese-troops", "How many Chinese troops did Qi Qianjin say would be sent to Idlib?", False, [], [], "unans-statistic", "004")
Q("safira-hospital", "Which hospital took in the wounded from the strikes near Es-Safira?", False, [], [], "unans-entity", "003")
Q("unsc-aleppo", "What did the UN Security Council decide about the opposition's capture of Aleppo in late 2024?", False, [], [], "unans-follow-up", "003")
Q("hts-commander", "Who commanded the HTS fighters who entered Aleppo on Friday evening?", False, [], [], "unans-person", "003")
Q("xi-aid", "How much military aid did China pledge to Syria in the strategic partnership deal Xi and Assad signed?", False, [], [], "unans-statistic", "002")
Q("aljazeera-lin", "What did Al Jazeera report about Lin Jian's statement on Syria?", False, [], [], "unans-outlet", "000")
Q("beijing-visit-date", "On what date did Assad last visit Beijing?", False, [], [], "unans-date", "000")
Q("militia-size", "How many Iranian-backed Iraqi militiamen have entered northwest Syria since November 27?", False, [], [], "unans-statistic", "003")
Q("chaiko-2015", "Which Russian general did Alexander Chaiko replace as commander in Syria in 2015?", False, [], [], "unans-wrong-detail", "003")

# --- claims
C("In a statement on Monday, China's Foreign Ministry said it supports Syria's efforts to maintain national security and stability.", "000", S, "reorder")
C("According to The New York Times, the regime controls around 40 per cent of the country.", "000", X, "number-changed")
C("The conflict was frozen from 2020 after Iran and Russia reached a ceasefire deal.", "000", X, "actor-substituted")
C("After Russia's direct military intervention in 2015, the regime regained control of most of Syria.", "000", S, "paraphrase")
C("China has offered to send warplanes to support Assad's forces around Aleppo.", "000", U, "actor-added")
C("Assad's allies Russia, Iran and Hezbollah are distracted by their own conflicts with Ukraine and Israel.", "000", S, "drop-detail")
C("Opposition forces seized a large part of Aleppo city in the biggest push against Assad in almost four years.", "001", S, "summary")
C("China's Foreign Ministry statement distanced Beijing from the Assad regime.", "001", X, "negation")
C("Lin Jian said China is deeply concerned about the situation in northwestern Syria.", "002", S, "drop-detail")
C("Government forces backed by Russian jets launched their counteroffensive on Wednesday.", "002", X, "date-shifted")
C("The militants took over towns and villages in the Aleppo, Idlib and Homs provinces.", "002", X, "place-swapped")
C("Xi Jinping and Assad signed a strategic partnership deal last September.", "002", S, "synonym")
C("Egypt sent troops to help Damascus fight the militants.", "002", U, "actor-added")
C("Tehran blamed Turkey for the escalation in Syria.", "002", X, "actor-substituted")
C("Moscow called the militants' offensive a direct violation of Syria's sovereignty.", "002", S, "paraphrase")
C("The Chinese embassy has begun evacuating Chinese citizens from Syria.", "002", U, "plans-to-did")
C("Eleven civilians are believed to have died in strikes on the outskirts of Es-Safira.", "003", S, "paraphrase")
C("Iranian President Pezeshkian spoke with Iraqi Prime Minister al Sudani on November 30.", "003", X, "date-shifted")
C("The Syrian army admitted bombing civilians near Es-Safira.", "003", X, "negation")
C("The rebel coalition includes secular groups backed by Turkey and is dominated by the Islamist group Hayat Tahrir al Cham.", "003", S, "reorder")
C("Kremlin spokesman Dmitry Peskov confirmed that Assad had visited Moscow on November 30.", "003", X, "certainty-upgraded")
C("Chaiko was brought in because Kisel had failed to stop the rebel advance on Aleppo.", "003", U, "causal-added")
C("Qi Qianjin told Al-Watan the Chinese military is willing to take part in some way alongside the Syrian army fighting in Idlib.", "004", S, "drop-detail")
C("In 2017 the Syrian government estimated the number of Uyghur fighters at around 50,000.", "004", X, "number-changed")
C("Idlib has been held since 2015 by a coalition dominated by ISIS.", "004", X, "actor-substituted")
C("Some estimates put the armed jihadists in Idlib at more than 40,000, living among about 2 million civilians and displaced people.", "004", S, "paraphrase")
C("China has already deployed special forces to Idlib.", "004", U, "plans-to-did")
