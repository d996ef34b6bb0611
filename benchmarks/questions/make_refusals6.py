"""refusals6.jsonl: 64 questions written by hand from 14 FA-KES articles (session 6, before running the system on them).

Unanswerable ones checked by grepping the CSV for their constraint. Split once, by article (alternate articles tune/test)."""
import json
# (id, article, answerable, form, question, facts)
Q = [
("imam-name","1965511165",1,"which-person","Which imam was killed by an explosive device planted inside the Grand Mosque in Damascus?",["Afandi"]),
("imam-wounded","1965511165",1,"number","How many worshippers were wounded besides the imam in the Grand Mosque blast in Damascus?",["five"]),
("imam-maath-toll","1965511165",0,"unans-statistic","How many people were killed by the car bomb outside the Maath bin Jabal mosque in Damascus?",[]),
("imam-awqaf-minister","1965511165",0,"unans-person","Who is the Minister of Awqaf who announced the martyrdom of Sheikh Salman al-Afandi?",[]),
("imam-homs","1965511165",0,"unans-wrong-detail","Which imam was killed by a bomb planted inside the Grand Mosque of Homs?",[]),
("imam-maath-date","1965511165",1,"when","When did terrorists blow up a car bomb in front of the Maath bin Jabal mosque?",["June 23"]),
("imam-since","1965511165",0,"unans-date","Since when had Sheikh Salman al-Afandi been the imam of the Grand Mosque in Damascus?",[]),
("urum-children","1919191763",1,"according-to","According to the Syrian Observatory, how many children were among those killed in the air strikes on Urum al-Joz?",["five"]),
("urum-wounded","1919191763",1,"how-many-according-to","How many people did the Civil Defence say were wounded in the two air raids on Urum al-Joz?",["22"]),
("urum-lebanese-cleric","1919191763",0,"unans-wrong-detail","Which Lebanese Shia cleric was the first political leader from his country to urge Assad to step down?",[]),
("urum-sadr","1919191763",1,"which-person","Which Iraqi Shia cleric called on Assad to step down and spare his country further bloodshed?",["Sadr"]),
("urum-pilot","1919191763",0,"unans-person","Which Russian pilot carried out the air strikes on Urum al-Joz?",[]),
("urum-january","1919191763",0,"unans-wrong-detail","How many people were killed in air strikes on Urum al-Joz in January 2017?",[]),
("zeinab-sana","1924058170",1,"how-many-according-to","According to SANA, how many people were killed in the suicide bombings at the Sayyida Zeinab shrine in June 2016?",["12"]),
("zeinab-amaq","1924058170",1,"which-organisation","Through which news agency did Daesh claim the June 2016 bombings at the Sayyida Zeinab shrine?",["Amaq"]),
("zeinab-april","1924058170",1,"when","On what date was the previous attack on Sayyida Zeinab before the June 2016 bombings?",["April 25"]),
("zeinab-firefighters","1924058170",0,"unans-statistic","How many firefighters battled the flames after the suicide bombings at the Sayyida Zeinab shrine?",[]),
("zeinab-built","1924058170",0,"unans-date","When was the Sayyida Zeinab shrine south of Damascus built?",[]),
("dez-wounded","1965495361",1,"how-many-according-to","How many Daesh militants did the Syrian army wound in Deir ez-Zor, according to a military source?",["30"]),
("dez-airdrops","1965495361",1,"which-place","Whose warplanes carry out the daily UN aid airdrops over Deir ez-Zor?",["Russian"]),
("dez-officer","1965495361",0,"unans-person","Which Syrian army officer told SANA that 28 Daesh militants were killed in Deir ez-Zor?",[]),
("dez-siege","1965495361",1,"when","Since what year has the city of Deir ez-Zor been under Islamist siege?",["2014"]),
("dez-tonnes","1965495361",0,"unans-statistic","How many tonnes of UN aid do Russian warplanes drop over Deir ez-Zor each day?",[]),
("alep-injured","1926479008",1,"number","How many people were injured when terrorists targeted the al-Sulimaniah and al-Furqan neighborhoods of Aleppo?",["28"]),
("alep-babtouma","1926479008",1,"which-organisation","Which group fired a rocket shell on the Bab Touma neighborhood of Damascus, injuring three people?",["Jaish al-Islam"]),
("alep-babtouma-aleppo","1926479008",0,"unans-wrong-detail","Which group fired a rocket shell on the Bab Touma neighborhood of Aleppo, injuring three people?",[]),
("alep-source-name","1926479008",0,"unans-person","Who is the source at Aleppo Governorate who said 9 persons were killed in al-Sulimaniah and al-Furqan?",[]),
("alep-cars","1926479008",0,"unans-statistic","How many cars were damaged in the rocket attacks on al-Sulimaniah and al-Furqan in Aleppo?",[]),
("dam-ria","1965495352",1,"which-organisation","Which news agency did a hospital staff tell that six people died in the shelling of central Damascus?",["RIA Novosti"]),
("dam-shaalan","1965495352",1,"which-place","In which district of central Damascus did two shells explode?",["Shaalan"]),
("dam-oldtown","1965495352",0,"unans-statistic","How many shells exploded in the old town of Damascus during the July 2016 shelling?",[]),
("dam-syrian-paper","1965495352",0,"unans-outlet","Which Syrian newspaper reported that shells exploded near Thawra Street in Damascus in July 2016?",[]),
("tabqa-18","1924058148",1,"number","How many members of the Syrian Democratic Forces did a US-led coalition air strike mistakenly kill south of Tabqa?",["18"]),
("tabqa-dorrian","1924058148",1,"which-person","Which coalition spokesman told Reuters by email that the Syrian claim about poison gas supplies was incorrect?",["Dorrian"]),
("tabqa-russian","1924058148",0,"unans-wrong-detail","How many members of the Syrian Democratic Forces did a Russian air strike mistakenly kill south of Tabqa?",[]),
("tabqa-commander","1924058148",0,"unans-person","Which SDF commander requested the coalition strike that mistakenly killed 18 partner forces near Tabqa?",[]),
("tabqa-outlet","1924058148",0,"unans-outlet","Which news agency did the Pentagon give its statement on the strike near Tabqa to?",[]),
("salah-injured","1923848124",1,"number","How many people were injured in the bomb blast in the Salah al-Din district of Aleppo?",["32"]),
("salah-bomber","1923848124",0,"unans-person","Who planted the bomb that killed six people in the Salah al-Din district of Aleppo?",[]),
("salah-homs","1923848124",0,"unans-wrong-detail","How many people did the bomb blast in the Salah al-Din district of Homs kill?",[]),
("salah-december","1923848124",1,"when","When did the Syrian army take over the district of Aleppo that includes Salah al-Din?",["December"]),
("tadamun-street","1965511115",1,"which-place","In which street of the al-Tadamun neighborhood did the car bomb explode?",["Nisreen"]),
("tadamun-houses","1965511115",1,"number","How many houses were damaged by the car bomb in the al-Tadamun neighborhood of Damascus?",["15"]),
("tadamun-shops","1965511115",0,"unans-statistic","How many shops were destroyed by the car bomb in the al-Tadamun neighborhood of Damascus?",[]),
("tadamun-tv","1965511115",0,"unans-outlet","Which television channel broadcast footage of the car bomb in Nisreen Street?",[]),
("duw-afp","1923102866",1,"which-organisation","Which news agency did Rami Abdel Rahman tell that new airstrikes hit near the clinic in Kafr Takharim?",["AFP"]),
("duw-civilians","1923102866",1,"number","How many civilians were among the twelve people killed in airstrikes on Duwayleh?",["five"]),
("duw-hama","1923102866",0,"unans-wrong-detail","How many people were killed by airstrikes on the village of Duwayleh in Hama province?",[]),
("duw-doctor","1923102866",0,"unans-person","Which doctor ran the field clinic in Kafr Takharim that was put out of service?",[]),
("gouta-50","1965511191",1,"how-many-according-to","How many fighters were killed in the clashes between rival groups in Eastern Gouta, according to the Syrian Observatory?",["50"]),
("gouta-jaish","1965511191",1,"which-organisation","Which group has been involved in nearly three weeks of clashes with factions led by Al-Qaeda's local affiliate in Eastern Gouta?",["Jaish al-Islam"]),
("gouta-captured","1965511191",0,"unans-statistic","How many Jaish al-Islam fighters were captured in the clashes in Eastern Gouta?",[]),
("aleppo-ria","1923102944",1,"which-organisation","Which news agency quoted Russia's Defence Ministry as saying at least 40 people were killed in the strikes on Aleppo?",["RIA"]),
("aleppo-39","1923102944",1,"how-many-according-to","How many civilians were killed in the overnight bombardment of Aleppo, according to the Syrian Observatory?",["39"]),
("aleppo-iran","1923102944",0,"unans-wrong-detail","How many attackers were killed when Syrian regime forces backed by Iranian air support repelled a rebel offensive near Aleppo?",[]),
("ashara-children","1924058084",1,"number","How many children were among those killed by air strikes on a market in Ashara?",["8"]),
("ashara-denied","1924058084",1,"which-organisation","Which ministry denied that its warplanes carried out air strikes on the market in Ashara?",["Defence Ministry"]),
("ashara-outlet","1924058084",0,"unans-outlet","Which news agency did the Russian Defence Ministry tell that its warplanes did not strike the market in Ashara?",[]),
("ashara-2015","1924058084",0,"unans-wrong-detail","How many people did air strikes kill in a market in Ashara in June 2015?",[]),
("ashara-wounded","1924058084",0,"unans-statistic","How many people were wounded in the air strikes on the market in Ashara?",[]),
("ashara-regime-began","1924058084",0,"unans-date","On what date did the Syrian regime begin attacking Daesh near Ashara?",[]),
("sohr-founded","1924058084",0,"unans-date","In what year was the Syrian Observatory for Human Rights founded?",[]),
("gouta-start","1965511191",0,"unans-date","On what date did the clashes between Jaish al-Islam and Al-Qaeda's local affiliate in Eastern Gouta begin?",[]),
("duw-saturday","1923102866",1,"when","On what day did a warplane severely damage another medical facility in Idlib province?",["Saturday"]),
]
# split once, by article: every other article tune/test (articles in the order written)
arts = []
for q in Q:
    if q[1] not in arts: arts.append(q[1])
out = []
for i, a, ans, form, text, facts in Q:
    split = "tune" if arts.index(a) % 2 == 0 else "test"
    out.append({"id": f"r6-{i}", "question": text, "answerable": bool(ans), "facts": facts, "docs": [a] if ans else [], "form": form, "corpus": "fakes", "split": split, "about": a})
open(__import__("pathlib").Path(__file__).with_name("refusals6.jsonl"), "w").write("".join(json.dumps(o) + "\n" for o in out))
import collections
print(len(out), collections.Counter((o["split"], o["answerable"]) for o in out))
print(collections.Counter(o["form"] for o in out if not o["answerable"]))
