"""The README documents every setting and the two commands."""

from pathlib import Path

from assistant.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def env_names(model, prefix="ASSISTANT_"):
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
            yield from env_names(annotation, f"{prefix}{name.upper()}__")
        else:
            yield f"{prefix}{name.upper()}"


def test_every_setting_is_in_the_readme_table():
    missing = [n for n in env_names(Settings) if f"| `{n}` |" not in README]
    assert not missing, f"document these settings in README.md: {missing}"


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
