"""No module of the package imports itself back, not even through an import inside
a function (grimp reads those too). import-linter's acyclic_siblings contract
(pyproject.toml) says the same of the packages; this names the modules of a cycle."""

import grimp
import pytest

PACKAGE = "onepoints_cli"


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(PACKAGE)


def test_no_module_is_in_an_import_cycle(graph) -> None:
    cycles = [
        (module, *back)
        for module in sorted(graph.modules)
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith(PACKAGE)
        and (back := graph.find_shortest_chain(importer=imported, imported=module)) is not None
    ]
    assert cycles == []


def test_bundle_contents_and_selection_are_one_way(graph) -> None:
    contents, selection = f"{PACKAGE}.domain.bundle.contents", f"{PACKAGE}.domain.bundle.selection"
    assert graph.direct_import_exists(importer=contents, imported=selection)
    assert graph.find_shortest_chain(importer=selection, imported=contents) is None
