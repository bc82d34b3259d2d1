"""Military deployments: who moved which forces where, when, per whom.

A deployment is read from a *trigger* ("massing", "deployed", "withdrawal", "build-up",
"presence", "exercises", ...) that has armed forces nearby (a force word such as "troops" or
"military", or a piece of equipment), or that moves from or to a named place. Around the trigger,
within its clause, the extractor reads the deploying actor (a demonym or possessive on the forces,
"Russian troops", "Russia's build-up"; otherwise the nearest actor to the left that is not the
speaker), the location (the first place phrase after the trigger: "on the border with Ukraine",
"along Ukraine's border", "in Crimea"), the equipment (from the equipment lexicon, with counts),
the personnel figure, the time, the modality cue before the trigger and the source (the speaker
of the statement whose content holds the trigger). Mentions of the same movement (same actor,
action, both denied or neither, compatible places; or a bare "the build-up") are gathered into one
:class:`~conflictparse.model.MilitaryDeployment`, whose evidence lists every span used.

A demonym before a withdrawal noun names the place left, not the mover, when the article puts
forces on that country's soil ("US troops in Syria ... the Syrian withdrawal"); otherwise it is
the mover ("the Israeli withdrawal from Gaza"). Forces described rather than named ("US-backed
fighters", "government troops" whose state is not clear) have no actor.

Forces named with their place and no movement word ("the 2,000 US troops in Syria") are read
as a presence when a country or group owns them in the same noun phrase, unless they are named
as a target or casualty, or are the forces a reported movement brought to that place.

A state's bases with their place are its presence ("Russia maintains a naval base in
Tartus"), unless attacked or named as a destination. A state (or its leader, as the subject)
withdrawing with nothing after the verb but an adverb, a time or "the war" ("Trump wants to
pull out entirely", "the US quit in 2011") withdraws its forces, with no place.

All the vocabulary is data: ``lexicon/deployment_triggers.tsv`` and ``lexicon/equipment.tsv``.
Work per trigger is bounded by fixed token windows, so the time is linear in the text length;
one set lookup per token finds the triggers and the force and equipment words. Most texts have
trigger words ("move", "has", "in place") but no forces near them: a trigger is read only when
forces or equipment stand in its reach, or a named place may stand in for them ("a presence in
Idlib", "withdraw from Syria"), and a text with no such trigger stops after that scan, before
the earlier stages' results are indexed (only in token windows around the triggers read).
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import math
import operator
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from conflictparse._published import coerce_date
from conflictparse.extract.actors import (
    ActorTable,
    arabic_article_name,
    country_name,
    country_of_adjective,
    demonyms,
    find_actors,
    is_ordinal,
)
from conflictparse.extract.figures import find_figures
from conflictparse.extract.numbers import find_numbers
from conflictparse.extract.statements import find_statements
from conflictparse.extract.times import find_times
from conflictparse.lexicon import load_table
from conflictparse.model import (
    Action,
    Actor,
    ActorKind,
    Category,
    Equipment,
    Figure,
    Location,
    MilitaryDeployment,
    Modality,
    Polarity,
    Span,
    Statement,
    TimeExpression,
)
from conflictparse.text import Text

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Iterator, Mapping, Sequence

    from conflictparse.extract.actors import Mention
    from conflictparse.text import Token

__all__ = ["extract_deployments", "find_deployments"]

# Grammar words, not vocabulary: determiners that make a bare trigger noun refer back to a
# movement already named ("the build-up"), and pronouns that stand for an actor.
_BACK_REFERENCE = frozenset({"the", "this", "that", "such", "these", "those"})
_PRONOUNS = frozenset(
    {"it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "another"}
)
_PHRASE_LINKS = frozenset({"with", "of"})
_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before"})  # open another clause
_COMPARED = frozenset({"many", "much", "few", "little", "long", "far", "high", "large", "well"})
_NOUN_LINKS = frozenset({"for", "of", "about", "on", "over"})
# Trigger forms that only count with forces in a fixed place (see the lexicon's header).
_RESTRICTED = frozenset({"light", "object", "subject", "vacate", "purpose", "join"})
_STATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "inside", "within", "near", "along", "off", "around", "outside"}
)
_FROM = frozenset({"from", "out"})
_RETREAT_TO = frozenset({"to", "towards", "toward", "into", "across", "through"})
_LEAVING = _FROM | _RETREAT_TO  # "withdraw from Syria", "retreated to Baghuz": one scan
_STAYING = frozenset({Action.PRESENCE})
_GROWING = frozenset({Action.BUILD_UP, Action.REINFORCEMENT})
_INTENDED = frozenset({Modality.PLANNED, Modality.POSSIBLE})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})  # a person's name follows, not a place
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_OWNING = frozenset({"its", "their"})  # possessive pronouns that may own placed forces
_HELD = frozenset({"personnel", "site"})  # force values that hold a place: troops, a base
_SENTENCE_ENDS = frozenset({".", "?", "!"})
_CLAUSE_ENDS = _SENTENCE_ENDS | {",", ";"}
# what may follow a verb of staying and its "there": the clause's end, or how long the forces
# stay, which leaves the place before it whole ("stay there, officials said", "there until 2021")
_STAY_ENDS = _CLAUSE_ENDS | {"until", "till", "through"}
# ", which" / ", who" open a clause about the name before the comma, which is its verb's
# subject ("Hezbollah, which is based in southern Lebanon")
_RELATIVE_OPENERS = frozenset({(",", "which"), (",", "who")})
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "to"})
_AUXILIARIES = frozenset(
    {"will", "would", "could", "may", "might", "can", "should", "not", "have", "has", "had", "to"}
)
# how far from its forces a restricted trigger may stand: "have" ... "troops" (_light_forces),
# "troops" ... "left" (_SUBJECT_REACH), "increase the number of troops" (_OBJECT_REACH)
_RESTRICTED_REACH = 8
_COUNT_WORDS = frozenset({"tens", "hundreds", "thousands", "dozens", "scores"})
_LIGHT_REACH = 11  # how far a light verb's forces may follow it: "has 8,000 to 10,000 fighters"
# Prepositions whose object is not the subject of what follows: "the invasion of Kuwait and
# its build-up" means Iraq's build-up, "talks with Baghdad over redeploying" the US's.
_OBJECT_MARKERS = frozenset(
    {"of", "with", "against", "to", "into", "from", "in", "on", "at", "for"}
)
# ... and, for the antecedent of a pronoun, "over" too: "In the war over Kuwait, he commanded a
# garrison" is not Kuwait's ("concern over US troops in Syria" still places them).
_ANTECEDENT_MARKERS = _OBJECT_MARKERS | {"over"}
_QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
_HARD_BOUNDARIES = frozenset({";", ":", "(", ")", "[", "]", "\u2013", "\u2014", "--", "|"})

# Bounded token windows keep the work per trigger constant, whatever the sentence length.
_LEFT = 25  # how far left of a trigger the actor and clause start are sought
_RIGHT = 25  # how far right the location and equipment are sought
_FORCE_BEFORE = 4  # force cue window before the trigger
_FORCE_AFTER = 8  # ... and after it
_NAVY_REACH = 60  # how far from a warship its navy may be named (this sentence or the last)
_MODALITY_WINDOW = 10
# "called for an emergency Security Council meeting in Geneva to remove U.S. forces": a call
# reaches over its clause
_DEMAND_REACH = 2 * _LEFT
_DEMAND_WINDOW = 6
_NEAR = 5  # an auxiliary or negation this close to the trigger modifies it
_JOIN = 8  # triggers this close in one clause describe one movement
_FRAME_CHARS = 16  # "on Monday" before a speaker's name dates the saying
_MAX_JOINED = 3  # ... but a list of movements is not one
_PLACE_WORDS = 8  # longest location phrase after its preposition
# words a subject may take between ", where" and its verb ("where the outlawed Kurdish group the
# PKK is based")
_WHERE_SUBJECT = 8
_ONWARD_REACH = 6  # how far after where forces are the place they are sent "to" is sought
_ONWARD = frozenset({"to", "into"})
_GAP = "*"  # in a trigger phrase: a short object naming forces ("pull * out": "pull US troops out")
_PARTICIPANTS = 12  # how far before "take part in exercises" its forces may stand
_GAP_WIDTH = 6  # how far a split verb's particle may follow it
_BACK_SENTENCES = 4  # how far back a bare "the build-up" may refer
_COREFERENCE = 200  # how many tokens back "the paratroopers" may find "Russian paratroopers"
_COORDINATION = 16  # how far a list of actors ("Egypt, Syria, Morocco and ...") may reach
_MAX_COUNT = 10_000_000  # more pieces of equipment than this is a misreading
_NUMBER_CONTEXT = 4  # tokens before equipment the number grammar sees: "a UAZ 469 vehicle"
_DEFENDERS = 6  # how far forces may follow "defended by": "by about 400 hardcore Isis members"
_APPOSED_WORDS = 3  # describing words in "NAME, the multi-ethnic secular forces in"
_OWNED_PAIR = 6  # "the group's loss of territory and retreat": the owner of two nouns
_RELATIVES = frozenset({"which", "who", "whose"})
_RELATIVE_WORDS = _RELATIVES | {"that"}  # open a clause inside a place phrase: "the area that"
_CLAUSE_WORDS = frozenset({"and", "or", "but", "which", "who", "that", "than"})
# "the Syrian regime", "Syria's government": the state a bare "regime forces" belongs to
_GOVERNMENT = regex.compile(r"\b([A-Z][a-z]+)(?:'s)? (?:government|regime)\b")
_DIGITS = regex.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d,.])\d+(?![\d])")
# How far from a trigger its reading may look: the clause and joined triggers, then a
# pronoun's antecedent or "the paratroopers" named before (``_COREFERENCE``) on the left.
_REACH_BACK = 3 * _LEFT + 20
_REACH_BACK_FAR = _COREFERENCE + _REACH_BACK  # only for forces named again ("the paratroopers")
_REACH_AHEAD = _MAX_JOINED * (_JOIN + 4) + 2 * _RIGHT + 20
_NO_PHRASES: dict[str, tuple[tuple[tuple[str, ...], _Entry], ...]] = {}
# Prepositions that put forces somewhere with no movement word: "US troops in Syria", "troops close
# to the border".
_AT = frozenset({"in", "inside", "outside", "on", "near", "close", "along", "at"})
_SET_OFF = _AT | {"north", "south", "east", "west", "outside", "close"}  # after a comma
_BACKERS = frozenset({"backed", "supported", "sponsored", "allied", "aligned"})
_HOSTING = frozenset({"in", "from", "into", "of", "inside"})  # "troops in Syria", "out of Syria"
_DASHES = frozenset({"\u2013", "\u2014", "--"})
_DASHED = 8  # longest aside between dashes, with its closing dash
_ASIDE = 10  # longest aside between a subject and its verb ("members, most of them ..., have")
_FRONTED = 12  # longest phrase of time or place opening a sentence before its comma
_CONJOINED_REACH = 16  # how far before "and ... moved" the forces heading its clause may stand
# words opening a clause inside a sentence, after which its subject stands
_OPENERS = frozenset({"how", "that", "as", "when", "while", "after", "since", "because", "where"})
_SUBJECT_REACH = 6  # "the fighters in Syria had not left": how far before "left" its forces stand
_RAISED_REACH = 7  # "troops are still thought to have been moved": a raised subject's reach
_SUBJECT_FORMS = frozenset({"subject", "vacate"})
_ALTERNATIVES = frozenset({"or", "but", "instead", "rather"})
_GOVERNED = frozenset({"government", "regime"})  # a side that is a state's own forces
_STILL = frozenset({"now", "still", "already", "currently"})  # "troops still in Syria"
_STAYED = frozenset({"left"})  # "militants left in Raqqa": forces still there, a participle
_IS = frozenset({"is", "are", "was", "were"})  # "2,000 US troops are in Syria"
_PROGRESSIVE = _IS | {"be", "been"}  # "tanks were moving": the -ing verb has its own subject
_FIRST_PERSON = frozenset({"we", "our"})  # in someone's words, the speaker's side
# a state's possessive, and at most one describing word, right before a name: "Iraq's vaunted "
_POSSESSOR_BEFORE = regex.compile(r"(?:'s|’s)(?: [a-z]+)? $")
_SIDES = frozenset({ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.GROUP})  # who says "we"
_ALIAS_WORDS = 4  # the longest name in brackets after another: "(Kurdistan Workers' Party)"
_OPENING_BRACKET = {")": "(", "]": "["}  # of each closing bracket
# words from "are" to the forces after it: "In Tanf are some 200 US troops" (a number's
# comma is a word)
_INVERTED_REACH = 8
# English demonyms in these endings are also plural nouns for the people: "the French",
# "the Dutch", "the British", "the Japanese", "the Swiss" (but "the Russians", "the Iraqis")
_OWN_PLURAL_ENDINGS = ("ch", "sh", "ese", "ss")
# what may stand right before "both sides" when they are the subject ("..., and both sides
# withdrew"), not their owner ("Troops from both sides")
_BEFORE_SIDES = _CLAUSE_ENDS | {"and", "but"}
_HEADINGS = frozenset({"direction", "directions", "bearing", "heading"})
_WHERE_MOVES = frozenset(
    {Action.DEPLOYMENT, Action.WITHDRAWAL, Action.BUILD_UP, Action.REINFORCEMENT}
)
_A = frozenset({"a", "an", "its", "their"})
_RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
_USING = frozenset({"using", "used", "uses", "use"})  # "using the hospital as a base"
_HAVING = _IS | {"has", "have", "had"}  # "there was a base for", "they have a base for"
# prepositions the place lexicon lacks, which open no object: "held ... against Isis"
_LINKING = frozenset({"against", "amid", "despite", "under", "without", "during", "until"})
# links after which a gerund shares its clause's subject: "fought off attacks before retreating"
_GERUND_LINKS = frozenset({"before", "after"})
_FORECAST = frozenset({"expected"})  # a raising verb that plans rather than states
_OBLIGATION = frozenset({"must", "should"})  # a demand, unless the mover's own voice says it
_OBJECT_PRONOUNS = frozenset({"him", "us", "you", "me", "themselves", "itself"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})  # "were left"
# Before forces, these make them the object of something done to or with them.
_TARGET_MARKERS = (_OBJECT_MARKERS - {"of"}) | {"by"}
_LANDING = frozenset({Action.DEPLOYMENT, Action.PRESENCE})  # "They arrived in", "They are in"
_ARRIVALS = frozenset({Action.DEPLOYMENT, Action.BUILD_UP, Action.REINFORCEMENT, Action.EXERCISE})
_ARRIVAL_VALUES = frozenset(action.value for action in _ARRIVALS)
_HELD_IN = frozenset({"in", "inside", "from"})  # where forces stood before they left
_TITLE_WORDS = 6  # how far before a name its description starts ("GOP frontrunner Trump")
_OBJECT_REACH = 5  # how far an object-form trigger's forces may be: "increase the number of troops"
_PARTITIVE_REACH = 3  # how long "a small number of" may be before its "of"
_SCAN = 40  # how many of the latest deployments a mention may join (bounds the work)
# Bounds of where a trigger's forces may be named, for the cheap check before reading it: the
# force windows, widened by joined triggers and by forces before a participle or a place.
_ARMED_BEFORE = _NEAR + _PLACE_WORDS + 3  # forces, their place, auxiliaries, the verb
_ARMED_AFTER = _FORCE_AFTER + 1
_TEXT_OF = operator.itemgetter(2)
_MENTION_START = operator.attrgetter("span.start")
_LONGEST_NAME = 200  # characters
_MODALITY_RANK = {Modality.DENIED: 3, Modality.POSSIBLE: 2, Modality.PLANNED: 1}


@attrs.frozen
class _Entry:
    kind: str
    value: str
    form: str


@attrs.frozen
class _Lexicon:
    """Phrases keyed by their first word, longest first, per kind."""

    phrases: dict[str, dict[str, tuple[tuple[tuple[str, ...], _Entry], ...]]]
    equipment: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    generic: frozenset[str]
    starts: frozenset[str]  # first words of triggers, force words and equipment: the scan's keys
    armed: frozenset[str]  # first words of force words and equipment
    # the second words of triggers that have no one-word phrase: most "in" are not "in place"
    seconds: dict[str, frozenset[str]]
    restricted: frozenset[str]  # first words of restricted triggers only ("has", "remain")
    staying: frozenset[str]  # first words of subject-form presence triggers ("entrenched")
    led: dict[str, frozenset[str]]  # second word -> the prepositions that open a trigger with it
    multiword_forces: frozenset[str]  # first words of force phrases of two or more words
    # one-word equipment that is also a firm's name ("Carrier", the air-conditioner maker)
    firm_names: frozenset[str] = frozenset()


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return (word, word + "s", word[:-1] + "ies")
    return (word, word + "s", word + "es")


@functools.cache
def _lexicon() -> _Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
    for row in load_table("deployment_triggers"):
        words = tuple(row[0].lower().split())
        entry = _Entry(
            kind=row[1], value=row[2] if len(row) > 2 else "", form=row[3] if len(row) > 3 else ""
        )
        phrases.setdefault(words[0], []).append((words, entry))
    equipment: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    generic = frozenset(row[1] for row in load_table("equipment") if row[2:3] == ("generic",))
    firm_names = frozenset(row[0] for row in load_table("equipment") if row[2:3] == ("firm",))
    for row in load_table("equipment"):
        words = tuple(row[0].lower().split())
        for last in _plurals(words[-1]):
            variant = (*words[:-1], last)
            equipment.setdefault(variant[0], []).append((variant, row[1]))
    # Per kind, then per first word, longest phrase first: a token is looked up only for the
    # kinds a rule asks about, and most tokens are never asked about at all.
    by_kind: dict[str, dict[str, tuple[tuple[tuple[str, ...], _Entry], ...]]] = {}
    for key, value in phrases.items():
        for words, entry in sorted(value, key=lambda item: -len(item[0])):
            table = by_kind.setdefault(entry.kind, {})
            table[key] = (*table.get(key, ()), (words, entry))
    # A trigger opened by a preposition ("in place") is found from its second word, as most
    # "in" open no trigger and the scan should not stop at each.
    preps = frozenset(by_kind.get("prep", {}))
    led_by = {
        key: value
        for key, value in by_kind.get("action", {}).items()
        if key in preps and all(len(words) > 1 and words[1] != _GAP for words, _ in value)
    }
    seconds_of: dict[str, set[str]] = {}
    for key, led_phrases in led_by.items():
        for words, _ in led_phrases:
            seconds_of.setdefault(words[1], set()).add(key)
    led = {key: frozenset(value) for key, value in seconds_of.items()}
    return _Lexicon(
        phrases=by_kind,
        equipment={
            key: tuple(sorted(value, key=lambda item: -len(item[0])))
            for key, value in equipment.items()
        },
        generic=generic,
        firm_names=firm_names,
        starts=(frozenset(by_kind.get("action", {})) - frozenset(led_by))
        | frozenset(by_kind.get("force", {}))
        | frozenset(equipment)
        | frozenset(led),
        led=led,
        armed=frozenset(by_kind.get("force", {})) | frozenset(equipment),
        multiword_forces=frozenset(
            key
            for key, value in by_kind.get("force", {}).items()
            if any(len(words) > 1 for words, _ in value)
        ),
        staying=frozenset(
            key
            for key, value in by_kind.get("action", {}).items()
            if any(entry.form == "subject" and entry.value == "presence" for _, entry in value)
        ),
        restricted=frozenset(
            key
            for key, value in by_kind.get("action", {}).items()
            if all(entry.form in _RESTRICTED for _, entry in value)
        ),
        seconds={
            key: frozenset(words[1] for words, _ in value)
            for key, value in by_kind.get("action", {}).items()
            if all(len(words) > 1 and words[1] != _GAP for words, _ in value)
        },
    )


@functools.lru_cache(maxsize=8192)
def _country_of_adjective(word: str) -> str | None:
    # Capitalised words repeat across and within articles; the answer depends on the word only.
    return country_of_adjective(word)


@functools.cache
def _grammar(value: str) -> frozenset[str]:
    """Grammar words of the trigger lexicon (kind ``grammar``) with this value."""
    return frozenset(
        row[0] for row in load_table("deployment_triggers") if row[1:3] == ("grammar", value)
    )


@functools.cache
def _communities() -> frozenset[str]:
    """Lower-case adjectives naming a community rather than a state ("kurdish", "shia"), from
    the actors' group nouns table."""
    return frozenset(row[0].lower() for row in load_table("groupnouns") if row[1:2] == ("ethnic",))


@functools.cache
def _force_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("deployment_triggers") if row[1] == "force")


@functools.cache
def _civilian_table() -> dict[str, frozenset[str]]:
    """The civilian-body table by kind: "civilian" name phrases, "people" force words."""
    table: dict[str, set[str]] = {"civilian": set(), "people": set()}
    for row in load_table("deployment_civilian"):
        if len(row) > 1 and row[1] in table:
            table[row[1]].add(row[0])
    return {kind: frozenset(words) for kind, words in table.items()}


