"""Actors: people, organisations, countries, groups, anonymous sources and media.

The extractor tokenises once (:attr:`Text.tokens`) and works in three passes over the words.
Each pass visits only the words that can start something (capitalised words, lexicon phrase
openers, source, group and determiner words, hyphenated words), found by C loops over the word
columns (``map``, ``itertools.compress``); the lower-case rest of the text is stepped over.
A line break stands between words as a word of its own, so that no mention spans two lines
or paragraphs (a headline's last word and the next line's first are two mentions or none).

1. **Lexicon chunks.** The longest phrase of the lexicons (``countries.tsv``,
   ``organizations.tsv``, ``people.tsv``, ``titles.tsv``, ``places.tsv``) starting at each word,
   looked up in a dict keyed by lower-cased word tuples.
2. **Organisation runs.** Runs of capitalised words holding an organisation head word
   (``orgheads.tsv``: "Ministry", "Forces", "Council", "Times" ...) become organisations or
   media, with the country of a demonym or state inside ("Iraqi Army" -> IRQ,
   "Ukraine's Security Service" -> UKR). A unit head of an irregular force ("Battalion",
   "Brigade", "Militia", the Arabic "Jaish", "Liwa", "Ahrar" ...) makes an armed group
   ("the Aidar Battalion", "Liwa al-Quds") unless a state or a unit number stands in the name
   ("the 4th Brigade"). **Force names** end in a unit noun written in lower case
   (``unitheads.tsv``: "the Azov battalion", "Euphrates Shield forces", "the Hamza division",
   "the Nusra group"): capitalised name words before the noun make an armed group, or the
   state's force where a demonym or state stands among them; the table says how many name
   words each noun needs (a place alone makes "the Donbas battalion" but not "the Raqqa
   front"), and sentence-initial capitals ("Rebel groups"), ideologies and backers ("Islamist",
   "US-backed"), people ("Assad forces") and possessives make no name. Lexicon names match
   with their unit noun in either case ("the Free Syrian army").
3. **Actors.** Each chunk becomes a mention, or not, by its context:

   - a capital or seat of government ("Moscow", "the Kremlin", "Downing Street") is a mention
     of its state unless it is a place: after a locative word or the object of an attack or a
     move ("in Moscow", "visited Kyiv", "bombed Sanaa", "north London"), naming where a
     thing is ("a Moscow suburb", "the Paris talks"), or inside a longer name ("King's
     College London"); a possessive capital before a force ("Kiev's troops") is the state;
     a state's name or capital before a government word ("the Kiev government", "Ukraine
     authorities") names its government, and a state's name in capitals before a body of
     forces ("US troops", "U.S. service members") names the state as its demonym would;
   - a demonym is a mention of its state where the state acts through it (formerly only
     before a title or the government): before a force, an agent or an act of a state
     (``groupnouns.tsv`` roles ``force`` and ``act``, after at most three ``force-modifier``
     words or forces: "Russian troops", "Iraqi police", "Syrian government forces",
     "Russian military aircraft", "Iraqi security force personnel", "a Turkish offensive",
     "Russian drills"), before a title
     ("Russian President Vladimir Putin"), the government ("the Russian government") or an
     anonymous source ("a senior Turkish official"), and as the leader of a coalition or force
     ("US-led coalition", "Saudi-led forces"); the country actor is created when the article
     does not name the state otherwise. A demonym of origin, language or culture ("Russian
     culture", "the Russian language", "Russian speakers") and the backer of a group
     ("Russian-backed separatists": the group acts, not the state) are no mentions;
     :func:`country_of_adjective` still gives their country;
   - a plural demonym ("Syrians", "the Iraqis") is the people of the state, a group of its
     own with the state's country; a leader's name before "regime", "government" or
     "administration" ("the Assad regime", "Putin's new government") is also a mention of
     the leader's state, and so is a leader's possessive before a force or an act of a
     state ("Assad's forces", "Putin's troops");
   - a population (``groupnouns.tsv`` role ``people-noun``: "civilians", "Witnesses said",
     "the Kurds", "Syrian refugees", "Sunni Arab tribesmen", "residents of Aleppo", "Mosul
     residents", "the people of Mosul") is a group actor of its own, named by its phrase; a
     later bare noun ("the refugees") refers back to it, "the group" does not;
   - demonyms, ethnic words and "-backed"/"pro-" adjectives before a group noun make a group
     ("Russian-backed separatists", "Kurdish fighters"); a known group before one is that group
     ("Houthi rebels" -> Houthis);
   - a group noun with no name before it ("Rebels shelled ...", "the militants", "the
     opposition", ``groupnouns.tsv`` roles ``bare-noun`` and ``definite-noun``) refers back to
     the group the article named last with it ("Houthi rebels ... the rebels"), or is a group
     actor of its own named by the noun; capitalised words before a group noun name a group,
     not a person ("Tamil Tiger rebels");
   - descriptive forces are no actors of their own. Government-side forces with no state in
     the phrase ("pro-government forces", "government troops", "regime forces") and "the
     regime" are a mention of the state whose government the article names ("the Syrian
     government", "the Assad regime") when it names exactly one, and no mention otherwise.
     A group described by its backer or leader ("US-backed Kurdish fighters", "a
     Kurdish-led force") stays a group actor named by its phrase, as the text gives it no
     other name, but the deployments extractor credits no movement to it: the backer does
     not move the forces, and the phrase names nobody;
   - one actor per organisation whatever the spelling: the aliases column of
     ``organizations.tsv`` ("ISIS", "ISIL", "Daesh" -> Islamic State; "Hizbullah" ->
     Hezbollah; "YPG" -> People's Protection Units), with a possessive inside a name
     ("People's") kept in the phrase;
   - known people (``people.tsv``) carry their country, and their affiliation is the
     organisation they lead or speak for, else their state, when the article names it
     ("George W. Bush" -> the United States; a title's demonym or possessive comes first:
     "Syrian President Bashar al-Assad" -> Syria); a surname alone ("Bush") means the namesake
     the article named in full ("Jeb Bush") unless it named the lexicon's person first;
   - capitalised name sequences become people when a title precedes them ("Foreign Minister
     Dmytro Kuleba", "Ukraine's interior minister, Arsen Avakov"), an apposition follows them
     ("Gabrielius Landsbergis, Lithuania's foreign minister"), or, outside headlines, when they
     have two or more name words and no place or thing word (``notperson.tsv``: "Tabqa Dam");
     a lone word is a person only as the surname or first name of a person named in full, or
     after a title or honorific ("President Putin", "Mr. King");
   - anonymous sources ("a senior U.S. official", "two people familiar with the matter",
     "Western diplomats", "officials in Kyiv") are actors of kind source, affiliated to the
     state or organisation named inside or whose seat of government follows; a private
     person quoted unnamed ("a resident", "one witness", "an Ethiopian activist") is a source
     too, of the country named, but speaks for no state;
   - a lone name after an inverted reporting verb is a person ('"We stay," says Manal.'),
     and so is one described by an age or a person noun (``personnouns.tsv``: "12-year-old
     Rami", "Tarek, 19,", "Nadia, a nurse from Idlib"; not "Saraqib, a town");
   - an acronym no lexicon knows is an organisation where it acts ("the KNC said", "KNC
     members", "the KNC's delegates"), and then at each of its occurrences; after an article
     or a number it is a thing ("fired a BM-27", "destroyed a VBIED"), after an ordinal a
     numbered unit ("the 507th ARW will deploy"); capitalised words its letters spell out
     before it in brackets are an organisation's name where they hold a head word ("the
     Syrian Arab Coalition (SAC)", "Committee to Protect Journalists (CPJ)"), even around a
     known body's short name ("Coalition"), or the known body the acronym names ("YPG");
   - a title set apart from a name by a comma is a mention of the person ("the defence
     secretary" in "The defence secretary, Ben Wallace, said" and in "Ben Wallace, the defence
     secretary, said");
   - definite descriptions ("the source", "the minister", "the ministry", "the alliance",
     "the group") are mentions of the last actor they fit, a known person given no title by
     the office ``people.tsv`` lists ("the Syrian president" is Bashar al-Assad), and a plural
     ("the ministers") no one person; a titled one with nobody to refer back to ("the Foreign
     Secretary", "the Iraqi foreign minister") becomes a person named by its title.

For the extractors that come later, :class:`ActorTable` answers the usual questions: which
mention covers an offset (:meth:`ActorTable.mention_at`), which mentions lie in a stretch
(:meth:`ActorTable.mentions_between`), who "he" or "she" may be
(:meth:`ActorTable.last_person_before`), and whom "the minister" means
(:meth:`ActorTable.resolve_description`); :func:`acting_state_mentions` tells which
mentions of a state name it acting ("Russia denies") rather than as a place ("in Russia").

Example:
    >>> actors = extract_actors("NATO Secretary-General Jens Stoltenberg warned Russia.")
    >>> [(a.id, a.name, a.kind.value) for a in actors][:2]
    [('a1', 'NATO', 'organization'), ('a2', 'Jens Stoltenberg', 'person')]
    >>> actors[1].title, actors[1].affiliation
    ('Secretary-General', 'a1')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from typing import TYPE_CHECKING, NamedTuple

import attrs

from conflictparse.lexicon import load_table, load_words
from conflictparse.model import Actor, ActorKind, Span
from conflictparse.text import Text, normalize

if TYPE_CHECKING:
    from collections.abc import Container, Iterable, Sequence

__all__ = [
    "ActorTable",
    "Mention",
    "acting_state_mentions",
    "arabic_article_name",
    "country_name",
    "country_of_adjective",
    "demonyms",
    "extract_actors",
    "find_actors",
    "is_ordinal",
]

# The two kinds read most, as module constants: reading an enum member (``ActorKind.PERSON``)
# costs a class-level attribute lookup each time, which the loops over every draft and mention
# should not pay.
_PERSON = ActorKind.PERSON
_COUNTRY = ActorKind.COUNTRY


@attrs.frozen(kw_only=True)
class Mention:
    """One span of text naming an actor."""

    span: Span
    actor_id: str


# An article makes hundreds of mentions: filled through the slots' own setters, as attrs's
# frozen ``__init__`` would fill them, a mention costs half of what the constructor takes.
_new_object = object.__new__
_set_span = Mention.__dict__["span"].__set__
_set_actor_id = Mention.__dict__["actor_id"].__set__


def _new_mention(span: Span, actor_id: str) -> Mention:
    """``Mention(span=span, actor_id=actor_id)``, built in half the time."""
    mention = _new_object(Mention)
    _set_span(mention, span)
    _set_actor_id(mention, actor_id)
    return mention


_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["text"].__set__


def _new_span(original: str, start: int, end: int) -> Span:
    """``Span.of(original, start, end)`` for bounds known to be right: every mention's are
    word offsets into ``original``, so the check would only cost time."""
    span = _new_object(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, original[start:end])
    return span


_set_id, _set_name, _set_kind, _set_title, _set_affiliation, _set_country = (
    Actor.__dict__[field].__set__
    for field in ("id", "name", "kind", "title", "affiliation", "country")
)
_set_mentions, _set_acting = (Actor.__dict__[field].__set__ for field in ("mentions", "acting"))


def _new_actor(draft: _Draft, actor_id: str, affiliation: str | None, spans: list[Span]) -> Actor:
    """The actor of ``draft``, as ``Actor(...)`` would build it in twice the time."""
    actor = _new_object(Actor)
    _set_id(actor, actor_id)
    _set_name(actor, draft.name)
    _set_kind(actor, draft.kind)
    _set_title(actor, draft.title)
    _set_affiliation(actor, affiliation)
    _set_country(actor, draft.country)
    _set_mentions(actor, tuple(spans))
    _set_acting(actor, ())
    return actor


def _mention_start(mention: Mention) -> int:
    return mention.span.start


def _span_start(span: Span) -> int:
    return span.start


@attrs.frozen(kw_only=True)
class ActorTable:
    """The actors of a document and every mention of them, in text order.

    ``mentions`` is sorted by start offset, longer mentions first where two start together
    (a source phrase "A NATO source" comes before the "NATO" inside it).
    """

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id.

        Raises:
            KeyError: if there is none.
        """
        return self._by_id[actor_id]

    @functools.cached_property
    def _by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}

    @functools.cached_property
    def _ends(self) -> dict[ActorKind, tuple[list[int], list[str]]]:
        """Per kind, the end offsets (sorted) and actor ids of its mentions: for bisection."""
        by_kind: dict[ActorKind, list[tuple[int, str]]] = {}
        for mention in self.mentions:
            kind = self._by_id[mention.actor_id].kind
            by_kind.setdefault(kind, []).append((mention.span.end, mention.actor_id))
        result: dict[ActorKind, tuple[list[int], list[str]]] = {}
        for kind, pairs in by_kind.items():
            pairs.sort(key=lambda pair: pair[0])
            result[kind] = ([end for end, _ in pairs], [actor for _, actor in pairs])
        return result

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions lying entirely within ``start..end``, in text order."""
        first = bisect.bisect_left(self.mentions, start, key=_mention_start)
        last = bisect.bisect_left(self.mentions, end, lo=first, key=_mention_start)
        return tuple(m for m in self.mentions[first:last] if m.span.end <= end)

    def mention_at(self, offset: int) -> Mention | None:
        """Return the longest mention covering character ``offset``, if any.

        Where mentions nest ("A NATO source" holds "NATO"), the outer one is returned.
        """
        last = bisect.bisect_right(self.mentions, offset, key=_mention_start)
        best: Mention | None = None
        # Mentions are short, so only the few starting just before ``offset`` can cover it.
        for mention in reversed(self.mentions[max(0, last - 12) : last]):
            if mention.span.start <= offset < mention.span.end and (
                best is None or mention.span.end - mention.span.start > _length(best)
            ):
                best = mention
        return best

    def last_person_before(self, offset: int) -> str | None:
        """Return the id of the person mentioned last before ``offset`` (for "he", "she").

        Only mentions ending at or before ``offset`` count; ``None`` if no person precedes it.
        """
        return self._last_before(offset, (_PERSON,))

    def last_before(self, offset: int, kinds: Iterable[ActorKind]) -> str | None:
        """Return the id of the actor of one of ``kinds`` mentioned last before ``offset``."""
        return self._last_before(offset, tuple(kinds))

    def resolve_description(self, text: str, before_offset: int) -> str | None:
        """Return the id of the actor a definite description refers to, if one was named earlier.

        ``text`` is the description as written ("the minister", "the source", "the ministry",
        "the alliance", "the general", "the officials"); the head word (its last word) is
        matched against, in this order: anonymous sources by their head noun ("source",
        "official", "diplomat"), people by a word of their title ("minister" matches "Foreign
        Minister", "general" matches "Gen."), organisations by a word of their name
        ("ministry") or their lexicon description ("alliance" -> NATO, "bloc" -> the EU).
        Of the matching actors, the one mentioned last before ``before_offset`` wins.
        After the first question with a head word, each costs a bisection (O(log n)).

        Example:
            >>> doc = "Foreign Minister Dmytro Kuleba spoke. The minister said no."
            >>> table = find_actors(Text(doc))
            >>> table.actor(table.resolve_description("the minister", 38)).name
            'Dmytro Kuleba'
        """
        words = text.lower().replace(".", " ").split()
        if not words:
            return None
        starts, ids = self._fitting(words[-1])
        # The latest mention starting before ``before_offset`` of any actor the head word fits.
        position = bisect.bisect_left(starts, before_offset)
        return ids[position - 1] if position else None

    @functools.cached_property
    def _by_head(self) -> dict[str, tuple[list[int], list[str]]]:
        # Filled lazily, one head word at a time; a lost race only computes an entry twice.
        return {}

    @functools.cached_property
    def _fit_index(self) -> _FitIndex:
        """Which actors each word may make a description fit: made once per table, so that a
        head word's actors are a few dict lookups rather than a question to every actor."""
        return _fit_index(self.actors)

    def _fitting(self, head: str) -> tuple[list[int], list[str]]:
        """The mention starts (sorted) and actor ids of the actors a description's head fits.

        Built once per head word ("minister", "source") and table, so that each question after
        the first is a bisection: a statement extractor asks once per statement.
        """
        cached = self._by_head.get(head)
        if cached is not None:
            return cached
        actors = self.actors
        pairs: list[tuple[int, int, str]] = []
        for order in sorted(_fitting_orders(self._fit_index, actors, _head_query(head))):
            actor = actors[order]
            pairs.extend((span.start, -order, actor.id) for span in actor.mentions)
        # Where two actors' mentions start together, the first actor (the last in order) wins.
        pairs.sort()
        result = ([start for start, _, _ in pairs], [actor_id for _, _, actor_id in pairs])
        self._by_head[head] = result
        return result

    def _last_before(self, offset: int, kinds: tuple[ActorKind, ...]) -> str | None:
        best: tuple[int, str] | None = None
        ends_by_kind = self._ends
        for kind in kinds:
            found = ends_by_kind.get(kind)
            if found is None:
                continue
            ends, ids = found
            position = bisect.bisect_right(ends, offset)
            if position and (best is None or ends[position - 1] > best[0]):
                best = (ends[position - 1], ids[position - 1])
        return best[1] if best is not None else None


def _length(mention: Mention) -> int:
    return mention.span.end - mention.span.start


# --- lexicons -------------------------------------------------------------------------------


# The private helpers below are plain classes: attrs would add milliseconds to the import.


class _Entry(NamedTuple):
    """One lexicon phrase: what it is and the actor it names."""

    kind: str  # country, capital, demonym, org, title, honorific, modifier, place
    key: str  # the actor key ("C:RUS", "O:NATO") or the title class
    pattern: tuple[str, ...]  # the phrase's words as written
    case: tuple[int, ...]  # per word: any case, capitalised, or exactly as written
    needs_capital: bool  # names need a capital somewhere; titles do not
    # A historical side's ambiguous name ("the Union", "Rome" as the Roman state) is read only
    # in a text that writes one of these words (its adversaries' names); empty: always read.
    needs: frozenset[str] = frozenset()


class _Lexicon(NamedTuple):
    phrases: dict[tuple[str, ...], tuple[_Entry, ...]]
    side_contexts: frozenset[str]  # every word some entry's ``needs`` holds
    side_openers: frozenset[str]  # the first words of the historical sides' phrases
    lengths: dict[str, tuple[int, ...]]  # first word -> phrase lengths, longest first
    first_pairs: frozenset[tuple[str, str]]  # the first two words of the longer phrases
    single_words: frozenset[str]  # the words that are phrases of their own ("Russia")
    country_names: dict[str, str]  # alpha-3 -> canonical name
    peoples: dict[str, str]  # alpha-3 -> the name of its people: "Syrians", "British people"
    orgs: dict[str, tuple[ActorKind, str | None]]  # canonical -> (kind, country)
    descriptions: dict[str, frozenset[str]]  # canonical org name -> description words
    adjectives: dict[str, str]  # lower demonym / name / capital -> alpha-3
    nonnames: frozenset[str]
    notperson: frozenset[str]
    # The place words that show a place wherever they stand in a run, not only first
    # (``notperson.tsv`` rows not marked "opening": "Tabqa Dam", but "Karim Khan").
    notperson_inner: frozenset[str]
    # Place words that are also surnames after a known given name (``notperson.tsv`` rows
    # marked "surname": "Fiona Hill").
    surname_places: frozenset[str]
    people: dict[str, str | None]  # full name -> country
    people_orgs: dict[str, str]  # full name -> the organisation the person leads or speaks for
    people_offices: dict[str, tuple[frozenset[str], ...]]  # full name -> words of each office
    orgheads: dict[str, str]  # head word -> actor kind
    # Lower-case unit nouns that end a force's name ("the Azov battalion"): word -> how much
    # name they need before them ("name" or "weak"), and those that join a known group's name.
    unit_heads: dict[str, str]
    unit_kinds: dict[str, str]  # unit nouns whose names are of another kind: "party"
    joining_heads: frozenset[str]
    head_words: frozenset[str]  # the head words of an organisation's name: no modifiers
    paper_heads: frozenset[str]  # heads naming a newspaper alone after "the": "the Times"
    opening_heads: frozenset[str]  # Arabic heads that open a name: "Liwa Fatemiyoun"
    number_heads: frozenset[str]  # unit heads a plain number may end: "Unit 8200"
    group_nouns: frozenset[str]
    # Nouns that name an armed group with no name word before them ("rebels", "the
    # militants"): "bare" ones anywhere, "definite" ones only after "the" or a modifier.
    bare_groups: dict[str, str]  # noun -> "bare" or "definite"
    # Plurals naming a population, not an armed group ("civilians", "the Kurds"): lower-case
    # form -> the form that names the group.
    people_nouns: dict[str, str]
    # A member of a group rather than the group ("a Kurdish militant"); before a noun, an
    # adjective ("a Syrian rebel commander").
    member_nouns: frozenset[str]
    # Group nouns that make a group only after a name ("the Syrian opposition delegation",
    # "the Hamas delegation") or a government word: "the opposition delegation" is no name.
    named_nouns: frozenset[str]
    # The press of a state after its demonym ("Syrian state media", "Iraqi television").
    media_nouns: frozenset[str]
    media_compounds: frozenset[str]  # "network" of "American TV network": no media actor
    people_names: frozenset[str]  # the names of the peoples of states: "Syrians"
    # Words after "the", "a" or "an" that may make them start something (with the lexicon
    # phrases): heads of descriptions and sources, group and population nouns, "regime".
    after_article: frozenset[str]
    group_heads: frozenset[str]  # group_nouns and backed_nouns: "fighters", "forces"
    backed_nouns: frozenset[str]
    state_agents: frozenset[str]  # forces and acts of a state: "troops", "offensive"
    state_modifiers: frozenset[str]  # words between a demonym and them: "military"
    modified_forces: frozenset[str]  # forces only after a modifier: "service members"
    ethnic: dict[str, str | None]
    source_roles: dict[str, frozenset[str]]  # word -> roles
    title_aliases: dict[str, tuple[str, ...]]
    describable: frozenset[str]  # head words a definite description may end in
    # Lower-case forms of the words that may start a phrase, a source, a group or a description
    # in any case ("president", "the", "al-Assad"), and of those that start a phrase only when
    # capitalised ("new" of "New Delhi", "no" of "No 10"): most words of the second kind are
    # common words in lower case, which the scan need not look up.
    starting_words: frozenset[str]
    scanned_words: frozenset[str]  # starting words, unit heads, after_names: in one pass
    # Nouns read after a person's or a party's name ("campaign", "lawmakers").
    after_names: frozenset[str]
    capital_starting: frozenset[str]
    # Words a lexicon name holds as a possessive before its end ("People's" of "People's
    # Protection Units"): there the possessive does not close the phrase.
    inner_possessives: frozenset[str]


def _lower_case_tail(words: tuple[str, ...], case: tuple[int, ...]) -> tuple[int, ...]:
    """Loosen the case an organisation's name of three words or more needs where news
    writes its common nouns in lower case: every word after an acronym ("the UN security
    council", "the US state department"), or the last word ("the Kurdistan Workers party",
    "the Black Sea fleet"). Shorter names keep their capitals: "an Islamic state" is none.
    """
    lead = int(words[0].lower() == "the")
    if len(words) - lead < 3:
        return case
    if case[lead] == _EXACT:
        loosened = range(lead + 1, len(words))
    else:
        loosened = range(len(words) - 1, len(words))
    return tuple(
        _ANY_CASE if position in loosened and rule == _CAPITAL else rule
        for position, rule in enumerate(case)
    )


def _phrase_words(phrases: list[str]) -> list[tuple[str, ...]]:
    """Tokenise lexicon phrases as article text is tokenised: one :class:`Text` for them all."""
    joined = Text("\n".join(phrases))
    result: list[list[str]] = [[] for _ in phrases]
    line_ends = []
    offset = 0
    for phrase in phrases:
        offset += len(phrase)
        line_ends.append(offset)
        offset += 1
    line = 0
    for token in joined.tokens:
        while token.start >= line_ends[line]:
            line += 1
        result[line].append(_split_possessive(token.text)[0])
    return [tuple(words) for words in result]


def _split_possessive(word: str) -> tuple[str, bool]:
    if len(word) > 2 and word.endswith("'s"):
        return word[:-2], True
    return word, False


# Demonyms that are their own plural ("the British", "the Chinese", "the Swiss").
_NO_PLURAL_S = ("sh", "ch", "ese", "s", "x", "z")


@functools.cache
def _lexicon() -> _Lexicon:
    pending: list[tuple[str, str, str, frozenset[str]]] = []

    def add(phrase: str, entry_kind: str, key: str, needs: frozenset[str] = frozenset()) -> None:
        if "\n" not in phrase:
            pending.append((phrase, entry_kind, key, needs))

    country_names: dict[str, str] = {}
    peoples: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for row, needs in _state_rows():
        code, names = row[0], row[1].split("|")
        # A state's present name stays canonical: its earlier names ("Nazi Germany", "the
        # Union", "Persia"), from the historical sides' rows, come after it.
        country_names.setdefault(code, names[0].removeprefix("the "))
        for name in names:
            # Mentions of states and organisations leave "the" out; seats keep it ("the Kremlin").
            add(name.removeprefix("the "), "country", f"C:{code}", needs)
            # A name read only in its context ("the Union") is no adjective:
            # country_of_adjective has no text to find the context in.
            if not needs:
                adjectives.setdefault(name.lower().removeprefix("the "), code)
        for demonym in _column(row, 2):
            add(demonym, "demonym", f"C:{code}", needs)
            if not needs:
                adjectives.setdefault(demonym.lower(), code)
            # A name used as an adjective ("Myanmar") has no plural.
            plural = demonym.isalpha() and demonym[1:].islower() and demonym not in names
            if plural and not demonym.endswith(_NO_PLURAL_S):
                add(f"{demonym}s", "people", f"C:{code}", needs)  # "Syrians", "Iraqis"
                # The first plural names the people: "Turks" rather than "Turkish people".
                if peoples.get(code, " people").endswith(" people"):
                    peoples[code] = f"{demonym}s"
            peoples.setdefault(code, f"{demonym} people")
        for capital in _column(row, 3):
            add(capital, "capital", f"C:{code}")
            adjectives.setdefault(capital.lower().removeprefix("the "), code)
    orgs: dict[str, tuple[ActorKind, str | None]] = {}
    descriptions: dict[str, frozenset[str]] = {}
    side_rows = _historical_side_rows()
    for row, needs in side_rows:
        if row[0] == "coalition":
            names = row[2].split("|")
            canonical = names[0].removeprefix("the ")
            orgs[canonical] = (ActorKind.ORGANIZATION, None)
            descriptions[canonical] = frozenset({"alliance", "coalition", "powers"})
            for name in names:
                add(name.removeprefix("the "), "org", f"O:{canonical}", needs)
    for row in load_table("organizations"):
        name, kind = row[0], ActorKind(row[1])
        country = row[2] if len(row) > 2 and row[2] != "-" else None
        orgs[name] = (kind, country)
        descriptions[name] = frozenset(w.lower() for w in _column(row, 4))
        for alias in {
            name.removeprefix("the "),
            *(a.removeprefix("the ") for a in _column(row, 3)),
        }:
            add(alias, "org", f"O:{name}")
    title_aliases: dict[str, list[str]] = {}
    for row in load_table("titles"):
        add(row[0], row[1] if row[1] in {"honorific", "modifier"} else "title", row[1])
        if row[1] == "rank" and " " not in row[0] and "." not in row[0]:
            # "the general" resolves to a "Gen." and vice versa.
            for other in load_table("titles"):
                if other[1] == "rank" and other[0] != row[0] and _abbreviates(other[0], row[0]):
                    title_aliases.setdefault(row[0], []).append(other[0])
    for row in load_table("places"):
        add(row[0], "place", "place")
    people: dict[str, str | None] = {}
    people_orgs: dict[str, str] = {}
    people_offices: dict[str, tuple[frozenset[str], ...]] = {}
    for row in load_table("people"):
        people[row[0]] = row[1] if len(row) > 1 and row[1] != "-" else None
        if len(row) > 3 and row[3] != "-":
            people_orgs[row[0]] = row[3]
        people_offices[row[0]] = tuple(
            frozenset(office.lower().replace("-", " ").split()) for office in _column(row, 4)
        )
        for form in (row[0], *_column(row, 2)):
            add(form, "person", f"P:{row[0]}")
    unit_rows = load_table("unitheads")
    notperson_rows = load_table("notperson")
    unit_heads = {row[0].lower(): row[1] for row in unit_rows}
    phrases: dict[tuple[str, ...], list[_Entry]] = {}
    tokenised = _phrase_words([phrase for phrase, _, _, _ in pending])
    for (_, entry_kind, key, needs), words in zip(pending, tokenised, strict=True):
        if words:
            case = _case_rules(words)
            if entry_kind == "org":
                # "the Azov battalion", "the Free Syrian army": news writes a unit noun inside
                # a force's name in either case.
                case = tuple(
                    _ANY_CASE if position and word.lower() in unit_heads else rule
                    for position, (word, rule) in enumerate(zip(words, case, strict=True))
                )
                case = _lower_case_tail(words, case)
            # An alias the lexicon itself writes in lower case ("state department", as some
            # papers style the name) needs no capital, but must be written so after its
            # first word: "the state Department of Revenue" is another body.
            lower_alias = entry_kind in {"org", "country"} and all(w.islower() for w in words)
            if lower_alias:
                case = (_ANY_CASE, *[_EXACT] * (len(words) - 1))
            entry = _Entry(
                kind=entry_kind,
                key=key,
                pattern=words,
                case=case,
                needs_capital=entry_kind not in {"title", "honorific", "modifier"}
                and not lower_alias,
                needs=needs,
            )
            phrases.setdefault(tuple(w.lower() for w in words), []).append(entry)
    lengths: dict[str, set[int]] = {}
    any_case: set[str] = set()
    for words, entries in phrases.items():
        lengths.setdefault(words[0], set()).add(len(words))
        if any(entry.case[0] == _ANY_CASE for entry in entries):
            any_case.add(words[0])
    ethnic: dict[str, str | None] = {}
    group_nouns: set[str] = set()
    backed_nouns: set[str] = set()
    bare_groups: dict[str, str] = {}
    people_nouns: dict[str, str] = {}
    member_nouns: set[str] = set()
    named_nouns: set[str] = set()
    media_nouns: set[str] = set()
    media_compounds: set[str] = set()
    state_words: dict[str, set[str]] = {
        role: set() for role in ("force", "act", "force-modifier", "modified-force")
    }
    for row in load_table("groupnouns"):
        if row[1] == "noun":
            group_nouns.add(row[0].lower())
        elif row[1] in {"bare-noun", "definite-noun"}:
            bare_groups[row[0].lower()] = row[1].partition("-")[0]
        elif row[1] == "backed-noun":
            backed_nouns.add(row[0].lower())
        elif row[1] == "people-noun":
            people_nouns[row[0].lower()] = row[0]
        elif row[1] == "member-noun":
            member_nouns.add(row[0].lower())
        elif row[1] == "named-noun":
            group_nouns.add(row[0].lower())
            named_nouns.add(row[0].lower())
        elif row[1] == "media-noun":
            media_nouns.add(row[0].lower())
        elif row[1] == "media-compound":
            media_compounds.add(row[0].lower())
        elif row[1] in state_words:
            state_words[row[1]].add(row[0].lower())
        else:
            ethnic[row[0].lower()] = row[2] if len(row) > 2 and row[2] != "-" else None
    source_roles: dict[str, set[str]] = {}
    for row in load_table("sources"):
        source_roles.setdefault(row[0].lower(), set()).add(row[1])
    describable = {"group", *source_roles, *title_aliases}
    describable.update(w.lower() for row in load_table("orgheads") for w in row[:1])
    for described in descriptions.values():
        describable.update(phrase.split()[-1] for phrase in described)
    for row in load_table("titles"):
        describable.update(row[0].lower().replace("-", " ").replace(".", " ").split())
    describable.update([word + "s" for word in describable])
    inner_possessives = {
        word[:-2].lower()
        for phrase, _, _, _ in pending
        for word in phrase.replace("\u2019", "'").split()[:-1]
        if word.endswith("'s")
    }
    # "Ukraine's armed forces" stays the state and its forces, as the article's other
    # possessives of states do.
    inner_possessives.difference_update(adjectives)
    orgheads = {
        row[0]: row[1] if len(row) > 1 else "organization" for row in load_table("orgheads")
    }
    head_flags = {row[0]: row[2] for row in load_table("orgheads") if len(row) > 2}
    starting_words = frozenset(
        {*any_case, "the", *source_roles, *ethnic, *bare_groups, *people_nouns}
    )
    after_names = _person_body_nouns() | _party_words()[1]
    return _Lexicon(
        inner_possessives=frozenset(inner_possessives),
        describable=frozenset(describable),
        phrases={key: tuple(sorted(value, key=_rank)) for key, value in phrases.items()},
        side_contexts=frozenset(word for _, needs in side_rows for word in needs),
        side_openers=frozenset(
            words[0] for words, entries in phrases.items() if any(entry.needs for entry in entries)
        ),
        lengths={key: tuple(sorted(value, reverse=True)) for key, value in lengths.items()},
        first_pairs=frozenset((words[0], words[1]) for words in phrases if len(words) > 1),
        single_words=frozenset(words[0] for words in phrases if len(words) == 1),
        country_names=country_names,
        peoples=peoples,
        orgs=orgs,
        descriptions=descriptions,
        adjectives=adjectives,
        nonnames=load_words("nonnames"),
        notperson=frozenset(row[0] for row in notperson_rows),
        notperson_inner=frozenset(
            row[0] for row in notperson_rows if _column(row, 1) != ["opening"]
        ),
        surname_places=frozenset(
            row[0] for row in notperson_rows if _column(row, 1) == ["surname"]
        ),
        people=people,
        people_orgs=people_orgs,
        people_offices=people_offices,
        orgheads=orgheads,
        unit_heads=unit_heads,
        unit_kinds={row[0].lower(): row[3] for row in unit_rows if len(row) > 3},
        joining_heads=frozenset(
            row[0].lower() for row in unit_rows if len(row) > 2 and row[2] == "joins"
        ),
        head_words=frozenset(word for word, kind in orgheads.items() if kind != "modifier"),
        paper_heads=frozenset(word for word, flag in head_flags.items() if flag == "alone"),
        opening_heads=frozenset(word for word, flag in head_flags.items() if flag == "first"),
        number_heads=frozenset(word for word, flag in head_flags.items() if flag == "numbered"),
        group_nouns=frozenset(group_nouns),
        backed_nouns=frozenset(backed_nouns),
        bare_groups=bare_groups,
        people_nouns=people_nouns,
        member_nouns=frozenset(member_nouns),
        named_nouns=frozenset(named_nouns),
        media_nouns=frozenset(media_nouns),
        media_compounds=frozenset(media_compounds),
        people_names=frozenset(peoples.values()),
        after_article=frozenset(
            {*describable, *bare_groups, *people_nouns, *source_roles, "regime"}
        ),
        group_heads=frozenset(group_nouns | backed_nouns),
        state_agents=frozenset(state_words["force"] | state_words["act"] | _designations()),
        state_modifiers=frozenset(state_words["force-modifier"]),
        modified_forces=frozenset(state_words["modified-force"]),
        ethnic=ethnic,
        source_roles={key: frozenset(value) for key, value in source_roles.items()},
        title_aliases={key: tuple(value) for key, value in title_aliases.items()},
        starting_words=starting_words,
        scanned_words=starting_words.union(unit_heads, after_names),
        after_names=after_names,
        capital_starting=frozenset(lengths.keys() - any_case),
    )


def _column(row: tuple[str, ...], index: int) -> list[str]:
    if len(row) <= index or not row[index] or row[index] == "-":
        return []
    return [part for part in row[index].split("|") if part]


def _abbreviates(short: str, full: str) -> bool:
    return len(short) < len(full) and full.startswith(short[0]) and short.isalpha()


_ADJECTIVE_SUFFIXES = ("-backed", "-led", "-supported", "-sponsored", "-allied", "-aligned")


@functools.cache
def _compound_participles() -> frozenset[str]:
    """``actor_compound_participles.tsv``: "ISIL-held", "UN-sponsored", "Iran-commanded": the
    organisation or state before the hyphen acts."""
    return load_words("actor_compound_participles")


@functools.cache
def _not_name_suffixes() -> tuple[str, ...]:
    """The endings of a compound adjective, never a name: "States-backed", "London-based",
    "Islamic State-held"."""
    return (
        *_ADJECTIVE_SUFFIXES,
        *(f"-{suffix}" for suffix in sorted(_compound_participles())),
        *("-based", "-born"),
    )


def country_of_adjective(word: str) -> str | None:
    """Return the ISO 3166-1 alpha-3 code a country adjective or name points to, if any.

    Accepts demonyms ("Russian"), names ("Ukraine", "U.S."), capitals and seats ("Kremlin"),
    and their "-backed"/"-led"/"pro-" forms ("Russian-backed", "pro-Russian", "Moscow-backed").
    It gives the country of any demonym, also of those that are no mention of the state
    ("Russian-backed separatists", "Russian culture"); "Russian troops" are, in addition, a
    mention of Russia in the :class:`ActorTable`.

    Example:
        >>> country_of_adjective("Russian"), country_of_adjective("pro-Russian")
        ('RUS', 'RUS')
        >>> country_of_adjective("Kremlin-backed"), country_of_adjective("armoured")
        ('RUS', None)
    """
    lower = word.lower().replace("\u2019", "'")
    lower = _split_possessive(lower)[0]
    lower = lower.removeprefix("pro-").removeprefix("anti-")
    for suffix in _ADJECTIVE_SUFFIXES:
        lower = lower.removesuffix(suffix)
    return _lexicon().adjectives.get(lower)


_RowNeeds = tuple[tuple[str, ...], frozenset[str]]  # a lexicon row, the words it needs


def _historical_side_rows() -> tuple[_RowNeeds, ...]:
    """The rows of ``actor_historical_sides.tsv``, each with the context words its names need
    to be read (none for most: see the file's header)."""
    return tuple((row, frozenset(_column(row, 4))) for row in load_table("actor_historical_sides"))


@functools.cache
def _state_rows() -> tuple[_RowNeeds, ...]:
    """The rows of ``countries.tsv`` and the former states of ``actor_historical_sides.tsv``
    ("Prussia", "the Confederacy") in the columns of the first, each with the context words
    its names need to be read (none for the present states)."""
    former = (
        ((row[1], row[2], row[3] if row[3] != "-" else ""), needs)
        for row, needs in _historical_side_rows()
        if row[0] == "state"
    )
    return (*((row, frozenset[str]()) for row in load_table("countries")), *former)


@functools.cache
def demonyms() -> frozenset[str]:
    """Return the demonyms of the countries table in lower case.

    Example:
        >>> sorted(word for word in demonyms() if word.startswith("syria"))
        ['syrian']
    """
    return frozenset(
        demonym.lower()
        for row in load_table("countries")
        for demonym in (row[2].split("|") if len(row) > 2 else ())
    )


def country_name(code: str) -> str | None:
    """Return the canonical English name of an ISO 3166-1 alpha-3 code, if known.

    Example:
        >>> country_name("UKR")
        'Ukraine'
    """
    return _lexicon().country_names.get(code)


# --- words ---------------------------------------------------------------------------------


class _Words:
    """The article's words as columns: ``text[i]``, ``lower[i]`` ... describe word ``i``.

    Columns rather than an object per word: an article has about a thousand words, most of
    them never looked at twice, and C loops (``map``) fill a column in a fraction of the time a
    Python loop takes to build the objects.
    """

    __slots__ = (
        "capital",
        "count",
        "headline",
        "initial",
        "lower",
        "possessive",
        "start",
        "text",
    )

    def __init__(self, doc: Text) -> None:
        columns = doc.token_columns
        normalized = doc.normalized
        breaks = _line_breaks(normalized, columns.starts)
        # Copies, as lists: the columns change below (line breaks go in, possessives come
        # off). The lower-case column is the text's own, made once for every extractor.
        if breaks:
            # Rebuilt in one pass: an insert per break would move the rest of the columns each
            # time, quadratic on a long text with many lines.
            starts, texts, lowers = _with_breaks(
                columns.starts, columns.texts, doc.token_lowers, breaks
            )
        else:
            starts, texts, lowers = (
                list(columns.starts),
                list(columns.texts),
                list(doc.token_lowers),
            )
        count = len(starts)
        possessive = [False] * count
        # A possessive "'s" is rare: find it in the text rather than testing every word.
        at = normalized.find("'s")
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            if starts[index] + len(texts[index]) == at + 2 and len(texts[index]) > 2:
                possessive[index] = True
                texts[index] = texts[index][:-2]
                lowers[index] = texts[index].lower()
            at = normalized.find("'s", at + 2)
        self.count = count
        self.start: list[int] = starts
        self.text: list[str] = texts  # without a possessive "'s"; a line break is "\n"
        self.lower: list[str] = lowers  # of ``text``: without a possessive "'s"
        self.capital: list[bool] = list(map(str.isupper, map(_first_char, texts)))
        self.possessive = possessive
        # First word of its sentence (after an opening quote or bracket).
        self.initial = [False] * count
        for sentence in doc.sentences:
            index = bisect.bisect_left(starts, sentence.start)
            while index < count and texts[index] == _BREAK:
                index += 1
            if index < count and starts[index] == sentence.start:
                while index < count:
                    self.initial[index] = True
                    if texts[index] not in _OPENERS:
                        break
                    index += 1
        self.headline = [False] * count
        for line_start, line_end in _headline_lines(doc):
            first = bisect.bisect_left(starts, line_start)
            last = bisect.bisect_left(starts, line_end)
            self.headline[first:last] = [True] * (last - first)

    def end(self, index: int) -> int:
        """Where word ``index`` ends (before a possessive "'s")."""
        return self.start[index] + len(self.text[index])

    def capitalised_indices(self) -> list[int]:
        """The words starting with a capital letter: the only ones that can start a name."""
        return list(itertools.compress(range(self.count), self.capital))

    def indices_of(self, lowers: Container[str]) -> list[int]:
        """The words whose lower-case form is in ``lowers``."""
        return list(itertools.compress(range(self.count), map(lowers.__contains__, self.lower)))

    def indices_with(self, doc: Text, char: str) -> list[int]:
        """The words holding ``char``, a character that stands apart from letters ("-")."""
        result: list[int] = []
        at = doc.normalized.find(char)
        while at >= 0:
            # Every character but a space lies in a word: the last word starting before it.
            index = bisect.bisect_right(self.start, at) - 1
            if not result or result[-1] != index:
                result.append(index)
            at = doc.normalized.find(char, at + 1)
        return result


_first_char = operator.itemgetter(0)

# A line break stands between two words as a word of its own: no lexicon phrase, name, run or
# source phrase holds it, so no mention spans two lines ("Belarus\nOfficials" is two words
# on two lines, not a source). Headlines, datelines and captions end without punctuation.
_BREAK = "\n"


def _line_breaks(normalized: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """``(word index, offset)`` of each line break lying between two words, in order."""
    result: list[tuple[int, int]] = []
    count = len(starts)
    at = normalized.find("\n")
    while at >= 0:
        index = bisect.bisect_left(starts, at)
        if index == count:
            break
        if index and (not result or result[-1][0] != index):
            result.append((index, at))
        # Blank lines and runs of breaks before the same word make one break.
        at = normalized.find("\n", starts[index])
    return result


def _with_breaks(
    starts: Sequence[int],
    texts: Sequence[str],
    lowers: Sequence[str],
    breaks: list[tuple[int, int]],
) -> tuple[list[int], list[str], list[str]]:
    """The word columns with a ``_BREAK`` word put before each ``(word index, offset)`` break."""
    new_starts: list[int] = []
    new_texts: list[str] = []
    new_lowers: list[str] = []
    previous = 0
    for index, offset in breaks:
        new_starts += starts[previous:index]
        new_texts += texts[previous:index]
        new_lowers += lowers[previous:index]
        new_starts.append(offset)
        new_texts.append(_BREAK)
        new_lowers.append(_BREAK)
        previous = index
    new_starts += starts[previous:]
    new_texts += texts[previous:]
    new_lowers += lowers[previous:]
    return new_starts, new_texts, new_lowers


def _is_cap(text: str) -> bool:
    """Capitalised with some lower case: "Kuleba", not "NATO" or "the"."""
    return text[:1].isupper() and not text.isupper()


# Grammar words: few and closed, so they stay in code.
_LOCATIVE = frozenset(
    {
        *("in", "at", "to", "from", "near", "into", "outside", "inside", "around", "via"),
        *("toward", "towards", "across", "over", "through", "within", "arrived", "returned"),
        *("visit", "visited", "visiting", "visits"),
        # The object of an attack or a move is a place: "bombed Sanaa", "entered Kyiv".
        *("bombed", "shelled", "struck", "attacked", "stormed", "besieged", "surrounded"),
        *("encircled", "captured", "seized", "entered", "reached", "fled", "left"),
    }
)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "outside", "inside", "around", "across", "towards", "toward", "into"}
)
_OF_PLACE = frozenset({"of", "in", "at", "from", "near", "to", "outside"})
_CONNECTORS = frozenset({"of", "for", "on", "the"})
# Heads whose name goes on with "on": "Council on Foreign Relations", not "University on ...".
_ON_HEADS = frozenset({"council", "committee", "subcommittee", "commission", "conference", "panel"})
_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "la", "le"}
)
# The Arabic article as romanised before a name: "al-" and "el-", and before a sun letter
# (t, th, d, dh, r, z, s, sh, n, ...) the forms that assimilate its "l" to it, which
# romanisations write with "a" or, after Levantine and Egyptian speech, with "e" ("ash-Sham",
# "Deir ez-Zor", "Ras en-Naqoura"): the sun-letter assimilation of Arabic grammar.
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"}
    | {"ed", "er", "es", "esh", "et", "ez", "en", "edh", "eth"}
)
_OPENERS = frozenset({'"', "'", "(", "[", "-", "\u2014", "\u2013"})
_GOVERNMENT = frozenset({"government", "authorities", "leadership", "administration", "regime"})
_LEADERS_GOVERNMENT = frozenset({"government", "administration", "regime"})
# Nouns for a settlement or an area, before "of" and its name: "the village of Tal Naser".
_PLACE_NOUNS = frozenset(
    {
        *("village", "town", "city", "district", "province", "region", "neighbourhood"),
        *("neighborhood", "governorate", "suburb", "camp", "port", "county", "oblast"),
    }
)
_PLACE_PLURALS = frozenset(
    noun[:-1] + "ies" if noun.endswith("y") else noun + "s" for noun in _PLACE_NOUNS
)
# Lower-case nouns after a place's name ("the Al Salem hospital", "the Karrada neighbourhood");
# not "camp" ("the Clinton camp" is his people).
_NAMED_PLACE_NOUNS = (_PLACE_NOUNS - {"camp"}) | {"area", "hospital", "quarter"}
# Before a city, a part of it: "north London", "eastern Aleppo".
_COMPASS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "north-east", "north-west", "south-east", "south-west", "northeast"),
        *("northwest", "southeast", "southwest", "northeastern", "northwestern"),
        *("southeastern", "southwestern", "downtown", "greater", "suburban"),
    }
)
_PEOPLE_NOUNS = frozenset({"people", "population", "public", "citizens", "nationals"})
_MAX_NAME = 5
_ANTECEDENT_WINDOW = 30


