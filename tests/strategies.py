"""Hypothesis strategies for conflictparse: arbitrary text and news-like text built from fragments.

Two families:

* :func:`arbitrary_text` -- any Unicode string hypothesis can think of (surrogate-free), with the
  awkward code points (NUL, controls, zero-width, bidi, combining, exotic line breaks) made likely.
* :func:`news_text` -- text assembled from small fragments that look like conflict reporting
  (speakers, speech verbs, quotation marks of every kind, numbers in every shape, dates, troops,
  places), glued with every kind of separator, so that the extractors' interesting paths run.

All fragments are written for these tests; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

__all__ = [
    "AWKWARD_CHARS",
    "QUOTE_MARKS",
    "arbitrary_text",
    "documents",
    "news_text",
    "numbers",
    "published_dates",
    "quotations",
    "time_phrases",
]

#: Every quotation mark the Text model knows about, and a few look-alikes it does not.
QUOTE_MARKS = (
    '"',
    "'",
    "\u201c",  # left double
    "\u201d",  # right double
    "\u2018",  # left single
    "\u2019",  # right single / apostrophe
    "\u201e",  # low double (German opening)
    "\u201a",  # low single
    "\u201f",  # reversed double
    "\u00ab",  # guillemets
    "\u00bb",
    "\u2039",
    "\u203a",
    "\u300c",  # corner brackets
    "\u300d",
    "\u2033",  # double prime, inches
    "\uff02",  # fullwidth quotation mark
    "`",
    "``",
    "''",
)

#: Characters that break naive text handling.
AWKWARD_CHARS = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",  # next line (C1 control, str.splitlines breaks on it)
    "\xa0",  # no-break space
    "\xad",  # soft hyphen
    "\u034f",  # combining grapheme joiner
    "\u0301",  # combining acute
    "\u0308",  # combining diaeresis
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u2060",  # word joiner
    "\u3000",  # ideographic space
    "\ufeff",  # byte-order mark
    "\ufffd",  # replacement character
    "\ufffe",  # noncharacter
    "\U000e0041",  # tag character
    "\U0001f600",  # emoji, outside the BMP
    "\U0010fffd",  # private use, plane 16
    "\u0130",  # I with dot: lower() changes the length
    "\u1e9e",  # capital sharp s
    "\ufb03",  # ffi ligature: upper() changes the length
    "\u0661\u0662\u0663",  # Arabic-Indic digits
    "\u00bd",  # vulgar fraction one half
    "\u2163",  # Roman numeral four
    "\u2026",  # ellipsis
    "\u2014",  # em dash
    "\u2013",  # en dash
    "\u2010",
    "\u2011",
)

_SEPARATORS = (
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ". ",
    "! ",
    "? ",
    "; ",
    ": ",
    " -- ",
    " \u2014 ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\xa0",
    "",
    "...",
    " (",
    ") ",
)

_PEOPLE = (
    "Jane Okafor",
    "Pavel Ivanenko",
    "Maria Lindqvist",
    "Gen. Omar Haddad",
    "Lt. Col. Ana Ruiz",
    "Mr. Chen",
    "Dr. Amira Saleh",
    "President Karlsson",
    "Prime Minister Aldo Ferri",
    "Defence Minister Ilse Brandt",
    "Foreign Minister Tomas Varga",
    "the secretary-general",
    "a senior official",
    "two diplomats",
    "an official who spoke on condition of anonymity",
    "a spokesman for the ministry",
    "Okafor",
    "Ivanenko",
    "she",
    "he",
    "they",
    "O'Neill",
    "de la Cruz",
    "J. R. Smith",
)

_GROUPS = (
    "NATO",
    "the United Nations",
    "the U.N.",
    "the U.S.",
    "the European Union",
    "the Kremlin",
    "the Pentagon",
    "Russia",
    "Ukraine",
    "Syria",
    "Turkey",
    "the SDF",
    "Islamic State",
    "the rebels",
    "Russian-backed separatists",
    "the Ministry of Defence",
    "Reuters",
    "the Associated Press",
    "Washington",
    "Moscow",
    "Kyiv",
)

_CUES = (
    "said",
    "says",
    "told reporters",
    "told Reuters",
    "warned",
    "added",
    "stressed",
    "denied",
    "claimed",
    "said in a statement",
    "according to",
    "in an interview,",
    "did not say",
    "declined to comment",
    "wrote on Twitter",
    "is quoted as saying",
)

_MILITARY = (
    "troops",
    "soldiers",
    "tanks",
    "armoured vehicles",
    "fighter jets",
    "F-16s",
    "warships",
    "battalion tactical groups",
    "the 1st Battalion",
    "artillery",
    "drones",
    "Su-34 bombers",
    "S-400 systems",
    "paratroopers",
    "military personnel",
    "forces",
)

_ACTIONS = (
    "deployed",
    "has massed",
    "is massing",
    "sent",
    "moved",
    "withdrew",
    "pulled back",
    "stationed",
    "will deploy",
    "plans to send",
    "could send",
    "denied moving",
    "reinforced",
    "held exercises with",
    "built up",
)

_PLACES = (
    "near the border",
    "on the border with Ukraine",
    "in Crimea",
    "to Poland",
    "in the Black Sea",
    "along the frontier",
    "in eastern Syria",
    "north of Aleppo",
    "in the Donbas region",
    "at a base in Belarus",
)

_WORDS = (
    "the",
    "a",
    "of",
    "and",
    "in",
    "on",
    "that",
    "was",
    "were",
    "not",
    "about",
    "some",
    "at least",
    "up to",
    "more than",
    "nearly",
    "around",
    "killed",
    "wounded",
    "displaced",
    "detained",
    "missing",
    "people",
    "civilians",
    "refugees",
    "ceasefire",
    "a 24-hour ceasefire",
    "Resolution 2231",
    "Article 5",
    "attack",
    "escalation",
    "build-up",
    "statement",
    "percent",
    "%",
    "km",
    "miles",
    "$",
    "dollars",
    "AND",
    "SAID",
    "THE",
    "U.S.",
    "e.g.",
    "i.e.",
    "etc.",
    "No.",
    "St.",
    "vs.",
    "Jan.",
    "Sept.",
)

_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "twelve",
    "dozens",
    "two dozen",
    "a dozen",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "a million",
    "1.5 million",
    "2 billion",
    "several thousand",
    "a few hundred",
    "half a million",
    "a quarter",
    "one-third",
    "twenty-five",
    "one hundred and twenty",
    "zero",
    "a couple of",
    "scores of",
    "no",
)

_TIME_WORDS = (
    "Monday",
    "on Tuesday",
    "last week",
    "next month",
    "this year",
    "last year",
    "yesterday",
    "today",
    "tomorrow",
    "on Sunday night",
    "earlier this month",
    "in recent days",
    "in the spring of 1943",
    "by late 1944",
    "since 2014",
    "in 2014",
    "the 1990s",
    "two weeks ago",
    "for three days",
    "every Friday",
    "weekly",
    "now",
    "recently",
    "at 3 p.m.",
    "at 14:30 GMT",
    "on Nov. 15",
    "15 November 2021",
    "November 15, 2021",
    "2021-11-15",
    "15/11/2021",
    "11/15/21",
    "Q3 2021",
    "mid-December",
    "the end of the year",
    "Christmas",
    "the weekend",
    "31 February 2021",
    "0000-00-00",
    "9999-12-31",
    "May",
    "March",
    "April 1",
    "Dec. 32",
    "24 hours",
    "a decade",
)

_DIGIT_NUMBERS = (
    "0",
    "00",
    "007",
    "100,000",
    "1,000,000",
    "1.000.000",
    "1 000 000",
    "1\u202f000",
    "1,00,000",
    "3.5",
    ".5",
    "5.",
    "-12",
    "+7",
    "1e6",
    "1,5",
    "12,34,5",
    ",,,",
    "1..2",
    "10-15",
    "10 to 15",
    "between 10 and 15",
    "10\u201315",
    "50%",
    "50 per cent",
    "$1.5bn",
    "\u20ac20m",
    "\u00a35",
    "1st",
    "2nd",
    "23rd",
    "100th",
    "1990s",
    "'90s",
    "No. 5",
    "#3",
    "3/4",
    "1\u00bd",
    "\u0663\u0660\u0660",
    "\uff11\uff12\uff13",
    "\u2163",
    "0x1F",
    "1_000",
)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number in some shape: digits with odd grouping, decimals, words, ranges, fractions."""
    kind = draw(st.integers(min_value=0, max_value=4))
    if kind == 0:
        return draw(st.sampled_from(_DIGIT_NUMBERS))
    if kind == 1:
        return draw(st.sampled_from(_NUMBER_WORDS))
    if kind == 2:
        value = draw(st.integers(min_value=-(10**15), max_value=10**15))
        return f"{value:,}" if draw(st.booleans()) else str(value)
    if kind == 3:
        value = draw(st.floats(allow_nan=True, allow_infinity=True, width=32))
        return str(value)
    # A long run of digits, with or without separators.
    length = draw(st.integers(min_value=1, max_value=400))
    digits = draw(st.text(alphabet="0123456789", min_size=length, max_size=length))
    separator = draw(st.sampled_from(("", ",", ".", " ")))
    if separator:
        digits = separator.join(digits[i : i + 3] for i in range(0, len(digits), 3))
    return digits


