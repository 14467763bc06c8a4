"""Front-matter validation names the field that is wrong."""

import datetime as dt

import pytest

from ingest.metadata import FrontMatterError, slug, validate_front_matter

GOOD = {
    "id": "counter-offer",
    "title": "Counter-offer email",
    "topics": ["offers-negotiation"],
    "audience": ["all"],
    "size": "micro",
    "reviewed": dt.date(2026, 11, 1),
}


def test_valid_front_matter_is_normalised():
    meta = validate_front_matter(dict(GOOD, topics="offers-negotiation"))
    assert meta.topics == ("offers-negotiation",)
    assert meta.reviewed == "2026-11-01"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": None}, "id"),
        ({"title": ""}, "title"),
        ({"topics": ["cooking"]}, "topics"),
        ({"audience": ["aliens"]}, "audience"),
        ({"size": "huge"}, "size"),
        ({"reviewed": "last tuesday"}, "reviewed"),
        ({"id": "Has Spaces"}, "id"),
        ({"topics": []}, "topics"),
    ],
)
def test_invalid_field_is_named(change, field):
    with pytest.raises(FrontMatterError, match=field):
        validate_front_matter(dict(GOOD, **change))


def test_slug_makes_ids_from_file_names():
    assert slug("My Guide_v2") == "my-guide-v2"
    assert slug("***") == "document"