def _headline_lines(doc: Text) -> list[tuple[int, int]]:
    """Lines written in Title Case or capitals without a closing period: headlines; the
    text's first line may close with one, before more lines ("Biden Aims Insult At Trump.")."""
    result = []
    nonnames = _lexicon().nonnames
    normalized = doc.normalized
    start = 0
    for raw_line in normalized.split("\n"):
        if not raw_line:
            start += 1  # the blank line between two paragraphs
            continue
        end = start + len(raw_line)
        line = raw_line.strip()
        if (
            start == 0
            and line.endswith(".")
            and end < len(normalized)
            # Title Case proper: its lower-case words are grammar words only ("to", "of"),
            # where a sentence has "comments on reports of violations".
            and all(w in nonnames for w in line.split() if w.islower())
        ):
            line = line[:-1]  # a title at the top, closed as a sentence is
        if line and len(line) <= 200 and line[-1] not in ".!?\"':,;":
            words = [
                w for w in line.split() if w[:1].isalpha() and not (w.islower() and w in nonnames)
            ]
            capitalised = sum(1 for w in words if w[0].isupper())
            if len(words) >= 3 and capitalised >= 0.75 * len(words):
                result.append((start, end))
        start = end + 1
    return result


# --- chunks --------------------------------------------------------------------------------


class _Chunk:
    """A run of words the lexicon or an organisation run names: ``words[first:last]``."""

    __slots__ = ("extra", "first", "key", "kind", "last")

    def __init__(
        self, first: int, last: int, kind: str, key: str, extra: str | None = None
    ) -> None:
        self.first = first  # word index
        self.last = last  # word index, exclusive
        self.kind = kind  # as _Entry.kind, plus "orgrun"
        self.key = key  # the actor key, or the kind of actor an org run makes
        self.extra = extra  # the country of an org run


_ANY_CASE, _CAPITAL, _EXACT = 0, 1, 2


