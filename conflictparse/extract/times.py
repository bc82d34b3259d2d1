"""Time expressions, found and normalised to TIMEX3 types and values against an anchor date.

The tagger is rule based. The word classes (months, weekdays, seasons, units, number words,
modifiers, vague references, holidays) are data in ``conflictparse/lexicon/time_*.tsv``; the
grammar is a list of compiled rules (:mod:`conflictparse.extract._timex_grammar`). Rules are tried
only at word positions near a token that can belong to a time expression (a digit or a lexicon
word, found by set lookup), and at each such position only the rules that can begin with its
first two words (a cached lookup), so the cost grows linearly with the text.

Span convention (TimeML / TempEval-3):

* A preposition or other signal before the expression is not part of it: "on **Monday**",
  "in **2014**", "during **the night**", "since **last year**".
* Determiners and modifiers that TimeML keeps are part of it: "**the spring**", "**the third
  quarter**", "**the past two months**", "**early next year**", "**mid-November**",
  "**more than a decade**", "**around 7:15 p.m.**", "**two days ago**", "**the next year or
  so**", "**2024 or later**"; "over" and "under" when they mean "more/less than" ("lasted
  **over a week**", "for **over nine months**", but "spread over **three years**").
* A part of a date is an expression of its own, anchored on the date, as TimeML has no nested
  expressions: "**the first nine months** of **1989**", "**the last week** of **August**".
* A duration used as an adjective is the adjective alone ("a **two-year** deal", "the
  **third-quarter** loss", "a **month-long** siege", "a **3 year long** war"), unless its noun
  is itself a length of time: "**a three-year period**", "**a one-year term**".
* A range gives one expression per end, so both stay recoverable: "from **2014** to **2022**",
  "between **10** and **12 November**", "**499**-**493 BC**", "between **two** to **six days**",
  "**ten** or **fifteen years**"; a vague "**weeks or months**" is one expression.
* A sum of money per unit of time is a price, not a time: "$5 a day" gives nothing, while a
  count of events per unit is a SET ("**twice a week**", "40 **times a month**").

Values follow TIMEX3: "2021-11-15", "2021-11", "2021-W46", "2021-Q3", "2021-SP", "202" (a
decade), "BC0480-08" (a date before the common era), "2021-11-15TMO", "2021-11-15T15:00",
"XXXX-XX-XXTNI" ("night attacks": a part of any day), "P3D", "PT48H", "PXY" (an unknown number of
years), "P2CE" (centuries count in their own unit, decades in years), "PRESENT_REF",
"PAST_REF", "FUTURE_REF"; SETs take a calendar pattern where TimeBank annotators write one
("daily", "every day" → "XXXX-XX-XX", "weekly" → "XXXX-WXX", "every Monday" → "XXXX-WXX-1",
"the past three summers" → "XXXX-SU") and the period otherwise ("every two weeks" → "P2W").
"The early hours (of Sunday)" is the start of that day's morning. Resolution:

* A bare weekday, month or day points back from the anchor (the latest such date, a few weeks
  of slack for months) unless a future marker ("will", "plans to", "next", ...) stands in its
  clause; then it points forward. A date heading its sentence takes the tense of the verb
  after its comma ("In January, the minister, then in office, said ..." is the last January).
  A weekday a reporting verb dates ("said in a statement on Friday") is the latest one, as is
  one owning an event news reports once it happened ("examining Saturday's bombing"); one
  with its week named after it ("on Thursday and Friday next week") is a day of that week.
* A "yesterday", "today" or "tomorrow" inside a quotation counts from the day its reporting
  clause names ('"We lost ten men yesterday," the minister said on Friday': that Thursday).
* Anaphoric expressions ("the following month", "that day", "two days later", "the previous
  Friday", "that quarter") count from the last date, month, day or quarter the text named
  (a day counted forward, "the next day", "two days later", is then the day being told; a
  weekday or "yesterday" is such a day, while a day or week counted from a month or year
  named, "in June ... the next day", "in 2015 ... two weeks later", is unknown: "2021-XX-XX",
  "2015-WXX");
  "the morning", "the night" take the day named in the same paragraph, if any.
* A deadline month ("by February", "until June") lies ahead of the anchor unless its clause is
  told in the past; so does a date at the end of an infinitive of purpose ("an agreement to
  acquire the bank in January", "talks to be held in December"), while "since Jan. 13" lies
  behind it and a whole month told in the past ("changed its year in December") is no later
  than the anchor's month.
* "In five years" in a clause about the future ("would be redeemed in five years") is the
  DATE that far ahead of the anchor ("in a year or two": FUTURE_REF); told in the past ("fell
  in three days") it stays a DURATION.
* A text that reads as a history (several long-past years, nothing relative to the
  anchor) carries its last year to year-less dates ("In March ..."), moving on a year when the
  month lies well before the one just told ("7 December 1941 ... In January" is 1942); a year
  named as a prospect ("plans to attack in 1976") or in a look back ("troops that had landed in
  late 1943") does not move the story; nor does a year in brackets ("a memoir (2009)") or one
  dating a participle after a noun ("a report published in 2019, however, revealed ..."). A
  later year counted from the story's at the head of a sentence ("The following year, ...",
  "Two years later, ...") moves it on, and a month in a past-perfect look back ("who had spent
  the spring") is not pushed into the next year. In a report, an old year carries through its
  paragraph, but in a paragraph of many sentences (an article printed as one block) only two
  sentences on. A clock time in a history is on the day being told, not the publication date.
  A year told in passing inside a paragraph of the story's year (a look back, "the council had
  met on 5 November 1917", or a leap ahead, "in November 2008 protesters staged a similar ...")
  is an aside: the next paragraph is back in the story's year. A bare winter told in the past
  that falls after the story year moves the story on ("passed the winter ... early in spring").
  A history counts a weekday from the day it is telling ("On 17 September 1862 ... By Friday"),
  and its "the past year" is the year up to the time told ("P1Y"), not the one before the
  publication date. Many weekday names make a text a report, whatever old years it recalls, and
  so does opening on a time told from the publication date ("Sanctions imposed last week ...").
  A count of years beside the year it reaches names that year ("two years later, in 1953").
* "Until then" names again the date told in its sentence or the one before ("The rights
  expire on Nov. 30. Until then, ..."); without one close by, "then" is left alone. "Since
  then" is left out, as TimeBank and WikiWars leave it.
* A named weekday fixes the year of a year-less date: "Friday, April 1" is in a year where
  April 1 is a Friday.
* In an earnings report the quarter being reported sets the granularity: "the quarter" is the
  quarter just named (else the calendar quarter most of it lies in when its closing day is
  told, "the quarter ended July 31", else the last one finished), and "a year ago", "the
  corresponding period last year", "last year's quarter" next to it are that quarter a year
  before; "the year-earlier nine months" is a stretch as long as the nine months it is
  compared with ("P9M").
* Without an anchor, values that need one keep ``X`` placeholders ("XXXX-WXX-1").

Example:
    >>> [(t.span.text, t.value) for t in extract_times("NATO met on Monday.", anchor="2021-11-16")]
    [('Monday', '2021-11-15')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import operator
import re
from typing import TYPE_CHECKING

import attrs
import regex

from conflictparse._published import coerce_date
from conflictparse.extract._timex_calendar import (
    add_months,
    format_at,
    nearest_weekday,
    normalise_absolute,
    nth_weekday,
    part_of_period,
    quarter_of,
    shift,
    weekday_date,
)
from conflictparse.extract._timex_grammar import (
    GLUED_TAIL,
    PHRASE_REACH,
    Lexicon,
    closed_lengths,
    compiled_rule,
    compiled_rules,
    glued_month_pattern,
    lexicon,
    moved_date_pattern,
    probe_key,
    probe_key_three,
    rules_starting_with,
)
from conflictparse.model import TimeExpression, TimeType
from conflictparse.text import Quote, Sentence, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["extract_times", "find_times"]

# A history names several long-past years for each expression relative to the publication date
# (a quoted "today" in a war narrative does not turn it into a report).
_NARRATIVE_RATIO = 4
# How many years before the publication date a year must be to count as history (a news
# report cites the last few years often); in a text that reads as a history, any past year
# carries to the year-less dates after it.
_HISTORY_GAP = 5
# How many sentences after an old year (in a report, not a history) a year-less date still
# takes it: "In 2011 the uprising began. By March ..." but not, twenty sentences on, a month of
# the current story in an article printed as one long paragraph. A paragraph of at most
# _SHORT_PARAGRAPH sentences is a real one, and the year carries through all of it.
_STORY_REACH = 2
_SHORT_PARAGRAPH = 8
# How many months a year-less month may lie before the last month told and stay in its year.
_TOLD_SLACK = 4
# Words that make a year a prospect, not the time the story is in ("a campaign planned for 1976").
_PROSPECT_WORDS = frozenset({"planned", "projected", "proposed", "envisaged", "slated"})
# How far (in characters) a named quarter sets the granularity of "a year ago".
_QUARTER_REACH = 600
# The word right after an expression, with only spaces between (none at a punctuation mark).
_NEXT_TOKEN = regex.compile(r"[ \t]+(?P<word>[A-Za-z][\w-]*)")
# "aged" or "at the age of" before a length, or before a length and "and" ("aged one year and
# nine months"), makes it someone's age; the reach covers that first length.
_AGED_BEFORE = regex.compile(
    r"\b(?:aged|age\s+of|as\s+young\s+as)\s+"
    r"(?:[\w-]+\s+(?:years?|months?|weeks?|days?)\s+and\s+)?\Z",
    regex.I,
)
_AGED_REACH = 40
# Words that follow an age used as a noun ("the 32-year-old was arrested").
_AFTER_AGE_NOUN = frozenset(
    {"who", "was", "is", "has", "had", "and", "from", "whose", "will", "also", "still"}
)
# The words a possessive "today's" owns: its noun and at most two modifiers before it.
_OWNED_BY_TODAY = regex.compile(r"'s(?P<words>(?:\s+[a-z-]+){1,3})")
# Words that close the noun phrase "today's" opens.
_PHRASE_BREAKERS = frozenset(
    {"of", "on", "in", "at", "for", "to", "with", "and", "or", "by", "the"}
)
# How many paragraphs of direct speech may lie between a day told and a part of day that takes
# it: a quotation tells what was said, not a new day of the story.
_QUOTED_PARAGRAPHS_REACH = 2
# How many tokens before a trigger word an expression may start ("the end of the first ...").
_WINDOW = 6
# The punctuation marks that stand as tokens of their own, never the core of an expression.
_MARKS = frozenset(".,;:!?\"'()[]{}-–—―_/$%&*+=<>|#@~…")
# Where two tokens leave more rules than this open, the third token narrows them down: a cached
# lookup costs less than one failing rule (measured: a fifth fewer rule attempts per article).
_REFINE = 1
_QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip
_VAGUE_QUANTITIES = frozenset(
    {"a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of"}
)
_SIGNALS_BEFORE_BARE = frozenset(
    {"in", "during", "by", "since", "until", "till", "through", "throughout", "over", "before",
     "after", "from", "to", "of", "at", "around", "about", "this", "last", "next", "early", "late",
     "for", "within", "and", "or", "between", "following", "earlier", "later", "that"}
)  # fmt: skip
# Words before a bare plural unit that make it a length of time ("for years", "took months").
_BEFORE_BARE_PLURAL = frozenset(
    {"for", "over", "within", "took", "lasted", "spent", "in", "after", "take", "takes",
     "taking", "taken", "lasting"}
)  # fmt: skip
# Nouns after a bare season that make it the time of an event ("a spring offensive").
# The year an event noun after a season gives itself: "Offensive of 1918", "Offensive (early 1951)".
# ... or the date it was launched, a few words on: "the summer offensive against the south in
# June 1942".
_EVENT_YEAR = regex.compile(
    r"\s+[\w-]+\s*(?:of\s+|\((?:[A-Za-z-]+\s+){0,2}"
    r"|(?:[\w-]+\s+){0,5}?in\s+(?:(?:early|mid|late|[A-Z][a-z]+)\s+)?)(?P<year>\d{4})(?!\d)"
)
# A weekday whose phrase goes on to name its date: "Sunday dawn of 25 June 1950", "Monday
# morning of May 3, 1943".
_WEEKDAY_OF_DATE = regex.compile(
    r"(?:\s+(?:dawn|dusk|daybreak|sunrise|sunset))?\s+of\s+(?:(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+\.?)"
    r"|(?P<m2>[A-Z][a-z]+\.?)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<y>\d{4})(?!\d)"
)
# How such a phrase opens, tried first with the stdlib engine: before it tries a match,
# ``regex`` looks for the "of" it requires all along the rest of the text, so a long text of
# weekdays and no "of" cost time growing with the square of its length.
_WEEKDAY_OF = re.compile(r"\s+(?:(?:dawn|dusk|daybreak|sunrise|sunset)\s+)?of\s")
# A noun phrase and the participle that follows it, right before the "in" of a year: "a
# program approved by the company in", "an undated publication declassified in". A form of
# "be" or "have" before the participle makes it a verb of the clause instead.
_PARTICIPLE_LEAD = regex.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?P<aux>(?:was|were|is|are|be|been|being|had|has|have)\s+)?"
    r"[a-z]{3,}(?:ed|en)\s+(?:by\s+(?:[\w'.-]+\s+){1,4}?)?in\s+\Z",
    regex.I,
)
# The word after a year, past an aside ("in 2005, however, revealed").
_WORD_AFTER_ASIDE = regex.compile(
    r",?\s*(?:(?:however|though|meanwhile|later),\s*)?(?P<word>[A-Za-z']+)"
)
_RELATIVE_WORDS = frozenset({"that", "which"})
_UP_TO_WORDS = frozenset({"to", "until", "till"})
_ONWARD_WORDS = frozenset({"forward", "on", "onward", "onwards"})
_STORY_YEAR_LEADS = frozenset({"in", "during", "throughout"})
# What may follow a season its weather qualifies ("a harsh winter, ...", "the long winter
# of 1942", "a cold winter that ..."): the season closes its noun phrase.
_CLOSES_SEASON = regex.compile(
    r"\s*(?:[,.;:!?)\]\"”’]|\Z|(?:of|and|in|that|when|which|has|had|was|is|will|would)\b)",
    regex.I,
)
_SEASONAL_EVENTS = frozenset(
    {"offensive", "offensives", "counteroffensive", "counter", "campaign", "campaigns",
     "fighting", "session", "assault", "push"}
)  # fmt: skip
# Words before "over"/"under" and an amount that make it "more/less than" ("lasted over a
# week", "for over nine months"), not a preposition ("used over three years").
_OVER_LEADS = frozenset(
    {"for", "last", "lasted", "lasting", "lasts", "took", "take", "takes", "taking", "in",
     "within", "after", "of", "than", "by", "to"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
     "average", "initial", "first", "regular"}
)  # fmt: skip
# One-word middles of a day part: "a staff call in midafternoon" is "mid-afternoon".
_MID_DAYPARTS = frozenset({"midmorning", "midafternoon"})
# Day parts that with a modifier are the part of the day being told ("early morning").
_TOLD_DAYPARTS = frozenset({"morning", "afternoon", "evening", "night"}) | _MID_DAYPARTS
# Words before a bare "noon", "dawn" or "midnight" that make it a time of day.
_CLOCK_SIGNALS = frozenset(
    {"at", "by", "before", "after", "until", "till", "around", "from", "since", "overnight"}
)
# Words before a four-digit number that make it read as a year even before a plural noun
# ("the 2020 elections", "in 2015 troops ...").
_YEAR_LEADS = frozenset(
    {"the", "in", "of", "since", "by", "until", "from", "to", "between", "and", "or", "its",
     "their", "his", "her", "during", "before", "after", "early", "late", "mid", "fiscal", "this",
     "that", "for", "s", "through", "year", "a", "an"}
)  # fmt: skip
# Words before an "-ed" form that make it an adjective or a passive rather than a past tense.
_NOT_BEFORE_PAST = frozenset(
    {"the", "a", "an", "be", "been", "being", "is", "are", "am", "to", "its", "their", "his",
     "her", "our", "previously", "newly", "recently", "still", "as"}
)  # fmt: skip
# Frequency adjectives TimeML marks even before a noun ("the daily tally", "nightly raids"),
# unlike the financial ones ("its quarterly dividend", "annual report").
_DAILY_WORDS = frozenset({"daily", "nightly", "hourly", "weekly"})
_AFTER_FREQUENCY_ADVERB = frozenset(
    {"to", "and", "or", "in", "on", "at", "by", "for", "from", "since", "until", "the", "a",
     "an", "as", "with", "of", "but", "than", "while", "when", "over", "through"}
)  # fmt: skip
# What may follow the adverb "in future" (the British "from now on"): the end of its clause, a
# function word or a subject; a noun makes "future" its adjective ("in future talks").
_SUBJECT_PRONOUNS = frozenset({"we", "they", "it", "he", "she", "i", "you", "there"})
_AFTER_IN_FUTURE = _AFTER_FREQUENCY_ADVERB | _SUBJECT_PRONOUNS | {""}
# A present "be" before a past participle makes it a passive in the present ("is being made",
# "are held"), not a past event.
_PASSIVE_BE = frozenset({"being", "is", "are", "am"})
_MODAL_FUTURE = frozenset({"will", "shall", "'ll", "won't"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall", "must"})
_PAST_AUXILIARY = frozenset({"had", "was", "were", "did"})
_PRESENT_AUXILIARY = frozenset({"has", "have", "is", "are", "am", "does", "do"})
_COUNT_CUES = frozenset(
    {"about", "around", "some", "nearly", "almost", "than", "approximately", "roughly", "over",
     "under", "estimated", "total", "least"}
)  # fmt: skip
# An amount just before "a day" / "a year" makes it a rate: "$5 a day", "300 flights a week",
# "twice a year".
_MONEY_OR_COUNT = regex.compile(
    r"(?:(?<![\w.,])\d(?:[\d,.]*\d)?|[$€£¥]\S*|\b(?:per|times|twice|once|thrice))(?:\s+[\w-]+){0,2}\s+$"
)
# A sum of money just before "a year" makes a price or a rate ("$500 million a year", "$55 a
# night"), which TimeBank annotators leave unmarked, unlike a count of events ("twice a year");
# some wires set a space after the currency sign ("$ 170 billion a year").
_MONEY_BEFORE = regex.compile(r"[$€£¥]\s?\S*(?:\s+(?:thousand|million|billion|trillion))?\s+$")
# Punctuation to blank out before splitting a clause into words: str.translate and str.split
# run in C, several times faster than finding the words with a pattern.
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys('.,;:!?"()[]{}<>/\\|-–—…*&%$#@+=~^`', " "))
_PERIOD_AFTER = regex.compile(r"\s+(?:period|term|span|stretch|window|interval)(?!\w)", regex.I)
_ARTICLE_BEFORE = regex.compile(r"(?<!\w)(?:an?|the)\s+$", regex.I)
# The determiner of "a three-year period", "the same 28-day period", "that same two-week span":
# TimeML keeps it, as it keeps "the same day".
_PERIOD_DETERMINER = regex.compile(r"(?<!\w)(?:an?|the|(?:(?:the|that|this)\s+)?same)\s+$", regex.I)
_PERIOD_DETERMINER_REACH = 12  # characters: "that same " and its spaces
# "1994 or later", "1990 and beyond": an open end TimeML keeps inside the expression.
_OPEN_END = regex.compile(
    r"\s+(?:(?P<after>or\s+later|and\s+beyond|or\s+after)|or\s+earlier)(?!\w)", regex.I
)
_DAY_BESIDE = regex.compile(
    r"\s+(?P<side>before|after|following)(?=\s*[,.;:)]|\s+(?P<next>(?-i:[a-z])[\w']*))", regex.I
)
# Words after "the day before" that open the event it is counted from ("the day before the vote"),
# or after "the morning" the clause that says which morning it is ("the morning they crossed").
_EVENT_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our",
     "my", "your", "he", "she", "it", "they", "we", "i", "you", "yesterday", "tomorrow"}
)  # fmt: skip
_DAYTIME_WORDS = frozenset({"daytime", "nighttime", "night-time"})
# Words before "the night" that make it an adverbial of the sentence, so that a subject may
# follow it with no comma ("In the morning the troops left"), not a clause defining it.
_ADVERBIAL_DAYPART_LEADS = frozenset(
    {"in", "during", "through", "throughout", "overnight", "into", "over", "all"}
)
_NIGHT_EVENT = regex.compile(r"(?:\s+|-)(?P<noun>[a-z]+)(?!\w)", regex.I)
_OF_BETWEEN = regex.compile(r"\s+of\s+")
# Words before "this period" that make it the stretch of the story being told.
_PERIOD_LEADS = frozenset(
    {"during", "throughout", "in", "over", "for", "through", "from", "since", "of", "after"}
)
# Words before "this time" / "that time" that make it a time of the story, not an occasion.
_DEMONSTRATIVE_TIME_LEADS = frozenset(
    {"at", "by", "around", "during", "since", "until", "till", "from", "in", "throughout"}
)
# Words after "this time" / "the time" that make "time" a noun of its own phrase, not a time of
# the story: "the time to act", "this time for real", "for the time being", "the time when".
_TIME_AS_NOUN_FOLLOWERS = frozenset({"to", "for", "being", "when", "that"})
_RANGE_BETWEEN = regex.compile(r"\s*(?:-|–|to|and|until|till|through)\s*")
# The word that opens a range of two ends ("between ... and", "from ... to"), right before it.
_RANGE_OPENS = regex.compile(r"(?r)\b(?:between|from)\s+\Z", regex.I)
# A vague amount ending in a plural unit, and a second plural unit coordinated with it.
_PLURAL_UNIT_END = regex.compile(r"(?<!\w)(?:years|months|weeks|days|decades|hours)$", regex.I)
_AND_UNIT = regex.compile(
    r"\s+(?:and|or)\s+(?:years|months|weeks|days|decades|hours)(?!\w)"
    # "later" makes the second unit a point of its own; "respectively" pairs each unit elsewhere
    r"(?!,?\s+(?:ago|later|earlier|before|after|respectively)(?!\w))",
    regex.I,
)
# "the last week", "the first months" before "of" and a date: a part of that date (see
# _merge_of), not the week before the anchor.
_EDGE_UNIT = regex.compile(
    r"the\s+(?P<edge>first|second|third|fourth|last|final)\s+(?P<unit>[a-z]+)", regex.I
)
# The value of a month or a year that a part of it ("the first week of") may be counted in.
_MONTH_OR_YEAR_VALUE = regex.compile(r"(?:\d{4}|XXXX)(?:-\d{2})?")
_DAYPART_VALUE = regex.compile(r"T[A-Z]{2}$")
_EARLY_HOURS = regex.compile(r"the\s+(?:early|small|wee)\s+hours", regex.I)
_MONTH_VALUE = regex.compile(r"(?:\d{4}|XXXX)-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)")
_SEASON_PAIR = regex.compile(
    r"\s+(?:and|or|to)\s+(?:(?:early|late|mid)[-\s]+)?(?P<other>[a-z]+)\s+(?:of\s+)?\d{4}", regex.I
)
_YEAR_DIGITS = regex.compile(r"\d{4}")
# "last June and March 16, 2016": a month placed by its own word keeps its year.
_RELATIVE_LEAD = regex.compile(r"(?:last|next|this|past|coming|previous)\b", regex.I)
_FULL_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")
# Between a clock time and its day: "5:34 AM Baghdad time on March 20", "noon on Friday".
_ON_BETWEEN = regex.compile(r"\s+(?:(?:local|[A-Z][\w-]*)\s+time\s+)?on\s+")
_WORD_BEFORE = regex.compile(r"(?r)([\w']+)\.?\s*\Z")  # searched backwards: one attempt
_WORD_AFTER = regex.compile(r"\s*([\w']+)")
# The last clause break before an offset: punctuation that ends a clause, or an opening quote.
# A period after a short capitalised word ("Sept.", "Mr.", "U.S.") is an abbreviation, not a break.
# The marks share one "\s" (the same matches as "\.\s|[;!?\"]\s"): one alternative fewer to try
# at each position of the backward search (measured: 10-30% less time on the real calls).
_CLAUSE_BACK = regex.compile(
    r"(?r)(?:(?<!\b[A-Z][A-Za-z.]{0,3})\.|[;!?\"])\s|\b(?:that|said|says|told)\b"
)
_CLAUSE_FORWARD = regex.compile(
    r"[.;!?\"]\s|\b(?:that|said|says|told|but|while|when|which|who|whose)\b"
)
# Abbreviated modifiers whose period the tokenizer splits off ("ca. 466 BC", "c. 1850").
_ABBREVIATED_LEADS = frozenset({"ca", "c"})
# The "to" of "to date" (so far), or of "up to date" (current), right before an offset.
_TO_BEFORE = regex.compile(r"(?r)(?<![\w'])(?:(?P<up>up|out)\s+)?to\s+\Z", regex.I)
# The words before "the second day" that count it up to today: "it is", "as the strike enters".
_PRESENT_COUNT = frozenset({"is", "it's", "are", "enters", "marks", "now"})
# What an ordinal day names as its own span or year ("the seventh day of Ramadan in 2012", "the
# third day of Operation Cast Lead", "the first day of 1944"): such a day is not the one the
# paragraph told before, unless it stands in apposition to it ("on 3 March, the first day of").
_ORDDAY_OWN = regex.compile(
    r"\s+of\s+(?:(?P<year>\d{4})|(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
    r"(?:,?\s+(?:in\s+)?(?P<later>\d{4}))?)(?!\w)"
    r"|\s+in\s+(?P<own>\d{4})(?!\w)"
)
_APPOSITION = regex.compile(r"(?r)[,(\u2013\u2014-]\s*\Z")
# The adjectives that tell a time of the noun after them, and the words after them that show
# another sense: a verb or grammar word after the noun "current", a ledger's "current account".
_TIMED_ADJECTIVES = frozenset({"recent", "current"})
_NOT_TIMED_BY_ADJECTIVE = frozenset(
    {"of", "is", "was", "are", "were", "and", "or", "but", "to", "in", "on", "at", "for", "from",
     "with", "by", "as", "that", "which", "than", "flows", "flowed", "account", "accounts",
     "assets", "liabilities"}
)  # fmt: skip
# The noun "current" (of water or air) drives a verb: "a strong current swept the raft away".
# Its verb is a past form, told either by the past-tense lexicon or by "-ed" with an object or
# particle after it (so "the current proposed budget" keeps its adjective).
_TWO_WORDS_AFTER = regex.compile(r"\s+([\w']+)(?:\s+([\w']+))?")
_VERB_OBJECTS = frozenset(
    {"the", "a", "an", "him", "her", "them", "it", "us", "me", "his", "their", "its", "our",
     "away", "off", "through", "across", "along", "down", "into", "past", "toward", "towards",
     "downstream", "ashore", "out"}
)  # fmt: skip
_NOT_TRIGGERS = frozenset({"the", "a", "as", "at", "this", "just", "right", "some", "to"})
_EXTRA_TRIGGERS = frozenset(
    {"today", "tonight", "yesterday", "tomorrow", "century", "quarter", "now", "currently",
     "recently", "lately", "formerly", "soon", "nowadays", "future", "past",
     "present", "term", "ahead", "possible", "while", "time", "q1", "q2", "q3", "q4",
     "year-end", "year-ago", "year-earlier", "year-on-year", "half", "noon", "midnight", "midday",
     "moments"}
)  # fmt: skip


@attrs.frozen
class _Found:
    start: int
    end: int
    type: TimeType
    value: str
    mod: str | None = None


@attrs.define
class _Context:
    """What the rules need besides the match: the document, anchor and running reference."""

    doc: Text
    anchor: _dt.date | None
    lex: Lexicon
    future: dict[int, bool] = attrs.field(factory=dict)
    clauses: dict[int, list[str]] = attrs.field(factory=dict)
    # Where the third word of each sentence (by its start) begins: see _third_word.
    third_words: dict[int, int] = attrs.field(factory=dict)
    # The last explicit year mentioned and the paragraph it was in: year-less dates in the same
    # paragraph take it ("In 1943 ... in March"), as narratives anchor on their own story time.
    story_year: tuple[int, int] | None = None
    story_paragraph: int = -2
    story_sentence: int = -1
    historical_years: int = 0
    # The story year is before the common era ("481 BC ... in the summer"); whether the last
    # expression read took it, so that its value is written as such ("BC0481-SU").
    story_bc: bool = False
    bc_used: bool = False
    # The tokens that can be the core of an expression (every year among them), and how many
    # old years the whole text names (counted once, when first needed).
    cores: list[int] = attrs.field(factory=list)
    old_years: int | None = None
    # How many weekdays the whole text names (counted with the old years), and whether its
    # first expression was relative to the publication date: both mark a report.
    days_named: int = 0
    opens_deictic: bool = False
    # How many expressions so far were relative to the publication date ("yesterday").
    deictic: int = 0
    reference: _dt.date | None = None
    # The reference when only its month is known ("in October"): its day is a stand-in.
    month_reference: _dt.date | None = None
    # The last day an expression named ("on Friday", "Nov. 3"): "the morning" is its morning.
    day_reference: tuple[_dt.date, int] | None = None
    last_quarter: tuple[int, int, int] | None = None
    # The year and month of the last date told to the month or day ("on 7 December 1941"): a
    # story moves on, so a later "in January" of the same story is the January after it.
    told: tuple[int, int] | None = None
    # A year told in passing inside a paragraph of a later story year ("... on 28 March. The
    # council had met on 5 November 1917."): the story's year, month told, and paragraph before
    # it, back in force when the next paragraph opens, as the narrative goes on in its own time.
    aside: tuple[tuple[int, int], int, int, tuple[int, int] | None] | None = None

    def settle(self, offset: int) -> None:
        """Return to the story's own year once the paragraph of an aside year is over."""
        if self.aside is not None and self.paragraph(offset) != self.story_paragraph:
            self.story_year, self.story_paragraph, self.story_sentence, self.told = self.aside
            self.aside = None

    def quarter_nearby(self, offset: int) -> tuple[int, int] | None:
        """The quarter (year, number) named shortly before ``offset``, if any."""
        if self.last_quarter and offset - self.last_quarter[2] < _QUARTER_REACH:
            return self.last_quarter[0], self.last_quarter[1]
        return None

    def set_day(self, day: _dt.date, offset: int) -> None:
        self.day_reference = (day, self.paragraph(offset))

    def day_in_paragraph(self, offset: int) -> _dt.date | None:
        """The last day named in the paragraph of ``offset``, if any."""
        if self.day_reference and self.day_reference[1] == self.paragraph(offset):
            return self.day_reference[0]
        return None

    def day_just_told(self, offset: int) -> _dt.date | None:
        """The last day named in the paragraph of ``offset`` or the one before, if any.

        Wire stories give each sentence its own paragraph, so "... were dashed Friday. // Dealers
        placed orders in the morning" still tells of Friday morning.
        """
        if self.day_reference:
            told = self.day_reference[1]
            gap = self.paragraph(offset) - told
            if 0 <= gap <= 1:
                return self.day_reference[0]
            if 1 < gap <= 1 + _QUOTED_PARAGRAPHS_REACH and all(
                self._opens_with_quotation(told + step) for step in range(1, gap)
            ):
                # "spent Thursday in talks. // "We ...," said an aide. // The president held a
                # meeting in the morning": the speech between leaves the story on Thursday
                return self.day_reference[0]
        return None

    def _opens_with_quotation(self, paragraph: int) -> bool:
        """Whether the paragraph numbered ``paragraph`` begins with a quotation mark."""
        sentences = self.doc.sentences
        first = bisect.bisect_left(sentences, paragraph, key=_sentence_paragraph)
        if first == len(sentences) or sentences[first].paragraph != paragraph:
            return False
        return self.doc.normalized.startswith('"', sentences[first].start)

    def clause_words(self, offset: int) -> list[str]:
        """The lower-cased words of the clause around ``offset``.

        The clause runs from the last clause break before the expression to a few words after
        it, within its sentence, so that "said Friday that it will ..." stays in the past.
        """
        words = self.clauses.get(offset)
        if words is None:
            words = self.clauses[offset] = self._clause_words(offset)
        return words

    def _clause_words(self, offset: int) -> list[str]:
        text = self.doc.normalized
        sentence = self.doc.sentence_at(offset)
        low = max(sentence.start if sentence else 0, offset - 200)
        high = min(sentence.end if sentence else len(text), offset + 40)
        breaks = _CLAUSE_BACK.search(text, low, offset)
        if breaks:
            low = breaks.end()
        after = _CLAUSE_FORWARD.search(text, offset, high)
        if after:
            high = after.start()
        return text[low:high].lower().translate(_PUNCTUATION_TO_SPACE).split()

    def is_future(self, offset: int) -> bool:
        """Whether the clause around ``offset`` refers forward ("will", "plans", "next" ...)."""
        if offset in self.future:
            return self.future[offset]
        words = self.clause_words(offset)
        cues = self.lex.future_cues
        past = self.lex.past_cues
        # "announced plans to ...", "said plans to ...": after a past verb the cue is a noun
        # phrase, and the clause tells what happened then.
        result = self._has_future_word(offset, words) or (
            not _cue_heads(cues).isdisjoint(words)
            and any(
                f"{a} {b}" in cues
                and not (
                    i and (words[i - 1] in past or words[i - 1].endswith("ed")) and a == "plans"
                )
                for i, (a, b) in enumerate(itertools.pairwise(words))
            )
        )
        if result and not _MODAL_FUTURE.intersection(words) and _PAST_AUXILIARY.intersection(words):
            result = False  # "had been due to expire Friday": a plan seen from the past
        self.future[offset] = result
        return result

    def _has_future_word(self, offset: int, words: list[str]) -> bool:
        """Whether a one-word future cue tells the clause's time.

        A cue that qualifies a noun ("called Friday for ... in the upcoming election") yields to
        a past verb of the clause, unless it leads a time word ("next week").
        """
        lex = self.lex
        hits = lex.future_cues.intersection(words)
        if not hits or not hits <= lex.future_adjectives:
            return bool(hits)
        leads_time = any(
            word in hits and _is_time_word(following, lex)
            for word, following in itertools.pairwise(words)
        )
        return leads_time or not self.has_past_verb(offset)

    def is_past(self, offset: int) -> bool:
        """Whether the clause around ``offset`` is told in the past tense (and not the future).

        A past-tense auxiliary or common irregular verb counts, or a regular "-ed" form after a
        word that is not a determiner or a form of "be" ("the proposed merger", "is expected"
        are adjectives and passives, not past events).
        """
        return not self.is_future(offset) and self.has_past_verb(offset)

    def has_past_verb(self, offset: int) -> bool:
        """Whether the clause around ``offset`` holds a past-tense verb, whatever else it has."""
        words = self.clause_words(offset)
        if any(
            word in self.lex.past_cues and before not in _PASSIVE_BE
            for before, word in zip(["", *words], words, strict=False)
        ):
            return True
        # "agreed to acquire ... in January": the event is the one still to come; "is said to
        # have taken place": a perfect infinitive tells a past event.
        return any(
            _regular_past(before, word, after, then) or (before == "to" and word == "have")
            for before, word, after, then in zip(
                words, words[1:], [*words[2:], ""], [*words[3:], "", ""], strict=False
            )
        )

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation."""
        return self.quote_at(offset) is not None

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation ``offset`` lies inside, if any."""
        quotes = self.doc.quotes
        index = bisect.bisect_right(quotes, offset, key=_quote_start) - 1
        return quotes[index] if index >= 0 and offset < quotes[index].end else None

    def paragraph_length(self, offset: int) -> int:
        """How many sentences the paragraph of ``offset`` has."""
        number = self.paragraph(offset)
        sentences = self.doc.sentences
        first = bisect.bisect_left(sentences, number, key=_sentence_paragraph)
        return bisect.bisect_right(sentences, number, lo=first, key=_sentence_paragraph) - first

    def sentence_index(self, offset: int) -> int:
        """The number of the sentence holding ``offset`` (0 before the first sentence)."""
        return bisect.bisect_right(self.doc.sentences, offset, key=_sentence_start)

    def paragraph(self, offset: int) -> int:
        sentence = self.doc.sentence_at(offset)
        return sentence.paragraph if sentence else -1

    def year_for(self, offset: int, month: int | None = None) -> int | None:
        """The story year a year-less date at ``offset`` takes, if the text is telling one.

        With ``month``, a month of a past story well before the last month told is taken to be
        in the following year: "7 December 1941 ... in January" is January 1942.
        """
        year = self._story_year(offset)
        if year is not None and self.story_bc:
            self.bc_used = True
            return year
        if year is None or month is None or self.told is None:
            return year
        if self.anchor is not None and year >= self.anchor.year:
            return year  # a plan or schedule ("office in January 2017 ... in November")
        told_year, told_month = self.told
        if told_year != year or _previous_word(self, offset) == "since":
            return year  # "since January" reaches back from the time told, not on past it
        # A history moves forward: a month well before the one just told is in the next year,
        # unless the clause looks back in the past perfect ("who had spent the spring"; but
        # "had been repulsed by January" tells a deadline ahead).
        if month - told_month < -_TOLD_SLACK and (
            "had" not in self.clause_words(offset)
            or _previous_word(self, offset) in _ENDPOINT_WORDS
        ):
            return year + 1
        return year

    def _story_year(self, offset: int) -> int | None:
        if not self.story_year:
            return None
        year, where = self.story_year
        sentence = self.doc.sentence_at(offset)
        if sentence is not None and where == sentence.start:
            return year
        # A narrative of the past (a war history) carries its year from sentence to sentence;
        # a news report mentioning an old year does not move its own "in March" there.
        anchor = self.anchor
        if anchor is None or year < anchor.year - _HISTORY_GAP:
            if self.narrative or (
                self.paragraph(offset) == self.story_paragraph
                and (
                    self.sentence_index(offset) - self.story_sentence <= _STORY_REACH
                    or self.paragraph_length(offset) <= _SHORT_PARAGRAPH
                )
            ):
                return year
        elif year < anchor.year and self.narrative:
            return year  # a history reaching up to last year
        return None

    @property
    def narrative(self) -> bool:
        """Whether the text reads as a history rather than a report: several years long past
        and few expressions relative to the publication date ("yesterday", "on Monday")."""
        if not self.historical_years or self.opens_deictic:
            return False  # no old year told yet: nothing to carry, and no scan to pay for
        if self.old_years is None:
            # A history shows itself by its many old years long before its first relative
            # expression, so the whole text's count decides from the start.
            last = self.anchor.year - _HISTORY_GAP if self.anchor else 0
            # ... and a report by its many weekdays (days named from the publication date),
            # even when its first paragraphs recall a career's old years: one pass counts both.
            texts, lowers = self.doc.token_columns.texts, self.doc.token_lowers
            days = self.lex.weekdays
            old_years = days_named = 0
            for index in self.cores:
                word = texts[index]
                if len(word) == 4 and word.isdecimal():  # not "000²", which int() refuses
                    old_years += int(word) < last
                elif len(word) > 5 and word[:1].isupper() and lowers[index] in days:
                    days_named += 1  # "Monday", not "Sun" or "Sat"
            self.old_years, self.days_named = old_years, days_named
        years = max(self.historical_years, self.old_years)
        deictic = max(self.deictic, self.days_named)
        return years >= 2 and deictic * _NARRATIVE_RATIO < years


