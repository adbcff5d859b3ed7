"""The ``normalize`` command line.

``normalize FILE|DIR|- ...`` repairs text (``fix``, the default command);
``normalize rules list|show|test`` inspects rule packs; ``normalize apply`` writes
reviewed decisions back; ``corpus`` runs on Dask; ``eval`` scores the rules.  Every
failure the user can cause ends in one line on stderr and exit 2; ``--check`` (and
failing rule examples) exit 1; success exits 0.

Modules: ``common`` (exit codes, messages, colour, shared option declarations),
``helptext`` (help pages), ``options`` (``FixOptions``, checked once), ``inputs``
(the input expander), ``engine`` (reading and normalizing: groups, workers, streams),
``writer`` (the one writer), ``notes`` (what is printed about a document),
``progress``, ``run`` (one fix run), ``jsonlines``, and one module per command.
"""

from __future__ import annotations

from . import apply_cmd, corpus_cmd, eval_cmd, fix
from .helptext import group
from .inputs import expand_inputs, file_sizes, usable_cpus
from .main import COMMANDS, main, route
from .rules_cmd import rules_app
from .version_cmd import register as register_version

app = group("Repair machine-translated English and report every edit.")
fix.register(app)
apply_cmd.register(app)
corpus_cmd.register(app)
register_version(app)
eval_cmd.register(app)
app.add_typer(rules_app, name="rules")

__all__ = ["COMMANDS", "app", "expand_inputs", "file_sizes", "main", "route", "usable_cpus"]
