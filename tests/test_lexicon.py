"""The lexicons are data: they load, validate, and cover every span-level category."""

from __future__ import annotations

import pytest
import yaml

from analyzer.errors import LexiconError
from analyzer.lexicon import expand, load_claim_file, load_context_file, load_lexicon, load_taxonomy
from analyzer.resources import data_dir

LEXICONS = data_dir("lexicons")


def test_expand_alternatives_optional_and_nested_groups():
    assert expand("(cure|cures) (of )?cancer") == ["cure cancer", "cure of cancer", "cures cancer", "cures of cancer"]
    assert expand("exosome(s)?") == ["exosome", "exosomes"]
    assert expand("metastatic tumo(u)?r(s)?") == ["metastatic tumor", "metastatic tumors", "metastatic tumour", "metastatic tumours"]


@pytest.mark.parametrize("bad", ["a (b|c", "a b|c)", "(x"])
def test_expand_rejects_unbalanced_groups(bad):
    with pytest.raises(LexiconError) as error:
        expand(bad, "file.yml: terms[1]")
    assert error.value.code == "CA104" and "file.yml" in str(error.value)


@pytest.mark.parametrize("bad", ["(very )*good", "(a|b)+ cure", "(so ){2}safe"])
def test_a_group_repeated_like_a_regex_is_an_error_not_a_silent_non_match(bad):
    with pytest.raises(LexiconError) as error:
        expand(bad, "file.yml: terms[1]")
    assert error.value.code == "CA104" and "only '?'" in str(error.value) and "file.yml" in str(error.value)
    assert expand("NAD+ drip") == ["NAD+ drip"]  # a plus that follows no group is a character


def test_expand_limits_explosion():
    with pytest.raises(LexiconError) as error:
        expand("(a|b|c|d|e|f|g|h|i|j) " * 5)
    assert error.value.code == "CA105"


def test_unknown_key_is_rejected_with_file_and_key(tmp_path):
    path = tmp_path / "superlative.yml"
    path.write_text("category: SUPERLATIVE_COMPARATIVE\nlang: en\nterms:\n  - {match: the best, note: x, weight: 2}\n")
    with pytest.raises(LexiconError) as error:
        load_claim_file(path, {"SUPERLATIVE_COMPARATIVE"})
    message = str(error.value)
    assert error.value.code == "CA102" and "superlative.yml" in message and "weight" in message


@pytest.mark.parametrize("value", ["[switch, on]", "[off, now]", "[7, days]", "yes"])
def test_pattern_value_that_yaml_reads_as_no_text_is_a_coded_error(tmp_path, value):
    # YAML turns bare on/off/yes/no and numbers into booleans and ints
    path = tmp_path / "cure.yml"
    spec = f"{{IN: {value}}}" if value.startswith("[") else value
    path.write_text(f"category: CURE_TREATMENT_CLAIM\nlang: en\npatterns:\n  - {{pattern: [{{LOWER: {spec}}}], note: x}}\n")
    with pytest.raises(LexiconError) as error:
        load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    assert error.value.code == "CA109" and "cure.yml" in str(error.value) and "quote" in str(error.value)


def test_unknown_category_and_bad_context_status_are_rejected(tmp_path):
    claim = tmp_path / "c.yml"
    claim.write_text("category: MIRACLE\nlang: en\nterms: []\n")
    with pytest.raises(LexiconError, match="unknown category"):
        load_claim_file(claim, {"SUPERLATIVE_COMPARATIVE"})
    context = tmp_path / "en.yml"
    context.write_text("lang: en\nrules:\n  - {match: not, status: denied, note: x}\n")
    with pytest.raises(LexiconError, match="status must be one of"):
        load_context_file(context)


def test_taxonomy_has_the_25_categories_of_the_reference():
    taxonomy = load_taxonomy()
    assert len(taxonomy.categories) == 25
    assert [c for c in taxonomy.categories if c.startswith("MISSING_")] == [
        "MISSING_UNAPPROVED_DISCLOSURE", "MISSING_RISK_DISCLOSURE", "MISSING_COST_DISCLOSURE"]


def test_every_span_level_category_has_an_english_lexicon_with_notes():
    taxonomy = load_taxonomy()
    lexicon = load_lexicon("en")
    covered = {rule.category for rule in lexicon.claim_rules}
    span_level = {c.id for c in taxonomy.categories.values() if not c.document_level}
    assert span_level - covered == set()
    assert all(rule.note.strip() for rule in lexicon.claim_rules)


