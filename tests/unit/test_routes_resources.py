"""corpus/resources.yaml is checked for every part the fixed replies read; a broken file never costs crisis lines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.answering import routes
from assistant.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_file_and_the_built_in_lines_give_a_crisis_reply_with_emergency_services_first():
    shipped = routes.load_resources(ROOT / "corpus" / "resources.yaml")
    for resources in (shipped, routes.BUILT_IN_RESOURCES):
        text, items = routes.crisis_reply(resources, "en-GB")
        assert items[0]["id"] == "emergency" and "Samaritans" in text
        assert routes.out_of_scope_reply(resources, "workplace-rights")[0]
        assert routes.check_in_note(resources, None)[1]


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("crisis: [oops", "cannot read"),
        ("crisis: {}\nout_of_scope: {}", "'crisis' needs an 'intro'"),
        ("crisis: {intro: hi, lines: [{id: a, title: A}]}\nout_of_scope: {}", "crisis line 1 needs"),
        ("crisis: {intro: hi, lines: [{id: a, title: A, detail: D}]}\nout_of_scope: {}", "list of 'locales'"),
        ("crisis: {intro: hi, lines: [{id: a, title: A, detail: D, locales: [all]}]}\nout_of_scope: {}", "-rights'"),
    ],
)
def test_a_broken_file_is_named_before_any_reply_reads_it(tmp_path, broken, message):
    path = tmp_path / f"{abs(hash(broken))}.yaml"
    path.write_text(broken)
    with pytest.raises(ConfigurationError, match=message):
        routes.load_resources(path)


def test_the_pipeline_answers_a_crisis_with_the_built_in_lines_when_the_file_is_broken(tmp_path, caplog):
    from types import SimpleNamespace

    from assistant.pipeline import Assistant

    (tmp_path / "resources.yaml").write_text(yaml.safe_dump({"crisis": "not a section"}))
    fake = SimpleNamespace(settings=SimpleNamespace(corpus_dir=tmp_path))
    with caplog.at_level("ERROR"):
        resources = Assistant._resources(fake)  # type: ignore[arg-type]
    assert resources is routes.BUILT_IN_RESOURCES and "built-in crisis lines" in caplog.text