@st.composite
def time_phrases(draw: st.DrawFn) -> str:
    """A date or time phrase, named, relative, numeric, impossible, or made of random parts."""
    if draw(st.booleans()):
        return draw(st.sampled_from(_TIME_WORDS))
    day = draw(st.integers(min_value=0, max_value=40))
    month = draw(
        st.sampled_from(
            ("January", "Feb.", "March", "Sept.", "December", "Dec", "13", "0", "mid-June")
        )
    )
    year = draw(st.integers(min_value=0, max_value=99999))
    template = draw(
        st.sampled_from(
            ("{d} {m} {y}", "{m} {d}, {y}", "{m} {y}", "{y}-{d:02}-{d:02}", "{d}/{d}/{y}", "{m} {d}")
        )
    )
    return template.format(d=day, m=month, y=year)


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """Quoted words with every kind of mark: paired, unpaired, nested, mismatched, empty."""
    words = draw(st.lists(_fragment(), max_size=8))
    inner = " ".join(words)
    pairs = (
        ('"', '"'),
        ("\u201c", "\u201d"),
        ("\u201e", "\u201c"),
        ("\u00ab", "\u00bb"),
        ("\u00bb", "\u00ab"),
        ("\u2039", "\u203a"),
        ("\u300c", "\u300d"),
        ("'", "'"),
        ("\u2018", "\u2019"),
        ("``", "''"),
        ("\u201d", "\u201c"),  # backwards
        ('"', ""),  # unclosed
        ("", '"'),  # unopened
        ("\u201c", ""),
        ("", "\u201d"),
        ("\u201c", '"'),  # mismatched
    )
    opening, closing = draw(st.sampled_from(pairs))
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        # A quotation nested inside this one.
        inner_open, inner_close = draw(st.sampled_from(pairs))
        nested = " ".join(draw(st.lists(_fragment(), max_size=4)))
        inner = f"{inner} {inner_open}{nested}{inner_close} {inner}"
    return f"{opening}{inner}{closing}"


