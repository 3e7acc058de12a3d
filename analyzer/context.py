"""Assertion status: is a claim asserted, or negated, hedged, reported, asked, conditional?

ConText-style (medspaCy): cues from ``lexicons/context/<lang>.yml`` have a status, a
direction and a scope. This module is pure: it works on token offsets, with the sentence
and the cue hits given, and knows nothing of categories.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

# When several cues reach a claim, the first status in this list wins.
PRECEDENCE = ("question", "reported", "negated", "conditional", "hedged")
QUALIFYING = set(PRECEDENCE)
# Cues that mark the whole sentence rather than a scope: ``not_question`` (an invitation or a
# rhetorical question: "Looking for the safest drip?"), ``presupposing`` (a wh-question that takes
# what it asks about for granted: why do/is…, what makes, なぜ) and ``voice`` (the advertiser
# speaking: us, our, 当院). A ``presupposing`` question in the advertiser's ``voice`` ("Why do so
# many celebrities trust us?", "What makes us the No.1 clinic?") asserts its claim.
SENTENCE_MARKERS = {"not_question", "presupposing", "voice"}
QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f", "'": "'"}

# A question that the ad answers at once is the ad's own statement ("Is it safe? Absolutely.",
# 安全ですか？もちろんです。): the answer settles the "?". What counts as an answer is data: the
# ``answers`` block of lexicons/context/<lang>.yml (see AnswerRules). The answer marker of a
# Q&A layout ("A:", Ａ．) is layout, not wording, and stays here.
ANSWER_MARKER = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:A|Answer|\uff21|\u7b54\u3048?|\u56de\u7b54)\s*[:.)\uff1a\uff0e\uff09]\s*", re.IGNORECASE)
_ANSWER_PUNCTUATION = re.compile(r"[\s\u3000\u3001\u3002\uff0c\uff0e,.!\uff01?\uff1f\u30fb\u2026\u300c\u300d\u300e\u300f()\uff08\uff09]+")


@dataclass(frozen=True)
class AnswerRule:
    status: str  # asserted | negated
    starts: tuple[str, ...] = ()  # the answer opens with one of these (whole words when unit is words)
    regex: re.Pattern | None = None  # or the answer matches this


@dataclass(frozen=True)
class AnswerRules:
    """How a language answers a question at once: a short answer (``max_length`` words or
    characters) with none of the ``qualifiers`` (a report, a hedge) is read by the first of
    ``rules`` that fits it; anything else leaves the question a question."""

    unit: str  # words (spaced scripts) | chars (Japanese)
    max_length: int
    qualifiers: tuple[str, ...]
    rules: tuple[AnswerRule, ...]


@dataclass(frozen=True)
class PersonalDoubt:
    """A personal account whose writer doubts what they describe ("I can't say what did it",
    "could be placebo", "did anyone actually notice a difference?") is a patient's post, not an
    ad: its asserted claims of ``categories`` read as hedged, unless the page also holds an
    asserted claim of ``unless`` (a discount code, a referral perk: an ad whatever its doubts).
    The cues are the context rules of status ``doubt`` (lexicons/context/<lang>.yml)."""

    categories: tuple[str, ...]
    unless: tuple[str, ...] = ()
    unless_entities: tuple[str, ...] = ()  # entity labels on the page that make it an ad (PROMO: "our clinic")


@dataclass(frozen=True)
class OffTopic:
    """A page that names no entity of ``unless_entities`` and holds no cue of status ``topic`` (a
    word of health, the body or care: lexicons/context/<lang>.yml) does not speak of health when it
    has at least ``min_words`` words or a cue of status ``elsewhere`` (a word that places it in
    another field: a lawn, a spreadsheet, a savings account): a gardening tip's "guaranteed to
    root", a battery guide's "slow the ageing", a car polisher's "before & after" are no health
    claims. Other short texts (a banner, one line of an ad: "Unmatched results.") are read as
    they are. Cues of ``elsewhere`` that outnumber those of ``topic`` (two at least) place a page
    elsewhere too, whatever its length."""

    min_words: int
    unless_entities: tuple[str, ...]


def off_topic(words: int, cue_counts: Counter, entity_labels: set[str], rule: OffTopic) -> bool:
    """Whether a page of ``words`` words, with ``cue_counts`` cues of each status and entity mentions
    of ``entity_labels``, is off the topic of health (see :class:`OffTopic`). Words of another field
    that outnumber the page's words of health also place it there: a lawn-care page's one "treated
    areas" or a hotel's "spa treatments" do not make it a health page."""
    if not entity_labels.isdisjoint(rule.unless_entities):
        return False
    topic, elsewhere = cue_counts["topic"], cue_counts["elsewhere"]
    return topic == 0 and (words >= rule.min_words or elsewhere > 0) or elsewhere > max(topic, 1)


