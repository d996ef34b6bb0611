"""Hand-written items on the five example articles (corpus `default`) for holdout3 (H-holdout3, session 6).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout2.
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex3-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("weekend", "By when had the opposition captured much of Aleppo city?", True, ["weekend"], ["000"], "date")
Q("hezbollah", "Which Lebanon-based group is Assad said to depend on for survival?", True, ["Hezbollah"], ["000"], "which-organisation")
Q("rest-of-country", "According to The New York Times, who controls the parts of Syria the regime does not hold?", True, ["opposition forces", "Kurdish militia"], ["000", "001"], "according-to")
Q("afp", "Which news agency is cited for Lin Jian's remarks in the report on China backing Assad?", True, ["AFP"], ["000", "001"], "which-organisation")
Q("war-start", "In what year did the Syrian Civil War break out?", True, ["2011"], ["000", "001", "003"], "date")
Q("general-command", "What did the Syrian General Command say about army losses in the heavy fighting?", True, ["dozens"], ["002"], "why-how")
Q("tehran-long", "I'm reading about the offensive of late 2024. In the days after the rebels moved, several governments said they backed Damascus; one of them, according to RT, blamed others for the escalation and made an appeal to Muslim nations. What did Tehran urge Islamic countries to do?", True, ["unite"], ["002"], "long")
Q("xi-situation", "How did the Xi-Assad partnership deal describe the international situation?", True, ["unstable and uncertain"], ["002"], "paraphrase")
Q("friend", "As what does Lin Jian describe China's relationship to Syria?", True, ["friend"], ["002"], "paraphrase")
Q("peskov", "Which Kremlin spokesman refused to confirm that Assad had been to Moscow?", True, ["Dmitry Peskov"], ["003"], "which-person")
Q("peskov-typo", "wich spokesman of kremlin refuse to confirm assad trip to moskow", True, ["Peskov"], ["003"], "typo")
Q("sabbagh", "who is the syrian foreign minister", True, ["Bassem Sabbagh"], ["003"], "lowercase")
Q("pezeshkian-sudani", "Which Iraqi leader did Iranian President Pezeshkian talk to by telephone on December 1?", True, ["Sudani"], ["003"], "two-constraints")
Q("aerospace", "Which Russian forces supported the Syrian Air Force strikes on rebel areas on Monday?", True, ["Russian Aerospace Forces"], ["003"], "which-organisation")
Q("bud-nonnative", "Assad, what he promise to do with the insurgency?", True, ["in the bud"], ["003"], "non-native")
Q("first-time", "Is it true that this was the first time since the war started in 2011 that the Assad regime lost control of Aleppo?", True, ["first time"], ["003"], "is-it-true")
Q("rebels-backer", "Which country supports the secular armed groups in the rebel coalition that took Aleppo?", True, ["Turkey"], ["003", "000"], "which-organisation")
Q("kisel-chaiko", "Name the two Russian generals involved in the change of commander in Syria.", True, ["Sergei Kisel", "Alexander Chaiko"], ["003"], "imperative")
Q("idlib-civilians", "Idlib civilians?", True, ["2 million"], ["004"], "short")
Q("idlib-since", "According to the MINA op-ed, since when has Idlib been held by a Nusra Front dominated coalition?", True, ["2015"], ["004"], "according-to")
Q("war-years", "How many years of war does the op-ed on China and Idlib count?", True, ["seven years"], ["004"], "number-in-words")
Q("mina", "what does MINA stand for", True, ["Macedonian International News Agency"], ["004"], "lowercase")
Q("regime-share-vs-lost", "What share of Syria does the regime control now, and how much of the country had it lost at one point?", True, ["60", "more than half"], ["000"], "comparison")

# --- unanswerable (checked against all five articles and the FA-KES texts)
Q("u-chinese-citizens", "How many Chinese citizens live in Syria?", False, [], [], "unans-statistic", "002")
Q("u-egypt-statement", "What did Egypt's president say in support of Damascus?", False, [], [], "unans-person", "002")
Q("u-assad-china-visit", "When did Assad last visit China?", False, [], [], "unans-date", "000")
Q("u-chinese-paper", "Which Chinese newspaper first reported Lin Jian's remarks on Syria?", False, [], [], "unans-outlet", "002")
Q("u-safira-planes", "How many Russian warplanes took part in the strikes near Es-Safira?", False, [], [], "unans-statistic", "003")
Q("u-safira-damascus", "How many civilians died in the strikes near Es-Safira, northeast of Damascus, in December 2024?", False, [], [], "unans-wrong-detail", "003")
Q("u-kisel-ukraine", "Who replaced Lieutenant-General Sergei Kisel as commander of Russian forces in Ukraine?", False, [], [], "unans-wrong-detail", "003")
Q("u-ankara-outcome", "What was agreed when Abbas Araghchi met Turkish officials in Ankara?", False, [], [], "unans-follow-up", "003")
Q("u-pedersen", "What did UN envoy Geir Pedersen say about the rebel capture of Aleppo?", False, [], [], "unans-entity", "003")
Q("u-peskov-china", "What did Dmitry Peskov say about China's support for Damascus?", False, [], [], "unans-wrong-detail", "003")

# --- claims
C("Syrian opposition fighters gained ground fast last week in their first offensive in almost four years, taking much of Aleppo by the weekend.", "000", S, "synonym")
C("To survive, Assad leans heavily on Russia, Iran and Iran-backed groups such as Lebanon's Hezbollah and Shia militias based in Iraq.", "000", S, "paraphrase")
C("The Chinese Foreign Ministry's statement voiced support for Syria's efforts to maintain national security and stability.", "000", S, "nominalisation")
C("The offensive was the opposition's second in four years.", "000", X, "number-changed")
C("Syrian and Russian warplanes have held back from striking the opposition forces.", "000", X, "negation")
C("Turkey is one of the backers Assad depends on for survival.", "000", X, "actor-substituted")
C("After Russia's 2015 intervention, the regime regained most of Syria with help from Chinese troops.", "000", U, "true-plus-invented")
C("Russia's war in Ukraine and Iran's tensions with Israel have distracted Assad's main allies, giving the opposition an opening.", "001", S, "paraphrase")
C("Through spokesman Lin Jian, China's Foreign Ministry said Beijing was willing to help keep the Syrian crisis from escalating further.", "001", S, "synonym")
C("China's statement came out against the Assad government's efforts to maintain national security.", "001", X, "negation")
C("Lin Jian said China would send troops to stop the crisis in Syria from escalating.", "001", U, "true-plus-invented")
C("The Chinese embassy in Syria issued a security alert telling Chinese citizens to take extra precautions and, where possible, move to safer areas.", "002", S, "synonym")
C("Xi told Assad that Beijing backed Syria in opposing foreign interference and unilateral bullying.", "002", S, "drop-detail")
C("Tehran urged Islamic countries to unite behind Syria against the militants and blamed Israel and the US for the escalation.", "002", S, "summary")
C("Tehran blamed Turkey for the escalation in Syria.", "002", X, "actor-substituted")
C("The Syrian General Command said only a handful of soldiers were lost in the fighting.", "002", X, "quantifier-changed")
C("Government forces, backed by Russian jets, launched their counteroffensive on Wednesday.", "002", X, "date-shifted")
C("Government forces eliminated hundreds of militants over the weekend.", "002", U, "certainty-upgraded")
C("China said it was unconcerned by the developments in Syria.", "002", X, "negation")
C("Egypt mobilised air force units to help the Syrian army.", "002", U, "actor-substituted")
C("Syrian warplanes, supported by the Russian Aerospace Forces, struck rebel-held areas of northwestern Syria on Monday.", "003", S, "passive-active")
C("For the first time since the war began in 2011, Assad's government has lost control of Aleppo.", "003", S, "reorder")
C("Syrian Foreign Minister Bassem Sabbagh spoke by phone with his Jordanian counterpart Ayman Safadi.", "003", S, "drop-detail")
C("In a call with al Sudani, Pezeshkian stressed that Islamic countries must stand together against regional terrorism.", "003", S, "paraphrase")
C("Assad's allies rally behind regime after loss of Aleppo", "003", S, "headline")
C("Pezeshkian spoke by telephone with Iraqi Prime Minister al Sudani on November 30.", "003", X, "date-shifted")
C("The rebel coalition that entered Aleppo is backed by Russia.", "003", X, "actor-substituted")
C("Assad argued that the terrorists could be won over through dialogue.", "003", X, "negation")
C("Assad visited Moscow on November 30.", "003", U, "certainty-upgraded")
C("Kisel was dismissed because of the loss of Aleppo.", "003", U, "causal-added")
C("Ukrainian military intelligence explained what Kisel's dismissal would change in Russian operations in Syria.", "003", X, "negation")
C("The ambassador gave his interview to the pro-government daily Al-Watan, and MEMRI later translated it.", "004", S, "summary")
C("According to the op-ed, Idlib has a population of about two million civilians and internally displaced people.", "004", S, "number-words")
C("Thousands of Uyghur militants from Xinjiang have entered Syria in recent years.", "004", S, "drop-detail")
C("Qi Qianjin said the Chinese and Syrian armies had worked closely together against terrorists, including some who came from China.", "004", S, "paraphrase")
C("The Chinese ambassador said military cooperation with Syria would end once the fight against terrorists was over.", "004", X, "negation")
C("Uyghurs in Xinjiang now face less state oversight than before.", "004", X, "comparison-reversed")
C("The Chinese military has joined the Syrian army in fighting in Idlib.", "004", U, "plans-to-did")
C("Rumours of a major offensive on Idlib came from anti-Damascus sources.", "004", X, "actor-substituted")
C("Assad's campaign to take back the south of Syria failed.", "004", X, "negation")
C("Idlib holds upwards of 40,000 armed jihadists, most of them Uyghurs from Xinjiang.", "004", U, "true-plus-invented")
