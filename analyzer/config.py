"""``[tool.claimaudit]`` in ``pyproject.toml``, or ``claimaudit.toml``, found upward from the input.

```toml
[tool.claimaudit]                  # in claimaudit.toml the [tool.claimaudit] header may be left out
jurisdictions = ["jp", "us"]       # packs to run (default: all)
lexicon-dirs = ["lexicons-extra"]  # extra lexicons, same layout as lexicons/ (terms, entities, interventions, rules)
rule-dirs = ["rules"]              # extra rule packs (*.yml)
preview = false                    # also run rules with status: preview

[tool.claimaudit.rules]
select = ["JP", "US-FTC"]          # rule-id prefixes to run (default: all)
ignore = ["JP-MCA-UNDIGNIFIED"]    # prefixes not to run; the longer of a matching select and ignore wins

[tool.claimaudit.rules.severity]   # severity overrides by rule-id prefix
"JP-MCA-COMPARATIVE" = "medium"
```

Paths are relative to the file they are written in. In each directory from the input upward,
``claimaudit.toml`` wins over ``pyproject.toml``; a ``pyproject.toml`` without a
``[tool.claimaudit]`` table is passed over. Unknown keys are errors (CA3xx), naming the file.
Options given on the command line win over the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from analyzer.errors import ConfigError
from analyzer.lexicon import SEVERITY_NAMES
from analyzer.rules import Selection, load_rules

TOP_KEYS = {"jurisdictions", "lexicon-dirs", "rule-dirs", "preview", "rules"}
RULES_KEYS = {"select", "ignore", "severity"}
CONFIG_NAMES = ("claimaudit.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    path: str | None = None  # None: no file, the defaults
    jurisdictions: tuple[str, ...] | None = None
    lexicon_dirs: tuple[str, ...] = ()
    rule_dirs: tuple[str, ...] = ()
    preview: bool = False
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()

    def selection(self, jurisdictions: tuple[str, ...] | None = None) -> Selection:
        """The rule selection, with ``jurisdictions`` from the command line winning over the file's
        (None: not given; an empty tuple: all)."""
        chosen = jurisdictions if jurisdictions is not None else self.jurisdictions
        return Selection(frozenset(chosen) if chosen else None, self.select, self.ignore, self.preview, self.severity)


def _strings(path: Path, key: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(str(path), f"{key} must be a list of strings, got {value!r}", "CA311")
    return tuple(v.strip() for v in value)


def _table(path: Path) -> dict | None:
    """The claimaudit table of a config file, or None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot be read ({error})", "CA310") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"not valid TOML: {error}", "CA310") from error
    table = data.get("tool", {}).get("claimaudit")
    if path.name == "claimaudit.toml" and table is None:
        table = {key: value for key, value in data.items() if key != "tool"}
    return table


def load_config(path: Path) -> Config:
    """A config file's ``[tool.claimaudit]`` (CA310 unreadable, CA311 bad value, CA312 unknown key)."""
    path = Path(path)
    table = _table(path)
    if table is None:
        return Config(path=str(path))
    unknown = set(table) - TOP_KEYS
    if unknown:
        raise ConfigError(str(path), f"unknown key(s) {sorted(unknown)} in [tool.claimaudit]; allowed: {sorted(TOP_KEYS)}", "CA312")
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(str(path), "[tool.claimaudit.rules] must be a table", "CA311")
    unknown = set(rules) - RULES_KEYS
    if unknown:
        raise ConfigError(str(path), f"unknown key(s) {sorted(unknown)} in [tool.claimaudit.rules]; allowed: {sorted(RULES_KEYS)}", "CA312")
    severity = rules.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(str(path), "[tool.claimaudit.rules.severity] must map rule-id prefixes to a severity", "CA311")
    for prefix, value in severity.items():
        if value not in SEVERITY_NAMES:
            raise ConfigError(str(path), f"severity of {prefix!r} must be one of {list(SEVERITY_NAMES)}, got {value!r}", "CA311")
    preview = table.get("preview", False)
    if not isinstance(preview, bool):
        raise ConfigError(str(path), f"preview must be true or false, got {preview!r}", "CA311")
    base = path.parent
    jurisdictions = None
    if "jurisdictions" in table:
        jurisdictions = parse_jurisdictions(",".join(_strings(path, "jurisdictions", table["jurisdictions"])), str(path))
    return Config(
        path=str(path),
        jurisdictions=jurisdictions,
        lexicon_dirs=tuple(str((base / d).resolve()) for d in _strings(path, "lexicon-dirs", table.get("lexicon-dirs", []))),
        rule_dirs=tuple(str((base / d).resolve()) for d in _strings(path, "rule-dirs", table.get("rule-dirs", []))),
        preview=preview,
        select=_strings(path, "rules.select", rules.get("select", [])),
        ignore=_strings(path, "rules.ignore", rules.get("ignore", [])),
        severity=tuple((str(prefix), str(value)) for prefix, value in severity.items()),
    )


