"""The Text model: normalisation, tokens, paragraphs, sentences, quotations and offsets."""

from __future__ import annotations

import unicodedata

import attrs
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import documents

from conflictparse.model import Span
from conflictparse.text import (
    _COMBINING_MARKS,
    _SENTENCE_END,
    Sentence,
    Text,
    _starts_sentence,
    normalize,
)


def _examples(wanted: int) -> settings:
    return settings(
        max_examples=max(wanted, settings().max_examples),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _sentences(text: str) -> list[str]:
    doc = Text(text)
    return [doc.original[s.start : s.end] for s in doc.sentences]


def _quotes(text: str) -> list[tuple[str, bool]]:
    doc = Text(text)
    return [(doc.original[q.start : q.end], q.close_mark is not None) for q in doc.quotes]


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        ("plain ASCII.", "plain ASCII."),
        ("\u201cquoted\u201d", '"quoted"'),
        ("\u201equoted\u201c", '"quoted"'),
        ("\u00abquoted\u00bb", '"quoted"'),
        ("it\u2019s", "it's"),
        ("``quoted''", "''quoted''"),
        ("non\u2011breaking", "non-breaking"),
        ("a\u00a0b\u2009c\u3000d", "a b c d"),
        ("a\r\nb", "a \nb"),
        ("a\rb", "a\nb"),
        ("a\r\r\nb", "a\n \nb"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\x00b\x07c\x1bd", "a b c d"),
        ("a\u200bb\u200dc\ufeffd", "a b c d"),
        ("\u202eevil\u202c", " evil "),
        ("a\tb", "a\tb"),
        ("caf\u00e9 cafe\u0301", "caf\u00e9 cafe\u0301"),
        ("\U0001f600 \u0661\u0662", "\U0001f600 \u0661\u0662"),
        # Lone surrogates (a broken decode) are no text: each becomes a space, a pair of them too.
        ("a\ud800b", "a b"),
        ("\ud83d\ude00 \udfff", "    "),
        ("", ""),
    ],
)
def test_normalize(original: str, normalized: str) -> None:
    assert normalize(original) == normalized
    assert Text(original).normalized == normalized