def test_every_lexicon_file_is_valid_yaml_with_a_language():
    for path in LEXICONS.rglob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict), path


@pytest.mark.parametrize("expression", ["^(cure|heal", "[z-a]", "\\p{NoSuchProperty}"])
def test_a_bad_regex_in_a_token_pattern_is_a_coded_error_naming_the_file(tmp_path, expression):
    path = tmp_path / "cure.yml"
    path.write_text("category: CURE_TREATMENT_CLAIM\nlang: en\npatterns:\n"
                    f"  - {{pattern: [{{LOWER: {{REGEX: '{expression}'}}}}], note: x}}\n")
    with pytest.raises(LexiconError) as error:
        load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    assert error.value.code == "CA109" and "cure.yml" in str(error.value) and "REGEX" in str(error.value)


def test_token_regexes_read_both_plain_syntax_and_unicode_properties(tmp_path):
    from analyzer.audit import AuditOptions, audit_text

    extra = tmp_path / "claims" / "en"
    extra.mkdir(parents=True)
    (extra / "mine.yml").write_text(
        "category: CURE_TREATMENT_CLAIM\nlang: en\npatterns:\n"
        "  - {pattern: [{LOWER: {REGEX: '^moonbeam(s)?$'}}, {LOWER: cures}], note: plain syntax}\n"
        "  - {pattern: [{ORTH: {REGEX: '^\\p{Lu}\\p{Ll}+ium$'}}, {LOWER: heals}], note: a Unicode property}\n")
    options = AuditOptions(extra_lexicon_dirs=(str(tmp_path),))
    found = audit_text("Moonbeams cures it. Then Stellarium heals it. But stellarium heals nothing.", options=options)
    assert sorted(c.text for c in found.claims if c.category == "CURE_TREATMENT_CLAIM") == ["Moonbeams cures",
                                                                                           "Stellarium heals"]


def test_extra_lexicon_directory_adds_a_phrase_without_python(tmp_path):
    from analyzer.audit import AuditOptions, audit_text

    text = "Our moonbeam elixir is a wonder."
    assert not audit_text(text).findings
    extra = tmp_path / "claims" / "en"
    extra.mkdir(parents=True)
    (extra / "mine.yml").write_text(
        "category: CURE_TREATMENT_CLAIM\nlang: en\nterms:\n  - {match: 'moonbeam elixir is a wonder', note: test phrase}\n")
    result = audit_text(text, options=AuditOptions(extra_lexicon_dirs=(str(tmp_path),)))
    assert {f.category for f in result.findings} == {"CURE_TREATMENT_CLAIM"}  # one finding per rule pack rule


def test_answers_block_of_a_context_file_is_validated(tmp_path):
    context = tmp_path / "en.yml"
    base = "lang: en\nrules: []\nanswers:\n  unit: words\n  max_length: 8\n  rules:\n"
    context.write_text(base + "    - {status: asserted, starts: [yes, absolutely], note: x}\n")
    with pytest.raises(LexiconError, match="quoted") as error:  # bare yes is a boolean in YAML
        load_context_file(context)
    assert error.value.code == "CA109"
    context.write_text(base + "    - {status: maybe, starts: ['yes'], note: x}\n")
    with pytest.raises(LexiconError, match="status must be"):
        load_context_file(context)
    context.write_text(base + "    - {status: negated, regex: '(unclosed', note: x}\n")
    with pytest.raises(LexiconError, match="bad regex"):
        load_context_file(context)
    context.write_text(base + "    - {status: asserted, starts: ['yes', 'of course'], note: x}\n")
    answers = load_context_file(context).answers
    assert answers.unit == "words" and answers.rules[0].starts == ("yes", "of course")


def test_answer_words_are_data_an_extra_directory_can_change(tmp_path):
    from analyzer.audit import AuditOptions, audit_text

    text = "Can our NAD+ drip reverse type 2 diabetes? Totally."

    def cure(options: AuditOptions) -> list[str]:
        return [c.assertion for c in audit_text(text, options=options).claims if c.category == "CURE_TREATMENT_CLAIM"]

    assert cure(AuditOptions()) == ["asserted"]  # the bundled answers: "Totally." affirms
    (tmp_path / "context").mkdir()
    (tmp_path / "context" / "en.yml").write_text(
        "lang: en\nrules: []\nanswers:\n  unit: words\n  max_length: 8\n  rules:\n"
        "    - {status: asserted, starts: ['yes'], note: only yes affirms here}\n")
    assert cure(AuditOptions(extra_lexicon_dirs=(str(tmp_path),))) == ["question"]


