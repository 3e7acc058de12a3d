"""Stage 2: the spaCy pipeline. A blank language, sentence boundaries, and one matcher
component built from ``lexicons/`` that finds claim terms, cues, entities and context cues
in a single pass. No trained model is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy
import regex
import spacy
import yaml
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from analyzer.cache import cached, content_key
from analyzer.context import DOUBLE_QUOTES, quote_ranges
from analyzer.errors import cached_with_errors
from analyzer.extensions import HITS, register_extensions
from analyzer.lexicon import Lexicon, lexicon_dirs, load_lexicon
from analyzer.memo import ByIdentity, Remembered
from analyzer.patterns import PatternIndex
from analyzer.phrases import PhraseIndex, compile_phrase
from analyzer.resources import data_dir
from analyzer.tokens import TokenView, member, token_view

BULLETS = {"-", "*", "•", "・", "–", "—", "+", "✓", "✔", "→", "▶", "■", "□", "●", "◆", "★", "☆"}
LETTER_ITEM = regex.compile(r"(?:[a-h]|[ivx]{1,4})\.")  # the letter or roman number of a list item
SENTENCE_END = {".", "!", "?", "…", "。", "！", "？"}
# A line ending in a colon keeps the bulleted list under it in its sentence ("Treats:\n- arthritis");
# so does a question the list answers, one with a question word ("What can NAD+ help with?\n-
# fatigue", 「どんな症状に効くの？」). Under a yes/no question the list is what the question asks
# about ("Can stem cells cure these?\n- autism"): it stays on its own lines.
LIST_INTRO_ENDS = {":", "\uff1a"}
QUESTION_ENDS = {"?", "\uff1f"}
QUESTION_WORDS = {"what", "which", "who", "where", "when", "how", "\u3069\u3093\u306a", "\u3069\u306e",
                  "\u4f55", "\u306a\u306b", "\u3069\u3046\u3044\u3046", "\u3069\u3046\u3044\u3063\u305f",
                  "\u3069\u306e\u3088\u3046"}  # … どんな どの 何 なに どういう どういった どのよう
# A short line that opens with one of HEADING_MARKS and has no stop mark is a heading, and keeps a
# list of other marks under it in its sentence too ("■期待できる効果\n・慢性的な疲れ").
MAX_HEADING_TOKENS = 10
HEADING_MARKS = {"■", "□", "◆", "●", "★", "☆", "▶"}
# "No. 1", "approx. 3 sessions": a full stop after these does not end a sentence.
ABBREVIATIONS = {"no", "nos", "vs", "approx", "ca", "fig", "st", "mr", "mrs", "ms", "prof", "dr", "ref", "vol", "inc", "ltd", "co"}
# A Japanese quotation that ends in 。！？ (「がんが治る！」) ends no sentence when the sentence
# goes on after it: with a quoting particle (と, って, など …), directly or after more quotations
# on the line (「…！」「…！」のような表現は). Sudachi splits といった, のような, という after their first word.
JA_OPENING_QUOTES = {mark: closing for mark, closing in DOUBLE_QUOTES.items() if mark in "\u300c\u300e"}  # 「『
JA_CLOSING_QUOTES = set(JA_OPENING_QUOTES.values())
JA_QUOTING_PARTICLES = {"\u3068", "\u3063\u3066", "\u306e", "\u306a\u3069", "\u3068\u304b", "\u3084", "\u306f",
                        "\u304c", "\u3092", "\u3082", "\u306a\u3093\u3066"}  # と って の など とか や は が を も なんて
MAX_QUOTED_RUN = 80  # tokens of further quotations looked through for the particle
# An English quotation that opens inside a sentence and ends in its own ! ? . ends no sentence
# when the sentence goes on in lower case or with another quotation ('Phrases such as
# "Guaranteed results!" and "Best clinic in town!" are not allowed.'). One that opens a
# sentence ('"It cured my pain!" says Mark') is left to the sentencizer.
EN_QUOTES = {mark: closing for mark, closing in DOUBLE_QUOTES.items() if mark not in JA_OPENING_QUOTES}  # “ "
EN_CLOSING_QUOTES = set(EN_QUOTES.values())  # ” "
QUOTE_JOINERS = {",", "and", "or", "\u201c", '"'}
# Social copy ends a clause with emoji instead of a stop ("Works even if you never diet 😂 clients
# are down 6 kg"): a run of emoji followed by a word ends the sentence, so a cue before the emoji
# ("even if") does not reach the claim after it. What counts: pictographs and what joins or
# modifies them (zero-width joiner, variation selectors, skin tones, gender signs).
EMOJI_ANYWHERE = regex.compile(r"\p{Extended_Pictographic}")
EMOJI_CHARACTERS = r"\p{Extended_Pictographic}\u200d\ufe0f\U0001F3FB-\U0001F3FF\u2640\u2642"
EMOJI = regex.compile(f"^[{EMOJI_CHARACTERS}]+$")
EMOJI_CHAR = regex.compile(f"[{EMOJI_CHARACTERS}]")
MAX_CHARS = 60_000_000
FULL_STOP = get_string_id(".")  # (string-store keys are the hash of the string)
FOLLOWING_NOUN = "\u6cbb\u7642"  # 治療: what follows a Japanese phrase whose last word reads two ways


def sentence_starts(view: TokenView, punct_keys: numpy.ndarray) -> numpy.ndarray:
    """Where sentences start: spaCy's sentencizer rule (a sentence ends after a run of
    sentence-final punctuation), then the line rules of ad copy.

    A blank line always ends a sentence. A line that ends with ':' keeps the bulleted list
    under it in its sentence ("Treats:\\n- arthritis\\n- COPD"). A line that continues in
    lower case is a wrapped sentence. Any other line break ends a sentence (headings,
    bullets, short lines). "No. 1" and "approx. 3" do not end a sentence, nor does a Japanese
    quotation closed after its own 。！？ when a quoting particle follows it, directly or after
    more quotations (「シミが消える！」と宣伝, 「…！」「…！」のような表現); nor does an English
    quotation that opens inside a sentence, ends in its own ! ? . and is followed by lower case
    or another quotation ('Phrases such as "Guaranteed results!" and "…!" are not allowed'); nor
    does an aside in brackets whose "?" or "!" a comma follows ('"clinically proven" (by whom?), …').

    ``punct_keys``: string-store keys of the sentence-final characters. The sentencizer rule
    runs on numpy columns; the line rules visit only line breaks and full stops. Returns a
    boolean array, True where a sentence starts.
    """
    size = view.size
    if not size:
        return numpy.zeros(0, dtype=bool)
    orth = view.array("text")
    final = member(orth, punct_keys)
    # A token that is neither punctuation nor sentence-final starts a sentence when a final
    # token stands between it and the previous such token (spaCy's Sentencizer.predict).
    plain = numpy.flatnonzero(~(view.array("is_punct").astype(bool) | final))
    finals_before = numpy.cumsum(final)[plain]
    previous = numpy.concatenate(([0], finals_before[:-1]))
    starts = numpy.zeros(size, dtype=bool)
    starts[plain[finals_before > previous]] = True
    starts[0] = True

    words = view.column("text")  # (the claims read this column and is_space's too)
    text = words.__getitem__
    is_space_array, is_space = view.array("is_space"), view.column("is_space")
    like_num, is_lower = view.array("like_num"), view.array("is_lower")

    def is_bullet(index: int) -> bool:
        word = words[index]
        if word == "*" and index + 1 < size and words[index + 1] == "*":
            return False  # Markdown bold ("**Claim:** …"), not a bullet
        if word in BULLETS or LETTER_ITEM.fullmatch(word):
            return True  # "-", "•", "a.", "iv."
        return ((bool(like_num[index]) or LETTER_ITEM.fullmatch(word + ".") is not None)
                and index + 1 < size and words[index + 1] in {".", ")"})  # "1." "2)" "b)" "b ."

    # (a token's lower_ is its text.lower(): spaCy's LOWER lexeme attribute)
    for index in numpy.flatnonzero(orth[:-1] == FULL_STOP).tolist():
        if (index > 0 and words[index - 1].lower() in ABBREVIATIONS and not is_space[index + 1]
                and (like_num[index + 1] or is_lower[index + 1])):
            starts[index + 1] = False
        elif index > 0 and like_num[index - 1] and (index == 1 or "\n" in words[index - 2]):
            starts[index + 1: index + 3] = False  # the number of a list line ("1. \"Guaranteed\" …") ends nothing

    closes_english_quotation = False  # a closing English quotation mark after a final mark
    for closing in numpy.flatnonzero(final[:-1]).tolist():
        after_final = words[closing + 1]
        if after_final in EN_CLOSING_QUOTES:
            closes_english_quotation = True
        elif after_final in (")", "]"):  # an aside "(by whom?)" or "(really!)" in mid-sentence: a comma follows
            after = closing + 2
            while after < size and (is_space[after] or words[after] in (")", "]")):
                after += 1
            if after < size and words[after] in (",", ";"):
                following = after + 1
                while following < size and (is_space[following] or words[following] in EN_QUOTES):
                    following += 1
                if following < size:
                    starts[following] = False
        elif after_final in JA_CLOSING_QUOTES:
            end = _quotation_goes_on(text, is_space, closing + 2, size)
            if end is not None:
                starts[closing + 1 : end + 1] = False

    # A walk over every token, so only where it can find something: no quotation ends in its
    # own stop mark where no closing mark follows a final mark.
    if closes_english_quotation:
        _join_embedded_quotations(view, starts, final, is_lower)

    if EMOJI_ANYWHERE.search(view.page_text):
        _end_at_emoji(view, starts)

    in_list, list_mark = False, None
    line_start = 0
    for index in numpy.flatnonzero(is_space_array[:-1]).tolist():
        word = words[index]
        if "\n" not in word:
            continue
        following = index + 1
        before = words[index - 1] if index > 0 else None
        mark = words[following]
        introduces = before is not None and (before in LIST_INTRO_ENDS
                                             or introduces_list(text, line_start, index) and words[line_start] != mark)
        if in_list and mark in HEADING_MARKS and mark != list_mark:
            in_list = False  # the next ■heading after a list of ・ items opens a sentence of its own
        line_start = following
        if is_bullet(following) and (introduces or in_list):
            if not in_list:
                list_mark = mark
            in_list = True  # a list stays with the line that introduces it, blank line or not
            starts[index] = starts[following] = False  # (the line break too: after a stop mark it would start one)
        elif word.count("\n") >= 2 or before is None:
            in_list = False
            starts[following] = True
        else:
            in_list = False
            wrapped = before not in SENTENCE_END and is_lower[following]
            starts[following] = not wrapped
    return starts


def introduces_list(word: Callable[[int], str], line_start: int, line_end: int) -> bool:
    """Whether the line of tokens [line_start, line_end) can introduce a list under it: it ends
    in a colon, or is a question with a question word, or a short heading that opens with one of
    HEADING_MARKS and has no stop mark. ``word(i)``: the text of token i."""
    last = word(line_end - 1)
    if last in LIST_INTRO_ENDS:
        return True
    if last in QUESTION_ENDS:
        return any(word(i).lower() in QUESTION_WORDS for i in range(line_start, line_end))
    return word(line_start) in HEADING_MARKS and last not in SENTENCE_END and line_end - line_start <= MAX_HEADING_TOKENS


def _join_embedded_quotations(view: TokenView, starts: numpy.ndarray, final: numpy.ndarray,
                              is_lower: numpy.ndarray) -> None:
    """Clear the sentence starts after English quotations that open inside a sentence and end
    in their own stop mark, where the sentence goes on after them (see EN_QUOTES)."""
    words = view.column("text")
    size = len(words)
    for first, closing in quote_ranges(words, 0, EN_QUOTES):
        if not (0 < closing < size - 1 and final[closing - 1]) or first < 2 or starts[first]:
            continue  # not ended by its own stop mark, or opening its sentence
        if "\n" in words[first - 2] or not words[first - 2].strip():
            continue  # opening a line
        index, opened = closing + 1, False
        while index < size and words[index].lower() in QUOTE_JOINERS:
            opened = opened or words[index] in EN_QUOTES
            index += 1
        if index < size and words[index].strip() and (is_lower[index] or opened):
            starts[closing + 1 : index + 1] = False


def _end_at_emoji(view: TokenView, starts: numpy.ndarray) -> None:
    """A word after a run of emoji that follows a word starts a sentence (see EMOJI).

    Only the tokens that hold one of EMOJI's characters can be emoji: they are found from
    where those characters stand in the page text, not by a regex on every token."""
    words, page = view.column("text"), view.page_text
    positions = [match.start() for match in EMOJI_CHAR.finditer(page)]
    candidates = numpy.unique(numpy.searchsorted(view.array("idx"), positions, side="right") - 1).tolist()
    emoji = [index for index in candidates if EMOJI.match(words[index])]
    is_alpha, size = view.array("is_alpha"), len(words)
    for number, first in enumerate(emoji):
        if number and emoji[number - 1] == first - 1:
            continue  # not the first of its run
        if first == 0 or not (is_alpha[first - 1] or words[first - 1].isdigit()):
            continue  # the run follows no word
        end = first + 1
        while end < size and EMOJI.match(words[end]):  # (the run's other tokens are next in ``emoji``)
            end += 1
        if end < size and is_alpha[end]:
            starts[end] = True


def _quotation_goes_on(text, is_space, index: int, size: int) -> int | None:
    """After a Japanese quotation closed at ``index - 1``: where the sentence goes on (the
    quoting particle, past any further quotations on the line), or None when it does not."""
    limit = min(size, index + MAX_QUOTED_RUN)
    while index < limit:
        word = text(index)
        if is_space[index]:
            return None  # a line break or a space: the line rules decide
        if word in JA_QUOTING_PARTICLES:
            return index
        closing = JA_OPENING_QUOTES.get(word)
        if closing is None:
            return None
        index += 1
        while index < limit and text(index) != closing and not is_space[index]:
            index += 1
        index += 1  # past the closing mark
    return None


@Language.factory("claimaudit_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    strings = nlp.vocab.strings
    punct_keys = numpy.array(sorted({strings.add(char) for char in (*Sentencizer.default_punct_chars, ".")}), dtype="uint64")

    def claimaudit_sentences(doc: Doc) -> Doc:
        """Sentence boundaries from token columns (no Token objects): see :func:`sentence_starts`."""
        view = token_view(doc)
        starts = sentence_starts(view, punct_keys)
        if starts.size:
            values = numpy.where(starts, 1, -1).astype("int64").astype("uint64")  # -1: not a start
            doc.from_array([SENT_START], values.reshape(-1, 1))
            view.set_array("is_sent_start", starts)
        return doc

    return claimaudit_sentences


class LexiconMatcher:
    """Finds every lexicon phrase and token pattern; stores hits as ``doc._.claimaudit_hits``.

    Phrases are matched on one token attribute (``match_attr``: LOWER for English, NORM for
    Japanese), through :class:`analyzer.phrases.PhraseIndex`; token patterns (spaCy Matcher
    syntax) through :class:`analyzer.patterns.PatternIndex`.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon, match_attr: str = "LOWER", phrases: PhraseIndex | None = None):
        """``phrases``: the lexicon's phrase index when already compiled (from the disk cache)."""
        self.lexicon = lexicon
        self.attribute = match_attr.lower() + "_"
        self.phrases = phrases if phrases is not None else compile_phrases(nlp, lexicon, self.attribute)
        patterns = [(rule.key, rule.pattern, rule.where) for rule in (*lexicon.claim_rules, *lexicon.entity_rules,
                                                                     *lexicon.context_rules) if rule.pattern]
        self.patterns = PatternIndex(patterns, self.attribute)

    def __call__(self, doc: Doc) -> Doc:
        view = token_view(doc)
        hits = self.phrases.find(view.column(self.attribute), view.array(self.attribute))
        hits.extend(self.patterns.find(view))
        doc._.set(HITS, tuple(hits))
        return doc


