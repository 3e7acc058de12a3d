"""URL inputs, against a local HTTP server on 127.0.0.1 only: limits, snapshots, errors."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from analyzer.ingest import read_inputs
from analyzer.model import Document, InputFailure
from builders import SAME_CLAIMS

AD_HTML = (SAME_CLAIMS / "ad.html").read_bytes()
AD_SRT = (SAME_CLAIMS / "ad.srt").read_bytes()
SJIS_PAGE = "<html><body><p>当院の点滴は安全です。Our drip is 100% safe.</p></body></html>".encode("shift_jis")
STOP = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, content_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream_zeros(self, declared_length: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if declared_length is not None:
            self.send_header("Content-Length", str(declared_length))
        self.end_headers()
        block = b"0" * 65536
        try:
            for _ in range(80_000):  # up to 5 GB; the client hangs up long before
                if STOP.is_set():
                    return
                self.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        path = self.path
        if path == "/ad.html":
            self._send(200, "text/html; charset=utf-8", AD_HTML)
        elif path == "/ja.html":
            self._send(200, "text/html; charset=Shift_JIS", SJIS_PAGE)
        elif path == "/captions/ad.srt":
            self._send(200, "text/plain", AD_SRT)
        elif path == "/moved":
            self._redirect("/ad.html")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{left - 1}" if left else "/ad.html")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/logo.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "/slow":
            for _ in range(50):  # answers after 5 s at most, when the client has long given up
                if STOP.wait(0.1):
                    return
            self._send(200, "text/html", AD_HTML)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):  # a byte every 0.1 s: each read is quick, the whole is not
                    if STOP.wait(0.1):
                        return
                    self.wfile.write(b"<")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/5gb":
            self._stream_zeros(5 * 1024**3)
        elif path == "/5gb-undeclared":
            self._stream_zeros(None)
        else:
            self._send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server():
    STOP.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    STOP.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def one(url: str, **options) -> Document | InputFailure:
    items = list(read_inputs([url], **options))
    assert len(items) == 1
    return items[0]


def test_a_page_is_fetched_read_and_kept_as_a_snapshot(server, tmp_path):
    document = one(f"{server}/moved", snapshot_dir=tmp_path / "snaps")
    assert isinstance(document, Document), document
    assert document.source == f"{server}/moved" and document.url == f"{server}/ad.html"
    assert document.format == "html" and "reverses type 2 diabetes" in document.text
    snapshot = document.snapshot
    assert snapshot.final_url == f"{server}/ad.html" and snapshot.status == 200 and snapshot.content_type == "text/html"
    assert Path(snapshot.path).read_bytes() == AD_HTML and snapshot.bytes == len(AD_HTML)
    record = json.loads(Path(snapshot.path + ".json").read_text(encoding="utf-8"))
    assert record["url"] == f"{server}/moved" and record["final_url"] == f"{server}/ad.html"
    assert record["sha256"] == snapshot.sha256 and record["fetched_at"].endswith("+00:00")


def test_the_http_charset_is_used_and_reported(server):
    document = one(f"{server}/ja.html")
    assert document.encoding == "Shift_JIS" and "当院の点滴は安全です。" in document.text


def test_a_generic_content_type_is_read_by_the_url_suffix(server):
    document = one(f"{server}/captions/ad.srt")
    assert document.format == "srt" and document.locate(0, 5).start_time == "00:00:01.000"


def test_up_to_five_redirects_are_followed(server):
    assert isinstance(one(f"{server}/hop/4"), Document)


@pytest.mark.parametrize("path, options, reason", [
    ("/hop/6", {}, "more than 5 redirects"),
    ("/loop", {}, "more than 5 redirects, or a redirect loop"),
    ("/to-file", {}, "redirect refused"),
    ("/logo.png", {}, "unsupported content type image/png"),
    ("/missing", {}, "HTTP 404"),
    ("/slow", {"timeout": 0.5}, "timed out after 0.5 s"),
    ("/trickle", {"timeout": 0.5}, "timed out after 0.5 s"),
    ("/5gb", {"max_bytes": 1_048_576}, "response (5,120 MB) is over the 1 MB limit"),
    ("/5gb-undeclared", {"max_bytes": 1_048_576}, "response is over the 1 MB limit"),
])
def test_fetches_that_fail_give_one_line_and_stop_in_bounded_time(server, path, options, reason):
    started = time.monotonic()
    failure = one(f"{server}{path}", **options)
    assert isinstance(failure, InputFailure) and failure.source == f"{server}{path}"
    assert reason in failure.reason and "\n" not in failure.reason
    assert time.monotonic() - started < 30  # a guard against hanging, not a speed test


def test_an_unreachable_host_fails_and_the_batch_goes_on(server):
    items = list(read_inputs(["http://127.0.0.1:9/nothing-listens-here", f"{server}/ad.html"]))
    assert isinstance(items[0], InputFailure) and items[0].reason.startswith("could not fetch")
    assert isinstance(items[1], Document)


def test_the_cli_keeps_the_snapshot_next_to_the_report(server, tmp_path):
    import jsonschema
    from typer.testing import CliRunner

    from analyzer.cli import app
    from builders import SCHEMA

    report_path = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["audit", f"{server}/moved", f"{server}/logo.png", "--format", "json",
                                      "--output", str(report_path)])
    assert result.exit_code == 2  # the image failed; the page was audited
    assert f"{server}/logo.png: unsupported content type image/png" in result.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    page = report[0]
    assert page["source"] == f"{server}/moved" and page["url"] == f"{server}/ad.html" and page["findings"]
    snapshot = Path(page["snapshot"]["path"])
    assert snapshot.parent == tmp_path / "report.snapshots" and snapshot.read_bytes() == AD_HTML
    assert page["snapshot"]["final_url"] == f"{server}/ad.html" and page["snapshot"]["fetched_at"]
