"""URLs: fetched with a time limit, a size cap, a redirect limit and a content-type check.

The bytes fetched are saved as a snapshot, with the fetch time and the final URL beside them
(``<name>.json``), so that what was audited can be shown later: a page changes, the snapshot
does not. Only http and https are fetched, redirects included (the standard library's
urllib, with no file, ftp or data handler). The time limit holds for the whole fetch, not
only for each read, so a server that sends one byte a second is cut off too.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from analyzer import __version__
from analyzer.ingest.errors import Unreadable, over_limit
from analyzer.ingest.formats import CHARSET_AWARE, CONTENT_TYPES, READERS, SUFFIXES
from analyzer.model import Document, Snapshot

DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = f"claimaudit/{__version__} (health-advertising audit)"
SNAPSHOT_SUFFIXES = {"html": ".html", "text": ".txt", "markdown": ".md", "srt": ".srt", "vtt": ".vtt",
                     "timedtext": ".xml", "json3": ".json3", "pdf": ".pdf", "docx": ".docx"}
REDIRECT_CODES = {301, 302, 303, 307, 308}


def is_url(given: str) -> bool:
    return given.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    data: bytes
    final_url: str
    status: int
    content_type: str
    charset: str | None
    fetched_at: str


def _opener():
    """http and https only, at most MAX_REDIRECTS redirects, proxies from the environment."""
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = 1

    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(), LimitedRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    import http.client  # imported here, as in _opener: only URL inputs pay for them
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            declared_length = response.headers.get("Content-Length", "")
            if declared_length.isdigit() and int(declared_length) > max_bytes:
                raise over_limit(f"response ({int(declared_length) / 1_048_576:,.0f} MB)", max_bytes)
            chunks, size = [], 0
            while chunk := response.read1(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise over_limit("response", max_bytes)
                if time.monotonic() > deadline:
                    raise Unreadable(f"timed out after {timeout:g} s")
                chunks.append(chunk)
            return Fetched(b"".join(chunks), response.geturl(), response.status, content_type,
                           response.headers.get_content_charset(), fetched_at)
    except urllib.error.HTTPError as error:
        if error.code in REDIRECT_CODES and "infinite loop" in str(error.reason):
            raise Unreadable(f"more than {MAX_REDIRECTS} redirects, or a redirect loop") from error
        if error.code in REDIRECT_CODES:  # urllib refuses redirects to anything but http(s) and ftp
            raise Unreadable(f"redirect refused: {_one_line(error.reason)}") from error
        raise Unreadable(f"HTTP {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise Unreadable(f"timed out after {timeout:g} s") from error
        raise Unreadable(f"could not fetch: {_one_line(error.reason)}") from error
    except (TimeoutError, socket.timeout) as error:
        raise Unreadable(f"timed out after {timeout:g} s") from error
    except (http.client.HTTPException, OSError) as error:
        raise Unreadable(f"could not fetch: {_one_line(error)}") from error


def format_of(fetched: Fetched) -> str:
    """The reader for a response: by content type; by the URL's suffix for generic types."""
    suffix = PurePosixPath(urlsplit(fetched.final_url).path).suffix.lower()
    if fetched.content_type in ("text/plain", "application/octet-stream") and suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if fetched.content_type in CONTENT_TYPES:
        return CONTENT_TYPES[fetched.content_type]
    raise Unreadable(f"unsupported content type {fetched.content_type} (expected HTML, text, PDF, DOCX or captions)")


def save_snapshot(url: str, fetched: Fetched, kind: str, directory: Path) -> Snapshot:
    digest = hashlib.sha256(fetched.data).hexdigest()
    host = re.sub(r"[^A-Za-z0-9.-]", "_", urlsplit(fetched.final_url).hostname or "url")
    path = directory / f"{host}-{digest[:16]}{SNAPSHOT_SUFFIXES[kind]}"
    snapshot = Snapshot(url=url, final_url=fetched.final_url, fetched_at=fetched.fetched_at, status=fetched.status,
                        content_type=fetched.content_type, sha256=digest, bytes=len(fetched.data), path=str(path))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_bytes(fetched.data)
        record = {name: getattr(snapshot, name) for name in Snapshot.__dataclass_fields__}
        path.with_name(path.name + ".json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise Unreadable(f"could not save the snapshot in {directory}: {error.strerror or error}") from error
    return snapshot


def read_url(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, snapshot_dir: Path | None = None) -> Document:
    """Fetch ``url`` and read it with the reader of its content type; the snapshot is saved
    under ``snapshot_dir`` (when given) before anything is parsed."""
    fetched = fetch(url, max_bytes, timeout)
    kind = format_of(fetched)
    if snapshot_dir is not None:
        snapshot = save_snapshot(url, fetched, kind, snapshot_dir)
    else:
        snapshot = Snapshot(url, fetched.final_url, fetched.fetched_at, fetched.status, fetched.content_type,
                            hashlib.sha256(fetched.data).hexdigest(), len(fetched.data))
    reader = READERS[kind]
    if kind in CHARSET_AWARE:
        document = reader(url, fetched.data, declared=fetched.charset)
    else:
        document = reader(url, fetched.data)
    return replace(document, url=fetched.final_url, snapshot=snapshot)


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split()) or type(reason).__name__


__all__ = ["DEFAULT_TIMEOUT", "fetch", "is_url", "read_url"]
