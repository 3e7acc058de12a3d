"""YouTube captions as YouTube serves them: timedtext XML (``<transcript><text start dur>``
and format 3 ``<timedtext><body><p t d>``) and json3 (``{"events": [{"tStartMs", "segs"}]}``).

These formats carry no useful line structure, so locations give cues and times only.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ElementTree

from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import Unreadable, require_text
from analyzer.ingest.transcript import Cue, transcript_document
from analyzer.model import Document


def read_timedtext(source: str, data: bytes, lang: str = "auto") -> Document:
    decoded = decode(data)
    require_text(decoded.text, data)
    if "<!DOCTYPE" in decoded.text or "<!ENTITY" in decoded.text:
        raise Unreadable("XML with a DOCTYPE or entity declarations is not accepted")
    try:
        root = ElementTree.fromstring(decoded.text)
    except ElementTree.ParseError as error:
        raise Unreadable(f"invalid XML: {error}") from error
    if root.tag == "transcript":  # start and dur in seconds; text escaped twice
        elements = [(element, "start", "dur", 1000.0) for element in root.iter("text")]
    elif root.tag == "timedtext":  # format 3: t and d in milliseconds
        elements = [(element, "t", "d", 1.0) for element in root.iter("p")]
    else:
        raise Unreadable(f"not YouTube timedtext XML (root element <{root.tag}>)")
    cues = []
    for element, start_name, duration_name, scale in elements:
        text = html.unescape("".join(element.itertext()))
        if not text.strip():
            continue
        try:
            start = round(float(element.get(start_name, "")) * scale)
            duration = round(float(element.get(duration_name) or 0) * scale)
        except ValueError as error:
            raise Unreadable(f"cue {len(cues) + 1}: invalid time {element.get(start_name)!r}") from error
        cues.append(Cue(len(cues) + 1, start, start + duration, (((text, None, None),),)))
    return transcript_document(source, "timedtext", cues, None, decoded.encoding, lang)


def read_json3(source: str, data: bytes, lang: str = "auto") -> Document:
    decoded = decode(data)
    require_text(decoded.text, data)
    try:
        captions = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        raise Unreadable(f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}") from error
    events = captions.get("events") if isinstance(captions, dict) else None
    if not isinstance(events, list):
        raise Unreadable('not YouTube json3 captions (no "events" list)')
    cues = []
    for event in events:
        segments = event.get("segs") if isinstance(event, dict) else None
        if not isinstance(segments, list):
            continue
        text = "".join(str(s.get("utf8", "")) for s in segments if isinstance(s, dict))
        if not text.strip():
            continue
        start, duration = event.get("tStartMs", 0), event.get("dDurationMs", 0)
        if not isinstance(start, int) or not isinstance(duration, int):
            raise Unreadable(f"cue {len(cues) + 1}: invalid time {start!r}")
        cues.append(Cue(len(cues) + 1, start, start + duration, (((text, None, None),),)))
    return transcript_document(source, "json3", cues, None, decoded.encoding, lang)
