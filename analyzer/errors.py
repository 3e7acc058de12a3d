"""Coded errors. Every message says what is wrong and where, in one line."""

from __future__ import annotations

from functools import lru_cache, wraps


class ClaimAuditError(Exception):
    """Base class: ``code`` is stable (CA1xx lexicon, CA2xx input, CA3xx usage)."""

    code = "CA000"

    def __init__(self, message: str):
        super().__init__(f"{self.code} {message}")
        self.message = message

    def __reduce__(self):
        # Subclasses take other arguments than ``args``: rebuild from the fields instead, so
        # that an error raised in a worker process (``--jobs``) reaches the parent whole.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type, args: tuple, fields: dict) -> ClaimAuditError:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


class LexiconError(ClaimAuditError):
    """A lexicon file is malformed. Raised at load, naming the file and the key."""

    code = "CA100"

    def __init__(self, path: str, message: str, code: str = "CA100"):
        self.code = code
        self.path = path
        super().__init__(f"{path}: {message}")


class InputError(ClaimAuditError):
    """One input cannot be read. The batch goes on without it; the error is reported."""

    code = "CA200"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ConfigError(ClaimAuditError):
    """A configuration file (``[tool.claimaudit]``) is malformed: CA3xx, naming the file and the key."""

    code = "CA300"

    def __init__(self, path: str, message: str, code: str = "CA300"):
        self.code = code
        self.path = path
        super().__init__(f"{path}: {message}")


def cached_with_errors(maxsize: int = 8):
    """``functools.lru_cache`` that also remembers a :class:`ClaimAuditError` raised for the
    same arguments and raises it again at once: a broken lexicon fails once per process instead
    of being loaded again (with a new spaCy pipeline) by every later audit."""

    def decorate(function):
        @lru_cache(maxsize=maxsize)
        def outcome(*args, **kwargs):
            try:
                return function(*args, **kwargs), None
            except ClaimAuditError as error:
                return None, error

        @wraps(function)
        def call(*args, **kwargs):
            value, error = outcome(*args, **kwargs)
            if error is not None:
                raise error.with_traceback(None)
            return value

        call.cache_clear = outcome.cache_clear
        return call

    return decorate