def test_a_broken_extra_lexicon_fails_each_audit_at_once_with_the_same_coded_error(tmp_path, monkeypatch):
    """The lexicon is read once per process: a second audit with the same broken directory
    raises the same error without reading the files (or building a pipeline) again."""
    import analyzer.lexicon as lexicon_module
    from analyzer.audit import AuditOptions, audit_text

    broken = tmp_path / "claims" / "en"
    broken.mkdir(parents=True)
    (broken / "bad.yml").write_text("category: CURE_TREATMENT_CLAIM\nlang: en\nterms:\n  - match: cures (cancer\n"
                                    "    note: unbalanced\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", "off")
    reads = []
    real = lexicon_module._load_lexicon
    monkeypatch.setattr(lexicon_module, "_load_lexicon", lambda *args: reads.append(args) or real(*args))
    options = AuditOptions(lang="en", extra_lexicon_dirs=(str(tmp_path),))
    errors = []
    for _ in range(3):
        with pytest.raises(LexiconError) as caught:
            audit_text("Our drip cures cancer.", options=options)
        errors.append(str(caught.value))
    assert len(set(errors)) == 1 and "bad.yml" in errors[0] and errors[0].startswith("CA104")
    assert len(reads) == 1


def test_a_context_rule_takes_either_a_phrase_or_a_token_pattern(tmp_path):
    context = tmp_path / "en.yml"
    context.write_text("lang: en\nrules:\n  - {status: negated, note: x}\n")
    with pytest.raises(LexiconError, match="either match"):
        load_context_file(context)
    context.write_text("lang: en\nrules:\n  - {match: not, pattern: [{LOWER: not}], status: negated, note: x}\n")
    with pytest.raises(LexiconError, match="either match"):
        load_context_file(context)
    context.write_text("lang: en\nrules:\n  - {pattern: [{SHAPE: xx}], status: negated, note: x}\n")
    with pytest.raises(LexiconError, match="unsupported token attribute"):
        load_context_file(context)


def test_an_extra_context_file_adds_a_token_pattern_cue_without_python(tmp_path):
    """A cue whose middle words vary ("Not one of the drips on this menu … will") is a pattern in
    an extra directory's context file; its rules must not be confused with the bundled ones."""
    from analyzer.audit import AuditOptions, audit_text

    text = "Not one of the seven drips on this menu will cure arthritis."
    before = {c.category: c.assertion for c in audit_text(text, lang="en").claims}
    assert before.get("CURE_TREATMENT_CLAIM") == "asserted"
    (tmp_path / "context").mkdir()
    (tmp_path / "context" / "en.yml").write_text(
        "lang: en\nrules:\n"
        "  - pattern: [{LOWER: not}, {LOWER: one}, {LOWER: of}, {IS_PUNCT: false, OP: '{1,8}'}, {LOWER: will}]\n"
        "    status: negated\n    note: a negative subject with words between it and its verb\n")
    after = audit_text(text, lang="en", options=AuditOptions(extra_lexicon_dirs=(str(tmp_path),)))
    assert {c.category: c.assertion for c in after.claims}.get("CURE_TREATMENT_CLAIM") == "negated"


def test_a_report_genre_block_names_known_entity_labels(tmp_path):
    context = tmp_path / "en.yml"
    context.write_text("lang: en\nreport_genre: {min_reported: 3, min_share: 0.6, unquoted_unless_entities: [ADVERTISER]}\n"
                       "rules: []\n")
    with pytest.raises(LexiconError, match="unquoted_unless_entities"):
        load_context_file(context)
    context.write_text("lang: en\nreport_genre: {min_reported: 3, min_share: 0.6, unquoted_unless_entities: [PROMO]}\n"
                       "rules: []\n")
    genre = load_context_file(context).report_genre
    assert (genre.min_reported, genre.min_share, genre.unquoted_unless_entities) == (3, 0.6, ("PROMO",))
