"""The Text model: the caller's string, a normalised view of it, sentences and quotations.

Normalisation is length-preserving on purpose: every character of the original maps to exactly one
character of :attr:`Text.normalized` (curly quotes become straight ones, exotic spaces and
invisible or control characters become a space, a lone carriage return becomes a newline). So
the offset map is the identity and an offset found in the normalised view is also an offset into
the original: extractors match on ``normalized`` and cut spans from ``original``.

Example:
    >>> doc = Text("“We’re ready,” he said.\u00a0Then he left.")
    >>> doc.normalized
    '"We\\'re ready," he said. Then he left.'
    >>> [doc.original[s.start:s.end] for s in doc.sentences]
    ['“We’re ready,” he said.', 'Then he left.']
    >>> [doc.span(q.start, q.end).text for q in doc.quotes]
    ['We’re ready,']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

import attrs

from conflictparse.lexicon import load_words
from conflictparse.model import Span

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Quote", "Sentence", "Text", "Token", "TokenColumns"]

_OPENING_DOUBLE = "\u201c\u201e\u201f\u00ab\u2039\u300c"
_CLOSING_DOUBLE = "\u201d\u00bb\u203a\u300d"
_STRAIGHT_DOUBLE = '"\u2033\uff02'
_SINGLE = "\u2018\u2019\u201a\u201b\u2032\uff07`"
_DASHES = "\u2010\u2011"

# The stdlib engine here: it finds tokens about twice as fast as ``regex``, and on the normalised
# view ``[^\W_]`` is exactly ``[\p{L}\p{N}]`` (str.isalnum) and ``\s`` exactly whitespace.
# In a group, for split() to keep the tokens (see Text.token_columns). The lookahead turns a
# space away at once, where each alternative would be tried; the possessive quantifiers save
# the engine keeping positions to backtrack to, which nothing after them could need. The
# initialism is tried first at every token, so it opens with the cheapest test that turns
# nearly every word away (is the second character a period?) before the costly letter class:
# an eighth of the split's time.
# A combining mark belongs to the word it follows: text in decomposed form (NFD) writes "Afrín"
# as "Afri" + U+0301 + "n", and the stdlib engine does not count marks as word characters. It
# has no \p{M}, so the blocks of marks that accent Latin, Greek, Cyrillic and Arabic letters.
_COMBINING_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670"  # Latin and Greek, Cyrillic, Arabic
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # their extensions, symbols, halves
)
_WORD_RUN = rf"[^\W_]++(?:[{_COMBINING_MARKS}]++[^\W_]*+)*+"
_TOKEN_SPLIT = re.compile(
    r"(?=\S)("
    r"(?=.\.)(?:[^\W\d_]\.){2,}"  # initialisms: U.S., U.N.
    rf"|{_WORD_RUN}(?:['\-]{_WORD_RUN})*+"  # words, with inner apostrophes and hyphens
    r"|[^\w\s]|_"  # any other single symbol
    r")"
)
# A sentence ends at terminal punctuation, optionally followed by closing quotes or brackets,
# when whitespace and something that can start a sentence follow (an opening mark may come
# first, and two apostrophes stand for a double mark in some wire copy: ''Like this'').
# The lookbehind and possessive quantifiers keep this linear on long runs of marks ("!!!!...");
# without them every position of a run restarts the match and rescans the rest of it.
# The stdlib engine, with the mark first and the look back at the character before it second:
# a pattern that opens with a character set lets the engine skip to the next mark in C, where
# ``regex`` tried its lookbehind and the set at every character (a tenth of the Text model's
# instructions; this scan costs half that). The stdlib engine has no \p{Lu}, so the pattern
# takes any letter or digit as the next character (``next``; on the normalised view every
# [\p{Lu}\p{N}] character is a [^\W_] one) and _starts_sentence checks it: at most one way
# through the lookahead reaches a letter or digit, so the check turns away no other match.
_SENTENCE_END = re.compile(
    r"""[.!?\u2026](?<![.!?\u2026].)[.!?\u2026]*+["')\]]*+(?=\s++(?:''|["'(\[])?(?P<next>[^\W_]))"""
)
# The general categories of \p{Lu} and \p{N}: the characters a sentence may start with.
_SENTENCE_STARTS = frozenset({"Lu", "Nd", "Nl", "No"})
# On the normalised view the only whitespace is space, tab and newline, so the stdlib engine's
# ``\s`` is the same as ``regex``'s, and it is cheaper to call.
_NEWLINES = re.compile(r"\n[^\S\n]*")
_NON_SPACE = re.compile(r"\S")