def _reference_normalize(original: str) -> str:
    """The definition, one character at a time (slow, obviously right)."""
    table = {ord(c): '"' for c in "\u201c\u201e\u201f\u00ab\u2039\u300c\u201d\u00bb\u203a\u300d"}
    table.update({ord(c): '"' for c in '"\u2033\uff02'})
    table.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\uff07`"})
    table.update({ord(c): "-" for c in "\u2010\u2011"})
    mapped = original.translate(table)
    out = []
    for index, char in enumerate(mapped):
        if char == "\r":
            out.append(" " if mapped[index + 1 : index + 2] == "\n" else "\n")
        elif char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in {"Zl", "Zp"}:
            out.append("\n")
        elif unicodedata.category(char) in {"Zs", "Cc", "Cf", "Cs", "Co", "Cn"}:
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


@_examples(1000)
@given(text=documents())
def test_normalize_matches_its_definition(text: str) -> None:
    normalized = normalize(text)
    assert len(normalized) == len(text)
    assert normalized == _reference_normalize(text)
    assert normalize(normalized) == normalized


def test_normalize_is_fast_with_many_distinct_characters() -> None:
    # Over the replace-per-character limit: the translate path must give the same answer.
    text = "".join(chr(c) for c in range(0x2000, 0x2070)) * 3 + "\r\n\r"
    assert normalize(text) == _reference_normalize(text)


# --- tokens ------------------------------------------------------------------------------------

# A word: a letter or digit, then letters, digits and combining marks.
_REFERENCE_WORD = rf"[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}{_COMBINING_MARKS}]*"
_REFERENCE_TOKEN = regex.compile(
    rf"(?:\p{{L}}\.){{2,}}|{_REFERENCE_WORD}(?:['\-]{_REFERENCE_WORD})*|[^\p{{L}}\p{{N}}\s]"
)


def test_tokens() -> None:
    doc = Text("The U.S.-led coalition's 1,500 troops\u2014Kyiv's \u201cF-16s\u201d.")
    assert [t.text for t in doc.tokens] == [
        "The",
        "U.S.",
        "-",
        "led",
        "coalition's",
        "1",
        ",",
        "500",
        "troops",
        "\u2014",
        "Kyiv's",
        '"',
        "F-16s",
        '"',
        ".",
    ]
    for token in doc.tokens:
        assert doc.normalized[token.start : token.end] == token.text


def test_a_combining_mark_stays_in_its_word() -> None:
    # Decomposed (NFD) text: "Afrîn" is "Afri" + U+0302 + "n", "Erdoğan's" carries U+0306.
    doc = Text("Troops entered Afri\u0302n, Erdog\u0306an's office said. \u0301x")
    assert [t.text for t in doc.tokens] == [
        "Troops",
        "entered",
        "Afri\u0302n",
        ",",
        "Erdog\u0306an's",
        "office",
        "said",
        ".",
        "\u0301",  # a mark with no letter before it is a symbol of its own
        "x",
    ]


@_examples(1000)
@given(text=documents())
def test_tokens_match_their_definition(text: str) -> None:
    doc = Text(text)
    expected = [(m.start(), m.end(), m.group()) for m in _REFERENCE_TOKEN.finditer(doc.normalized)]
    assert [(t.start, t.end, t.text) for t in doc.tokens] == expected


def test_tokens_between() -> None:
    doc = Text("NATO warned Russia on Monday.")
    assert [t.text for t in doc.tokens_between(5, 18)] == ["warned", "Russia"]
    assert [t.text for t in doc.tokens_between(6, 18)] == ["Russia"]
    assert doc.tokens_between(100, 200) == ()


# --- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. Army said so. Then it left.", ["The U.S. Army said so.", "Then it left."]),
        ("Mr. Smith met Gen. Haddad. They spoke.", ["Mr. Smith met Gen. Haddad.", "They spoke."]),
        # the ranks of a specialist and a private first class (abbreviations.tsv)
        (
            "Spc. Ray Cole met Pfc. Ana Ruiz. They spoke.",
            ["Spc. Ray Cole met Pfc. Ana Ruiz.", "They spoke."],
        ),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ("It was 3.5 km away. Next.", ["It was 3.5 km away.", "Next."]),
        ('"We are ready." Then he left.', ['"We are ready."', "Then he left."]),
        ("\u201cWe are ready.\u201d Then he left.", ["\u201cWe are ready.\u201d", "Then he left."]),
        ("Really?! Yes!!! No... Maybe.", ["Really?!", "Yes!!!", "No...", "Maybe."]),
        ("It works\u2026 Next one.", ["It works\u2026", "Next one."]),
        ("a sentence. another one", ["a sentence. another one"]),
        ("Headline\n\nBody text. More text.", ["Headline", "Body text.", "More text."]),
        ("Line one.\r\nLine two.", ["Line one.", "Line two."]),
        ("Line one.\rLine two.", ["Line one.", "Line two."]),
        ("One.\u2029Two.", ["One.", "Two."]),
        ("no punctuation at all", ["no punctuation at all"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


@_examples(1500)
@given(text=documents())
def test_sentences_and_paragraphs_are_well_formed(text: str) -> None:
    doc = Text(text)
    paragraphs = doc.paragraphs
    previous = 0
    for start, end in paragraphs:
        assert previous <= start < end <= len(text)
        assert doc.normalized[start:end].strip()
        previous = end
    previous = 0
    for sentence in doc.sentences:
        assert previous <= sentence.start < sentence.end <= len(text)
        assert not doc.normalized[sentence.start].isspace()
        assert not doc.normalized[sentence.end - 1].isspace()
        para_start, para_end = paragraphs[sentence.paragraph]
        assert para_start <= sentence.start and sentence.end <= para_end
        assert doc.sentence_at(sentence.start) == sentence
        assert doc.sentence_at(sentence.end - 1) == sentence
        previous = sentence.end
    # Every non-space character is in some sentence.
    covered = sum(s.end - s.start for s in doc.sentences)
    assert covered >= len(doc.normalized.replace(" ", "").replace("\n", "").replace("\t", ""))


# The sentence-end rule in ``regex``'s Unicode classes, as it was written before the stdlib
# engine took it over: the stdlib pattern and its check on the next character must agree with it.
_REFERENCE_SENTENCE_END = regex.compile(
    r"""(?<![.!?\u2026])[.!?\u2026]++["')\]]*+(?=\s++(?:''|["'(\[])?[\p{Lu}\p{N}])"""
)
# Terminal marks, closers, openers and spaces, with letters and numbers of every case and kind:
# an upper-case É, a title-case ǅ, a Roman numeral Ⅳ, a fraction ½, a CJK ideograph.
_SENTENCE_EDGE = st.sampled_from(
    [
        *".!?\u2026\"')](['[ \n\t_-",
        "A",
        "a",
        "7",
        "\u00c9",
        "\u00e9",
        "\u00df",
        "\u01c5",
        "\u2163",
        "\u00bd",
        "\u4e00",
        "\u201c",
    ]
)


@_examples(2000)
@given(text=st.text(_SENTENCE_EDGE, max_size=30), data=st.data())
def test_sentence_ends_match_their_definition(text: str, data: st.DataObject) -> None:
    normalized = normalize(text)
    start = data.draw(st.integers(min_value=0, max_value=len(normalized)))
    end = data.draw(st.integers(min_value=start, max_value=len(normalized)))
    found = [
        match.end()
        for match in _SENTENCE_END.finditer(normalized, start, end)
        if _starts_sentence(normalized, match)
    ]
    expected = [m.end() for m in _REFERENCE_SENTENCE_END.finditer(normalized, start, end)]
    assert found == expected


def _paragraphs_by_lines(normalized: str) -> list[tuple[int, int]]:
    """The paragraph rule read character by character, the plain way.

    A line break, with the spaces and tabs after it, ends a paragraph when a blank line or the
    end follows it, or when the line before it (trailing whitespace aside) is short (under 60
    characters) or ends in terminal punctuation. Stretches of whitespace are no paragraphs.
    """
    breaks: list[int] = []
    line_start = 0
    for index, char in enumerate(normalized):
        if char != "\n":
            continue
        after = index + 1
        while after < len(normalized) and normalized[after] in " \t":
            after += 1
        line = normalized[line_start:index].rstrip()
        if normalized[after : after + 1] in {"\n", ""} or len(line) < 60 or line[-1] in ".!?:\"')":
            breaks.append(after)
        line_start = after
    bounds = zip([0, *breaks], [*breaks, len(normalized)], strict=True)
    return [(start, end) for start, end in bounds if normalized[start:end].strip()]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (
            "Headline\nBody of the story goes on and on, longer than any headline would be at all\n"
            "and runs over a second line.",
            [
                "Headline\n",
                "Body of the story goes on and on, "
                "longer than any headline would be at all\nand runs over a second line.",
            ],
        ),
        ("One.\n\n\nTwo.", ["One.\n", "Two."]),
        ("One.\n  \t\nTwo.\n", ["One.\n  \t", "Two.\n"]),  # a break takes its indent
        ("\n\n", []),
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    doc = Text(text)
    assert [text[start:end] for start, end in doc.paragraphs] == paragraphs


@_examples(1500)
@given(
    text=st.lists(
        st.sampled_from(["word", "A", ".", ":", '"', ")", " ", "\t", "\n", "\n\n", "x" * 30]),
        max_size=40,
    ).map("".join)
)
def test_paragraphs_follow_their_rule(text: str) -> None:
    assert list(Text(text).paragraphs) == _paragraphs_by_lines(text)


def test_sentence_at() -> None:
    doc = Text("One two. Three four.")
    assert doc.sentence_at(0) == doc.sentences[0]
    assert doc.sentence_at(8) is None  # the space between them
    assert doc.sentence_at(9) == doc.sentences[1]
    assert doc.sentence_at(1000) is None


# --- quotations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said "we are ready" today.', [("we are ready", True)]),
        ("\u201cWe\u2019re ready,\u201d he said.", [("We\u2019re ready,", True)]),
        ('"One," he said, "two."', [("One,", True), ("two.", True)]),
        ("\u00abNous sommes pr\u00eats\u00bb, a-t-il dit.", [("Nous sommes pr\u00eats", True)]),
        # German and Danish conventions: the marks face the other way.
        ("\u201eWir sind bereit\u201c, sagte er.", [("Wir sind bereit", True)]),
        ("\u00bbWir sind bereit\u00ab, sagte er.", [("Wir sind bereit", True)]),
        # A closing mark used to open (a common typo) still opens when a word follows it.
        ("She wrote: \u201dWe stay.\u201d Then left.", [("We stay.", True)]),
        ("\u300c\u6211\u4eec\u300d", [("\u6211\u4eec", True)]),
        # Single quotes inside a double quotation do not end it.
        ("He said, \"I think 'yes' is right,\" and left.", [("I think 'yes' is right,", True)]),
        # Unclosed: runs to the end of the paragraph.
        (
            '"Unclosed quote here\n\nNext "closed".',
            [("Unclosed quote here", False), ("closed", True)],
        ),
        # Spaces inside the marks are no part of the words: French guillemets, spaced straight
        # and curly marks, and a quotation left open.
        ("Il a dit : \u00ab Nous sommes pr\u00eats \u00bb.", [("Nous sommes pr\u00eats", True)]),
        ("He said \u00ab\u00a0we hold\u00a0\u00bb and left.", [("we hold", True)]),
        ('She called it " a disgrace " on Monday.', [("a disgrace", True)]),
        ('"We will not leave, " the mayor said.', [("We will not leave,", True)]),
        ("\u201c We will stay\u201d, he said.", [("We will stay", True)]),
        ("\u201cWe will stay \u201d, he said.", [("We will stay", True)]),
        ('"  We march at dawn  \n\nHe left.', [("We march at dawn", False)]),
        # Empty quotations are no quotations.
        ('"" he said ""', []),
        ('He said " "', []),
        ('The end "', []),
        # A stray closing mark is ignored.
        ("He left\u201d and came back.", []),
        # A second opening mark while one is open: the first was stray.
        ("\u201cA \u201cB\u201d C", [("B", True)]),
        ("No quotes at all.", []),
        # Paragraphs with no mark between paragraphs with some; an unclosed one ends with its
        # paragraph, and the next paragraph pairs its own marks afresh.
        (
            '"A" b\n\nNo marks here at all.\n\nC "d" e "f\n\nLast \u201cg\u201d.',
            [("A", True), ("d", True), ("f", False), ("g", True)],
        ),
    ],
)
def test_quotes(text: str, quotes: list[tuple[str, bool]]) -> None:
    assert _quotes(text) == quotes


@_examples(1500)
@given(text=documents())
def test_quotes_are_well_formed(text: str) -> None:
    doc = Text(text)
    previous = 0
    for quote in doc.quotes:
        assert previous <= quote.open_mark < quote.start < quote.end <= len(text)
        assert doc.normalized[quote.open_mark] == '"'
        words = doc.normalized[quote.start : quote.end]
        assert words.strip() == words  # the bounds hold the words, not the spaces around them
        assert not doc.normalized[quote.open_mark + 1 : quote.start].strip()
        if quote.close_mark is not None:
            assert not doc.normalized[quote.end : quote.close_mark].strip()
            assert doc.normalized[quote.close_mark] == '"'
            previous = quote.close_mark + 1
        else:
            previous = quote.end
        # A quotation never crosses a paragraph break.
        assert any(s <= quote.open_mark and quote.end <= e for s, e in doc.paragraphs)


# --- spans and errors --------------------------------------------------------------------------


def test_span_and_trimmed_span_cut_the_original() -> None:
    text = "\u201cWe\u2019re  ready\u201d\u00a0 said he."
    doc = Text(text)
    span = doc.span(1, 8)
    assert span.text == text[1:8]
    trimmed = doc.trimmed_span(11, 16)
    assert trimmed.text == text[trimmed.start : trimmed.end]
    assert not trimmed.text[0].isspace() and not trimmed.text[-1].isspace()


def test_trusted_constructors_build_what_the_checking_ones_do() -> None:
    # Span.of and the sentences fill the frozen slots directly: the objects must still be the
    # equal, hashable, frozen values the classes' own constructors make
    text = "Troops left. They came back."
    span = Span.of(text, 7, 11)
    assert span == Span(start=7, end=11, text="left")
    assert hash(span) == hash(Span(start=7, end=11, text="left"))
    sentences = Text(text).sentences
    assert sentences == (
        Sentence(start=0, end=12, paragraph=0),
        Sentence(start=13, end=28, paragraph=0),
    )
    assert len({*sentences, Sentence(start=0, end=12, paragraph=0)}) == 2
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sentences[0].start = 1  # type: ignore[misc]
    for start, end in ((-1, 3), (5, 4), (0, len(text) + 1)):
        with pytest.raises(ValueError, match="invalid span bounds"):
            Span.of(text, start, end)


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"bytes")])
def test_bytes_are_refused_with_a_hint(value: object) -> None:
    with pytest.raises(TypeError, match=r"decode"):
        Text(value)  # type: ignore[arg-type]


def test_non_str_is_refused() -> None:
    with pytest.raises(TypeError, match="int"):
        Text(42)  # type: ignore[arg-type]


# --- linear time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit", ["!", ".", "?!", '"', "\u201c", "\u00bb", "A. ", "U.S.", "a-", "\n", "\r", " \n"]
)
def test_long_runs_of_one_mark_are_read_whole(unit: str) -> None:
    # Before the fix, 100,000 "!" took 550 s in the sentence splitter (a quadratic rescan);
    # benchmarks/linearity.py watches the time, this the result.
    text = unit * (300_000 // len(unit))
    doc = Text(text)
    _ = (doc.paragraphs, doc.quotes)
    assert "".join(token.text for token in doc.tokens) == "".join(doc.normalized.split())
    assert all(0 <= s.start < s.end <= len(text) for s in doc.sentences)


@_examples(500)
@given(text=documents(), data=st.data())
def test_lookups_match_a_linear_scan(text: str, data: st.DataObject) -> None:
    doc = Text(text)
    start = data.draw(st.integers(min_value=-2, max_value=len(text) + 2))
    end = data.draw(st.integers(min_value=start, max_value=len(text) + 3))
    expected = tuple(t for t in doc.tokens if start <= t.start and t.end <= end)
    assert doc.tokens_between(start, end) == expected
    containing = [s for s in doc.sentences if s.start <= start < s.end]
    assert doc.sentence_at(start) == (containing[0] if containing else None)
