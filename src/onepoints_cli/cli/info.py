"""Reference commands: kinds, path, config."""

from .common import Json, load_settings, paths
from .groups import app


@app.command("kinds")
def kinds(json: Json = False) -> None:
    """The catalogue of activity kinds and their points per hour.

    \b
    Example: onepoints kinds --json
    """
    from ..domain.kinds import catalogue
    from ..render import catalog

    found = catalogue(load_settings())
    catalog.emit_kinds_json(found) if json else catalog.print_kinds(found)


@app.command("path")
def path(json: Json = False) -> None:
    """Where the ledger and config files live.

    \b
    Example: onepoints path
    """
    from ..render import jsonout
    from ..render.messages import data_line

    where = paths()
    if json:
        jsonout.emit({"ledger": str(where.ledger), "config": str(where.config)})
    else:
        data_line(f"ledger: {where.ledger}\nconfig: {where.config}")


@app.command("config")
def config(json: Json = False) -> None:
    """Show the effective settings.

    config.toml with the defaults filled in.

    \b
    Example: onepoints config
    """
    from ..domain.kinds import catalogue
    from ..render import catalog, jsonout

    where = paths()
    settings = load_settings()
    data = catalog.settings_data(settings, str(where.config), catalogue(settings))
    jsonout.emit(data) if json else catalog.print_settings(data)
