"""Hand-written items on the five example articles (corpus `default`) for holdout8 (H-holdout8, session 11).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout3-7.
Written from the article texts only; facts and wording chosen to differ from holdout6/7's items on the same five
articles (read as tuning data).
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex8-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("iraq-militias", "Besides Lebanon's Hezbollah, which Iraq-based forces does Assad depend on for survival?", True, ["Shia militias"], ["000"], "which-organisation")
Q("last-offensive", "How long had it been since the opposition's previous offensive when it captured much of Aleppo?", True, ["nearly four years"], ["000", "001"], "paraphrase")
Q("moscow-called", "How did Moscow describe the militants' offensive?", True, ["violation of Syria's sovereignty"], ["002"], "according-to")
Q("counter-day", "On which day did Syrian government forces, backed by Russian jets, start their counteroffensive?", True, ["Thursday"], ["002"], "date")
Q("xi-safeguard", "What did Xi and Assad pledge to jointly safeguard in their partnership deal?", True, ["international fairness and justice"], ["002"], "which-thing")
Q("xi-opposing", "Xi told Assad that Beijing backed Syria in opposing what?", True, ["foreign interference and unilateral bullying"], ["002"], "which-thing")
Q("safira-dead", "How many civilians are believed to have died in the strikes near Es-Safira?", True, ["11 civilians"], ["003"], "number")
Q("peskov", "Which Kremlin spokesman would not confirm that Assad had been in Moscow on November 30?", True, ["Dmitry Peskov"], ["003"], "which-person")
Q("sudani", "Which prime minister did Assad speak with on November 30?", True, ["Mohammad Shia al Sudani"], ["003"], "which-person")
Q("militias-since", "Since when have Iranian-backed Iraqi militias reportedly been active in northwest Syria?", True, ["November 27"], ["003"], "date")
Q("chaiko", "Who is the new commander of the group of Russian forces in Syria?", True, ["Alexander Chaiko"], ["003"], "which-person")
Q("aleppo-where", "Where is Aleppo relative to Idlib province, according to the French report on the insurgent offensive?", True, ["east of Idlib province"], ["003"], "which-place")
Q("bud", "What did Assad vow to do to the insurgency, in the English of the DayFR report?", True, ["nip the insurgency in the bud"], ["003"], "according-to")
Q("uyghur", "Which fighters is China chiefly interested in rooting out in Idlib?", True, ["Chinese Muslim"], ["004"], "which-organisation")
Q("idlib-since", "Since when has Idlib been held by the coalition dominated by the Nusra Front?", True, ["2015"], ["004"], "date")
Q("qi-willing", "What did China's ambassador say the Chinese military was willing to do in Idlib?", True, ["alongside the Syrian army"], ["004"], "why-how")
Q("xinjiang-treatment", "How has the Uyghur minority been treated in Xinjiang, according to the op-ed?", True, ["persecution"], ["004"], "why-how")
Q("gains-compare", "How do the article on China's backing and the analysis of the opposition offensive each describe how much of Aleppo the opposition took?", True, ["much of the Aleppo city", "large portion of Aleppo"], ["000", "001"], "comparison")
Q("peskov-false", "Is it true that the Kremlin confirmed Assad's trip to Moscow on November 30?", True, ["refused to confirm"], ["003"], "is-it-true-false")
Q("friend-keyword", "Lin Jian Syria friend active effort", True, ["active effort"], ["002"], "keyword")
Q("distraction-long", "In the analysis that calls the opposition's gains the most significant pushback against Assad in nearly four years and says the coming weeks and months will be critical, which two conflicts are said to embroil Assad's key allies?", True, ["Ukraine", "Israel"], ["001"], "long")
Q("hts-french", "What name does the French report use for the Islamist group dominating the rebel coalition?", True, ["Hayat Tahrir al Cham"], ["003"], "alias")
Q("kisel-when", "and when was he replaced?", True, ["over the weekend"], ["003"], "follow-up")
# --- unanswerable
Q("mina-author", "Who wrote the MINA op-ed saying China is willing to help Assad retake the rest of Syria?", False, [], [], "unans-person", "004")
Q("retaken-towns", "Which settlements did the Syrian army retake in its counteroffensive over the weekend?", False, [], [], "unans-entity", "002")
Q("sudani-promise", "What did Mohammad Shia al Sudani promise Assad in their call on November 30?", False, [], [], "unans-follow-up", "003")
Q("militia-names", "Which Iranian-backed Iraqi militias are active in northwest Syria?", False, [], [], "unans-organisation", "003")
Q("qi-uyghur-count", "How many Uyghur fighters are in Idlib, according to Ambassador Qi Qianjin?", False, [], [], "unans-wrong-detail", "004")
Q("aleppo-civilians", "How many civilians were killed during the opposition's capture of Aleppo?", False, [], [], "unans-statistic", "000")
Q("kisel-next", "What new post was Lieutenant-General Sergei Kisel given after being replaced?", False, [], [], "unans-follow-up", "003")
Q("idlib-start-2018", "On what date in September 2018 did the Syrian-Russian offensive on Idlib begin?", False, [], [], "unans-date", "004")
Q("araghchi-outcome", "What did Abbas Araghchi and Bashar al-Assad agree at their meeting?", False, [], [], "unans-follow-up", "003")

# --- claims
C("China's Foreign Ministry said on Monday that it supports Syria's efforts to maintain national security and stability.", "000", S, "drop-detail")
C("The 2020 ceasefire that froze the conflict was reached between Turkey and Iran.", "000", X, "actor-substituted")
C("The war between Assad and the opposition had been largely frozen since 2020, when Turkey and Russia agreed a ceasefire.", "000", S, "paraphrase")
C("China has sent military advisers to help Assad win back Aleppo.", "000", U, "actor-added")
C("According to The New York Times, the regime holds around 40 per cent of the country.", "000", X, "number-changed")
C("At one point Assad's regime had lost more than half of Syria.", "000", S, "drop-detail")
C("Syrian and Russian warplanes have stayed out of the fighting around Aleppo.", "000", X, "negation")
C("Assad relies for his survival on Russia, Iran and Iran-backed groups such as Hezbollah and Iraqi Shia militias.", "000", S, "paraphrase")
C("China issued its statement after Assad asked Beijing for help.", "000", U, "causal-added")
C("With Russia tied up in Ukraine and Iran in its tensions with Israel, the opposition saw a chance to move against Assad.", "001", S, "summary")
C("The analysis calls the offensive only a minor pushback against the Assad regime.", "001", X, "negation")
C("Russia's direct intervention in 2015 helped Assad regain control over most of the country.", "001", S, "paraphrase")
C("The opposition planned the offensive together with Turkish intelligence.", "001", U, "actor-added")
C("According to the New York Times, all territory outside regime control is held by Kurdish militias.", "001", X, "quantifier-changed")
C("HTS, formerly Jabhat al-Nusra, and allied militias attacked government-held territory in northern Syria last Wednesday.", "002", S, "paraphrase")
C("HTS launched its attack on Thursday and the government counterattacked the following Wednesday.", "002", X, "date-shifted")
C("Lin said that as Syria's friend China was willing to make an active effort to keep the situation from getting worse.", "002", S, "paraphrase")
C("Lin Jian said China was deeply concerned about the situation in southeastern Syria.", "002", X, "place-swapped")
C("The Chinese embassy advised Chinese citizens in Syria to take extra precautions and, where possible, move to safer areas.", "002", S, "drop-detail")
C("China has started evacuating its citizens from Syria.", "002", U, "plans-to-did")
C("Xi Jinping and Assad signed a strategic partnership deal last September.", "002", S, "drop-detail")
C("Tehran blamed Turkey and the US for the escalation.", "002", X, "actor-substituted")
C("Egypt and Iraq were among the countries that expressed support for Damascus.", "002", S, "drop-detail")
C("The Syrian General Command said hundreds of its soldiers had been lost in the fighting.", "002", X, "quantifier-changed")
C("Russian fighter jets shot down HTS drones over Hama.", "002", U, "true-plus-invented")
C("About 11 civilians are thought to have been killed in strikes on the outskirts of Es-Safira, southeast of Aleppo.", "003", S, "synonym")
C("The strikes near Es-Safira killed 11 rebel fighters.", "003", X, "actor-substituted")
C("Es-Safira lies northwest of Aleppo.", "003", X, "place-swapped")
C("The Syrian army and its Russian ally said they were hitting rebel hideouts and denied bombing civilians.", "003", S, "paraphrase")
C("Dmitry Peskov confirmed that Assad had visited Moscow on November 30.", "003", X, "negation")
C("Assad vowed to crush the insurgents, saying terrorists only understand the language of force.", "003", S, "paraphrase")
C("Assad asked Iraq's prime minister to send troops during their call on November 30.", "003", U, "true-plus-invented")
C("Colonel-General Alexander Chaiko reportedly took over from Sergei Kisel as commander of Russia's forces in Syria.", "003", S, "passive-active")
C("Ukraine's military intelligence spelled out how Kisel's dismissal would change Russian operations in Syria.", "003", X, "negation")
C("In a call with the Iraqi prime minister on December 1, Pezeshkian stressed that Islamic countries must hold together against regional terrorism.", "003", S, "synonym")
C("Qi Qianjin told Al-Watan that the Chinese military was willing to take part in some way alongside the Syrian army fighting terrorists in Idlib.", "004", S, "paraphrase")
C("The Chinese ambassador gave his interview to MEMRI, and Al-Watan translated it.", "004", X, "swapped-roles")
C("Some estimates put the armed jihadists in Idlib at upwards of 40,000, living among about 2 million civilians and displaced people.", "004", S, "synonym")
C("In 2017 the Chinese government estimated the Uyghur fighters at around 5,000.", "004", X, "speaker-changed")
C("China has already deployed troops to Idlib.", "004", U, "plans-to-did")
C("Idlib has been held since 2012 by a coalition dominated by the Nusra Front.", "004", X, "date-shifted")
C("The Uyghur militants reached Syria by crossing from Turkey.", "004", U, "true-plus-invented")