def compile_phrases(nlp: Language, lexicon: Lexicon, attribute: str) -> PhraseIndex:
    """Every match string of the lexicon, tokenized by ``nlp`` (``attribute``: ``lower_`` or
    ``norm_`` of the tokens) and indexed."""
    words: dict[str, tuple[tuple[str, ...], ...]] = {}  # chunk -> its readings
    # One object per distinct token string and token sequence: Japanese options are tokenized
    # whole (no spaces), so without this the cached index holds each token thousands of times
    # (ja: 8.6 MB and 0.21 s to load, against 4.8 MB and 0.05 s).
    shared: dict = {}
    split = _fast_norms(nlp) if attribute == "norm_" else None
    special_cases = getattr(nlp.tokenizer, "rules", None) or {}

    def readings(text: str) -> tuple[tuple[str, ...], ...]:
        """The token sequences ``text`` can read as in running text (usually one)."""
        # spaCy tokenizes each space-separated chunk on its own, so chunks can be cached.
        found: list[tuple[str, ...]] = [()]
        for chunk in text.split():
            if chunk not in words:
                if split:
                    words[chunk] = split(chunk)
                elif attribute == "lower_" and chunk.isascii() and chunk.isalpha() and chunk not in special_cases:
                    words[chunk] = ((chunk.lower(),),)  # a plain word is one token: no need to ask the tokenizer
                else:
                    words[chunk] = (tuple(getattr(t, attribute) for t in nlp.make_doc(chunk) if not t.is_space),)
            found = [done + more for done in found for more in words[chunk]]
        return tuple(shared.setdefault(tokens, tokens) for tokens in
                     (tuple(shared.setdefault(token, token) for token in reading) for reading in found))

    compiled = [compile_phrase(rule.key, match, readings, rule.where)
                for rule in (*lexicon.claim_rules, *lexicon.entity_rules, *lexicon.context_rules) for match in rule.matches]
    return PhraseIndex(compiled)