def _case_rules(pattern: tuple[str, ...]) -> tuple[int, ...]:
    """How each word of a lexicon phrase must be written in the text to match it."""
    rules = []
    for expected in pattern:
        letters = [c for c in expected if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            rules.append(_EXACT)  # "US", "IS", "AP": never "us", "is", "ap"
        elif expected[:1].isupper():
            rules.append(_CAPITAL)
        else:
            rules.append(_ANY_CASE)
    return tuple(rules)


def _case_fits(entry: _Entry, written: tuple[str, ...]) -> bool:
    capital_seen = not entry.needs_capital
    for offset, rule in enumerate(entry.case):
        actual = written[offset]
        if rule == _EXACT and actual != entry.pattern[offset]:
            return False
        first_upper = actual[:1].isupper()
        if rule == _CAPITAL and not first_upper:
            return False
        # An Arabic article shows the name's capital after it: "al-Qaeda", "al-Shabaab".
        capital_seen = capital_seen or first_upper or arabic_article_name(actual)
    # Names must show a capital: "us" and "chad" are words, "US" and "Chad" names.
    return capital_seen


def arabic_article_name(word: str) -> bool:
    """Whether ``word`` is a romanised Arabic article joined to a capitalised name: a word
    that opens a name though it starts in lower case.

    Example:
        >>> arabic_article_name("al-Qaeda"), arabic_article_name("ash-Shaddadi")
        (True, True)
        >>> arabic_article_name("al-qaeda"), arabic_article_name("long-range")
        (False, False)
    """
    article, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isupper() and article.lower() in _ARABIC_ARTICLES


_RANK = {
    kind: rank
    for rank, kind in enumerate(
        ("person", "org", "country", "capital", "title", "demonym", "people", "place")
    )
}


def _rank(entry: _Entry) -> int:
    """Which of the entries for one phrase wins where the case of several fits: a person first."""
    return _RANK.get(entry.kind, 9)


# Articles write the same few phrases again and again ("Russia", "President", "the Kremlin"):
# which entry a phrase written so is gets worked out once, not at every occurrence.
@functools.lru_cache(maxsize=65_536)
def _entry_for(written: tuple[str, ...], contexts: frozenset[str] = frozenset()) -> _Entry | None:
    """The lexicon entry that words ``written`` (as the text writes them) are, if any, in a
    text that writes the words ``contexts`` of the lexicon's historical sides."""
    candidates = _lexicon().phrases.get(tuple(map(str.lower, written)), ())
    # Entries are in order of rank: the first whose case fits wins.
    for entry in candidates:
        if (not entry.needs or entry.needs & contexts) and _case_fits(entry, written):
            return entry
    return None


_ONE_WORD = (1,)


def _lexicon_chunks(words: _Words, starting: list[int]) -> tuple[list[_Chunk | None], list[int]]:
    """The lexicon phrase at each word, if any, and the words phrases cover.

    ``starting`` (sorted) holds every word that may start a phrase.
    """
    lexicon = _lexicon()
    count = words.count
    chunk_at: list[_Chunk | None] = [None] * count
    covered: list[int] = []
    lowers = words.lower
    texts = words.text
    possessives = words.possessive
    lengths_of = lexicon.lengths
    first_pairs = lexicon.first_pairs
    single_words = lexicon.single_words
    inner_possessives = lexicon.inner_possessives
    abbreviations = load_words("abbreviations")
    position = 0
    # A word opens a phrase of one word, or a longer phrase only before the phrase's second
    # word ("the" before "Kremlin"). Both are looked up in C: the many words that open
    # nothing here (most "the"s and "a"s; source, group and determiner words) are dropped
    # without a visit.
    following = lowers[1:]
    following.append(_BREAK)  # after the last word: no phrase holds a line break
    firsts = list(map(lowers.__getitem__, starting))
    # A historical side's ambiguous name is read where the text names its adversaries; the
    # text's words are searched for those only where such a name may open a phrase.
    contexts = (
        lexicon.side_contexts.intersection(texts)
        if not lexicon.side_openers.isdisjoint(firsts)
        else frozenset()
    )
    seconds = map(following.__getitem__, starting)
    goes_on = list(map(first_pairs.__contains__, zip(firsts, seconds, strict=True)))
    single = map(single_words.__contains__, firsts)
    openers = itertools.compress(
        zip(starting, goes_on, strict=True), map(operator.or_, goes_on, single)
    )
    for index, longer in openers:
        if index < position:
            continue
        # Only a phrase of one word can be there unless the next word goes on with one.
        lengths = lengths_of[lowers[index]] if longer else _ONE_WORD
        found: _Chunk | None = None
        for length in lengths:
            if index + length > count:
                continue
            # A possessive closes a phrase: "Ukraine's Foreign Minister" is two chunks.
            if (
                length > 1
                and True in possessives[index : index + length - 1]
                and any(
                    possessives[at] and lowers[at] not in inner_possessives
                    for at in range(index, index + length - 1)
                )
            ):
                continue
            written = (texts[index],) if length == 1 else tuple(texts[index : index + length])
            entry = _entry_for(written, contexts)
            if entry is None or (entry.needs and _opens_other_name(words, index + length)):
                continue  # "Union Station", "Union Pacific": another name, no side
            found = _Chunk(index, index + length, entry.kind, entry.key)
            break
        if found is None:
            continue
        if (
            found.kind in {"title", "honorific"}
            and found.last < count
            and words.text[found.last] == "."
            and lowers[found.last - 1] in abbreviations
        ):
            found.last += 1
        chunk_at[found.first : found.last] = [found] * (found.last - found.first)
        covered.extend(range(found.first, found.last))
        position = found.last
    return chunk_at, covered


def _opens_other_name(words: _Words, index: int) -> bool:
    """Whether word ``index``, after a historical side's ambiguous name, goes on with a name
    of which that word is a part ("Union Station", "Union Pacific"): a capitalised word that
    is not a state's force or act ("Union Army", "Union Navy" stay the side's)."""
    return (
        index < words.count
        and words.text[index][:1].isupper()
        and words.lower[index] not in _lexicon().state_agents
    )


def _org_word(words: _Words, index: int, lexicon: _Lexicon) -> bool:
    text = words.text[index]
    return _is_cap(text) and (
        text in lexicon.orgheads or words.lower[index] not in lexicon.nonnames
    )


def _name_before_short_name(
    words: _Words, chunk_at: list[_Chunk | None], index: int, chunk: _Chunk
) -> bool:
    """Whether the word before ``chunk`` (at ``index``), a known body's short name ("Security
    Council", "Coalition"), is a plain name word that makes it part of another body's name."""
    before = index - 1
    lower = words.lower[before]
    place = chunk_at[before]
    return (
        # A region's name makes another body, too: "Kurdistan Democratic Party".
        (place is None or (place.kind == "place" and place.last - place.first == 1))
        and chunk.last - chunk.first < len(chunk.key[2:].split())
        and "-" not in lower
        and lower not in _lexicon().ethnic
        and not words.headline[before]
        and not words.initial[before]
    )


@functools.cache
def _unit_designations() -> tuple[
    dict[str, tuple[str, frozenset[str]]], dict[str, str], frozenset[str]
]:
    """``deployment_units.tsv``: numbered designations, regional ones, and the regions."""
    numbered: dict[str, tuple[str, frozenset[str]]] = {}
    regional: dict[str, str] = {}
    regions: set[str] = set()
    for words, country, kind, numbers in load_table("deployment_units"):
        if kind == "numbered":
            numbered[words] = (country, frozenset(numbers.split("|")) - {"-"})
        elif kind == "regional":
            regional[words] = country
        else:
            regions.add(f"{country} {words}")
    return numbered, regional, frozenset(regions)


def _designations() -> set[str]:
    """Weapon designations of the equipment table ("f-16", "su-24s"): after a demonym they
    name the state's forces ("Danish F-16s"), as "Russian tanks" do."""
    names = {row[0] for row in load_table("equipment") if " " not in row[0]}
    found = {name for name in names if any(char.isdigit() for char in name)}
    return found | {name + "s" for name in found}


def _designated_state(lowers: list[str]) -> str | None:
    """The state whose forces alone name a unit so: "the 507th Air Refueling Wing" and "the
    Vermont Air National Guard" are American though no state is named."""
    if len(lowers) < 2:
        return None
    numbered, regional, regions = _unit_designations()
    if is_ordinal(lowers[0]):
        row = numbered.get(" ".join(lowers[1:]))
        if row is not None and (not row[1] or lowers[0] in row[1]):
            return row[0]
        return None
    for split in range(1, min(len(lowers), 4)):
        country = regional.get(" ".join(lowers[split:]))
        if country is not None and f"{country} {' '.join(lowers[:split])}" in regions:
            return country
    return None


def is_ordinal(text: str) -> bool:
    """Whether ``text`` is an ordinal written in figures: "3rd", "507th".

    Example:
        >>> is_ordinal("507th"), is_ordinal("3rd")
        (True, True)
        >>> is_ordinal("th"), is_ordinal("F-16s")
        (False, False)
    """
    return text[:1].isdigit() and text.endswith(("st", "nd", "rd", "th")) and text[:-2].isdigit()


def _title_before_head(
    words: _Words, chunk_at: list[_Chunk | None], index: int, lexicon: _Lexicon
) -> bool:
    """Whether title chunk ``chunk_at[index]`` names the field of the head after it
    ("Justice Department"), or with a name after it the person a body is named after ("the
    Sultan Murad Division", "the King Abdullah II Fund")."""
    chunk = chunk_at[index]
    if chunk is None or chunk.last != index + 1 or not _is_cap(words.text[index]):
        return False
    texts = words.text
    for after in range(index + 1, min(index + 2 + _MAX_NAMED_AFTER, words.count)):
        if chunk_at[after] is not None:
            return False
        if texts[after] in lexicon.head_words:
            return True
        if (
            not _is_cap(texts[after])
            or words.lower[after] in lexicon.nonnames
            or words.possessive[after]
        ):
            return False
    return False


_MAX_NAMED_AFTER = 2  # name words between a title and the head of a body named after a person


def _reaching_heads(candidates: list[int], heads: Iterable[int]) -> list[int]:
    """The candidates from which candidates run without a gap to a head word, in order.

    Any word that is no candidate ends a run before its head word, so only these can start
    one. ``heads`` are the positions in ``candidates`` (ascending) of the head words; each
    head is walked back from only as far as the head before it, so the cost is linear.
    """
    result: list[int] = []
    floor = 0  # the candidates before this one are in ``result`` already, or reach no head
    for number in heads:
        first = number
        while first > floor and candidates[first - 1] == candidates[first] - 1:
            first -= 1
        result += candidates[first : number + 1]
        floor = number + 1
    return result


# Words inside an "of"-tail: its connectors, and "and" where ``_and_in_tail`` lets it in.
_TAIL_JOINERS = _CONNECTORS | {"and"}
_INDEFINITE = frozenset({"a", "an"})  # the indefinite articles: inside a name only after "for"


def _and_in_tail(
    words: _Words, chunk_at: list[_Chunk | None], first: int, last_head: int, at: int
) -> bool:
    """Whether the "and" at ``at`` joins two parts of one organisation's "of"-tail.

    "Ministry of Culture and Tourism", "Union of Medical Care and Relief Organizations": after
    "of", the words after "and" name the same body's field, unless they end in a head of
    their own in the singular ("Ministry of Defence and Foreign Office" are two bodies). A
    chunk the lexicon knows after "and" (a state, a known body, a title) is a body apart.
    """
    if last_head < first or not any(
        words.lower[k] in {"of", "for"} for k in range(last_head + 1, at)
    ):
        return False
    before = chunk_at[at - 1]
    if before is not None and before.kind in {"place", "country", "capital"}:
        return False  # "the ACLU of Ohio and Demos": a body's place ends its name
    lexicon = _lexicon()
    texts = words.text
    k = at + 1
    while k < words.count and chunk_at[k] is None and _org_word(words, k, lexicon):
        if words.possessive[k]:
            return False
        k += 1
    if k == at + 1:
        return False
    heads = [j for j in range(at + 1, k) if texts[j] in lexicon.head_words]
    # A head after "and" is the tail's own only when it is its plural last word.
    return not heads or (heads == [k - 1] and texts[k - 1].endswith("s"))


def _org_runs(words: _Words, chunk_at: list[_Chunk | None], candidates: list[int]) -> list[int]:
    """Mark runs of capitalised words holding an organisation head word as organisations.

    ``candidates`` (sorted) are the capitalised words and the words of lexicon chunks: any other
    word can neither start a run nor be skipped over as part of a chunk. Returns the words the
    runs cover.
    """
    lexicon = _lexicon()
    count = words.count
    texts = words.text
    lowers = words.lower
    covered: list[int] = []
    heads = itertools.compress(
        range(len(candidates)),
        map(lexicon.head_words.__contains__, map(texts.__getitem__, candidates)),
    )
    position = 0
    for start in _reaching_heads(candidates, heads):
        if start < position:
            continue
        index = start  # where the run starts
        chunk = chunk_at[index]
        if (
            chunk is not None
            and chunk.kind == "place"
            and chunk.first == index
            and chunk.last > index + 1
            and lowers[index] == "the"
        ):
            # "the Middle East Institute": the place's "the" is the organisation's.
            chunk_at[index] = None
            index += 1
        if chunk is None and "-" in lowers[index] and lowers[index].endswith(_not_name_suffixes()):
            position = index + 1  # "Turkey-based Syrian National Coalition": the run follows
            continue
        startable = (
            chunk is None
            or chunk.kind in {"demonym", "country", "capital", "place", "person"}
            or (chunk.kind == "title" and _title_before_head(words, chunk_at, index, lexicon))
        ) and (
            _org_word(words, index, lexicon)
            or (texts[index] in lexicon.head_words and _arabic_name_before(words, chunk_at, index))
            # A place's name opening with a grammar word: "West Virginia University".
            or (chunk is not None and chunk.kind == "place" and _is_cap(texts[index]))
        )
        if not startable:
            position = chunk.last if chunk is not None else index + 1
            continue
        last_head = -1
        country: str | None = None
        country_at = index  # where the state named in the run stands
        if chunk is not None and words.possessive[chunk.last - 1]:
            if chunk.kind not in {"demonym", "country", "capital"}:
                position = chunk.last  # "Putin's Security Council" names no organisation
                continue
            # "Ukraine's Security Service": the state stays apart, the run gets its country.
            country = chunk.key[2:]
            index = chunk.last
        end = index
        while end < count:
            current_chunk = chunk_at[end]
            if current_chunk is not None:
                if current_chunk.kind == "title" and _title_before_head(
                    words, chunk_at, end, lexicon
                ):
                    end += 1  # "Justice Department": a title word naming the department's field
                    continue
                if (
                    current_chunk.kind == "org"
                    and end > index
                    and current_chunk.first == end
                    and texts[current_chunk.last - 1] in lexicon.head_words
                    and not words.possessive[end - 1]
                    # Only after a word that makes another body of the same kind, or a name
                    # word before a known body's short name ("Kurdistan Regional Security
                    # Council" is no UN body): not after "US-backed", "Kurdish" ("Kurdish
                    # Syrian Democratic Forces" are the SDF).
                    and (
                        lexicon.orgheads.get(texts[end - 1]) == "modifier"
                        or _name_before_short_name(words, chunk_at, end, current_chunk)
                        # "the Syrian Arab Coalition (SAC)": the article spells the whole
                        # name out, so it is no known body's short name.
                        or _spelt_out(words, index, current_chunk.last)
                    )
                    # "Islamic Revolutionary Guards Corps" is the lexicon's IRGC still.
                    and lowers[end - 1] not in current_chunk.key[2:].lower().split()
                ):
                    # "National Security Council", "Joint Coalition": a known body's name
                    # inside a longer one names another body.
                    last_head = current_chunk.last - 1
                    end = current_chunk.last
                    if words.possessive[end - 1]:
                        break
                    continue
                if (
                    # "Bush Presidential Center": a person's name may stand in one, too.
                    current_chunk.kind not in {"demonym", "country", "capital", "place", "person"}
                    or words.possessive[current_chunk.last - 1]
                ):
                    break
                if current_chunk.kind in {"demonym", "country", "capital"} and country is None:
                    country = current_chunk.key[2:]
                    country_at = end
                end = current_chunk.last
                continue
            if _org_word(words, end, lexicon):
                if texts[end] in lexicon.head_words:
                    last_head = end
                end += 1
                if words.possessive[end - 1] and lowers[end - 1] not in lexicon.inner_possessives:
                    break  # not "Women's Defence Units", "People's Council": their names go on
                continue
            if (
                texts[end].isupper()
                and texts[end] in lexicon.head_words
                and chunk_at[index] is None
                and (end > index or _arabic_name_before(words, chunk_at, index))
            ):
                last_head = end  # "Orient TV", "Rossiya-24 TV": a head in capitals ends one
                end += 1
                break
            if lowers[end] == "and" and _and_in_tail(words, chunk_at, index, last_head, end):
                end += 1  # "Union of Medical Care and Relief Organizations": one body
                continue
            if (
                lowers[end] in _CONNECTORS
                and end + 1 < count
                and last_head >= 0
                # "the" only after "of"/"for": "Ministry of the Interior", not "Army the ..."
                and (lowers[end] != "the" or lowers[end - 1] in _CONNECTORS)
                and (
                    _is_cap(texts[end + 1])
                    or lowers[end + 1] == "the"
                    or (lowers[end] == "for" and lowers[end + 1] in _INDEFINITE)
                )
            ) or (
                # "Centre for a New American Security", "Campaign for an Independent ...".
                lowers[end] in _INDEFINITE
                and lowers[end - 1] == "for"
                and last_head >= 0
                and end + 1 < count
                and _is_cap(texts[end + 1])
            ):
                end += 1
                continue
            break
        named_after = end
        if (last_head == index or texts[index] in lexicon.opening_heads) and chunk_at[
            index
        ] is None:
            # Arabic names put the head first, then what it is of: "Jaysh al-Islam",
            # "Harakat Nour al-Din al-Zenki", "Ahrar ash-Sham".
            while (
                named_after < count
                and chunk_at[named_after] is None
                and "-" in lowers[named_after]
                and lowers[named_after].partition("-")[0] in _ARABIC_ARTICLES
            ):
                named_after += 1
        if last_head < 0 or (
            last_head == index
            and named_after == index + 1
            and _lone_head_no_name(words, index, lexicon)
            and not _arabic_name_before(words, chunk_at, index)
            and not _numbered_unit(words, chunk_at, index, lexicon)
        ):
            position = max(end, index + 1)
            continue
        stop = last_head + 1
        # "Ministry of Defence": an "of"-tail after the head belongs to the name.
        tail = stop
        while tail < end and (
            lowers[tail] in _TAIL_JOINERS or lowers[tail] in _INDEFINITE or _is_cap(texts[tail])
        ):
            tail += 1
        if (
            stop < end
            and (
                lowers[stop] in {"of", "for"}
                or (lowers[stop] == "on" and lowers[stop - 1] in _ON_HEADS)
            )
            and not words.headline[index]
        ):
            stop = tail
        while stop > index and lowers[stop - 1] in _TAIL_JOINERS:
            stop -= 1
        if named_after > end or texts[index] in lexicon.opening_heads:
            # "Liwa Fatemiyoun", "Jaish al-Islam": the words after the head name it.
            stop = max(named_after, stop)
        if (
            stop == index + 1
            and stop < count
            and texts[index] in lexicon.paper_heads
            and _is_cap(texts[stop])
            and chunk_at[stop] is None  # "told the Observer Moscow feels ...": a paper still
        ):
            position = max(end, index + 1)  # "Times Square": no paper, though "the Times" is
            continue
        if (
            stop == last_head + 1
            and _numbered_unit(words, chunk_at, last_head, lexicon)
            and not (index and is_ordinal(texts[index - 1]))  # "the 82nd Division 12 ..."
        ):
            stop += 1  # "Unit 8200", "Task Force 51": the number is the unit's name
        kind = lexicon.orgheads[texts[last_head]]
        if index and chunk_at[index - 1] is None and arabic_article_name(texts[index - 1]):
            # "the al-Aqsa Martyrs Brigades": a name opened by a lower-case article, and
            # "Saray al-Jihad Group": by a head word before it, as Arabic names put it.
            while index and chunk_at[index - 1] is None and arabic_article_name(texts[index - 1]):
                index -= 1
            if index and chunk_at[index - 1] is None and _org_word(words, index - 1, lexicon):
                index -= 1
        if index and chunk_at[index - 1] is None and is_ordinal(texts[index - 1]):
            index -= 1  # "the 3rd Battalion", "the 507th Air Refueling Wing": a unit's number
            kind = "organization" if kind == "group" else kind  # a numbered unit: a state's
        elif kind == "group" and country is not None:
            kind = "organization"  # "the Iraqi Army's 9th Brigade": the state's force
        if country_at >= stop:
            country = None  # "told the Observer Moscow feels": the state is outside the name
        if country is None:
            country = _designated_state(lowers[index:stop])
        run = _Chunk(index, stop, "orgrun", kind, country)
        for k in range(index, stop):
            chunk_at[k] = run
            covered.append(k)
        position = stop
    return covered


def _numbered_unit(
    words: _Words, chunk_at: list[_Chunk | None], head: int, lexicon: _Lexicon
) -> bool:
    """Whether head word ``head`` is followed by a number naming the unit ("Unit 8200",
    "Brigade 313"): two to five plain digits, and no year ("the Quds Force 2020 budget"); one
    digit is more often a count ("Division 3 brigades")."""
    after = head + 1
    if words.text[head] not in lexicon.number_heads or after >= len(words.text):
        return False
    text = words.text[after]
    if chunk_at[after] is not None or not (1 < len(text) <= 5 and text.isascii()):
        return False
    return text.isdigit() and not (len(text) == 4 and text[:2] in {"19", "20"})


def _arabic_name_before(words: _Words, chunk_at: list[_Chunk | None], index: int) -> bool:
    """Whether a name opened by a lower-case Arabic article stands before word ``index``
    ("al-Ikhbariya TV"): the head there is not alone."""
    return (
        bool(index) and chunk_at[index - 1] is None and arabic_article_name(words.text[index - 1])
    )


def _lone_head_no_name(words: _Words, index: int, lexicon: _Lexicon) -> bool:
    """Whether head word ``index``, all that is left of its run, names nothing on its own.

    A head opening a sentence or a headline is a common noun ("Police said"); a media head
    alone names no outlet ("Fake News"), except a newspaper's after "the" ("told the Times").
    """
    if words.headline[index] or words.initial[index]:
        return True
    text = words.text[index]
    if lexicon.orgheads[text] != "media":
        return False
    return not (text in lexicon.paper_heads and index and words.lower[index - 1] == "the")


def _spelt_out(words: _Words, first: int, last: int) -> bool:
    """Whether words ``first``-``last`` are followed by their own acronym in brackets, as in
    "the Syrian Arab Coalition (SAC)": its letters are the initials of their capitalised
    words."""
    if last + 2 >= words.count or words.text[last] != "(" or words.text[last + 2] != ")":
        return False
    acronym = words.text[last + 1]
    if not (acronym.isupper() and acronym.isalpha() and 1 < len(acronym) <= last - first):
        return False
    initials = "".join(word[0] for word in words.text[first:last] if word[:1].isupper())
    return initials == acronym


# Lower-case words that may stand inside a name spelt out before its acronym: "Committee to
# Protect Journalists (CPJ)", "Citizens Against Violence" has none.
_SPELT_OUT_JOINERS = _TAIL_JOINERS | {"to", "in", "against", "without"}


def _spelt_out_names(
    words: _Words, chunk_at: list[_Chunk | None], brackets: list[int]
) -> list[int]:
    """Mark the capitalised words before a bracketed acronym that spells their initials
    ("Citizens Against Violence (CAV)", "the Syrian Arab Coalition (SAC)") as an
    organisation's name, unless the lexicon or a run named them already. ``brackets`` are
    the words holding "("; returns the words the names cover."""
    lexicon = _lexicon()
    texts = words.text
    lowers = words.lower
    covered: list[int] = []
    for bracket in brackets:
        if (
            bracket < 2
            or bracket + 2 >= words.count
            or texts[bracket] != "("
            or texts[bracket + 2] != ")"
        ):
            continue
        acronym = texts[bracket + 1]
        if not (acronym.isupper() and acronym.isalpha() and 1 < len(acronym) <= _MAX_ACRONYM):
            continue
        start = bracket
        letters = len(acronym)
        while start > 0 and letters and bracket - start <= 2 * _MAX_ACRONYM:
            word = texts[start - 1]
            if word[:1].isupper() and not words.possessive[start - 1]:
                if word[0] != acronym[letters - 1]:
                    break
                letters -= 1
            elif lowers[start - 1] not in _SPELT_OUT_JOINERS:
                break
            start -= 1
        if letters or words.headline[start]:
            continue
        first_chunk = chunk_at[start]
        last_chunk = chunk_at[bracket - 1]
        if (
            first_chunk is not None
            and first_chunk is last_chunk
            and first_chunk.kind in {"org", "orgrun"}
        ):
            continue  # a name the lexicon or a run knows; its acronym is linked later
        known = chunk_at[bracket + 1]
        if known is not None and known.kind == "org":
            # "Yekineyen Parastina Gel (YPG)": the lexicon knows the body by its acronym.
            run = _Chunk(start, bracket, "org", known.key)
            for index in range(start, bracket):
                chunk_at[index] = run
                covered.append(index)
            continue
        heads = lexicon.head_words
        if (
            # A body's name holds a head word ("Committee", "Coalition"); "Improvised
            # Explosive Device (IED)", "Free Trade Agreement (FTA)" name things.
            not any(texts[index] in heads for index in range(start, bracket))
            or (texts[bracket - 1] in lexicon.notperson and texts[bracket - 1] not in heads)
        ):
            continue
        country: str | None = None
        clash = False
        for index in range(start, bracket):
            chunk = chunk_at[index]
            if chunk is None:
                continue
            if chunk.first < start or chunk.last > bracket or chunk.kind == "person":
                clash = True
                break
            if chunk.kind in {"demonym", "country"} and country is None:
                country = chunk.key[2:]
        if clash:
            continue
        kind = lexicon.orgheads.get(texts[bracket - 1], "organization")
        if kind == "group" and country is not None:
            kind = "organization"
        run = _Chunk(start, bracket, "orgrun", kind, country)
        for index in range(start, bracket):
            chunk_at[index] = run
            covered.append(index)
    return covered


# The words that give a body the name after them: "known as", "dubbed", "nicknamed".
_NAME_GIVERS = ("known as", "dubbed", "nicknamed")


def _name_givers(doc: Text, words: _Words) -> list[int]:
    """The words opening "known as", "dubbed" or "nicknamed", found in C, as few texts hold them."""
    found: list[int] = []
    for giver in _NAME_GIVERS:
        parts = giver.split()
        found.extend(
            index
            for index in words.indices_with(doc, giver)
            if list(words.lower[index : index + len(parts)]) == parts
        )
    return sorted(found)


@functools.cache
def _named_bodies() -> frozenset[str]:
    """``actor_named_bodies.tsv``: nouns for a band of people that "known as" names."""
    return load_words("actor_named_bodies")


def _given_names(words: _Words, chunk_at: list[_Chunk | None], givers: list[int]) -> list[int]:
    """Mark the capitalised words a body's noun and "known as", "dubbed" or "nicknamed" give
    ("a militia known as the Desert Hawks", "the quartet dubbed “the Beatles”") as an armed
    group's name, unless the lexicon or a run named them; returns the words covered."""
    texts = words.text
    lowers = words.lower
    count = words.count
    covered: list[int] = []
    for giver in givers:
        index = giver + 1 + (lowers[giver] == "known")
        noun = giver - 1 - (giver > 0 and texts[giver - 1] == ",")
        if noun < 0 or lowers[noun] not in _named_bodies():
            continue
        if index < count and texts[index] in _OPENING_QUOTES:
            index += 1
        if index < count and lowers[index] == "the":
            index += 1
        first = index
        while index < count and chunk_at[index] is None and _is_cap(texts[index]):
            index += 1
            # "the Lions of Tawhid": "of" joins two capitalised words of the name
            if (
                index + 1 < count
                and lowers[index] == "of"
                and _is_cap(texts[index + 1])
                and chunk_at[index + 1] is None
            ):
                index += 1
        if index == first or words.headline[first]:
            continue
        run = _Chunk(first, index, "orgrun", "group", None)
        for name_word in range(first, index):
            chunk_at[name_word] = run
            covered.append(name_word)
    return covered


# Words after which "forces" or "force" is a verb, not a noun: "Moscow forces the pace".
_VERB_OBJECTS = frozenset(
    {"the", "a", "an", "them", "him", "her", "us", "it", "its", "their", "his", "our", "me"}
)
# The service nouns that are also verbs; the others ("police", "army") never take an object.
_VERB_FORCES = frozenset({"force", "forces"})
# Chunks that may stand in a force's name before its unit noun ("the Donbas battalion",
# "the Free Syrian army"); a person ("Assad forces") makes it no name.
# A title may stand in one, not counted as a name word ("the Sultan Murad division").
_FORCE_NAME_CHUNKS = frozenset({"place", "capital", "country", "demonym", "title"})


def _force_names(words: _Words, chunk_at: list[_Chunk | None], nouns: list[int]) -> list[int]:
    """Mark force names ending in a lower-case unit noun as organisation runs: "the Aidar
    battalion", "Euphrates Shield forces", "the Hamza division", "the Nusra group".

    The name is the run of capitalised words just before the noun (``unitheads.tsv``); how
    many name words a noun needs is the table's, and a demonym or state before them makes
    the force the state's. ``nouns`` are the words that are unit nouns in some case. Returns
    the words the runs cover.
    """
    lexicon = _lexicon()
    unit_heads = lexicon.unit_heads
    covered: list[int] = []
    texts = words.text
    lowers = words.lower
    capital = words.capital
    nonnames = lexicon.nonnames
    ethnic = lexicon.ethnic
    orgheads = lexicon.orgheads
    count = words.count
    for head in nouns:
        if (
            not head
            or capital[head]
            or chunk_at[head] is not None
            or words.headline[head]
            or words.possessive[head - 1]
        ):
            continue
        lower = lowers[head]
        if lower in _VERB_FORCES and head + 1 < count and lowers[head + 1] in _VERB_OBJECTS:
            continue  # "Moscow forces the pace"
        previous = chunk_at[head - 1]
        if previous is not None and previous.kind in {"org", "orgrun"}:
            if (
                lower in lexicon.joining_heads
                and previous.kind == "org"
                and previous.last == head
                and lexicon.orgs.get(previous.key[2:], (None,))[0] is ActorKind.GROUP
            ):
                previous.last = head + 1  # "the Nusra group": the group's own name
                chunk_at[head] = previous
                covered.append(head)
            continue
        first = head
        name_words = 0
        places = 0
        country: str | None = None
        while first > 0 and head - first < _MAX_NAME:
            before = first - 1
            chunk = chunk_at[before]
            if chunk is not None:
                if chunk.kind not in _FORCE_NAME_CHUNKS or words.possessive[chunk.last - 1]:
                    break
                if chunk.kind in {"country", "demonym"}:
                    country = chunk.key[2:]
                elif chunk.kind != "title":
                    places += 1
                first = chunk.first
                continue
            text = texts[before]
            if words.possessive[before] or text.rpartition("-")[2][:1].islower():
                break  # "Mladic's Bosnian Serb army", "US-backed forces": no name before
            if (_is_cap(text) and lowers[before] not in nonnames) or arabic_article_name(text):
                # "al-Abbas" is a name word too: "the al-Abbas brigade", "Hurras al-Din".
                if lowers[before] not in ethnic and orgheads.get(text) != "modifier":
                    name_words += 1
                first = before
                continue
            break
        if first < head and lowers[first] == "the":
            first += 1  # a place's "the" ("the Euphrates") is the force's article
        if first == head:
            continue
        needs = unit_heads[lower]
        if needs == "name":
            named = name_words + places > 0
        else:
            # A place may stand in such a name ("Euphrates Shield forces"), never alone.
            named = name_words >= 1 and (
                name_words + places >= 2
                or (needs == "the" and first > 0 and lowers[first - 1] == "the")
            )
        # A sentence's first word may be capitalised for the sentence alone ("Rebel groups").
        if not named or (words.initial[first] and name_words + places == 1):
            continue
        kind = "group" if country is None else "organization"
        kind = lexicon.unit_kinds.get(lower, kind)  # "the Baath party": no armed group
        run = _Chunk(first, head + 1, "orgrun", kind, country)
        for k in range(first, head + 1):
            chunk_at[k] = run
            covered.append(k)
    return covered


# --- the scan ------------------------------------------------------------------------------


class _Draft:
    """An actor being built."""

    __slots__ = ("affiliation", "country", "key", "kind", "name", "title")

    def __init__(self, key: str, name: str, kind: ActorKind) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.title: str | None = None
        self.affiliation: str | None = None  # an actor key
        self.country: str | None = None

    def fill(self, title: str | None, affiliation: str | None, country: str | None) -> None:
        """Take what a later mention says of the actor, where nothing is known yet."""
        self.title = self.title or title
        self.affiliation = self.affiliation or affiliation
        self.country = self.country or country


class _Builder:
    """The state of one extraction: words, chunks, actors being built, mentions found."""

    def __init__(
        self, doc: Text, words: _Words, chunk_at: list[_Chunk | None], name_like: list[bool]
    ) -> None:
        self.doc = doc
        self.words = words
        self.chunk_at = chunk_at
        self.name_like = name_like  # per word: see _name_like_column
        self.drafts: dict[str, _Draft] = {}
        self.mentions: list[tuple[int, int, str]] = []  # start, end, actor key
        # Each actor key, in the order of its latest mention, with that mention's index: a
        # description looks back over actors, not over every mention of them.
        self.latest: dict[str, int] = {}
        # Lone capitalised words, with the (title, affiliation, country) read before them.
        self.singles: list[tuple[int, tuple[str | None, str | None, str | None] | None]] = []
        self.aliases: dict[str, str] = {}  # "SDF" -> org key
        # Names an apposition or a class noun made organisations ("the charity Doctors Under
        # Fire"): their later mentions, with neither, are the same body's.
        self.classed: dict[str, str] = {}
        # Acronyms no lexicon knows, not (yet) linked: word indices.
        self.acronyms: list[int] = []
        # The person last named in full with each surname: "Jeb Bush" makes a later "Bush" his.
        self.surnames: dict[str, str] = {}
        self.source_count = 0
        # States whose government the article names ("the Syrian government"), and the word
        # ranges of unowned government-side forces ("pro-government forces") waiting for one.
        self.governments: set[str] = set()
        self.government_forces: list[tuple[int, int]] = []
        # Titles set apart from a name by a comma ("the foreign minister, Dmytro Kuleba";
        # "Kuleba, Ukraine's foreign minister"): (first word, last word, the name's first word).
        self.comma_titles: list[tuple[int, int, int]] = []
        self._fits: dict[tuple[str, str | None, str], bool] = {}

    @functools.cached_property
    def vessel_names(self) -> frozenset[tuple[str, ...]]:
        """The names the article gives ships after a prefix (``actor_vessel_prefixes.tsv``):
        "USS Donald Cook" makes a later "the Donald Cook" the ship's, no person's."""
        words = self.words
        prefixes = _vessel_prefixes()
        if prefixes.isdisjoint(words.text):
            return frozenset()  # most articles name no ship: no walk over their words
        names: set[tuple[str, ...]] = set()
        for k, text in enumerate(words.text):
            if text in prefixes:
                end = k + 1
                reach = min(end + _MAX_NAME, words.count)
                # "FS Charles de Gaulle": a particle between capitalised words is the name's.
                while end < reach and (
                    words.capital[end]
                    or (
                        words.lower[end] in _PARTICLES
                        and end + 1 < reach
                        and words.capital[end + 1]
                    )
                ):
                    end += 1
                names.add(tuple(words.text[k + 1 : end]))
        return frozenset(names)

    @functools.cached_property
    def lower_seen(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere: "Part" of "Part of the ..." is one."""
        words = self.words
        # Words not capitalised: those starting with a digit or a mark are in, but no lower-case
        # form of a capitalised word can be one of them.
        return frozenset(itertools.compress(words.lower, map(operator.not_, words.capital)))

    def fits(self, draft: _Draft, head: str) -> bool:
        """Whether a description with this head word fits the actor (asked again and again)."""
        question = (draft.key, draft.title, head)  # a title may be learnt later
        answer = self._fits.get(question)
        if answer is None:
            answer = self._fits[question] = _fits(draft.kind, draft.name, draft.title, head)
        return answer

    def mention(self, first: int, last: int, key: str) -> None:
        words = self.words
        start = words.start
        # mention_span's body: the commonest call of the scan, a frame less.
        latest = self.latest
        latest.pop(key, None)
        latest[key] = len(self.mentions)
        self.mentions.append((start[first], start[last - 1] + len(words.text[last - 1]), key))

    def mention_span(self, start: int, end: int, key: str) -> None:
        latest = self.latest
        latest.pop(key, None)
        latest[key] = len(self.mentions)
        self.mentions.append((start, end, key))

    def draft(
        self,
        key: str,
        name: str,
        kind: ActorKind,
        *,
        title: str | None = None,
        affiliation: str | None = None,
        country: str | None = None,
    ) -> _Draft:
        """The actor with this key; one built from the other arguments if there is none yet."""
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = _Draft(key, name, kind)
            draft.fill(title, affiliation, country)
        return draft

    # A state or an organisation is named again and again: after the first time, its key
    # is all there is to give.
    def country(self, code: str) -> str:
        key = f"C:{code}"
        if key not in self.drafts:
            name = _lexicon().country_names.get(code, code)
            self.draft(key, name, _COUNTRY, country=code)
        return key

    def org(self, name: str) -> str:
        key = f"O:{name}"
        if key not in self.drafts:
            kind, country = _lexicon().orgs.get(name, (ActorKind.ORGANIZATION, None))
            self.draft(key, name, kind, country=country)
        return key

    def person(self, name: str) -> str:
        country = _lexicon().people.get(name)
        return self.draft(f"P:{name}", name, _PERSON, country=country).key

    def chunk_actor(self, chunk: _Chunk) -> str | None:
        """The actor key a chunk names on its own (orgs, countries, capitals), or None."""
        if chunk.kind == "org":
            return self.org(chunk.key[2:])
        if chunk.kind in {"country", "capital", "demonym"}:
            return self.country(chunk.key[2:])
        if chunk.kind == "orgrun":
            return self.orgrun(chunk)
        return None

    def orgrun(self, chunk: _Chunk) -> str:
        text = self.text(chunk.first, chunk.last)
        if (
            chunk.last - chunk.first == 1
            and chunk.key in {"organization", "group", "media"}
            and chunk.extra is None
        ):
            # A head word alone ("the Institute") refers back to an organisation named in
            # full, a paper's ("the Times") to the paper ("The New York Times").
            named = self._organization_named_with(text, chunk.key == "media")
            if named is not None:
                return named
        # "Defence Ministry" is Russia's in one sentence and Ukraine's in the next.
        key = f"R:{text.lower()}:{chunk.extra}"
        head = self.words.text[chunk.last - 1]
        if head.islower():
            # "the Aidar battalion" and "the Aidar Battalion" are one force, named as a name;
            # "Euphrates Shield forces" and "the Euphrates Shield force" one too.
            key = f"R:{text.lower().removesuffix('s')}:{chunk.extra}"
            text = text[: len(text) - len(head)] + head.capitalize()
        return self.draft(key, text, ActorKind(chunk.key), country=chunk.extra).key

    def _organization_named_with(self, word: str, media: bool = False) -> str | None:
        """The organisation (or with ``media`` the outlet) most recently mentioned whose name
        holds ``word``, if any."""
        kinds = _MEDIA_KINDS if media else _ORGANIZATION_KINDS
        # The few most recent actors only: the one meant is near, and odd input stays linear.
        for key in itertools.islice(reversed(self.latest), _ANTECEDENT_WINDOW):
            draft = self.drafts.get(key)
            if draft is not None and draft.kind in kinds and (word in draft.name.split()):
                return key
        return None

    def text(self, first: int, last: int) -> str:
        start = self.words.start
        return self.doc.original[start[first] : start[last - 1] + len(self.words.text[last - 1])]


_ORGANIZATION_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})
_MEDIA_KINDS = frozenset({ActorKind.MEDIA})


def find_actors(doc: Text) -> ActorTable:
    """Find the actors of ``doc`` and every mention of them.

    Args:
        doc: the article's :class:`~conflictparse.text.Text`.

    Returns:
        An :class:`ActorTable`; actor ids run "a1", "a2", ... in order of first mention.

    Example:
        >>> table = find_actors(Text("Moscow denied it. The Kremlin said Russia was calm."))
        >>> [m.span.text for m in table.mentions]
        ['Moscow', 'The Kremlin', 'Russia']
        >>> {m.actor_id for m in table.mentions}
        {'a1'}
    """
    words = _Words(doc)
    if not words.count:
        return ActorTable()
    capitalised = words.capitalised_indices()
    lexicon = _lexicon()
    lowers = words.lower
    # One pass over the words finds both the words that may start a phrase and the unit
    # nouns that may end a force's name; the few found are then sorted out, in C.
    scanned = words.indices_of(lexicon.scanned_words)
    found = list(map(lowers.__getitem__, scanned))
    starting = list(itertools.compress(scanned, map(lexicon.starting_words.__contains__, found)))
    unit_nouns = list(itertools.compress(scanned, map(lexicon.unit_heads.__contains__, found)))
    # Nouns read after the scan ("the Sanders campaign", "Democratic lawmakers").
    after_names = list(itertools.compress(scanned, map(lexicon.after_names.__contains__, found)))
    capital_starting = lexicon.capital_starting
    more = list(
        itertools.compress(
            capitalised, map(capital_starting.__contains__, map(lowers.__getitem__, capitalised))
        )
    )
    if more:
        # Two sorted runs: a merge; a word in both is looked up twice, to the same effect.
        starting = sorted(starting + more)
    chunk_at, covered = _lexicon_chunks(words, starting)
    covered = _free_given_names_of_states(words, chunk_at, covered)
    covered.extend(_org_runs(words, chunk_at, sorted({*capitalised, *covered})))
    covered.extend(_spelt_out_names(words, chunk_at, words.indices_with(doc, "(")))
    covered.extend(_force_names(words, chunk_at, unit_nouns))
    covered.extend(_given_names(words, chunk_at, _name_givers(doc, words)))
    # A capitalised grammar word ("The", "But", "He" opening a sentence: ``nonnames.tsv``) is
    # no name, so it starts something only as an acronym, a lexicon chunk, or a source, group
    # or determiner word, and ``covered`` and ``starting`` below hold the last three.
    nonnames = lexicon.nonnames
    names = [i for i in capitalised if lowers[i] not in nonnames or words.text[i].isupper()]
    builder = _Builder(doc, words, chunk_at, _name_like_column(words, chunk_at, names))
    # An article opens something only before a lexicon phrase or a word that a source, a
    # description or a group is named by ("the Kremlin", "a source", "the rebels"): most of
    # the many "the"s and "a"s of a text start nothing, and need no visit.
    last = words.count - 1
    after_article = lexicon.after_article
    starting = [
        i
        for i in starting
        if lowers[i] not in _ARTICLES
        or (i < last and (chunk_at[i + 1] is not None or lowers[i + 1] in after_article))
    ]
    # Only these words can start anything; the scan steps over the others.
    hyphenated = words.indices_with(doc, "-")
    starters = {*names, *covered, *starting, *hyphenated}
    _scan(builder, sorted(starters))
    _link_singles(builder)
    _link_grammar_surnames(builder)
    _names_in_compounds(builder, hyphenated)
    _link_acronyms(builder)
    _government_forces(builder)
    _comma_titles(builder)
    if after_names:
        _person_bodies(builder, after_names)
        _party_members(builder, after_names)
    _link_initials(builder)
    return _with_acting_states(doc, _table(builder))


def _link_initials(builder: _Builder) -> None:
    """Give a name written with its first name's initial ("A. Vladov", "A.Vladov") to the one
    person of the article whose full name has that surname and first letter ("Andrei
    Vladov"): the same person, as a surname alone would be."""
    full_names: dict[str, list[_Draft]] = {}
    initialled: list[tuple[_Draft, str, str]] = []
    for draft in builder.drafts.values():
        if draft.kind is not _PERSON:
            continue
        name = draft.name
        surname = name[2:].lstrip()
        if name[1:2] == "." and name[0].isupper() and surname[:1].isupper() and " " not in surname:
            initialled.append((draft, name[0], surname))
        elif " " in name:
            full_names.setdefault(_surname(draft.name.split()), []).append(draft)
    moved: dict[str, str] = {}
    for draft, initial, surname in initialled:
        fitting = [full for full in full_names.get(surname, ()) if full.name[0] == initial]
        if len(fitting) == 1:
            moved[draft.key] = fitting[0].key
            fitting[0].fill(draft.title, draft.affiliation, draft.country)
    if moved:
        builder.mentions = [
            (start, end, moved.get(key, key)) for start, end, key in builder.mentions
        ]


def _with_acting_states(doc: Text, table: ActorTable) -> ActorTable:
    """``table`` with each country's ``acting`` spans filled in (see
    :func:`acting_state_mentions`)."""
    acting: dict[str, list[Span]] = {}
    for mention in acting_state_mentions(doc, table):
        acting.setdefault(mention.actor_id, []).append(mention.span)
    if not acting:
        return table
    actors = tuple(
        attrs.evolve(actor, acting=tuple(acting[actor.id])) if actor.id in acting else actor
        for actor in table.actors
    )
    return ActorTable(actors=actors, mentions=table.mentions)


def extract_actors(text: str) -> tuple[Actor, ...]:
    """Return the actors mentioned in ``text``, in order of first mention.

    Example:
        >>> [a.name for a in extract_actors("Houthi rebels fired missiles, Reuters reported.")]
        ['Houthis', 'Reuters']
    """
    return find_actors(Text(text)).actors


def acting_state_mentions(doc: Text, table: ActorTable) -> tuple[Mention, ...]:
    """The mentions of ``table`` that name a state, its capital or its seat acting, in text order.

    A state is named as an actor ("Russia denies", "Moscow and Tehran have agreed",
    "Turkey's president", "sanctions against Ukraine", "pressure from Russia") or as a place
    ("in Ukraine", "fled to Russia"); re3d types the first an Organisation and the second a
    Location. Read here, on the words around the name (one pass; :func:`find_actors` gives
    each country these spans as :attr:`~conflictparse.model.Actor.acting`):

    * a finite verb after it (``actor_state_verbs.tsv``, a lower-case past tense, or a
      present tense in "-s" before its object: "the UK sees its role"; "be" or "remain"
      before a word of will, ``actor_state_dispositions.tsv``: "Sweden remains committed"),
      past one adverb, past an aside between commas ("Chile, along with two other states,
      is seeking") or past the other actors of a list that "and" closes ("Chile, Peru and
      Bolivia have"), where no preposition stands before the name or before the list of
      states it ends ("in Jordan, Lebanon and Turkey has" is a place), and where it may open
      a clause: after a mark, a conjunction, a verb of saying or thinking
      (``actor_clause_verbs.tsv``: "suggesting Chile could") or a noun phrase a determiner
      opens ("the weapons Chile supplied"); also past "and other" and a noun of a set of
      actors ("Chile and other countries accused"), as a passive's subject of a verb of what
      is done to a state as a party ("Chile was accused of"), or singled out between commas
      after a subject ("the west, especially Chile, is");
    * its possessive before a title, its government, a ministry, an armed service, an
      institution ("Ukraine's military advances") or, past two modifiers, a noun of what a
      state does ("Egypt's diplomatic efforts"), as its name in capitals before such a noun
      ("a U.S. strike"); or a hyphen and a participle after it ("the US-led coalition");
    * a comma and a relative clause it is the subject of, after any preposition but a
      place's: "which" or "who" and a verb as above ("aid from Norway, which funded the
      clinic"), "whose" and what its possessive owns as above ("Peru, whose envoy left");
    * a partner noun before it ("our ally Turkey"), or another state's name and a hyphen
      with it before a noun of what passes between states ("UK-France co-operation");
    * a seat of government before a noun of what its state does or before its people ("the
      White House readout", "Kremlin officials"), wherever it stands;
    * "including" after a noun of a set of actors (``actor_state_sets.tsv``: "donor nations,
      including Japan and Chile, pledged"), where no preposition makes the set a place, or a
      comma, colon or dash after it ("the regional powers – Chile and Peru –");
    * the object of a verb of what is asked of, said to or done for a state
      (``actor_state_objects.tsv``: "urged Belarus to", "called on Iran"), or the subject of
      an infinitive after "for" ("pressed for Armenia to open");
    * "against" (not before a noun it qualifies: "against US law"), a passive's "by" ("backed
      by Russia", not "backed by US air power"), a noun of what a state does and "from"
      (``actor_state_acts.tsv``), a government word or a partner ("the authorities in Kiev",
      "his partners in Riyadh", ``actor_state_partners.tsv``) and "in" before a capital, or
      a noun of what passes between states and "with" or "between"
      (``actor_state_relations.tsv``: "its alliance with Iran"), "support" or "backing" and
      "for" ("US support for Chile"), or a noun of what a state does and "of" ("the approval
      of Russia");
    * "and" or "or", then "its", "their", "our", "your" or "other" and a partner noun after
      it, or after a list of states, unless a place's preposition comes before ("the US and
      its allies", "Chile or our partners").

    A demonym ("Russian") or a body ("the Syrian government") is not a state's name here.

    Example:
        >>> doc = Text("Russia denies sending troops to Ukraine. Kiev and Washington agreed.")
        >>> [m.span.text for m in acting_state_mentions(doc, find_actors(doc))]
        ['Russia', 'Kiev', 'Washington']
    """
    names = _state_names()
    columns = doc.token_columns
    starts, lowers = columns.starts, doc.token_lowers
    countries = {actor.id for actor in table.actors if actor.kind is _COUNTRY}
    acting = []
    for mention in table.mentions:
        span = mention.span
        if mention.actor_id not in countries:
            continue
        if not _state_name(span.text):
            continue
        first = bisect.bisect_left(starts, span.start)
        last = bisect.bisect_left(starts, span.end) - 1
        if first > last:
            # Inside a word: "UK-France co-operation", "the Iran-Iraq war" name two states
            # acting together ("the Syria-Iraq border" two places).
            if _paired_states(lowers, last, names):
                acting.append(mention)
            continue
        # "the US-led coalition", "Moscow-backed president": the state leads or backs.
        suffix = lowers[last][span.end - starts[last] :]
        leads = suffix.startswith("-") and suffix[1:] in _compound_participles()
        if leads or _paired_states(lowers, last, names) or _acts(doc, table, lowers, first, last):
            acting.append(mention)
    return tuple(acting)


def _paired_states(lowers: Sequence[str], index: int, names: frozenset[str]) -> bool:
    """Whether word ``index`` joins states' names with hyphens before a noun of what passes
    between states ("UK-France co-operation", ``actor_state_relations.tsv``)."""
    parts = lowers[index].split("-")
    return (
        len(parts) > 1
        and index + 1 < len(lowers)
        and lowers[index + 1] in _state_relations()
        and all(part in names for part in parts)
    )


# Words before a state's name that leave it free to be a clause's subject: none, a mark, a
# conjunction or an opening word ("Meanwhile Russia said").
_SUBJECT_OPENERS = frozenset(
    {
        *("and", "but", "or", "nor", "that", "as", "while", "when", "if", "because", "since"),
        *("although", "though", "where", "after", "before", "until", "unless", "whether"),
        *("so", "yet", "then", "now", "also", "which", "whom", "once", "meanwhile", "however"),
        # A reported clause's subject: "Nuland said Moscow continues", "what Kyiv says".
        *("said", "says", "say", "what", "who", "how", "why"),
    }
)
# Before a state's name, words that make it a place or an object ("in Ukraine said").
_PREPOSITIONS = frozenset(
    {
        *("in", "at", "from", "to", "into", "of", "on", "across", "throughout", "inside"),
        *("outside", "near", "within", "for", "by", "over", "with", "like", "than", "about"),
        *("around", "via", "toward", "towards", "under", "between", "beyond", "through"),
    }
)
_ADVERBS = frozenset(
    {"also", "still", "already", "now", "again", "since", "never", "not", "indeed", "even"}
    # "Moscow either shunned or impeded", "Iran itself has said"
    | {"either", "itself"}
    # "Lima then announced", "if Chile instead backs Peru"
    | {"then", "instead"}
    # "Chile and Peru both signed", "the Soviet Union and Germany both tried"; "the US,
    # Chile and Peru all stand to lose"
    | {"both", "all"}
)


def _bare_possessive(doc: Text, index: int) -> bool:
    """Whether token ``index``, a name in "-s", takes a bare apostrophe as its possessive
    before a lower-case word ("the United States' message"). Read here only, where a state's
    name is known: :class:`_Words` keeps the apostrophe, a word of names such as "Kurdistan
    Workers' Party"."""
    starts = doc.token_columns.starts
    texts = doc.token_columns.texts
    return (
        index + 2 < len(texts)
        and texts[index].endswith("s")
        and texts[index][:1].isupper()
        and texts[index + 1] == "'"
        and starts[index + 1] == starts[index] + len(texts[index])
        and texts[index + 2][:1].islower()
    )


def _acts(doc: Text, table: ActorTable, lowers: Sequence[str], first: int, last: int) -> bool:
    """Whether the state named by tokens ``first..last`` acts there (see
    :func:`acting_state_mentions`)."""
    words = doc.token_columns.texts
    word = lowers[last]
    if word.endswith("'s"):
        return _owned_by_state(doc, table, lowers, last + 1)
    if _bare_possessive(doc, last):
        return _owned_by_state(doc, table, lowers, last + 2)  # "the United States' message"
    # The subject of a relative clause after a comma: "aid from Washington, which supported
    # the group", "Russia, which had granted Turkey permission" (a verb of its acts),
    # "Russia, whose intervention saved him" (what a possessive owns); after any preposition
    # but a place's, whose clause is as often its noun's ("people living in Canada, who").
    if last + 2 < len(lowers) and lowers[last + 1] == "," and not _in_place(lowers, first):
        relative = lowers[last + 2]
        if relative in _RELATIVE_SUBJECTS and _relative_verb_acts(words, lowers, last + 3):
            return True
        if relative == "whose" and _owned_by_state(doc, table, lowers, last + 3):
            return True
    # A name in capitals before a noun of what a state does is its agent, as a possessive
    # is: "a U.S. strike", "UK support for Iraq" (not "Syria airstrikes", strikes there);
    # before a title of office in lower case it is the state the office holder serves, as
    # "Turkey's president" is: "the US president", "the UK defence secretary"; before a
    # weapon or vehicle it is the state that wields it, as re3d marks "U.S. ships": "two
    # US drones", "a UK warship".
    if (
        words[first].isupper()
        and last + 1 < len(lowers)
        and words[last + 1].islower()  # not a title's word: "US Assistance Secretary"
        and (
            lowers[last + 1] in _possessed_acts()
            or _is_equipment(lowers[last + 1])
            or _title_of_kind_at(lowers, last + 1, _OFFICE_KIND)
            or _rank_before_name(words, lowers, last + 1)
        )
        # "Russia's UK ambassador": another's envoy, the name where they serve
        and not (first and lowers[first - 1].endswith("'s"))
    ):
        return True
    name = " ".join(lowers[first : last + 1]).removeprefix("the ")
    # A seat of government qualifying what its state says or does, or its people and
    # offices, is the government acting wherever it stands: "according to the White House
    # readout", "Kremlin officials" (not "by the Kremlin walls", a place).
    if name in _seats() and last + 1 < len(lowers) and words[last + 1].islower():
        following = lowers[last + 1]
        if following in _possessed_acts() or _modifies(lowers, last + 1):
            return True
    first = _list_head(doc, table, lowers, first, last)
    # "to the UK", "the security of the UK": the word before the article tells; after
    # "the", a lower-case word opens a reported or relative clause ("Trump announced the US
    # would", "the support the US continues to provide").
    definite = first > 0 and lowers[first - 1] == "the"
    first -= definite
    # "warnings from both Oslo and Helsinki": the word before the pair tells.
    first -= first > 0 and lowers[first - 1] in _PAIR_OPENERS
    # "Nato member Turkey", "attacked EU member Hungary": the words before the body's name
    # tell, as before an article ("European Union member Hungary": past all its words).
    if first > 1 and lowers[first - 1] in _MEMBERSHIP_NOUNS and words[first - 2][:1].isupper():
        first -= 2
        body_start = max(first - _MAX_NAME, 0)
        while first > body_start and words[first - 1][:1].isupper():
            first -= 1
    before = lowers[first - 1] if first else ""
    if first > 1 and (
        # "sanctions against Belarus were renewed"; not a noun's modifier: "against US law".
        (before == "against" and _object_ends(words, lowers, last + 1))
        or (
            before == "from"
            and lowers[first - 2] in _state_acts()
            and not _modifies(lowers, last + 1)
        )
        # "the authorities in Kiev", "his partners in Riyadh": its seat names it (not a
        # state's name: "the Kurdish administration in Syria").
        or (
            before == "in"
            and lowers[first - 2] in _seat_holders()
            and name in _capitals()
            and not _met_partners(lowers, first - 2)
        )
        # In apposition to a partner noun: "thank our ally Turkey", "its backers Iran and Russia",
        # "the regime's allies, Russia and Iran"; or to a set of actors, not one a place's
        # preposition opens: "the three regional powers – Russia, Iran and Turkey –", "the
        # other guarantors, Iran and Turkey" (not "fled to nearby countries, Jordan and Iraq").
        or before in _state_partners()
        or (
            before in _APPOSITION_MARKS
            and (
                lowers[first - 2] in _state_partners()
                or (
                    words[first - 2] in _actor_sets()  # not a name's: "the United Nations, India"
                    and not _set_in_place(words, lowers, first - 2)
                )
            )
        )
        # "the approval of Russia", "with the backing of Iran": its act, as "Russia's approval"
        # is (not "the support of Iraq oil exporters"); "the militaries of Iran and Iraq": its
        # armed services, as "Iran's military" are; "the leaders of Iran and Turkey": its heads.
        or (
            before == "of"
            and (
                lowers[first - 2] in _possessed_acts()
                or lowers[first - 2] in _armed_bodies()
                or lowers[first - 2] in _state_heads()
            )
            and _object_ends(words, lowers, last + 1)
        )
        # A seat of government that what is said comes from, or that a view runs across, is
        # its government: "answers from the Kremlin", "a consensus across Whitehall" (not "to"
        # or "in", as often a place: "on his way to the White House", "while in the White House").
        or (before in _SEAT_SOURCES and name in _seats() and _object_ends(words, lowers, last + 1))
        # The subject of an infinitive: "pressed for Armenia to open the border",
        # "Lima expected Chile to sign the accord" (actor_state_causers.tsv).
        or (
            (before == "for" or before in _state_causers())
            and _infinitive_at(words, lowers, last + 1)
        )
        # "a tougher stance towards Iran", "those who lean toward Moscow": a party to a stance.
        or (
            before in _TOWARDS
            and lowers[first - 2] in _state_stances()
            and _object_ends(words, lowers, last + 1)
        )
        # "its alliance with Iran", "relations between Russia and Ukraine", "ties to Chile".
        or (
            (
                (before in _RELATION_LINKS and lowers[first - 2] in _state_relations())
                # "the rivalry of Chile and Peru": the parties of a pair or a list.
                or (
                    before == "of"
                    and lowers[first - 2] in _state_relations()
                    and _listed_states(doc, table, lowers, first, last)
                )
                or (before == "to" and lowers[first - 2] in _LINKS_TO)
                # "US support for Chile", "their backing for Peru".
                or (before == "for" and lowers[first - 2] in _BACKING_FOR)
            )
            and not _modifies(lowers, last + 1)
        )
        # A passive's agent: "a charge echoed by the United States", "backed by Russia",
        # "talked down by Lima", "listed as terrorists by Peru"; not a modifier's state
        # ("backed by US air support").
        or (
            before == "by"
            and _passive_before(words, lowers, first - 2)
            and _object_ends(words, lowers, last + 1)
        )
    ):
        return True
    # The source a report is credited to, a mark after it: "according to Russia, the strike",
    # "according to the White House."; not a noun's modifier, which may be one of a pair
    # ("according to UK figures", "according to US and Russian reports").
    if (
        before == "to"
        and first > 1
        and lowers[first - 2] == "according"
        and (last + 1 == len(words) or not words[last + 1][:1].isalnum())
    ):
        return True
    if before not in _PREPOSITIONS and _described_as_partner(lowers, last + 1):
        return True
    # A verb's object that a state is as a party: "urged Russia to", "called on Iran"; not
    # a name's first word ("told USA Today", "opposed the Iraq War"), nor a headline's ("Old
    # Hands Help Russia Navigate"; a sentence's first word may be the verb: "Defying Russia").
    object_verb = (
        before in _state_objects() or " ".join(lowers[first - 2 : first]) in _state_objects()
    )
    if (
        object_verb
        and words[first - 1][1:].islower()
        and not (last + 1 < len(words) and words[last + 1][:1].isupper())
        and _object_ends(words, lowers, last + 1)
    ):
        return True
    # A lower-case word after the name: what a verb of giving gives, or a question's verb.
    lower_word_after = (
        last + 1 < len(words) and words[last + 1].isalpha() and words[last + 1].islower()
    )
    # The receiver of a verb of giving before what it is given: "the US gave Russia advance
    # warning", "offered Chile more time"; a name in capitals is as often a modifier ("gave
    # US aid").
    if (
        before in _double_objects()
        and words[first - 1][1:].islower()
        and not words[first].isupper()
        and lower_word_after
        and lowers[last + 1] not in _PREPOSITIONS
    ):
        return True
    # The receiver of a verb of giving after what it is given and "to": "sold crude to
    # Damascus and Turkey", "handed the detainees to Iraq" (not "flew to Syria", a place;
    # nor a name in capitals, as often a modifier: "sold its stake to US investors").
    if (
        before == "to"
        and not words[first].isupper()
        and _gives_before(words, lowers, first - 1)
        and not _modifies(lowers, last + 1)
    ):
        return True
    # A question's subject after its auxiliary: "will Russia hit back at the US?", "Can Chile
    # afford it?".
    if before in _QUESTION_AUXILIARIES and lower_word_after and _asks(lowers, last + 1):
        return True
    # "the US and its allies are", not "Hezbollah in Lebanon and its allies" (a place).
    if before not in _LOCATIVES and _with_its_partners(words, lowers, last + 1):
        return True
    # Members named after "including" or "such as": "donor states, including Japan and Chile,
    # pledged", "the international community - including Norway - must", "regional actors
    # such as Turkey".
    if before in _INCLUDING and _actor_set_before(words, lowers, first - 1):
        return True
    if (
        before == "as"
        and first > 2
        and lowers[first - 2] == "such"
        and _actor_set_before(words, lowers, first - 2)
    ):
        return True
    # A member singled out in apposition to a clause's subject, whose verb follows: "The
    # west, especially Russia, is trying", "the regime and its backers, notably Iran, are";
    # not in a place's phrase ("The fighting in several countries, notably Chile, is").
    if (
        before in _FOCUS_ADVERBS
        and first > 2
        and lowers[first - 2] == ","
        and last + 2 < len(lowers)
        and lowers[last + 1] == ","
        and not _set_in_place(words, lowers, first - 3)
    ):
        return _verb_at(words, lowers, last + 2)
    if before in _PREPOSITIONS or (first and _opening_gerund(words, lowers, first - 1)):
        return False
    if (
        not definite
        and before[:1].isalpha()
        and before not in _SUBJECT_OPENERS
        and before not in _clause_verbs()
        and words[first - 1].islower()
        and not _relative_after_noun(words, lowers, first)
    ):
        return False
    after = _past_aside(lowers, _past_leader(words, lowers, last + 1))
    starts = doc.token_columns.starts
    # A comma's list needs an "and" or "or" to close it: "near Sarmada, Syria, Cook said"
    # is a place and its state, no list.
    commas = joined = False
    for _ in range(_LIST_REACH):
        if not (after + 1 < len(lowers) and lowers[after] in _LIST_JOINERS):
            break
        # "Kyiv and NATO say", "Chile, Peru and Bolivia have": past the other actors'
        # mentions (only states' after a comma), to the verb of all.
        conjunction = lowers[after + 1] in _CONJUNCTIONS
        commas = commas or lowers[after] == ","
        joined = joined or conjunction or lowers[after] in _CONJUNCTIONS
        partner_at = after + 1 + conjunction
        # "Kyiv and the EU say": the partner's mention starts past its article.
        partner_at += partner_at < len(lowers) and lowers[partner_at] == "the"
        partner = table.mention_at(starts[partner_at]) if partner_at < len(starts) else None
        if partner is None or (
            lowers[after] == "," and table.actor(partner.actor_id).kind is not _COUNTRY
        ):
            # "Chile, Peru and their allies": a list of states closed by their partners, or by
            # a set they belong to ("The US, Britain and other countries accused").
            return _with_its_partners(words, lowers, after) or _other_set_acts(words, lowers, after)
        # "Chile and Peru, at the request of the UN, are sending": the aside after the list.
        after = _past_aside(lowers, bisect.bisect_left(starts, partner.span.end))
    else:
        return False  # a list past the reach: its verb is not looked for
    return (joined or not commas) and _verb_at(words, lowers, after)


_CONJUNCTIONS = frozenset({"and", "or"})
# Lower-case words between a passive participle and its "by": a particle or a role given
# ("talked down by", "listed as terrorists by").
_AGENT_GAP = 2


def _passive_before(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a participle in "-ed" or "-en" is word ``index`` or stands before it with at
    most ``_AGENT_GAP`` lower-case words between: the passive whose agent "by" follows."""
    for position in range(index, max(index - _AGENT_GAP - 1, -1), -1):
        if lowers[position].endswith(("ed", "en")):
            return True
        if not (words[position].isalpha() and words[position].islower()):
            return False
    return False


def _opening_gerund(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether word ``index`` is a gerund opening its sentence, which governs the state's
    name after it as its object, not its subject: "Rebuilding Chile will take years",
    "Isolating Peru is hard"."""
    word = words[index]
    return (
        len(word) > 4
        and word.endswith("ing")
        and word[0].isupper()
        and word[1:].islower()
        and (index == 0 or lowers[index - 1] in _CLAUSE_ENDS or words[index - 1] in _OPENING_QUOTES)
    )


_QUESTION_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "should", "shall", "may", "might", "must", "does", "did"}
)


_QUESTION_REACH = 40  # words from a question's subject to its question mark


def _asks(lowers: Sequence[str], index: int) -> bool:
    """Whether the sentence going on at word ``index`` ends with a question mark within
    reach."""
    for position in range(index, min(index + _QUESTION_REACH, len(lowers))):
        if lowers[position] in _CLAUSE_ENDS:
            return lowers[position] == "?"
    return False


# "Donor nations, including Japan and Canada, pledged": the states listed inside a set of
# actors that acts. After a finite "include" the list is a predicate's, often places.
_INCLUDING = frozenset({"including"})
_SET_WINDOW = 10  # words between a set's noun and "including": "nations that sent ships, including"
# Words between a determiner and a state's name after a noun, in a relative clause without
# "that": "the weapons Chile sold", "the rebel militias Peru is now arming".
_MAX_RELATIVE_HEAD = 3
_RELATIVE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "every"})