def _community_demonym(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` names a community ("arab", "kurdish") and a state's
    demonym stands right before it ("Syrian Arab", not "Syria's Kurdish")."""
    if index < 1 or context.words[index] not in _communities():
        return False
    span = context.actor_span.get(index - 1)
    actor = context.actors.get(context.actor_at.get(index - 1, ""))
    return (
        span is not None
        and actor is not None
        and actor.kind == ActorKind.COUNTRY
        and span.text.lower() in demonyms()
    )


def _civilian_body(actor: Actor) -> bool:
    """Whether an organisation is a civilian body ("the State Department", "the Red Cross"),
    whose people abroad are diplomats or aid workers, not forces."""
    if actor.kind != ActorKind.ORGANIZATION:
        return False
    words = actor.name.lower().split()
    phrases = _civilian_table()["civilian"]
    # names are a few words long: every run of one to six words is looked up
    return any(
        " ".join(words[first:last]) in phrases
        for first in range(len(words))
        for last in range(first + 1, min(len(words), first + 6) + 1)
    )


def _civilian_staff(context: _Context, mention: _Mention) -> bool:
    """Whether a mention's only forces are a civilian body's people: "the state department
    ... its personnel in Syria" is no presence; "the defence ministry's personnel" still is."""
    actor = context.actors.get(mention.actor or "")
    if actor is None or mention.equipment or not _civilian_body(actor):
        return False
    people = _civilian_table()["people"]
    forces = [
        index
        for span in mention.evidence
        for index in range(*context.token_range(span.start, span.end))
        if context.hit("force", index) is not None
    ]
    return all(context.words[index] in people for index in forces)


@functools.cache
def _unit_designations() -> frozenset[str]:
    """Words ending the name of a state's unit ("air refueling wing", "national guard")."""
    rows = load_table("deployment_units")
    return frozenset(row[0] for row in rows if row[2] in {"numbered", "regional"})


@functools.cache
def _troop_words() -> frozenset[str]:
    """Force words naming a body of troops ("forces", "army"), not a modifier ("military")."""
    rows = load_table("deployment_triggers")
    return frozenset(row[0] for row in rows if row[1] == "force" and row[2] == "personnel")


class _Hit(NamedTuple):
    """A lexicon phrase found at tokens ``start..end`` (exclusive).

    A named tuple, as a few hundred are made per article and it is built fastest.
    """

    start: int
    end: int
    kind: str
    value: str
    form: str


@attrs.frozen
class _Mention:
    """One trigger (or a few close ones) with the parts read around it."""

    start: int  # token indices
    end: int
    sentence: int
    action: Action
    actor: str | None
    back_reference: bool
    modality: Modality
    location: Location | None
    equipment: tuple[Equipment, ...]
    personnel: str | None
    time: str | None
    source: str | None
    evidence: tuple[Span, ...]  # the triggers, the actor and the modality cue
    personnel_span: Span | None
    time_span: Span | None
    actor_span: Span | None
    placed: bool = False  # read from forces and their place alone, with no movement word
    # its own forces are its subject ("2,000 fighters remain"): no actor from a movement before
    own_subject: bool = False
    # forces named again with "the" ("the CF-18s"), for the actor of the movement that named them
    named_again: str | None = None
    # forces of a side the text describes but does not name ("jihadist fighters", "pro-regime
    # forces"): they are nobody's named forces, so they join no named actor's movement
    side_owned: bool = False
    # its forces are what a state's armed service fields ("troops", "jets"), not an irregular
    # side's ("militants"): unowned, they may be that of a service named before them
    state_forces: bool = False


@attrs.define
class _Group:
    """The mentions gathered into one deployment."""

    actor: str | None
    action: Action
    modality: Modality
    last_sentence: int
    first: int
    location: Location | None = None
    equipment: list[Equipment] = attrs.Factory(list)
    personnel: str | None = None
    time: str | None = None
    source: str | None = None
    evidence: set[Span] = attrs.Factory(set)
    actor_span: Span | None = None
    placed: bool = True  # all its mentions are forces and their place, with no movement word
    sided: bool = False  # its first mention's forces are a side's or a community's, unnamed


def _frames(statement: Statement, time_spans: dict[str, Span]) -> bool:
    """Whether the statement's time lies next to its source and cue, not in what was said."""
    edges = [part for part in (statement.source, statement.cue) if part is not None]
    span = time_spans.get(statement.time or "")
    if not edges or span is None:
        return False
    low = min(part.start for part in edges) - _FRAME_CHARS
    high = max(part.end for part in edges) + _FRAME_CHARS
    return low <= span.start and span.end <= high


class _Context:
    """Per-document lookups, built once: words, lexicon hits, mentions, sentences.

    Built in two steps: the words, triggers and sentences first, and the rest by :meth:`load`
    only when some trigger may be read, as most texts report no movement of forces at all.
    """

    def __init__(self, doc: Text) -> None:
        self.doc = doc
        self.tokens: tuple[Token, ...] = doc.tokens
        # the start offset of every token, for bisection: the column the tokens are built from
        self.starts = doc.token_columns.starts
        # the lower-cased words every stage shares, made once per article (the earlier stages
        # have made them); a list, as some checks compare slices with lists
        self.words = list(doc.token_lowers)
        self._lexicon = _lexicon()
        self._memo: dict[str, dict[int, _Hit | None]] = collections.defaultdict(dict)
        self._equipment: dict[int, tuple[int, str] | None] = {}
        self.loaded = False  # whether :meth:`load` has indexed the earlier stages' results
        self.actions = self._find_actions()

    def load(
        self,
        actors: ActorTable,
        times: tuple[TimeExpression, ...],
        figures: tuple[Figure, ...],
        statements: tuple[Statement, ...],
        windows: list[tuple[int, int]],
    ) -> None:
        """Index the results of the earlier stages by token, within ``windows`` (token ranges
        around the triggers: every word a reading looks at lies in one)."""
        # Phrases read before loading took any capitalised word for a name: read them again.
        self._memo.clear()
        self.loaded = True
        self.windows = windows
        self.active = bytearray(len(self.words))
        for low, high in windows:
            self.active[low:high] = b"\x01" * (high - low)
        self.actors = {actor.id: actor for actor in actors.actors}
        self.country_actor = {
            actor.country: actor.id
            for actor in actors.actors
            if actor.kind == ActorKind.COUNTRY and actor.country
        }
        # each such body's mentions, with the mention of its state that owns it
        self.owned_bodies = self._owned_bodies(actors.actors)
        self.actor_at: dict[int, str] = {}
        self.actor_span: dict[int, Span] = {}
        self.not_deployer: set[int] = set()
        self.person_first: set[int] = set()  # first words of people's names: never a place
        self.person_at: dict[int, str] = {}  # ... and the people they name
        self.in_office: dict[tuple[str, bool], bool] = {}  # see ``_in_office``
        self.unnamed: set[int] = set()  # words of groups described by their backer
        self.country_at: dict[int, str] = {}
        # the speaker's tokens, with the content of what they say
        self.speaker_at: dict[int, tuple[Span, ...]] = {}
        self._map_mentions(actors, statements)
        self._map_countries()
        self.times = sorted(times, key=lambda time: time.span.start)
        self.time_starts = [time.span.start for time in self.times]
        self.time_tokens: set[int] = set()
        for time in self.times:
            first, last = self.token_range(time.span.start, time.span.end)
            self.time_tokens.update(range(first, last))
        self.figures = sorted(figures, key=lambda figure: figure.span.start)
        self.figure_starts = [figure.span.start for figure in self.figures]
        self.figure_ends = {figure.span.end: figure for figure in self.figures}
        self.statements = statements
        self.figure_spans = {figure.id: figure.span for figure in figures}
        self.time_spans = {time.id: time.span for time in times}
        parts = sorted(
            (part.start, part.end, number)
            for number, statement in enumerate(statements)
            for part in statement.content
        )
        self.content_starts = [start for start, _, _ in parts]
        self.content_parts = parts
        # A time dating the saying ("on Monday NATO warned ...") stands by the speaker's
        # name and the reporting verb.
        self.statement_times = {
            st.time for st in statements if st.time is not None and _frames(st, self.time_spans)
        }

    # -- building -------------------------------------------------------------------------

    def _find_actions(self) -> list[_Hit | None]:
        """The trigger hits of the whole text: one set lookup per token."""
        table = self._lexicon.phrases.get("action", {})
        forces = self._lexicon.phrases.get("force", {})
        result: list[_Hit | None] = [None] * len(self.words)
        self.trigger_indices: list[int] = []
        # force words with a place right after them: "2,000 US troops in Syria"
        self.placed_forces: list[int] = []
        words = self.words
        last = len(words) - 1
        starts = self._lexicon.starts
        armed = self._lexicon.armed
        seconds = self._lexicon.seconds
        restricted = self._lexicon.restricted
        staying = self._lexicon.staying
        preps = self._lexicon.phrases.get("prep", _NO_PHRASES)
        # where forces or equipment may be named: a trigger far from all of them is read
        # only if a named place may stand in for them (see ``_may_read``)
        self.armed_indices: list[int] = []
        scan = list(itertools.compress(range(len(words)), map(starts.__contains__, words)))
        for index in scan:
            if words[index] in armed and (
                self._match(forces, index) is not None or self.equipment_at(index) is not None
            ):
                self.armed_indices.append(index)
        self.partitive_forces = self._partitive_forces()
        if self.partitive_forces:
            self.armed_indices = sorted(self.armed_indices + list(self.partitive_forces))
        armed_at = self.armed_indices
        led = self._lexicon.led
        raising = _grammar("raising")
        multiword = self._lexicon.multiword_forces
        for found in scan:
            index = found
            word = words[index]
            if word in led and index > 0 and words[index - 1] in led[word]:
                index -= 1  # "in place": the trigger starts at its preposition
                word = words[index]
            # a force named in two words ("service members in Syria") is placed by what
            # follows its last word
            tail = index
            if word in multiword and (phrase := self._match(forces, index)) is not None:
                tail = phrase.end - 1
            if (
                (
                    word in forces
                    and tail < last
                    and (
                        words[tail + 1] in _AT
                        or (
                            tail + 1 < last
                            and (
                                words[tail + 1] in _STILL
                                or words[tail + 1] in _IS
                                or words[tail + 1] in _STAYED
                                or (words[tail + 1] == "and" and tail + 2 < last)  # "and tanks"
                            )
                            and words[tail + 2 + (words[tail + 1] == "and")] in _AT
                        )
                        # "troops and Iranian-led militia fighters in": see ``_placed_end``
                        or (
                            words[tail + 1] == "and"
                            and any(word in _AT for word in words[tail + 3 : tail + 7])
                        )
                        or (words[tail + 1] in _IS and "there" in words[tail + 2 : tail + 4])
                        # "In Tanf are some 200 US troops.": see ``_inverted_place``
                        or (
                            words[tail + 1] in _CLAUSE_ENDS
                            and any(
                                words[probe] in _IS
                                for probe in range(max(0, index - _INVERTED_REACH), index)
                            )
                        )
                        # "300 US soldiers are currently in Syria", "are still in"
                        or (
                            tail + 3 < last
                            and words[tail + 1] in _IS
                            and words[tail + 2] in _STILL
                            and words[tail + 3] in _AT
                        )
                        # "militants believed to be inside Mosul": see ``_believed_to_be``
                        or (
                            (words[tail + 1] in raising or words[tail + 1] in _IS)
                            and self._believed_at(tail)
                        )
                    )
                )
                or (
                    word in forces
                    and (
                        # "ISIL was using the hospital as a base": see ``_used_as_base``
                        (index > 1 and words[index - 2] == "as" and words[index - 1] in _A)
                        # forces holding the place before them: "the area is defended by ..."
                        or self.defended_by(index) is not None
                        # a base with its place set off by commas: "a Russian army base,
                        # south of Halfaya, ..."
                        or (
                            index + 2 < last
                            and words[index + 1] == ","
                            and words[index + 2] in _SET_OFF
                            and (site := self._match(forces, index)) is not None
                            and site.value == "site"
                        )
                    )
                )
            ):
                self.placed_forces.append(index)
            if word not in table:
                continue
            second = seconds.get(word)
            if second is not None and (index == last or words[index + 1] not in second):
                continue
            if word in restricted and not (
                word in staying
                and index < last
                and (
                    words[_past_reciprocal(words, index + 1)] in preps
                    # "the Kandil mountains, where the PKK is based": placed by "where"
                    or _after_where(words, index)
                )
            ):
                # "has", "remain", "left": a trigger only with forces right by it, or with
                # an armed group as its subject ("the PKK are entrenched in Rojava")
                near = bisect.bisect_left(armed_at, index - _RESTRICTED_REACH)
                if (
                    near == len(armed_at) or armed_at[near] > index + _RESTRICTED_REACH
                ) and not self._side_entering(index):
                    continue
            matched = self._match(table, index)
            if matched is not None and not self._attributive(matched, index):
                result[index] = matched
                self.trigger_indices.append(index)
        self.trigger_indices.sort()
        return result

    def _partitive_forces(self) -> frozenset[int]:
        """The "them" of a count ("ordered 200 of them to Latvia", "sent some of them back")
        that stands for a body of troops named before it in its sentence or the sentence
        before: part of those forces moves."""
        words = self.words
        forces = self._lexicon.phrases.get("force", {})
        armed = self.armed_indices
        found: set[int] = set()
        for index in itertools.compress(range(len(words)), map("them".__eq__, words)):
            if index < 2 or words[index - 1] != "of":
                continue
            count = words[index - 2]
            if not (count[:1].isdigit() or count in _grammar("quantifier")):
                continue
            sentence = self.sentence_of[index]
            low = bisect.bisect_left(armed, index - _REACH_BACK)
            if any(
                self.sentence_of[antecedent] >= sentence - 1
                and (force := self._match(forces, antecedent)) is not None
                and force.value == "personnel"
                for antecedent in armed[low : bisect.bisect_left(armed, index)]
            ):
                found.add(index)
        return frozenset(found)

    def _attributive(self, hit: _Hit, index: int) -> bool:
        """Whether the object-form trigger at ``index`` is a participle describing the forces
        after it, no verb: "the number of authorized troops", "the committed forces"."""
        before = self.words[index - 1] if index > 0 else ""
        return (
            hit.form == "object"
            and self.words[index].endswith("ed")
            and (before in _DETERMINERS or before == "of")
        )

    def _side_entering(self, index: int) -> bool:
        """Whether the word at ``index`` is a verb of entering with a side's word as its
        subject ("the Syrian regime enters"); whose side it is, is read later."""
        if _side_before(self, index) is None:
            return False
        hit = self._match(self._lexicon.phrases.get("action", {}), index)
        return hit is not None and hit.form == "purpose"

    def _believed_at(self, index: int) -> bool:
        """Whether the forces at ``index`` are placed through a raising verb: "militants
        (are) believed to be inside Mosul"."""
        after = index + 1
        if after < len(self.words) and self.words[after] in _IS:
            after += 1
        past = _believed_to_be(self, after)
        return past != after and past < len(self.words) and self.words[past] in _AT

    def defended_by(self, index: int) -> int | None:
        """The "by" before the forces at ``index`` that follows a defending participle ("the
        area is defended by about 400 Isis fighters"), with nothing but their modifiers between."""
        words = self.words
        if "by" not in words[max(0, index - _DEFENDERS) : index]:
            return None  # the common case, checked in C
        for by in range(index - 1, max(0, index - _DEFENDERS) - 1, -1):
            word = words[by]
            if word == "by":
                return by if by > 0 and words[by - 1] in _grammar("defending") else None
            if (not word[:1].isalnum() and not _in_number(self, by)) or word in _CLAUSE_WORDS:
                return None  # a comma ends the phrase, not one inside "by 6,000 French troops"
        return None

    def _match(
        self, table: dict[str, tuple[tuple[tuple[str, ...], _Entry], ...]], index: int
    ) -> _Hit | None:
        words = self.words
        for phrase, entry in table.get(words[index], ()):
            if len(phrase) > 2 and phrase[1] == _GAP:
                if self._split_particle(index, phrase[2:]):
                    # Only the verb is the trigger: the forces between it and the particle
                    # are read as its object, and "out of Syria" as its place.
                    return _Hit(
                        start=index,
                        end=index + 1,
                        kind=entry.kind,
                        value=entry.value,
                        form=entry.form,
                    )
                continue
            end = index + len(phrase)
            if tuple(words[index:end]) == phrase:
                return _Hit(
                    start=index, end=end, kind=entry.kind, value=entry.value, form=entry.form
                )
        return None

    def _split_particle(self, index: int, particle: tuple[str, ...]) -> bool:
        """Whether a split verb's particle follows a short object ("pull US troops out")."""
        words = self.words
        forces = self._lexicon.phrases.get("force", {})
        actions = self._lexicon.phrases.get("action", {})
        armed = self._lexicon.armed
        seen_forces = False
        for gap in range(index + 1, min(index + 1 + _GAP_WIDTH, len(words))):
            if gap > index + 1 and tuple(words[gap : gap + len(particle)]) == particle:
                return seen_forces and not (particle == ("to",) and self._infinitive_at(gap + 1))
            if words[gap] in actions:
                return False  # "ordered the deployment of battalions to": the noun's place
            seen_forces = (
                seen_forces
                or gap in self.partitive_forces
                or (
                    words[gap] in armed
                    and (words[gap] in forces or self.equipment_at(gap) is not None)
                )
            )
        return False

    def _infinitive_at(self, index: int) -> bool:
        """Whether the word at ``index``, right after "to", is a verb rather than the start of
        a place: "ordered troops to withdraw", not "to the Gulf", "to Saudi Arabia", "to
        southern Lebanon"."""
        if index >= len(self.words):
            return False
        text = self.tokens[index].text
        word = self.words[index]
        return (
            text.isalpha()
            and text.islower()
            and word not in _DETERMINERS
            and word not in _POSSESSIVE_PRONOUNS
            and not _is_direction(word)
        )

    def _firm_name(self, index: int) -> bool:
        """Whether the one-word equipment at ``index`` is a firm's name: capitalised after a
        lower-case word ("a dozen Carrier workers"), where a ship would be "a carrier"."""
        return (
            self.words[index] in self._lexicon.firm_names
            and index > 0
            and self.tokens[index].text[:1].isupper()
            and self.tokens[index - 1].text[:1].islower()
        )

    def equipment_at(self, index: int) -> tuple[int, str] | None:
        """The end token and name of the piece of equipment that starts at ``index``."""
        try:
            return self._equipment[index]
        except KeyError:
            pass
        words = self.words
        found: tuple[int, str] | None = None
        for phrase, name in self._lexicon.equipment.get(words[index], ()):
            end = index + len(phrase)
            if tuple(words[index:end]) == phrase:
                found = (end, name)
                break
        if found is not None and found[0] == index + 1 and self._firm_name(index):
            found = None
        self._equipment[index] = found
        return found

    @functools.cached_property
    def sentence_of(self) -> list[int]:
        """The sentence number of every token (-1 between sentences), a slice per sentence;
        built on first use, as most texts stop before any reading."""
        result = [-1] * len(self.tokens)
        ends = self.doc.token_columns.ends
        position = 0
        for number, sentence in enumerate(self.doc.sentences):
            first = bisect.bisect_left(self.starts, sentence.start, lo=position)
            last = bisect.bisect_right(ends, sentence.end, lo=first)
            result[first:last] = [number] * (last - first)
            position = max(position, last)
        return result

    @functools.cached_property
    def mentions_in_order(self) -> tuple[list[int], list[tuple[Span, Actor]]]:
        """Every actor's mentions in text order, with their start offsets for bisection."""
        ordered = sorted(
            ((span, actor) for actor in self.actors.values() for span in actor.mentions),
            key=lambda pair: pair[0].start,
        )
        return [span.start for span, _ in ordered], ordered

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return first, last

    def _map_mentions(self, actors: ActorTable, statements: tuple[Statement, ...]) -> None:
        # only speakers that may stand near a trigger are asked about
        bounds = [
            (self.tokens[low].start - _LONGEST_NAME, self.tokens[high - 1].end)
            for low, high in self.windows
        ]
        lows = [low for low, _ in bounds]
        speaker_spans = sorted(
            (statement.source.start, statement.source.end, number)
            for number, statement in enumerate(statements)
            if statement.source is not None
            and _within(statement.source.start, lows, bounds)
            and not self._holds_trigger(statement.source.start, statement.source.end)
            # "Russia maintains a military presence in Syria": a cue that is itself a movement
            # verb keeps its subject as the mover, however the statement reader took it
            and not (
                statement.cue is not None
                and self._holds_trigger(statement.cue.start, statement.cue.end)
            )
        )
        speaker_starts = [start for start, _, _ in speaker_spans]
        normalized = self.doc.normalized
        for mention in self._near_windows(actors):
            first, last = self.token_range(mention.span.start, mention.span.end)
            if first >= last or self.tokens[first].start != mention.span.start:
                continue
            if self.active.find(1, first, last) < 0:
                continue  # far from every trigger
            tail = normalized[mention.span.end : self.tokens[last - 1].end]
            if tail not in {"", "'s", "'", "."}:
                continue  # part of a word: "Russian-backed" is not "Russian"
            actor_id = self.deployer(mention.actor_id)
            kind = self.actors[actor_id].kind if actor_id in self.actors else None
            named = self.actors.get(mention.actor_id)
            if (
                named is not None
                and named.kind == ActorKind.PERSON
                and not self.article_place(first)
            ):
                self.person_first.add(first)
                self.person_at[first] = named.id
            # Sources and media report movements, they do not make them; a person not known
            # to belong to a country or body is mostly a spokesperson; and a name on a piece
            # of equipment ("MiG-29 Fulcrums") is the equipment, not who moves it.
            passive = (
                kind in {ActorKind.SOURCE, ActorKind.MEDIA}
                or (kind == ActorKind.PERSON and actor_id == mention.actor_id)
                or any(self.equipment_at(index) is not None for index in range(first, last))
            )
            # "jihadist fighters", "the rebels": a group described by common words is no name
            # and "the Air Force", "the Armed Forces" whose state the table does not know
            # name no one: their movement is credited from the context, if at all
            described = (
                kind == ActorKind.GROUP
                and (_described(self.actors[actor_id]) or self.actors[actor_id].name.islower())
            ) or (kind == ActorKind.ORGANIZATION and _stateless_force(self.actors[actor_id]))
            for index in range(first, last):
                if index not in self.actor_at:
                    self.actor_at[index] = actor_id
                    self.actor_span[index] = mention.span
                    if passive or described:
                        self.not_deployer.add(index)
                    if described:
                        self.unnamed.add(index)
            where = bisect.bisect_right(speaker_starts, mention.span.start) - 1
            if where >= 0 and speaker_spans[where][1] >= mention.span.end:
                content = statements[speaker_spans[where][2]].content
                for index in range(first, last):
                    self.speaker_at.setdefault(index, content)

    def _near_windows(self, actors: ActorTable) -> Iterator[Mention]:
        """The mentions that start in (or just before) a window, in text order, each once."""
        ordered = sorted(actors.mentions, key=_MENTION_START)
        starts = list(map(_MENTION_START, ordered))
        position = 0
        for low, high in self.windows:
            # a long name may start before the window and end in it
            begin = bisect.bisect_left(starts, self.tokens[low].start - _LONGEST_NAME, lo=position)
            end = bisect.bisect_right(starts, self.tokens[high - 1].end, lo=begin)
            yield from ordered[max(begin, position) : end]
            position = max(position, end)

    def _map_countries(self) -> None:
        """Demonyms and place names point to countries: "Russian troops" are Russia's forces.

        A demonym is not an actor mention, so it counts as one for the country's actor when
        the table has that country; hyphenated forms ("Russian-backed") are left out, as the
        forces they describe are not the country's own.
        """
        by_code = self.country_actor
        tokens = self.tokens
        for low, high in self.windows:
            # only words with a capital (whose lower case differs), picked out in C
            changed = map(operator.ne, map(_TEXT_OF, tokens[low:high]), self.words[low:high])
            for index in itertools.compress(range(low, high), changed):
                text = tokens[index][2]
                if not text[:1].isupper() or "-" in text:
                    continue
                vessel = self.hit("vessel", index)  # "USS Donald Cook" is a US warship
                code = vessel.value if vessel is not None else _country_of_adjective(text)
                formation = self.hit("formation", index)
                if formation is not None and code is None:
                    # "the Black Sea Fleet": a named formation stands for its state
                    self._map_formation(formation)
                    continue
                if code is None:
                    continue
                self.country_at[index] = code
                actor_id = by_code.get(code)
                if actor_id is None and vessel is not None:
                    actor_id = self._navy_of(index, code)
                if actor_id is not None and index not in self.actor_at:
                    self.actor_at[index] = actor_id
                    self.actor_span[index] = self.doc.span(tokens[index].start, tokens[index].end)

    def _navy_of(self, index: int, code: str) -> str | None:
        """The service of state ``code`` named in the sentence of the warship at ``index`` or
        the one before it ("the US Navy said USS Porter sailed"), when the text names no actor
        for the state itself; rare, so the sentence index is built only here."""
        sentence = self.sentence_of[index]
        if sentence < 0:
            return None
        probe = index + 1
        # after the ship, within its sentence: "USS Porter sailed ..., the US Navy said"
        while probe < min(len(self.words), index + _NAVY_REACH):
            if self.sentence_of[probe] != sentence:
                break
            found = self._service_at(probe, code)
            if found is not None:
                return found
            probe += 1
        probe = index - 1
        while probe >= max(0, index - _NAVY_REACH):
            if 0 <= self.sentence_of[probe] < sentence - 1:
                break
            found = self._service_at(probe, code)
            if found is not None:
                return found
            probe -= 1
        return None

    def _owned_bodies(self, actors: Sequence[Actor]) -> dict[str, tuple[str, Span]]:
        """State bodies the actors' stage read as stateless bodies of their own, by the state the
        text gives them in another mention, with that mention of the state: "the tough Republican
        Guard" is Iraq's in a text that also says "Iraq's vaunted Republican Guard" (one
        describing word may stand between)."""
        heads = _grammar("state_body")
        bodies = [
            actor
            for actor in actors
            if actor.kind in {ActorKind.GROUP, ActorKind.ORGANIZATION}
            and actor.country is None
            and actor.name.lower().rsplit(" ", 1)[-1] in heads
        ]
        if not bodies:
            return {}
        owners = {
            mention.end: (actor.id, mention)
            for actor in actors
            if actor.kind == ActorKind.COUNTRY
            for mention in actor.mentions
        }
        text = self.doc.normalized
        owned: dict[str, tuple[str, Span]] = {}
        for body in bodies:
            for mention in body.mentions:
                before = _POSSESSOR_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                if before is not None and before.start() in owners:
                    owned[body.id] = owners[before.start()]
                    break
        return owned

    def owner_span(self, span: Span) -> Span | None:
        """The mention of the state that owns the body named at ``span`` ("Iraq" in "Iraq's
        vaunted Republican Guard" for "the Republican Guard"), if the text gives one."""
        for body, (_, owner) in self.owned_bodies.items():
            if span in self.actors[body].mentions:
                return owner
        return None

    def _service_at(self, index: int, code: str) -> str | None:
        """The actor at ``index`` if it is the navy of state ``code`` ("US Navy", "Royal Navy")."""
        actor = self.actors.get(self.actor_at.get(index, ""))
        if actor is None or actor.kind != ActorKind.ORGANIZATION or actor.country != code:
            return None
        naval = _grammar("naval_service")
        return actor.id if any(word in naval for word in actor.name.lower().split()) else None

    def _map_formation(self, formation: _Hit) -> None:
        """Credit the words of a named formation to its state's actor, if the table has it."""
        actor_id = self.country_actor.get(formation.value)
        if actor_id is None:
            return
        span = self.span(formation.start, formation.end)
        for index in range(formation.start, formation.end):
            # the whole name outweighs a part of it read as a body of its own ("Fleet")
            self.actor_at[index] = actor_id
            self.actor_span[index] = span
            self.unnamed.discard(index)
            self.not_deployer.discard(index)

    @functools.cached_property
    def governing(self) -> str | None:
        """The actor of the state whose government the article names most ("the Syrian
        regime", "Ukraine's government"), so that bare "regime forces" are its forces and "the
        regime" opening a movement's clause is the state; none when two states are named as
        often. One C-level scan, asked only for those words."""
        counts: dict[str, int] = {}
        for found in _GOVERNMENT.finditer(self.doc.normalized):
            code = _country_of_adjective(found.group(1))
            if code is not None and code in self.country_actor:
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return self.country_actor[ranked[0][0]]

    @functools.cached_property
    def dominant_group(self) -> str | None:
        """The armed group the article names most, when it names it at least three times and
        at least twice as often as any other armed group; groups only described ("US-backed
        fighters", "the rebels") do not count."""
        counts = sorted(
            (
                (len(actor.mentions), actor.id)
                for actor in self.actors.values()
                if actor.kind == ActorKind.GROUP
                and actor.mentions
                and not _described(actor)
                and not actor.name.islower()
            ),
            reverse=True,
        )
        if not counts or counts[0][0] < 3:
            return None
        if len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
            return None
        return counts[0][1]

    @functools.cached_property
    def hosts(self) -> frozenset[str]:
        """Countries the article names as where forces are ("US troops in Syria", "forces
        coming out of Syria"): one pass over the words, asked only for a demonym withdrawal."""
        force_words = _force_words()
        words = self.words
        found: set[str] = set()
        for index in range(1, len(words)):
            if words[index - 1] not in _HOSTING:
                continue
            text = self.tokens[index][2]
            code = _country_of_adjective(text) if text[:1].isupper() else None
            if code is not None and any(
                word in force_words for word in words[max(0, index - 5) : index - 1]
            ):
                found.add(code)
        return frozenset(found)

    def article_place(self, first: int) -> bool:
        """Whether a person's name at ``first`` is a place opened by an Arabic article right
        after a preposition ("deploying to Al Dhafra"), not someone named "Al"."""
        return (
            first > 0
            and self.words[first] in _grammar("place_article")
            and self.hit("prep", first - 1) is not None
        )

    def _holds_trigger(self, start: int, end: int) -> bool:
        """Whether a trigger lies in ``start..end``: then it is more than a speaker's name."""
        first, last = self.token_range(start, end)
        where = bisect.bisect_left(self.trigger_indices, first)
        return where < len(self.trigger_indices) and self.trigger_indices[where] < last

    def deployer(self, actor_id: str) -> str:
        """A person deploys forces on behalf of the country or body they belong to, and a
        country's armed force ("the Russian military", "the Republican Guard" that the text
        calls "Iraq's Republican Guard") on behalf of the country."""
        actor = self.actors.get(actor_id)
        if actor is None:
            return actor_id
        if actor_id in self.owned_bodies:
            return self.owned_bodies[actor_id][0]
        if actor.kind == ActorKind.PERSON:
            if actor.affiliation:
                return actor.affiliation
            if actor.country:
                return self.country_actor.get(actor.country, actor_id)
        if actor.kind == ActorKind.ORGANIZATION and actor.country:
            words = actor.name.lower().split()
            # "the Russian military", and a state's defence ministry ("the US Department of
            # Defense" for "the Pentagon"), which sends its state's forces
            if words and (
                words[-1] in _force_words() or not _grammar("military_body").isdisjoint(words)
            ):
                return self.country_actor.get(actor.country, actor_id)
        return actor_id

    # -- queries --------------------------------------------------------------------------

    def speaks_for(self, speaker: str, actor: str) -> bool:
        """Whether ``speaker`` is ``actor`` or belongs to it (a minister, a ministry)."""
        if speaker == actor or self.deployer(speaker) == actor:
            return True
        one, other = self.actors.get(speaker), self.actors.get(actor)
        return one is not None and other is not None and one.country == other.country is not None

    def voice_of(self, speaker: str) -> str | None:
        """The side a speaker's "we" stands for: the country, body or group the speaker is
        or belongs to; ``None`` for a person of no known side or an anonymous source."""
        side = self.deployer(speaker)
        actor = self.actors.get(side)
        return side if actor is not None and actor.kind in _SIDES else None

    def deployer_at(self, index: int) -> str | None:
        """The actor that could deploy forces, named at token ``index``."""
        if index in self.not_deployer:
            return None
        return self.actor_at.get(index)

    def statement_at(self, offset: int) -> Statement | None:
        """The statement whose content holds ``offset`` (the innermost of the last few)."""
        where = bisect.bisect_right(self.content_starts, offset) - 1
        for probe in range(where, max(-1, where - 8), -1):
            start, end, number = self.content_parts[probe]
            if start <= offset < end:
                return self.statements[number]
        return None

    def hit(self, kind: str, index: int) -> _Hit | None:
        """The lexicon phrase of ``kind`` that starts at token ``index``, found on first ask."""
        if kind == "action":
            return self.actions[index]
        if kind == "force" and index in self.partitive_forces:
            return _Hit(start=index, end=index + 1, kind=kind, value="personnel", form="")
        table = self._lexicon.phrases.get(kind, _NO_PHRASES)
        if self.words[index] not in table:
            return None  # most words start no phrase of the kind
        memo = self._memo[kind]
        if index not in memo:
            found = self._match(table, index)
            if found is not None and (
                (
                    found.form in {"named", "owned"}
                    and not self._after_name(index, owned=found.form == "owned")
                )
                or (found.form == "unit" and not self._unit_name_end(index))
                or (found.form == "allied" and not self._ally_named(index))
                or (kind == "force" and self._verb_force(index))
            ):
                found = None
            memo[index] = found
        return memo[index]

    def _verb_force(self, index: int) -> bool:
        """Whether "force" at ``index`` is the verb after a modal or "to": "will inevitably
        force an exodus", "to force a withdrawal"; no armed force is named."""
        if self.words[index] != "force":
            return False
        before = _before_adverb(self.words, index)  # "will inevitably force"
        return before >= 0 and self.words[before] in _MODALS

    def _unit_name_end(self, index: int) -> bool:
        """Whether ``index`` ends a unit's name: "the 507th Air Refueling Wing", "the National
        Guard", not "the party's youth wing" or "to guard the border"."""
        if index == 0 or not self.tokens[index][2][:1].isupper():
            return False
        before = self.tokens[index - 1][2]
        return before[:1].isupper() or is_ordinal(before)

    def _ally_named(self, index: int) -> bool:
        """Whether a possessive pronoun and an actor's name stand before ``index``: "their
        Hezbollah allies" are Hezbollah's forces; "US allies" are other states."""
        # read from the words alone, as hits are asked for before the actors are indexed
        first = index
        while (
            first > max(0, index - 3)
            and self.tokens[first - 1][2][:1].isupper()
            and self.words[first - 1] not in _OWNING
        ):
            first -= 1
        return index - 3 <= first < index and first > 0 and self.words[first - 1] in _OWNING

    def _after_name(self, index: int, *, owned: bool = False) -> bool:
        """Whether a name stands right before ``index``: "Isis members" are a group's forces,
        "family members" and "members of parliament" are not; with ``owned``, only a possessive
        pronoun will do ("its men", not "British men")."""
        if owned:
            # "British men" are people of a country; a possessive makes them someone's men
            return index > 0 and self.words[index - 1] in _POSSESSIVE_PRONOUNS
        if index > 0:
            text = self.tokens[index - 1][2]
            if text[:1].isupper() and self.words[index - 1] not in _DETERMINERS:
                return True
            # "the group's members" as "members of the group"
            word = self.words[index - 1]
            if word.endswith("'s") and word[:-2] in _grammar("group_noun"):
                return True
        # "members of Isis", "members of the group": the name after "of" owns them
        after = index + 2
        if after < len(self.words) and self.words[index + 1] == "of":
            if self.words[after] == "the" and after + 1 < len(self.words):
                if self.words[after + 1] in _grammar("group_noun"):
                    return True
                # "members of the Wagner Group were", not "members of the British royal
                # family" nor "40 members of the Coalition" (its member states): an armed
                # group's name must end the phrase
                after += 1
                return self._named(after) and (
                    not self.loaded
                    or (
                        self._ends_phrase(after)
                        and getattr(self.actors.get(self.actor_at[after]), "kind", None)
                        == ActorKind.GROUP
                    )
                )
            return self._named(after)
        return False

    def _named(self, index: int) -> bool:
        """Whether a name may stand at ``index``: before loading (candidates are sought) any
        word with a capital ("al-Shabaab") may be one; after it, an actor's mention must."""
        return any(char.isupper() for char in self.tokens[index][2]) and (
            not self.loaded or index in self.actor_at
        )

    def _ends_phrase(self, index: int) -> bool:
        """Whether the mention at ``index`` is followed by a verb, a link or punctuation, not
        by a noun it modifies ("the UN security council")."""
        span = self.actor_span[index]
        after = self.token_range(span.start, span.end)[1]
        if after >= len(self.words):
            return True
        word = self.words[after]
        return (
            not word.isalpha()
            or word in _grammar("be")
            or word in _AUXILIARIES
            or word in _OBJECT_MARKERS
            or word in {"and", "or", "who", "which", "that", "had", "have", "has"}
            or (word.endswith("ed") and self.tokens[after][2].islower())
        )

    def is_boundary(self, index: int) -> bool:
        return self.words[index] in _HARD_BOUNDARIES or self.hit("boundary", index) is not None

    def _own_act(self, part: Span, trigger: int) -> bool:
        """Whether the trigger at ``trigger`` is a verb joined by "and" to the cue of the
        statement whose content ``part`` holds it, with no subject of its own: "Hezbollah
        fighters accepted a ceasefire and left Qusayr" (the speaker leaves); not "said the
        troops had attacked and left" (the troops named in the content leave)."""
        if trigger < 1 or self.words[trigger - 1] != "and":
            return False
        first = self.token_range(part.start, part.end)[0]
        if trigger - first > _CONJOINED_REACH:
            return False  # a long content has a clause of its own before "and"
        return all(
            index not in self.actor_at and self.hit("force", index) is None
            for index in range(first, trigger - 1)
        )

    def is_speaker(self, index: int, trigger: int) -> bool:
        """Whether the actor at ``index`` is who says or sees what the trigger at ``trigger``
        reports: the source of the statement holding it, "Ukraine says", "NATO observers
        spotted"."""
        content = self.speaker_at.get(index)
        if content is not None:
            offset = self.tokens[trigger].start
            # "fighters refusing to leave Mosul", "Russia promised to withdraw": the verb of
            # an infinitive is what its speaker does, so the speaker is the mover too
            return any(
                part.start <= offset < part.end
                and not (part.text.startswith("to ") and offset == part.start + 3)
                and not self._own_act(part, trigger)
                for part in content
            )
        actor_id = self.actor_at.get(index)
        if actor_id is None:
            return False
        following = index + 1
        while (
            following < min(len(self.words), index + 8) and self.actor_at.get(following) == actor_id
        ):
            following += 1
        for probe in range(following, min(following + 3, len(self.words))):
            speech = self.hit("speech", probe)
            if speech is not None:
                # "Russian troops are said to have withdrawn": a passive of saying before
                # "to" raises its subject, who says nothing
                return not (
                    self.words[probe - 1] in _PASSIVE
                    and self.words[speech.end : speech.end + 1] == ["to"]
                )
            word = self.words[probe]
            if not word.isalpha() or self.hit("force", probe) or self.actions[probe]:
                return False
        return False

    def span(self, first: int, last: int) -> Span:
        """The span of tokens ``first..last`` (exclusive)."""
        return self.doc.span(self.tokens[first].start, self.tokens[last - 1].end)


def _within(offset: int, lows: list[int], bounds: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of the character ranges (sorted by start and end)."""
    where = bisect.bisect_right(lows, offset) - 1
    return where >= 0 and offset <= bounds[where][1]


def find_deployments(
    doc: Text,
    actors: ActorTable,
    times: tuple[TimeExpression, ...],
    figures: tuple[Figure, ...],
    statements: tuple[Statement, ...],
) -> tuple[MilitaryDeployment, ...]:
    """Find the military deployments of ``doc``, given the results of the earlier stages.

    Args:
        doc: the article.
        actors: its actors and their mentions.
        times: its time expressions.
        figures: its figures.
        statements: its attributed statements.

    Returns:
        The deployments, in the order of their first mention, with ids ``"d1"``, ``"d2"``, ...
    """
    if not doc.tokens:
        return ()
    context = _Context(doc)
    # Most texts have trigger words ("move", "sent", "has") but no forces near them: a cheap
    # check stops them before the costly indexing of the earlier stages' results. Each check
    # runs once per word: what the stop asks is kept for choosing the words read.
    triggers = context.trigger_indices
    readable = [_may_read(context, index) for index in triggers]
    placed = [
        index
        for index in context.placed_forces
        if _placed(context, index) or _defending(context, index) or _used_site(context, index)
    ]
    passing = {
        index for index in itertools.compress(triggers, readable) if _candidate(context, index)
    }
    if not passing and not placed:
        return ()
    # the triggers that are read (see ``_mentions``) and the placed forces
    candidates = [
        index
        for index, read in zip(triggers, readable, strict=True)
        if (
            index in passing
            if read
            else _refers_back(context, index) and _candidate(context, index)
        )
    ]
    candidates.extend(placed)
    candidates.sort()
    windows: list[tuple[int, int]] = []
    for index in candidates:
        back = _REACH_BACK_FAR if _forces_again(context, index) else _REACH_BACK
        low, high = max(0, index - back), min(len(context.words), index + _REACH_AHEAD)
        if windows and low <= windows[-1][1]:
            windows[-1] = (min(low, windows[-1][0]), high)
        else:
            windows.append((low, high))
    context.load(actors, times, figures, statements, windows)
    return _gather(context, _mentions(context))


# -- mentions ------------------------------------------------------------------------------


def _forces_again(context: _Context, index: int) -> bool:
    """Whether forces near the trigger at ``index`` are named with "the" ("the
    paratroopers"), so that their owner may be named far before (``_earlier_forces``)."""
    armed = context.armed_indices
    where = bisect.bisect_left(armed, index - _REACH_BACK)
    while where < len(armed) and armed[where] < index + _REACH_AHEAD:
        if armed[where] > 0 and context.words[armed[where] - 1] in _BACK_REFERENCE:
            return True
        where += 1
    return False


def _candidate(context: _Context, index: int) -> bool:
    """Whether the trigger at ``index`` (if any) passes the checks that need no actors."""
    hit = context.actions[index]
    return (
        hit is not None
        and not _blocked(context, index)
        and not (hit.form == "light" and _auxiliary(context, hit))
        and _may_qualify(context, hit)
        and context.sentence_of[index] >= 0  # last: the index is built on first use
    )


def _may_read(context: _Context, index: int) -> bool:
    """A cheap necessary condition for the trigger or placed force at ``index`` to give a
    deployment on its own: forces or equipment near it, or, for a movement that may be read
    from its place alone (``named_place`` in :func:`_read_mention`), a place after it, or a
    name before it that may be an armed group moving as its fighters do ("Isis was driven
    out.", "When Jaish al-Islam left Douma"). A bare "the withdrawal" only adds to a deployment
    found from another trigger."""
    hit = context.actions[index]
    end = index + 1 if hit is None else hit.end
    if hit is not None and _changed_presence(context, hit) is not None:
        return True
    if hit is not None and hit.form not in _RESTRICTED:
        # the triggers read with it ("building up a military presence") widen its reach
        triggers = context.trigger_indices
        position = bisect.bisect_right(triggers, index)
        for following in triggers[position : position + _MAX_JOINED - 1]:
            other = context.actions[following]
            if other is None or other.form in _RESTRICTED or following - end > _JOIN:
                break
            end = other.end
    armed = context.armed_indices
    where = bisect.bisect_left(armed, index - _ARMED_BEFORE)
    if where < len(armed) and armed[where] < end + _ARMED_AFTER:
        return True
    if (
        where < len(armed)
        and armed[where] < end + 2 * _FORCE_AFTER
        and armed[where] < _force_reach(context, end) + 1
    ):
        return True  # past a list of weapon names
    if hit is not None and hit.form == "purpose" and _side_before(context, index) is not None:
        return True  # "the Syrian regime enters Afrin": whose the regime is, is read later
    subject_floor = max(0, index - _NEAR)
    if hit is not None and hit.form == "vacate":
        if _pronoun_forces(context, index):
            return True  # "fighters ..., have brokered a deal that would allow them to leave"
        # "When Jaish al-Islam left Douma": a name right before the verb may be an armed
        # group leaving as its fighters do (whether it is one is read later)
        before = _before_gap(context, index - 1, subject_floor)
        return _name_like(context.tokens[before].text)
    # "Isis fled", "the PKK are entrenched": a verb whose subject is the forces themselves
    forces_as_subject = hit is not None and (
        hit.form == "fled" or (hit.form == "subject" and hit.value == Action.PRESENCE.value)
    )
    if (
        hit is not None
        and (forces_as_subject or hit.form == "verb")
        and "they" in context.words[subject_floor:index]
    ):
        # "Isis lost Raqqa. They fled to the desert", "Syrian forces played a secondary role
        # in the clashes. However, they have gathered south of Idlib": whom "they" is, is read
        # later
        return True
    if hit is not None and forces_as_subject:
        # "the PKK are entrenched in Rojava", "Isis was driven from Raqqa": a name, perhaps an
        # auxiliary, the verb, a place (a trigger may end with the place's own preposition)
        before = _before_gap(context, index - 1, subject_floor)
        if before >= 2 and tuple(context.words[before - 1 : before + 1]) in _RELATIVE_OPENERS:
            # "Hezbollah, which is based in southern Lebanon": the name before the clause
            before = _before_gap(context, before - 2, subject_floor)
        opening = (
            hit.end - 1
            if context.hit("prep", hit.end - 1) is not None
            else _past_adverb(context, hit.end)
        )
        named = (
            _named_after(context, opening, None)
            or (
                context.words[hit.end - 1] == "of"  # "driven out of Mosul"
                and hit.end < len(context.words)
                and _name_like(context.tokens[hit.end].text)
            )
            # "the Kandil mountains, where the PKK is based": a presence at the place the
            # clause is about (whether one is named before "where" is read later)
            or (hit.value == Action.PRESENCE.value and _after_where(context.words, index))
            or _expulsion_without_place(context, index, hit.end)  # "Isis was driven out."
        )
        # "Both sides camped along": the two sides named before are read later
        # "Ansar al-Sharia is based in": a name may end in a lower-case Arabic article's word
        return named and (
            _name_like(context.tokens[before].text) or _pair(context.words, before) is not None
        )
    if hit is None or hit.form not in {"verb", "noun"}:
        return False
    # With no forces, only a presence at a named place or a withdrawal from one is read:
    # "a presence in Idlib", "withdraw from Syria", "the Syrian withdrawal"; a movement
    # may become one ("are deployed in Syria", "moved out of Crimea").
    words = context.words
    if hit.value == Action.PRESENCE.value:
        # "the presence of the YPG in the city": the place may follow a name after "of" (whose
        # it is, is read later)
        after = _past_name_of(context, hit.end)
        return _named_after(context, hit.end, None) or (
            # "Isis has a presence in the area": an armed group's own presence at a place noun
            # (who owns it is checked when read)
            hit.form == "noun"
            and after < len(words)
            and words[after] in _STATIVE_PREPOSITIONS
            and any(
                context.hit("place", probe) is not None
                for probe in range(after + 1, min(after + 1 + _PLACE_WORDS // 2, len(words)))
            )
        )
    if hit.value == Action.WITHDRAWAL.value:
        # "pull out of Syria": the trigger's own particle opens the place
        particle = hit.end - 1 if words[hit.end - 1] in _FROM else hit.end
        return (
            _bare_end(context, hit)
            or _named_after(context, particle, _LEAVING)
            or (index > 0 and context.tokens[index - 1].text[:1].isupper())
            or _place_noun_after(context, hit.end, owned=_owner_before(context, index))
        )
    if hit.value != Action.DEPLOYMENT.value:
        return False
    stative = index > 0 and words[index - 1] in _grammar("be") and words[index].endswith("ed")
    return (words[index] not in _grammar("sending") and _named_after(context, hit.end, _FROM)) or (
        stative and _named_after(context, hit.end, _STATIVE_PREPOSITIONS)
    )


def _bare_end(context: _Context, hit: _Hit) -> bool:
    """Whether a withdrawal verb or noun stands with nothing after it in its clause but an
    adverb or a time: "decided to withdraw.", "wanted to pull out entirely", "the pullout in
    2011"; not "withdraw from the deal", "withdraw its ambassador"."""
    if hit.form not in {"verb", "noun"}:
        return False
    words = context.words
    index = hit.end
    while index < len(words) and words[index] in _grammar("bare_adverb"):
        index += 1
    if index >= len(words):
        return True
    word = words[index]
    if (
        word in _CLAUSE_ENDS
        or word in _HARD_BOUNDARIES
        or word in _QUOTE_MARKS
        or word in _grammar("bare_follower")
    ):
        return True
    if word == "from":
        # "withdraw from the conflict", "pull out of the war": the war itself is the place
        probe = index + 1
        while probe < len(words) and (
            words[probe] in _DETERMINERS
            or _country_of_adjective(context.tokens[probe].text) is not None  # "the Syrian war"
            or words[probe] in _grammar("war_modifier")  # "from direct military involvement"
        ):
            probe += 1
        return probe < len(words) and words[probe] in _grammar("war")
    # "the US quit in 2011", "withdraw by the end of the year": a time, read as digits or a
    # month name, as the time stage's spans are not indexed yet when this is asked
    return (
        word in {"in", "by", "within", "next", "this", "last"}
        and index + 1 < len(words)
        and (words[index + 1].isdigit() or words[index + 1] in _grammar("bare_time"))
    )


def _subject_near(context: _Context, span: Span, start: int) -> bool:
    """Whether the actor's words end shortly before the trigger at ``start``, with no comma
    or clause break between: "Trump has decided to withdraw", "Russia's withdrawal"."""
    last = context.token_range(span.start, span.end)[1]
    if last > start or start - last > _SUBJECT_REACH:
        return False
    return not any(
        context.words[index] in _CLAUSE_ENDS
        or context.words[index] in _QUOTE_MARKS
        or context.is_boundary(index)
        for index in range(last, start)
    )


def _group_kind(context: _Context, actor_id: str | None) -> bool:
    """Whether the actor is an armed group (not a state, person or body)."""
    actor = context.actors.get(actor_id or "")
    return actor is not None and actor.kind == ActorKind.GROUP


def _possessive(context: _Context, span: Span) -> bool:
    """Whether the actor's span is a possessive: "Russia's", "his", "their"."""
    if span.text.lower() in _POSSESSIVE_PRONOUNS:
        return True
    return context.doc.normalized[span.end : span.end + 2] in {"'s", "s'"} or span.text.endswith(
        "'s"
    )


def _state_actor(context: _Context, actor_id: str | None) -> bool:
    """Whether the actor is a state, or a person or body that belongs to one."""
    actor = context.actors.get(actor_id or "")
    return actor is not None and (actor.kind == ActorKind.COUNTRY or actor.country is not None)


def _owner_before(context: _Context, index: int) -> bool:
    """Whether a possessive owns the noun at ``index`` ("the group's retreat", "its retreat"),
    perhaps with another noun before it ("the group's loss of territory and retreat")."""
    words = context.words
    first = index - 1
    if first > 0 and words[first] == "and":
        first = max(0, index - _OWNED_PAIR)
    return any(
        word in _POSSESSIVE_PRONOUNS or word.endswith(("'s", "\u2019s", "s'"))
        for word in words[first:index]
    )


def _place_noun_after(context: _Context, end: int, *, owned: bool = False) -> bool:
    """Whether "from" right after ``end`` opens a phrase ending in a place noun: "withdraw
    from the region"; or "to" after an ``owned`` noun: "the group's retreat to desert
    hideouts" (see :func:`_place_headed`; who may retreat to a place noun is checked when read)."""
    words = context.words
    if end >= len(words) or words[end] not in (_LEAVING if owned else _FROM):
        return False
    return any(
        context.hit("place", index) is not None
        for index in range(end + 1, min(end + 1 + _PLACE_WORDS // 2, len(words)))
    )


def _described_name(context: _Context, start: int) -> bool:
    """Whether a place noun and "of" a name open at ``start``, with describing words before the
    noun: "the northern Kurdish enclave of Afrin" names its place as plainly as "Afrin"."""
    words, tokens = context.words, context.tokens
    if words[start] != "the":
        return False
    for index in range(start + 1, min(start + _PLACE_WORDS, len(words) - 2)):
        if not tokens[index].text.isalpha():
            return False
        if context.hit("place", index) is not None:
            return words[index + 1] == "of" and _name_like(tokens[index + 2].text)
    return False


def _named_after(context: _Context, end: int, prepositions: frozenset[str] | None) -> bool:
    """Whether a preposition (of ``prepositions``, or any) soon after ``end`` has a capitalised
    word a few words after it: a named place may follow."""
    words, tokens = context.words, context.tokens
    for index in range(end, min(end + _RIGHT, len(words))):
        if words[index] in _SENTENCE_ENDS or context.is_boundary(index):
            return False  # the place is sought in the trigger's clause
        if prepositions is not None and words[index] not in prepositions:
            continue
        if prepositions is None and context.hit("prep", index) is None:
            continue
        for probe in range(index + 1, min(index + 1 + _PLACE_WORDS, len(words))):
            # a place phrase runs on over links ("the city of Slovyansk"), not past a
            # preposition or punctuation
            if tokens[probe].text[:1].isupper():
                return True
            if not tokens[probe].text.isalpha() or (
                words[probe] not in _PHRASE_LINKS and context.hit("prep", probe) is not None
            ):
                break
    return False


def _refers_back(context: _Context, index: int) -> bool:
    """Whether the trigger at ``index`` is a noun after "the", "this" ...: "the withdrawal"."""
    hit = context.actions[index]
    return (
        hit is not None
        and hit.form == "noun"
        and index > 0
        and context.words[index - 1] in _BACK_REFERENCE
    )


def _mentions(context: _Context) -> list[_Mention]:
    result: list[_Mention] = []
    triggers = context.actions
    position = 0  # the first token not yet read as part of a movement
    for index in context.trigger_indices:
        hit = triggers[index]
        if (
            hit is None
            or index < position
            or context.sentence_of[index] < 0
            or _blocked(context, index)
            or (hit.form == "light" and _auxiliary(context, hit))
        ):
            continue
        changed = _changed_presence(context, hit)
        if changed is not None:
            # "built up its presence", "reducing the American presence in Afghanistan": the
            # presence is the forces whose size changes, one movement with its verb
            read = [_read_mention(context, [hit, changed], hit.start)]
            if hit.value == Action.REINFORCEMENT.value:
                # "bolstering its military presence in the Gulf": a presence made larger is a
                # build-up (see the annotation guide), while "bolstered its military" stays
                read = [
                    None if mention is None else attrs.evolve(mention, action=Action.BUILD_UP)
                    for mention in read
                ]
            kept = (
                index > 1
                and context.words[index - 1] in {"or", "and"}
                and (kept_hit := triggers[index - 2]) is not None
                and kept_hit.value == Action.PRESENCE.value
            )
            if hit.value == Action.WITHDRAWAL.value or kept:
                # "maintain or increase its presence in Syria" keeps the presence as well;
                # the forces a cut leaves from are there: "halve the US presence in
                # Afghanistan" is a presence too (see the annotation guide)
                stated = _read_mention(context, [changed], changed.start)
                if stated is not None and stated.location is not None:
                    read.append(stated)
            for mention in _share_location([m for m in read if m is not None]):
                result.append(mention)
                result.extend(_coordinated(context, mention))
            position = changed.end
            continue
        if not _may_qualify(context, hit):
            position = hit.end  # as a restricted trigger is read alone, its reading ends there
            continue
        if not _may_read(context, index) and not _refers_back(context, index):
            continue  # no forces near and no place to stand in for them: nothing to read
        if _subject_of_movement(context, hit):
            continue  # "Russian reinforcements were sent to Hama": the verb's forces, read there
        joined = [hit]
        # Close triggers in one clause ("building up a military presence") are one movement.
        probe = hit.end
        while (
            hit.form not in _RESTRICTED
            and len(joined) < _MAX_JOINED
            and probe < min(len(triggers), joined[-1].end + _JOIN)
        ):
            if (
                context.is_boundary(probe)
                or context.sentence_of[probe] != context.sentence_of[index]
            ):
                break
            if context.words[probe] == "," and _describing_base(context, hit.start):
                # "US forces, stationed in Spain, were sent to Libya": the aside ends at its
                # comma, and the main verb's movement is read on its own
                break
            following = triggers[probe]
            if (
                following is None
                and context.deployer_at(probe) is not None
                and not _object_of_preposition(context, probe)  # "stationed in Qatar"
            ):
                # a new subject ("the US withdrawal, and by Friday Syria's military had
                # arrived"), unless it owns forces a participle describes ("withdraw the US
                # troops stationed in Syria")
                ahead = _next_trigger(context, probe)
                if ahead is None or not _participle_after_forces(context, ahead):
                    break
            if following is not None and following.form not in _RESTRICTED:
                if following.value != joined[-1].value and any(
                    word in _ALTERNATIVES for word in context.words[joined[-1].end : probe]
                ):
                    break  # "withdraw its troops or maintain some presence": two readings
                if _opposed(context, joined[-1], following):
                    break  # "after the troop surge in Iraq, Obama withdrew": two movements
                joined.append(following)
                probe = following.end
                continue
            probe += 1
        end = joined[-1].end
        parts = _split_statives(context, joined)
        read = [_read_mention(context, part, hit.start) for part in parts]
        found = [mention for mention in read if mention is not None]
        for mention in _share_location(found):
            pair = _two_states(context, mention)
            if pair:
                result.extend(pair)  # "the two nations each massing troops": one each
                continue
            result.append(mention)
            result.extend(_coordinated(context, mention))
            result.extend(_along_with(context, mention))
            result.extend(_including(context, mention))
            result.extend(_paired_forces(context, mention))
        position = end
    placed = [
        mention
        for index in context.placed_forces
        for mention in (
            _read_placed(context, index)
            if _placed(context, index)
            else _read_defended(context, index)
            if _defending(context, index)
            else _used_as_base(context, index)
        )
    ]
    if placed:
        # Python's sort is stable: a trigger's mentions stay before a placed force's.
        result = sorted(result + placed, key=lambda mention: mention.start)
    return _withdrawn_from(context, result)


def _person_named(context: _Context, span: Span | None) -> bool:
    """Whether the actor mention ``span`` names a person ("Mr. Carter's")."""
    if span is None:
        return False
    first, last = context.token_range(span.start, span.end)
    return any(index in context.person_first for index in range(first, last))


def _grown_force(context: _Context, end: int, forces: list[int]) -> bool:
    """Whether the first forces after a trigger ending at ``end`` are an owner's whole armed
    force: "expanding their army", "bolster its military", "increase its armed forces"."""
    after = [index for index in forces if index >= end]
    if not after:
        return False
    first = min(after)
    if first == 0:
        return False
    whole = _grammar("whole_force")
    last = next(
        (last for last in (first + 2, first + 1) if " ".join(context.words[first:last]) in whole),
        None,
    )
    if last is None:
        return False
    if last < len(context.words) and (
        context.hit("force", last) is not None or context.equipment_at(last) is not None
    ):
        return False  # "its army units": the units are the forces
    before = context.words[first - 1]
    return before in _POSSESSIVE_PRONOUNS or before == "our" or before.endswith("'s")


def _opposed(context: _Context, hit: _Hit, following: _Hit) -> bool:
    """Whether ``following`` moves forces the other way from ``hit`` past a comma: forces
    that arrive and forces that leave are two movements ("the troop surge in Iraq, Obama and
    Clinton withdrew all of our forces")."""
    values = {hit.value, following.value}
    if Action.WITHDRAWAL.value not in values or not any(
        action.value in values for action in _ARRIVALS
    ):
        return False
    between = context.words[hit.end : following.start]
    if "," not in between:
        return False
    # a new subject after the comma, not a noun in apposition ("withdraw US troops, a move")
    after = between[len(between) - between[::-1].index(",") :]
    return bool(after) and after[0] not in _DETERMINERS


def _in_number(context: _Context, index: int) -> bool:
    """Whether the comma at ``index`` groups digits ("14,000")."""
    words = context.words
    return 0 < index < len(words) - 1 and words[index - 1].isdigit() and words[index + 1].isdigit()


def _withdrawn_from(context: _Context, mentions: list[_Mention]) -> list[_Mention]:
    """A withdrawal with no place of its own leaves from where the forces it names are
    stated to be: "the withdrawal of half the 14,000 US military presence in Afghanistan"."""
    result = list(mentions)
    for position in range(len(result) - 1):
        mention, following = result[position], result[position + 1]
        if (
            mention.action is Action.WITHDRAWAL
            and mention.location is None
            and following.action is Action.PRESENCE
            and following.location is not None
            and following.sentence == mention.sentence
            and 0 <= following.start - mention.end <= _JOIN
            and mention.end < len(context.words)
            and context.words[mention.end] == "of"
            and (mention.actor is None or following.actor in {None, mention.actor})
            and not any(
                (context.words[index] in _CLAUSE_ENDS and not _in_number(context, index))
                or context.is_boundary(index)
                for index in range(mention.end, following.start)
            )
        ):
            result[position] = attrs.evolve(mention, location=following.location)
    return result


def _changed_presence(context: _Context, hit: _Hit) -> _Hit | None:
    """The presence a verb of size or movement takes as its object ("expanding its military
    presence", "drawing down its presence"), or ``None``: only determiners, possessives and
    modifiers may stand between them, no preposition but "of", no other trigger."""
    if hit.value == Action.PRESENCE.value or hit.form not in {"verb", "object"}:
        return None
    words = context.words
    for index in range(hit.end, min(hit.end + _OBJECT_REACH, len(words))):
        if words[index] in _CLAUSE_ENDS or context.is_boundary(index):
            return None
        following = context.actions[index]
        if following is not None:
            if following.value == Action.PRESENCE.value and following.form == "noun":
                return following
            return None
        if context.hit("prep", index) is not None and words[index] != "of":
            return None
    return None


def _next_trigger(context: _Context, index: int) -> int | None:
    """The start of the first trigger within a few words after ``index``."""
    for probe in range(index + 1, min(index + _JOIN, len(context.words))):
        if context.actions[probe] is not None:
            return probe
    return None


def _military_of_other(context: _Context, index: int) -> bool:
    """Whether "military" at ``index`` describes something other than forces ("supporters
    of the military leader", "military officials"), not "military units" or "military
    build-up"."""
    after = index + 1
    if (
        context.words[index] != "military"
        or after >= len(context.words)
        or context.equipment_at(index) is not None  # "military equipment"
    ):
        return False  # "armed men", "armed opponents" are forces
    own = context.hit("force", index)
    if own is not None and own.end > after:  # "military police", "military advisers"
        return False
    opened = context.actions[index]
    if opened is not None and opened.end > after:  # "a military surge", "a military maneuver"
        return False
    text = context.tokens[after].text
    word = context.words[after]
    return (
        text.isalpha()
        and text.islower()
        and word not in _grammar("follower")
        and word not in _DETERMINERS
        and context.hit("prep", after) is None
        and context.hit("force", after) is None
        and context.equipment_at(after) is None
        and context.actions[after] is None
    )


def _placed_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces with their place as the subject of a verb trigger: "the 2,000 US troops in
    Syria would imminently withdraw". Between the place and the verb only auxiliaries,
    negations and adverbs may stand."""
    index = start - 1
    while (
        index > left
        and start - index <= 4
        and (
            context.words[index] in _grammar("be")
            or context.words[index].endswith("ly")
            or context.hit("modality", index) is not None
        )
    ):
        index -= 1
    # now on the last word of the place phrase; its preposition and forces come before it
    for probe in range(index - 1, max(left, index - _PLACE_WORDS) - 1, -1):
        if context.words[probe] in _AT and probe > 0 and _personnel(context, probe - 1):
            return probe - 1
        if context.actions[probe] is not None or context.is_boundary(probe):
            return None
    return None


def _serving_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces named with whom they serve as the subject of a verb trigger: "Forces loyal to
    Assad were sent to Afrin", "fighters allied with the government withdrew". Between the
    name served and the verb only auxiliaries and adverbs may stand; the name served is no
    mover (``_served_name``)."""
    words = context.words
    end = _before_gap(context, start - 1, max(left, start - _NEAR), commas=False)
    for probe in range(end - 1, max(left, end - _PLACE_WORDS) - 1, -1):
        if probe > 0 and _serving(context, probe - 1) and _personnel(context, probe - 1):
            return probe - 1
        if (
            context.actions[probe] is not None
            or context.is_boundary(probe)
            or words[probe] in _CLAUSE_ENDS
        ):
            return None
    return None


def _served_name(context: _Context, forces: list[int], span: Span | None, start: int) -> bool:
    """Whether the actor ``span`` is the one forces before the verb at ``start`` serve: "Forces
    loyal to Assad were sent", "Forces backed by Turkey moved into Afrin"."""
    if span is None:
        return False
    return any(
        index + 2 < start
        and _serving(context, index)
        and context.tokens[index + 2].end <= span.start < context.tokens[start].start
        for index in forces
    )


def _serving(context: _Context, index: int) -> bool:
    """Whether the forces at ``index`` are named with whom they serve right after them:
    "forces loyal to Assad", "fighters backed by Turkey"."""
    words = context.words
    return (
        index + 2 < len(words)
        and words[index + 1] in _grammar("serving")
        and words[index + 2] in {"to", "by", "with"}
    )


def _sized_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces given with their size as the subject of a verb trigger: "a Nato army of 4,000
    will be deployed", "a force of several thousand troops was sent"."""
    words = context.words
    index = _before_gap(context, start - 1, left, commas=False)
    # now on the last word of the size: digits, their commas, number words, "troops"
    size = index
    while index > left and (
        _modifier(context, index)
        or words[index] in _grammar("quantifier")
        or words[index] in _grammar("number")
    ):
        index -= 1
    if index == size or index <= left or words[index] != "of":
        return None
    head = index - 1
    return head if _personnel(context, head) else None


def _raised_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces before a raising verb and its "to" as the subject of a verb trigger or a verb
    of entering, too far before it for the force window: "Iranian forces are thought to have
    moved into Raqqa", "the troops are reported to be withdrawing", "are said to have entered"."""
    index = start - 1
    # the raising verb passes only with its "to" after it, so the gap is checked as a whole
    while index > left and start - index <= _RAISED_REACH and _gap_of_verb(context, index, start):
        index -= 1
    raised = any(context.words[probe] in _grammar("raising") for probe in range(index, start))
    return index if raised and _personnel(context, index) else None


def _partitive_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces named with the group or state they belong to or come from as the subject of a
    verb trigger, too far before it for the force window: "fighters from Isis had been moved",
    "soldiers from Kenya have been sent"."""
    words = context.words
    index = _before_gap(context, start - 1, left, commas=False)
    # now on the last word of the owner's name
    span = context.actor_span.get(index)
    if span is None or context.deployer_at(index) is None:
        return None
    first = context.token_range(span.start, span.end)[0]
    if first - 1 > left and words[first - 1] == "the":
        first -= 1
    link = first - 1
    if link <= left or words[link] not in _grammar("owner_link"):
        return None
    head = link - 1
    return head if _personnel(context, head) else None


def _conjoined_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces heading the clause whose second verb, after "and", is the trigger: "Russian
    troops crossed the river and moved into Kherson"; a new subject after "and" ("and
    residents moved") breaks the link."""
    words = context.words
    # "troops fought off attacks before retrograding": a gerund right after "before" or
    # "after" shares the subject of the clause's verb as a second verb after "and" does
    if start > 0 and words[start - 1] in _GERUND_LINKS and words[start].endswith("ing"):
        # the link is a clause boundary: the subject is sought in the clause before it
        index = start - 1
        left = _clause_left(context, index, context.sentence_of[index])
    else:
        index = start - 1
        while index > left and start - index <= _NEAR and words[index] != "and":
            index -= 1
        if index <= left or words[index] != "and" or not _gap_of_verb(context, index + 1, start):
            return None
    # the subject opens the clause, or a clause after "how", "that" ...: a few words of name,
    # number or modifier, then the forces
    for head in range(max(left, index - _CONJOINED_REACH), index):
        if (context.hit("force", head) is None or not _personnel(context, head)) and not (
            _armed_name(context, head)
        ):
            continue
        opener = head
        while (
            opener > left
            and head - opener < _FORCE_BEFORE
            and (
                opener - 1 in context.actor_at
                or _modifier(context, opener - 1)
                or context.words[opener - 1] in _DETERMINERS
                or context.words[opener - 1] in _grammar("quantifier")
            )
        ):
            opener -= 1
        if opener == left or context.words[opener - 1] in _OPENERS:
            return head if head + 1 < index and _clause_verb_after(context, head) else None
        return None  # the first forces are not the clause's subject
    return None


def _armed_name(context: _Context, index: int) -> bool:
    """Whether the token at ``index`` names a state's armed force by itself ("the ISF" for
    the Iraqi Security Forces): an actor with a country whose name ends in a force word."""
    actor = context.actors.get(context.actor_at.get(index, ""))
    if actor is None or actor.country is None or actor.kind == ActorKind.COUNTRY:
        return False
    words = actor.name.lower().split()
    if not words:
        return False
    if words[-1] in _troop_words():
        return True
    # "the 507th Air Refueling Wing", "the Vermont Air National Guard": a unit's designation
    designations = _unit_designations()
    return any(" ".join(words[-size:]) in designations for size in range(1, min(len(words), 5)))


def _clause_verb_after(context: _Context, head: int) -> bool:
    """Whether the forces at ``head`` are followed by their own verb, not by a preposition or
    a comma ("troops in the city and moved" is no clause of its own)."""
    found = context.hit("force", head)
    after = found.end if found is not None else head + 1
    return (
        after < len(context.words)
        and context.words[after].isalpha()
        and context.hit("prep", after) is None
        and context.words[after] not in {"and", "or", "of", "who", "which", "that"}
    )


def _aside_subject(context: _Context, start: int, left: int) -> int | None:
    """Forces whose verb follows an aside between commas: "5,000 Isis members, most of them
    driven by conviction, have moved into the area"."""
    words = context.words
    index = start - 1
    while (
        index > left
        and start - index <= 3
        and (
            words[index] in _grammar("be")
            or words[index] in _AUXILIARIES
            or words[index].endswith("ly")
        )
    ):
        index -= 1
    if index <= left or words[index] != ",":
        return None
    relative = _relative_opening(context, index)
    if relative >= 0:
        # "The German jets, which had flown over Syria, were moved": the clause opens at
        # "which" (or later, at a word such as "since" inside the aside), but the forces
        # stand before its comma
        left = min(left, relative - 3)
    named = False
    for probe in range(index - 1, max(left, index - _ASIDE) - 1, -1):
        word = words[probe]
        if word == ",":
            if probe <= left:
                return None
            # "the Kurdish militia, the YPG, withdrew": a name in an apposition is the
            # subject itself; in a relative clause ("jets, which like their American
            # counterparts had ..., were moved") it is someone else
            if named and words[probe + 1] not in _RELATIVES:
                return None
            if _personnel(context, probe - 1):
                return probe - 1
            if _grouped_personnel(context, probe - 1):
                return probe - 2  # "a US special forces team, based in Tripoli, was deployed"
            return _equipment_ending(context, probe)
        if probe == relative:
            continue
        action = context.actions[probe]
        if (
            # "which had flown": an auxiliary "had" is no light verb of presence
            (
                action is not None
                and (action.form != "light" or relative < 0)
                and not _describing_base(context, probe)
            )
            # inside a relative aside, "since" or "and" joins its own words ("who had held
            # Afrin and two towns since March"), not another clause
            or (
                (relative < 0 or probe < relative)
                and (context.is_boundary(probe) or word in {"and", "or"})
            )
        ):
            return None
        # the place of an aside ("jets, stationed in Cyprus, were moved") is no name of them
        named = named or (probe in context.actor_at and not _object_of_preposition(context, probe))
    return None


def _relative_opening(context: _Context, comma: int) -> int:
    """The relative pronoun opening an aside that ends at the comma at ``comma`` ("Turkish
    troops, who had held Afrin since March, withdrew"), or -1: it follows a comma and a word
    before that, all in one sentence, within ``_ASIDE`` words."""
    words, sentence = context.words, context.sentence_of[comma]
    for probe in range(comma - 1, max(2, comma - _ASIDE) - 1, -1):
        if context.sentence_of[probe] != sentence or words[probe] in _CLAUSE_ENDS:
            return -1
        if words[probe] in _RELATIVES:
            ok = words[probe - 1] == "," and context.sentence_of[probe - 2] == sentence
            return probe if ok else -1
    return -1


def _held_place(context: _Context, forces: int, start: int) -> Location | None:
    """The named place a relative aside on the forces at ``forces`` says they held, for a
    withdrawal at ``start`` that names none: "Turkish troops, who had held Afrin since
    March, withdrew" leave Afrin."""
    words, tokens = context.words, context.tokens
    relative = forces + 2
    if relative >= start or words[forces + 1] != "," or words[relative] not in _RELATIVES:
        return None
    for verb in range(relative + 1, min(start - 1, relative + _ASIDE)):
        if words[verb] not in _grammar("holding_verb"):
            continue
        first = verb + 1
        names = first + 1 if words[first] == "the" else first  # "the Old City"
        last = names
        while last < start and last - names < _PLACE_WORDS and _name_like(tokens[last].text):
            last += 1
        if last == names:
            return None
        return Location(span=context.span(first, last), country=_country(context, first, last))
    return None


def _group_after_of(context: _Context, hit: _Hit) -> int | None:
    """The index of an armed group's name right after a presence noun and "of" ("the presence
    of Hezbollah in Qusair", "the presence of the YPG in the city"); not a state's ("the
    presence of Iran in Syria" may be its influence) nor a person's."""
    if hit.value != Action.PRESENCE.value or hit.form != "noun":
        return None
    owner = _after_of(context.words, hit.end)
    if (
        owner is None
        or owner >= len(context.words)
        or context.sentence_of[owner] != context.sentence_of[hit.start]
        or not _group_kind(context, context.actor_at.get(owner))
    ):
        return None
    return owner


def _past_name_of(context: _Context, end: int) -> int:
    """The token after a capitalised name that "of" (perhaps "of the") opens at ``end``, or
    ``end`` when none does: "presence of the YPG in the city" gives the index of "in"."""
    words, tokens = context.words, context.tokens
    first = _after_of(words, end)
    if first is None:
        return end
    index = first
    while index < min(first + _ALIAS_WORDS, len(words)) and tokens[index].text[:1].isupper():
        index += 1
    return index if index > first else end


def _after_of(words: list[str], end: int) -> int | None:
    """The index past "of" and an optional "the" at ``end`` ("presence of the YPG" gives that
    of "YPG"), or None when no "of" stands there."""
    if words[end : end + 1] != ["of"]:
        return None
    return end + 2 if words[end + 1 : end + 2] == ["the"] else end + 1


def _name_end(context: _Context, index: int) -> int:
    """The token after the actor's name that covers the token at ``index``."""
    span = context.actor_span[index]
    return context.token_range(span.start, span.end)[1]


def _describing_base(context: _Context, index: int) -> bool:
    """Whether the trigger at ``index`` opens an aside that says where the forces are kept:
    "a US special forces team, based in Tripoli, was deployed to Benghazi" (the presence is
    read on its own; the forces still head the main verb)."""
    action = context.actions[index]
    return (
        action is not None
        and action.value == Action.PRESENCE.value
        and index > 0
        and context.words[index - 1] == ","
        and context.words[index].endswith("ed")
    )


def _equipment_ending(context: _Context, end: int) -> int | None:
    """The first token of a piece of equipment ending right before ``end`` ("fighter jets")."""
    for first in range(end - 1, max(-1, end - 4), -1):
        found = context.equipment_at(first)
        if found is not None and found[0] == end:
            return first
    return None


def _placed(context: _Context, index: int) -> bool:
    """Whether the force word at ``index`` heads forces put somewhere with no movement word:
    "the 2,000 US troops in Syria", "British forces on the border"."""
    if not _personnel(context, index) or context.sentence_of[index] < 0:
        return False
    if _opponents(context, index):
        return False  # "surrendered to Russian and Syrian forces in April": the victors
    after = _placed_end(context, index)
    if (
        after + 1 < len(context.words)
        and context.words[after] == ","
        and context.words[after + 1] in _SET_OFF
        and _site(context, index)
    ):
        after += 1  # "a Russian army base, south of Halfaya, ..."
    if after < len(context.words) and (
        context.words[after] in _STILL
        or context.words[after] in _IS
        or context.words[after] in _STAYED
    ):
        after += 1  # "200,000 soldiers now in Kuwait", "2,000 US troops are in Syria"
        if (
            after < len(context.words)
            and context.words[after - 1] in _IS
            and context.words[after] in _STILL
        ):
            after += 1  # "300 US soldiers are currently in Syria"
    after = _believed_to_be(context, after)
    if _there(context, index):
        return True
    if (after >= len(context.words) or context.words[after] in _CLAUSE_ENDS) and (
        _inverted_opening(context, index) is not None
    ):
        return True  # "In Tanf are some 200 US troops."
    prep = context.hit("prep", after) if after < len(context.words) else None
    return prep is not None and prep.value != "from"


def _believed_to_be(context: _Context, after: int) -> int:
    """Past a raising verb with "to be" after placed forces ("militants believed to be inside
    Mosul"), which states where they are as plainly as "are in"; a forecast ("expected to
    be") is left alone."""
    words = context.words
    if (
        after + 3 < len(words)
        and words[after] in _grammar("raising")
        and words[after] not in _FORECAST
        and words[after + 1] == "to"
        and words[after + 2] == "be"
    ):
        return after + 3
    return after


def _used_site(context: _Context, index: int) -> bool:
    """A cheap check that the site at ``index`` is "as a base" after a verb of using."""
    words = context.words
    return (
        index > 3
        and words[index - 2] == "as"
        and _site(context, index)
        and any(
            words[probe] in _USING
            for probe in range(index - 3, max(0, index - 3 - _PLACE_WORDS), -1)
        )
    )


def _used_as_base(context: _Context, index: int) -> list[_Mention]:
    """A presence read from a place an actor uses as its base: "ISIL was using the hospital
    as a base of operations" (the place is the object of the verb of using)."""
    words = context.words
    if not _used_site(context, index):
        return []
    verb = next(
        (
            probe
            for probe in range(index - 3, max(0, index - 3 - _PLACE_WORDS), -1)
            if words[probe] in _USING
        ),
        None,
    )
    if verb is None:
        return []
    # the object of the verb is the place: a short noun phrase with no clause break or verb
    first, last = verb + 1, index - 2
    if first >= last or (
        words[first] not in _DETERMINERS and not _name_like(context.tokens[first].text)
    ):
        return []
    if any(
        word in _CLAUSE_ENDS or context.actions[probe] is not None
        for probe, word in enumerate(words[first:last], start=first)
    ):
        return []
    if not any(
        _name_like(context.tokens[probe].text)
        or context.hit("place", probe) is not None
        or words[probe] in _grammar("building")
        for probe in range(first, last)
    ):
        return []  # "used the crisis as a base for talks": no place
    place = Location(span=context.span(first, last), country=_country(context, first, last))
    owner = verb - 1
    while owner > 0 and (words[owner] in _AUXILIARIES or words[owner] in _grammar("be")):
        owner -= 1
    actor = context.deployer_at(owner)
    if actor is None or not (_group_kind(context, actor) or _is_country(context, actor)):
        return []
    span = context.actor_span[owner]
    evidence = [span, context.span(verb, verb + 1), place.span, context.span(index, index + 1)]
    return [
        _placed_presence(
            context,
            verb,
            index + 1,
            actor=(actor, span),
            location=place,
            left=owner,
            evidence=evidence,
            personnel=None,
        )
    ]


def _there(context: _Context, index: int) -> bool:
    """Whether the forces at ``index`` are said to be "there", the place named before: "Egyptian
    troops are already there" (a presence at no place of its own)."""
    words = context.words
    after = index + 1
    if after >= len(words) or words[after] not in _IS:
        return False
    after += 1
    if after < len(words) and words[after] in _STILL:
        after += 1
    return _closing_there(words, after, _CLAUSE_ENDS)


def _closing_there(words: list[str], index: int, ends: frozenset[str]) -> bool:
    """Whether "there" stands at ``index`` at the end of its clause (the text's end or one of
    ``ends`` after it): then it stands for the place named before, not one named after it
    ("there in the north")."""
    return (
        index < len(words)
        and words[index] == "there"
        and (index + 1 == len(words) or words[index + 1] in ends)
    )


def _destined_place(context: _Context, forces: list[int], end: int, right: int) -> Location | None:
    """The place after "for" right after the forces a sending verb has: "approved 4,000 more
    troops for Iraq" sends them there (not "troops for the mission", no place)."""
    words = context.words
    for index in forces:
        after = _force_head(context, index) + 1
        if index < end or after >= right or words[after] != "for":
            continue
        opener = _Hit(start=after, end=after + 1, kind="prep", value="drop", form="")
        return _place_phrase(context, opener, right)
    return None


def _supplied(context: _Context, end: int, index: int) -> bool:
    """Whether a supplying verb ending at ``end`` gives counted personnel at ``index``: "is
    providing an additional 125 soldiers"; not equipment ("providing heavy artillery", support)
    nor forces given something ("provide ground forces in Iraq the opportunity")."""
    return _personnel(context, index) and any(
        _counting(context.words[probe]) for probe in range(end, index)
    )


@functools.cache
def _counting_words() -> frozenset[str]:
    """Words that count what follows them: numbers, quantifiers and "more", "additional"."""
    return _grammar("number") | _grammar("quantifier") | _grammar("added")


def _counting(word: str) -> bool:
    """Whether ``word`` counts what follows it: one of :func:`_counting_words` or a figure in
    digits ("2,000", "5k")."""
    return word in _counting_words() or any(char.isdigit() for char in word)


def _kept_there(context: _Context, hit: _Hit) -> Location | None:
    """ "there" ending the clause right after the forces a light verb has: "decided to keep
    5,500 US troops there" keeps them at the place named before, which "there" stands for."""
    index = _light_forces(context, hit)
    if index is None or not _closing_there(context.words, index + 1, _CLAUSE_ENDS):
        return None
    return Location(span=context.span(index + 1, index + 2))


def _stayed_there(context: _Context, end: int) -> Location | None:
    """ "there" after a verb of staying that ends at ``end`` (perhaps past one adverb), ending
    its clause: "US troops will stay there", "they remain there, officials said" is the place
    named before, which "there" stands for, also before how long ("stay there until 2021"; not
    "remain there for talks")."""
    words = context.words
    # "there" is itself a place adverb, which :func:`_past_adverb` would step over
    index = end if words[end : end + 1] == ["there"] else _past_adverb(context, end)
    if not _closing_there(words, index, _STAY_ENDS):
        return None
    return Location(span=context.span(index, index + 1))


def _defending(context: _Context, index: int) -> bool:
    """Whether the force word at ``index`` heads the forces after "defended by", "patrolled
    by": forces that hold the place named as the subject."""
    return (
        context.sentence_of[index] >= 0
        and (force := context.hit("force", index)) is not None
        and force.value == "personnel"
        and (by := context.defended_by(index)) is not None
        and _defended_place(context, by - 1) is not None
    )


def _defended_place(context: _Context, verb: int) -> tuple[int, int] | None:
    """The tokens of the subject of "is defended" (the participle at ``verb``): a named place
    or a noun phrase headed by a place noun, opened by a determiner or a name ("the area",
    "Baghuz"). Reads words only, so it may run before the earlier stages are indexed."""
    words, tokens = context.words, context.tokens
    sentence = context.sentence_of[verb]
    last = _before_adverb(words, verb)  # "is heavily defended"
    if last <= 0 or words[last] not in _PASSIVE:
        return None
    while last > 0 and (words[last] in _PASSIVE or words[last] in _AUXILIARIES):
        last -= 1  # "has been", "will be", "is still being"
    if words[last] in _STILL:
        last -= 1
    if last > 1 and tuple(words[last - 1 : last + 1]) in _RELATIVE_OPENERS:
        last -= 2  # "Vinh Yen, which was manned by the 9th Brigade": the name before the comma
    end = last + 1
    if last < 0 or context.sentence_of[last] != sentence:
        return None
    named = tokens[last].text[:1].isupper()
    if not named and context.hit("place", last) is None:
        return None
    first = last
    while first > 0 and last - first < _PLACE_WORDS and context.sentence_of[first - 1] == sentence:
        word = words[first - 1]
        if word in _DETERMINERS:
            first -= 1
            break
        capital = tokens[first - 1].text[:1].isupper()
        if not (capital or (word in _PHRASE_LINKS and named) or (word.isalpha() and not named)):
            break
        # a lower-case word before the head is only a modifier of a determined phrase
        # ("the besieged town"); without a determiner it may be a verb ("estimate")
        if (
            not capital
            and word not in _PHRASE_LINKS
            and context.hit("place", first - 1) is None
            and (first - 2 < 0 or words[first - 2] not in _DETERMINERS)
        ):
            break
        first -= 1
    if words[first] in _PHRASE_LINKS:
        first += 1
    if first >= end:
        return None
    if not (words[first] in _DETERMINERS or tokens[first].text[:1].isupper()):
        return None
    return first, end


def _read_defended(context: _Context, index: int) -> list[_Mention]:
    """A presence of the forces at ``index`` in the place that they defend or patrol."""
    by = context.defended_by(index)
    if by is None:
        return []
    verb = by - 1
    subject = _defended_place(context, verb)
    if subject is None:
        return []
    location = Location(span=context.span(*subject), country=_country(context, *subject))
    actor = actor_span = None
    for probe in range(by + 1, index + 1):
        owner = context.deployer_at(probe)
        if owner is not None:
            actor, actor_span = owner, context.actor_span.get(probe)
            break
    if actor is None and context.words[index - 1] in _OWNING:
        return []  # "defended by its fighters": the pronoun's owner is not read here
    evidence = [context.span(verb, verb + 1), location.span]
    # the owner's name, or else the forces themselves ("guarded by soldiers")
    evidence.append(actor_span if actor_span is not None else context.span(index, index + 1))
    return [
        _placed_presence(
            context,
            verb,
            index + 1,
            actor=(actor, actor_span),
            location=location,
            left=context.token_range(location.span.start, location.span.end)[0],
            evidence=evidence,
            personnel=_find_personnel(context, verb),
        )
    ]


def _placed_presence(
    context: _Context,
    verb: int,
    end: int,
    *,
    actor: tuple[str | None, Span | None],
    location: Location,
    left: int,
    evidence: list[Span],
    personnel: str | None,
) -> _Mention:
    """A presence read from forces and the place they hold, with no movement word ("the town
    is defended by 400 fighters", "ISIL was using the hospital as a base"): the modality, the
    source and the time are read around ``verb``; ``left`` is where the clause's subject starts.
    ``actor`` is the owner and its span (``None`` for forces of a side no name is given)."""
    owner, owner_span = actor
    modality, cue = _find_modality(context, verb, left)
    source, denied = _find_source(context, verb)
    if denied:
        modality = Modality.DENIED
    if cue is not None:
        evidence.append(cue)
    time = _find_time(context, verb, end)
    return _Mention(
        start=verb,
        end=end,
        sentence=context.sentence_of[verb],
        action=Action.PRESENCE,
        actor=owner,
        back_reference=False,
        modality=modality,
        location=location,
        equipment=(),
        personnel=personnel,
        time=time,
        source=source,
        evidence=tuple(evidence),
        personnel_span=context.figure_spans.get(personnel or ""),
        time_span=context.time_spans.get(time or ""),
        actor_span=owner_span,
        placed=True,
        side_owned=owner is None,
    )


def _placed_end(context: _Context, index: int) -> int:
    """Where the forces headed at ``index`` end: past one more kind of force or equipment
    joined by "and" ("Turkish troops and tanks near the border")."""
    words = context.words
    after = _force_end(context, index)
    if after + 1 < len(words) and words[after] == "and":
        # "troops and Iranian-led militia fighters in the country": the second kind may
        # carry a few modifiers of its own
        for probe in range(after + 1, min(len(words), after + 5)):
            equipment = context.equipment_at(probe)
            if _personnel(context, probe):
                last = probe
                while last + 1 < len(words) and _personnel(context, last + 1):
                    last += 1
                return last + 1
            if equipment is not None:
                return equipment[0]
            if not (
                context.tokens[probe].text[:1].isupper()  # a demonym or name
                or _modifier(context, probe)
                or ("-" in words[probe] and words[probe][:1].isalpha())
            ):
                break
    return after


def _sent_later(context: _Context, first: int) -> bool:
    """Whether the placed forces opening at ``first`` are the object of a movement still to
    come ("he would deploy up to 30,000 soldiers in the Middle East", "plans to send 500
    troops in the region"): they are not there yet, so the movement alone is reported."""
    verb = first - 1
    words = context.words
    if verb > 1 and words[verb] == "to" and words[verb - 1] == "up":
        verb -= 2  # "up to 30,000"
    if verb < 1:
        return False
    hit = context.actions[verb]
    if hit is None or hit.value not in _ARRIVAL_VALUES:
        return False
    modality, _ = _find_modality(context, hit.start, max(0, hit.start - _MODALITY_WINDOW))
    return modality is not Modality.REPORTED


def _leaving(context: _Context, first: int) -> bool:
    """Whether the placed forces opening at ``first`` follow a participle of withdrawal that
    describes them ("the departing US troops in Syria"): they are leaving the place, which
    that withdrawal reports, not staying in it."""
    if first < 1:
        return False
    hit = context.actions[first - 1]
    return (
        hit is not None
        and hit.value == Action.WITHDRAWAL.value
        and context.words[first - 1].endswith("ing")
    )


def _apposed_owner(context: _Context, first: int) -> int | None:
    """The name that placed forces describe in an apposition ("The Syrian Democratic Forces,
    the multi-ethnic secular forces in northern Syria"): the token ending it, or ``None``.
    Only a few lower-case describing words may stand between "the" and the forces."""
    probe = first if context.words[first] == "the" else first - 1
    while (
        probe > 1
        and first - probe <= _APPOSED_WORDS
        and context.words[probe] not in _DETERMINERS
        and context.tokens[probe].text.replace("-", "").isalpha()
        # "the battle-hardened Kurdish forces": a community's name may describe them too
        and (context.tokens[probe].text.islower() or context.words[probe] in _communities())
        and context.words[probe] not in _CLAUSE_WORDS
        and context.actions[probe] is None
        and context.hit("prep", probe) is None
    ):
        probe -= 1
    if probe < 2 or context.words[probe] != "the" or context.words[probe - 1] != ",":
        return None
    named = probe - 2
    if context.deployer_at(named) is None or _is_country(context, context.actor_at.get(named)):
        return None  # "Russia, the main ...": a state's apposition is a role, rarely its forces
    return named


def _read_placed(context: _Context, index: int) -> list[_Mention]:
    """A presence read from placed forces, when a country or group owns them in the same noun
    phrase; not forces named as a target or as casualties ("attacks on Russian forces in
    Syria", "two Turkish soldiers in Afrin were killed")."""
    owner = None
    sided = False  # "government troops": a side owns them though no state is named
    first = index
    while first > 0 and index - first < 6:
        before = first - 1
        if context.words[before] in _communities() and _clause_head(context, before):
            # "Kurdish units in Manbij are ...": a community's forces stand there though no
            # state or group owns them (the annotation guide leaves their actor empty); only
            # as a clause's subject, not "Ankara views the Kurdish forces in Syria as ..."
            sided = True
        elif before in context.actor_at:
            owner = before
        elif (
            owner is None
            and _owning_pronoun(context, before)
            and _resolve_pronoun(context, before) is not None
        ):
            owner = before  # "its bases in Syria", "their troops in the area"
        elif context.words[before] in _grammar("side"):
            sided = True
        elif (opening := _bracketed_alias(context, before)) is not None:
            before = opening  # "Daesh [Isis] militants in Tal Afar": the name owns them
        elif not (
            _modifier(context, before)
            or context.words[before] in _DETERMINERS
            or context.words[before] in _grammar("quantifier")
            or context.words[before] in _grammar("holding")  # "its main bases at Latakia"
            or _number_range(context, before)  # "the 3,000 to 5,000 militants"
            # "Russia's Hmeimim air base in Latakia": the base's own name before it
            or (owner is None and _site(context, index) and _name_like(context.tokens[before].text))
        ):
            break
        first = before
    if (owner is None and not sided) or (
        # "the hardline jihadist fighters" read as a group of their own by the actors' layer
        owner is not None and context.actor_at.get(owner) == context.actor_at.get(index)
    ):
        apposed = _apposed_owner(context, first)
        if apposed is not None:
            owner, sided = apposed, False
    else:
        apposed = None
    if first > 0 and context.words[first - 1] in _grammar("added"):
        return []  # "called for 10,000 more American troops in Iraq": troops not yet there
    if _sent_later(context, first) or _leaving(context, first):
        # "he would deploy 30,000 soldiers in the region", "the departing US troops in
        # Syria": the movement is all
        return []
    # the bare fighters of an article about one group, stated to be somewhere ("3,000
    # militants are believed to be inside Mosul"), are that group's (see ``_dominant_group``)
    unowned = (
        owner is None
        and not sided
        and context.words[index] in _grammar("anonymous")
        and (
            context.dominant_group is not None or _group_kind(context, context.actor_at.get(index))
        )
        and _stated_place(context, index)
    )
    if (
        not sided
        and not unowned
        and (
            owner is None
            or (context.deployer_at(owner) is None and not _owning_pronoun(context, owner))
        )
    ):
        return []
    # past a list of owners: "by both Russian and Iranian forces in Syria"
    while first > 0:
        if first - 1 in context.actor_at or context.words[first - 1] in {"both", "the"}:
            first -= 1
        elif (
            first > 1
            and context.words[first - 1] in {"and", "or", ","}
            and first - 2 in context.actor_at
        ):
            first -= 2
        else:
            break
    window = context.words[max(0, first - 3) : first]
    preceding = context.words[first - 1] if first > 0 else ""
    changed = context.actions[first - 1] if first > 0 else None
    if changed is not None and changed.value == Action.BUILD_UP.value:
        return []  # "increase its forces in Lithuania": a build-up, never a presence
    if (
        preceding in _grammar("support")
        and context.words[first - 2 : first - 1] == ["to"]
        and not _site(context, index)
    ):
        # "sent special forces to help rebel fighters in Syria": the forces helped are named
        # as beneficiaries, not placed (who helps may be: "US troops in Syria helping the
        # Kurds"; a base still stands where it is: "hired to protect the CIA base in Benghazi")
        return []
    # "Iran, with 75,000 Iranian troops in the country": "with" after a name and its comma
    # gives what the name has, not whom something is done with
    owned = preceding == "with" and first > 2 and context.words[first - 2] == ","
    owned = owned and (first - 3) in context.actor_at
    # "a reference to US troops in the north-east", "the truce applied to Turkish forces in
    # Afrin" place the forces; "a threat to US troops in Syria" names them as a target
    pointed = (
        (
            preceding == "to"
            and first > 1
            and context.words[first - 2].isalpha()
            and context.words[first - 2] not in _grammar("harm")
        )
        or (
            # "supported by 2,000 US troops in eastern Syria": who stands by someone is there
            preceding == "by"
            and first > 1
            and (
                context.words[first - 2] in _grammar("backed_by")
                # "commands sent by Isis fighters in Syria": the senders are where they send from
                or context.words[first - 2] in _grammar("sender")
            )
        )
        or (
            # "there was a base for Kurdish Peshmerga fighters outside Daquq": the base's forces
            # are there (not "jets struck a base for ...", a target)
            preceding == "for"
            and first > 3
            and _site(context, first - 2)
            and context.words[first - 3] in _DETERMINERS
            and context.words[first - 4] in _HAVING
        )
    )
    if _site(context, index) and preceding in _grammar("toward"):
        return []  # "a road leading to a Syrian airbase": where something goes, not who stays
    if (preceding in _TARGET_MARKERS and not owned and not pointed) or any(
        word in _grammar("casualty") for word in window
    ):
        return []
    # "the withdrawal of the 2,000 US troops in Syria", "half of US forces in Afghanistan",
    # "several thousand of its fighters were still in Douma"; not "the involvement of Russian
    # troops in the conflict".
    if preceding == "of" and not (
        first > 1
        and (
            context.actions[first - 2] is not None
            or _counting(context.words[first - 2])
            or context.words[first - 2] in _grammar("depiction")
            or context.words[first - 2] == "half"
        )
    ):
        return []
    end = _placed_end(context, index)
    if end < len(context.words) and context.words[end] in _STAYED:
        end += 1  # "militants left in Raqqa": the participle is part of the presence
    hit = _Hit(start=index, end=end, kind="action", value="presence", form="placed")
    mention = _read_mention(context, [hit], index)
    if (
        mention is not None
        and mention.location is None
        and owner is not None
        and _there(context, index)
    ):
        # "Egyptian and Moroccan troops are already there": each state's forces are there
        there = attrs.evolve(mention, placed=True)
        return [there, *_coordinated(context, there)]
    if mention is not None and mention.location is None:
        inverted = _inverted_place(context, first)
        if inverted is not None:
            # "In Tanf are some 200 US troops": the place opens the sentence
            evidence = (*mention.evidence, inverted.span)
            mention = attrs.evolve(mention, location=inverted, evidence=evidence)
    if mention is None or mention.location is None or _elsewhere(context, mention.location):
        return []
    after = context.token_range(mention.location.span.end, mention.location.span.end)[0]
    if apposed is not None and mention.actor != context.actor_at[apposed]:
        # the name the apposition describes owns the forces, not the description itself
        evidence = tuple(span for span in mention.evidence if span != mention.actor_span)
        named_span = context.actor_span[apposed]
        mention = attrs.evolve(
            mention,
            actor=context.actor_at[apposed],
            actor_span=named_span,
            evidence=(named_span, *evidence),
        )
    tail = _force_end(context, index)
    stated = tail < len(context.words) and context.words[tail] in _IS
    window = context.words[after : after + 4]
    if (
        tail < len(context.words)
        and context.words[tail] == ","
        and not any(word in _PASSIVE for word in window)
    ):
        # "a Russian army base, south of Halfaya, also targeted Kafr Zita": a base set off by
        # commas is the subject; only "..., was hit" names it as a target
        stated = True
    if not stated and any(word in _grammar("casualty") for word in window):
        # "two Turkish soldiers in Afrin were killed"; but "2,000 US troops are in Syria
        # and have fought ..." says where they are
        return []
    if unowned:
        # the fighters are their group's, not those of whoever stands before them ("the
        # resistance they face from the militants believed to be inside Mosul")
        named = context.actor_at.get(index)
        group: str | None = None
        group_span: Span | None = None
        if _group_kind(context, named):
            group, group_span = named, context.span(index, index + 1)
        else:
            group, group_span = _dominant_group(context, index, [index])
        if group is None or group_span is None:
            return []
        evidence = tuple(span for span in mention.evidence if span != mention.actor_span)
        mention = attrs.evolve(
            mention, actor=group, actor_span=group_span, evidence=(*evidence, group_span)
        )
    if owner is None and not unowned:
        # "Ankara views the Kurdish forces in Syria as ...": a side's forces are its own, not
        # those of whoever the clause named before them
        evidence = tuple(span for span in mention.evidence if span != mention.actor_span)
        mention = attrs.evolve(
            mention, actor=None, actor_span=None, evidence=evidence, side_owned=True
        )
    # "the 38,000 US troops in the Gulf will remain until ...": a verb of staying after the
    # place states the presence, so the forces are no mere naming of a movement's arrivals
    placed = attrs.evolve(mention, placed=not _stays_after(context, after))
    # "British and French troops in the area": each state of the list has forces there
    return [placed, *_coordinated(context, placed)] if owner is not None else [placed]


def _stays_after(context: _Context, index: int) -> bool:
    """Whether a verb of staying, past any auxiliaries, stands at ``index``."""
    words = context.words
    while index < len(words) and words[index] in _AUXILIARIES:
        index += 1
    return index < len(words) and words[index] in _lexicon().staying


def _bracketed_alias(context: _Context, close: int) -> int | None:
    """The opening bracket of a short name in brackets that ends at ``close`` and follows
    another name of the same owner ("Daesh [Isis] militants", "Hayat Tahrir al-Sham (HTS)
    fighters"), so that the forces after it are the name's."""
    if context.words[close] not in _OPENING_BRACKET:
        return None
    for opening in range(close - 1, max(0, close - _ALIAS_WORDS - 2), -1):
        if context.words[opening] == _OPENING_BRACKET[context.words[close]]:
            inside = range(opening + 1, close)
            named = opening - 1 in context.actor_at and any(i in context.actor_at for i in inside)
            return opening if named and len(inside) > 0 else None
    return None


def _inverted_opening(context: _Context, first: int) -> tuple[_Hit, int] | None:
    """The locating preposition opening the sentence and the "are" after its place, when the
    forces at ``first`` follow that verb ("In Tanf are some 200 US troops", "Stationed near
    the border are 40,000 Russian troops"); see :func:`_inverted_place`."""
    verb = next(
        (
            probe
            for probe in range(first - 1, max(0, first - _INVERTED_REACH), -1)
            if context.words[probe] in _IS
        ),
        None,
    )
    if verb is None or any(
        (context.words[probe] in _CLAUSE_ENDS and not _in_number(context, probe))
        or context.hit("prep", probe) is not None
        or context.actions[probe] is not None
        for probe in range(verb + 1, first)
    ):
        return None
    opening = _sentence_first(context, verb)
    if verb - opening > _LEFT:
        return None
    stated = context.actions[opening]
    if stated is not None and stated.value == Action.PRESENCE.value:
        opening = stated.end  # "Stationed in Tanf are ..."
    prep = context.hit("prep", opening)
    if (
        prep is None
        or prep.start != opening
        or context.words[opening] not in _AT
        or any(word in _CLAUSE_ENDS for word in context.words[opening:verb])
    ):
        return None
    return prep, verb


def _inverted_place(context: _Context, first: int) -> Location | None:
    """The place that opens the sentence of forces placed after it ("In Tanf are some 200 US
    troops"); not "In Manbij, officials are ...", whose place ends at a comma."""
    opening = _inverted_opening(context, first)
    if opening is None:
        return None
    prep, verb = opening
    place = _place_phrase(context, prep, verb)
    if place is None or context.token_range(place.span.start, place.span.end)[1] != verb:
        return None
    return place


def _elsewhere(context: _Context, location: Location) -> bool:
    """Whether the location is "outside" a whole state ("Iranian troops outside Iranian
    borders", "Isis members outside Iraq"): anywhere else, no place; "outside Daquq" is one."""
    first, last = context.token_range(location.span.start, location.span.end)
    if first + 1 >= last or context.words[first] != "outside":
        return False
    return _is_country(context, context.actor_at.get(first + 1)) or any(
        word in {"border", "borders"} for word in context.words[first + 1 : last]
    )


def _number_range(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` joins two numbers ("3,000 to 5,000")."""
    words = context.words
    return (
        0 < index < len(words) - 1
        and words[index] in {"to", "or", "and"}
        and words[index - 1].replace(",", "").isdigit()
        and words[index + 1].replace(",", "").isdigit()
    )


def _stated_place(context: _Context, index: int) -> bool:
    """Whether a verb states where the forces at ``index`` are ("are in", "believed to be
    inside", "left in"), rather than a bare phrase naming which forces are meant."""
    words = context.words
    after = index + 1
    if after >= len(words):
        return False
    if words[after] in _IS or words[after] in _STAYED:
        return True
    return _believed_to_be(context, after) != after


def _clause_head(context: _Context, index: int) -> bool:
    """Whether the noun phrase whose word is at ``index`` opens its clause: at the start of its
    sentence, or after a comma or a clause opener ("where Kurdish units are ...")."""
    first = index
    while first > 0 and context.words[first - 1] in _DETERMINERS:
        first -= 1
    if first == 0 or context.sentence_of[first - 1] != context.sentence_of[first]:
        return True
    before = context.words[first - 1]
    return before in _CLAUSE_ENDS or before in _OPENERS


def _coordinated(context: _Context, mention: _Mention) -> list[_Mention]:
    """The same movement by the other actors of a list: "Egypt, Syria and Morocco committed
    troops", "American, British and Egyptian forces assemble"."""
    if (
        mention.actor_span is None
        or mention.actor_span.text.lower() in _PRONOUNS
        or not _is_country(context, mention.actor)
    ):
        return []  # lists of states; not "Army, Navy and Air Force", not "Kuwait and its"
    first, last = context.token_range(mention.actor_span.start, mention.actor_span.end)
    if (
        first > 1
        and context.words[first - 1] == "the"
        and context.words[first - 2] in {"and", "or"}
    ):
        first -= 1  # "Russia and the US sent troops"
    if first == 0 or context.words[first - 1] not in {"and", "or"}:
        # The actor may open the list: "Russia and Iran are planning to keep forces".
        return _following_actors(context, mention, last)
    others: list[_Mention] = []
    index = first - 1
    while (
        index > 0 and first - index < _COORDINATION and context.words[index] in {",", "and", "or"}
    ):
        probe = index - 1
        if context.words[probe] in {",", "and", "or"}:
            index = probe
            continue
        actor_id = context.deployer_at(probe)
        if actor_id is None and probe in context.country_at and probe not in context.actor_at:
            # a state the actor table does not hold ("British" in "American, British and
            # Egyptian forces"): it cannot be credited, but the list goes on past it
            index = probe - 1
            continue
        if actor_id is None or not _is_country(context, actor_id):
            break
        span = context.actor_span[probe]
        if actor_id != mention.actor and all(other.actor != actor_id for other in others):
            others.append(_with_actor(mention, actor_id, span))
        index = context.token_range(span.start, span.end)[0] - 1
    if index > 0 and context.words[index] in _DETERMINERS:
        index -= 1
    if index >= 0 and context.words[index] == "between":
        return []  # "a clash between the US and Russian mercenaries": opponents, not partners
    return others


def _along_with(context: _Context, mention: _Mention) -> list[_Mention]:
    """The same movement by forces added after the place: "2,000 US forces are stationed in
    the area, along with more than 10,000 SDF members"."""
    if mention.location is None or mention.actor is None:
        return []
    index = context.token_range(mention.location.span.end, mention.location.span.end)[0]
    words = context.words
    if index < len(words) and words[index] == ",":
        index += 1
    if words[index : index + 2] != ["along", "with"]:
        return []
    for probe in range(index + 2, min(index + 8, len(words) - 1)):
        actor_id = context.deployer_at(probe)
        if actor_id is not None:
            span = context.actor_span[probe]
            after = context.token_range(span.start, span.end)[1]
            armed = after < len(words) and (
                context.hit("force", after) is not None
                or words[after] in _grammar("members")
                or context.hit("force", after - 1) is not None
            )
            if armed and actor_id != mention.actor:
                # their number is their own, not the first forces'
                moved = _with_actor(mention, actor_id, span)
                evidence = tuple(e for e in moved.evidence if e != mention.personnel_span)
                return [attrs.evolve(moved, personnel=None, personnel_span=None, evidence=evidence)]
            return []
        if not (
            _modifier(context, probe)
            or words[probe] in _DETERMINERS
            or words[probe] in _grammar("quantifier")
            or words[probe] in _grammar("comparative_bound")
            or words[probe] == "than"
        ):
            return []
    return []


def _two_states(context: _Context, mention: _Mention) -> list[_Mention]:
    """The movement of each of "the two nations" or "both sides" heading an ownerless movement,
    read as the last two states (or, for sides, the last two states, bodies or groups) the text
    named before it, in its sentence or the one before ("the long-running hostility between
    Ethiopia and neighboring Eritrea ... with the two nations each massing thousands of troops";
    "Ethiopia and Eritrea fought ... each side withdrew its troops")."""
    words = context.words
    low = max(0, mention.start - _NEAR)
    pair = next(
        (phrase for index in range(mention.start - 1, low, -1) if (phrase := _pair(words, index))),
        None,
    )
    if pair is None:
        return []
    opening, noun = pair
    if mention.actor_span is not None and (
        mention.actor_span.start >= context.tokens[noun].end
        and mention.actor_span.text.lower() not in _PRONOUNS
    ):
        return []  # "the two nations' leaders said Russian troops ...": a named owner nearer
    sides = words[noun] in _grammar("side_noun")
    found: list[tuple[str, Span]] = []
    sentence = context.sentence_of[noun]
    for probe in range(opening - 1, max(-1, opening - 1 - _COREFERENCE), -1):
        if context.sentence_of[probe] < sentence - 1:
            break
        actor_id = context.deployer_at(probe)
        if (
            actor_id is not None
            and (_side_actor(context, actor_id) if sides else _is_country(context, actor_id))
            and all(actor_id != other for other, _ in found)
        ):
            found.append((actor_id, context.actor_span[probe]))
            if len(found) == 2:
                return [_with_actor(mention, actor_id, span) for actor_id, span in found[::-1]]
    return []


def _pair(words: list[str], noun: int) -> tuple[int, int] | None:
    """Where a phrase naming two parties as one subject starts, with its noun, if the word at
    ``noun`` ends one: "the two nations", "both sides", "each side", "the two sides"."""
    word = words[noun]
    sides = word in _grammar("side_noun")
    if (
        noun >= 2
        and words[noun - 1] == "two"
        and words[noun - 2] in {"the", "both"}
        and (sides or word in _grammar("state_noun"))
    ):
        return noun - 2, noun
    if noun >= 1 and words[noun - 1] in {"both", "each"} and sides:
        return noun - 1, noun
    return None


def _side_actor(context: _Context, actor_id: str) -> bool:
    """Whether the actor can be a side of a fight: a state, a body or an armed group."""
    actor = context.actors.get(actor_id)
    return actor is not None and actor.kind in _SIDES


def _including(context: _Context, mention: _Mention) -> list[_Mention]:
    """The same movement by the member states an alliance's forces include: "NATO ordered
    the deployment of four battalions to Estonia, Latvia and Poland, including American
    forces". Not a state's own movement ("Iran sent forces to Syria, including Afghan
    fighters"): the forces it includes are its proxies, not another state's army."""
    if mention.location is None or mention.actor is None or _is_country(context, mention.actor):
        return []
    words = context.words
    index = context.token_range(mention.location.span.end, mention.location.span.end)[0]
    limit = min(len(words), index + _COORDINATION)
    while index < limit and (
        words[index] in {",", "and"} or _name_like(context.tokens[index].text)
    ):
        index += 1  # the rest of a list of places: "Estonia, Latvia, Lithuania, and Poland"
    if index >= limit or words[index] != "including" or words[index - 1] != ",":
        return []
    found: list[tuple[str, Span]] = []
    probe = index + 1
    while probe < limit:
        actor_id = context.deployer_at(probe)
        if actor_id is not None and _is_country(context, actor_id):
            span = context.actor_span[probe]
            found.append((actor_id, span))
            probe = context.token_range(span.start, span.end)[1]
        elif words[probe] in {",", "and"}:
            probe += 1
        else:
            break
    # the forces end the list, or the last actor's mention already holds them ("American forces")
    if not found or not (
        (
            probe < len(words)
            and (_personnel(context, probe) or context.equipment_at(probe) is not None)
        )
        or _personnel(context, probe - 1)
    ):
        return []
    return [
        _with_actor(mention, actor_id, span)
        for actor_id, span in found
        if actor_id != mention.actor
    ]


def _paired_forces(context: _Context, mention: _Mention) -> list[_Mention]:
    """The same movement by the first forces of a pair joined by "and": "Syrian government
    forces and Hezbollah fighters moved into ..." (the mention found the nearer owner)."""
    if mention.actor is None or mention.actor_span is None:
        return []
    words = context.words
    first, _ = context.token_range(mention.actor_span.start, mention.actor_span.end)
    if first >= mention.start:
        return []  # only forces heading the clause: "A forces and B fighters moved"
    index = first - 1
    if index >= 0 and words[index] in _OWNING:
        index -= 1  # "Syrian forces and their Hezbollah allies"
    head = index - 1
    if head < 1 or words[index] != "and" or not _personnel(context, head):
        return []
    probe = head - 1
    while probe >= 0 and head - probe <= 3:
        actor_id = context.deployer_at(probe)
        if actor_id is not None:
            if actor_id == mention.actor or (probe - 1 >= 0 and words[probe - 1] == "between"):
                return []  # "clashes between Syrian forces and Hezbollah fighters"
            return [_with_actor(mention, actor_id, context.actor_span[probe])]
        if not (_modifier(context, probe) or words[probe] in _GOVERNED):
            return []
        probe -= 1
    return []


def _with_actor(mention: _Mention, actor_id: str, span: Span) -> _Mention:
    """The same mention, moved to another actor of a coordinated list ("Russia and Iran")."""
    evidence = (*[e for e in mention.evidence if e != mention.actor_span], span)
    return attrs.evolve(mention, actor=actor_id, actor_span=span, evidence=evidence)


def _following_actors(context: _Context, mention: _Mention, last: int) -> list[_Mention]:
    """The states listed right after a mention's actor: "Russia and Iran", "Egypt, Syria and
    Morocco"; the list must end in "and" or "or" ("Russia, Ukraine's neighbour" is none)."""
    found: list[tuple[str, Span]] = []
    index = last
    closed = False
    while index < len(context.words) and index - last < _COORDINATION and not closed:
        if context.words[index] not in {",", "and", "or"}:
            break
        closed = context.words[index] in {"and", "or"}
        probe = index + 1
        if probe < len(context.words) and context.words[probe] in {"and", "or"}:
            closed, probe = True, probe + 1  # "Egypt, Syria, and Morocco"
        if probe + 1 < len(context.words) and context.words[probe] == "the":
            probe += 1  # "Russia and the US"
        actor_id = context.deployer_at(probe) if probe < len(context.words) else None
        if actor_id is None or not _is_country(context, actor_id):
            return []
        span = context.actor_span[probe]
        found.append((actor_id, span))
        index = context.token_range(span.start, span.end)[1]
    if not closed:
        return []
    others: list[_Mention] = []
    for actor_id, span in found:
        if actor_id != mention.actor and all(other.actor != actor_id for other in others):
            others.append(_with_actor(mention, actor_id, span))
    return others


def _is_country(context: _Context, actor_id: str | None) -> bool:
    actor = context.actors.get(actor_id or "")
    return actor is not None and actor.kind == ActorKind.COUNTRY


def _share_location(mentions: list[_Mention]) -> list[_Mention]:
    """Forces withdrawn or moved with no place of their own go from where they are stationed:
    "withdraw the 2,000 US troops stationed in Syria's north-east"."""
    places = [m.location for m in mentions if m.location is not None]
    if len(mentions) < 2 or not places:
        return mentions
    return [m if m.location is not None else attrs.evolve(m, location=places[0]) for m in mentions]


def _split_statives(context: _Context, joined: list[_Hit]) -> list[list[_Hit]]:
    """Split off participles that describe forces: "2,000 US troops stationed in Syria are
    withdrawn" and "withdraw the troops stationed in Syria" are a presence and a withdrawal."""
    parts: list[list[_Hit]] = [[joined[0]]]
    for hit in joined[1:]:
        current = parts[-1]
        lone_stative = len(current) == 1 and _stative(context, current[0].start)
        if lone_stative or _participle_after_forces(context, hit.start):
            parts.append([hit])
        else:
            current.append(hit)
    return parts


def _behind_preposition(context: _Context, end: int, index: int, *, verb: bool) -> bool:
    """Forces after the trigger but past a preposition are not what moves: "sent requests for
    information to military units"; after a verb, nor past "of" ("sent the children of
    fighters"), which after a noun names them ("the withdrawal of 2,000 troops")."""
    if any(word in _grammar("involving") for word in context.words[end:index]):
        # "an exercise in the Baltic involving 20 ships": the forces are named again
        return False
    for probe in range(end, index):
        word = context.words[probe]
        if (context.hit("prep", probe) is not None or word == "for") and not (
            (
                word in _grammar("quantifier")
                and probe + 1 < len(context.words)
                and context.words[probe + 1][:1].isdigit()
            )
            or _number_bound(context, probe)
        ):
            return True  # but "over 2,000 troops", "around 400 soldiers" count them
        if verb and word == "of" and probe > end:
            before = context.words[probe - 1]
            # "some of the forces", "2,000 of its troops" are the forces themselves
            if before not in _grammar("quantifier") and not before.isdigit():
                return True
    return False


def _number_bound(context: _Context, index: int) -> bool:
    """Whether the preposition at ``index`` is part of a bound on the number after it ("up to
    800 troops", "at least 200 soldiers"): the forces after it are still the verb's object."""
    words = context.words
    for first in (index - 1, index):
        after = first + 2
        if (
            first >= 0
            and after < len(words)
            and f"{words[first]} {words[first + 1]}" in _grammar("bound")
            and (words[after][:1].isdigit() or words[after] in _grammar("quantifier"))
        ):
            return True
    return False


def _light_forces(context: _Context, hit: _Hit, *, loaded: bool = True) -> int | None:
    """The personnel word a light verb has as its object ("has 400 troops", "keep US troops"),
    if any. Before the actors are known (``loaded`` false) any capitalised word may be one."""
    described = False  # one describing word: "retain a sizable force"
    for index in range(hit.end, min(hit.end + _LIGHT_REACH, len(context.words))):
        if _personnel(context, index):
            return _force_head(context, index)
        word = context.words[index]
        owner = index in context.actor_at if loaded else context.tokens[index].text[:1].isupper()
        if not (
            word in _DETERMINERS
            or _modifier(context, index)
            or word in _grammar("quantifier")
            or owner
            or _in_range(context, index)  # "8,000 to 10,000 fighters"
            or _number_bound(context, index)  # "has up to 400 troops"
            # "have small numbers of special forces": "of" after a word of quantity
            or (word == "of" and context.words[index - 1] in _grammar("quantifier"))
        ):
            # one describing word, after a determiner or right after the verb ("have
            # small contingents")
            if described or not (
                _describing(context, index)
                or (index == hit.end and _describing(context, index, after_verb=True))
            ):
                return None
            described = True
    return None


def _in_range(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` joins the two numbers of a range ("8,000 to 10,000")."""
    words = context.words
    return (
        words[index] in {"to", "-", "or", "and"}
        and 0 < index < len(words) - 1
        and words[index - 1].isdigit()
        and words[index + 1].isdigit()
    )


def _force_head(context: _Context, index: int) -> int:
    """The last word of the forces starting at ``index``: "special forces", "special forces
    contingents"."""
    last = len(context.words) - 1
    while True:
        force = context.hit("force", index)
        if force is not None and force.end - 1 > index:
            index = force.end - 1
        elif index < last and _personnel(context, index + 1):
            index += 1
        else:
            return index


def _describing(context: _Context, index: int, *, after_verb: bool = False) -> bool:
    """Whether the word at ``index`` may be an adjective before a noun: a lower-case word of
    no grammar role ("sizable", "large"), between a determiner (or, ``after_verb``, the verb
    taking the noun) and its noun."""
    word = context.words[index]
    return (
        index > 0
        and (after_verb or context.words[index - 1] in _DETERMINERS)
        and context.tokens[index].text.isalpha()
        and context.tokens[index].text.islower()
        and word not in _grammar("follower")
        and context.hit("prep", index) is None
        and context.actions[index] is None
    )


def _light_presence(context: _Context, hit: _Hit, location: Location | None) -> bool:
    """ "has 400 forces in Syria": a light verb, its forces, then at once their place (past
    a participle saying what they do there)."""
    index = _light_forces(context, hit)
    if location is None or index is None:
        return False
    if location.span.end <= context.tokens[hit.start].start:
        return True  # "Manbij, where the US military maintains a base": placed by "where"
    following_word = context.words[index + 1] if index + 1 < len(context.words) else ""
    if following_word.endswith(("ed", "ing")) and following_word.isalpha():
        index += 1  # "have military units engaged in Syria", "troops operating in Iraq"
    place_start = location.span.start
    following = context.tokens[index + 1 : index + 3]
    # the place follows at once; a kept preposition ("near the border") opens its span
    return any(token.end >= place_start for token in following) and all(
        token.start <= place_start for token in following[:1]
    )


def _may_qualify(context: _Context, hit: _Hit) -> bool:
    """A cheap necessary condition of :func:`_form_allows` for a restricted trigger, checked
    before any reading: most "has", "have" and "remain" in the news are not about forces."""
    if hit.form == "light":
        return _light_forces(context, hit, loaded=False) is not None
    if hit.form == "object":
        first = _past_partitive(context, hit.end)
        return _changed_presence(context, hit) is not None or any(
            context.equipment_at(index) is not None or _personnel(context, index)
            for index in range(first, min(first + _OBJECT_REACH + 1, len(context.words)))
        )
    if hit.form == "subject":
        if context.hit("prep", hit.end - 1) is not None:
            return True  # "operates inside Turkey": the trigger ends with the place's preposition
        end = _past_adverb(context, hit.end)
        # a place follows ("remain in"), or the clause ends with the verb or with the "there"
        # standing for one ("fighters remain, all survivors", "stay there until 2021")
        return end < len(context.words) and (
            context.hit("prep", end) is not None or context.words[end] in _STAY_ENDS
        )
    if hit.form == "purpose":
        return _supporting(context, hit) or _plain_entry(context, hit)
    if hit.form == "join":
        return _joined_formation(context, hit)
    if hit.form == "vacate":
        return (
            hit.end < len(context.words)
            and hit.start > 0
            # "were left behind" is no leaving, "were fleeing the town" is
            and (
                context.words[hit.start - 1] not in _PASSIVE
                or context.words[hit.start].endswith("ing")
            )
            and (
                context.words[hit.end] == "the"
                or _name_like(context.tokens[hit.end].text)
                or _is_direction(context.words[hit.end])  # "leave north-west Syria"
                or _vacated_bare(context, hit)
            )
        )
    return True


def _vacated_bare(context: _Context, hit: _Hit) -> bool:
    """Whether a "leave" verb ends its clause, bar an adverb or a time: "ordered the British
    troops in Estonia to leave within weeks" leaves the place the forces are named in."""
    return hit.form == "vacate" and _bare_end(context, hit._replace(form="verb"))


def _supporting(context: _Context, hit: _Hit) -> bool:
    """Whether "to" and a verb of support follow the trigger in its clause: "enter Idlib
    province to support rebel forces" moves forces in, "entered and occupied" does not."""
    words = context.words
    for index in range(hit.end, min(hit.end + _PLACE_WORDS, len(words) - 1)):
        if words[index] in _CLAUSE_ENDS or context.is_boundary(index):
            return False
        if words[index] == "to" and (
            words[index + 1] in _grammar("support") or words[index + 1] in _grammar("joining")
        ):
            return True
    return False


def _side_before(context: _Context, start: int, left: int = 0) -> int | None:
    """The index of a side's word ("regime", "government") right before ``start``, past
    modals ("the regime will enter"), or ``None``."""
    index = start - 1
    while index > left and context.words[index] in _MODALS:
        index -= 1
    return index if index >= left and context.words[index] in _grammar("side") else None


def _regime_subject(context: _Context, start: int, left: int) -> int | None:
    """The index of a state's government named as the subject right before a verb of
    entering at ``start`` ("the Syrian regime enters Afrin", "the regime will enter"), or
    ``None``. A government that enters a place sends its forces there; the word alone is no
    force word, as a regime that "is sending the locals" or "keeps in place" moves none."""
    index = _side_before(context, start, left)
    if index is None:
        return None
    actor = context.actors.get(context.actor_at.get(index, ""))
    return index if actor is not None and actor.kind == ActorKind.COUNTRY else None


def _plain_entry(context: _Context, hit: _Hit) -> bool:
    """Whether forces enter a named place with no purpose or further act in the clause:
    "Russian armed forces entered Syria in 2015"; not "entered Afrin to fight the Kurds" nor
    "entered and occupied the parliament", which are operations."""
    words = context.words
    if (
        words[hit.start] in _grammar("travelling")
        or hit.end >= len(words)
        or not (_name_like(context.tokens[hit.end].text) or _described_name(context, hit.end))
    ):
        return False
    for index in range(hit.end, min(hit.end + _PLACE_WORDS + 4, len(words))):
        if words[index] in _SENTENCE_ENDS or context.is_boundary(index):
            return True
        if words[index] == "," and words[index + 1 : index + 2] == ["where"]:
            # "where" describes the place, unless the movers act there ("where they killed")
            return words[index + 2 : index + 3] != ["they"]
        if words[index] == "and":
            # "entered Syria in 2015 and have been there ever since", not "and seized"
            return not any(
                word in _grammar("casualty") or word in _grammar("seizing")
                for word in words[index + 1 : index + 3]
            )
        if words[index] == "," and words[index + 1 : index + 2] == ["including"]:
            continue  # "entered Iraq from positions along the border, including Abu Kamal"
        if words[index] == "," and _source_closes(context, index):
            return True  # "will enter Kirkuk, officials said.": the source ends the sentence
        if words[index] in {"to", "but", "after", "before", "where", "as", "while", ","}:
            return False  # a purpose or another clause may make it an attack
    return True


# words opening a clause of its own after a comma: what follows is no closing source
_CLAUSE_AFTER_COMMA = frozenset({"and", "but", "which", "who", "that"})


def _source_closes(context: _Context, comma: int) -> bool:
    """Whether a short source and its reporting verb close the sentence after ``comma``
    ("..., officials said on Monday."), adding nothing the movers did."""
    words = context.words
    if comma + 1 < len(words) and words[comma + 1] in _CLAUSE_AFTER_COMMA:
        return False
    for index in range(comma + 2, min(comma + _APPOSED_WORDS + 4, len(words))):
        if words[index] in _CLAUSE_ENDS or context.is_boundary(index):
            return False
        hit = context.hit("speech", index)
        if hit is None:
            continue
        for after in range(hit.end, min(hit.end + 5, len(words) + 1)):
            if after == len(words) or words[after] in _SENTENCE_ENDS:
                return True
            if words[after] in _CLAUSE_ENDS or words[after] in {"that", "to"}:
                return False
        return False
    return False


def _joined_group(context: _Context, end: int) -> tuple[str, Span] | None:
    """The armed group named after "to join" in the clause after ``end``: fighters who
    "travelled to Afghanistan to join the Isis branch there" move for that group."""
    words = context.words
    last = min(end + _PLACE_WORDS + 1, len(words) - 1)
    for index in range(end, last):
        if words[index] in _CLAUSE_ENDS or context.is_boundary(index):
            return None
        if words[index] == "to" and words[index + 1] in _grammar("joining"):
            for probe in range(index + 2, min(index + 5, len(words))):
                actor = context.deployer_at(probe)
                if actor is not None:
                    span = context.actor_span.get(probe)
                    if span is None or not _group_kind(context, actor):
                        return None
                    return actor, span
            return None
    return None


def _auxiliary(context: _Context, hit: _Hit) -> bool:
    """ "has massed", "have been deployed": the light verb is an auxiliary of a trigger, or of
    a past participle with its object ("their forces had besieged a Syrian military base")."""
    words = context.words
    following = hit.end
    if (
        following + 1 < len(words)
        and words[following].endswith("ed")
        and words[following].isalpha()
        and (
            words[following + 1] in _DETERMINERS
            # "has recruited tens of thousands of fighters", "had trained 5,000 troops"
            or words[following + 1] in _COUNT_WORDS
            or words[following + 1][:1].isdigit()
        )
        and context.hit("force", following) is None
    ):
        return True
    return any(
        context.hit("action", index) is not None
        for index in range(hit.end, min(hit.end + 3, len(context.words)))
    )


def _blocked(context: _Context, index: int) -> bool:
    """Whether the trigger at ``index`` is inside a fixed phrase ("freedom of movement"), or
    names an organisation ("the Hezbollah movement", "the Houthi movement")."""
    if (
        context.words[index] == "movement"
        and index > 0
        and context.sentence_of[index - 1] == context.sentence_of[index]
        and (index < 2 or context.sentence_of[index - 2] == context.sentence_of[index])
        and context.tokens[index - 1].text[:1].isupper()
        and _country_of_adjective(context.words[index - 1]) is None
    ):
        return True
    if context.words[index] in _grammar("bare_infinitive") and (
        index == 0 or context.words[index - 1] not in _grammar("infinitive_marker")
    ):
        return True  # "land forces", "on land": the noun, not the verb of "proceeded to land"
    for start in range(max(0, index - 3), index + 1):
        hit = context.hit("block", start)
        if hit is not None and hit.end > index:
            return True
    return _habitual(context, index) or _detainees_returned(context, index)


def _detainees_returned(context: _Context, index: int) -> bool:
    """Whether the trigger at ``index`` brings back fighters named by their creed ("European
    jihadis brought back to their home countries", "bring back the jihadists"): detainees
    returned for trial, not forces withdrawn ("bring back US troops" still is)."""
    words = context.words
    if words[index] not in _grammar("repatriate"):
        return False
    hit = context.actions[index]
    creed = _grammar("creed")
    sentence = context.sentence_of[index]
    end = hit.end if hit is not None else index + 1
    near = [*range(max(0, index - 3), index), *range(end, min(end + 3, len(words)))]
    return any(words[probe] in creed and context.sentence_of[probe] == sentence for probe in near)


def _habitual(context: _Context, index: int) -> bool:
    """Whether an adverb of frequency stands by the trigger at ``index`` in its clause ("where
    US troops had regularly gathered", "didn't send troops into combat very often"): a habit
    or a generalisation, not one movement."""
    hit = context.actions[index]
    if hit is None:
        return False
    habits = _grammar("habitual")
    words = context.words
    if not habits.isdisjoint(words[max(0, index - 2) : index]):
        return True
    for probe in range(hit.end, min(hit.end + _FORCE_AFTER - 1, len(words))):
        if context.is_boundary(probe) or words[probe] in _CLAUSE_ENDS:
            return False
        if words[probe] in habits:
            return True
    return False


def _clause_left(context: _Context, start: int, sentence: int) -> int:
    """The first token of the clause ending at ``start``: back to a boundary, the sentence's
    start or the left window, whichever comes first."""
    left = start
    while (
        left > 0
        and start - left < _LEFT
        and context.sentence_of[left - 1] == sentence
        and not context.is_boundary(left - 1)
    ):
        left -= 1
    return left


def _clause(context: _Context, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause around ``start..end``, within its sentence and the windows."""
    sentence = context.sentence_of[start]
    left = _clause_left(context, start, sentence)
    if left > 1 and start - left <= 3 and context.words[left - 1] in _DASHES:
        # "Isis fighters – among them former diehards – have been fleeing": an aside between
        # dashes right after the subject's forces; the clause goes back past it
        for probe in range(left - 2, max(0, left - 1 - _DASHED), -1):
            if context.sentence_of[probe] != sentence:
                break
            if context.words[probe] in _DASHES:
                if probe > 0 and _personnel(context, probe - 1):
                    left = _clause_left(context, probe, sentence)
                break
    right = end
    while (
        right < len(context.words)
        and right - end < _RIGHT
        and context.sentence_of[right] == sentence
        and not context.is_boundary(right)
    ):
        right += 1
    if right < len(context.words) and right - end <= 2 and context.words[right] in _DASHES:
        # an aside between dashes right after the verb's object: "sent troops – and Arab
        # militia – into Afrin"; the clause goes on past it
        for probe in range(right + 1, min(right + _DASHED, len(context.words))):
            if context.words[probe] in _DASHES:
                right = probe + 1
                while (
                    right < len(context.words)
                    and right - probe <= _RIGHT
                    and context.sentence_of[right] == sentence
                    and not context.is_boundary(right)
                ):
                    right += 1
                return left, right
            if context.sentence_of[probe] != sentence or context.is_boundary(probe):
                break
    return left, right


def _read_mention(context: _Context, joined: list[_Hit], first: int) -> _Mention | None:
    """Read the parts of one movement around its triggers; ``first`` is where the words for
    it begin (the participle of "troops stationed in Qatar would be withdrawn")."""
    hit = joined[0]
    start, end = hit.start, joined[-1].end
    action = Action(hit.value)
    left, right = _clause(context, start, end)
    trigger_tokens = {index for item in joined for index in range(item.start, item.end)}
    # an adverb before the verb does not push its forces away ("members gradually withdrew")
    adverb = (
        start > 0
        and context.words[start - 1].endswith("ly")
        and context.tokens[start - 1].text.islower()  # not "Italy"
    )
    before = max(left, min(start, first) - _FORCE_BEFORE - adverb)
    if hit.form in {"vacate", "fled"}:  # "fighters and their families were bussed to"
        before = max(left, start - _SUBJECT_REACH - _dashed_aside(context, start))
    if action is Action.EXERCISE and any(
        context.words[index] in _grammar("participate") for index in range(before, start)
    ):
        # Who takes part in an exercise is the subject of "take part", well before the noun
        # ("the jets will likely be taking part in routine training exercises").
        before = max(left, start - _PARTICIPANTS)
    if hit.form == "verb" and end < len(context.words) and context.words[end] in {"her", "him"}:
        return None  # "forces who transferred her to al-Hawl" move a person, not forces
    if context.words[start] in _grammar("sending") and _sent_fleeing(context, hit.end):
        return None  # "sending the rebels into retreat": they are routed, not sent anywhere
    sighted = False  # forces found after a verb of seeing, far before the participle
    people = False  # the forces are a people named by its demonym ("the French")
    forces = [
        index
        for index in range(before, min(right, _force_reach(context, end)))
        if (context.hit("force", index) is not None or context.equipment_at(index) is not None)
        and (
            index not in trigger_tokens
            or _sent_forces(context, hit, index)
            or (index == start and hit.end - start > 1)  # "troop surge": the troops surge
        )
        and (action in _STAYING or not _site(context, index))
        # "an international observer force", "a monitoring unit": not armed forces
        and not (index > 0 and context.words[index - 1] in _grammar("civilian"))
        # "the minister's plane landed in Ankara": aircraft land on every flight; troops put
        # ashore or dropped somewhere are moved there, as its subject or its object, not "the
        # army said rockets landed"
        and (
            context.words[start] not in _grammar("alighting")
            or (
                _personnel(context, index) and (index > start or _subject_of(context, index, start))
            )
        )
        and not _behind_preposition(context, end, index, verb=hit.form != "noun")
        and not _military_of_other(context, index)
        # "were driven out of Kirkuk by the Iraqi army": the agent drove them out
        and not (hit.form == "fled" and "by" in context.words[end:index])
        # "gathered data, including commands sent by Isis fighters": the agent of a sending
        # sends something else; it is not what is sent or massed
        and not (
            index > end
            and context.words[start] in _grammar("sender")
            and "by" in context.words[end:index]
        )
    ]
    if (
        not forces
        and hit.form == "placed"
        and start > 0
        and (
            context.words[start - 1] in _communities()
            or _there(context, start)
            or _inverted_opening(context, start) is not None  # "In Tanf are 200 US troops"
        )
        and _personnel(context, start)
    ):
        forces = [start]  # "Kurdish units in Manbij": the placed force word is the forces
    if not forces and context.words[start] in _grammar("alighting"):
        return None  # "several rockets landed in the airport compound": no troops land
    if not forces and hit.form == "verb" and context.words[start] == "moving":
        seen = _seen_forces(context, start)
        if seen is not None:
            forces = [seen]
            sighted = True
    if hit.form == "join":
        # the equipment that joins moves; the body it joins ("U.S. Naval Forces") stays
        forces = [index for index in forces if index < start]
    if hit.form == "purpose" and not any(index < start for index in forces):
        # "a deal whereby the Syrian regime enters Afrin and YPG forces redeploy": forces
        # after a verb of entering are not what enters
        regime = _regime_subject(context, start, left)
        if regime is not None:
            forces = [regime]
    if not forces and hit.form == "subject":
        subject = _purposed_subject(context, start, left)
        if subject is None and context.words[start] in _grammar("field_camp"):
            subject = _sides_subject(context, start, left)  # "both sides camped along"
        if subject is None:
            subject = _previous_subject(context, start, left)  # "They are dug in near"
        if subject is not None:
            forces = [subject]
    if not forces and (
        hit.form in {"verb", "subject"}
        # "Isis fighters who fled to Turkey"; not "foreign fighters who returned to the UK",
        # people going home
        or (hit.form == "fled" and context.words[start] not in _grammar("return_verb"))
    ):
        # "Chechen fighters, who were moved to Kherson": the relative pronoun
        # opening the clause stands for the forces named right before it
        relative = _relative_forces(context, start, left)
        if relative is not None:
            forces = [relative]
    if not forces and any(
        context.words[index] in _grammar("civilian")
        for index in range(before, min(right, end + _FORCE_BEFORE))
    ):
        return None  # "State Department staff will be withdrawn": no forces move
    if _civilian_subject(context, start, left, forces):
        return None  # "thousands of civilians fled to Turkey as the troops advanced"
    if not forces and len(joined) == 2 and joined[1].value == Action.PRESENCE.value != hit.value:
        forces = [joined[1].start]  # "drawing down its presence": the presence is the forces
    subject = None
    if not forces and hit.form == "fled":
        # "Kurdish forces, who had held Kirkuk since 2014, were pushed out by the Iraqi army":
        # a relative aside puts the subject of a verb of flight past its reach
        subject = _aside_subject(context, start, left)
    if not forces and hit.form == "purpose":
        subject = _raised_subject(context, start, left)  # "forces are said to have entered"
    if not forces and hit.form == "verb":
        subject = _placed_subject(context, start, left)
        if subject is None:
            subject = _aside_subject(context, start, left)
        if subject is None:
            subject = _serving_subject(context, start, left)
        if subject is None:
            subject = _sized_subject(context, start, left)
        if subject is None:
            subject = _conjoined_subject(context, start, left)
        if subject is None:
            subject = _partitive_subject(context, start, left)
        if subject is None:
            subject = _raised_subject(context, start, left)
        if subject is None:
            subject = _previous_subject(context, start, left)
        if subject is None:
            subject = _people_subject(context, start, left)
            people = subject is not None
        if subject is None:
            subject = _sides_subject(context, start, left)
        if subject is None and _retreating_people(context, hit):
            # "the retreating French on Route 4": the people after the participle move
            subject = hit.end
            people = True
    if subject is not None:
        forces = [subject]
        if subject < left:
            # forces before a relative clause ("The German jets, which ..., were
            # moved"): their owner stands before them, outside the clause
            left = max(0, subject - _FORCE_BEFORE)
    if not forces and hit.form == "noun":
        people_at = _people_after_of(context, hit)
        if people_at is not None:
            forces, people = [people_at], True  # "the withdrawal of the British from Basra"
    # "surrendered to Russian and Syrian forces, and accepted being transferred": the victors
    # named before the verb are not who moves
    forces = [index for index in forces if index > start or not _opponents(context, index)]
    if (
        hit.form == "noun"
        and end < len(context.words)
        and context.words[end] == "of"
        and any(end < index <= end + _FORCE_BEFORE for index in forces)
    ):
        # "tensions with the Turkish military over the presence of Kurdish forces": the
        # forces after "of" own the noun; forces before it stand in another phrase
        forces = [index for index in forces if index > start]
    evidence = [context.span(item.start, item.end) for item in joined]
    actor, actor_span = _find_actor(
        context,
        start,
        end,
        left,
        forces,
        own_only=hit.form in _SUBJECT_FORMS,
        expelled=hit.form == "fled",
    )
    if _served_name(context, forces, actor_span, start):
        actor, actor_span = None, None  # "Forces backed by Turkey moved": the backer stays
    if people:
        # "forcing the French to withdraw", "the retreating French": the people named moves,
        # not the clause's first actor nor one before the participle
        actor, actor_span = context.deployer_at(forces[0]), context.actor_span[forces[0]]
    named_group = None if forces else _group_after_of(context, hit)
    if named_group is not None:
        # "alarmed by the presence of Hezbollah in Qusair": the armed group after "of" is
        # present as its fighters are, not the actor before the noun
        actor, actor_span = context.actor_at[named_group], context.actor_span[named_group]
    if (
        actor_span is not None
        and actor_span.end <= context.tokens[start].start
        and _prenominal(context, hit, forces)
    ):
        # "troops were chasing the retreating fighters": the forces after the participle move,
        # not whoever stands before it; a demonym among them names their state
        actor, actor_span = None, None
        for index in range(hit.end, min(hit.end + 2, len(context.words))):
            country = _country_of_adjective(context.tokens[index].text)
            if country is not None and country in context.country_actor:
                actor, actor_span = context.country_actor[country], context.span(index, index + 1)
                break
    place_left = _demonym_left(context, hit, actor_span)
    if place_left is not None:
        actor, actor_span = None, None
        # nor is it who moves in the movements read after it ("nor cutting troops in ...")
        context.not_deployer.add(start - 1)
    if hit.form == "purpose":
        group = _joined_group(context, end)
        if group is not None:
            actor, actor_span = group  # not the state of "French fighters", but whom they join
        elif context.words[start] in _grammar("travelling"):
            return None  # travel is a movement of forces only to join an armed group
    dominant = False
    if actor is None:
        # placed forces are their own trigger: "3,000 militants are in Mosul"
        fighters = [start] if hit.form == "placed" and not forces else forces
        actor, actor_span = _dominant_group(context, start, fighters)
        named = context.actor_at.get(start)
        if hit.form == "placed" and actor is None and _group_kind(context, named):
            # "the militants are believed to be inside Mosul", the actors' layer having read
            # "militants" as the group named before: the fighters name their group
            actor, actor_span = named, context.span(start, start + 1)
        if actor is not None and not forces:
            forces = fighters
        dominant = actor is not None
    if actor_span is not None:
        evidence.append(actor_span)
    anchors = [item.end for item in joined] + [index + 1 for index in forces if index < start]
    if hit.form == "subject" and end < len(context.words) and context.words[end] in _CLAUSE_ENDS:
        anchors = []  # "2,500 Isis fighters remain, all survivors of routs to the east"
    if named_group is not None:
        anchors = [_name_end(context, named_group)]  # "the presence of the PKK in Sinjar"
    held: Location | None = None
    if action is Action.WITHDRAWAL and forces and forces[0] < start:
        held = _held_place(context, forces[0], start)
    if held is not None:
        # the words after the forces are the aside's ("who had held Afrin and nearby
        # villages"), so only the verb's own place may stand for the one it leaves
        anchors = [item.end for item in joined]
    location: Location | None = None
    relation = ""
    for anchor in anchors:
        location, relation = _find_location(
            context, anchor, right, action, trigger_tokens, through=hit.form == "object"
        )
        if location is not None:
            break
    if location is None and place_left is not None:
        location = place_left
        evidence.append(place_left.span)
    if location is None:
        # "In Iraq, Washington is drawing down its presence": a place set before the clause
        location = _fronted_place(context, start)
        if location is None and sighted:
            location = _opening_sighting_place(context, start)
        if location is None and (sighted or actor is None):
            location = _seen_place(context, start)
        if location is not None:
            relation = ""  # the place where it happens, not one it leaves
    if location is None and action is Action.WITHDRAWAL and forces and _is_country(context, actor):
        # "after the troop surge in Iraq, Obama withdrew all of our forces": a state's forces
        # leave the one other state the sentence named before
        location = _named_before(context, start, actor)
        if location is not None:
            evidence.append(location.span)
    if location is None and held is not None:
        location = held
        evidence.append(held.span)
    if location is None and hit.form == "light":
        location = _kept_there(context, hit)
    if location is None and action is Action.DEPLOYMENT and hit.form in {"verb", "object"}:
        location = _destined_place(context, forces, end, right)
        if location is not None:
            relation = ""  # a place gone to
            evidence.append(location.span)
    if location is None and action in _STAYING:
        # "Mount Sinjar, where several hundred PKK fighters remain": the place the clause
        # is about is named before "where"
        location = _where_antecedent(context, left)
    if location is None and action is Action.DEPLOYMENT and _stative(context, start):
        # "Manbij, where US special forces are deployed": a participle of forces already
        # there, placed by the clause's antecedent
        location = _where_antecedent(context, left)
        if location is not None and context.words[start] in _grammar("relocating"):
            relation = ""  # "Sievierodonetsk, where his men relocated": they went there
        elif location is not None:
            action = Action.PRESENCE
    where_place: Location | None = None
    if location is None and action in _WHERE_MOVES:
        # "Manbij, where US troops were sent", "the desert, where members of the group fled":
        # the movement goes to (or leaves) the place the clause is about
        location = where_place = _where_antecedent(context, left)
        if location is not None:
            relation = ""
    if location is not None and relation == "from" and action is Action.DEPLOYMENT:
        if context.words[start] in _grammar("sending"):
            # "forces sent from Kiev": where they come from, not a place they leave; the
            # state the origin belongs to owns them when nothing nearer names an owner.
            if actor is None and location.country in context.country_actor:
                actor = context.country_actor[location.country]
                actor_span = location.span
                evidence.append(actor_span)
            location = None
        elif hit.form != "purpose":  # "entered Syria from Lebanon" still goes in
            action = Action.WITHDRAWAL
    if action is Action.DEPLOYMENT and hit.form in {"verb", "noun"}:
        # "sent in bombers to strike the district of Sirte": with no place of its own, a
        # sending goes where its purpose verb acts; so it does when the place found lies past
        # that verb ("sent a garrison to secure Messina, and others lent aid to Syracuse")
        purpose = _purpose_place(context, start, end, right)
        if purpose is not None and (location is None or location.span.start > purpose.span.start):
            location = purpose
            evidence.append(location.span)
    if (
        action is Action.DEPLOYMENT
        and location is not None
        and _returning_home(context, end, location, actor)
    ):
        action = Action.WITHDRAWAL  # "moved soldiers from Somalia into Kenya": home
    elif (
        action is Action.WITHDRAWAL
        and location is not None
        and _going_back_abroad(context, start, end, location, actor)
    ):
        action = Action.DEPLOYMENT  # "sent 2,000 paratroopers back to Syria": there again
    if location is None and hit.form == "verb" and context.words[start].endswith("ing"):
        # "entrenched its military in the country, deploying fighters": the participle
        # after the comma goes on the main clause's movement, and shares its place
        location = _place_before_comma(context, start)
    elif (
        location is not None
        and action is Action.DEPLOYMENT
        and relation in _STATIVE_PREPOSITIONS
        and _stative(context, start)
        # "troops could be redeployed in Niger": moved there from elsewhere, whatever the
        # preposition; as are troops that "joined US forces in Saudi Arabia"
        and context.words[start] not in _grammar("relocating")
        and hit.form != "join"
    ):
        action = Action.PRESENCE  # "troops deployed in Syria" are there, not going there
    if hit.form == "vacate" and _vacated_bare(context, hit):
        # "the British troops in Estonia to leave within weeks": only the forces' own place
        location = next(
            (
                found
                for index in forces
                if index < start
                and (found := _find_location(context, index + 1, start, action, trigger_tokens)[0])
                is not None
            ),
            where_place,  # "the desert, where members of the group fled": they went there
        )
    elif hit.form in {"vacate", "purpose"}:
        # "the fleet left Odessa", "enter Idlib to support": the place is the object, not a
        # prepositional phrase.
        location = _place_phrase(
            context, _Hit(start=end, end=end, kind="prep", value="drop", form=""), right
        )
    if location is None and hit.form == "subject":
        location = _stayed_there(context, end)  # "US troops will stay there."
    if location is None and action is Action.REINFORCEMENT:
        # "reinforced its eastern frontier": the place is the object.
        location = _place_phrase(
            context, _Hit(start=end, end=end, kind="prep", value="drop", form=""), right
        )
    back_reference = (
        hit.form == "noun" and start > 0 and context.words[start - 1] in _BACK_REFERENCE
    )
    if people and not _place_of_verb(context, max(end, forces[0] + 1), location):
        # "the British withdrew from the European Union", "the Spanish withdrew from the
        # tournament in Madrid": a people moves as a side only to or from a place itself
        forces = []
    if not _form_allows(context, hit, end, forces, location):
        return None
    if dominant and location is None:
        # "fighters gathered around a pot of food": with no place, unowned fighters are too
        # often some other side's men or no movement at all to credit to the article's group
        evidence = [span for span in evidence if span != actor_span]
        actor, actor_span = None, None
    if (
        hit.form == "verb"
        and len(joined) == 1
        and all(index < start for index in forces)
        and _other_object(context, end)
    ):
        return None  # "when he sent forces in 2015, Mr Putin has built up his leverage"
    if action in _GROWING and location is None and _grown_force(context, end, forces):
        return None  # "Germany has pledged to bolster its military": a bigger army, not a move
    # Without a force word, only "withdraw from Syria" or "a presence in Idlib" with a
    # named actor and place is read ("send observers to Ukraine" is not a deployment).
    named_place = (
        (action is Action.PRESENCE or (action is Action.WITHDRAWAL and relation == "from"))
        and location is not None
        and actor is not None
        # "Mr. Carter's presence in Baghdad", "a larger-than-life presence at the club": a
        # person's own presence, with no force word, is no state's forces
        and not (action is Action.PRESENCE and _person_named(context, actor_span))
        and (
            _named(context, location)
            or hit.form == "placed"
            or (action is Action.WITHDRAWAL and _place_headed(context, location))
        )
    )
    named_place = named_place or place_left is not None
    # "Isis has not had a presence in the area": an armed group is its fighters, so its own
    # presence needs no force word, and a place noun will do where a state would need a name
    named_place = named_place or (
        action is Action.PRESENCE
        and hit.form == "noun"
        and location is not None
        and len(joined) == 1
        and actor_span is not None
        and _group_kind(context, actor)
        and _place_headed(context, location)
        and (
            _subject_near(context, actor_span, start)
            or _possessive(context, actor_span)
            or named_group is not None  # "the presence of Isis in the city"
        )
    )
    # "a small Kurdish presence along Iraq's northern border": a community's presence with
    # its place is its fighters there, though a description names no actor; not one that
    # someone keeps ("Iran vowed to maintain a Shia presence in the valley"), which is the
    # keeper's policy for the place
    community_presence = (
        action is Action.PRESENCE
        and hit.form == "noun"
        and len(joined) == 1
        and actor is None
        and start > 0
        and context.words[start - 1] in _communities()
        and location is not None
        and (_named(context, location) or _place_headed(context, location))
        and not any(
            _hit_form(context.hit("action", index)) == "light"
            for index in range(max(left, start - _NEAR), start)
        )
    )
    named_place = named_place or community_presence
    # "troops freed up in Syria could be redeployed in Iraq": forces moved from elsewhere to a
    # named place by a named actor, though the forces stand too far back to be read
    named_place = named_place or (
        action is Action.DEPLOYMENT
        and context.words[start] in _grammar("relocating")
        and start > 0
        and context.words[start - 1] in _PASSIVE  # not "critics have relocated to Kyiv"
        and location is not None
        and actor is not None
        and _named(context, location)
        and _forces_before(context, start)
    )
    # "Britain trained 200 soldiers. They were deployed to Estonia": a subject pronoun
    # opening its sentence, before a passive verb of movement, stands for the forces the
    # sentence before names
    named_place = named_place or (
        hit.form == "verb"
        and location is not None
        and actor is not None
        and _named(context, location)
        and _pronoun_forces_before(context, actor_span, start)
    )
    # "Trump's decision to withdraw", "the US quit in 2011": a state (or its leader) pulling
    # out, with no object, place or force named, is its forces leaving the war the text is about.
    named_place = named_place or (
        action is Action.WITHDRAWAL
        and location is None
        and len(joined) == 1
        and _bare_end(context, hit)
        # "as Isis withdrew, it burrowed underground": an armed group is its fighters
        and (_state_actor(context, actor) or _group_kind(context, actor))
        and actor_span is not None
        and _subject_near(context, actor_span, start)
        # a name before the noun may be the place left ("a speedy Iraq withdrawal"); its
        # possessive is the mover ("Russia's withdrawal", "his withdrawal")
        and (hit.form == "verb" or _possessive(context, actor_span))
    )
    # "the Isis withdrawal": an armed group named before the noun is the mover, as a group
    # is no place
    named_place = named_place or (
        action is Action.WITHDRAWAL
        and hit.form == "noun"
        and len(joined) == 1
        and actor_span is not None
        and _group_kind(context, actor)
        and context.token_range(actor_span.start, actor_span.end)[1] == start
    )
    # "the US withdrawal had created a new context", "the US drawdown in Syria": a demonym
    # right before the noun is the state that pulls out, unless what it leaves is named
    # with "from" (read above with its place) or the noun heads a compound ("the UK
    # withdrawal agreement")
    named_place = named_place or (
        action is Action.WITHDRAWAL
        and hit.form == "noun"
        and len(joined) == 1
        and actor_span is not None
        and _state_actor(context, actor)
        and context.token_range(actor_span.start, actor_span.end)[1] == start
        and actor_span.text.lower() in demonyms()
        and end < len(context.words)
        and context.words[end] not in _FROM | {"of"} | _grammar("compound_head")
        and (location is None or relation in _STATIVE_PREPOSITIONS)
    )
    # "Hezbollah is in retreat across southern Lebanon", "its retreat to the Bekaa Valley": an
    # armed group falls back to a named place with no force word, as a group is its fighters
    named_place = named_place or (
        action is Action.WITHDRAWAL
        and location is not None
        # "Isis was driven from Raqqa": a group expelled from a place leaves it
        and (relation != "from" or hit.form == "fled")
        and len(joined) == 1
        and actor_span is not None
        and _group_kind(context, actor)
        # "its retreat to desert hideouts": a place noun will do where the group falls back to
        and (
            _named(context, location)
            or (context.words[hit.end - 1] != "fled" and _place_headed(context, location))
        )
        and actor_span.text.lower() not in _OBJECT_PRONOUNS | {"them"}  # "see them brought back"
        and (_subject_near(context, actor_span, start) or _possessive(context, actor_span))
        and context.token_range(actor_span.start, actor_span.end)[1] <= start
    )
    # Forces named with their place are there whatever is asked of them: "asked Washington to
    # hand over its bases in Syria" still places the bases.
    # "demanding that the Iranian military presence inside Syria is reined back": a definite
    # presence with its place exists whatever is asked of it; "a presence" may be what is asked
    demanded = (
        hit.form != "placed"
        and not (action is Action.PRESENCE and location is not None and _definite(context, start))
        and _demanded(context, start, left, actor)
    )
    # "years after Isis was driven out.": a group expelled with no place stated still leaves
    expelled_group = (
        action is Action.WITHDRAWAL
        and location is None
        and actor_span is not None
        and _group_kind(context, actor)
        and _expulsion_without_place(context, start, hit.end)
        and _group_subject(context, start, armed=True)
    )
    if not (forces or named_place or back_reference or expelled_group) or demanded:
        return None
    # "Britain announced the withdrawal from Basra": a definite withdrawal with its own mover
    # and the named place it leaves is a movement of its own, whether or not one came before
    own_departure = (
        action is Action.WITHDRAWAL
        and relation == "from"
        and named_place
        and location is not None
        and _named(context, location)
    )
    equipment = _find_equipment(context, left, start, end)
    if hit.form == "join":
        # "joined the carrier strike group": the carrier is the body's, not the mover's
        start_offset = context.tokens[start].start
        equipment = tuple(item for item in equipment if item.span.end <= start_offset)
    modality, cue = _find_modality(context, start, left)
    if modality in _INTENDED and not _decided(context, start, actor_span):
        return None  # "Ted Cruz, the Republican candidate, said he would pull troops out"
    source, denied = _find_source(context, start)
    if actor is None and forces and source is not None and _bare_forces(context, forces):
        # "the defence ministry said troops had been withdrawn": a state's military or head
        # speaking of forces it names by no owner speaks of its own
        owner = _military_speaker(context, start, source)
        if owner is not None:
            actor, actor_span = owner
            evidence.append(actor_span)
    # Only the mover, or someone speaking for it, denies its movement: a third party that
    # opposes or disputes a decision to withdraw does not make the withdrawal a denied one.
    if denied and (actor is None or source is None or context.speaks_for(source, actor)):
        modality = Modality.DENIED
        if hit.form == "vacate" and len(joined) == 1 and _infinitive_of(context, start):
            # "fighters who are refusing to leave the enclave" stay there
            action, modality = Action.PRESENCE, Modality.REPORTED
    if cue is not None:
        evidence.append(cue)
    personnel = _find_personnel(context, start, end)
    time = _find_time(context, start, end)
    personnel_span = context.figure_spans.get(personnel or "")
    time_span = context.time_spans.get(time or "")
    return _Mention(
        start=start,
        end=end,
        sentence=context.sentence_of[start],
        action=action,
        actor=actor,
        # "the presence of Hezbollah in Qusair" names its owner and place, as forces would;
        # with no place ("the presence of Islamic State has ended") it refers back
        back_reference=back_reference
        and not forces
        and not own_departure
        and not (named_group is not None and named_place),
        modality=modality,
        location=location,
        equipment=equipment,
        personnel=personnel,
        time=time,
        source=source,
        evidence=tuple(evidence),
        personnel_span=personnel_span,
        time_span=time_span,
        actor_span=actor_span,
        named_again=next(
            (context.words[i] for i in forces if i > 0 and context.words[i - 1] in _BACK_REFERENCE),
            None,
        ),
        own_subject=hit.form in _SUBJECT_FORMS
        and any(index < start for index in forces)
        # "government troops remain in Homs": a side owns them, whether or not its state
        # is named, so the presence stands without an actor
        and not any(_side_owned(context, index) for index in forces),
        # a community's presence is its forces placed with no movement word, which a named
        # side's movement joins only at the same place
        placed=community_presence,
        side_owned=community_presence
        or (
            actor is None
            and (
                any(_side_described(context, index) for index in forces)
                # "The militant group still has 3,000 fighters": an armed group the text
                # names by no name it knows, not the state whose movement came before
                or _group_description(context, left) is not None
            )
        ),
        state_forces=bool(forces)
        and _grammar("irregular").isdisjoint(context.words[index] for index in forces)
        # a warship named by its prefix ("USS Carney") is its navy's only (``_navy_of``)
        and all(context.hit("vessel", index) is None for index in forces),
    )


def _subject_of_movement(context: _Context, hit: _Hit) -> bool:
    """Whether a movement noun that also names forces ("reinforcements") is the subject of a
    verb of movement right after it, perhaps past auxiliaries: "Russian reinforcements were
    sent to Hama", "Reinforcements arrived"; the forces move, the noun is no movement of its
    own."""
    if hit.form != "noun" or not _personnel(context, hit.start):
        return False
    following = _next_trigger(context, hit.start)
    if following is None:
        return False
    verb = context.actions[following]
    return verb is not None and verb.form == "verb" and _gap_of_verb(context, hit.end, following)


def _sent_forces(context: _Context, hit: _Hit, index: int) -> bool:
    """Whether the trigger word at ``index`` is also the forces that the verb ``hit`` moves:
    "Turkey sent reinforcements to Idlib", where the noun read with the verb names what is
    sent."""
    noun = context.actions[index]
    return (
        hit.form == "verb"
        and index == hit.end
        and noun is not None
        and noun.form == "noun"
        and _personnel(context, index)
    )


def _definite(context: _Context, start: int) -> bool:
    """Whether the noun at ``start`` names something that exists: "the (Iranian military)
    presence", "Iran's presence"; not "a presence", nor "its presence", whose owner a call
    ("called on NATO to end its presence") leaves unsure."""
    for index in range(start - 1, max(-1, start - 4), -1):
        word = context.words[index]
        if word == "the" or (word.endswith("'s") and context.tokens[index].text[:1].isupper()):
            return True
        if word in _DETERMINERS or not word.isalpha():
            return False
    return False


def _infinitive_of(context: _Context, start: int) -> bool:
    """Whether the trigger at ``start`` is the verb of an infinitive that is the whole content
    of a statement ("refused to leave Mosul"), so its speaker is its subject."""
    offset = context.tokens[start].start
    statement = context.statement_at(offset)
    return statement is not None and any(
        part.text.startswith("to ") and offset == part.start + 3 for part in statement.content
    )


def _prenominal(context: _Context, hit: _Hit, forces: list[int]) -> bool:
    """Whether the trigger is a participle before the forces it describes, after an article:
    "the retreating fighters", "the retreating Russian troops"; not a gerund taking them as
    its object ("of sending troops", "by moving troops", "the sending of troops")."""
    start = hit.start
    return (
        hit.form == "verb"
        and start > 0
        and context.words[start].endswith("ing")
        and context.words[start - 1] in {"the", "a", "an"}
        and hit.end < len(context.words)
        and context.words[hit.end] != "of"
        and any(hit.end <= index <= hit.end + 1 for index in forces)
    )


def _forces_before(context: _Context, start: int) -> bool:
    """Whether a force word stands earlier in the sentence of the trigger at ``start``, within
    the actor's reach: the far subject of "troops freed up in Syria could be redeployed"."""
    armed = context.armed_indices
    sentence = context.sentence_of[start]
    where = bisect.bisect_left(armed, start - _REACH_BACK)
    return any(
        index < start and context.sentence_of[index] == sentence
        for index in armed[where : bisect.bisect_left(armed, start)]
    )


def _pronoun_forces_before(context: _Context, actor_span: Span | None, start: int) -> bool:
    """Whether the actor mention is "they" opening its sentence as the subject of the passive
    verb at ``start``, and the sentence before names forces it may stand for ("Britain trained
    200 soldiers. They were deployed to Estonia"; not "They were deployed" after a sentence
    naming no forces)."""
    if actor_span is None or actor_span.text.lower() != "they":
        return False
    first = context.token_range(actor_span.start, actor_span.end)[0]
    sentence = context.sentence_of[start]
    if (
        first == 0
        or context.sentence_of[first - 1] == sentence
        or context.words[start - 1] not in _PASSIVE
        or not all(
            word in _PASSIVE or word in _AUXILIARIES for word in context.words[first + 1 : start]
        )
    ):
        return False
    previous = [
        index
        for index in range(max(0, first - _REACH_BACK), first)
        if context.sentence_of[index] == sentence - 1
    ]
    if any(context.words[index] in _grammar("casualty") for index in previous):
        return False  # "Two soldiers were wounded. They were moved to Moscow": the wounded
    return any(index in previous for index in context.armed_indices)


def _purpose_place(context: _Context, start: int, end: int, right: int) -> Location | None:
    """The place a sending's purpose verb takes as its object, right after "to" and the verb
    ("dispatched hundreds of its men to guard the valley"), when it is a named state's place or
    ends in a place noun; not a group ("to fight Isis") or a place past another phrase."""
    words = context.words
    if words[start] not in _grammar("sending"):
        return None
    for index in range(end, min(right, end + _FORCE_AFTER + 2) - 2):
        word = words[index]
        if word in _CLAUSE_ENDS or context.is_boundary(index):
            return None
        if word != "to":
            continue
        verb = index + 1
        if (
            not context.tokens[verb].text.isalpha()
            or not context.tokens[verb].text.islower()
            or words[verb] in _DETERMINERS
            or context.hit("prep", verb) is not None
            or context.actions[verb] is not None
        ):
            return None  # "sent to the border" is read as the place already
        found = _place_phrase(
            context, _Hit(start=verb + 1, end=verb + 1, kind="prep", value="drop", form=""), right
        )
        if found is None or found.span.start != context.tokens[verb + 1].start:
            return None
        first, last = context.token_range(found.span.start, found.span.end)
        # a state's place, a phrase with a place noun ("the province of Idlib"), or a name
        # that names no actor ("to secure Messina"; not "to fight Isis", "to back Assad")
        if (
            found.country is not None
            or any(context.hit("place", probe) is not None for probe in range(first, last))
            or (
                context.tokens[first].text[:1].isupper()
                and not any(
                    probe in context.actor_at or probe in context.person_at
                    for probe in range(first, last)
                )
            )
        ):
            return found
        return None
    return None


def _returning_home(context: _Context, end: int, location: Location, actor: str | None) -> bool:
    """Whether forces go from a place of another state to their own state: "moved 500
    soldiers from Somalia into Kenya", "brought its troops home from Iraq to the US"."""
    owner = context.actors.get(actor or "")
    if owner is None or owner.country is None or location.country != owner.country:
        return False
    first = context.token_range(location.span.start, location.span.end)[0]
    for index in range(end, first):
        if context.words[index] != "from":
            continue
        origin = next(
            (
                context.country_at[probe]
                for probe in range(index + 1, min(index + 4, first))
                if probe in context.country_at
            ),
            None,
        )
        if origin is not None and origin != owner.country:
            return True
    return False


def _going_back_abroad(
    context: _Context, start: int, end: int, location: Location, actor: str | None
) -> bool:
    """Whether forces returning ("returned to", "sent ... back to", "ordered ... back to") go
    back to a place of another state than their own: "US troops returned to Iraq", not "Lee's
    army returned to Virginia" nor "ordered the troops back to their bases"."""
    owner = context.actors.get(actor or "")
    if owner is None or owner.country is None or location.country in {None, owner.country}:
        return False
    verb = context.words[start]
    if "home" in context.words[start:end]:
        return False  # "returned home from Afghanistan": the foreign place is the one left
    if verb in _grammar("return_verb"):
        return True
    first = context.token_range(location.span.start, location.span.end)[0]
    return (verb in _grammar("sending") or verb in _grammar("decree")) and "back" in context.words[
        end:first
    ]


def _civilian_subject(context: _Context, start: int, left: int, forces: list[int]) -> bool:
    """Whether people who are not forces stand right before the verb at ``start``, closer than
    any force word: they are who moves ("civilians fled to Turkey", "observers will be sent")."""
    nearest = max((index for index in forces if index < start), default=-1)
    words = context.words
    if any(
        words[index] in _grammar("civilian")
        and _gap_of_verb(context, index + 1, start)
        and not _beside_forces(context, index, forces)
        for index in range(max(left, nearest + 1, start - _FORCE_BEFORE), start)
    ):
        return True
    # a noun's "of" names who moves: "an exodus of refugees", not "of jihadists"
    hit = context.actions[start]
    after = start + 1 if hit is None else hit.end
    return (
        hit is not None
        and hit.form == "noun"
        and after + 1 < len(words)
        and words[after] == "of"
        and not _grammar("civilian").isdisjoint(words[after + 1 : after + 3])
    )


def _beside_forces(context: _Context, index: int, forces: list[int]) -> bool:
    """Whether the people at ``index`` are joined to forces named just before them: "Hezbollah
    fighters and their families withdrew" is still the fighters' withdrawal."""
    probe = index - 1
    if probe >= 0 and context.words[probe] in _POSSESSIVE_PRONOUNS:
        probe -= 1
    return probe > 0 and context.words[probe] == "and" and probe - 1 in forces


def _bare_forces(context: _Context, forces: list[int]) -> bool:
    """Whether no word before the forces names or describes an owner or side: "troops",
    "the 300 soldiers"; not "pro-government forces", "Kurdish fighters", "US-backed units"."""
    words = context.words
    for index in forces:
        probe = index - 1
        while probe >= 0 and (
            _modifier(context, probe)
            or words[probe] in _DETERMINERS
            or words[probe] in _grammar("quantifier")
        ):
            probe -= 1
        if probe < 0:
            continue
        if (
            probe in context.actor_at
            or probe in context.country_at
            or words[probe] in _grammar("side")
            or words[probe] in _OWNING
            or context.tokens[probe].text[:1].isupper()
            or "-" in words[probe]
        ):
            return False
    return True


def _military_speaker(context: _Context, start: int, source: str) -> tuple[str, Span] | None:
    """The state whose military (its defence ministry, army or general staff) or head ("President
    Obama said about 5,500 troops would remain") is the speaker of the statement that holds the
    trigger at ``start``, with the speaker's span."""
    statement = context.statement_at(context.tokens[start].start)
    speaker = context.actors.get(source)
    if statement is None or statement.source is None or speaker is None:
        return None
    spoken = statement.source
    named = set(regex.findall(r"\w+", spoken.text.lower()))
    head = (
        speaker.kind == ActorKind.PERSON
        and (speaker.title or "").lower() in _grammar("head")
        # named as the speaker, not only linked to a first person ("I think we still have")
        and any(m.start < spoken.end and spoken.start < m.end for m in speaker.mentions)
    )
    if not (named & _grammar("military_body") or head):
        return None
    if speaker.kind == ActorKind.COUNTRY:
        return speaker.id, statement.source
    state = context.country_actor.get(speaker.country or "")
    return (state, statement.source) if state is not None else None


def _named_before(context: _Context, start: int, actor: str | None) -> Location | None:
    """The one state other than ``actor`` named as a place ("in Iraq") earlier in the sentence
    of the trigger at ``start`` ("the surge in Iraq, Obama withdrew all of our forces");
    ``None`` when there is none, more than one, or a state named otherwise (it may act)."""
    sentence = context.sentence_of[start]
    first = start
    while first > 0 and context.sentence_of[first - 1] == sentence and start - first < 2 * _LEFT:
        first -= 1
    found: tuple[str, Span] | None = None
    for index in range(first, start):
        named = context.actor_at.get(index)
        if named is None or named == actor or not _is_country(context, named):
            continue
        if context.actor_at.get(index - 1) != named and (
            index == 0 or context.words[index - 1] not in _HELD_IN
        ):
            # "Russia condemned it, but the US withdrew": a state that acts is no place
            return None
        if found is not None and found[0] != named:
            return None
        found = (named, context.actor_span[index])
    if found is None:
        return None
    return Location(span=found[1], country=context.actors[found[0]].country)


def _fronted_place(context: _Context, start: int) -> Location | None:
    """The place of a sentence that opens with it ("In Iraq, Washington is drawing down
    ..."), when the trigger at ``start`` is in the clause right after its comma and no
    reporting verb stands between ("In Washington, officials said ..." sets no place)."""
    sentence = context.sentence_of[start]
    first = start
    while first > 0 and context.sentence_of[first - 1] == sentence and start - first < _LEFT:
        first -= 1
    if first > 0 and context.sentence_of[first - 1] == sentence:
        return None
    prep = context.hit("prep", first)
    if prep is None or prep.value == "from" or context.words[first] not in _AT:
        return None
    comma = next(
        (
            index
            for index in range(prep.end, min(start, prep.end + _PLACE_WORDS + 1))
            if context.words[index] == ","
        ),
        None,
    )
    if comma is None:
        return _sighting_place(context, prep, start)
    if start - comma > _LEFT // 2:
        return None
    if any(
        context.hit("speech", index) is not None or context.actions[index] is not None
        for index in range(comma + 1, start)
    ):
        return None
    place = _place_phrase(context, prep, comma)
    if place is None or context.token_range(place.span.start, place.span.end)[1] != comma:
        return None
    return place


def _opening_sighting_place(context: _Context, start: int) -> Location | None:
    """The place opening a monitor's report whose list of what it saw is too long for
    :func:`_fronted_place` to reach back from the participle at ``start``."""
    sentence = context.sentence_of[start]
    first = start
    while first > 0 and context.sentence_of[first - 1] == sentence and start - first < 3 * _LEFT:
        first -= 1
    if first > 0 and context.sentence_of[first - 1] == sentence:
        return None
    prep = context.hit("prep", first)
    if prep is None or prep.value == "from" or context.words[first] not in _AT:
        return None
    return _sighting_place(context, prep, start)


def _seen_place(context: _Context, start: int) -> Location | None:
    """The place given right after what a monitor saw, when the movement comes later in the
    sentence: "the SMM noted a military convoy in the area of Artemivsk, which contained ...
    one military truck transporting troops" (the convoy's place is the truck's)."""
    sentence = context.sentence_of[start]
    first = start
    while first > 0 and context.sentence_of[first - 1] == sentence and start - first < 3 * _LEFT:
        first -= 1
    observer = next(
        (i for i in range(first, start) if i in context.actor_at and _perceives(context, i)),
        None,
    )
    if observer is None:
        return None
    for index in range(observer + 1, min(start, observer + _PLACE_WORDS)):
        if context.words[index] in _CLAUSE_ENDS:
            return None
        prep = context.hit("prep", index)
        if prep is not None and context.words[index] in _AT:
            return _place_phrase(context, prep, start)
    return None


def _sighting_place(context: _Context, prep: _Hit, start: int) -> Location | None:
    """The place that opens a monitor's report of what it saw there, with no comma: "In the
    area of government-controlled Novookhtyrka (53km north-west of Luhansk) the SMM noted a
    convoy ... moving east"; the observer must follow the place (and its aside) at once."""
    observer = next((i for i in range(prep.end, start) if i in context.actor_at), None)
    if observer is None or not _perceives(context, observer):
        return None
    bound = observer - 1 if context.words[observer - 1] in _DETERMINERS else observer
    place = _place_phrase(context, prep, bound)
    if place is None:
        return None
    after = context.token_range(place.span.start, place.span.end)[1]
    if after < start and context.words[after] == "(":
        close = next(
            (i for i in range(after, min(start, after + _ASIDE)) if context.words[i] == ")"),
            None,
        )
        if close is None:
            return None
        after = close + 1
    if after < start and context.words[after] in _DETERMINERS:
        after += 1
    if after >= start or after not in context.actor_at or not _perceives(context, after):
        return None
    return place


def _place_before_comma(context: _Context, start: int) -> Location | None:
    """The place phrase that ends the clause right before ", <participle>" at ``start``."""
    comma = start - 1
    if comma <= 0 or context.words[comma] != ",":
        return None
    sentence = context.sentence_of[start]
    for index in range(comma - 1, max(-1, comma - _PLACE_WORDS - 2), -1):
        if context.sentence_of[index] != sentence or context.is_boundary(index):
            return None
        prep = context.hit("prep", index)
        if prep is not None and prep.value != "from":
            place = _place_phrase(context, prep, comma)
            if place is None:
                return None
            last = context.token_range(place.span.start, place.span.end)[1]
            return place if last == comma else None
    return None


def _force_reach(context: _Context, end: int) -> int:
    """Where the search for forces after a trigger ends: ``_FORCE_AFTER`` words, not counting
    the model names, numbers and quotation marks of a list of weapons ("deployed four Tu-95MS
    'Bear' and Tu-160M 'Blackjack' strategic bombers")."""
    reach = end + _FORCE_AFTER
    index = end
    while index < min(reach, len(context.words)) and reach < end + 2 * _FORCE_AFTER:
        text = context.tokens[index].text
        if text in _QUOTE_MARKS or (text[:1].isupper() and any(c.isdigit() for c in text)):
            reach += 1
        index += 1
    return reach


def _after_where(words: list[str], index: int) -> bool:
    """Whether the verb at ``index`` ends a short clause opened by ", where" ("the Kandil
    mountains, where the PKK is based."): its place is the one named before "where"."""
    return (
        index + 1 < len(words)
        and words[index + 1] in _CLAUSE_ENDS
        and any(
            words[probe] == "where" and words[probe - 1] == ","
            for probe in range(max(1, index - _WHERE_SUBJECT), index)
        )
    )


def _where_antecedent(context: _Context, left: int) -> Location | None:
    """The named place before ", where" that opens the clause starting at ``left``."""
    words, tokens = context.words, context.tokens
    if left < 3 or words[left - 1] != "where":
        return None
    last = left - 2 if words[left - 2] == "," else left - 1
    first = last
    while (
        first > 0
        and last - first < _PLACE_WORDS
        and (
            _name_like(tokens[first - 1].text)
            # "Deir ez-Zor, where": a lower-case particle joined to a name inside it
            or tokens[first - 1].text.rpartition("-")[2][:1].isupper()
            or words[first - 1] in _PHRASE_LINKS
            or words[first - 1] in _DETERMINERS
            or context.hit("place", first - 1) is not None
        )
    ):
        first -= 1
    probe = first - 1
    while probe > 0 and last - probe < _PLACE_WORDS and words[probe].isalpha():
        probe -= 1
    if (
        0 <= probe < first
        and words[probe].endswith("'s")
        and _name_like(tokens[probe].text)
        and context.hit("place", last - 1) is not None
    ):
        first = probe  # "Syria's vast eastern desert, where": describing words after a name
    while first < last and (words[first] in _DETERMINERS or words[first] in _PHRASE_LINKS):
        first += 1  # the phrase starts at its first name or noun ("the town of Manbij")
    if first >= last or not any(tokens[i].text[:1].isupper() for i in range(first, last)):
        return None
    if words[first] != "the" and first > 0 and words[first - 1] == "the":
        first -= 1
    # "Sievierodonetsk, a town east of Kramatorsk, where": the apposition describes the name
    # before it, which is the place the clause is about
    comma = first - 1
    while comma > 1 and first - comma < _PLACE_WORDS and words[comma] not in _CLAUSE_ENDS:
        comma -= 1
    if (
        comma > 1
        and words[comma] == ","
        and words[comma + 1] in {"a", "an"}
        and tokens[comma - 1].text[:1].isupper()
    ):
        named = comma - 1
        while named > 0 and comma - named < _PLACE_WORDS and tokens[named - 1].text[:1].isupper():
            named -= 1
        return Location(span=context.span(named, comma), country=_country(context, named, comma))
    return Location(span=context.span(first, last), country=_country(context, first, last))


def _other_object(context: _Context, end: int) -> bool:
    """Whether the verb ending at ``end`` has an object that is not forces ("built up his
    leverage", "sent a letter"): a noun after at most a determiner or possessive."""
    index = end
    if index < len(context.words) and context.words[index] in _DETERMINERS:
        index += 1
    if index >= len(context.words) or index in context.time_tokens:
        return False
    text = context.tokens[index].text
    word = context.words[index]
    if any(other in _grammar("extent") for other in context.words[index : index + 3]):
        return False  # "withdrew a short distance": how far, not what
    if context.words[index] in _LINKING:
        return False  # "maintained their positions against Isis fighters": no object
    return (
        text.isalpha()
        and text.islower()
        and word not in _grammar("follower")
        and word not in _grammar("quantifier")
        and word not in _grammar("be")
        and not word.endswith("ly")
        and not _is_direction(word)
        and word not in _grammar("adverb")
        and word not in _PRONOUNS
        and word not in _OBJECT_PRONOUNS
        and context.hit("prep", index) is None
        and context.hit("place", index) is None
        and context.hit("force", index) is None
        and context.equipment_at(index) is None
        and context.actions[index] is None
        and context.hit("boundary", index) is None
        and context.hit("modality", index) is None
        and context.hit("speech", index) is None
    )


def _demonym_left(context: _Context, hit: _Hit, actor_span: Span | None) -> Location | None:
    """The place a withdrawal leaves, named by a demonym before the noun ("the Syrian
    withdrawal" when US troops are in Syria): the country whose soil the article puts others'
    forces on is where they leave from, not who leaves ("the Russian withdrawal" stays Russia's
    unless the article has forces in Russia)."""
    start = hit.start
    if (
        actor_span is None
        or hit.form != "noun"
        or hit.value != Action.WITHDRAWAL.value
        or start == 0
        or context.tokens[start - 1].start != actor_span.start
        or context.tokens[start - 1].end != actor_span.end
    ):
        return None
    text = actor_span.text
    code = _country_of_adjective(text)
    if (
        code is None
        or not text.isalpha()
        or text.isupper()  # "US withdrawal": the state itself
        or (country_name(code) or "").lower() == text.lower()
        or code not in context.hosts
    ):
        return None
    return Location(span=actor_span, country=code)


def _form_allows(
    context: _Context, hit: _Hit, end: int, forces: list[int], location: Location | None
) -> bool:
    """Whether a restricted trigger has the forces and place its form needs."""
    start = hit.start
    if hit.form == "light":  # only "have troops in Syria", "keep forces in the region"
        return _light_presence(context, hit, location)
    if hit.form == "object":  # "boosting troop numbers", not "boosting military spending"
        if (
            hit.value == Action.PRESENCE.value
            and not any(index >= end and _personnel(context, index) for index in forces)
            and not _military_operator(context, start, forces)
        ):
            # "the airline operates jets in Asia": equipment alone, kept by no armed owner
            # (troops stationed somewhere are forces whoever stations them)
            return False
        last = context.actions[end - 1]
        if end > hit.end and last is not None and last.value == Action.PRESENCE.value:
            return True  # read with the presence it changes ("expanding its presence")
        first = _past_partitive(context, end)
        return any(
            end <= index <= first + _OBJECT_REACH
            and (
                _supplied(context, end, index)
                if context.words[start] in _grammar("supplying")
                else context.equipment_at(index) is not None or _personnel(context, index)
            )
            # "remove all alleged Isis members": people taken away are detainees, not forces
            and _hit_form(context.hit("force", index)) != "named"
            # "stepped up engagement with forces"; "increase the number of troops" is fine
            and not any(
                context.words[probe] in {"with", "by"}
                # "authorized the use of the armed forces in Ukraine" allows a use, no movement
                or context.words[probe] in _grammar("casualty")
                or context.actions[probe] is not None
                or (context.hit("prep", probe) is not None and context.words[probe] != "of")
                for probe in range(end, index)
            )
            for index in forces
        )
    if hit.form == "purpose":  # "troops will enter Afrin to support", with its forces and place
        return location is not None and any(index < start for index in forces)
    if hit.form == "vacate":  # "the fighters have not left Manbij", not "the attack left"
        if location is None and context.words[start] in _grammar("fleeing"):
            # "Five divisions of the Iraqi army fled as the jihadists advanced": a flight with
            # its forces right before it needs no place
            return _vacated_bare(context, hit) and any(
                start - _SUBJECT_REACH <= index < start for index in forces
            )
        return (
            location is not None
            # "troops leave the area" as surely as "troops left Crimea"
            and (_named(context, location) or _place_headed(context, location))
            and (
                any(
                    start - _SUBJECT_REACH - _dashed_aside(context, start) <= index < start
                    for index in forces
                )
                or _pronoun_forces(context, start)
                # "Isis left Raqqa": an armed group named as such leaves as its fighters do;
                # not a people ("the Kurds left Afrin") nor a person ("the minister left Kyiv")
                or _group_subject(context, start, armed=True, opening=True)
            )
            and not _bound_for(context, location)
            and not _left_in_state(context, location)
        )
    if hit.form == "join":  # "the frigate FS Forbin joined Task Force 50"
        # troops joining forces join them where the text places them ("its troops would
        # join multinational forces in Saudi Arabia"); not fighters joining a side, mostly a
        # volunteer's story ("two British fighters joined Kurdish forces in Syria")
        placed = location is not None and _named(context, location)
        return _joined_formation(context, hit) and any(
            start - _SUBJECT_REACH <= index < start
            and (
                context.equipment_at(index) is not None
                or (
                    placed
                    and _personnel(context, index)
                    and context.words[index] not in _grammar("anonymous")
                )
            )
            for index in forces
        )
    if hit.form == "fled":  # "Isis fighters fled to al-Bab", not "Talabani fled to Damascus"
        if location is None and context.words[start] in _grammar("return_verb"):
            return False  # "extremists returned to their communities": people going home
        return (
            any(
                start - _SUBJECT_REACH <= index < start
                # "arming the rebels in 1975, Talabani fled to": forces of another clause
                and not any(word in _CLAUSE_ENDS for word in context.words[index:start])
                for index in forces
            )
            or _armed_pronoun(context, start)
            # "Lee's army, checked at last, returned to Virginia": forces before an aside
            or (
                location is not None
                and _aside_subject(context, start, max(0, start - _LEFT)) is not None
            )
            # an armed group named as such flees or is driven out as its fighters do ("Isis
            # fled to Baghuz", "the YPG was pushed from Afrin"), not "Talabani fled to"
            or (
                (location is not None or _expulsion_without_place(context, start, hit.end))
                and _group_subject(context, start, armed=True)
            )
        )
    if hit.form == "subject":  # "troops would remain in Idlib", not "what remains of"
        ends_clause = end < len(context.words) and context.words[end] in _CLAUSE_ENDS
        return (
            # "2,500 Isis fighters remain, all survivors": the clause ends with the verb
            (location is not None or ends_clause)
            and (
                any(
                    start - 4 <= index < start and _subject_of(context, index, start)
                    for index in forces
                )
                or (location is not None and _group_subject(context, start))
                or (location is not None and _armed_pronoun(context, start))  # "they remain in"
                or (location is not None and _purposed_subject(context, start, 0) in forces)
                # "Russian troops reached Donetsk. They are dug in near the airport"
                or (
                    location is not None
                    and _previous_subject(context, start, _clause(context, start, end)[0]) in forces
                )
                # "Mobile Unit Two, which is based in Virginia Beach": the relative's antecedent
                or (
                    location is not None
                    and _relative_forces(context, start, _clause(context, start, end)[0]) in forces
                )
            )
            # "remain in", "operating elsewhere on", not "remain a danger in"; "operates
            # inside" ends with its preposition
            and (
                context.hit("prep", _past_adverb(context, end)) is not None
                or ends_clause
                or context.hit("prep", end - 1) is not None
                or _stayed_there(context, end) is not None
            )
            # "clashes continued with Isis fighters holed up in trenches": a fight's foes
            and not _opponents(context, start - 1)
        )
    return True


def _opponents(context: _Context, index: int) -> bool:
    """Whether the forces at ``index`` are named as whom others fight or yield to: "clashes
    continued with Isis fighters holed up in trenches" gives the fight, not where the fighters
    stay; "surrendered to Russian and Syrian forces" names the victors, not who moves next."""
    words = context.words
    for probe in range(index - 1, max(-1, index - 5), -1):
        if words[probe] in _CLAUSE_ENDS:
            return False
        if words[probe] in {"with", "against"}:
            return any(
                words[before] in _grammar("casualty") for before in range(max(0, probe - 3), probe)
            )
        if words[probe] == "to":
            return probe > 0 and words[probe - 1] in _grammar("yielding")
    return False


def _purposed_subject(context: _Context, start: int, left: int) -> int | None:
    """The forces heading the subject of the verb at ``start`` across a phrase saying what
    they are for, right before "is" or "are": "the US forward base for its operations in
    Syria is based in Qatar" (where their purpose lies is not where they are)."""
    words = context.words
    be = start - 1
    if be <= left or words[be] not in _grammar("be"):
        return None
    # one phrase: no clause break, verb or other trigger between "for" and "is"
    for probe in range(be - 1, max(left, be - _PLACE_WORDS) - 1, -1):
        word = words[probe]
        if word == "for":
            head = probe - 1
            found = context.hit("force", head) if head >= left else None
            return head if found is not None and found.end == probe else None
        if (
            word in _CLAUSE_ENDS
            or word in _HARD_BOUNDARIES
            or word in _grammar("be")
            or context.actions[probe] is not None
            or context.is_boundary(probe)
        ):
            return None
    return None


def _military_operator(context: _Context, start: int, forces: list[int]) -> bool:
    """Whether who operates the equipment at a verb at ``start`` is armed: forces as its
    subject ("British drone pilots operate Reaper drones") or a state or armed group right
    before it ("Russia operates S-400 systems")."""
    if any(
        start - _SUBJECT_REACH <= index < start and _personnel(context, index) for index in forces
    ):
        return True
    actor = context.deployer_at(start - 1) if start > 0 else None
    return _state_actor(context, actor) or _group_kind(context, actor)


def _joined_formation(context: _Context, hit: _Hit) -> bool:
    """Whether a body of forces soon follows a verb of joining, in its clause: "joined U.S.
    Naval Forces Central Command's Task Force 50", "joins the carrier strike group"; the
    equipment that joins it (checked when read) is deployed with it."""
    words = context.words
    for index in range(hit.end, min(hit.end + _FORCE_AFTER, len(words))):
        if words[index] in _CLAUSE_ENDS:
            return False
        if _personnel(context, index):
            return True
    return False


def _dashed_aside(context: _Context, start: int) -> int:
    """How many tokens an aside between dashes takes up between a verb at ``start`` and its
    subject ("fighters – most of them teenagers – have been fleeing"), or 0."""
    words = context.words
    close = start - 1
    while (
        close > 0
        and start - close <= 3
        and (words[close] in _PASSIVE or words[close] in _AUXILIARIES)
    ):
        close -= 1
    if close <= 0 or words[close] not in _DASHES:
        return 0
    for probe in range(close - 1, max(-1, close - _DASHED), -1):
        if words[probe] in _DASHES:
            return close - probe + 1
        if words[probe] in _SENTENCE_ENDS:
            break
    return 0


def _previous_subject(context: _Context, start: int, left: int) -> int | None:
    """The forces heading the last sentence, when "they" (or "N of them", or a bare "some" or
    "others") opening this one is the subject of the verb at ``start``: "Russian paratroopers
    landed in Crimea. They later moved to Donetsk"; not "Russian troops shelled the town. Its
    residents fled", nor a "they" after other nouns ("Officials said they would be moved")."""
    words = context.words
    pronoun = start - 1
    while pronoun >= max(left, start - _NEAR) and not (
        words[pronoun] in {"they", "them"}
        # "Some later moved to Donetsk": a bare quantifier opening the sentence is a pronoun
        or (words[pronoun] in _grammar("partitive") and pronoun > 0 and pronoun == left)
    ):
        pronoun -= 1
    if pronoun < max(left, start - _NEAR) or not _gap_of_verb(context, pronoun + 1, start):
        return None
    opening = pronoun
    if words[pronoun] == "them":
        # "200 of them arrived": a count or a quantifier and "of" before the pronoun
        if pronoun < 2 or words[pronoun - 1] != "of":
            return None
        opening = pronoun - 2
        quantifiers = _grammar("quantifier")
        if not (_modifier(context, opening) or words[opening] in quantifiers):
            return None
        while opening > 0 and (
            _modifier(context, opening - 1) or words[opening - 1] in quantifiers
        ):
            opening -= 1  # "nearly 3,000 of them"
    sentence = context.sentence_of[pronoun]
    opening = _past_opener(context, opening)
    if sentence == 0 or (opening > 0 and context.sentence_of[opening - 1] == sentence):
        return None  # the pronoun must open its sentence
    # the forces head the sentence before: only describing words stand before them
    # (a sentence longer than the coreference reach is given up, keeping the scan bounded)
    low = max(-1, opening - 1 - _COREFERENCE)
    before = next(
        (
            probe
            for probe in range(opening - 1, low, -1)
            if context.sentence_of[probe] != sentence - 1
        ),
        low,
    )
    if before == low and low >= 0:
        return None
    first = before + 1
    for probe in range(first, min(opening, first + _FORCE_BEFORE + 2)):
        if _personnel(context, probe):
            return probe
        if not (
            words[probe] in _DETERMINERS
            or _modifier(context, probe)
            or probe in context.actor_at
            or context.hit("force", probe) is not None
        ):
            return None
    return None


def _people_subject(context: _Context, start: int, left: int) -> int | None:
    """A state's people named with "the" by a demonym that is its own plural, as the subject
    of a verb trigger: "the French withdrew to Hanoi", "forced the Japanese to fall back"; in
    a war a nation so named is its side in arms. Not "the French delegation" (the demonym
    modifies a noun), not "the Russian" (a person)."""
    words = context.words
    index = start - 1
    if index > left and words[index] == "to":
        index -= 1  # "forcing the French to withdraw": the object of the control verb moves
    index = _before_gap(context, index, max(left, start - _NEAR), commas=False)
    if index < max(left, 1) or words[index - 1] != "the":
        return None
    return index if _people_named(context, index) else None


def _sides_subject(context: _Context, start: int, left: int) -> int | None:
    """The two sides of a fight as the subject of a verb trigger ("both sides withdrew from
    Bakhmut", "each side had dug in near the river"): their forces move, one line each
    (``_two_states``)."""
    words = context.words
    index = _before_gap(context, start - 1, max(left, start - _NEAR))
    pair = _pair(words, index) if index >= left else None
    if pair is None:
        return None
    opening = pair[0]
    if (
        opening > 0
        and context.sentence_of[opening - 1] == context.sentence_of[opening]
        and words[opening - 1] not in _BEFORE_SIDES
    ):
        return None  # "Troops from both sides were deployed": the sides own the subject
    return index


def _people_named(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` is a demonym that is also the plural noun for its people
    ("French", "Japanese"), naming a state the text has as an actor."""
    return (
        context.words[index].endswith(_OWN_PLURAL_ENDINGS)
        and context.words[index] in demonyms()
        and context.tokens[index].text[:1].isupper()
        and context.deployer_at(index) is not None
    )


def _people_after_of(context: _Context, hit: _Hit) -> int | None:
    """The index of a people that is its own plural, named with "the" after a movement noun
    and "of" and ending its phrase: "the withdrawal of the British from Basra", "the pullout of
    the French from Mali"; not "the withdrawal of the French delegation" (the demonym modifies
    a noun). Plurals in -s ("the Syrians") are left out: they are as often refugees."""
    words = context.words
    index = hit.end + 2
    if words[hit.end : index] != ["of", "the"] or index >= len(words):
        return None
    after = index + 1
    ends = (
        after >= len(words)
        or words[after] in _CLAUSE_ENDS
        or words[after] in _grammar("be")
        or context.hit("prep", after) is not None
    )
    return index if ends and _people_named(context, index) else None


def _retreating_people(context: _Context, hit: _Hit) -> bool:
    """Whether the participle ``hit`` stands between "the" and a people that is its own
    plural: "the retreating French", "the advancing Japanese"."""
    return (
        hit.start > 0
        and hit.end < len(context.words)
        and context.words[hit.start - 1] == "the"
        and context.words[hit.end - 1].endswith("ing")
        and _people_named(context, hit.end)
    )


def _place_of_verb(context: _Context, end: int, location: Location | None) -> bool:
    """Whether ``location`` is the object of the preposition right after the verb ending at
    ``end`` ("withdrew to Hanoi", "retreated back to Boston"), not a place further on
    ("withdrew from the tournament in Madrid")."""
    if end < len(context.words) and context.words[end] == "back":
        end += 1  # "retreated back to Boston"
    if location is None or end >= len(context.words) or context.hit("prep", end) is None:
        return False
    first = context.token_range(location.span.start, location.span.end)[0]
    return first == end + 1 or (first == end + 2 and context.words[end + 1] == "the")


def _past_opener(context: _Context, opening: int) -> int:
    """Where the sentence begins when only a linking adverb, with or without its comma, stands
    before the word at ``opening`` ("However, they have gathered", "Later they moved"), or a
    fronted phrase of time or place and its comma ("After a month at the camp, they were
    sent"); else ``opening`` itself."""
    words, sentence = context.words, context.sentence_of[opening]
    adverb = opening - 2 if opening >= 2 and words[opening - 1] == "," else opening - 1
    if (
        adverb >= 0
        and context.sentence_of[adverb] == sentence
        and words[adverb] in _grammar("opener")
        and (adverb == 0 or context.sentence_of[adverb - 1] != sentence)
    ):
        return adverb
    if adverb != opening - 2:
        return opening
    # the fronted phrase has no clause of its own ("After Isis fled, they"): no movement
    # word, no conjunction, no other comma
    for probe in range(adverb, max(-1, adverb - _FRONTED), -1):
        if (
            context.sentence_of[probe] != sentence
            or words[probe] in _CLAUSE_ENDS
            or words[probe] in _CLAUSE_WORDS
            or context.actions[probe] is not None
        ):
            return opening
        if probe == 0 or context.sentence_of[probe - 1] != sentence:
            return probe if words[probe] in _grammar("fronting") else opening
    return opening


def _pronoun_forces(context: _Context, start: int) -> bool:
    """Whether a pronoun just before a verb of leaving stands for forces named earlier in its
    sentence: "fighters remaining in Raqqa have brokered a deal that would allow them to
    leave the city"; not "the attack left them homeless", whose pronoun follows the verb."""
    for index in range(start - 1, max(-1, start - 3), -1):
        if context.words[index] in {"they", "them"}:
            sentence = context.sentence_of[start]
            return any(
                context.sentence_of[probe] == sentence and _personnel(context, probe)
                for probe in range(max(0, index - _LEFT), index)
            )
    return False


def _armed_pronoun(context: _Context, start: int) -> bool:
    """Whether "they" or "it" is the subject of the verb at ``start`` and stands for an armed
    group named just before: "Isis lost Raqqa. They fled to the desert", "Isis lost Raqqa. It
    was ousted from Manbij a year later"; not "the villagers ... they fled", whose antecedent is
    no armed group."""
    for index in range(start - 1, max(-1, start - _NEAR), -1):
        if context.words[index] in {"they", "it"}:
            if not _gap_of_verb(context, index + 1, start):
                return False
            actor_id = _resolve_pronoun(context, index)
            actor = context.actors.get(actor_id or "")
            # a named group ("Isis", "the YPG") heading its sentence, not "villagers" or "the
            # militants", nor "The farmers heard that Isis was coming. They fled"
            return (
                actor is not None
                and (
                    _heads_sentence(context, index, actor.id)
                    or _agent_before(context, index, actor.id)
                )
                and actor.kind == ActorKind.GROUP
                and actor.name != actor.name.lower()
                and not _described(actor)
            )
    return False


def _agent_before(context: _Context, index: int, actor_id: str) -> bool:
    """Whether the actor is the agent ("by Isis") that ends the clause a conjunction closes
    right before the pronoun at ``index``: "the mines laid by Isis before they were pushed
    out"; not "the town Isis held before they fled", whose agent is not marked."""
    conjunction = index - 1
    if conjunction < 2 or not context.is_boundary(conjunction):
        return False
    last = conjunction - 1
    if context.deployer_at(last) != actor_id:
        return False
    span = context.actor_span[last]
    first = context.token_range(span.start, span.end)[0]
    if first > 0 and context.words[first - 1] in _DETERMINERS:
        first -= 1
    if first < 3 or context.words[first - 1] != "by":
        return False
    # "they" agrees with no singular subject ("the town was held by the YPG until they"); a
    # plural one is a rival antecedent ("the villagers were warned by Isis before they fled"),
    # and so is a people or forces noun a participle describes ("villagers warned by Isis")
    subject = first - 3
    word = context.words[subject]
    if word in _PASSIVE:
        return word in {"is", "was"}
    return not (
        subject in context.actor_at or word in _people_nouns() or _personnel(context, subject)
    )


def _heads_sentence(context: _Context, index: int, actor_id: str) -> bool:
    """Whether the nearest mention of the actor before ``index`` opens its sentence."""
    for probe in range(index - 1, max(-1, index - 2 * _LEFT), -1):
        if context.deployer_at(probe) == actor_id:
            first = probe
            while first > 0 and context.actor_at.get(first - 1) == context.actor_at.get(probe):
                first -= 1
            if first > 0 and context.words[first - 1] == "the":
                first -= 1
            return first == 0 or context.sentence_of[first - 1] != context.sentence_of[first]
    return False


def _past_partitive(context: _Context, start: int) -> int:
    """The index after a partitive of number opening an object at ``start`` ("a small number
    of", "hundreds of"), which adds no distance between a verb and its forces: "approved a small
    number of special operations forces"."""
    words = context.words
    for probe in range(start + 1, min(start + _PARTITIVE_REACH + 1, len(words))):
        if words[probe] in _CLAUSE_ENDS:
            break
        if words[probe] == "of" and words[probe - 1] in _grammar("quantifier"):
            return probe + 1
    return start


def _expulsion_without_place(context: _Context, start: int, end: int) -> bool:
    """Whether the trigger at ``start``..``end`` is a passive that ends its clause with no
    place: "years after Isis was driven out.", "has been kicked out, and"; the agent after "by"
    drove the subject out ("were pushed out by the Iraqi army"). The callers hold it to an
    expulsion or a presence. A flight with no place ("Isis fled.") is no passive and stays
    unread, as a place is what makes it a move."""
    words = context.words
    before = _before_adverb(words, start)  # "has been luckily driven out"
    return (
        before >= 0
        and words[before] in _PASSIVE
        and (end >= len(words) or words[end] in _CLAUSE_ENDS or words[end] == "by")
    )


def _before_adverb(words: list[str], index: int) -> int:
    """The index of the word before ``index``, past one adverb in -ly between them: where the
    auxiliary or modal of the verb at ``index`` stands ("is heavily defended", "will inevitably
    force"). -1 where nothing stands before."""
    before = index - 1
    if before > 0 and words[before].endswith("ly"):
        before -= 1
    return before


def _past_adverb(context: _Context, end: int) -> int:
    """The index after one adverb at ``end`` ("operating elsewhere on", "remain firmly in") or
    after a reciprocal phrase of two sides facing each other ("camped opposite each other
    along the front lines", "dug in facing one another on")."""
    words = context.words
    if end + 1 < len(words) and (
        words[end] in _grammar("place_adverb") or words[end].endswith("ly")
    ):
        return end + 1
    return _past_reciprocal(words, end)


def _past_reciprocal(words: list[str], end: int) -> int:
    """The index after a reciprocal phrase at ``end`` ("opposite each other", "facing one
    another"): where two sides face each other, their place follows it."""
    if end + 3 < len(words) and (words[end + 1], words[end + 2]) in _RECIPROCALS:
        return end + 3
    return end


def _group_subject(
    context: _Context, start: int, *, armed: bool = False, opening: bool = False
) -> bool:
    """Whether an armed group named as such is the subject of the verb at ``start``: "the
    Kurdistan Workers' Party, are entrenched in Rojava". With ``armed``, not a people named
    as a group ("Many Syrians had fled to Idlib", "1.5 million Kurds fled"); with ``opening``,
    only a name opening its clause ("When Isis left Raqqa"), not one after a preposition
    ("the fight against Isis leaves the US vulnerable")."""
    for index in range(start - 1, max(-1, start - _NEAR - 1), -1):
        actor = context.actors.get(context.deployer_at(index) or "")
        if actor is not None:
            span = context.actor_span[index]
            first, after = context.token_range(span.start, span.end)
            if tuple(context.words[after : after + 2]) in _RELATIVE_OPENERS:
                after += 2  # "Hezbollah, which is based in southern Lebanon": the name heads it
            return (
                actor.kind == ActorKind.GROUP
                and not (armed and _population(actor))
                and _gap_of_verb(context, after, start)
                and (not opening or _clause_head(context, first))
            )
    return False


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Lower-case plurals naming a population, not an armed group ("civilians", "kurds"), from
    the actors' group nouns table."""
    rows = load_table("groupnouns")
    return frozenset(row[0].lower() for row in rows if row[1:2] == ("people-noun",))


def _population(actor: Actor) -> bool:
    """Whether a group actor is a people: its last word a population noun ("Iranian Kurds",
    "refugees") or a demonym in the plural ("Syrians"), or its name all lower case ("the
    rebels", a description rather than a name)."""
    words = actor.name.lower().split()
    last = words[-1] if words else ""
    return (
        actor.name == actor.name.lower()
        or last in _people_nouns()
        or (last.endswith("s") and last[:-1] in demonyms())
    )


def _subject_of(context: _Context, index: int, start: int) -> bool:
    """Whether the forces at ``index`` head the subject of the verb at ``start``, with only
    auxiliaries and adverbs between: "troops will still remain", not "a military intelligence
    agent active"."""
    found = context.hit("force", index)
    equipment = context.equipment_at(index)
    end = found.end if found is not None else equipment[0] if equipment is not None else index + 1
    return _gap_of_verb(context, end, start)


def _before_gap(context: _Context, index: int, floor: int, *, commas: bool = True) -> int:
    """Where a subject may end: from ``index`` back past the words :func:`_gap_of_verb` allows
    between a subject and its verb (a comma among them only with ``commas``), no further back
    than ``floor``."""
    words = context.words
    while (
        index > floor
        and _gap_of_verb(context, index, index + 1)
        and (commas or words[index] != ",")
    ):
        index -= 1
    return index


def _gap_of_verb(context: _Context, end: int, start: int) -> bool:
    """Whether only auxiliaries, adverbs, a closing comma and a raising verb with its "to"
    ("fighters thought to remain") stand in ``end..start``."""
    words = context.words
    return all(
        word in _grammar("be")
        or word in _STILL
        or word in _grammar("sequence")
        or word in _AUXILIARIES
        or word == ","
        or word.endswith("ly")
        or context.hit("modality", probe) is not None
        or (word in _grammar("raising") and probe + 1 < start and words[probe + 1] == "to")
        or (word == "to" and probe > end and words[probe - 1] in _grammar("raising"))
        for probe, word in enumerate(words[end:start], start=end)
    )


def _bound_for(context: _Context, location: Location) -> bool:
    """Whether the place left is followed by where the forces go ("left Bagotville, Quebec,
    for Romania"): a departure on a deployment, not a withdrawal."""
    after = context.token_range(location.span.start, location.span.end)[1]
    for index in range(after, min(after + 5, len(context.words) - 1)):
        if context.words[index] in {"for", "to"}:
            return context.tokens[index + 1].text[:1].isupper()
        if context.is_boundary(index):
            return False
    return False


def _left_in_state(context: _Context, location: Location) -> bool:
    """Whether the place "left" is left in some state ("leaves the country with no end to the
    conflict", "left the town exposed"): a figure of speech, not a withdrawal."""
    after = context.token_range(location.span.start, location.span.end)[1]
    if after + 1 < len(context.words) and context.words[after] == "with":
        # "left the city with their families", "with a number of human shields": whom or
        # what the forces take along
        following = context.words[after + 1 : after + 4]
        if following[0] in _POSSESSIVE_PRONOUNS or following == ["a", "number", "of"]:
            return False
    return after < len(context.words) and context.words[after] in _grammar("left_in")


def _hit_form(hit: _Hit | None) -> str:
    return "" if hit is None else hit.form


def _personnel(context: _Context, index: int) -> bool:
    force = context.hit("force", index)
    return force is not None and force.value in _HELD


def _grouped_personnel(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` names a group of the personnel right before it ("a US
    special forces team"): the personnel head the phrase as its forces."""
    return (
        index > 0
        and context.words[index] in _grammar("force_group")
        and _personnel(context, index - 1)
    )


def _force_end(context: _Context, index: int) -> int:
    """The token after the force word or phrase at ``index`` ("service members")."""
    force = context.hit("force", index)
    return index + 1 if force is None else force.end


def _site(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` names a base: forces only where they stay, not what moves."""
    force = context.hit("force", index)
    return force is not None and force.value == "site"


def _stative(context: _Context, start: int) -> bool:
    """A participle after its forces or a form of "be": "troops deployed in", "are stationed"."""
    if not context.words[start].endswith("ed") or start == 0:
        return False
    before = start - 1
    return (
        context.hit("force", before) is not None
        or context.equipment_at(before) is not None
        or context.words[before] in _grammar("be")
    )


def _demanded(context: _Context, start: int, left: int, actor: str | None = None) -> bool:
    """A call or demand that someone move forces is not a report that they do: "called on
    Moscow to pull back", and over a longer object "called for an emergency meeting in Geneva
    to remove U.S. forces"; not "called for talks on an Iraqi withdrawal", which may be the
    mover's own offer."""
    hit = context.actions[start]
    if (
        hit is not None
        and hit.form == "noun"
        and not _grammar("coercing").isdisjoint(context.words[max(0, left, start - 4) : start])
    ):
        return True  # "tasked with forcing HTS's withdrawal": a goal, not yet a movement
    before = context.words[max(0, start - 2) : start]
    # the movement is what is called for: "... to remove", "... and for the deployment of"
    called = before[-1:] == ["to"] or "for" in before
    reach = _DEMAND_REACH if called else _DEMAND_WINDOW
    return any(
        context.hit("demand", index) is not None and not _own_call(context, index, actor)
        for index in range(max(left - 1, 0, start - reach), start)
    )


def _own_call(context: _Context, index: int, actor: str | None) -> bool:
    """Whether the call at ``index`` is the mover's own, made by its leader or government
    ("Trump's call for the withdrawal of 2,000 US troops"): a decision, not a demand on
    someone else."""
    if actor is None:
        return False
    if context.words[index] in _OBLIGATION:
        # "Trump says US troops must leave Syria": a leader's "must" for his own forces is
        # his decision; the same words from someone else stay a demand
        statement = context.statement_at(context.tokens[index].start)
        if statement is not None and statement.speaker is not None:
            return context.speaks_for(statement.speaker, actor) and (
                _head_named(statement.source) or _in_office(context, statement.speaker)
            )
    for before in (index - 1, index - 2):
        caller = context.actor_at.get(before) if before >= 0 else None
        if caller is not None:
            possessive = context.words[before].endswith("'s") or context.words[before + 1] in {
                "'s",
                "'",
            }
            return possessive and context.speaks_for(caller, actor)
    return False


def _decided(context: _Context, start: int, actor_span: Span | None) -> bool:
    """Whether a planned movement at ``start`` is planned by someone who may decide it: not a
    person out of office ("he would pull American troops out of Europe", said by a candidate)
    who is its mover or, for a state's forces, the one saying so."""
    person: str | None = None
    if actor_span is not None:
        first = context.token_range(actor_span.start, actor_span.end)[0]
        person = context.person_at.get(first)
        if person is None and context.words[first] in {"he", "she"}:
            sentence = context.sentence_of[first]
            person = next(
                (
                    context.person_at[probe]
                    for probe in range(first - 1, max(-1, first - 2 * _LEFT), -1)
                    if context.sentence_of[probe] >= sentence - 1 and probe in context.person_at
                ),
                None,
            )
    if person is None:
        statement = context.statement_at(context.tokens[start].start)
        if statement is None or statement.speaker is None or _head_named(statement.source):
            return True
        person = statement.speaker
    return _in_office(context, person, urged=False)


def _in_office(context: _Context, speaker: str, *, urged: bool = True) -> bool:
    """Whether ``speaker`` can decide for a state: a body, or a person who may hold its
    office ("Trump says US troops must leave Syria"). A person described as a candidate or a
    former official ("Former Secretary of State Hillary Clinton suggested the United States
    should send more special forces"), or with no title while another person of the same
    state holds its head's title ("President Obama", then "Clinton said the U.S. should
    increase its special operations forces"), only urges a movement."""
    key = (speaker, urged)
    if key not in context.in_office:
        context.in_office[key] = _holds_office(context, speaker, urged=urged)
    return context.in_office[key]


@functools.cache
def _title_words() -> frozenset[str]:
    return _grammar("unofficial") | _grammar("title_word")


def _holds_office(context: _Context, speaker: str, *, urged: bool) -> bool:
    person = context.actors.get(speaker)
    if person is None or person.kind != ActorKind.PERSON:
        return True
    if _out_of_office(person.title):
        return False  # "former president", "Senator"
    unofficial = _grammar("unofficial")
    described = _title_words()
    for mention in person.mentions:
        first, _ = context.token_range(mention.start, mention.end)
        # the words of the person's own title right before the name: capitalised words and
        # title words ("GOP frontrunner Donald Trump", "former secretary of state Clinton"),
        # not another's ("Senator Rand Paul welcomed the decision by Donald Trump")
        for probe in range(first - 1, max(-1, first - 1 - _TITLE_WORDS), -1):
            word = context.words[probe]
            if word in unofficial:
                return False
            if word not in described and not context.tokens[probe].text[:1].isupper():
                break
    if not person.title and not _grammar("campaign").isdisjoint(context.words):
        # an article about candidates: a person it gives no title may be one of them, and
        # his plan ("he would deploy up to 30,000 American soldiers") is not yet a state's
        return False
    if person.title or not urged:
        # a plan or decision of a titled person ("Trump's decision to withdraw") is taken
        # as the state's, though another holds a head's title in the text ("President Obama"
        # of an earlier time)
        return True
    heads = _grammar("head")
    return not any(
        other.kind == ActorKind.PERSON
        and other.id != person.id
        and other.country == person.country
        and (other.title or "").lower() in heads
        for other in context.actors.values()
    )


def _head_named(source: Span | None) -> bool:
    """Whether a saying's source is the bare title of a state's head ("the president
    continued"): the text itself names the one in office."""
    if source is None:
        return False
    words = source.text.lower().split()
    return words[:1] == ["the"] and " ".join(words[1:]) in _grammar("head")


def _out_of_office(title: str | None) -> bool:
    if title is None:
        return False
    words = title.lower().replace("-", " ").split()
    return bool(words) and (words[0] in {"former", "ex"} or words[0] in _grammar("unofficial"))


def _named(context: _Context, location: Location) -> bool:
    first, last = context.token_range(location.span.start, location.span.end)
    return any(_name_like(context.tokens[index].text) for index in range(first, last))


def _place_headed(context: _Context, location: Location) -> bool:
    """Whether a location ends in a place noun: "withdraw from the region" is a movement of
    forces as surely as "withdraw from Syria", while "withdraw from the talks" is not."""
    last = context.token_range(location.span.start, location.span.end)[1] - 1
    return last >= 0 and context.hit("place", last) is not None


def _side_owned(context: _Context, index: int) -> bool:
    """Whether the forces at ``index`` are owned by a side or a described group ("government
    troops", "US-backed Kurdish fighters"), named in their own phrase though by no name."""
    before = index - 1
    return before >= 0 and (before in context.unnamed or context.words[before] in _grammar("side"))


def _and_other(context: _Context, index: int) -> int | None:
    """The named actor of "Hezbollah and other Iranian-backed militias", whose described forces
    at ``index`` it heads, or None: the name is the one the text gives for them."""
    probe = index
    while probe > 0 and probe - 1 in context.unnamed and index - probe < 4:
        probe -= 1
    if probe < 3 or context.words[probe - 1] != "other" or context.words[probe - 2] != "and":
        return None
    named = probe - 3
    if context.deployer_at(named) is None or not _group_kind(context, context.actor_at[named]):
        return None
    return named


def _side_described(context: _Context, index: int) -> bool:
    """Whether the forces at ``index`` belong to a side described but not named: "jihadist
    fighters", "pro-regime forces"; not "the Army units", whose state the context may give."""
    before = index - 1
    if before < 0:
        return False
    if context.words[before] in _grammar("side") or _serving(context, index):
        return True  # "pro-regime forces", "forces loyal to Assad"
    return before in context.unnamed and _group_kind(context, context.actor_at.get(before))


def _stateless_force(actor: Actor) -> bool:
    """An armed force named by its branch alone ("Air Force", "the Armed Forces"), of no
    known state."""
    if actor.country is not None:
        return False
    words = actor.name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    forces = _force_words()
    return bool(words) and (" ".join(words) in forces or all(word in forces for word in words))


def _described(actor: Actor) -> bool:
    """Whether a group is only described by who backs it ("US-backed Kurdish fighters",
    "a Kurdish-led force"): the backer does not move the forces, and the phrase is no name
    to credit a movement to. A state leading a force ("Saudi-led forces") is not such."""
    for word in actor.name.lower().split():
        suffix = word.rpartition("-")[2]
        if suffix in _BACKERS or (suffix == "led" and actor.country is None):
            return True
    # "the main Kurdish militia", "Shia militias": a people's forces described, no name
    # (unlike "Syrian Democratic Forces")
    words = actor.name.split()
    return len(words) > 1 and words[-1].islower() and words[-1].lower() in _force_words()


def _find_actor(
    context: _Context,
    start: int,
    end: int,
    left: int,
    forces: list[int],
    *,
    own_only: bool = False,
    expelled: bool = False,
) -> tuple[str | None, Span | None]:
    # 1. A demonym, possessive or pronoun right before the trigger or the forces: "Russian
    #    troops", "Russia's troop build-up", "its military equipment", "2,000 US troops".
    community: set[int] = set()
    for head in [start, *forces]:
        index = head - 1
        while index >= max(left, head - 5):
            if index in context.unnamed:
                named = _and_other(context, index)
                if named is not None:
                    return context.actor_at[named], context.actor_span[named]
                return None, None  # "US-backed fighters": described, not named
            if index in context.actor_at:
                if (
                    context.is_speaker(index, start)
                    or context.deployer_at(index) is None
                    or _attacked(context, index)
                ):
                    break
                named = _and_other(context, index)
                if named is not None:
                    # "Hezbollah and other Iranian proxies": the demonym describes the others
                    return context.actor_at[named], context.actor_span[named]
                return context.actor_at[index], context.actor_span[index]
            if context.words[index] in _PRONOUNS:
                resolved = _resolve_pronoun(context, index)
                if resolved is not None:
                    return resolved, context.span(index, index + 1)
                break
            if context.words[index] in _grammar("side"):
                if context.words[index] in _GOVERNED and context.governing is not None:
                    # "regime forces" in an article on "the Syrian regime" are Syria's
                    return context.governing, context.span(index, index + 1)
                # "pro-government forces" whose state the article leaves open, "US-backed
                # fighters": the forces' own phrase says they are nobody the text names
                return None, None
            if not _modifier(context, index):
                if _community_demonym(context, index):
                    # "Syrian Arab forces", "Iraqi Kurdish fighters": the demonym says where
                    # the community lives; its fighters are no state's forces, so the state
                    # is not their owner further on either ("the SDF, primarily Syrian Arab
                    # forces operating in" is the SDF's)
                    community.add(index - 1)
                if (
                    head > end
                    and context.words[end : end + 1] == ["of"]
                    and context.words[index] in _communities()
                ):
                    # "the presence of Kurdish forces": a community's forces own the noun,
                    # not a state named before it ("tensions with the Turkish military")
                    return None, None
                break
            index -= 1

    def owns_other(index: int) -> bool:
        # Forces that are themselves the subject ("2,000 fighters remain entrenched") do not
        # belong to an actor that owns other forces ("the withdrawal of US troops alarmed
        # officials who say 2,000 fighters remain").
        return own_only and any(
            context.hit("force", probe) is not None and probe not in forces
            for probe in range(index + 1, min(index + 3, len(context.words)))
        )

    # 2. The agent of a passive: "deployed by Russia", "a deployment of hardware and
    #    personnel by the Turkish army"; not of a flight or an expulsion ("were driven out of
    #    Kirkuk by the Iraqi army": the agent stays, its foes leave).
    reach = end if expelled else min(end + _FORCE_AFTER, len(context.words) - 1)
    for probe in range(end, reach):
        if context.words[probe] != "by":
            if context.is_boundary(probe) or context.actions[probe] is not None:
                break
            continue
        agent_at = probe + 2 if context.words[probe + 1] in _DETERMINERS else probe + 1
        agent = context.deployer_at(agent_at) if agent_at < len(context.words) else None
        if agent is not None:
            return agent, context.actor_span[agent_at]
        break
    # 2b. The group or state the subject's forces are part of or come from: "members of
    #     Hezbollah", "troops from Chad", "a battalion of Marines".
    partitive = _partitive_owner(context, forces, left, start)
    if partitive is not None:
        return partitive
    # 3. The nearest actor to the left in the clause that is not the speaker, unless the
    #    speaker is also the subject of the trigger ("Moscow denied sending", "plans to pull").
    #    A participle after its forces ("the force dispatched to") has its own subject.
    reduced_relative = _participle_after_forces(context, start) and not _owned(context, start)
    controlled = context.words[start].endswith("ing") or context.words[start - 1 : start] == ["to"]
    # A progressive has a subject of its own: in "the agency said tanks were moving towards
    # Baghdad" the speaker does not move.
    progressive = start > 0 and context.words[start - 1] in _PROGRESSIVE
    # The subject of "promising to withdraw", "denied sending" is the clause's subject: the
    # first actor of the clause, not the nearest ("Iraq's Saddam Hussein, facing U.S. troops,
    # ... promised to withdraw").
    order = range(left, start) if controlled else range(start - 1, left - 1, -1)
    owner = _intent_owner(context, start)
    if owner is not None:
        return owner
    accused = _accused(context, start)
    if accused is not None:
        return accused
    if not controlled and not reduced_relative:
        # "the YPG, which officials say has 8,000 fighters in Afrin": the relative clause's
        # subject is the name before it, not a speaker inside the clause
        antecedent = _relative_antecedent(context, start, left)
        if antecedent is not None:
            return antecedent
    described_noun = _group_description(context, left)
    for index in order:
        if reduced_relative:
            break
        if (
            index not in community
            and context.deployer_at(index) is not None
            and (
                (controlled and not progressive and not _perceives(context, index))
                or not context.is_speaker(index, start)
                or _decrees(context, index, start)
            )
            and not _object_of_preposition(context, index)
            and not _attacked(context, index)
            and not owns_other(index)
            and not _opponents(context, index)  # "surrendered to Russian forces, and ..."
        ):
            return context.actor_at[index], context.actor_span[index]
        if context.words[index] in _PRONOUNS:
            resolved = _resolve_pronoun(context, index)
            if resolved is not None:
                return resolved, context.span(index, index + 1)
        if index == described_noun:
            described = _described_group(context, left, index)
            if described is not None:
                return described
        if (
            index == left + 1
            and context.words[left] == "the"
            and context.words[index] in _GOVERNED
            and index not in context.actor_at
            and context.governing is not None
            # not who reports the movement: "The government said troops had been withdrawn"
            and context.statement_at(context.tokens[index].start)
            is context.statement_at(context.tokens[start].start)
        ):
            # "The regime sent reinforcements" in an article on "Syria's government": the
            # state whose government the article names most, as for "regime forces"
            return context.governing, context.span(left, index + 1)
    # 4. "the paratroopers" named before as "Russian paratroopers".
    found = _back_reference_actor(context, forces)
    if found != (None, None):
        return found
    # 5. Past the clause start, in the same sentence: "the Polish Air Force will take over:
    #    four MiG-29s ... will deploy to Lithuania".
    #    Not past "whom" (the clause has its own subject), nor to a name that only modifies
    #    a noun ("Trump's decision, who", "the SBU) building").
    sentence = context.sentence_of[start]
    if not reduced_relative and context.words[left - 1 : left] != ["whom"]:
        for index in range(left - 1, max(-1, left - _LEFT), -1):
            if context.sentence_of[index] != sentence:
                break
            if (
                index not in community
                and context.deployer_at(index) is not None
                and not context.is_speaker(index, start)
                and not _object_of_preposition(context, index)
                and not owns_other(index)
                and not _modifies_noun(context, index)
            ):
                return context.actor_at[index], context.actor_span[index]
            if context.words[index] in _SUBJECT_PRONOUNS and index + 1 == left:
                # "Trump indicated he wanted to pull out": the pronoun opening the clause
                # is its subject, even when it stands for the speaker
                resolved = _resolve_pronoun(context, index)
                if resolved is not None:
                    return resolved, context.span(index, index + 1)
    return None, None


def _group_description(context: _Context, left: int) -> int | None:
    """The index of the noun of "the group", "the jihadist organisation" opening the clause at
    ``left`` when the actors' stage did not link it to a name, or ``None``."""
    words = context.words
    if words[left] != "the":
        return None
    noun = left + 1
    if noun < len(words) and words[noun] in _grammar("group_describer"):
        noun += 1  # "the jihadist group"
    if noun >= len(words) or words[noun] not in _grammar("group_noun") or noun in context.actor_at:
        return None
    return noun


def _described_group(context: _Context, left: int, noun: int) -> tuple[str, Span] | None:
    """The armed group that "the group" or "the jihadist organisation" opening the clause at
    ``left`` (its noun at ``noun``, as :func:`_group_description` finds it) names again: the
    actor a pronoun there would stand for (:func:`_nearest_antecedent`), if an armed group.
    "Isis lost its last town. The jihadist group still has 30,000 fighters in Syria"; not
    "Turkey fought the group and sent troops" (an object), nor a state named before."""
    antecedent = _nearest_antecedent(context, left)
    actor = context.actors.get(antecedent or "")
    if actor is None or actor.kind != ActorKind.GROUP:
        return None
    return actor.id, context.span(left, noun + 1)


def _dominant_group(
    context: _Context, start: int, forces: list[int]
) -> tuple[str | None, Span | None]:
    """The armed group whose fighters the unowned forces at ``forces`` are: "foreign fighters
    flooded into Syria" in an article about Isis. Only bare words for fighters ("the
    jihadists", "some of the foreign fighters"), and only when the article names one armed
    group at least three times and twice as often as any other; the actor's span is its
    mention nearest before the trigger (or its first), which names it."""
    anonymous = _grammar("anonymous")
    plain = _grammar("plain")
    for index in forces:
        # only fighters who move themselves: "bringing back foreign fighters" is a state's doing
        if index > start or context.words[index] not in anonymous:
            continue
        before = index - 1
        while before >= 0 and (
            context.words[before] in plain or context.words[before].replace(",", "").isdigit()
        ):
            before -= 1
        # "British jihadists": a state's demonym before a creed's fighters says where they
        # come from, not whose they are (the actors' layer may read the two as a group
        # described by common words, which names no one)
        origin = (
            before >= 0
            and context.words[index] in _grammar("creed")
            and _country_of_adjective(context.tokens[before][2]) is not None
            and (index not in context.actor_at or index in context.unnamed)
        )
        if index in context.actor_at and not origin:
            continue
        # "Kurdish fighters", "rebel fighters", "US-backed fighters": owned by their phrase
        if (
            not origin
            and before >= 0
            and context.words[before].isalpha()
            and before in context.actor_at
        ):
            continue
        if (
            not origin
            and before >= 0
            and context.tokens[before][2][:1].isupper()
            and before + 1 == index
        ):
            continue
        if before >= 0 and context.words[before] in _grammar("side"):
            continue
        group = context.dominant_group
        if group is None:
            return None, None
        mentions = context.actors[group].mentions
        offset = context.tokens[start].start
        earlier = [span for span in mentions if span.end <= offset]
        return group, (earlier[-1] if earlier else mentions[0])
    return None, None


def _seen_forces(context: _Context, start: int) -> int | None:
    """The first weapon or force named after a verb of seeing whose object ends "moving" at
    ``start``: a monitor's list of a convoy's vehicles can push them far from the participle
    ("noted a convoy consisting of three tanks (T-72) on trailers, and one IFV moving east")."""
    sentence = context.sentence_of[start]
    seen = None
    for index in range(start - 1, max(-1, start - 2 * _LEFT), -1):
        if context.sentence_of[index] != sentence:
            return None
        if context.words[index] in _grammar("perceiving"):
            seen = index
            break
    if seen is None:
        return None
    return next(
        (
            index
            for index in range(seen + 1, start)
            if context.equipment_at(index) is not None
            # a force word as a modifier names no forces ("a 'military police' vehicle")
            or (_personnel(context, index) and not _modifies(context, index))
        ),
        None,
    )


def _modifies(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` stands before another lower-case noun, perhaps past a
    closing quotation mark, so that it is not the head of its phrase."""
    probe = index + 1
    if probe < len(context.words) and context.tokens[probe].text in _QUOTE_MARKS:
        probe += 1
    return (
        probe < len(context.words)
        and context.words[probe].isalpha()
        and context.tokens[probe].text.islower()
        and context.words[probe] not in {"and", "or", "of", "in", "on", "at", "near", "moving"}
    )


def _perceives(context: _Context, index: int) -> bool:
    """Whether the actor at ``index`` is the subject of a verb of seeing ("the SMM saw a
    convoy ... moving east"): what it sees moves, not the observer, unlike the subject of
    "denied sending"."""
    actor_id = context.actor_at[index]
    probe = index + 1
    while probe < len(context.words) and context.actor_at.get(probe) == actor_id:
        probe += 1
    return any(
        context.words[probe + step] in _grammar("perceiving")
        for step in range(2)
        if probe + step < len(context.words)
    )


def _intent_owner(context: _Context, start: int) -> tuple[str, Span] | None:
    """The possessor of the noun whose infinitive the trigger is: "his intention to withdraw",
    "Trump's decision to withdraw"; it is the mover, whoever opens the clause ("Since his
    telephone call ..., Trump has been signalling his intention to withdraw")."""
    if start < 3 or context.words[start - 1] != "to":
        return None
    noun = context.words[start - 2]
    if not noun.isalpha() or not context.tokens[start - 2].text.islower():
        return None
    index = start - 3
    word = context.words[index]
    if word in _POSSESSIVE_PRONOUNS:
        resolved = _resolve_pronoun(context, index)
        return (resolved, context.span(index, index + 1)) if resolved is not None else None
    # "Trump's", tokenised with its "'s" or without
    if word in {"'s", "'"} and index > 0:
        index -= 1
    elif not word.endswith("'s"):
        return None
    if context.deployer_at(index) is None or context.is_speaker(index, start):
        return None
    return context.actor_at[index], context.actor_span[index]


def _accused(context: _Context, start: int) -> tuple[str, Span] | None:
    """The actor charged with the movement in "Kiev accused Moscow of sending troops": the
    object of an accusing verb, before "of" and the trigger at ``start``."""
    words = context.words
    if start < 3 or words[start - 1] != "of":
        return None
    named = start - 2
    actor_id = context.deployer_at(named)
    if actor_id is None:
        return None
    first = context.token_range(context.actor_span[named].start, context.actor_span[named].end)[0]
    before = first - 1
    if before > 0 and words[before] in _DETERMINERS:
        before -= 1
    if before < 0 or words[before] not in _grammar("accusing"):
        return None
    return actor_id, context.actor_span[named]


def _relative_forces(context: _Context, start: int, left: int) -> int | None:
    """The force word right before "who" / "which" (perhaps with a comma) or "that" (with
    none) that opens the clause of the verb at ``start``, when only auxiliaries and adverbs
    stand between."""
    words = context.words
    pronoun = left - 1
    if not (0 < pronoun < start and words[pronoun] in _grammar("relative")):
        pronoun = _relative_that(words, left, start)
    if not (
        0 < pronoun < start
        and start - pronoun - 1 <= _NEAR
        and _gap_of_verb(context, pronoun + 1, start)
    ):
        return None
    forces = pronoun - 1 if words[pronoun - 1] != "," else pronoun - 2
    if forces > 0 and words[forces] in _grammar("number") and words[forces][:1].isalpha():
        forces -= 1  # "Mobile Unit Two, which is based in": the unit's number ends its name
    if _grouped_personnel(context, forces):
        forces -= 1  # "a special forces team, which had been deployed to Benghazi"
    if forces < 0 or context.hit("force", forces) is None or _site(context, forces):
        return None
    if any(
        hit is not None and hit.form != "light"
        for hit in context.actions[max(0, forces - _JOIN) : forces]
    ):
        # "reinforced by militants who have arrived": one movement, read already; a verb of
        # having is none ("Turkey has troops who are based in Qatar": the clause says where)
        return None
    return forces


def _relative_that(words: Sequence[str], left: int, start: int) -> int:
    """The "that" nearest before the verb at ``start`` and after ``left``, opening a relative
    clause when no comma precedes it ("troops that are based in"; not "the troops, that is"),
    or -1. "that" is no clause boundary, as it also opens reported speech ("said that"), so it
    is sought back from the verb; the caller checks that only auxiliaries and adverbs follow."""
    for probe in range(start - 1, max(left, start - 1 - _NEAR) - 1, -1):
        if words[probe] == "that":
            return probe if probe > 0 and words[probe - 1] != "," else -1
    return -1


def _relative_antecedent(context: _Context, start: int, left: int) -> tuple[str, Span] | None:
    """The actor named right before ", which" / ", who" that opens the verb's clause, with
    only auxiliaries, adverbs or a reporting aside ("they say") before the verb at ``start``."""
    words = context.words
    index = start - 1
    # the relative pronoun may be the boundary that opens the clause, just before ``left``
    while (
        index >= max(left, 1)
        and start - index <= _NEAR
        and words[index] not in _grammar("relative")
    ):
        if not (
            _gap_of_verb(context, index, index + 1)
            or words[index] in _PRONOUNS
            or index in context.actor_at
            or context.hit("speech", index) is not None
        ):
            return None
        index -= 1
    if words[index] not in _grammar("relative"):
        return None
    comma = index - 1
    if comma < 1 or context.words[comma] != ",":
        return None
    # the name may be a preposition's object: "the capabilities of the YPG, which has ..."
    named = comma - 1
    actor_id = context.deployer_at(named)
    if actor_id is None:
        return None
    return actor_id, context.actor_span[named]


def _decrees(context: _Context, index: int, start: int) -> bool:
    """Whether the actor at ``index`` announces or orders the movement as its own: "Trump has
    announced a rapid troop withdrawal", "Putin ordered the deployment"; not "NATO announced
    that troops had massed" (a report of what others do)."""
    span = context.actor_span.get(index)
    probe = context.token_range(span.start, span.end)[1] if span is not None else index + 1
    while probe < start and context.words[probe] in {"has", "have", "had", "also", "then"}:
        probe += 1
    words = context.words
    if probe + 2 < start and words[probe] in _grammar("intent") and words[probe + 1] == "to":
        # "the US intends to maintain an open-ended military presence": its own plan; not
        # when another people's name describes the forces ("vowed to maintain an Arab presence")
        if any(token.text[:1].isupper() for token in context.tokens[probe + 2 : start]):
            return False
        probe += 2
    elif probe >= start or words[probe] not in _grammar("decree"):
        return False
    between = words[probe + 1 : start]
    return len(between) <= 4 and all(
        word.replace("-", "").isalpha() and word not in _grammar("follower") for word in between
    )


def _attacked(context: _Context, index: int) -> bool:
    """Whether the actor at ``index`` is named as the target of an attack ("engaged in
    attacking Islamic State forces"): the object of the fight, not who moves."""
    span = context.actor_span.get(index)
    first = context.token_range(span.start, span.end)[0] if span is not None else index
    before = first - 1
    if before >= 0 and context.words[before] in _DETERMINERS:
        before -= 1
    return before >= 0 and context.words[before] in _grammar("casualty")


def _modifies_noun(context: _Context, index: int) -> bool:
    """Whether the actor named at ``index`` is a possessor or a bracketed name before a
    common noun: "Trump's decision", "(SBU) building"."""
    span = context.actor_span.get(index)
    after = context.token_range(span.start, span.end)[1] if span is not None else index + 1
    if after < len(context.words) and context.words[after] == ")":
        after += 1
        modifier = True  # "(SBU) building"
    else:
        modifier = context.words[after - 1].endswith(("'s", "\u2019s"))
    return (
        modifier
        and after < len(context.words)
        and context.tokens[after].text.isalpha()
        and context.tokens[after].text.islower()
    )


def _partitive_owner(
    context: _Context, forces: list[int], left: int, start: int
) -> tuple[str, Span] | None:
    """The actor named right after the subject's forces by "of" or "from", within the clause.

    A group, organisation or state after the force noun owns the forces or sends them
    ("fighters from Hezbollah", "soldiers of the Syrian army"); a place that is no actor
    ("soldiers from the village") or a phrase that is none ("troops from both sides") names
    no one. Only forces before the trigger count: after a verb, "moved troops from Germany"
    names where they leave, and the verb's subject moves them.
    """
    for head in forces:
        if not left <= head < start - 2:
            continue
        if context.words[head + 1] not in _grammar("owner_link"):
            continue
        named = head + 2
        if context.words[named] == "the" and named + 1 < start:
            named += 1
        actor_id = context.deployer_at(named)
        if actor_id is None or context.is_speaker(named, start):
            continue
        return actor_id, context.actor_span[named]
    for head in forces:
        # "two companies of Marines": the forces are the mention after the partitive
        span = context.actor_span.get(head)
        if span is None or not left <= head < start or context.deployer_at(head) is None:
            continue
        first = context.token_range(span.start, span.end)[0]
        if first > left and context.words[first - 1] in _grammar("owner_link"):
            return context.actor_at[head], span
    return None


def _back_reference_actor(context: _Context, forces: list[int]) -> tuple[str | None, Span | None]:
    """ "the paratroopers" named before as "Russian paratroopers"."""
    for index in forces:
        if index > 0 and context.words[index - 1] in _BACK_REFERENCE:
            found = _earlier_forces(context, index)
            if found is not None:
                return found
    return None, None


def _owned(context: _Context, start: int) -> bool:
    """ "The US has 2,500 troops stationed in Iraq": forces held by the subject (a light verb
    before them), so the subject is the actor of the participle too."""
    for probe in range(start - 1, max(-1, start - 8), -1):
        hit = context.hit("action", probe)
        if hit is not None and hit.form == "light":
            return True
        word = context.words[probe]
        skippable = (
            _modifier(context, probe)
            or word in _DETERMINERS
            or word in _grammar("quantifier")
            or word.endswith("ly")
            or probe in context.time_tokens
        )
        if not skippable:
            return False
    return False


def _participle_after_forces(context: _Context, start: int) -> bool:
    """ "the force dispatched to", "troops (currently) stationed in": a participle right after
    its forces, perhaps past one adverb."""
    if start == 0 or not context.words[start].endswith(("ed", "en", "sent")):
        return False
    before = start - 1
    if before > 0 and (before in context.time_tokens or context.words[before].endswith("ly")):
        before -= 1
    force = context.hit("force", before)
    return (force is not None and force.value == "personnel") or context.equipment_at(
        before
    ) is not None


def _earlier_forces(context: _Context, index: int) -> tuple[str, Span] | None:
    """The actor of the same force word named earlier with a demonym or possessive."""
    word = context.words[index]
    for probe in range(index - 2, max(0, index - _COREFERENCE), -1):
        if context.words[probe] != word:
            continue
        for before in (probe - 1, probe - 2):
            actor_id = context.deployer_at(before) if before >= 0 else None
            if actor_id is not None:
                return actor_id, context.actor_span[before]
    return None


def _modifier(context: _Context, index: int) -> bool:
    """Words that may stand between an actor and its forces: "troop", "military", "2,000"."""
    word = context.words[index]
    if word in {",", "."}:
        # a thousands separator: "2,000" is three tokens
        return 0 < index < len(context.words) - 1 and context.words[index + 1].isdigit()
    return (
        context.hit("force", index) is not None
        or context.equipment_at(index) is not None
        or word.replace(",", "").replace(".", "").isdigit()
    )


def _object_of_preposition(
    context: _Context, index: int, markers: frozenset[str] = _OBJECT_MARKERS
) -> bool:
    """Whether the actor at ``index`` follows a preposition of ``markers`` (past one modifier
    word)."""
    span = context.actor_span.get(index)
    first = context.token_range(span.start, span.end)[0] if span is not None else index
    if context.words[index].endswith("'s"):
        return False  # a possessor is not governed by the preposition: "from Iraq's invasion"
    after = context.token_range(span.start, span.end)[1] if span is not None else index + 1
    # a middle item of a list, "Germany" in "in France, Germany, Italy and beyond"; not the
    # subject after a fronted phrase, "According to Ukraine, Russia has"
    listed = context.words[first - 1 : first] == [","] and context.words[after : after + 1] in (
        [","],
        ["and"],
        ["or"],
    )
    if (
        first > 1
        and (context.words[first - 1] in {"and", "or"} or listed)
        and first - 2 in context.actor_at
    ):
        # "in Syria and Iraq", "in France, Germany, Italy": a later object of a list is governed
        # by the same preposition;
        # but "for Britain and France, which both have" names the subject of "which"
        last = context.token_range(span.start, span.end)[1] if span is not None else index + 1
        following = context.words[last : last + 2]
        if not any(word in {"which", "who"} for word in following):
            return _object_of_preposition(context, first - 2, markers)
    if (
        first > 1
        and context.words[first - 1] == "of"
        and context.words[first - 2] in _grammar("state_title")
    ):
        return False  # "the predominantly Moslem nation of Bangladesh said": the state itself
    for before in (first - 1, first - 2):
        if before < 0:
            return False
        word = context.words[before]
        if word in markers:
            return True
        if word in _DETERMINERS or not (word.isalpha() or "-" in word):
            return word in _DETERMINERS and before - 1 >= 0 and context.words[before - 1] in markers
    return False


def _owning_pronoun(context: _Context, index: int) -> bool:
    """Whether the word at ``index`` is a possessive pronoun that may own placed forces: "its",
    "their", and a speaker's "our" when the speaker's side is known ("'Our troops in Estonia are
    ready,' the British defence secretary said"), not a writer's "our troops"."""
    if context.words[index] in _OWNING:
        return True
    return context.words[index] == "our" and _speakers_side(context, index) is not None


def _speakers_side(context: _Context, index: int) -> str | None:
    """The side of the speaker in whose words the token at ``index`` stands, if known."""
    statement = context.statement_at(context.tokens[index].start)
    if statement is None or statement.speaker is None:
        return None
    return context.voice_of(statement.speaker)


def _resolve_pronoun(context: _Context, index: int) -> str | None:
    """The actor a pronoun stands for: the nearest actor before it (see
    :func:`_nearest_antecedent`); for "we" and "our" in someone's words, the speaker's side.

    "'We are going to maintain our forces in the region,' said spokesman Kenneth Bacon": "our
    forces" are the speaker's side's, not those of the last name before the quotation; a
    speaker of no known side speaks of a side named in their own words, or of no one. A "we"
    may be the people or a unit of the side, so it is the side only when that is also the name
    before it.
    """
    if context.words[index] not in _FIRST_PERSON:
        return _nearest_antecedent(context, index)
    offset = context.tokens[index].start
    statement = context.statement_at(offset)
    if statement is None or statement.speaker is None:
        return _nearest_antecedent(context, index)
    side = context.voice_of(statement.speaker)
    if side is not None and context.words[index] == "our":
        return side
    own_words = next(
        (part.start for part in statement.content if part.start <= offset < part.end), offset
    )
    named = _nearest_antecedent(context, index, floor=own_words)
    return named if side is None or named == side else None


def _nearest_antecedent(context: _Context, index: int, *, floor: int = 0) -> str | None:
    """The nearest actor before a pronoun, in its sentence or the one before, that is not a
    name describing another noun ("Germany, another Nato member, ... its forces" is
    Germany's; "the US Tomahawk missiles using its air defence systems" not the US's), and not
    named before the character offset ``floor``."""
    sentence = context.sentence_of[index]
    # "Moscow denies Kiev's claims that it sent troops": the claim's owner is the pronoun's
    # actor only when no one before it in the sentence may be ("Russia's claims that it had")
    claimant: str | None = None
    for probe in range(index - 1, max(-1, index - 2 * _LEFT), -1):
        if context.sentence_of[probe] < sentence - 1 or context.tokens[probe].start < floor:
            break
        if context.sentence_of[probe] < sentence and claimant is not None:
            return claimant
        actor_id = context.deployer_at(probe)
        if actor_id is not None and claimant is None and _claims_owner(context, probe):
            claimant = actor_id
            continue
        if (
            actor_id is None
            or _object_of_preposition(context, probe, _ANTECEDENT_MARKERS)
            # "Tehran, like Moscow, has expanded its reach": a comparison, not the owner
            or (probe > 0 and context.words[probe - 1] in _grammar("comparison"))
            or _names_other_noun(context, probe)
        ):
            continue
        actor = context.actors.get(actor_id)
        if (
            actor is None
            or actor.kind != ActorKind.PERSON
            or context.words[index] in {"he", "his", "she", "her"}
        ):
            return actor_id
    return claimant


def _claims_owner(context: _Context, probe: int) -> bool:
    """Whether the actor at ``probe`` owns a claim right after it: "Kiev's claims"."""
    words = context.words
    after = probe + 1
    while after < len(words) and context.actor_at.get(after) == context.actor_at.get(probe):
        after += 1
    if after < len(words) and words[after] in {"'s", "'", "’s"}:
        after += 1
    if after < len(words) and words[after] in _grammar("claim_noun"):
        return words[probe].endswith(("'s", "’s")) or after > probe + 1
    return False


def _names_other_noun(context: _Context, probe: int) -> bool:
    """Whether the actor named at ``probe`` describes the noun after it ("Nato member", "the
    US Tomahawk missiles"), rather than being its own phrase ("US troops", "Russia has")."""
    span = context.actor_span.get(probe)
    after = context.token_range(span.start, span.end)[1] if span is not None else probe + 1
    if after >= len(context.words) or context.words[after - 1].endswith("'s"):
        return False
    text = context.tokens[after].text
    word = context.words[after]
    if not text.isalpha() or after in context.actor_at:
        return False
    return not (
        word in _grammar("follower")
        or word in _grammar("be")
        or word.endswith(("ed", "ly", "s"))  # "Moscow continues", "Russia says"
        or context.hit("force", after) is not None
        or context.equipment_at(after) is not None
        or any(
            context.hit(kind, after) is not None
            for kind in ("speech", "action", "modality", "demand", "prep", "boundary")
        )
    )


def _find_location(
    context: _Context,
    anchor: int,
    right: int,
    action: Action,
    own: set[int],
    *,
    through: bool = False,
) -> tuple[Location | None, str]:
    """The first place phrase after ``anchor`` in the clause, and how its preposition relates
    it: "to" (keep/drop prepositions) or "from". A movement "from" a place with no place it
    goes to is a withdrawal from it ("moved 20 trains out of three provinces")."""
    origin: Location | None = None
    index = anchor
    right = min(right, anchor + _RIGHT)
    ending = context.words[anchor - 1] if anchor > 0 else ""
    if (
        context.hit("action", anchor - 1) is None
        and (
            # "left for Romania", "headed to the front", "operates inside Turkey"
            ending in {"to", "for"}
            or (action is Action.PRESENCE and ending in _STATIVE_PREPOSITIONS)
            # "driven from Raqqa", "pushed out of Mosul": the place left
            or (
                action is Action.WITHDRAWAL
                and (
                    ending == "from"
                    or (ending == "of" and context.words[anchor - 2 : anchor - 1] == ["out"])
                )
            )
        )
    ):
        # the trigger ends in its own preposition, so its place follows at once
        place = _place_phrase(
            context, _Hit(start=anchor, end=anchor, kind="prep", value="drop", form=""), right
        )
        if place is not None:
            return place, ending
    if ending == "out" and anchor < len(context.words) and context.words[anchor] == "of":
        index = anchor - 1  # "pulled out of Syria": the trigger's particle opens "out of"
    while index < right:
        prep = context.hit("prep", index)
        if prep is not None:
            location = _place_phrase(context, prep, right)
            if location is not None:
                if prep.value != "from":
                    if action is Action.DEPLOYMENT and _placed_object(context, prep.start):
                        # "send the troops in Rojava to Idlib": where the forces are is
                        # where they leave; a place "to" which they go is the movement's
                        onward = _onward_place(context, location, right)
                        if onward is not None:
                            return onward, "to"
                    return location, context.words[prep.start]
                if action is Action.WITHDRAWAL:
                    return location, "from"
                if origin is None:
                    origin = location
            index = max(prep.end, index + 1)
            continue
        if context.words[index] in _grammar("strike"):
            break  # the place of a blow, not of the movement
        if _opens_clause(context, index):
            break  # "bolstering Assad's military as it claims territory from ...": its place
        other = context.hit("action", index)
        if other is not None and through and other.form == "noun":
            # "halve the US troop presence in Afghanistan": the object's place is the verb's
            index = other.end
            continue
        if other is not None and other.form != "light" and index not in own:
            if not _participle_after_forces(context, index):
                break  # another movement's place
            if action is Action.WITHDRAWAL:
                # "cut the number of troops deployed in Afghanistan": where the participle
                # puts the forces is the place they leave
                index = other.end
                continue
            # "redeploying the special forces stationed in Syria to bases in Iraq": the
            # participle's place is where the forces are, the movement's comes after it.
            index = _skip_place(context, other.end, right)
            continue
        index += 1
    return origin, "from"


def _placed_object(context: _Context, prep: int) -> bool:
    """Whether the locating preposition at ``prep`` follows forces or equipment directly:
    "the troops in Rojava", "its tanks at Kilis"."""
    return (
        prep > 0
        and context.words[prep] in _STATIVE_PREPOSITIONS
        and (
            context.hit("force", prep - 1) is not None or context.equipment_at(prep - 1) is not None
        )
    )


def _onward_place(context: _Context, location: Location, right: int) -> Location | None:
    """A place opened by "to" or "into" within ``_ONWARD_REACH`` words after ``location``,
    with no comma, clause or other movement between them."""
    _, index = context.token_range(location.span.start, location.span.end)
    for probe in range(index, min(right, index + _ONWARD_REACH)):
        if (
            context.words[probe] == ","
            or context.is_boundary(probe)
            or context.hit("action", probe) is not None
        ):
            return None
        prep = context.hit("prep", probe)
        if prep is not None and context.words[probe] in _ONWARD:
            place = _place_phrase(context, prep, right)
            if place is None:
                return None
            first, last = context.token_range(place.span.start, place.span.end)
            # a name or a place noun: not "to the surprise of Nigeria"
            named = _name_like(context.tokens[first].text) or any(
                context.hit("place", inner) is not None for inner in range(first, last)
            )
            return place if named else None
    return None


def _sent_fleeing(context: _Context, end: int) -> bool:
    """Whether a sending verb ending at ``end`` sends its object "into" a withdrawal: "sent
    Isis fighters into retreat" routs them."""
    words = context.words
    for probe in range(end, min(end + _OBJECT_REACH + 2, len(words) - 1)):
        if context.is_boundary(probe):
            return False
        if words[probe] == "into":
            following = context.actions[probe + 1]
            return following is not None and following.value == Action.WITHDRAWAL.value
    return False


def _opens_clause(context: _Context, index: int) -> bool:
    """Whether a subordinator at ``index`` opens a clause with its own subject ("as it
    claims", "when the jihadists advanced"); not "as well as", "as promised"."""
    after = index + 1
    if context.words[index] not in _SUBORDINATORS or after >= len(context.words):
        return False
    word = context.words[after]
    return (
        word in _SUBJECT_PRONOUNS
        or word in {"we", "i", "you"}
        # "as the army advanced", not "act as a substitute" (a preposition)
        or (word in _DETERMINERS and word not in _POSSESSIVE_PRONOUNS | {"a", "an"})
        or (after in context.actor_at and context.tokens[after].text[:1].isupper())
    )


def _skip_place(context: _Context, index: int, right: int) -> int:
    """The token after the place phrase that opens at ``index`` (or ``index`` if none)."""
    prep = context.hit("prep", index) if index < right else None
    if prep is None:
        return index
    place = _place_phrase(context, prep, right)
    if place is None:
        return prep.end
    return context.token_range(place.span.start, place.span.end)[1]


def _place_phrase(context: _Context, prep: _Hit, right: int) -> Location | None:
    words = context.words
    tokens = context.tokens
    first = prep.end
    if first + 1 < right and words[first] in _QUOTE_MARKS:
        first += 1  # in “de-escalation zones”: the quotation marks are no part of the place
    if (
        first >= right
        or first in context.time_tokens
        or first in context.person_first
        or words[first].rstrip(".") in _HONORIFICS
    ):
        return None  # "it had been shown to Mattis", "bolstering Mr. Assad's": no place
    if (words[prep.start], *words[first : first + 3]) == ("along", "the", "lines", "of") and (
        words[first + 3 : first + 4] != ["contact"]  # "along the lines of contact" is a front
    ):
        return None  # "a presence along the lines of the 2003 invasion": like it, not there
    opener = tokens[first].text
    head = first + 1 if words[first] in _DETERMINERS else first
    if (
        head < right
        and words[head] in _grammar("engagement")
        and tokens[head].text[:1].isupper()
        and words[head + 1 : head + 2] == ["of"]
    ):
        return None  # "in the Siege of Petersburg", "at the Battle of Mukden": a fight, no place
    if words[prep.start] == "among" and words[first] not in _DETERMINERS:
        return None  # "positions among the ruins" is a place, "cooperation among countries" none
    # "three provinces", "stretches of its southern border": a place noun soon after, but
    # not after "to", where a verb may follow ("to retake the town").
    noun_follows = words[prep.start] != "to" and any(
        context.hit("place", i) is not None for i in range(first + 1, min(first + 5, right))
    )
    if not (
        words[first] in _DETERMINERS
        or _name_like(opener)
        or context.hit("place", first) is not None
        or _is_direction(words[first])
        or noun_follows
    ):
        return None
    last = None
    index = first
    while index < min(right, first + _PLACE_WORDS):
        word = words[index]
        text = tokens[index].text
        if (
            index > first
            and "\n" in context.doc.normalized[tokens[index - 1].end : tokens[index].start]
        ):
            break  # a line ends a headline
        if index in context.time_tokens or context.hit("action", index) is not None:
            break
        # "the Hmeimim air base", "the Mezzeh military airport": a modifier of a place noun
        compound = (
            word.isalpha()
            and index + 1 < min(right, first + _PLACE_WORDS)
            and context.hit("place", index + 1) is not None
            and context.hit("prep", index) is None
        )
        # "the Mezzeh Military Air Base": a capitalised force word inside a name is part of it
        titled = (
            last == index
            and text[:1].isupper()
            and index + 1 < min(right, first + _PLACE_WORDS)
            and tokens[index + 1].text[:1].isupper()
        )
        if (
            context.hit("force", index) is not None
            and not compound
            and not titled
            and not _site(context, index)  # "Šiauliai base, Lithuania": the base is the place
        ) or context.hit("speech", index) is not None:
            break
        inner = (
            word in {"in", "on", "near"}
            and last == index
            and context.hit("place", index - 1) is not None
            and index + 1 < len(words)
            and tokens[index + 1].text[:1].isupper()
        )  # "American bases in Iraq", "positions near Donetsk"
        if context.hit("prep", index) is not None and word not in _PHRASE_LINKS and not inner:
            break
        if word == "with" and last == index and context.hit("place", index - 1) is None:
            break  # "the border with Ukraine" goes on, "Manbij with Russian support" ends
        # "that" opens a place only at once ("to that city"), later a clause ("the area that
        # Isis held"), as a relative pronoun does anywhere ("to the conclusion that Mosul was lost")
        relative_opener = word in _RELATIVE_WORDS and not (index == first and word in _DETERMINERS)
        if _name_like(text) or context.hit("place", index) is not None:
            last = index + 1
        elif (
            (word in _DETERMINERS and not relative_opener)
            or word in _PHRASE_LINKS
            or _is_direction(word)
            or inner
            or (compound and last == index)
            # "the U.S. 5th Fleet area": an ordinal inside a name, kept if the name goes on
            or (
                last == index
                and is_ordinal(word)
                and index + 1 < right
                and _name_like(tokens[index + 1].text)
            )
        ):
            pass
        elif (
            # "Syria's vast eastern desert": describing words may follow a possessive name too
            (last is None or words[last - 1].endswith("'s"))
            and (word == "," or word.isalpha() or "-" in word or word in _QUOTE_MARKS)
            and not relative_opener
            and any(
                context.hit("place", ahead) is not None
                for ahead in range(index + 1, min(right, first + _PLACE_WORDS))
            )
        ):
            pass  # describing words before a place noun: "the small, oil-rich sultanate"
        elif (
            last is not None
            or index - first >= 3
            or not (word.isalpha() or "-" in word)
            or relative_opener
        ):
            break  # after a place only its links go on: "the border with Ukraine"
        index += 1
    if last is None:
        return None
    if last < len(words) and words[last] in _HEADINGS:
        return None  # "to a north-west direction": a bearing, no place
    if words[last - 1].endswith("'s") and last < len(words) and tokens[last].text[:1].islower():
        return None  # a possessor of what follows: "in Syria's civil war" names no place
    if _demonym_of_noun(context, last - 1, right):
        return None  # "from an indefinite American presence": a people's adjective, no place
    if (
        context.hit("place", last - 1) is None
        and not _ends_phrase(context, last, right)
        and not _participle_with_object(context, last, right)
    ):
        return None  # a name modifying a noun is no place: "a Turkish incursion", "its Arab allies"
    begin = prep.start if prep.value == "keep" else first
    span = context.span(begin, last)
    if not _is_place(context, first, last) or _people(context, first, last):
        return None
    return Location(span=span, country=_country(context, first, last))


def _name_like(text: str) -> bool:
    """Whether a token can be (part of) a name: capitalised, or a romanised Arabic article
    written in lower case before a capitalised name ("the town of al-Bab", "ash-Shaddadi")."""
    return text[:1].isupper() or arabic_article_name(text)


def _demonym_of_noun(context: _Context, index: int, right: int) -> bool:
    """Whether the word at ``index`` is a demonym (not a country's name) before a noun."""
    text = context.tokens[index].text
    after = index + 1
    if after >= min(right, len(context.words)) or not context.tokens[after].text.isalpha():
        return False
    if not context.tokens[after].text.islower() or context.hit("place", index) is not None:
        return False
    following = context.hit("action", after)
    if _ends_phrase(context, after, right) and (following is None or following.form != "noun"):
        return False  # "from Kiev had reached": a verb follows the name, not its noun
    code = _country_of_adjective(text)
    return code is not None and (country_name(code) or "").lower() != text.lower()


def _participle_with_object(context: _Context, index: int, right: int) -> bool:
    """Whether a participle with its object starts at ``index``, ending the name before it:
    "in Syria wearing patches", "in Idlib carrying the flag" (not "the Raqqa bombing campaign",
    where the name modifies the noun)."""
    after = index + 1
    if after >= min(right, len(context.words)):
        return False
    word, following = context.words[index], context.tokens[after].text
    return (
        word.endswith("ing")
        and context.tokens[index].text.isalpha()
        and context.tokens[index].text.islower()
        and (
            following.lower() in _DETERMINERS
            or (following.isalpha() and following.islower() and following.endswith("s"))
        )
    )


def _ends_phrase(context: _Context, index: int, right: int) -> bool:
    """Whether a noun phrase may end before ``index``: what follows is punctuation, the end of
    the clause, a function word, a verb in -ed, or a word the lexicon knows."""
    if index >= right or index >= len(context.words):
        return True
    word = context.words[index]
    if not context.tokens[index].text.islower() or not word.isalpha():
        return True
    if (
        word in _grammar("follower")
        or word in _grammar("be")
        or word in _grammar("predicate")  # "troops in Iraq help train": the clause's verb
        or word in _DETERMINERS
        or word.endswith(("ed", "ly"))
    ):
        return True
    if index in context.time_tokens:
        return True
    return any(
        context.hit(kind, index) is not None
        for kind in ("speech", "action", "modality", "boundary", "prep", "demand")
    )


def _people(context: _Context, first: int, last: int) -> bool:
    """ "the Kurds", "the Turks": a people, not a place (unless a country: "the Netherlands")."""
    if last - first != 2 or context.words[first] != "the":
        return False
    name = last - 1
    text = context.tokens[name].text
    actor = context.actors.get(context.actor_at.get(name, ""))
    plural_people = text.endswith(("ds", "ks", "bs", "ans", "is")) or (
        text.endswith("s") and country_of_adjective(text[:-1]) is not None
    )
    return (
        text[:1].isupper()
        and plural_people
        and not (actor is not None and actor.kind == ActorKind.COUNTRY)
        and context.hit("place", name) is None
    )


def _is_direction(word: str) -> bool:
    return (
        word.endswith(("ern", "-held", "-controlled", "-occupied"))
        or word in {"central"}
        or word in _grammar("compass")  # "north-west Syria"
    )


def _is_place(context: _Context, first: int, last: int) -> bool:
    """A place phrase names a place noun, a country, or an unknown proper name, not only
    people, bodies or groups ("the struggle with Isis")."""
    if context.article_place(first):
        return True  # "to Al Udeid": a place the actors' stage may take for a person
    named_people = True
    for index in range(first, last):
        if context.hit("place", index) is not None:
            return True
        if not _name_like(context.tokens[index].text):
            continue
        actor = context.actors.get(context.actor_at.get(index, ""))
        if actor is None or actor.kind == ActorKind.COUNTRY:
            named_people = False
    return not named_people


def _country(context: _Context, first: int, last: int) -> str | None:
    """The country of a place phrase: that of its last country name or demonym ("American
    bases in Iraq" is in Iraq, "the border with Ukraine" at Ukraine's)."""
    for index in range(last - 1, first - 1, -1):
        actor = context.actors.get(context.actor_at.get(index, ""))
        if actor is not None and actor.country and actor.kind == ActorKind.COUNTRY:
            return actor.country
        if index in context.country_at:
            return context.country_at[index]
    return None


def _find_equipment(context: _Context, left: int, start: int, end: int) -> tuple[Equipment, ...]:
    result: list[Equipment] = []
    seen: set[str] = set()
    sentence = context.sentence_of[start]
    index = max(left, start - _FORCE_BEFORE - 2)  # the subject: "tanks and artillery were moved"
    limit = min(len(context.words), end + _RIGHT)
    while index < limit and context.sentence_of[index] == sentence:
        if index >= end and context.is_boundary(index):
            break
        found = context.equipment_at(index)
        if found is None or start <= index < end:
            index += 1
            continue
        stop, name = found
        crew = context.hit("force", index)
        if crew is not None and crew.end > stop:
            index = crew.end  # "drone pilots" are forces, not a drone
            continue
        # a model before the noun of its kind is one piece ("12 Su-35 jets", "T-72 tanks"): it
        # keeps the model's name, the more exact one, and its span takes in the kind's noun,
        # which is not read again; a kind before another ("missile destroyers") is a piece of each
        if stop < limit and _model_before_kind(context, index, stop):
            kind = context.equipment_at(stop)
            if kind is not None:
                stop = kind[0]
        if name not in seen:
            seen.add(name)
            span = context.span(index, stop)
            result.append(Equipment(name=name, span=span, count=_count(context, index)))
        index = stop
    return tuple(result)


def _model_before_kind(context: _Context, index: int, after: int) -> bool:
    """Whether the equipment word at ``index`` is written as a model's name before the word at
    ``after``: with a digit ("Su-35", "Il-78M"), or capitalised inside its sentence before a
    lower-case word ("Patriot missiles", "Leopard tanks"); not a kind's noun ("missile", or
    "Missile" opening a sentence), nor a word of a headline in capitals ("Tanks Artillery")."""
    text = context.tokens[index].text
    return any(character.isdigit() for character in text) or (
        text[:1].isupper()
        and context.tokens[after].text[:1].islower()
        and index > 0
        and context.sentence_of[index - 1] == context.sentence_of[index]
    )


def _count(context: _Context, index: int) -> int | None:
    """The number right before the equipment at ``index``: a figure ending there, or digits
    ("12 drones", "1,200 tanks")."""
    if index == 0:
        return None
    before = context.tokens[index - 1]
    gap = context.doc.normalized[before.end : context.tokens[index].start]
    if gap.strip():
        return None
    figure = context.figure_ends.get(before.end)
    if figure is not None and math.isfinite(figure.value) and 1 <= figure.value < _MAX_COUNT:
        return int(figure.value) if figure.value == int(figure.value) else None
    found = _DIGITS.search(context.doc.normalized, max(0, before.end - 12), before.end)
    if found is None or found.end() != before.end or not _read_as_number(context, index):
        return None
    value = int(found.group().replace(",", ""))
    return value if 1 <= value < _MAX_COUNT else None


def _read_as_number(context: _Context, index: int) -> bool:
    """Whether the number grammar reads the digits ending right before the equipment at
    ``index`` as a number: not the number of a model's name ("Su-35 jets", "a UAZ 469
    vehicle"). The grammar runs on the few words around, as it needs only its neighbours."""
    tokens = context.tokens
    first = tokens[max(0, index - _NUMBER_CONTEXT)].start
    last = tokens[min(len(tokens) - 1, index + 1)].end
    end = tokens[index - 1].end - first
    return any(
        number.end == end for number in find_numbers(Text(context.doc.normalized[first:last]))
    )


def _find_modality(context: _Context, start: int, left: int) -> tuple[Modality, Span | None]:
    """The strongest modality cue of the trigger: denied, then possible, then planned.

    Auxiliaries and negations ("will", "could", "not"; form ``near`` in the lexicon) count only
    close before the trigger, with no actor between ("could establish a military presence")
    but the forces' owner after "no" ("no US troops"); cue phrases ("plans to", "denied",
    "can't rule out") anywhere from the clause start; and "no" right after a light verb
    ("has no troops"), see :func:`_light_absence`.
    """
    best: Modality = Modality.REPORTED
    cue: Span | None = None
    # The word that opens the clause may be a cue itself: "if", "unless", "whether"; and so
    # may the trigger ("the Pentagon ordered 4,000 Marines to the Gulf" is planned).
    for index in range(max(left - 1, 0, start - _MODALITY_WINDOW), start + 1):
        hit = context.hit("modality", index)
        if hit is None or (hit.end > start and not (index == start and hit.form == "far")):
            continue
        if hit.form == "near" and (
            start - hit.end > _NEAR
            or (
                _mention_between(context, hit.end, start)
                and not _no_before_owner(context, hit, start)
            )
            or _noun_behind_link(context, hit.end, start)
        ):
            continue
        modality = Modality(hit.value)
        if _MODALITY_RANK[modality] > _MODALITY_RANK.get(best, 0):
            best = modality
            cue = context.span(hit.start, hit.end)
    absent = _light_absence(context, start)
    if absent is not None and _MODALITY_RANK[Modality.DENIED] > _MODALITY_RANK.get(best, 0):
        return Modality.DENIED, context.span(absent, absent + 1)
    return best, cue


def _light_absence(context: _Context, start: int) -> int | None:
    """The index of "no" right after a light presence verb ("The US has no troops in Syria",
    "keeps no forces there"): the forces are stated absent; not a bound ("has no more than 200
    troops", "no fewer than")."""
    trigger = context.actions[start]
    negation = start + 1
    words = context.words
    if (
        trigger is None
        or trigger.form != "light"
        or negation >= len(words)
        or words[negation] != "no"
        or (negation + 1 < len(words) and words[negation + 1] in _grammar("comparative_bound"))
    ):
        return None
    return negation


def _noun_behind_link(context: _Context, first: int, start: int) -> bool:
    """Whether the trigger at ``start`` is a noun that a preposition ties to another word
    after the cue: "could not give a timeline for the withdrawal" denies no withdrawal."""
    trigger = context.actions[start]
    return (
        trigger is not None
        and trigger.form == "noun"
        and any(context.words[index] in _NOUN_LINKS for index in range(first, start))
    )


def _mention_between(context: _Context, first: int, last: int) -> bool:
    return any(index in context.actor_at for index in range(first, last))


def _no_before_owner(context: _Context, hit: _Hit, start: int) -> bool:
    """Whether the cue is "no" before only the owner of the forces or presence at ``start``:
    "there are no US troops in the region", "no Russian presence in Afrin" state an absence, as
    the reporter's "no presence of US troops" does; the owner is no other clause's actor. The
    words of a longer force name may stand between ("no US strike force", whose "force" is also
    read as forces of its own)."""
    return context.words[hit.start] == "no" and all(
        index in context.actor_at or context.hit("force", index) is not None
        for index in range(hit.end, start)
    )


def _find_source(context: _Context, start: int) -> tuple[str | None, bool]:
    """The speaker of the statement whose content holds the trigger, and whether it denies it."""
    offset = context.tokens[start].start
    statement = context.statement_at(offset)
    if statement is not None:
        return statement.speaker, statement.polarity == Polarity.DENY
    # "according to X" in the same sentence, when no statement covers it.
    sentence = context.sentence_of[start]
    index = start - 1
    while index > 0 and context.sentence_of[index] == sentence and start - index < _LEFT:
        if context.words[index - 1] == "according" and context.words[index] == "to":
            for probe in range(index + 1, min(index + 5, len(context.words))):
                if probe in context.actor_at:
                    return context.actor_at[probe], False
        index -= 1
    return None, False


def _nearest(starts: Sequence[int], offset: int) -> list[int]:
    """Indices of the items nearest ``offset``, nearest first (at most four)."""
    where = bisect.bisect_left(starts, offset)
    candidates = [i for i in range(where - 2, where + 2) if 0 <= i < len(starts)]
    return sorted(candidates, key=lambda i: abs(starts[i] - offset))


def _find_personnel(context: _Context, start: int, end: int | None = None) -> str | None:
    offset = context.tokens[start].start
    sentence = context.doc.sentence_at(offset)
    if sentence is None:
        return None
    limit = sentence.end if end is None else _other_subject(context, end, sentence.end)
    force_words = _force_words()
    for index in _nearest(context.figure_starts, offset):
        figure = context.figures[index]
        if not sentence.start <= figure.span.start < limit:
            continue
        counted = (figure.counted or "").lower()
        # troops counted, not troops killed or wounded
        if figure.category == Category.PERSONNEL or (
            figure.category == Category.OTHER and counted in force_words
        ):
            return figure.id
    return None


def _find_time(context: _Context, start: int, end: int) -> str | None:
    offset = context.tokens[start].start
    sentence = context.doc.sentence_at(offset)
    if sentence is None:
        return None
    limit = min(sentence.end, _where_clause(context, end, sentence.end))
    for index in _nearest(context.time_starts, offset):
        expression = context.times[index]
        if expression.id in context.statement_times:
            continue  # it dates the saying ("on Monday NATO warned"), not the movement
        if sentence.start <= expression.span.start < limit:
            return expression.id
    return None


def _other_subject(context: _Context, end: int, stop: int) -> int:
    """The offset of a clause after token ``end`` with a subject of its own (or ``stop``): the
    count in "the army fled as 700 jihadists advanced" or in ", where 300 rebels held out"
    is of other forces than those that move."""
    words, tokens = context.words, context.tokens
    limit = _where_clause(context, end, stop)
    for index in range(end, min(end + _RIGHT, len(words) - 1)):
        if tokens[index].start >= limit:
            break
        if (
            words[index] in _SUBORDINATORS
            and words[index - 1] not in _COMPARED  # "as many as 400 forces" is their count
            and (words[index + 1][:1].isdigit() or words[index + 1] in _DETERMINERS)
        ):
            return tokens[index].start
    return limit


def _where_clause(context: _Context, end: int, stop: int) -> int:
    """The offset of a ", where" clause after token ``end`` in its sentence (or ``stop``): it
    describes the place ("entered Afrin, where fighting had raged for days"), so its times do
    not date the movement."""
    words, tokens = context.words, context.tokens
    for index in range(end, min(end + _RIGHT, len(words) - 1)):
        if tokens[index].start >= stop:
            break
        if words[index] == "," and words[index + 1] == "where":
            return tokens[index].start
    return stop


# -- gathering -----------------------------------------------------------------------------


def _generic(location: Location) -> bool:
    """A place named by a common noun only ("the region"), which refers back to a named one."""
    return not any(word[:1].isupper() for word in location.span.text.split())


def _bare(location: Location) -> bool:
    """A place named by "the" and one common noun ("the region", "the area"), which says
    nothing of its own about where."""
    words = location.span.text.split()
    return len(words) == 2 and words[0].lower() == "the" and _generic(location)


def _compatible(group: _Group, mention: _Mention, *, near: bool) -> bool:
    """Both denied or neither, and places that may be the same: one unknown, the same country, or
    one wording inside the other ("the border" and "the border with Ukraine")."""
    if (group.modality is Modality.DENIED) != (mention.modality is Modality.DENIED):
        return False  # a denial is a claim of its own; plans and reports of a move are one
    if group.location is None or mention.location is None:
        return True
    if near and (_generic(group.location) or _generic(mention.location)):
        return True  # "the region", "the border": the place named just before
    if mention.actor is not None and (_bare(group.location) or _bare(mention.location)):
        return True  # the same actor's "the region" refers back, however far
    if group.location.country and mention.location.country:
        return group.location.country == mention.location.country
    one = group.location.span.text.lower()
    other = mention.location.span.text.lower()
    return one in other or other in one


def _gather(context: _Context, mentions: list[_Mention]) -> tuple[MilitaryDeployment, ...]:
    groups: list[_Group] = []
    # A headline says in few words what the body says in full: its mentions are read last,
    # so that the body's wording fills the parts ("the border with Ukraine", not "Ukraine
    # Border"); the deployment still takes its place in text order from the headline.
    headline_end = _headline_end(context.doc)
    ordered = sorted(mentions, key=lambda m: context.tokens[m.start].start < headline_end)
    for original in ordered:
        if _civilian_staff(context, original):
            continue
        mention = _inherit_actor(groups, original)
        if mention.actor is None:
            mention = _armed_service_before(context, groups, mention)
        in_headline = context.tokens[mention.start].start < headline_end
        target = _target(groups, mention, anywhere=in_headline)
        if target is None and _generic_motion(context, mention):
            target = _moved_before(groups, mention)
        if target is None:
            target = _sent_before(context, groups, mention)
        if target is None:
            if (
                mention.back_reference
                or (mention.actor is None and mention.location is None)
                or (mention.actor is None and mention.own_subject)
            ):
                # a bare "the withdrawal" with nothing to refer to, no who and where, or
                # unowned forces as the subject ("2,000 fighters remain"), whose owner is
                # named sentences away if at all
                continue
            target = _Group(
                actor=mention.actor,
                action=mention.action,
                modality=mention.modality,
                last_sentence=mention.sentence,
                first=context.tokens[mention.start].start,
                sided=mention.side_owned and mention.placed,
            )
            groups.append(target)
        _merge(target, mention)
        target.placed = target.placed and mention.placed
        target.first = min(target.first, context.tokens[mention.start].start)
    groups = [group for group in groups if not _arrived(group, groups)]
    groups = _credit_hosted(groups)
    generic = _lexicon().generic
    for group in groups:
        # "military equipment like tanks": the cover term gives way to the kinds named
        if any(item.name not in generic for item in group.equipment):
            dropped = [item for item in group.equipment if item.name in generic]
            group.equipment = [item for item in group.equipment if item.name not in generic]
            group.evidence.difference_update(item.span for item in dropped)
    if context.owned_bodies:
        for group in groups:
            # "the Republican Guard" moves for Iraq: the evidence shows where the text says so
            owners = {context.owner_span(span) for span in group.evidence}
            group.evidence.update(owner for owner in owners if owner is not None)
    ending_at: dict[str, dict[int, list[Span]]] = {}  # each actor's, built once
    for group in groups:
        if group.actor is not None:
            if group.actor not in ending_at:
                ending_at[group.actor] = _by_end(context.actors[group.actor].mentions)
            _cite_actor_mention(group.evidence, ending_at[group.actor])
    deployments = []
    for number, group in enumerate(sorted(groups, key=lambda g: g.first), start=1):
        deployments.append(
            MilitaryDeployment(
                id=f"d{number}",
                actor=group.actor,
                action=group.action,
                modality=group.modality,
                personnel=group.personnel,
                equipment=tuple(group.equipment),
                location=group.location,
                time=group.time,
                source=group.source,
                evidence=tuple(sorted(group.evidence)),
            )
        )
    return tuple(deployments)


_ARTICLES = frozenset({"the", "a", "an"})


def _by_end(spans: Sequence[Span]) -> dict[int, list[Span]]:
    """The spans by their end offset, each list in the order given."""
    ending_at: dict[int, list[Span]] = {}
    for span in spans:
        ending_at.setdefault(span.end, []).append(span)
    return ending_at


def _cite_actor_mention(evidence: set[Span], ending_at: Mapping[int, Sequence[Span]]) -> None:
    """Point the evidence at the actor's own mention (``ending_at``: the actor's mentions by
    their end offset) where it names the actor by the same words with an article before them:
    a speaker read as "the Bush administration" is the actor's mention "Bush administration",
    so a reader can find the actor where it is named."""
    for span in list(evidence):
        for mention in ending_at.get(span.end, ()):
            if (
                span.start < mention.start
                and span.text[: mention.start - span.start].strip().lower() in _ARTICLES
            ):
                evidence.discard(span)
                evidence.add(mention)
                break


def _credit_hosted(groups: list[_Group]) -> list[_Group]:
    """Credit a movement with no actor to the one actor the article has forces of in its
    country ("US troops in Syria ... neither the Syrian withdrawal nor ..."), joining that
    actor's movement of the same kind there if there is one."""
    result: list[_Group] = []
    for group in groups:
        code = group.location.country if group.location is not None else None
        if group.actor is not None or code is None or group.sided:
            # "the Kurdish forces in Syria" are not the Americans' because the US has troops there
            result.append(group)
            continue
        owners = {
            other.actor: other
            for other in groups
            if other.actor is not None
            and other.location is not None
            and other.location.country == code
        }
        if len(owners) != 1:
            result.append(group)
            continue
        actor, other = next(iter(owners.items()))
        group.actor, group.actor_span = actor, other.actor_span
        if other.actor_span is not None:
            group.evidence.add(other.actor_span)
        same = next(
            (
                kept
                for kept in groups
                if kept is not group
                and kept.actor == actor
                and kept.action == group.action
                and (kept.modality is Modality.DENIED) == (group.modality is Modality.DENIED)
                and kept.location is not None
                and kept.location.country == code
            ),
            None,
        )
        if same is None:
            result.append(group)
        else:
            same.evidence.update(group.evidence)
            same.first = min(same.first, group.first)
    return result


def _generic_motion(context: _Context, mention: _Mention) -> bool:
    """A word of motion with no place ("the moving of units is continuing", "troop
    movements"): it names no kind of movement of its own."""
    return (
        mention.action is Action.DEPLOYMENT
        and mention.location is None
        and context.words[mention.start] in _grammar("motion")
    )


def _moved_before(groups: list[_Group], mention: _Mention) -> _Group | None:
    """The latest movement, of any kind, by the same actor shortly before a generic motion:
    "Russia moved trains out of three provinces ... the moving of units is continuing"."""
    for group in reversed(groups[-_SCAN:]):
        if mention.sentence - group.last_sentence > _BACK_SENTENCES:
            return None
        if group.actor == mention.actor and group.modality is not Modality.DENIED:
            return group
    return None


def _sent_before(context: _Context, groups: list[_Group], mention: _Mention) -> _Group | None:
    """The placeless sending that the next sentence's pronoun subject completes: "Russia
    sent troops. They were stationed in Crimea" is one deployment to Crimea. Only a subject
    pronoun at the head of its sentence, with a word of arrival or presence and a place,
    refers back so; a place struck or attacked is read by no trigger."""
    if (
        mention.location is None
        or mention.action not in _LANDING
        or mention.modality is Modality.DENIED
    ):
        return None
    if (
        mention.actor is not None
        and mention.actor_span is not None
        and mention.actor_span.text.lower() in _SUBJECT_PRONOUNS
    ):
        first = context.token_range(mention.actor_span.start, mention.actor_span.end)[0]
    elif _definite_forces_subject(context, mention):
        # "Russia sent paratroopers. The soldiers will be based in Latakia": the forces named
        # again with "the" are those just sent, whoever sent them
        first = _sentence_first(context, mention.start)
    else:
        return None
    if first > 0 and context.words[first - 1] == ",":
        # "Later, they were ...", "On Sunday, they were ...": a short fronted adverb or time
        opening = first - 1
        while opening > max(0, first - 5) and context.sentence_of[opening - 1] == mention.sentence:
            opening -= 1
        first = opening
    if first > 0 and context.sentence_of[first - 1] == mention.sentence:
        return None  # not the sentence's subject: "... and they are in Crimea"
    for group in reversed(groups[-_SCAN:]):
        if group.last_sentence < mention.sentence - 1:
            return None
        if (
            group.last_sentence == mention.sentence - 1
            and group.actor is not None
            and mention.actor in {None, group.actor}
            and group.action in _ARRIVALS - {Action.EXERCISE}
            and group.location is None
            and group.modality is not Modality.DENIED
        ):
            return group
    return None


def _sentence_first(context: _Context, index: int) -> int:
    """The first token of the sentence holding the token at ``index``."""
    first = index
    while first > 0 and context.sentence_of[first - 1] == context.sentence_of[index]:
        first -= 1
    return first


def _definite_forces_subject(context: _Context, mention: _Mention) -> bool:
    """Whether the mention's sentence opens with forces named again with "the" as the subject
    of its trigger ("The soldiers will be based in Latakia", "The troops were stationed in"),
    with only auxiliaries between them."""
    first = _sentence_first(context, mention.start)
    if context.words[first] != "the" or not _personnel(context, first + 1):
        return False
    head = _force_head(context, first + 1)
    return head < mention.start and all(
        word in _PASSIVE or word in _AUXILIARIES for word in context.words[head + 1 : mention.start]
    )


def _arrived(group: _Group, groups: list[_Group]) -> bool:
    """Whether forces found in a place with no movement word are those the text says were
    moved or massed there ("Russia sent paratroopers to Ukraine ... Russian paratroopers in
    Ukraine"): then they are that movement's, not a presence of their own."""
    if not group.placed or group.location is None:
        return False
    return any(
        other.actor == group.actor
        and other.action in _ARRIVALS
        and other.modality is Modality.REPORTED
        and other.location is not None
        and _same_place(other.location, group.location)
        for other in groups
    )


def _same_place(one: Location, other: Location) -> bool:
    if one.country and other.country:
        return one.country == other.country
    first, second = one.span.text.lower(), other.span.text.lower()
    return first in second or second in first


def _inherit_actor(groups: list[_Group], mention: _Mention) -> _Mention:
    """Give an actor-less mention the actor of the movement just before it.

    "... the troops were returning to base after exercises in the border provinces": with no
    actor of its own and no earlier movement of its kind to join, a movement in the same or
    the next sentence as the last one is taken to be by the same actor.
    """
    if (
        mention.actor is not None
        or mention.own_subject
        or mention.side_owned
        or not groups
        or _target(groups, mention) is not None
    ):
        return mention
    if mention.named_again is not None:
        # "the CF-18s will take part in exercises": the CF-18s an earlier movement moved
        for group in reversed(groups[-_SCAN:]):
            if group.actor is not None and any(
                item.span.text.lower() == mention.named_again for item in group.equipment
            ):
                evidence = mention.evidence
                if group.actor_span is not None:
                    evidence = (*evidence, group.actor_span)
                return attrs.evolve(
                    mention, actor=group.actor, actor_span=group.actor_span, evidence=evidence
                )
    last = max(groups[-_SCAN:], key=lambda g: g.last_sentence)
    if last.actor is not None and 0 <= mention.sentence - last.last_sentence <= 1:
        # The actor's evidence is where the earlier movement named it.
        evidence = mention.evidence
        if last.actor_span is not None:
            evidence = (*evidence, last.actor_span)
        return attrs.evolve(
            mention, actor=last.actor, actor_span=last.actor_span, evidence=evidence
        )
    return mention


def _armed_service_before(context: _Context, groups: list[_Group], mention: _Mention) -> _Mention:
    """Give an actor-less mention the state whose armed service the text names just before it.

    "US air force combat operations at Incirlik have been run down. In January a squadron of
    A-10 jets was redeployed to Afghanistan": forces named by no owner, with no movement before
    them to take an actor from (``_inherit_actor``), belong to the one state whose army, navy,
    air force or military is named in their sentence before them or in the sentence before.
    Only a state's armed service counts (a state named as a place or a party does not); two
    states' services named there, forces of an irregular kind ("militants") or forces in the
    words of a speaker not of that state (or of no known side) leave the forces unowned.
    """
    if (
        not mention.state_forces
        or mention.own_subject
        or mention.side_owned
        or mention.sentence < 0
        or _target(groups, mention) is not None
    ):
        return mention
    low = context.doc.sentences[max(mention.sentence - 1, 0)].start
    high = context.tokens[mention.start].start
    # each state whose service is named there, with the mention naming it if the actors' stage
    # read the service ("the Iraqi army") and not only its demonym ("Turkish" of "the Turkish
    # army", which still makes a second side)
    services: dict[str, Span | None] = {}
    starts, ordered = context.mentions_in_order
    for span, actor in ordered[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]:
        if span.end <= high:
            if _state_service(context, actor, span):
                services[context.deployer(actor.id)] = span
            elif _service_follows(context, actor, span):
                services.setdefault(context.deployer(actor.id), None)
    if len(services) != 1:
        return mention
    state, actor_span = next(iter(services.items()))
    if actor_span is None:
        return mention
    statement = context.statement_at(context.tokens[mention.start].start)
    if statement is not None and (
        statement.speaker is None or not context.speaks_for(statement.speaker, state)
    ):
        return mention  # "A Russian general said troops were moved": the speaker's, if anyone's
    evidence = (*mention.evidence, actor_span)
    return attrs.evolve(mention, actor=state, actor_span=actor_span, evidence=evidence)


def _state_service(context: _Context, actor: Actor, span: Span) -> bool:
    """Whether ``span`` names a state's armed service: "the US air force", "the Royal Navy",
    "Iraq's Republican Guard", or "the Iraqi army" where the actors' stage reads it as Iraq
    itself; not a state, a defence ministry, forces ("British troops") or an armed group
    ("the Free Syrian Army")."""
    if actor.id in context.owned_bodies:
        return True
    if actor.country is None or actor.kind not in {ActorKind.ORGANIZATION, ActorKind.COUNTRY}:
        return False
    words = (actor.name if actor.kind == ActorKind.ORGANIZATION else span.text).lower().split()
    services = _grammar("whole_force")
    return bool(words) and (words[-1] in services or " ".join(words[-2:]) in services)


def _service_follows(context: _Context, actor: Actor, span: Span) -> bool:
    """Whether a state's demonym or name is followed by a word naming its armed service
    ("Turkish" in "the Turkish army", "Russia" in "Russia's military")."""
    if actor.kind != ActorKind.COUNTRY:
        return False
    _, after = context.token_range(span.start, span.end)
    following = [word for word in context.words[after : after + 3] if word not in {"'s", "’s"}]
    services = _grammar("whole_force")
    return bool(following) and (following[0] in services or " ".join(following[:2]) in services)


def _headline_end(doc: Text) -> int:
    """The end of the first paragraph if it is a headline (no final stop), else 0."""
    paragraphs = doc.paragraphs
    if len(paragraphs) < 2:
        return 0
    start, end = paragraphs[0]
    line = doc.normalized[start:end].rstrip()
    return 0 if not line or line[-1] in ".!?\"'" else end


def _target(groups: list[_Group], mention: _Mention, *, anywhere: bool = False) -> _Group | None:
    """The earlier deployment this mention adds to: same actor and action, or a near one
    (``anywhere`` for a headline) when the mention or the deployment names no actor."""
    for group in reversed(groups[-_SCAN:]):
        near = anywhere or mention.sentence - group.last_sentence <= _BACK_SENTENCES
        if group.action != mention.action or not _compatible(group, mention, near=near):
            continue
        if mention.actor is not None and group.actor == mention.actor:
            return group
        if mention.side_owned and group.actor is not None:
            continue  # "Pro-regime forces moved to Idlib" after Russia's move are not Russia's
        if group.sided and not _same_side_place(group, mention):
            continue  # nor does a later movement join "Kurdish units in Manbij"
        if near and (mention.actor is None or group.actor is None):
            return group
    return None


def _same_side_place(group: _Group, mention: _Mention) -> bool:
    """Whether unnamed forces placed again where a side's forces were placed are them: "Kurdish
    units in Manbij ... the Kurdish units in Manbij"."""
    return (
        mention.placed
        and mention.side_owned
        and group.location is not None
        and mention.location is not None
        and group.location.span.text.lower() == mention.location.span.text.lower()
    )


def _merge(group: _Group, mention: _Mention) -> None:
    """Add a mention's parts where the deployment lacks them; its evidence holds the spans of
    every trigger and of each part taken."""
    group.last_sentence = mention.sentence
    if group.actor is None:
        group.actor = mention.actor
    if group.actor_span is None and group.actor == mention.actor:
        group.actor_span = mention.actor_span
    group.evidence.update(mention.evidence)
    if mention.location is not None and (
        group.location is None or (_generic(group.location) and not _generic(mention.location))
    ):
        if group.location is not None:
            group.evidence.discard(group.location.span)
        group.location = mention.location
        group.evidence.add(mention.location.span)
    if group.personnel is None and mention.personnel_span is not None:
        group.personnel = mention.personnel
        group.evidence.add(mention.personnel_span)
    if group.time is None and mention.time_span is not None:
        group.time = mention.time
        group.evidence.add(mention.time_span)
    if group.source is None:
        group.source = mention.source
    names = {item.name for item in group.equipment}
    for item in mention.equipment:
        if item.name not in names:
            group.equipment.append(item)
            group.evidence.add(item.span)


def extract_deployments(
    text: str, published: _dt.date | _dt.datetime | str | None = None
) -> tuple[MilitaryDeployment, ...]:
    """Return the military deployments reported in ``text``.

    Runs the earlier extractors (actors, times, figures, statements) and reads deployments
    from their results; see :func:`find_deployments`.

    Args:
        text: the article.
        published: the publication date that relative times are resolved against.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``published`` cannot be read as a date.

    Example:
        >>> found = extract_deployments("Russia has massed tanks on the border with Ukraine.")
        >>> [(d.id, d.action.value, d.location.span.text) for d in found if d.location]
        [('d1', 'build_up', 'the border with Ukraine')]
        >>> [(e.name, e.span.text) for e in found[0].equipment]
        [('tank', 'tanks')]

    .. versionadded:: 0.1
    """
    doc = Text(text)
    actors = find_actors(doc)
    times = find_times(doc, coerce_date(published))
    figures = find_figures(doc, actors)
    statements = find_statements(doc, actors, times)
    return find_deployments(doc, actors, times, figures, statements)
