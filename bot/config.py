"""The one settings object.

Owns every tunable of careerbot. It is read from the environment (prefix
``CAREERBOT_``) only by app.py and the ``__main__`` entry points, then passed
down as a frozen value. Every field carries a description; a test checks that
the README's settings table lists every field.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import ConfigError

Engine = Literal["local", "openai", "extractive"]
ENGINES: tuple[str, ...] = ("local", "openai", "extractive")
ModelRuntime = Literal["ctranslate2", "onnxruntime", "transformers"]
CT2ComputeType = Literal["int8_float32", "int8", "float32"]


class Settings(BaseSettings):
    """careerbot configuration. Env var = ``CAREERBOT_`` + field name upper-cased."""

    model_config = SettingsConfigDict(env_prefix="CAREERBOT_", frozen=True, extra="ignore")

    # --- where things live -------------------------------------------------
    data_dir: Path = Field(
        Path("./data"), description="Folder for the Chroma index, the converted-model cache and the feedback database."
    )
    corpus_dir: Path = Field(
        Path("./corpus"),
        description="Folder of documents to ingest (.md, .txt, .html, .pdf, .docx, .xlsx, .csv, .pptx).",
    )
    chroma_url: str | None = Field(
        None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Unset: a persistent Chroma under data_dir.",
    )
    model_dir: Path | None = Field(
        None, description="Folder of the reassembled GGUF and the converted-model cache. Unset: data_dir/models."
    )
    collection: str = Field("careerbot", description="Name of the Chroma collection holding the chunks.")

    # --- chunking ----------------------------------------------------------
    chunk_size: int = Field(
        500, ge=200, le=8000, description="Largest chunk, in characters, after splitting on headings."
    )
    chunk_overlap: int = Field(
        0, ge=0, le=1000, description="Characters shared by neighbouring chunks of one long section."
    )

    # --- retrieval ---------------------------------------------------------
    top_k: int = Field(4, ge=1, le=20, description="Most passages sent to the model.")
    relevance_threshold: float = Field(
        0.25,
        ge=0.0,
        le=1.0,
        description=(
            "Lowest cosine similarity of the best dense hit for a question to count as covered; "
            "below it careerbot refuses without generating."
        ),
    )

    # --- generation --------------------------------------------------------
    engine: Engine = Field(
        "local",
        description=(
            "Answer engine: local (packaged Qwen2.5 model), openai (any OpenAI-compatible server) or extractive (no "
            "model)."
        ),
    )
    llm_base_url: str = Field(
        "http://127.0.0.1:8080/v1", description="Base URL of the OpenAI-compatible server (engine=openai)."
    )
    llm_model: str = Field(
        "qwen2.5-coder-0.5b-instruct", description="Model name sent to the OpenAI-compatible server (engine=openai)."
    )
    llm_api_key: str = Field("not-needed", description="API key for the OpenAI-compatible server (engine=openai).")
    max_new_tokens: int = Field(160, ge=16, le=2048, description="Upper bound on generated tokens per answer.")
    generation_timeout: float = Field(
        60.0, gt=0, description="Seconds a generation may take before careerbot falls back to the extractive answer."
    )
    model_threads: int = Field(
        0, ge=0, description="Threads for the local model (CTranslate2 or torch); 0 means one per CPU core."
    )
    model_quantized_decode: bool = Field(
        True,
        description=(
            "Local model on transformers (model_runtime=transformers): decode token by token with int8 weight-only "
            "copies of its linear layers (1.3-1.7x faster decoding on 2 cores; same greedy text on grounded prompts, "
            "near-ties may flip); false keeps plain fp32."
        ),
    )
    model_runtime: ModelRuntime = Field(
        "ctranslate2",
        description=(
            "Runtime of the local engine: ctranslate2 (int8, batched sessions), onnxruntime (int8 MatMulNBits, "
            "the system prompt cached per session slot; decodes about twice as fast on AVX2, "
            "prefills slower) or transformers (the fp32 reference, one answer at a time). "
            "Compared by `python -m eval bench --only runtimes`."
        ),
    )
    model_compute_type: CT2ComputeType = Field(
        "int8_float32",
        description=(
            "CTranslate2 weight/compute type (model_runtime=ctranslate2): int8_float32, int8 or float32. "
            "Kernels (AVX2, AVX-512, VNNI) are picked at run time from the CPU."
        ),
    )
    batch_size: int = Field(
        8,
        ge=1,
        le=64,
        description=(
            "Local engine (ctranslate2, onnxruntime): most questions decoded together in one batch (on ctranslate2, "
            "questions whose prompts differ by at most 8 tokens, since CTranslate2 would feed the rest of a longer "
            "prompt one token per step; on onnxruntime, each question in its own slot and the slots stepped in turn, "
            "and this many slots keep the system prompt cached)."
        ),
    )
    draft_tokens: int = Field(
        6,
        ge=0,
        le=16,
        description=(
            "Local engine on onnxruntime: up to this many tokens drafted per step by n-gram lookup in the prompt and "
            "the answer so far, then checked by the model in one pass (prompt-lookup speculative decoding). Greedy: "
            "the text is the same as without it but at near-ties (drafts are checked as one batch, "
            "rounded slightly differently); faster where the answer quotes its passages. 0 disables."
        ),
    )
    parallel_batches: int = Field(
        1,
        ge=1,
        le=8,
        description=(
            "Local engine (ctranslate2): batches decoded at the same time, each on model_threads / parallel_batches "
            "threads; a question waits only until one of them is free."
        ),
    )
    max_wait: float = Field(
        8.0,
        ge=0,
        description=(
            "Seconds a question may be expected to wait for the local model before its first token; "
            "above it careerbot answers at once from the guide's own lines and says so. A question to an idle model "
            "(nobody waiting, a lane free) is always admitted. 0 disables the check."
        ),
    )
    quote_support: bool = Field(
        True,
        description=(
            "After a model's verified opening sentence(s), quote the guide's own lines it did not state (each under "
            "its document's title and scope) as a short list. False: the model's text alone."
        ),
    )
    guard: bool = Field(
        True, description="Run the faithfulness verifier on every generated answer and drop unsupported sentences."
    )
    handoff_url: str = Field(
        "https://careers.example.edu/advisers",
        description=(
            "Link offered when the corpus does not cover a question (talk to a careers adviser). "
            "Used when CAREERBOT_HANDOFF_EMAIL or CAREERBOT_SMTP_URL is unset; with both set, "
            '"Talk to an adviser" opens the hand-off form instead.'
        ),
    )
    handoff_email: str | None = Field(
        None,
        description=(
            "Address of the careers office that receives hand-offs (name, email, note and the conversation, "
            "emailed through CAREERBOT_SMTP_URL). With CAREERBOT_SMTP_URL set, "
            '"Talk to an adviser" opens a form on the page and in the widget, '
            "and staff see the requests on /admin/handoffs. Unset: the CAREERBOT_HANDOFF_URL link."
        ),
    )
    smtp_url: SecretStr | None = Field(
        None,
        description=(
            'The office\'s mail server for hand-offs and "Email me this": smtp://user:password@host:port (STARTTLS '
            "when the server offers it) or smtps://user:password@host:465 (TLS from the start); "
            'user and password percent-encoded, optional. Unset: no email is sent and "Email me this" is not shown.'
        ),
    )
    smtp_from: str | None = Field(
        None,
        description=(
            "From address of careerbot's emails. Unset: CAREERBOT_HANDOFF_EMAIL, "
            "else careerbot@ the mail server's host."
        ),
    )
    mail_rate_limit: str = Field(
        "5/hour",
        description=(
            'Hand-offs and "Email me this" emails allowed per client IP and per session, '
            "in `limits` notation (counted in CAREERBOT_RATE_LIMIT_STORAGE)."
        ),
    )

    # --- web ---------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the web app listens on.")
    max_message_chars: int = Field(2000, ge=1, description="Longest accepted chat message, in characters.")
    max_history_turns: int = Field(
        50, ge=0, description="Longest accepted history, in turns; older turns beyond this are rejected by the API."
    )
    allowed_origins: str = Field(
        "",
        description=(
            "Comma-separated origins allowed to embed the widget and call /api/* (e.g. https://careers.example.edu). "
            "Empty: same origin only."
        ),
    )
    rate_limit: str = Field(
        "20/minute",
        description="Requests allowed per client IP and per session, in `limits` notation (e.g. 20/minute).",
    )
    rate_limit_storage: str = Field(
        "memory://",
        description=(
            "`limits` storage URI for rate-limit counters, e.g. redis://127.0.0.1:6379 to share them across replicas."
        ),
    )
    feedback_url: str | None = Field(
        None,
        description=(
            "SQLAlchemy URL of the feedback store (e.g. postgresql+psycopg://...). Unset: "
            "SQLite file data_dir/feedback.db."
        ),
    )
    log_level: str = Field("INFO", description="Python logging level for careerbot's own loggers.")
    trusted_proxies: str = Field(
        "",
        description=(
            "Comma-separated addresses or networks of your reverse proxies (e.g. 127.0.0.1,10.0.0.0/8). "
            "Only a request whose peer is one of them has its X-Forwarded-For read, "
            "so rate limits key on the real client. Empty: X-Forwarded-For is ignored."
        ),
    )
    rate_limit_secret: SecretStr | None = Field(
        None,
        description=(
            "Key of the HMAC that turns client addresses and session ids into rate-limit keys (no raw IP is stored). "
            "Set the same value on every replica that shares Redis counters. Unset: "
            "a random key per process with memory:// counters; with shared counters, "
            "a key derived from the storage URI (a warning is logged)."
        ),
    )

    # --- privacy and insights ----------------------------------------------
    retention_days: int = Field(
        30,
        ge=1,
        le=3650,
        description=(
            "Days feedback rows and question-log rows are kept; older ones are deleted at start-up and once a day."
        ),
    )
    office_timezone: str = Field(
        "UTC",
        description=(
            "IANA time zone of the careers office (e.g. America/New_York): the insights count questions outside "
            "Monday-Friday 09:00-17:00 there as after hours."
        ),
    )
    max_upload_mb: int = Field(
        20,
        ge=1,
        le=200,
        description=(
            "Largest document a careers office may upload on /admin/documents (or add with `python -m ingest add`), "
            "in megabytes."
        ),
    )
    admin_token: SecretStr | None = Field(
        None,
        description=(
            "Token that opens /admin/insights (Authorization: Bearer TOKEN, "
            "or the password of the browser's login prompt); at least 16 characters. Unset: the route does not exist."
        ),
    )
    admin_user_header: str = Field(
        "",
        description=(
            "Request header in which the university's single-sign-on reverse proxy names the signed-in user (e.g. "
            "X-Remote-User). Read only when the request comes straight from one of CAREERBOT_TRUSTED_PROXIES (the "
            "proxy must set it itself and drop any copy a browser sent), and the user must be in CAREERBOT_ADMINS "
            "(else 403). Empty: staff sign in with CAREERBOT_ADMIN_TOKEN only."
        ),
    )
    admins: str = Field(
        "",
        description=(
            "Comma-separated user names or emails of the staff allowed into the admin pages through "
            "CAREERBOT_ADMIN_USER_HEADER (compared without regard to case). The audit log records the name."
        ),
    )
    crawl_allow: str = Field(
        "",
        description=(
            "Comma-separated host names (or addresses) the website sync (`python -m ingest crawl`) may fetch even "
            "though they resolve to a private, loopback or link-local address, e.g. an intranet careers site. Empty: "
            "only public addresses are fetched, and a redirect to any other is refused."
        ),
    )
    crawl_delay: float = Field(
        1.0,
        ge=0,
        le=60,
        description=(
            "Seconds the website sync waits between two requests to the same host (robots.txt's Crawl-delay, "
            "when longer, wins)."
        ),
    )

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: str) -> str:
        for item in (v.strip() for v in value.split(",")):
            if not item:
                continue
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ConfigError(
                    f"CAREERBOT_TRUSTED_PROXIES: {item!r} is not an IP address or network (e.g. 10.0.0.1 or 10.0.0.0/8)"
                ) from None
        return value

    @field_validator("smtp_url")
    @classmethod
    def _smtp_url_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            return None  # CAREERBOT_SMTP_URL= (empty) means unset
        if value is not None and not value.get_secret_value().strip().lower().startswith(("smtp://", "smtps://")):
            raise ConfigError(
                "CAREERBOT_SMTP_URL must start with smtp:// or smtps:// (e.g. smtps://user:pass@mail.example.edu:465)"
            )
        return value

    @field_validator("handoff_email", "smtp_from")
    @classmethod
    def _one_address(cls, value: str | None) -> str | None:
        value = value.strip() if value is not None else None
        if not value:
            return None
        if value.count("@") != 1 or any(ch in value for ch in " ,;<>\r\n"):
            raise ConfigError(f"{value!r} is not one plain email address (e.g. careers@example.edu)")
        return value

    @field_validator("office_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"CAREERBOT_OFFICE_TIMEZONE: {value!r} is not a known time zone (e.g. America/New_York, "
                "Europe/London, UTC)"
            ) from None
        return value

    @field_validator("admin_token")
    @classmethod
    def _token_is_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().strip()) < 16:
            raise ConfigError(
                "CAREERBOT_ADMIN_TOKEN must be at least 16 characters: generate one with `python -c 'import secrets; "
                "print(secrets.token_urlsafe(24))'`"
            )
        return value

    @model_validator(mode="after")
    def _sign_on_is_complete(self) -> Settings:
        if self.admin_user_header.strip() and not (self.proxies and self.staff):
            raise ConfigError(
                "CAREERBOT_ADMIN_USER_HEADER needs CAREERBOT_TRUSTED_PROXIES (the sign-on proxy's address) and "
                "CAREERBOT_ADMINS (the staff allowed in); without them the header would be ignored"
            )
        return self

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def model_cache_dir(self) -> Path:
        return self.model_dir or self.data_dir / "models"

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.split(",") if o.strip()]

    @property
    def staff(self) -> frozenset[str]:
        """CAREERBOT_ADMINS, lower-cased."""
        return frozenset(a.strip().lower() for a in self.admins.split(",") if a.strip())

    @property
    def proxies(self) -> list[str]:
        return [p.strip() for p in self.trusted_proxies.split(",") if p.strip()]

    @property
    def feedback_db_url(self) -> str:
        return self.feedback_url or f"sqlite:///{(self.data_dir / 'feedback.db').resolve()}"