# "Chile and its allies", "Chile and other Andean partners"; a speaker's own side too: "the
# US and our allies", "attack Chile or your partners".
_PARTNER_OPENERS = frozenset({"its", "their", "other", "our", "your"})
_LOCATIVES = frozenset({"in", "at", "inside", "within", "near", "across", "throughout", "outside"})
_PARTNER_MODIFIERS = 2  # "its Andean partners", "its western Gulf allies"


def _with_its_partners(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether "and its" or "and other" and a partner noun (``actor_state_partners.tsv``)
    start at word ``index``, after a state's name: "the US and its allies are", "opposed by
    Chile and its Andean partners", "Peru and other allies should" name the state as a party
    wherever they stand (not "Chile and its coastal towns")."""
    return _noun_past_and(words, lowers, index, _PARTNER_OPENERS, _state_partners()) is not None


# "Chile and other countries": the word that opens a set the listed states belong to.
_SET_OPENERS = frozenset({"other"})


def _other_set_acts(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether "and other" and a noun of a set of actors (``actor_state_sets.tsv``) start at
    word ``index`` and a verb of the set's acts follows: "Chile and other countries accused
    Peru", "the US, Britain and other Western powers have" (not "Chile and other countries
    in the region", no verb after the noun)."""
    noun = _noun_past_and(words, lowers, index, _SET_OPENERS, _actor_sets())
    return noun is not None and _verb_at(words, lowers, noun + 1)


def _noun_past_and(
    words: Sequence[str],
    lowers: Sequence[str],
    index: int,
    openers: frozenset[str],
    nouns: frozenset[str],
) -> int | None:
    """The position of a noun of ``nouns`` after "and" or "or" at word ``index``, one of
    ``openers`` and at most ``_PARTNER_MODIFIERS`` words ("and its western Gulf allies", "or
    our allies"), or None."""
    if (
        index + 2 >= len(lowers)
        or lowers[index] not in _CONJUNCTIONS
        or lowers[index + 1] not in openers
    ):
        return None
    for position in range(index + 2, min(index + 3 + _PARTNER_MODIFIERS, len(lowers))):
        if lowers[position] in nouns:
            return position
        if not words[position].isalpha():
            return None
    return None


def _actor_set_before(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a noun of a set of actors (``actor_state_sets.tsv``: "nations", "partners")
    heads the phrase that the "including" at ``index`` lists, within its clause, and no
    place's preposition makes it a place ("fled to nearby countries including Jordan"; not
    "called on its partners, including Chile", parties)."""
    sets = _actor_sets()
    for position in range(index - 1, max(index - 1 - _SET_WINDOW, -1), -1):
        if lowers[position] in _CLAUSE_ENDS:
            return False
        if lowers[position] in sets:
            return not _set_in_place(words, lowers, position)
    return False


_SET_MODIFIERS = 6  # words before a set's noun: "from more than 40 other Andean nations"
# Prepositions before a set of actors that make its members places: "fled to nearby
# countries, Jordan and Iraq", "in two countries, Chile and Peru" (not "talks with the
# guarantors, Iran and Turkey", parties).
_SET_PLACES = _LOCATIVES | {"to", "from", "into", "among", "via", "through"}
# Prepositions that open a set's phrase; "than" is part of its number: "more than 40 nations".
_SET_PREPOSITIONS = _PREPOSITIONS - {"than"}


def _set_opener(words: Sequence[str], lowers: Sequence[str], noun: int) -> int:
    """The word before the lower-case modifiers and numbers of the set's noun at ``noun``, or
    a preposition or determiner among them: "from" in "from more than 40 nations"."""
    opener = noun - 1
    reach = max(opener - _SET_MODIFIERS, 0)
    while (
        opener >= reach
        and lowers[opener] not in _SET_PREPOSITIONS
        and lowers[opener] not in _RELATIVE_DETERMINERS
        and words[opener].isalnum()
        and not words[opener][:1].isupper()
    ):
        opener -= 1
    return opener


def _set_in_place(words: Sequence[str], lowers: Sequence[str], noun: int) -> bool:
    """Whether a place's preposition opens the phrase of the set's noun at ``noun``, before
    or past its determiner: "to nearby countries", "In two countries", "across the states"."""
    opener = _set_opener(words, lowers, noun)
    opener -= opener > 0 and lowers[opener] in _RELATIVE_DETERMINERS
    return opener >= 0 and lowers[opener] in _SET_PLACES


def _relative_after_noun(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a noun phrase that a determiner opens ends right before word ``index``, so that
    a state's name there opens a relative clause without "that" ("the weapons Chile sold",
    "a move Peru said"): not a verb's object ("the men fleeing Chile")."""
    noun = lowers[index - 1]
    if noun.endswith(("ing", "ed")) or noun in _PREPOSITIONS:
        return False
    for position in range(index - 2, max(index - 2 - _MAX_RELATIVE_HEAD, -1), -1):
        lower = lowers[position]
        if lower in _RELATIVE_DETERMINERS:
            return True
        if not words[position].replace("-", "").isalpha() or lower in _PREPOSITIONS:
            return False
    return False


@functools.cache
def _actor_sets() -> frozenset[str]:
    """``actor_state_sets.tsv``: nouns of a set of actors ("nations", "members", "donors")
    whose members a list after "including" names."""
    return load_words("actor_state_sets")


@functools.cache
def _clause_verbs() -> frozenset[str]:
    """``actor_clause_verbs.tsv``: verb forms of saying, thinking and showing that a clause
    without "that" follows ("suggesting Chile could", "fears Peru will")."""
    return load_words("actor_clause_verbs")


def _list_head(doc: Text, table: ActorTable, lowers: Sequence[str], first: int, last: int) -> int:
    """The first token of the list of states that the name at tokens ``first..last`` ends
    or stands in, or ``first``: the words before the list tell for all its names ("living in
    Jordan, Lebanon and Turkey has ...": places; "led by Turkey, Iran and Russia": the states
    act). A comma alone before the name is no list's ("over Syria, the US is counting on")."""
    starts = doc.token_columns.starts
    texts = doc.token_columns.texts
    head = first - 1 if first and lowers[first - 1] == "the" else first
    listed = last + 1 < len(lowers) and lowers[last + 1] in _LIST_JOINERS
    if head and lowers[head - 1] == "," and not listed:
        return first
    for _ in range(_LIST_REACH):
        head = first - 1 if first and lowers[first - 1] == "the" else first
        if head < 2 or lowers[head - 1] not in _LIST_JOINERS:
            return first
        # Another state's name, or a capital the extractor left unnamed: "in Washington,
        # Paris and Moscow"; anything else ("In February, Israel said") ends no list.
        previous = table.mention_at(starts[head - 2])
        name = previous.span.text if previous is not None else texts[head - 2]
        if not _state_name(name):
            return first
        first = bisect.bisect_left(starts, previous.span.start) if previous else head - 2
    return first


# The states a list of states is walked across, back to its head and on to its verb: a
# coalition's members run to a dozen or so ("Australia, Belgium, Canada, ... and the United
# States", nine in a re3d text); a longer run is read from where the reach ends.
_LIST_REACH = 16


def _listed_states(
    doc: Text, table: ActorTable, lowers: Sequence[str], first: int, last: int
) -> bool:
    """Whether tokens ``first..last`` (a list's head by :func:`_list_head` up to a state's
    name) hold a list of states, or a joiner and another state's name follow them ("Chile,
    Peru and Bolivia", "Chile and the US")."""
    if "and" in lowers[first : last + 1]:
        return True
    after = last + 2
    if after < len(lowers) and lowers[after] == "the":
        after += 1
    if after >= len(lowers) or lowers[last + 1] not in _LIST_JOINERS:
        return False
    following = table.mention_at(doc.token_columns.starts[after])
    return following is not None and _state_name(following.span.text)


_LIST_JOINERS = frozenset({"and", ",", "or"})
# Marks that open an apposition listing a set's members: "the powers – Russia and Iran –".
# Brackets too: "the Astana guarantors [Russia, Turkey and Iran]", "both powers (Chile and Peru)".
_APPOSITION_MARKS = frozenset({",", ":", "–", "—", "-", "(", "["})
_PAIR_OPENERS = frozenset({"both", "either", "neither"})
_RELATION_LINKS = frozenset({"with", "between"})
# Relations written with "to" as well: "the Peruvian leadership's ties to Chile", "links to Lima",
# "a threat to Peru", "his outreach to Iran" (not "talks to Syria" or "war to Yemen", where "to"
# is as often a place's).
_LINKS_TO = frozenset({"ties", "links", "threat", "threats", "outreach", "overtures"})
# Backing written with "for": "US support for Chile", "their backing for Peru" (not "aid for
# Syria", as often for the people there).
_BACKING_FOR = frozenset({"support", "backing"})
_TOWARDS = frozenset({"towards", "toward"})
# Lower-case words that open an aside between commas after a state's name, before its verb
# ("Norway, unlike its neighbours, has refused"); an article opens an apposition instead
# ("Nepal, a small country, has few roads"), read past only when it names the state's
# membership or partnership ("Norway, a NATO member, said").
_ASIDE_OPENERS = _PREPOSITIONS | {"contrary", "unlike", "along", "together", "as", "despite"}
_MAX_ASIDE = 8  # words of an aside: "along with two other states"
# A relative clause between commas: "Moscow, which has long backed the rebels and often
# insists on a seat at the table, allowed ...", "France, whose nationals make up the largest
# contingent, has refused".
_RELATIVE_OPENERS = frozenset({"which", "who", "whose"})
# Marks an aside opens and closes with: commas, or dashes around a relative clause.
_ASIDE_MARKS = frozenset({",", "–", "—"})
# Adverbs that single out a member of the noun phrase before their comma ("the west,
# especially Russia,").
_FOCUS_ADVERBS = frozenset({"especially", "notably", "particularly", "chiefly", "principally"})
# Sentence adverbs news sets between commas after a clause's subject.
_ASIDE_ADVERBS = frozenset(
    {"too", "however", "meanwhile", "though", "instead", "likewise", "moreover", "nevertheless"}
)
_MAX_RELATIVE_ASIDE = 24
# "one of the founding members", "one of the signatories": the plural after "one of".
_MEMBERSHIP_NOUNS = frozenset({"member", "signatory", "members", "signatories"})
_REPORTER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# "said" and its forms open reported clauses, so actor_clause_verbs.tsv leaves them out.
_REPORTING_VERBS = frozenset({"said", "says", "say"})


# "Chile is a Nato member", "Peru, another US ally,": a state said to be a member or a
# partner is a party; the copula or the comma, an article, then the noun within reach.
_DESCRIBING_VERBS = frozenset({"is", "was", "remains", "remained", "becomes", "became"})
_DESCRIPTION_OPENERS = frozenset({"a", "an", "another", "the", "one"})
_MAX_DESCRIPTION = 4  # words from the article to the noun: "a founding Nato member"
# Words that end a description's noun phrase before its noun: a relative word or a
# preposition ("one of the places where allies met", "a haven for allies").
_DESCRIPTION_ENDS = _PREPOSITIONS | _RELATIVE_OPENERS | {"where", "that", "when"}


def _described_as_partner(lowers: Sequence[str], index: int) -> bool:
    """Whether the words at ``index`` say the state before them is a member or a partner:
    "is a Nato member", ", another US ally", "remains a key partner", "is one of our most
    important partners"."""
    if index + 1 >= len(lowers) or lowers[index + 1] not in _DESCRIPTION_OPENERS:
        return False
    if lowers[index] != "," and lowers[index] not in _DESCRIBING_VERBS:
        return False
    start = index + 2
    if lowers[index + 1] == "one" and start < len(lowers) and lowers[start] == "of":
        start += 1  # "is one of our most important partners": the set's noun phrase after
    for position in range(start, min(start + _MAX_DESCRIPTION, len(lowers))):
        word = lowers[position]
        if word in _MEMBERSHIP_NOUNS or word in _state_partners():
            return True
        # "is one of the places where allies met": the noun is another clause's.
        if word in _APPOSITION_MARKS or word in _CLAUSE_ENDS or word in _DESCRIPTION_ENDS:
            return False
    return False


def _past_leader(words: Sequence[str], lowers: Sequence[str], index: int) -> int:
    """Where the words go on after "under" and its leader's title and name at ``index``
    ("the United States under President Trump has reasserted": at "has"), or ``index``."""
    if index >= len(lowers) or lowers[index] != "under":
        return index
    end = index + 1
    while end < min(index + 1 + _MAX_NAME, len(words)) and words[end][:1].isupper():
        end += 1
    return end if end > index + 1 else index


def _past_aside(lowers: Sequence[str], index: int) -> int:
    """Where the words after an aside opening at ``index`` go on ("Chile, along with two
    other states, is seeking": the word after the second comma), or ``index``."""
    if index + 2 >= len(lowers) or lowers[index] not in _ASIDE_MARKS:
        return index
    mark, opener = lowers[index], lowers[index + 1]
    # A sentence adverb between commas: "Russia, too, has shown", "Chile, however, refused".
    if opener in _ASIDE_ADVERBS and lowers[index + 2] == mark:
        return index + 3
    # Between dashes only a relative clause: "Turkey – which backs the rebels – must".
    if mark != "," and opener not in _RELATIVE_OPENERS:
        return index
    # A reporter's aside: "Russia, he said, merely respected Turkey's position".
    if (
        index + 3 < len(lowers)
        and opener in _REPORTER_PRONOUNS
        and (lowers[index + 2] in _REPORTING_VERBS or lowers[index + 2] in _clause_verbs())
        and lowers[index + 3] == ","
    ):
        return index + 4
    apposition = opener in _INDEFINITE
    if apposition or opener in _ASIDE_OPENERS:
        reach = _MAX_ASIDE
    elif opener in _RELATIVE_OPENERS:
        reach = _MAX_RELATIVE_ASIDE
    else:
        return index
    for end in range(index + 2, min(index + 2 + reach, len(lowers))):
        if lowers[end] == mark:
            head = lowers[end - 1]
            if apposition and head not in _state_partners() and head not in _MEMBERSHIP_NOUNS:
                return index
            return end + 1
        if lowers[end] in _CLAUSE_ENDS:
            break
    return index


_CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})
# Words after "to" that open a noun phrase ("for Syria to the sea") or a passive ("for Syria
# to be rebuilt"), not a verb of the state's.
_INFINITIVE_NOT = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "be"}
)


