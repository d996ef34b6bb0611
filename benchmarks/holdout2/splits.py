"""The fixed tune/test split by article for holdout2 (written once; do not regenerate).

FA-KES: every article an item is about (question `about`, claim first doc_id), sorted by unit_id (copies folded
into the article they copy), alternating tune/test. Examples: 000/002/004 tune, 001/003 test.
"""
import json
from pathlib import Path

# a near-duplicate copy takes the split of the article it copies (so no text sits in both halves)
DUPS = json.loads((Path(__file__).parent / "fakes-duplicates.json").read_text())

FAKES_ARTICLES = [
    "1914947530", "1914947532", "1914947536", "1918150027", "1918150033", "1918398793",
    "1919191741", "1919191761", "1923102821", "1923102875", "1923102890", "1923102909",
    "1923102974", "1923848145", "1923848160", "1923848207", "1923848287", "1923848295",
    "1924058052", "1924058065", "1924058068", "1924058075", "1924058078", "1924058111",
    "1924058143", "1924058170", "1924058201", "1924058217", "1924058218", "1924058225",
    "1926478915", "1926478942", "1926478973", "1926478992", "1926479025", "1926479033",
    "1926479043", "1926479102", "1926479109", "1926479123", "1926479215", "1926479221",
    "1926479260", "1962495649", "1962495693", "1962495730", "1965495331", "1965495337",
    "1965495344", "1965495380", "1965495383", "1965511118", "1965511169",
]
SPLIT = {u: ("tune" if i % 2 == 0 else "test") for i, u in enumerate(FAKES_ARTICLES)}
EXAMPLE_SPLIT = {"000": "tune", "001": "test", "002": "tune", "003": "test", "004": "tune"}


def split_of(doc):
    """tune/test for an FA-KES unit_id or an example doc id (full or 3-digit)."""
    return EXAMPLE_SPLIT[doc[:3]] if "_" in doc or len(doc) == 3 else SPLIT.get(doc) or SPLIT[DUPS[doc]]
