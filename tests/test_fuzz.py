"""Fuzz the HTTP API from its own OpenAPI schema (schemathesis, in process): no input yields a 5xx."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from fastapi.testclient import TestClient

from briefing import Corpus, Settings
from briefing.server import create_app

from .conftest import EXAMPLES

pytestmark = pytest.mark.slow

_STORE = Path(tempfile.mkdtemp(prefix="briefing-fuzz-")) / "store"
_corpus = Corpus(Settings(store={"path": _STORE}, serve={"rate_limit": 0}, generate={"brief_evidence": 8}))
_corpus.ingest([EXAMPLES])
app = create_app(_corpus)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_yields_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
    if response.status_code >= 400:
        assert "error" in response.json() and "Traceback" not in response.text


def test_rate_limit_and_oversized_bodies(tmp_path: Path) -> None:
    store = tmp_path / "s"
    shutil.copytree(_STORE, store)
    client = TestClient(create_app(Corpus(Settings(store={"path": store}, serve={"rate_limit": 3, "max_body_bytes": 2048}))))
    codes = [client.get("/sources").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    assert client.get("/health").status_code == 200  # health is never limited
    big = TestClient(create_app(Corpus(Settings(store={"path": store}, serve={"max_body_bytes": 2048}))))
    r = big.post("/ask", content=b'{"question": "' + b"x" * 5000 + b'"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["type"] == "invalid_request_error"
    assert big.get("/../../etc/passwd").status_code == 404
    assert big.get("/sources/..%2F..%2Fetc%2Fpasswd").status_code == 404