@functools.cache
def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for char in _OPENING_DOUBLE + _CLOSING_DOUBLE + _STRAIGHT_DOUBLE:
        table[ord(char)] = '"'
    for char in _SINGLE:
        table[ord(char)] = "'"
    for char in _DASHES:
        table[ord(char)] = "-"
    return table


_SPACE_CATEGORIES = frozenset({"Zs", "Cc", "Cf", "Cs", "Co", "Cn"})
_LINE_CATEGORIES = frozenset({"Zl", "Zp"})
# Past this many distinct characters to replace, one translate() beats a replace() per character.
_MAX_REPLACE_CALLS = 24
# Tab, newline and printable ASCII other than the backtick: the characters normalisation
# never changes, as bytes. Deleting them from the UTF-8 form of a text leaves only the others,
# whole: every byte of a character outside ASCII is 0x80 or more, so none of them is deleted.
# bytes.translate() does this in C, four times as fast as finding the same characters with a
# regex (6 rather than 25 us a PolNeAR article); a set of every character would cost more still.
_USUAL_BYTES = bytes([ord("\t"), ord("\n"), *range(0x20, 0x60), *range(0x61, 0x7F)])


def _replacement(char: str) -> str:
    """The normalised form of one character (CR aside: it depends on the next character)."""
    mapped = _translation().get(ord(char))
    if mapped is not None:
        return mapped
    if char in "\n\t" or (char.isascii() and char.isprintable()):
        return char
    category = unicodedata.category(char)
    if category in _LINE_CATEGORIES:
        return "\n"
    if category in _SPACE_CATEGORIES:
        return " "
    return char


def normalize(original: str) -> str:
    """Return the length-preserving normalised view of ``original``.

    Example:
        >>> normalize("\u201cNo,\u201d she said.\\r\\nNext\u00a0line")
        '"No," she said. \\nNext line'
    """
    # Work out the few distinct characters that change, then replace each of them at C speed:
    # str.translate() walks the string one character at a time (~60 ns each), which alone
    # would cost more than the rest of the Text model on a typical article.
    changes: dict[str, str] = {}
    # "surrogatepass": a lone surrogate (a broken pair from a bad decode) goes through as
    # itself, to be replaced like any other character that is no text.
    encoded = original.encode("utf-8", "surrogatepass")
    unusual = encoded.translate(None, _USUAL_BYTES).decode("utf-8", "surrogatepass")
    for char in set(unusual):
        replacement = _replacement(char)
        if replacement != char:
            changes[char] = replacement
    if not changes:
        return original
    normalized = original
    if "\r" in changes:
        # The CR of a CRLF pair becomes a space, so the pair reads as one line break; a lone
        # CR (old Mac files) is a line break of its own.
        normalized = normalized.replace("\r\n", " \n")
        changes["\r"] = "\n"
    if len(changes) > _MAX_REPLACE_CALLS:
        return normalized.translate({ord(char): new for char, new in changes.items()})
    for char, new in changes.items():
        normalized = normalized.replace(char, new)
    return normalized


class Token(NamedTuple):
    """A word or symbol: ``start``/``end`` offsets and its normalised text.

    A named tuple rather than an attrs class: an article has thousands of tokens, and a tuple
    is built in a third of the time.
    """

    start: int
    end: int
    text: str


