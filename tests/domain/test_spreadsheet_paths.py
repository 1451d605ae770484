"""Evidence cells: the domain joins relative paths and leaves ~ to storage."""

from pathlib import Path

from onepoints_cli.domain.spreadsheet.importing import evidence_paths


def test_relative_paths_join_the_csv_folder_and_home_paths_stay_for_storage() -> None:
    cell = " ~/Downloads/a.pdf ; b.pdf;/abs/c.pdf;; "
    assert evidence_paths(cell.split(";"), Path("/base")) == [
        "~/Downloads/a.pdf",
        str(Path("/base/b.pdf")),
        "/abs/c.pdf",
    ]
