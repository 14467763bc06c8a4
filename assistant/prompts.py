"""Prompt templates as files (prompts/*.yaml) with declared variables, rendered strictly."""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.errors import ConfigurationError


@dataclass(frozen=True)
class Prompt:
    """A versioned prompt: a system and a user template over declared variables."""

    name: str
    version: int
    variables: tuple[str, ...]
    system: str
    user: str

    def render(self, **values: str) -> list[BaseMessage]:
        """System and user messages; every declared variable must be given and no other."""
        given, declared = set(values), set(self.variables)
        if given != declared:
            raise ConfigurationError(
                f"prompt '{self.name}' v{self.version} needs {sorted(declared)}, got {sorted(given)}"
            )
        return [SystemMessage(self.system.format(**values)), HumanMessage(self.user.format(**values))]


def placeholders(template: str) -> set[str]:
    """Names used as {placeholders} in a template."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@lru_cache(maxsize=32)
def load_prompt(folder: Path, name: str) -> Prompt:
    """Read prompts/<name>.yaml and check its placeholders match its declared variables."""
    path = folder / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigurationError(f"prompt file {path} is missing") from exc
    except yaml.YAMLError as exc:
        raise ConfigurationError(f"prompt file {path} is not valid YAML ({exc})") from exc
    try:
        prompt = Prompt(data["name"], int(data["version"]), tuple(data["variables"]), data["system"], data["user"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"prompt file {path} needs name, version, variables, system and user") from exc
    used = placeholders(prompt.system) | placeholders(prompt.user)
    if used != set(prompt.variables):
        raise ConfigurationError(f"prompt file {path} declares {sorted(prompt.variables)} but uses {sorted(used)}")
    return prompt
