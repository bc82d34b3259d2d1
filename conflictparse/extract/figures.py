"""Figures: numbers in context, with what they count and who gives them.

Each count found by the number grammar (:mod:`conflictparse.extract.numbers`) becomes a
:class:`~conflictparse.model.Figure` with

* its qualifier and bounds, from the words right before or after it ("at least 14", "some
  100,000", "up to 5,000", "100 or more"), or from its form (a range, a vague magnitude);
* what it counts: the head noun after it ("100,000 Russian troops", "tens of thousands of
  people"), or a noun before it joined by a linking word ("troops numbering 100,000", "a force
  of 100,000", "a troop build-up ... estimated at 100,000", "the death toll rose to 12");
* its category: a casualty verb or adjective around it sets it ("14 civilians were killed",
  "killing at least 14", "200 wounded"), also across a list ("killed 3 guards and 15 men",
  "four nurses and a driver were shot dead"), else the counted noun's category (a generic
  head takes its modifier's: "rocket systems" are equipment), else the unit's;
* who gives it: an actor mention of the same sentence tied to an estimate or speech word
  ("which Ukraine estimated at", "according to the UN", "officials said").

The vocabulary is data: ``lexicon/figure_nouns.tsv`` (counted nouns, units) and
``lexicon/figure_cues.tsv`` (qualifiers, casualty verbs, attribution and linking words).
A bare "one" is taken as a figure only when qualified or a casualty count ("one was killed"),
and numbers of years, days or hours are durations, left to the time extractor.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from typing import TYPE_CHECKING

import attrs
import regex

from conflictparse.extract.actors import ActorTable, demonyms, find_actors, is_ordinal
from conflictparse.extract.numbers import (
    LIST_JOINS,
    UNIT_POWERS,
    WHOLE_SHARE,
    Number,
    find_numbers,
)
from conflictparse.lexicon import load_table
from conflictparse.model import Category, Figure, Qualifier
from conflictparse.text import Text, Token

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["extract_figures", "find_figures"]

_UNIT_PREFIXES = frozenset({"square", "sq", "cubic"})
# words that follow a measure standing on its own: "a 10km stretch" but "a 10km walk away"
_AFTER_MEASURE = frozenset(
    {"of", "from", "away", "apart", "and", "or", "to", "in", "on", "at", "into", "long", "wide"}
)
_WINDOW = 160  # characters of context read on each side of a number
_MAX_PHRASE = 5  # longest multi-word cue, in tokens ("registered with the united nations")
_MAX_RUN = 4  # longest counted noun phrase, in tokens
_ATTRIBUTION_REACH = 300  # characters around a figure searched for who gives it
_MAX_AUX = 5  # "were confirmed to have been killed"
_MAX_GAP = 12  # tokens between two figures that share one casualty verb
_OWN_VERB_REACH = 6  # tokens from a list's first count to its verb: "2,000 US soldiers have died"
_BACK_REACH = 10  # tokens searched backwards for a counted noun
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
_DASH_FOLLOWERS = frozenset({"in", "on", "at", "since", "over", "during", "this", "last", ",", "."})
_ANTECEDENT_REACH = 8  # tokens back from "they" to the noun it stands for
_NUMBER_OF_REACH = 24  # tokens back to "the number of" from its verb
_LINK_PREPOSITIONS = frozenset({"of", "at", "to"})
_MAX_ABBREVIATION = 4  # letters of a capitalised word cut short by a point: "Sen.", "Capt."
_NAME_REACH = 3  # capitalised words of a name between a plural and a noun: "NYPD", "US Army"
_OPENER_MODIFIERS = 3  # words before the noun of a partitive opener: "Of the six Iraqi divisions"
_PLACE_REACH = 9  # tokens of "in the Rukban camp on the Jordanian border"
_ASIDE_REACH = 10  # tokens of an aside between a subject and its verb
_ASIDE_SCAN = 2 * (_ASIDE_REACH + 1) + 6  # two asides, then up to five auxiliaries
_APPOSITION_REACH = 80  # characters of ", a war monitoring organisation," after a mention
_LEAD_REACH = 40  # characters before a mention read for "according to" and the like
# "14 civilians including three children were", "1,500 with links to the group are held"
_PHRASE_OPENERS = frozenset({"of", "including", "with"})
_ASIDE_MARKS = {",": ",", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "(": ")"}
_FOCUS_ADVERBS = frozenset({"just", "only", "still", "already", "currently", "merely"})
_DETERMINERS = frozenset({"the", "them", "those", "these", "its", "their", "his", "her", "our"})
_NOUN_OPENERS = _DETERMINERS | {"a", "an"}  # words that open a noun phrase, a subject or object
_OBJECT_POSSESSIVES = frozenset({"their", "his", "her", "its", "our", "my", "your"})
# words after an "-ing" word right after a number that make it a verb, not a modifier of a
# noun ("four bringing up the rear", "two leading the charge"; "two fighting units" counts)
_PARTICLES = frozenset({"up", "down", "out", "off", "back", "away"})
_PARTICIPLE_FOLLOWERS = _PARTICLES | _NOUN_OPENERS
_RACES = frozenset({"race", "contest", "battle", "fight", "scramble"})  # "the race for seats"
_AUXILIARIES = frozenset(
    {"were", "was", "is", "are", "have", "has", "had", "been", "being", "be", "reportedly",
     "also", "all", "later", "now", "already", "allegedly", "who", "that", "which", "got",
     "remain", "remained", "remains", "still", "feared", "believed", "thought", "presumed",
     "reported", "confirmed", "known", "to", "said", "could", "would", "will", "may", "might",
     "can", "should", "must", "continue", "continued", "continues", "continuing", "began",
     "begun", "started", "try", "tried", "trying", "expected", "likely", "found",
     "lie", "lies", "lay", "lying", "languish", "languished", "languishing"}
)  # fmt: skip
# "lie", "lay", "languish": state verbs before a casualty adjective or custody, like "remain"
# ("hundreds lie injured", "three soldiers lay dead", "the five languish in a military jail")
_ACTIVE_OBJECTS = frozenset(
    {"a", "an", "the", "at", "more", "some", "about", "dozens", "his", "him", "her", "them"}
)
_LOSSES = frozenset({"lost", "losing", "lose", "loses"})
# verbs of keeping that detain their object only when it is people: "holding the two Britons",
# not "holds 500,000 shares", "hold two sessions of talks"
_HOLDS = frozenset({"hold", "holds", "holding"})
_HOLDER_REACH = 6  # tokens of "the camps, which are holding" before the count
# verbs of flight take no victim as object: "fleeing the two nations", "escaped three camps"
_FLIGHT = frozenset(
    {"fled", "flee", "flees", "fleeing", "escaped", "escape", "escaping"}
)  # a loss of lives only when people are counted
_AT_BOUNDS = (["least"], ["most"])  # "killed at least 40": "at" opens the object's bound
_CASUALTIES = frozenset(
    {Category.KILLED, Category.WOUNDED, Category.DISPLACED, Category.DETAINED, Category.MISSING}
)
_CASUALTY_VALUES = frozenset(category.value for category in _CASUALTIES)
_INTRANSITIVE = frozenset({Category.DISPLACED.value, Category.MISSING.value})
# verbs of death that take no object: "12 soldiers died the next day" is no killing they did
_OBJECTLESS = frozenset({"died", "die", "dies", "perished", "perish"})
_FILLERS = frozenset({"has", "have", "had", "officials", "also", "'", "s", "previously"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "across", "outside", "inside", "from"})
# where a subject stands, between it and its verb: "50 fighters on both sides were killed"
_PLACE_OPENERS = _PLACE_PREPOSITIONS | {"on", "along"}
_VULGAR_FRACTIONS = frozenset("\u00bc\u00bd\u00be\u2153\u2154")  # ¼ ½ ¾ ⅓ ⅔
_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
_NUMBER_TAILS = frozenset({",", "hundred", "thousand", "million", "billion", "m", "bn"})
# a relative clause up to the main clause's auxiliary: "who were guarding the checkpoint were"
_RELATIVE_REACH = 14
_WITH_THE_WRECK = (["with", "her"], ["with", "it"], ["with", "him"], ["with", "them"])
_EVACUATION_REACH = 10  # words from a count to "... to leave during the evacuations"
_CLAUSE_STOPS = frozenset({".", ";"})  # marks that end the clause a verb looked for is in
_FINITE = frozenset({"were", "was", "are", "is", "have", "has", "had"})
# words that start a clause of another subject, or a clause of time or cause
_CLAUSE_BREAKS = frozenset(
    {"who", "that", "which", "whom", "whose", "they", "he", "she", "it", "we", "you", "i",
     "when", "while", "after", "before", "because", "since", "as", "if", "but", "said", "says",
     "where", "until"}
)  # fmt: skip
# words for a part of a group before "of the N": "many of the 3 million" (not "all of")
_PARTS = frozenset({"many", "most", "some", "few", "several", "none", "half", "dozens", "scores"})
_SUBJECTS = frozenset({"we", "they", "he", "she", "i", "you"})
_AMONG_REACH = 9  # "among the 40 people arrested were": "among" to the verb
_CAPTIVE_NOUNS = frozenset({"prisoner", "hostage"})
_AS_REACH = 6  # words from a counted noun to "as hostages": "children of the nobility as"
_OBJECT_BREAKS = _PLACE_PREPOSITIONS | {"to", "into", "on", "by", "for", "with", "of", "after"}
_VERB_ENDS = _OBJECT_BREAKS | {"during", "when", "while", "since", "overnight", "today"}
# a model designated by capitals and a number, hyphened or not: "AT6", "B-29", "MiG-15"
_DESIGNATION = regex.compile(r"\p{Lu}\p{L}{0,3}-?\d{1,4}\p{L}{0,2}")
_KINDS_SHARED = frozenset({"personnel", "equipment"})  # a shared head not in -s: "aircraft"
# "cf-18s", "mig-29", "t-72", "pantsir-s2s" (a longer maker's name only before a lettered
# number: "covid-19 patients" are no equipment)
_MODEL_NAME = regex.compile(r"\p{L}{1,4}-\d{1,4}\p{L}{0,2}|\p{L}{1,7}-\p{L}\d{1,4}\p{L}{0,2}")
_QUOTE_TOKENS = frozenset({'"', "'"})
_INNER_APOSTROPHE = regex.compile(r"\p{L}+'\p{L}+")  # "Shi'ites", "Shi'a": one word
_CONTRACTIONS = ("'d", "'m", "'ve", "'re", "'ll", "n't")  # "you've", "don't": a verb's clause
# an abbreviation's plural, written with an apostrophe: "two SR's", "six APC's"
_ABBREVIATION_PLURAL = regex.compile(r"\p{Lu}{2,5}'s")
_QUANTIFIER_STARTS = ("a ", "an ", "several")
_QUANTIFIER_CEILING = 10  # "a few", "several": below it; "a few thousand" is a magnitude
_MEASURES = frozenset({"money", "distance", "percent"})  # "one dinar", "one kilometre"
_RELATIVES = frozenset({"who", "that", "which"})
_VERB_OBJECT_OPENERS = frozenset(
    {"all", "the", "some", "only", "just", "his", "her", "their", "its", "our",
     "another", "further", "additional", "a", "an"}  # "injured another seven", "a further 5"
)  # fmt: skip
# "two helicopters were shot down", "captured three towns": things and places are no victims
_NO_VICTIMS = frozenset({"equipment", "place", "thing"})
_REPORTED_OTHER = frozenset({"place", "thing"})  # kinds of noun no victim, reported as other
_UNCOUNTED = frozenset({"time", "place"})  # nouns before a number that it never counts
_INCLUSIONS = frozenset(
    {"were", "was", "are", "is", "include", "included", "includes", "including"}
)
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# words opening or closing an aside that a hyphen may glue onto the noun before:
# "GIs-including", "foreigners-were"
_GLUED_WORDS = frozenset({"including", "excluding", "among", "mostly", "mainly"}) | _FINITE
# what a modifier lends a generic head: "rocket systems", "the refugee population"
_KINDS_LENT = frozenset({"personnel", "equipment", "displaced"})
_LISTED_NAMES = 10  # tokens of "Army, Navy and Air Force" before the noun they share
_PRONOUN_ORDINALS = frozenset({"first", "last", "final", "latter", "former", "next"})
_RANK_PICKS = _PRONOUN_ORDINALS | {"top", "previous"}  # "the top three", "the previous seven"
# words that pick a run of a series before its size: "six of the past seven contests"
_SEQUENCE_WORDS = frozenset(
    {"past", "last", "first", "next", "previous", "remaining"}
)  # "the first two"
_CLAUSE_LEAD = 3  # "and the town guards": an opener, a subject and its verb before the count
_COORDINATION_REACH = 8  # words of a second subject: "and citizens of other former states"
_WEIGHTS = {"according": 3, "estimate": 3, "say": 2}
_TEXT = operator.itemgetter(2)  # Token.text, read in C
_SPAN_START = operator.attrgetter("span.start")
# most contexts hold no quotation mark to drop (the stdlib engine: cheaper to call)
_QUOTE_CHARS = re.compile("[\"']")
_QUOTED_NAME_REACH = 60  # characters of a quoted slogan or name opening with a number
_QUOTED_NAME_WORDS = 3  # words before a number that closes a quoted name: the "big five"
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")  # a lower-case word right after a closing mark
_LIST_GAP = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")  # "95, 90, and 162km", not ", or"
_SHARED_UNITS = frozenset({"km", "mi", "m", "ft", "%"})
_HYPHENED_WORD = re.compile(r"-([A-Za-z]{1,12})\b")  # "300-euro": a word hyphened to a number
_PLUS = "-plus"  # a lower bound glued to a number: "the 60-plus nation coalition"
_LIST_LEAD = 40  # characters before a listed number read for "the" or "groups of"
_SHARE_DASH = regex.compile(r"\s*[-\u2013]\s*")  # "44 - 42 percent", "44-42 percent": two shares
_POWER_MARKS = tuple(set(UNIT_POWERS.values()))  # "km2", "ft3": an area or a volume
_WEIGHTS_UNITS = frozenset({"kg", "t"})
_TIME_POINTERS = frozenset({"last", "next", "this", "that", "every", "each", "per", "a", "an"})
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
# nouns that end like adverbs: "400 Isis family members", not "20 heavily armed fighters"
_LY_NOUNS = frozenset({"family", "ally", "assembly", "supply", "rally"})
# words joining two adjectives of one noun: "two small but powerful neighbours"
_ADJECTIVE_JOINS = frozenset({"and", "or", "but"})
_ONE_OF_REACH = 6  # words from "one of" to its verb: "one of the convoy's drivers was"
# verbs of force whose object is displaced when "from their homes" follows it
_EVICTIONS = frozenset(
    {"driven", "drove", "driving", "forced", "forcing", "pushed", "chased", "expelled", "expelling"}
)
# "had driven" is an active perfect: the subject drove; "had been driven" is a passive
_PERFECT = frozenset({"have", "has", "had"})
_CURRENCY_ABBREVIATIONS = frozenset({"dlrs"})  # wire-service style: "dlrs 1 million"
# qualifiers that are prepositions too: before a bare "one" they never bound it
_PREPOSITIONS_BEFORE_ONE = frozenset(
    {"about", "around", "over", "above", "within", "under", "below"}
)
# "in Iraqi custody", "in SDF prisons"
_CUSTODY = frozenset({"custody", "captivity", "detention", "prison", "prisons", "jail", "jails"})
# what follows a passive "held" with no auxiliary: "19 men held together", "held for questioning"
_HELD_FOLLOWERS = frozenset(
    {"together", "captive", "hostage", "without", "for", "in", "at", "incommunicado", "since"}
)
# participles that also describe a noun: "and displaced refugees", "and wounded soldiers"
_ADJECTIVE_CASUALTIES = frozenset({"displaced", "wounded", "injured", "detained", "missing"})
# a count of harm that does not say which: "eight victims" (not "one victim" of a shooting
# that "may have more than one victim", nor "shooting victims", whose modifier says how)
_VICTIMS = frozenset({"victims"})
_HARMS = frozenset({Category.KILLED, Category.WOUNDED})  # what befalls victims of violence
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})
_CUSTODY_REACH = 4  # owner words before the custody noun: "in Syrian Democratic Forces custody"
_MAGNITUDES = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})
_HEDGES = frozenset({"possibly", "perhaps", "maybe", "even", "potentially", "probably"})
# words that open a second, larger magnitude set off by commas: "hundreds, if not thousands, of"
_ASIDE_HEDGES = _HEDGES | {"and", "or", "if", "not"}
_HEDGE_REACH = 3  # hedge words in such an aside: ", and quite possibly"
_OLD_LEVELS = ([",", "down", "from"], [",", "up", "from"])  # "2,000 remain, down from 4,000"
_COMPARISONS = (["compared", "to"], ["compared", "with"])  # "... compared to 150,000 in Syria"
_VERSUS = (["versus"], ["vs"])  # "suffered 28,000 casualties (versus 23,000)"
_LIST_ENDS = frozenset({",", ".", "and", ";", ")"})  # what may close an item of a list
# marks after which a count opens a clause of its own: "operation, one killed"
_CLAUSE_OPENING_MARKS = frozenset({",", ":", ";", "(", "/", "-", "\u2013", "\u2014"})
_CHAIN_LINKS = frozenset({",", "and", "or", "then", "later", "eventually", "subsequently"})
_CHAIN_REACH = 6  # words from one casualty verb to a killing: ", shot or beheaded"
_STATES = frozenset({"remain", "remains", "remained", "are", "is", "were", "was"})
_PARTICIPLE_REACH = 16  # "detained during Isis's reign of terror in Syria remain unaccounted"
_COMPANION_REACH = 8  # words back from ", along with" to the verb: "was held in a prison"
_COMPANION_OPENERS = ([",", "along", "with"], [",", "together", "with"])
_COMPARISON_OPENERS = frozenset({",", "but", "and", "yet"})  # "but like thousands of others they"
_MONEY_SIGNS = frozenset({"$", "£", "€"})
_PRICE_SCALES = frozenset({"thousand", "million", "billion", "trillion", "m", "bn", "k"})
# prepositions opening a phrase after the noun it describes: "deaths since the start of"
_PHRASE_PREPOSITIONS = frozenset({"of", "since", "during", "for", "from", "after", "before"})
_AGE_LEADS = frozenset({"aged", "ages"})
_AGE_BOUNDS = frozenset({"under", "over", "below", "above", "between"})  # "aged under 10"
_AGE_JOINS = frozenset({"to", "and", "-", "\u2013", "or"})  # "aged 5 to 12", "aged 5-12"
_AGE_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_AGE_COMPOUNDS = frozenset({"year-old", "years-old"})  # "19 year-old", written apart
_AGE_SUFFIXES = ("-year-old", "-years-old")  # "17-year-old": an age before the noun
_AGE_NOUNS = ("-year-olds", "-years-olds")  # "three 17-year-olds": people of that age
_AGE_NOUN = "year-olds"  # what they count, whatever the age
_DURATION_LIST_ITEMS = 3  # numbers of the shortest list whose duration's noun serves them all
_DURATION_LIST_REACH = 12  # tokens of ", fifteen, and twenty" up to the duration's noun
_PART_GAP = 40  # characters from a whole to its part: " enemy forces, including "
_LEVEL_GAP = 40  # characters between an old level and a new one: " dollars four years ago to "
_CLAUSE_MARKS = re.compile(r"[,;:()]")
_VERB_MARKS = re.compile(r"[;:()]")  # ", from": a comma may set the old level off
_LEVEL_UNITS = frozenset({"USD", "GBP", "EUR", "%"})  # units a bare new level inherits
# the year that owns a level of a change: "from 1981's 500,000 soldiers to 1985's 1,050,000"
_POSSESSIVE_YEAR = re.compile(r"\s*\b\d{4}'s$")
_LEVEL_LEAD = 14  # characters before an old level read for "from" and a possessive year
# a lower-case word run on into a capitalised one, as text scraped off a web page joins two
# lines ("postsGet"); three lower-case letters first spare "iPhone", "eBay", "McCain", "macOS"
_GLUED_CAPITAL = re.compile(r"[a-z]{3,}(?=[A-Z][a-z])")
_CALIBRE = regex.compile(r"\d{2,3}(?:\.\d)?mm")
_RATE_UNIT_LETTERS = 3  # most letters of a shortened unit before a slash ("Mb/s", "km/h")


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(
        row[0].lower() for row in load_table("number_words") if row[1] in {"unit", "tens"}
    )


@functools.cache
def _count_words() -> frozenset[str]:
    """Number words, vague magnitudes and "many": words that count a subject of their own."""
    kinds = {"unit", "tens", "vague", "quantifier"}
    words = {row[0].lower() for row in load_table("number_words") if row[1] in kinds}
    return frozenset(words | {"many"})


@attrs.frozen
class _Noun:
    category: str
    counted: str | None
    unit: str | None


_PEOPLE = _Noun(category="other", counted=None, unit=None)  # a noun of people of no kind


@attrs.frozen
class _Lexicon:
    nouns: dict[str, _Noun]
    before: dict[tuple[str, ...], Qualifier]
    after: dict[tuple[str, ...], Qualifier]
    casualty: dict[tuple[str, ...], Category]
    casualty_after: dict[tuple[str, ...], Category]
    casualty_before: dict[tuple[str, ...], Category]
    casualty_after_words: frozenset[str]
    passive_only: frozenset[tuple[str, ...]]  # "four men are held", not "who held them"
    casualty_words: frozenset[str]  # first words of every casualty phrase
    attribution: dict[tuple[str, ...], str]
    # the first words of the attribution phrases: a sentence with none credits no one
    attribution_words: frozenset[str]
    links: frozenset[str]
    changes: frozenset[str]
    labels: frozenset[str]
    stops: frozenset[str]
    months: frozenset[str]
    streets: frozenset[str]  # "469 Vermont St.": a house number, not a count
    # The first and last words of every phrase of the tables above: most words around a
    # number begin or end no phrase, and one set lookup then saves trying each length.
    first_words: frozenset[str]
    last_words: frozenset[str]
    intensifiers: frozenset[str]  # "uncounted thousands": read as "thousands"
    compounds: frozenset[str]  # "holding areas": an -ing word and a noun that make one noun
    sizes: frozenset[str]  # "the militia's strength": the size of a group, counted as it
    treatments: frozenset[str]  # "treated 230 people for injuries": wounded
    wounds: frozenset[str]
    evacuations: frozenset[str]  # "to leave during the evacuations": displaced
    camps: frozenset[str]  # "are living in camps for the displaced": where the displaced stay
    camp_kinds: frozenset[str]  # "displacement camps", "camps for displaced people"
    departures: frozenset[str]
    movements: frozenset[str]  # "were on the move": displaced, after a verb of being
    victim_causes: dict[str, Category]  # "the slayings ... the eight victims": killed
    age_groups: frozenset[str]  # "children under five": people whose age a bound limits
    suspicions: frozenset[str]  # "nationals suspected of being members are held": to the verb
    of_senses: frozenset[str]  # "two rounds of talks": sessions, where "rounds" alone are shots
    dialled: frozenset[str]  # "a 911 call": an emergency number and a word of calling
    wrecks: frozenset[str]  # "the ship sank, taking 450 sailors with her": killed
    aircraft_senses: frozenset[str]  # "fighters": people, or aircraft beside an aircraft mark
    aircraft_marks: frozenset[str]  # "usaf", "air force", "bombers": what tells the aircraft
    aircraft_models: frozenset[str]  # "yak", "mig": a maker's name, an aircraft's head after it


@functools.cache
def _nationals() -> frozenset[str]:
    """Plural demonyms from the countries table ("britons", "syrians", "iraqis"): people,
    where the noun lexicon lists only common nouns."""
    return frozenset(
        demonym + "s"
        for demonym in demonyms()
        # not "British", "French", "Chinese", "Swiss"
        if demonym and not demonym.endswith(("sh", "ch", "ese", "ss", "s"))
    )


@functools.cache
def _invariant_nationals() -> frozenset[str]:
    """Demonyms in "-ese", their own plurals ("the number of South Sudanese ... passed a
    million"): people only where a linked number counts them, as "200 Chinese workers" is a
    modifier."""
    return frozenset(demonym.split()[-1] for demonym in demonyms() if demonym.endswith("ese"))


@functools.cache
def _measure_units() -> frozenset[str]:
    """Unit codes of measures that are no distance ("kg", "MW", "t"), from the noun lexicon."""
    return frozenset(
        row[3] for row in load_table("figure_nouns") if len(row) > 3 and row[1] == "other"
    ) - {"-"}


@functools.cache
def _modifier_units() -> frozenset[str]:
    """Unit codes of lengths and other measures, whose "a 30km zone" makes a modifier."""
    return frozenset(
        row[3]
        for row in load_table("figure_nouns")
        if len(row) > 3 and row[1] in {"distance", "other"}
    ) - {"-"}


@functools.cache
def _lexicon() -> _Lexicon:
    nouns: dict[str, _Noun] = {}
    for row in load_table("figure_nouns"):
        noun, category, counted, unit = (*row, "-", "-")[:4]
        nouns[noun.lower()] = _Noun(
            category=category,
            counted=None if counted == "-" else counted,
            unit=None if unit == "-" else unit,
        )
    before: dict[tuple[str, ...], Qualifier] = {}
    after: dict[tuple[str, ...], Qualifier] = {}
    casualty: dict[tuple[str, ...], Category] = {}
    casualty_after: dict[tuple[str, ...], Category] = {}
    casualty_before: dict[tuple[str, ...], Category] = {}
    passive_only: set[tuple[str, ...]] = set()
    attribution: dict[tuple[str, ...], str] = {}
    links: set[str] = set()
    changes: set[str] = set()
    labels: set[str] = set()
    stops: set[str] = set()
    months: set[str] = set()
    streets: set[str] = set()
    intensifiers: set[str] = set()
    # single words of the kinds read by one rule each: size, treatment, wound, evacuation, ...
    singles: dict[str, set[str]] = {}
    victim_causes: dict[str, Category] = {}
    for row in load_table("figure_cues"):
        phrase, kind, value = row[0].lower(), row[1], row[2] if len(row) > 2 else "-"
        key = tuple(phrase.split())
        if kind == "before":
            before[key] = Qualifier(value)
        elif kind == "after":
            after[key] = Qualifier(value)
        elif kind == "casualty":
            casualty[key] = Category(value)
        elif kind == "casualty_after":
            casualty_after[key] = Category(value)
        elif kind == "casualty_passive":
            casualty_after[key] = Category(value)
            passive_only.add(key)
        elif kind == "casualty_before":
            casualty_before[key] = Category(value)
        elif kind == "attribution":
            attribution[key] = value
        elif kind == "link":
            links.add(phrase)
        elif kind == "change":
            changes.add(phrase)
        elif kind == "label":
            labels.add(phrase)
        elif kind == "stop":
            stops.add(phrase)
        elif kind == "date":
            months.add(phrase)
        elif kind == "street":
            streets.add(phrase)
        elif kind == "intensifier":
            intensifiers.add(phrase)
        elif kind == "victim_cause":
            victim_causes[phrase] = Category(value)
        else:
            singles.setdefault(kind, set()).add(phrase)
    tables = (before, after, casualty, casualty_after, casualty_before, attribution)
    return _Lexicon(
        nouns=nouns,
        before=before,
        after=after,
        casualty=casualty,
        casualty_after=casualty_after,
        casualty_before=casualty_before,
        casualty_after_words=frozenset(key[0] for key in casualty_after),
        passive_only=frozenset(passive_only),
        casualty_words=frozenset(key[0] for key in (*casualty, *casualty_after)),
        attribution=attribution,
        attribution_words=frozenset(key[0] for key in attribution),
        links=frozenset(links),
        changes=frozenset(changes),
        labels=frozenset(labels),
        stops=frozenset(stops),
        months=frozenset(months),
        streets=frozenset(streets),
        intensifiers=frozenset(intensifiers),
        first_words=frozenset(key[0] for table in tables for key in table),
        last_words=frozenset(key[-1] for table in tables for key in table),
        compounds=frozenset(noun for noun in nouns if noun.split(" ")[0].endswith("ing")),
        sizes=frozenset(singles.get("size", ())),
        treatments=frozenset(singles.get("treatment", ())),
        wounds=frozenset(singles.get("wound", ())),
        evacuations=frozenset(singles.get("evacuation", ())),
        departures=frozenset(singles.get("departure", ())),
        camps=frozenset(singles.get("camp", ())),
        camp_kinds=frozenset(singles.get("camp_kind", ())),
        movements=frozenset(singles.get("movement", ())),
        victim_causes=victim_causes,
        age_groups=frozenset(singles.get("age_group", ())),
        suspicions=frozenset(singles.get("suspicion", ())),
        of_senses=frozenset(singles.get("of_sense", ())),
        dialled=frozenset(singles.get("dialled", ())),
        wrecks=frozenset(singles.get("wreck", ())),
        aircraft_senses=frozenset(singles.get("aircraft_sense", ())),
        aircraft_marks=frozenset(singles.get("aircraft_mark", ())),
        aircraft_models=frozenset(singles.get("aircraft_model", ())),
    )


def _match_end(
    words: Sequence[str], table: Mapping[tuple[str, ...], str]
) -> tuple[int, str] | None:
    """The longest phrase of ``table`` ending at the end of ``words``: (its length, its value)."""
    if not words or words[-1] not in _lexicon().last_words:
        return None
    for size in range(min(_MAX_PHRASE, len(words)), 0, -1):
        value = table.get(tuple(words[-size:]))
        if value is not None:
            return size, value
    return None


def _match_start(
    words: Sequence[str], table: Mapping[tuple[str, ...], str], start: int = 0
) -> tuple[int, str] | None:
    """The longest phrase of ``table`` at ``words[start]``: (its length, its value).

    An index rather than a slice of ``words``: the callers try many starts in one list.
    """
    if start >= len(words) or words[start] not in _lexicon().first_words:
        return None
    for size in range(min(_MAX_PHRASE, len(words) - start), 0, -1):
        value = table.get(tuple(words[start : start + size]))
        if value is not None:
            return size, value
    return None


def _unglue_dashes(after: tuple[Token, ...], nxt: list[str]) -> tuple[tuple[Token, ...], list[str]]:
    """ "2,962 captured GIs-including the commander", "500 fighters-mostly foreigners-were
    killed": a hyphen standing for a dash glues a word that opens an aside, or an auxiliary
    that ends one, onto the noun before; the two are read as two words, both standing on the
    glued token. Only a head of letters: "in-laws" and "MiG-15" stay whole.
    """
    if "-" not in "".join(nxt):
        return after, nxt  # most windows: nothing glued, nothing copied
    tokens: list[Token] = []
    words: list[str] = []
    for token, word in zip(after, nxt, strict=True):
        head, dash, tail = word.rpartition("-")
        if dash and tail in _GLUED_WORDS and head.isalpha():
            tokens += (token, token)
            words += (head, tail)
        else:
            tokens.append(token)
            words.append(word)
    return tuple(tokens), words


def _run_on_line(after: Sequence[Token]) -> tuple[int, str] | None:
    """The first token of ``after`` that runs a lower-case word on into a capitalised one
    ("postsGet"), as its index and the lower-case word, or ``None``."""
    for index, token in enumerate(after):
        text = token.text
        # only a token that opens in lower case and holds a capital can be one: most tokens
        # are ruled out without the pattern
        if text[:1].islower() and not text.islower():
            glued = _GLUED_CAPITAL.match(text)
            if glued is not None:
                return index, glued.group()
    return None


def words_after_one_of(words: list[str]) -> bool:
    """ "one of the ..." picks out a referent; it does not count one."""
    return words[:1] == ["of"]


def _evicted(nxt: list[str]) -> Category | None:
    """Displacement when "from their homes" closes the few words after a number that a verb of
    force governs ("forced 180,000 people from their homes"), else nothing."""
    window = nxt[: _MAX_RUN + 4]
    for start in range(len(window)):
        if window[start] in {"from", "out"}:
            rest = window[start + 1 : start + 4]
            if rest[:2] == ["their", "homes"] or rest == ["of", "their", "homes"]:
                return Category.DISPLACED
            return None
    return None


def own_verb_seen(reading: _Reading) -> bool:
    """Whether a verb follows the counted noun at once: "five men were held", "five men held"."""
    return reading.has_verb or reading.participle


def _named_aside(tokens: Sequence[Token]) -> int:
    """How many tokens an aside of names between commas takes up ("two aid workers, Alan
    Henning and David Haines, as well as"): names the count before them, never a new clause."""
    marks = [i for i, token in enumerate(tokens) if token.text == ","]
    if len(marks) < 2:
        return 0
    names = tokens[marks[0] + 1 : marks[1]]
    if not names or not all(
        token.text == "and" or (token.text[:1].isupper() and token.text.isalpha())
        for token in names
    ):
        return 0
    return len(names) + 1


def _after_counted(nxt: list[str], counted: str | None) -> list[str] | None:
    """The words after the counted noun of the phrase after a number ("300 children of the
    nobility as hostages": "of the nobility as hostages"); None when it is not in reach."""
    if counted is None or counted not in nxt[: _MAX_RUN + 1]:
        return None
    return nxt[nxt.index(counted) + 1 :]


def _hyphened_word(word: str) -> bool:
    """Whether ``word`` is letters, alone or joined by hyphens: "observation", "liaison-type"."""
    return word.replace("-", "").isalpha() and not word.startswith("-") and not word.endswith("-")


def _looks_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@attrs.define
class _Reading:
    """What the context says about one number, filled in step by step."""

    qualifier: Qualifier | None = None
    counted: str | None = None
    noun_category: str | None = None
    verb_category: Category | None = None
    unit: str | None = None
    duration: bool = False
    has_verb: bool = False  # an auxiliary or verb follows the counted noun
    participle: bool = False  # a verb form follows it: "five hospitals bombed"
    label: bool = False  # a singular unit or document noun follows: a name
    harm_modifier: bool = False  # the casualty word is an adjective: "two dead fighters"
    embedded: bool = False  # "8,000 of its population of 80,000 fled": the 80,000 fled not
    apposed: bool = False  # "a fifth, some 180 people, were killed": set off by a comma
    opens_clause: bool = False  # nothing or a mark before it: "operation, one killed"
    part: bool = False  # a part of the figure before: "forces, including 390,000 from the US"


class _Context:
    """Reads the words around each number of one document."""

    def __init__(self, doc: Text, actors: ActorTable) -> None:
        self.doc = doc
        self.lex = _lexicon()
        self.between = doc.tokens_between
        self.token_starts, self.token_ends, self.token_texts = doc.token_columns
        self.lowers = doc.token_lowers
        self.mentions = actors.mentions
        self.mention_starts = list(map(_SPAN_START, actors.mentions))
        self.number_words = _number_words()
        self.weights: dict[int, int] = {}
        self.attributions: dict[int, bool] = {}  # by sentence start: any attribution word
        self.bounds = (0, 0)  # the last sentence found, (start, end)
        self.starts = self.lex.first_words
        self.ends = self.lex.last_words
        # (sentence start, end, category) of the last figure a casualty word categorised
        self.last_casualty: tuple[int, int, Category] | None = None
        # whether that category came from a plural noun ("123 deaths"), not a verb: it then
        # covers a part ("including 108 children"), not a second count ("and 500 soldiers")
        self.casualty_noun = False
        # (sentence start, counted, noun category, casualty) of the last figure: what "the
        # total" counts
        self.previous: tuple[int, str | None, str | None, Category | None] | None = None
        self.previous_span = (-1, -1)  # where the last figure stands: "from 800 to 1,600"
        self.previous_unit: str | None = None  # its unit: "from 660,000 dollars ... to 75,000"
        self.previous_level = False  # whether "to" came before it: "swell to 65 million"
        # the word before it, a verb a gapped list repeats: "Cruz has 11 delegates, Rubio has 10"
        self.previous_word: str | None = None
        self.previous_part = False  # whether it was a part of the figure before it

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``offset``, or of the text if none does."""
        bounds = self.bounds
        if bounds[0] <= offset < bounds[1]:
            return bounds  # the sentence asked for last: numbers and mentions come in order
        sentence = self.doc.sentence_at(offset)
        if sentence is None:
            return 0, len(self.doc.normalized)
        self.bounds = (sentence.start, sentence.end)
        return self.bounds

    def figure(self, number: Number, index: int) -> Figure | None:
        lower, upper = self.sentence_bounds(number.start)
        # The tokens within reach on each side, as doc.tokens_between() finds them, and their
        # words from the shared lower-case column.
        starts, ends, lowers = self.token_starts, self.token_ends, self.lowers
        prev_start = bisect.bisect_left(starts, max(lower, number.start - _WINDOW))
        prev = list(lowers[prev_start : bisect.bisect_right(ends, number.start, lo=prev_start)])
        first = bisect.bisect_left(starts, number.end)
        last = bisect.bisect_right(ends, min(upper, number.end + _WINDOW), lo=first)
        after = self.doc.tokens[first:last]
        nxt = list(lowers[first:last])
        if after and _QUOTE_CHARS.search(self.doc.normalized, number.end, after[-1].end):
            kept = list(map(operator.not_, map(_QUOTE_TOKENS.__contains__, nxt)))
            after = tuple(itertools.compress(after, kept))
            nxt = list(itertools.compress(nxt, kept))
        run_on = _run_on_line(after)
        if run_on is not None:
            # "34 postsGet the app": the page's next line runs on into the counted word
            cut, head = run_on
            after, nxt = after[: cut + 1], [*nxt[:cut], head]
        after, nxt = _unglue_dashes(after, nxt)
        if self.house_number(number, after):
            return None
        if self.listed_duration(prev, nxt):
            return None  # "ten, fifteen, and twenty years earlier": durations, left to times
        if nxt[:1] and f"{number.text} {nxt[0]}" in self.lex.dialled:
            return None  # "a 911 call": a number to dial
        if prev[-2:-1] in (["a"], ["an"], ["the"]) and self.quoted_name(number, upper):
            return None  # 'a "zero problems with neighbours" policy': a slogan names the policy
        if self.quoted_name_closed(number, prev):
            return None  # 'the "big five" permanent members': a nickname names the members
        follows_article = prev[-1:] in (["a"], ["an"], ["the"])
        glued_plus = self.doc.normalized.startswith(_PLUS, number.end)
        if follows_article and self.unit_modifier(number, nxt):
            return None  # "an 84 MW station", "a two square kilometre corner": which station
        if follows_article and self.singular_modifier(
            number, nxt, after, definite=prev[-1] == "the", glued_plus=glued_plus
        ):
            return None  # "a 63 nation coalition": "a" and a singular say which coalition
        reading = _Reading(unit=number.unit, embedded=self.embedded(prev))
        self.lower = lower
        used_before = self.read_qualifier(prev, reading)
        reading.apposed = prev[len(prev) - used_before - 1 :][:1] == [","]
        lead = prev[: len(prev) - used_before]
        reading.opens_clause = (
            not lead or lead[-1] in _CLAUSE_OPENING_MARKS
        ) and not self.casualty_list(lead)
        if (
            used_before == 1
            and prev[-1] in _PREPOSITIONS_BEFORE_ONE
            and (number.text == "one" or _bare_quantifier(number))
        ):
            # "about one of the gravest", "under one flag", "control over several areas": a
            # preposition, no bound of a one or of a quantifier ("over several thousand" is)
            reading.qualifier, used_before = None, 0
        used_after = 0
        # "a 1,500-strong regiment", "70,000 1st Marine Division infantry": a size or an
        # ordinal after the number, so that the unit word after them is no name of it
        glued_strong = self.doc.normalized.startswith("-strong", number.end)
        names_no_unit = nxt[:1] == ["strong"] or glued_strong or is_ordinal("".join(nxt[:1]))
        match = _match_start(nxt, self.lex.after) if nxt[:1] and nxt[0] in self.starts else None
        if match is not None:
            used_after = match[0]  # "an estimated 500 or so militants": the noun is after it
            if reading.qualifier is None:
                reading.qualifier = Qualifier(match[1])
        elif glued_plus:
            # "the 60-plus nations": the bound glued to the number, as "60 plus" written apart
            reading.qualifier = reading.qualifier or Qualifier.AT_LEAST
        elif nxt[:1] == [","] and follows_article and glued_strong:
            used_after = 1  # "a 30,000-strong, largely Kurdish border guard": the force follows
        elif nxt[:1] == ["strong"] and follows_article:
            used_after = 1  # "the 6,000 strong garrison", as "the 6,000-strong garrison"
        elif number.vague and self.magnitude_aside(prev, nxt):
            used_after = 1  # "hundreds, if not thousands, of people": the people follow
        if number.unit is None:
            measure = self.hyphened_measure(number)
            if measure is not None:
                # "a 300-euro fine", "a 40-percent stake": the unit, not the noun it describes
                reading.unit, reading.noun_category = measure.unit, measure.category
            else:
                self.read_forward(nxt[used_after:], list(after[used_after:]), reading)
                if number.vague and reading.counted is None and nxt[:1] in (["and"], ["or"], [","]):
                    self.shared_magnitude(nxt, after, reading)
        if reading.duration:
            return None
        bare = prev[: len(prev) - used_before] if used_before else prev  # without the qualifier
        if reading.counted is not None and number.unit is None:
            self.aircraft_sense(bare, nxt, reading)
        if (
            reading.counted is None
            and number.value > 1
            and nxt[:1]
            and nxt[0] in _SINGULAR_AUXILIARIES
            and number.unit is None
        ):
            # "a mother of two was killed": a singular verb is the head noun's, not the count's
            reading.verb_category, reading.has_verb = None, False
        # "the victims, several of whom were killed": a part of the group named before, which
        # the part's own verb tells what befell (what it counts stays empty, as the gold has
        # "six men, four of whom wore uniforms")
        of_whom = nxt[:2] in (["of", "whom"], ["of", "which"])
        if of_whom and reading.counted is None and reading.verb_category is None:
            self.read_verb_after(nxt, list(after), 2, True, reading)
        if reading.counted is None and reading.noun_category is None and number.unit is None:
            self.currency_before(prev[-1:], reading)
        if reading.noun_category == "other" and reading.counted is not None:
            self.under_arms(nxt, reading)
        if reading.counted is not None and reading.verb_category is None:
            self.taken_as(nxt, reading)
        if number.vague and bare[-1:] and bare[-1] in self.lex.intensifiers:
            bare = bare[:-1]  # "the toll runs into uncounted thousands": into thousands
        if number.vague and bare[-2:] == ["in", "the"] and bare[-3:-2] in (["is"], ["are"]):
            bare = bare[:-2]  # "the death toll is in the hundreds": the toll is hundreds
        elif (
            number.vague
            and bare[-2:] == ["in", "the"]
            and bare[-3:-2] != []
            and bare[-3] in self.lex.nouns
            and _looks_plural(bare[-3])
            and (not nxt or nxt[0] in _LIST_ENDS)
            and reading.counted is None
            and reading.noun_category is None
        ):
            # "with Japanese casualties in the thousands.": the magnitude, closing the phrase,
            # counts the noun before it ("gathered in the thousands" names nothing)
            self.read_backward(bare[:-2], reading, linked=False)
        if reading.counted is None and reading.noun_category is None and number.unit is None:
            self.dashed_noun(bare, nxt, reading)
        if reading.counted == "strong":  # "the rebels, about 10,000 strong": the rebels
            reading.counted = None
            self.read_backward(bare, reading, linked=False)
        if (
            reading.counted is None
            and reading.noun_category is None
            # "an enclave of less than half a mile": a measure counts nothing
            and (number.unit is None or number.unit.rstrip("23") not in _modifier_units())
            and self.linked(number, bare, nxt)
        ):
            self.read_backward(bare, reading)
            if reading.counted is None and used_before and prev[-1] not in _LINK_PREPOSITIONS:
                self.read_backward(prev, reading)  # "... does not exceed 500", not "up to"
            if reading.counted is None:
                self.number_of(bare, reading)
            if reading.counted is None:
                self.new_level(number, bare, reading)
        elif bare[-1:] and bare[-1] in self.lex.links and reading.noun_category == "other":
            self.toll(bare, reading)
        if reading.counted is None and reading.noun_category is None and number.unit is None:
            self.old_level(bare, reading)
            self.earlier_level(number, bare, reading)
            # ``bare`` is a prefix of ``prev``: its end in the token columns
            self.gapped_owner(bare, prev_start + len(bare), nxt, reading)
            self.race_for(bare, nxt, reading)
        if reading.verb_category is None and number.unit is None:
            self.compared(bare, reading)
        if reading.noun_category == "other" and bare[-1:] == ["of"] and len(bare) > 1:
            whole = self.lex.nouns.get(bare[-2])
            if whole is not None and whole.category == "personnel":
                reading.noun_category = "personnel"  # "an army of 1 million members"
        if (
            not bare
            and nxt[:2] == ["of", "them"]
            and reading.verb_category is None
            and reading.noun_category is None
        ):
            reading.verb_category = self.previous_casualty(lower)
        if (
            bare[:2] == ["among", "them"]
            and len(bare) <= 3
            and bare[2:] in ([], ["were"], ["was"], [","])
            and reading.verb_category is None
            and reading.noun_category not in _CASUALTY_VALUES
            and reading.noun_category not in _NO_VICTIMS
        ):
            # "Dozens were killed in the raid. Among them were three teachers.": a part of
            # the victims the sentence before counted
            reading.verb_category = self.previous_casualty(lower)
        if (
            number.vague
            and bare[-2:] in (["in", "their"], ["by", "the"])
            and reading.counted is None
            and reading.noun_category is None
        ):
            # "civilians were killed in their thousands", "killing civilians by the dozens"
            self.antecedent(bare[:-2], "", reading)
        if reading.verb_category is None or self.relative_object(bare):
            self.read_verb_before(bare, reading)
        if (
            reading.verb_category is None
            and reading.counted is not None
            and not own_verb_seen(reading)
        ):
            self.companion_verb(bare, nxt, list(after), reading)
        if reading.verb_category is None and bare[-1:] and bare[-1] in _EVICTIONS:
            reading.verb_category = _evicted(nxt)  # "has driven 160,000 people from their homes"
        if reading.verb_category is None and reading.noun_category not in _NO_VICTIMS:
            reading.verb_category = (
                self.treated(bare, nxt)
                or self.evacuated(nxt)
                or self.carried_off(bare, nxt, reading)
                or self.taken_down(bare, nxt, reading)
            )
        if reading.verb_category is None and number.unit is None:
            self.bracket_part(number, bare, nxt, reading)
        restated = number.unit is None and reading.counted is None and self.restated(bare, nxt)
        if (
            reading.verb_category is None
            and reading.counted is None
            and reading.noun_category is None
        ) or restated:
            opener_kind = self.partitive_opener(number, lower)
            if opener_kind is None:
                opener_kind = self.part_of_previous(number, bare)
                reading.part = opener_kind is not None
            if opener_kind in _CASUALTY_VALUES:
                reading.verb_category = reading.verb_category or Category(opener_kind)
            elif opener_kind in _KINDS_LENT and not restated and reading.verb_category is None:
                # "Of the six divisions that invaded, four were sent south": the part is of
                # the whole's kind, nothing counted after it
                reading.noun_category = opener_kind
        if restated:
            self.predicate_noun(nxt[2], reading)
        if reading.verb_category is None and (
            (reading.counted in _VICTIMS and nxt[:1] == [reading.counted])
            or (reading.counted is None and self.victims_opener(lower))
            or self.victims_include(bare)
        ):
            # "the slayings of 14 women ... Of the eight victims, three were stabbed": victims
            # whose harm a word just before names
            reading.verb_category = self.victim_cause(lower, number.start)
        verb = reading.verb_category
        noun = reading.noun_category
        own_verb = reading.has_verb or reading.participle
        if (
            verb is None
            and not own_verb
            and noun not in _CASUALTY_VALUES
            # "including several hospitals": a thing of no known kind is no victim of a list,
            # but people named by their country are ("as well as three Americans")
            and (
                reading.counted is None
                or reading.counted in self.lex.nouns
                or reading.counted in _nationals()
            )
        ):
            reading.verb_category = self.shared_verb(number, lower, nxt[:3])
            if reading.verb_category is None:
                self.last_casualty = None  # a count of its own breaks a list
        elif verb is not None and reading.harm_modifier:
            # "evacuated 14 injured men and 3 children": the adjective describes the men
            # only; what the list shares is the verb before it, if one is there
            scratch = _Reading()
            self.read_verb_before(bare, scratch)
            shared_verb = scratch.verb_category
            self.last_casualty = None if shared_verb is None else (lower, number.end, shared_verb)
            self.casualty_noun = False
        elif verb is not None:
            self.last_casualty = (lower, number.end, verb)
            self.casualty_noun = False
        elif noun in _CASUALTY_VALUES:
            self.last_casualty = (lower, number.end, Category(noun))  # "12 injured"
            self.casualty_noun = _looks_plural(reading.counted or "")
        else:
            self.last_casualty = None
        if (
            number.value == 0
            and reading.counted is not None
            and not _looks_plural(reading.counted)
            and reading.counted not in self.lex.nouns
        ):
            return None  # "zero tolerance", "zero influence": no count of anything
        if number.value == 0 and reading.counted is None and reading.unit is None:
            return None  # "expectations are zero": a judgement, with nothing counted
        if number.value > 1 and reading.label and not names_no_unit:
            return None  # "the 223 sniper unit", "the 5 brigade": a name, not a count
        category = self.category(reading)
        if (
            _bare_quantifier(number)
            and reading.counted is None
            and reading.unit is None
            and category not in _CASUALTIES
            and not of_whom
        ):
            return None  # "only a few willing": a quantifier with nothing counted
        if (
            len(bare) > 1
            and bare[-1] in _RANK_PICKS
            and bare[-2] == "the"
            and reading.unit is None
            and category not in _CASUALTIES
            # "the first two fell": a word neither known nor plural is no counted noun there
            and (reading.counted is None or not self.count_noun(reading.counted))
        ):
            return None  # "the first two remained local": which ones, not how many
        if (
            bare[-1:] in (["in"], ["into"])
            and number.text[:1].isalpha()
            and not number.vague  # "we estimate them in hundreds.": a magnitude is a count
            and reading.counted is None
            and reading.unit is None
            and category not in _CASUALTIES
            and (not nxt or not nxt[0][:1].isalnum())
        ):
            return None  # "cut the territory in two.": the parts of a whole, not a count
        if number.text.lower() == "one" and (
            nxt[:1] == ["another"] or nxt[:2] == ["after", "another"]
        ):
            return None  # "killing one another", "fell one after another": no count
        if (
            number.text.lower() == "one"
            and reading.qualifier is None
            and category.value not in _MEASURES
            and reading.unit is None  # "one sq km"
            and (
                reading.verb_category is None
                or reading.harm_modifier
                or (words_after_one_of(nxt) and not self.one_harmed(nxt))
            )
        ):
            return None  # "one of the worst", "one former official", "one of the hostages"
        if (
            number.text.lower() == "one"
            and reading.qualifier is Qualifier.AT_MOST
            and words_after_one_of(nxt)
        ):
            return None  # "I go up to one of the others": a person, not a bound
        casualty = category if category in _CASUALTIES else None
        self.previous = (lower, reading.counted, reading.noun_category, casualty)
        self.previous_span = (number.start, number.end)
        self.previous_unit = reading.unit
        self.previous_level = bare[-1:] == ["to"]
        self.previous_word = bare[-1] if bare else None
        self.previous_part = reading.part
        return self.build(
            number, index, reading=reading, category=category, lower=lower, upper=upper
        )

    def aircraft_sense(self, bare: list[str], nxt: list[str], reading: _Reading) -> None:
        """ "150 Yak fighters", "18 USAF fighters", "the USAF's 200 fighters", "114 fighters,
        78 bombers": a noun of people that also names a class of aircraft is an aircraft when
        an aircraft mark stands in its noun phrase, owns the number, or heads the next or the
        previous item of its list ("200 Isis fighters and 50 vehicles" stay people). A maker's
        name makes an unknown head after it an aircraft too ("78 Yak trainers")."""
        counted = reading.counted
        if counted is None or counted not in nxt[:_MAX_RUN]:
            return
        end = nxt.index(counted)
        phrase = nxt[:end]
        if reading.noun_category is None and counted not in self.lex.nouns:
            if any(map(self.aircraft_model, phrase)):
                reading.noun_category = "equipment"
            return
        if counted not in self.lex.aircraft_senses or reading.noun_category != "personnel":
            return
        item = nxt[end + 2 : end + 2 + _MAX_RUN]  # ", 78 bombers": past the join
        while len(item) > 2 and item[1] == "," and item[2].isdigit():
            item = item[2:]  # "1,000": the digit groups of the next item's number
        aircraft = (
            self.aircraft_marked(phrase, models=True)
            or (bare[-1:] != [] and bare[-1].endswith("'s") and self.aircraft_marked(bare[-2:]))
            or (
                nxt[end + 1 : end + 2] != []
                and nxt[end + 1] in LIST_JOINS
                and self.numeral(item)
                and self.aircraft_marked(item[1:3])
            )
            or (
                bare[-1:] != []
                and bare[-1] in LIST_JOINS
                and self.aircraft_marked(bare[-2:-1])
                and any(map(self.numeral, bare[-4:-2]))
            )
        )
        if aircraft:
            reading.noun_category = "equipment"

    def aircraft_marked(self, words: list[str], *, models: bool = False) -> bool:
        """Whether an aircraft mark ("usaf", "air force's", "bombers") is among ``words``; with
        ``models``, a maker's or model's name too ("yak", "mig-15", "su-27")."""
        lex = self.lex
        plain = [word.removesuffix("'s") for word in words]
        if any(" ".join(pair) in lex.aircraft_marks for pair in itertools.pairwise(plain)):
            return True  # "air force"
        return any(
            word in lex.aircraft_marks
            or (
                models
                and (
                    self.aircraft_model(word)
                    or ("-" in word and _MODEL_NAME.fullmatch(word) is not None)
                )
            )
            for word in plain
        )

    def aircraft_model(self, word: str) -> bool:
        """Whether ``word`` is a maker's or model's name, alone or before a model's number:
        "yak", "mig-15"."""
        return word.partition("-")[0] in self.lex.aircraft_models

    def shared_magnitude(self, nxt: list[str], after: Sequence[Token], reading: _Reading) -> None:
        """ "hundreds and possibly thousands of people are missing", "several, and maybe
        dozens, of nationals were killed": the first magnitude counts what the second one
        does."""
        aside = nxt[0] == ","
        index = 1
        if aside:
            while index <= _HEDGE_REACH and nxt[index : index + 1] and nxt[index] in _ASIDE_HEDGES:
                index += 1
            if index == 1:
                return  # "hundreds, thousands": a list of its own, not a hedged second guess
        elif nxt[index : index + 1] and nxt[index] in _HEDGES:
            index += 1
        if not (nxt[index : index + 1] and nxt[index] in _MAGNITUDES):
            return
        while index < len(nxt) and (
            nxt[index] in _MAGNITUDES
            or (nxt[index] == "of" and nxt[index + 1 : index + 2] and nxt[index + 1] in _MAGNITUDES)
        ):
            index += 1
        if aside:
            if nxt[index : index + 2] != [",", "of"]:
                return
            index += 1  # the comma closing the aside: the "of" after it opens what is counted
        if nxt[index : index + 1] and nxt[index] not in _CLAUSE_BREAKS:
            self.read_forward(nxt[index:], list(after[index:]), reading)

    @staticmethod
    def magnitude_aside(prev: list[str], nxt: list[str]) -> bool:
        """Whether the number is a hedged second guess set off by commas, closed right before
        the "of" of what both guesses count: "hundreds, if not thousands, of people"."""
        if nxt[:2] != [",", "of"]:
            return False
        index = len(prev)
        while len(prev) - index < _HEDGE_REACH and index and prev[index - 1] in _ASIDE_HEDGES:
            index -= 1
        return (
            2 <= index < len(prev) and prev[index - 1] == "," and prev[index - 2] in _count_words()
        )

    def treated(self, bare: list[str], nxt: list[str]) -> Category | None:
        """ "Hospitals treated 230 people for injuries", "40 were treated for burns": care for
        a wound, given to the count, makes it a count of the wounded."""
        window = nxt[: _MAX_RUN + 4]
        if "for" not in window:
            return None
        at = window.index("for")
        lex = self.lex
        if not (bare[-1:] and bare[-1] in lex.treatments) and lex.treatments.isdisjoint(
            window[:at]
        ):
            return None
        return None if lex.wounds.isdisjoint(nxt[at + 1 : at + 4]) else Category.WOUNDED

    def evacuated(self, nxt: list[str]) -> Category | None:
        """ "expecting 2,000 people to leave during the evacuations": going, in the clause of
        an evacuation, is being displaced."""
        lex = self.lex
        if lex.departures.isdisjoint(nxt[:_EVACUATION_REACH]):
            return None
        departed = False
        for word in nxt[:_EVACUATION_REACH]:
            if word in _CLAUSE_BREAKS or word in {",", ";", ":", "."}:
                return None
            if word in lex.evacuations and departed:
                return Category.DISPLACED
            departed = departed or word in lex.departures
        return None

    def carried_off(self, bare: list[str], nxt: list[str], reading: _Reading) -> Category | None:
        """ "85 buses left the town carrying 4,000 people", "buses carrying 7,000 people
        departed", "the fighters left with thousands of civilians on board 85 buses": people
        that departing vehicles carry off are displaced (fighters, a force, keep their kind)."""
        noun = self.lex.nouns.get(reading.counted or "")
        if noun is None or noun.category != "other" or noun.unit is not None:
            return None
        window = bare[-_EVACUATION_REACH:]
        if window[-1:] == ["carrying"]:
            # "buses carrying 7,000 people departed": the vehicle right before, its verb after
            # the people; "85 buses left the town carrying": both before
            after_people = _after_counted(nxt, reading.counted) or [""]
            departing = (
                len(window) > 1
                and self.vehicle(window[-2])
                and after_people[0] in self.lex.departures
            )
            if departing or self.vehicle_departed(window[:-1]):
                return Category.DISPLACED
            return None
        if window[-1:] != ["with"] or not self.lex.departures.intersection(window):
            return None
        ahead = nxt[: _MAX_RUN + 4]
        board = next(
            (at for at, pair in enumerate(itertools.pairwise(ahead)) if pair == ("on", "board")), -1
        )
        if board < 0 or not any(self.vehicle(word) for word in ahead[board + 2 : board + 4]):
            return None
        return Category.DISPLACED

    def taken_down(self, bare: list[str], nxt: list[str], reading: _Reading) -> Category | None:
        """ "the cruiser sank within minutes, taking 450 sailors with her": a wreck that takes
        people with it kills them."""
        if bare[-2:] != [",", "taking"]:
            return None
        rest = _after_counted(nxt, reading.counted)
        if rest is None or rest[:2] not in _WITH_THE_WRECK:
            return None
        for word in reversed(bare[-_EVACUATION_REACH:-2]):
            if word in _CLAUSE_STOPS:
                return None
            if word in self.lex.wrecks:
                return Category.KILLED
        return None

    def vehicle_departed(self, words: list[str]) -> bool:
        """Whether a vehicle, then a verb of going, come in ``words``: "85 buses left"."""
        seen_vehicle = False
        for word in words:
            if word in _CLAUSE_STOPS:
                seen_vehicle = False
            elif self.vehicle(word):
                seen_vehicle = True
            elif seen_vehicle and word in self.lex.departures:
                return True
        return False

    def vehicle(self, word: str) -> bool:
        noun = self.lex.nouns.get(word)
        return noun is not None and noun.category == "equipment"

    def one_harmed(self, nxt: list[str]) -> bool:
        """ "One of the patrol was killed": "one of" a group, then a singular casualty verb of
        its own, counts the one (unlike "one of the hostages", which only picks one out)."""
        window = nxt[2 : 2 + _ONE_OF_REACH]
        if "was" not in window:
            return False
        verb = window.index("was")
        if any(not word.replace("'", "").isalpha() for word in window[:verb]):
            return False  # "one of the men, who was wounded": a clause of its own
        match = _match_start(window, self.lex.casualty, verb + 1)
        return match is not None and match[1] in _CASUALTY_VALUES

    def currency_before(self, prev: list[str], reading: _Reading) -> None:
        """ "dlrs 1 million", "USD 5bn", "EUR 20 million": a currency written before the number.

        A plural name ("dollars") before a number is seldom its currency ("billions of dollars
        10 years on"), so only a code or an abbreviation counts there.
        """
        noun = self.lex.nouns.get(prev[0]) if prev else None
        if noun is None or noun.category != "money":
            return
        if prev[0].endswith("s") and prev[0] not in _CURRENCY_ABBREVIATIONS:
            return
        reading.unit = noun.unit
        reading.noun_category = "money"

    def previous_casualty(self, lower: int) -> Category | None:
        """ "Dozens were wounded. Three of them ...", "And injuries. Four of them.": a sentence
        opening on "N of them" counts some of the victims the sentence before it named.
        """
        probe = lower - 1
        normalized = self.doc.normalized
        while probe > 0 and lower - probe < _WINDOW and normalized[probe].isspace():
            probe -= 1  # the space between two sentences belongs to neither
        if probe < 0:
            return None
        before = self.sentence_bounds(probe)[0]
        for token in reversed(self.between(max(before, lower - _WINDOW), lower)[-_ASIDE_REACH:]):
            word = token.text.lower()
            if word[:1].isdigit() or word in self.number_words:
                break  # a figure nearer than any casualty noun: its category, if it had one
            noun = self.lex.nouns.get(word)
            if noun is not None and noun.category in _CASUALTY_VALUES and _looks_plural(word):
                return Category(noun.category)
        if self.previous is not None and self.previous[0] == before:
            return self.previous[3]
        return None

    def quoted_name(self, number: Number, upper: int) -> bool:
        """Whether the number opens a quoted phrase used as a modifier of the noun after it
        ('a "zero problems with neighbours" foreign policy', 'the "two brothers" case').

        Not 'the "hundreds and maybe thousands" of dead': a quoted count goes on with "of" or a
        verb, where a slogan or a name stands before the noun it modifies.
        """
        text = self.doc.normalized
        if number.start == 0 or text[number.start - 1] != '"':
            return False
        close = text.find('"', number.end, min(upper, number.end + _QUOTED_NAME_REACH))
        if close < 0 or " " not in text[number.end : close]:
            # 'the "two hundred" fighters', 'the "2 million-plus" people': a count in quotes
            return False
        follower = _NEXT_WORD.match(text, close + 1)
        return follower is not None and follower.group(1) not in self.lex.stops

    def quoted_name_closed(self, number: Number, prev: list[str]) -> bool:
        """Whether the number closes a short quoted name after an article, which modifies the
        noun after it ('the "big five" permanent members', 'the "Chicago seven" trial').

        Not 'the "hundreds and maybe thousands" of dead': a count goes on with "of" or a verb.
        """
        text = self.doc.normalized
        if text[number.end : number.end + 1] != '"':
            return False
        words = prev[-_QUOTED_NAME_WORDS - 2 :]
        if '"' not in words:
            return False
        opening = len(words) - 1 - words[::-1].index('"')
        inside = words[opening + 1 :]
        # 'the "final 40" soldiers': an ordinal picks from a count, no name
        if (
            not inside
            or not all(map(str.isalpha, inside))
            or not _PRONOUN_ORDINALS.isdisjoint(inside)
        ):
            return False
        if words[opening - 1 : opening] not in (["a"], ["an"], ["the"]):
            return False
        follower = _NEXT_WORD.match(text, number.end + 1)
        return follower is not None and follower.group(1) not in self.lex.stops

    def house_number(self, number: Number, after: Sequence[Token]) -> bool:
        """Whether ``number`` opens a street address: "469 Vermont St.", "10 Downing Street"."""
        if not number.text.isdigit():
            return False
        for index, token in enumerate(after[:4]):
            if not token.text[:1].isupper():
                return False
            if index and token.text.lower() in self.lex.streets:
                return True
        return False

    def singular_modifier(
        self,
        number: Number,
        nxt: list[str],
        after: Sequence[Token],
        *,
        definite: bool,
        glued_plus: bool,
    ) -> bool:
        """Whether a plain number above one, right after "a" or "an", modifies the noun after
        the lower-case singular word written apart after it, a compound without its hyphen ("a
        63 nation coalition", "a 12 point plan"); a count would take a plural ("a further 70
        people"), a people's adjective ("a 100,000 Kurdish civilians") or a noun that has no
        other form ("a 100 police officers"). After "the" (``definite``), only a number glued
        to "-plus" (``glued_plus``) is read so, before a head that is not plural ("the 60-plus
        nation Counter-Daesh Coalition"): "the 520 foreign fighters", "the two captured men"
        count."""
        if number.unit is not None or number.vague or number.value <= 1 or len(nxt) < 2:
            return False
        if definite and not glued_plus:
            return False
        word_start = number.end + (len(_PLUS) if glued_plus else 0) + 1
        if after[0].start != word_start or not after[0].text[:1].islower():
            return False  # "a 30,000-strong border force": a size glued to the number
        word, head = nxt[0], nxt[1]
        return (
            word.isalpha()
            and not word.endswith("s")
            and word not in self.lex.nouns
            and word not in self.lex.stops
            # "a 2,000 strong force": the force's size; "a 60 plus ...": a bound of the number
            and word not in {"strong", "plus"}
            and head.replace("-", "").isalpha()
            and head not in self.lex.stops
            and head not in _AFTER_MEASURE
            and not (definite and _looks_plural(head))
        )

    def hyphened_measure(self, number: Number) -> _Noun | None:
        """The currency or percent noun hyphened to the number ("a 300-euro fine"), which the
        number grammar keeps as money or a share inside a compound modifier, or None."""
        hyphened = _HYPHENED_WORD.match(self.doc.normalized, number.end)
        noun = self.lex.nouns.get(hyphened.group(1).lower()) if hyphened is not None else None
        return noun if noun is not None and noun.category in {"money", "percent"} else None

    def unit_modifier(self, number: Number, nxt: list[str]) -> bool:
        """Whether the measure after "a" or "the" describes the noun after its unit word."""
        index = 0
        unit = number.unit
        while index < min(len(nxt), 3):
            noun = self.lex.nouns.get(nxt[index])
            if nxt[index] not in _UNIT_PREFIXES and (noun is None or noun.unit is None):
                break
            unit = unit or (noun.unit if noun is not None else None)
            index += 1
        word = nxt[index] if index < len(nxt) else ""
        glued, hyphen, described = word.partition("-")
        glued_noun = self.lex.nouns.get(glued) if hyphen and described[:1].isalpha() else None
        if glued_noun is not None and glued_noun.unit is not None:
            # "a 60 mile-stretch", "a 300 km-long border": the unit is hyphened to the noun it
            # describes, or to a word of extent before that noun
            unit = unit or glued_noun.unit
            word = described
            if word in _AFTER_MEASURE:
                word = nxt[index + 1] if index + 1 < len(nxt) else ""
        if unit is None or unit.rstrip("23") not in _modifier_units():
            return False  # "a $10bn deal", "a 40% stake", "a 500-strong force": amounts
        return word[:1].isalpha() and word not in _AFTER_MEASURE

    @staticmethod
    def under_arms(nxt: list[str], reading: _Reading) -> None:
        """ "10,000 men under arms": people who bear arms are armed personnel."""
        counted = reading.counted
        for position in range(min(len(nxt), _MAX_RUN + 2) - 2):
            if nxt[position] == counted:
                if nxt[position + 1 : position + 3] == ["under", "arms"]:
                    reading.noun_category = "personnel"
                return

    def casualty_list(self, lead: list[str]) -> bool:
        """ "lost 300 wounded, 40 captured": a count after a comma that closes the casualty
        word of the count before, in the same sentence, goes on that list and opens no
        clause."""
        previous = self.previous
        return (
            lead[-1:] == [","]
            and previous is not None
            and previous[0] == self.lower
            and previous[3] is not None
            and lead[-2:-1] == [previous[1]]
        )

    def taken_as(self, nxt: list[str], reading: _Reading) -> None:
        """ "seized 300 children of the nobility as hostages": a casualty noun after "as",
        closing the counted phrase, says what befell the people counted."""
        rest = _after_counted(nxt, reading.counted)
        if rest is None:
            return
        for word, role in itertools.pairwise(rest[:_AS_REACH]):
            if word == "as":
                noun = self.lex.nouns.get(role)
                if noun is not None and noun.category in _CASUALTY_VALUES:
                    reading.verb_category = Category(noun.category)
                return
            if not word.isalpha() or word in _RELATIVES or word in _FINITE:
                return

    def dashed_noun(self, bare: list[str], nxt: list[str], reading: _Reading) -> None:
        """ "air strikes -- eight in the last 24 hours": a dash sets the count after its noun.

        Only a number standing alone (a preposition, a comma or the end follows), so that
        "people - 12 of them children" keeps the count to the partitive.
        """
        if len(bare) < 2 or bare[-1] not in _DASHES:
            return
        at = len(bare) - 2
        if bare[at] in _DASHES:
            at -= 1  # "--"
        if at < 0 or (nxt[:1] and nxt[0] not in _DASH_FOLLOWERS):
            return
        word = bare[at]
        if word in self.lex.sizes and at > 0:
            # "troop strength - about 90,000 in May -": the size of a group counts the group
            word = bare[at - 1].removesuffix("'s")
        noun = self.lex.nouns.get(word)
        if noun is not None and noun.category not in {"time", "generic"} and noun.unit is None:
            reading.counted, reading.noun_category = noun.counted or word, noun.category
        elif word.isalpha() and _looks_plural(word):
            reading.counted, reading.noun_category = word, "other"

    def linked(self, number: Number, bare: list[str], nxt: list[str]) -> bool:
        """Whether "from" or "by" before a number links it to a noun before them.

        "from" only starts a change or a range ("its contingent from 800 to 1,600", "deaths
        range from 50,000 to 200,000"), not an origin ("advisers from three more"); "by" only
        measures a change ("boosting troop numbers by 30,000"), not a ratio or an agent.
        """
        last = bare[-1] if bare else ""
        if last == "from":
            return nxt[:1] == ["to"] or (number.high is not None and not number.vague)
        if last == "by":
            return not self.lex.changes.isdisjoint(bare[-5:-1])
        return True

    def new_level(self, number: Number, bare: list[str], reading: _Reading) -> None:
        """ "doubled its contingent from 800 to 1,600": the new level counts what the old one
        counted, as the first number of the change, right before "to", was read to count.
        """
        while bare and bare[-1] in _FOCUS_ADVERBS:
            bare = bare[:-1]  # "from 660,000 dollars ... to just 75,000"
        if bare and _POSSESSIVE_YEAR.match(bare[-1]):
            bare = bare[:-1]  # "to 1985's 1,050,000"
        if bare[-1:] != ["to"] or self.previous is None or self.previous[0] != self.lower:
            return
        start, end = self.previous_span
        normalized = self.doc.normalized
        # the old level's unit and when it was ("from 660,000 dollars four years ago to"),
        # but no clause between them
        if number.start - end > _LEVEL_GAP or _CLAUSE_MARKS.search(normalized, end, number.start):
            return
        lead = normalized[max(self.lower, start - _LEVEL_LEAD) : start].rstrip().lower()
        if _POSSESSIVE_YEAR.sub("", lead)[-4:] != "from":
            return
        self.count_as_previous(reading)
        if reading.unit is None and number.unit is None and self.previous_unit in _LEVEL_UNITS:
            reading.unit = self.previous_unit  # "dropped from $660,000 to 75,000": dollars

    def earlier_level(self, number: Number, bare: list[str], reading: _Reading) -> None:
        """ "is projected to swell to 65 million in 2025, from 49 million in 2015": the old
        level after a new one, set after "to", counts what the new level counts."""
        if bare[-1:] != ["from"] or not self.previous_level or self.previous is None:
            return
        if self.previous[0] != self.lower or number.start - self.previous_span[1] > _LEVEL_GAP:
            return
        if _VERB_MARKS.search(self.doc.normalized, self.previous_span[1], number.start):
            return
        self.count_as_previous(reading)

    def old_level(self, bare: list[str], reading: _Reading) -> None:
        """ "2,000 troops remain, down from 4,000 last year": the old level of the figure
        before, in the same sentence, counts what that figure counts."""
        if len(bare) > 2 and bare[-1] == "in" and self.numeral(bare[-2]):
            bare = bare[:-2]  # "1 in 4 residents ..., up from 1 in 10": the ratio's whole
        if bare[-3:] in _OLD_LEVELS:
            self.count_as_previous(reading)

    def compared(self, bare: list[str], reading: _Reading) -> None:
        """ "1,500 people were killed last year compared to probably 150,000 in Syria": a
        figure set beside the one before in the same sentence counts what it counts, and
        shares its casualty when it names nothing else."""
        while bare and bare[-1] in _HEDGES:
            bare = bare[:-1]
        # "(versus Meade's 23,000)", "versus the rebels' 7,000": the other side's own figure
        if bare[-1:] and bare[-1].endswith("'s"):
            bare = bare[:-1]
        elif bare[-1:] == ["'"]:
            bare = bare[:-2]
        if bare[-1:] == ["the"]:
            bare = bare[:-1]
        if (bare[-2:] not in _COMPARISONS and bare[-1:] not in _VERSUS) or self.previous is None:
            return
        if reading.counted is None and reading.noun_category is None:
            self.count_as_previous(reading)
        elif reading.counted == self.previous[1] and self.previous[0] == self.lower:
            reading.verb_category = self.previous[3]  # "people ... compared to 3,000 in 2015"

    def gapped_owner(
        self, bare: list[str], bare_end: int, nxt: list[str], reading: _Reading
    ) -> None:
        """ "The Italians had 400 casualties, the Eritreans 873, and the Ethiopians 11,000": a
        people named before a count that closes its list item, the verb and noun gapped, owns
        the same kind of count as the figure before. So does a name before the verb of that
        figure, repeated: "Cruz has 11 delegates, Rubio has 10 and Ben Carson has three" (with
        the verb gapped too, a name other than a people's keeps the count bare, as the gold
        has "Iraq has 17 million residents, and Kuwait about 1.9 million"). ``bare_end`` is
        the index, in the document's token columns, of the token after ``bare``."""
        if nxt and nxt[0] not in _LIST_ENDS:
            return
        owner = bare[-2:] if bare[-2:-1] == ["the"] else bare[-1:]
        if owner and owner[-1] in _nationals() and bare[-len(owner) - 1 :][:1] in ([","], ["and"]):
            self.count_as_previous(reading)
            return
        if not bare or bare[-1] != self.previous_word:
            return
        # the capitalised words of the name before the repeated verb, then what opens the item
        texts = self.token_texts
        name_words = 0
        while (
            name_words < _NAME_REACH
            and len(bare) > name_words + 2
            and texts[bare_end - name_words - 2][:1].isupper()
            and texts[bare_end - name_words - 2].isalpha()
        ):
            name_words += 1
        if name_words and bare[-name_words - 2] in {",", "and"}:
            self.count_as_previous(reading)

    def race_for(self, bare: list[str], nxt: list[str], reading: _Reading) -> None:
        """ "Trump leads the race for delegates with 61": a bare count after "with", closing
        its clause, is the leader's share of what the race is for."""
        if reading.counted is not None or (nxt and nxt[0] not in _LIST_ENDS):
            return
        if len(bare) < 4 or bare[-1] != "with" or bare[-3] != "for" or bare[-4] not in _RACES:
            return
        head = bare[-2]
        if _looks_plural(head) and head not in self.lex.stops:
            noun = self.lex.nouns.get(head)
            reading.counted = head
            reading.noun_category = noun.category if noun is not None else "other"

    def things_counted_before(self) -> bool:
        """Whether the figure before, in the same sentence, counts things rather than people
        ("Of the 26 debates, 17 had been held"), so that a bare count after it is of them."""
        previous = self.previous
        return (
            previous is not None
            and previous[0] == self.lower
            and previous[1] is not None
            and not self.person(previous[1])
        )

    def count_as_previous(self, reading: _Reading) -> None:
        """Give ``reading`` what the figure before it counts, when that figure is in the same
        sentence and counts something: a level, a change or a total restating it."""
        if self.previous is None or self.previous[0] != self.lower:
            return
        _, counted, kind, casualty = self.previous
        if counted is not None:
            reading.counted, reading.noun_category = counted, kind
            reading.verb_category = reading.verb_category or casualty

    def toll(self, bare: list[str], reading: _Reading) -> None:
        """ "death tolls range from 1,000 to 1,300 people": whoever a toll counts died;
        "they put the dead at 40 people": a casualty noun right before "at" or "to" names them,
        as the noun after "the number of" does further back.
        """
        if bare[-1] in {"at", "to"} and len(bare) > 1:
            # the noun right before, or before a linking verb: "the wounded rose to"
            nouns = bare[-3:-1] if len(bare) > 2 and bare[-2] in self.lex.links else bare[-2:-1]
            for word in nouns:
                noun = self.lex.nouns.get(word)
                if noun is not None and noun.category in _CASUALTY_VALUES:
                    reading.verb_category = reading.verb_category or Category(noun.category)
                    return
        probe = _Reading()
        if {"toll", "tolls"}.isdisjoint(bare[-_BACK_REACH:]):
            if bare[-1] in {"at", "to"} and (",", "and") not in itertools.pairwise(bare):
                # "the number of internal refugees ... has more than doubled, to 212,000 people":
                # the number's own noun says who the people are (not past a second clause:
                # "the number of refugees rose, and aid was sent to 3,000 people")
                self.number_of(bare, probe)
                if probe.noun_category in _CASUALTY_VALUES:
                    reading.verb_category = reading.verb_category or Category(probe.noun_category)
            return
        self.read_backward(bare, probe)
        if probe.counted == "deaths" and probe.noun_category == Category.KILLED.value:
            reading.verb_category = reading.verb_category or Category.KILLED

    def thing(self, word: str) -> bool:
        """Whether ``word`` is a known noun that is counted where it stands, not a place."""
        noun = self.lex.nouns.get(word)
        return noun is not None and noun.category != "place"

    def bare_modifier(self, words: list[str], index: int) -> bool:
        """ "eight arrest warrants", "two kill squads": a casualty verb in its bare form (its
        participle, "arrested", is a cue of its own) right before a noun is part of the noun.
        """
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        return (
            f"{word}ed" in self.lex.casualty_words or f"{word}d" in self.lex.casualty_words
        ) and (following in self.lex.nouns or (_looks_plural(following) and following.isalpha()))

    def harm_of(self, word: str) -> Category | None:
        """What befalls the people named after ``word`` and "of", when it is a noun of a harm
        done to people (``victim_cause`` in ``figure_cues.tsv``, or its singular: "the death
        of"), else None."""
        causes = self.lex.victim_causes
        cause = causes.get(word)
        if cause is None:
            noun = self.lex.nouns.get(word)
            cause = causes.get(noun.counted) if noun is not None and noun.counted else None
        return cause

    def person(self, counted: str | None) -> bool:
        """Whether ``counted`` may name people lost: nothing named ("lost 74"), a noun the
        lexicon knows as no time or place ("servicemen", "tanks" keep their own kind), or
        people of a country ("lost 250 Americans"); not "seats", "jobs" or "games"."""
        if counted is None:
            return True
        noun = self.lex.nouns.get(counted)
        return (noun is not None and noun.category not in _UNCOUNTED) or counted in _nationals()

    def count_noun(self, word: str) -> bool:
        return word in self.lex.nouns or _looks_plural(word)

    def embedded(self, prev: list[str]) -> bool:
        """ "8,000 of the town's population of 80,000 have fled": the second number only
        measures a noun of the first one's phrase, so the verb after it is not its own.
        """
        if len(prev) > 2 and prev[-1] in _DETERMINERS and prev[-2] == "of":
            # "10 of the 40 passengers were killed", "many of the 3 million in Idlib have
            # been displaced": the verb tells of the part, not of the whole
            part = prev[-3]
            return (
                part in _PARTS
                or part in _SHARES  # "a third of the 3 million residents have fled"
                or part[:1].isdigit()
                or part.split("-")[0] in self.number_words
                # "200 members of the 3,000-strong garrison died": the part's noun, counted
                or (_looks_plural(part) and any(map(self.numeral, prev[-7:-3])))
            )
        if len(prev) < 3 or prev[-1] != "of":
            return False
        if prev[-2] == "out":
            return True  # "three out of four soldiers died": the three did
        if not prev[-2].isalpha():
            return False
        # "42 members of one clan were killed", "8,000 of its population of 80,000 fled"
        return any(
            word[:1].isdigit() or word.split("-")[0] in self.number_words for word in prev[-7:-2]
        )

    @staticmethod
    def restated(bare: list[str], nxt: list[str]) -> bool:
        """ "roughly half (2.8 million) are children": a bracketed number restates a share,
        and the noun after the share's linking verb is what it counts.
        """
        return (
            bare[-1:] == ["("]
            and len(bare) > 1
            and bare[-2].rpartition("-")[2] in _SHARES  # "half", "two-thirds"
            and nxt[:1] == [")"]
            and nxt[1:2] in (["are"], ["were"])
            and len(nxt) > 2
        )

    def predicate_noun(self, word: str, reading: _Reading) -> None:
        """Count ``word``, the noun a share is said to be ("are children", "are refugees")."""
        noun = self.lex.nouns.get(word)
        if noun is not None and noun.unit is None and noun.category not in _UNCOUNTED:
            if noun.category in _CASUALTY_VALUES:
                reading.verb_category = Category(noun.category)  # "(2,000) are refugees"
            reading.counted = noun.counted or word
            reading.noun_category = "other" if noun.category == "generic" else noun.category
        elif word.isalpha() and _looks_plural(word):
            reading.counted, reading.noun_category = word, "other"

    def partitive_opener(self, number: Number, lower: int) -> str | None:
        """ "Of the 804 deaths recorded, 420 were named": the sentence opens on the whole; the
        category value of that whole's casualty word or known noun, whatever it is (the caller
        keeps a casualty or a kind a part takes), or None."""
        normalized = self.doc.normalized
        if normalized[lower : lower + 1] not in {"O", "o"}:
            return None
        if normalized[lower : lower + 3].lower() != "of " or number.start - lower > _WINDOW:
            return None
        words = [token.text.lower() for token in self.between(lower, number.start)[:8]]
        if words[1:2] in (["those"], ["the"], ["these"]) and words[3:4] == [","]:
            # "Of those killed, 15 were women", "Of the wounded, 40 are in hospital", "Of these
            # divisions, seven were deployed"
            kind = self.lex.casualty.get((words[2],))
            if kind is not None:
                return kind.value
            noun = self.lex.nouns.get(words[2])
            if noun is not None:
                return noun.category
        for position in range(1, len(words) - 1):
            if words[position][:1].isdigit() or words[position] in self.number_words:
                # "Of the 6.1 million internally displaced", "Of the 1,200 detainees"
                last = position
                while last + 2 < len(words) and (
                    words[last + 1] in _NUMBER_TAILS
                    or words[last + 1][:1].isdigit()
                    or (words[last + 1] == "." and words[last + 2][:1].isdigit())
                    or (words[last + 1].endswith("ly") and len(words[last + 1]) > 4)
                ):
                    last += 1
                # "Of the six Iraqi divisions": the first known noun, modifiers stepped over
                for word in words[last + 1 : last + 1 + _OPENER_MODIFIERS]:
                    noun = self.lex.nouns.get(word)
                    if noun is not None:
                        return noun.category
                    if not word.isalpha():
                        break
                return None
        return None

    def part_of_previous(self, number: Number, bare: list[str]) -> str | None:
        """ "1.09 million enemy forces, including 390,000 from the United States", "2,000
        soldiers, of whom 300 were released": a part set right after the figure before, naming
        nothing, is of that figure's kind when a part takes it (``_KINDS_LENT``, or detained:
        a part of prisoners is held too); so are a part in brackets right after the whole's
        noun and the parts listed after it ("including 390,000 from the US, 660,000 from South
        Korea and 29,000 from other countries")."""
        if self.previous is None or self.previous[0] != self.lower:
            return None
        # "98,000 soldiers (65,000 combat, ...)": a bracket right after the whole's noun
        bracketed = bare[-1:] == ["("] and bare[-2:-1] == [self.previous[1]]
        opens_part = (
            bare[-3:] == [",", "of", "whom"] or bare[-2:] == [",", "including"] or bracketed
        )
        if not opens_part and not (self.previous_part and bare[-1:] and bare[-1] in LIST_JOINS):
            return None
        if number.start - self.previous_span[1] > _PART_GAP:
            return None  # the part of a whole told further back, not of this figure
        kind = self.previous[2]
        # "captured 1,200 soldiers, of whom 300 were officers", "21,400 POWs, of whom 14,000
        # were sent to Taiwan": a part of prisoners is held too, before its noun's own kind
        if kind == Category.DETAINED.value or self.previous[3] is Category.DETAINED:
            return Category.DETAINED.value
        return kind if kind in _KINDS_LENT else None

    def bracket_part(
        self, number: Number, bare: list[str], nxt: list[str], reading: _Reading
    ) -> None:
        """ "98,000 soldiers (65,000 combat, 33,000 support)": a part in brackets after the
        whole, named by a bare singular label no noun table knows, counts nothing of its own:
        it is of the whole's kind (``part_of_previous``), as "(65,000 of them)" is."""
        counted = reading.counted
        if counted is None or nxt[:1] != [counted] or nxt[1:2] not in ([","], [")"]):
            return
        if counted in self.lex.nouns or _looks_plural(counted) or not counted.isalpha():
            return
        if self.part_of_previous(number, bare) is not None:
            reading.counted, reading.noun_category = None, None

    def victims_opener(self, lower: int) -> bool:
        """Whether the sentence opens on a partitive of victims: "Of the eight victims,"."""
        normalized = self.doc.normalized
        if normalized[lower : lower + 3].lower() != "of ":
            return False
        first = bisect.bisect_left(self.token_starts, lower)
        words = list(self.lowers[first : first + 6])
        return "," in words and not _VICTIMS.isdisjoint(words[: words.index(",")])

    @staticmethod
    def victims_include(bare: list[str]) -> bool:
        """Whether the words before a count say it is among the victims: "The victims
        included two aid workers", "Among the victims were three children"."""
        at = len(bare) - 1
        if at < 1 or bare[at] not in _INCLUSIONS:
            return False
        if bare[at - 1] == ",":
            at -= 1  # "the victims, including three children"
        return bare[at - 1] in _VICTIMS

    def victim_cause(self, lower: int, start: int) -> Category | None:
        """The harm named nearest before ``start``, in its sentence or the one before: a
        noun of killing ("the slayings", "the murders") or a casualty verb ("were killed").

        "Victims" alone says no harm (``figure_nouns.tsv``); a count of them takes the harm
        the text has just told, and none when it told none ("millions of victims").
        """
        probe = lower - 1
        normalized = self.doc.normalized
        while probe > 0 and lower - probe < _WINDOW and normalized[probe].isspace():
            probe -= 1
        begin = self.sentence_bounds(probe)[0] if probe > 0 else lower
        first = bisect.bisect_left(self.token_starts, max(begin, start - 2 * _WINDOW))
        last = bisect.bisect_left(self.token_starts, start)
        lowers, casualty, causes = self.lowers, self.lex.casualty, self.lex.victim_causes
        for position in range(last - 1, first - 1, -1):
            word = lowers[position]
            cause = causes.get(word) or casualty.get((word,))
            if cause is not None and cause in _HARMS:
                return cause
        return None

    def number_of(self, prev: list[str], reading: _Reading) -> None:
        """ "the total number of civilian deaths ... since August 2014 stood at 151".

        The linking verb ends a long subject that opens with "number of": its noun is counted.
        """
        if not prev or prev[-1] not in self.lex.links:
            return
        window = prev[-_NUMBER_OF_REACH:]
        for position in range(len(window) - 2, 0, -1):
            word = window[position]
            if word in {";", "but"}:
                return
            if word == "of" and window[position - 1] == "number":
                for noun_at in range(position + 1, min(len(window), position + 4)):
                    noun = self.lex.nouns.get(window[noun_at])
                    if noun is not None and noun.category != "time" and noun.unit is None:
                        reading.counted = noun.counted or window[noun_at]
                        reading.noun_category = noun.category
                        return
                return

    # -- qualifier ---------------------------------------------------------------------------

    def read_qualifier(self, prev: list[str], reading: _Reading) -> int:
        if not prev:
            return 0
        # most words end no phrase: one set lookup here spares the calls below
        match = _match_end(prev, self.lex.before) if prev[-1] in self.ends else None
        extra = 0
        if match is None and prev[-1:] in (["a"], ["another"]):
            # "up to a 100 civilians", "at least another 500,000"
            match, extra = _match_end(prev[:-1], self.lex.before), 1
        if match is None:
            return 0
        reading.qualifier = Qualifier(match[1])
        return match[0] + extra

    # -- what is counted -----------------------------------------------------------------------

    def read_forward(self, words: list[str], tokens: list[Token], reading: _Reading) -> None:
        lex = self.lex
        index = 0
        if words[:1] == ["["] and words[2:3] == ["]"]:
            # "400-500 [soldiers]", "2,200 [Isis] fighters": an editor's insertion is read
            # as if written without its brackets
            words, tokens = words[1:2] + words[3:], tokens[1:2] + tokens[3:]
        first = words[0] if words else ""
        if first in {"more", "fewer", "less"}:
            # "millions more displaced", "five more soldiers", "six less experienced officers"
            index = 1
        elif first == "and" and words[1:3] == ["a", "half"]:
            index = 3  # "three and a half years"
        elif first == "and" and words[1:2] == ["a-half"]:
            index = 2  # "seven and a-half years"
        elif first in _VULGAR_FRACTIONS:
            index = 1  # "5 ½ years", as "five and a half years"
        elif first == "out" and words[1:2] == ["of"]:  # "75 out of 275 seats"
            # "49 out of the 54 seats", "three out of Nigeria's six bombers", "four out of the
            # army's ten helicopters": the whole's article and owner come before its number
            whole = 3 if words[2:3] == ["the"] else 2
            if "".join(words[whole : whole + 1]).endswith("'s"):
                whole += 1
            index = whole if self.numeral(words[whole : whole + 1]) else 2
            index = self.past_numeral(words, index)
        elif first == "the" and words[1:3] == ["number", "of"]:  # "brings to four the number of"
            index = 3
            if words[index : index + 1] != ["the"] and self.noun_follows(words, index + 1):
                index += 1  # "the number of confirmed fatalities"
        if words[index : index + 1] == ["such"]:
            index += 1  # "one of four such zones": "such" points back, the noun follows
        partitive = words[index : index + 1] == ["of"]
        if partitive:
            index += 1
            if index < len(words) and words[index] in _DETERMINERS:
                index += 1
            elif words[index : index + 1] in (["a"], ["an"]) and "".join(
                words[index + 1 : index + 2]
            ).endswith("'s"):
                index += 1  # "a thousand of a candidate's own words": the owner follows
            if (
                words[index : index + 1]
                and words[index] in _SEQUENCE_WORDS
                and self.numeral(words[index + 1 : index + 2])
            ):
                index += 1  # "eight of the past nine contests": which ones, then how many
            if index < len(words) and (
                words[index] in self.number_words or words[index][:1].isdigit()
            ):
                index += 1  # "three of the five regions", "32 of the 159 members"
        run: list[int] = []
        first_words = lex.first_words  # most words start no cue: one set lookup spares a call
        limit = _MAX_RUN
        leading = True  # a name counts as one modifier: "two Ukrainian Armed Forces heavy weapons"
        while index < len(words) and len(run) < limit:
            word = words[index]
            if not run and word in _MONEY_SIGNS and words[index + 1 : index + 2]:
                priced = self.price(words, index)
                if priced > index:
                    index = priced  # "three $50,000 prizes": the prizes, each worth that
                    continue
            if word in {"%", "$", "£", "€"}:
                break
            if word in {"away", "apart"}:
                break  # "two streets away"
            if word[-2:] == "mm" and _CALIBRE.fullmatch(word):
                index += 1  # "two 82mm mortar rounds": a calibre describes the rounds
                continue
            if word[:1].isdigit() and word.endswith(_AGE_SUFFIXES):
                index += 1  # "three 17-year-old boys": their age describes the boys
                continue
            if not run and word[:1].isdigit() and word.endswith(_AGE_NOUNS):
                words[index] = _AGE_NOUN  # "three 17-year-olds were held": people of an age
                run.append(index)
                index += 1
                break
            if not run and word.isdigit() and words[index + 1 : index + 3] == ["year", "olds"]:
                words[index + 2] = _AGE_NOUN  # "three 17 year olds", the hyphens left out
                run.append(index + 2)
                index += 3
                break
            if word.isdigit() and index + 1 < len(words) and words[index + 1] in _AGE_COMPOUNDS:
                index += 2  # "two 19 year-old students", the hyphen misplaced
                continue
            if (
                word == "/"
                and run
                and index + 1 < len(words)
                and len(words[index - 1]) > 2  # not "Mb/s", "km/h": a unit's rate
                and len(words[index + 1]) > 2
                and words[index + 1].isalpha()
                and words[index + 1] not in lex.stops
                and not self.rate(words[index + 1])
            ):
                index += 1  # "a few residential/service options": one compound, read on
                continue
            if (
                word == "/"
                and run == [index - 1]
                and index + 1 < len(words)
                and len(words[index - 1]) <= _RATE_UNIT_LETTERS
                and words[index - 1] not in lex.nouns  # "4,000 m3/s": a known unit keeps its own
                and len(words[index + 1]) < _RATE_UNIT_LETTERS
                and words[index + 1].isalpha()
                and tokens[index - 1].end == tokens[index].start
                and tokens[index].end == tokens[index + 1].start
            ):
                run.clear()  # "27.5 Mb/s": an unknown unit of a rate, shortened; no count
                break
            if word == "[" and run:
                closing = self.gloss_end(words, index)
                if closing:
                    index = closing  # "thousands of Daesh [Isis] fighters": an editor's gloss
                    continue
            if (
                word == "."
                and run
                and run[-1] == index - 1
                and tokens[index - 1].text.istitle()
                and len(words[index - 1]) <= _MAX_ABBREVIATION
                and index + 1 < len(tokens)
                and tokens[index + 1].text[:1].isupper()
            ):
                # "two dozen of Sen. Rand Paul's aides", "two St. Louis men": a title or a name
                # cut short, whose point ends no sentence
                index += 1
                continue
            if not run and is_ordinal(word):
                index += 1  # "a 1,500-strong 3rd Marine Regiment": which regiment, not a count
                continue
            if not word[:1].isalpha():
                break
            if word in self.number_words or word[:1].isdigit():
                break
            noun = lex.nouns.get(word)
            cue = word in first_words
            casualty = _match_start(words, lex.casualty, index) if cue else None
            if casualty is not None and (
                self.bare_modifier(words, index) or (not run and word in _CAPTIVE_NOUNS)
            ):
                # "eight arrest warrants": one noun; "40 prisoner swaps", "one hostage": a
                # captive noun right after the number is counted or describes what is
                casualty = None
            # "1,000 people have left", "registered with the UN"; not "registered refugees"
            after_cue = (
                word in lex.casualty_after_words
                and _match_start(words, lex.casualty_after, index) is not None
            )
            if run and (casualty is not None or after_cue):
                break
            # after the counted noun, a verb agrees with it in the plural: no -s
            verb_like = not _looks_plural(word) if run else noun is None
            if (
                verb_like
                and casualty is None
                and index + 1 < len(words)
                and words[index + 1] in _OBJECT_POSSESSIVES
            ):
                # "millions lost their homes": a verb and its object, nothing counted; "40
                # soldiers guard its mast": a noun after the counted one ("guard") is a verb
                # when its object follows
                break
            if (
                not run
                and casualty is not None
                and noun is None
                and (
                    self.noun_follows(words, index + 1)
                    # "800 captured Isis fighters": a name between the participle and its noun
                    or (
                        index + 1 < len(tokens)
                        and tokens[index + 1].text[:1].isupper()
                        and self.noun_follows(words, index + 2)
                    )
                )
            ):
                reading.verb_category = Category(casualty[1])  # "the two captured men"
                index += casualty[0]
                continue
            if (
                word[-3:] == "ing"
                and index + 1 < len(words)
                and f"{word} {words[index + 1]}" in lex.compounds
            ):
                run.extend((index, index + 1))  # "heavy weapons holding areas": one noun
                index += 2
                continue
            if (
                cue
                and not run
                and noun is None
                and word.endswith("ed")
                and index + 1 < len(words)
                and (words[index + 1] in lex.nouns or _looks_plural(words[index + 1]))
                and _match_start(words, lex.attribution, index) is not None
            ):
                index += 1  # "several reported strikes": the report describes the strikes
                continue
            if (
                noun is None
                and word.endswith("ly")
                and len(word) > 4
                and word not in _LY_NOUNS
                # "two friendly but imperious powers": an adjective, joined to the next one
                and not _ADJECTIVE_JOINS.intersection(words[index + 1 : index + 2])
            ):
                if run:
                    break
                index += 1  # "20 heavily armed fighters"
                continue
            # "two Middle East terrorists": a capitalised stop word inside a name is the name's
            name_part = (
                leading
                and bool(run)
                and tokens[index].text[:1].isupper()
                and words[index - 1].isalpha()  # not "146 B.C. The popular story"
            )
            # "three east London schoolgirls": a compass word before a name is part of it
            # ("30km north of Kabul" ends the noun phrase at "north")
            compass = (
                not run
                and word in _COMPASS
                and index + 1 < len(tokens)
                and tokens[index + 1].text[:1].isupper()
            )
            if (
                not run
                and noun is None
                and casualty is not None
                and casualty[0] == 1
                and word.endswith("ed")
                and word not in _OBJECTLESS
                and casualty[1] not in _INTRANSITIVE
                and not reading.opens_clause
                and (index + 1 == len(words) or words[index + 1] in _LIST_ENDS)
            ):
                # "lost 6,000 killed, 8,000 wounded and 500 captured": a passive participle
                # that ends the phrase stands for the people, as "wounded" does; "12 killed
                # in the village" is a verb with its own complement, ", one killed" (a clause
                # of its own) and "hundreds died" (no passive) count nothing
                reading.verb_category = Category(casualty[1])
                reading.counted = word
                break
            # "8,000 reports of crimes": a plural report word before "of" is what is counted
            reports_of = _looks_plural(word) and words[index + 1 : index + 2] == ["of"]
            if noun is None and (
                (word in lex.stops and not name_part and not compass)
                or casualty is not None
                or after_cue
                or (
                    cue
                    and _match_start(words, lex.attribution, index) is not None
                    and not reports_of
                )
                or (
                    run
                    and word.endswith("ing")
                    and not tokens[index].text[:1].isupper()
                    and not self.ing_modifier(words, tokens, run, index)
                )
                # "four more bringing up the rear": an -ing verb's clause, nothing counted
                or (
                    not run
                    and word.endswith("ing")
                    and tokens[index].text.islower()
                    and index + 1 < len(words)
                    and words[index + 1] in _PARTICIPLE_FOLLOWERS
                )
            ):
                break
            if (
                run
                and word.endswith("ed")
                and noun is None
                and (_looks_plural(words[run[-1]]) or words[run[-1]] in lex.nouns)
                and tokens[index].text.islower()
            ):
                break  # "two hospitals suspended operations": the verb ends the noun phrase
            if (
                run
                and tokens[index].text[:1].isupper()
                and tokens[run[-1]].text.islower()
                and _looks_plural(words[run[-1]])
                and not self.name_modifies(words, tokens, index)
            ):
                break  # "two reasons Israel refuses": a name after a plural noun opens a clause
            if word == "lives" and run and _looks_plural(words[run[-1]]):
                break  # "1 in 3 families lives in poverty": the verb of a ratio's share
            if (
                "'" in word
                and not word.endswith("'s")
                and (word.endswith(_CONTRACTIONS) or not _INNER_APOSTROPHE.fullmatch(word))
            ):
                break  # "three scenarios you've got": a clause starts (not "5,000 Shi'ites")
            if run and word in _AGE_LEADS and self.numeral(words[index + 1 : index + 2]):
                break  # "45 children ages 3 to 17": their age, not a compound noun
            if (
                word.endswith("'s")
                and len(word) > 2
                and partitive
                and (not run or all(tokens[i].text[:1].isupper() for i in (*run, index)))
            ):
                # "three of the world's biggest exporters", "eight of Saddam Hussein's
                # palaces": the owner, a name or "the world", is not what is counted
                run.clear()
                index += 1
                if words[index : index + 1] == ["own"]:
                    index += 1  # "of a candidate's own words"
                # "three of Anna's five sisters", "20,000 of Egypt's 70,000 mosques": the
                # owner's whole, then its noun
                index = self.past_numeral(words, index)
                continue
            if (
                word.endswith("'s")
                and (
                    _MODEL_NAME.fullmatch(word[:-2])
                    or _ABBREVIATION_PLURAL.fullmatch(tokens[index].text)
                )
                and not self.noun_follows(words, index + 1)
            ):
                # "a few Mig-17's", "two SR's": a model's or an abbreviation's plural, as written
                run.append(index)
                index += 1
                continue
            if word.endswith("'s") and len(word) > 2:
                words[index] = word[:-2]  # "the four men's interrogations": men
                run.append(index)
                index += 1
                break
            if (
                word.endswith("s")
                and self.doc.normalized.startswith("' ", tokens[index].end)
                and words[index + 1 : index + 2] != []
                and words[index + 1].isalpha()
            ):
                run.append(index)  # "the two states' armies": the owners, as "men's"
                index += 1
                break
            run.append(index)
            if leading:
                if not tokens[index].text[:1].isupper():
                    leading = False
                elif len(run) > 1:
                    limit += 1  # capitalised words at the start of the run: one name
            elif (
                len(run) > 1
                and limit < _MAX_RUN + 2
                and tokens[index].text[:1].isupper()
                and tokens[run[-2]].text[:1].isupper()
            ):
                limit += 1  # "two fellow Bethnal Green academy pupils": a name inside, too
            index += 1
            if noun is not None and noun.category in {"distance", "money", "percent", "time"}:
                break
        if (
            len(run) == limit
            and index < len(words)
            and self.head_past_limit(words, tokens, index, run)
        ):
            run.append(index)  # "three separate heavy armoured military convoys": the convoys
            index += 1
        if run and index < len(words) and words[index] in {",", "and"}:
            index = self.listed_names(words, tokens, index, run)
        if run and index < len(words) and words[index] == "and":
            index = self.shared_head(words, index, run)
            index = self.suspended_head(words, tokens, index, run)
        if run and index < len(words) and words[index] in _ADJECTIVE_JOINS:
            # "unaccompanied or separated children", "two small but powerful neighbours": each
            # adjective describes the noun after the last
            index = self.shared_noun(words, index, run)
        away = index < len(words) and words[index] in {"away", "apart"}
        if words[index + 1 : index + 2] == ["from"] and words[index] == "apart":
            away = False  # "four countries apart from the United States": besides, not where
        if run and away and not any(self.thing(words[i]) for i in run):
            reading.duration = True  # "two streets away": where, not how many (no figure)
            return
        self.take_head(words, tokens, run, reading)
        if reading.counted in lex.of_senses and words[index : index + 1] == ["of"]:
            self.sense_of(words, index + 1, reading)
        if reading.unit == "GBP" and self.weight_follows(words, index):
            reading.unit, reading.noun_category = "lb", "other"
        self.read_verb_after(words, tokens, index, bool(run), reading)

    def head_past_limit(
        self, words: list[str], tokens: Sequence[Token], index: int, run: list[int]
    ) -> bool:
        """Whether the word at ``index``, right after a run of modifiers cut at its length
        limit, is the noun they describe, a lower-case plural or a known noun ("three
        separate major bank deregulation bills"), where no word of the run is a plural of its
        own ("3 NH towns cast first votes" counts the towns)."""
        word = words[index]
        return (
            not any(_looks_plural(words[position]) for position in run)
            and tokens[index].text.islower()
            and word.isalpha()
            and word not in self.lex.stops
            and (word in self.lex.nouns or _looks_plural(word))
        )

    def sense_of(self, words: list[str], index: int, reading: _Reading) -> None:
        """ "two rounds of talks": a noun of two senses, before a plural or an -ing noun of
        another kind after its "of", counts sessions of it, things no casualty verb befalls
        ("held two rounds of talks": other); "300 rounds of ammunition", "rounds of mortar
        fire" keep the noun's own kind."""
        if words[index : index + 1] and words[index] in _DETERMINERS:
            index += 1
        for word in words[index : index + _MAX_RUN]:
            if not word.isalpha() or word in self.lex.stops:
                return
            noun = self.lex.nouns.get(word)
            if noun is not None and noun.category == reading.noun_category:
                return  # "rounds of tank shells"
            if _looks_plural(word) or word.endswith("ing"):
                reading.noun_category = "thing"  # "rounds of peace talks ended"
                return

    def weight_follows(self, words: list[str], index: int) -> bool:
        """ "1,300 pounds (600 kgs) of explosives": pounds converted to a weight weigh."""
        if words[index : index + 1] != ["("]:
            return False
        for word in words[index + 1 : index + 5]:
            noun = self.lex.nouns.get(word)
            if word == ")" or (noun is not None and noun.unit is not None):
                return noun is not None and noun.unit in _WEIGHTS_UNITS
        return False

    def listed_names(
        self, words: list[str], tokens: list[Token], index: int, run: list[int]
    ) -> int:
        """ "thousands of Army, Navy and Air Force troops", "several Kurdish, military and
        diplomatic sources", "four independent, highly reputable laboratories": names or
        modifiers listed before one noun.

        ``index`` is at a comma or "and" after a run of capitalised singular words, or at a
        comma after a run of lower-case modifiers; when more such words or lower-case
        modifiers, commas and "and" lead to a lower-case noun, it joins the run.
        """
        # "Tu-95MS": a model's capital letters are its variant, no plural's "s"
        names = all(
            tokens[i].text[:1].isupper()
            and not (_looks_plural(words[i]) and tokens[i].text.endswith("s"))
            for i in run
        )
        modifiers = words[index] == "," and all(
            tokens[i].text.islower() and self.listed_modifier(words, i) for i in run
        )
        if not (names or modifiers):
            return index
        limit = min(len(words), index + _LISTED_NAMES)
        probe = index
        while probe < limit and (
            words[probe] in {",", "and"}
            or tokens[probe].text[:1].isupper()
            or self.listed_modifier(words, probe)
        ):
            probe += 1
        if probe >= limit or probe < index + 2 or not tokens[probe].text.isalpha():
            return index
        word = words[probe]
        if not tokens[probe].text.islower() or not (word in self.lex.nouns or _looks_plural(word)):
            return index
        run.append(probe)
        return probe + 1

    def listed_modifier(self, words: list[str], index: int) -> bool:
        """Whether ``words[index]`` may describe a noun in a list of modifiers: a singular
        word, no noun, no count, no function word ("Kurdish, military and diplomatic
        sources"; not "Iranian and Iranian-American men", whose noun ends the list)."""
        word = words[index]
        return (
            word.isalpha()
            and word not in self.lex.nouns
            and not _looks_plural(word)
            and word not in self.number_words
            and word not in self.lex.stops
            and word not in self.lex.first_words
        )

    @staticmethod
    def gloss_end(words: list[str], index: int) -> int:
        """The index after a short gloss in square brackets opened at ``index``, or 0."""
        for probe in range(index + 1, min(len(words), index + 4)):
            if words[probe] == "]":
                return probe + 1 if probe > index + 1 else 0
            if not words[probe].isalpha():
                return 0
        return 0

    def shared_head(self, words: list[str], index: int, run: list[int]) -> int:
        """ "224 artillery and mortar systems": two modifiers of one generic head noun.

        ``index`` is at the "and"; when one or two words and then a generic head follow it,
        they join the run and the index after them is returned, else ``index`` itself.
        """
        nouns = self.lex.nouns
        if _looks_plural(words[run[-1]]):
            return index  # "3,000 refugees and a population of ...": a head of its own
        for head in range(index + 2, min(len(words), index + 4)):
            noun = nouns.get(words[head])
            if noun is not None and noun.category == "generic":
                if all(words[i].replace("-", "").isalpha() for i in range(index + 1, head)):
                    run.extend(range(index + 1, head + 1))
                    return head + 1
                break
        return index

    def suspended_head(
        self, words: list[str], tokens: list[Token], index: int, run: list[int]
    ) -> int:
        """ "eight typhoon and six tornado fighter bombers", "12 Ukrainian and 30 Polish
        volunteers", "12 liaison-type and 10 observation aircraft": a singular word of no known
        kind (hyphened or not), or a people's adjective, after the first count describes the head
        that closes the second count's phrase, and both counts count that head.

        ``index`` is at the "and"; when a number and, within ``_MAX_RUN`` lower-case words,
        people's adjectives or model designations ("AT6", "MiG-15"), a plural noun or a known
        noun of personnel or equipment ("aircraft") follow it, the noun joins the run and the
        index after it is returned, else ``index`` itself ("one son and two daughters": a known
        noun keeps its own count).
        """
        if words[index : index + 1] != ["and"] or not self.numeral(words[index + 1 : index + 2]):
            return index
        lex = self.lex
        peoples = demonyms()
        if not all(
            (tokens[i].text.islower() or words[i] in peoples)
            and _hyphened_word(words[i])
            and words[i] not in lex.nouns
            # "3,602 dead-wounded and 2,962 captured GIs": casualty words name their own people
            and not lex.casualty_words.intersection(words[i].split("-"))
            and not _looks_plural(words[i])
            for i in run
        ):
            return index
        start = self.past_numeral(words, index + 1)
        for head in range(start, min(len(words), start + _MAX_RUN)):
            word = words[head]
            if word in peoples or _DESIGNATION.fullmatch(tokens[head].text):
                continue  # "and 30 Polish volunteers", "and 10 AT6 trainers": they describe it
            if not tokens[head].text.islower() or not _hyphened_word(word) or word in lex.stops:
                return index
            noun = lex.nouns.get(word)
            following = words[head + 1] if head + 1 < len(words) else ""
            if _looks_plural(word) or (
                noun is not None
                and noun.category in _KINDS_SHARED
                # "six tornado fighter bombers": a known noun before a noun only modifies it
                and following not in lex.nouns
                and not _looks_plural(following)
            ):
                run.append(head)
                return head + 1
        return index

    def shared_noun(self, words: list[str], index: int, run: list[int]) -> int:
        """ "five heavily armed and partly masked individuals": two participles, one noun.

        ``index`` is at the "and" ("or", "but"); when the run so far holds only participles (or only
        adjectives: "60 regional and international nations") and a plural noun follows
        within three words, the noun joins the run.
        """
        nouns = self.lex.nouns
        if not all(words[i].endswith("ed") and words[i] not in nouns for i in run) and not all(
            self.adjective(words, i) for i in run
        ):
            return index  # not "500 wounded and five hospitals bombed"
        for probe in range(index + 1, min(len(words), index + 4)):
            word = words[probe]
            if not word.isalpha() or word in self.number_words:
                break  # "eight typhoon and six tornado jets": a count of its own
            if (_looks_plural(word) or word in nouns) and not word.endswith("ed"):
                run.append(probe)
                # "uniformed and plainclothes police officers", "armed and masked militia
                # fighters": the noun may be a compound, whose last noun is the head
                end = probe + 1
                while (
                    end < len(words)
                    and len(run) < _MAX_RUN + 2
                    and words[end] in nouns
                    and words[end] not in self.lex.stops
                ):
                    run.append(end)
                    end += 1
                return end
        return index

    def ing_modifier(
        self, words: list[str], tokens: list[Token], run: list[int], index: int
    ) -> bool:
        """ "two ISIL fighting positions": an -ing word after a name, before a plural noun.

        Nobody counts the name itself, so the -ing word modifies the noun after it; after
        a common noun it is a verb ("500 soldiers guarding checkpoints").
        """
        following = index + 1
        return (
            following < len(words)
            and _looks_plural(words[following])
            and words[following].isalpha()
            and (
                all(tokens[i].text[:1].isupper() and words[i] not in self.lex.nouns for i in run)
                # "four separate fighting forces": nor does anyone count an adjective
                or all(tokens[i].text.islower() and self.adjective(words, i) for i in run)
            )
        )

    def adjective(self, words: list[str], index: int) -> bool:
        """Whether ``words[index]`` can only describe a noun: unknown, singular, no verb form."""
        word = words[index]
        return (
            word not in self.lex.nouns
            and not _looks_plural(word)
            and not word.endswith(("ing", "ed"))
            and word.isalpha()
        )

    def clause_verb(self, words: list[str], tokens: list[Token], index: int) -> bool:
        """ "a pact between the two countries constitutes Mexico paying", "several surveys show
        Adams ahead": after a plural noun, a word the nouns table does not list, before a
        determiner or a name, is the verb of the clause, not a compound's head (whose modifier
        is singular: "two drone strikes Monday" counts strikes)."""
        following = index + 1
        if following >= len(words) or words[index] in self.lex.nouns:
            return False  # "five weapons systems the army bought": a listed head stays one
        return words[following] in _NOUN_OPENERS or (
            tokens[following].text[:1].isupper() and words[following] not in self.lex.nouns
        )

    def noun_follows(self, words: list[str], index: int) -> bool:
        return index < len(words) and words[index] in self.lex.nouns

    def take_head(
        self, words: list[str], tokens: list[Token], run: list[int], reading: _Reading
    ) -> None:
        if not run:
            return
        lex = self.lex
        verbs = [
            position
            for position in range(1, len(run))
            if _looks_plural(words[run[position - 1]])
            and self.clause_verb(words, tokens, run[position])
        ]
        if verbs:
            run = run[: verbs[0]]
        run_words = [words[i] for i in run]
        reading.label = not lex.labels.isdisjoint(run_words) and not any(
            map(_looks_plural, run_words)
        )
        last = run[-1]
        if last > run[0] and f"{words[last - 1]} {words[last]}" in lex.nouns:
            # "artillery pieces", "armoured cars", "asylum seekers": a compound the lexicon
            # lists as a whole, whose last word alone it does not know
            compound = lex.nouns[f"{words[last - 1]} {words[last]}"]
            if words[last] not in lex.nouns and compound.unit is None:
                reading.noun_category = compound.category
                reading.counted = compound.counted or words[last]
                return
        known = [i for i in run if words[i] in lex.nouns]
        if known:
            head = known[-1]
            noun = lex.nouns[words[head]]
            later = [i for i in run if i > head and _looks_plural(words[i]) and words[i].isalpha()]
            # "the two dead fighters", "four wounded colleagues": a casualty word as modifier
            harm = [lex.nouns[words[i]].category for i in known if i < run[-1]]
            harm = [kind for kind in harm if kind in _CASUALTY_VALUES]
            if harm and reading.verb_category is None:
                reading.verb_category = Category(harm[0])
                reading.harm_modifier = True
            if (
                not later
                and noun.category == "place"
                and head < run[-1]
                and not _looks_plural(words[head])
            ):
                # "at least one town hall", "a single village well": a place names the kind
                # of the singular noun after it, which is what is counted
                later = [i for i in run if i > head and words[i].isalpha()]
            if later and noun.unit is None and noun.category != "money":
                # the last noun of a compound is its head: "two drone strikes" counts strikes
                reading.noun_category = "other"
                reading.counted = words[later[-1]]
                return
            if head > run[0]:  # "Iraqi dinars", "Syrian pounds", "jet fighters": a compound
                noun = lex.nouns.get(f"{words[head - 1]} {words[head]}", noun)
            if noun.category == "time" and head != run[0]:
                # "three town halls next year": the halls are counted; "the two men spent
                # months": a known noun (even a short plural) before the time word too
                plural = [
                    i
                    for i in run
                    if i < head and (_looks_plural(words[i]) or self.thing_counted(words[i]))
                ]
                if plural:
                    owner = words[plural[-1]]
                    entry = lex.nouns.get(owner)
                    if entry is None or entry.category == "generic":
                        reading.noun_category, reading.counted = "other", owner
                    else:
                        reading.noun_category = entry.category
                        reading.counted = entry.counted or owner
                    return
            if noun.category == "time":
                # "eight long years": lower-case words before the unit only describe it
                # "eight long years", not "14 billion last year" (a date of the figure)
                reading.duration = head == run[0] or all(
                    words[i] in lex.nouns
                    or (
                        tokens[i].text.islower()
                        and not _looks_plural(words[i])
                        and words[i] not in _TIME_POINTERS
                    )
                    for i in run
                )
                if reading.duration:
                    return
                return  # "14 billion last year", "50 of them next week": when, not what
            if noun.unit is not None or noun.category == "money":
                power = next((UNIT_POWERS[words[i]] for i in run if words[i] in UNIT_POWERS), "")
                # a currency named without its country ("dinars") is money of no known code
                reading.unit = noun.unit and noun.unit + power
                reading.noun_category = "other" if power else noun.category
                return
            reading.noun_category = noun.category
            reading.counted = noun.counted or words[head]
            if noun.category == "generic":  # "rocket systems" are equipment, "two systems" not
                kinds = [lex.nouns[words[i]].category for i in known[:-1]]
                modifier = kinds[-1] if kinds else "other"
                reading.noun_category = modifier if modifier in _KINDS_LENT else "other"
            return
        trimmed = list(run)
        while trimmed and words[trimmed[-1]].endswith(("ed", "ing")):
            trimmed.pop()  # a verb: "2,000 arrived", "5,000 fighting"
        if not trimmed:
            return
        reading.participle = len(trimmed) < len(run)
        # Counts take plural nouns: "two Airbuses took off" counts Airbuses, not "off".
        plural = [i for i in trimmed if _looks_plural(words[i])]
        if not plural and words[trimmed[0]].endswith("ed"):
            return  # "six landed instead": a verb, nothing named
        reading.counted = words[plural[-1] if plural else trimmed[-1]]
        if any(
            "-" in words[i] and _MODEL_NAME.fullmatch(words[i].removesuffix("'s")) for i in trimmed
        ):
            reading.noun_category = "equipment"  # "six CF-18s", "four MiG-29 Fulcrums"
        elif reading.counted.endswith("'s"):
            # "six APC's": the plural the nouns table knows without the apostrophe
            plain = self.lex.nouns.get(reading.counted[:-2] + "s")
            if plain is not None:
                reading.noun_category = plain.category

    def skip_age(self, words: list[str], index: int, reading: _Reading) -> int:
        """Step over the age of the counted people between them and their verb: "20 children
        aged 5 to 12 were hurt", "3,000 children under five have died" (a bound only after a
        noun of people, ``age_group`` in ``figure_cues.tsv``; not "30 troops under 40 tanks")."""
        at = index
        if words[at : at + 1] and words[at] in _AGE_LEADS:
            at += 1
        elif reading.counted not in self.lex.age_groups:
            return index
        elif (
            self.numeral(words[at : at + 1])
            and words[at + 1 : at + 2] in (["and"], ["or"])
            and words[at + 2 : at + 3] in (["older"], ["younger"], ["over"], ["under"], ["up"])
        ):
            return at + 3  # "300 people 18 and older were detained"
        if words[at : at + 1] and words[at] in _AGE_BOUNDS:
            at += 1
        if at == index or at >= len(words) or not self.numeral(words[at]):
            return index
        at = self.past_age_unit(words, at + 1)
        if words[at : at + 1] and words[at] in _AGE_JOINS and self.numeral(words[at + 1 : at + 2]):
            # "aged 5 to 12", "aged between 15 and 16", "aged 5-12", "babies between one week
            # and three months old"
            at = self.past_age_unit(words, at + 2)
        if words[at : at + 1] == ["old"]:
            at += 1
        return at

    @staticmethod
    def past_age_unit(words: list[str], index: int) -> int:
        """The index past "weeks", "months" or "years" that measures an age ("five months")."""
        return index + 1 if words[index : index + 1] and words[index] in _AGE_UNITS else index

    def price(self, words: list[str], index: int) -> int:
        """The index after a price that describes the noun behind it ("$50,000 prizes",
        "$2 million drones", "£5bn contracts"), or ``index`` when no noun follows it."""
        at = index + 1
        if not words[at][:1].isdigit():
            return index
        at += 1
        # the tokens split "50,000" and "1.5-billion" at their marks: "50" "," "000"
        while (
            words[at : at + 1] in ([","], ["."])
            and at + 1 < len(words)
            and words[at + 1][:1].isdigit()
        ):
            at += 2
        if words[at : at + 1] and words[at] in _PRICE_SCALES:
            at += 1
        if words[at : at + 1] == ["-"]:
            at += 1  # "$2-million drones"
        if at < len(words) and words[at].isalpha() and words[at] not in self.lex.stops:
            return at
        return index

    def thing_counted(self, word: str) -> bool:
        """Whether the nouns table knows ``word`` as something a number counts (people,
        forces, equipment, ...), not a unit, a time, a place or a generic head."""
        noun = self.lex.nouns.get(word)
        return (
            noun is not None
            and noun.unit is None
            and noun.category not in {"time", "place", "generic", "money", "distance", "percent"}
        )

    def rate(self, word: str) -> bool:
        """Whether ``word`` after a slash makes a rate: "shells/day", "km/h"."""
        noun = self.lex.nouns.get(word)
        return noun is not None and (noun.category == "time" or noun.unit is not None)

    def name_modifies(self, words: list[str], tokens: list[Token], index: int) -> bool:
        """Whether the name starting at ``index`` describes a known noun after it: "four plain
        clothes NYPD officers" (where "two reasons Israel refuses" has a verb there)."""
        end = index
        while end < len(words) and end - index < _NAME_REACH and tokens[end].text[:1].isupper():
            end += 1
        return end < len(words) and words[end] in self.lex.nouns

    def past_numeral(self, words: list[str], index: int) -> int:
        """The index past a number at ``index`` ("275", "70,000", "five"); ``index`` if none."""
        # "70,000" comes as "70", ",", "000": a comma between digit groups is inside the number
        while index < len(words) and (
            self.numeral(words[index]) or (words[index] == "," and self.digit_comma(words, index))
        ):
            index += 1
        return index

    def listed_duration(self, prev: list[str], nxt: list[str]) -> bool:
        """Whether a number stands in a closed list of three or more numbers whose last one a
        duration's noun follows ("ten, fifteen, and twenty years", "10, 15 or 20 days"): the
        unit serves them all. Two numbers alone stay ("killed 12, two years after", "killed
        12 and two years later"): one may be a count of its own."""
        items = 2 if prev[-1:] == [","] and self.numeral(prev[-2:-1]) else 1
        joined = False  # "and" or "or" before the last number
        at = 0
        while at + 1 < len(nxt) and at < _DURATION_LIST_REACH:
            gap = 1 if nxt[at] in LIST_JOINS else 0
            if gap and nxt[at] == "," and nxt[at + 1] in LIST_JOINS:
                gap = 2  # the serial comma: ", and twenty years"
            if not gap or at + gap >= len(nxt) or not self.numeral(nxt[at + gap]):
                break
            joined = nxt[at + gap - 1] != ","
            items += 1
            at += gap + 1
        if items < _DURATION_LIST_ITEMS or not joined or at >= len(nxt):
            return False
        noun = self.lex.nouns.get(nxt[at])
        return noun is not None and noun.category == "time"

    def numeral(self, word: str | list[str]) -> bool:
        """Whether ``word`` (or the one word of a list) is a number in digits or words."""
        if isinstance(word, list):
            word = word[0] if word else ""
        return word[:1].isdigit() or word in self.number_words

    def skip_place(self, words: list[str], tokens: list[Token], index: int) -> int:
        """Step over "in Kabul", "near the Syrian border" between a counted noun and its verb."""
        if index >= len(words) or words[index] not in _PLACE_OPENERS:
            return index
        probe = index + 1
        if probe < len(words) and words[probe] == "the":
            probe += 1
        names = probe
        while probe < len(words) and probe - names < 3 and tokens[probe].text[:1].isupper():
            probe += 1
        found = probe if probe > names else index
        # "eight babies in the Rukban camp on the Jordanian border had died": a longer place,
        # stepped over only when a verb of the count's own ends it
        limit = min(len(words), index + _PLACE_REACH)
        while probe < limit:
            word = words[probe]
            if word in _AUXILIARIES:
                return probe
            if word in self.lex.casualty_words:
                # "in camps for displaced people": a casualty word before a noun describes it
                after = words[probe + 1] if probe + 1 < len(words) else ""
                return found if after.isalpha() and self.count_noun(after) else probe
            if is_ordinal(word) or (word.endswith(("ed", "ing")) and words[probe - 1] == "the"):
                # "from the 72nd brigade", "in the besieged east of the city", "in the
                # remaining rebel-held suburbs of Damascus"
                probe += 1
                continue
            # "in the south-eastern Daraa province": a compass word joined by a hyphen
            if (
                not word.replace("-", "").isalpha()
                or word.endswith(("ed", "ing"))
                or word in self.number_words
                # "in displacement camps where they have been": the auxiliary is the clause's
                or word in _CLAUSE_BREAKS
            ):
                break
            probe += 1
        return found

    def read_verb_after(
        self,
        words: list[str],
        tokens: list[Token],
        index: int,
        had_noun: bool,
        reading: _Reading,
    ) -> None:
        lex = self.lex
        if reading.embedded:
            if had_noun:
                # "10 of the 14 citizens I've met in custody are children": the verb tells of
                # the part, but what befell the whole is said on the whole's own noun
                reading.verb_category = self.noun_phrase_fate(words, index)
            return
        if (
            reading.apposed
            and had_noun
            and words[index : index + 1] == [","]
            and words[index + 1 : index + 2] != []
            and words[index + 1] in _AUXILIARIES
        ):
            # "a fifth, some 180 people, were killed": a count in apposition to the subject
            # shares its verb, past the closing comma
            index += 1
        held_at = index
        while words[held_at : held_at + 1] != [] and words[held_at] in _FOCUS_ADVERBS:
            held_at += 1  # "the 300 fighters currently in their custody"
        if (
            words[held_at : held_at + 1] == ["in"]
            and reading.noun_category not in _CASUALTY_VALUES  # "thousands of disappeared in"
            and self.custody_phrase(words, held_at)
        ):
            # "the 300 fighters in SDF custody": held, with no verb needed
            reading.verb_category = Category.DETAINED
            return
        if had_noun:
            index = self.skip_age(words, index, reading)
        index = self.skip_place(words, tokens, index)
        index = self.skip_names(words, tokens, index)
        index = self.skip_aside(words, tokens, index)
        index = self.skip_suspicion(words, index)
        shared = had_noun and self.skip_coordinated(words, index)
        if shared:
            index = shared
            if words[index] == "in":  # "the 520 fighters and 2,000 women in SDF custody"
                reading.verb_category = Category.DETAINED
                return
        start = index
        while (
            index < len(words)
            and index - start < _MAX_AUX
            and (
                words[index] in _AUXILIARIES
                # "were seriously injured", "were newly displaced": an adverb inside the verb,
                # unless it opens a casualty phrase of its own ("were fatally shot")
                or (
                    index > start
                    and words[index][-2:] == "ly"
                    and len(words[index]) > 4
                    and _match_start(words, lex.casualty, index) is None
                )
            )
        ):
            index += 1
        if index > start and words[start] in _PASSIVE and words[index : index + 1] == ["among"]:
            victims = self.counted_victims(words, index + 1)
            if victims is not None:  # "two Britons were among 19 hostages freed"
                reading.verb_category, reading.has_verb = victims, True
                return
            if words[index + 1 : index + 2] in (["those"], ["the"]):
                index += 2  # "four aid workers were among those killed", "... among the dead"
        # "20 people that he called ...": a relative clause with a subject of its own
        relative = index == start + 1 and words[start] in _RELATIVES
        # "fled abroad, some 500,000 to France": "to" before a name leads to a place, no verb
        to_place = (
            index == start + 1
            and words[start] == "to"
            and index < len(words)
            and tokens[index].text[:1].isupper()
        )
        reading.has_verb = index > start and not relative and not to_place
        if index >= len(words):
            return
        if had_noun and index <= start + 1 and words[start : start + 1] in (["that"], ["whom"]):
            victim = self.object_relative(words, start + 1, reading.counted)
            if victim is not None:
                reading.verb_category = victim
                return
        if had_noun and index == start and self.clause_subject(words[start]):
            # "the 12 men we lost at the bridge": a relative clause without its pronoun
            victim = self.object_relative(words, start, reading.counted)
            if victim is not None:
                reading.verb_category = victim
                return
        if had_noun and index > start and words[start] in _RELATIVES:
            main = self.main_verb(words, index)
            if main is not None:  # "six policemen who were guarding it were killed"
                reading.verb_category, reading.has_verb = main, True
                return
        if (
            index < len(words) - 2
            and words[index].endswith(("ed", "en"))
            and words[index + 1] in {",", "and"}
            and not _PASSIVE.isdisjoint(words[start:index])
            and _match_start(words, lex.casualty, index) is None
            and _match_start(words, lex.casualty, index + 2) is not None
        ):
            # "had been 'neutralised', killed, injured or taken captive", "were tortured and
            # executed": a list of what befell them, whose first casualty word tells it
            index += 2
        if self.in_camp(words, index, start, reading) or self.moving(words, index, start):
            reading.verb_category = Category.DISPLACED
            return
        if words[index] not in self.starts:
            noun = lex.nouns.get(words[index]) if index > start else None
            if (
                noun is not None
                and noun.category in _CASUALTY_VALUES
                and words[start] in _PASSIVE
                and not tokens[index].text[:1].isupper()
            ):
                # "more than 5 million are refugees", "two were prisoners": what they are,
                # and, with no noun of its own, what it counts ("(2.8 million) are children")
                reading.verb_category = Category(noun.category)
                if reading.counted is None and index == start + 1:
                    reading.counted = noun.counted or words[index]
            return
        casualty = _match_start(words, lex.casualty, index)
        # "fled" befalls its subject whatever follows; "left", only after an auxiliary, does
        # so only without an object ("storms that left 40 people dead")
        fled = casualty is not None and casualty[1] in _INTRANSITIVE
        # "have left", not "only 10 left"; "will surrender", not "persuaded two to surrender"
        if casualty is None and index > start and words[index - 1] != "to":
            casualty = _match_start(words, lex.casualty_after, index)
        if casualty is None and index == start and had_noun:
            held = _match_start(words, lex.casualty_after, index)
            if held is not None and tuple(words[index : index + held[0]]) in lex.passive_only:
                casualty = held  # "19 men held together": read below as a reduced relative
        if casualty is None and index > start and words[index] == "in":
            # "remain in Iraqi custody", "are in rebel captivity", "remain in detention"
            custody = self.custody_phrase(words, index)
            if custody:
                casualty = (custody, Category.DETAINED.value)
        if casualty is None:
            return
        if index > start and words[index - 1] in _PERFECT and words[index] in _EVICTIONS:
            return  # "50 friends who had driven from Chicago": they drove, no one drove them out
        size = casualty[0]
        # "500 soldiers killed 14 civilians", "... and a driver have killed 3": they did it;
        # "... and a driver were shot dead at": a passive, whatever follows.
        # "361 voted to execute the king": the count is the subject of an infinitive too
        active = (
            index == start
            or words[index - 1] == "to"
            or (shared and _PASSIVE.isdisjoint(words[start:index]))
            # "two gunmen who killed 14", "two blasts that had injured him": the subject of
            # a relative clause did it ("millions who have fled five years of war" fled)
            or (
                words[start] in _RELATIVES
                and _PASSIVE.isdisjoint(words[start + 1 : index])
                and not fled
            )
        )
        following = words[index + size] if index + size < len(words) else ""
        if index == start and self.bare_modifier(words, index):
            return  # "eight arrest warrants": a bare verb before a noun modifies it
        # "900 residents escaped to the hills": after a preposition comes a place, no victim
        towards = words[index + size - 1] in _PLACE_PREPOSITIONS or words[index + size - 1] in {
            "to",
            "into",
            "across",
        }
        if (
            active
            and had_noun
            and not towards
            and words[index + size - 1] != "by"  # "held by the militia": a passive
            and words[index] not in _OBJECTLESS
            and (
                # "500 families fled the town": they fled it, whatever comes after; "at"
                # opens an object only as "at least" ("killed at least 40 rebels"), else a
                # place ("the 49 people killed at the club": a reduced relative)
                (
                    following in _ACTIVE_OBJECTS
                    and casualty[1] not in _INTRANSITIVE
                    and (following != "at" or words[index + size + 1 :][:1] in _AT_BOUNDS)
                )
                or following[:1].isdigit()
                or following in self.number_words
            )
        ):
            return
        if (
            words[index + size - 1] == "by"
            and (
                # "four Russians held by Moscow": a country's people are held as persons are
                (
                    reading.counted is not None
                    and reading.counted not in lex.nouns
                    and reading.counted not in _nationals()
                )
                # "26 debates, 17 of which had been held by then": "which" stands for things
                or words[:2] == ["of", "which"]
            )
        ):
            return  # "30 seats held by its allies": only people the lexicon knows are held
        if tuple(words[index : index + size]) in lex.passive_only:
            noun = lex.nouns.get(reading.counted or "") if words[:2] != ["of", "which"] else None
            if noun is None and reading.counted in _nationals():
                noun = _PEOPLE  # "150 Britons still held in Syria": people of a country
            if (
                noun is None
                and reading.counted is None
                and casualty[1] == Category.DETAINED.value
                and not self.things_counted_before()
            ):
                # "About 1,500 with links to the group are being held": a bare count held is
                # of people, unless things were counted before it ("Of the 26 debates, 17
                # had been held"); a bare count lost may be ships or jobs ("two had been lost")
                noun = _PEOPLE
            # "four men are being held", not "meetings were held", "extremists who held";
            # "19 men held together", "30 women held without charge": a reduced relative
            reduced = (
                had_noun
                and following in _HELD_FOLLOWERS
                # "150 Britons still held in Syria": an adverb, but no auxiliary
                and _FOCUS_ADVERBS.issuperset(words[start:index])
            )
            if (
                (words[index - 1] not in _PASSIVE and not reduced)
                or noun is None
                or noun.category in _NO_VICTIMS
            ):
                return
        category = self.chained_deaths(words, index + size) or Category(casualty[1])
        if index == start and category is Category.DETAINED:
            # "people detained during the siege remain unaccounted for": the participle tells
            # how they were lost, the main verb what they are now
            category = self.still_missing(words, index + size) or category
        reading.verb_category = category

    def companion_verb(
        self, bare: list[str], nxt: list[str], after: list[Token], reading: _Reading
    ) -> None:
        """ "He, like dozens of other foreigners, remains in captivity", "like thousands of
        other Yazidis they were kidnapped": a count in an aside of comparison or company shares
        the verb of the clause it interrupts or opens, past that clause's subject pronoun."""
        compared = bare[-1:] == ["like"] and (len(bare) == 1 or bare[-2] in _COMPARISON_OPENERS)
        if not compared and bare[-3:] not in _COMPANION_OPENERS:
            return
        end = min(len(nxt), _MAX_RUN + 3)
        for probe in range(end):
            word = nxt[probe]
            if word == "," or word in _SUBJECTS:
                verb = probe + 1
                if word == "," and verb < len(nxt) and nxt[verb] in _SUBJECTS:
                    verb += 1  # "Like thousands of other Yazidis, they were kidnapped"
                shared = _Reading(counted=reading.counted)
                self.read_verb_after(nxt, after, verb, False, shared)
                if shared.verb_category is not None:
                    reading.verb_category = shared.verb_category
                return
            if not word.isalpha() or word in _RELATIVES or word == "whom":
                break  # "along with 100 other critics whom she said have fled": their own verb
        if not compared:
            reading.verb_category = self.companion_of(bare[:-3])

    def companion_of(self, before: list[str]) -> Category | None:
        """ "The general was arrested at his home, along with two aides": what befell the one
        named before the comma befell the company too."""
        lex = self.lex
        for cut in range(len(before), max(0, len(before) - _COMPANION_REACH), -1):
            word = before[cut - 1]
            if not word.isalpha() or word in _CLAUSE_BREAKS:
                return None
            if word not in self.ends:
                continue
            head = before[:cut]
            match = _match_end(head, lex.casualty)
            if match is None:
                match = _match_end(head, lex.casualty_after)
                passive = cut - match[0] - 1 if match is not None else -1
                if match is None or passive < 0 or head[passive] not in _AUXILIARIES:
                    continue  # "are being held", not "the meetings held"
            return Category(match[1])
        return None

    def still_missing(self, words: list[str], index: int) -> Category | None:
        """ "(detained) during the siege of the town remain unaccounted for": the main verb
        of a count whose participle phrase runs on, when it says the count is missing."""
        end = min(len(words), index + _PARTICIPLE_REACH)
        for probe in range(index, end):
            word = words[probe]
            if word in _CLAUSE_BREAKS or word in {",", ";", ":", "."}:
                return None
            if word in _STATES and words[probe - 1] not in _AUXILIARIES:
                verb = probe + 1
                while verb < end and words[verb] in _FOCUS_ADVERBS:
                    verb += 1
                casualty = _match_start(words, self.lex.casualty, verb)
                if casualty is not None and casualty[1] == Category.MISSING.value:
                    return Category.MISSING
                return None
        return None

    def custody_phrase(self, words: list[str], index: int) -> int:
        """The length of a custody phrase opened by "in" at ``index``, or 0: "in custody",
        "in Iraqi custody", "in US military custody", "in Syrian Democratic Forces (SDF)
        custody", "in the custody of"; not "in the custody battle"."""
        probe = index + 1
        if words[probe : probe + 1] == ["the"]:
            probe += 1
        owners = 0
        while probe < len(words) and owners <= _CUSTODY_REACH:
            word = words[probe]
            if word in _CUSTODY:
                return probe + 1 - index if self.custody_ends(words, probe + 1) else 0
            if word == "(" and words[probe + 2 : probe + 3] == [")"]:
                probe += 3  # "(SDF)": an owner's abbreviation
                continue
            if not word.isalpha() or word in _CLAUSE_BREAKS or word in self.lex.casualty_words:
                return 0
            probe, owners = probe + 1, owners + 1
        return 0

    @staticmethod
    def custody_ends(words: list[str], index: int) -> bool:
        """Whether the custody noun ends before ``index``: "in captivity since", "in the
        custody of", not "in the custody battle"."""
        following = words[index] if index < len(words) else ""
        return (
            not following.isalpha()
            or following in _VERB_ENDS
            or following == "and"
            or following in _AUXILIARIES  # "in SDF custody are awaiting trial"
        )

    def in_camp(self, words: list[str], index: int, start: int, reading: _Reading) -> bool:
        """ "2,000 families live in a displacement camp", "are scattered in camps for the
        displaced": a count said to stay in a camp of the displaced is displaced; the verb
        of staying is any one word, but a verb must be there ("1,500 children in camps" after
        "held in prisons, along with" shares the verb before it)."""
        noun = self.lex.nouns.get(reading.counted or "")
        if noun is not None and noun.category in _NO_VICTIMS:
            return False  # "300 tents were in displacement camps"
        if words[index] != "in":
            if not words[index].isalpha() or words[index + 1 : index + 2] != ["in"]:
                return False
            index += 1  # "live in", "scattered in", "sheltering in"
        elif index == start and (index == 0 or words[index - 1] == reading.counted):
            return False  # a verb the noun phrase took in ("families live in") is still a verb
        camps, kinds = self.lex.camps, self.lex.camp_kinds
        end = min(len(words), index + 6)
        for probe in range(index + 1, end):
            word = words[probe]
            if word in camps:
                if words[probe - 1] in kinds:
                    return True  # "displacement camps", "IDP camps"
                tail = words[probe + 1 : probe + 5]
                if tail[:1] != ["for"]:
                    return False
                tail = tail[1:]
                if tail[:1] == ["the"]:
                    tail = tail[1:]
                if tail[:1] == ["internally"]:
                    tail = tail[1:]
                return tail[:1] != [] and tail[0] in kinds  # "camps for (the) displaced"
            if not word.isalpha():
                return False
        return False

    def moving(self, words: list[str], index: int, start: int) -> bool:
        """ "another 200,000 were on the move", "remain on the move": a count of people said
        to be moving, with no place to go to, is displaced (forces keep their kind)."""
        if index == start and words[index : index + 1] and words[index] in _STATES:
            index += 1  # "remain on the move": a verb of being the auxiliaries do not hold
        elif index == start or (
            words[index - 1] not in _PASSIVE and words[index - 1] not in _STATES
        ):
            return False
        return " ".join(words[index : index + 3]) in self.lex.movements

    def chained_deaths(self, words: list[str], index: int) -> Category | None:
        """ "were rounded up, shot or beheaded", "were abducted and later killed": a killing
        verb in a chain after the first casualty verb wins, as in "killing and wounding"."""
        end = min(len(words), index + _CHAIN_REACH)
        linked = False
        while index < end:
            word = words[index]
            if word in _CHAIN_LINKS:
                index, linked = index + 1, True
                continue
            if not linked:
                return None
            then = _match_start(words, self.lex.casualty, index) if word in self.starts else None
            if then is not None and then[1] == "killed":
                return Category.KILLED
            if then is None and not (
                word.endswith("ed") or (index + 1 < end and words[index + 1] in _CHAIN_LINKS)
            ):
                return None
            # another verb of the chain ("shot or beheaded"): the killing may still follow
            index, linked = index + (then[0] if then else 1), False
        return None

    def counted_victims(self, words: list[str], index: int) -> Category | None:
        """The casualty of a counted group at ``index``: "(the) 40 people killed", "19
        hostages", "the 30 wounded"; ``None`` if no count or no casualty word opens there."""
        if words[index : index + 1] == ["the"]:
            index += 1
        if index >= len(words) or not (
            words[index][:1].isdigit() or words[index] in _count_words()
        ):
            return None
        for probe in range(index + 1, min(len(words), index + 4)):
            noun = self.lex.nouns.get(words[probe])
            if noun is not None and noun.category in _CASUALTY_VALUES:
                return Category(noun.category)
            match = _match_start(words, self.lex.casualty, probe)
            if match is not None and match[1] in _CASUALTY_VALUES:
                return Category(match[1])
            if not words[probe].isalpha():
                return None
        return None

    def object_relative(
        self, words: list[str], subject: int, counted: str | None
    ) -> Category | None:
        """ "800 fighters that we captured", "two men whom they had abducted", "the four
        Americans that we lost": the object of a relative clause whose subject (at
        ``subject``) is a pronoun is the victim of its casualty verb.
        """
        verb = subject + 1
        if words[subject:verb] == [] or not self.clause_subject(words[subject]):
            return None
        if words[verb : verb + 1] in (["had"], ["have"], ["has"]):
            verb += 1
        if words[verb : verb + 1] and words[verb] in _LOSSES:
            # "the 30 games that we lost": only people are lost as lives
            return Category.KILLED if counted is not None and self.person(counted) else None
        casualty = _match_start(words, self.lex.casualty, verb)
        if (
            casualty is None
            and words[verb : verb + 1] != []
            and words[verb].isalpha()
            and words[verb + 1 : verb + 2] == ["in"]
            and self.custody_phrase(words, verb + 1)
        ):
            return Category.DETAINED  # "the 14 citizens I've met in Kurdish custody": held
        if casualty is None or tuple(words[verb : verb + casualty[0]]) in self.lex.passive_only:
            return None
        return Category(casualty[1])

    def noun_phrase_fate(self, words: list[str], index: int) -> Category | None:
        """What a phrase on a noun, ending at ``index``, says befell it: "in Kurdish custody",
        "(that) we captured"."""
        if words[index : index + 1] == ["in"] and self.custody_phrase(words, index):
            return Category.DETAINED
        if words[index : index + 1] in (["that"], ["whom"]):
            index += 1
        return self.object_relative(words, index, None)

    @staticmethod
    def clause_subject(word: str) -> bool:
        """Whether ``word`` is a pronoun that opens a clause, contracted with "have" or not:
        "we", "I've"."""
        return word in _SUBJECTS or (word.endswith("'ve") and word[:-3] in _SUBJECTS)

    def relative_object(self, prev: list[str]) -> bool:
        """ "the gunmen who killed 12 people were arrested": the count is the object of a
        casualty verb whose subject is a relative pronoun, and the verb after it is the main
        clause's, not the count's.
        """
        while prev and prev[-1] in _VERB_OBJECT_OPENERS:
            prev = prev[:-1]
        if not prev or prev[-1] not in self.ends:
            return False
        match = _match_end(prev, self.lex.casualty)
        return match is not None and prev[-match[0] - 1 : -match[0]] in (
            ["who"],
            ["that"],
            ["which"],
        )

    def main_verb(self, words: list[str], index: int) -> Category | None:
        """The casualty verb of the main clause after a relative clause, or None.

        ``index`` is at the relative clause's verb ("who were guarding the checkpoint were
        killed", "members of a family who had fled the fighting were killed"): the clause
        runs over plain words to a second finite auxiliary, whose verb is the count's own.
        """
        lex = self.lex
        for probe in range(index + 1, min(len(words), index + _RELATIVE_REACH)):
            word = words[probe]
            if word[:1].isdigit():
                continue  # "who killed 12 people were arrested": the clause's own object
            if (
                word == "as"
                and words[probe + 1 : probe + 2] != []
                and words[probe + 1] not in (_CLAUSE_BREAKS | _DETERMINERS)
            ):
                continue  # "who worked as nurses were slain": a role, not a clause of time
            if not word.isalpha() or word in _CLAUSE_BREAKS:
                return None
            if word in _FINITE and words[probe - 1] not in _AUXILIARIES:
                verb = probe
                while verb < len(words) and verb - probe < _MAX_AUX and words[verb] in _AUXILIARIES:
                    verb += 1
                casualty = _match_start(words, lex.casualty, verb) or _match_start(
                    words, lex.casualty_after, verb
                )
                if casualty is None or tuple(words[verb : verb + casualty[0]]) in lex.passive_only:
                    return None
                return Category(casualty[1])
        return None

    def skip_names(self, words: list[str], tokens: Sequence[Token], index: int) -> int:
        """Step over a list of names, with ages, between commas before a passive or casualty verb.

        "three paramedics, Ahmed, Rami and Sami, were wounded", "two drivers, Omar, 34, and
        Ali, 29, were killed": the names are the counted people, the verb after them is theirs.
        """
        if words[index : index + 1] != [","]:
            return index
        names = 0
        end = min(len(words) - 1, index + 2 * _ASIDE_REACH)
        for probe in range(index + 1, end):
            word, written = words[probe], tokens[probe].text
            if word == ",":
                after = words[probe + 1]
                if (
                    names
                    and words[probe - 1] != "and"
                    and (
                        after in _PASSIVE
                        or after in {"had", "have", "has"}
                        or _match_start(words, self.lex.casualty, probe + 1) is not None
                    )
                ):
                    return probe + 1
            elif written.isalpha() and written[:1].isupper() and word not in _AUXILIARIES:
                names += 1
            elif word != "and" and not (written.isdigit() and len(written) < 3):
                return index  # anything else is a clause, not a list of names
        return index

    def skip_aside(self, words: list[str], tokens: Sequence[Token], index: int) -> int:
        """Step over what stands between a subject and its verb.

        "15 members of the same family were killed", "50 people, mostly women and
        children, were killed", "2,000 people - many of them civilians - have died": an
        of-phrase and an aside set off by commas, dashes or brackets, when a verb follows.
        """
        lex = self.lex
        if index >= len(words) or (
            words[index] not in _PHRASE_OPENERS and words[index] not in _ASIDE_MARKS
        ):
            return index
        if lex.casualty_words.isdisjoint(words[index : index + _ASIDE_SCAN]):
            return index  # no casualty word ahead: nothing to reach past an aside
        probe = index
        for _ in range(2):
            if probe >= len(words):
                return index
            opener = words[probe]
            # "hundreds of people, including civilians have died": a comma opens the list of
            # examples and the verb, not a second comma, may close it
            including = opener == "," and words[probe + 1 : probe + 2] == ["including"]
            phrase = opener in _PHRASE_OPENERS or including  # no mark to close it
            closer = "," if phrase else _ASIDE_MARKS.get(opener)
            if closer is None:
                break
            inner = probe + 1
            limit = min(len(words), inner + _ASIDE_REACH)
            # "30 people, many of whom were sheltering there, died": a relative aside about a
            # part of them, with a verb of its own, closed by its comma
            whom = opener == "," and words[probe + 2 : probe + 4] == ["of", "whom"]
            clause = False  # inside a relative clause of the aside, whose verb is its own
            while inner < limit and (words[inner] != closer or self.digit_comma(words, inner)):
                word = words[inner]
                if word == "," or (whom and word.isalpha()):  # "of 80,000": a split number
                    inner += 1
                    continue
                if including and word in _RELATIVES:
                    return index  # ", including journalists who were executed": their verb
                if (
                    not phrase
                    and not clause
                    and word in _RELATIVES
                    and (inner > probe + 1 or opener == ",")
                ):
                    # "thousands of Oromos, a minority group that makes up a third of the
                    # population, have been jailed": the aside's noun has a clause of its own;
                    # "the two men, who lost their citizenship, are held": so has the subject
                    clause = True
                    limit = min(len(words), inner + _RELATIVE_REACH)
                    inner += 1
                    continue
                if (
                    # "10 people, all of them civilians, died": "all" opens the aside here
                    (
                        word in _AUXILIARIES
                        and not clause
                        and not (word == "all" and inner == probe + 1)
                    )
                    or word in lex.casualty_after_words
                    or _match_start(words, lex.casualty, inner) is not None
                ):
                    if opener == "with" and word not in _FINITE:
                        # "one fighter with a confirmed kill": a casualty word inside a
                        # with-phrase is its own, and "links to the group" goes on past
                        # "to": only a finite verb after the phrase opens the subject's verb
                        if word in _AUXILIARIES:
                            inner += 1
                            continue
                        return index
                    break
                if not (word.replace("'", "").isalnum() or word[:1].isdigit()):
                    return index
                # ", never picked, were left": a clause, not an aside; but "Ahmed", "Mohammed"
                # in a list of names is no participle
                if (
                    word.endswith("ed")
                    and not phrase
                    and not clause
                    and not tokens[inner].text[:1].isupper()
                ):
                    return index
                inner += 1
            if inner == probe + 1:
                return index
            if not phrase:
                if inner >= limit or words[inner] != closer:
                    return index
                inner += 1  # past the closing mark
            elif including and inner < limit and words[inner] == closer:
                inner += 1
            probe = inner
        if probe == index or probe >= len(words):
            return index
        probe = self.skip_suspicion(words, probe)
        if words[probe] in _AUXILIARIES:
            return probe
        casualty = _match_start(words, lex.casualty, probe)
        if casualty is None:
            return index
        # "59 civilians, including 15 children, died on Monday"; not "killed dozens - many
        # of them civilians - wounded several hundred": a verb with an object of its own
        following = words[probe + casualty[0]] if probe + casualty[0] < len(words) else "."
        # "200 people, most of whom were women, fled the village": flight takes a place
        place = casualty[1] in _INTRANSITIVE and following in _ACTIVE_OBJECTS
        return probe if not following.isalnum() or following in _VERB_ENDS or place else index

    def skip_suspicion(self, words: list[str], index: int) -> int:
        """Step over a participle phrase of suspicion to the finite verb after it.

        "1,000 nationals suspected of being Isis members are held", "two militants
        implicated in acts of torture, have been captured": what the subject is suspected
        of is no verb of its own; the clause's verb says what befell it.
        """
        probe = index + 1 if words[index : index + 1] == [","] else index
        if probe >= len(words) or words[probe] not in self.lex.suspicions:
            return index
        for verb in range(probe + 1, min(len(words), probe + _ASIDE_REACH + 2)):
            word = words[verb]
            if word in _FINITE:
                return verb
            if word == "," and words[verb + 1 : verb + 2] != [] and words[verb + 1] in _FINITE:
                return verb + 1
            if not word.isalnum() or word in _RELATIVES or word in _CLAUSE_BREAKS:
                return index
        return index

    @staticmethod
    def digit_comma(words: list[str], index: int) -> bool:
        """Whether the comma at ``index`` groups the digits of one number ("80,000", and
        "3,000-strong", its last group glued to the size word)."""
        if not 0 < index < len(words) - 1:
            return False
        group = words[index + 1].partition("-")[0]
        return words[index - 1].isdigit() and group.isdigit() and len(group) == 3

    def skip_coordinated(self, words: list[str], index: int) -> int:
        """Where the verb of a coordinated subject starts, or 0 if the noun is not one.

        "three women and three children were shot dead": both counts share the verb, so
        the words from "and" up to an auxiliary are stepped over; a clause or casualty word
        on the way means the two are not subjects of one verb.
        """
        if index < len(words) and words[index] == ",":
            index = self.list_end(words, index)
        if index >= len(words) or words[index] != "and":
            return 0
        lex = self.lex
        for probe in range(index + 1, min(len(words), index + 2 + _COORDINATION_REACH)):
            word = words[probe]
            if word in _AUXILIARIES:
                return probe if probe > index + 1 else 0
            if word == "in" and probe > index + 1 and self.custody_phrase(words, probe):
                return probe  # "300 men and 2,000 women in SDF custody": both are held
            if (
                probe == index + 1
                and word in _ADJECTIVE_CASUALTIES
                and self.count_noun(words[probe + 1] if probe + 1 < len(words) else "")
            ):
                continue  # "thousands of locals and displaced refugees fled": an adjective
            if _match_start(words, lex.casualty, probe) is not None:
                # "10 Marines and an unknown number of soldiers died": one verb for both,
                # unless the second part has a count of its own, with its own verb
                # ("60 dead and dozens injured": the dozens were injured, the 60 are dead)
                counts = any(
                    w[:1].isdigit() or w in _count_words() for w in words[index + 1 : probe]
                )
                return probe if probe > index + 1 and not counts else 0
            if word == "," and self.digit_comma(words, probe):
                continue  # "300 women and 2,000 children were killed": one number
            if not word.replace("-", "").isalnum() or word in lex.casualty_after_words:
                return 0
        return 0

    def list_end(self, words: list[str], index: int) -> int:
        """ "300 women, children and elderly people were killed": from the comma after the
        first noun, the index of the list's "and", or ``len(words)`` if no plain list of
        words leads to one.
        """
        for probe in range(index + 1, min(len(words), index + 2 * _COORDINATION_REACH)):
            word = words[probe]
            if word == "and":
                return probe if words[probe - 1] != "," or probe - index > 2 else len(words)
            if word != "," and (
                not word.isalpha()
                or word in _AUXILIARIES
                or word in self.lex.casualty_words
                or word in self.number_words  # "In one case, three women ...": a count of its own
            ):
                break
        return len(words)

    def read_backward(self, prev: list[str], reading: _Reading, *, linked: bool = True) -> None:
        lex = self.lex
        if linked and len(prev) > 1 and prev[-1] in _FOCUS_ADVERBS and prev[-2] in lex.links:
            prev = prev[:-1]  # "the population was just 9,500": the adverb sits in the link
        elif linked and prev[-2:] == ["into", "the"]:
            prev = prev[:-1]  # "the toll runs into the thousands": the article sits in the link
        if not prev or (linked and prev[-1] not in lex.links):
            return
        reach = _BACK_REACH
        offset = 0
        while offset < min(reach, len(prev)):
            offset += 1
            word = prev[-offset]
            if word[:1].isdigit() and self.day_of_month(prev, offset):
                reach += 3  # "the munitions fired since Dec. 5 total 922": a date, step over
                continue
            if word.isdigit() and len(word) == 4 and prev[-offset - 1 : -offset] == ["since"]:
                reach += 2  # "the death toll since 2011 runs into thousands": a year
                continue
            if word == "," and offset <= 3 and linked:
                # "the toll since 2011, when the war began, runs into": step over the aside
                opening = self.aside_start(prev, offset)
                if opening:
                    reach += opening - offset + 1
                    offset = opening
                    continue
            if word[:1].isdigit() or word in {";", "and", "but"}:
                return
            if (
                word == "there"
                and prev[-offset + 1] in _PASSIVE
                and (offset == len(prev) or prev[-offset - 1] not in lex.nouns)
            ):
                return  # "..., there are now 400": the count comes in, names no noun before
            if word in {"they", "total", "number", "figure", "it"} and linked and offset > 1:
                self.antecedent(prev[:-offset], word, reading)
                return
            if word in lex.sizes and self.size_owner(prev, offset, reading):
                return  # "the militia's strength has grown to 8,000": the militia
            noun = lex.nouns.get(word)
            if noun is not None and noun.category == "place" and offset == 2 and prev[-1] == "of":
                return  # "fled a town of 50,000": the people of the town, whoever fled it
            if noun is not None:
                offset = self.group_head(prev, offset)  # "casualties among the troops"
                word = prev[-offset]
                noun = lex.nouns[word]
                if offset < len(prev):  # "the prison population stood at": a listed compound
                    noun = lex.nouns.get(f"{prev[-offset - 1]} {word}", noun)
                singular = offset > 2 and not _looks_plural(word)  # "troop surge": singular
                head = self.phrase_owner(prev, offset, reach) if singular else 0
                if head:  # "deaths since the start of the troop surge plan were 265": deaths
                    offset, word = head, prev[-head]
                    noun = lex.nouns[word]
            elif offset < len(prev):
                # a listed compound whose head is no noun alone: "casualty figures range from"
                noun = lex.nouns.get(f"{prev[-offset - 1]} {word}")
            if noun is None and prev[-1] == "numbering" and _looks_plural(word) and word.isalpha():
                reading.counted = word  # "Kurds, numbering 30 million": whoever is numbered
                reading.noun_category = "other"
                return
            if noun is None and linked and (word in _nationals() or word in _invariant_nationals()):
                reading.counted = word  # "the number of Syrians fleeing ... passed a million"
                reading.noun_category = "other"
                reading.verb_category = reading.verb_category or self.harm_beside(prev, offset)
                return
            # "a city of 500,000": a place names where the counted live, not what is counted
            if noun is not None and noun.category not in _UNCOUNTED and noun.unit is None:
                reading.counted = noun.counted or word
                reading.noun_category = noun.category
                if noun.category in _CASUALTY_VALUES and self.harmed_noun(prev, offset, reading):
                    return  # "the number of people displaced ... has reached 1.2 million"
                if noun.category == "generic":  # "rocket systems numbering 12"
                    modifier = self.lex.nouns.get(prev[-offset - 1]) if offset < len(prev) else None
                    kind = modifier.category if modifier is not None else "other"
                    reading.noun_category = kind if kind in _KINDS_LENT else "other"
                if linked and reading.verb_category is None:
                    reading.verb_category = self.harm_beside(prev, offset)
                return

    def phrase_owner(self, prev: list[str], offset: int, reach: int) -> int:
        """The offset of the noun that owns a prepositional phrase in which the noun at
        ``offset`` is only a modifier ("civilian deaths since the start of the troop surge
        plan were 265": deaths, not troops), or 0 if there is none within reach.
        """
        at = offset + 1
        while at <= len(prev) and prev[-at] in _DETERMINERS:
            at += 1
        if at > len(prev) or prev[-at] not in _PHRASE_PREPOSITIONS:
            return 0
        if not prev[-offset + 1].isalpha() or prev[-offset + 1] in self.lex.links:
            return 0  # "the troops in the city were": the noun heads its own phrase
        for back in range(at + 1, min(len(prev), at + reach) + 1):
            word = prev[-back]
            if word[:1].isdigit() or word in {";", ",", "and", "but", ":"}:
                return 0
            if self.thing_counted(word) or (
                word in self.lex.nouns and self.lex.nouns[word].category in _CASUALTY_VALUES
            ):
                return back
        return 0

    def group_head(self, prev: list[str], offset: int) -> int:
        """ "Casualties among the troops reached 300": a known noun before "among" heads the
        phrase, and it, not the group it is among, is what the number counts (its offset)."""
        at = len(prev) - offset - 1
        while at >= 0 and prev[at] in _DETERMINERS:
            at -= 1
        if at < 1 or prev[at] != "among":
            return offset
        head = self.lex.nouns.get(prev[at - 1])
        if head is None or head.category in _UNCOUNTED or head.unit is not None:
            return offset
        return len(prev) - at + 1

    def size_owner(self, prev: list[str], offset: int, reading: _Reading) -> bool:
        """ "the militia's strength has grown to 8,000": the size of a group counts the group,
        its owner before it; whether a known noun owns it."""
        owner = prev[-offset - 1] if offset < len(prev) else ""
        if owner == "'" and offset + 1 < len(prev):
            owner = prev[-offset - 2]  # "the militias' strength"
        elif owner.endswith("'s"):
            owner = owner[:-2]
        else:
            return False
        noun = self.lex.nouns.get(owner)
        if noun is None or noun.category in _UNCOUNTED or noun.unit is not None:
            return False
        reading.counted = noun.counted or owner
        reading.noun_category = noun.category
        return True

    def harmed_noun(self, prev: list[str], offset: int, reading: _Reading) -> bool:
        """ "people displaced", "civilians wounded": a casualty word after a noun of its own
        describes that noun, which is what is counted; the casualty word gives the category."""
        if offset >= len(prev):
            return False
        owner = self.lex.nouns.get(prev[-offset - 1])
        if owner is None or owner.unit is not None or owner.category not in {"other", "personnel"}:
            return False
        harm = reading.noun_category
        reading.verb_category = Category("other" if harm in _REPORTED_OTHER else harm or "other")
        reading.counted = owner.counted or prev[-offset - 1]
        reading.noun_category = owner.category
        return True

    def harm_beside(self, prev: list[str], offset: int) -> Category | None:
        """ "the number of people killed ... rose to 37", "the count of missing people stands
        at 86": a casualty word right after or before the noun a linked number counts.
        """
        if offset > 1:
            kind = self.lex.casualty.get((prev[-offset + 1],))
            if kind is not None:
                return kind
        if offset < len(prev):
            word = prev[-offset - 1]
            kind = self.lex.casualty.get((word,))
            noun = self.lex.nouns.get(word)
            if kind is None and noun is not None and noun.category in _CASUALTY_VALUES:
                kind = Category(noun.category)  # "the number of displaced people"
            return kind
        return None

    @staticmethod
    def aside_start(prev: list[str], offset: int) -> int:
        """The offset of the comma opening an aside that ends at ``prev[-offset]``, else 0."""
        for back in range(offset + 2, min(len(prev), offset + _ASIDE_REACH) + 1):
            word = prev[-back]
            if word == ",":
                return back
            if word in {";", ":", '"'} or word[:1].isdigit():
                return 0
        return 0

    def antecedent(self, prev: list[str], word: str, reading: _Reading) -> None:
        """ "5,500 prisoners were taken ... the total may have climbed above 8,000", "its armed
        forces in Kuwait, and they now number about 160,000": the subject stands for a noun
        named before it, so that noun is counted.
        """
        if word in {"number", "numbers", "total"} and prev[-1:] == ["their"]:
            prev = prev[:-1]  # "massed troops; NATO puts their number at 100,000": theirs
        elif word in {"total", "number", "figure", "it"}:
            # only "the total", "that number" or "it" (is), and only of a figure earlier in
            # the same sentence: "4,000 children; that number has jumped to 22,000"
            owners = {"the", "that", "this"} if word != "total" else {"the"}
            if word == "it" or (prev and prev[-1] in owners):
                self.count_as_previous(reading)
            return
        for back in range(1, min(len(prev), _ANTECEDENT_REACH) + 1):
            candidate = prev[-back]
            if candidate[:1].isdigit() or candidate in {";", ":", "but", '"'}:
                return
            noun = self.lex.nouns.get(candidate)
            if noun is not None and noun.category not in {"time", "generic"} and noun.unit is None:
                if _looks_plural(candidate):
                    reading.counted = noun.counted or candidate
                    reading.noun_category = noun.category
                return

    def day_of_month(self, prev: list[str], offset: int) -> bool:
        """Whether ``prev[-offset]`` follows a month ("Dec. 5", "March 5"): a date, no count."""
        before = prev[-offset - 1] if offset < len(prev) else ""
        if before == "." and offset + 1 < len(prev):
            before = prev[-offset - 2]
        return before in self.lex.months

    def shared_verb(
        self, number: Number, sentence_start: int, follow: list[str]
    ) -> Category | None:
        """ "24 civilians died, as well as 25 rebels and 26 fighters": one verb for all three."""
        if self.last_casualty is None:
            return None
        start, end, category = self.last_casualty
        if start != sentence_start:
            return None
        gap = self.between(end, number.start)
        between = [t.text.lower() for t in gap]
        # "2,000 US soldiers have died, 10 times as many Afghan soldiers, and at least 30,000
        # civilians", "900 fighters were held in prison and 4,000 wives in camps": the list runs
        # from the first count's own casualty phrase, not from the count
        verb_at = next(
            (
                at
                for at in range(min(len(between), _OWN_VERB_REACH) - 1, -1, -1)
                if _match_start(between, self.lex.casualty, at) is not None
            ),
            -1,
        )
        # "127 by air strikes, 105 by snipers": a list of parallel items shares the verb too
        parallel = len(between) > 1 and between[-1] == "," and between[:1] == follow[:1]
        # "killed 87 people, 30 of them children", "530 dead, among them over 130 children"
        part = len(between) <= _MAX_RUN + 3 and (
            # not "10 soldiers captured, four of them interrogated": a predicate of its own
            (
                between[-1:] == [","]
                and follow[:2] == ["of", "them"]
                and not "".join(follow[2:3]).endswith("ed")
            )
            or ("among", "them") in itertools.pairwise(between)
        )
        # "fled abroad, some 500,000 to France", "were killed, 12 in Aleppo": a clause whose verb
        # is gapped keeps only its count, after a comma and a qualifier, and a place
        comma = len(between) - 1 - between[::-1].index(",") if "," in between else -1
        qualifier = tuple(between[comma + 1 :])
        gapped = (
            comma >= 0
            and follow[:1] in (["to"], ["in"], ["into"])
            and (not qualifier or qualifier in self.lex.before)
        )
        # "as well as", "as did", not "fled as 700 jihadists advanced"
        joined = {"and", "including", "plus"} & set(between) or (
            "as" in between and not {"well", "did"}.isdisjoint(between)
        )
        list_gap = len(between) - verb_at - 1 - _named_aside(gap[verb_at + 1 :])
        if list_gap > _MAX_GAP or not (
            parallel or joined or part or gapped or self.listed(between, follow)
        ):
            return None
        if ";" in between:
            return None
        if (
            between[-1].endswith(("ing", "ed"))
            and between[-1] not in _INCLUSIONS
            and between[-1] not in self.lex.casualty_words
        ):
            return None  # "Trump losing six points and Cruz gaining six": a verb of its own
        joints = [at for at, word in enumerate(between) if word in {"and", ","}]
        lead = between[joints[-1] + 1 :] if joints else []
        if (
            len(lead) >= _CLAUSE_LEAD
            and lead[0] in _NOUN_OPENERS
            and lead[-1].isalpha()
            and lead[-1].endswith("s")
            and (lead[-1],) not in self.lex.attribution  # "and the army says 30 more": reported
        ):
            return None  # "and the town guards 2,000 relatives": a subject and verb of its own
        if self.casualty_noun and "including" not in between and not part:
            return None  # "3,000 refugees and 500 soldiers crossed": the soldiers did not flee
        self.last_casualty = (start, number.end, category)
        return category

    def listed(self, between: list[str], follow: list[str]) -> bool:
        """ "lost eight relatives - parents, two aunts, two brothers": items of a plain list
        after a dash or a colon, or after the item before, share the casualty of its head."""
        if between[-1:] not in ([","], ["and"]) or _LIST_ENDS.isdisjoint(follow[1:3]):
            return False  # "..., two officials said": a clause of its own
        items = between
        for mark in (":", *_DASHES):
            if mark in between:
                items = between[between.index(mark) + 1 :]
                break
        else:
            previous = self.previous
            # "two aunts, two brothers": right after the item before
            if previous is None or previous[1] is None or previous[1] not in between[-3:]:
                return False
            items = between[between.index(previous[1]) + 1 :]
        return len(items) <= _MAX_RUN + 4 and all(
            word in {",", "and"} or (word.isalpha() and word not in _AUXILIARIES) for word in items
        )

    def read_verb_before(self, prev: list[str], reading: _Reading) -> None:
        lex = self.lex
        manner = prev[-2:] == ["in", "their"]
        if manner:
            prev = prev[:-2]  # "murdered in their thousands", "fled in their hundreds"
        elif prev[-2:] == ["by", "the"] and reading.counted and prev[-3:-2] == [reading.counted]:
            prev = prev[:-3]  # "killing civilians by the dozens": the verb before its object
        if prev[-3:] == ["a", "total", "of"]:
            prev = prev[:-3]  # "detained a total of 900 fighters": the sum is the object
        while prev and prev[-1] in _VERB_OBJECT_OPENERS:
            prev = prev[:-1]  # "killing all 298 people", "killed his three sons"
        match = None
        if prev and prev[-1] in self.ends:
            match = _match_end(prev, lex.casualty) or _match_end(prev, lex.casualty_before)
        if (
            match is not None
            and (prev[-1] in _LOSSES or prev[-1] in _HOLDS)
            and not self.person(reading.counted)
        ):
            return  # "lost 30 seats", "lost 400 jobs": a loss of things, not of lives
        if (
            match is not None
            and prev[-1] in _HOLDS
            # "hold hundreds of prisoners, and say they will free 50 of them": the noun tells
            # it, and a verb would lend its category to the next count
            and (reading.noun_category in _CASUALTY_VALUES or self.contents(prev, reading.counted))
        ):
            return
        if match is not None and prev[-1] in _LOSSES and reading.noun_category in _CASUALTY_VALUES:
            return  # "lost 300 wounded and 40 missing": a loss of the kind its noun tells
        if match is not None and match[0] == 1 and prev[-1] in _FLIGHT and not manner:
            return  # "refugees fleeing the two nations": what is fled is a place, no victim
        if match is not None:
            reading.verb_category = Category(self.first_of_list(prev[: -match[0]], match)[1])
            return
        # "killed his brother and two nieces", not "... the governor and 30 voted to": a verb
        # of the count's own
        if prev[-1:] == ["and"] and not reading.has_verb:
            for step in range(2, min(len(prev), 6)):
                word = prev[-step]
                harm = self.harm_of(prev[-step - 1]) if word == "of" and step > 2 else None
                if harm is not None:
                    # "the deaths of Ambassador Chris Stevens and three other Americans"
                    reading.verb_category = harm
                    return
                if (
                    not word.isalpha()
                    or word in _AUXILIARIES
                    or word in self.number_words
                    or word in _OBJECT_BREAKS
                ):
                    break  # "died in Syria and 30 comrades": a place, not a second victim
                match = _match_end(prev[:-step], lex.casualty) or _match_end(
                    prev[:-step], lex.casualty_before
                )
                if match is not None and self.numeral(
                    prev[-step - match[0] - 1 : -step - match[0]]
                ):
                    # "evacuated 14 injured men and 3 children": "injured" describes the men
                    # counted before; the verb before that count is what the list shares
                    match = _match_end(prev[: -step - match[0] - 1], lex.casualty)
                if match is not None:
                    reading.verb_category = Category(match[1])
                    return
        if prev[-1:] == [":"]:  # "the causes of death were: 127 by air strikes, ..."
            clause = prev[-9:-1]
            for position, word in enumerate(clause):
                noun = lex.nouns.get(word)
                # a noun ("of death:"), not a predicate ("the men were injured: one held")
                after_verb = position > 0 and clause[position - 1] in _AUXILIARIES
                if noun is not None and noun.category in _CASUALTY_VALUES and not after_verb:
                    reading.verb_category = Category(noun.category)
                    return
        if prev[-1:] and prev[-1] in _INCLUSIONS:
            # "among the dead were 14 children", "the wounded, including three journalists"
            at = len(prev) - 2
            if prev[at : at + 1] == [","]:
                at -= 1
            if at >= 1 and prev[at - 1] == "the":
                kind = lex.casualty.get((prev[at],))
                noun = lex.nouns.get(prev[at])
                if kind is None and noun is not None and noun.category in _CASUALTY_VALUES:
                    kind = Category(noun.category)
                if kind is not None:
                    reading.verb_category = kind
                    return
            among = self.among_casualty(prev)
            if among is not None:
                reading.verb_category = among
                return
        if len(prev) >= 2 and prev[-1] == "of":  # "the deaths of 14 civilians"
            noun = lex.nouns.get(prev[-2])
            if noun is not None and noun.category in _CASUALTY_VALUES:
                reading.verb_category = Category(noun.category)

    def first_of_list(self, rest: list[str], match: tuple[int, str]) -> tuple[int, str]:
        """The casualty a list of casualty verbs closed by ``match`` tells, ``rest`` the words
        before it: alternatives joined by "or" tell the first ("killed, wounded or captured
        some 520,000", as "killed or wounded"; commas join the ones before), deeds joined by
        "and" the deaths ("killing and wounding hundreds", as "abducted and later killed")."""
        if rest[-1:] == ["and"]:
            first = _match_end(rest[:-1], self.lex.casualty)
            return first if first is not None and first[1] == Category.KILLED.value else match
        joins: tuple[list[str], ...] = (["or"],)
        while rest[-1:] in joins:
            first = _match_end(rest[:-1], self.lex.casualty)
            if first is None:
                break
            match, rest = first, rest[: -1 - first[0]]
            joins = ([","],)
        return match

    def contents(self, prev: list[str], counted: str | None) -> bool:
        """Whether the count a verb of keeping at the end of ``prev`` holds is what something
        contains rather than captives: a part of something named ("holds 4.2 million of its
        shares"), the people of a camp ("the camps, which are holding 70,000 people") or
        what a thing holds ("the ward's capacity is 80, but it holds 130 patients")."""
        return (
            counted is None
            or prev[-2:-1] == ["it"]
            or not self.lex.camps.isdisjoint(prev[-_HOLDER_REACH:])
        )

    def among_casualty(self, prev: list[str]) -> Category | None:
        """ "Among the 40 people arrested were three journalists": the group named after
        "among" is a casualty group, and the count after its verb is part of it.
        """
        window = prev[-_AMONG_REACH:-1]
        if "among" not in window:
            return None
        for word in window[window.index("among") + 1 :]:
            if not word.replace(",", "").isalnum():
                return None
            kind = self.lex.casualty.get((word,))
            if kind is not None:
                return kind
        return None

    def category(self, reading: _Reading) -> Category:
        if reading.unit == "%":
            return Category.PERCENT
        if reading.unit in {"USD", "GBP", "EUR", "JPY", "RUB", "UAH"}:
            return Category.MONEY
        if reading.unit is not None and reading.noun_category in {None, "distance", "other"}:
            # "lost 1,200 sq km", "fled 30km": a measure, whatever verb governs it
            if reading.noun_category is None and (
                reading.unit in _measure_units() or reading.unit.endswith(_POWER_MARKS)
            ):
                return Category.OTHER  # "weighing 2kg", "an 84MW station", "half a square mile"
            return Category(reading.noun_category or "distance")
        if reading.verb_category is Category.DISPLACED and reading.noun_category == "personnel":
            # "10,000 troops are on the move", "3,000 troops have left the city": forces
            # that move or withdraw are no displaced people
            return Category.PERSONNEL
        verb_category = reading.verb_category
        if (
            verb_category is Category.OTHER
            and reading.noun_category is not None
            and reading.noun_category not in _CASUALTY_VALUES
        ):
            # "putting the lives of 300 soldiers on the line": a cue of no harm only undoes
            # a harm ("saved thousands of lives"); the soldiers keep their own kind
            verb_category = None
        if verb_category is not None and reading.noun_category not in _NO_VICTIMS:
            return verb_category
        if reading.noun_category in _REPORTED_OTHER:
            return Category.OTHER
        if reading.noun_category is not None and reading.noun_category != "time":
            return Category(reading.noun_category)
        if reading.unit is not None:
            return Category.DISTANCE
        return Category.OTHER

    # -- who gives it --------------------------------------------------------------------------

    def estimator(self, number: Number, lower: int, upper: int) -> str | None:
        """The actor the sentence credits with the figure: the strongest cue, then the nearest."""
        if not self.attributing(lower, upper):
            return None
        lower = max(lower, number.start - _ATTRIBUTION_REACH)
        upper = min(upper, number.end + _ATTRIBUTION_REACH)
        first = bisect.bisect_left(self.mention_starts, lower)
        best: tuple[int, int, str] | None = None
        for position in range(first, len(self.mentions)):
            mention = self.mentions[position]
            if mention.span.start >= upper:
                break
            if mention.span.end > upper:
                continue
            if mention.span.start < number.end and number.start < mention.span.end:
                continue
            weight = self.weights.get(position)
            if weight is None:
                weight = self.mention_weight(position)
            if weight == 0:
                continue
            distance = min(
                abs(mention.span.start - number.end), abs(number.start - mention.span.end)
            )
            candidate = (-weight, distance, mention.actor_id)
            if best is None or candidate < best:
                best = candidate
        return best[2] if best else None

    def attributing(self, lower: int, upper: int) -> bool:
        """Whether the sentence ``lower..upper`` holds the first word of an attribution
        phrase: without one, no mention in it weighs anything (a check in C, once a sentence,
        that spares reading the words around each of its mentions)."""
        known = self.attributions.get(lower)
        if known is None:
            first = bisect.bisect_left(self.token_starts, lower)
            last = bisect.bisect_right(self.token_ends, upper, lo=first)
            known = not self.lex.attribution_words.isdisjoint(self.lowers[first:last])
            self.attributions[lower] = known
        return known

    def mention_weight(self, position: int) -> int:
        """The attribution weight of mention ``position``, worked out once per mention."""
        cached = self.weights.get(position)
        if cached is not None:
            return cached
        span = self.mentions[position].span
        lower, upper = self.sentence_bounds(span.start)
        # up to four tokens on each side, of those doc.tokens_between() finds within reach
        starts, ends = self.token_starts, self.token_ends
        first = bisect.bisect_left(starts, max(lower, span.start - _LEAD_REACH))
        last = bisect.bisect_right(ends, min(upper, span.end + _APPOSITION_REACH), lo=first)
        if self.lex.attribution_words.isdisjoint(self.lowers[first:last]):
            # every word the cues below read lies in this stretch: without the first word
            # of an attribution phrase there, none of them can match
            self.weights[position] = 0
            return 0
        first = bisect.bisect_left(starts, span.end)
        last = bisect.bisect_right(ends, min(upper, span.end + 40), lo=first)
        follow = list(self.lowers[first : min(last, first + 4)])
        first = bisect.bisect_left(starts, max(lower, span.start - 40))
        last = bisect.bisect_right(ends, span.start, lo=first)
        first = max(first, last - 4)
        if last - first > 1 and self.token_texts[last - 1][:1].isupper():
            last -= 1  # "according to Kurdish officials": a modifier
        lead = list(self.lowers[first:last])
        weight = self.attribution_weight(lead, follow) if self.may_attribute(lead, follow) else 0
        if weight == 0 and follow[:1] == [","]:
            # "Rawi, said that", "The Observatory, a monitoring group, estimates that"
            wider = self.between(span.end, min(upper, span.end + _APPOSITION_REACH))
            commas = [i for i, token in enumerate(wider) if token.text == ","]
            for comma in commas[:2]:
                after = list(map(str.lower, map(_TEXT, wider[comma + 1 : comma + 5])))
                weight = self.attribution_weight(lead, after)
                if weight:
                    break
        self.weights[position] = weight
        return weight

    def may_attribute(self, lead: list[str], follow: list[str]) -> bool:
        """Whether :meth:`attribution_weight` may find a cue: most mentions have none near."""
        if follow and (follow[0] in self.starts or follow[0] in _FILLERS):
            return True
        return bool(lead) and (
            lead[-1] in self.ends or lead[-1] in _DETERMINERS or lead[-1] == "by"
        )

    def attribution_weight(self, lead: list[str], follow: list[str]) -> int:
        """How strongly the words around a mention make it the figure's source (0: not)."""
        table = self.lex.attribution
        weight = 0
        for skip in range(min(3, len(follow))):
            match = _match_start(follow, table, skip) if follow[skip] in self.starts else None
            if match is not None:
                weight = _WEIGHTS.get(match[1], 0) if match[1] != "according" else 0
                break
            if follow[skip] not in _FILLERS:
                break
        while lead and (lead[-1] in _DETERMINERS or lead[-1] == "by"):
            lead = lead[:-1]
        match = _match_end(lead, table) if lead and lead[-1] in self.ends else None
        if match is not None:
            size, kind = match
            opener = lead[-size - 1] if len(lead) > size else ","
            # "..., said the UN" names the source; "NATO said Russia has ..." does not.
            if kind != "say" or opener in {",", '"', "'"}:
                weight = max(weight, _WEIGHTS.get(kind, 0))
        return weight

    def build(
        self,
        number: Number,
        index: int,
        *,
        reading: _Reading,
        category: Category,
        lower: int,
        upper: int,
    ) -> Figure:
        qualifier = reading.qualifier
        value = number.value
        low: float | None
        high: float | None
        if qualifier is None:
            if number.vague:
                qualifier, low, high = Qualifier.VAGUE, number.low, number.high
            elif number.high is not None:
                qualifier, low, high = Qualifier.RANGE, number.low, number.high
            else:
                qualifier, low, high = Qualifier.EXACT, value, value
        elif qualifier is Qualifier.AT_LEAST:
            low, high = value, None
        elif qualifier is Qualifier.AT_MOST:
            value = number.high if number.high is not None and not number.vague else value
            low, high = None, value
        else:
            low = high = None
        return Figure(
            id=f"f{index}",
            span=self.doc.span(number.start, number.end),
            value=value,
            qualifier=qualifier,
            category=category,
            low=low,
            high=high,
            # Money, distances and shares name no counted thing: "salaries of $500" is not
            # a count of the soldiers paid.
            counted=None if category.value in _MEASURES else reading.counted,
            unit=reading.unit,
            estimated_by=self.estimator(number, lower, upper),
        )


def _bare_quantifier(number: Number) -> bool:
    """ "a few", "several", "a handful": a quantifier, not a magnitude ("a few thousand")."""
    return (
        number.vague
        and number.value < _QUANTIFIER_CEILING
        and number.text.lower().startswith(_QUANTIFIER_STARTS)
    )


def _shared_units(doc: Text, numbers: Sequence[Number]) -> list[Number]:
    """ "(95, 90, and 162km south-east)": the unit of a list's last number serves them all.

    Only measure units (distances, percentages) are shared, never a currency sign; a
    percentage also serves the share before a dash ("a divided 44 - 42 percent", "44-42 percent").
    """
    shared = list(numbers)
    normalized = doc.normalized
    nouns = _lexicon().nouns
    for position in range(len(shared) - 2, -1, -1):
        number, following = shared[position], shared[position + 1]
        if number.unit is not None:
            continue
        if following.unit is None:
            # "fifty-five and thirty-five miles": the unit word after the last number
            word = _NEXT_WORD.match(normalized, following.end)
            noun = nouns.get(word[1]) if word is not None else None
            if noun is not None and noun.unit in _SHARED_UNITS:
                following = attrs.evolve(following, unit=noun.unit)
        if following.unit not in _SHARED_UNITS:
            continue
        if _LIST_GAP.fullmatch(normalized, number.end, following.start) or (
            following.unit == "%"
            and number.value <= WHOLE_SHARE  # not "killed 300 - 40 percent of them children"
            and _SHARE_DASH.fullmatch(normalized, number.end, following.start)
        ):
            shared[position] = attrs.evolve(number, unit=following.unit)
    return shared


def _merge_repeated(doc: Text, numbers: list[Number]) -> list[Number]:
    """ "hundreds and hundreds", "thousands upon thousands": one magnitude, said with weight."""
    merged: list[Number] = []
    for number in numbers:
        first = merged[-1] if merged else None
        if (
            first is not None
            and first.vague
            and number.vague
            and first.value == number.value
            and doc.normalized[first.end : number.start].strip().lower() in {"and", "upon"}
        ):
            merged[-1] = attrs.evolve(
                first, end=number.end, text=doc.original[first.start : number.end]
            )
        else:
            merged.append(number)
    return merged


def _shared_nouns(doc: Text, figures: list[Figure]) -> list[Figure]:
    """ "in groups of nine, fifteen, eighteen aircraft", "Cruz won 12, 15 and 20 delegates": a
    bare number listed before one that counts a noun counts that noun too.

    A number with no unit that counts nothing, or only the noun of an "of" before it ("groups
    of nine"), and is joined to the next figure by a comma or "and", takes that figure's noun
    (one the lexicon knows or a plural, with no unit) and kind, unless the noun is a casualty
    word or a casualty of its own tells another fate ("killed 12 and 20 soldiers were
    wounded"); one after "the" opens no list ("Of the 12, 10 soldiers died").
    """
    shared = list(figures)
    original = doc.original
    nouns = _lexicon().nouns
    for position in range(len(shared) - 2, -1, -1):
        figure, following = shared[position], shared[position + 1]
        counted = following.counted
        if counted is None or figure.unit is not None or following.unit is not None:
            continue
        noun = nouns.get(counted)
        if (noun is None and not _looks_plural(counted)) or (
            noun is not None and noun.category in _CASUALTY_VALUES
        ):
            continue
        lead = original[max(0, figure.span.start - _LIST_LEAD) : figure.span.start].lower()
        if figure.counted is not None and not lead.endswith(f"{figure.counted} of "):
            continue
        if lead.endswith("the ") or (
            figure.category in _CASUALTIES and figure.category is not following.category
        ):
            continue
        if _LIST_GAP.fullmatch(original, figure.span.end, following.span.start):
            shared[position] = attrs.evolve(figure, counted=counted, category=following.category)
    return shared


def find_figures(doc: Text, actors: ActorTable) -> tuple[Figure, ...]:
    """Return the figures of ``doc``, with ids ``f1``, ``f2``, ... in text order.

    ``actors`` gives the mentions that ``estimated_by`` links a figure to.
    """
    context = _Context(doc, actors)
    figures: list[Figure] = []
    for number in _merge_repeated(doc, _shared_units(doc, find_numbers(doc))):
        figure = context.figure(number, len(figures) + 1)
        if figure is not None:
            figures.append(figure)
    return tuple(_shared_nouns(doc, figures))


def extract_figures(text: str) -> tuple[Figure, ...]:
    """Return the figures reported in ``text``: value, bounds, what is counted, who gives it.

    Example:
        >>> figure = extract_figures("At least 14 civilians were killed on Monday.")[0]
        >>> (figure.value, str(figure.qualifier), figure.counted, str(figure.category))
        (14.0, 'at_least', 'civilians', 'killed')

    .. versionadded:: 0.1.0
    """
    doc = Text(text)
    return find_figures(doc, find_actors(doc))
