"""What the judging stages remember and the short cuts they take must not show in the results:
fingerprints stay what users' baselines hold, a page is judged the same whatever was audited
before it, and the quick scans agree with the careful ones."""

from __future__ import annotations

import json
import unicodedata

import regex

import analyzer.findings as findings_module
from analyzer.audit import audit_document
from analyzer.disclosures import find_items, load_disclosures, page_facts
from analyzer.model import Document, evolve
from analyzer.normalize import matching_text
from analyzer.suppress import Fingerprints, with_fingerprints
from conftest import SAMPLES


def page(name: str, lang: str = "en") -> Document:
    return Document(id=name, source=name, text=(SAMPLES / name).read_text(encoding="utf-8"), lang=lang)


def gold_texts(lang: str, count: int) -> list[str]:
    lines = (SAMPLES / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][:count]


def test_a_fingerprint_is_the_hash_baselines_were_written_with():
    # digests written by the code before fingerprints were made with the findings
    fingerprints = Fingerprints("exosome-drip")
    assert fingerprints.next("JP-PMD-68", "UNAPPROVED_PRODUCT_PROMOTION", "exosome drip") == "3cb0f9e44a22926e"
    assert fingerprints.next("JP-PMD-68", "UNAPPROVED_PRODUCT_PROMOTION", "exosome drip") == "5303001b2fd05d31"
    missing = fingerprints.next("JP-LIMIT-UNAPPROVED", "MISSING_UNAPPROVED_DISCLOSURE", "U2_how_obtained")
    assert missing == "80de78f26ae3b925"


def test_findings_are_fingerprinted_as_if_afterwards_in_their_order():
    result = audit_document(page("ads/exosome-drip.md"))
    assert any(f.start is None for f in result.findings)  # document-level findings are numbered too
    unmarked = [evolve(f, fingerprint="", suppressed=False, suppression=None) for f in result.findings]
    afterwards = with_fingerprints(unmarked, result.document)
    assert [f.fingerprint for f in afterwards] == [f.fingerprint for f in result.findings]
    assert len({f.fingerprint for f in result.findings}) == len(result.findings)  # repeated words are numbered


def test_a_page_is_judged_the_same_whatever_was_audited_before_it():
    documents = [Document(id=f"{lang}-{n}", source="", text=text, lang=lang)
                 for lang in ("en", "ja") for n, text in enumerate(gold_texts(lang, 30))]
    documents += [page("ads/exosome-drip.md"), page("ads/exosome-drip.md")]  # the second: every claim seen before
    # the same claim, once in a sentence with words a rule looks for (EU-MDR-XVI: "CE marked")
    ce = ("Our laser is CE marked and clinically proven.", "Our laser is clinically proven.")
    documents += [Document(id=f"ce-{n}", source="", text=text, lang="en") for n, text in enumerate(ce)]
    findings_module._RULEBOOKS.clear()
    forward = [audit_document(d).findings for d in documents]
    findings_module._RULEBOOKS.clear()
    backward = [audit_document(d).findings for d in reversed(documents)][::-1]
    assert forward == backward
    assert forward[-3] == forward[-4]
    assert "EU-MDR-XVI" in {f.rule_id for f in forward[-2]} and "EU-MDR-XVI" not in {f.rule_id for f in forward[-1]}


def test_the_page_has_exactly_the_items_that_find_items_places():
    texts = [page("ads/exosome-drip.md").text, *gold_texts("en", 40), *gold_texts("ja", 40),
             "Side effects may include bruising. Results vary. #ad",
             "1回 49,500円（税込）。副作用：内出血。未承認医薬品です。"]
    for lang in ("en", "ja"):
        lexicon = load_disclosures(lang)
        for text in texts:
            assert page_facts(text, [], [lexicon], len("".join(text.split()))).found == set(find_items(text, lexicon)), text[:60]


def test_nfkc_offsets_point_at_the_grapheme_cluster_each_character_came_from():
    original = ("full width ＮＯ．１！ and ａｂｃ\n"  # one character for one
                "ｴｸｿｿｰﾑのｶﾞｲﾄﾞ ﬁve ㎎ e\u0301\n"  # clusters of two characters; characters giving two
                "plain line\r\n“curly” don’t\n")  # lines already in NFKC are copied whole
    text, starts, ends, offset = "", [], [], 0
    for line in original.replace("’", "'").splitlines(keepends=True):
        if unicodedata.is_normalized("NFKC", line):
            pieces = list(line)  # character by character
        else:
            pieces = regex.findall(r"\X", line)  # each cluster normalised alone
        for piece in pieces:
            normal = unicodedata.normalize("NFKC", piece)
            text += normal
            starts += [offset] * len(normal)
            ends += [offset + len(piece)] * len(normal)
            offset += len(piece)
    matching = matching_text(original)
    assert matching.text == text
    assert list(matching.cluster_starts) == starts and list(matching.cluster_ends) == ends
