"""claims4: 48 claims written by hand by H-verify (session 7) from 12 FA-KES articles that no earlier set uses,
before the system was run on any of them. Split once by article (alternate articles tune/test, in the order below).
Run: python benchmarks/claims4/items.py > benchmarks/claims4/claims4.jsonl"""
import json

A = [
    ("1923848295", [
        ("ISIL executed three officers of the Free Syrian Army, the Syrian Observatory for Human Rights said.", "supported", "paraphrase"),
        ("The bodies of the three officers were discovered on Friday, two days after they were abducted in Deir Ezzor province.", "supported", "synonym"),
        ("The bodies of the three officers were found on Friday, a week after they were kidnapped.", "contradicted", "date-shifted"),
        ("The FSA officers had been kidnapped in Muhassen, the Observatory said.", "contradicted", "place-swapped"),
    ]),
    ("1965495346", [
        ("An informed source told Sputnik that at least nine people were killed in three suicide-bomber attacks near a police station in Damascus.", "supported", "reorder"),
        ("The attackers tried to storm the police station and confronted the guards before they blew themselves up.", "supported", "drop-detail"),
        ("The attackers stormed the police station and killed the guards.", "unsupported", "plans-to-did"),
        ("In early October five suicide bombers blew themselves up in the al Midan district, killing 15 people.", "contradicted", "number-changed"),
    ]),
    ("1965511121", [
        ("Near Deir Ezour military airport the Syrian army fought fierce clashes with ISIL terrorists.", "supported", "passive-active"),
        ("The Syrian army killed more than 60 ISIL terrorists in al-Jafra, Mohasan and other areas of Deir Ezour.", "supported", "synonym"),
        ("ISIL terrorists killed over 60 Syrian soldiers in al-Jafra.", "contradicted", "swapped-roles"),
        ("The Syrian army halted its anti-terrorism operations across the country.", "contradicted", "negation"),
    ]),
    ("1962495721", [
        ("Backed from the air, the Syrian army repelled the Daesh attacks in the west of Deir ez-Zor.", "supported", "paraphrase"),
        ("Deir ez-Zor has been besieged by Daesh since March 2014.", "supported", "drop-detail"),
        ("Terrorist groups are covered by the ceasefire agreement.", "contradicted", "negation"),
        ("The ceasefire brokered by Russia and the United States took effect on March 27.", "contradicted", "date-shifted"),
    ]),
    ("1965511120", [
        ("Clashes between ISIL and Nusra Front with the FSA on the Qalamoun barrens left at least 10 dead and 15 wounded.", "supported", "synonym"),
        ("The clashes broke out after Nusra Front and the FSA refused to pledge allegiance to ISIL, security sources said.", "supported", "paraphrase"),
        ("The clashes broke out after Nusra Front and the FSA pledged allegiance to ISIL.", "contradicted", "negation"),
        ("The clashes left at least 15 killed and 10 injured.", "contradicted", "number-changed"),
    ]),
    ("1965511209", [
        ("A terrorist rocket attack on residential neighborhoods of Deir Ezzor city killed two Syrians and injured five others.", "supported", "passive-active"),
        ("ISIL terrorists fired six rocket shells on al-Qosour and al-Joura, killing a man and a woman.", "supported", "number-words"),
        ("ISIL terrorists fired 16 rocket shells on al-Qosour and al-Joura neighborhoods.", "contradicted", "number-changed"),
        ("The rocket attack on Deir Ezzor caused no damage to property.", "contradicted", "negation"),
    ]),
    ("1926479074", [
        ("Riyad Alhassan said the Russian air force has been using cluster munitions in attacks on towns and villages in Aleppo.", "supported", "drop-detail"),
        ("Alhassan urged the United Nations and the Security Council to take urgent measures to prevent the use of internationally banned weapons against Syrian civilians.", "supported", "synonym"),
        ("Alhassan said Russia was a credible sponsor of the political process.", "contradicted", "negation"),
        ("Russian jets on Monday bombed towns in rural Aleppo, killing at least 12 civilians.", "contradicted", "number-changed"),
    ]),
    ("1924058188", [
        ("According to UNICEF, air strikes that hit a school in Idlib province killed 22 children.", "supported", "reorder"),
        ("UNICEF director Alan Lane said six teachers also died in the attacks.", "supported", "drop-detail"),
        ("UNICEF director Alan Lane said the attack was a deliberate war crime.", "unsupported", "certainty-upgraded"),
        ("The Syrian Observatory said at least six air raids by Syrian jets hit Haas village.", "contradicted", "actor-substituted"),
    ]),
    ("1923848136", [
        ("Under cover of US-led coalition airstrikes, US-backed Syrian fighters are pressing their offensive against IS in northern Syria.", "supported", "paraphrase"),
        ("Fighting on the eastern outskirts of Tabqa left at least 11 extremists dead, the Observatory says.", "supported", "drop-detail"),
        ("SDF fighters captured the area of Safsafeh west of Tabqa last week.", "contradicted", "place-swapped"),
        ("On March 22 Russian aircraft ferried forces behind militant lines in the Tabqa area.", "contradicted", "actor-substituted"),
    ]),
    ("1923848235", [
        ("Government air raids on Douma, a rebel-held suburb near Damascus, killed 42 people including seven children.", "supported", "summary"),
        ("On Thursday the Observatory had given a death toll of 17.", "supported", "reorder"),
        ("The United Nations puts the death toll of the Syrian conflict at 180000.", "contradicted", "number-changed"),
        ("Douma was rarely targeted by deadly strikes.", "contradicted", "negation"),
    ]),
    ("1965495379", [
        ("A military source told Sputnik that government forces killed more than 75 Jabhat Fatah al Sham militants in Daraa.", "supported", "synonym"),
        ("The militants killed in Daraa's Manshiyah district included suicide bombers and foreign mercenaries from Saudi Arabia and Jordan.", "supported", "passive-active"),
        ("The foreign mercenaries killed in Manshiyah came from Iraq and Jordan.", "contradicted", "actor-substituted"),
        ("The Syrian army's units captured over 75 Nusra Front militants in Manshiyah.", "contradicted", "detail-changed"),
    ]),
    ("1965511194", [
        ("A little boy, a little girl and two women were killed by rocket shells fired on al-Midan neighborhood, a police source told SANA.", "supported", "passive-active"),
        ("The shells on al-Midan also brought down a house and damaged several houses and cars.", "supported", "paraphrase"),
        ("A rocket shell fired on al-Jamilia neighborhood killed four citizens.", "contradicted", "unit-changed"),
        ("Two children and two women were injured by rocket shells on al-Midan.", "contradicted", "unit-changed"),
    ]),
]

if __name__ == "__main__":
    for k, (doc, items) in enumerate(A):
        for claim, label, kind in items:
            print(json.dumps({"claim": claim, "doc_ids": [doc], "label": label, "kind": kind, "corpus": "fakes", "split": "tune" if k % 2 == 0 else "test"}))