def _fragment() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_PEOPLE),
        st.sampled_from(_GROUPS),
        st.sampled_from(_CUES),
        st.sampled_from(_MILITARY),
        st.sampled_from(_ACTIONS),
        st.sampled_from(_PLACES),
        st.sampled_from(_TIME_WORDS),
        st.sampled_from(_DIGIT_NUMBERS),
        st.sampled_from(_NUMBER_WORDS),
    )


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """One news-like sentence from a template: a statement, a deployment, a casualty count."""
    speaker = draw(st.sampled_from(_PEOPLE + _GROUPS))
    cue = draw(st.sampled_from(_CUES))
    group = draw(st.sampled_from(_GROUPS))
    count = draw(numbers())
    forces = draw(st.sampled_from(_MILITARY))
    action = draw(st.sampled_from(_ACTIONS))
    place = draw(st.sampled_from(_PLACES))
    when = draw(time_phrases())
    quote = draw(quotations())
    ending = draw(st.sampled_from((".", ".", ".", "!", "?", "", ".\u201d", '."', "...", "\u2026")))
    templates = (
        "{quote}, {speaker} {cue}{end}",
        "{speaker} {cue} {quote}{end}",
        "{speaker} {cue} that {group} {action} {count} {forces} {place} {when}{end}",
        "{group} {action} {count} {forces} {place} {when}, {cue} {speaker}{end}",
        "{when}, {group} {action} about {count} {forces} {place}{end}",
        "{quote} {speaker} {cue}. {quote}{end}",
        "At least {count} people were killed and {count} wounded {when}, {speaker} {cue}{end}",
        "{group} ({speaker}) {cue} {count} {forces} {action} {place}{end}",
        "{speaker}, {cue} {quote}, {group} {action} {forces}{end}",
    )
    template = draw(st.sampled_from(templates))
    return template.format(
        quote=quote,
        speaker=speaker,
        cue=cue,
        group=group,
        count=count,
        forces=forces,
        action=action,
        place=place,
        when=when,
        end=ending,
    )


