"""Stage 3: typed claims with their assertion status, from the matcher's hits.

A term makes a claim alone; a cue makes one only with an entity nearby (a cure verb and a
disease); a claim's assertion status comes from the context rules (``analyzer.context``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import partial
from itertools import repeat
from collections.abc import Callable
from operator import attrgetter, itemgetter
from typing import NamedTuple

import numpy
from spacy.tokens import Doc

from analyzer.context import (DOUBLE_QUOTES, PAGE_STATUSES, QUOTE_PAIRS, AnswerRules, Cue, Sentence, answer_after,
                              assertion_status, critical_of_its_subject, doubted_in_a_personal_account, drop_pseudo_and_inner,
                              is_question_text, kept_at_a_distance, labelled_categories, laid_out_as_report,
                              mentioned_in_a_report, off_topic, quote_ranges, in_the_advertisers_voice, reads_as_a_report,
                              released_by_the_advertiser)
from analyzer.extensions import HITS

from analyzer.lexicon import ClaimRule, ContextRule, DerivedRule, EntityRule, Lexicon
from analyzer.memo import ByIdentity
from analyzer.model import Claim, Document, EntityMention, evolve
from analyzer.nlp import BULLETS, introduces_list
from analyzer.patterns import CompiledPattern, compile_pattern
from analyzer.tokens import TokenView, token_view

LIST_JOINERS = {",", "and", "or", "&", "/", ";", "、", "・", "as", "well", "even"}
DOUBLE_QUOTE_MARKS = set(DOUBLE_QUOTES) | set(DOUBLE_QUOTES.values())
# what may stand between two items of one list: commas, conjunctions and the quotation marks around
# quoted items ('claim it "boosts immunity", "flushes toxins"', 「若返る」「副作用がない」とのこと)
CHAIN_JOINERS = {",", "and", "or", "nor", "&", "/", "、", "・", *DOUBLE_QUOTE_MARKS, "'", "‘", "’"}
OPENING_MARK = re.compile(f"[{''.join(map(re.escape, QUOTE_PAIRS))}]")  # what may open a quotation (quote_ranges)
CHAINED_STATUSES = ("negated", "reported", "hedged")  # what a list item passes on to the next (_list_statuses)
CHAINED_BACK = ("reported",)  # ... and to the one before: a reporting verb after the list ('…, the clinic claims')
LOOKBACK_SENTENCES = 2


class Candidate(NamedTuple):
    """A claim hit that may make a claim (a named tuple: one per claim hit of the page)."""

    category: str
    start: int
    end: int
    rule: ClaimRule
    # the tokens the lexicon itself matched, never their own qualifier; None for a token pattern's
    # match until asked for (_pattern_core): by an exclusion, or by a cue overlapping the chosen match
    core: tuple[tuple[int, int], ...] | None


def _named_tuple_maker(cls):
    """``cls`` made from a tuple of all its fields: ``_new_cue((status, …))`` is ``Cue(status, …)``
    without the ``__new__`` that ``namedtuple`` writes in Python (half the cost of making one; a
    page makes one per cue hit of its claims' sentences, per candidate claim, per sentence asked for)."""
    return partial(tuple.__new__, cls)


_new_candidate = _named_tuple_maker(Candidate)
_new_cue = _named_tuple_maker(Cue)
_new_sentence = _named_tuple_maker(Sentence)


def longest_first(spans: list, key=attrgetter("start", "end"), group: Callable | None = None) -> list:
    """Longest non-overlapping spans (ties: the earlier one; then the one earlier in ``spans``),
    in text order (ties: the order in ``spans``). With ``group`` (a span -> a string, say its
    category), the spans of each group are chosen apart: those of two groups may overlap."""
    if len(spans) < 2:
        return list(spans)
    chosen: list[tuple[int, int, int]] = []  # (start, end, index in spans)
    groups = map(group, spans) if group else repeat("")
    # each group's spans together, the longest first (then the earliest, then the first given)
    longest = sorted([(name, start - end, start, index)
                      for index, (name, (start, end)) in enumerate(zip(groups, map(key, spans)))])
    taken: set[int] = set()  # the tokens the chosen spans of the current group cover
    current = longest[0][0]
    for name, negative_length, start, index in longest:
        if name != current:
            taken, current = set(), name
        covered = range(start, start - negative_length)
        if taken.isdisjoint(covered):
            chosen.append((start, start - negative_length, index))
            taken.update(covered)
    chosen.sort()
    return [spans[index] for _, _, index in chosen]


class Sentences:
    """The sentences of a Doc, read from its sentence starts. What the claims ask of a
    sentence (its text, its quotations, a :class:`Sentence` with its layout) is worked out
    the first time it is asked for and kept: most sentences of a page hold no claim."""

    def __init__(self, view: TokenView, answer_rules: AnswerRules | None = None):
        self.view = view
        self.answer_rules = answer_rules
        # (numpy's array methods rather than its functions, which wrap them in Python: a page is small)
        is_start = view.array("is_sent_start")
        found = is_start.nonzero()[0].tolist()
        self.starts = found or [0]
        self.ends = [*self.starts[1:], view.size]  # where each sentence ends: where the next one starts
        # token -> the number of its sentence (what bisect_right(starts, token) - 1 gives): the sentence
        # starts up to it, less one; -1 before the first start; 0 throughout without any start (a Doc
        # the sentence component did not run on)
        self.number_by_token = (is_start.cumsum() - 1).tolist() if found else [0] * view.size
        self.token_texts = text = view.column("text")
        self.line_breaks = [i for i in view.array("is_space").nonzero()[0].tolist() if "\n" in text[i]]
        self._texts: dict[int, str] = {}
        self._idx: list[int] | None = None  # the tokens' character offsets, read when a text is first asked for
        self._quotes: dict[int, tuple[tuple[int, int], ...]] = {}
        self._made: dict[int, Sentence] = {}
        self._list_lines: dict[int, str | None] = {}
        self._quotes_across: tuple[tuple[int, int], ...] | None = None
        self._across_by_sentence: dict[int, tuple[tuple[int, int], ...]] = {}  # their parts in each sentence
        self._across_starts: list[int] = []  # where each of them starts (they are in text order and do not overlap)

    def number_of(self, token: int) -> int:
        """The number of the sentence that holds token ``token`` (0 <= token < the Doc's length)."""
        return self.number_by_token[token]

    def bounds(self, number: int) -> tuple[int, int]:
        """Token range of sentence ``number``."""
        return self.starts[number], self.ends[number]

    def is_blank(self, number: int) -> bool:
        """Whether sentence ``number`` is only white space: its tokens are, and so is its text,
        which holds nothing but them and the single spaces after some. Most sentences show
        at their first token that they are not."""
        start = self.starts[number]
        if start < self.ends[number] and not self.token_texts[start].isspace():
            return False
        words = self.text(number)
        return not words or words.isspace()

    def text(self, number: int) -> str:
        """The words of sentence ``number`` (as TokenView.text_of: from its first token to the end of its last)."""
        words = self._texts.get(number)
        if words is None:
            start, end = self.starts[number], self.ends[number]
            if start < end:
                if self._idx is None:
                    self._idx = self.view.column("idx")
                last = end - 1
                words = self.view.page_text[self._idx[start]:self._idx[last] + len(self.token_texts[last])]
            else:
                words = ""
            self._texts[number] = words
        return words

    def quotes(self, number: int) -> tuple[tuple[int, int], ...]:
        """Token ranges inside quotation marks in sentence ``number``: its own quotations and its
        part of those running over several sentences (:meth:`quotation_across`)."""
        found = self._quotes.get(number)
        if found is None:
            start, end = self.bounds(number)
            words = self.text(number)
            found = ()
            if OPENING_MARK.search(words):  # no opening mark, no quotation of its own
                found = quote_ranges(self.view.column("text")[start:end], start)
            if self.quotes_across:
                found = (*found, *self._across_by_sentence.get(number, ()))
            self._quotes[number] = found
        return found

    @property
    def quotes_across(self) -> tuple[tuple[int, int], ...]:
        """Quotations in double quotation marks that run over several sentences (see
        :meth:`_quotations_across`), found on first use."""
        if self._quotes_across is None:
            self._quotes_across = self._quotations_across()
            parts: dict[int, list[tuple[int, int]]] = {}  # sentence -> clip_ranges(quotes_across, its bounds)
            for q_start, q_end in self._quotes_across:  # (from the sentence of the opening mark to that of the closing one)
                for number in range(self.number_of(q_start - 1), self.number_of(q_end) + 1):
                    start, end = self.bounds(number)
                    if q_start < end and q_end > start:
                        parts.setdefault(number, []).append((max(q_start, start), min(q_end, end)))
            self._across_by_sentence = {number: tuple(found) for number, found in parts.items()}
            self._across_starts = [q_start for q_start, _ in self._quotes_across]
        return self._quotes_across

    def _quotations_across(self) -> tuple[tuple[int, int], ...]:
        """Quotations in double quotation marks that run over several sentences ('The ad stated
        "No downtime. No side effects."'): only where the sentence that opens one and the
        sentence that closes it each hold an odd number of such marks, so a stray mark
        elsewhere on the page cannot pair marks of other sentences. Most pages have no two
        such sentences, and then the page is not walked."""
        view = self.view
        idx, text = view.column("idx"), view.column("text")
        marks = []  # the tokens that are double quotation marks, found from the characters of the page
        for position in _positions(view.page_text, DOUBLE_QUOTE_MARKS):
            token = bisect_right(idx, position) - 1
            if text[token] in DOUBLE_QUOTE_MARKS:
                marks.append(token)
        odd: set[int] = set()  # the sentences holding an odd number of marks
        for token in marks:
            odd ^= {self.number_of(token)}
        if len(odd) < 2:
            return ()
        found = []
        # from the first mark to the last: no quotation opens before the one nor closes after the other
        for q_start, q_end in quote_ranges(text[marks[0]:marks[-1] + 1], marks[0], DOUBLE_QUOTES):
            opened, closed = self.number_of(q_start - 1), self.number_of(q_end)
            if opened != closed and opened in odd and closed in odd:
                found.append((q_start, q_end))
        return tuple(found)

    def quotation_across(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation running over several sentences that holds tokens [start, end), or None."""
        if not self.quotes_across:
            return None
        # only the last one opening at or before ``start`` can hold it: each earlier one closes before that one opens
        last = bisect_right(self._across_starts, start) - 1
        if last >= 0 and end <= self._quotes_across[last][1]:
            return self._quotes_across[last]
        return None

    def list_line(self, number: int) -> str | None:
        """What kind of list line sentence ``number`` is (:func:`_list_line`), worked out once:
        each claim of a sentence asks, and the walk back to a list's introduction asks again."""
        kind = self._list_lines.get(number, False)
        if kind is False:
            kind = self._list_lines[number] = _list_line(self, number)
        return kind

    def __getitem__(self, number: int) -> Sentence:
        sentence = self._made.get(number)
        if sentence is None:
            sentence = self._made[number] = self._make(number)
        return sentence

    def _make(self, number: int) -> Sentence:
        start, end = self.starts[number], self.ends[number]
        text = self.token_texts
        breaks = self.line_breaks
        newlines = tuple(breaks[bisect_left(breaks, start) : bisect_left(breaks, end)]) if breaks else ()
        intro = tuple(n for i, n in enumerate(newlines) if n > start and
                      introduces_list(text.__getitem__, newlines[i - 1] + 1 if i else start, n)) if newlines else ()
        words = self.text(number)
        answer = None
        if is_question_text(words):
            answer = answer_after(self.text(n) for n in range(number + 1, len(self.starts)))
        return _new_sentence((start, end, words, newlines, intro, self.quotes(number), answer, self.answer_rules))


def _positions(text: str, characters) -> list[int]:
    """The offsets in ``text`` of each of ``characters``, in order."""
    found = []
    for character in characters:
        position = text.find(character)
        while position != -1:
            found.append(position)
            position = text.find(character, position + 1)
    return sorted(found)


_hit_range = itemgetter(1, 2)  # the token range of a hit: (rule, start, end)


Mention = tuple[EntityRule, int, int]  # an entity mention: the hit (rule, start, end) kept by _mentions


def _label(hit: Mention) -> str:
    """The entity label of an entity hit."""
    return hit[0].label


def _mentions(entity_hits: list[Mention], number_by_token: list[int]) -> dict[int, dict[str, list[Mention]]]:
    """The entity mentions of a page, the longest non-overlapping entity hits per label: sentence
    number -> label -> its mentions in that sentence (the sentence of their first token), in text
    order. An :class:`EntityMention` is made only for those a claim links (:func:`_linked_mentions`)."""
    by_sentence: dict[int, dict[str, list[Mention]]] = {}
    for mention in longest_first(entity_hits, key=_hit_range, group=_label):
        number, label = number_by_token[mention[1]], mention[0].label
        by_label = by_sentence.get(number)
        if by_label is None:
            by_sentence[number] = {label: [mention]}
        elif label in by_label:
            by_label[label].append(mention)
        else:
            by_label[label] = [mention]
    return by_sentence


def _overlaps_any(spans: list[tuple[int, int]] | None, start: int, end: int, longest: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted token ranges, none longer than
    ``longest``): only those starting in [start - longest, end) can."""
    if not spans:
        return False
    for _, e in spans[bisect_left(spans, (start - longest,)) : bisect_left(spans, (end,))]:
        if start < e:
            return True
    return False


def _crosses_cell(view: TokenView, start: int, end: int) -> bool:
    """True when a table-cell separator stands inside [start, end): a cue and an entity in
    different cells of a row are not one claim."""
    return "|" in view.column("text")[start:end]


def _pair_cue(view: TokenView, rule: ClaimRule, start: int, end: int, sentence: tuple[int, int],
              mentions: list[Mention]) -> tuple[int, int] | None:
    """Token range of a cue together with the nearest entity it needs in its ``sentence`` (a
    token range), or None. ``mentions``: those of the label the cue needs that start in the sentence."""
    best = None
    for _, m_start, m_end in mentions:
        if m_end > sentence[1]:
            continue
        if m_start >= end and rule.direction in ("after", "either"):
            gap, span = m_start - end, (start, m_end)
        elif m_end <= start and rule.direction in ("before", "either"):
            gap, span = start - m_end, (m_start, end)
        else:
            continue
        if gap <= rule.window and (best is None or gap < best[0]) and not _crosses_cell(view, *span):
            best = (gap, span)
    return best[1] if best else None


def _topic_question(view: TokenView, sentences: Sentences, number: int, label: str,
                    mentions_by_sentence: dict[int, dict[str, list[Mention]]], cues_by_sentence: PageCues) -> Mention | None:
    """The mention of ``label`` that makes up the whole question just before sentence ``number``
    ("Diabetes? Cured in 3 sessions.", "Cancer? We treat it."), or None. Only a fragment question
    counts: nothing but the mention, spaces, punctuation and the words of a ``topic_lead`` cue
    ("Living with psoriasis? You don't have to anymore.", "Tired of acne? …")."""
    before = number - 1
    while before >= 0 and sentences.is_blank(before) and sentences.text(before).count("\n") < 2:
        before -= 1  # a single line break between question and answer
    if before < 0:
        return None
    found = mentions_by_sentence.get(before, {}).get(label, ())
    if len(found) != 1 or not is_question_text(sentences.text(before)):
        return None
    _, m_start, m_end = found[0]
    is_space, is_punct = view.column("is_space"), view.column("is_punct")
    leads = [(cue.start, cue.end) for cue in cues_by_sentence.of(before) if cue.status == "topic_lead"]
    if any(not (is_space[i] or is_punct[i] or any(a <= i < b for a, b in leads))
           for i in range(*sentences.bounds(before)) if not m_start <= i < m_end):
        return None
    return found[0]


def _pattern_core(rule: ClaimRule, view: TokenView, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The claim's own words in a token-pattern match: the tokens its steps name ("87% of
    patients *reported* better sleep": the pattern's own "reported" is no reporting cue). The
    tokens its wildcards let through are not: a "not" there still negates."""
    pattern = _COMPILED.get((rule.key, rule.where))
    if pattern is None:
        pattern = _COMPILED[rule.key, rule.where] = compile_pattern(rule.key, rule.pattern, rule.where)
    own = pattern.own_tokens(view, start, end)
    if not own:
        return ((start, start + 1), (end - 1, end))
    return tuple((position, position + 1) for position in own)


_COMPILED: dict[tuple[str, str], CompiledPattern] = {}  # (rule key, file) -> its pattern, compiled on first use


def _extend_over_list(view: TokenView, end: int, mentions: list[Mention], sentence_end: int) -> int:
    """Extend a claim ending at an entity over a coordinated list of the same label (``mentions``:
    those of its sentence), up to the end of its sentence."""
    starts = {m_start: m_end for _, m_start, m_end in mentions}
    if max(starts, default=end) <= end:
        return end  # no mention of the label after it: no list to run on over
    text, is_space, is_punct = view.column("text"), view.column("is_space"), view.column("is_punct")
    position = end
    # (each token's lower form read alone, as few are: a Japanese page has no lower_ column to reuse)
    while position < sentence_end:
        probe = position
        while probe < sentence_end and (view.string(probe, "lower_") in LIST_JOINERS or is_space[probe]
                                        or is_punct[probe] and text[probe] not in ".!?"):
            probe += 1
        if probe in starts and probe > position:
            position = starts[probe]
        else:
            break
    return position


class PageCues:
    """The context cues of a page by sentence number: the matcher's context hits, each made a
    :class:`Cue` (with its words) only when its sentence is first asked for. Most sentences
    with cues hold no claim, and nothing reads their cues."""

    def __init__(self, view: TokenView, sentences: Sentences, context_hits: list[tuple[ContextRule, int, int]]):
        self.view = view
        self.hits: dict[int, list[tuple[ContextRule, int, int]]] = {}  # sentence number -> its hits, in matcher order
        self._page_level: set[int] = set()  # sentences holding a cue of a status in PAGE_STATUSES
        self._made: dict[int, list[Cue]] = {}
        hits, number_by_token = self.hits, sentences.number_by_token
        for hit in context_hits:
            number = number_by_token[hit[1]]  # (Sentences.number_of, inlined: a page has thousands)
            found = hits.get(number)
            if found is None:
                hits[number] = [hit]
            else:
                found.append(hit)
            if hit[0].status in PAGE_STATUSES:
                self._page_level.add(number)

    def of(self, number: int) -> list[Cue]:
        """The cues of sentence ``number`` (none for a sentence without)."""
        cues = self._made.get(number)
        if cues is None:
            # a cue's words: the page from its first token to the end of its last (as TokenView.text_of)
            idx, text, page = self.view.column("idx"), self.view.column("text"), self.view.page_text
            cues = self._made[number] = [
                _new_cue((rule.status, rule.direction, rule.max_scope, start, end,
                          page[idx[start]:idx[end - 1] + len(text[end - 1])], rule.categories))
                for rule, start, end in self.hits.get(number, ())]
        return cues

    def overlaps(self, number: int, start: int, end: int) -> bool:
        """Whether a cue of sentence ``number`` overlaps tokens [start, end)."""
        return any(c_start < end and start < c_end for _, c_start, c_end in self.hits.get(number, ()))

    def sentences_with(self, status: str) -> int:
        """How many sentences hold a cue of ``status`` (read from the rules, no cue is made)."""
        return sum(any(rule.status == status for rule, _, _ in hits) for hits in self.hits.values())

    def of_page_level_sentences(self) -> list[list[Cue]]:
        """The cues of each sentence that holds a cue of a status the page-level readings look
        for (PAGE_STATUSES), in the order of the sentences' first hits: what the other sentences
        hold cannot change those readings."""
        return [self.of(number) for number in self.hits if number in self._page_level]


def _word_count(view: TokenView) -> int:
    """Tokens of the page that are neither white space nor punctuation."""
    return int(numpy.count_nonzero(~(view.array("is_space").astype(bool) | view.array("is_punct").astype(bool))))


CONTEXT, CLAIM, EXCLUSION, ENTITY = range(4)  # the kinds of hit extract_claims sorts the matcher's hits into
_KINDS: ByIdentity[Lexicon, dict[str, tuple[int, ContextRule | ClaimRule | EntityRule]]] = ByIdentity(8)


def _rule_kinds(lexicon: Lexicon) -> dict[str, tuple[int, ContextRule | ClaimRule | EntityRule]]:
    """Rule key -> (its kind of hit, the rule), made once per lexicon and kept: a page has a
    hit per few words, and ``Lexicon.rule`` with an ``isinstance`` chain cost more per hit than
    the rest of sorting them. Kept by the lexicon's identity (the lexicon itself is kept with
    its table, so that the id cannot be reused while the entry stands); a handful at most."""
    return _KINDS.get(lexicon, _kind_table)


def _kind_table(lexicon: Lexicon) -> dict[str, tuple[int, ContextRule | ClaimRule | EntityRule]]:
    table: dict[str, tuple[int, ContextRule | ClaimRule | EntityRule]] = {}
    for rule in lexicon.claim_rules:
        table[rule.key] = (EXCLUSION if rule.kind == "exclusion" else CLAIM, rule)
    for rule in lexicon.entity_rules:
        table[rule.key] = (ENTITY, rule)
    for rule in lexicon.context_rules:
        table[rule.key] = (CONTEXT, rule)
    return table


def extract_claims(doc: Doc, document: Document, lexicon: Lexicon) -> tuple[list[Claim], frozenset[str]]:
    """All claims of a processed Doc, in text order, each with its assertion status; and the
    claim categories an ad label on the page clears ("#ad", 【PR】: no stealth advertising),
    for the caller to drop once every claim of the document is known (:func:`clear_labelled`)."""
    view = token_view(doc)
    sentences = Sentences(view, lexicon.answers)
    # the matcher's hits as (rule, start, end), sorted by kind: context, claim, exclusion, entity
    context_hits, claim_hits, exclusion_hits, entity_hits = by_kind = ([], [], [], [])
    kinds = _rule_kinds(lexicon)
    for key, start, end in doc._.get(HITS):
        kind, rule = kinds[key]
        by_kind[kind].append((rule, start, end))
    cues_by_sentence = PageCues(view, sentences, context_hits)
    number_by_token = sentences.number_by_token
    mentions_by_sentence = _mentions(entity_hits, number_by_token)  # sentence -> label -> its mentions there
    page_labels = set().union(*mentions_by_sentence.values())  # entity labels anywhere on the page
    if (lexicon.off_topic and page_labels.isdisjoint(lexicon.off_topic.unless_entities)  # (what off_topic checks first)
            and off_topic(_word_count(view), Counter(rule.status for rule, _, _ in context_hits), page_labels,
                          lexicon.off_topic)):
        return [], frozenset()  # a page that never speaks of health makes no health claim
    near: dict[int, set[str]] = {}

    def labels_near(number: int) -> set[str]:
        """Entity labels of sentence ``number`` and the LOOKBACK_SENTENCES before it."""
        if number not in near:
            near[number] = set().union(*(mentions_by_sentence.get(number - back, ()) for back in range(LOOKBACK_SENTENCES + 1)))
        return near[number]

    candidates = []
    topics: dict[tuple[int, str], tuple | None] = {}  # (sentence number, label) -> what _topic_question found
    exclusions: dict[str, list[tuple[int, int]]] = {}
    for rule, start, end in exclusion_hits:
        exclusions.setdefault(rule.category, []).append((start, end))
    for spans in exclusions.values():
        spans.sort()
    longest_exclusion = max((e - s for spans in exclusions.values() for s, e in spans), default=0)
    for rule, start, end in claim_hits:
        sentence_number = number_by_token[start]
        if rule.needs and labels_near(sentence_number).isdisjoint(rule.needs):
            continue  # what the claim needs (a product, the advertiser's voice) is not in it nor just before it
        core: tuple[tuple[int, int], ...] | None = ((start, end),)
        if rule.kind == "cue":
            local = mentions_by_sentence.get(sentence_number, {}).get(rule.near, ())  # the entities it may pair with
            bounds = sentences.bounds(sentence_number)
            paired = None
            if local:
                paired = _pair_cue(view, rule, start, end, bounds, local)
            if paired is None and start - bounds[0] <= rule.window:
                asked = (sentence_number, rule.near)
                if asked in topics:
                    topic = topics[asked]  # several cues of a sentence looking back for one label
                else:
                    topic = topics[asked] = _topic_question(view, sentences, sentence_number, rule.near,
                                                            mentions_by_sentence, cues_by_sentence)
                if topic is not None:
                    paired = (topic[1], end)  # the topic asked about, answered by the cue: "Diabetes? Cured…"
            if paired is None:
                continue
            core = ((start, end), (paired[0], paired[0] + 1), (paired[1] - 1, paired[1]))
            start, end = paired
            end = _extend_over_list(view, end, local, bounds[1])
        elif rule.kind == "pattern":
            core = None
        excluded = exclusions.get(rule.category)
        # (the words the lexicon matched lie in [start, end): only an exclusion overlapping that can explain them away)
        if excluded and _overlaps_any(excluded, start, end, longest_exclusion):
            core = core or _pattern_core(rule, view, start, end)
            if any(_overlaps_any(excluded, s, e, longest_exclusion) for s, e in core):
                # an exclusion explains away the words the lexicon matched (not a wildcard's or a paired entity's)
                continue
        candidates.append(_new_candidate((rule.category, start, end, rule, core)))

    candidates.sort(key=attrgetter("rule.confidence"), reverse=True)  # of equal spans, the most confident rule's claim
    chosen: list[Candidate] = longest_first(candidates, group=attrgetter("category"))  # the longest of each category
    chosen.sort(key=attrgetter("start", "end", "category"))

    spans_by_sentence: dict[int, list[tuple[int, int]]] = {}
    for _, start, end, rule, core in chosen:
        first, last = number_by_token[start], number_by_token[end - 1]
        if core is None:  # a token pattern's own words matter only to a cue that overlaps its match (see _inner)
            overlapped = (cues_by_sentence.overlaps(first, start, end)
                          or last != first and cues_by_sentence.overlaps(last, start, end))
            core = _pattern_core(rule, view, start, end) if overlapped else ()
        spans_by_sentence.setdefault(first, []).extend(core)
        if last != first:
            spans_by_sentence.setdefault(last, []).extend(core)
    advertiser_on_page = "PROMO" in page_labels
    live_cues = {n: drop_pseudo_and_inner(cues_by_sentence.of(n), spans, advertiser_on_page)
                 for n, spans in spans_by_sentence.items()}

    claims = []
    quoted = []
    scare_quoted = []  # a term in quotation marks of its own, outside the advertiser's voice
    list_intros: dict[int, int | None] = {}  # list line -> the line that introduces its list (_listed_under_a_report)
    linked_by_sentence: dict[int, tuple[dict, str]] = {}
    made_mentions: dict[tuple[int, str], tuple[EntityMention, ...]] = {}  # each made once (_linked_mentions)
    page, idx, text = view.page_text, view.column("idx"), view.column("text")
    scare_quotes = lexicon.scare_quotes
    items: list[tuple[int, int, int, list[Cue]]] = []  # each claim's sentence number, token range and cues
    for number, candidate in enumerate(chosen, start=1):
        category, start, end, rule, _ = candidate
        sentence_number = number_by_token[start]
        sentence = sentences[sentence_number]
        cues = live_cues[sentence_number]
        if end > sentence.end:  # it runs on into the answer: the answer's cues reach it too
            cues = cues + live_cues.get(number_by_token[end - 1], [])
        status, cue_words = assertion_status(start, end, sentence, cues)
        if rule.inverted:  # the entry names the risk: "Will it show up in a test?" "No." promises
            if status == "negated":
                status, cue_words = "asserted", ("denied: " + " ".join(cue_words),)
            elif status == "asserted":
                status, cue_words = "negated", ("affirmed, so no promise",)
        # (the readings below ask first what they need: a quotation over several sentences, a list line)
        if (status == "asserted" and sentences.quotes_across
                and _reported_around_quotation(sentences, live_cues, cues_by_sentence, candidate)):
            status, cue_words = "reported", ("quoted",)  # 'The ad stated "… No downtime. No side effects."'
        if (status == "asserted" and sentences.list_line(sentence_number) is not None
                and _listed_under_a_report(sentences, live_cues, cues_by_sentence, sentence_number, candidate,
                                           list_intros)):
            status, cue_words = "reported", ("listed as an example",)  # 'Examples of prohibited claims\n\n"Cures cancer"'
        items.append((sentence_number, start, end, cues))
        in_quotes = sentence.quotes
        scare_quoted.append(status == "asserted" and scare_quotes is not None and bool(in_quotes)
                            and _in_scare_quotes(view, sentence, cues, candidate, scare_quotes.max_words))
        quoted.append(bool(in_quotes) and any(q_start <= start and end <= q_end for q_start, q_end in in_quotes))
        # its words: page[start_char:end_char] (TokenView.char_range)
        start_char, end_char = idx[start], idx[end - 1] + len(text[end - 1])
        line, column = document.line_col(start_char)
        linked = linked_by_sentence.get(sentence_number)
        if linked is None:  # claims of one sentence share its entities and text
            linked = linked_by_sentence[sentence_number] = (
                _linked_mentions(view, sentence_number, mentions_by_sentence, made_mentions),
                " ".join(sentence.text.split()))
        mentions, sentence_text = linked
        claims.append(
            _new_claim(
                id=f"c{number}",
                category=category,
                text=page[start_char:end_char],
                start=start_char,
                end=end_char,
                line=line,
                column=column,
                sentence=sentence_text,
                assertion=status,
                cues=cue_words,
                interventions=mentions["INTERVENTION"],
                conditions=mentions["CONDITION"],
                targets=mentions["TARGET"],
                confidence=rule.confidence,
                rule=rule.key,
            )
        )
    claims = _list_statuses(view, claims, items)
    # the labels of the entities the page names in its own words, not inside a quotation ('the caption
    # read "DM to book"': a report quoting an ad does not name an advertiser of its own)
    unquoted_labels = partial(_unquoted_labels, sentences, mentions_by_sentence)
    page_cues = cues_by_sentence.of_page_level_sentences()
    claims = _page_level_statuses(claims, quoted, scare_quoted, page_cues, page_labels, unquoted_labels, lexicon,
                                  partial(cues_by_sentence.sentences_with, "reported"))
    return claims, labelled_categories(page_cues)


def _unquoted_labels(sentences: Sentences, mentions_by_sentence: dict[int, dict[str, list[Mention]]],
                     asked: tuple[str, ...]) -> set[str]:
    """Those of the ``asked`` labels of the entities the page names in its own words, not inside a
    quotation (only sentences naming such an entity have their quotations worked out)."""
    found: set[str] = set()
    for number, by_label in mentions_by_sentence.items():
        unknown = [(label, start, end) for label, mentions in by_label.items() if label in asked and label not in found
                   for _, start, end in mentions]
        if unknown:
            quotes = sentences.quotes(number)
            found.update(label for label, start, end in unknown if not any(a <= start and end <= b for a, b in quotes))
    return found


def _new_claim(id: str, category: str, text: str, start: int, end: int, line: int, column: int, sentence: str,
               assertion: str, cues: tuple[str, ...], interventions: tuple[EntityMention, ...],
               conditions: tuple[EntityMention, ...], targets: tuple[EntityMention, ...], confidence: float, rule: str,
               evidence: tuple = ()) -> Claim:
    """``Claim(...)``, made the way :func:`analyzer.model.evolve` makes its copies: without the
    frozen dataclass's ``__init__``, which sets each of the sixteen fields through
    ``object.__setattr__`` (a third of what making a claim costs; a page has one per chosen match).
    Its attributes are given as one dict, in the order of Claim's fields (which this signature
    follows, tested). Claim has no ``__post_init__``."""
    claim = object.__new__(Claim)
    object.__setattr__(claim, "__dict__", {
        "id": id, "category": category, "text": text, "start": start, "end": end, "line": line, "column": column,
        "sentence": sentence, "assertion": assertion, "cues": cues, "interventions": interventions,
        "conditions": conditions, "targets": targets, "confidence": confidence, "rule": rule, "evidence": evidence})
    return claim


def _page_level_statuses(claims: list[Claim], quoted: list[bool], scare_quoted: list[bool], page_cues: list[list[Cue]],
                         page_labels: set[str], unquoted_labels: Callable[[tuple[str, ...]], set[str]],
                         lexicon: Lexicon, reporting_sentences: Callable[[], int]) -> list[Claim]:
    """The statuses that the page as a whole decides, in this order: a term in scare quotes is
    a mention (ScareQuotes); in a report, quoted and cue-less claims are mentions (ReportGenre);
    in the advertiser's own press release (one that quotes its founder or names it), reported claims
    are its own; a writer's doubt hedges a personal account (PersonalDoubt). ``quoted``,
    ``scare_quoted``: per claim, from the sentence pass; ``page_cues``: the cues of the sentences
    holding a cue of a page-level status (:meth:`PageCues.of_page_level_sentences`); ``page_labels``:
    the labels of the page's entities, ``unquoted_labels(asked)``: those of the ``asked`` labels outside
    quotation marks (a report quoting an ad's "book now" names no advertiser of its own), worked out
    only for a page that reads as a report (most pages do not); ``reporting_sentences()``: how many
    of the page's sentences hold a reporting cue (counted only when the genre asks)."""
    def reread(claims: list[Claim], flips: list[bool], status: str, cue_words) -> list[Claim]:
        """``claims`` with those flipped given ``status`` and the cue words ``cue_words(index)``."""
        if not any(flips):
            return claims
        return [evolve(c, assertion=status, cues=cue_words(i)) if flip else c for i, (c, flip) in enumerate(zip(claims, flips))]

    if lexicon.scare_quotes and any(scare_quoted):
        flips = kept_at_a_distance([(c.category, c.assertion) for c in claims], scare_quoted, lexicon.scare_quotes, page_labels)
        claims = reread(claims, flips, "reported", lambda i: ("a term in quotation marks",))
    if lexicon.report_genre:
        genre, statuses = lexicon.report_genre, [c.assertion for c in claims]
        laid_out = laid_out_as_report(page_cues) or critical_of_its_subject(page_cues, genre.min_critique)
        reporting = reporting_sentences() if genre.min_reporting_sentences is not None and "asserted" in statuses else 0
        # (the labels are read only by a report that takes unquoted claims for mentions too)
        labels = (unquoted_labels(genre.unquoted_unless_entities) if genre.unquoted_unless_entities is not None
                  and reads_as_a_report(statuses, genre, laid_out, reporting) else set())
        flips = mentioned_in_a_report(statuses, quoted, genre, labels, laid_out, reporting)
        claims = reread(claims, flips, "reported", lambda i: ("quoted in a report" if quoted[i] else "named in a report",))
    release = released_by_the_advertiser(page_cues, page_labels)
    if release:  # a press release issued by the advertiser: what it attributes is its own claim
        claims = reread(claims, [c.assertion == "reported" for c in claims], "asserted",
                        lambda i: (f"the advertiser's own release: {release}",))
    if lexicon.personal_doubt:
        doubted, words = doubted_in_a_personal_account([(c.category, c.assertion) for c in claims], page_cues,
                                                       lexicon.personal_doubt, page_labels)
        claims = reread(claims, doubted, "hedged", lambda i: (words,))
    return claims


def _list_statuses(view: TokenView, claims: list[Claim], items: list[tuple[int, int, int, list[Cue]]]) -> list[Claim]:
    """``claims`` with the statuses a list passes on: a list is one object of its cue. ``items``:
    each claim's sentence number, token range and cues (see :func:`_joined` for what makes two
    claims items of one list).

    Forward: an asserted claim takes the negated, reported or hedged status of the item before it
    ("We don't claim that drips boost immunity, detox the body, burn fat or improve performance":
    the cue's scope ends before the last items). A report does not run on over items the
    advertiser's voice introduces after the reporting cue ("Our workshops cover topics such as how
    our tea flushes toxins and melts fat": its promise), unless a negation stands before the cue
    ("We don't claim that our drips …").

    Backward: an asserted claim takes the reported status of the item after it, when its sentence
    does not speak in the advertiser's voice: a reporting verb after the list reaches its first
    items ('Boosts immunity, flushes toxins and reverses ageing, the clinic claims', 「若返る」
    「副作用がない」とのこと). A negation after a list is the last item's own ('cures arthritis and
    is not approved')."""
    result = list(claims)
    if any(claim.assertion in CHAINED_STATUSES for claim in result):  # else no item has a status to pass on
        for index in range(1, len(result)):
            if result[index].assertion != "asserted":
                continue
            before = next((k for k in range(index - 1, -1, -1) if items[k][2] <= items[index][1]), None)
            if before is not None and _passed_on(view, result, items, before, index, CHAINED_STATUSES):
                result[index] = evolve(result[index], assertion=result[before].assertion, cues=result[before].cues)
    if any(claim.assertion in CHAINED_BACK for claim in result):
        for index in range(len(result) - 2, -1, -1):
            if result[index].assertion != "asserted":
                continue
            after = next((k for k in range(index + 1, len(result)) if items[k][1] >= items[index][2]), None)
            if (after is not None and _passed_on(view, result, items, after, index, CHAINED_BACK)
                    and not in_the_advertisers_voice(items[index][3])):
                result[index] = evolve(result[index], assertion=result[after].assertion, cues=result[after].cues)
    return result


def _passed_on(view: TokenView, claims: list[Claim], items: list[tuple[int, int, int, list[Cue]]], source: int,
               target: int, statuses: tuple[str, ...]) -> bool:
    """Whether claim ``target`` (asserted) takes the status of claim ``source``, the list item
    next to it (see :func:`_list_statuses`)."""
    sentence, start, end, _ = items[source]
    if (claims[target].assertion != "asserted" or claims[source].assertion not in statuses
            or items[target][0] != sentence):
        return False
    first, last = (source, target) if source < target else (target, source)
    if not _joined(view, items[first][2], items[last][1]):
        return False
    if source < target and claims[source].assertion == "reported":
        cues = items[target][3]
        reporting = max((cue.start for cue in cues if cue.status == "reported" and cue.end <= start), default=None)
        if reporting is not None:
            denied = any(cue.status == "negated" and cue.end <= reporting for cue in cues)
            voiced_after = any(cue.status == "voice" and reporting < cue.start < start for cue in cues)
            if voiced_after and not denied:
                return False  # "topics such as how our tea …"; "We don't claim that our …" still denies
    return True


def _joined(view: TokenView, end: int, start: int) -> bool:
    """Whether only commas, conjunctions, quotation marks and spaces stand between tokens ``end``
    and ``start`` (two items of one list). One word may end the first item before them, the head
    the claim's words leave out ("before-and-after *photos*, patient testimonials"); then a comma
    or a conjunction must follow it. Two claims side by side, with nothing between, are no list."""
    if start < end:
        return False
    lower, text = view.column("lower_"), view.column("text")
    is_space, is_alpha = view.column("is_space"), view.column("is_alpha")
    between = [i for i in range(end, start) if not is_space[i]]
    if between and is_alpha[between[0]] and lower[between[0]] not in CHAIN_JOINERS:
        between = between[1:]  # the head word of the first item
        if not any(lower[i] in CHAIN_JOINERS and text[i] not in DOUBLE_QUOTE_MARKS for i in between):
            return False
    return bool(between) and all(lower[i] in CHAIN_JOINERS for i in between)  # side by side is no list


def _in_scare_quotes(view: TokenView, sentence: Sentence, cues: list[Cue], candidate: Candidate, max_words: int) -> bool:
    """Whether the claim is a term in quotation marks of its own, of at most ``max_words`` words
    ('For "anti-aging", the studies are tiny', 'a "glow drip" at a pop-up'), in a sentence that
    does not speak in the advertiser's ``voice`` ('our "miracle" drip'). See ScareQuotes."""
    if not sentence.quotes:
        return False
    quote = next(((a, b) for a, b in sentence.quotes if a <= candidate.start and candidate.end <= b), None)
    if quote is None or in_the_advertisers_voice(cues):
        return False
    is_space, is_punct = view.column("is_space"), view.column("is_punct")
    words = sum(1 for i in range(*quote) if not (is_space[i] or is_punct[i]))
    return words <= max_words


def _cues_of(number: int, live_cues: dict[int, list[Cue]], cues_by_sentence: PageCues) -> list[Cue]:
    """The cues of sentence ``number`` that stand: without pseudo-cues, relays in the advertiser's
    voice and the words of the sentence's own claims (``live_cues`` holds those of sentences
    with claims)."""
    found = live_cues.get(number)
    return found if found is not None else drop_pseudo_and_inner(cues_by_sentence.of(number), [])


def _reported_around_quotation(sentences: Sentences, live_cues: dict[int, list[Cue]],
                               cues_by_sentence: PageCues, candidate: Candidate) -> bool:
    """Whether the candidate stands in a quotation that runs over several sentences with a
    reporting or mention cue outside it, before it in the sentence that opens it ('The ruling
    quoted the ad: "Heals joints. No side effects."') or after it in the sentence that closes it
    ('"Heals joints. No side effects," the site claimed.', 「…治ります。…ありません」と宣伝)."""
    quotation = sentences.quotation_across(candidate.start, candidate.end)
    if quotation is None:
        return False
    q_start, q_end = quotation
    before = _cues_of(sentences.number_of(q_start - 1), live_cues, cues_by_sentence)
    after = _cues_of(sentences.number_of(q_end), live_cues, cues_by_sentence)
    return (any(cue.status in ("reported", "mention") and cue.end < q_start for cue in before)
            or any(cue.status in ("reported", "mention") and cue.start > q_end for cue in after))


MAX_LISTED = 40  # quoted list lines looked back over for the line that introduces them
LIST_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s")  # "1. ", "2) ", "(3) ", "a. ", "(iv) " opening a list line
COMMENT_OPENERS = "-\u2013\u2014(\uff08:"  # what stands between a quoted phrase and a comment on it
LIST_LEADERS = "".join(BULLETS) + "0123456789.() \t"  # what may stand before a list line's words
LINE_END_PUNCTUATION = ",.;:!?\u3001\u3002\uff0c\uff0e\uff01\uff1f\u30fb"


def _list_line(sentences: Sentences, number: int) -> str | None:
    """"quoted" for a line (sentence ``number``) that is one quotation, after an optional bullet or number
    ('- "Cures cancer",', ・「副作用なし」, '(2) "100% safe"'), alone or with a comment in lower case
    after it ('"Guaranteed results" – no treatment can promise this', '"No.1 clinic" (comparative
    superiority)'); "bullet" for another bulleted or numbered line; else None. A quotation with its speaker
    after it ('"…" - Graham, 64', 「…」（40代・主婦）) is a testimonial, not a quoted line."""
    stripped = sentences.text(number).strip()
    text = stripped.lstrip(LIST_LEADERS)
    if not text:
        return None
    if text[0] in QUOTE_PAIRS and sentences.quotes(number):
        closing = text.find(QUOTE_PAIRS[text[0]], 1)
        after = text[closing + 1:].strip(LINE_END_PUNCTUATION + " \t\n")
        comment = after.lstrip(COMMENT_OPENERS + " \t")  # empty after an opener: the rest is in the next sentence
        if closing > 0 and (not after or comment[:1].islower()):
            return "quoted"
    return "bullet" if stripped[0] in BULLETS or LIST_NUMBER.match(stripped) else None


def _listed_under_a_report(sentences: Sentences, live_cues: dict[int, list[Cue]], cues_by_sentence: PageCues,
                           number: int, candidate: Candidate, intros: dict[int, int | None]) -> bool:
    """Whether the candidate stands in a list introduced by a line that reports or names pieces
    of text, with or without a colon, across a blank line: quoted lines ('Examples of prohibited
    claims', then '"Cures cancer"' and '"100% safe"') or bulleted ones (次のような表示は認められません。
    ・がんが治る; 'Prohibited expressions', then '- cures cancer'). Cues on the introducing line
    that are a claim's own words ("Research shows our drip works."), or a relay in the
    advertiser's voice ("What our patients say"), do not count. ``intros``: the introducing line
    found for each list line of the page, so a list is walked back over once."""
    kind = sentences.list_line(number)
    if kind is None or kind == "quoted" and not any(a <= candidate.start and candidate.end <= b
                                                    for a, b in sentences.quotes(number)):
        return False
    if number not in intros:
        walked, intro = [number], None
        for previous in range(number - 1, max(number - 1 - MAX_LISTED, -1), -1):
            if previous in intros:
                intro = intros[previous]
                break
            before = sentences.text(previous)
            introduces = before.rstrip().endswith((":", "\uff1a"))  # "7. … including the following statements:"
            if not before.strip() or sentences.list_line(previous) is not None and not introduces:
                walked.append(previous)
                continue  # a blank line, or another line of the list
            intro = previous
            break
        else:
            walked = [number]  # the window ran out: an earlier line of the list may still reach further back
        intros.update(dict.fromkeys(walked, intro))
    intro = intros[number]
    if intro is None or number - intro > MAX_LISTED:
        return False
    return any(cue.status in ("reported", "mention") for cue in _cues_of(intro, live_cues, cues_by_sentence))


def clear_labelled(claims: list[Claim], cleared: frozenset[str]) -> list[Claim]:
    """``claims`` without those of the ``cleared`` categories, numbered again. Done after
    :func:`derive_claims`, so that a labelled post about an unapproved product still promotes it."""
    if not cleared:
        return claims
    return _numbered([claim for claim in claims if claim.category not in cleared])


def _numbered(claims: list[Claim]) -> list[Claim]:
    """``claims`` with the ids c1, c2, … in their order (a claim that has its id already stays as it is)."""
    return [claim if claim.id == f"c{number}" else evolve(claim, id=f"c{number}")
            for number, claim in enumerate(claims, start=1)]


def _linked_mentions(view: TokenView, sentence_number: int, mentions_by_sentence: dict[int, dict[str, list[Mention]]],
                     made: dict[tuple[int, str], tuple[EntityMention, ...]]) -> dict[str, tuple[EntityMention, ...]]:
    """Entities a claim is about, by label (INTERVENTION, CONDITION, TARGET; not PROMO, the
    advertiser's voice): those of its sentence; for interventions, failing that, the nearest ones
    of the previous sentences ("Our exosome drip… It reverses ageing."). The EntityMention objects
    are made here, for these only, and kept in ``made`` by (sentence number, label): the sentences
    after a product's share them."""
    own = mentions_by_sentence.get(sentence_number, {})
    products_in = sentence_number if "INTERVENTION" in own else next(
        (sentence_number - back for back in range(1, LOOKBACK_SENTENCES + 1)
         if "INTERVENTION" in mentions_by_sentence.get(sentence_number - back, ())), None)
    return {"INTERVENTION": _made_mentions(view, mentions_by_sentence, made, products_in, "INTERVENTION"),
            "CONDITION": _made_mentions(view, mentions_by_sentence, made, sentence_number, "CONDITION"),
            "TARGET": _made_mentions(view, mentions_by_sentence, made, sentence_number, "TARGET")}


def _made_mentions(view: TokenView, mentions_by_sentence: dict[int, dict[str, list[Mention]]],
                   made: dict[tuple[int, str], tuple[EntityMention, ...]], number: int | None,
                   label: str) -> tuple[EntityMention, ...]:
    """The EntityMentions of the first mention of each entity of ``label`` in sentence ``number``
    (none for None), made on first use and kept in ``made``."""
    mentions = mentions_by_sentence.get(number, {}).get(label) if number is not None else None
    if not mentions:
        return ()
    found = made.get((number, label))
    if found is None:
        found = made[number, label] = tuple(_entity_mention(view, rule, start, end)
                                            for rule, start, end in _unique_ids(mentions))
    return found


def _unique_ids(mentions: list[tuple[EntityRule, int, int]]) -> list[tuple[EntityRule, int, int]]:
    """The first mention of each entity id, in order."""
    if len(mentions) < 2:
        return mentions
    seen, unique = set(), []
    for mention in mentions:
        if mention[0].id not in seen:
            seen.add(mention[0].id)
            unique.append(mention)
    return unique


def _entity_mention(view: TokenView, rule: EntityRule, start: int, end: int) -> EntityMention:
    """The entity mention of ``rule`` at tokens [start, end), with its words and character offsets."""
    start_char, end_char = view.char_range(start, end)
    mention = object.__new__(EntityMention)  # made as _new_claim makes a claim (EntityMention has no __post_init__)
    object.__setattr__(mention, "__dict__", {"label": rule.label, "id": rule.id, "text": view.page_text[start_char:end_char],
                                             "start": start_char, "end": end_char, "attributes": rule.attributes})
    return mention


def derive_claims(claims: list[Claim], rules: tuple[DerivedRule, ...], document: Document) -> list[Claim]:
    """Add the claims that follow from others: a claim about an unapproved product also
    promotes that product. A rule with ``implied_by`` takes only claims of those categories
    ("Mounjaro melts fat" promotes a prescription-only medicine; "Mounjaro is approved for
    diabetes" does not). One derived claim per product mention, at the mention, with the
    strongest status of the claims it comes from (asserted wins)."""
    derived: dict[tuple[str, int], Claim] = {}
    products = frozenset().union(*(rule.interventions for rule in rules))  # what some rule derives a claim from
    # the claims that name one of them (a third of a page's claims: the others derive nothing)
    about_products = [claim for claim in claims
                      if claim.interventions and any(mention.id in products for mention in claim.interventions)]
    for rule in rules:
        own = None  # the character ranges of the claims of the rule's category, listed when first needed
        for claim in about_products:
            if claim.category == rule.category or (rule.implied_by is not None and claim.category not in rule.implied_by):
                continue
            for mention in claim.interventions:
                if mention.id not in rule.interventions:
                    continue
                if own is None:
                    own = [(c.start, c.end) for c in claims if c.category == rule.category]
                if any(s < mention.end and mention.start < e for s, e in own):
                    continue
                key = (rule.category, mention.start)
                previous = derived.get(key)
                if previous is not None and (previous.assertion == "asserted" or claim.assertion != "asserted"):
                    continue
                line, column = document.line_col(mention.start)
                derived[key] = evolve(
                    claim, category=rule.category, text=mention.text, start=mention.start, end=mention.end,
                    line=line, column=column, rule=f"derived:{rule.category}:{mention.id}",
                )
    return _numbered(sorted([*claims, *derived.values()], key=_claim_order))


_claim_order = attrgetter("start", "end", "category")