def find_config(start: Path) -> Path | None:
    """The nearest claimaudit.toml, or pyproject.toml with a [tool.claimaudit] table, from ``start`` upward."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name == "claimaudit.toml" or _table(candidate) is not None):
                return candidate
    return None


def parse_jurisdictions(value: str, where: str = "--jurisdiction") -> tuple[str, ...] | None:
    """``jp,us`` -> ("jp", "us"); ``all`` -> None (every pack). Unknown names are checked
    against the loaded packs by the caller (``check_jurisdictions``)."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    if not names:
        raise ConfigError(where, "give jurisdictions as jp,us,uk,eu,sport or all", "CA311")
    return None if "all" in names else names


def check_jurisdictions(names: tuple[str, ...] | None, known: tuple[str, ...], where: str) -> None:
    unknown = [name for name in names or () if name not in known]
    if unknown:
        raise ConfigError(where, f"unknown jurisdiction(s) {', '.join(unknown)}; known: {', '.join(known)} or all", "CA313")


def config_start(source: str) -> Path:
    """Where to look for the config of an input: its own directory (stdin, URLs: the working directory)."""
    path = Path(source)
    if not path.exists() and ":" in source:  # a batch record, path:line
        path = Path(source.rsplit(":", 1)[0])
    return path.resolve() if path.exists() else Path.cwd()


class OptionsResolver:
    """The AuditOptions of each input: its config file (found upward from it, or the one given
    with ``--config``) merged with the command line, which wins. Cached per directory."""

    def __init__(self, base, explicit: Path | None = None, jurisdictions: tuple[str, ...] | None = None,
                 use_config: bool = True):
        self.base = base  # analyzer.audit.AuditOptions from the command line
        self.explicit = load_config(explicit) if explicit is not None else None
        self.jurisdictions = jurisdictions
        self.use_config = use_config
        self._by_directory: dict[Path, object] = {}

    def config_for(self, source: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        if not self.use_config:
            return Config()
        found = find_config(config_start(source))
        return load_config(found) if found is not None else Config()

    def options_for(self, source: str):
        start = config_start(source)
        key = start if start.is_dir() else start.parent
        if key not in self._by_directory:
            config = self.config_for(source)
            lexicon_dirs = (*self.base.extra_lexicon_dirs, *config.lexicon_dirs)
            rule_dirs = (*self.base.extra_rule_dirs, *config.rule_dirs)
            known = load_rules(lexicon_dirs, rule_dirs).jurisdictions
            check_jurisdictions(self.jurisdictions, known, "--jurisdiction")
            check_jurisdictions(config.jurisdictions, known, config.path or "config")
            self._by_directory[key] = replace(self.base, extra_lexicon_dirs=lexicon_dirs, extra_rule_dirs=rule_dirs,
                                              selection=config.selection(self.jurisdictions))
        return self._by_directory[key]