@st.composite
def _piece(draw: st.DrawFn) -> str:
    """One piece of a news-like document: a sentence, a fragment, a quotation, or noise."""
    kind = draw(st.integers(min_value=0, max_value=9))
    if kind <= 3:
        return draw(_sentence())
    if kind == 4:
        return draw(quotations())
    if kind == 5:
        return draw(numbers())
    if kind == 6:
        return draw(st.sampled_from(QUOTE_MARKS + AWKWARD_CHARS))
    if kind == 7:
        return draw(time_phrases())
    if kind == 8:
        # A short run of arbitrary characters, mixing in the awkward ones.
        return draw(st.text(alphabet=_noise_alphabet(), max_size=12))
    return draw(_fragment())


def _noise_alphabet() -> st.SearchStrategy[str]:
    return st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(AWKWARD_CHARS + QUOTE_MARKS),
        st.sampled_from(".,;:!?()[]'\"-\n\r\t "),
    )


@st.composite
def news_text(draw: st.DrawFn, max_pieces: int = 30) -> str:
    """A news-like document: pieces joined by separators, sometimes with a pathological stretch.

    Args:
        draw: supplied by hypothesis.
        max_pieces: the most pieces to join.
    """
    pieces = draw(st.lists(_piece(), max_size=max_pieces))
    parts: list[str] = []
    for piece in pieces:
        parts.append(piece)
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    text = "".join(parts)
    shape = draw(st.integers(min_value=0, max_value=9))
    if shape == 0:
        # No punctuation and no line breaks at all: one endless sentence.
        text = "".join(c if c.isalnum() else " " for c in text)
    elif shape == 1:
        # A very long sentence: one piece repeated many times.
        repeat = draw(st.integers(min_value=20, max_value=400))
        text = text + " " + " ".join([draw(_fragment())] * repeat)
    elif shape == 2:
        # A long run of one mark: quotes, digits, capitals, periods.
        unit = draw(st.sampled_from((*QUOTE_MARKS, "9", ".", "Capital ", "A. ", ", ", "\r", "\n")))
        repeat = draw(st.integers(min_value=10, max_value=2000))
        cut = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:cut] + unit * repeat + text[cut:]
    elif shape == 3:
        text = text.upper()
    elif shape == 4:
        text = text.replace("\n", "\r\n")
    return text


def arbitrary_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any surrogate-free Unicode text, with the awkward characters made likely."""
    return st.text(alphabet=_noise_alphabet(), max_size=max_size)


def documents() -> st.SearchStrategy[str]:
    """A document to parse: news-like most of the time, arbitrary text otherwise."""
    return st.one_of(news_text(), news_text(), news_text(), arbitrary_text())


def published_dates() -> st.SearchStrategy[_dt.date | _dt.datetime | str | None]:
    """An anchor date in every accepted form, including the edges of the calendar."""
    return st.one_of(
        st.none(),
        st.dates(),
        st.datetimes(),
        st.dates().map(_dt.date.isoformat),
        st.sampled_from(("2021-11-16", "2021-11-16T08:30:00Z", "0001-01-01", "9999-12-31")),
    )
