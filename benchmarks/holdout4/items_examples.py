"""Hand-written items on the five example articles (corpus `default`) for holdout4 (H-holdout4, session 7).

Question docs use the three-digit prefixes ("000".."004"), claims the full doc ids, as in holdout3.
"""
QUESTIONS = []
CLAIMS = []
FULL = {"000": "000_c2cd9c9f4bf8ec9d", "001": "001_4efe01105d93e776", "002": "002_ff6499cc7a25c720",
        "003": "003_a564510a00329eea", "004": "004_300f4099c5dd32fd"}


def Q(qid, question, answerable, facts, docs, form, about=None):
    QUESTIONS.append(dict(id="ex4-" + qid, question=question, answerable=answerable, facts=list(facts),
                          docs=list(docs), form=form, about=about or (docs[0] if docs else None)))


def C(claim, doc, label, kind):
    CLAIMS.append(dict(claim=claim, doc_ids=[FULL[doc]], label=label, kind=kind))


S, U, X = "supported", "unsupported", "contradicted"

# --- answerable
Q("frozen-since", "Since what year had the conflict between Assad's regime and the opposition been essentially frozen?", True, ["2020"], ["000"], "date")
Q("ceasefire-parties", "Which two countries reached the ceasefire deal that froze the conflict?", True, ["Turkey", "Russia"], ["000"], "list")
Q("regime-share", "what share of syria does the regime control according to the new york times", True, ["60"], ["000", "001"], "lowercase")
Q("hts-former", "What was Hayat Tahrir al-Sham formerly known as?", True, ["Jabhat al-Nusra"], ["002"], "paraphrase")
Q("hts-attack-day", "On which day of the week did HTS and allied militias launch their attack on government territory in northern Syria?", True, ["Wednesday"], ["002"], "date")
Q("provinces-taken", "In which provinces did the militants take over towns and villages?", True, ["Aleppo", "Idlib", "Hama"], ["002"], "list")
Q("partnership-when", "When did Xi Jinping and Assad sign their strategic partnership deal?", True, ["Last September"], ["002"], "in-month-year")
Q("moscow-slam", "How did Moscow describe the militants' offensive?", True, ["direct violation of Syria's sovereignty"], ["002"], "according-to")
Q("support-countries", "Give the nations that, besides China, expressed support for Damascus over the past few days.", True, ["Russia", "Iran", "Iraq", "Egypt"], ["002"], "imperative")
Q("safira-civilians", "How many civilians are believed to have died in the strikes near Es-Safira?", True, ["11"], ["003"], "number")
Q("safira-where", "Where is Es-Safira in relation to Aleppo?", True, ["southeast"], ["003"], "which-place")
Q("isw-visit", "According to the Institute for the Study of War, on what date did Assad visit Moscow?", True, ["November 30"], ["003"], "according-to")
Q("araghchi", "Who is the Iranian foreign minister due to meet Turkish officials in Ankara?", True, ["Abbas Araghchi"], ["003"], "which-person")
Q("iraqi-militias-since", "Since when are Iranian-backed Iraqi militias reportedly active in northwest Syria?", True, ["November 27"], ["003"], "date")
Q("gur", "Which body confirmed on December 1 that Kisel had been replaced?", True, ["Main Directorate of Ukrainian Military Intelligence"], ["003"], "which-organisation")
Q("rebellion-leader", "which islamist group dominates the rebel coalition in aleppo", True, ["Hayat Tahrir al Cham"], ["003"], "lowercase")
Q("qi-qianjin", "Who is the Chinese ambassador to Syria quoted on military help in Idlib?", True, ["Qi Qianjin"], ["004"], "which-person")
Q("uyghur-2017", "How many Uyghur fighters did the Syrian government estimate were in Syria in 2017?", True, ["5,000"], ["004"], "number")
Q("idlib-battle-start", "how early could the battle for Idlib begin according to pro-Damascus sources", True, ["September"], ["004"], "short")
Q("uyghur-province", "From wich chinese province the uyghur militants come from?", True, ["Xinjiang"], ["004"], "non-native")
Q("china-interest-why", "Why is China chiefly interested in allying with Syrian government forces, according to the op-ed?", True, ["Chinese Muslim foreign fighters"], ["004"], "why-how")
# --- unanswerable (on-topic; key terms grepped over the five articles and all 804 FA-KES rows)
Q("u-alert-date", "On what date did the Chinese embassy in Syria issue its security alert?", False, [], [], "unans-date", "002")
Q("u-chinese-troops", "How many Chinese troops are stationed in Syria?", False, [], [], "unans-statistic", "004")
Q("u-safira-toll-army", "How many Syrian soldiers died near Es-Safira on Monday?", False, [], [], "unans-statistic", "003")
Q("u-araghchi-ankara-result", "What did Araghchi and the Turkish officials agree in Ankara?", False, [], [], "unans-follow-up", "003")
Q("u-hts-leader", "Who leads Hayat Tahrir al-Sham in the offensive on Aleppo?", False, [], [], "unans-person", "002")
Q("u-chaiko-replaced", "Who replaced Colonel-General Alexander Chaiko as commander of Russian forces in Syria over the weekend?", False, [], [], "unans-wrong-detail", "003")
Q("u-alwatan-editor", "Who is the editor of Al-Watan who interviewed Qi Qianjin?", False, [], [], "unans-person", "004")
Q("u-xinhua", "What did Xinhua report about the rebel capture of Aleppo?", False, [], [], "unans-outlet", "000")
Q("u-egypt-ministry", "Which Egyptian ministry issued the statement supporting Damascus?", False, [], [], "unans-organisation", "002")