def _infinitive_at(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether "to" and a verb open the words at ``index`` ("to open", not "to the sea")."""
    return (
        index + 1 < len(lowers)
        and lowers[index] == "to"
        and words[index + 1].isalpha()
        and words[index + 1].islower()
        and lowers[index + 1] not in _INFINITIVE_NOT
    )


# Relative pronouns that stand for the state as their clause's subject ("whose" owns).
_RELATIVE_SUBJECTS = _RELATIVE_OPENERS - {"whose"}
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


def _in_place(lowers: Sequence[str], first: int) -> bool:
    """Whether the name at ``first`` follows a place's preposition, past its "the"."""
    opener = first - (first > 0 and lowers[first - 1] == "the")
    return opener > 0 and lowers[opener - 1] in _LOCATIVES


def _relative_verb_acts(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether the verb of a relative clause at ``index`` is one of its state's acts, as
    after its name (:func:`_verb_at`); a perfect of "be" describes a place ("Syria, which
    has been mired in war") unless a present participle follows ("which has been arming")."""
    if (
        index + 1 < len(lowers)
        and lowers[index] in _PERFECT_AUXILIARIES
        and lowers[index + 1] == "been"
    ):
        return index + 2 < len(lowers) and lowers[index + 2].endswith("ing")
    return _verb_at(words, lowers, index)


def _owned_by_state(doc: Text, table: ActorTable, lowers: Sequence[str], index: int) -> bool:
    """Whether what a state's possessive or "whose" owns at ``index`` makes the state act:
    a title, its government or institutions ("Turkey's military", "Turkey's armed forces"),
    a noun of its acts ("Egypt's diplomatic efforts") or its leader's name."""
    words = doc.token_columns.texts
    return index < len(lowers) and (
        lowers[index] in _state_possessions()
        # "Turkey's armed forces": its services, as "Turkey's military" are.
        or (
            lowers[index] == "armed"
            and index + 1 < len(lowers)
            and lowers[index + 1] in _armed_bodies()
        )
        or _rank_before_name(words, lowers, index)
        or _possessed_act(words, lowers, index)
        or _person_at(doc, table, index)
    )


def _person_at(doc: Text, table: ActorTable, index: int) -> bool:
    """Whether a person's name starts at token ``index``: after a state's possessive, the
    state is the one its leader or envoy serves, as in "Turkey's president" ("strongmen such
    as Turkey's Recep Tayyip Erdoğan")."""
    mention = table.mention_at(doc.token_columns.starts[index])
    return mention is not None and table.actor(mention.actor_id).kind is _PERSON


_MAX_ACT_MODIFIERS = 2  # "Turkey's two-year-long detention", "Egypt's recent diplomatic efforts"


def _possessed_act(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a noun of what a state does, its government, its rulers or political class
    (``actor_state_people.tsv``) or a title of its office follows its possessive at
    ``index``, past at most two lower-case modifiers ("Egypt's diplomatic efforts", "Egypt's
    democratically elected government", "Egypt's headstrong president", "Egypt's dominant
    politician"; not "Egypt's ancient temples", nor "Egypt's opposition leader", no office
    of the state)."""
    for position in range(index, min(index + _MAX_ACT_MODIFIERS + 1, len(lowers))):
        if (
            lowers[position] in _possessed_acts()
            or lowers[position] in _GOVERNMENT
            or lowers[position] in _state_people("possessive")
            or (position > index and _title_of_kind_at(lowers, position, _OFFICE_KIND))
        ):
            return True
        if not words[position].islower() or lowers[position] in _NOT_THE_STATES:
            return False
    return False


# Modifiers before a title that make its holder no office holder of the state's own.
_NOT_THE_STATES = frozenset({"opposition", "rebel", "separatist", "militant", "insurgent"})


@functools.cache
def _possessed_acts() -> frozenset[str]:
    """``actor_state_acts.tsv``'s nouns that a state's possessive may own ("Russia's
    support"), all but those only read before "from" ("Ukraine's protests" are its people's)."""
    return _state_act_nouns(left_out_use="from")


def _state_act_nouns(left_out_use: str) -> frozenset[str]:
    """``actor_state_acts.tsv``'s nouns, leaving out those marked as read only in the use
    ``left_out_use`` ("from" or "owned": see the file's header)."""
    return frozenset(
        row[0].lower() for row in load_table("actor_state_acts") if row[1:2] != (left_out_use,)
    )


_MAX_GIVEN_WORDS = 3  # "sold crude to", "handed the detainees over to"


def _gives_before(words: Sequence[str], lowers: Sequence[str], to_index: int) -> bool:
    """Whether a verb of giving (``actor_double_objects.tsv``) stands before "to" at
    ``to_index``, past one to three lower-case words of what it gives ("sold crude to")."""
    start = max(to_index - 1 - _MAX_GIVEN_WORDS, 0)
    for position in range(to_index - 1, start - 1, -1):
        if lowers[position] in _double_objects():
            return position < to_index - 1
        if not words[position].isalpha() or not words[position].islower():
            return False
    return False


@functools.cache
def _double_objects() -> frozenset[str]:
    """``actor_double_objects.tsv``: verbs of giving whose first object, the receiver, may
    be a state ("gave Russia advance warning")."""
    return load_words("actor_double_objects")


@functools.cache
def _state_objects() -> frozenset[str]:
    """``actor_state_objects.tsv``: verbs ("urged", "called on") whose object is a state as a
    party."""
    return load_words("actor_state_objects")


@functools.cache
def _dispositions() -> frozenset[str]:
    """``actor_state_dispositions.tsv``: words of will or readiness after "be" or "remain"
    ("is determined", "remains committed") that make a state's name its subject acting."""
    return load_words("actor_state_dispositions")


@functools.cache
def _meeting_words() -> frozenset[str]:
    """``actor_meeting_words.tsv``: words of meeting whose object's "in" and a capital name
    the venue ("met coalition counterparts in Paris", "a meeting with his counterparts in
    Brussels")."""
    return load_words("actor_meeting_words")


# How far before a partner noun a meeting word may stand: "met with his Turkish counterparts".
_MEETING_REACH = 4


def _met_partners(lowers: Sequence[str], noun: int) -> bool:
    """Whether the partner noun at ``noun`` ("counterparts") is what a meeting word a few
    words before it meets, so that "in" and a capital after it name the meeting's venue, no
    state ("met coalition counterparts in Paris"; but "his counterparts in Ankara said")."""
    if lowers[noun] not in _state_partners():
        return False
    for index in range(noun - 1, max(noun - _MEETING_REACH, 0) - 1, -1):
        if lowers[index] in _meeting_words():
            return True
        if not lowers[index][:1].isalpha():
            return False  # a comma or a full stop: another phrase
    return False


@functools.cache
def _seat_holders() -> frozenset[str]:
    """Nouns before "in" and a capital that make it the state's: its government
    ("the authorities in Kiev"), its partners (``actor_state_partners.tsv``: "its partners
    in Riyadh") and its political class (``actor_state_people.tsv``: "politicians in Paris")."""
    return _GOVERNMENT | _state_partners() | _state_people("in")


@functools.cache
def _state_people(use: str) -> frozenset[str]:
    """``actor_state_people.tsv``: nouns for a state's political class and rulers, those read
    before "in" and a capital (``use`` "in": "politicians in Paris") or after its possessive
    (``use`` "possessive": "Syria's dictator")."""
    return frozenset(
        row[0].lower()
        for row in load_table("actor_state_people")
        if use == "possessive" or len(row) == 1
    )


@functools.cache
def _state_stances() -> frozenset[str]:
    """``actor_state_stances.tsv``: nouns and verbs of a stance before "towards" and a state
    ("hostility towards Iran", "tilted towards the US")."""
    return load_words("actor_state_stances")


@functools.cache
def _state_heads() -> frozenset[str]:
    """``actor_state_heads.tsv``: nouns for those who lead or speak for a state before "of"
    and its name ("the leaders of Iran and Turkey", "the president of Chile")."""
    return load_words("actor_state_heads")


@functools.cache
def _state_partners() -> frozenset[str]:
    """``actor_state_partners.tsv``: a state's partners and backers ("ally", "backers")."""
    return load_words("actor_state_partners")


@functools.cache
def _state_causers() -> frozenset[str]:
    """``actor_state_causers.tsv``: verbs ("prompted", "wants", "expected") whose object is the
    subject of the infinitive after it."""
    return load_words("actor_state_causers")


@functools.cache
def _state_relations() -> frozenset[str]:
    """``actor_state_relations.tsv``: what passes between states ("alliance", "talks"),
    before "with" or "between" and a state's name."""
    return load_words("actor_state_relations")


def _modifies(lowers: Sequence[str], index: int) -> bool:
    """Whether the state's name qualifies the noun at ``index``, one of its bodies or
    people ("against UK government advice", "support from Washington, the UK mission",
    "between the UK and the US governments")."""
    return index < len(lowers) and (
        lowers[index] in _state_possessions() or lowers[index] in _STATE_PEOPLE
    )


# Plural bodies and people of a state, after its name ("the US governments", "UK officials").
_STATE_PEOPLE = frozenset(
    {"governments", "officials", "mission", "citizens", "nationals", "diplomats", "delegation"}
)


# Words that follow an object and open an adverbial: "a strike against Syria without a
# mandate", "threats against Syria every couple of years", "stopping Iran ahead of all else",
# "drag Ankara away from Tehran".
# "not" and "never" open a negated infinitive or clause, no noun: "warned Chile not to".
_AFTER_OBJECT = frozenset(
    {"without", "during", "amid", "despite", "every", "each", "ahead", "away", "not", "never"}
)


def _object_ends(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether the noun phrase ends before word ``index``: the state is the object itself
    ("backed by Russia, ...", "led by the US and allies", "rebels backed by Iran seized"),
    not a modifier ("US air support")."""
    if index >= len(words) or not words[index].islower():
        return True
    word = words[index]
    return (
        word in _LIST_JOINERS
        or word in _SUBJECT_OPENERS
        or word in _PREPOSITIONS
        or word in _AFTER_OBJECT
        # An article opens the next noun phrase: "give the UK a chance", "gave Turkey an opening".
        or word in _INDEFINITE
        # A subject pronoun opens a clause: "told Washington it was", "assured Ankara they".
        or word in _SUBJECT_PRONOUNS
        or word in _state_verbs()
        or _verb_at(words, lowers, index)
    )


_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


# A quotation opening on the verb: the reporter's words name the subject, the quote goes on.
_OPENING_QUOTES = frozenset({"“", '"', "‘"})


def _verb_at(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a finite verb of a state's acts opens the words at ``index``, past one adverb
    or an opening quotation mark ('China and Russia "want to shape a world"')."""
    if index < len(words) and words[index] in _OPENING_QUOTES:
        index += 1
    adverb = index < len(lowers) and (lowers[index] in _ADVERBS or lowers[index].endswith("ly"))
    if adverb and words[index].islower():
        index += 1
    if index >= len(lowers):
        return False
    word = lowers[index]
    kind = _state_verbs().get(word)
    if kind is None:
        # Any past tense in lower case: "Australia raised its threat level", "Russia
        # annexed Crimea"; not a headline's capitals ("Qatar Isolated in the Gulf"). A
        # present tense before its object or an infinitive: "the UK sees its role",
        # "Russia appears to have won"; not a noun ("Syria talks to resume").
        if not (words[index].isalpha() and words[index].islower()):
            return False
        if word.endswith("ed"):
            return word not in _ED_NOT_PAST
        following = lowers[index + 1] if index + 1 < len(lowers) else ""
        return (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith("ss")
            and (following in _OBJECT_OPENERS or _opens_quantity(following))
            and word not in _S_NOT_PRESENT
            and word not in _state_possessions()
        )
    if kind != "participle":
        return True
    position = index + 1
    following = lowers[position] if position < len(lowers) else ""
    if following in _ADVERBS or (following.endswith("ly") and following not in _dispositions()):
        position += 1
        following = lowers[position] if position < len(lowers) else ""
    return (
        (following.endswith("ing") and following != "being")
        or following in _dispositions()
        # "Lima and Santiago remain at odds", "Peru is yet to offer": a stance in two words.
        or " ".join(lowers[position : position + 2]) in _dispositions()
        # A passive of what is asked of or done to a state as a party: "Chile was accused of",
        # "Peru is urged to" (actor_state_objects.tsv), as "accused Chile of" makes it one.
        or (following.endswith("ed") and following in _state_objects())
    )


# Words in "-ed" after a state's name that are no past tense of its acts: adjectives of a
# compound ("Russia based", "Iraq related", "Turkey armed forces"), nouns and their plurals.
_ED_NOT_PAST = frozenset(
    {"armed", "based", "related", "owned", "hundred", "need", "seed", "speed", "shed", "bed"}
)


# Words that open a verb's object or an infinitive after it ("sees its role", "appears to").
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "to", "that", "it", "itself", "this", "no"}
    | {"them", "him"}
)
# Words that open an object counted or estimated: "Jordan houses more than 600,000 refugees",
# "Lebanon hosts about a million Syrians", "Turkey sends hundreds of troops".
_QUANTITY_OPENERS = frozenset(
    {
        *("more", "some", "about", "nearly", "almost", "around", "roughly", "over", "up"),
        *("hundreds", "thousands", "millions", "tens", "dozens", "several"),
        # "as Iraq addresses multiple crises", "Lebanon hosts many refugees"
        *("many", "multiple", "numerous", "various", "countless"),
    }
)


def _opens_quantity(word: str) -> bool:
    """Whether ``word`` opens a counted object: a number in figures or a word above."""
    return word[:1].isdigit() or word in _QUANTITY_OPENERS


# Plural nouns that follow a state's name as often as a verb would ("Syria talks to resume",
# "Iraq elections that ..."); its services and titles are left out as well.
_S_NOT_PRESENT = frozenset(
    {
        *("talks", "sanctions", "strikes", "airstrikes", "attacks", "arms", "relations"),
        *("ties", "officials", "affairs", "elections", "news", "interests", "operations"),
        *("exports", "imports", "games", "visits", "deals", "efforts", "ministers"),
        # Adverbs and prepositions in "-s": "Russia perhaps the most", "Syria towards the".
        *("perhaps", "always", "sometimes", "towards", "besides", "overseas", "whereas"),
    }
)


@functools.cache
def _state_verbs() -> dict[str, str]:
    """``actor_state_verbs.tsv``: verb form -> "participle" (a form of "be") or "-"."""
    return {row[0].lower(): row[1] for row in load_table("actor_state_verbs")}


@functools.cache
def _state_names() -> frozenset[str]:
    """The names, capitals and seats of the states, lower-cased, without "the"."""
    names = {n.lower().removeprefix("the ") for row, _ in _state_rows() for n in row[1].split("|")}
    return frozenset(names) | _capitals()


def _state_name(name: str) -> bool:
    """Whether ``name`` ("the United States", "Kiev", "the Kremlin") names a state, its capital
    or its seat of government (:func:`_state_names`)."""
    return normalize(name).lower().removeprefix("the ") in _state_names()


@functools.cache
def _capitals() -> frozenset[str]:
    """The capitals and seats of government of the states, lower-cased, without "the"."""
    capitals = {seat.removeprefix("the ") for seat in _seats()}
    for row, _ in _state_rows():
        if len(row) > 3:
            capitals.update(n.lower().removeprefix("the ") for n in row[3].split("|") if n)
    return frozenset(capitals)


@functools.cache
def _state_possessions() -> frozenset[str]:
    """Words after a state's possessive that make it the state acting: the first words of
    titles ("Turkey's president"), its government, ministries, armed services and
    institutions ("Ukraine's parliament")."""
    return frozenset(
        {
            *_office_titles(_OFFICE_KIND),
            *_GOVERNMENT,
            *load_words("ministries"),
            *load_words("actor_armed_bodies"),
            *(row[0].lower() for row in load_table("actor_institutions") if row[1] == "head"),
        }
    )


# titles.tsv's kinds of title. Titles of office make the state act by their first word after
# its possessive ("Turkey's defence minister") and past modifiers; ranks only as below.
_OFFICE_KIND = "office"
# A rank's words are as often adjectives ("Bolivia's major cities", "the US general
# election"): a rank names the state's officer only before a name ("Bolivia's Major General
# Ruiz") or a comma closing it ("Peru's admiral, Diaz,"), and never past a modifier ("Turkey's
# second major campaign").
_RANK_KIND = "rank"


@functools.cache
def _office_titles(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``titles.tsv``'s titles of the ``kind`` (office or rank), as lower-case words
    ("defence", "secretary"), by their first word."""
    titles: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table("titles"):
        if row[1] == kind:
            written = tuple(row[0].lower().split())
            titles.setdefault(written[0], []).append(written)
    return {first: tuple(written) for first, written in titles.items()}


def _title_of_kind_at(lowers: Sequence[str], index: int, kind: str) -> bool:
    """Whether a whole title of the ``kind`` (office or rank) opens the words at ``index``
    ("defence secretary", not "defence spending"; "major general")."""
    return any(
        tuple(lowers[index : index + len(title)]) == title
        for title in _office_titles(kind).get(lowers[index], ())
    )


def _rank_before_name(words: Sequence[str], lowers: Sequence[str], index: int) -> bool:
    """Whether a whole rank opens the words at ``index`` and a name or a comma follows it
    ("Major General Ruiz", "Gen. Ruiz", "admiral, Diaz,"; not "major cities", "general
    election")."""
    for title in _office_titles(_RANK_KIND).get(lowers[index], ()):
        end = index + len(title)
        if tuple(lowers[index:end]) != title:
            continue
        # An abbreviation's period, in a title written in capitals: "Gen. Ruiz".
        end += end < len(words) and words[end] == "." and words[index][:1].isupper()
        if end < len(words) and (words[end][:1].isupper() or words[end] == ","):
            return True
    return False


def _scan(builder: _Builder, starters: list[int]) -> None:
    """Read the actors, word by word, from each of the ``starters`` (sorted) not yet consumed.

    A word that is no starter (lower case, outside every chunk, no source, group or
    determiner word, no hyphen) starts nothing and is stepped over.
    """
    lexicon = _lexicon()
    source_words = lexicon.source_roles
    group_words = lexicon.ethnic
    describable = lexicon.describable
    bare_groups = lexicon.bare_groups
    populations = lexicon.people_nouns
    services = _services()
    words = builder.words
    lowers = words.lower
    texts = words.text
    chunk_at = builder.chunk_at
    name_like = builder.name_like
    count = words.count
    last = count - 1
    position = 0
    for index in starters:
        if index < position:
            continue
        chunk = chunk_at[index]
        lower = lowers[index]
        # Cheap gates first: most words can start neither a source nor a group, and most
        # determiners ("a", "the") no source and no description.
        affiliating = chunk is not None and chunk.kind in _AFFILIATING
        roles = source_words.get(lower)
        # An affiliation starts a source ("U.S. officials") only before a source word: a
        # qualifier or the head.
        if (
            affiliating
            and chunk is not None
            and chunk.last < count
            and lowers[chunk.last] in source_words
        ) or (
            roles is not None
            and (
                "determiner" not in roles
                or (
                    index < last
                    and (chunk_at[index + 1] is not None or lowers[index + 1] in source_words)
                )
            )
        ):
            position = _source_phrase(builder, index)
            if position:
                continue
        if chunk is not None and chunk.kind == "demonym":
            position = (
                _state_media(builder, chunk)
                or _state_institution(builder, chunk)
                or _state_agent(builder, chunk)
            )
            if position:
                continue
        if chunk is not None and chunk.kind == "country":
            position = _state_body(builder, chunk)
            if position:
                continue
        if (
            ("-" in lower or lower in group_words)
            if chunk is None
            else chunk.kind in _GROUP_OPENERS and _opens_group_phrase(builder, chunk)
        ):
            position = _group_phrase(builder, index)
            if position:
                continue
        if chunk is not None:
            position = _chunk(builder, chunk)
            continue
        if (
            lower == "the"
            and index < last
            and (chunk_at[index + 1] is not None or lowers[index + 1] in describable)
        ):
            position = _description(builder, index)
            if position:
                continue
        if (
            lower in bare_groups
            or lower in populations
            or (
                lower == "the"
                and index < last
                and (lowers[index + 1] in bare_groups or lowers[index + 1] in populations)
            )
        ):
            position = _bare_group(builder, index)
            if position:
                continue
        if lower == "the" and index < last and lowers[index + 1] == "regime":
            position = _regime(builder, index)
            if position:
                continue
        text = texts[index]
        if not text[0].isupper() and "-" not in text:
            position = index + 1  # a lower-case determiner or source word that starts nothing
        elif "-" in lower and (
            _org_compound(builder, index)
            or _state_pair(builder, index)
            or (lower.partition("-")[0] in _ORG_PREFIXES and _prefixed_org(builder, index))
        ):
            position = index + 1
        elif text in builder.aliases:
            builder.mention(index, index + 1, builder.aliases[text])
            position = index + 1
        elif index and texts[index - 1] == "(" and _mixed_case_alias(builder, index):
            position = index + 1
        elif lower in services and (
            service_end := _service_before_title(builder, index, services[lower])
        ):
            position = service_end
        elif name_like[index]:
            position = _name(builder, index)
        else:
            if text.isupper() and text.isalpha() and 1 < len(text) <= _MAX_ACRONYM:
                _acronym(builder, index)
            position = index + 1


@functools.cache
def _services() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """``actor_services.tsv``: a state's armed service by its first word, lower-cased: the
    words of each name that word opens (the longest first) and the name to give it."""
    services: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in load_table("actor_services"):
        written = tuple(row[0].lower().split())
        services.setdefault(written[0], []).append((written, row[1]))
    return {
        first: tuple(sorted(names, key=lambda name: -len(name[0])))
        for first, names in services.items()
    }


def _service_before_title(
    builder: _Builder, index: int, services: tuple[tuple[tuple[str, ...], str], ...]
) -> int:
    """Where an armed service named at word ``index`` before a rank or an office ends ("Air
    force Lt Gen Jeffrey Harrigan", "a retired Marine general"), its mention added; or 0.
    ``services`` are the services' names that word opens (:func:`_services`). Its own name
    says too little without the title ("Marine Le Pen", "Navy blue")."""
    words = builder.words
    for written, name in services:
        end = index + len(written)
        if end >= words.count or tuple(words.lower[index:end]) != written:
            continue
        following = builder.chunk_at[end]
        if following is not None and following.kind == "title":
            builder.mention(index, end, builder.org(name))
            return end
    return 0


_MAX_ACRONYM = 6
_ARTICLES = frozenset({"the", "a", "an"})
# Words after which an acronym unknown to the lexicons acts, as an organisation does ("the FSA
# said", "ODE has completed"); a weapon or vehicle ("fired a BM-21", "destroyed a VBIED") is
# an object and comes after an article or a number.
_ACRONYM_VERBS = frozenset(
    {
        *("said", "says", "say", "has", "have", "had", "is", "was", "are", "were", "will"),
        *("would", "must", "can", "could", "should", "also", "did", "does", "claimed"),
        *("announced", "denied", "added", "warned", "called", "accused", "urged", "stated"),
        *("reported", "confirmed", "launched", "took", "controls", "controlled", "insisted"),
    }
)


def _acronym(builder: _Builder, index: int) -> None:
    """Note the acronym at ``index``, which no lexicon knows, as an organisation where it acts
    ("the FSA said", "ODE has completed", "FSA fighters", "DFAT's branch"), and keep it to
    link its other occurrences to once the text is read."""
    words = builder.words
    text = words.text[index]
    builder.acronyms.append(index)
    if text in builder.aliases or words.headline[index]:
        return
    lexicon = _lexicon()
    lower = words.lower[index]
    if lower in lexicon.nonnames or lower in _equipment_words():
        return
    before = words.text[index - 1] if index else ""
    after = words.text[index + 1] if index + 1 < words.count else ""
    if is_ordinal(before) and after.lower() in _ACRONYM_VERBS:
        # "the 507th ARW will deploy": a numbered unit, named with its number.
        name = builder.text(index - 1, index + 1)
        builder.mention(
            index - 1, index + 1, builder.draft(f"O:{name}", name, ActorKind.ORGANIZATION).key
        )
        return
    if (
        (before.isupper() and len(before) > 1)
        or (after.isupper() and len(after) > 1)
        or before.lower() in {"a", "an"}
        or before[:1].isdigit()
    ):
        return  # "MR KIRBY:", a line in capitals; "a VBIED", "two IEDs"
    after_lower = after.lower()
    if not (
        words.possessive[index]
        or after_lower in _ACRONYM_VERBS
        or (after_lower in lexicon.group_heads and not words.possessive[index + 1])
        or _acronym_object(words, index, after_lower)
    ):
        return
    key = builder.draft(f"O:{text}", text, ActorKind.ORGANIZATION).key
    builder.aliases[text] = key


# Prepositions before "the" and an acronym that make it a body ("support to the SAC", "talks
# with the HNC"), and the words that may follow it there: no noun it would modify ("the AIDS
# epidemic") and no name ("the USS Cole").
_ACRONYM_PREPOSITIONS = frozenset({"to", "by", "with", "against", "of", "from", "for", "join"})
_AFTER_ACRONYM_OBJECT = frozenset(
    {",", ".", ";", ":", ")", "and", "or", "in", "on", "to", "for", "that", "which", "who"}
)


def _acronym_object(words: _Words, index: int, after_lower: str) -> bool:
    """Whether the acronym at ``index`` is the object of a preposition, after "the", that
    takes a body as its object ("material support to the SAC."): an organisation."""
    return (
        index > 1
        and words.lower[index - 1] == "the"
        and words.lower[index - 2] in _ACRONYM_PREPOSITIONS
        and (after_lower in _AFTER_ACRONYM_OBJECT or index + 1 == words.count)
    )


@functools.cache
def _equipment_words() -> frozenset[str]:
    """Weapon and vehicle names of one word ("vbied", "rpg"): objects, not organisations."""
    return frozenset(row[0] for row in load_table("equipment") if " " not in row[0])


def _is_equipment(lower: str) -> bool:
    """Whether a lower-case word names a weapon or vehicle, one or more ("drone", "jets")."""
    return lower in _equipment_words() or lower.removesuffix("s") in _equipment_words()


def _link_acronyms(builder: _Builder) -> None:
    """Mention each acronym the article spelt out or saw act anywhere ("SDF" before
    "Syrian Democratic Forces (SDF)", "FSA" before "the FSA said"), or whose letters are the
    initials of a body it names with no brackets ("the Syrian National Coalition ... an SNC
    spokesman")."""
    words = builder.words
    aliases = builder.aliases
    drafts = builder.drafts
    initials: dict[str, str | None] | None = None
    for index in builder.acronyms:
        text = words.text[index]
        key = aliases.get(text)
        if len(text) >= _INITIALS_MIN and (key is None or drafts[key].name == text):
            # Unknown, or only a body of its own made where it acted ("The SNC said").
            if initials is None:
                initials = _initials(drafts.values())
            body = initials.get(text)
            if body is not None:
                key = aliases[text] = body
        if key is not None:
            builder.mention(index, index + 1, key)


# Two letters are too often something else ("HR", "PM"); an initialism of three or more is
# spelt out by the body's name.
_INITIALS_MIN = 3
_INITIAL_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MEDIA})


def _initials(drafts: Iterable[_Draft]) -> dict[str, str | None]:
    """The initials of each body's name of three or more words ("SNC", and "WGFS" besides
    "WGS" for "Working Group for Syria"), each with the body's key, or None where two bodies
    share them."""
    found: dict[str, str | None] = {}
    for draft in drafts:
        if draft.kind not in _INITIAL_KINDS:
            continue
        names = draft.name.split()
        if len(names) < _INITIALS_MIN:
            continue
        capitals = "".join(word[0] for word in names if word[:1].isupper())
        every = "".join(word[0] for word in names if word.lower() != "the").upper()
        for letters in {capitals, every}:
            if len(letters) >= _INITIALS_MIN and found.get(letters, draft.key) == draft.key:
                found[letters] = draft.key
            elif len(letters) >= _INITIALS_MIN:
                found[letters] = None
    return found


def _chunk(builder: _Builder, chunk: _Chunk) -> int:
    # The commonest kinds, which none of the tests below them concerns, first.
    if chunk.kind in {"title", "honorific", "modifier"}:
        return _titled(builder, chunk.first)
    if chunk.kind == "person":
        return _known_person(builder, chunk)
    words = builder.words
    if chunk.kind in {"country", "capital"}:
        government = _named_government(builder, chunk)
        if government:
            return government
    if chunk.kind in {"demonym", "country"}:
        ministry = _ministry(builder, chunk) or _state_institution(builder, chunk)
        if ministry:
            return ministry
    if (
        chunk.kind == "country"
        and chunk.first >= 2
        and words.lower[chunk.first - 1] == "of"
        and words.lower[chunk.first - 2] in _PEOPLE_NOUNS
        and not words.possessive[chunk.last - 1]
    ):
        return _people(builder, chunk.first - 2, chunk.last, chunk.key[2:])  # "people of Syria"
    if (
        chunk.kind == "country"
        and chunk.first >= 2
        and words.lower[chunk.first - 1] == "of"
        and words.lower[chunk.first - 2] == "government"
        and not words.possessive[chunk.last - 1]
    ):
        # "the government of Iraq" names the state as "the Iraqi government" would.
        start = chunk.first - 2
        if start and words.lower[start - 1] == "the":
            start -= 1
        builder.governments.add(chunk.key[2:])
        builder.mention(start, chunk.last, builder.country(chunk.key[2:]))
        return chunk.last
    if chunk.kind in {"place", "capital"} and not words.possessive[chunk.last - 1]:
        country = chunk.key[2:] if chunk.kind == "capital" else None
        # "Mosul residents"; "a Moscow district court"
        local = _local_population(builder, chunk) or _institution(
            builder, chunk.first, chunk.last, country
        )
        if local:
            return local
    if chunk.kind in {"org", "orgrun", "country"}:
        key = builder.chunk_actor(chunk)
        if (
            chunk.kind == "orgrun"
            and chunk.extra
            and "government" in words.lower[chunk.first : chunk.last]
        ):
            builder.governments.add(chunk.extra)  # "the Government of Iraq" names Iraq's
        if key is not None:
            if chunk.kind != "country" and _has_title_after(builder, chunk.last):
                return _titled(builder, chunk.first)
            if owned_title_end := _owned_title(builder, chunk):
                return owned_title_end
            builder.mention(chunk.first, chunk.last, key)
            _acronym_alias(builder, chunk.last, key)
            if chunk.kind == "org" and chunk.last - chunk.first > 1:
                _leader(builder, chunk.first)
            if chunk.kind == "country" and _has_title_after(builder, chunk.last):
                return _titled(builder, chunk.first)
        return chunk.last
    if chunk.kind == "capital":
        if _has_title_after(builder, chunk.last):
            return _titled(builder, chunk.first)
        if owned_title_end := _owned_title(builder, chunk):
            return owned_title_end
        # "Kyiv's troops", "Moscow's offensive" are the state's even after "to" or "from".
        acting = words.possessive[chunk.last - 1] and _agent_end(builder, chunk.last) is not None
        if acting or not _a_place(builder, chunk.first, chunk.last):
            key = builder.country(chunk.key[2:])
            builder.mention(chunk.first, chunk.last, key)
        return chunk.last
    if chunk.kind == "demonym":
        if _has_title_after(builder, chunk.last):
            return _titled(builder, chunk.first)
        nxt = chunk.last
        if nxt < words.count and words.lower[nxt] in _PEOPLE_NOUNS:
            return _people(builder, chunk.first, nxt + 1, chunk.key[2:])  # "the Syrian people"
        if nxt < words.count and words.lower[nxt] in _GOVERNMENT:
            builder.governments.add(chunk.key[2:])
            key = builder.country(chunk.key[2:])
            builder.mention(chunk.first, nxt + 1, key)
            return nxt + 1
        if nxt < words.count and _state_as_body(words, chunk.first, nxt):
            # Not a government "the regime" refers back to: "the PKK fought the Turkish state".
            builder.mention(chunk.first, nxt + 1, builder.country(chunk.key[2:]))
            return nxt + 1
        if (
            chunk.first
            and words.lower[chunk.first - 1] == "the"
            and chunk.last - chunk.first == 1
            and words.lower[chunk.first].endswith(_NO_PLURAL_S)
            and not words.possessive[chunk.first]
            and (
                nxt >= words.count
                or words.text[nxt] in {",", ".", ";", ":", ")", "?", "!"}
                or _verb_after_people(words.lower[nxt])
            )
        ):
            # "the French said", "the British have": a demonym with no plural of its own
            # names the people standing alone ("the French" are the people of France).
            return _people(builder, chunk.first - 1, nxt, chunk.key[2:])
        return chunk.last
    if chunk.kind == "people":
        return _people(builder, chunk.first, chunk.last, chunk.key[2:])
    return chunk.last


@functools.cache
def _abstract_offices() -> frozenset[str]:
    """``titles.tsv`` rows marked "abstract": offices whose word alone is first an abstract
    noun ("trust in Turkey's justice")."""
    return frozenset(row[0] for row in load_table("titles") if _column(row, 2) == ["abstract"])


def _owned_title(builder: _Builder, chunk: _Chunk) -> int:
    """Read a title standing alone after the possessive ``chunk`` (a state, a capital or an
    organisation: "Turkey's president said", "HRW's deputy director", "Moscow's ambassador")
    as a definite description, the owner keeping its own mention; return the index after it,
    or 0 (no possessive, no title, or a name after the title, which :func:`_titled` reads)."""
    words = builder.words
    after = chunk.last
    if not words.possessive[after - 1] or after >= words.count:
        return 0
    title = builder.chunk_at[after]
    if title is not None and title.last == after + 1 and words.lower[after] in _abstract_offices():
        return 0  # "trust in Turkey's justice"; a longer title reads on: "justice minister"
    if not _title_of_kind_at(words.lower, after, _OFFICE_KIND) and _title_of_kind_at(
        words.lower, after, _RANK_KIND
    ):
        # A rank, and no office ("attorney general"), is as often an adjective: "Bolivia's
        # major cities" (as the note at _RANK_KIND says).
        return 0
    return _description(builder, chunk.first, determiner=False)


def _local_population(builder: _Builder, chunk: _Chunk) -> int:
    """Read the people of a town or city ("Mosul residents", "the people of Mosul") at the
    place ``chunk``: a group of its own, named by the phrase. Returns where it ends, or 0."""
    words = builder.words
    first, last = chunk.first, chunk.last
    if last < words.count and words.lower[last] in _lexicon().people_nouns:
        last += 1  # "Mosul residents"
    elif not (
        first >= 2 and words.lower[first - 1] == "of" and words.lower[first - 2] in _PEOPLE_NOUNS
    ):
        return 0
    else:
        first -= 2  # "the people of Mosul"
    name = builder.text(first, last)
    country = chunk.key[2:] if chunk.kind == "capital" else None
    key = builder.draft(f"G:{name.lower()}", name, ActorKind.GROUP, country=country).key
    builder.mention(first, last, key)
    return last


# What follows "the French", "the British" standing for the people: a verb, not a noun or an
# adjective the demonym goes on to qualify ("the British said", not "the Turkish border",
# "the Turkish and international public", "the Turkish backed rebels").
_PEOPLE_VERBS = frozenset(
    {
        *("said", "say", "says", "have", "has", "had", "are", "were", "will", "would"),
        *("could", "can", "may", "might", "must", "should", "also", "did", "do", "who"),
        *("don't", "didn't", "won't", "can't", "aren't", "weren't", "themselves", "too"),
    }
)


def _verb_after_people(lower: str) -> bool:
    """Whether a word after "the French" shows the demonym names the people: a verb form
    ("said", "arrived"), an auxiliary, or an adverb before the verb ("previously")."""
    if lower in _PEOPLE_VERBS:
        return True
    if not lower.isalpha():
        return False
    return lower.endswith("ly") or (lower.endswith("ed") and lower not in _BACKED)


def _people(builder: _Builder, first: int, last: int, country: str) -> int:
    """Note words ``first..last`` ("Syrians", "the Syrian people", "the people of Syria") as
    a mention of the people of ``country``, a group of its own; return where they end."""
    name = _lexicon().peoples[country]
    key = builder.draft(f"N:{country}", name, ActorKind.GROUP, country=country).key
    builder.mention(first, last, key)
    return last


def _a_place(builder: _Builder, first: int, last: int) -> bool:
    """Whether the capital at words ``first..last`` is a place ("in Moscow", "visited Kyiv",
    "north London", "a Moscow suburb") or part of a longer name ("King's College London",
    "the London film festival"), not the state."""
    words = builder.words
    if last < words.count and not words.possessive[last - 1]:
        following = words.text[last]
        if following.islower() and following in _PLACE_NOUNS:
            return True  # "a Moscow suburb", "the Kyiv region"
    if not first:
        return False
    previous = first - 1
    if words.lower[previous] in _SEAT_LINKS and _seat(builder.text(first, last)):
        # "a letter to the White House", "a statement from the Kremlin", "talks in Whitehall";
        # not "outside the White House", "at the Pentagon".
        return False
    text = words.text[previous]
    lower = words.lower[previous]
    if lower == "from" and first >= 2 and words.lower[first - 2] in _state_acts():
        return False  # "pressure from Moscow", "support from Tehran": the state acts
    if lower == "in" and first >= 2 and words.lower[first - 2] in _seat_holders():
        return False  # "the authorities in Kiev", "his partners in Riyadh": its seat
    if lower == "to" and _gives_before(words.text, words.lower, previous):
        return False  # "sold crude to Damascus": the receiver, the state
    if lower in _LOCATIVE or lower in _COMPASS:
        return True
    if lower == "the" and last < words.count and not words.possessive[last - 1]:
        following = words.text[last]
        following_lower = words.lower[last]
        if (_is_cap(following) and builder.chunk_at[last] is None) or (
            following.isalpha()
            and following.islower()
            and following_lower not in _GOVERNMENT
            and following_lower != "side"  # "the Kiev side": the state, one of two
            and following_lower not in _lexicon().state_agents
            and following_lower not in _AFTER_SUBJECT
            and not following_lower.endswith("ed")
        ):
            # "the London Kurdish film festival", "the Paris talks": the city names where
            # the thing is; "the Kyiv government", "the Moscow authorities" stay the state's
            return True
    if not _is_cap(text) or words.initial[previous] or words.possessive[previous]:
        return False  # "Donald Trump's White House" is the state's
    chunk = builder.chunk_at[previous]
    # "On Monday Moscow said", "the Trump White House": no name runs on into the capital.
    return words.lower[previous] not in _lexicon().nonnames and (
        chunk is None or chunk.kind != "person"
    )


@functools.cache
def _state_acts() -> frozenset[str]:
    """``actor_state_acts.tsv``: what a state does or says ("pressure", "support"), before
    "from" and its capital (not the nouns only a state owns: "withdrawal from Kabul")."""
    return _state_act_nouns(left_out_use="owned")


# Words after which a seat of government is its government, not the building.
_SEAT_LINKS = frozenset({"to", "from", "in", "within", "across"})
# Of those, the words after which it is the government acting, not only no place.
_SEAT_SOURCES = frozenset({"from", "within", "across"})


@functools.cache
def _seats() -> frozenset[str]:
    """``actor_seats.tsv``: the seats of government among the capitals, lower-cased."""
    return frozenset(word.lower() for word in load_words("actor_seats"))


def _seat(name: str) -> bool:
    """Whether ``name`` ("the Kremlin", "Downing Street") is a seat of government, not a city."""
    return normalize(name).lower().removeprefix("the ") in _seats()


def _leader(builder: _Builder, index: int) -> bool:
    """'US-led coalition', 'Saudi-led forces': the state leading them acts, so the word naming
    it (before "-led") is a mention of it. Returns whether word ``index`` was one."""
    words = builder.words
    text = words.text[index]
    start = words.start[index]
    if text.lower().endswith("-led"):
        prefix = text[: -len("-led")]
    elif (
        index + 2 < words.count and words.text[index + 1] == "-" and words.lower[index + 2] == "led"
    ):
        prefix = text  # "U.S.-led": three words
    else:
        return False
    code = country_of_adjective(prefix)
    if code is None:
        return False
    builder.mention_span(start, start + len(prefix), builder.country(code))
    return True


def _state_agent(builder: _Builder, chunk: _Chunk) -> int:
    """'Russian troops', 'Syrian government forces', 'a Turkish offensive': the demonym is a
    mention of the state, which acts through its forces; return the index after it, or 0."""
    words = builder.words
    after = chunk.last
    end = _agent_end(builder, after)
    if end is None and not _listed_before_agent(builder, chunk):
        return 0
    key = builder.country(chunk.key[2:])
    # "the Syrian government forces": the state is named as "the Syrian government" would be.
    last = after + 1 if words.lower[after] in _GOVERNMENT else chunk.last
    if last > chunk.last:
        builder.governments.add(chunk.key[2:])
    if end is not None and _body_ends(words, end):
        # "Iraqi forces", "the Syrian air force": the state named by the body of people it
        # acts through takes the noun into its mention, as "the Syrian government" does.
        last = end
    builder.mention(chunk.first, last, key)
    return last


def _state_body(builder: _Builder, chunk: _Chunk) -> int:
    """'US forces', 'U.S. service members', 'UK troops': a state's name in capitals qualifies
    the body of people it acts through as a demonym does ("Iraqi forces"), and the noun joins
    its mention; return the index after it, or 0 ("US military drills" is an act)."""
    words = builder.words
    if not words.text[chunk.first].isupper() or words.possessive[chunk.last - 1]:
        return 0
    end = _agent_end(builder, chunk.last)
    if end is None or not _body_ends(words, end):
        return 0
    return _state_agent(builder, chunk)


# Words between a demonym and its press: "Syrian state media", "Iranian official television".
_MEDIA_QUALIFIERS = frozenset({"state", "official", "government", "state-run", "state-owned"})


def _state_media(builder: _Builder, chunk: _Chunk) -> int:
    """Read "Syrian state media", "Iraqi television", "Russian state TV" at demonym ``chunk``
    as a media actor of that state; return the index after it, or 0."""
    words = builder.words
    index = chunk.last
    if index < words.count and words.lower[index] in _MEDIA_QUALIFIERS:
        index += 1
    lexicon = _lexicon()
    if (
        index >= words.count
        or words.lower[index] not in lexicon.media_nouns
        or words.possessive[chunk.last - 1]
        or (index + 1 < words.count and words.lower[index + 1] in lexicon.media_compounds)
    ):
        return 0
    name = builder.text(chunk.first, index + 1)
    key = builder.draft(f"M:{name.lower()}", name, ActorKind.MEDIA, country=chunk.key[2:]).key
    builder.mention(chunk.first, index + 1, key)
    return index + 1


# Words that join demonyms sharing one force noun: "American, British and Egyptian forces".
_DEMONYM_JOINERS = frozenset({",", "and", "or"})
_MAX_LISTED_DEMONYMS = 6


def _listed_before_agent(builder: _Builder, chunk: _Chunk) -> bool:
    """Whether demonym ``chunk`` opens or continues a list of demonyms whose last one
    qualifies a force or an act ("American, British and Egyptian forces"): each demonym of
    the list names a state acting through the shared forces, not only the one next to it."""
    words = builder.words
    index = chunk.last
    # a comma before the chunk makes it a middle item: "American, British, and Egyptian"
    listed = int(chunk.first > 0 and words.text[chunk.first - 1] == ",")
    while listed < _MAX_LISTED_DEMONYMS:
        joined = index
        while joined < words.count and words.lower[joined] in _DEMONYM_JOINERS:
            joined += 1
        # ", and" ends a list only after a comma-joined item: "He speaks Russian, and
        # Chinese troops ..." joins two clauses.
        if joined == index or joined - index > 1 + (listed > 0) or joined >= words.count:
            return False
        listed_chunk = builder.chunk_at[joined]
        if listed_chunk is None or listed_chunk.kind != "demonym":
            return False
        index = listed_chunk.last
        if _agent_end(builder, index) is not None:
            return True
        listed += 1
    return False


def _agent_end(builder: _Builder, index: int) -> int | None:
    """Where "[modifiers] force-or-act noun" starting at word ``index`` ends, if one does."""
    lexicon = _lexicon()
    words = builder.words
    count = words.count
    modifiers = 0
    while index < count and modifiers < 3:
        lower = words.lower[index]
        if lower in lexicon.state_agents and (
            index + 1 >= count or words.lower[index + 1] not in lexicon.state_agents
        ):
            # "Russian military" is a force; "Russian military drills" an act.
            return index + 1
        if modifiers and lower in lexicon.modified_forces:
            # "American service members": "members" is a force only after its modifier.
            return index + 1
        # A force before another qualifies it: "Iraqi security force personnel", "Turkish
        # armed forces members".
        if (
            lower not in lexicon.state_modifiers
            and lower not in _GOVERNMENT
            and lower not in lexicon.state_agents
        ):
            return None
        index += 1
        modifiers += 1
    if index < count and (
        words.lower[index] in lexicon.state_agents
        or (modifiers and words.lower[index] in lexicon.modified_forces)
    ):
        return index + 1
    return None


def _group_before_noun(builder: _Builder, start: int, end: int, nouns: Container[str]) -> bool:
    """Read the capitalised words ``start``-``end`` and the noun of ``nouns`` after them as the
    name of a group ("Tamil Tiger rebels", "Camp Hurriya residents"); whether they were."""
    words = builder.words
    if (
        end >= words.count
        or words.possessive[end - 1]
        or words.lower[end] not in nouns
        or words.headline[start]
        # "Foreign fighters should ...": a capitalised adjective opening the sentence.
        or (end - start == 1 and words.initial[start])
    ):
        return False
    name = builder.text(start, end + 1)
    builder.draft(f"G:{name.lower()}", name, ActorKind.GROUP)
    builder.mention(start, end + 1, f"G:{name.lower()}")
    return True


def _known_person(
    builder: _Builder,
    chunk: _Chunk,
    title: str | None = None,
    affiliation: str | None = None,
    country: str | None = None,
) -> int:
    """A person from ``people.tsv``, with a title read before it or an apposition after it."""
    name = chunk.key[2:]
    key = f"P:{name}"
    length = chunk.last - chunk.first
    if key not in builder.drafts and (
        length == 1 or (length == 2 and builder.words.lower[chunk.first] in _PARTICLES)
    ):
        # A surname alone ("Bush", "bin Zayed") is the namesake the article named in full
        # ("Jeb Bush", "Abdullah bin Zayed"), unless the article has named the lexicon's
        # person already.
        key = builder.surnames.get(builder.words.text[chunk.last - 1], key)
    if key not in builder.drafts:
        key = builder.person(name)
    builder.mention(chunk.first, chunk.last, key)
    government_end = _leader_government(builder, chunk.first, chunk.last, key)
    if government_end is not None:
        return government_end
    end = chunk.last
    # Only a comma opens an apposition: the test spares most mentions the call.
    comma = end < builder.words.count and builder.words.text[end] == ","
    apposition = _apposition(builder, end, chunk.first) if comma else None
    if apposition is not None:
        title = title or apposition[0]
        if affiliation is None:
            affiliation = apposition[1]
            country = _country_of_key(builder, affiliation)
        end = apposition[2]
    builder.drafts[key].fill(title, affiliation, country)
    return end


def _state_as_body(words: _Words, demonym: int, index: int) -> bool:
    """Whether "state" at ``index``, after "the" and the demonym at ``demonym``, ends its noun
    phrase and so names the state as a body ("fought the Turkish state for decades"), not a
    modifier ("the Turkish state broadcaster") nor a condition ("the Turkish state of
    emergency")."""
    if words.lower[index] != "state" or demonym < 2 or words.lower[demonym - 1] != "the":
        return False
    if words.lower[demonym - 2] == "in":
        return False  # "something was wrong in the Ukrainian state": the state as a place
    after = index + 1
    if after >= words.count:
        return True
    following = words.lower[after]
    return (
        _ends_noun_phrase(words, after)
        or (following in _PREPOSITIONS and following != "of")
        # a present tense before its object: "the Turkish state wants to"
        or _verb_at(words.text, words.lower, after)
    )


def _leader_government(
    builder: _Builder, name_start: int, name_end: int, person: str
) -> int | None:
    """Read "the Assad regime", "Putin's new government", "the Trump administration": the
    leader's state, named through its leader; and "Assad's forces", "Putin's troops": the
    state acting through its forces, under its leader. Returns where the phrase ends, having
    noted it, if it is one.
    """
    country = builder.drafts[person].country
    if country is None:
        return None
    words = builder.words
    if (
        name_start >= 2
        and words.lower[name_start - 1] == "of"
        and words.lower[name_start - 2] in _LEADERS_GOVERNMENT
        # "the regime of Assad's father" is the father's
        and not words.possessive[name_end - 1]
    ):
        # "the government of Bashar al-Assad", "the regime of Assad": the state, as "the
        # Assad regime" is, around the leader's own mention.
        start = name_start - 2
        start -= start > 0 and words.lower[start - 1] == "the"
        if builder.government_forces and builder.government_forces[-1][0] == start:
            builder.government_forces.pop()  # "the regime" is read in full here
        builder.governments.add(country)
        builder.mention(start, name_end, builder.country(country))
    index = name_end
    possessive = words.possessive[name_end - 1]
    # Adjectives stand between only after a possessive: "Assad's brutal regime".
    most = name_end + (2 if possessive else 0)
    while index < words.count and index <= most:
        if words.lower[index] in _LEADERS_GOVERNMENT:
            builder.governments.add(country)
            builder.mention(name_start, index + 1, builder.country(country))
            return index + 1
        if index == name_end:
            end = _agent_end(builder, index)
            # "Assad forces" as "Assad's forces": without the possessive only a body of
            # people, not an act ("a Putin offensive" may be an exhibition's name); after it,
            # a body that may modify a noun only where its phrase ends ("Mattis's military
            # diplomacy" is his own).
            if end is not None and (
                (possessive and not _armed_bodies().get(words.lower[end - 1]))
                or _body_ends(words, end)
            ):
                builder.mention(name_start, end, builder.country(country))
                return end
        if not words.text[index].isalpha() or not words.text[index].islower():
            return None
        index += 1
    return None


def _known_org(name: str) -> _Entry | None:
    """The organisation the lexicon knows by the one word ``name`` as written ("ISIL", "Nato"),
    if any; a historical coalition read only in its context ("Allies") is none here."""
    entries = _lexicon().phrases.get((name.lower(),), ())
    return next(
        (e for e in entries if e.kind == "org" and e.pattern == (name,) and not e.needs), None
    )


def _org_compound(builder: _Builder, index: int) -> bool:
    """'ISIL-held', 'Hezbollah-controlled', 'Iran-commanded': the organisation or the state
    before the hyphen is an actor."""
    words = builder.words
    prefix, _, suffix = words.text[index].rpartition("-")
    if suffix.lower() not in _compound_participles() or not prefix:
        return False
    entry = _known_org(prefix)
    if entry is not None:
        key = builder.org(entry.key[2:])
    elif _names_head(builder, index + 1):
        return False  # "the US-backed Syrian Democratic Forces said": the forces speak
    else:
        # A state or its seat: "US-supplied weapons", "Kremlin-backed media"; a demonym
        # ("Iranian-backed") is a nationality, no actor.
        entry = _entry_for((prefix,))
        if entry is None or entry.kind not in {"country", "capital"}:
            return False
        key = builder.country(entry.key[2:])
    builder.mention_span(words.start[index], words.start[index] + len(prefix), key)
    return True


def _names_head(builder: _Builder, index: int) -> bool:
    """Whether word ``index``, after a compound ("US-backed", "Trump-endorsed"), opens a name:
    then the compound qualifies that named actor, the phrase's head, which a reader of the
    phrase (a statement's speaker) takes for its first actor. A demonym, a place or a
    community's word ("Iran-commanded Shia allies") opens no name."""
    words = builder.words
    if index >= words.count or not words.text[index][:1].isupper():
        return False
    chunk = builder.chunk_at[index]
    if chunk is None:
        return words.lower[index] not in _lexicon().ethnic
    return chunk.kind not in {"demonym", "country", "capital", "place"}


# Prefixes that make a known body's name an adjective ("the counter-ISIL coalition", "anti-Isis
# operations"), which still names the body.
_ORG_PREFIXES = frozenset({"anti", "counter", "pro", "post"})


def _prefixed_org(builder: _Builder, index: int) -> bool:
    """'counter-ISIL', 'anti-Isis': the organisation after the prefix is an actor."""
    words = builder.words
    prefix, _, name = words.text[index].partition("-")
    if prefix.lower() not in _ORG_PREFIXES or not name[:1].isupper():
        return False
    entry = _known_org(name)
    if entry is None:
        return False
    start = words.start[index] + len(prefix) + 1
    builder.mention_span(start, start + len(name), builder.org(entry.key[2:]))
    return True


def _state_pair(builder: _Builder, index: int) -> bool:
    """'UK-France talks', 'the Iran-Iraq war': each state joined by a hyphen is an actor."""
    words = builder.words
    text = words.text[index]
    parts = text.split("-")
    if len(parts) > _MAX_PAIRED_STATES:
        return False
    keys = []
    for part in parts:
        entry = _entry_for((part,)) if part else None
        if entry is None or entry.kind != "country":
            return False
        keys.append(builder.country(entry.key[2:]))
    start = words.start[index]
    for part, key in zip(parts, keys, strict=True):
        builder.mention_span(start, start + len(part), key)
        start += len(part) + 1
    return True


_MAX_PAIRED_STATES = 3  # "US-UK-France": more parts make a list, not a compound of states


def _ministry(builder: _Builder, chunk: _Chunk) -> int:
    """'the Russian defence ministry', "Ukraine's foreign ministry": a ministry of that state."""
    words = builder.words
    field = chunk.last
    if chunk.kind == "country" and not words.possessive[field - 1]:
        return 0
    if field + 1 >= words.count or words.lower[field + 1] != "ministry":
        return 0
    if words.lower[field] not in load_words("ministries") or builder.chunk_at[field + 1]:
        return 0
    code = chunk.key[2:]
    if chunk.kind == "country":
        builder.mention(chunk.first, chunk.last, builder.country(code))
    key = f"M:{code}:{words.lower[field]}"
    builder.draft(key, builder.text(chunk.first, field + 2), ActorKind.ORGANIZATION, country=code)
    builder.mention(chunk.first, field + 2, key)
    return field + 2


@functools.cache
def _institution_words() -> dict[str, str]:
    """``actor_institutions.tsv``: lower-case word -> "head" ("court") or "modifier"."""
    return {row[0]: row[1] for row in load_table("actor_institutions")}


def _institution_role(words: _Words, index: int) -> str | None:
    """The role of word ``index`` in an institution's name, in lower case or capitalised ("the
    US embassy", "the US Embassy"), not in a headline's capitals ("IN SYRIA COURTS ARE")."""
    lower = words.lower[index]
    if words.text[index] not in {lower, lower.capitalize()}:
        return None
    return _institution_words().get(lower)


_INSTITUTION_MODIFIERS = 2  # words between a name and the head: "the Kilis criminal court"


def _institution(builder: _Builder, first: int, after: int, country: str | None) -> int:
    """Read "[modifiers] institution" at word ``after``, after the name of a state or a town
    that starts at word ``first`` ("the Turkish court", "Iraq's parliament", "the Kilis
    criminal court"), as an organisation of that state; return where it ends, or 0."""
    words = builder.words
    index = after
    while (
        index < words.count
        and index - after < _INSTITUTION_MODIFIERS
        and _institution_role(words, index) == "modifier"
    ):
        index += 1
    if (
        index >= words.count
        or _institution_role(words, index) != "head"
        or builder.chunk_at[index] is not None
    ):
        return 0
    end = index + 1
    # "a Turkish court ruling", "embassy staff": the noun qualifies another.
    if end < words.count and not words.possessive[index] and not _ends_noun_phrase(words, end):
        return 0
    name = builder.text(first, end)
    key = builder.draft(
        f"R:{name.lower()}:{country}", name, ActorKind.ORGANIZATION, country=country
    ).key
    builder.mention(first, end, key)
    return end


def _named_government(builder: _Builder, chunk: _Chunk) -> int:
    """'the Kiev government', 'Ukraine authorities': a state's name or its capital before a
    government word names the government, as 'the Syrian government' does; return the index
    after the noun, or 0 ("the Kiev government building" names a building)."""
    words = builder.words
    after = chunk.last
    if (
        words.possessive[after - 1]
        or after >= words.count
        or words.lower[after] not in _GOVERNMENT
        or builder.chunk_at[after] is not None
        # "the UK government's belief" and "UK government advice" are the government's (a
        # noun of what a state does, ``actor_state_acts.tsv``); "the Kiev government
        # building" is a building.
        or (
            not words.possessive[after]
            and after + 1 < words.count
            and not _ends_noun_phrase(words, after + 1)
            and words.lower[after + 1] not in _possessed_acts()
        )
    ):
        return 0
    # Not a government "the regime" refers back to: "the US administration" in an article
    # on Syria leaves "the regime" Syria's.
    builder.mention(chunk.first, after + 1, builder.country(chunk.key[2:]))
    return after + 1


def _state_institution(builder: _Builder, chunk: _Chunk) -> int:
    """'the Turkish court', "Iraq's parliament", 'the US embassy': an institution of the state
    that ``chunk`` names by its demonym, its possessive or (in capitals) its name."""
    words = builder.words
    if chunk.kind == "country":
        if words.possessive[chunk.last - 1]:
            builder.mention(chunk.first, chunk.last, builder.country(chunk.key[2:]))
        elif not words.text[chunk.first].isupper():
            return 0  # "in Syria courts have ...": only "US", "UK" qualify a noun so
    elif words.possessive[chunk.last - 1]:
        return 0
    return _institution(builder, chunk.first, chunk.last, chunk.key[2:])


def _mixed_case_alias(builder: _Builder, index: int) -> bool:
    """Read "the Department for International Development (DfID)", "Ministry of Defence
    (MoD)": an acronym in brackets mixing cases, whose capitals are the initials of the
    capitalised words of the organisation named just before it, is that organisation's
    (later "DfID" too); whether it was."""
    words = builder.words
    acronym = words.text[index]
    if (
        index < 2
        or index + 1 >= words.count
        or words.text[index + 1] != ")"
        or not (acronym.isalpha() and len(acronym) <= _MAX_ACRONYM)
        or acronym.isupper()
        or not builder.mentions
    ):
        return False
    start, end, key = builder.mentions[-1]
    draft = builder.drafts.get(key)
    if (
        draft is None
        or draft.kind not in _ORGANIZATION_KINDS
        or end != words.start[index - 2] + len(words.text[index - 2])
    ):
        return False
    capitals = "".join(filter(str.isupper, acronym))
    name = builder.doc.original[start:end].split()
    initials = "".join(word[0] for word in name if word[:1].isupper())
    if len(capitals) < 2 or capitals != initials:
        return False
    builder.aliases[acronym] = key
    builder.mention(index, index + 1, key)
    return True


def _acronym_alias(builder: _Builder, after: int, key: str) -> None:
    """'Syrian Democratic Forces (SDF)': later "SDF" is the same organisation."""
    words = builder.words
    if after + 2 < words.count and words.text[after] == "(" and words.text[after + 2] == ")":
        acronym = words.text[after + 1]
        # Opening with a letter, so that the scan, which steps over words in lower case and
        # numbers, will come to it again.
        if acronym[0].isupper() and acronym.isupper() and 2 <= len(acronym) <= 8:
            builder.aliases[acronym] = key
            builder.mention(after + 1, after + 2, key)


def _has_title_after(builder: _Builder, index: int) -> bool:
    """Whether a title (after optional modifiers, and with its portfolio after it: "Minister
    for Africa Tom Reed") and a name follow ``index``."""
    words = builder.words
    chunk_at = builder.chunk_at
    while index < words.count:
        chunk = chunk_at[index]
        if chunk is None or chunk.kind != "modifier":
            break
        index = chunk.last
    if index >= words.count:
        return False
    chunk = chunk_at[index]
    if chunk is None or chunk.kind not in {"title", "honorific"}:
        return False
    return _name_after_title(builder, _portfolio_after(builder, chunk.last)) is not None


def _name_after_title(builder: _Builder, index: int) -> int | None:
    """Where the name a title introduces starts: right after it, or after a comma.

    "Foreign Minister Dmytro Kuleba" and "Ukraine's foreign minister, Dmytro Kuleba, said"; the
    comma form needs a name of two words or more, or a known person.
    """
    words = builder.words
    count = words.count
    if index >= count:
        return None
    chunk = builder.chunk_at[index]
    if builder.name_like[index] or (chunk is not None and chunk.kind == "person"):
        return index
    if words.text[index] != "," or index + 1 >= count:
        return None
    chunk = builder.chunk_at[index + 1]
    if chunk is not None and chunk.kind == "person":
        return index + 1
    if builder.name_like[index + 1] and _name_end(builder, index + 1) - (index + 1) >= 2:
        return index + 1
    return None


def _name_after_rank(builder: _Builder, index: int) -> int | None:
    """Where a name starts right after the second title at ``index``, one after an office: a
    rank in :func:`_titled`, which checks the kind ("Turkey's president Gen. Kenan Evren",
    "Chief of Army Staff Gen. Asim Munir"); not after a comma, where the second title is the
    office ("the court's chief judge, Merrick Garland")."""
    if index >= builder.words.count:
        return None
    rank = builder.chunk_at[index]
    if rank is None or rank.kind != "title" or _name_after_title(builder, rank.last) != rank.last:
        return None
    return rank.last


def _titled(builder: _Builder, first: int) -> int:
    """Read "[affiliation['s]] [modifiers] title Name ..." starting at word ``first``."""
    words = builder.words
    chunk_at = builder.chunk_at
    index = first
    affiliation: str | None = None
    country: str | None = None
    chunk = chunk_at[index]
    if chunk is not None and chunk.kind in _AFFILIATING:
        affiliation = builder.chunk_actor(chunk)
        builder.mention(chunk.first, chunk.last, affiliation or "")
        country = _country_of_key(builder, affiliation)
        index = chunk.last
    title_start = index
    honorific = False
    while index < words.count:
        chunk = chunk_at[index]
        if chunk is None or chunk.kind not in {"modifier", "title", "honorific"}:
            break
        honorific = chunk.kind == "honorific"
        index = chunk.last
        if chunk.kind != "modifier":
            break
    title_end = index
    if title_end > title_start and words.possessive[title_end - 1]:
        return title_end  # "King's College", "the president's office": no title of a name
    if (
        honorific
        and index < words.count
        and (_is_cap(words.text[index]) or _capitals_after_capitals(builder, title_start, index))
        and not builder.name_like[index]
    ):
        following = chunk_at[index]
        if following is None or (following.last == index + 1 and following.kind != "person"):
            # "Mr. King", "Mrs. May": after an honorific, a word we know otherwise is a name.
            builder.singles.append((index, (None, None, None)))
            return index + 1
    portfolio_end = title_end if honorific else _portfolio_after(builder, title_end)
    name_start = _name_after_title(builder, portfolio_end) if title_end > title_start else None
    rank_between = False
    if (
        name_start is None
        and title_end > title_start
        and not honorific
        and portfolio_end < words.count
        and _title_of_kind_at(words.lower, portfolio_end, _RANK_KIND)
    ):
        # "Pakistan's Chief of Army Staff Gen. Asim Munir": the office is the name's, and
        # the military rank between no title of its own (an office there is the one held
        # now: "vice presidential nominee Gov. Mike Pence", "Lt. Gov. Ralph Northam").
        name_start = _name_after_rank(builder, portfolio_end)
        rank_between = name_start is not None
    if name_start is None:
        if title_end > title_start and not honorific and affiliation is None:
            _possessed_office(builder, title_start, title_end)
            _bare_office(builder, title_start, title_end)
        return max(index, first + 1)
    _mention_portfolio(builder, title_start, portfolio_end)
    # The portfolio is part of the office the name holds: "Minister for the Middle East
    # Tobias Ellwood" has the title "Minister for the Middle East".
    title_end = portfolio_end
    title = None if honorific else builder.text(title_start, title_end)
    if name_start > title_end and not honorific and not rank_between:
        builder.comma_titles.append((title_start, title_end, name_start))
    following = chunk_at[name_start]
    if following is not None and following.kind == "person":
        return _known_person(
            builder, following, title=title, affiliation=affiliation, country=country
        )
    index = name_start
    return _name(
        builder, index, title=title, affiliation=affiliation, country=country, named=honorific
    )


def _capitals_after_capitals(builder: _Builder, title_start: int, index: int) -> bool:
    """Whether an honorific in capitals precedes a word in capitals: "MR KIRBY:", as
    briefing transcripts label their speakers; "Mr NATO", "MR. UN" are no such label."""
    words = builder.words
    text = words.text[index]
    return (
        builder.chunk_at[index] is None
        and words.text[title_start].isupper()
        and len(text) > 1
        and text.isalpha()
        and text.isupper()
    )


def _possessed_office(builder: _Builder, title_start: int, title_end: int) -> None:
    """Read "his Chief of Staff", "its Senior Advisor": an office held under someone named.

    The capitals make it a formal office, so one person; the owner is somebody else, so
    the phrase never refers back to an actor named before ("his deputy" is not "he").
    """
    words = builder.words
    if not title_start or words.lower[title_start - 1] not in _OWNING_DETERMINERS:
        return
    if words.possessive[title_end - 1] or not words.text[title_start][:1].isupper():
        return  # "his Chief of Staff's office", "his chief of staff": no office named
    head = words.lower[title_end - 1]
    if _plural(head) or not words.text[title_end - 1][:1].isupper():
        return  # "their Foreign Ministers": several
    name = builder.text(title_start - 1, title_end)
    key = f"D:{name.lower()}"
    builder.draft(key, name, _PERSON, title=builder.text(title_start, title_end))
    builder.mention(title_start - 1, title_end, key)


_OWNING_DETERMINERS = frozenset({"his", "her", "its", "their"})


def _bare_office(builder: _Builder, title_start: int, title_end: int) -> None:
    """Read an office that opens a sentence or headline with no name and no article.

    "Foreign Secretary statement on ...", "Prime Minister and President X met": headline
    style drops "the", and the office of several capitalised words names its one holder,
    the one named before if any ("Prime Minister Y ... Prime Minister and ...").
    """
    words = builder.words
    texts = words.text
    if title_end - title_start < 2 or title_end >= words.count:
        return  # "General", "Commander": one word opens too many other phrases
    if not (words.initial[title_start] or (title_start and texts[title_start - 1] == _BREAK)):
        return
    if not texts[title_end][:1].islower() or words.possessive[title_end - 1]:
        return  # "Foreign Secretary Boris ...", "Prime Minister's Office"
    if not all(
        _is_cap(texts[k]) or words.lower[k] in _CONNECTORS for k in range(title_start, title_end)
    ):
        return
    head = words.lower[title_end - 1]
    if _plural(head):
        return
    title = builder.text(title_start, title_end)
    key = _antecedent(builder, head, None, title)
    if key is None:
        key = f"D:{title.lower()}"
        builder.draft(key, title, _PERSON, title=title)
    builder.mention(title_start, title_end, key)


def _country_of_key(builder: _Builder, key: str | None) -> str | None:
    if key is None:
        return None
    draft = builder.drafts.get(key)
    return draft.country if draft is not None else None


def _name_like_column(
    words: _Words, chunk_at: list[_Chunk | None], candidates: Iterable[int]
) -> list[bool]:
    """Per word, whether it may be part of a person's name; only ``candidates`` may be.

    A column built once: the scan asks about the same few words again and again, as each
    title, name and apposition looks ahead.
    """
    lexicon = _lexicon()
    column = [False] * words.count
    for index in candidates:
        if chunk_at[index] is not None:
            continue
        text = words.text[index]
        if text.isupper():
            # An initial: "George W. Bush"; other words in capitals are acronyms.
            column[index] = (
                len(text) == 1
                and index + 2 < words.count
                and words.text[index + 1] == "."
                and _is_cap(words.text[index + 2])
            )
            continue
        lower = words.lower[index]
        column[index] = not (
            lower in lexicon.nonnames
            or lower in lexicon.ethnic
            or ("-" in lower and lower.endswith(_not_name_suffixes()))  # "London-based"
        )
    return column


def _is_initial(texts: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is a one-letter initial before its full stop ("A.")."""
    following = index + 1
    return (
        len(texts[index]) == 1
        and texts[index].isupper()
        and following < len(texts)
        and texts[following] == "."
    )


def _name_end(builder: _Builder, index: int) -> int:
    words = builder.words
    texts = words.text
    name_like = builder.name_like
    count = words.count
    end = index
    stop = min(count, index + _MAX_NAME + 2)
    while end < stop:
        text = texts[end]
        if name_like[end]:
            if len(text) == 1 and end + 1 < count and texts[end + 1] == ".":
                end += 2
                continue
            end += 1
            if words.possessive[end - 1]:
                break
            continue
        if end == index:
            break
        chunk = builder.chunk_at[end]
        if chunk is None:
            # Most names end at a word of no chunk, which can only be a particle going on.
            lower = words.lower[end]
            if (
                lower in _PARTICLES or ("-" in lower and lower.partition("-")[0] in _PARTICLES)
            ) and ("-" in text or (end + 1 < count and name_like[end + 1])):
                end += 1
                if "-" in text and words.possessive[end - 1]:
                    break
                continue
            break
        if _surname_title(builder, end):
            end += 1  # "Charlie King", "John Major": a title word ending a name
            break
        if (
            chunk.kind == "person"
            and chunk.first == end
            # "Hamza bin Laden": a first name before a known particle surname is another
            # person of that family, named in full.
            and (
                chunk.last == end + 1 or (chunk.last == end + 2 and words.lower[end] in _PARTICLES)
            )
            and not words.headline[end]
            # A first name and perhaps a middle one or an initial, not a run of capitalised
            # words ("Hit Piece Exploits Trump").
            and end - index - words.text[index:end].count(".") <= 2
        ):
            end = chunk.last  # "Jeb Bush", "Vladimir V. Putin": a known surname ending a name
        break
    if end - index > 1 and end < count and texts[end] in _GENERATIONAL_SUFFIXES:
        # "Charles Keating IV", "Martin Luther King Jr.": after a full name the suffix is the
        # name's ("Phase IV", "Article IV" are no names).
        end += 1
    return end


# Written after a full name, one of a family's generations: no acronym, no name of its own.
_GENERATIONAL_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _surname(parts: Sequence[str]) -> str:
    """The surname of a person's full name written in the words ``parts``: its last word, or
    the one before a generation's suffix ("Charles Keating IV": "Keating")."""
    if len(parts) > 2 and parts[-1] in _GENERATIONAL_SUFFIXES:
        return parts[-2]
    return parts[-1]


_VOWELS = frozenset("aeiouy")


def _consonants(name: str) -> str:
    """The consonants of ``name``, lower-cased, a doubled one written once ("Staffan": "stfn")."""
    letters = [char for char in name.lower() if char not in _VOWELS]
    return "".join(char for k, char in enumerate(letters) if not k or letters[k - 1] != char)


def _same_name(known: str, written: str) -> bool:
    """Whether ``written`` spells the first name ``known`` another way: transliterations of
    one name differ in vowels and doubled letters ("Mohammed"/"Muhammad"), other names
    ("Osama"/"Omar", "Hamza") in their consonants."""
    return known == written or (
        known[:1].isupper() and written[:1].isupper() and _consonants(known) == _consonants(written)
    )


def _surname_title(builder: _Builder, index: int) -> bool:
    """Whether the one-word title at ``index`` is a surname: capitalised, after a first name,
    and with no name after it ("Charlie King said", not "the Kremlin Chief Dmitry ...")."""
    words = builder.words
    chunk = builder.chunk_at[index]
    if (
        chunk is None
        or chunk.kind != "title"
        or chunk.last != index + 1
        or not _is_cap(words.text[index])
    ):
        return False
    following = index + 1
    return (
        following >= words.count
        or not (_is_cap(words.text[following]) or builder.chunk_at[following] is not None)
        # "Martin Luther King Jr.": a generation's suffix is no name after the title
        or words.text[following] in _GENERATIONAL_SUFFIXES
    )


# The ordinals of a rating's class before "Class": "Petty Officer 2nd Class".
_RATING_ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})


def _name(
    builder: _Builder,
    index: int,
    *,
    title: str | None = None,
    affiliation: str | None = None,
    country: str | None = None,
    named: bool = False,
) -> int:
    words = builder.words
    lowers = words.lower
    lexicon = _lexicon()
    end = _name_end(builder, index)
    titled = named or title is not None or affiliation is not None
    start = index
    if lowers[start] == "class" and start and lowers[start - 1] in _RATING_ORDINALS:
        # "Special Warfare Operator 1st Class Charles Keating": "Class" after an ordinal
        # ends a rating the title list does not hold, or a fare ("flew First Class"); a
        # name may start after it.
        start += 1
        if start >= end:
            return end
    # A capitalised first word of a sentence that the article also uses in lower case is an
    # ordinary word ("Part of the ..."), not a name.
    if (
        not titled
        and words.initial[start]
        # "A.Vladov:" opening a line is an initial, whatever "a" is elsewhere
        and not _is_initial(words.text, start)
        and (
            lowers[start] in builder.lower_seen
            # "Denying Assad ...", "Describing Shamima Begum ...": a participle opens the
            # sentence.
            or (len(lowers[start]) > 5 and lowers[start].endswith("ing"))
        )
    ):
        if words.text[start] in lexicon.notperson:
            return end  # "Exercise Eager Lion will ...": the name of an exercise, no person
        start += 1
    if start >= end:
        return end
    last_chunk = builder.chunk_at[end - 1]
    if last_chunk is not None and last_chunk.kind == "person":
        canonical = last_chunk.key[2:]
        if end - start == 1 or _same_name(canonical.split()[0], words.text[start]):
            # "Vladimir V. Putin" is the lexicon's Vladimir Putin; so are transliterations
            # of its first name ("Mohammad bin Salman", "Stefan de Mistura").
            known = _Chunk(start, end, "person", last_chunk.key)
            return _known_person(builder, known, title, affiliation, country)
    # The word after the name, to try the two nouns that may follow below only before one.
    following = lowers[end] if end < words.count else ""
    # "Camp Hurriya residents": the people of a place, named by the phrase.
    if (
        not titled
        and following in lexicon.people_nouns
        and _group_before_noun(builder, start, end, lexicon.people_nouns)
    ):
        return end + 1
    if (
        not titled
        and following in _institution_words()
        # "Outside court, ...": a capitalised word opening the sentence may be any word
        and not (end - start == 1 and words.initial[start])
    ):
        # "the Kilis criminal court": a town's court, no person
        institution = _institution(builder, start, end, None)
        if institution:
            return institution
    aged = _age_follows(words, end)
    if _not_a_person(builder, start, end, titled=titled, aged=aged):
        if (
            end - start == 1
            and words.text[start] in lexicon.notperson
            and (
                start == 0
                or (lowers[start - 1] not in _PLACE_PREPOSITIONS and lowers[start - 1] != "the")
            )
        ):
            # "heard Hall was": a place word is the surname of a person named in full
            # ("Ollie Hall, 24,"), settled once the whole text is read; "the Hall" is a place.
            builder.singles.append((start, None))
        return end
    # Only a comma opens an apposition: the test spares most names the call.
    comma = end < words.count and words.text[end] == ","
    described = _described_organization(builder, end) if comma and not titled else None
    if (
        described is None
        and not titled
        and start >= 2
        and lowers[start - 1] in _class_heads()  # the cheap test first
    ):
        described = _classified_organization(builder, start)
        if described is not None:
            end = _classed_name_end(builder, end)
    if described is not None or builder.classed:
        name = builder.text(start, end)
        key = builder.classed.get(name, "")
        if not key and described is None:
            longer = _classed_name_end(builder, end)
            if longer > end:
                key = builder.classed.get(builder.text(start, longer), "")
                end = longer if key else end
        if described is not None and not key:
            # "Airwars, a monitoring group, said", "the charity Doctors Under Fire": the
            # apposition or the class noun says what the name names.
            key = builder.draft(f"R:{name.lower()}:None", name, described).key
            builder.classed[name] = key
            if end - start == 1:
                builder.aliases[name] = key
        if key:
            builder.mention(start, end, key)
            return end
    # "Tamil Tiger rebels", "Ansar al-Tawhid fighters": the name of a group, no person's.
    if (
        not titled
        and following in lexicon.group_nouns
        and _group_before_noun(builder, start, end, lexicon.group_nouns)
    ):
        return end + 1
    # A lone word after "of"/"in" ("the town of Slaviansk, the minister ...") is a place.
    lone_place = end - start == 1 and start > 0 and lowers[start - 1] in _OF_PLACE
    apposition = None if lone_place or not comma else _apposition(builder, end, start)
    if apposition is not None:
        app_title, app_affiliation, app_end = apposition
        title = title or app_title
        if affiliation is None:
            affiliation = app_affiliation
            country = _country_of_key(builder, affiliation)
        titled = True
    else:
        app_end = end
    if (
        not titled
        and end - start == 1
        # the cheap tests first: most lone words follow no person noun and no comma
        and (
            comma
            or (
                start > 0
                and (lowers[start - 1][-1:] == "d" or lowers[start - 1] in _person_nouns())
            )
        )
        and _described_person(builder, start)
    ):
        titled = True  # "Ilyas, a dentist, says", "14-year-old Amjad", "Hazam, 24, from Afrin"
    if words.headline[start]:
        # Headlines capitalise every word: only names known from the body count there.
        for k in range(start, end):
            builder.singles.append((k, None))
        return end
    if end - start == 1:
        # A lone word is a person only as the surname of one named in full, or after a title
        # ("President Putin"); both are settled once the whole text is read.
        builder.singles.append((start, (title, affiliation, country) if titled else None))
        return max(end, app_end)
    name = builder.text(start, end)
    key = f"P:{name}"
    builder.draft(key, name, _PERSON).fill(title, affiliation, country)
    builder.mention(start, end, key)
    builder.surnames[_surname(words.text[start:end])] = key
    return max(end, app_end)


_DESCRIBED_WORDS = 4  # words of an apposition before its head: "a UK-based war monitoring group"
# Words that may follow the head of such an apposition, as punctuation may.
_AFTER_DESCRIPTION = frozenset({"that", "which", "who", "based", "founded", "in", "with"})
_NOT_DESCRIBING = _TAIL_JOINERS | _PLACE_PREPOSITIONS | _AFTER_DESCRIPTION | _ARTICLES


def _described_organization(builder: _Builder, end: int) -> ActorKind | None:
    """The kind of organisation that an apposition after a name, ", a monitoring group" or
    ", the UK-based monitor", says it is (its head an organisation's head word in lower case,
    or a class noun: ", a British charity,"), if there is one: not ", a party official",
    ", a member of the group"."""
    words = builder.words
    count = words.count
    if end + 2 >= count or words.text[end] != "," or words.lower[end + 1] not in _ARTICLES:
        return None
    lexicon = _lexicon()
    classes = _class_nouns()
    chunk_at = builder.chunk_at
    index = end + 2
    stop = min(end + 2 + _DESCRIBED_WORDS, count)
    while index < stop:
        text = words.text[index]
        chunk = chunk_at[index]
        if chunk is not None and chunk.kind in _CLASS_MODIFIERS and chunk.first == index:
            index = chunk.last  # "a British charity", "a Syria-based monitor"
            continue
        if not text[:1].islower() and "-" not in text and text not in _UPPER_CLASSES:
            return None
        lower = words.lower[index]
        if lower in _NOT_DESCRIBING or chunk is not None:
            return None
        kind = _class_at(words, index + 1, classes, after=True)
        if kind is not None:
            return kind
        head = lexicon.orgheads.get(text.capitalize())
        if head is not None and head != "modifier" and not words.possessive[index]:
            following = words.text[index + 1] if index + 1 < count else "."
            if following in {",", ".", ";", ":", ")"} or following in _AFTER_DESCRIPTION:
                return ActorKind(head)
            # "a Lebanese news agency": a head word may open a class noun of two words
            return _class_at(words, index + 2, classes, after=True)
        index += 1
    return None


# Chunks that may stand among the modifiers of a class noun: "a British charity", "the
# Yemeni rights group", "a Syria-based monitor".
_CLASS_MODIFIERS = frozenset({"demonym", "country", "capital"})
_UPPER_CLASSES = frozenset({"NGO"})  # class nouns written in capitals
_CLASS_WORDS = 3  # modifiers between an article and a class noun: "the UK-based war monitor"
_CLASS_CLOSERS = frozenset({",", ".", ";", ":", ")"})


@functools.cache
def _class_nouns() -> dict[tuple[str, ...], tuple[ActorKind, bool]]:
    """``actor_class_nouns.tsv``: the class nouns that introduce an unfamiliar body's name
    ("the charity", "a rights group"): words -> (kind, whether also as an apposition's head)."""
    return {
        tuple(row[0].split()): (ActorKind(row[1]), row[2:3] != ("before",))
        for row in load_table("actor_class_nouns")
    }


@functools.cache
def _class_heads() -> frozenset[str]:
    """The last words of the class nouns: a cheap test before reading the phrase."""
    return frozenset(words[-1] for words in _class_nouns())


def _class_at(
    words: _Words,
    end: int,
    classes: dict[tuple[str, ...], tuple[ActorKind, bool]],
    *,
    after: bool,
) -> ActorKind | None:
    """The kind of the class noun phrase ending before word ``end`` (two words tried first),
    if one ends there; ``after``: as the head of an apposition, which a mark, a relative word
    or a participle must close ("a rights group that ...", "the law firm representing her";
    not "a rights group official")."""
    if end < 1 or end > words.count:
        return None
    if after:
        following = words.text[end] if end < words.count else "."
        # A participle in "-ing" opens a reduced relative: ", the law firm representing her,".
        reduced = following.isalpha() and following.islower() and following.endswith("ing")
        if following not in _CLASS_CLOSERS and following not in _AFTER_DESCRIPTION and not reduced:
            return None
    if words.possessive[end - 1]:
        return None
    text = words.text[end - 1]
    if not (text[:1].islower() or text in _UPPER_CLASSES):
        return None
    lower = words.lower[end - 1]
    for phrase in ((words.lower[end - 2], lower), (lower,)) if end >= 2 else ((lower,),):
        found = classes.get(phrase)
        if found is not None and (found[1] or not after):
            if len(phrase) == 2 and not words.text[end - 2][:1].islower():
                continue
            return found[0]
    return None


# Words that join the parts of a body's name after a class noun: "the NGO Mwatana for Human
# Rights", "the charity Doctors Under Fire".
_CLASSED_JOINERS = frozenset({"for", "of", "and", "under", "without", "against"})
_CLASSED_NAME = 8  # words of such a name at most


def _classed_name_end(builder: _Builder, end: int) -> int:
    """The end of a body's name that a class noun introduced and that goes on past ``end``
    through capitalised words, or a joining word and a capitalised word: the name of a body
    may hold words that a person's name cannot ("Doctors Under Fire")."""
    words = builder.words
    texts = words.text
    chunk_at = builder.chunk_at
    stop = min(words.count, end + _CLASSED_NAME)
    index = end
    while index < stop and not words.possessive[index - 1]:
        if words.lower[index] in _CLASSED_JOINERS and index + 1 < stop:
            following = index + 1
        else:
            following = index
        text = texts[following]
        chunk = chunk_at[following]
        if not text[:1].isupper() or not text.isalpha() or words.initial[following]:
            break
        if chunk is None:
            index = following + 1
        elif following > index and chunk.kind in _CLASS_MODIFIERS and chunk.first == following:
            index = chunk.last  # "the group Friends of Kurdistan Manchester"
        else:
            break
        end = index
    return end


# Verbs after a name that make it the subject of a clause on the class noun before it.
_CLASS_OBJECT_VERBS = frozenset(
    {"founded", "co-founded", "leads", "led", "heads", "headed", "formed", "created", "runs"}
    | {"ran", "joined", "started", "established", "set", "built", "funds", "funded", "owns"}
)


def _classified_organization(builder: _Builder, start: int) -> ActorKind | None:
    """The kind of body a class noun before the name starting at word ``start`` makes it:
    "the monitoring group Airwars", "the Yemeni NGO Mwatana", "a local charity, ..." not."""
    if start < 2 or builder.words.lower[start - 1] not in _class_heads():
        return None  # the common case: no class noun before the name
    words = builder.words
    kind = _class_at(words, start, _class_nouns(), after=False)
    if kind is None:
        return None
    end = _name_end(builder, start)
    if end < words.count and words.lower[end] in _CLASS_OBJECT_VERBS:
        return None  # "the group Ahmed Barre founded": the name is a person, the clause's subject
    # An article must open the phrase, past at most a few modifiers: "told the UK-based war
    # monitor Airwars"; a class noun alone is too often another word's modifier.
    chunk_at = builder.chunk_at
    index = start - 2
    low = max(0, start - 2 - _CLASS_WORDS)
    while index >= low:
        lower = words.lower[index]
        if lower in _ARTICLES:
            return kind
        chunk = chunk_at[index]
        if chunk is not None:
            if chunk.kind not in _CLASS_MODIFIERS:
                return None
            index = chunk.first - 1
            continue
        text = words.text[index]
        if not (text[:1].islower() or text in _UPPER_CLASSES) or lower in _NOT_DESCRIBING:
            return None
        index -= 1
    return None


# Prepositions after which a lone capitalised word is a place more often than a person.
_MORE_PLACE_PREPOSITIONS = frozenset(
    {"on", "upon", "down", "beyond", "past", "along", "off", "between", "outside", "inside"}
)


def _described_person(builder: _Builder, index: int) -> bool:
    """Whether the lone capitalised word at ``index`` is described as a person, as reporters
    describe the people they name by one name: by an age ("14-year-old Amjad", "Hazam, 24,"),
    by an apposition whose head is a person noun ("Ilyas, a dentist", "Khalil, a defected
    army officer"; not "Afrin, a town"), or by such a noun that someone has ("her son Jojo")."""
    words = builder.words
    count = words.count
    if index and words.lower[index - 1].endswith("-year-old"):
        # Not "a 26-year-old Londoner": a description of somebody named before.
        return index < 2 or words.lower[index - 2] not in {"a", "an"}
    before = words.lower[index - 1] if index else ""
    if before in _LOCATIVE or before in _OF_PLACE or before in _MORE_PLACE_PREPOSITIONS:
        return False  # "Outside Baghuz, a German woman ...": a place, then a new phrase
    nouns = _person_nouns()
    if before in nouns and _owned(words, index - 2):
        return True  # "her son Jojo", "Cantlie's sister Jessica": a person noun someone has
    if before in _NAMING_PARTICIPLES and index > 1 and words.lower[index - 2] in nouns:
        return True  # "a daughter called Sarayah", "a son named Omar": the name given
    if index + 2 >= count or words.text[index + 1] != ",":
        return False
    if index > 1 and words.text[index - 1] == "," and words.lower[index - 2] in nouns:
        return True  # "One young girl, Islam, tells me": the person noun comes first
    if _age_follows(words, index + 1):
        return True
    if words.lower[index + 2] not in {"a", "an"}:
        return False
    # The head noun, after at most two modifiers: "a media organiser"; a hyphenated one may be
    # among them, "a 57-year-old accountant", "a self-employed builder".
    for at in range(index + 3, min(index + 6, count)):
        lower = words.lower[at]
        if lower in nouns:
            following_word = words.text[at + 1] if at + 1 < count else ""
            # "a Kurd from Kobani", "a dentist,"; not "a resident doctor" (the noun goes on)
            return not (following_word.isalpha() and following_word.islower()) or (
                following_word in _OF_PLACE or following_word in {"who", "and", "with"}
            )
        if not lower.replace("-", "").isalnum():
            return False
    return False


_NAMING_PARTICIPLES = frozenset({"called", "named"})


def _age_follows(words: _Words, index: int) -> bool:
    """Whether an age in commas or a bracket opens at word ``index`` (", 24," or ", 24)"),
    as reporters write it only after a person's name."""
    texts = words.text
    return (
        index + 2 < words.count
        and texts[index] == ","
        and texts[index + 1].isdigit()
        and len(texts[index + 1]) <= 2
        and texts[index + 2] in {",", ")"}
    )


_OWNED_MODIFIERS = 2  # words between an owner and a person noun: "her 12-year-old son"


def _owned(words: _Words, index: int) -> bool:
    """Whether a possessive or "his", "her", "its", "their" ends at word ``index``, past at
    most two lower-case modifiers ("her 12-year-old son", "Cantlie's younger sister")."""
    for position in range(index, max(index - _OWNED_MODIFIERS, 0) - 1, -1):
        if words.possessive[position] or words.lower[position] in _OWNING_DETERMINERS:
            return True
        if not words.text[position].islower():
            return False
    return False


@functools.cache
def _person_nouns() -> frozenset[str]:
    """``personnouns.tsv``: nouns for a kind of person ("dentist", "son")."""
    return load_words("personnouns")


@functools.cache
def _vessel_prefixes() -> frozenset[str]:
    """``actor_vessel_prefixes.tsv``: the prefixes before a ship's name ("USS", "HMS"), as
    written."""
    return frozenset(row[0] for row in load_table("actor_vessel_prefixes"))


@functools.cache
def _common_given_names() -> frozenset[str]:
    """``actor_given_names.tsv``: common given names, as written ("Fiona", "Adam"), but for
    those that also name a state."""
    return frozenset(row[0] for row in load_table("actor_given_names") if not _column(row, 1))


@functools.cache
def _state_given_names() -> frozenset[str]:
    """``actor_given_names.tsv`` rows marked "state": given names that also name a state
    ("Jordan")."""
    return frozenset(
        row[0] for row in load_table("actor_given_names") if _column(row, 1) == ["state"]
    )


def _free_given_names_of_states(
    words: _Words, chunk_at: list[_Chunk | None], covered: list[int]
) -> list[int]:
    """Free a state's name that is a given name before a surname ("Jordan Peterson", "Israel
    Katz") from its country chunk, so that the two words read as a person's run; return the
    words of ``covered`` (the lexicon chunks' words) that stay covered.

    The state's name is freed only where its chunk is that one word and the surname after it
    is a capitalised word that ends the run of capitals and that no lexicon reads, no grammar
    word and no place word ("Jordan Valley", "Chad Tuesday" stay the states).
    """
    texts = words.text
    lowers = words.lower
    count = words.count
    lexicon = _lexicon()
    state_given_names = _state_given_names()
    still_covered = []
    for index in covered:
        chunk = chunk_at[index]
        surname = index + 1
        if (
            texts[index] not in state_given_names
            or chunk is None
            or chunk.kind != "country"
            or chunk.first != index
            or chunk.last != surname
            or surname >= count
            or words.possessive[index]
            or chunk_at[surname] is not None
            or not _is_cap(texts[surname])
            or lowers[surname] in lexicon.nonnames
            or texts[surname] in lexicon.notperson
            or (surname + 1 < count and _is_cap(texts[surname + 1]))
        ):
            still_covered.append(index)
            continue
        chunk_at[index] = None
    return still_covered


def _given_name_and_surname(words: _Words, start: int, end: int) -> bool:
    """A run of a known given name, initials at most, and a place word that is also a surname
    ("Fiona Hill", "Anthony J. Lake") names a person; after "the" it is a place ("the Albert
    Hall")."""
    texts = words.text
    return (
        2 <= end - start <= 4
        and texts[start] in _common_given_names()
        and texts[end - 1] in _lexicon().surname_places
        # an initial and its full stop are two words of one letter each: "J", "."
        and all(len(text) == 1 for text in texts[start + 1 : end - 1])
        and not (start and words.lower[start - 1] == "the")
    )


def _not_a_person(
    builder: _Builder, start: int, end: int, *, titled: bool, aged: bool = False
) -> bool:
    """A run with a place or thing word ("Tabqa Dam"), or after "in"/"near", is no person;
    after its first word, a place word that opens places only ("Karim Khan") or one that is
    also a surname after a known given name ("Fiona Hill") keeps it a person, and so does any
    in an ``aged`` run, one an age follows ("Ollie Hall, 24,"; "Tal Afar, 12," stays a
    place)."""
    words = builder.words
    texts = words.text
    lowers = words.lower
    notperson = _lexicon().notperson
    # After a run's first word, "Khan" is a surname ("Karim Khan"), no place ("Khan Younis").
    inner = _lexicon().notperson_inner
    if start and texts[start - 1] in _vessel_prefixes():
        return True  # "the USS Donald Cook": a ship's name
    if (
        start
        and lowers[start - 1] == "the"
        # the cheap tests first: the ship names are gathered from every word of the article
        and builder.vessel_names
        and tuple(texts[start:end]) in builder.vessel_names
    ):
        # "the Donald Cook" after "the USS Donald Cook": the ship again ("Ronald Reagan"
        # after "USS Ronald Reagan" may be the man).
        return True
    if titled:
        # After a title only a place or thing head counts ("King's College"): "Ash Carter",
        # "Adviser Fiona Hill".
        return texts[end - 1] in inner and not _given_name_and_surname(words, start, end)
    # Most runs are one word: a lookup, not a slice.
    if texts[start] in notperson or (
        end - start > 1
        and not aged
        and not inner.isdisjoint(texts[start + 1 : end])
        and not _given_name_and_surname(words, start, end)
    ):
        return True
    if lowers[end - 1].endswith("ism"):
        return True  # "Bin Ladenism", "Kemalism": a doctrine named after a person
    # the cheap test first: most runs open with a word of more than one letter
    if len(texts[start]) == 1 and all(len(text) == 1 for text in texts[start:end]):
        return True  # "the A. Philip Randolph Institute": an initial whose name is another's
    if end < words.count and (texts[end] in _event_nouns() or texts[end] in _NAMED_PLACE_NOUNS):
        # "the Olive Branch operation", "the Al Qaim region": an operation's or a place's name
        return True
    if start > 0:
        before = texts[start - 1]
        if len(before) > 3 and before in notperson:
            # "Operation Olive Branch", "Exercise Eager Lion"; not "As" of "As David Miliband"
            return True
        if lowers[start - 1] in _PLACE_PREPOSITIONS:
            return True
        if start > 1 and lowers[start - 1] == "of" and lowers[start - 2] in _PLACE_NOUNS:
            return True  # "the village of Tuloul Naser"
        if start > 1 and lowers[start - 1] in _fight_places().get(lowers[start - 2], ()):
            return True  # "the siege of Khe Sanh", "fought at Dien Bien Phu": a battle's site
        if (
            start > 2
            and lowers[start - 1] == "as"
            and lowers[start - 2] == "such"
            and lowers[start - 3] in _PLACE_PLURALS
        ):
            return True  # "towns such as Maarat al-Nu'man"
    if end - start < 2:
        return False  # one ordinary word is not "mostly" ordinary words, as below
    seen = builder.lower_seen
    full_words = [word for word in lowers[start:end] if len(word) > 1]
    if len(full_words) == 1 and full_words[0] in seen:
        return True  # "letters A through I. Survey I showed": an initial and an everyday word
    # A run made mostly of words the article also writes in lower case is a capitalised phrase
    # ("Comprehensive Free Trade"), not a name: names are rarely everyday words. The full stop
    # of an initial ("A.Vladov") is no word of the article's.
    ordinary = sum(word in seen and word[:1].isalnum() for word in lowers[start:end])
    return ordinary >= 2 and 2 * ordinary > end - start


@functools.cache
def _fight_places() -> dict[str, frozenset[str]]:
    """``actor_fight_places.tsv``: the words of fighting ("battle", "fought") with the
    prepositions after which a name is the place fought over or at."""
    return {row[0]: frozenset(row[1].split("|")) for row in load_table("actor_fight_places")}


@functools.cache
def _armed_bodies() -> dict[str, bool]:
    """``actor_armed_bodies.tsv``: a state's services as bodies of people ("forces"), each
    with whether it may also modify a noun after it ("a military presence")."""
    return {row[0]: row[1:2] == ("modifier",) for row in load_table("actor_armed_bodies")}


# Words that cannot continue a noun phrase, so a noun that may modify one ends it before them.
_AFTER_PHRASE = frozenset(
    {"and", "or", "but", "who", "which", "that", "as", "if", "said", "says"}
    | {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can"}
    | {"may", "might", "should", "must", "did", "does", "do", "also", "now", "then"}
    | {"in", "on", "at", "to", "from", "for", "with", "into", "of", "by", "near", "around"}
    | {"after", "before", "since", "during", "against", "across", "inside", "outside"}
    # A new clause's subject or the next object: "told Turkish police he had left", "gave
    # Iraqi police a list".
    | {"he", "she", "they", "we", "it", "i", "a", "an", "the", "his", "her", "their"}
    # An emphatic pronoun closes the phrase it stresses: "and the Syrian military itself".
    | {"itself", "themselves"}
)


def _body_ends(words: _Words, end: int) -> bool:
    """Whether the force phrase ending before word ``end`` ends with a body of people
    ("Iraqi forces", "the Syrian army."), not an act, equipment or a modifier ("the Syrian
    army spokesman")."""
    lower = words.lower[end - 1]
    modifier = _armed_bodies().get(lower)
    if modifier is None or (
        lower in _VERB_FORCES and end < words.count and words.lower[end] in _VERB_OBJECTS
    ):
        return False  # "if Donald Trump forces a shutdown": a verb and its object
    if not modifier or end >= words.count or words.possessive[end - 1]:
        return True
    after = words.text[end]
    # A past tense is the phrase's verb: "the Syrian air force bombed" ("need", "speed" are
    # nouns); so is a present tense of a state's acts: "Danish intelligence believes".
    verb = len(after) > 4 and after.endswith("ed") and not after.endswith("eed")
    return (
        verb
        or not after.isalpha()
        or not after.islower()
        or after in _AFTER_PHRASE
        or _verb_at(words.text, words.lower, end)
    )


@functools.cache
def _event_nouns() -> frozenset[str]:
    """``actor_event_nouns.tsv``: nouns after an operation's code name ("offensive")."""
    return load_words("actor_event_nouns")


def _apposition(
    builder: _Builder, end: int, name_first: int
) -> tuple[str | None, str | None, int] | None:
    """Read ", [the|a] [Affiliation['s]|Demonym] [modifiers] title [of|for Affiliation]" after
    the name starting at word ``name_first`` and ending before word ``end``."""
    words = builder.words
    chunk_at = builder.chunk_at
    count = words.count
    if end + 1 >= count or words.text[end] != ",":
        return None
    index = end + 1
    if words.lower[index] in {"the", "a", "an"}:
        index += 1
    affiliation_chunk: _Chunk | None = None
    chunk = chunk_at[index] if index < count else None
    if chunk is not None and chunk.kind in _AFFILIATING:
        if chunk.kind == "capital" and not words.possessive[chunk.last - 1]:
            return None  # "the NATO chief", "the US ambassador"; "the Moscow ..." is a place
        affiliation_chunk = chunk
        index = chunk.last
    title_start = index
    title_end = _title_end(builder, index)
    if title_end is None:
        return None
    index = _portfolio_after(builder, title_end)
    if index + 1 < count and words.text[index] == "," and builder.name_like[index + 1]:
        return None  # "in Slaviansk, the minister, Arsen Avakov, said": the title is Avakov's
    if index < count and (builder.name_like[index] or _is_known_person(builder, index)):
        return None  # "Dred Scott, Justice Roberts said": the title is Roberts's
    following = chunk_at[index] if index < count else None
    if following is not None and following.kind in {"title", "honorific"}:
        return None  # "Dred Scott, Chief Justice Roberts said"
    title = builder.text(title_start, index)
    builder.comma_titles.append((title_start, index, name_first))
    _mention_portfolio(builder, title_start, index)
    if (
        affiliation_chunk is None
        and index + 1 < count
        and words.lower[index] in {"of", "for", "at"}
    ):
        after = index + 1
        if words.lower[after] == "the" and chunk_at[after] is None:
            after += 1
        chunk = chunk_at[after] if after < count else None
        if chunk is not None and chunk.kind in {"org", "orgrun", "country", "capital"}:
            affiliation_chunk = chunk
            index = chunk.last
    affiliation = None
    if affiliation_chunk is not None:
        affiliation = builder.chunk_actor(affiliation_chunk)
        if affiliation is not None:
            builder.mention(affiliation_chunk.first, affiliation_chunk.last, affiliation)
    return title, affiliation, index


# --- sources, groups, descriptions ---------------------------------------------------------

_FAMILIAR_LINKS = frozenset({"with", "to", "on"})
_BACKED = frozenset({"backed", "led", "supported", "sponsored", "allied", "aligned"})
_GOVERNMENT_SIDE = frozenset(
    {"government", "pro-government", "anti-government", "opposition", "regime", "pro-regime"}
)
_PRO_GOVERNMENT = frozenset({"government", "pro-government", "regime", "pro-regime"})
_NOT_NEW = frozenset({"the", "these", "those", "his", "her", "its", "their", "our", "this", "that"})
_AFFILIATING = frozenset({"org", "orgrun", "country", "capital", "demonym"})


def _source_phrase(builder: _Builder, index: int) -> int:
    """Read an anonymous source ("a senior U.S. official"); return the index after it, or 0."""
    words = builder.words
    chunk_at = builder.chunk_at
    roles = _lexicon().source_roles
    count = words.count
    determiner = "determiner" in roles.get(words.lower[index], ()) and chunk_at[index] is None
    if (
        not determiner
        and index
        and (words.lower[index - 1] in _NOT_NEW or words.possessive[index - 1])
    ):
        return 0
    position = index + 1 if determiner else index
    affiliation: str | None = None
    affiliation_chunk: _Chunk | None = None
    modifiers = 0
    while position < count and modifiers < 4:
        chunk = chunk_at[position]
        if chunk is not None and chunk.kind in _AFFILIATING and affiliation_chunk is None:
            affiliation_chunk = chunk
            position = chunk.last
        elif (chunk is None or chunk.kind == "modifier") and "qualifier" in roles.get(
            words.lower[position], ()
        ):
            position += 1
        else:
            break
        modifiers += 1
    if position >= count:
        return 0
    head = words.lower[position]
    head_roles = roles.get(head, frozenset())
    chunk = chunk_at[position]
    if chunk is not None and chunk.kind != "title":
        return 0
    end = position + 1
    if "head-familiar" in head_roles:
        if not determiner or end >= count or "familiar" not in roles.get(words.lower[end], ()):
            return 0
        end += 1
        if end < count and words.lower[end] in _FAMILIAR_LINKS:
            end += 1
            if end < count and words.lower[end] == "the":
                end += 1
            object_chunk = chunk_at[end] if end < count else None
            if object_chunk is not None:
                end = object_chunk.last
            elif end < count and words.text[end][:1].isalpha():
                end += 1
    elif "head-definite" in head_roles:
        if not determiner or (end < count and (words.text[end] == "," or builder.name_like[end])):
            return 0
    elif "head" in head_roles or "head-private" in head_roles:
        plural = head.endswith("s")
        if not (determiner or modifiers or plural):
            return 0
        if end < count and words.lower[end] == "of":
            return 0  # "a source of concern"
        if not determiner and not modifiers and head not in {"sources", "diplomats", "officials"}:
            return 0
        seat = chunk_at[end + 1] if end + 1 < count and words.lower[end] == "in" else None
        if (
            seat is not None
            and seat.kind == "capital"
            and affiliation_chunk is None
            and not head.startswith("diplomat")
        ):
            # "officials in Kyiv" speak for the state its seat of government stands for
            # (diplomats there may be foreign ones).
            affiliation_chunk = seat
            position = seat.last - 1  # the name runs to the seat's last word
            end = seat.last
    else:
        return 0
    country: str | None = None
    if (
        affiliation_chunk is not None
        and "head-private" in head_roles
        and affiliation_chunk.kind in {"country", "capital", "demonym"}
    ):
        # "an Ethiopian activist": where the person is from, no state they speak for ("a
        # Red Crescent doctor" works for the Red Crescent, as below).
        country = affiliation_chunk.key[2:]
    elif affiliation_chunk is not None:
        affiliation = builder.chunk_actor(affiliation_chunk)
        # "a senior Turkish official": the official speaks for the state, named by its demonym.
        builder.mention(affiliation_chunk.first, affiliation_chunk.last, affiliation or "")
    name_start = index + 1 if determiner and words.lower[index] in {"a", "an"} else index
    name = builder.text(name_start, position + 1)
    if determiner:
        builder.source_count += 1
        key = f"S:{builder.source_count}"
    else:
        # A bare plural ("US officials") said twice is taken for the same officials.
        key = f"S:{name.lower()}"
    builder.draft(
        key,
        name,
        ActorKind.SOURCE,
        affiliation=affiliation,
        country=country or _country_of_key(builder, affiliation),
    )
    builder.mention(index, end, key)
    return end


def _backing_participle(words: _Words, chunk: _Chunk | None) -> int | None:
    """Where a participle of backing stands after ``chunk``, a state's name or demonym: after
    a hyphen ("Russian-backed forces", "Moscow-led"), and after a demonym also written apart,
    as the guide reads it since round 47 ("Russian backed forces", "Bolivian led forces")."""
    if chunk is None or chunk.kind not in {"country", "capital", "demonym"}:
        return None
    hyphened = chunk.last + 1 < words.count and words.text[chunk.last] == "-"
    if not hyphened and chunk.kind != "demonym":
        return None
    participle = chunk.last + 1 if hyphened else chunk.last
    return participle if _backed_at(words, participle) else None


def _backed_at(words: _Words, index: int) -> bool:
    """Whether word ``index`` is a participle of backing ("backed", "led")."""
    return index < words.count and words.lower[index] in _BACKED


def _group_phrase(builder: _Builder, index: int) -> int:
    """Read a group ("Russian-backed separatists", "Houthi rebels"); return the end, or 0."""
    words = builder.words
    chunk_at = builder.chunk_at
    lexicon = _lexicon()
    count = words.count
    position = index
    first = index  # where the group's phrase starts: before ``index`` in "United States-backed"
    country: str | None = None
    org_key: str | None = None
    backed = False
    modifiers = 0
    governing = 0  # modifiers that put the forces on the government's side
    # A community's word and no state's: "Kurdish forces", "Sunni troops", also after a
    # state's demonym ("Syrian Kurdish forces"), unless the word is in that state's own name
    # ("Syrian Arab forces" may be the Syrian Arab Republic's or an alliance's: left to the
    # context).
    communal = False
    before = chunk_at[index - 1] if index else None
    stated = before.key[2:] if before is not None and before.kind == "demonym" else None
    while position < count and modifiers < 3:
        lower = words.lower[position]
        chunk = chunk_at[position]
        participle = _backing_participle(words, chunk)
        if chunk is not None and participle is not None:
            country = country or chunk.key[2:]
            backed = True
            position = participle + 1
        elif chunk is not None and chunk.kind == "demonym":
            country = country or chunk.key[2:]
            position = chunk.last
            stated = chunk.key[2:]
        elif (
            chunk is not None
            and chunk.kind == "org"
            and modifiers == 0
            and lexicon.orgs.get(chunk.key[2:], (None,))[0] is ActorKind.GROUP
        ):
            org_key = chunk.key[2:]
            position = chunk.last
        elif (
            chunk is None
            and "-" in lower
            and (lower.startswith(("pro-", "anti-")) or lower.endswith(_ADJECTIVE_SUFFIXES))
        ):
            governing += lower in _PRO_GOVERNMENT
            code = country_of_adjective(words.text[position])
            if code is None and position == index:
                code = _split_country(builder, index)
                first = index - 1 if code is not None else index
            country = country or code
            backed = True
            position += 1
        elif (
            chunk is None
            and lower in lexicon.ethnic
            # "British Kurds": a community noun is the head, not a modifier
            and not (modifiers and lower in lexicon.people_nouns)
        ):
            governing += lower in _PRO_GOVERNMENT
            # A side's word ("Syrian government forces") names no community.
            communal = stated is None or (
                lower not in _GOVERNMENT_SIDE and lower not in _state_name_words(stated)
            )
            country = country or lexicon.ethnic[lower]
            backed = backed or lower in _GOVERNMENT_SIDE
            position += 1
            # "the Kurdish led force": the participle written apart, as after a demonym.
            if _backed_at(words, position):
                backed = True
                position += 1
        else:
            break
        modifiers += 1
    if (
        modifiers > 1
        and words.lower[position - 1] in lexicon.bare_groups
        # Not "the Syrian opposition groups" (read below), "Syrian opposition areas"; but
        # "the Syrian opposition's negotiators".
        and (
            position >= count
            or words.possessive[position - 1]
            or _ends_noun_phrase(words, position)
        )
    ):
        # "the Syrian opposition": the last modifier is the noun naming the group.
        end = position
        governing = 0
    else:
        if not modifiers:
            return 0  # no community's or backer's word: a bare noun names no group here
        # "Kurdish armed groups", "Shia security forces", "Iranian-backed ground forces": a
        # force's own modifiers (``groupnouns.tsv`` role ``force-modifier``) may stand between
        # the community's or backer's word and the body's noun; one that is a body's noun
        # itself stays the noun ("the Saudi-led coalition").
        named_end = position
        while (
            position < min(named_end + _GROUP_FORCE_MODIFIERS, count)
            and words.lower[position] in lexicon.state_modifiers
            and words.lower[position] not in lexicon.backed_nouns
            and words.lower[position] not in lexicon.group_nouns
            and chunk_at[position] is None
        ):
            position += 1
        if position >= count or chunk_at[position] is not None:
            return 0
        noun = words.lower[position]
        # A force's modifier names a body of armed people, no population ("Kurdish armed
        # civilians" is no group's name).
        population = (
            position == named_end
            and noun in lexicon.people_nouns
            and not (
                # "Syrian citizens" are the Syrian people (read by ``_chunk``).
                noun in _PEOPLE_NOUNS and country is not None
            )
        )
        if (
            noun not in lexicon.group_nouns
            # A state's forces are the state ("Russian forces"); a community has none, so
            # its forces are a group ("Kurdish forces", "Sunni troops"), and so are the groups
            # a community's name qualifies ("Kurdish groups", "Islamist groups"; not "the
            # jihadist group", which describes a group the article names).
            and not (backed and noun in lexicon.backed_nouns)
            and not (communal and noun in lexicon.backed_nouns and noun in _armed_bodies())
            and not (noun in _SETS_OF_BODIES and words.text[named_end - 1].istitle())
            # A community with no state governs itself: "the Kurdish authorities".
            and not (communal and noun in _GOVERNMENT)
            and not population
        ):
            return 0
        if (
            noun in lexicon.named_nouns
            and governing != modifiers
            and not any(words.text[k][:1].isupper() for k in range(first, position))
        ):
            return 0  # "the opposition delegation": a description, no name
        end = position + 1
        if noun in _GATHERINGS and not backed and end < count and words.lower[end] == "of":
            # "Kurdish groups of refugees": a number of people, no body ("a Turkish-backed
            # group of former units" is one)
            return 0
        if end < count and not words.possessive[position]:
            after = words.lower[end]
            if after in lexicon.group_nouns or after in lexicon.backed_nouns:
                end += 1  # "Syrian rebel groups", "Kurdish militia fighters"
            elif (
                noun in lexicon.member_nouns
                and words.text[end].isalpha()
                and words.text[end].islower()
                and after not in _VERB_LINKS
            ):
                return 0  # "a Syrian rebel commander", "the Kurdish separatist region"
    if org_key is not None and modifiers == 1:
        builder.mention(index, end, builder.org(org_key))
        return end
    if governing == modifiers and country is None:
        builder.government_forces.append((index, end))
        return end
    if (
        country is not None
        and stated is not None
        and not communal
        and governing
        and governing == modifiers - 1
    ):
        # "the Syrian government delegation": the state's government and its people, named
        # as "Syrian government forces" are.
        builder.governments.add(country)
        builder.mention(first, end, builder.country(country))
        return end
    name = builder.text(first, end)
    key = f"G:{name.lower()}"
    builder.draft(key, name, ActorKind.GROUP, country=country)
    builder.mention(first, end, key)
    if backed:
        _leader(builder, index)
    return end


@functools.cache
def _state_name_words(code: str) -> frozenset[str]:
    """The lower-case words of the names of state ``code`` ("syrian", "arab", "republic")."""
    return frozenset(
        word.lower()
        for row, _ in _state_rows()
        if row[0] == code
        for name in row[1].split("|")
        for word in name.split()
    )


_GROUP_FORCE_MODIFIERS = 2  # "Iranian-backed paramilitary security forces"
# Group nouns that also count people ("groups of refugees") when "of" follows.
_GATHERINGS = frozenset({"group", "groups"})
# Plurals naming several bodies after a community's or a state's word: "Kurdish groups",
# "Kurdish factions", "the Syrian parties".
_SETS_OF_BODIES = frozenset({"groups", "factions", "parties"})


# The kinds of chunk :func:`_opens_group_phrase` may say yes to: titles, people and places,
# most of the chunks, need not ask.
_GROUP_OPENERS = frozenset({"demonym", "org", "country", "capital"})


def _opens_group_phrase(builder: _Builder, chunk: _Chunk) -> bool:
    """Whether :func:`_group_phrase` can read a group from ``chunk`` on: only a demonym
    ("Kurdish fighters"), an armed group ("Houthi rebels") or a state before "-backed"
    ("Russia-backed rebels") opens one. A cheap test that spares the call for the many
    countries and organisations that open none."""
    kind = chunk.kind
    if kind == "demonym":
        return True
    if kind == "org":
        return _lexicon().orgs.get(chunk.key[2:], (None,))[0] is ActorKind.GROUP
    if kind in {"country", "capital"}:
        return _backing_participle(builder.words, chunk) is not None
    return False


def _split_country(builder: _Builder, index: int) -> str | None:
    """The country the word before ``index`` and the first part of the hyphened word at
    ``index`` name together ("United States-backed"), if they name one."""
    if not index:
        return None
    words = builder.words
    prefix = words.text[index].partition("-")[0]
    entry = _entry_for((words.text[index - 1], prefix)) if prefix else None
    return entry.key[2:] if entry is not None and entry.kind == "country" else None


# Words after which a noun is still the subject: "Kurdish militant was killed".
_VERB_LINKS = frozenset({"was", "is", "had", "has", "who", "and", "or", "said", "says"})
# Words that follow a subject or an object but extend no noun phrase: "the opposition said".
_AFTER_SUBJECT = frozenset(
    {
        *("said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will"),
        *("would", "could", "can", "may", "might", "must", "should", "also", "did", "does"),
        *("do", "and", "or", "but", "in", "on", "at", "who", "which", "that", "as", "into"),
        *("with", "by", "after", "before", "during", "since", "now", "still", "remains"),
        *("it", "they", "he", "she", "we", "there", "this", "these", "than", "because"),
    }
)
_DETERMINERS = frozenset(
    {"a", "an", "any", "all", "each", "the", "these", "those", "his", "her", "its", "their"}
    | {"our", "this", "that"}
)
# After these a "definite" group noun is an abstract noun: "opposition to the plan".
_ABSTRACT_LINKS = frozenset({"to", "of", "from", "against", "for", "among", "over", "within"})


def _bare_group(builder: _Builder, index: int) -> int:
    """Read a group named by its noun alone ("Rebels", "the militants"); return the end, or 0.

    The noun refers back to the group the article named last with it ("Houthi rebels ...
    the rebels", "Islamic State ... the militants"); with none, it is a group actor of its
    own, named by the noun, as the text gives it no other name. A population ("civilians",
    "Witnesses said", "the Kurds") is read so too, and "of" and a place after it belong to
    its name ("residents of Aleppo").
    """
    words = builder.words
    count = words.count
    lexicon = _lexicon()
    determiner = words.lower[index] == "the"
    position = index + 1 if determiner else index
    noun = words.lower[position]
    form = lexicon.bare_groups.get(noun)
    if form is None and noun in lexicon.people_nouns:
        form = "people"
    if form is None or builder.chunk_at[position] is not None:
        return 0
    owner = builder.chunk_at[index - 1] if index and words.possessive[index - 1] else None
    # "Syria's Kurds", "Syria's opposition": the state's own community or side, named by the
    # noun as "the Kurds" is, the state there a place ("Syria's civilians" are no body).
    by_state = (
        owner is not None
        and owner.kind == "country"
        and not determiner
        and (form != "people" or words.text[position][:1].isupper())
    )
    previous = words.lower[index - 1] if index else ""
    # "said that the Kurds", "that rebels had": before "the" or a plural, "that" opens a
    # clause; it points back only before a singular ("that opposition").
    clause_that = previous == "that" and (determiner or noun.endswith("s"))
    if index and (
        (previous in _NOT_NEW and not clause_that) or (words.possessive[index - 1] and not by_state)
    ):
        return 0  # "their fighters", "Assad's militias": somebody's, named before
    end = position + 1
    if form == "definite" and not determiner and not by_state:
        before = words.text[index - 1] if index > 1 else ""
        if not (before.isalpha() and before.islower() and words.lower[index - 2] == "the"):
            return 0
        index -= 1  # "the armed opposition": an adjective between
    if form == "definite" and end < count and not _ends_noun_phrase(words, end):
        return 0  # "opposition to the plan", "the last opposition stronghold"
    following = builder.chunk_at[end] if end < count else None
    if (following is not None and following.kind in {"title", "modifier"}) or (
        end < count and words.text[end].capitalize() in _lexicon().orgheads
    ):
        return 0  # "the opposition leader", "the opposition party": a modifier of the noun
    if form == "people":
        return _population(builder, index, position)
    if (
        end < count
        and not words.possessive[position]
        and words.lower[end] in _lexicon().group_heads
    ):
        end += 1  # "the militia fighters", "the opposition forces"
    key = _group_antecedent(builder, noun)
    if key is None:
        key = builder.draft(f"G:{noun}", noun, ActorKind.GROUP).key
    builder.mention(index, end, key)
    return end


def _population(builder: _Builder, index: int, position: int) -> int:
    """Note the population the noun at ``position`` names ("civilians", "the residents of
    Aleppo"), its phrase starting at ``index``; return the index after it."""
    words = builder.words
    noun = words.lower[position]
    end = position + 1
    place = (
        builder.chunk_at[end + 1] if end + 1 < words.count and words.lower[end] == "of" else None
    )
    if (
        place is not None
        and place.first == end + 1
        and place.kind in {"place", "capital", "country"}
        and not words.possessive[position]
        # "the Kurds of Syria's north": the place goes on past the name
        and not words.possessive[place.last - 1]
    ):
        if place.kind == "country" and noun in _PEOPLE_NOUNS:
            return _people(builder, index, place.last, place.key[2:])  # "citizens of Ukraine"
        # "residents of Aleppo": the place tells these residents from any others; the
        # lexicon's form of the noun, as a sentence's first word is capitalised.
        name = _lexicon().people_nouns[noun] + builder.text(position, place.last)[len(noun) :]
        country = place.key[2:] if place.kind != "place" else None
        key = builder.draft(f"G:{name.lower()}", name, ActorKind.GROUP, country=country).key
        builder.mention(index, place.last, key)
        return place.last
    antecedent = _group_antecedent(builder, noun)
    if antecedent is None:
        antecedent = builder.draft(f"G:{noun}", _lexicon().people_nouns[noun], ActorKind.GROUP).key
    builder.mention(index, end, antecedent)
    return end


def _ends_noun_phrase(words: _Words, index: int) -> bool:
    """Whether word ``index`` may follow a noun phrase's head rather than extend it: a mark,
    a capitalised word, a verb form ("said", "rejected", "will") or a linking word ("and",
    "in"), not a noun the head would qualify ("stronghold") nor "to" or "of"."""
    lower = words.lower[index]
    if lower == "to" and index + 1 < words.count:
        # "to defend the people": an infinitive after the object; "to the plan" an argument.
        after = words.text[index + 1]
        return after.isalpha() and after.islower() and after not in _DETERMINERS
    if lower in _ABSTRACT_LINKS:
        return False
    text = words.text[index]
    return (
        not text.isalpha() or not text.islower() or lower.endswith("ed") or lower in _AFTER_SUBJECT
    )


def _group_antecedent(builder: _Builder, noun: str) -> str | None:
    """The group or organisation the article named last that ``noun`` describes, if any."""
    drafts = builder.drafts
    # The few most recent actors only: the one meant is near, and odd input stays linear.
    for key in itertools.islice(reversed(builder.latest), _ANTECEDENT_WINDOW):
        draft = drafts.get(key)
        if draft is None or draft.kind not in _ORGANIZATION_KINDS:
            continue
        if draft.name.lower().rsplit(None, 1)[-1] == noun or (
            noun in _lexicon().descriptions.get(draft.name, ())
        ):
            return key
    return None


def _regime(builder: _Builder, index: int) -> int:
    """Note "the regime" (at "the") as a mention of the state whose government the article
    names, settled once the whole text is read; return the index after it, or 0."""
    words = builder.words
    end = index + 2
    if end < words.count and words.lower[end] == "change":
        return 0  # "the regime change": no actor
    builder.government_forces.append((index, end))
    return end


def _person_bodies(builder: _Builder, candidates: list[int]) -> None:
    """Read "the Sanders campaign", "the Trump camp" as an organisation of its own, the
    person's, where a noun of ``actor_person_bodies.tsv`` (among ``candidates``) follows a
    mention of a person.

    Not after a possessive (a leader's "campaign" is the state's act: "Putin's campaign in
    Syria"), not after "and" ("Clinton and Sanders campaign in Iowa": a verb), nor before
    "against" ("Trump's campaign against the press": an effort, not a body).
    """
    words = builder.words
    lowers = words.lower
    nouns = _person_body_nouns()
    hits = [i for i in candidates if lowers[i] in nouns and i and words.text[i].islower()]
    if not hits:
        return
    drafts = builder.drafts
    mentions = builder.mentions
    # The last mention ending at each offset, by a dict built in C.
    by_end = dict(zip(map(operator.itemgetter(1), mentions), range(len(mentions)), strict=True))
    normalized = builder.doc.normalized
    for index in hits:
        before = index - 1
        if words.possessive[before]:
            continue
        position = by_end.get(words.end(before))
        if position is None or (index + 1 < words.count and lowers[index + 1] == "against"):
            continue
        start, _, person = mentions[position]
        draft = drafts.get(person)
        if draft is None or draft.kind is not _PERSON:
            continue
        if normalized[max(0, start - 5) : start].rstrip().endswith((" and", "&")):
            continue
        name = f"{draft.name} {lowers[index]}"
        key = f"B:{person}:{lowers[index]}"
        builder.draft(key, name, ActorKind.ORGANIZATION, country=draft.country)
        builder.mention_span(start, words.end(index), key)


@functools.cache
def _person_body_nouns() -> frozenset[str]:
    """``actor_person_bodies.tsv``: nouns that name the people working for a person after
    the person's name ("the Clinton campaign", "the Trump camp")."""
    return load_words("actor_person_bodies")


@functools.cache
def _party_words() -> tuple[dict[str, str], frozenset[str]]:
    """``actor_party_members.tsv``: party adjectives ("Democratic", "Liberal Democrat") with
    their party's name, and the nouns for a party's members as a body ("lawmakers",
    "leadership")."""
    parties: dict[str, str] = {}
    members: set[str] = set()
    for row in load_table("actor_party_members"):
        if row[1] == "party" and len(row) > 2:
            parties[row[0]] = row[2]
        elif row[1] == "member":
            members.add(row[0])
    return parties, frozenset(members)


def _party_members(builder: _Builder, candidates: list[int]) -> None:
    """Read "Democratic lawmakers", "the Republican leadership", "Tory MPs", "Liberal
    Democrat MPs" as a group of the party's members, where a noun of
    ``actor_party_members.tsv`` (among ``candidates``) follows a party's adjective that no
    other mention holds ("the Democratic National Committee" is the committee)."""
    parties, members = _party_words()
    words = builder.words
    texts = words.text
    hits = [
        i
        for i in candidates
        if i and texts[i - 1] in parties and words.lower[i] in members and not texts[i].istitle()
    ]
    if not hits:
        return
    taken = {offset for start, end, _ in builder.mentions for offset in (start, end)}
    for index in hits:
        before = index - 1
        # "Liberal Democrat MPs" are the Liberal Democrats', not the Democratic Party's.
        two_words = before > 0 and f"{texts[before - 1]} {texts[before]}" in parties
        first = before - 1 if two_words else before
        if words.possessive[before] or words.start[first] in taken or words.end(before) in taken:
            continue
        name = builder.text(first, index + 1)
        key = f"G:{name.lower()}"
        affiliation = builder.org(parties[builder.text(first, index)])
        builder.draft(key, name, ActorKind.GROUP, affiliation=affiliation)
        builder.mention(first, index + 1, key)


def _government_forces(builder: _Builder) -> None:
    """Point "pro-government forces" at the one state whose government the article names.

    With no such state, or several, the phrase names nobody the text makes clear, and it
    is no mention at all rather than an actor of its own.
    """
    if len(builder.governments) != 1 or not builder.government_forces:
        return
    key = builder.country(next(iter(builder.governments)))
    for first, last in builder.government_forces:
        builder.mention(first, last, key)


# Lower-case words after a description's noun: "house armed services committee".
_BODY_NAME_REACH = 3


def _lower_case_body(words: _Words, position: int) -> bool:
    """Whether the lower-case words at ``position`` run to a body's head word
    (``orgheads.tsv``: "committee", "council"), so that the description's noun before them
    only qualifies a body's name written in lower case ("the house armed services
    committee", "the house foreign affairs committee")."""
    for k in range(position, min(position + _BODY_NAME_REACH, words.count)):
        text = words.text[k]
        if not (text.isalpha() and text.islower()) or text in _NOT_NAME_WORDS:
            return False
        # Past one modifier at least: "the news agency" may be the agency itself.
        if k > position and text.capitalize() in _lexicon().head_words:
            return True
    return False


# Lower-case words that end a phrase or open another: "the government to give parliament".
_NOT_NAME_WORDS = _PREPOSITIONS | _RELATIVE_DETERMINERS | _CONJUNCTIONS | {"as", "who", "which"}


def _description(builder: _Builder, index: int, determiner: bool = True) -> int:
    """Read a definite description at ``index`` ("the"); return the index after it, or 0.

    "the source", "the minister", "the ministry" become mentions of the last actor they fit.
    A titled description with nobody to refer back to ("the Foreign Secretary", "the Iraqi
    foreign minister", "the President of Syria") becomes a person named by the title. Without
    a ``determiner``, ``index`` opens a possessive owner, which defines the title as "the"
    does ("Turkey's president", "HRW's deputy director"); the caller checks the possessive.
    """
    words = builder.words
    chunk_at = builder.chunk_at
    first = index + 1 if determiner else index
    position = first
    chunk = chunk_at[position]
    if chunk is None and words.lower[position] not in _lexicon().describable:
        return 0  # "the war", "the first": most descriptions name no actor
    affiliation_chunk: _Chunk | None = None
    if chunk is not None and chunk.kind in _AFFILIATING:
        affiliation_chunk = chunk
        position = chunk.last
    title_start = position
    title_end = _title_end(builder, position)
    if title_end is None:
        if chunk is not None:
            # "the Iraqi army", "Turkey's economy": no title; the chunk is read on its own.
            # A possessive owner is a chunk, so below "the" opened the description.
            return 0
        if (
            first + 1 < words.count
            and words.lower[first + 1] == "of"
            and words.lower[first] in _lexicon().unit_heads
        ):
            return 0  # "the group of observers": a new group, described by what follows
        if (
            first + 1 < words.count
            and words.lower[first] in _title_modifiers()
            and words.text[first + 1].isalpha()
            and words.text[first + 1].islower()
        ):
            return 0  # "the foreign affairs committee": a title's modifier, no head
        if not words.possessive[first] and _lower_case_body(words, first + 1):
            return 0  # "the house armed services committee": a body named in lower case
        key = _antecedent(builder, words.lower[first], None)
        if key is None:
            return 0
        builder.mention(index, first + 1, key)
        return first + 1
    end = portfolio_end = _portfolio_after(builder, title_end)
    if _name_after_title(builder, end) is not None or _name_after_rank(builder, end) is not None:
        return 0  # "the Syrian president Bashar al-Assad": a name follows; _titled reads it
    if (
        title_end < words.count
        and not words.possessive[title_end - 1]
        and words.text[title_end].islower()
        and words.text[title_end].capitalize() in _lexicon().head_words
    ):
        return 0  # "the UN general assembly": the title word names the body's kind
    if (
        affiliation_chunk is None
        and title_end + 1 < words.count
        and words.lower[title_end] == "of"
        and (of_chunk := chunk_at[title_end + 1]) is not None
        and of_chunk.kind in {"country", "org", "orgrun"}
    ):
        affiliation_chunk = of_chunk
        end = of_chunk.last
    affiliation = builder.chunk_actor(affiliation_chunk) if affiliation_chunk else None
    # The office's head is before its complement: "secretary" of "the secretary of state",
    # as a title's person fits it (``_fits``).
    office_end = next(
        (k for k in range(title_start + 1, title_end) if words.lower[k] == "of"), title_end
    )
    head = next(
        (words.lower[k] for k in reversed(range(title_start, office_end)) if words.text[k] != "."),
        "",
    )
    title = builder.text(title_start, title_end)
    # "the Minister for the Balkans" is not the "Minister for Africa" named before.
    portfolio = (
        builder.text(title_end, portfolio_end).lower() if portfolio_end > title_end else None
    )
    key = _antecedent(builder, head, affiliation, title, portfolio)
    if key is None:
        if (affiliation is None and not title[:1].isupper()) or _plural(head):
            return 0  # "the ministers", "the Iraqi commanders": several, none named
        name = builder.text(first, end)
        key = f"D:{name.lower()}"
        builder.draft(
            key,
            name,
            _PERSON,
            title=builder.text(title_start, portfolio_end),
            affiliation=affiliation,
            country=_country_of_key(builder, affiliation),
        )
    if affiliation_chunk is not None and affiliation is not None:
        builder.mention(affiliation_chunk.first, affiliation_chunk.last, affiliation)
    _mention_portfolio(builder, title_start, portfolio_end)
    builder.mention(index, end, key)
    return end


@functools.cache
def _title_modifiers() -> frozenset[str]:
    """Words that only modify a title's head ("foreign" of "foreign secretary", "prime"),
    never end one (``titles.tsv``), nor head a body's description: "group" of "Group
    Captain", "army" of "Chief of Army Staff" still head "the group", "the army"."""
    inner: set[str] = set()
    final: set[str] = set()
    for row in load_table("titles"):
        *modifiers, head = row[0].lower().replace("-", " ").replace(".", " ").split()
        inner.update(modifiers)
        final.add(head)
    lexicon = _lexicon()
    bodies = set(lexicon.unit_heads) | {
        word.lower() for word, kind in lexicon.orgheads.items() if kind not in {"modifier", "media"}
    }
    return frozenset(inner - final - bodies)


# A region or a state named before a title's head is the office's portfolio, not its holder's
# affiliation: "HRW's deputy Middle East director", "the UN's Syria envoy".
_PORTFOLIO_KINDS = frozenset({"place", "country"})


def _mention_portfolio(builder: _Builder, title_start: int, title_end: int) -> None:
    """Mention each state named as the portfolio of the title at words ``title_start..
    title_end`` ("the UN's Syria envoy"): no affiliation of its holder, but still named."""
    chunk_at = builder.chunk_at
    for index in range(title_start, title_end):
        chunk = chunk_at[index]
        if chunk is not None and chunk.kind == "country" and chunk.first == index:
            key = builder.chunk_actor(chunk)
            if key is not None:
                builder.mention(chunk.first, chunk.last, key)


def _portfolio_after(builder: _Builder, title_end: int) -> int:
    """Where a title ending before word ``title_end`` ends with the portfolio after it: "for"
    and a region or a state in capitals ("Minister for the Middle East", "the UN envoy for
    Syria"); ``title_end`` when none follows. The caller mentions a state so named
    (:func:`_mention_portfolio`)."""
    words = builder.words
    index = title_end
    if index + 1 >= words.count or words.lower[index] != "for" or words.possessive[index - 1]:
        return title_end
    index += 1
    # A "the" no chunk holds ("for the Balkans"); "the Middle East" holds its own.
    if words.lower[index] == "the" and builder.chunk_at[index] is None:
        index += 1
    chunk = builder.chunk_at[index] if index < words.count else None
    if (
        chunk is None
        or chunk.first != index
        or chunk.kind not in _PORTFOLIO_KINDS
        # a name in capitals, as a portfolio before the head must be (:func:`_title_end`)
        or not words.text[chunk.last - 1][:1].isupper()
        # "the envoy for Syria's opposition": the state owns what follows
        or words.possessive[chunk.last - 1]
    ):
        return title_end
    return chunk.last


def _title_end(builder: _Builder, index: int) -> int | None:
    """Where "[modifiers] [portfolio] title" starting at word ``index`` ends ("former foreign
    minister", "deputy Middle East director")."""
    chunk_at = builder.chunk_at
    words = builder.words
    portfolio = False
    while index < words.count:
        chunk = chunk_at[index]
        if chunk is None:
            return None
        if (
            chunk.kind in _PORTFOLIO_KINDS
            and not portfolio
            and words.text[index][:1].isupper()
            # The title's words are matched against later descriptions: "New York" in a title
            # would make "the new year" a mention of its holder.
            and _lexicon().describable.isdisjoint(words.lower[index : chunk.last])
        ):
            portfolio = True  # one portfolio a title: two names running are no office
        elif chunk.kind not in {"modifier", "title"}:
            return None
        index = chunk.last
        if chunk.kind == "title":
            return index
    return None


_LOOK_BACK = 400  # mentions


def _antecedent(
    builder: _Builder,
    head: str,
    affiliation: str | None,
    title: str | None = None,
    portfolio: str | None = None,
) -> str | None:
    """The actor mentioned last that a description with this head word (and affiliation) fits;
    with a ``portfolio`` ("for africa"), only a holder whose title names it.

    A known person the article gives no title fits a description by the offices
    ``people.tsv`` lists for them: "the Syrian president" is Bashar al-Assad.
    """
    lexicon = _lexicon()
    if head not in lexicon.describable:
        return None
    drafts = builder.drafts
    # "the leaders", "the ministers" are several: no one person named before.
    plural = _plural(head)
    country = _country_of_key(builder, affiliation)
    # Only with the state named ("the Syrian president"): "the president" alone is whoever
    # holds the office when the article was written, which the lexicon cannot tell.
    office = (
        frozenset(title.lower().replace("-", " ").replace(".", " ").split())
        if title and not plural and country is not None
        else None
    )
    # Only the recent past: a description reaches back a few paragraphs, not a whole book.
    oldest = len(builder.mentions) - _LOOK_BACK
    fits = builder.fits
    # Most heads ("the campaign", "the economy") can fit no organisation whatever its name:
    # then organisations, groups and media, many of an article's actors, are not asked.
    bodies = _may_fit_body(head)
    for key, latest in reversed(builder.latest.items()):
        if latest < oldest:
            break
        draft = drafts.get(key)
        if draft is None:
            continue
        kind = draft.kind
        if kind is _COUNTRY:
            continue  # the commonest actors, which fit no description
        if (
            office is not None
            and kind is _PERSON
            and draft.title is None
            and draft.country == country
            and any(office <= held for held in lexicon.people_offices.get(draft.name, ()))
        ):
            return key
        # Untitled people fit no description, and a plural no person: skip them before
        # asking.
        if (kind is _PERSON and (draft.title is None or plural)) or (
            not bodies and kind in _DESCRIBED_KINDS
        ):
            continue
        if (
            (affiliation is None or draft.affiliation is None or draft.affiliation == affiliation)
            and (portfolio is None or f" {portfolio} " in f" {(draft.title or '').lower()} ")
            and fits(draft, head)
        ):
            return key
    return None


@functools.lru_cache(maxsize=4096)
def _may_fit_body(head: str) -> bool:
    """Whether a description's ``head`` may fit some organisation, group or medium (as
    :func:`_fits` asks): "group", a word of a lexicon description ("alliance"), or a head
    word of an organisation's name ("ministry"), not a modifier ("national")."""
    return head == "group" or head in _description_words() or _head_query(head).org_head


@functools.cache
def _description_words() -> frozenset[str]:
    """Every word of the lexicon's descriptions of organisations."""
    return frozenset(itertools.chain.from_iterable(_lexicon().descriptions.values()))


def _population_name(name: str) -> bool:
    """Whether a group's name names a population ("Syrian refugees", "the Kurds", "people
    of Mosul", "Syrians"), which "the group" does not refer back to: it means an armed or
    political group."""
    lexicon = _lexicon()
    if name in lexicon.people_names:
        return True
    words = name.lower().split()
    return any(word in lexicon.people_nouns or word in _PEOPLE_NOUNS for word in words)


def _plural(head: str) -> bool:
    """Whether a description's head word is the plural of one ("ministers", "leaders")."""
    return len(head) > 3 and head.endswith("s") and head[:-1] in _lexicon().describable


class _HeadQuery(NamedTuple):
    """What a description's head word ("minister", "sources") is matched against."""

    head: str
    source_words: frozenset[str]  # a source's last name word: "source" fits "sources"
    title_words: frozenset[str]  # a title word, or an alias ("general" -> "gen")
    org_head: bool  # an organisation's head word ("ministry"), not a modifier


# Heads are a few dozen lexicon words in real text; the bound keeps odd input in check.
@functools.lru_cache(maxsize=4096)
def _head_query(head: str) -> _HeadQuery:
    lexicon = _lexicon()
    singular = head[:-1] if head.endswith("s") and len(head) > 3 else head
    return _HeadQuery(
        head,
        frozenset({head, singular, head + "s"}),
        frozenset({head, singular, *lexicon.title_aliases.get(head, ())}),
        lexicon.orgheads.get(head.capitalize(), "modifier") != "modifier",
    )


def _fit_words(kind: ActorKind, name: str, title: str | None) -> frozenset[str]:
    """The words of an actor that a description's head may match (see :func:`_fits`): a
    source's last name word, a person's title words, an organisation's or group's name words."""
    if kind is ActorKind.SOURCE:
        name_words = name.lower().split()
        return frozenset(name_words[-1:])
    if kind is _PERSON:
        if not title:
            return frozenset()
        return frozenset(title.lower().replace(".", " ").replace("-", " ").split())
    if kind in _DESCRIBED_KINDS:
        return frozenset(name.lower().split())
    return frozenset()


_DESCRIBED_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MEDIA})


class _FitIndex(NamedTuple):
    """A table's actors (by position) under each word a description's head may match."""

    sources: dict[str, list[int]]  # a source's last name word
    titles: dict[str, list[int]]  # a word of a person's title
    descriptions: dict[str, list[int]]  # a lexicon description of an organisation or group
    names: dict[str, list[int]]  # a word of an organisation's, group's or medium's name
    groups: list[int]  # the groups: "the group" may mean one


def _fit_index(actors: tuple[Actor, ...]) -> _FitIndex:
    """The :class:`_FitIndex` of ``actors``: the words :func:`_fits` matches, inverted."""
    index = _FitIndex({}, {}, {}, {}, [])
    descriptions = _lexicon().descriptions
    for order, actor in enumerate(actors):
        kind = actor.kind
        if kind is ActorKind.SOURCE or kind is _PERSON:
            column = index.sources if kind is ActorKind.SOURCE else index.titles
            for word in _fit_words(kind, actor.name, actor.title):
                column.setdefault(word, []).append(order)
        elif kind in _DESCRIBED_KINDS:
            for word in descriptions.get(actor.name, ()):
                index.descriptions.setdefault(word, []).append(order)
            for word in _fit_words(kind, actor.name, actor.title):
                index.names.setdefault(word, []).append(order)
            if kind is ActorKind.GROUP:
                index.groups.append(order)
    return index


def _fitting_orders(index: _FitIndex, actors: tuple[Actor, ...], query: _HeadQuery) -> set[int]:
    """The positions of the actors a head fits, as :func:`_fits` answers, through the index."""
    head = query.head
    orders: set[int] = set()
    for word in query.source_words:
        orders.update(index.sources.get(word, ()))
    for word in query.title_words:
        orders.update(index.titles.get(word, ()))
    orders.update(index.descriptions.get(head, ()))
    if query.org_head:
        orders.update(index.names.get(head, ()))
    if head == "group":
        orders.update(order for order in index.groups if not _population_name(actors[order].name))
    return orders


# No cache across articles: names and titles are the article's own, so such a cache missed
# nine questions in ten (measured on PolNeAR) and cost more than it saved; within an article
# :meth:`_Builder.fits` asks once per actor and head. :class:`ActorTable` asks through its
# :class:`_FitIndex` instead (the same answers: tests/test_actors.py compares them).
def _fits(kind: ActorKind, name: str, title: str | None, head: str) -> bool:
    # The head's side of the question (its singular, its aliases) is the same in every
    # article: worked out once per head word.
    query = _head_query(head)
    if kind is ActorKind.SOURCE:
        name_words = name.lower().split()
        return bool(name_words) and name_words[-1] in query.source_words
    if kind is _PERSON:
        if not title:
            return False
        # The words of the office, not of its complement: "the army" is not the "Chief of
        # Army Staff", nor "the state" the "Secretary of State".
        office = title.lower().partition(" of ")[0]
        title_words = office.replace(".", " ").replace("-", " ").split()
        return not query.title_words.isdisjoint(title_words)
    if kind in _DESCRIBED_KINDS:
        if head in _lexicon().descriptions.get(name, ()) or (
            kind is ActorKind.GROUP
            and head == "group"
            and not _population_name(name)
            # "Kurdish forces" are a side's forces, not "the group" a later sentence names;
            # "Kurdish groups" are several.
            and name.rpartition(" ")[2].lower() not in _armed_bodies()
            and name.rpartition(" ")[2].lower() not in _SETS_OF_BODIES
        ):
            return True
        return query.org_head and head in name.lower().split()
    return False


# --- linking and assembly ------------------------------------------------------------------


# Words before a month or a modal that show it is one: "in May", "since March", "the May
# elections", "we may", "which may".
_BEFORE_MONTH = frozenset(
    {
        *("in", "since", "until", "till", "by", "from", "of", "to", "through", "during", "on"),
        *("early", "late", "mid", "last", "next", "this", "each", "every", "before", "after"),
        *("the", "that", "which", "who", "we", "they", "you", "i", "it"),
    }
)


def _link_grammar_surnames(builder: _Builder) -> None:
    """Link the lone surname of a person named in full that is also a month or a grammar
    word (``nonnames.tsv``: "Theresa May" ... "talks with May"), which no scan starts at,
    where no word of time or number beside it makes it the month ("in May", "May 6")."""
    nonnames = _lexicon().nonnames
    surnames = {
        surname: draft.key
        for draft in builder.drafts.values()
        if draft.kind is _PERSON and " " in draft.name
        for surname in (_surname(draft.name.split()),)
        if surname.lower() in nonnames and surname.istitle()
    }
    if not surnames:
        return
    words = builder.words
    texts = words.text
    taken = [(start, end) for start, end, _ in builder.mentions]
    for index in words.indices_of({name.lower() for name in surnames}):
        key = surnames.get(texts[index])
        if key is None or _overlaps_any(words.start[index], taken):
            continue
        before = words.lower[index - 1] if index else ""
        after = texts[index + 1] if index + 1 < words.count else ""
        if before in _BEFORE_MONTH or before.isdigit() or after.isdigit():
            continue
        builder.mention(index, index + 1, key)


def _overlaps_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _link_singles(builder: _Builder) -> None:
    words = builder.words
    by_word: dict[str, list[str]] = {}
    for draft in builder.drafts.values():
        if draft.kind is not _PERSON:
            continue
        for form in _lone_forms(draft.name):
            by_word.setdefault(form, []).append(draft.key)
    # Where each actor is mentioned before the lone words are linked: needed only where two
    # people share a word, so worked out then.
    mentioned = len(builder.mentions)
    starts: dict[str, list[int]] | None = None
    # The last word linked: its index, its actor, and where its mention is in the list.
    joined: tuple[int, str, int] | None = None
    # Titled lone names first ("President Putin"), so that later bare "Putin"s find them.
    for titled_pass in (True, False):
        for index, read_before in builder.singles:
            if (read_before is not None) != titled_pass:
                continue
            info = read_before
            text = words.text[index]
            if text.isupper():
                text = text.title()  # "MR KIRBY:" of a transcript is John Kirby's "Kirby"
            keys = by_word.get(text)
            if keys:
                if len(keys) == 1:
                    key = keys[0]
                else:
                    if starts is None:
                        starts = _starts_by_key(builder.mentions[:mentioned])
                    key = _nearest(starts, keys, words.start[index])
                if (
                    joined is not None
                    and joined[0] == index - 1
                    and joined[1] == key
                    and words.headline[index]
                ):
                    # A headline's "Lindsey Graham", read word by word: one mention.
                    start = builder.mentions[joined[2]][0]
                    builder.mentions[joined[2]] = (start, builder.words.end(index), key)
                    joined = (index, key, joined[2])
                    continue
                joined = (index, key, len(builder.mentions))
                builder.mention(index, index + 1, key)
                if info is not None:
                    builder.drafts[key].fill(*info)
                continue
            if info is None:
                # The cheap test first: most lone words follow no reporting verb.
                if (
                    not index
                    or words.lower[index - 1] not in _INVERTED_CUES
                    or not _inverted_speaker(words, index)
                ):
                    continue
                info = (None, None, None)
            key = f"P:{text}"
            if key not in builder.drafts:
                builder.draft(key, text, _PERSON).fill(*info)
                by_word.setdefault(text, []).append(key)
            builder.mention(index, index + 1, key)


# "anti-Assad rebels", "pro-Trump crowds", "post-Saddam Iraq", "pre-Mogherini statements";
# "Assad loyalists" written "Assad-loyalists".
_NAMING_PREFIXES = frozenset({"pro", "anti", "pre", "post"})
_NAMING_SUFFIXES = frozenset({"backers", "loyalists", "supporters", "loyalist", "supporter"})


def _names_in_compounds(builder: _Builder, hyphenated: list[int]) -> None:
    """Mention the person or organisation a compound is for or against ("anti-Assad rebels",
    "pro-Isis accounts", "Assad-backers"), when the article names that person in full
    elsewhere or the lexicon knows the organisation by that one word."""
    words = builder.words
    by_word: dict[str, list[str]] | None = None
    for index in hyphenated:
        text = words.text[index]
        head, _, rest = text.partition("-")
        if head.lower() in _NAMING_PREFIXES and "-" not in rest:
            name, offset = rest, len(head) + 1
        else:
            # "Assad-backers", and "Trump-endorsed" as "ISIL-held" (see _org_compound).
            name, _, suffix = text.rpartition("-")
            suffix = suffix.lower()
            if suffix in _compound_participles():
                if _names_head(builder, index + 1):
                    continue  # "a Trump-endorsed Senate candidate": see _org_compound
            elif suffix not in _NAMING_SUFFIXES:
                continue
            if "-" in name:
                continue
            offset = 0
        if not (name[:1].isupper() and name.isalpha() and len(name) > 2):
            continue
        start = words.start[index] + offset
        org = _known_org(name)
        if org is not None:
            builder.mention_span(start, start + len(name), builder.org(org.key[2:]))
            continue
        if by_word is None:
            by_word = {}
            for draft in builder.drafts.values():
                if draft.kind is _PERSON:
                    for form in _lone_forms(draft.name):
                        by_word.setdefault(form, []).append(draft.key)
        keys = by_word.get(name, ())
        if len(keys) == 1:  # two people of that name: no telling which is meant
            builder.mention_span(start, start + len(name), keys[0])


# The same people are named article after article ("Donald Trump"): their forms are worked
# out once; the bound keeps odd input in check.
@functools.lru_cache(maxsize=4096)
def _lone_forms(name: str) -> tuple[str, ...]:
    """The words of a person's full name that a lone capitalised word may stand for: the
    surname, the last part of a hyphened one, the first name ("Jeb Bush": "Bush", "Jeb")."""
    # Names keep the caller's spelling; words are matched in the normalised view.
    parts = (name if name.isascii() and name.isprintable() else normalize(name)).split()
    if len(parts) < 2:
        return ()
    last = _surname(parts)
    return tuple(
        form
        for form in {last, last.split("-")[-1], parts[0]}
        if form[:1].isupper() and len(form) > 2 and form.lower() not in _PARTICLES
    )


# Reporting verbs before their subject: "says Manal", "said Omar, a farmer".
_INVERTED_CUES = frozenset(
    {"says", "said", "adds", "added", "explains", "explained", "recalls", "recalled", "asks"}
)


def _inverted_speaker(words: _Words, index: int) -> bool:
    """Whether the lone capitalised word at ``index`` follows a reporting verb and ends the
    clause ("'We stay,' says Manal."): a person named by one name, as reporters name the
    people they meet."""
    following = words.text[index + 1] if index + 1 < words.count else "\n"
    return (
        index > 0
        and words.lower[index - 1] in _INVERTED_CUES
        and not words.headline[index]
        and not words.possessive[index]
        and following in {",", ".", ";", ":", "\n"}
        # "said Del. Stacey Plaskett": an abbreviated title, not a name
        and not (following == "." and words.lower[index] in load_words("abbreviations"))
    )


def _is_known_person(builder: _Builder, index: int) -> bool:
    chunk = builder.chunk_at[index]
    return chunk is not None and chunk.kind == "person"


def _comma_titles(builder: _Builder) -> None:
    """Make each title set apart from a person's name by a comma a mention of the person:
    "the foreign minister" in "Dmytro Kuleba, Ukraine's foreign minister" refers to him."""
    if not builder.comma_titles:
        return
    words = builder.words
    drafts = builder.drafts
    person_at = {
        start: key
        for start, _end, key in builder.mentions
        if key in drafts and drafts[key].kind is _PERSON
    }
    for first, last, name_first in builder.comma_titles:
        key = person_at.get(words.start[name_first])
        if key is not None:
            builder.mention(first, last, key)


def _starts_by_key(mentions: list[tuple[int, int, str]]) -> dict[str, list[int]]:
    """The start offsets of each actor key's mentions, in order."""
    starts: dict[str, list[int]] = {}
    for start, _end, key in sorted(mentions):
        starts.setdefault(key, []).append(start)
    return starts


def _nearest(starts: dict[str, list[int]], keys: list[str], offset: int) -> str:
    """Of several people sharing a surname, the one named last before ``offset``."""
    best = keys[0]
    best_start = -1
    # A handful of namesakes at most in real text; the cap keeps odd input linear.
    for key in keys[:8]:
        key_starts = starts.get(key, [])
        position = bisect.bisect_left(key_starts, offset)
        if position and key_starts[position - 1] > best_start:
            best, best_start = key, key_starts[position - 1]
    return best


_first = operator.itemgetter(0)
_second = operator.itemgetter(1)


def _table(builder: _Builder) -> ActorTable:
    original = builder.doc.original
    drafts = builder.drafts
    # By start, the longer first where two start together: sorting by end (descending) and
    # then, stably, by start gives that order without a key tuple per mention.
    ordered = sorted(builder.mentions, key=_second, reverse=True)
    ordered.sort(key=_first)
    ids: dict[str, str] = {}
    spans: dict[str, list[Span]] = {}
    mentions: list[Mention] = []
    # The constructors' bodies written out (see _new_span, _new_mention): this loop makes
    # every span and mention of the article, and two calls less each are a fifth of it.
    new, set_start, set_end, set_text = _new_object, _set_start, _set_end, _set_text
    set_span, set_actor_id = _set_span, _set_actor_id
    # Mentions of one span lie together in ``ordered``: the first with an actor takes it.
    taken_start = taken_end = -1
    for start, end, key in ordered:
        if key not in drafts or (start == taken_start and end == taken_end):
            continue  # no actor ("" or a key never drafted), or a span already taken
        taken_start, taken_end = start, end
        actor_id = ids.get(key)
        if actor_id is None:
            actor_id = ids[key] = f"a{len(ids) + 1}"
            spans[key] = []
        span = new(Span)
        set_start(span, start)
        set_end(span, end)
        set_text(span, original[start:end])
        spans[key].append(span)
        mention = new(Mention)
        set_span(mention, span)
        set_actor_id(mention, actor_id)
        mentions.append(mention)
    actors = []
    lexicon = _lexicon()
    for key, actor_id in ids.items():
        draft = builder.drafts[key]
        affiliation = ids.get(draft.affiliation) if draft.affiliation else None
        if affiliation is None and draft.kind is _PERSON:
            # A known leader belongs to the organisation or state the article names.
            org = lexicon.people_orgs.get(draft.name) if key.startswith("P:") else None
            affiliation = ids.get(f"O:{org}") if org else None
            if affiliation is None and draft.country:
                affiliation = ids.get(f"C:{draft.country}")
        if affiliation == actor_id:
            affiliation = None
        actors.append(_new_actor(draft, actor_id, affiliation, spans[key]))  # spans in text order
    return ActorTable(actors=tuple(actors), mentions=tuple(mentions))
