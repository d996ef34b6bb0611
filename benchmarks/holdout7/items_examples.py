"""Hand-written items on the five example articles (corpus `default`) for holdout7 (H-holdout7, session 10).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout3-6.
Written from the article texts only; items differ from holdout6's (which the author read as tuning data).
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex7-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("only-country", "Apart from West Asia and Russia, which country is the only one Assad has visited since the civil war began in 2011?", True, ["China"], ["000"], "which-place")
Q("lin-agency", "Which news agency quoted the Chinese Foreign Ministry spokesman's remark that China was willing to make positive efforts on Syria?", True, ["AFP"], ["000", "001"], "which-organisation")
Q("kurds-where", "In which part of Syria does the Kurdish militia hold territory, according to The New York Times?", True, ["northeast"], ["000", "001"], "according-to")
Q("distractions", "With which two conflicts are Assad's allies Russia and Iran/Hezbollah distracted, respectively?", True, ["Ukraine", "Israel"], ["000"], "list")
Q("tehran-urge", "What did Tehran urge Islamic countries to do?", True, ["unite in helping Syria defeat the militants"], ["002"], "why-how")
Q("tehran-blame", "Whom did Iran blame for the escalation in Syria?", True, ["Israel and the US"], ["002"], "alias")
Q("moscow-mobilised", "What did Moscow mobilise to aid the Syrian army?", True, ["air force units stationed in the country"], ["002"], "which-thing")
Q("army-losses", "Which body said dozens of Syrian army service members were lost in the heavy fighting?", True, ["Syrian General Command"], ["002"], "which-organisation")
Q("provinces", "In which provinces did the militants take over towns and villages, according to the report quoting Lin Jian's 'deep concern'?", True, ["Aleppo", "Idlib", "Hama"], ["002"], "list")
Q("sabbagh", "Who is the Syrian foreign minister who phoned Ayman Safadi?", True, ["Bassem Sabbagh"], ["003"], "which-person")
Q("isw", "Which think tank reported that Assad had visited Moscow on November 30?", True, ["Institute for the Study of War"], ["003"], "which-organisation")
Q("kisel", "Which lieutenant-general did Alexander Chaiko replace as commander of the Russian forces in Syria?", True, ["Sergei Kisel"], ["003"], "which-person")
Q("safira-where", "Es-Safira lies in which direction from Aleppo?", True, ["southeast of Aleppo"], ["003"], "which-place")
Q("entered-aleppo", "When did the rebel coalition enter Aleppo?", True, ["Friday evening"], ["003"], "date")
Q("aleppo-first", "Had the Assad regime ever lost control of Aleppo before, since the war began in 2011?", True, ["first time since the start of the war in Syria in 2011"], ["003"], "yes-no")
Q("memri", "Which organisation translated Qi Qianjin's interview with Al-Watan?", True, ["Middle East Media Research Institute"], ["004"], "which-organisation")
Q("mina", "What does MINA stand for?", True, ["Macedonian International News Agency"], ["004"], "short")
Q("idlib-when", "How soon could the battle for Idlib begin, according to pro-Damascus sources cited in the op-ed?", True, ["as early as September"], ["004"], "date")
Q("idlib-like", "To which earlier battle does the op-ed compare the coming fight for Idlib?", True, ["Aleppo in 2016"], ["004"], "which-thing")
Q("qi-typo", "whats the name of chinas ambasador to syria who talked to al-watan", True, ["Qi Qianjin"], ["004"], "typo")
Q("war-length", "How many years of war does the op-ed on China and Idlib count?", True, ["seven years"], ["004"], "number-in-words")
Q("long-control", "Before the direct Russian intervention of 2015 turned things around, how much of Syria had the Assad regime lost at one point?", True, ["more than half of Syria"], ["000"], "long")

# --- unanswerable (key terms grepped over the five examples and all FA-KES rows)
Q("safira-planes", "How many Russian warplanes took part in the strikes near Es-Safira?", False, [], [], "unans-statistic", "003")
Q("hts-size", "How many HTS fighters took part in the offensive that captured Aleppo?", False, [], [], "unans-statistic", "002")
Q("lin-turkey", "What did Lin Jian say about Turkey's role in the rebel offensive?", False, [], [], "unans-follow-up", "002")
Q("xi-2022", "On what date in 2022 did Xi Jinping and Assad sign their strategic partnership deal?", False, [], [], "unans-date", "002")
Q("china-general", "Which Chinese general would command Chinese forces joining the Syrian army in Idlib?", False, [], [], "unans-person", "004")
Q("reuters-aleppo", "What did Reuters report about the rebels' capture of Aleppo?", False, [], [], "unans-outlet", "000")
Q("ankara-result", "What was agreed when Abbas Araghchi met Turkish officials in Ankara?", False, [], [], "unans-follow-up", "003")
Q("uyghur-china-est", "At how many did the Chinese government estimate the Uyghur fighters in Syria in 2017?", False, [], [], "unans-wrong-detail", "004")
Q("safira-wounded", "How many civilians were wounded in the strikes on the outskirts of Es-Safira?", False, [], [], "unans-statistic", "003")
Q("secular-groups", "Name the Turkish-backed secular armed groups in the rebel coalition that took Aleppo.", False, [], [], "unans-organisation", "003")
Q("kurdish-militia-name", "What is the name of the Kurdish militia that controls part of northeast Syria?", False, [], [], "unans-organisation", "000")

# --- claims
C("China's Foreign Ministry said it was willing to make positive efforts to keep the situation in Syria from getting worse.", "000", S, "paraphrase")
C("At one point the Assad regime had lost more than half of Syria.", "000", S, "drop-detail")
C("In their first offensive in nearly four years, opposition forces captured much of Aleppo city by the weekend.", "000", S, "reorder")
C("According to The New York Times, the rest of the country is split between opposition forces and Kurdish militia in the northwest.", "000", X, "place-swapped")
C("Syrian and Russian warplanes have driven the opposition out of Aleppo city.", "000", X, "negation")
C("Turkey supports the opposition and Russia supports Assad.", "000", S, "summary")
C("Russia's direct military intervention in 2015 was pivotal in turning the tide for Assad.", "001", S, "drop-detail")
C("Iran is embroiled in the war in Ukraine, while Russia faces escalating tensions with Israel.", "001", X, "swapped-roles")
C("China's Foreign Ministry statement expressed support for the opposition's efforts to maintain stability.", "001", X, "actor-substituted")
C("Analysts expect the regime to retake Aleppo within weeks.", "001", U, "actor-added")
C("Lin said the Chinese embassy advised citizens to move to safer areas if possible.", "002", S, "drop-detail")
C("Government forces reportedly killed hundreds of militants and stopped their advance into central Syria.", "002", S, "synonym")
C("The Syrian General Command said hundreds of Syrian soldiers were lost in the fighting.", "002", X, "quantifier-changed")
C("Xi told Assad that Beijing supported Syria in opposing foreign interference and unilateral bullying.", "002", S, "drop-detail")
C("Tehran placed the blame for the escalation on Israel and the US.", "002", S, "reorder")
C("The HTS attack on government-held territory began last Thursday.", "002", X, "date-shifted")
C("Moscow confirmed that Russian ground troops had joined the Syrian counteroffensive.", "002", U, "actor-added")
C("According to the Institute for the Study of War, Assad visited Moscow on November 30.", "003", S, "reorder")
C("Assad vowed to crush the insurgents, saying force is the only language terrorists know.", "003", S, "paraphrase")
C("Iraqi Prime Minister Mohammad Shia al Sudani spoke with Assad on November 30.", "003", S, "passive-active")
C("Iranian-backed Iraqi militias are reportedly active in northeast Syria since November 27.", "003", X, "place-swapped")
C("Ukrainian military intelligence explained how Kisel's dismissal would change Russian operations in Syria.", "003", X, "negation")
C("Chaiko is returning to a post he held before as commander of the Russian forces in Syria.", "003", S, "paraphrase")
C("The rebel groups entered Aleppo on Saturday morning.", "003", X, "date-shifted")
C("Turkey armed Hayat Tahrir al Cham for the offensive on Aleppo.", "003", U, "actor-added")
C("Qi Qianjin said Chinese and Syrian armies cooperate closely against terrorists, including some who came from China.", "004", S, "paraphrase")
C("The Assad campaign to take back the south of Syria had failed.", "004", X, "negation")
C("Uyghur militants have entered Syria in the hundreds over the past few years.", "004", X, "quantifier-changed")
C("Al-Watan is an opposition newspaper.", "004", X, "actor-substituted")
C("The Chinese military has agreed to deploy troops to Idlib in September.", "004", U, "plans-to-did")
