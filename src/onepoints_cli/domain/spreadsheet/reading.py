"""Which kind of file an import got, by its content rather than its name: the JSON
of `export --format json` starts with `{`; anything else that is text is a CSV."""

from __future__ import annotations

from .columns import Table
from .csv_table import read_csv
from .json_table import read_json
from .text import decoded


def read_table(data: bytes, source: str) -> Table:
    text, encoding = decoded(data, source)
    if text.lstrip().startswith("{"):
        return read_json(text, source)._replace(encoding=encoding)
    return read_csv(text, source, encoding)