def advertises(claims: list[tuple[str, str]], unless: tuple[str, ...], unless_entities: tuple[str, ...],
               entity_labels: set[str]) -> bool:
    """Whether a page shows itself an ad: it asserts a claim (``(category, status)`` pairs) of an
    ``unless`` category (an offer, a deadline) or names an entity of ``unless_entities`` (PROMO:
    "our clinic", "book now"). Used by the page-level readings that an ad must not get."""
    return (not entity_labels.isdisjoint(unless_entities)
            or any(status == "asserted" and category in unless for category, status in claims))


@dataclass(frozen=True)
class ScareQuotes:
    """A claim that is a term in quotation marks of its own, of at most ``max_words`` words, in a
    sentence outside the advertiser's voice ('For "anti-aging", the studies are tiny', 'Paid £300
    for a "glow drip"') is a writer keeping the word at a distance: a mention. Not on a page that
    asserts a claim of ``unless`` (a price offer, a deadline: '"Immunity Boost" drip - £99 this
    week only') or names an entity of ``unless_entities`` (PROMO: "book now", "our clinic")."""

    max_words: int
    unless: tuple[str, ...] = ()
    unless_entities: tuple[str, ...] = ()


def kept_at_a_distance(claims: list[tuple[str, str]], scare_quoted: list[bool], rule: ScareQuotes,
                       entity_labels: set[str]) -> list[bool]:
    """Which claims (``(category, status)`` pairs) are terms in scare quotes (see ScareQuotes);
    ``scare_quoted``: which stand alone in short quotation marks outside the advertiser's voice. The
    offers and deadlines that show a page to be an ad are those outside such quotation marks: a
    warning that quotes 「モニター価格」 or "limited time only" does not make one."""
    unquoted = [claim for claim, flag in zip(claims, scare_quoted) if not flag]
    if advertises(unquoted, rule.unless, rule.unless_entities, entity_labels):
        return [False] * len(claims)
    return [flag and status == "asserted" for (_, status), flag in zip(claims, scare_quoted)]


class Cue(NamedTuple):
    """A context cue in a sentence (a named tuple: a page has hundreds, made in a hot loop)."""

    status: str  # a context status: negated, hedged, reported, conditional, pseudo, terminate
    direction: str
    max_scope: int | None
    start: int  # token offsets
    end: int
    text: str
    categories: tuple[str, ...] = ()  # ad_label: the claim categories the label clears (see labelled_categories)


class Sentence(NamedTuple):
    """What the context rules need of a sentence: its token range and its layout (a named
    tuple: one per sentence holding a claim)."""

    start: int
    end: int
    text: str
    newlines: tuple[int, ...]  # token indices of whitespace tokens holding a line break
    list_intro_newlines: tuple[int, ...]  # those that follow a line ending in ':'
    quotes: tuple[tuple[int, int], ...]  # token ranges inside quotation marks
    answer: str | None = None  # the sentence that answers this question at once (see answer_after)
    answer_rules: AnswerRules | None = None  # how the language answers (lexicons/context/<lang>.yml)

    @property
    def is_question(self) -> bool:
        return is_question_text(self.text)


# Closing quotation marks a question may end in ('"Can a drip cure long COVID?" a GP answers: no.')
CLOSING_QUOTES = "".join(dict.fromkeys(QUOTE_PAIRS.values()))


def is_question_text(text: str) -> bool:
    return text.rstrip().rstrip(CLOSING_QUOTES).rstrip().endswith(("?", "\uff1f"))


def answer_after(following: Iterable[str]) -> str | None:
    """The answer a question gets at once, from the texts of the sentences after it.

    Sentences holding only spaces, a single line break or an answer marker ("A:", Ａ．) are
    passed over; a blank line ends the search. The answer is the next sentence with words,
    without its marker, unless it is itself a question.
    """
    for text in following:
        if not text.strip():
            if text.count("\n") >= 2:
                return None
            continue
        content = ANSWER_MARKER.sub("", text).strip()
        if not content:
            continue
        return None if is_question_text(content) else content
    return None


