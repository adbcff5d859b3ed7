"""Project settings for the command line: ``normalize.toml``, or ``[tool.normalize]`` in ``pyproject.toml``.

A team that runs ``normalize`` over the same corpus every day has the same glossary,
the same rules switched off and the same file pattern each time; typing them on every
command line invites one run that forgets the glossary.  The settings are found by
walking up from the current folder to the first ``normalize.toml``, or the first
``pyproject.toml`` with a ``[tool.normalize]`` table; ``--config FILE`` names one and
``--no-config`` ignores them.  An option given on the command line wins over the file.

Keys are the long option names without the dashes (``no-default-rules``,
``stream-bytes``).  Rule packs given by path are read relative to the file that names
them, so the settings work from any folder below it.  A key the file should not have,
or a value of the wrong type, is an error that names the file and the key, like a
malformed rule pack: a typo must not silently change what runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import NormalizeError, did_you_mean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "normalize.toml"


class ConfigError(NormalizeError):
    """A settings file that cannot be used; the message names the file and, where known, the key."""


def _string(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(_string(v) for v in value)


def _boolean(value: object) -> bool:
    return isinstance(value, bool)


def _integer_at_least(low: int) -> Callable[[object], bool]:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and value >= low


def _positive_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


#: Each key a settings file may have: the check its value must pass and how to say what is expected.
_KEYS: dict[str, tuple[Callable[[object], bool], str]] = {
    "rules": (_strings, "a list of rule packs (names or paths)"),
    "no-default-rules": (_boolean, "true or false"),
    "select": (_strings, "a list of rule ids, categories, kinds or packs"),
    "ignore": (_strings, "a list of rule ids, categories, kinds or packs"),
    "glob": (_string, "a file pattern such as '*.txt'"),
    "timeout": (_positive_number, "a number of seconds above 0"),
    "style": (_boolean, "true or false (the house style on: a house style's spellings mapped everywhere)"),
    "encoding": (_string, "an encoding name"),
    "output-encoding": (_string, "an encoding name"),
    "errors": (lambda v: v in ("strict", "replace"), "'strict' or 'replace'"),
    "jobs": (_integer_at_least(0), "a whole number of workers, 0 or more"),
    "field": (_string, "a field name"),
    "skip-bad-lines": (_boolean, "true or false"),
    "stream-bytes": (_integer_at_least(1024), "a whole number of bytes, 1024 or more"),
    "absolute-paths": (_boolean, "true or false"),
}


def find_config(start: Path) -> Path | None:
    """The nearest ``normalize.toml``, or ``pyproject.toml`` with ``[tool.normalize]``, at or above ``start``."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and _has_tool_table(project):
            return project
    return None


def _has_tool_table(project: Path) -> bool:
    """Does this pyproject.toml have a [tool.normalize] table?  A broken one is reported when read, not here."""
    try:
        data = tomllib.loads(project.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "[tool.normalize]" in project.read_text(encoding="utf-8", errors="replace")
    return isinstance(data.get("tool"), dict) and "normalize" in data["tool"]


def load_config(path: Path) -> dict[str, Any]:
    """The settings in ``path``, checked, by option name (``no_default_rules``); pack paths made absolute."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such settings file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("normalize", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.normalize] must be a table")
    return {key.replace("-", "_"): value for key, value in _checked(path, data).items()}


def _checked(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The file's settings after checking every key and value, pack paths resolved against its folder."""
    settings: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            hint = did_you_mean(key.replace("_", "-"), _KEYS, f" (known: {', '.join(sorted(_KEYS))})")
            raise ConfigError(f"{path}: unknown key '{key}'{hint}")
        valid, expected = _KEYS[key]
        if not valid(value):
            raise ConfigError(f"{path}: '{key}' must be {expected}, not {value!r}")
        settings[key] = value
    if "rules" in settings:
        settings["rules"] = [_pack_relative_to(path.parent, spec) for spec in settings["rules"]]
    return settings


def _pack_relative_to(folder: Path, spec: str) -> str:
    """A pack given by path is read relative to the settings file; a bundled pack's name stays a name."""
    candidate = Path(spec).expanduser()
    if not candidate.is_absolute():
        candidate = folder / candidate
    if spec.endswith((".yaml", ".yml")) or "/" in spec or candidate.exists():
        return str(candidate)
    return spec


def settings_for(
    given: dict[str, Any], from_command_line: Callable[[str], bool], config: Path | None, no_config: bool
) -> dict[str, Any]:
    """The options with the settings file's values filled in where the command line gave none.

    ``given`` are a command's options by name; only those the command has are taken
    from the file (``glob`` means nothing to ``corpus``), so one file serves every command.
    """
    if no_config and config is not None:
        raise ConfigError("--config and --no-config cannot be used together")
    path = None if no_config else config if config is not None else find_config(Path.cwd())
    if path is None:
        return given
    merged = dict(given)
    for name, value in load_config(path).items():
        if name in merged and not from_command_line(name):
            merged[name] = value
    return merged
