"""Session 8: a wire photo caption with a present-tense act before 'after'/'over'; the brief benchmark's alias check
and its machine checks of a checklist."""
from __future__ import annotations

import importlib.util

from briefing.clean import is_caption

from .conftest import ROOT


def _bench():
    spec = importlib.util.spec_from_file_location("bench_brief8", ROOT / "benchmarks" / "brief.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_present_tense_caption_with_after_is_a_caption() -> None:
    assert is_caption("Smoke rises after an airstrike in the opposition-held town of Xville in Ruritania September 5 2016.", "2016-09-19")
    assert not is_caption("Smoke rose after an airstrike hit the town on Monday, the monitor said.", "2016-09-19")


def test_a_name_that_adds_more_than_a_role_word_is_another_party() -> None:
    bench = _bench()
    assert not bench.same_party("Ruritania", "Ruritania Democratic Forces")
    assert bench.same_party("Ruritania", "Ruritania government")
    assert bench.same_party("Smit", "President Smit")
    assert bench._alias_duplicates(["Ruritania", "Ruritania Democratic Forces"]) == []


def test_checks_score_a_brief_markdown() -> None:
    bench = _bench()
    md = (
        "# Brief: x\n\n## Bottom line\n\nThe Kestrel Front said it carried out the attack. [1]\n\n## Key actors\n\n"
        "| Actor | Backs | Form of support | Evidence | Latest development |\n| --- | --- | --- | --- | --- |\n"
        "| Elbonia | opposition | military | x [1] | — |\n| Kestrel Front | — | — | — | y [2] |\n\n## Timeline\n\n"
        "## Conflicting reports\n\n- **killed in the attack**\n  - 17: a [1]\n  - 15: b [2]\n\n## Sources\n\n1. Osprey\n"
    )
    checks = [
        {"kind": "conflict", "figures": ["15", "17"], "min": 2},
        {"kind": "conflict", "figures": ["61"], "min": 1},
        {"kind": "actor", "any": ["Kestrel Front"]},
        {"kind": "says", "any": ["carried out"]},
        {"kind": "absent", "any": ["Osprey"]},  # the source list is not the brief's text
        {"kind": "not_backer", "any": ["Elbonia"]},
        {"kind": "form_not", "any": ["Elbonia"], "form": "military"},
    ]
    passed, failed = bench.score_checks(md, checks)
    assert passed == 4 and len(failed) == 3
