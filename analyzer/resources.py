"""Where the data directories live: inside the installed wheel, or at the project root."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_dir(name: str) -> Path:
    """Path of ``lexicons`` or ``reports``.

    The wheel carries them as ``analyzer/_data/<name>``; a source checkout (or an editable
    install) has them beside the package.
    """
    packaged = resources.files("analyzer") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name
