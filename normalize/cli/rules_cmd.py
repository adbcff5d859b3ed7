"""`normalize rules list|show|test`: the packs a run here would load, as a table, as YAML, and run."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..config import settings_for
from ..errors import NormalizeError, did_you_mean
from ..packs import load_pack, resolve_pack
from ..pipeline import Normalizer
from ..rules import pack_entry
from .common import EXIT_CHANGES, EXIT_ERROR, EXIT_OK, ConfigOption, NoConfig, UsageError, fail, plural
from .helptext import HelpCommand, group, settings
from .options import pack_specs, split_names

rules_app = group("Inspect and test rule packs.")

PacksArgument = Annotated[
    list[str] | None,
    typer.Argument(metavar="PACK", help="Packs (default: those `normalize FILE` would load here).", show_default=False),
]


def configured_rules(config: Path | None, no_config: bool) -> dict[str, Any]:
    """The packs, select and ignore that `normalize FILE` would use here: the bundled packs and the settings file's."""
    found = settings_for(
        {"rules": None, "no_default_rules": False, "select": None, "ignore": None}, lambda _: False, config, no_config
    )
    select = split_names(found["select"])
    return {
        "packs": pack_specs(found["rules"], found["no_default_rules"]),
        "select": select or None,
        "ignore": split_names(found["ignore"]) or None,
    }


@rules_app.command("list", cls=HelpCommand, context_settings=settings())
def rules_list(
    packs: PacksArgument = None,
    output_format: Annotated[
        str, typer.Option("--format", metavar="table|plain|json", help="table on a terminal, else plain.")
    ] = "",
    config: ConfigOption = None,
    no_config: NoConfig = False,
) -> None:
    """The rules: id, kind, category, message, pack; without packs, what a run here would use."""
    chosen = output_format or ("table" if sys.stdout.isatty() else "plain")
    if chosen not in ("table", "plain", "json"):
        fail(f"--format must be table, plain or json, not '{output_format}'")
        raise typer.Exit(EXIT_ERROR)
    try:
        normalizer = Normalizer(packs=packs) if packs else Normalizer(**configured_rules(config, no_config))
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    rows = [
        {"id": r.id, "kind": r.kind, "category": r.category, "message": r.message, "pack": r.pack}
        for r in normalizer.rules
    ]
    if chosen == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif chosen == "plain":
        for row in rows:  # one rule a line, tab-separated: for grep, cut and awk
            typer.echo("\t".join(row.values()))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("id", "kind", "category", "message", "pack", title=plural(len(rows), "rule"))
        for row in rows:
            table.add_row(*row.values())
        Console().print(table)


@rules_app.command("show", cls=HelpCommand, context_settings=settings())
def rules_show(
    ids: Annotated[list[str], typer.Argument(metavar="RULE", help="Rule ids, as `rules list` and reports name them.")],
    packs: Annotated[list[str] | None, typer.Option("--rules", metavar="PACK", help="Pack to look in.")] = None,
    config: ConfigOption = None,
    no_config: NoConfig = False,
) -> None:
    """Print rules in full, as a pack would spell them: fields, examples, keep cases, and their pack's file."""
    import yaml

    try:
        specs = packs or configured_rules(config, no_config)["packs"]
        normalizer = Normalizer(packs=specs)
        by_id = {rule.id: rule for rule in normalizer.rules}
        for rule_id in ids:
            if rule_id not in by_id:
                raise UsageError(f"no rule '{rule_id}' in the loaded packs{did_you_mean(rule_id, by_id)}")
        files = {load_pack(spec).name: str(resolve_pack(spec).resolve()) for spec in specs}
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    # id and kind first, then where the rule comes from, then the rest as its pack spells it
    shown = [
        {"id": rule.id, "kind": rule.kind, "pack": rule.pack, "file": files.get(rule.pack, "")} | pack_entry(rule)
        for rule in (by_id[rule_id] for rule_id in ids)
    ]
    typer.echo(yaml.safe_dump_all(shown, allow_unicode=True, sort_keys=False, width=100).rstrip("\n"))


@rules_app.command("test", cls=HelpCommand, context_settings=settings())
def rules_test(packs: PacksArgument = None, config: ConfigOption = None, no_config: NoConfig = False) -> None:
    """Run every rule's examples; exit 1 if any fails."""
    from ..selftest import run_examples

    try:
        failures, total = run_examples(packs or configured_rules(config, no_config)["packs"])
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    for failure in failures:
        typer.echo(f"FAIL {failure}")
    typer.echo(f"{total - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(EXIT_CHANGES if failures else EXIT_OK)
