"""The safe twins: each implied-crisis training row retold with its warning sign swapped for an ordinary look-alike.

`eval triage` routes them out of fold as the closest look-alikes the crisis score faces; with
`triage_crisis_reader_pair_weight` above 0 the crisis reader is also tuned to rank each row above its twin
(docs/triage-history.md, session 35). A twin names its original by file and line (`twin_of`): reordering a file of
corpus/triage/ means updating its twins.
"""

from __future__ import annotations

from pathlib import Path

from assistant.triage.examples import Example, decoded_lines, parse_row

TWINS = Path("triage") / "candidates" / "hard_negatives_twins.jsonl"  # under the corpus folder


def read_twins(path: Path, examples: list[Example]) -> tuple[list[int], list[Example], int]:
    """The twins whose `twin_of` names a crisis row among the examples: their originals' indices, the twins, and how
    many were left out because the row they name moved or is no longer a crisis example. A bad line raises
    ConfigurationError naming it; a missing file gives no twins."""
    if not path.exists():
        return [], [], 0
    index = {e.where: i for i, e in enumerate(examples)}
    of, rows, skipped = [], [], 0
    for where, row in decoded_lines(path):
        twin = parse_row(row, where, "hard_negatives_twins")  # refuses a row that is not a JSON object
        assert isinstance(row, dict)
        original = index.get(str(row.get("twin_of")))
        if original is None or examples[original].route != "crisis":
            skipped += 1  # pairing it with another row would measure (or teach) nothing
            continue
        of.append(original)
        rows.append(twin)
    return of, rows, skipped


def twin_pairs(path: Path, examples: list[Example]) -> tuple[tuple[str, str], ...]:
    """(crisis row, its safe twin) texts, in the twins file's order."""
    of, rows, _ = read_twins(path, examples)
    return tuple((examples[o].question, twin.question) for o, twin in zip(of, rows, strict=True))