# --- claims
C("The conflict had been largely frozen since 2020, when Turkey, which backs the opposition, and Russia, which backs Assad, agreed a ceasefire.", "000", S, "paraphrase")
C("Before Russia intervened directly in 2015, Assad's regime had at one point lost more than half of Syria.", "000", S, "reorder")
C("China is the only country outside West Asia and Russia that Assad has visited since the war began in 2011.", "000", S, "drop-detail")
C("Since 2015, the conflict between the regime and the opposition had been essentially frozen.", "000", X, "date-shifted")
C("The New York Times reported that the regime controls about 80 per cent of Syria.", "000", X, "number-changed")
C("Around 60% of Syria is estimated to be under the control of the Assad regime.", "001", S, "passive-active")
C("Russia's war in Ukraine and Iran's tensions with Israel strengthened Assad's external support network.", "001", X, "negation")
C("China condemned the opposition offensive on Aleppo as terrorism, the Foreign Ministry said.", "001", U, "true-plus-invented")
C("Lin Jian said China was deeply concerned about the situation in northwestern Syria.", "002", S, "passive-active")
C("The Chinese embassy in Syria advised Chinese citizens to move to safer areas if possible.", "002", S, "drop-detail")
C("HTS and allied militias attacked government-held territory in southern Syria.", "002", X, "place-swapped")
C("The Syrian government counteroffensive began on Thursday, backed by Iranian fighter jets.", "002", X, "actor-substituted")
C("Xi said Beijing supported Syria in safeguarding its independence, sovereignty and territorial integrity.", "002", S, "synonym")
C("China evacuated its citizens from Syria after the security alert.", "002", U, "plans-to-did")
C("Eleven civilians are believed to have been killed in strikes near Es-Safira, southeast of Aleppo, on Monday.", "003", S, "number-words")
C("The Syrian army and its Russian ally admitted bombing civilians near Es-Safira.", "003", X, "negation")
C("The rebel groups entered Aleppo on Friday evening after a lightning offensive that forced the army to redeploy.", "003", S, "passive-active")
C("Peskov said on December 2 that Russia had close and regular contacts with Iran and Turkey on Syria.", "003", U, "certainty-upgraded")
C("Assad spoke with Iraqi Prime Minister Mohammad Shia al Sudani on December 1.", "003", X, "date-shifted")
C("Kisel was replaced because of the Russian forces' failure to defend Aleppo.", "003", U, "causal-added")
C("Russia's defence ministry is said to have replaced Lieutenant-General Sergei Kisel over the weekend with Colonel-General Alexander Chaiko.", "003", S, "passive-active")
C("Colonel-General Alexander Chaiko replaced Lieutenant-General Sergei Kisel as commander of Russian forces in Syria.", "003", U, "certainty-upgraded")
C("Qi Qianjin said the Chinese military was willing to take part in some way alongside the Syrian army fighting terrorists in Idlib.", "004", S, "paraphrase")
C("The op-ed expects the battle for Idlib to be short and relatively bloodless.", "004", X, "negation")
C("In 2017 the Syrian government estimated the number of Uyghur militants at around 50,000.", "004", X, "number-changed")
C("Qi Qianjin told Al-Watan that Chinese troops would lead the offensive on Idlib in September.", "004", U, "speaker-changed")