def answer_status(answer: str | None, rules: AnswerRules | None) -> str | None:
    """What an answer does to the question before it: "asserted" (it affirms, or gives the
    amount the question asked for: "Absolutely.", "None."), "negated" (it denies: "No.",
    "Not at all.", いいえ), or None (no answer, no rules, or one that reports, hedges or runs on)."""
    if not answer or rules is None:
        return None
    if rules.unit == "words":
        searched = " ".join(answer.strip().lower().replace("\u2019", "'").split()).rstrip(".!")
        words = re.findall(r"[a-z0-9%']+", searched)
        if not words or len(words) > rules.max_length or not set(rules.qualifiers).isdisjoint(words):
            return None
        bare = " ".join(words)

        def opens_with(start: str) -> bool:
            return bare == start or bare.startswith(start + " ")
    else:
        searched = bare = _ANSWER_PUNCTUATION.sub("", answer)
        if not bare or len(bare) > rules.max_length or any(q in bare for q in rules.qualifiers):
            return None
        opens_with = bare.startswith
    for rule in rules.rules:
        if any(opens_with(start) for start in rule.starts) or rule.regex is not None and rule.regex.search(searched):
            return rule.status
    return None


def _overlap(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end


def _holds(outer: Cue, inner: Cue) -> bool:
    """Whether ``outer`` spans all of ``inner`` and more."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


def in_the_advertisers_voice(cues: list[Cue]) -> bool:
    """Whether the sentence speaks as the advertiser: a ``voice`` cue (us, our) that is neither the
    listener of a ``relay`` cue ("patients told us" is as much a journalist's words as an ad's) nor
    covered by a pseudo-cue (the "our" of everyone: "our bodies", "our immune system")."""
    hiding = [c for c in cues if c.status in ("relay", "pseudo")]
    return any(cue.status == "voice" and not any(_overlap(cue, other) for other in hiding) for cue in cues)


def _inner(cue: Cue, claim_spans: list[tuple[int, int]]) -> bool:
    """Whether ``cue`` overlaps words a claim matched and so is no cue ("no side effects" is a
    claim, not a negation). A negation that opens outside every claim and runs into one ("is
    not approved by the FDA", where "approved by the FDA" is an approval claim) still negates:
    its "is not" is nobody's claim."""
    for s, e in claim_spans:
        if s < cue.end and cue.start < e:
            break
    else:
        return False  # it overlaps no claim
    leads_in = not any(s <= cue.start < e for s, e in claim_spans)
    return not (cue.status == "negated" and leads_in)


def drop_pseudo_and_inner(cues: list[Cue], claim_spans: list[tuple[int, int]], advertiser_on_page: bool = False) -> list[Cue]:
    """Remove cues that a pseudo-cue overlaps ("not only"), unless they hold it and more, or that overlap words a claim
    matched (``claim_spans``: "no side effects" is a claim, not a negation).

    A ``relay`` cue (customers as the subject of a reporting verb: "patients report", "clients
    have told us") is a pseudo-cue only in a sentence in the advertiser's voice ("Patients report
    feeling younger after our drip": the ad relays its testimonials); elsewhere it is dropped and
    the reporting verb reports ("Several patients say they were promised a cure"). On a page that
    names the advertiser elsewhere (``advertiser_on_page``: a booking line, "our clinic") the
    relay is the ad's too ("Patients at a Leeds clinic say … To book, call …": an advertorial)."""
    if not cues:
        return []
    pseudo = [c for c in cues if c.status == "pseudo"]
    relays = [c for c in cues if c.status == "relay"]
    if relays and (advertiser_on_page or in_the_advertisers_voice(cues)):
        pseudo += relays
    kept = []
    for cue in cues:
        if cue.status in ("pseudo", "relay"):
            continue
        if cue.status in SENTENCE_MARKERS:
            kept.append(cue)  # a sentence-level marker: neither a pseudo-cue nor a claim's words hide it
            continue
        if pseudo and any(_overlap(p, cue) and not _holds(cue, p) for p in pseudo):
            continue  # a pseudo-cue hides the cues it overlaps, but not a longer one holding it
        if cue.status not in ("terminate", "ad_label") and _inner(cue, claim_spans):
            continue
        kept.append(cue)
    return kept


def doubted_in_a_personal_account(claims: list[tuple[str, str]], cues_by_sentence: Iterable[list[Cue]],
                                  doubt: PersonalDoubt, entity_labels: set[str]) -> tuple[list[bool], str | None]:
    """Which claims (``(category, status)`` pairs) the writer's doubt hedges (see
    :class:`PersonalDoubt`), and the first doubt cue's words. A doubt cue that a longer
    pseudo-cue overlaps ("I was sceptical at first") does not count; ``entity_labels``: the
    labels of the page's entity mentions."""
    cue = next(iter(_standing(cues_by_sentence, "doubt")), None)
    if cue is None or advertises(claims, doubt.unless, doubt.unless_entities, entity_labels):
        return [False] * len(claims), None
    return [status == "asserted" and category in doubt.categories for category, status in claims], cue.text


# The statuses the page-level readings look for (_standing): a sentence holding no cue of one of
# them cannot change what they find, so a caller may give them only the sentences that hold one.
PAGE_STATUSES = frozenset({"doubt", "own_release", "insider", "report_layout", "ad_label", "critique"})


def _standing(cues_by_sentence: Iterable[list[Cue]], status: str) -> list[Cue]:
    """The page's cues of ``status`` that no pseudo-cue longer than themselves overlaps."""
    assert status in PAGE_STATUSES, f"{status!r} is read page-wide: add it to PAGE_STATUSES"
    found = []
    for cues in cues_by_sentence:
        marked = [cue for cue in cues if cue.status == status]
        if marked:
            pseudo = [c for c in cues if c.status == "pseudo"]
            found.extend(cue for cue in marked
                         if not any(_overlap(p, cue) and p.end - p.start > cue.end - cue.start for p in pseudo))
    return found


def released_by_the_advertiser(cues_by_sentence: list[list[Cue]], entity_labels: set[str]) -> str | None:
    """The words of the page's first ``own_release`` cue: the layout of a press release the
    advertiser issues itself ("FOR IMMEDIATE RELEASE", "/PRNewswire/", "Media contact:"), when the
    release speaks for a business: it quotes an ``insider`` (its founder, chief executive or medical
    director) or names the advertiser (a PROMO entity: "our clinic", "book now"). What such a release
    attributes to its own people is the advertiser's claim, not a report. A university's release
    quoting its researchers is none. None when the page has no such release."""
    cue = next(iter(_standing(cues_by_sentence, "own_release")), None)
    if cue is None or not (_standing(cues_by_sentence, "insider") or "PROMO" in entity_labels):
        return None
    return cue.text


def laid_out_as_report(cues_by_sentence: Iterable[list[Cue]]) -> bool:
    """Whether the page has the layout of a report: a cue of status ``report_layout`` that no
    longer pseudo-cue overlaps (see :func:`mentioned_in_a_report`)."""
    return bool(_standing(cues_by_sentence, "report_layout"))


def critical_of_its_subject(cues_by_sentence: Iterable[list[Cue]], min_critique: int | None) -> bool:
    """Whether the page speaks of its subject as a critic does: cues of status ``critique`` ("snake
    oil", "no good evidence", "unproven", "pseudoscience") in at least ``min_critique`` different
    words, none overlapped by a longer pseudo-cue. An ad does not call what it sells so; news,
    critiques and health bodies do, and describe the claims they take apart in plain words."""
    if not min_critique:
        return False
    return len({_word_roots(cue.text) for cue in _standing(cues_by_sentence, "critique")}) >= min_critique


_SUFFIXES = ("ies", "ial", "ing", "ed", "es", "s", "y")  # (longest first)


def _word_roots(text: str) -> str:
    """``text`` in lower case with each word's inflection cut ("controversies", "controversial"
    and "controversy" are one word; "scams" is "scam"), so that one word written twice in other
    forms counts once. Words without spaces (Japanese) are kept whole."""
    roots = []
    for word in text.lower().split():
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                word = word[: -len(suffix)]
                break
        roots.append(word)
    return " ".join(roots)


def labelled_categories(cues_by_sentence: Iterable[list[Cue]]) -> frozenset[str]:
    """Claim categories that an ad label on the page clears: a page saying it is an ad ("#ad",
    "Paid partnership with", 【PR】, 広告主:) is no stealth advertising, wherever the label stands.
    A label that a longer pseudo-cue overlaps ("not #ad", 「#PR」をつけずに) does not count."""
    return frozenset(category for label in _standing(cues_by_sentence, "ad_label") for category in label.categories)


def _blocked(sentence: Sentence, cues: list[Cue], left: int, right: int) -> bool:
    """True when a terminator or a line break stands between token ``left`` and ``right``."""
    for cue in cues:
        if cue.status == "terminate" and left <= cue.start and cue.end <= right:
            return True
    if not sentence.newlines:
        return False  # (most sentences: no line break to look for)
    return any(left <= n < right and n not in sentence.list_intro_newlines for n in sentence.newlines)


def _reaches(cue: Cue, start: int, end: int, sentence: Sentence, cues: list[Cue]) -> bool:
    if start <= cue.start and cue.end <= end:
        return True  # inside the claim's span but not among its matched words: "own cells are not … safe"
    if cue.direction in ("forward", "both") and cue.end <= start:
        line_end = next((n for n in sentence.newlines if n >= cue.end), None)
        if line_end is not None and line_end in sentence.list_intro_newlines and start > line_end:
            return True  # a list introduced by the cue's line: "Examples of prohibited expressions:\n- …"
        gap = start - cue.end
        if (cue.max_scope is None or gap <= cue.max_scope) and not _blocked(sentence, cues, cue.end, start):
            return True
    if cue.direction in ("backward", "both") and cue.start >= end:
        gap = cue.start - end
        if (cue.max_scope is None or gap <= cue.max_scope) and not _blocked(sentence, cues, end, cue.start):
            return True
    return False


def _rhetorical(cues: list[Cue]) -> bool:
    """Whether the sentence's question is rhetorical: a ``not_question`` cue, or a
    ``presupposing`` wh-question asked in the advertiser's ``voice``."""
    statuses = {cue.status for cue in cues}
    return "not_question" in statuses or "presupposing" in statuses and "voice" in statuses


def assertion_status(start: int, end: int, sentence: Sentence, cues: list[Cue]) -> tuple[str, tuple[str, ...]]:
    """Status of the claim at tokens [start, end) and the cue words that decided it.

    ``cues`` are the sentence's cues after :func:`drop_pseudo_and_inner`. A claim in quotation
    marks is reported when any reporting cue stands in its sentence, or a ``mention`` cue (words
    that name a piece of text: "the slogan", "a sign read", "under the heading"), which reaches
    nothing but quotations. A question the ad
    answers at once (``sentence.answer``) or a claim that runs on past the "?" into its
    answer ("Side effects? None.") is no question; a denial as the answer negates. A
    ``not_question`` cue (an invitation, a rhetorical question) cancels the "?" and the
    question cues of its sentence, and so does a ``presupposing`` wh-question ("Why do so many
    celebrities trust us?") in the advertiser's ``voice``.
    """
    found: dict[str, list[str]] = {}
    settled = None
    is_question = sentence.is_question
    if is_question:
        settled = "asserted" if end > sentence.end else answer_status(sentence.answer, sentence.answer_rules)
    if settled == "negated":
        found["negated"] = [(sentence.answer or "").strip()]
    rhetorical = None  # (whether the question is rhetorical is worked out only when a question asks)
    if is_question and settled is None:
        rhetorical = _rhetorical(cues) if cues else False
        if not rhetorical:
            found["question"] = ["?"]
    for cue in cues:
        status = cue.status
        if status not in QUALIFYING:
            continue
        if status == "question":
            if rhetorical is None and settled is None:
                rhetorical = _rhetorical(cues)
            if settled is not None or rhetorical:
                continue  # an answer or a rhetorical frame settles 治りますか / のでしょうか as well as the "?"
        if _reaches(cue, start, end, sentence, cues):
            found.setdefault(status, []).append(cue.text)
    quote = None
    if sentence.quotes:
        quote = next(((a, b) for a, b in sentence.quotes if a <= start and end <= b), None)
    if quote and "reported" not in found and any(c.status in ("reported", "mention") and not quote[0] <= c.start < quote[1]
                                                 for c in cues):
        # a quotation in a report, or named as a specimen of text ("the heading"); a reporting
        # word inside the quotation itself ("my friends asked") does not make it one
        found["reported"] = ["quoted"]
    if not found:
        return "asserted", ()
    for status in PRECEDENCE:
        if status in found:
            return status, tuple(found[status])
    return "asserted", ()


MAX_QUOTE_TOKENS = 400  # a longer "quotation" is a stray mark, not a quotation
DOUBLE_QUOTES = {"\u201c": "\u201d", '"': '"', "\u300c": "\u300d", "\u300e": "\u300f"}  # never an apostrophe


def quote_ranges(tokens: list[str], offset: int, pairs: dict[str, str] = QUOTE_PAIRS) -> tuple[tuple[int, int], ...]:
    """Token ranges enclosed by matching quotation marks (``pairs``: opening -> closing mark);
    ``offset`` is the first token's index. A quotation does not run over a blank line or over
    more than MAX_QUOTE_TOKENS tokens: an opening mark with no closing one before is a stray mark."""
    closing_marks = set(pairs.values())
    # only a mark or a blank line opens, closes or breaks off a quotation: the other tokens are passed over
    marks = [index for index, text in enumerate(tokens)
             if text in pairs or text in closing_marks or "\n" in text and text.count("\n") >= 2]
    ranges = []
    opening: tuple[str, int] | None = None
    for index in marks:
        text = tokens[index]
        if opening is not None and index - opening[1] > MAX_QUOTE_TOKENS + 1:
            opening = None  # broken off at the token after its MAX_QUOTE_TOKENS tokens, passed over
        if opening is None:
            if text in pairs:
                opening = (text, index)
        elif text == pairs[opening[0]]:
            ranges.append((offset + opening[1] + 1, offset + index))
            opening = None
        elif text.count("\n") >= 2 or index - opening[1] > MAX_QUOTE_TOKENS:
            opening = (text, index) if text in pairs else None
    return tuple(ranges)


def clip_ranges(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The parts of ``ranges`` (sorted token ranges) that lie within [start, end)."""
    return tuple((max(a, start), min(b, end)) for a, b in ranges if a < end and b > start)


@dataclass(frozen=True)
class ReportGenre:
    """When a document reads as a report (news, a regulator's notice): at least ``min_reported``
    of its claims are reported and at least ``min_share`` of all are reported or negated. Its
    quoted claims are then mentions; with ``unquoted_unless_entities`` set, so are its other
    asserted claims, unless the page names an entity of those labels (PROMO: the advertiser
    naming itself or its booking line, as an advertorial does)."""

    min_reported: int
    min_share: float
    unquoted_unless_entities: tuple[str, ...] | None = None
    # a page holding cues of status "critique" in at least this many different words ("quackery",
    # "no good evidence", "unproven") reads as a report too: ads do not speak of their own
    # treatment so (see :func:`critical_of_its_subject`); None: not read so
    min_critique: int | None = None
    # a page with at least this many sentences holding a reporting cue ("said", "according to",
    # "clinics claim"), and at least ``reporting_per_asserted`` times as many such sentences as
    # asserted claims, reads as a report too, whatever became of the claims those cues spoke of
    # (an entry that stops matching a reported claim must not turn the page's other claims
    # asserted again); None: not read so
    min_reporting_sentences: int | None = None
    reporting_per_asserted: float = 2.0


def reads_as_a_report(statuses: list[str], genre: ReportGenre, laid_out_as_report: bool = False,
                      reporting_sentences: int = 0) -> bool:
    """Whether a document with claims of ``statuses`` is a report (see :class:`ReportGenre` and
    :func:`mentioned_in_a_report`): laid out as one, with enough reported claims, or with enough
    sentences holding a reporting cue (``reporting_sentences``) against its asserted claims."""
    if laid_out_as_report:
        return True
    reported = statuses.count("reported")
    share = (reported + statuses.count("negated")) / len(statuses) if statuses else 0.0
    if reported >= genre.min_reported and share >= genre.min_share:
        return True
    return (genre.min_reporting_sentences is not None and reporting_sentences >= genre.min_reporting_sentences
            and reporting_sentences >= genre.reporting_per_asserted * statuses.count("asserted"))


def mentioned_in_a_report(statuses: list[str], quoted: list[bool], genre: ReportGenre,
                          entity_labels: set[str], laid_out_as_report: bool = False,
                          reporting_sentences: int = 0) -> list[bool]:
    """Which asserted claims to treat as reported because the document is a report.

    In a news article or a regulator's notice most claims are reported or negated; a claim
    there that stands in quotation marks (a table of forbidden phrases, a quoted slogan) is a
    mention even when no cue sits beside it, and so is an unquoted one the report names without
    a cue of its own ("patients were sold 'recovery drips'", a product named in a headline),
    unless the page names the advertiser (``genre.unquoted_unless_entities``). In an ad, quotes
    are testimonials and stay asserted: ads seldom reach ``min_reported`` reported claims. A page
    ``laid_out_as_report`` (a cue of status ``report_layout``: a wire-service dateline, a
    regulator's ruling header, an abstract's "Methods:") is a report whatever its counts.
    """
    if not reads_as_a_report(statuses, genre, laid_out_as_report, reporting_sentences):
        return [False] * len(statuses)
    unquoted = genre.unquoted_unless_entities is not None and entity_labels.isdisjoint(genre.unquoted_unless_entities)
    return [status == "asserted" and (inside or unquoted) for status, inside in zip(statuses, quoted)]
