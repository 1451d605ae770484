"""The bundle and advice modules of the domain import one another in one
direction: no cycle, not even through an import inside a function (grimp
reads those too)."""

import grimp
import pytest

DOMAIN = "onepoints_cli.domain"
CHECKED = (
    "advice_plan",
    "advice_steps",
    "allocation",
    "as_of_view",
    "bundle_check",
    "bundle_contents",
    "bundle_members",
    "bundle_selection",
    "extension_cases",
    "standing",
    "standing_types",
    "submit_by",
    "timeline",
    "window",
)


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("onepoints_cli")


@pytest.mark.parametrize("name", CHECKED)
def test_no_import_cycle_through(graph, name: str) -> None:
    module = f"{DOMAIN}.{name}"
    assert module in graph.modules
    cycles = [
        (module, *back)
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith(DOMAIN)
        and (back := graph.find_shortest_chain(importer=imported, imported=module)) is not None
    ]
    assert cycles == []


def test_bundle_contents_and_selection_are_one_way(graph) -> None:
    assert graph.direct_import_exists(
        importer=f"{DOMAIN}.bundle_contents", imported=f"{DOMAIN}.bundle_selection"
    )
    assert (
        graph.find_shortest_chain(importer=f"{DOMAIN}.bundle_selection", imported=f"{DOMAIN}.bundle_contents")
        is None
    )
