"""Video transcripts: cues joined into sentences, claims placed by time and cue."""

from __future__ import annotations

import pytest

from analyzer.ingest import Unreadable
from analyzer.ingest.subtitles import read_srt, read_vtt
from analyzer.ingest.youtube import read_json3, read_timedtext
from builders import SAME_CLAIMS, source_at, span_of

READERS = {"ad.srt": read_srt, "ad.vtt": read_vtt, "ad.xml": read_timedtext, "ad.json3": read_json3}
SPOKEN = ("Exosome Drip Clinic. Our exosome drip reverses type 2 diabetes in six weeks. The regulator warned "
          "that clinics claim their drips cure cancer. It is 100% safe with no side effects.")


@pytest.mark.parametrize("name", sorted(READERS))
def test_cues_are_joined_into_the_sentences_that_were_said(name):
    document = READERS[name](name, (SAME_CLAIMS / name).read_bytes())
    assert document.text == SPOKEN


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_claim_across_two_cues_carries_both_cue_numbers_and_their_times(name):
    document = READERS[name](name, (SAME_CLAIMS / name).read_bytes())
    location = document.locate(*span_of(document, "reverses type 2 diabetes"))
    assert location.kind == document.format
    assert (location.start_time, location.end_time) == ("00:00:04.000", "00:00:08.900")
    assert location.cues == (2, 3)
    late = document.locate(*span_of(document, "100% safe"))
    assert (late.start_time, late.end_time, late.cues) == ("00:01:02.345", "00:01:05.000", (5,))
    assert location.label().startswith("00:00:04.000")


@pytest.mark.parametrize("name", ["ad.srt", "ad.vtt"])
def test_caption_files_also_give_the_line_and_column_of_the_words(name):
    source = (SAME_CLAIMS / name).read_text(encoding="utf-8")
    document = READERS[name](name, source.encode("utf-8"))
    for words in ("reverses", "type 2 diabetes", "cure cancer"):
        location = document.locate(*span_of(document, words))
        assert source_at(source, location.line, location.column, len(words)) == words


def test_rolling_automatic_captions_are_read_once():
    vtt = ("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nour drip is\n\n"
           "00:00:02.000 --> 00:00:04.000\nour drip is\n100% safe for everyone\n\n"
           "00:00:04.000 --> 00:00:06.000\n100% safe for everyone\n")
    assert read_vtt("auto.vtt", vtt.encode()).text == "our drip is 100% safe for everyone"


def test_srt_markup_and_entities_do_not_reach_the_text():
    srt = "7\n00:00:01,000 --> 00:00:02,000\n{\\an8}<b>Fast &amp; safe</b>\n"
    document = read_srt("tags.srt", srt.encode())
    assert document.text == "Fast & safe"
    assert document.locate(*span_of(document, "safe")).cues == (7,)


@pytest.mark.parametrize("reader, data, reason", [
    (read_srt, "1\n00:00:01,000 --> 00:00:02,000\nOne.\n\n2\n00:00:03 --> 00:00:04,000\nTwo.\n",
     "line 6: invalid cue timing '00:00:03 --> 00:00:04,000'"),
    (read_srt, "1\n00:00:05,000 --> 00:00:02,000\nBackwards.\n", "line 2: cue ends before it starts"),
    (read_vtt, "00:00.000 --> 00:01.000\nNo header\n", "no WEBVTT header"),
    (read_vtt, "WEBVTT\n\n00:00.000 -> 00:01.000\nArrow\n", "line 3: invalid cue timing '00:00.000 -> 00:01.000'"),
    (read_timedtext, '<?xml version="1.0"?><urlset><url/></urlset>', "not YouTube timedtext XML (root element <urlset>)"),
    (read_timedtext, '<!DOCTYPE x [<!ENTITY a "aaaa">]><transcript>&a;</transcript>', "DOCTYPE"),
    (read_json3, '{"events": [{"tStartMs": "soon", "segs": [{"utf8": "Hi"}]}]}', "cue 1: invalid time 'soon'"),
    (read_json3, '{"captions": []}', 'no "events" list'),
])
def test_broken_transcripts_give_one_reason(reader, data, reason):
    with pytest.raises(Unreadable) as error:
        reader("bad", data.encode())
    assert reason in str(error.value) and "\n" not in str(error.value)