class TokenColumns(NamedTuple):
    """The tokens' fields, each in a tuple of its own: ``starts[i]`` is ``tokens[i].start``."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence's bounds (whitespace trimmed) and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: ``start``/``end`` bound the words inside the marks, not the spaces that may
    pad them ('« Nous tiendrons »').

    ``open_mark`` is the offset of the opening mark; ``close_mark`` that of the closing mark, or
    ``None`` when the quotation is left open at the end of its paragraph (the news convention for a
    quotation running over several paragraphs, or a stray mark).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None


class Text:
    """The caller's text with its normalised view, tokens, sentences and quotations.

    Built once per article and handed to every extractor; all offsets are into ``original``.
    """

    def __init__(self, original: str) -> None:
        if not isinstance(original, str):
            raise TypeError(_type_message(original))
        self.original = original
        self.normalized = normalize(original)

    def span(self, start: int, end: int) -> Span:
        """Return the :class:`Span` of ``original[start:end]``."""
        return Span.of(self.original, start, end)

    def trimmed_span(self, start: int, end: int) -> Span:
        """Return the span of ``original[start:end]`` without surrounding whitespace."""
        while start < end and self.normalized[start].isspace():
            start += 1
        while end > start and self.normalized[end - 1].isspace():
            end -= 1
        return self.span(start, end)

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every word and symbol of the text, in order."""
        columns = self.token_columns
        # tuple.__new__ is what Token() calls, less a Python-level frame: a fifth of the time.
        return tuple(
            map(
                tuple.__new__,
                itertools.repeat(Token),
                zip(columns.starts, columns.ends, columns.texts, strict=True),
            )
        )

    @functools.cached_property
    def token_columns(self) -> TokenColumns:
        """The fields of :attr:`tokens` as columns: all starts, all ends, all texts.

        They come free (the tokens are built from them), for code that reads one field of
        every token.

        Example:
            >>> columns = Text("U.S. troops left.").token_columns
            >>> columns.starts, columns.texts
            ((0, 5, 12, 16), ('U.S.', 'troops', 'left', '.'))
        """
        # One split gives the runs of whitespace and the tokens in turn ("", "A", " ", "b", ...):
        # only whitespace lies between two tokens, every other character being one. So the
        # running sum of their lengths gives each token's offsets, all in C loops; a match object
        # or a find() per token would cost a Python step each.
        parts = _TOKEN_SPLIT.split(self.normalized)
        offsets = tuple(itertools.accumulate(map(len, parts)))  # where each part ends
        words = parts[1::2]
        # Most tokens repeat ("the", ","): keeping one copy of each string saves about a
        # quarter of the memory of a long text's tokens.
        seen: dict[str, str] = {}
        return TokenColumns(
            starts=offsets[:-1:2],
            ends=offsets[1::2],
            texts=tuple(map(seen.setdefault, words, words)),
        )

    @functools.cached_property
    def token_lowers(self) -> tuple[str, ...]:
        """The lower-cased text of every token: ``token_lowers[i]`` is ``tokens[i].text.lower()``.

        Made once for every extractor that looks words up in a lexicon, rather than by each of
        them, sentence by sentence.

        Example:
            >>> Text("NATO Warns Kyiv.").token_lowers
            ('nato', 'warns', 'kyiv', '.')
        """
        return tuple(map(str.lower, self.token_columns.texts))

    @functools.cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each paragraph: text between blank lines, or single lines."""
        normalized = self.normalized
        bounds: list[tuple[int, int]] = []
        start = 0
        for end in itertools.chain(_paragraph_breaks(normalized), (len(normalized),)):
            # a blank stretch (the gap of a blank line) is no paragraph
            if _NON_SPACE.search(normalized, start, end):
                bounds.append((start, end))
            start = end
        return tuple(bounds)

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the text, in order, each within one paragraph."""
        abbreviations = load_words("abbreviations")
        normalized = self.normalized
        result: list[Sentence] = []
        for number, (para_start, para_end) in enumerate(self.paragraphs):
            start = para_start
            for end in _sentence_ends(normalized, para_start, para_end, abbreviations):
                _append_trimmed(result, normalized, start, end, number)
                start = end
            _append_trimmed(result, normalized, start, para_end, number)
        return tuple(result)

    @functools.cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """Double quotations, paired by paragraph; unclosed ones end with their paragraph."""
        # Most paragraphs hold no quotation mark: rather than look through each, go from one
        # mark to the paragraph holding it (a mark is no space, so it lies in one).
        normalized = self.normalized
        paragraphs = self.paragraphs
        paragraph_ends = [end for _, end in paragraphs]
        result: list[Quote] = []
        mark = normalized.find('"')
        while mark != -1:
            para_end = paragraph_ends[bisect.bisect_right(paragraph_ends, mark)]
            result.extend(self._paragraph_quotes(mark, para_end))
            mark = normalized.find('"', para_end)
        return tuple(result)

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence containing ``offset``, if any."""
        sentences = self.sentences
        index = bisect.bisect_right(self._sentence_ends, offset)
        if index < len(sentences) and sentences[index].start <= offset:
            return sentences[index]
        return None

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying entirely within ``start..end``."""
        # Two binary searches (tokens are sorted and do not overlap, so their ends are sorted
        # too): the cost does not grow with the number of tokens in the range. They run on
        # plain tuples of offsets, in C: a key function would cost a Python call per step.
        columns = self.token_columns
        first = bisect.bisect_left(columns.starts, start)
        last = bisect.bisect_right(columns.ends, end, lo=first)
        return self.tokens[first:last]

    @functools.cached_property
    def _sentence_ends(self) -> list[int]:
        return list(map(_sentence_end, self.sentences))

    def _paragraph_quotes(self, first_mark: int, para_end: int) -> Iterator[Quote]:
        """The quotations of the paragraph ending at ``para_end``, whose first mark is at
        ``first_mark``."""
        normalized = self.normalized
        open_at: int | None = None
        index = first_mark
        while index != -1:
            opening = self._opens(index, open_at is not None)
            if opening:
                # A second opening mark while one is open means the first was stray.
                open_at = index
            elif open_at is not None:
                quote = self._quote(open_at, index, close_mark=index)
                if quote is not None:
                    yield quote
                open_at = None
            index = normalized.find('"', index + 1, para_end)
        if open_at is not None:
            quote = self._quote(open_at, para_end, close_mark=None)
            if quote is not None:
                yield quote

    def _quote(self, open_mark: int, end: int, *, close_mark: int | None) -> Quote | None:
        """The quotation from ``open_mark`` to ``end``, its bounds trimmed to the words: French
        guillemets and some agencies set the words off with spaces ('« Nous tiendrons »'), and
        a user's span should not begin or end with one. ``None`` when nothing but spaces is
        inside."""
        bounds = _word_bounds(self.normalized, open_mark + 1, end)
        if bounds is None:
            return None
        return Quote(start=bounds[0], end=bounds[1], open_mark=open_mark, close_mark=close_mark)

    def _opens(self, index: int, quote_open: bool) -> bool:
        """Whether the double quotation mark at ``index`` opens a quotation.

        Curly marks and guillemets say which way they face, but the conventions differ
        (German „…“ closes with the English opening mark, Danish and German »…« face inwards),
        so a directed mark is read against its surroundings when it would otherwise be
        ignored or would throw away an open quotation: a mark with a space before and a word
        after opens; a mark with a word before and a space or punctuation after closes.
        """
        char = self.original[index]
        if char not in _CLOSING_DOUBLE and char not in _OPENING_DOUBLE:
            return not quote_open  # straight marks alternate
        normalized = self.normalized
        before = normalized[index - 1] if index > 0 else " "
        after = normalized[index + 1] if index + 1 < len(normalized) else " "
        if char in _CLOSING_DOUBLE:
            return not quote_open and before.isspace() and after.isalnum()
        return not (quote_open and not before.isspace() and not after.isalnum())