def _tokenizer_versions(nlp: Language) -> str:
    """Versions of what tokenizes lexicon phrases besides spaCy (SudachiPy and its dictionary)."""
    from importlib import metadata

    found = [type(nlp.tokenizer).__module__]
    for package in ("sudachipy", "sudachidict-core"):
        try:
            found.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            pass
    return ";".join(found)


def _fast_norms(nlp: Language):
    """For Japanese: Sudachi's normalised forms of a lexicon phrase (each way it can read in
    running text) straight from SudachiPy,
    about six times faster than a spaCy Doc per phrase (the same tokenizer and split mode
    spaCy uses, so the same norms). None where the tokenizer is not Sudachi."""
    sudachi = getattr(nlp.tokenizer, "tokenizer", None)
    if sudachi is None or not hasattr(sudachi, "tokenize"):
        return None

    def norms(chunk: str) -> tuple[tuple[str, ...], ...]:
        alone = [(m.surface(), m.normalized_form(), m.end()) for m in sudachi.tokenize(chunk)]
        found = [tuple(norm for surface, norm, _ in alone if surface.strip())]
        if alone and alone[-1][:2] == ("\u3067", "\u3060"):
            # On its own a final で reads as the copula (だ), as it does in running text after an
            # adjectival noun (安全で効果的). After a noun in running text it is the particle
            # (研究で, 細胞レベルで, たった1回で): the phrase keeps both readings.
            in_text = [(m.surface(), m.normalized_form(), m.end()) for m in sudachi.tokenize(chunk + FOLLOWING_NOUN)]
            kept = [m for m in in_text if m[2] <= len(chunk)]
            if kept and kept[-1][2] == len(chunk):
                found.append(tuple(norm for surface, norm, _ in kept if surface.strip()))
        return tuple(dict.fromkeys(found))

    return norms


