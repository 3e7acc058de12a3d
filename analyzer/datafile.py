"""Reading the YAML data files of the rule packs, disclosure lexicons and outcome map:
one-line coded errors naming the file and the place (``analyzer.errors.LexiconError``)."""

from __future__ import annotations

import datetime
from pathlib import Path

import regex
import yaml

from analyzer.errors import LexiconError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict:
    """The top-level mapping of a YAML file (CA101 when it is not one, CA143 when unreadable)."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise LexiconError(where, f"not valid YAML: {problem}", "CA101") from error
    except OSError as error:
        raise LexiconError(str(path), f"cannot be read: {error.strerror}", "CA143") from error
    if not isinstance(data, dict):
        raise LexiconError(str(path), "top level must be a mapping", "CA101")
    return data


def check_keys(where: str, entry, allowed: set[str], required: set[str], not_mapping_code: str = "CA102") -> dict:
    """``entry`` is a mapping (else ``not_mapping_code``) with only ``allowed`` keys (CA102)
    and every ``required`` one (CA103)."""
    if not isinstance(entry, dict):
        raise LexiconError(where, f"must be a mapping, got {entry!r}", not_mapping_code)
    unknown = set(entry) - allowed
    if unknown:
        raise LexiconError(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}", "CA102")
    missing = required - set(entry)
    if missing:
        raise LexiconError(where, f"missing key(s) {sorted(missing)}", "CA103")
    return entry


def one_of(where: str, name: str, value, allowed) -> str:
    if value not in allowed:
        raise LexiconError(where, f"{name} must be one of {list(allowed)}, got {value!r}", "CA110")
    return value


def text(where: str, name: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(where, f"{name} must be non-empty text, got {value!r}", "CA142")
    return " ".join(value.split())


def texts(where: str, name: str, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise LexiconError(where, f"{name} must be a list, got {value!r}", "CA142")
    return tuple(text(f"{where}: {name}[{n}]", name, item) for n, item in enumerate(value, start=1))


def date(where: str, name: str, value) -> str:
    if isinstance(value, datetime.date):  # an unquoted YAML date
        value = value.isoformat()
    if not isinstance(value, str) or not regex.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise LexiconError(where, f"{name} must be a date YYYY-MM-DD, got {value!r}", "CA113")
    return value