def _sentence_end(sentence: Sentence) -> int:
    return sentence.end


def _type_message(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return "text must be str, not bytes: decode it first, e.g. data.decode('utf-8')"
    return f"text must be str, not {type(value).__name__}"


def _paragraph_breaks(normalized: str) -> Iterator[int]:
    """Offsets where a new paragraph starts: after a blank line, or after a line break that
    follows terminal punctuation or a short line (a headline or dateline)."""
    line_start = 0
    size = len(normalized)
    for match in _NEWLINES.finditer(normalized):
        end = match.end()
        if end == size or normalized[end] == "\n":
            yield end  # a blank line follows: the commonest case, told without the line
        else:
            line = normalized[line_start : match.start()].rstrip()
            if len(line) < 60 or line[-1] in ".!?:\"')":  # an empty line is short too
                yield end
        line_start = end


def _sentence_ends(
    normalized: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[int]:
    ends: list[int] = []
    for match in _SENTENCE_END.finditer(normalized, start, end):
        if not _starts_sentence(normalized, match):
            continue
        at = match.start()
        # a single period may end an abbreviation ("Gen.") rather than the sentence
        if normalized[at] == "." and normalized[at + 1 : at + 2] != ".":
            word = _word_before(normalized, max(start, at - 20), at)
            if word.strip(".") and _is_abbreviation(word, abbreviations):
                continue
        ends.append(match.end())
    return ends


def _starts_sentence(normalized: str, match: re.Match[str]) -> bool:
    """Whether the letter or digit after a :data:`_SENTENCE_END` match is an upper-case letter
    or a number, as a sentence's first character must be."""
    return unicodedata.category(normalized[match.start("next")]) in _SENTENCE_STARTS


def _word_before(normalized: str, low: int, position: int) -> str:
    """The run of letters and periods ending at ``position``, reaching back no further than ``low``.

    A backwards walk over at most a few characters; a regex search here would try every start
    position of the window.
    """
    index = position
    while index > low and (normalized[index - 1].isalpha() or normalized[index - 1] == "."):
        index -= 1
    return normalized[index:position]


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    if len(word) == 1 and word.isupper():
        return True  # an initial: "George W. Bush"
    if "." in word and all(len(part) <= 1 for part in word.split(".")):
        return True  # "U.S", "U.N"
    return word.lower() in abbreviations


def _append_trimmed(
    result: list[Sentence], normalized: str, start: int, end: int, paragraph: int
) -> None:
    bounds = _word_bounds(normalized, start, end)
    if bounds is not None:
        result.append(_new_sentence(bounds[0], bounds[1], paragraph))


_set_sentence_start = Sentence.__dict__["start"].__set__
_set_sentence_end = Sentence.__dict__["end"].__set__
_set_sentence_paragraph = Sentence.__dict__["paragraph"].__set__


def _new_sentence(start: int, end: int, paragraph: int) -> Sentence:
    """``Sentence(start=start, end=end, paragraph=paragraph)`` in 60% of the time: the slots' own
    setters, where the frozen class's constructor looks each field up by name (an article has
    dozens of sentences, and the class checks nothing)."""
    sentence = object.__new__(Sentence)
    _set_sentence_start(sentence, start)
    _set_sentence_end(sentence, end)
    _set_sentence_paragraph(sentence, paragraph)
    return sentence


def _word_bounds(normalized: str, start: int, end: int) -> tuple[int, int] | None:
    """``start..end`` without the whitespace at either edge; ``None`` if nothing else is in it."""
    # str.strip finds the bounds in C, where a walk over the spaces costs a Python step each;
    # callers pass segments that do not overlap, so the text is sliced once over
    segment = normalized[start:end]
    body = segment.strip()
    if not body:
        return None
    first = start + len(segment) - len(segment.lstrip())
    return first, first + len(body)
