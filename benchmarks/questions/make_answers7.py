"""Hand-written answerable questions of session 7 (H-answer), written from 16 FA-KES articles none of holdout/holdout3/h2tune/answers6 names
(random.Random(20261124) order, 100-450 words), before the system was run on them. Split by article: even article index tune, odd test.
Facts are regexes checked against the article content; `python benchmarks/questions/make_answers7.py` rebuilds answers7.jsonl."""
# (article, id, form, question, facts)
ITEMS = [
("1965511122","a7-rasain-toll","short","Kurdish attack south of Ras al-Ain: ISIL toll?",["16"]),
("1965511122","a7-rasain-town","which-place","South of which town did the Kurdish assault on ISIL positions in Hasakeh province take place in December 2014?",["Ras al-Ain"]),
("1965511122","a7-kobani-far","quantity","how far away is kobani from the scene of the kurdish attack",["100 kilomet"]),
("1962495715","a7-meridian","list","Which two Aleppo neighborhoods were hit by the rocket shells that killed a man and his young daughter?",["Meridian","Zahraa"]),
("1962495715","a7-masharqa","number","How many bodies did civil defense teams uncover from beneath the rubble in al-Masharqa?",["8"]),
("1962495715","a7-daughter","paraphrase","Which relative died with the father when militants' rockets fell on homes in Aleppo in December 2016?",["daughter"]),
("1926479095","a7-nubbul-org","which-organisation","Which group were the terrorists who fired 8 rocket shells at Nubbul and al-Zahraa affiliated with?",["Nusra"]),
("1926479095","a7-maisaloun","comparison","How many people were injured in Maisaloun neighborhood, and how many were injured in Khan Arnabeh and al-Baath?",["13","nine"]),
("1926479095","a7-arqoub","which-place","In which area were industrial facilities damaged by terrorist rocket shells on 23 November 2016?",["Arqoub"]),
("1926479161","a7-msf-town","which-place","In which town was the hospital supported by Doctors Without Borders hit by Russian airstrikes in February 2016?",["Maaret al-Nouman"]),
("1926479161","a7-msf-staff","paraphrase","How many medics from the bombed Idlib clinic are missing?",["eight"]),
("1926479161","a7-taskforce","according-to","According to the Syrian Coalition, which body formed under the Munich agreement must not ignore Russia's crimes?",["ceasefire task force"]),
("1926479161","a7-msf-killed","number-in-words","How many people were killed in the Russian strike on the MSF hospital in Idlib?",["seven"]),
("1923848174","a7-howitzer-list","list","From which areas were IS militants preparing to open fire on Turkey when Turkish howitzers shelled them?",["Baragitah","Tel Ahmar","Shabaniye"]),
("1923848174","a7-ten-targets","number-in-words","How many IS group targets did the coalition strikes reported on 10 July 2016 hit?",["Ten"]),
("1923848174","a7-kilis","how-many-according-to","According to Ahram, how many times has Kilis been hit by rockets this year?",["70 times"]),
("1965511209","a7-deir-neigh","list","Name the Deir Ezzor neighborhoods hit by the ISIL rocket attack in March 2016.",["Qosour","Jora"]),
("1965511209","a7-deir-shells","how-many-according-to","According to a source in the province, how many rocket shells did ISIL fire on Deir Ezzor city?",["6 rocket"]),
("1926479017","a7-sadcob","which-place","Near what fuel tanks was the bomb planted that killed a driver headed for Arika?",["Sadcob"]),
("1926479017","a7-midan-shells","number","How many rocket shells were fired on al-Midan neighborhood in Aleppo on the morning of 7 October 2016?",["10"]),
("1926479017","a7-newaleppo","comparison","In the evening attacks on New Aleppo and al-Muhafaza, how many people were killed and how many were injured?",["four","28"]),
("1923848283","a7-haas","which-place","Which Idlib village had its elementary and middle school hit by air strikes in October 2016?",["Haas"]),
("1923848283","a7-haas-kids","number-in-words","How many of the people killed in the Haas air strikes were children?",["seven"]),
("1923848283","a7-haas-tv","yes-no","Did Syrian state TV mention a school when it reported the strikes on Haas?",["did not mention a school"]),
("1962495688","a7-rudskoy","which-person","Which Russian general said the Turkish side still sends weapons and gunmen to Nusra-affiliated groups?",["Rudskoy"]),
("1962495688","a7-150","number","How many terrorists did the Russian Coordination Center in Hmeimim say crossed from Turkey into Latakia?",["150"]),
("1962495688","a7-hadyah","which-place","Where did nearly 200 gunmen arrive, according to the Russian General Staff?",["Tal Hadyah"]),
("1962495662","a7-sdf","which-organisation","Which Kurdish-led alliance repelled the jihadists' assault near the Sajour river?",["Syrian Democratic Forces|SDF"]),
("1962495662","a7-sdf-80","lowercase","how many militants were killed when the sdf repelled the isis attack near manbij",["80"]),
("1962495662","a7-sdf-hosp","which-place","Which building in Manbij did the SDF win back from ISIL after days of battle?",["hospital"]),
("1923848144","a7-khan-toll","short","Khan Sheikhun chemical attack: new death toll?",["86"]),
("1923848144","a7-khan-cw","comparison","How many children and how many women were among the dead of the suspected chemical attack on Khan Sheikhun?",["30","20 women"]),
("1923848144","a7-khan-moscow","according-to","According to Moscow, what were the chemicals released in the Khan Sheikhun strike part of?",["stockpile"]),
("1965495340","a7-midan-district","which-place","In which Damascus district did the October 2017 blast that killed five policemen happen?",["Midan"]),
("1965495340","a7-midan-bombers","how-many-according-to","According to a local security source, how many suicide bombers conducted the attack in central Damascus on 2 October 2017?",["four"]),
("1962495637","a7-homs-depot","which-place","In which Homs district did an ammunition depot blow up in August 2013?",["Wadi al-Zahab"]),
("1962495637","a7-khaldiyeh","which-place","Which district of Homs did the Syrian army capture as the depot blast happened?",["Khaldiyeh"]),
("1962495637","a7-depot-who","which-organisation","Who operated the ammunition depot that exploded in Homs in 2013, according to the Observatory?",["voluntary forces"]),
("1924058151","a7-houla-18","number","How many airstrikes did Assad regime forces carry out in the Houla region in April 2017?",["18"]),
("1924058151","a7-houla-towns","list","Give the towns in Houla where the regime airstrikes of April 2017 were conducted.",["Teldo","Tel Dahab","Kafr Laha"]),
("1924058151","a7-houla-2012","date","When did the first Assad regime massacre in Houla take place?",["May 25 2012"]),
("1923848292","a7-golan-missiles","number-in-words","How many missiles were fired by the Israeli aircraft in the overnight raids near the Golan in June 2014?",["Nine"]),
("1923848292","a7-golan-soldiers","non-native","Israel raid near Golan in 2014, how many soldier of Syria was killed?",["10"]),
("1923848292","a7-golan-teen","which-person","Whose son was killed on the Golan when a blast hit the car he travelled in?",["defence ministry contractor"]),
("1965495346","a7-walid","which-place","On which street is the police headquarters that two suicide bombers attacked in Damascus in October 2017?",["Khalid ibn al-Walid"]),
("1965495346","a7-police-both","comparison","How many people were killed in the Damascus police station attacks according to Sputnik's informed source, and how many according to SANA?",["nine","one person"]),
("1965495346","a7-market","typo","Were did the third terorist detonate his explosives in Damascus?",["market"]),
("1965495346","a7-storm","why-how","How did the attackers try to get into the Damascus police station before they blew themselves up?",["storm"]),
]


def build(csv_path: str = "/work/shared/corpora/fa-kes/FA-KES-Dataset.csv", out: str = "benchmarks/questions/answers7.jsonl") -> None:
    """Check every fact against its article's content and write the JSONL (split by article: even index tune, odd test)."""
    import csv
    import json
    import re

    with open(csv_path, encoding="utf-8", errors="replace") as fh:
        by: dict[str, dict[str, str]] = {}
        for r in csv.DictReader(fh):
            by.setdefault(r["unit_id"], r)
    articles = list(dict.fromkeys(a for a, *_ in ITEMS))
    with open(out, "w", encoding="utf-8") as fh:
        for a, qid, form, q, facts in ITEMS:
            for f in facts:
                if not re.search(f, by[a]["article_content"], re.I):
                    raise SystemExit(f"{qid}: fact {f!r} is not in article {a}")
            split = "tune" if articles.index(a) % 2 == 0 else "test"
            fh.write(json.dumps({"id": qid, "question": q, "answerable": True, "facts": facts, "docs": [a], "form": form,
                                 "corpus": "fakes", "split": split, "about": a}) + "\n")


if __name__ == "__main__":
    build()
