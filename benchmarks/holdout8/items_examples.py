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
Q("moscow-called", "What words did the Russian government use to condemn the offensive by HTS and its allies?", True, ["violation of Syria's sovereignty"], ["002"], "according-to")
Q("counter-day", "On which day did Syrian government forces, backed by Russian jets, start their counteroffensive?", True, ["Thursday"], ["002"], "date")
Q("xi-safeguard", "What did Xi and Assad pledge to jointly safeguard in their partnership deal?", True, ["international fairness and justice"], ["002"], "which-thing")
Q("xi-opposing", "Xi told Assad that Beijing backed Syria in opposing what?", True, ["foreign interference and unilateral bullying"], ["002"], "which-thing")
Q("safira-dead", "Syrian and Russian strikes on the outskirts of Es-Safira on Monday: how many civilians are thought to have been killed?", True, ["11 civilians"], ["003"], "number")
Q("peskov", "Which Kremlin spokesman would not confirm that Assad had been in Moscow on November 30?", True, ["Dmitry Peskov"], ["003"], "which-person")
Q("pezeshkian-date", "When did Iran's president discuss 'regional terrorism' with Iraq's prime minister?", True, ["December 1"], ["003"], "date")
Q("pezeshkian-stress", "What did Masoud Pezeshkian stress the importance of in his call with Baghdad?", True, ["cohesion among Islamic countries"], ["003"], "which-thing")
Q("chaiko", "Who is the new commander of the group of Russian forces in Syria?", True, ["Alexander Chaiko"], ["003"], "which-person")
Q("kisel-when", "and when was he replaced?", True, ["over the weekend"], ["003"], "follow-up")
Q("aleppo-where", "Where is Aleppo relative to Idlib province, according to the French report on the insurgent offensive?", True, ["east of Idlib province"], ["003"], "which-place")
Q("bud", "What did Assad vow to do to the insurgency, in the English of the DayFR report?", True, ["nip the insurgency in the bud"], ["003"], "according-to")
Q("uyghur", "Which fighters is China chiefly interested in rooting out in Idlib?", True, ["Chinese Muslim"], ["004"], "which-organisation")
Q("south-campaign", "Rumours of an Idlib offensive have swirled since which Assad campaign was launched, according to the op-ed?", True, ["the whole of the south"], ["004"], "paraphrase")
Q("qi-interests", "Besides the Syrian people, whose interests does Syria's campaign against the terrorists serve, according to Qi Qianjin?", True, ["the Chinese people"], ["004"], "according-to")
Q("xinjiang-treatment", "How has the Uyghur minority been treated in Xinjiang, according to the op-ed?", True, ["persecution"], ["004"], "why-how")
Q("gains-compare", "How do the article on China's backing and the analysis of the opposition offensive each describe how much of Aleppo the opposition took?", True, ["much of the Aleppo city", "large portion of Aleppo"], ["000", "001"], "comparison")
Q("peskov-false", "Is it true that the Kremlin confirmed Assad's trip to Moscow on November 30?", True, ["refused to confirm"], ["003"], "is-it-true-false")
Q("friend-keyword", "Lin Jian Syria friend active effort", True, ["active effort"], ["002"], "keyword")
Q("distraction-long", "In the analysis that calls the opposition's gains the most significant pushback against Assad in nearly four years and says the coming weeks and months will be critical, which two conflicts are said to embroil Assad's key allies?", True, ["Ukraine", "Israel"], ["001"], "long")
Q("hts-french", "What name does the French report use for the Islamist group dominating the rebel coalition?", True, ["Hayat Tahrir al Cham"], ["003"], "alias")
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
C("In Monday's statement, Beijing's Foreign Ministry backed Syria's efforts to keep national security and stability.", "000", S, "drop-detail")
C("China, a country Assad has not visited since the war began, issued a statement backing his government.", "000", X, "negation")
C("The opposition's rapid gains last week broke a stand-off that had held since the 2020 ceasefire between opposition-backer Turkey and Assad-backer Russia.", "000", S, "summary")
C("China has sent military advisers to help Assad win back Aleppo.", "000", U, "actor-added")
C("The New York Times puts the share of Syria outside the regime's control at around 60 per cent.", "000", X, "swapped-roles")
C("Assad's regime, which once lost more than half of Syria, won most of it back after Russia intervened directly in 2015 and now controls about 60 per cent.", "000", S, "summary")
C("Syrian and Russian warplanes have stayed out of the fighting around Aleppo.", "000", X, "negation")
C("Besides Russia and Iran, the Iran-backed Hezbollah in Lebanon and Shia militias based in Iraq are among those Assad's survival depends on.", "000", S, "paraphrase")
C("China issued its statement after Assad asked Beijing for help.", "000", U, "causal-added")
C("With Russia tied up in Ukraine and Iran in its tensions with Israel, the opposition saw a chance to move against Assad.", "001", S, "summary")
C("The analysis calls the offensive only a minor pushback against the Assad regime.", "001", X, "negation")
C("Russia's direct intervention in 2015 helped Assad regain control over most of the country.", "001", S, "paraphrase")
C("The opposition planned the offensive together with Turkish intelligence.", "001", U, "actor-added")
C("According to the New York Times, all territory outside regime control is held by Kurdish militias.", "001", X, "quantifier-changed")
C("HTS, formerly Jabhat al-Nusra, and allied militias attacked government-held territory in northern Syria last Wednesday.", "002", S, "paraphrase")
C("HTS launched its attack on Thursday and the government counterattacked the following Wednesday.", "002", X, "date-shifted")
C("Lin said that as Syria's friend China was willing to make an active effort to keep the situation from getting worse.", "002", S, "paraphrase")
C("Lin Jian said Beijing was deeply concerned about northwestern Syria and urged Damascus to negotiate with the militants.", "002", U, "true-plus-invented")
C("Beijing's embassy in Syria, which is following the local situation closely, put out a security alert for Chinese nationals living there.", "002", S, "paraphrase")
C("China has started evacuating its citizens from Syria.", "002", U, "plans-to-did")
C("The strategic partnership between Xi and Assad was signed in September of the previous year.", "002", S, "drop-detail")
C("Tehran blamed Israel and the US for the escalation and told Islamic countries to stay out of the fight.", "002", X, "negation")
C("Egypt and Iraq were among the countries that expressed support for Damascus.", "002", S, "drop-detail")
C("The counteroffensive reportedly killed dozens of militants, while hundreds of Syrian soldiers were lost, the General Command said.", "002", X, "swapped-roles")
C("Russian fighter jets shot down HTS drones over Hama.", "002", U, "true-plus-invented")
C("Syrian Air Force planes backed by Russia's Aerospace Forces struck rebel areas in the northwest on Monday, and about 11 civilians are believed to have died near Es-Safira.", "003", S, "summary")
C("The strikes near Es-Safira killed 11 rebel fighters.", "003", X, "actor-substituted")
C("The village of Es-Safira, where 11 civilians are believed to have died, is northwest of Aleppo.", "003", X, "place-swapped")
C("This is the second time since 2011 that the Assad regime has lost control of Aleppo.", "003", X, "negation")
C("According to the ISW, Assad was in Moscow on November 30, which the Kremlin spokesman confirmed.", "003", X, "negation")
C("A coalition dominated by Hayat Tahrir al Cham reached Aleppo on Friday evening, and Assad's army had to redeploy.", "003", S, "summary")
C("Assad asked Iraq's prime minister to send troops during their call on November 30.", "003", U, "true-plus-invented")
C("Colonel-General Alexander Chaiko reportedly took over from Sergei Kisel as commander of Russia's forces in Syria.", "003", S, "passive-active")
C("Russia's Ministry of Defence confirmed on Sunday, December 1, that Kisel had been replaced.", "003", X, "speaker-changed")
C("In a call with the Iraqi prime minister on December 1, Pezeshkian stressed that Islamic countries must hold together against regional terrorism.", "003", S, "synonym")
C("China's envoy in Damascus surprised Middle East observers by suggesting the Chinese military might directly help the Syrian army in a coming offensive on Idlib.", "004", S, "summary")
C("The ambassador's interview appeared in Al-Watan, a newspaper critical of the Syrian government.", "004", X, "detail-changed")
C("The op-ed expects the fight for Idlib to be short, since most jihadist factions have already left the province.", "004", X, "negation")
C("In 2017 the Chinese government estimated the Uyghur fighters at around 5,000.", "004", X, "speaker-changed")
C("The ambassador said the Chinese and Syrian armies had already cooperated closely against terrorists who came from all over the world.", "004", S, "paraphrase")
C("Talk of a Syrian-Russian offensive on Idlib began after Assad's campaign to retake the whole of the north.", "004", X, "place-swapped")
C("The Uyghur militants reached Syria by crossing from Turkey.", "004", U, "true-plus-invented")