def _is_time_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` names a unit, day, month or season ("week", "Monday", "spring")."""
    return word in lex.units or word in lex.weekdays or word in lex.months or word in lex.seasons


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


def _sentence_paragraph(sentence: Sentence) -> int:
    return sentence.paragraph


def _quote_start(quote: Quote) -> int:
    return quote.start


@functools.cache
def _cue_heads(cues: frozenset[str]) -> frozenset[str]:
    """The first words of the two-word cues ("plans" of "plans to")."""
    return frozenset(cue.split()[0] for cue in cues if " " in cue)


@functools.cache
def _triggers() -> frozenset[str]:
    lex = lexicon()
    words: set[str] = set(_EXTRA_TRIGGERS)
    words.update(lex.months, lex.weekdays, lex.seasons, lex.units, lex.dayparts, lex.sets)
    words.update(f"{d}s" for d in lex.weekdays)
    words.update(f"{s}s" for s in lex.seasons)  # "the past three summers"
    words.update(closed_lengths(lex))  # "a weeklong siege"
    words.update(w for w in lex.cardinals if lex.cardinals[w] >= 20)
    words -= _NOT_TRIGGERS
    # A phrase needs one trigger among its words, as a rule is tried up to _WINDOW tokens
    # before each trigger: its last word (the head: "days", "future", "term"), unless another
    # word already is one. Common words ("more", "new", "these") then stay plain words.
    phrases = sorted(
        (*lex.vague, *lex.holidays, *lex.movable_holidays), key=lambda p: (p.count(" "), p)
    )
    for phrase in phrases:
        parts = [part for part in phrase.split() if part not in _NOT_TRIGGERS]
        if parts and not words.intersection(parts):
            words.add(parts[-1])
    words.update(t[:-1] + "ies" for t in lex.cardinals if t.endswith("ty"))
    return frozenset(words)


@functools.lru_cache(maxsize=16384)
def _can_lead(token: str) -> bool:
    """Whether a token may stand before the core of a time expression, inside it."""
    lowered = token.lower()
    # a comma may stand inside a list of amounts ("ten, fifteen and twenty years")
    return lowered in {"-", "'", ","} or probe_key(lowered, "", "") is not None


@functools.lru_cache(maxsize=65536)
def _is_core(word: str) -> bool:
    """Whether a token can be the core of a time expression (cached: a hit runs no Python)."""
    key = word.lower()
    triggers = _triggers()
    if key in lexicon().months and word[:1].islower():
        return False  # "may", "march": a month is read only capitalised, so a verb is no core
    if "-" in key or "'" in key:
        return _is_trigger(key, triggers)
    return key in triggers or key[:1].isdigit()


@functools.lru_cache(maxsize=16384)
def _is_trigger(key: str, triggers: frozenset[str]) -> bool:
    """Whether a token (by its key) can be the core of a time expression: a digit or time word."""
    if key[:1].isdigit():
        return True
    word = key.removesuffix("'s")
    if word in triggers:
        return True
    return "-" in word and any(part in triggers or part[:1].isdigit() for part in word.split("-"))


def _cores(doc: Text, glued: frozenset[str]) -> list[int]:
    """The tokens that can be the core of an expression (see :func:`_is_core`), in text order.

    A word all of letters is one only if it is a time word; the others worth asking about hold
    a digit, hyphen or apostrophe ("2014", "mid-March", "today's"), less the lone punctuation
    marks. Words repeat ("the", ","), so that is decided once per distinct word of the
    lower-cased tokens (which the text makes once for every extractor) by set operations, and
    one set lookup per token finds them, all in C: Python looks only at those few. A live blog's
    post stamp scraped against the word before it (a word of ``glued``: "FeaturedFebruary 6") is
    a core too, at its month, when a day follows.
    """
    lowers = doc.token_lowers
    texts = doc.token_columns.texts
    words = set(lowers)
    wanted = (
        words.intersection(_triggers()) | set(itertools.filterfalse(str.isalpha, words))
    ) - _MARKS
    candidates = itertools.compress(itertools.count(), map(wanted.__contains__, lowers))
    cores = [i for i in candidates if _is_core(texts[i])]
    # a post stamp scraped against the word before it ("FeaturedFebruary 6", "PostedFeb. 6"):
    # the token is a core at its month (see find_times) when a day follows
    if glued:
        stamps = itertools.compress(itertools.count(), map(glued.__contains__, texts))
        cores = sorted({*cores, *(i for i in stamps if _day_follows(texts, i))})
    return cores


def _glued_stamps(texts: Sequence[str]) -> frozenset[str]:
    """The words of ``texts`` holding a post stamp scraped against the word before it
    ("FeaturedFebruary"), found once per text for the cores and the rule starts."""
    # only a word of mixed case can hold one: the all-lower, title-case and all-capital words
    # (nearly all of them) are set aside by C string tests before the pattern's search
    mixed_case = itertools.filterfalse(
        str.isupper,
        itertools.filterfalse(str.istitle, itertools.filterfalse(str.islower, set(texts))),
    )
    return frozenset(filter(glued_month_pattern().search, mixed_case))


def _day_follows(texts: Sequence[str], index: int) -> bool:
    """Whether a number follows the token at ``index``, after at most an abbreviation's period."""
    after = texts[index + 1 : index + 3]
    if after and after[0] == ".":
        after = after[1:]
    return bool(after) and after[0][:1].isdigit()


def find_times(doc: Text, anchor: _dt.date | None) -> tuple[TimeExpression, ...]:
    """Find the time expressions of ``doc`` and resolve them against ``anchor``.

    Returns them in text order with ids ``"t1"``, ``"t2"``, ...
    """
    text = doc.normalized
    if not text.strip():
        return ()
    lex = lexicon()
    rules = compiled_rules()
    # The places where an expression can be: the few tokens that can be the core of one (found
    # in C, see _cores) and the grammar words just before them.
    token_starts, token_ends, texts = doc.token_columns
    last = len(texts) - 1
    starts: set[int] = set()
    glued = _glued_stamps(texts)
    cores = _cores(doc, glued)
    for index in cores:
        # An expression may start a few grammar words before its core ("the first nine
        # months", "more than a decade"); walk back over them only.
        back = index
        low = max(0, index - _WINDOW)
        while back > low and _can_lead(texts[back - 1]):
            back -= 1
        if back > 1 and texts[back - 1] == "." and texts[back - 2].lower() in _ABBREVIATED_LEADS:
            back -= 2  # "ca. 466 BC": an abbreviated modifier, its period a token of its own
        starts.update(range(back, index + 1))
    if not starts:
        return ()
    context = _Context(doc=doc, anchor=anchor, lex=lex, reference=anchor, cores=cores)
    found: list[_Found] = []
    covered = 0
    for index in sorted(starts):
        end = token_ends[index]
        if end <= covered:
            continue
        word = texts[index]
        # Inside a hyphenated token a second expression may start ("August-September 1950").
        offsets = [0]
        if "-" in word:
            offsets += [k + 1 for k, char in enumerate(word) if char == "-"]
        elif word in glued and (glued_month := glued_month_pattern().search(word)):
            offsets = [glued_month.start()]  # "FeaturedFebruary 6": the stamp opens at the month
        elif glued_tail := GLUED_TAIL.search(word):
            # "1905Harsh winter": a heading's year, then a time run into it ("Harsh winter")
            offsets.append(glued_tail.start())
        for offset in offsets:
            position = token_starts[index] + offset
            if position < covered:
                continue
            # The rules worth trying are those that can begin with this token and the next one
            # (no more of it than a rule reads: a copy of the whole rest of a long hyphenated
            # token at each of its hyphens would be quadratic).
            head = word[offset : offset + PHRASE_REACH]
            if index < last:
                spaced = token_starts[index + 1] > end
                candidates = _rules_for(head, spaced, texts[index + 1])
                if len(candidates) > _REFINE and index + 1 < last:
                    candidates = _rules_for_three(
                        head, spaced, texts[index + 1],
                        token_starts[index + 2] > token_ends[index + 1], texts[index + 2],
                    )  # fmt: skip
            else:
                candidates = _rules_for(head, False, "")
            if not candidates:
                continue
            context.bc_used = False
            context.settle(position)
            results, unvalued = _first_reading(text, position, candidates, rules, context)
            covered = max(covered, unvalued)
            if context.bc_used and context.story_year is not None:
                story = context.story_year[0]
                results = [_before_era(result, story) for result in results]
                context.reference = context.day_reference = None
            if results:
                if not found:
                    # A text that opens on a time told from its publication ("Sanctions imposed
                    # last week ...") is a report, whatever history it recalls further on.
                    context.opens_deictic = context.deictic > 0
                found += results
                # never backwards: a shorter reading must not reopen an off-calendar phrase
                # skipped above ("summer" inside "next summer" in year 9999)
                covered = max(covered, *(result.end for result in results))
    times = []
    found = _share_year(_merge_of(_join_units(found, text), text), text)
    # a recurring clock time loses its default day before a day named beside it gives one back
    found = _day_of_clock(_habitual_clock(found, text), text)
    found = _named_day_events(found, text, lex)
    if "then" in text:
        found = _then_after(found, doc)
    if anchor is not None and doc.quotes and not context.narrative:
        found = _quoted_days(found, context, anchor)
    for number, item in enumerate(found, start=1):
        times.append(
            TimeExpression(
                id=f"t{number}",
                span=doc.span(item.start, item.end),
                type=item.type,
                value=item.value,
                mod=item.mod,
            )
        )
    return tuple(times)


def _quoted_days(found: list[_Found], ctx: _Context, anchor: _dt.date) -> list[_Found]:
    """Count a quoted "yesterday", "today" or "tomorrow" from the day the quotation was told.

    '"We lost ten men yesterday," the minister said on Friday': the speaker's yesterday is the
    Thursday before that Friday, not the day before publication. The day must stand beside a
    reporting verb outside the quotation, in the sentence that opens or closes it. A quoted
    "ago" date counts back from the day or month so told (see :func:`_moved_back`).
    """
    text = ctx.doc.normalized
    result = list(found)
    for number, item in enumerate(found):
        quote = ctx.quote_at(item.start)
        if quote is None:
            continue
        if _FULL_DAY.match(item.value) and _DAY_WORD.search(text, item.start, item.end):
            told = _reporting_date(found, quote, ctx, _FULL_DAY)
            if told is None or _dt.date.fromisoformat(told) >= anchor:
                continue
            said = _dt.date.fromisoformat(told) + (_dt.date.fromisoformat(item.value[:10]) - anchor)
            result[number] = attrs.evolve(item, value=said.isoformat() + item.value[10:])
        elif _counts_back(found, number, text):
            told = _reporting_date(found, quote, ctx, _DAY_OR_MONTH)
            value = _moved_back(item.value, told, anchor) if told is not None else None
            if value is not None:
                result[number] = attrs.evolve(item, value=value)
    return result


def _counts_back(found: list[_Found], number: int, text: str) -> bool:
    """Whether ``found[number]`` is an "ago" date or the first end of a range of them."""
    item = found[number]
    if item.type != TimeType.DATE:
        return False
    if _AGO_END.search(text, item.start, item.end):
        return True  # "two years ago"
    after = found[number + 1] if number + 1 < len(found) else None
    joint = _RANGE_JOINT.match(text, item.end)
    return (
        after is not None
        and joint is not None
        and joint.end() == after.start
        and bool(_AGO_END.search(text, after.start, after.end))
    )  # "seven" in "seven or eight months ago"


def _moved_back(value: str, told: str, anchor: _dt.date) -> str | None:
    """An "ago" date counted from the day or month a quotation was told, not from the anchor.

    "in May 2019, a defector said she had met him 'five or six months ago'" in a November
    2021 report: ``2021-06`` counted from the anchor becomes ``2018-12``.
    """
    if _FULL_DAY.fullmatch(value) and _FULL_DAY.fullmatch(told):
        said = _dt.date.fromisoformat(told) + (_dt.date.fromisoformat(value) - anchor)
        return said.isoformat() if said < anchor else None
    if _YEAR_MONTH.fullmatch(value):
        told_months = int(told[:4]) * 12 + int(told[5:7]) - 1
        if told_months >= anchor.year * 12 + anchor.month - 1:
            return None
        back = anchor.year * 12 + anchor.month - (int(value[:4]) * 12 + int(value[5:7]))
        months = told_months - back
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if value.isdigit() and len(value) == 4 and int(told[:4]) < anchor.year:
        return f"{int(told[:4]) - (anchor.year - int(value)):04d}"
    return None


def _reporting_date(
    found: list[_Found], quote: Quote, ctx: _Context, shape: regex.Pattern[str]
) -> str | None:
    """The date of ``shape`` named beside the reporting verb of ``quote`` ("said on Friday").

    The reporting clause is the rest of the sentence after the closing mark, or before the
    opening mark ('On Monday, the commander told reporters: "..."'), up to another quotation.
    """
    text = ctx.doc.normalized
    clauses = []
    if quote.close_mark is not None and (closing := ctx.doc.sentence_at(quote.close_mark)):
        end = text.find('"', quote.close_mark + 1, closing.end)
        clauses.append((quote.close_mark + 1, closing.end if end < 0 else end))
    if opening := ctx.doc.sentence_at(quote.open_mark):
        start = text.rfind('"', opening.start, quote.open_mark)
        clauses.append((opening.start if start < 0 else start + 1, quote.open_mark))
    for low, high in clauses:
        verbs = [
            word
            for word in _WORD.finditer(text, low, high)
            if word.group().lower() in ctx.lex.reporting_verbs
        ]
        first = bisect.bisect_left(found, low, key=operator.attrgetter("start"))
        for item in itertools.islice(found, first, None):
            if item.start >= high:
                break
            if not (item.end <= high and item.type == TimeType.DATE):
                continue
            if shape.fullmatch(item.value) and any(_beside(text, verb, item) for verb in verbs):
                return item.value
    return None


def _beside(text: str, verb: regex.Match[str], item: _Found) -> bool:
    """Whether a reporting verb dates its words by ``item``: "said on Friday", "told the BBC on
    Friday", or a day fronted before its subject ("On Friday, the minister said")."""
    if verb.end() <= item.start:
        between = text[verb.end() : item.start]
        return "," not in between and len(between.split()) <= _VERB_TO_DAY
    return len(text[item.end : verb.start()].split()) <= _DAY_TO_VERB


# A date a quotation is told on: a day or a month ("in October 2017, a fighter told ...").
_DAY_OR_MONTH = regex.compile(r"\d{4}-\d\d(?:-\d\d)?")
_YEAR_MONTH = regex.compile(r"\d{4}-\d\d")
# An amount counted back from the speaker's day, and the word joining two ends of a range.
_AGO_END = regex.compile(r"(?<!\w)ago\Z", regex.I)
_RANGE_JOINT = regex.compile(r"\s+(?:or|to)\s+", regex.I)
# The words a quotation's own day counts from: "yesterday" in quotes is the speaker's.
_DAY_WORD = regex.compile(r"(?<!\w)(?:today|tonight|yesterday|tomorrow)(?!\w)", regex.I)
_WORD = regex.compile(r"[\w']+")
# How many words may stand between a reporting verb and its day ("told the BBC on"), and
# between a fronted day and the verb ("On Friday, the country's defence minister said").
_VERB_TO_DAY = 4
_DAY_TO_VERB = 6


def _before_era(found: _Found, story: int) -> _Found:
    """The expression dated in a story year before the common era, written as such.

    Only a year near the story's is: "last May" in such a story is still the anchor's May.
    """
    year = found.value[:4]
    if year.isdigit() and abs(int(year) - story) <= _BC_REACH:
        return attrs.evolve(found, value="BC" + found.value)
    return found


# How many years from a story year before the common era a year counted from it may lie.
_BC_REACH = 100
# The spans named before the common era by their leading digits: years long, digits kept.
_BC_SPANS = {"decade": (10, 3), "century": (100, 2)}


def _merge_of(found: list[_Found], text: str) -> list[_Found]:
    """Join "the night of" / "the spring of" with the date that follows into one expression.

    A week or month before "of" and a month or year is that part of it, one expression
    ("the first week of August", "the last months of 2018"); before another date ("the last
    week of Ramadan") the week is the length it is.
    """
    merged: list[_Found] = []
    for item in found:
        if not merged:
            merged.append(item)
            continue
        previous = merged[-1]
        of_between = _OF_BETWEEN.fullmatch(text, previous.end, item.start)
        edge = None
        if of_between and previous.type != TimeType.SET:
            edge = _EDGE_UNIT.fullmatch(text, previous.start, previous.end)
        part = _part_of(edge, item) if edge is not None else None
        if part is not None:
            merged[-1] = _Found(previous.start, item.end, TimeType.DATE, *part)
            continue
        if edge is not None and edge["unit"].lower() == "week":
            # "the last week of August": a week of that month, not the week before the anchor;
            # TimeML marks the part as a length anchored on the date that follows
            value = _duration(1, edge["unit"], lexicon())
            previous = merged[-1] = _Found(previous.start, previous.end, TimeType.DURATION, value)
        if (
            previous.type == TimeType.TIME
            and item.type == TimeType.DURATION
            and text[item.start : item.end].lower() == "hours"
            and not text[previous.end : item.start].strip()
            and _DAYPART_VALUE.search(previous.value)
        ):
            # "the early morning hours" (of 30 April): the hours are the part of the day
            merged[-1] = attrs.evolve(previous, end=item.end)
            continue
        if (
            of_between
            and previous.type == item.type == TimeType.TIME
            and previous.value.startswith("XXXX-XX-XXT")
            and _EARLY_HOURS.fullmatch(text, previous.start, previous.end)
        ):
            # "the early hours of Sunday morning": the hours are that morning's
            merged[-1] = _Found(previous.start, item.end, item.type, item.value, previous.mod)
            continue
        if of_between and item.type == TimeType.DATE:
            joined = _joined_value(previous, item.value)
            if joined is not None:
                kind = TimeType.TIME if "T" in joined else TimeType.DATE
                merged[-1] = _Found(previous.start, item.end, kind, joined, previous.mod)
                continue
        merged.append(item)
    return merged


def _part_of(edge: regex.Match[str], date: _Found) -> tuple[str, str | None] | None:
    """The value and mod of a week or month counted in the month or year ``date`` names.

    TimeBank ("the third quarter of 1984"), WikiWars ("the last week of August") and our news
    gold ("the first months of 2018") mark such a part and its date as one expression. A
    plural part with no count is the start or end of the date, as "early 2018" is; a count
    ("the first nine months of 1997") is left to the rules of lengths, as TimeBank splits it.
    """
    if date.type != TimeType.DATE or date.mod or not _MONTH_OR_YEAR_VALUE.fullmatch(date.value):
        return None
    word, unit = edge["edge"].lower(), edge["unit"].lower()
    from_end = word in {"last", "final"}
    if unit in {"weeks", "months"}:
        if from_end or word == "first":
            return date.value, "END" if from_end else "START"
        return None
    if date.value.startswith("XXXX"):
        return ("XXXX-WXX", None) if unit == "week" else None
    nth = -1 if from_end else lexicon().ordinals[word]
    value = part_of_period(date.value, unit, nth)
    return None if value is None else (value, None)


def _join_units(found: list[_Found], text: str) -> list[_Found]:
    """Carry a vague amount over the unit coordinated after it: "in recent weeks and months".

    TimeML marks the pair as one expression; the first unit gives the value.
    """
    joined: list[_Found] = []
    for item in found:
        if joined and item.start < joined[-1].end:
            continue  # the unit just carried over, found again on its own
        pair = None
        # only an uncounted amount: "two days and months later" are two things
        vague = "X" in item.value or item.value.endswith("_REF")
        if vague and _PLURAL_UNIT_END.search(text, item.start, item.end):
            pair = _AND_UNIT.match(text, item.end)
        joined.append(item if pair is None else attrs.evolve(item, end=pair.end()))
    return joined


def _share_year(found: list[_Found], text: str) -> list[_Found]:
    """Give the first end of a range the year written only at its second end.

    "between March and May 2014", "August-September 1950": the first month is in 2014 / 1950.
    A range opens before it closes: "between January 1 and September 26" in an October report
    is January of that September's year, not the coming January.
    """
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if (
            first.type == TimeType.DATE
            and second.type == TimeType.DATE
            and _RANGE_BETWEEN.fullmatch(text, first.end, second.start)
            and _MONTH_VALUE.fullmatch(first.value)
            and not _YEAR_DIGITS.search(text, first.start, first.end)
            and not _RELATIVE_LEAD.match(text, first.start, first.end)
            and second.value[:4].isdigit()
        ):
            if _YEAR_DIGITS.search(text, second.start, second.end):
                found[index] = attrs.evolve(first, value=second.value[:4] + first.value[4:])
            elif first.value > second.value and _RANGE_OPENS.search(
                text, max(0, first.start - 10), first.start
            ):
                year = int(second.value[:4])
                if first.value[4:] > second.value[4:]:
                    year -= 1  # "from October to March": the October before
                found[index] = attrs.evolve(first, value=f"{year:04d}{first.value[4:]}")
    return found


def _named_day_events(found: list[_Found], text: str, lex: Lexicon) -> list[_Found]:
    """Date a month and day in words by the year of the event they name ("after the Sept. 11
    attacks" is 2001-09-11 in a 2016 report): before a noun of the event, or in a text that
    names the event by its figures ("9/11"), as ``time_named_days`` lists them."""
    by_day = {date[4:]: (date, nouns) for date, nouns in lex.named_days.values()}
    spans = (text[item.start : item.end] for item in found)
    named = {lex.named_days[span][0] for span in spans if span in lex.named_days}
    for index, item in enumerate(found):
        event = by_day.get(item.value[4:]) if _FULL_DAY.fullmatch(item.value) else None
        if (
            event is None
            or event[0] == item.value
            or _YEAR_DIGITS.search(text, item.start, item.end)
        ):
            continue
        following = _WORD_AFTER.match(text, item.end, item.end + 30)
        if event[0] in named or (following is not None and following.group(1).lower() in event[1]):
            found[index] = attrs.evolve(item, value=event[0])
    return found


def _day_of_clock(found: list[_Found], text: str) -> list[_Found]:
    """Give a clock time the day named right beside it: "at 5:00 am on October 3, 1935", "on
    12 March at 10.30am"; a day with its clock time after it and no signal between ("until May
    8 1:00AM") is one expression.

    The time is read before a day after it is, so it took the day told before it (or the
    anchor's); and a report gives a clock time the anchor's day, not the one just named.
    """
    timed: list[_Found] = []
    for item in found:
        previous = timed[-1] if timed else None
        if previous is None:
            timed.append(item)
        elif _clock_and_day(item, previous) and _AT_BETWEEN.fullmatch(
            text, previous.end, item.start
        ):
            timed.append(_on_day(item, previous))
        elif (
            _clock_and_day(item, previous)
            and _CLOCK_VALUE.search(item.value)
            and _CLOCK_AFTER_DAY.fullmatch(text, previous.end, item.start)
        ):
            # TimeML writes a day and its hour as one TIMEX3 whichever comes first, as
            # TimeBank does for "5 p.m. EST Nov. 9"
            timed[-1] = attrs.evolve(_on_day(item, previous), start=previous.start)
        elif _clock_and_day(previous, item) and _ON_BETWEEN.fullmatch(
            text, previous.end, item.start
        ):
            timed[-1] = _on_day(previous, item)
            timed.append(item)
        else:
            timed.append(item)
    return timed


def _habitual_clock(found: list[_Found], text: str) -> list[_Found]:
    """Take the day off a clock time that tells when something recurs: "airs weekdays from
    6:00AM to 9:00AM", "every day from 4am to midnight", "at 5 p.m. daily".

    The clock time is then on any of the days the set names (``XXXX-XX-XXT06:00``), as TimeML
    values a time with no particular day; a range's second end follows its first.
    """
    for index, item in enumerate(found):
        if not (_CLOCK_VALUE.search(item.value) and _FULL_DAY.match(item.value)):
            continue
        before = found[index - 1] if index else None
        after = found[index + 1] if index + 1 < len(found) else None
        if (
            before is not None
            and _habit_of(before)
            and _HABIT_GAP.fullmatch(text, before.end, item.start)
        ) or (
            after is not None
            and _habit_of(after)
            and _CLOCK_AFTER_DAY.fullmatch(text, item.end, after.start)  # "at 5 p.m. daily"
        ):
            found[index] = attrs.evolve(item, value="XXXX-XX-XX" + item.value[10:])
    return found


def _habit_of(neighbour: _Found) -> bool:
    """Whether ``neighbour`` is a set of days or a clock time of one."""
    if neighbour.type == TimeType.SET:
        return _SET_OF_DAYS.match(neighbour.value) is not None
    return neighbour.type == TimeType.TIME and neighbour.value.startswith("XXXX-XX-XXT")


# A set whose every member is a day ("daily", "every day", "weekdays", "every Monday").
_SET_OF_DAYS = regex.compile(r"XXXX-(?:XX-XX$|WXX-)")
# From a recurring time to its clock time: a few words of the same clause, the last one leading
# to the clock ("weekdays from 6:00AM", "every day he works from 6am", "6am to 9pm").
_HABIT_GAP = regex.compile(
    r"[^.;:!?()]{0,30}?(?:(?<!\w)(?:from|at|between|until|till|by|to|and)\s+|\s*[-–]\s*)"
)


def _clock_and_day(clock: _Found, day: _Found) -> bool:
    return (
        clock.type == TimeType.TIME
        and "T" in clock.value
        and day.type == TimeType.DATE
        and _FULL_DAY.fullmatch(day.value) is not None
    )


def _on_day(clock: _Found, day: _Found) -> _Found:
    return attrs.evolve(clock, value=day.value + clock.value[clock.value.index("T") :])


_AT_BETWEEN = regex.compile(r",?\s+at\s+")
# Only a space or a comma between a day and the clock time after it ("May 8 1:00AM").
_CLOCK_AFTER_DAY = regex.compile(r",?\s{1,3}")
_CLOCK_VALUE = regex.compile(r"T\d")


# "until then": the time just told, named again as an end (the word before a "then"). "Since
# then" is left out, as TimeBank and WikiWars leave it: a reach from that time, which TimeML
# marks only with a date of its own.
_THEN_LEAD = regex.compile(r"(?<!\w)(?:until|till)\s{1,3}\Z", regex.I)


def _then_after(found: list[_Found], doc: Text) -> list[_Found]:
    """Add "then" after "until" as the date told in its sentence or the one before.

    "The deal expires on Nov. 30. Until then, the stock stays convertible": "then" is Nov. 30.
    Without such a date close by (the event told may have none), "then" is left alone.
    """
    text = doc.normalized
    starts = [item.start for item in found]
    added: list[_Found] = []
    # str.find runs in C over the few "then"s; a pattern scanning the whole text cost more.
    following = text.find("then")
    while following != -1:
        start, end = following, following + 4
        following = text.find("then", end)
        if text[end : end + 1].isalnum() or not _THEN_LEAD.search(text, max(0, start - 9), start):
            continue
        sentence = doc.sentence_at(start)
        if sentence is None:
            continue
        index = bisect.bisect_left(doc.sentences, sentence.start, key=_sentence_start)
        low = doc.sentences[index - 1].start if index > 0 else sentence.start
        position = bisect.bisect_left(starts, start) - 1
        if position < 0 or found[position].start < low:
            continue
        told = found[position]
        if told.type not in {TimeType.DATE, TimeType.TIME} or not told.value[:4].isdigit():
            continue
        added.append(_Found(start, end, told.type, told.value))
    if not added:
        return found
    return sorted([*found, *added], key=operator.attrgetter("start"))


def _joined_value(part: _Found, date: str) -> str | None:
    tail = part.value.rsplit("-", 1)[-1]
    if part.type == TimeType.TIME and "T" in part.value and len(date) == 10:
        return date + part.value[part.value.index("T") :]
    if part.type == TimeType.DATE and tail in {"SP", "SU", "FA", "WI"} and date[:4].isdigit():
        return f"{date[:4]}-{tail}"
    return None


@functools.lru_cache(maxsize=65536)
def _rules_for(first: str, spaced: bool, second: str) -> tuple[int, ...]:
    """The rules that can begin with token ``first`` followed by ``second`` (cached per pair)."""
    probe = probe_key(first, " " if spaced else "", second)
    return () if probe is None else rules_starting_with(probe)


@functools.lru_cache(maxsize=65536)
def _rules_for_three(
    first: str, spaced: bool, second: str, spaced2: bool, third: str
) -> tuple[int, ...]:
    """The rules that can begin with three given tokens (cached per triple)."""
    probe = probe_key_three(first, " " if spaced else "", second, " " if spaced2 else "", third)
    return () if probe is None else rules_starting_with(probe)


def _first_reading(
    text: str,
    position: int,
    candidates: tuple[int, ...],
    rules: tuple[tuple[str, regex.Pattern[str]], ...],
    context: _Context,
) -> tuple[list[_Found], int]:
    """The reading of the first rule that matches at ``position`` and whose handler accepts it,
    and the end of the longest phrase read whose time is off the calendar (else ``position``).

    The caller skips such a phrase whole: "next summer" in year 9999 has no value, and its
    "summer" alone would be read as this summer.
    """
    unvalued = position
    for rule in candidates:
        name, compiled = rules[rule]
        match = compiled.match(text, position, position + PHRASE_REACH)
        if match is not None:
            try:
                results = _HANDLERS[name](match, context)
            except (OverflowError, ValueError):
                # Arithmetic past year 1 or 9999 (an extreme anchor): this phrase has no value.
                unvalued = max(unvalued, match.end())
                continue
            if any(_off_calendar(found.value) for found in results):
                unvalued = max(unvalued, match.end())
            elif results:
                return results, unvalued
    return [], unvalued


def _off_calendar(value: str) -> bool:
    """Whether a value counted by year arithmetic left TIMEX3's years 0001-9999.

    "next summer" at an anchor in 9999 would be '10000-SU', "last spring" in year 1 '0000-SP':
    a precise time that cannot be written is dropped, like one the calendar cannot reach.
    """
    return _OFF_CALENDAR_YEAR.match(value) is not None


_OFF_CALENDAR_YEAR = regex.compile(r"\d{5}|0000|-")


def extract_times(
    text: str, anchor: _dt.date | _dt.datetime | str | None = None
) -> tuple[TimeExpression, ...]:
    """Return the time expressions in ``text``, resolved against ``anchor``.

    Args:
        text: any text.
        anchor: the date relative expressions are resolved against (usually the publication
            date): a date, datetime or ISO-8601 string.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``anchor`` cannot be read as a date.

    Example:
        >>> times = extract_times("Russia will hold talks next week.", anchor="2021-11-16")
        >>> [(t.span.text, str(t.type), t.value) for t in times]
        [('next week', 'DATE', '2021-W47')]
    """
    return find_times(Text(text), coerce_date(anchor, name="anchor"))


# --- interpretation ---------------------------------------------------------------------------


def _g(match: regex.Match[str], name: str) -> str | None:
    """The text of group ``name``; ``None`` if it matched nothing or the rule has no such group."""
    number = _group_number(match.re, name)
    value = match[number] if number is not None else None
    return value if isinstance(value, str) else None


@functools.lru_cache(maxsize=1024)
def _group_number(pattern: regex.Pattern[str], name: str) -> int | None:
    # regex reads a group name only after failing to read it as a number, an error it formats
    # and drops each time (and a missing group raises another): a number looked up once per
    # rule and name costs about half as much.
    return pattern.groupindex.get(name)


@functools.lru_cache(maxsize=4096)
def _lower(value: str | None) -> str:
    """The words matched, lower case with single spaces (cached: matches repeat a few words)."""
    return " ".join(value.lower().split()) if value else ""


def _quantity(words: str | None, lex: Lexicon) -> float | None:
    """The number a quantity phrase names; ``None`` for a vague one ("several")."""
    phrase = _lower(words).replace(",", "")
    if not phrase or phrase in _VAGUE_QUANTITIES:
        return None
    if phrase in {"a", "an", "one", "another"}:
        return 1
    if phrase.startswith(("a couple", "couple")):
        return 2
    if phrase == "a dozen":
        return 12
    # "half an hour", "a half-hour", "a quarter-century": a fraction beside its article
    fraction = phrase.removeprefix("a ").removesuffix(" a").removesuffix(" an")
    if fraction != phrase and fraction in lex.fractions:
        return lex.fractions[fraction]
    half = 0.0
    for suffix in (" 1/2", "½", " and a half", " and a-half"):
        if phrase.endswith(suffix):
            phrase, half = phrase[: -len(suffix)].strip(), 0.5
    try:
        return float(phrase) + half
    except ValueError:
        pass
    total = 0.0
    current = 0.0
    for part in phrase.replace("-", " ").split():
        if part == "a":
            continue  # "a hundred": the scale word counts one
        if part == "hundred":
            current = (current or 1) * 100
        elif part == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif part in lex.cardinals:
            current += lex.cardinals[part]
        else:
            return None
    return total + current + half


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _duration(amount: float | None, unit: str, lex: Lexicon) -> str:
    count, designator, granularity = lex.units[unit.lower()]
    if granularity == "century" and (amount is None or amount == int(amount)):
        # TIMEX3 counts whole centuries in their own unit ("two centuries" is P2CE, not P200Y);
        # decades stay in years ("two decades" P20Y), as TimeBank's news annotators write
        # them (WikiWars writes P2DE)
        return f"P{'X' if amount is None else _number(amount)}CE"
    if amount is None and granularity in _UNCOUNTED_UNITS:
        # "for decades", "decades-long", "millennia-long": with no count there are no years to
        # write, so the TIMEX3 unit of its own, as the TimeML guidelines give it
        return _UNCOUNTED_UNITS[granularity]
    prefix = "PT" if designator.startswith("T") else "P"
    letter = designator.removeprefix("T")
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * count
    if letter == "Y" and total >= 1000 and total % 1000 == 0:
        return f"P{_number(total / 1000)}L"
    if total != int(total) and (letter in _SMALLER or (prefix, letter) == ("PT", "M")):
        # A fraction ("2 1/2 years") is written with the next smaller unit: P2Y6M, P1DT12H,
        # PT1M30S (a minute is the smaller unit of an hour, a second of a minute).
        small, factor = ("S", 60) if (prefix, letter) == ("PT", "M") else _SMALLER[letter]
        whole = int(total)
        rest = round((total - whole) * factor)
        if not whole:
            # "half an hour" is PT30M, "half a day" PT12H: no empty larger unit before it
            return f"{'PT' if prefix == 'PT' or small == 'H' else 'P'}{rest}{small}"
        if prefix == "PT":
            return f"PT{whole}{letter}{rest}{small}"
        separator = "T" if small == "H" else ""
        return f"P{whole}{letter}{separator}{rest}{small}"
    return f"{prefix}{_number(total)}{letter}"


_UNCOUNTED_UNITS = {"decade": "PXDE", "millennium": "PXL"}
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7)}


def _point_mod(match: regex.Match[str], ctx: _Context) -> str | None:
    words = _lower(_g(match, "pmod"))
    if not words:
        return None
    return _listed_mod(ctx.lex.point_mods, words.removeprefix("very "))


def _amount_mod(match: regex.Match[str], ctx: _Context) -> str | None:
    words = _lower(_g(match, "amod"))
    return _listed_mod(ctx.lex.amount_mods, words) if words else None


def _listed_mod(mods: dict[str, str], words: str) -> str | None:
    mod = mods.get(words)
    # "a good part of 1990", "the better part of a decade": TimeML takes the words in but has
    # no mod for an unnamed share
    return None if mod == "-" else mod


def _title_inside(match: regex.Match[str], group: str, ctx: _Context) -> bool:
    """Whether a time word is capitalised inside a sentence, as in a name ("This Week")."""
    return _capitalised_inside(ctx, match.start(group))


def _capitalised_inside(ctx: _Context, start: int) -> bool:
    """Whether the word at ``start`` is capitalised and not the first of its sentence."""
    if not ctx.doc.original[start : start + 1].isupper():
        return False
    sentence = ctx.doc.sentence_at(start)
    first = sentence.start if sentence else 0
    before = ctx.doc.normalized[first:start].strip(" \"'(")
    return bool(before) and not before.endswith((":", "--"))


def _in_quoted_title(ctx: _Context, offset: int) -> bool:
    """Whether ``offset`` is inside a short quoted name after a capitalised word of it: the
    song "White Christmas", the film "A Very Long Engagement", not a date."""
    quote = ctx.quote_at(offset)
    if quote is None or quote.close_mark is None or quote.end - quote.start > _TITLE_LENGTH:
        return False
    lead = ctx.doc.normalized[quote.start : offset].split()
    return bool(lead) and all(word[:1].isupper() for word in lead)


# How long (in characters) a quotation may be and still read as a title.
_TITLE_LENGTH = 40


def _capitalised(match: regex.Match[str], group: str, ctx: _Context) -> bool:
    start = match.start(group)
    return start >= 0 and ctx.doc.original[start : start + 1].isupper()


def _previous_word(ctx: _Context, offset: int) -> str:
    """The word just before ``offset`` (an abbreviation's period allowed), or ""."""
    found = _WORD_BEFORE.search(ctx.doc.normalized, max(0, offset - 30), offset)
    return found.group(1).lower() if found else ""


def _next_word(ctx: _Context, offset: int) -> str:
    """The word just after ``offset`` with only spaces between, or ""."""
    found = _WORD_AFTER.match(ctx.doc.normalized, offset, offset + 30)
    return found.group(1).lower() if found else ""


def _moved_to(ctx: _Context, offset: int) -> bool:
    """Whether the date at ``offset`` is one a plan was moved to: "the summit was postponed
    until May", "the hearing was adjourned to Monday" name a date ahead of the move, past as
    the verb is (see ``time_moving_verbs``)."""
    return bool(moved_date_pattern().search(ctx.doc.normalized, max(0, offset - 80), offset))


# "since at least 2013": a floor on a date, which leaves the preposition before it to tell
# what the date is to the clause.
_AT_LEAST_BEFORE = regex.compile(r"(?r)(?<!\w)at\s+least\s+\Z", regex.I)


def _signal_before(ctx: _Context, offset: int) -> str:
    """The word before ``offset``, or before an "at least" there ("since at least March")."""
    word = _previous_word(ctx, offset)
    if word != "least":
        return word
    floor = _AT_LEAST_BEFORE.search(ctx.doc.normalized, max(0, offset - 12), offset)
    return _previous_word(ctx, floor.start()) if floor else word


def _month(match: regex.Match[str], ctx: _Context, group: str = "month") -> int | None:
    word = _lower(_g(match, group)).rstrip(".")
    if not _capitalised(match, group, ctx):
        return None
    return ctx.lex.months.get(word)


def _day_number(match: regex.Match[str], ctx: _Context) -> int | None:
    text = _g(match, "day")
    if text:
        return int(text)
    word = _lower(_g(match, "dayw"))
    if word:
        return ctx.lex.ordinals.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
    return None


def _valid(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _choose_year(
    ctx: _Context,
    offset: int,
    month: int,
    day: int = 1,
    *,
    ahead: bool = False,
    whole_month: bool = False,
    feast: bool = False,
) -> int | None:
    """The year of a year-less month (and day): the story year, or the one nearest the anchor.

    ``ahead``: the expression is a deadline ("by February"), later than the anchor unless its
    clause is told in the past. ``whole_month``: a month told whole, so a past clause means one
    begun by the anchor. ``feast``: a holiday, read by tense as a weekday is: a past clause
    means the latest one up to the anchor, a future one the next after it ("shelled the city on
    Christmas Eve", "will cross on Boxing Day"); a bare month-day keeps a few weeks' slack, as
    schedules are told in the past tense ("the offer expired Nov. 16" in a Nov. 2 report).
    """
    story = ctx.year_for(offset, month)
    if story is not None:
        return story
    anchor = ctx.anchor
    if anchor is None:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = _valid(year, month, min(day, 28) if day > 28 else day)
        if date is not None:
            candidates.append(date)
    if not candidates:
        return None  # no such day in any year ("January 0")
    if _signal_before(ctx, offset) == "since" or _in_since_gerund(ctx, offset):
        # "since Jan. 13": a span reaching the present opens in the past, whatever the tense
        started = [c for c in candidates if c <= anchor]
        return (started[-1] if started else candidates[0]).year
    later = [c for c in candidates if c >= (anchor if feast else anchor.replace(day=1))]
    if later and (
        ctx.is_future(offset)
        or _moved_to(ctx, offset)
        or (ahead and not ctx.is_past(offset))
        # "a deal to avoid an assault in September" in a December report: a purpose months
        # ahead would say "next September"; so far off, the date is when the deal was made
        or (later[0] - anchor < _PURPOSE_HORIZON and _purpose_before(ctx, offset))
    ):
        return later[0].year
    if ctx.is_past(offset) or _fronted_past(ctx, offset):
        # A past event: the latest such date up to a few weeks after the anchor ("the offer
        # expired Nov. 16" in a Nov. 2 report stays in this year).
        horizon = anchor + _dt.timedelta(days=45 if day > 1 else 40)
        if whole_month or feast:
            # "changed its year in December", "shelled the city on Christmas Eve": a month told
            # whole or a feast is no schedule, so nothing after the anchor is past
            horizon = anchor
        earlier = [c for c in candidates if c <= horizon]
        return (earlier[-1] if earlier else candidates[0]).year
    # No tense to go by ("payable Jan. 3", "holders of record Dec. 21", "a pact effective
    # June 1"): the nearest such date, as schedules and recent events cluster around the anchor.
    middle = 15 if day == 1 else 0
    return min(candidates, key=lambda c: abs((c - anchor).days + middle)).year


def _in_since_gerund(ctx: _Context, offset: int) -> bool:
    """Whether a date ends a "since" phrase led by a gerund in its clause.

    "has threatened to push deeper since sending forces into Afrin in February": the phrase
    tells what has been done, so the date lies behind the writing whatever the main verb says.
    """
    sentence = ctx.doc.sentence_at(offset)
    low = max(sentence.start if sentence else 0, offset - _SINCE_GERUND_REACH)
    return _SINCE_GERUND.search(ctx.doc.normalized, low, offset) is not None


# How far back (in characters) a "since" and its gerund may stand before the date they time.
_SINCE_GERUND_REACH = 80
# "since sending Turkish forces into the Kurdish enclave of Afrin in": no clause break between.
_SINCE_GERUND = regex.compile(r"(?<!\w)since\s++\w{2,}ing(?!\w)[^,;:.!?\"]*+\Z", regex.I)


def _regular_past(before: str, word: str, after: str, then: str = "") -> bool:
    """Whether ``word`` reads as a regular past verb between ``before`` and ``after``.

    An "-ed" word after a determiner or a form of "be" is an adjective or a passive ("the
    proposed merger", "is expected"), and one before "to" a verb of intent ("agreed to acquire
    ... in January" tells of the event to come) unless ``then``, the word after "to", opens a
    noun phrase ("talked to the president on Friday": "to" is a preposition).
    """
    return (
        word.endswith("ed")
        and len(word) > 4
        and before not in _NOT_BEFORE_PAST
        and (after != "to" or then in _NOUN_AFTER_TO)
    )


# Words after "to" that open a noun phrase, so that "to" is a preposition, not an infinitive.
_NOUN_AFTER_TO = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
     "those", "him", "them", "me", "us", "reporters"}
)  # fmt: skip


def _fronted_past(ctx: _Context, offset: int) -> bool:
    """Whether a date heading its sentence is told by a past verb further on.

    "In January, Rex Tillerson, then secretary of state, said ...": the clause around the
    date ends before the verb (a reporting verb is a clause break elsewhere), so the sentence's
    first verb, read past the comma, gives the tense.
    """
    sentence = ctx.doc.sentence_at(offset)
    if sentence is None:
        return False
    text = ctx.doc.normalized
    # A date heads its sentence after two words at most ("In January,"), then a comma.
    comma = _FRONTED_COMMA.match(text, offset, sentence.end)
    if comma is None or (
        offset > _third_word(ctx, sentence) and not _fronted_phrase(text, sentence.start, offset)
    ):
        return False
    end = min(sentence.end, offset + _FRONTED_REACH)
    # A quotation's reporting verb tells when it was said, not when its date is: "'Saturday or
    # Sunday you could sit,' he told the BBC"
    quote = text.find('"', comma.end(), end)
    end = end if quote < 0 else quote
    words = [raw.strip(_STRIP_PUNCTUATION) for raw in text[comma.end() : end].lower().split()]
    # A regular "-ed" form right after the comma opens the subject ("In January, armed groups
    # will ..."); after the subject's words it is the verb ("In January, the governor lauded").
    # The first verb decides: "... the Senate has withdrawn support and accused ..." is present.
    for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False):
        if word in ctx.lex.future_cues or word in _PRESENT_AUXILIARY:
            return False
        if word in ctx.lex.past_cues or (before and _regular_past(before, word, after)):
            return True
    return False


def _third_word(ctx: _Context, sentence: Sentence) -> int:
    """Where the third word of ``sentence`` begins (its end if it has fewer words).

    Found once per sentence: splitting the words before each date instead cost time growing
    with the square of a long sentence's length.
    """
    third = ctx.third_words.get(sentence.start)
    if third is None:
        found = _TWO_WORDS.match(ctx.doc.normalized, sentence.start, sentence.end)
        third = found.end() if found is not None else sentence.end
        ctx.third_words[sentence.start] = third
    return third


def _fronted_phrase(text: str, start: int, offset: int) -> bool:
    """Whether a short adverbial phrase leads the sentence up to ``offset``.

    "In a statement on Friday, the minister said ...", "Speaking to reporters on Monday, ...":
    the date closes a phrase set before the subject, so the main verb after the comma tells
    its tense as it does for "In January, ...". A date inside the phrase's noun ("In the
    run-up to Sunday's vote, ...") times something else.
    """
    words = text[start:offset].split()
    return (
        offset - start <= _FRONTED_PHRASE_REACH
        and 2 < len(words) <= _FRONTED_PHRASE_WORDS
        and words[0].lower() in _FRONTED_PHRASE_LEADS
        and words[-1].lower() in _FRONTED_PHRASE_SIGNALS
    )


# How long (in characters, in words) a phrase fronted before a date may be.
_FRONTED_PHRASE_REACH = 50
_FRONTED_PHRASE_WORDS = 7
# The words that open a phrase set before the subject ("In an interview on Monday, ...").
_FRONTED_PHRASE_LEADS = frozenset({"in", "at", "during", "speaking", "writing", "after"})
# The prepositions that set the date itself in such a phrase ("... on Friday,").
_FRONTED_PHRASE_SIGNALS = frozenset({"on", "in"})
# The first two words of a sentence and the spaces after them, up to the third word.
_TWO_WORDS = regex.compile(r"\s*+\S++\s++\S++\s++")
# A fronted date: the date's own words, then a comma before the rest of the sentence.
_FRONTED_COMMA = regex.compile(r"[\w.' -]{1,30}?,")
# How far (in characters) the verb of a fronted date (or of an opening "Today,") may stand
# after it.
_FRONTED_REACH = 160
# The marks around a word that do not change it ("said," is "said").
_STRIP_PUNCTUATION = ".,;:!?\"'()“”’‘"


def _purpose_before(ctx: _Context, offset: int, *, passive_only: bool = False) -> bool:
    """Whether a year-less date at ``offset`` ends an infinitive of purpose or agreement.

    "an agreement to acquire the bank in January", "a program to pay down the loan by
    February": the date is when the act is to happen, ahead of the writing even when the
    sentence reports it in the past. Not after a verb of phase ("began to withdraw in March"),
    nor when a past verb comes between ("to buy the firm, which it did in March").
    ``passive_only`` accepts only "to be" and a participle ("a summit to be held on Friday"):
    an active infinitive before a weekday is as often a past errand ("flew to Kabul to meet
    the envoy on Friday").
    """
    sentence = ctx.doc.sentence_at(offset)
    low = max(sentence.start if sentence else 0, offset - _PURPOSE_REACH)
    window = ctx.doc.normalized[low:offset]
    words = window.translate(_PUNCTUATION_TO_SPACE).split()
    past = ctx.lex.past_cues
    if not words or words[-1].lower() in {"since", "from", "after"}:
        return False  # "since Jan. 13": a time already past
    for index in range(len(words) - 1, 0, -1):
        word = words[index].lower()
        if word in past or (word.endswith("ed") and len(word) > 4):
            # "a congress to be held in December", "expected Isis to be defeated by October"
            passive = index >= 3 and [w.lower() for w in words[index - 2 : index]] == ["to", "be"]
            return passive and _purpose_lead(words[index - 3].lower(), ctx.lex)
        if word in _CLAUSE_OPENERS:
            return False
        if word != "to" or index + 1 >= len(words):
            continue
        if passive_only:
            return False
        verb = words[index + 1]
        caused_from = max(0, index - 1 - _CAUSED_OBJECT_WORDS)
        if not ctx.lex.infinitive_caused.isdisjoint(w.lower() for w in words[caused_from:index]):
            return False  # "prompted Parliament to call a debate in January": it was called
        return (
            verb.isalpha()
            and verb.islower()
            and verb not in ctx.lex.infinitive_not_verbs
            and verb not in ctx.lex.units
            # a plural noun ("a visit to troops"), not a verb ("to discuss", "to focus")
            and (not verb.endswith("s") or verb.endswith(("ss", "us")))
            and _purpose_lead(words[index - 1].lower(), ctx.lex)
        )
    return False


def _purpose_lead(lead: str, lex: Lexicon) -> bool:
    # "began to withdraw", "the time it took to kill": a phase or a past event, not a purpose
    return lead not in lex.infinitive_not_purpose and lead not in lex.past_cues


# How far back (in characters) an infinitive may stand before the date it leads to.
_PURPOSE_REACH = 90
# How many words the object of a verb of causing may take before its infinitive.
_CAUSED_OBJECT_WORDS = 3
# How far ahead a year-less date of purpose may lie ("to acquire the bank in January").
_PURPOSE_HORIZON = _dt.timedelta(days=183)
# Words that open a clause of their own: an infinitive before them is not the date's.
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while"})


# How far back (in characters) "until" may stand before a year that ends the span it opens.
_ENDPOINT_REACH = 60
_ENDPOINT_WORDS = frozenset({"by", "until", "till"})
# Words before a month that make it a deadline, ahead unless told in the past ("extends the
# loans through January", but "fought on through January").
_DEADLINE_WORDS = frozenset({"by", "until", "till", "through"})
_ENDPOINT_BEFORE = regex.compile(r"\b(?:until|till)\b[^,;:.()]*\Z", regex.I)


def _remember_year(ctx: _Context, offset: int, year: int, *, bc: bool = False) -> None:
    sentence = ctx.doc.sentence_at(offset)
    recent = ctx.anchor is not None and year >= ctx.anchor.year - _HISTORY_GAP
    if (ctx.story_year is not None or recent) and _ENDPOINT_BEFORE.search(
        ctx.doc.normalized, max(sentence.start if sentence else 0, offset - _ENDPOINT_REACH), offset
    ):
        # "a siege that lasted until the fall of Budapest in February 1945": the end of a span
        # told from inside the story, which stays in its own year; nor does a recent year ("the
        # town, under Isis control until 2016, ... was attacked in January" in 2018).
        if not recent:
            ctx.historical_years += 1
        return
    paragraph = sentence.paragraph if sentence else -2
    story = ctx.story_year
    if ctx.aside is not None:
        # Inside an aside: a year far from the story's keeps it one ("... since January 2007
        # ... as against 2007 ... in summer 2007"), the story's own year or the next ends it.
        if not _aside_year(ctx.aside[0][0], year):
            ctx.aside = None
    elif (
        story is not None
        and _aside_year(story[0], year)
        and not (bc or ctx.story_bc)
        and (paragraph == ctx.story_paragraph or _told_in(ctx, story[0], paragraph))
        and ctx.narrative
    ):
        # A look back (or far ahead) inside a paragraph telling the story's year: an aside,
        # the story's year returns with the next paragraph.
        ctx.aside = (story, ctx.story_paragraph, ctx.story_sentence, ctx.told)
    ctx.story_year = (year, sentence.start if sentence else -1)
    ctx.story_bc = bc
    if bc:
        # Dates count down before the common era: "the next day", "two years later" are not
        # reckoned from a reference the calendar arithmetic could shift the right way.
        ctx.reference = None
        ctx.day_reference = None
    ctx.story_paragraph = sentence.paragraph if sentence else -2
    ctx.story_sentence = ctx.sentence_index(offset)
    if ctx.told is not None and ctx.told[0] != year:
        ctx.told = None
    if ctx.anchor is None or year < ctx.anchor.year - _HISTORY_GAP:
        ctx.historical_years += 1


def _back_in_report_time(ctx: _Context, offset: int, year: int) -> None:
    """A report back in its own time ("last year", "today") after an older year it told.

    "detained in 2012, he spent months in jail last year after his arrest in July": the July
    is last year's, and the old year no longer dates the year-less months after it. A history
    keeps its story year (its "today" is quoted, its years follow their own story).
    """
    story = ctx.story_year
    if story is not None and story[0] != year and not (ctx.story_bc or ctx.narrative):
        _remember_year(ctx, offset, year)


# How many years past the story's a year told in its paragraph may lie and still be the story's
# next step ("In 1950 ... by 1953, ..."); further on, or any year before it, is an aside.
_ASIDE_LEAP = 3


def _aside_year(story: int, year: int) -> bool:
    """Whether ``year``, told inside a story of ``story``, is an aside rather than its next step."""
    return year < story or year > story + _ASIDE_LEAP


def _told_in(ctx: _Context, year: int, paragraph: int) -> bool:
    """Whether the last day told was in ``year`` and in ``paragraph``."""
    told = ctx.day_reference
    return told is not None and told[1] == paragraph and told[0].year == year


def _date_found(
    match: regex.Match[str],
    ctx: _Context,
    month: int,
    day: int | None,
    year_text: str | None,
    *,
    feast: int | None = None,
    day_in: Callable[[int], int] | None = None,
) -> list[_Found]:
    """The date (or month, if ``day`` is None) a match names, its year chosen if not written.

    ``feast``: the day of the holiday the match names ("Christmas", "the Christmas offensive"):
    the year is chosen for that day, by tense as a weekday's date is (see ``_choose_year``).
    ``day_in``: the day of the month in a given year, for a holiday that moves ("Labor Day").
    """
    mod = _point_mod(match, ctx)
    if year_text:
        year = int(year_text)
        _remember_year(ctx, match.start(), year)
    else:
        chosen = _choose_year(ctx, match.start(), month, feast or day or 1, feast=feast is not None)
        if chosen is None:
            known = day_in is None and day is not None
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if known else "-XX" if day else "")
            return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
        year = _weekday_year(ctx, match, chosen, month, day)
    if day_in is not None:
        day = day_in(year)
    if day is not None:
        date = _valid(year, month, day)
        if date is None:
            return []
        ctx.reference = date
        ctx.told = (year, month)
        ctx.set_day(date, match.start())
        return [_Found(match.start(), match.end(), TimeType.DATE, date.isoformat(), mod)]
    _refer_to_month(ctx, year, month)
    return [_Found(match.start(), match.end(), TimeType.DATE, f"{year:04d}-{month:02d}", mod)]


def _weekday_year(
    ctx: _Context, match: regex.Match[str], year: int, month: int, day: int | None
) -> int:
    """The year of a year-less date whose weekday is named ("Friday, April 1"): the chosen
    year if the weekday fits it, else the nearest year around the anchor where it does."""
    named = _g(match, "wd")
    weekday = ctx.lex.weekdays.get(_lower(named).rstrip(".")) if named else None
    if weekday is None or day is None:
        return year
    date = _valid(year, month, day)
    if date is None or date.isoweekday() == weekday:
        return year
    around = ctx.anchor.year if ctx.anchor else year
    for candidate in (around, around - 1, around + 1):
        fitting = _valid(candidate, month, day)
        if fitting is not None and fitting.isoweekday() == weekday:
            return candidate
    return year


def _refer_to_month(ctx: _Context, year: int, month: int) -> None:
    """Make a named month the reference of anaphora ("the following month", "two weeks later")."""
    ctx.told = (year, month)
    reference = ctx.reference
    if reference is None or (reference.year, reference.month) != (year, month):
        ctx.reference = _valid(year, month, 1) or reference
        ctx.month_reference = ctx.reference


def _h_iso(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    date = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    if date is None:
        return []
    _remember_year(ctx, match.start(), date.year)
    ctx.reference = date
    ctx.set_day(date, match.start())
    if match["hh"]:
        value = f"{date.isoformat()}T{match['hh']}:{match['mi']}"
        return [_Found(match.start(), match.end(), TimeType.TIME, value)]
    return [_Found(match.start(), match.end(), TimeType.DATE, date.isoformat())]


def _h_odd(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    value = normalise_absolute(match.group())
    if value is None:
        return []
    _remember_year(ctx, match.start(), int(value[:4]))
    return [_Found(match.start(), match.end(), TimeType.DATE, value)]


def _suffix_end(ctx: _Context, end: int) -> int:
    text = ctx.doc.normalized
    if text[end : end + 2].lower() in {"st", "nd", "rd", "th"}:
        return end + 2
    return end


def _day_range(match: regex.Match[str], ctx: _Context, first_start: int) -> list[_Found]:
    """Both ends of a range of days in one month; the first end starts at ``first_start``."""
    month = _month(match, ctx)
    first, second = int(match["d1"]), int(match["d2"])
    # "from the 13th to the 19th of October": TimeML keeps "the" of a day named by its number
    second_start = match.start("dthe2") if match.groupdict().get("dthe2") else match.start("d2")
    if month is None or not (1 <= first <= 31 and 1 <= second <= 31) or first >= second:
        return []
    year = int(match["year"]) if match["year"] else _choose_year(ctx, match.start(), month)
    if year is None:
        low, high = f"XXXX-{month:02d}-{first:02d}", f"XXXX-{month:02d}-{second:02d}"
    else:
        low_date, high_date = _valid(year, month, first), _valid(year, month, second)
        if low_date is None or high_date is None:
            return []
        low, high = low_date.isoformat(), high_date.isoformat()
        # "meet on 10 and 11 September, followed three days later by ...": from the last day
        ctx.reference = high_date
        ctx.set_day(high_date, match.start())
    return [
        _Found(first_start, _suffix_end(ctx, match.end("d1")), TimeType.DATE, low),
        _Found(second_start, match.end(), TimeType.DATE, high),
    ]


def _h_dayrange(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    # "10 and 12 November": the first end is the bare day ("the 28", when the text says so).
    return _day_range(match, ctx, match.start("dthe") if match["dthe"] else match.start("d1"))


def _h_mdrange(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    # "November 10 to 12": the first end keeps the month.
    return _day_range(match, ctx, match.start())


def _h_yrange(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    first = int(match["y1"])
    tail = match["y2"]
    if match["era"]:
        # "499-493 BC", "from 264 to 241 BC": years counted down, both before the common era
        second = int(tail)
        if not 0 < second < first or first - second > 200:
            return []
        _remember_year(ctx, match.start(), first, bc=True)
        return [
            _Found(match.start("y1"), match.end("y1"), TimeType.DATE, f"BC{first:04d}"),
            _Found(match.start("y2"), match.end(), TimeType.DATE, f"BC{second:04d}"),
        ]
    if match["ysep"].strip() not in {"-", "–"} or not 1000 <= first <= 2099:
        return []  # "1914 to 1918" is two years the year rule reads one by one
    second = int(tail) if len(tail) == 4 else (first // 100) * 100 + int(tail)
    if second <= first or second - first > 200:
        return []
    _remember_year(ctx, match.start(), first)
    return [
        _Found(match.start("y1"), match.end("y1"), TimeType.DATE, f"{first:04d}"),
        _Found(match.start("y2"), match.end("y2"), TimeType.DATE, f"{second:04d}"),
    ]


def _h_time(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if match["noon"]:
        before = _previous_word(ctx, match.start())
        if not (match["wd"] or match["tday"] or match["tmod"]) and before not in {
            "at", "by", "before", "after", "until", "till", "around", "about", "from", "since",
            "to", "past",
        }:  # fmt: skip
            return []
        clock = "12:00" if _lower(match["noon"]) != "midnight" else "24:00"
    elif match["ampm"]:
        hour = int(match["h"])
        if not 1 <= hour <= 12:
            return []
        minute = int(match["mi"] or 0)
        if match["ampm"].lower().startswith("p") and hour != 12:
            hour += 12
        elif match["ampm"].lower().startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    elif match["h24"]:
        clock = f"{int(match['h24']):02d}:{match['mi24']}"
    else:
        clock = f"{match['mil']}:{match['mil2']}"
    day: str | None = None
    anchor = ctx.anchor
    if match["wd"]:
        weekday = ctx.lex.weekdays.get(_lower(match["wd"]).rstrip("."))
        if weekday and anchor:
            day = _tensed_weekday(ctx, match.start(), anchor, weekday).isoformat()
    elif match["tday"] and anchor:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[_lower(match["tday"])]
        day = (anchor + _dt.timedelta(days=offset)).isoformat()
    elif match["month"]:
        month = _month(match, ctx)
        if month is None:
            return []
        year = _choose_year(ctx, match.start(), month, int(match["day"]))
        date = _valid(year, month, int(match["day"])) if year else None
        day = date.isoformat() if date else None
    elif ctx.narrative:
        # "At 11 a.m. the guns fell silent": in a history, the day being told, not today
        told = ctx.day_reference[0] if ctx.day_reference else None
        day = told.isoformat() if told else None
    elif anchor:
        day = anchor.isoformat()
    value = f"{day or 'XXXX-XX-XX'}T{clock}"
    mod = "APPROX" if match["tmod"] and _lower(match["tmod"]) in {
        "about", "around", "approximately", "roughly"
    } else None  # fmt: skip
    if match["tmod"] and mod is None:
        mod = "BEFORE" if "before" in match["tmod"].lower() else "AFTER"
    return [_Found(match.start(), match.end(), TimeType.TIME, value, mod)]


def _h_mdy(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    month = _month(match, ctx)
    day = _day_number(match, ctx)
    if month is None or day is None or not 1 <= day <= 31:
        return []
    if _lower(match["month"]) == "may" and not (match["year"] or match["wd"]):
        # "may 20" as a verb and a number is rare once capitalised, but keep it honest.
        pass
    return _dated_in_year(match, ctx, month, day)


def _h_dmy(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    month = _month(match, ctx)
    day = int(match["day"])
    if month is None or not 1 <= day <= 31:
        return []
    found = _dated_in_year(match, ctx, month, day)
    after = _WORD_AFTER.match(ctx.doc.original, match.end())
    if (
        not match["wd"]
        and _lower(match.group()).startswith("the")
        and ctx.doc.normalized[match.end("day") : match.start("month")].isspace()
        and after is not None
        and after.group(1).islower()
        and _noun_follows(ctx, match.end())
    ):
        # "the 7 October attack": the date describes the noun, whose article it is (but "the
        # 25th of August" is a noun, and "the 14 September Austria attacked" a clause)
        return [attrs.evolve(item, start=match.start("day")) for item in found]
    return found


def _h_my(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    month = _month(match, ctx)
    if month is None:
        return []
    if match["bcy"]:
        value = f"BC{int(match['bcy']):04d}-{month:02d}"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, _point_mod(match, ctx))]
    return _dated_in_year(match, ctx, month, None)


def _dated_in_year(
    match: regex.Match[str], ctx: _Context, month: int, day: int | None
) -> list[_Found]:
    """A month or day of the year the match names, by number or relative to the anchor or
    the story ("March of last year", "July 25 of that year")."""
    relation = _lower(_g(match, "yrel"))
    if not relation:
        return _date_found(match, ctx, month, day, match["year"])
    base = ctx.anchor if relation in {"this", "last", "next"} else ctx.reference
    if base is None and day and relation in {"this", "last", "next"}:
        # "21 December last year" with no publication date: the day as if its year were
        # unnamed (the story's year, when the text has one)
        return _date_found(match, ctx, month, day, None)
    if base is None:
        value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return [_Found(match.start(), match.end(), TimeType.DATE, value)]
    step = {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(relation, 0)
    return _date_found(match, ctx, month, day, f"{base.year + step:04d}")


def _h_month(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    month = _month(match, ctx)
    if month is None:
        return []
    word = _lower(match["month"])
    relation = _lower(match["mrel"])
    if word.rstrip(".") in ctx.lex.month_abbreviations and not word.endswith("."):
        return []
    if word in {"may", "march"} and not relation and not _g(match, "pmod"):
        before = _signal_before(ctx, match.start())
        # "a March operation", "the May offensive": the month of an event, after its article
        timed = before in {"a", "an", "the"} and (
            _next_word(ctx, match.end()) in ctx.lex.event_nouns
        )
        if before not in _SIGNALS_BEFORE_BARE and not timed:
            return []
    mod = _point_mod(match, ctx)
    anchor = ctx.anchor
    story = ctx.year_for(match.start(), month)
    if relation in {"last", "past"} and anchor:
        # The month just before the anchor's would be "last month"; named, it is the one a
        # year before ("crashed last February" in a March report is February of last year).
        year = anchor.year if month < anchor.month - 1 else anchor.year - 1
    elif relation in {"next", "coming"} and anchor:
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this" and anchor:
        year = anchor.year
    elif relation in {"the previous", "the following"} and ctx.reference is not None:
        # "the previous April": the April before the month being told
        told = ctx.reference
        if relation == "the previous":
            year = told.year if month < told.month else told.year - 1
        else:
            year = told.year if month > told.month else told.year + 1
    elif story is not None:
        year = story
    else:
        deadline = not mod and _signal_before(ctx, match.start()) in _DEADLINE_WORDS
        chosen = _choose_year(ctx, match.start(), month, ahead=deadline, whole_month=True)
        if chosen is None:
            return [_Found(match.start(), match.end(), TimeType.DATE, f"XXXX-{month:02d}", mod)]
        year = chosen
    position = ctx.told
    _refer_to_month(ctx, year, month)
    if _previous_word(ctx, match.start()) in _ENDPOINT_WORDS:
        # "grew to 200,000 by December": where a span ends, not where the story is now
        ctx.told = position
    return [_Found(match.start(), match.end(), TimeType.DATE, f"{year:04d}-{month:02d}", mod)]


# Words that do not open the noun a time before them would describe: "the 20th-century" or
# "the 14 September" before them is a noun of its own ("in the 20th-century and after", "on
# the 14 September the army ..."), whose article stays in.
_NOT_AFTER_ADJECTIVE = frozenset(
    {"and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "the", "a", "an",
     "when", "as", "that", "which", "was", "were", "is", "are", "had", "has", "saw"}
)  # fmt: skip


def _noun_follows(ctx: _Context, offset: int) -> bool:
    """Whether a word that may be the noun a time describes follows ``offset`` ("the 7 October
    attack"), rather than punctuation, a preposition or a verb."""
    following = _next_word(ctx, offset)
    return (
        ctx.doc.normalized[offset : offset + 1].isspace()
        and following.isalpha()
        and following not in _NOT_AFTER_ADJECTIVE
        and not following.endswith("ed")  # a past tense: "the 25th of August concluded"
    )


def _h_century(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    word = _lower(match["ord"])
    number = ctx.lex.ordinals.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
    if not 1 <= number <= 30:
        return []
    mod = _point_mod(match, ctx)
    value = f"BC{number - 1:02d}" if match["era"] else f"{number - 1:02d}"
    start = match.start()
    adjective = "-" in ctx.doc.normalized[match.end("ord") : match.end()]
    if adjective and _lower(match.group()).startswith("the") and _noun_follows(ctx, match.end()):
        # "the 12th-century citadel": the compound is an adjective, and the article belongs
        # to the noun it describes, as in "a two-year deal"
        start = match.start("pmod") if match["pmod"] else match.start("ord")
    return [_Found(start, match.end(), TimeType.DATE, value, mod)]


def _h_decade(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    mod = _point_mod(match, ctx)
    if match["decbc"]:
        value = f"BC{int(match['decbc']) // 10:03d}"
    elif match["dec"]:
        value = match["dec"][:3]
    else:
        if match["dec2"]:
            tens = int(match["dec2"][0])
        else:
            word = _lower(match["decw"])
            tens = ctx.lex.cardinals.get(word[:-3] + "y", 0) // 10
            if not match.group().lower().startswith("the") and not mod:
                return []
        base = ctx.anchor.year if ctx.anchor else 1900
        century = base // 100
        if tens * 10 > base % 100 + 5:
            century -= 1
        value = f"{century:02d}{tens}"
    return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]


def _h_half(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    half = 1 if _lower(match["half"]) == "first" else 2
    relation = _lower(match["hrel"])
    if match["year"]:
        year: int | None = int(match["year"])
    elif relation == "the":
        # "the first half of the year": of the year the text is telling, else the anchor's
        year = ctx.year_for(match.start()) or (ctx.anchor.year if ctx.anchor else None)
    elif ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[relation]
    else:
        year = None
    value = f"{year:04d}-H{half}" if year is not None else f"XXXX-H{half}"
    return [_Found(match.start(), match.end(), TimeType.DATE, value)]


def _h_quarter(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    anchor = ctx.anchor
    word = _lower(match["q"] or match["qq"])
    relation = _lower(match["qrel"])
    if word.startswith("q"):
        quarter: int | None = int(word[1])
    else:
        quarter = _QUARTER_WORDS.get(word)
    year_text = match["year"] or match["qy"]
    if year_text:
        year: int | None = int(year_text)
    elif anchor is None:
        year = None
    else:
        current = quarter_of(anchor)
        year = anchor.year
        if relation.startswith("last year"):
            year -= 1
        elif relation.startswith("next year"):
            year += 1
        elif word in {"year-earlier", "year-ago"}:
            # the same quarter a year before the one being reported
            previous = shift(anchor, -1, "quarter")
            year, quarter = ctx.quarter_nearby(match.start()) or (
                previous.year,
                quarter_of(previous),
            )
            year -= 1
        elif word in {"latest", "previous", "same"} or quarter is None:
            if word == "current":
                quarter = current
            else:
                previous = shift(anchor, -1, "quarter")
                quarter, year = quarter_of(previous), previous.year
                if word == "same":
                    year -= 1
        elif relation == "next" or (ctx.is_future(match.start()) and quarter > current):
            year = anchor.year if quarter > current else anchor.year + 1
        elif quarter > current:
            year -= 1
    if quarter is None and word == "current" and anchor:
        quarter = quarter_of(anchor)
    value = f"{year:04d}" if year is not None else "XXXX"
    value += f"-Q{quarter}" if quarter else "-QX"
    start = match.start()
    hyphenated = match["q"] and "-" in ctx.doc.normalized[match.end("q") : match.end()]
    following = _next_word(ctx, match.end())
    if (
        relation == "the"
        and hyphenated
        and following.isalpha()
        and following not in {"of", "ended", "ending", "and", "or"}
    ):
        start = match.start("q")  # "the third-quarter loss": "the" belongs to "loss"
    reported = anchor is None or year is None or (year, quarter or 0) <= _quarter_key(anchor)
    if (
        year is not None
        and quarter is not None
        and word not in {"year-earlier", "year-ago"}
        and reported
    ):
        # The comparison quarter is not the one being reported: a later "a year ago" still
        # counts back from the reported quarter, not from this one; nor is a forecast ("losses
        # through the third quarter of 1990").
        ctx.last_quarter = (year, quarter, match.end())
    return [_Found(start, match.end(), TimeType.DATE, value)]


def _quarter_key(day: _dt.date) -> tuple[int, int]:
    return day.year, quarter_of(day)


# A newspaper's or a programme's name after "daily"/"weekly" used as a noun: "the Lebanese daily
# al-Akhbar", "the business daily Kommersant", "the German weekly Der Spiegel".
_PUBLICATION_NAME_AFTER = regex.compile(r"\s+(?:(?:al|an|ar|as|ad|el)-)?\p{Lu}")
_PRESS_KINDS = frozenset({"business", "financial", "economic", "tabloid", "news"})


def _names_a_publication(match: regex.Match[str], ctx: _Context) -> bool:
    """Whether a frequency word is part of a paper's or a show's name, or the word for a paper.

    Capitalised inside a sentence it is a name ("the Daily Beast", "NBC Nightly News"); in
    lower case, between a place or kind of paper and a name, it is the noun for a paper ("the
    Israeli daily Haaretz", not "Israeli daily raids"): no recurrence is told.
    """
    start = match.start("setword")
    original = ctx.doc.original
    if original[start].isupper():
        return _title_inside(match, "setword", ctx)
    before = _WORD_BEFORE.search(ctx.doc.normalized, max(0, start - 30), start)
    if before is None:
        return False
    end = match.end("setword")
    return bool(
        (original[before.start(1)].isupper() or before.group(1).lower() in _PRESS_KINDS)
        and _PUBLICATION_NAME_AFTER.match(original, end, end + 6)
    )


def _h_set(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    lex = ctx.lex
    if match["setword"]:
        if _names_a_publication(match, ctx):
            return []
        word = _lower(match["setword"])
        following = _next_word(ctx, match.end())
        previous = _previous_word(ctx, match.start())
        if word.endswith("s") and previous in lex.cardinals:
            # "took two weekends": a plural set word after a number word is so many days, not
            # how often; figures before it are as often a name ("SiriusXM Patriot 125
            # weekdays"), and an adverb after an amount ("$6,000 annually") stays a rate
            return []
        adjective = previous in _DETERMINERS or (
            following.isalpha() and following not in _AFTER_FREQUENCY_ADVERB
        )
        if adjective and word not in _DAILY_WORDS and " " not in word:
            # "its quarterly dividend", "monthly payments": a financial term; a phrase ("day
            # after day") is never an adjective of the noun after it
            return []
        value = lex.sets[word]
    elif match["times"]:
        value = _duration(1, match["unit2"], lex)
    elif _lower(match["every"]) == "per" and match["unit"] and not match["q"]:
        # "10,000 [per day]": the period a rate is counted over, a length rather than a
        # recurring time (as TIMEX annotators of war histories mark it)
        value = _duration(1, match["unit"], lex)
        return [_Found(match.start(), match.end(), TimeType.DURATION, value)]
    elif match["unit"] and _lower(match["unit"]).startswith("night"):
        value = "XXXX-XX-XXTNI"  # "every night": each night, not every 24 hours
    elif (
        match["unit"]
        and _lower(match["unit"]) in _EACH_CALENDAR_UNIT
        and not match["q"]
        and "other" not in _lower(match.group())
    ):
        # "every day", "each week": each calendar day or week, as "daily" and "weekly" are
        value = _EACH_CALENDAR_UNIT[_lower(match["unit"])]
    elif match["unit"]:
        amount = _quantity(match["q"], lex) if match["q"] else 1
        if "other" in match.group().lower() and amount is not None:
            amount *= 2
        value = _duration(amount, match["unit"], lex)
    elif match["wd"]:
        value = f"XXXX-WXX-{lex.weekdays[_lower(match['wd']).rstrip('.')]}"
    elif match["month"]:
        month = _month(match, ctx)
        if month is None:
            return []
        value = f"XXXX-{month:02d}"
    elif match["season"]:
        value = f"XXXX-{lex.seasons[_lower(match['season'])][0]}"
    else:
        value = "XXXX-XX-XX" + lex.dayparts.get(_lower(match["dp"]), "")
    return [_Found(match.start(), match.end(), TimeType.SET, value)]


# The units whose "every"/"each" is a member of the calendar (TIMEX3 writes "every day" as each
# day, not a period of 24 hours); "every month", "each year" stay periods (P1M, P1Y), as in
# TimeBank.
_EACH_CALENDAR_UNIT = {"day": "XXXX-XX-XX", "week": "XXXX-WXX"}


# Punctuation closing the clause right after "before"/"after": the adverb, not a preposition.
_CLAUSE_END = regex.compile(r"\s*(?:[,;:.!?)]|\Z)")
_UNIT_GRANULARITY_VALUE = {"second": "hour", "minute": "hour"}
# Between an amount and its unit, what "two days ago" allows: "two more days ago" but not
# "two-day", "two straight days" or "two to three days" (those stay lengths of time).
_AGO_JOIN = regex.compile(r"\s+(?:more\s+)?")


def _points_away(match: regex.Match[str], text: str) -> bool:
    """Whether an amount followed by a direction names a point ("two days ago", "a week later")."""
    if match["the"] or match["q2"] or match["old"]:
        return False
    if match["so"] and "half" in match["so"].lower():
        return False
    extra = match["extra"]
    if extra and extra.strip().lower() != "more":
        return False
    return _AGO_JOIN.fullmatch(text, match.end("q"), match.start("unit")) is not None


# A year named beside a count of years: ", in 1953," or " (218 BC)".
_YEAR_APPOSITION = regex.compile(
    r"\s*(?:,\s*(?:in\s+)?|\(\s*(?:in\s+)?)(?P<year>\d{3,4})"
    r"(?:\s*(?P<era>BCE?|B\.C\.?))?\s*[),.;]"
)


def _h_ago(match: regex.Match[str], ctx: _Context, first_end: float | None = None) -> list[_Found]:
    """The point an amount and a direction name ("two days ago"), or the amount alone.

    ``first_end`` is the amount of a range's first end ("seven" in "seven or eight months
    ago"), read with this match's unit and direction in place of its own amount.
    """
    lex = ctx.lex
    direction = _lower(match["dir"])
    unit = _lower(match["unit"])
    amount = _quantity(match["q"], lex) if first_end is None else first_end
    count, _, granularity = lex.units[unit]
    if direction in {"before", "after"} and _CLAUSE_END.match(ctx.doc.normalized, match.end()):
        # "Two years before, the French had refused ...": nothing follows to anchor on, so the
        # words point back or ahead from the time being told, as "earlier" and "later" do.
        direction = "earlier" if direction == "before" else "later"
    if direction in {"before", "after"}:
        # "two days after the attack": the amount is the expression, the rest is its anchor.
        end = match.end("unit")
        return [
            _Found(
                match.start(),
                end,
                TimeType.DURATION,
                _duration(amount, unit, lex),
                _amount_mod(match, ctx),
            )
        ]
    sign = -1 if direction in {"ago", "earlier", "previously"} else 1
    if granularity == "year" and direction in {"later", "earlier", "previously"}:
        named = _YEAR_APPOSITION.match(ctx.doc.normalized, match.end())
        if named is not None and (named["era"] or not ctx.story_bc):
            # "two years later, in 1953", "a mere two years later (218 BC)": the year the text
            # names beside it is the one meant, whatever the count from the story gives
            year = int(named["year"])
            value = f"{year:04d}"
            if named["era"]:
                if ctx.story_bc:
                    ctx.bc_used = True  # written before the era with the rest of the story
                else:
                    value = "BC" + value
            return [
                _Found(
                    match.start(),
                    match.end(),
                    TimeType.DATE,
                    value,
                    "APPROX" if _amount_mod(match, ctx) else None,
                )
            ]
    if direction == "ago":
        ctx.deictic += 1
    base = ctx.anchor if direction in {"ago", "from now", "hence"} else ctx.reference
    mod = _amount_mod(match, ctx)
    mod = "APPROX" if mod else None
    if amount is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    if base is not None and direction == "ago" and ctx.narrative:
        if ctx.in_quote(match.start()):
            # "when we took office 15 months ago", quoted in a history: counted from the day
            # the speaker spoke, which the text does not date (as with a quoted "today")
            base = None
        elif ctx.reference is not None and ctx.reference != ctx.anchor:
            # "he said Kissinger had tricked him two years ago", reported in a history: from
            # the time being told, as a history does not speak from its own date
            base = ctx.reference
    if base is None:
        counted = granularity in {"year", "decade", "century"}
        story = ctx.year_for(match.start()) if ctx.story_bc and counted else None
        if story is not None:
            # "two years later" in a story of 220 BC is 218 BC: years count down (the value
            # is written before the era afterwards)
            year = story - sign * round(amount * count)
            if sign > 0 and granularity == "year" and _story_moves_on(ctx, match.start()):
                _remember_year(ctx, match.start(), year, bc=True)
            return [_Found(match.start(), match.end(), TimeType.DATE, f"{year:04d}", mod)]
    if base is None or (
        direction == "later"
        and base == ctx.anchor
        and granularity not in _CLOCK_GRANULARITIES
        and ctx.is_past(match.start())
    ):
        # Nothing to count from: the date stays unknown, at the granularity of its unit. So
        # too "Twelve days later, the town fell" with no day told: counted from the publication
        # date it would be a past event after it, so it is counted from one the text never
        # dates ("30 minutes later, Trump wrote" may still be the publication day).
        value = _UNKNOWN_AT.get(granularity, "XXXX-XX-XX")
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    steps = round(amount * count)
    if direction in {"later", "earlier"}:
        if granularity in {"day", "week"} and (
            spanned := _counted_from_span(ctx, base, sign * steps, granularity)
        ):
            # "began in October; four days later", "in 1913 ... a week later": counted from a
            # day the text never gives
            return [_Found(match.start(), match.end(), TimeType.DATE, spanned, mod)]
        if granularity == "month" and _reference_grain(ctx, base) == "year":
            # "in late 2017 ... A month later", "in 2017 ... six months earlier": the month of
            # a year named alone is unknown, and so is the year a count of months reaches
            value = _UNKNOWN_AT["month"]
            return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    quarter = ctx.quarter_nearby(match.start())
    if quarter is not None and unit == "year" and steps == 1 and sign < 0:
        # "profit rose from $3 million a year ago" next to "the third quarter": that quarter
        # of the year before, as the comparison is between quarters.
        return [
            _Found(
                match.start(),
                match.end(),
                TimeType.DATE,
                f"{quarter[0] - 1:04d}-Q{quarter[1]}",
                mod,
            )
        ]
    if granularity in _CLOCK_GRANULARITIES:
        moment = _dt.datetime.combine(base, _dt.time(12))
        delta = {"hour": _dt.timedelta(hours=1), "minute": _dt.timedelta(minutes=1)}.get(
            granularity, _dt.timedelta(seconds=1)
        )
        moment += sign * steps * delta
        value = moment.date().isoformat()
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    if granularity in {"decade", "century", "millennium"}:
        # the amount counts these units, not years ("two centuries ago")
        target = shift(base, sign * round(amount), granularity)
        value = format_at(target, "year")
    else:
        # A quarter is three months. A night is a day.
        if granularity == "quarter":
            target = shift(base, sign * steps * 3, "month")
        else:
            target = shift(base, sign * steps, granularity)
        value = format_at(target, granularity)
        if granularity == "year" and direction == "later" and (_story_moves_on(ctx, match.start())):
            # "Two years later, the army attacked in March": the history goes on in that year
            _remember_year(ctx, match.start(), target.year)
            ctx.reference = target
        elif granularity == "day" and direction == "later" and ctx.day_reference is not None:
            # "Two days later ... the next day": the story is now on that day
            ctx.set_day(target, match.start())
            ctx.reference = target
    return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]


# Units shorter than a day: a count of them from the publication may stay on its day ("30
# minutes later, Trump wrote").
_CLOCK_GRANULARITIES = frozenset({"hour", "minute", "second"})
# Words after "one day" that make it a length counted from something ("one day after the vote").
_COUNTED_AFTER = frozenset({"after", "before", "later", "earlier", "ago", "of", "from", "since"})
# Marks that end the words before a clause: "one day" after them opens it.
_CLAUSE_LEAD_MARKS = (".", ",", ";", ":", "!", "?", " that")
# How far back a mark or the sentence start is looked for: a sentence can be a whole text.
_CLAUSE_LEAD_REACH = 40


def _some_day_to_come(match: regex.Match[str], ctx: _Context) -> bool:
    """Whether "one day" opening a clause is a day to come rather than a length.

    "that one day the camps will close": told in the future, as TimeBank marks it (FUTURE_REF);
    "in office one day" and "the truce will last one day" stay lengths. After a modal ("refugees
    could one day return") ``_h_dur`` reads it as a day to come further on.
    """
    if _next_word(ctx, match.end()) in _COUNTED_AFTER:
        return False
    sentence = ctx.doc.sentence_at(match.start())
    first = sentence.start if sentence else 0
    low = max(first, match.start() - _CLAUSE_LEAD_REACH)
    before = ctx.doc.normalized[low : match.start()].rstrip(" \"'“‘").lower()
    opens = before.endswith(_CLAUSE_LEAD_MARKS) or (not before and low == first)
    return opens and ctx.is_future(match.start())


# A possessive "time" after a unit: "a year's time", "two weeks' time".
_TIME_AFTER_UNIT = regex.compile(r"['’]s?\s+time(?!\w)")


def _h_dur(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if (
        _lower(match["unit"]) == "quarter"
        and _lower(match["q"]) in {"a", "one"}
        and _share_before(ctx, match.start())
    ):
        return []  # a share of a change ("fell by a quarter", "a drop of about a quarter")
    if match["dir"] and _points_away(match, ctx.doc.normalized):
        return _h_ago(match, ctx)
    lex = ctx.lex
    stop = match.start("tail") if match["tail"] else match.end()
    own_time = (
        None
        if match["tail"]
        else _TIME_AFTER_UNIT.match(ctx.doc.normalized, stop, stop + PHRASE_REACH)
    )
    if own_time is not None:
        # "in a year's time", "two weeks' time": the length is the whole noun phrase, as in
        # "a three-year period"
        stop = own_time.end()
    unit = _lower(match["unit"])
    quantity = _lower(match["q"])
    if (match["long"] or match["old"]) and quantity in {"a", "an"}:
        # "a year-long trial", "a centuries-old feud": the article belongs to the noun
        start = match.start("unit")
        value = _duration(None if unit in lex.plural_units else 1, unit, lex)
        return [
            _Found(start, match.end("long" if match["long"] else "old"), TimeType.DURATION, value)
        ]
    if _lower(match.group()) == "one day" and _some_day_to_come(match, ctx):
        return [_Found(match.start(), match.end(), TimeType.DATE, "FUTURE_REF")]
    if match["old"] and unit not in lex.plural_units and _tells_age(ctx, match.end()):
        return []  # "his 80-year-old father", "the 32-year-old said": an age, as in TimeBank
    if _AGED_BEFORE.search(ctx.doc.normalized, max(0, match.start() - _AGED_REACH), match.start()):
        return []  # "died aged eight months", "babies as young as five months": an age
    amount = _quantity(match["q"], lex)
    halves = bool(match["so"]) and "half" in match["so"].lower()
    if halves and amount is not None:
        amount += 0.5  # "a minute and a half"
    single = not halves and (quantity in {"a", "an", "one"} or (amount is not None and amount <= 1))
    if single and unit in {"second", "minute"} and not match["the"]:
        return []  # "a second attack"
    if quantity in {"some", "many", "few"} and not match["the"] and unit not in lex.plural_units:
        return []
    if amount is not None and (amount > 10000 or (amount >= 1000 and unit not in lex.plural_units)):
        return []
    following = _next_word(ctx, stop)
    # "three-quarters of", and "three-quarters" hyphenated as a noun of its own ("about
    # three-quarters support a ban"): a share, which a count of quarters is not written as
    hyphenated = unit == "quarters" and ctx.doc.normalized[match.start("unit") - 1] == "-"
    fraction = (
        unit.startswith("quarter") and (following == "of" or hyphenated) and (amount or 9) <= 3
    )
    if following == "old" or fraction:
        return []  # an age ("52 years old") or a fraction ("three-quarters of")
    if unit == "quarters" and quantity in {"some", "many", "all"}:
        return []  # "in some quarters": among some people
    if quantity in {"couple", "couple of", "few"} and not match["the"]:
        return []
    if quantity == "another" and not (
        _previous_word(ctx, match.start()) in _BEFORE_BARE_PLURAL or following == "of"
    ):
        return []  # "to fight another day": an occasion; "for another day" is a length
    start = match.start()
    joined = "-" in ctx.doc.normalized[match.end("q") : match.start("unit")]
    original = ctx.doc.original
    named = original[match.start("q")].isupper() and original[match.start("unit")].isupper()
    if (
        match["the"]
        and not match["edge"]
        and (joined or named or ((amount or 0) > 1 and unit not in lex.plural_units))
    ):
        # "the eight-year war", "the Seven Days Battles": the determiner belongs to the noun
        # the duration modifies, or to the name it opens.
        start = match.start("q")
    before = ctx.doc.normalized[max(0, match.start() - 40) : match.start()]
    if quantity in {"a", "an"} and not match["the"] and _MONEY_BEFORE.search(before):
        return []
    if (
        quantity in {"a", "an"}
        and not match["the"]
        and not match["extra"]
        and _MONEY_OR_COUNT.search(before)
    ):
        # "$5 a day", "twice a week": a frequency, not an amount of time; a word between
        # ("$9 million in a single year") makes it a length again.
        return [_Found(match.start(), stop, TimeType.SET, _duration(1, unit, lex))]
    if quantity in {"a", "an", "one"} and unit in {"night", "weekend"}:
        return []
    if quantity == "one" and unit == "day" and _previous_word(ctx, start) in _MODALS:
        # "Islam will one day be ...", "refugees could one day return": an unspecified future
        # day, not a length of time
        return [_Found(start, stop, TimeType.DATE, "FUTURE_REF")]
    mod = "EQUAL_OR_MORE" if match["plus"] else _amount_mod(match, ctx)
    amod = _lower(match["amod"])
    if amod.endswith(("over", "under")) and (
        match["the"]
        or not (quantity in {"a", "an", "one"} or _previous_word(ctx, start) in _OVER_LEADS)
    ):
        # "used over three years", "over the past decade": a preposition, not "more than"
        start, mod = match.start("the") if match["the"] else match.start("q"), None
    if unit in {"weekend", "weekends"}:
        return []
    ahead = _ahead_by(match, ctx, start, amount, joined)
    if ahead is not None:
        return [_Found(start, stop, TimeType.DATE, ahead)]
    value = _duration(amount, unit, lex)
    if match["list"] and not match["the"]:
        return _listed_amounts(match, ctx, mod)
    if match["qand"] and (match["the"] or _previous_word(ctx, start) != "between"):
        return []  # "two and three weeks" with no "between" is no range: the last amount alone
    if match["q2"] and not match["the"]:
        joint = _lower(ctx.doc.normalized[match.end("q") : match.start("q2")])
        second = _quantity(match["q2"], lex)
        if joint in {"to", "or", "and"} and amount is not None and second is not None:
            # "two to six days", "ten or fifteen years", "between 60 and 100 days": one
            # expression per end, as in a range of dates, so that both ends stay recoverable
            first = _Found(start, match.end("q"), TimeType.DURATION, value, mod)
            if match["dir"]:
                # "seven or eight months ago": the second end is the point it names when read
                # on its own, and the first end the point its amount names from the same day
                # (not "two or three days later", whose first end would move the story on)
                rest = compiled_rule("dur").match(ctx.doc.normalized, match.start("q2"))
                if rest is not None:
                    if _lower(rest["dir"]) == "ago" and _points_away(rest, ctx.doc.normalized):
                        read = _h_ago(rest, ctx, amount)[0]
                        first = attrs.evolve(read, start=start, end=match.end("q"))
                    return [first, *_h_dur(rest, ctx)]
            return [
                first,
                _Found(match.start("q2"), stop, TimeType.DURATION, _duration(second, unit, lex)),
            ]
    if match["q2"] and _quantity(match["q2"], lex) is not None:
        # a range kept whole ("the next 12 to 18 months", "10-12 days"): no one amount, so
        # its first end is not the value
        value = _duration(None, unit, lex)
    end = stop
    period = _PERIOD_AFTER.match(ctx.doc.normalized, end) if joined else None
    if period is not None:
        # "a three-year period", "a one-year term": the duration is the whole noun phrase
        end = period.end()
        article = _PERIOD_DETERMINER.search(
            ctx.doc.normalized, max(0, start - _PERIOD_DETERMINER_REACH), start
        )
        if article is not None and not match["the"]:
            start = article.start()
    return [_Found(start, end, TimeType.DURATION, value, mod)]


# One amount of a list after its first ("fifteen" in "ten, fifteen and twenty years"), with
# its "another".
_LIST_MEMBER = regex.compile(
    r"(?<![\w-])(?:another\s+)?(?P<amount>(?!(?:and|or|another)(?!\w))[\w-]+)", regex.I
)


def _listed_amounts(match: regex.Match[str], ctx: _Context, mod: str | None) -> list[_Found]:
    """Each amount of a list sharing the last one's unit, as the two ends of a range are.

    "ten, fifteen and twenty years earlier" is three expressions, "another four, or another
    eight years" two; the last amount is read as a match of its own (its direction, its
    "another"), the others as lengths, or as the points they name when the list counts back
    with "ago" (the first end of "seven or eight months ago").
    """
    text = ctx.doc.normalized
    later = list(_LIST_MEMBER.finditer(text, match.end("q"), match.end("q2")))
    last = compiled_rule("dur").match(text, later[-1].start())
    if last is None or last.end() != match.end():
        return []
    counted_back = _lower(last["dir"]) == "ago" and _points_away(last, text)
    unit = _lower(match["unit"])
    ends = [(match.start(), match.end("q"), match["q"])]
    ends += [(member.start(), member.end(), member["amount"]) for member in later[:-1]]
    found = []
    for start, end, words in ends:
        amount = _quantity(words, ctx.lex)
        if amount is None:
            return []
        read = _Found(start, end, TimeType.DURATION, _duration(amount, unit, ctx.lex), mod)
        if counted_back:
            read = attrs.evolve(_h_ago(last, ctx, amount)[0], start=start, end=end)
        found.append(read)
        mod = None  # "about ten, fifteen and twenty years": the modifier leads the first
    return [*found, *_h_dur(last, ctx)]


def _share_before(ctx: _Context, offset: int) -> bool:
    """Whether "by" or "of" stands before ``offset``, past an amount modifier ("about")."""
    words = ctx.doc.normalized[max(0, offset - 40) : offset].lower().split()
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]) in ctx.lex.amount_mods:
            words = words[:-size]
            break
    return bool(words) and words[-1] in {"by", "of"}


def _ahead_by(
    match: regex.Match[str], ctx: _Context, start: int, amount: float | None, joined: bool
) -> str | None:
    """The date "in five years" names in a clause about the future, else ``None``.

    TimeML reads "would be redeemed in five years" as the point five years after the anchor,
    and "in a year or two" as some time ahead; told in the past ("took the town in three
    days") or with no modal, the amount stays a length of time.
    """
    if match["the"] or match["q2"] or match["amod"] or joined or ctx.anchor is None:
        return None
    if _previous_word(ctx, start) != "in":
        return None
    unit = _lower(match["unit"])
    granularity = ctx.lex.units[unit][2]
    if granularity not in _AHEAD_UNITS:
        return None
    if _next_word(ctx, match.end()) in {"that", "when", "which", "where", "of"}:
        return None  # "in a quarter that produced a loss": a noun phrase, not a point ahead
    future = ctx.is_future(start) or not _AHEAD_MODALS.isdisjoint(ctx.clause_words(start))
    if not future or ctx.has_past_verb(start):
        return None
    if amount is None or match["so"] or amount != int(amount):
        return "FUTURE_REF"  # "in a few years", "in a year or two"
    steps = int(amount)
    if granularity == "quarter":
        return format_at(shift(ctx.anchor, 3 * steps, "month"), "quarter")
    if granularity != "decade":
        steps *= ctx.lex.units[unit][0]  # "in two fortnights" is four weeks on
    return format_at(shift(ctx.anchor, steps, granularity), granularity)


# Units whose point "in N units" ahead TimeML marks as a date (hours and minutes stay lengths).
_AHEAD_UNITS = frozenset({"day", "week", "month", "quarter", "year", "decade"})
# Modals that put "in five years" ahead of the anchor besides the future cues ("would", "may").
_AHEAD_MODALS = frozenset({"would", "could", "may", "might", "should", "can"})


def _h_long(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    # "a month-long siege", "months-long talks", "a weeklong truce": the length of the event
    unit = _lower(match["lunit"] or match["closed"][: -len("long")])
    amount = None if unit in ctx.lex.plural_units else 1.0
    value = _duration(amount, unit, ctx.lex)
    return [_Found(match.start(), match.end(), TimeType.DURATION, value)]


def _h_season(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    lex = ctx.lex
    word = _lower(match["season"])
    code, first_month = lex.seasons[word]
    relation = _lower(match["srel"])
    mod = _point_mod(match, ctx)
    start = match.start("season")
    if match["splural"] or match["scount"]:
        # "the past three summers": a count of seasons, each one that season (TimeBank writes
        # a SET); a plural without a count and a span word ("falls", "Summers") is no time
        if not (match["splural"] and match["scount"] and relation) or match["year"]:
            return []
        return [_Found(match.start(), match.end(), TimeType.SET, f"XXXX-{code}")]
    following = _next_word(ctx, match.end())
    if word == "fall" and not match["year"] and following in {"of", "in", "from"}:
        return []  # "the fall of Mosul", "a fall in prices", "his fall from power"
    seasonal_event = not match["year"] and following in _SEASONAL_EVENTS and word != "fall"
    if seasonal_event:
        # "a spring offensive", "the Winter Offensive": the season of the event (the article
        # belongs to the event noun, as with "the third-quarter loss")
        relation = "" if relation == "the" else relation
        start = match.start("season") if not (relation or mod) else match.start()
    elif ctx.doc.original[start : start + 1].isupper():
        before = ctx.doc.normalized[max(0, start - 2) : start]
        previous = _previous_word(ctx, start)
        if (
            previous
            and previous[:1].isalpha()
            and before.strip() == ""
            and (ctx.doc.original[ctx.doc.normalized.rfind(previous, 0, start)].isupper())
        ):
            return []  # "the Arab Spring", "Operation Winter Storm"
    if match["sadj"] and not (
        match["year"] or _CLOSES_SEASON.match(ctx.doc.normalized, match.end())
    ):
        return []  # "the freezing winter weather": the adjective is the noun's, not the season's
    if not (relation or match["year"] or mod or seasonal_event or match["sadj"]):
        # a bare season only after a signal ("in winter"); one its weather qualifies ("a
        # harsh winter") is the time itself
        previous = _previous_word(ctx, match.start())
        pair = _SEASON_PAIR.match(ctx.doc.normalized, match.end())
        paired = pair is not None and pair["other"].lower() in ctx.lex.seasons
        if (word == "fall" or previous not in _SIGNALS_BEFORE_BARE) and not paired:
            return []  # unless "summer and autumn 1918": the first of two seasons
    if match["pyear"]:
        # "the 1982 summer offensives": the article belongs to the event noun ("in 1944 winter
        # came" is a year and a subject)
        if following not in _SEASONAL_EVENTS and (
            _previous_word(ctx, match.start("pyear")) not in _DETERMINERS
        ):
            return []
        year_first = int(match["pyear"])
        _remember_year(ctx, match.start("pyear"), year_first)
        value = f"{year_first:04d}-{code}"
        return [_Found(match.start("pyear"), match.end(), TimeType.DATE, value, mod)]
    if match["bcy"]:
        value = f"BC{int(match['bcy']):04d}-{code}"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    if match["year"]:
        year: int | None = int(match["year"])
        _remember_year(ctx, match.start(), int(match["year"]))
    else:
        anchor = ctx.anchor
        story = ctx.year_for(match.start(), first_month)
        if anchor is None and story is None:
            year = None
        elif relation in {"last", "the last", "past", "the past", "this past", "previous",
                          "the previous"} and anchor:  # fmt: skip
            # "last spring" in November is this year's; in April it is last year's.
            year = anchor.year if first_month < anchor.month - 2 else anchor.year - 1
        elif relation in {"next", "the next", "coming", "the coming", "this coming"} and anchor:
            year = anchor.year if first_month > anchor.month else anchor.year + 1
        elif relation == "this" and anchor:
            year = anchor.year
        elif seasonal_event and (
            named := _EVENT_YEAR.match(ctx.doc.normalized, match.end(), match.end() + 80)
        ):
            # "the Spring Offensive of 1918", "the Winter Offensive (early 1951)": the event
            # names its own year, whatever year the story was in
            year = int(named["year"])
        elif story is not None:
            year = story
            if code == "WI" and _winter_after(ctx):
                # A winter is named by the year of its January: "in December 1914 ... in
                # winter" is the winter of 1915 (before the common era the year after 481 BC
                # is 480 BC).
                year += -1 if ctx.story_bc else 1
                if ctx.is_past(match.start()) and not ctx.in_quote(match.start()):
                    # ... and a story told on goes on in it: "passed the winter ... early in
                    # spring" is the spring after that winter ("can hold out over the winter"
                    # is a prospect, the story stays where it was).
                    _remember_year(ctx, match.start(), year, bc=ctx.story_bc)
                    ctx.told = (year, 1)
        elif anchor is not None:
            if ctx.is_future(match.start()) or _season_ahead(ctx, match.start(), mod, first_month):
                year = _coming_season_year(anchor, first_month)
            else:
                # "summer" told in April is last year's; a winter told in a report takes the
                # report's year, whether it is the one in or just past (January to March) or
                # the one beginning (November, December): docs/timex3.md round 41
                year = anchor.year - (first_month > anchor.month and code != "WI")
        else:
            year = None
    value = f"{year:04d}-{code}" if year is not None else f"XXXX-{code}"
    first = start if seasonal_event else match.start()
    return [_Found(first, match.end(), TimeType.DATE, value, mod)]


def _season_ahead(ctx: _Context, offset: int, mod: str | None, first_month: int) -> bool:
    """Whether a bare season is a deadline or the time of a purpose, so the coming one.

    "must leave by the spring", "ordered the troops to leave by the spring", as a month is
    (see :func:`_choose_year`): a deadline lies ahead unless its clause is told in the past,
    a purpose ahead even when it is reported in the past, if the season opens within the
    months a purpose may reach.
    """
    deadline = not mod and _signal_before(ctx, offset) in _DEADLINE_WORDS
    if deadline and not ctx.is_past(offset):
        return True
    anchor = ctx.anchor
    if anchor is None:
        return False
    opens = _dt.date(_coming_season_year(anchor, first_month), first_month, 1)
    return opens - anchor < _PURPOSE_HORIZON and _purpose_before(ctx, offset)


def _coming_season_year(anchor: _dt.date, first_month: int) -> int:
    """The year of a bare season told as current or coming: next year once its months are past.

    A season opening in ``first_month`` is this year's while the anchor is in or before its three
    months ("spring" in May is this spring), next year's after them ("spring" in August).
    """
    return anchor.year + (first_month + 2 < anchor.month)


def _winter_after(ctx: _Context) -> bool:
    """Whether a bare winter of a history falls after its story year rather than in it.

    Only a history (or a story before the common era) moves on to the next winter; one that
    has just told January or February of the year is inside that year's winter already.
    """
    if not (ctx.story_bc or ctx.narrative) or ctx.story_year is None:
        return False
    told = ctx.told
    return told is None or told[0] != ctx.story_year[0] or told[1] > _WINTER_END


# The last month of the winter named by its year ("1951-WI" holds January and February 1951).
_WINTER_END = 2


def _h_today(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if _title_inside(match, "day", ctx):
        return []  # "VOA Today", a programme's name
    word = _lower(match["day"])
    if (
        word == "tomorrow"
        and match.end() == match.end("day")
        and _previous_word(ctx, match.start()) == "of"
    ):
        return []  # "the people of tomorrow", "the army of tomorrow": no day, the future
    if ctx.narrative and ctx.in_quote(match.start()):
        # "It is us today. It will be you tomorrow," quoted in a history: the speaker's day,
        # which the text does not date, not the day the history was published
        night = "TNI" if word == "tonight" else ""
        kind = TimeType.TIME if night else TimeType.DATE
        return [_Found(match.start(), match.end(), kind, "XXXX-XX-XX" + night)]
    if (
        word == "today"
        and match.end() == match.end("day")
        and (
            _names_present_age(ctx, match.end())
            or _present_state_today(ctx, match.start(), match.end())
            or _generic_today_opening(ctx, match.start(), match.end())
        )
    ):
        return [_Found(match.start(), match.end(), TimeType.DATE, "PRESENT_REF")]
    ctx.deictic += 1
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if match["dba"]:
        offset += -1 if "before" in match["dba"].lower() else 1
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(
        _lower(match["tmod"])
    )
    part = ctx.lex.dayparts.get(_lower(match["dp"])) if match["dp"] else None
    if word == "tonight":
        part = "TNI"
    anchor = ctx.anchor
    if anchor is None:
        day = "PRESENT_REF" if offset == 0 and not part else "XXXX-XX-XX"
    else:
        named = anchor + _dt.timedelta(days=offset)
        ctx.set_day(named, match.start())
        _refer_to_day(ctx, named)
        _back_in_report_time(ctx, match.start(), named.year)
        day = named.isoformat()
    if part:
        return [_Found(match.start(), match.end(), TimeType.TIME, day + part, mod)]
    return [_Found(match.start(), match.end(), TimeType.DATE, day, mod)]


def _tells_age(ctx: _Context, offset: int) -> bool:
    """Whether a "N-year-old" ending at ``offset`` is someone's age, not the length of a thing.

    It is when a person noun follows ("her 12-year-old son", "three 17-year-old boys"), alone or
    after one word that describes the person ("a 31-year-old former volunteer", "a 19-year-old
    university student"), a capitalised word (a name or nationality: "an 18-year-old
    Iranian-German"), or no noun at all ("the 32-year-old said", "a 19-year-old."); "a
    40-year-old feud" and "a 40-year-old feud between men" stay durations.
    """
    following = _NEXT_TOKEN.match(ctx.doc.normalized, offset)
    if following is None:
        return True
    word = following["word"]
    lower = word.lower()
    if (
        word[0].isupper()
        or _names_person(lower, ctx.lex.person_nouns)
        or lower in _AFTER_AGE_NOUN
        or lower in ctx.lex.reporting_verbs
    ):
        return True
    second = _NEXT_TOKEN.match(ctx.doc.normalized, following.end())
    return (
        second is not None
        and second["word"].islower()
        and _names_person(second["word"], ctx.lex.person_nouns)
    )


def _names_person(lower: str, person_nouns: frozenset[str]) -> bool:
    """Whether a lower-case word is a person noun, its plural, or a trade noun in "-man"."""
    return (
        lower in person_nouns
        or lower.removesuffix("s") in person_nouns
        or (len(lower) > _SHORTEST_PERSON_BY_ENDING and lower.endswith(_PERSON_ENDINGS))
    )


# Endings of nouns that name people by trade ("a 55-year-old salesman", "a 30-year-old
# policewoman"), for those the person nouns do not list.
_PERSON_ENDINGS = ("man", "men", "woman", "women")
# "human" and "omen" end so too: a trade noun is longer ("gunman", "salesmen").
_SHORTEST_PERSON_BY_ENDING = 5


def _names_present_age(ctx: _Context, offset: int) -> bool:
    """Whether "today" ending at ``offset`` owns a lasting state: "today's (employment) culture".

    The owned noun may follow after at most two modifiers; a word of another phrase ("today's
    meeting of world leaders") ends the search before it.
    """
    owned = _OWNED_BY_TODAY.match(ctx.doc.normalized, offset)
    if owned is None:
        return False
    for word in owned["words"].split():
        if word in ctx.lex.present_nouns:
            return True
        if word in _PHRASE_BREAKERS:
            return False
    return False


def _present_state_today(ctx: _Context, start: int, end: int) -> bool:
    """Whether "today" between a noun and "is"/"are" tells a state of these times.

    "Libya today is completely chaotic", "the threats today are real": the noun's present
    condition, not the day (TimeML's generic "today"). A verb form after the copula ("the
    Senate today is expected to vote", "rebels today are shelling") or a phrase ("officials today
    are in Geneva") keeps the day.
    """
    text = ctx.doc.normalized
    state = _TODAY_STATE.match(text, end)
    if state is None or state["word"].endswith(("ing", "ed")) or state["word"] in _PHRASE_BREAKERS:
        return False  # "are meeting", "is expected to", "are in Geneva", "is the deadline"
    return (
        _NOUN_BEFORE_TODAY.search(text, max(0, start - _NOUN_BEFORE_TODAY_REACH), start) is not None
    )


def _generic_today_opening(ctx: _Context, start: int, end: int) -> bool:
    """Whether "Today," opening a sentence, or a place phrase and "today," ("In Syria today,"),
    sets a state of these times against the past.

    "Today, the kingdom is one of the leading nations in ...", "Today, the rebels feel alive
    and well": the sentence after it is in the simple present, which tells how things now are
    (TimeML's generic "today"). A past verb ("Today, hundreds of people began to ..."), a future
    or a verb in progress ("Today, crimes are being committed") keeps the day.
    """
    text = ctx.doc.normalized
    sentence = ctx.doc.sentence_at(start)
    if (
        sentence is None
        or text[end : end + 1] != ","
        # stops at the sentence's first character outside that opening: no copy of all the
        # words before
        or _TODAY_OPENING.fullmatch(text, sentence.start, start) is None
    ):
        return False
    stop = min(sentence.end, end + _FRONTED_REACH)
    words = text[end + 1 : stop].lower().translate(_PUNCTUATION_TO_SPACE).split()
    lex = ctx.lex
    for before, word in itertools.pairwise(["", *words]):
        if word in lex.past_cues or word in lex.future_cues or word == "being":
            return False
        # the first word is the subject's ("Today, unfinished skeletons dot ..."), not a verb;
        # a past verb of intent is past all the same ("Today, the Senate voted to adjourn")
        if (before and _regular_past(before, word, "")) or (
            before in _PASSIVE_BE and word.endswith("ing")
        ):
            return False
    return True


# What may stand before a sentence's "today,": the spaces and opening quotation marks it may
# start with, then at most a place phrase ("In Syria today, ...", "In the city's downtown today,
# ..."), a preposition of place and at most five words.
_TODAY_OPENING = regex.compile(
    r"[ \"'“‘]*+(?:(?:In|Across|Throughout|Inside|Around)(?:\s++[\w'’-]++){1,5}\s++)?"
)
# "today is completely chaotic": the copula, an optional "-ly" adverb, then the state's word.
_TODAY_STATE = regex.compile(r"\s++(?:is|are)\s++(?:[a-z]++ly\s++)?(?P<word>[a-z]++)")
# The noun a present-state "today" follows: a capitalised word, or a noun after "the".
_NOUN_BEFORE_TODAY = regex.compile(r"(?:(?<![\w-])[A-Z][a-z]++|\bthe\s++[a-z]++)\s++\Z")
# How far back (in characters) that noun may begin.
_NOUN_BEFORE_TODAY_REACH = 30


# An unknown date at the granularity of a unit ("two years later" with no year told: "XXXX").
_UNKNOWN_AT = {"year": "XXXX", "decade": "XXXX", "century": "XXXX", "millennium": "XXXX",
               "quarter": "XXXX-QX", "month": "XXXX-XX", "week": "XXXX-WXX"}  # fmt: skip
# The span a history's "the past year" covers, up to the time it tells (TIMEX3 writes a decade
# DE, a century CE).
_LOOKBACK_UNITS = {"year": "P1Y", "decade": "P1DE", "century": "P1CE", "month": "P1M",
                   "week": "P1W"}  # fmt: skip
# A quarter's closing day after it: "the quarter ended July 31", "ending Sept. 30, 1989".
_ENDED_ON = regex.compile(
    r"\s+end(?:ed|ing)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?!\d)(?:,?\s+(?P<year>\d{4})(?!\d))?"
)


def _quarter_ended(ctx: _Context, offset: int, base: _dt.date) -> _dt.date | None:
    """A day in the calendar quarter holding most of a quarter that ends on the date told.

    A company's quarter "ended July 31" runs from May to July, so it is mostly the second
    calendar quarter; its middle month decides. With no year told, the closing day is the
    latest one up to a season after ``base`` (a report follows its quarter).
    """
    ended = _ENDED_ON.match(ctx.doc.normalized, offset, offset + PHRASE_REACH)
    month = ctx.lex.months.get(ended["month"].lower()) if ended else None
    if ended is None or month is None:
        return None
    year = int(ended["year"]) if ended["year"] else base.year
    if not ended["year"] and month > base.month + 3:
        year -= 1
    middle = _valid(year, month, 1)
    return shift(middle, -1, "month") if middle else None


# "the year ended Sept. 30", "ending today": the first word of the closing date, a number, a
# month or a day told from the anchor (not "the year ended with a bombing").
_ENDED_BEFORE_DATE = regex.compile(r"\s+(?:ended|ending)\s+(?P<word>\w+)", regex.I)
_DAYS_TOLD_FROM_ANCHOR = frozenset({"today", "tomorrow", "yesterday"})


def _closes_on_date(ctx: _Context, offset: int) -> bool:
    """Whether "ended" or "ending" and a date follow ``offset`` ("the year ended Sept. 30")."""
    closing = _ENDED_BEFORE_DATE.match(ctx.doc.normalized, offset, offset + PHRASE_REACH)
    if closing is None:
        return False
    word = closing["word"].lower()
    return word[0].isdigit() or word in ctx.lex.months or word in _DAYS_TOLD_FROM_ANCHOR


# Words after "the last year" that make it a part of a span ("the last year of the war").
_PART_OF_WORDS = frozenset({"before", "after", "in", "when", "that", "which"})


def _h_reldate(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if _title_inside(match, "unit", ctx):
        return []  # "This Week", a programme's name
    unit = _lower(match["unit"])
    relation = _lower(match["rel"])
    mod = _point_mod(match, ctx)
    if match["emod"]:
        mod = "START" if _lower(match["emod"]) == "earlier" else "END"
        if relation not in {"this", "last", "next"}:
            return []
    if relation == "this" and unit == "day" and not mod:
        # "continues to this day": up to now; "from this day forward": from now on
        lead = _previous_word(ctx, match.start())
        if lead in _UP_TO_WORDS and _next_word(ctx, match.end()) != "as":
            # (not "referred to this day as the Black Day": the day just told)
            return [_Found(match.start(), match.end(), TimeType.DATE, "PRESENT_REF")]
        if lead == "from" and _next_word(ctx, match.end()) in _ONWARD_WORDS:
            return [_Found(match.start(), match.end(), TimeType.DATE, "FUTURE_REF")]
    anaphoric = relation in {
        "that", "same", "that same", "following", "the following", "the previous", "the prior",
        "the preceding", "the next", "the same",
    }  # fmt: skip
    bare = relation == "the"
    if (bare or relation == "this") and ctx.narrative:
        # "by the end of the month", "this day" in a history: the month or day being told
        anaphoric = True
    base = ctx.reference if anaphoric else ctx.anchor
    if not anaphoric and not bare:
        ctx.deictic += 1
    if (
        relation in {"the past", "the last"}
        and unit in _LOOKBACK_UNITS
        and ctx.narrative
        and _next_word(ctx, match.end()) not in _PART_OF_WORDS
    ):
        # "In the past year, both armies had raided ..." in a history: the year up to the
        # time being told, which is not the one before the publication date
        return [_Found(match.start(), match.end(), TimeType.DATE, _LOOKBACK_UNITS[unit], mod)]
    if relation in {"these", "those"}:
        return []
    if relation in {"the past", "past", "this past"} and unit == "century":
        # "the significant events of the past century": the last hundred years, not the
        # century before the current one (that is "last century")
        return [_Found(match.start(), match.end(), TimeType.DURATION, "P1CE", mod)]
    step = 0
    if relation in {"last", "past", "previous", "the past", "the last", "the previous",
                    "the prior", "the preceding", "this past"}:  # fmt: skip
        step = -1
    elif relation in {"next", "coming", "following", "the next", "the coming",
                      "the following", "this coming"}:  # fmt: skip
        step = 1
    reported = unit == "quarter" and (anaphoric or relation == "this") and not match["emod"]
    if reported and ctx.quarter_nearby(match.start()):
        # "that quarter", "the previous quarter": counted from the quarter just named; in an
        # earnings report "this quarter" is the quarter being reported
        year, quarter = ctx.quarter_nearby(match.start()) or (0, 1)
        months = (year * 12 + (quarter - 1) * 3) + 3 * step
        value = f"{months // 12:04d}-Q{months % 12 // 3 + 1}"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    if unit in {"morning", "afternoon", "evening", "night"}:
        part = ctx.lex.dayparts[unit]
        if bare or relation in {"that", "the same"}:
            # the part of the day being told, unless a clause says which one it is
            named = (
                None
                if bare and _defined_by_clause(match, ctx)
                else ctx.day_just_told(match.start())
            )
            day_text = named.isoformat() if named else "XXXX-XX-XX"
            return [_Found(match.start(), match.end(), TimeType.TIME, day_text + part, mod)]
        if base is None:
            return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XX" + part, mod)]
        spanned = _counted_from_span(ctx, base, step) if anaphoric else None
        day_text = spanned or (base + _dt.timedelta(days=step)).isoformat()
        return [_Found(match.start(), match.end(), TimeType.TIME, day_text + part, mod)]
    if bare:
        if unit == "day" and _previous_word(ctx, match.start()) in {
            "in", "during", "throughout", "for", "all",
        }:  # fmt: skip
            # "later in the day": the day being reported, which a wire story may have named in
            # the paragraph before ("spent Thursday in talks. // ... earlier in the day")
            told = ctx.day_just_told(match.start())
            if told is not None:
                ctx.set_day(told, match.start())  # the story is still on that day
            named = told or ctx.anchor
            value = named.isoformat() if named else "XXXX-XX-XX"
            return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
        if unit == "day":
            return _day_beside(match, ctx)
        if unit not in {"weekend", "quarter", "year", "week", "month"}:
            return []
        nxt = _next_word(ctx, match.end())
        # "the year in which ...", "the week before the vote": a time the words after it
        # define; but "over the weekend in the east" says where, not which weekend
        if (
            nxt in (_WEEKEND_DEFINERS if unit == "weekend" else _PERIOD_DEFINERS)
            and not mod
            and (
                nxt != "in"
                or _IN_WHICH.match(ctx.doc.normalized, match.end(), match.end() + PHRASE_REACH)
            )
        ):
            return []
        if unit == "quarter" and base is not None:
            # "the quarter" in a report is the quarter being reported: the one just named, else
            # the last one finished.
            nearby = ctx.quarter_nearby(match.start())
            if nearby is None:
                target = base if ctx.is_future(match.start()) else shift(base, -1, "quarter")
                target = _quarter_ended(ctx, match.end(), base) or target
                nearby = (target.year, quarter_of(target))
            ctx.last_quarter = (nearby[0], nearby[1], match.end())
            value = f"{nearby[0]:04d}-Q{nearby[1]}"
            return [_Found(match.start(), match.end(), TimeType.DATE, value)]
        if unit == "year" and _YEAR_DIGITS.fullmatch(nxt):
            return []  # "the year 1950": the year rule reads it whole
        if unit == "year" and _closes_on_date(ctx, match.end()):
            # "the year ended March 31": a span of a year closing on that date (not "the year
            # ended with a bombing", the calendar year told)
            return [_Found(match.start(), match.end(), TimeType.DURATION, "P1Y", mod)]
    story = ctx.year_for(match.start()) if base is None and ctx.story_bc else None
    if story is not None and unit == "year" and anaphoric:
        # "the following year" in a story of 491 BC is 490 BC: years count down
        if step > 0 and _story_moves_on(ctx, match.start()):
            _remember_year(ctx, match.start(), story - step, bc=True)
        return [_Found(match.start(), match.end(), TimeType.DATE, f"{story - step:04d}", mod)]
    if story is not None and unit in _BC_SPANS and anaphoric:
        # "the following decade" in a story of 490 BC is the 480s BC ("BC048"), "the previous
        # century" in one of 387 BC the fifth century BC ("BC04"): written before the era here,
        # as the value is no year the era marking afterwards would recognise.
        years, digits = _BC_SPANS[unit]
        value = f"BC{(story - step * years) // years:0{digits}d}"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]
    if base is None:
        placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                       "quarter": "XXXX-QX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")  # fmt: skip
        return [_Found(match.start(), match.end(), TimeType.DATE, placeholder, mod)]
    granularity = "week" if unit == "weekend" else unit
    if unit == "weekend":
        # The weekend closes its ISO week: "over the weekend" in a Monday report is the
        # Saturday just gone, "this weekend" in a future clause the coming one, or the one
        # under way when told on a Saturday. With no tense, "this weekend" is the nearer one,
        # as a bare weekday is ("could claim victory as early as this weekend" on a Thursday).
        if step == 0 and ctx.is_future(match.start()):
            target = weekday_date(base, 6, 0)
        elif relation == "this" and not ctx.is_past(match.start()):
            target = nearest_weekday(base, 6)
        elif step > 0:
            target = shift(weekday_date(base, 6, 1), step - 1, "week")
        else:
            target = weekday_date(base, 6, -1)
            if step < 0 and base.isoweekday() >= 6:
                # "last weekend" said during a weekend is the one before; on a weekday it is
                # the weekend just gone, which the latest Saturday already is.
                target = shift(target, step, "week")
    elif unit == "day" and relation in {"the", "that", "the same", "same", "that same"}:
        if ctx.day_reference is None:
            return [_Found(match.start(), match.end(), TimeType.DATE, "XXXX-XX-XX", mod)]
        target = ctx.day_reference[0]
    elif unit == "day" and anaphoric and (spanned := _counted_from_span(ctx, base, step)):
        return [_Found(match.start(), match.end(), TimeType.DATE, spanned, mod)]
    else:
        target = shift(base, step, granularity)
        if unit == "year" and anaphoric and step > 0 and _story_moves_on(ctx, match.start()):
            # "The following year, the army attacked in March": the history is now in that
            # year, for the months and the next "following year" after it
            _remember_year(ctx, match.start(), target.year)
            ctx.reference = _valid(target.year, 1, 1) or ctx.reference
        elif unit == "year" and not (anaphoric or bare):
            _back_in_report_time(ctx, match.start(), target.year)
        elif unit == "day" and anaphoric and step > 0 and ctx.day_reference is not None:
            # "surrendered the next day, and the day following ...": the story is now on that
            # day, which the next count starts from
            ctx.set_day(target, match.start())
            ctx.reference = target
    if match["fiscal"] and unit == "year":
        granularity = "year"
    value = format_at(target, granularity)
    if unit == "weekend":
        value += "-WE"
    return [_Found(match.start(), match.end(), TimeType.DATE, value, mod)]


def _counted_from_span(
    ctx: _Context, base: _dt.date, step: int, granularity: str = "day"
) -> str | None:
    """The value of a day or week counted from a month or year the text named rather than a
    day ("in June ... the next day", "in 2015 ... the next day's assignment", "in 1913 ... a
    week later"), else None.

    The reference is then only the stand-in first day of that span, so the day or week is
    unknown (TIMEX3 writes no digit the text does not give); its year is the year named, or for
    a month the year its first and last days counted on share ("in December 1941 ... the next
    day" may be in 1942).
    """
    grain = _reference_grain(ctx, base)
    if grain == "day":
        return None
    unknown = "XX-XX" if granularity == "day" else "WXX"
    if grain == "year":
        return f"{base.year:04d}-{unknown}"
    first = shift(base, step, granularity)
    last = shift(shift(base, 1, "month") - _dt.timedelta(days=1), step, granularity)
    return f"{first.year:04d}-{unknown}" if first.year == last.year else f"XXXX-{unknown}"


def _reference_grain(ctx: _Context, base: _dt.date) -> str:
    """How much of ``base``, the date a count is made from, the text told: "day" (the anchor or
    a day named), "month" (a month named: the reference is its first day) or "year"."""
    told = ctx.day_reference[0] if ctx.day_reference else None
    if base in (ctx.anchor, told):
        return "day"
    return "month" if base is ctx.month_reference else "year"


# "in which", "in whose": a relative clause defines the time before it.
_IN_WHICH = regex.compile(r"\s+in\s+(?:which|whom|whose)(?!\w)", regex.I)
# Words after "the year", "the week" that make the words after them say which one it is.
_PERIOD_DEFINERS = frozenset({"before", "after", "of", "when", "that", "in", "which"})
# News tells one weekend only, the one just gone or coming: a clause after it says what
# happened then ("warned at the weekend that ...", "were hurt over the weekend when ..."),
# not which weekend it was.
_WEEKEND_DEFINERS = _PERIOD_DEFINERS - {"when", "that"}


def _story_moves_on(ctx: _Context, offset: int) -> bool:
    """Whether a later year counted from the story's ("the following year") is where a history
    goes on.

    It is when it opens its sentence or follows "in" or "during"; not in "a campaign for the
    following year", a prospect told from the year the story is in. (An earlier year, as in
    "gains achieved during the previous year", is a look back: the callers leave it out.)
    """
    if not (ctx.narrative or ctx.story_bc):
        return False
    sentence = ctx.doc.sentence_at(offset)
    lead = ctx.doc.normalized[sentence.start : offset] if sentence else ""
    return not lead.strip(" \"'(") or _previous_word(ctx, offset) in _STORY_YEAR_LEADS


def _day_beside(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    """ "The day before, ...", "the day following saw ...": the day next to the day being told.

    Not "the day before the vote" or "the day after he left", whose anchor is an event.
    """
    beside = _DAY_BESIDE.match(ctx.doc.normalized, match.end())
    following = _lower(beside["next"]) if beside is not None else ""
    if beside is None or following in _EVENT_OPENERS or following.endswith("ing"):
        return []  # "the day before the vote", "the day after voting began"
    told = ctx.day_reference[0] if ctx.day_reference else None
    value = "XXXX-XX-XX"
    if told is not None:
        day = told + _dt.timedelta(days=-1 if _lower(beside["side"]) == "before" else 1)
        value = day.isoformat()
    return [_Found(match.start(), beside.end("side"), TimeType.DATE, value)]


def _in_participle_phrase(ctx: _Context, start: int, end: int) -> bool:
    """Whether a year dates a participle after a noun, and the sentence goes on past it.

    "a program approved by the company in 1987 that ...", "a publication declassified in 2005,
    however, revealed ...": the year dates the thing a noun names, not the time the story is in.
    """
    text = ctx.doc.normalized
    lead = _PARTICIPLE_LEAD.search(text, max(0, start - 80), start)
    if lead is None or lead["aux"]:
        return False
    after = _WORD_AFTER_ASIDE.match(text, end, end + 40)
    if after is None:
        return False
    word = after["word"].lower()
    return word in _RELATIVE_WORDS or (
        word in ctx.lex.past_cues or (len(word) > 4 and word.endswith("ed"))
    )


def _named_date(found: regex.Match[str], ctx: _Context) -> _dt.date | None:
    """The date a day, month and year match names, if the month is one and the date valid."""
    month = ctx.lex.months.get((found["m"] or found["m2"] or "").lower().rstrip("."))
    if month is None:
        return None
    return _valid(int(found["y"]), month, int(found["d"] or found["d2"]))


def _tensed_weekday(ctx: _Context, offset: int, anchor: _dt.date, weekday: int) -> _dt.date:
    """The date a bare weekday name ("Monday") refers to, by the tense of its clause.

    Future clauses take the next such day, past ones the latest; with no tense cue at all
    (headline present, "Monday's vote") the one nearest the anchor wins. The anchor's own
    weekday is the anchor's day in either tense ("will speak Friday" in a Friday report): the
    one a week on is "next Friday".
    """
    owned = _WEEKDAY_OWNS.match(ctx.doc.normalized, offset, offset + _WEEKDAY_PHRASE_REACH)
    if owned is not None and owned["noun"].lower() in ctx.lex.past_event_nouns:
        # "are examining Saturday's bombing", "will retaliate for Tuesday's attack": an event
        # news reports once it has happened, whatever the tense
        return weekday_date(anchor, weekday, -1)
    if (
        ctx.is_future(offset)
        or _moved_to(ctx, offset)
        or _earliest_prospect(ctx, offset)
        or _purpose_before(ctx, offset, passive_only=True)  # "a summit to be held on Friday"
    ):
        return weekday_date(anchor - _dt.timedelta(days=1), weekday, 1)
    # "said Monday that ...", "told the BBC on Monday", "said in a statement on Monday": the
    # reporting verb a few words before is a clause break, not in the clause
    window = ctx.doc.normalized[max(0, offset - _REPORTED_WINDOW) : offset].rpartition(",")[2]
    before = window.lower().translate(_PUNCTUATION_TO_SPACE).split()[-_REPORTED_WORDS:]
    if (
        ctx.is_past(offset)
        or not ctx.lex.past_cues.isdisjoint(before)
        or _fronted_past(ctx, offset)  # "On Monday, Erdogan said ..."
    ):
        return weekday_date(anchor, weekday, -1)
    return nearest_weekday(anchor, weekday)


def _earliest_prospect(ctx: _Context, offset: int) -> bool:
    """Whether the weekday at ``offset`` is the earliest a modal clause allows: "said the
    Pentagon could as early as Monday announce ...", a day still to come though told in the past.
    """
    before = ctx.doc.normalized[max(0, offset - _PROSPECT_SIGNAL_REACH) : offset]
    return _EARLIEST_BEFORE.search(before) is not None and not _MODALS.isdisjoint(
        ctx.clause_words(offset)
    )


# "as early as" or "as soon as" right before an expression, and how far back it is looked for.
_EARLIEST_BEFORE = regex.compile(r"(?<!\w)as\s+(?:early|soon)\s+as\s+$", regex.I)
_PROSPECT_SIGNAL_REACH = 20


# The week a bare weekday lies in, named after it ("Thursday and Friday next week").
_WEEK_AFTER = regex.compile(
    r"(?:\s*(?:,|and|or)\s*(?-i:[A-Z][a-z]+day))*\s+(?P<rel>next|last|this)\s+week(?![\w'])",
    regex.I,
)
# How far a phrase after a weekday or holiday may reach. The patterns need a literal ("week", "'s")
# that the regex module first looks for up to the end position: unbounded, every weekday would
# scan the rest of the text.
_WEEKDAY_PHRASE_REACH = 80
# A weekday owning the noun after it ("Saturday's attack").
_WEEKDAY_OWNS = regex.compile(r"[A-Za-z]+'s\s+(?P<noun>[A-Za-z]+)")
# How far (in characters, in words) a past reporting verb may stand before the weekday it dates.
_REPORTED_WINDOW = 40
_REPORTED_WORDS = 5


# Punctuation closing a noun phrase right after it.
_CLOSED_AFTER = regex.compile(r"[,;:.!?)]")


def _h_ordspan(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    # "the first week (of January)": one unit's length; TimeML has no nested expressions, so
    # the date after "of" is an expression of its own
    closed = _CLOSED_AFTER.match(ctx.doc.normalized, match.end()) is not None
    if _next_word(ctx, match.end()) not in {"of", "alone"} and not closed:
        # only a part of a named span, or a phrase closed by punctuation ("in the second
        # week, ..."); otherwise "the second week" may count anything ("the second year in a
        # row", "the first year students")
        return []
    value = _duration(1, _lower(match["sunit"]), ctx.lex)
    return [_Found(match.start(), match.end(), TimeType.DURATION, value)]


def _h_ordday(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    """A day counted within a span: "the second day" (of a battle), "the third evening".

    Told right after a date ("on 1 July 1916, the first day of the battle") it is that day; in
    a history telling a month, a day of that month; in a report in the present tense ("it is
    the second day of the strike"), the anchor's day.
    """
    unit = _lower(match["ounit"])
    part = "" if unit == "day" else ctx.lex.dayparts[unit]
    start = match.start()
    day = "XXXX-XX-XX"
    told = ctx.day_in_paragraph(start)
    own = _ORDDAY_OWN.match(ctx.doc.normalized, match.end(), match.end() + 80)
    if own is not None and not _APPOSITION.search(ctx.doc.normalized, max(0, start - 4), start):
        year = own["year"] or own["later"] or own["own"]
        count = ctx.lex.ordinals.get(_lower(match["ord"]))
        if own["year"] and count and not part and int(year) > 0:
            # "the first day of 1944": a day counted into the year itself
            day = (_dt.date(int(year), 1, 1) + _dt.timedelta(days=count - 1)).isoformat()
        elif year:
            day = f"{year}-XX-XX"
    elif told is not None:
        day = told.isoformat()
    elif ctx.narrative and ctx.told is not None:
        # a history telling a month: the day is in it ("1944-06-XX")
        year, month = ctx.told
        if ctx.year_for(start) == year:
            day = f"{year:04d}-{month:02d}-XX"
    elif ctx.anchor is not None and _previous_word(ctx, start) in _PRESENT_COUNT:
        day = ctx.anchor.isoformat()  # "it is the second day", "as the siege enters the third day"
    kind = TimeType.TIME if part else TimeType.DATE
    return [_Found(start, match.end(), kind, day + part)]


def _h_weekday(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if not _capitalised(match, "wd", ctx):
        return []
    lex = ctx.lex
    weekday = lex.weekdays[_lower(match["wd"]).rstrip(".")]
    part = lex.dayparts.get(_lower(match["dp"])) if match["dp"] else None
    if match["plural"]:
        value = f"XXXX-WXX-{weekday}" + (part or "")
        return [_Found(match.start(), match.end(), TimeType.SET, value)]
    relation = _lower(match["wrel"])
    start = match.start()
    if relation == "following" and ctx.doc.normalized.startswith("'s", match.end()):
        # "Following Monday's debate": a preposition before a possessive, not "the following
        # Monday"; the weekday alone is the expression
        relation, start = "", match.start("wd")
    ctx.deictic += 1
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(relation)
    anchor = ctx.anchor
    own = None
    if not relation and _WEEKDAY_OF.match(ctx.doc.normalized, match.end()):
        own = _WEEKDAY_OF_DATE.match(ctx.doc.normalized, match.end(), match.end() + PHRASE_REACH)
    if own is not None and (named := _named_date(own, ctx)) is not None:
        # "Sunday dawn of 25 June 1950": the weekday is the date its phrase names
        day = named.isoformat()
    elif anchor is None:
        day = f"XXXX-WXX-{weekday}"
    else:
        if relation in {"the previous", "the following", "the next"} and ctx.day_reference:
            # "down from the previous Friday": counted from the day being told, not from today
            told = ctx.day_reference[0]
            if relation == "the previous":
                date = weekday_date(told - _dt.timedelta(days=1), weekday, -1)
            else:
                date = weekday_date(told, weekday, 1)
        elif relation in {"last", "past", "previous", "this past", "the previous"}:
            date = weekday_date(anchor - _dt.timedelta(days=1), weekday, -1)
        elif relation in {"next", "coming", "this coming", "the following", "the next",
                          "following"}:  # fmt: skip
            date = weekday_date(anchor, weekday, 1)
        elif relation == "this":
            date = weekday_date(anchor, weekday, 0)
        elif week := _WEEK_AFTER.match(
            ctx.doc.normalized, match.end(), match.end() + _WEEKDAY_PHRASE_REACH
        ):
            # "on Thursday and Friday next week": the days of that week
            monday = anchor - _dt.timedelta(days=anchor.weekday())
            step = {"next": 1, "last": -1, "this": 0}[week["rel"].lower()]
            date = monday + _dt.timedelta(days=7 * step + weekday - 1)
        elif ctx.narrative and (story_day := ctx.day_just_told(start)) is not None:
            # "On 17 September 1862 ... By Friday", "On September 13, 2007 ... described
            # Thursday's killing": a history tells forward from the day it is telling (that
            # day itself, or the first such weekday after it), not from its publication
            date = weekday_date(story_day - _dt.timedelta(days=1), weekday, 1)
        else:
            date = _tensed_weekday(ctx, start, anchor, weekday)
        day = date.isoformat()
        ctx.set_day(date, start)
        _refer_to_day(ctx, date)
    if part:
        return [_Found(start, match.end(), TimeType.TIME, day + part, mod)]
    return [_Found(start, match.end(), TimeType.DATE, day, mod)]


def _refer_to_day(ctx: _Context, day: _dt.date) -> None:
    """Make a day told from the publication date the reference of anaphora.

    "took the town on Friday. The next day ...", "said yesterday ... two days later": the
    story is on that day. A history keeps its own time, which such a day may not be.
    """
    if not ctx.narrative:
        ctx.reference = day


def _h_daypart(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    word = _lower(match["dp"])
    part = ctx.lex.dayparts[word]
    relation = _lower(match["drel"])
    mod = "MID" if word in _MID_DAYPARTS else _point_mod(match, ctx)
    anchor = ctx.anchor
    if match["dday"] and not relation:
        # "mid-afternoon yesterday", "early morning today": that day's part
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[_lower(match["dday"])]
        if anchor is None:
            return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XX" + part, mod)]
        day = anchor + _dt.timedelta(days=offset)
        ctx.set_day(day, match.start())
        _refer_to_day(ctx, day)
        ctx.deictic += 1
        return [_Found(match.start(), match.end(), TimeType.TIME, day.isoformat() + part, mod)]
    if not relation:
        if (word in _DAYTIME_WORDS or (word == "night" and _times_event(ctx, match.end()))) and (
            not _title_inside(match, "dp", ctx)
        ):
            # "daytime flights", "night attacks", "a night-raid": a part of any day, no date
            return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XX" + part)]
        if word != "overnight":
            before = _previous_word(ctx, match.start())
            if mod and word in _TOLD_DAYPARTS:
                # "mid afternoon", "early morning": the part of the day being told
                named = ctx.day_in_paragraph(match.start()) or anchor
                day_text = named.isoformat() if named else "XXXX-XX-XX"
                return [_Found(match.start(), match.end(), TimeType.TIME, day_text + part, mod)]
            if word == "night" and before in {"at", "by"}:
                # "attacks at night": night in general, no particular date
                return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XXTNI")]
            if before not in _CLOCK_SIGNALS or word in _TOLD_DAYPARTS:
                return []
        if word == "overnight":
            if anchor is None:
                return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XXTNI")]
            day = anchor - _dt.timedelta(days=0 if ctx.is_future(match.start()) else 1)
            return [_Found(match.start(), match.end(), TimeType.TIME, day.isoformat() + "TNI")]
        day_text = anchor.isoformat() if anchor else "XXXX-XX-XX"
        return [_Found(match.start(), match.end(), TimeType.TIME, day_text + part, mod)]
    if relation == "the" and word == "dawn" and _next_word(ctx, match.end()) == "of":
        dated = _next_word(ctx, match.end() + 3)
        if not (dated[:1].isdigit() or dated in ctx.lex.months):
            return []  # "the dawn of a new era": a beginning, not a time of day
    if relation in {"the", "that"}:
        # "struck Friday ... in the morning", "that night": the part of the day the paragraph is
        # telling; with no day named ("moves in during the night") it stays a night in general
        named = ctx.day_just_told(match.start())
        day_text = named.isoformat() if named else "XXXX-XX-XX"
        return [_Found(match.start(), match.end(), TimeType.TIME, day_text + part, mod)]
    if anchor is None:
        return [_Found(match.start(), match.end(), TimeType.TIME, "XXXX-XX-XX" + part, mod)]
    offset = -1 if "last" in relation else 0
    if relation.startswith(("early", "earlier")):
        mod = "START"
    elif relation.startswith(("late", "later")):
        mod = "END"
    day = anchor + _dt.timedelta(days=offset)
    return [_Found(match.start(), match.end(), TimeType.TIME, day.isoformat() + part, mod)]


def _defined_by_clause(match: regex.Match[str], ctx: _Context) -> bool:
    """Whether a clause right after a bare part of the day says which one it is.

    "recalls the morning a building was set alight", "the night they crossed": that event's
    day, not the day the text told before. After an adverbial lead ("in", "during", "overnight"
    ...) the words that follow open the sentence instead ("During the night the rebels advanced").
    """
    return (
        _next_word(ctx, match.end()) in _EVENT_OPENERS
        and _previous_word(ctx, match.start()) not in _ADVERBIAL_DAYPART_LEADS
    )


def _times_event(ctx: _Context, offset: int) -> bool:
    """Whether the word at ``offset`` (after a space or hyphen) is an event a part of day times."""
    event = _NIGHT_EVENT.match(ctx.doc.normalized, offset)
    return event is not None and event["noun"].lower() in ctx.lex.event_nouns


def _drives_verb(ctx: _Context, offset: int) -> bool:
    """Whether a past verb follows ``offset`` at once: "the current swept the boat away"."""
    found = _TWO_WORDS_AFTER.match(ctx.doc.normalized, offset, offset + 40)
    if found is None:
        return False
    verb = found.group(1).lower()
    if verb in ctx.lex.past_cues:
        return True
    after = (found.group(2) or "").lower()
    return len(verb) > 4 and verb.endswith("ed") and after in _VERB_OBJECTS


def _h_vague(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    phrase = _lower(match["vague"])
    kind, value = ctx.lex.vague[phrase]
    if phrase == "the past" and _next_word(ctx, match.end()) in ctx.lex.units:
        return []
    if phrase in {"the future", "the past", "the present"} and _next_word(ctx, match.end()) == "of":
        return []  # "the future of our peoples": a topic, not a time
    if phrase == "future" and (
        _previous_word(ctx, match.start()) != "in"
        or _next_word(ctx, match.end()) not in _AFTER_IN_FUTURE
    ):
        return []  # only "in future" (from now on), not "future talks" nor "in future talks"
    if phrase == "date":
        to = _TO_BEFORE.search(ctx.doc.normalized, max(0, match.start() - 12), match.start())
        if to is None or to["up"] or _next_word(ctx, match.end()) in {"of", "with", "from", "and"}:
            return []  # only "to date" (so far): not "up to date", "to date from", a "date"
    if phrase == "present" and _previous_word(ctx, match.start()) != "at":
        # only "at present" (now), its "at" a signal left out as TimeBank leaves it out;
        # not "present a plan", "the present government" nor "were present"
        return []
    if phrase in _TIMED_ADJECTIVES:
        following = _next_word(ctx, match.end())
        if not following.isalpha() or following in _NOT_TIMED_BY_ADJECTIVE:
            # "recent strikes", "the current crisis": the adjective before a noun times it;
            # not the noun ("the current of the river"), nor "current account" (a ledger)
            return []
        if phrase == "current" and _drives_verb(ctx, match.end()):
            return []
    if phrase in {"previously", "formerly"}:
        following = _next_word(ctx, match.end())
        if following.endswith(("ed", "en")) and following not in {"been", "seen"}:
            # "a previously announced plan", "suits previously filed": part of a participle
            # phrase, which TimeML annotators leave out.
            return []
    if phrase == "soon" and (
        _next_word(ctx, match.end()) in {"after", "afterward", "afterwards", "thereafter", "as"}
        or (ctx.is_past(match.start()) and ctx.narrative)
    ):
        # "soon after the war", "as soon as", and in a history "the town soon fell": a time
        # counted from an event of the story, which TimeML leaves untagged; a report's "she soon
        # became" keeps it (FUTURE_REF, as this gold writes it in a past story)
        return []
    if phrase in {"this period", "that period"} and (
        _previous_word(ctx, match.start()) not in _PERIOD_LEADS
    ):
        return []  # "during this period", not "this period of unrest was ..." as a subject
    if phrase in {"this time", "that time"} and (
        _previous_word(ctx, match.start()) not in _DEMONSTRATIVE_TIME_LEADS
        or _next_word(ctx, match.end()) in _TIME_AS_NOUN_FOLLOWERS
    ):
        return []  # "at this time", "during that time": not "this time, however" (an occasion)
    if phrase == "the time" and (
        _previous_word(ctx, match.start()) not in {"at", "by", "since", "until", "till"}
        or _next_word(ctx, match.end()) in _TIME_AS_NOUN_FOLLOWERS
    ):
        return []  # only "at the time", "by the time": not "the time has come"
    if value == "NEW_YEAR":
        written = ctx.doc.original[match.start() : match.end()]
        if "new" not in written or ctx.anchor is None or ctx.narrative:
            # "the New Year" is the feast; a history's new year is its story's, not the anchor's
            return []
        # "into the new year": the year whose first day is nearest the anchor (December's is
        # the next one, January's the one just begun)
        value = f"{ctx.anchor.year + (ctx.anchor.month > 6):04d}"
    if value == "REPORTED_QUARTER":
        # "the latest period" of an earnings report: the quarter it is about, else the last
        # quarter finished before the anchor.
        nearby = ctx.quarter_nearby(match.start())
        if nearby is None and ctx.anchor is not None:
            previous = shift(ctx.anchor, -1, "quarter")
            nearby = (previous.year, quarter_of(previous))
        value = f"{nearby[0]:04d}-Q{nearby[1]}" if nearby else "XXXX-QX"
    return [_Found(match.start(), match.end(), TimeType(kind), value)]


def _h_special(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    word = _lower(match["special"])
    anchor = ctx.anchor
    if word == "year-on-year":
        return []
    if word == "year-end":
        value = f"{anchor.year:04d}" if anchor else "XXXX"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, "END")]
    if word in {"month's end", "month-end"}:
        # "at month's end": the end of the month being told, else of the anchor's month
        base = ctx.reference if ctx.narrative else anchor
        value = f"{base.year:04d}-{base.month:02d}" if base else "XXXX-XX"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, "END")]
    if word in {"year's end", "year end"}:
        value = f"{anchor.year:04d}" if anchor else "XXXX"
        return [_Found(match.start(), match.end(), TimeType.DATE, value, "END")]
    unit = _lower(match["sunit"])
    whole = bool(unit)
    start = match.start() if whole else match.start("special")
    end = match.end() if whole else match.end("special")
    if unit.endswith("months"):
        # "the year-earlier nine months": as long as "the nine months" it is compared with
        # (TIMEX3 values a stretch by its length; "year-earlier" says which one, not how long)
        amount, months = unit.split()
        value = _duration(_quantity(amount, ctx.lex), months, ctx.lex)
        return [_Found(start, end, TimeType.DURATION, value)]
    if anchor is None:
        return [_Found(start, end, TimeType.DATE, "XXXX")]
    previous = shift(anchor, -1, "quarter")
    nearby = ctx.quarter_nearby(match.start())
    if unit == "quarter" or (unit == "period" and not match["sq"]) or nearby:
        year, quarter = nearby or (previous.year, quarter_of(previous))
        quarter = _QUARTER_WORDS.get(_lower(match["sq"]), quarter)
        value = f"{year - 1:04d}-Q{quarter}"
    else:
        value = f"{anchor.year - 1:04d}"
    return [_Found(start, end, TimeType.DATE, value)]


# A date with a floor: "until at least 2026", "since at least 2013" (a year, not a count).
_FLOOR_SIGNALS = frozenset({"until", "till", "through", "into", "beyond", "past", "since"})


def _h_comparable(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    # "the corresponding period last year", "last year's quarter": the reported quarter, a year
    # before (the comparison of an earnings report)
    anchor = ctx.anchor
    nearby = ctx.quarter_nearby(match.start())
    if nearby is None and anchor is not None:
        previous = shift(anchor, -1, "quarter")
        nearby = (previous.year, quarter_of(previous))
    value = f"{nearby[0] - 1:04d}-Q{nearby[1]}" if nearby else "XXXX-QX"
    return [_Found(match.start(), match.end(), TimeType.DATE, value)]


def _h_year(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    lex = ctx.lex
    text = match["year"]
    year = int(text)
    era = _lower(match["era"]).replace(".", "")
    start = match.start()
    before = _previous_word(ctx, match.start("year"))
    after = _next_word(ctx, match.end())
    char_before = ctx.doc.normalized[max(0, match.start("year") - 1) : match.start("year")]
    if (
        char_before
        and (char_before.isalnum() or char_before in "$€£¥#.,:/")
        and not (char_before == "-" and match["pmod"])
    ):
        return []
    if char_before == "-" and not match["pmod"]:
        return []
    if not era:
        if before in lex.blockers_before or after in lex.blockers_after:
            return []
        if before not in _YEAR_LEADS and after.endswith("s") and len(after) > 3:
            # "after" is lower case: only a plural noun written so is counted
            counted = _WORD_AFTER.match(ctx.doc.normalized, match.end(), match.end() + 30)
            if counted and counted.group(1).islower():
                return []  # "Iran has 2020 centrifuges": a count of things
        if (
            before in _COUNT_CUES
            and after not in {"and", "to", "or"}
            and not (before == "least" and _signal_before(ctx, start) in _FLOOR_SIGNALS)
        ):
            return []  # "about 1500", "more than 2000": a count, not a year
        if not 1000 <= year <= 2099:
            return []
        if after == "of" and year < 1900:
            return []
    mod = _point_mod(match, ctx)
    fiscal = bool(match["fy"])
    if era in {"bc", "bce"}:
        value = f"BC{year:04d}"
        if before != "since":
            _remember_year(ctx, start, year, bc=True)
    else:
        value = f"{year:04d}"
        story = ctx.story_year[0] if ctx.story_year else None
        prospect = story is not None and story < year and ctx.narrative
        # "forces that had invaded Burma in late 1943" told in a story of 1944: a look back
        # in the past perfect, after which the story goes on in its own year
        flashback = (
            story is not None
            and year < story
            and ctx.narrative
            and "had" in ctx.clause_words(start)
        )
        # "the 1978 Treaty of Friendship", "its 2005 Olympics": a year before a name names
        # the thing, and the story stays in its own year
        named = (
            before in {"the", "a", "its", "their", "his", "her"}
            and ctx.doc.original[match.end() + 1 : match.end() + 2].isupper()
        ) or _closes_a_name(ctx, start)
        # "How Wars Are Won (2003)": a year alone in brackets in a history cites a work or
        # glosses a name, and the story stays in its own year
        cited = (
            story is not None
            and ctx.narrative
            and ctx.doc.normalized[start - 1 : start] == "("
            and ctx.doc.normalized[match.end() : match.end() + 1] == ")"
        )
        if (
            before != "since"
            and not flashback
            and not named
            and not cited
            and not _in_participle_phrase(ctx, start, match.end())
            and not (
                prospect
                and (
                    ctx.is_future(start) or not _PROSPECT_WORDS.isdisjoint(ctx.clause_words(start))
                )
            )
        ):
            # "since 1980" opens a span reaching the present, and "it plans to attack in
            # 1976" a prospect: the story is told in neither year.
            _remember_year(ctx, start, year)
            if before in {"in", "during", "throughout"}:
                # "during 1919" after "December": the story is back in the year as a whole,
                # so the month told before no longer says where in it the story is
                ctx.told = None
        if ctx.reference is None or ctx.reference.year != year:
            ctx.reference = _valid(year, 1, 1) or ctx.reference
    if fiscal:
        value = f"{year:04d}"
    suffix = _lower(_g(match, "ysuf"))
    if suffix == "quarter" or (suffix == "period" and ctx.quarter_nearby(match.start())):
        # "the 1988 quarter", "the 1988 period" beside a named quarter: that quarter of 1988
        nearby = ctx.quarter_nearby(match.start())
        if nearby is not None:
            quarter: int | None = nearby[1]
        else:
            quarter = quarter_of(shift(ctx.anchor, -1, "quarter")) if ctx.anchor else None
        value = f"{year:04d}-Q{quarter}" if quarter else f"{year:04d}-QX"
    end = match.end()
    open_end = _OPEN_END.match(ctx.doc.normalized, end)
    if open_end is not None and mod is None:
        end = open_end.end()
        mod = "ON_OR_AFTER" if open_end["after"] else "ON_OR_BEFORE"
    return [_Found(match.start(), end, TimeType.DATE, value, mod)]


def _closes_a_name(ctx: _Context, start: int) -> bool:
    """Whether a year at ``start`` ends a name in a report: "the Terrorism Act 2006", "Vision
    2030" name a law or a plan, and the report's later "on 1 March" is not in that year.

    A capitalised time word before the year ("January 2006", "Christmas 2006") dates it
    instead; a history's years are its story (and "Operation Torch 1942" is one of them).
    """
    found = _WORD_BEFORE.search(ctx.doc.normalized, max(0, start - 30), start)
    if found is None or ctx.narrative or not found.group(1).isalpha():
        return False
    word = found.group(1).lower()
    lex = ctx.lex
    if word in lex.months or word in lex.weekdays or word in lex.seasons or word in lex.holidays:
        return False
    return _capitalised_inside(ctx, found.start(1))


def _h_plural(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    direction = _lower(match["vdir"])
    if direction and not match["vthe"]:
        # "months ago", "years later": an unknown distance from the anchor or the story
        value = "PAST_REF" if direction in {"ago", "earlier"} else "FUTURE_REF"
        return [_Found(match.start(), match.end(), TimeType.DATE, value)]
    before = _previous_word(ctx, match.start())
    # "weeks or months": one vague amount, valued by its first unit
    end = match.end("vunit2") if match["vunit2"] else match.end("vunit")
    value = _duration(None, match["vunit"], ctx.lex)
    if match["vthe"] or match["vposs"]:
        if direction:
            return []
        edge = _lower(match["vedge"] or match["vpedge"])
        if (
            edge in {"early", "small", "wee"}
            and _lower(match["vunit"]) == "hours"
            and not _OF_AN_EVENT.match(ctx.doc.normalized, end, end + PHRASE_REACH)
        ):
            # "in the early hours (of Sunday)": the first hours of a day, a part of it (the
            # day named after "of" joins it; else the day just told)
            named = ctx.day_just_told(match.start())
            day_text = named.isoformat() if named else "XXXX-XX-XX"
            return [_Found(match.start(), end, TimeType.TIME, day_text + "TMO", "START")]
        if edge in {"small", "wee"}:
            return []
        if (
            edge
            or before in {"over", "throughout", "through"}
            or _next_word(ctx, end) in _SPAN_FOLLOWERS
        ):
            # "over the years", "the first hours of the war", "the early years", "in the days
            # since", "the weeks that followed"
            return [_Found(match.start(), end, TimeType.DURATION, value)]
        return []  # not "the days of the Committee"
    if before in {"the", "these", "those"}:
        return []  # "the hours of the curfew": the rule above turned the article down already
    closing = _ADVERB_AFTER.match(ctx.doc.normalized, end)
    if closing is not None and before not in _BEFORE_BARE_PLURAL:
        # "had surrendered days before.": nothing to count from, so "earlier" or "later"
        value = "PAST_REF" if closing["word"].lower() == "before" else "FUTURE_REF"
        return [_Found(match.start(), closing.end(), TimeType.DATE, value)]
    if (
        before not in _BEFORE_BARE_PLURAL
        and _next_word(ctx, end) not in _AFTER_BARE_PLURAL
        and not (before in ctx.lex.dayparts and _lower(match["vunit"]) == "hours")
    ):
        # only "for years", "months of talks", "hours after the blast" (the distance, as in "two
        # days after the vote"), "weeks away from victory" (the distance still to go), "the
        # morning hours" (which join their part of the day): not "the years' toll", "days later"
        return []
    if _OF_A_YEAR.match(ctx.doc.normalized, end, end + PHRASE_REACH):
        return []  # "the heady years of 2014 and 2015": the years named are the time, not a length
    return [_Found(match.start(), end, TimeType.DURATION, value)]


# "the early hours of the war": the first hours of an event, a length of time, not of a day.
_OF_AN_EVENT = regex.compile(
    r"\s+of\s+(?:the|its|their|this|that)\s+(?!(?:morning|day|night|evening)\b)[a-z]", regex.I
)


_AFTER_BARE_PLURAL = frozenset({"of", "after", "before", "away"})
# "years of 2014": the plural unit names the year after it.
_OF_A_YEAR = regex.compile(r"\s+of\s+(?:1[5-9]|20)\d\d\b(?![,.]\d)")
# Words after "the days", "the weeks" that make them a stretch of time told from an event.
_SPAN_FOLLOWERS = frozenset({"since", "that", "which", "following", "after", "before", "leading"})
# "before"/"after" closing its clause: an adverb ("days before."), not a preposition.
_ADVERB_AFTER = regex.compile(r"\s+(?P<word>before|after)(?=\s*(?:[,;:.!?)]|\Z))", regex.I)


def _h_named(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    named = ctx.lex.named_days.get(match["named"])
    if named is None:
        return []  # "3/4 of the vote", "24/7": figures that name no day
    return [_Found(match.start(), match.end(), TimeType.DATE, named[0])]


def _h_holiday(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    if not _capitalised(match, "holiday", ctx) or _in_quoted_title(ctx, match.start("holiday")):
        return []
    name = _lower(match["holiday"]).replace("’", "'")
    movable = ctx.lex.movable_holidays.get(name)
    if movable is not None:
        # "Labor Day": the day it falls on in the year chosen, which is chosen by the day it
        # falls on near the anchor (a few days either way change no tense; with no anchor only
        # a story's year can be chosen, so any year's day will do)
        day_in = functools.partial(_movable_day, movable)
        near = day_in(ctx.anchor.year if ctx.anchor else 2000)
        weekend = _WEEKEND_AFTER.match(
            ctx.doc.normalized, match.end(), match.end() + _WEEKDAY_PHRASE_REACH
        )
        if weekend is not None and not match["year"]:
            return [
                _feast_weekend(
                    match, ctx, weekend.end(), month=movable[0], near=near, day_in=day_in
                )
            ]
        return _date_found(match, ctx, movable[0], near, match["year"], feast=near, day_in=day_in)
    month, day = ctx.lex.holidays[name]
    if (
        not match["year"]
        and name in ctx.lex.season_holidays
        and _next_word(ctx, match.end()) in ctx.lex.event_nouns
    ):
        # "the Christmas offensive" ran for weeks around the feast, not on its day: TimeML
        # gives the month
        return _date_found(match, ctx, month, None, None, feast=day)
    return _date_found(match, ctx, month, day, match["year"], feast=day)


def _feast_weekend(
    match: regex.Match[str],
    ctx: _Context,
    end: int,
    *,
    month: int,
    near: int,
    day_in: Callable[[int], int],
) -> _Found:
    """The weekend nearest a movable feast ("the Labor Day weekend"), its article in the span.

    The story stays on the day it was on ("on Saturday 31 August - Labor Day weekend").
    """
    start = match.start()
    article = _ARTICLE_BEFORE.search(ctx.doc.normalized, max(0, start - 5), start)
    year = _choose_year(ctx, start, month, near, feast=True)
    value = "XXXX-WXX-WE"
    if year is not None:
        saturday = nearest_weekday(_dt.date(year, month, day_in(year)), 6)
        value = format_at(saturday, "week") + "-WE"
    return _Found(article.start() if article else start, end, TimeType.DATE, value)


_WEEKEND_AFTER = regex.compile(r"\s+weekend(?!\w)", regex.I)


def _movable_day(holiday: tuple[int, int, int, int], year: int) -> int:
    """The day of the month a movable holiday (see ``Lexicon.movable_holidays``) falls on."""
    month, weekday, nth, after = holiday
    return (nth_weekday(year, month, weekday, nth) + _dt.timedelta(days=after)).day


def _h_spoken(match: regex.Match[str], ctx: _Context) -> list[_Found]:
    words = _lower(match["spoken"]).replace("-", " ").split()
    if words[0] == "two":
        # "two thousand" is a count unless it is named as a year
        if not match["sthe"] and _previous_word(ctx, match.start()) not in {
            "in",
            "by",
            "since",
            "until",
        }:
            return []
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (_quantity(" ".join(rest), ctx.lex) or 0 if rest else 0)
    else:
        century = ctx.lex.cardinals.get(words[0], 0)
        rest_value = _quantity(" ".join(words[1:]), ctx.lex)
        if rest_value is None or not 10 <= rest_value <= 99 or not 10 <= century <= 20:
            return []
        if _next_word(ctx, match.end()) in ctx.lex.blockers_after:
            return []
        year = century * 100 + rest_value
    _remember_year(ctx, match.start(), int(year))
    return [_Found(match.start(), match.end(), TimeType.DATE, f"{int(year):04d}")]


_HANDLERS: dict[str, Callable[[regex.Match[str], _Context], list[_Found]]] = {
    "iso": _h_iso,
    "odd": _h_odd,
    "dayrange": _h_dayrange,
    "mdrange": _h_mdrange,
    "yrange": _h_yrange,
    "time": _h_time,
    "mdy": _h_mdy,
    "dmy": _h_dmy,
    "my": _h_my,
    "century": _h_century,
    "decade": _h_decade,
    "half": _h_half,
    "quarter": _h_quarter,
    "set": _h_set,
    "dur": _h_dur,
    "long": _h_long,
    "season": _h_season,
    "ordspan": _h_ordspan,
    "today": _h_today,
    "comparable": _h_comparable,
    "reldate": _h_reldate,
    "ordday": _h_ordday,
    "weekday": _h_weekday,
    "daypart": _h_daypart,
    "month": _h_month,
    "vague": _h_vague,
    "special": _h_special,
    "year": _h_year,
    "plural": _h_plural,
    "spoken": _h_spoken,
    "named": _h_named,
    "holiday": _h_holiday,
}

# Keep add_months importable from here for callers who want the calendar helpers.
_ = add_months