@Language.factory(
    "claimaudit_matcher",
    assigns=["doc._.claimaudit_hits"],
    default_config={"lang": "en", "extra_dirs": []},
)
def make_lexicon_matcher(nlp: Language, name: str, lang: str, extra_dirs: list[str]) -> LexiconMatcher:
    register_extensions()
    lexicon = load_lexicon(lang, tuple(extra_dirs))
    match_attr = language_settings()[lang]["match_attr"]
    attribute = match_attr.lower() + "_"
    key = content_key("phrases", lexicon_dirs(tuple(extra_dirs)), lang, match_attr, _tokenizer_versions(nlp))
    return LexiconMatcher(nlp, lexicon, match_attr, cached("phrases", key, lambda: compile_phrases(nlp, lexicon, attribute)))


@lru_cache(maxsize=1)
def language_settings() -> dict[str, dict]:
    """``lexicons/languages.yml``: the spaCy language and match attribute of each language."""
    with (data_dir("lexicons") / "languages.yml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with settings in languages.yml and claim lexicons under lexicons/claims/."""
    root = data_dir("lexicons") / "claims"
    return tuple(lang for lang in language_settings() if any((root / lang).glob("*.yml")))


@cached_with_errors(maxsize=8)
def build_pipeline(lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> Language:
    """A blank spaCy pipeline for ``lang`` with claimaudit's components."""
    register_extensions()
    nlp = spacy.blank(language_settings()[lang]["spacy"])
    nlp.max_length = MAX_CHARS
    remember_affix_searches(nlp.tokenizer)
    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS  # (see _ChunkCacheFeeder)
    nlp.add_pipe("claimaudit_sentences")
    nlp.add_pipe("claimaudit_matcher", config={"lang": lang, "extra_dirs": list(extra_dirs)})
    return nlp


# Chunks (whitespace-separated strings) spaCy's tokenizer may keep the tokens of: its default keeps
# only the first 10,000 it meets, and a megabyte of ad copy has some 20,000.
TOKENIZER_CACHE_CHUNKS = 100_000


class _ChunkCacheFeeder:
    """Gets the chunks the tokenizer split afresh on a page into its cache, for the next pages.

    spaCy's tokenizer keeps the tokens of each chunk it splits (``Tokenizer._cache``), but only
    up to the first special case of the Doc ("don't", "Dr.", "—": its has_special flag stays
    set for the rest of the Doc, spaCy issue #1250): two thirds of a page's chunks come after
    one, and a chunk that never stands before one on any page goes through the affix searches
    every time it occurs. Those chunks are known: the tokenizer asks its prefix search about a
    chunk only when it splits the chunk afresh, and that search notes what it is asked
    (:meth:`_RememberedSearch.noting_lookup`). After the page, those not offered before are
    tokenized together in a Doc of their own, whole-chunk special cases left out and
    plain words (letters and digits only, which hardly ever hold a special case inside) first:
    spaCy keeps the tokens of all of them before the first special case met there. The tokens
    are spaCy's own either way (its cache is its own); a chunk not kept is split as before.
    """

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.special_cases = frozenset(tokenizer.rules or ())
        self.offered: set[str] = set()  # strings already given to the tokenizer this way

    def feed(self, asked: list[str]) -> None:
        """Offer those of ``asked`` (what the prefix search was asked while a page was
        tokenized: its chunks split afresh, and what was left of them as prefixes and suffixes
        came off, each a chunk of some page as well) that were not offered before."""
        if len(self.offered) >= TOKENIZER_CACHE_CHUNKS:
            return  # (the tokenizer's cache is full by now)
        new = set(asked).difference(self.offered)  # (a chunk that cannot be kept is asked about again)
        self.offered.update(new)
        new.difference_update(self.special_cases)
        plain = sorted(chunk for chunk in new if chunk.isalnum())
        other = sorted(chunk for chunk in new if not chunk.isalnum())
        if plain or other:
            self.tokenizer(" ".join(plain + other))


_FEEDERS: ByIdentity[Tokenizer, _ChunkCacheFeeder] = ByIdentity(limit=16)


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``; where spaCy's rule-based tokenizer split chunks of ``text``
    afresh, those are then fed to its cache (:class:`_ChunkCacheFeeder`)."""
    doc = nlp.make_doc(text)
    prefix_search = getattr(nlp.tokenizer, "prefix_search", None)
    asked = getattr(getattr(prefix_search, "__self__", None), "asked", None)
    if asked:  # (None: no noting search; empty: every chunk came from the cache or the special cases)
        _FEEDERS.get(nlp.tokenizer, _ChunkCacheFeeder).feed(asked)
        asked.clear()
    return doc


AFFIX_MEMO_LIMIT = 50_000  # strings remembered per affix search before its memo starts again
ASKED_LIMIT = 100_000  # strings the prefix search notes between two make_doc (a Doc made otherwise is not read)


class _RememberedSearch(Remembered):
    """One of a spaCy tokenizer's affix searches (``suffix_search`` …), its answers
    remembered per string; its ``__getitem__`` stands in for the search.

    spaCy's tokenizer caches the tokens of each whitespace-separated chunk, but not after the
    first special case of a Doc (an "e.g.", a "don't": spaCy's has_special flag stays set for
    the rest of the Doc), so on a long page most chunks go through the affix regexes every time
    they occur, and that is most of the tokenizer's time. The answers depend on the string
    alone, so they are remembered."""

    __slots__ = ("search", "asked")

    def __init__(self, search: Callable, listed: bool = False):
        # listed (infix_finditer): its matches kept as a list, an iterator being read only once
        super().__init__((lambda string: list(search(string))) if listed else search, AFFIX_MEMO_LIMIT)
        self.search = search
        self.asked: list[str] = []  # what ``noting_lookup`` was asked since make_doc last read it

    def noting_lookup(self, string: str):
        """``self[string]``, ``string`` noted in ``asked`` (up to ASKED_LIMIT strings): the
        tokenizer's prefix search, through which make_doc learns what chunks were split afresh."""
        if len(self.asked) < ASKED_LIMIT:
            self.asked.append(string)
        return self[string]

    @property
    def pattern(self) -> str:
        """The wrapped regex's pattern: what ``Tokenizer.to_bytes`` saves of a search."""
        return self.search.__self__.pattern


def remember_affix_searches(tokenizer) -> None:
    """Wrap the prefix, suffix, infix, token and URL searches of a rule-based spaCy tokenizer
    in ``_RememberedSearch`` (the same tokens, fewer regex runs); another tokenizer (Sudachi
    for Japanese) is left as it is."""
    if not isinstance(tokenizer, Tokenizer):
        return
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        search = getattr(tokenizer, name)
        if search is not None:
            remembered = _RememberedSearch(search, listed=name == "infix_finditer")
            setattr(tokenizer, name, remembered.noting_lookup if name == "prefix_search" else remembered.__getitem__)
