"""Statements: who said what.

An attribution has three parts, as in the PolNeAR annotation scheme: the *source* (the words
naming the speaker), the *cue* (the reporting words: "said", "told reporters", "according to",
"voiced objection") and the *content* (what was said, possibly in several pieces). The grammar
here works sentence by sentence over tokens, looking cue words up in the speech-verb lexicon
(``lexicon/speech_verbs.tsv``) and the nominal-cue lexicon (``lexicon/cue_nouns.tsv``), then
reading the source and the content off the cue's surroundings:

* preposed: ``Stoltenberg said (that) NATO must ...``, ``X told reporters that ...``, also
  past a phrase of occasion with no "that" (``X said at a news conference in Kyiv the army
  would stay``: the clause opens at a subject with its auxiliary);
* postposed and inverted: ``..., a source said.``, ``"...," said Burman.``;
* parenthetical: ``Part of the threat, Stoltenberg said, comes from ...``;
* prepositional: ``According to the source, ...``, ``..., according to officials.``,
  ``As reported by Reuters, ...``, ``..., as first reported by the agency``, and a clause
  of comment, ``As the envoy put it in an interview, ...``, ``... "a full withdrawal," as
  the memo put it``, ``As analysts, including Smith, have noted, ...``;
* nominal: ``the Kremlin voiced objection to ...``, ``Russia's claim that ...``, ``his
  warning that ...``, ``despite complaints that ...`` (a "that" opening a clause with its
  subject, not a relative one: "a message that fails"), a view its owner holds,
  ``Their fear is that ...``, and words or views with their owner and topic, ``Kyiv's
  remarks about the convoy`` (the noun and its preposition are the cue, the topic up to the
  main verb the content), or after a light verb, ``Kyiv raised new questions about the
  convoy``;
* passive: ``The plan was first reported by Reuters``, ``It was announced that ...``,
  ``a plan criticized by rights groups``, ``The deficit is projected to be ...``, ``was
  welcomed on Monday by ...``, ``The agency was criticized for its response`` (but not a
  deed done to the subject: ``He was released on bail``, ``The bridge was attacked``); a
  hearer told or warned by the agent is no content, the clause after the agent is
  (``The villagers were told by soldiers to leave``, ``Residents were warned by the army
  that …``);
* object relatives: ``a letter that he said was forged``, ``the build-up, which Ukraine
  estimated at 100,000`` (the pronoun and the rest of the relative clause are the content);
  one that ends with its cue reports the pronoun (``the talks, which Kyiv announced,``) or,
  with no pronoun, the head it describes (``an arrangement the opposition criticized``);
* a question put in the passive: ``X was asked by host Y whether …`` (Y asks; the question is
  the content);
* participles and infinitives that take the sentence's subject: ``…, saying that ...``,
  ``rallied supporters by warning that ...``, ``went to Kyiv to announce ...``, ``went on
  to say ...``, ``were quick to point out ...``; one that
  opens the sentence takes the main clause's subject (``After saying the convoy had left,
  the governor …``), and one after "with" its own (``…, with the army saying …``);
* a question put in an aside: ``…, when asked about the convoy, …`` (nobody named asks);
* support or blame got by the subject: ``The plan drew criticism from rights groups`` (the
  plan is the content, the groups the source);
* a side taken, named by an adjective or a noun after a copula: ``Kyiv is wary of the plan``,
  ``the mayor had been so dismissive of …``, ``she remains a staunch opponent of …`` (the
  copula, any degree word and the preposition belong to the cue; with no copula, "farmers wary
  of the shelling" describes the farmers);
* an inverted cue that opens the sentence: ``Said Petrenko: "…"``, ``Added one driver, "…"``;
* a free relative: ``what Kyiv says its troops can hold``, ``That was what the envoy said``
  (the pronoun is part of the content, and all of it when no clause follows);
* headline and transcript labels (``Stoltenberg: NATO stands by Kyiv``) and signed vox-pop
  quotations (``"We are afraid." ― Olena Petrenko``);
* a poll before or after its result: ``In a CNN poll, 52 percent back X``, ``Sanders has
  sagged in the polls`` (the result must report a standing: a number, "lead", "ahead"...);
* direct quotations, with the ``"...," he said. "..."`` pattern and quotations that run on over
  several sentences or paragraphs; a quotation with no cue of its own that follows a statement
  continues it (PolNeAR's convention), also after a short lead-in (``… he said. But "…"``,
  ``… he said. Unless the rivals quit, "…"``), and after a statement reported inside another
  it continues the outer one (``X said he expected … . "…"``).

The spans follow PolNeAR too: the source is the whole noun phrase with its appositive
("Gabrielius Landsbergis, Lithuania's foreign minister") and any short quoted title in it
('the "Azov" commander'), the cue the verb with its auxiliaries and adverbs ("has also said",
"no longer believes", "has not yet said"), the content includes "that" and quotation marks but
not the final full stop, and the addressee of "told" is not content while that of "warned",
"urged" or "accused" is ("warned Moscow that ...").

A Title-Case headline ("NATO Head Warns Over Russian Build-up") yields a statement only in
the colon or quotation form ('Kyiv Warns: "…"') or with a plain "Says", whose content is all
the rest ("Kyiv Says Talks Have Stalled"): its capitals hide where a clause would start.
A thing that "shows" in a participle ("pictures showing troop movements") is no speaker:
an evidence verb (``kind`` ``evidence`` in the lexicon) with no resolvable speaker is dropped.

A verb of appearance ("the plan seemed doomed", "what appears to be a breach") and
"reportedly" are the writer's judgement, which PolNeAR marks as an attribution with no source:
the cue is the verb, the content the subject and the rest of the clause ("seems to me" and
"appeared at the rally" are not).

A question put to the speaker ("Asked whether talks would resume, the minister said …") is a
statement of its own, with the question as content and the asker (after "by") as source. A
content that only says how much was said ("he said little about it") is no statement. An
estimate of a figure with no content clause ("the build-up, which Ukraine estimated at 100,000")
is one: PolNeAR marks "a crowd that the campaign estimated at 3,000 people" as an attribution
whose content is the thing estimated and its figure.

A cue word in another sense reports nothing: a naming participle ("a group called Northern
Shield"), a verb with a particle ("called off the talks"), a participle of a verb that needs
its addressee ("people briefed on the talks said …", where "said" is the cue), a verb whose
object is sent home, not spoken of ("recalled its ambassador", "the envoy was recalled"), a
base form read as a noun after a modifier ("local support on the committee", "a conference
call"), and any cue in a yes/no question the writer asks ("Do you support the plan?"), and a
set phrase ("easier said than done", "…, compared with 40 last year", "found itself cut off").
An interview's turn marks ("Q:", "A:") name nobody: an answer with a cue word of its own is
read through that cue, not as the label's content.

A speaker may carry a reduced relative with its agent ("A memo seen by Reuters said …"), a
subject relative clause ("Families who fled the town said …", "A spokesman for the militias
that hold the bank said …"), or, after its cue, a participle ('"…," said a fighter now living
in Turkey', '"…," said Kuleba speaking to reporters'); a short adjunct of time or place may
open the sentence before it with no comma ("In December the ministry announced …"). A time
adjunct ends a speaker named after its cue, after "by" or after "according to" ('"…," said
the commander on Monday', "was announced by the army on Tuesday"), unless it belongs to a
verb inside the phrase ("according to a poll taken last week"). After a relative clause set
off by commas, the main verb's speaker is what the pronoun stands for ("Kurdish leaders, who
backed the plan, said …"). A past participle or plural straight after a preposition is no
verb ("despite reported movements", "amid reports of clashes").

A pronoun source ("He added …") is the speaker of a statement at most two sentences before
when no actor is named in between (the news convention), else the last fitting actor named.

Every step looks at one sentence and its neighbours only, so the time is linear in the text;
only sentences holding a cue word (or a colon) are read at all, and of those only the cue words
outside closed quotations, and the words that make a cue only with the next ones ("is" of "is
critical of") only when those follow.
Measured with ``benchmarks/statements_eval.py`` on PolNeAR dev (84 articles): content F1 0.816
(P 0.856, R 0.779), source accuracy 0.914, cue accuracy 0.923; on the readable two thirds of
train: F1 0.793 (P 0.830, R 0.758), source 0.894, cue 0.916.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from conflictparse.extract.actors import ActorTable, find_actors
from conflictparse.lexicon import load_table
from conflictparse.model import ActorKind, Polarity, Span, Statement, StatementKind
from conflictparse.text import Sentence, Text, Token

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from conflictparse.extract.actors import Mention
    from conflictparse.model import TimeExpression

__all__ = ["extract_statements", "find_statements"]

# Two apostrophes stand for a double quotation mark in some wire copy: ''like this''.
_DOUBLED_APOSTROPHES = regex.compile(r"''")
# a letter or digit; on the normalised view the stdlib's ``[^\W_]`` is exactly
# ``[\p{L}\p{N}]`` (see conflictparse.text), and it is cheaper to call
_WORDLIKE = re.compile(r"[^\W_]")
_LETTERS = regex.compile(r"\p{L}+")
# what str.split() would give first (the normalised view's only whitespace is " \t\n")
_FIRST_WORD = re.compile(r"\s*+(?P<word>\S++)")
# the gap before a quotation ends a sentence: "… of the plan. " or "… Press.'' "
_SENTENCE_GAP = regex.compile(r"[.!?][\"')\]]*\s+$")
# what lies between a statement and a quotation that continues it: "…," he said. "…"
# (the stdlib's \s is what str.isspace() accepts)
_STOPS_AND_SPACE = re.compile(r"[\s.,;]*+")
_MAX_GAP_QUOTES = 4
# the words of a lead-in before a quotation that goes on with the statement before it:
# '… he said. Unless the rivals quit the race soon, "…"'
_MAX_QUOTE_LEAD = 8
# up to that many words (what str.split() gives) from a lead-in's start: when the match stops
# short of the quotation, the lead-in is longer (a bounded read, however long the sentence)
_QUOTE_LEAD_WORDS = re.compile(rf"(?:\s*+\S++){{0,{_MAX_QUOTE_LEAD}}}\s*+")
_MAX_SPLIT_SUBJECT = 6
_MAX_RAISING_SUBJECT = 14
# verb contractions: a phrase holding one is a clause, not a name ("O'Hanlon" is a name)
_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'m")
# the auxiliaries a pronoun source may carry: "She's said", "They've called for"
_PRONOUN_CONTRACTIONS = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m"})
# the longest such source: "They've", "they're"
_MAX_CONTRACTED = 7
_CLOSING_PUNCT = frozenset({".", "!", "?", ";", ":", ","})
# a relative pronoun just before a source makes it the subject of an object relative
_OBJECT_RELATIVE_WORDS = frozenset({"which", "that", "whom", "who"})
# a pronoun that opens a clause naming what was said: "what Trump says …", "how experts say …"
_FREE_RELATIVES = frozenset({"what", "how"})
_SENTENCE_MARKS = frozenset({".", "!", "?"})
# tokens (words and marks) a quotation after an opening adjunct needs to be a clause, not a title
_MIN_QUOTED_CLAUSE = 7
# "In the latest Washington Post-ABC News national poll, conducted in May, …": the poll
# phrase is short; a longer one is no fronted source
_MAX_SURVEY_LEAD = 14
# "In the polls, anyway.": a content of fewer words is no poll result
_MIN_SURVEY_CONTENT = 3
# "in the latest NBC News/Wall Street Journal poll": the words of a poll phrase after "in"
_MAX_SURVEY_PHRASE = 9
# the prepositions after an agentless passive cue that give what was judged: "was criticized
# for its cost", "was challenged over his temperament"
_REASON_PREPS = frozenset({"for", "over"})
# what a passive cue may take after an adjunct: "was described in the media as …", "was
# accused in the 1990s of espionage"
_LATER_COMPLEMENTS = frozenset({"as", "of"})
# the tokens looked at ahead of a passive cue for such a complement
_MAX_CLAUSE_LOOK = 30
# the words before a nominal cue that is its sentence's subject ("A US announcement that …")
_MAX_SUBJECT_LEAD = 4
# the tokens of a noun-phrase or infinitive content searched for a clause joined to it
_MAX_PHRASE_TOKENS = 40
# subject pronouns: after "and" or "but" they open a clause of their own
_CLAUSE_SUBJECTS = frozenset({"i", "he", "she", "it", "we", "they", "there"})
# the coordinators that may join a clause of its own to the words before them
_CLAUSE_JOINS = frozenset({"and", "but"})
# words after "but" that go on with the noun phrase before it: "but rather", "but one that"
_BUT_GOES_ON = frozenset({"rather", "one"})
# the words that open the question after the one asked: "asked Sanders how he felt"
_WH_CONTENT = frozenset({"whether", "if", "what", "how", "why"})
# the kinds of cue verb whose form in -s before "that" is a verb, not a plural noun: "data
# suggests that" (but "unveil plans that")
_THAT_KINDS = frozenset({"speech", "evidence"})
# the modifiers between an owner and the noun of its view: "Sanders's main point was that"
_MAX_VIEW_MODIFIERS = 3
# the marks a poll's name may hold: "NBC News/Wall Street Journal", "Trump's", "CNN-ORC"
_POLL_MARKS = frozenset({"/", "-", "'s", "&", "'", "."})
_QUOTE_TOKENS = frozenset({'"', "'"})
_DASHES = frozenset({"\u2013", "\u2014", "\u2015", "-"})
# the marks after which a cue follows what was said: '…," said X' / '… – said X'
_POSTPOSED_MARKS = frozenset({",", '"', "'"}) | _DASHES
_COMMA_OR_DASH = frozenset({","}) | _DASHES
_LIST_MARKS = frozenset({",", ";"}) | _DASHES
_MAX_SOURCE_TOKENS = 20
# a phrase of occasion between a cue and a clause said with no "that" ("said at a news
# conference in Kyiv on Tuesday the army would stay"), and the noun phrase opening that clause
_MAX_OCCASION_TOKENS = 12
_MAX_OCCASION_SUBJECT = 5
_OCCASION_PREPS = frozenset(
    {"at", "in", "on", "during", "after", "before", "by", "via", "from", "with"}
)
_MAX_APPOSITIVE_TOKENS = 25
_MAX_LABEL_TOKENS = 6
# the words of a quoted title inside a speaker's phrase: 'the "Bernie or Bust" crowd'
_MAX_QUOTED_TITLE = 4
# a "Speaker: words" label reports a statement when the words make a clause or a quotation
_MIN_LABEL_WORDS = 4
# the words of a noun phrase before a naming participle: "a special convention beer called X"
_MAX_NAMING_WORDS = 4
# words walked after a cue verb of physical sense to find the head of its object: "attacked
# the key strategic Kurdish-held town"
_MAX_OBJECT_WORDS = 6
# words walked after "by" to find a force in the agent: "is defended by some 400 Isis members"
_MAX_AGENT_WORDS = 5
# the object pronouns: "it seems to me" is a speaker's view, not the writer's; "gives them"
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you", "it"})
# prepositions that end an object noun phrase besides the attribution grammar's "prep" words
_PLACE_PREPS = frozenset(
    {
        "against",
        "near",
        "around",
        "across",
        "along",
        "outside",
        "inside",
        "into",
        "toward",
        "towards",
        "between",
        "amid",
        "after",
        "before",
        "since",
        "until",
        "as",
        "than",
        "if",
    }
)
# the words between a subject and the colon that introduces its quotation: "he returned to
# his familiar lines: "…""
_MAX_COLON_CUE = 8
_MIN_HEADLINE_WORDS = 3
# a headline and a standfirst under it: the most lines at a text's top read as headlines
_MAX_HEADLINE_LINES = 3
# a line ending in one of these is a sentence's, not a headline's
_HEADLINE_ENDS = frozenset(".!?:;,\"')")
# hard-wrapped text is set at 72 or 80 columns: a longer line was not wrapped
_MAX_WRAPPED_LINE = 90
_NO_WORDS: frozenset[str] = frozenset()
_MAX_ADDRESSEE_TOKENS = 5
_MAX_RELATIVE_TOKENS = 60
# far more than any real sentence holds ("A said B told C that ..."): linear time on junk
_MAX_PER_SENTENCE = 40
# the words a relative clause's subject may take before its verb in -s ("which the
# Organization for Economic Cooperation and Development says is …")
_MAX_GAP_SUBJECT = 8
# a relative clause with no pronoun ends at one of these ("a deal she once supported, …")
_ZERO_RELATIVE_ENDS = frozenset({",", ";", ")"}) | _DASHES
_ARTICLES = frozenset({"a", "an", "the", "another"})
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
# time adverbs that are adjectives after an article, "an earlier report" (unlike "the last
# week", whose time noun ends a speaker phrase: "In the last week officials said")
_TIME_ADJECTIVES = frozenset({"earlier", "later"})
_MAX_ZERO_HEAD = 4
_MAX_BARE_SPEAKER = 3
# marks after which a relative pronoun may open an object relative ("– whom it plans to …")
_RELATIVE_LEADS = frozenset({",", ")", '"', "'"}) | _DASHES
_RELATIVE_STOPS = frozenset({",", ";", "(", ".", "\u2013", "\u2014", "\u2015", "-"})
# the statements just before a cue that may enclose it (bounded: linear time)
_MAX_ENCLOSING = 3
# what may follow a cue in a headline: "Stoltenberg Warns: …", 'Biden Says "…"'
_HEAD_MARKS = frozenset({":", '"', "'"})
_SPEAKER_KINDS = frozenset({ActorKind.PERSON, ActorKind.SOURCE})
_MAX_LOOKBACK_MENTIONS = 80
_MAX_DESCRIPTION_WORDS = 4
_MAX_DESCRIPTION_LOOKUPS = 40
_MAX_TRAILER_TOKENS = 12
_MAX_CONTINUED_QUOTES = 12
_TRAILER_PREPS = frozenset(
    {"in", "on", "at", "during", "after", "before", "via", "through", "with"}
)
# a verb's particle before its object: "put out a statement"
# a cue past form after a number still takes its clause or infinitive when one of these follows
_CLAUSE_AFTER_NUMBER = frozenset({"to", "that", "whether", "it", "he", "she", "they", "we", "the"})
# a count, not a year: "300", "4,051", "75,000" (but "2008", "43-year-old")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COUNT = regex.compile(r"(?!(?:19|20)\d\d$)\d{1,3}(?:,\d{3})*|\d{1,3}")
# marks written inside one name or number, "9/11", "AT&T"
_NAME_JOINERS = frozenset({"/", "&"})
_PARTICLES = frozenset({"out", "up", "off", "back", "down", "together"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# open a participial adjunct after a cue: "said while visiting troops", "said when asked"
_ADJUNCT_OPENERS = frozenset({"while", "after", "before", "when", "since"})
# what may follow a content that says nothing: "said little about", "said nothing else"
_EMPTY_TOPIC = frozenset({"about", "on", "to", "else", "regarding"})
# open the hearer inside a cue of talk ending in its topic word: "spoke to CNN about",
# "talked with aides about"; the hearer is a few words, "to a small crowd"
_HEARER_PREPS = frozenset({"to", "with"})
# (not "of", which a hearer phrase may hold: "spoke to the head of the army about")
_HEARER_TOPIC = "about"
_MAX_HEARER_TOKENS = 4
# prepositions after which a base-form cue word is a noun: "support among voters"
_NOUN_PREPS = frozenset({"among", "from", "in", "at", "with", "for", "within", "across"})
# after a base-form cue word that follows a modifier, these show a noun: "local support on"
_NOUN_PREPS_AFTER_MODIFIER = frozenset({"on", "against", "behind"})
# words after which a base form is a verb: "to support", "would not support", "do support"
_VERB_LEADS = frozenset({"to", "not", "n't", "never", "do", "does", "did", "and", "or", "also"})
# the prepositions after which a past form of "brief" or "tell" is a participle
_ADDRESSED_PREPS = frozenset({"on", "by", "to", "in", "at", "with", "from", "during"})
# a particle that, with the word after it, makes a preposition heading an adjunct, so the cue
# keeps its sense: "said ahead of the talks that …"
_PARTICLE_PREPOSITIONS = frozenset({("ahead", "of")})
# the auxiliaries that open a yes/no question
_QUESTION_LEADS = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should"}
)
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_SUBJECT_RELATIVES = frozenset({"who", "which", "that"})
# relatives that never open a reported clause, as "that" may
_WH_RELATIVES = _RELATIVES - {"that"}
# the pronouns that may leave a gap for a subject before a verb in -s: "which Ankara says is …"
_GAP_RELATIVES = _RELATIVES | _FREE_RELATIVES
# besides capitalised words, what may stand among the names after "such as" in a speaker
# phrase: "such as France and Italy", "such as the United States"
_NAMED_MEMBER_JOINERS = frozenset({",", "and", "or", "&", "the"})
_MODALS = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "had", "has"}
)
# past participles that do not end in -ed or -en
_PARTICIPLES = frozenset({"told", "said", "thought", "found", "sought", "felt", "known", "shown"})
# marks before a speaker that start a new clause: the statement before ends there
_COORDINATORS = frozenset({",", ";", "and", "but", "while", "whereas", "or"})
# '"…" ― Olena Petrenko' at the end of a line: a signed vox-pop quotation; the signature
# may stand on a line of its own and describe the signer after a comma ('"…"\n\n- Olena
# Petrenko, Kharkiv.'); the name's words are lazy, so that it ends before a full stop
_DASH_NAME = regex.compile(
    r"(?:[^\S\n]*\n){0,2}[^\S\n]*(?P<dash>[\u2015\u2014\u2013]|--?)[^\S\n]*"
    r"(?P<name>\p{Lu}[\p{L}.'\-]*?(?:[^\S\n]+\p{Lu}[\p{L}.'\-]*?){0,5})"
    r"(?:,[^\S\n]+[^\n]{1,60}?)?[^\S\n]*\.?[^\S\n]*(?:\n|$)"
)
# the dash that _DASH_NAME starts with, in the cheaper stdlib engine: few quotations are
# followed by one (the stdlib's \s accepts every space the regex module's does)
_DASH_AHEAD = re.compile(r"(?:[^\S\n]*+\n){0,2}[^\S\n]*+[\u2015\u2014\u2013-]")
# the words that open a reported question: "asked whether …", "asked about …"
_QUESTION_OPENERS = frozenset(
    {"whether", "if", "what", "how", "why", "who", "whom", "which", "when", "where", "about", "to"}
)
# after "was asked by X" these open the question (a relative "who" describes X)
# what a question put in an aside opens with besides a question word: "when asked about …"
_ASKED_CONTENT = frozenset({"about", "on", "to", "for", "if", "whether"})
# the subordinators that put a question in an aside ("…, when asked about it, …"); not
# "once", as often an adverb ("which once pressed")
_ASKED_SUBORDINATORS = frozenset({"when", "if", "after", "before", "while", "until"})
# quantifiers that only go with a plural, so a cue word in -s after them is a noun
_PLURAL_QUANTS = frozenset({"some", "many", "several", "both", "few", "all", "most", "other"})
# "support from X", "the backing of X", "support among X": the giver follows these
_HELD_PREPS = frozenset({"from", "of", "among"})
# words that end the giver's phrase: an adjunct begins ("… from lawmakers after the vote")
_HELD_SOURCE_ENDS = frozenset(
    {"after", "before", "during", "over", "for", "in", "on", "at", "by", "with", "while", "to"}
)
_MAX_HELD_MODIFIERS = 3
_REFLEXIVES = frozenset(
    {"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"}
)
# a pronoun source goes back to the speaker of a statement at most this many sentences before
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it"})
_MAX_PRONOUN_SENTENCES = 2
_BODY_KINDS = frozenset(
    {ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.GROUP, ActorKind.MEDIA}
)
# the actors a pronoun source may stand for: "he" a person, "they" a body or people
_PERSON_KINDS = frozenset({ActorKind.PERSON})
_BODY_OR_SPEAKER_KINDS = _BODY_KINDS | _SPEAKER_KINDS
_SHARE_WORDS = frozenset({"percent", "%", "per", "cent"})
_ASKED_OPENERS = _QUESTION_OPENERS - {"who", "whom", "which", "where"}
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_AUX_OR_MODAL = _PASSIVE_AUX | _MODALS
_FINITE_AUX = (_AUX_OR_MODAL - {"be", "been", "being"}) | {"has", "had", "have"}
_VERB_AUX = _AUX_OR_MODAL | _FINITE_AUX
# the forms of a cue verb that make a finite verb on their own ("said", "says"), see _tense
_FINITE_TENSES = frozenset({"present", "past"})
# the modals proper, which take a verb in its base form ("would rebound")
_TRUE_MODALS = _MODALS - {"had", "has"}
# how far before an "and" or "but" a modal is looked for in the clause said, and the words
# that end that clause's last verb group before it ("would win the vote, which …")
_MAX_MODAL_REACH = 12
_CLAUSE_BREAKS = frozenset({",", ";", "that", "which", "who", "because", "if", "when"})
# the auxiliaries of tense and voice, no modal
_TENSE_AUX = _PASSIVE_AUX | {"has", "had", "have"}
_WORD_RUN = regex.compile(r"[\p{L}\p{N}]++")
_RELATIVE_TAIL = regex.compile(r"\s*+,?\s*+(?:which|where|who|whose)\b")
# How far past a quotation its relative pronoun is looked for: a comma, "whose" and the spaces
# around them. The sentence end bounds it too, but a sentence can be a whole text, and ``regex``
# reads up to the bound for the pronoun before it tries a match.
_MAX_RELATIVE_TAIL_CHARS = 100
# a coordinator ending the text before a later speaker: "… Johnson, and 1 percent support …"
# (a bare "and" joins the parts of a speaker as often: "said she and her husband are …")
_COORDINATOR_TAIL = re.compile(r"(?:,\s*+(?:and|but|while)|\bbut|\bwhile|;)\s*+$")


@attrs.frozen
class _Verb:
    lemma: str
    words: tuple[str, ...]
    polarity: Polarity
    kind: str
    frame: str
    # the verb's other, non-speech sense (speech_verbs.tsv): "physical", "withhold", "recall"
    sense: str = ""


_NO_VERB = _Verb("", (), Polarity.ASSERT, "", "")


# Not slotted: attrs gives a slotted class with cached properties a ``__getattr__`` hook, which
# sends every attribute read (hundreds per article) down the interpreter's unspecialised path;
# here a cached property's value lands in the instance ``__dict__``, read like any attribute.
@attrs.frozen(slots=False)
class _Lexicon:
    verbs: dict[str, tuple[_Verb, ...]]
    nouns: dict[str, Polarity]
    light: frozenset[str]
    grammar: dict[str, frozenset[str]]
    held: frozenset[str] = frozenset()
    receivers: frozenset[str] = frozenset()
    holders: dict[str, Polarity] = attrs.Factory(dict)
    topics: dict[str, Polarity] = attrs.Factory(dict)
    # a topic noun's own prepositions, in place of the shared "topicprep" words: "support for"
    topic_preps: dict[str, frozenset[str]] = attrs.Factory(dict)

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word that may start a cue: only these are looked at closely."""
        return (
            frozenset(self.verbs)
            | self.light
            | frozenset(self.nouns)
            | frozenset(self.topics)
            | self.held
            | self.classes.get("raising", _NO_WORDS)
        )

    @functools.cached_property
    def base_forms(self) -> frozenset[str]:
        """The base forms of the one-word cue verbs of stance, intention, belief and estimate
        ("support", "plan"), nouns more often than verbs; a verb of speech takes adjuncts
        ("they say in a statement")."""
        return frozenset(
            entry.words[0]
            for entries in self.verbs.values()
            for entry in entries
            if len(entry.words) == 1 and entry.words[0] == entry.lemma and entry.kind != "speech"
        )

    @functools.cached_property
    def present_forms(self) -> frozenset[str]:
        """The first words of the cue verbs in their present form in -s ("says", "fears",
        "calls for"), which after "be" or "have" can only be nouns."""
        return frozenset(
            entry.words[0]
            for entries in self.verbs.values()
            for entry in entries
            if entry.words[0] in _present_of(entry.lemma.split()[0])
        )

    @functools.cached_property
    def single(self) -> dict[str, _Verb]:
        """The verb of each cue word that starts no multi-word cue: one lookup, no loop."""
        return {
            word: entries[0]
            for word, entries in self.verbs.items()
            if all(len(entry.words) == 1 for entry in entries)
        }

    @functools.cached_property
    def sure_cues(self) -> frozenset[str]:
        """The cue words worth a close look wherever they stand: each can make a cue on its
        own. The rest ("is" of "is critical of", "make" of "make it clear" or "made a
        claim") only with the words that follow them."""
        return (
            frozenset(
                word
                for word, entries in self.verbs.items()
                if any(len(entry.words) == 1 for entry in entries)
            )
            | frozenset(self.nouns)
            | frozenset(self.topics)
            | self.held
            | frozenset(self.holders)
            | self.classes.get("raising", _NO_WORDS)
        )

    @functools.cached_property
    def followers(self) -> dict[str, frozenset[str]]:
        """The words that may follow a cue word that makes no cue alone for it to make one: the
        second words of its longer cues ("critical" after "is"), and "that" after a copula
        ("Their fear is that")."""
        copulas = self.classes.get("copula", _NO_WORDS)
        followers: dict[str, set[str]] = {}
        for word, entries in self.verbs.items():
            if word not in self.sure_cues:
                nexts = followers.setdefault(word, set())
                nexts.update(entry.words[1] for entry in entries if len(entry.words) > 1)
                if any(
                    len(entry.words) > 1 and entry.words[-1] == _HEARER_TOPIC for entry in entries
                ):
                    nexts.update(_HEARER_PREPS)  # "talked to reporters about"
                if word in copulas:
                    nexts.add("that")
        return {word: frozenset(nexts) for word, nexts in followers.items()}

    @functools.cached_property
    def cue_forms(self) -> frozenset[str]:
        """The cue words as they may be written (lower, capitalised, upper), and the colon;
        with them the stance nouns ("opponent"), which make a cue only after a copula."""
        words = self.cue_words | frozenset(self.holders)
        return (
            words | frozenset(map(str.capitalize, words)) | frozenset(map(str.upper, words)) | {":"}
        )

    @functools.cached_property
    def survey_forms(self) -> frozenset[str]:
        """The survey nouns ("poll") as they may be written: lower-case or capitalised."""
        words = self.classes.get("survey", _NO_WORDS)
        return words | frozenset(map(str.capitalize, words))

    @functools.cached_property
    def scan_forms(self) -> frozenset[str]:
        """The words :meth:`_Reader.read` looks for in one pass: cue forms and survey nouns."""
        return self.cue_forms | self.survey_forms

    @functools.cached_property
    def next_clause(self) -> re.Pattern[str]:
        """A comma and a ``nextclause`` word right before another statement's speaker: "Most
        said X, while a third said Y" (searched for up to that speaker)."""
        words = sorted(self.classes.get("nextclause", _NO_WORDS), key=len, reverse=True)
        joined = "|".join(r"\s++".join(map(re.escape, word.split())) for word in words)
        return re.compile(rf",\s*+(?:{joined})\s*+\Z")

    @functools.cached_property
    def classes(self) -> dict[str, frozenset[str]]:
        """The grammar words by class: one set lookup per question."""
        by_class: dict[str, set[str]] = {}
        for word, klasses in self.grammar.items():
            for klass in klasses:
                by_class.setdefault(klass, set()).add(word)
        return {klass: frozenset(words) for klass, words in by_class.items()}

    @functools.cached_property
    def phrase_stops(self) -> frozenset[str]:
        """Every word :meth:`_Reader._chunk_start` may stop at or step over in a special way
        (auxiliaries, clause openers, time words, coordinators, cue words): the rest of a
        phrase's words are settled by one lookup in this set."""
        classes = self.classes
        return (
            classes.get("aux", _NO_WORDS)
            | classes.get("opener", _NO_WORDS)
            | classes.get("time", _NO_WORDS)
            | classes.get("conj", _NO_WORDS)
            | _WEEKDAYS
            | frozenset(self.verbs)
        )

    @functools.cached_property
    def aside_tail(self) -> regex.Pattern[str]:
        """A sentence adverb set off by a comma at the end of a source, which is no part of
        it: "The ministry, however, said", "Kyiv, meanwhile, insisted"."""
        asides = sorted(map(regex.escape, self.classes.get("aside", _NO_WORDS)))
        return regex.compile(r",\s*(?:" + "|".join(asides) + r")\W*$", regex.IGNORECASE)

    @functools.cached_property
    def closed_words(self) -> frozenset[str]:
        """Determiners, prepositions, pronouns and quantifiers: words that head no noun."""
        classes = self.classes
        return frozenset().union(
            *(classes.get(klass, _NO_WORDS) for klass in ("det", "prep", "pronoun", "quant"))
        )

    @functools.cached_property
    def verbs_or_colon(self) -> frozenset[str]:
        """The words that start a cue verb, and the colon: the cues of a sentence's own."""
        return frozenset(self.verbs) | {":"}

    def has(self, word: str, klass: str) -> bool:
        return word in self.classes.get(klass, _NO_WORDS)


@functools.cache
def _month_names() -> frozenset[str]:
    """The months written out, lower-cased ("december"): a time adjunct opening a sentence,
    "In December Trump announced …"."""
    return frozenset(row[0] for row in load_table("time_months") if len(row) < 3)


@functools.cache
def _place_names() -> frozenset[str]:
    """The names of places and countries as written ("Afrin", "Syria", "Crimean peninsula"):
    the object of a cue verb of physical sense that makes it no speech ("attacked Afrin")."""
    names = {row[0] for row in load_table("places") if row}
    for row in load_table("countries"):
        if len(row) > 1:
            names.update(name.strip() for name in row[1].split("|") if name.strip())
        if len(row) > 3:
            # a capital that stands for its state is a place when attacked or defended
            names.update(name.strip() for name in row[3].split("|") if name.strip())
    return frozenset(names)


@functools.cache
def _lexicon() -> _Lexicon:
    verbs: dict[str, list[_Verb]] = {}
    for row in load_table("speech_verbs"):
        lemma, forms, polarity, kind, frame = row[:5]
        sense = row[5] if len(row) > 5 else ""
        for form in forms.split(","):
            words = tuple(form.strip().lower().split())
            if words:
                verbs.setdefault(words[0], []).append(
                    _Verb(
                        lemma,
                        words,
                        Polarity(polarity),
                        kind,
                        frame,
                        sense=sense,
                    )
                )
    nouns: dict[str, Polarity] = {}
    light: set[str] = set()
    held: set[str] = set()
    receivers: set[str] = set()
    holders: dict[str, Polarity] = {}
    topics: dict[str, Polarity] = {}
    topic_preps: dict[str, frozenset[str]] = {}
    for row in load_table("cue_nouns"):
        word, role, polarity = row[:3]
        if role == "noun":
            nouns[word.lower()] = Polarity(polarity)
        elif role == "topic":
            topics[word.lower()] = Polarity(polarity)
            if len(row) > 3:
                topic_preps[word.lower()] = frozenset(row[3].lower().split(","))
        elif role == "held":
            held.add(word.lower())
        elif role == "holder":
            holders[word.lower()] = Polarity(polarity)
        elif role == "receiver":
            receivers.add(word.lower())
        else:
            light.add(word.lower())
    grammar: dict[str, set[str]] = {}
    for word, klass in load_table("attribution_grammar"):
        grammar.setdefault(word.lower(), set()).add(klass)
    return _Lexicon(
        verbs={k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in verbs.items()},
        nouns=nouns,
        light=frozenset(light),
        grammar={k: frozenset(v) for k, v in grammar.items()},
        held=frozenset(held),
        receivers=frozenset(receivers),
        holders=holders,
        topics=topics,
        topic_preps=topic_preps,
    )


class _Region(NamedTuple):
    """A quotation: ``outer`` includes the marks, ``inner`` the words only.

    A named tuple: built for every quotation of every article, it costs a third of an attrs
    class to make.
    """

    outer_start: int
    outer_end: int
    inner_start: int
    inner_end: int
    closed: bool = True


@attrs.define
class _Found:
    """An attribution under construction (mutable while the sentence is read)."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    verb: _Verb | None
    polarity: Polarity
    clause: tuple[int, int]
    subjectless: bool = False
    boundary: int = -1
    postposed: bool = False
    # the source is no subject a later participle or coordinated cue can share: the asker
    # of "when asked by Y", the giver of "drew criticism from Y"
    foreign: bool = False
    # a noun phrase with its topic ("Trump's views on Russia"), most often inside another
    # statement's content: a later cue ends that content, not this one's
    topical: bool = False


def _outermost_last(items: list[_Found]) -> _Found | None:
    """The last of ``items`` whose cue lies inside no other's last content piece: the
    statement a following quotation goes on with ("X said he expected … . "…"" is X's)."""
    if len(items) < 2:
        return items[0] if items else None
    for item in reversed(items):
        start = item.cue[0]
        if not any(
            other is not item
            and other.content
            and other.content[-1][0] <= start < other.content[-1][1]
            for other in items
        ):
            return item
    return None


def _joins(tokens: Sequence[Token], index: int, kind: Callable[[str], bool]) -> bool:
    """Whether the mark at ``index`` touches characters of ``kind`` on both sides."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, mark, after = tokens[index - 1], tokens[index], tokens[index + 1]
    return (
        before.end == mark.start
        and mark.end == after.start
        and kind(before.text[-1:])
        and kind(after.text[:1])
    )


def _time_adjective(lows: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a time adverb that an article before it makes an
    adjective: "an earlier report", "a later statement"."""
    return lows[index] in _TIME_ADJECTIVES and index > 0 and lows[index - 1] in _ARTICLES


def _quote_regions(doc: Text) -> list[_Region]:
    normalized = doc.normalized
    curly: list[_Region] = []
    doubled = "''" in normalized
    if doubled:
        for para_start, para_end in doc.paragraphs:
            curly.extend(_curly_closed(doc, para_start, para_end))
    opened = {region.outer_start for region in curly}
    closing = {region.outer_end - 2 for region in curly}  # where each one's two apostrophes are
    regions = [
        _Region(
            q.open_mark,
            q.close_mark + 1 if q.close_mark is not None else q.end,
            q.start,
            q.end,
            q.close_mark is not None,
        )
        for q in doc.quotes
        if q.open_mark not in opened
    ]
    regions.extend(curly)
    if doubled:
        for para_start, para_end in doc.paragraphs:
            marks = [
                m.start()
                for m in _DOUBLED_APOSTROPHES.finditer(normalized, para_start, para_end)
                if m.start() not in closing
            ]
            for index in range(0, len(marks) - 1, 2):
                regions.append(
                    _padded_quotation(doc, marks[index], marks[index] + 2, marks[index + 1])
                )
    regions.sort(key=lambda r: r.outer_start)
    return regions


def _padded_quotation(doc: Text, opening: int, words_start: int, closing: int) -> _Region:
    """The quotation from the mark at ``opening`` to the two-character mark at ``closing``,
    its words without the spaces that may pad the marks ("`` is seeking guidance''")."""
    words = doc.trimmed_span(words_start, closing)
    return _Region(opening, closing + 2, words.start, words.end)


def _curly_closed(doc: Text, start: int, end: int) -> Iterator[_Region]:
    """The quotations of a paragraph opened by a curly double mark and closed by two curly
    apostrophes, as some agencies write them: '“We will fight,’’ she said'; the words only,
    not the spaces padding the marks ('“ ’’' quotes nothing)."""
    original = doc.original
    close = original.find("\u2019\u2019", start, end)
    while close >= 0:
        opening = original.rfind("\u201c", start, close)
        if opening >= 0 and original.find("\u201d", opening, close) < 0:
            yield _padded_quotation(doc, opening, opening + 1, close)
        start = close + 2
        close = original.find("\u2019\u2019", start, end)


def _headlines_apart(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """``sentences`` with the text's opening headline lines set apart from the body.

    A headline (or a standfirst under it) has no full stop, so when it is long the text model
    runs it on into the first sentence of the body ("Ukraine Says It Uncovered Plot to Create
    People's Republic in Odessa\nUkraine's Security Service said ..."), and a content would
    too. Only the top lines are read so: inside a body a line without a stop is a wrapped one.
    """
    breaks: list[int] = []
    line_start = 0
    for _ in range(_MAX_HEADLINE_LINES):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            break
        line = text[line_start:line_end].rstrip()
        next_start = line_end + 1
        if line and (line[-1] in _HEADLINE_ENDS or _wraps(line, text, next_start)):
            break  # the body has begun, or the line is a wrapped one
        if line:
            breaks.append(next_start)
        line_start = next_start
    if not breaks:
        return sentences
    ends = [sentence.end for sentence in sentences]
    result = list(sentences)
    for cut in reversed(breaks):
        number = bisect.bisect_right(ends, cut)
        if number >= len(result) or not result[number].start < cut:
            continue
        whole = result[number]
        head_end = whole.start + len(text[whole.start : cut].rstrip())
        body_start = whole.end - len(text[cut : whole.end].lstrip())
        result[number : number + 1] = [
            attrs.evolve(whole, end=head_end),
            attrs.evolve(whole, start=body_start),
        ]
    return tuple(result)


def _wraps(line: str, text: str, next_start: int) -> bool:
    """Whether ``line`` may be wrapped on into the line at ``next_start``.

    It may not when it is longer than wrapped text is wide, or when the next line opens a
    quotation, or opens with a capital or digit and is longer than ``line`` with that line's
    first word added (a wrap breaks only where the next word would not fit).
    """
    if len(line) > _MAX_WRAPPED_LINE:
        return False
    next_end = text.find("\n", next_start)
    following = text[next_start : next_end if next_end >= 0 else len(text)].strip()
    opening = following[:1]
    if opening in _QUOTE_TOKENS:
        return False
    if not (opening.isupper() or opening.isdigit()):
        return True
    first_word = following.split(maxsplit=1)[0]
    return len(following) <= len(line) + 1 + len(first_word)


class _Reader:
    """Reads the attributions of one document; holds per-document indexes."""

    def __init__(self, doc: Text, actors: ActorTable, times: tuple[TimeExpression, ...]) -> None:
        self.doc = doc
        self.text = doc.normalized
        self.lex = _lexicon()
        self.actors = actors
        self.times = times
        self.regions = _quote_regions(doc)
        self.region_starts = [r.outer_start for r in self.regions]
        self.paragraph_starts = [start for start, _ in doc.paragraphs]
        self.sentences = _headlines_apart(self.text, doc.sentences)
        self.sentence_ends = [sentence.end for sentence in self.sentences]
        # where the cues of the statements found start, once every sentence is read
        self.cue_starts: list[int] = []
        # each actor's kind by id: asked for every mention a pronoun's look back passes
        self.kind_by_id = {actor.id: actor.kind for actor in actors.actors}
        self.mention_starts = [mention.span.start for mention in actors.mentions]
        # the times by start offset, each with its rank in ``times`` (the order ``time_of``
        # prefers), so a sentence's times are found by bisection, not a scan of all of them
        by_start = sorted(range(len(times)), key=lambda i: times[i].span.start)
        self.time_starts = [times[i].span.start for i in by_start]
        self.time_ranks = by_start
        self.descriptions_left = _MAX_DESCRIPTION_LOOKUPS
        # the grammar-word classes as plain sets: asked hundreds of times per article
        classes = self.lex.classes
        self.aux_words = classes.get("aux", _NO_WORDS)
        self.preaux_words = classes.get("preaux", _NO_WORDS)
        self.topic_prep_words = classes.get("topicprep", _NO_WORDS)
        self.negtail_words = classes.get("negtail", _NO_WORDS)
        self.auxtail_words = classes.get("auxtail", _NO_WORDS)
        self.pairtail_words = classes.get("pairtail", _NO_WORDS)
        self.negation_words = classes.get("negation", _NO_WORDS)
        self.timeword_words = classes.get("timeword", _NO_WORDS)
        self.timelead_words = classes.get("timelead", _NO_WORDS)
        self.base_forms = self.lex.base_forms
        self.present_forms = self.lex.present_forms
        self.asked_words = classes.get("asked", _NO_WORDS)
        self.head_says = classes.get("headsays", _NO_WORDS)
        self.empty_words = classes.get("empty", _NO_WORDS)
        self.asklead_words = classes.get("asklead", _NO_WORDS)
        self.advlead_words = classes.get("advlead", _NO_WORDS)
        self.conj_words = classes.get("conj", _NO_WORDS)
        self.det_words = classes.get("det", _NO_WORDS)
        self.closed_words = self.lex.closed_words
        self.gerund_words = classes.get("gerund", _NO_WORDS)
        self.survey_forms = self.lex.survey_forms
        self.label_words = classes.get("label", _NO_WORDS)
        self.medium_words = classes.get("medium", _NO_WORDS)
        self.maker_words = classes.get("maker", _NO_WORDS)
        self.opener_words = classes.get("opener", _NO_WORDS)
        self.aside_tail = self.lex.aside_tail
        self.prep_words = classes.get("prep", _NO_WORDS)
        self.pronoun_words = classes.get("pronoun", _NO_WORDS)
        self.expletive_words = classes.get("expletive", _NO_WORDS)
        self.particle_words = classes.get("particle", _NO_WORDS)
        self.naming_words = classes.get("naming", _NO_WORDS)
        self.nounlike_words = classes.get("nounlike", _NO_WORDS)
        self.compound_words = classes.get("compound", _NO_WORDS)
        self.indefinite_words = classes.get("indefinite", _NO_WORDS)
        self.quant_words = classes.get("quant", _NO_WORDS)
        self.approx_words = classes.get("approx", _NO_WORDS)
        self.time_words = classes.get("time", _NO_WORDS)
        self.dated_words = self.time_words | _WEEKDAYS
        self.raising_words = classes.get("raising", _NO_WORDS)
        self.rstop_words = classes.get("rstop", _NO_WORDS)
        self.rhead_words = classes.get("rhead", _NO_WORDS)
        self.rplace_words = classes.get("rplace", _NO_WORDS)
        self.suffix_words = classes.get("suffix", _NO_WORDS)
        self.toaddressee_words = classes.get("toaddressee", _NO_WORDS)
        self.terrain_words = classes.get("terrain", _NO_WORDS)
        self.force_words = classes.get("force", _NO_WORDS)
        # the objects that make a cue verb of each object sense no speech: "denied entry",
        # "recalled its ambassador"
        self.sense_objects = {
            "withhold": classes.get("withheld", _NO_WORDS),
            "recall": classes.get("recallable", _NO_WORDS),
        }
        self.adjunct_words = classes.get("adjunct", _NO_WORDS)
        self.inverted_rest_words = classes.get("irest", _NO_WORDS)
        self.possessive_words = classes.get("possessive", _NO_WORDS)
        self.lynoun_words = classes.get("lynoun", _NO_WORDS)
        self.subject_words = classes.get("subject", _NO_WORDS)
        self.fronting_words = classes.get("fronting", _NO_WORDS)
        self.tolead_words = classes.get("tolead", _NO_WORDS)
        self.standing_words = classes.get("standing", _NO_WORDS)
        self.postpoll_words = classes.get("postpoll", _NO_WORDS)
        self.passive_tail_words = classes.get("ptail", _NO_WORDS)
        self.nonclausal_words = classes.get("nonclausal", _NO_WORDS)
        self.copula_words = classes.get("copula", _NO_WORDS)
        self.view_words = classes.get("viewnoun", _NO_WORDS)
        self.scontraction_words = classes.get("scontraction", _NO_WORDS)
        self.asonly_words = classes.get("asonly", _NO_WORDS)
        self.questioner_words = classes.get("questioner", _NO_WORDS)
        self.deed_words = classes.get("deed", _NO_WORDS)
        self.accusing_words = classes.get("accusing", _NO_WORDS)
        self.hearer_words = classes.get("hearer", _NO_WORDS)
        self.name_particle_words = classes.get("nameparticle", _NO_WORDS)
        self.degree_words = classes.get("degree", _NO_WORDS)
        self.linking_words = classes.get("linking", _NO_WORDS)
        self.manner_words = classes.get("manner", _NO_WORDS)
        self.alias_words = classes.get("alias", _NO_WORDS)
        # what makes an adjective a cue: "is wary of", "remains wary of"
        self.copula_words_of_cue = self.aux_words | self.linking_words

    # -- quotations -------------------------------------------------------------------------

    def region_at(self, offset: int) -> _Region | None:
        """The quotation whose marks enclose ``offset`` (exclusive of the opening mark)."""
        index = bisect.bisect_right(self.region_starts, offset) - 1
        if index >= 0:
            region = self.regions[index]
            if region.outer_start < offset < region.outer_end:
                return region
        return None

    def closed_region_at(self, offset: int) -> _Region | None:
        """Like :meth:`region_at`, for closed quotations only: a stray opening mark must not
        hide the cue that follows it ('"We will hold, the captain said.')."""
        # region_at() inlined: asked for nearly every cue and every token of a subject
        index = bisect.bisect_right(self.region_starts, offset) - 1
        if index >= 0:
            region = self.regions[index]
            if region.closed and region.outer_start < offset < region.outer_end:
                return region
        return None

    def regions_within(self, start: int, end: int) -> list[_Region]:
        index = bisect.bisect_left(self.region_starts, start)
        found = []
        while index < len(self.regions) and self.regions[index].outer_start < end:
            region = self.regions[index]
            if region.inner_end <= end:
                found.append(region)
            index += 1
        return found

    # -- the sentence grammar ----------------------------------------------------------------

    def read(self) -> list[_Found]:
        found: list[_Found] = []
        sentences = self.sentences
        sentence_ends = self.sentence_ends
        # Only a sentence holding a cue word or a colon (a "Speaker: ..." label) can hold an
        # attribution. The cue words are found by one C-level pass of set lookups over the
        # token texts (the set holds each word lower-cased, capitalised and upper-cased, so
        # nothing is lower-cased up front); only the sentences they fall in are read.
        all_tokens = self.doc.tokens
        # the token columns come with the tokens: no pass over them to pick a field out
        starts, ends, texts = self.doc.token_columns
        # lower-cased once per document for every extractor, not once per sentence read here
        lowers = self.doc.token_lowers
        # One pass finds the survey nouns that _survey_leads reads too; the few words found
        # are then told apart (a pass of its own would look at every token again).
        marked = map(self.lex.scan_forms.__contains__, texts)
        hits = list(itertools.compress(itertools.count(), marked))
        cue_forms = self.lex.cue_forms
        positions = self._worth_reading([p for p in hits if texts[p] in cue_forms])
        survey_forms = self.survey_forms
        surveys = [p for p in hits if texts[p] in survey_forms]
        continuing: list[tuple[_Found, int]] = []
        at = 0
        count = len(positions)
        while at < count:
            offset = starts[positions[at]]
            number = bisect.bisect_right(sentence_ends, offset)
            if number >= len(sentences) or sentences[number].start > offset:
                at += 1
                continue
            sentence = sentences[number]
            # the sentence's tokens, as Text.tokens_between finds them
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_right(ends, sentence.end, lo=first)
            tokens = all_tokens[first:last]
            # the cue words up to the sentence's end, found by bisection, not one by one
            stop = bisect.bisect_left(positions, last, at)
            candidates = [p - first for p in positions[at:stop] if p >= first and texts[p] != ":"]
            at = stop
            if first >= last:
                continue
            in_sentence = self._read_sentence(
                tokens,
                list(lowers[first:last]),
                candidates,
                sentence.start,
                sentence.end,
            )
            # the quotations that follow continue the quoted speaker ('"…," said X, who
            # criticized Y. "…"'), else the sentence's last statement not reported inside
            # another's content ("X said Y was concerned about Z. "…"" goes on with X)
            quoted = [item for item in in_sentence if item.postposed]
            continued = quoted[-1] if quoted else _outermost_last(in_sentence)
            if continued is not None:
                continuing.append((continued, number))
            found.extend(in_sentence)
        # once every sentence is read, a quotation is known to go with no statement found
        # in a sentence between ("X said …. Y said …. "…"" is no X's)
        self.cue_starts = sorted(item.cue[0] for item in found)
        for item, number in continuing:
            self._continue_quote(item, sentences, number)
        return found + self._dash_signatures() + self._survey_leads(surveys)

    def _worth_reading(self, positions: list[int]) -> list[int]:
        """The cue words of ``positions`` that may start a cue, and the colons.

        A word inside a closed quotation is what someone said, never a cue of the article's
        own; a word that only opens longer cues (lexicon ``sure_cues`` holds the others) needs
        its next words: "is" only in "is critical of", "is sharply critical of" or "is that"
        ("their fear is that"), "made" only in "made clear" or before a cue noun ("made a
        claim"). Most cue words of an article are one or the other; dropped here, they cost
        no reading, and a sentence left with none (and no colon) is not read at all. The
        tests look at the words after the cue across a sentence end too, so they keep every
        word :meth:`_try_cue` could read.
        """
        lowers = self.doc.token_lowers
        starts = self.doc.token_columns.starts
        sure = self.lex.sure_cues
        followers = self.lex.followers
        light = self.lex.light
        size = len(lowers)
        regions = self.regions
        region_starts = self.region_starts
        count = len(regions)
        kept: list[int] = []
        # the quotation before each word, found by one walk along both sorted lists: the
        # one closed_region_at() finds by bisection
        at = 0
        for position in positions:
            low = lowers[position]
            if low == ":":
                kept.append(position)
                continue
            if low not in sure:
                # the next word settles most: "is" before anything but "critical" or an adverb
                following = lowers[position + 1] if position + 1 < size else ""
                if (
                    following not in followers.get(low, _NO_WORDS)
                    and not following.endswith("ly")
                    and following not in _WEEKDAYS  # "spoke Tuesday about"
                    and low not in light
                ) or not self._opens_cue(lowers, position):
                    continue
            offset = starts[position]
            while at < count and region_starts[at] <= offset:
                at += 1
            if at:
                region = regions[at - 1]
                if region.closed and region.outer_start < offset < region.outer_end:
                    continue
            kept.append(position)
        return kept

    def _opens_cue(self, lowers: Sequence[str], position: int) -> bool:
        """Whether the words after a cue word that makes no cue alone may complete one: as
        :meth:`_try_cue` reads it, but over the whole text (a superset of its readings)."""
        low = lowers[position]
        following = lowers[position + 1] if position + 1 < len(lowers) else ""
        if following.endswith("ly") or (following == "that" and low in self.copula_words):
            return True  # a gapped cue ("is sharply critical of"), "their fear is that"
        if (
            following in _HEARER_PREPS
            and _HEARER_TOPIC in lowers[position + 2 : position + 2 + _MAX_HEARER_TOKENS]
        ):
            return True  # a hearer inside: "talked to reporters about"
        if self._match_verb(lowers, position) is not None:
            return True
        if self._match_dated(lowers, position)[0] is not None:
            return True  # a weekday inside: "spoke out Tuesday about"
        if low in self.lex.light:
            nouns = self.lex.nouns
            topics = self.lex.topics
            return any(
                word in nouns or word in topics for word in lowers[position + 1 : position + 4]
            )
        return False

    def _survey_leads(self, positions: list[int]) -> list[_Found]:
        """Poll results led by the poll: "In a CNN poll released Monday, 52 percent back X".

        The poll is the source, "In" the cue and the rest of the sentence the content. Only a
        sentence that opens with "In" and names a survey (class ``survey`` of the grammar
        lexicon) before its first comma is read: ``positions`` are the survey nouns' tokens,
        found by :meth:`read`'s C-level pass of set lookups.
        """
        starts, _ends, texts = self.doc.token_columns
        if not positions:
            return []
        found: list[_Found] = []
        sentences = self.sentences
        lowers = self.doc.token_lowers
        tokens = self.doc.tokens
        done = -1
        for position in positions:
            number = bisect.bisect_right(self.sentence_ends, starts[position])
            if number >= len(sentences) or number == done:
                continue
            sentence = sentences[number]
            first = bisect.bisect_left(starts, sentence.start)
            trailer = self._survey_trailer(first, position, sentence.end)
            if trailer is not None:
                done = number
                found.append(trailer)
                continue
            if lowers[first] != "in" or position - first > _MAX_SURVEY_LEAD:
                continue
            if any(
                lowers[i] in self.opener_words or texts[i] in _CLOSING_PUNCT
                for i in range(first + 1, position)
            ):
                # "In a time when everyone reads polls, …", "In April, a poll found …": the
                # phrase after "In" is no poll
                continue
            last = bisect.bisect_right(starts, sentence.end - 1, lo=first) - 1
            comma = self._lead_comma(texts, lowers, position, last)
            if comma is None:
                continue
            done = number
            end = last - 1 if texts[last] in _SENTENCE_MARKS else last
            if end - comma < _MIN_SURVEY_CONTENT or self.closed_region_at(starts[first]):
                continue
            content = self._trim(tokens[comma + 1].start, tokens[end].end)
            found.append(
                _Found(
                    source=(tokens[first + 1].start, tokens[comma - 1].end),
                    cue=(tokens[first].start, tokens[first].end),
                    content=[content],
                    verb=None,
                    polarity=Polarity.ASSERT,
                    clause=(tokens[first].start, tokens[comma - 1].end),
                )
            )
        return found

    def _survey_trailer(self, first: int, position: int, s_end: int) -> _Found | None:
        """A poll result with its poll after it: "Trump has a big lead in the latest Fox
        poll", "Sanders has sagged in the polls". "In" is the cue, the poll phrase the source
        and what comes before it in the sentence the content. ``first`` is the sentence's
        first token and ``position`` the survey noun's; the "in" must open the poll's phrase,
        which holds only determiners, names, numbers and modifiers."""
        starts, _ends, texts = self.doc.token_columns
        lowers = self.doc.token_lowers
        tokens = self.doc.tokens
        cue = None
        for index in range(position - 1, max(first, position - _MAX_SURVEY_PHRASE) - 1, -1):
            low = lowers[index]
            if low == "in":
                cue = index
                break
            if not texts[index][:1].isalnum() and texts[index] not in _POLL_MARKS:
                return None
            if low in self.opener_words or low in self.prep_words or low in self.aux_words:
                return None  # "the lead they hold among voters in polls": no poll phrase
        if cue is None or cue == first or self.closed_region_at(starts[cue]) is not None:
            return None
        following = lowers[position + 1] if position + 1 < len(lowers) else ""
        if (
            following[:1].isalpha()
            and following == texts[position + 1]
            and following not in self.prep_words
            and following not in self.postpoll_words
            and not following.endswith("ing")
        ):
            # "Forty percent of voters in the poll said …": the poll names who answered,
            # and the verb after it tells what they did
            return None
        end = cue
        pieces = []
        rest_words: Sequence[str] = ()
        if texts[end - 1] == ",":
            end -= 1
            after = position + 1
            if after < len(texts) and texts[after] == "," and starts[after] < s_end:
                rest_words = lowers[after + 1 : after + 1 + 2 * _MAX_CLAUSE_LOOK]
                # "Trump, in the latest poll, leads by nine points": both sides of the aside
                rest = self._trim(tokens[after].end, s_end)
                if self.text[rest[1] - 1 : rest[1]] in _SENTENCE_MARKS:
                    rest = (rest[0], rest[1] - 1)
                pieces.append(rest)
        # a bounded look back keeps the time linear; a poll's result is a short clause
        lead = first = max(first, end - 2 * _MAX_CLAUSE_LOOK)
        for index in range(first, end - 1):
            if texts[index] == ":" or (
                index > first
                and lowers[index] in self.opener_words
                and texts[index - 1] in _LIST_MARKS
            ):
                # "…, where he has had a big lead in the polls": the clause the poll bears on
                lead = index + 1
        while lead < end and not texts[lead][:1].isalnum():
            lead += 1  # an opening quotation mark or dash
        if lead >= end or any(
            texts[index] in _SENTENCE_MARKS or texts[index] == ";" for index in range(lead, end)
        ):
            return None
        pieces.insert(0, self._trim(starts[lead], tokens[end - 1].end))
        words = [*lowers[lead:end], *rest_words]
        if len(words) < _MIN_SURVEY_CONTENT or not any(
            low in self.standing_words or low[:1].isdigit() for low in words
        ):
            # "Few people took part in the survey": no standing of anyone is reported
            return None
        return _Found(
            source=(starts[cue + 1], tokens[position].end),
            cue=(starts[cue], tokens[cue].end),
            content=pieces,
            verb=None,
            polarity=Polarity.ASSERT,
            clause=(starts[cue], tokens[position].end),
            postposed=True,
        )

    @staticmethod
    def _lead_comma(
        texts: Sequence[str], lowers: Sequence[str], position: int, last: int
    ) -> int | None:
        """The comma that ends "In <poll> [, conducted in May]," after the survey word at
        ``position``, or None when a clause boundary comes first."""
        comma = None
        for index in range(position + 1, min(last, position + _MAX_SURVEY_LEAD) + 1):
            text = texts[index]
            if text == ",":
                # "…poll, conducted in May, …": a participle aside belongs to the poll
                if comma is None and index + 1 <= last and lowers[index + 1].endswith("ed"):
                    comma = index
                    continue
                return index
            if text in _CLOSING_PUNCT:
                return None
        return None

    def _read_sentence(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        candidates: list[int],
        s_start: int,
        s_end: int,
    ) -> list[_Found]:
        """The attributions of one sentence; ``candidates`` index its tokens that are cue words."""
        results: list[_Found] = []
        label = self._colon_label(tokens, lows, s_start)
        if label is not None:
            results.append(label)
        if lows[0] in _QUESTION_LEADS and tokens[-1].text == "?":
            # "Do you support the plan?": the writer asks; nobody is reported to say anything
            candidates = []
        headline = bool(candidates) and self._title_case(tokens)
        index = 0
        for candidate in candidates:
            if len(results) >= _MAX_PER_SENTENCE:
                break  # nested contents each run to the sentence end: bound the output
            if candidate < index:
                continue  # inside the cue just read ("called for")
            index = candidate
            if (
                headline
                and (index + 1 >= len(tokens) or tokens[index + 1].text not in _HEAD_MARKS)
                and lows[index] not in self.head_says
            ):
                # "NATO Head Warns Over Russian Build-up": in a Title-Case headline every word
                # is capitalised, so no clause can be read off it; only "Warns:", a quotation
                # or a plain "says" (whose content is all the rest: "Kyiv Says Talks Failed")
                continue
            item, index = self._try_cue(
                tokens, lows, index, s_start=s_start, s_end=s_end, earlier=results
            )
            if item is not None:
                results.append(item)
        # A later coordinated or participial cue ends the content of the one before it (a
        # topic noun read inside that content is passed over: "defended X's views on Y, saying")
        endable = [item for item in results if not item.topical] if len(results) > 1 else results
        for before, after in itertools.pairwise(endable):
            if (
                after.boundary < 0
                and after.source is not None
                and before.content
                and not after.postposed
            ):
                # "5 percent prefer Johnson and 1 percent support Stein": a coordinated clause
                # with a speaker and cue of its own ends the content before it
                last_start, last_end = before.content[-1]
                if last_start < after.source[0] < last_end and self._names_speaker(after.source):
                    joint = self._coordinator_before(after.source[0], last_start)
                    if joint is not None:
                        before.content[-1] = self._trim(last_start, joint)
            if after.boundary >= 0 and before.content:
                last_start, last_end = before.content[-1]
                if last_start < after.boundary < last_end:
                    before.content[-1] = self._cut(last_start, after.boundary, after.cue[0])
            if (
                after.source is not None
                and before.content
                and before.source is not None
                and self.text[before.source[0] : before.source[1]].lower() == "who"
                and after.source[0] <= before.cue[0] < after.source[1]
            ):
                # "The volunteer, who asked not to be named, said …": the earlier statement
                # lies inside the later one's source and ends with it
                last_start, last_end = before.content[-1]
                if last_start < after.source[1] < last_end:
                    before.content[-1] = self._trim(last_start, after.source[1])
            if after.postposed and before.content and after.source is not None:
                # 'X said A because "B," she said.': the later speaker ends the earlier content
                last_start, last_end = before.content[-1]
                cut = min(after.source[0], after.cue[0])
                if last_start < after.content[0][0] < cut:
                    cut = after.content[0][0]  # '…: "…," she said': the quotation is hers
                if last_start < cut < last_end:
                    before.content[-1] = self._trim(last_start, cut)
        if label is None and ":" in lows:
            introduced = self._colon_quote(tokens, lows, results)
            if introduced is not None:
                results.append(introduced)
        if headline and label is not None and len(results) > 1:
            # 'Kyiv Warns: "…"' is read by its verb; the label reading would repeat it
            results.remove(label)
        for item in results:
            source = item.source
            # only a short source with an apostrophe can be a pronoun with a contraction
            # ("They've", "who's")
            if (
                source is not None
                and source[1] - source[0] <= _MAX_CONTRACTED
                and self.text.find("'", source[0], source[1]) > 0
            ):
                item.source = self._without_contraction(source)
            # "Kyiv, meanwhile, insisted": the adverb would keep the name from an actor (the
            # aside opens with a comma: most sources have none, and no search is made)
            if item.source is not None and self.text.find(",", *item.source) >= 0:
                aside = self.aside_tail.search(self.text, item.source[0], item.source[1])
                if aside is not None and aside.start() > item.source[0]:
                    item.source = (item.source[0], aside.start())
        return [r for r in results if r.content and all(e > s for s, e in r.content)]

    def _names_speaker(self, source: tuple[int, int]) -> bool:
        """Whether a source opens with a name, a pronoun or a number ("he", "Rouhani", "1
        percent"), as the subject of a new clause does ("…, but he argued …"); "all but
        complete with his cabinet promising …" joins no clause."""
        first = _FIRST_WORD.match(self.text, source[0], source[1])
        if first is None:
            return False
        word = first["word"]
        return word[:1].isupper() or word[:1].isdigit() or word.lower() in self.pronoun_words

    def _coordinator_before(self, offset: int, floor: int) -> int | None:
        """Where the coordinator ("and", "but", ";") just before ``offset`` starts, if the
        word before ``offset`` (after ``floor``) is one; else None."""
        match = _COORDINATOR_TAIL.search(self.text, max(floor, offset - 12), offset)
        return match.start() if match is not None else None

    def _without_contraction(self, source: tuple[int, int]) -> tuple[int, int]:
        """A pronoun source without the auxiliary joined to it: "She's" -> "She",
        "They've" -> "They" (the auxiliary belongs to the cue, the pronoun names the
        speaker)."""
        start, end = source
        apostrophe = self.text.rfind("'", start, end)
        if apostrophe <= start or end - apostrophe > 3:
            return source
        if self.text[start:apostrophe].lower() not in self.pronoun_words:
            return source
        if self.text[apostrophe:end].lower() not in _PRONOUN_CONTRACTIONS:
            return source
        return (start, apostrophe)

    def _cut(self, start: int, cut: int, limit: int) -> tuple[int, int]:
        """A content ended at ``cut`` that keeps a quotation whole: '"…," adding that …'
        cuts at the comma, inside the closing mark; the mark (before ``limit``) belongs to it."""
        region = self.region_at(cut)
        if region is not None and region.outer_start >= start and region.outer_end <= limit:
            return (start, region.outer_end)
        return self._trim(start, cut)

    def _title_case(self, tokens: Sequence[Token]) -> bool:
        """True for a Title-Case headline: a line of its own, with no final stop, whose longer
        words are all capitalised."""
        # the final stop first: a bisection is dearer than a set lookup
        if tokens[-1].text in {".", "!", "?"} or self._paragraph_start(tokens[0].start) is None:
            return False
        words = 0
        for token in tokens:
            text = token.text
            if len(text) > 3 and text[:1].isalpha():
                if not text[:1].isupper():
                    return False
                words += 1
        return words >= _MIN_HEADLINE_WORDS

    def _colon_label(self, tokens: Sequence[Token], lows: list[str], s_start: int) -> _Found | None:
        """A headline or transcript line led by its speaker: "Stoltenberg: NATO stands by Kyiv"."""
        if ":" not in lows[: _MAX_LABEL_TOKENS + 3]:
            return None
        para_start = self._paragraph_start(s_start)
        if para_start is None:
            return None
        first = 1 if tokens[0].text in _QUOTE_TOKENS else 0
        colon = first
        while colon < len(tokens) and colon - first <= _MAX_LABEL_TOKENS:
            if tokens[colon].text == ":":
                break
            if not (tokens[colon].text[:1].isalnum() or tokens[colon].text in ".-'"):
                return None
            colon += 1
        else:
            return None
        if colon == first or colon + 1 >= len(tokens) or colon - first > _MAX_LABEL_TOKENS:
            return None
        turn_mark = colon == first + 1 and len(tokens[first].text) == 1
        if not all(t.text[:1].isupper() or not t.text[:1].isalnum() for t in tokens[first:colon]):
            return None
        if not self.label_words.isdisjoint(lows[first:colon]):
            return None
        if (
            tokens[colon].end != tokens[colon - 1].end + 1
            and tokens[colon].start != tokens[colon - 1].end
        ):
            return None
        para_end = self._paragraph_end(para_start)
        end = para_end
        # a quotation keeps its closing mark ('Said Petrenko: "We were proud."')
        quoted = self.text[tokens[colon + 1].start] in "\"'"
        while end > tokens[colon].end and self.text[end - 1] in (" .\n" if quoted else ' ."\n'):
            end -= 1
        content = self._trim(tokens[colon + 1].start, end)
        if turn_mark and any(
            token.text.lower() in self.lex.verbs for token in self.doc.tokens_between(*content)
        ):
            # "A: I think …": an interview's turn marks ("Q:", "A:") name nobody, and the
            # attributions inside the answer are read on their own
            return None
        words = [w.lower() for w in _LETTERS.findall(self.text, content[0], content[1])]
        if len(words) < 2 or (
            len(words) < _MIN_LABEL_WORDS
            and self.text[content[0]] not in "\"'"
            and not self._short_clause(words)
        ):
            # "Kasich: Now or never" in a round-up of the candidates' hopes is no quotation
            # ("Zelensky: We will win", "NATO: Talks failed" are)
            return None
        source = (tokens[first].start, tokens[colon - 1].end)
        cue = (tokens[colon].start, tokens[colon].end)
        inverted = self.lex.single.get(lows[first])
        if inverted is not None and inverted.kind == "speech" and colon - first > 1:
            # "Said Petrenko: …": the verb leads, the speaker follows it
            source = (tokens[first + 1].start, tokens[colon - 1].end)
            cue = (tokens[first].start, tokens[first].end)
        return _Found(
            source=source,
            cue=cue,
            content=[content],
            verb=None,
            polarity=Polarity.ASSERT,
            clause=(source[0], cue[1]),
        )

    def _colon_quote(
        self, tokens: Sequence[Token], lows: list[str], results: list[_Found]
    ) -> _Found | None:
        """ "Kasich resisted: "…"", "The general boomed: "…"": any verb that a colon joins to
        a quotation reports it; the sentence's subject is the source."""
        colon = lows.index(":")
        if colon < 2 or colon > _MAX_COLON_CUE + _MAX_SOURCE_TOKENS:
            return None
        region = self._quote_after(tokens[colon].end)
        if region is None or any(
            start <= region.outer_start < end for item in results for start, end in item.content
        ):
            return None  # no quotation, or one a reporting verb has read already
        if any(token.text in _QUOTE_TOKENS for token in tokens[:colon]):
            return None
        adjunct = lows[0] in self.prep_words or lows[0] in self.opener_words
        subject = self._subject_after(tokens, lows, colon, adjunct=adjunct)
        if subject is None:
            return None
        first = bisect.bisect_left([t.start for t in tokens[: colon + 1]], subject[1])
        if tokens[first].text == ",":
            # 'McConnell, R-Ky., delivered a message: "…"', 'Kyiv, however, replied: "…"':
            # an aside set off by commas stands between the subject and its verb
            first = next((k + 1 for k in range(first + 1, colon) if tokens[k].text == ","), colon)
        if not 0 < colon - first <= _MAX_COLON_CUE:
            return None
        verb = lows[first]
        if not (
            verb.isalpha()
            and verb[:1] == tokens[first].text[:1]  # lowercase: a verb, not a name
            and verb not in self.det_words
            and verb not in self.prep_words
            and verb not in self.conj_words
            and verb not in self.opener_words
            and verb not in _PASSIVE_AUX  # "The rules are clear: …" states, reports nothing
        ):
            return None
        cue = (tokens[first].start, tokens[colon].end)
        return _Found(
            source=subject,
            cue=cue,
            content=[(region.outer_start, region.outer_end)],
            verb=None,
            polarity=Polarity.ASSERT,
            clause=(subject[0], cue[1]),
        )

    def _short_clause(self, words: list[str]) -> bool:
        """Whether a few words make a clause: a subject pronoun first, an auxiliary or modal,
        or a later word inflected like a verb ("Talks failed", "NATO stands firm")."""
        return (
            words[0] in self.pronoun_words
            or any(word in _AUX_OR_MODAL or word in {"has", "have", "had"} for word in words)
            or any(len(word) > 3 and word.endswith(("s", "ed")) for word in words[1:])
        )

    def _paragraph_start(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index < 0:
            return None
        start = self.doc.paragraphs[index][0]
        while start < offset and self.text[start].isspace():
            start += 1
        return start if start == offset else None

    def _paragraph_end(self, start: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, start) - 1
        return self.doc.paragraphs[index][1]

    def _dash_signatures(self) -> list[_Found]:
        """Vox-pop quotations signed after a dash: '"We are afraid." ― Olena Petrenko'."""
        found: list[_Found] = []
        for region in self.regions:
            if _DASH_AHEAD.match(self.text, region.outer_end) is None:
                continue
            match = _DASH_NAME.match(self.text, region.outer_end)
            if match is None:
                continue
            line_start = self.text.rfind("\n", 0, region.outer_start) + 1
            if (
                "\n" in self.text[region.outer_end : match.start("dash")]
                and self.text[line_start : region.outer_start].strip()
            ):
                continue  # '… called him "my friend."\n\n- Reuters': a credit, no signature
            found.append(
                _Found(
                    source=match.span("name"),
                    cue=match.span("dash"),
                    content=[(region.outer_start, region.outer_end)],
                    verb=None,
                    polarity=Polarity.ASSERT,
                    clause=(match.start("dash"), match.end("name")),
                )
            )
        return found

    def _try_cue(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        index: int,
        *,
        s_start: int,
        s_end: int,
        earlier: list[_Found],
    ) -> tuple[_Found | None, int]:
        # no cue word inside a closed quotation comes here: _worth_reading() dropped them
        word = lows[index]
        if word in self.lex.held:
            held = self._held(tokens, lows, index)
            if held is not None:
                return held, index + 2
        if word in self.raising_words:
            return self._raising(tokens, lows, index, s_end), index + 1
        if word in self.lex.holders:
            holder = self._holder(
                tokens, lows, index, s_start=s_start, s_end=s_end, earlier=earlier
            )
            if holder is not None:
                return holder, index + 2
        if word in self.lex.topics and not (earlier and earlier[-1].cue[1] >= tokens[index].end):
            # (not the noun of a light verb read already: "made claims about …")
            topical = self._topic_noun(tokens, lows, index, s_end)
            if topical is not None:
                return topical, index + 2
        if word in self.lex.nouns:
            if self._possessor(tokens, lows, index) is not None:
                return self._possessive_noun(tokens, lows, index, s_end), index + 1
            if index + 2 < len(lows) and lows[index + 1] == "that":
                nominal = self._noun_clause(tokens, lows, index, s_end, earlier)
                if nominal is not None:
                    return nominal, index + 1
        # most cue words start no longer cue: one lookup before the general match
        verb = self.lex.single.get(word) or self._match_verb(lows, index)
        gap = 0
        if verb is None and index + 1 < len(lows):
            # "spoke favorably of", "talked to reporters about": an adverb or hearer inside
            verb, gap = self._match_gapped(tokens, lows, index)
        if verb is not None:
            end = index + len(verb.words) + gap
            if word in self.asked_words:
                asked = self._asked(tokens, lows, index, verb)
                if asked is not None:
                    return asked, index + 1
            if verb.frame == "setoff" and not self._set_off_before_name(tokens, lows, index, end):
                return None, end  # "20,000 shells per day", "per cent", "per the agreement"
            if verb.frame in {"prep", "setoff"}:
                return self._according_to(
                    tokens, lows, index, end, s_start=s_start, s_end=s_end, verb=verb
                ), end
            if self._noun_reading(tokens, lows, index):
                return None, index + 1
            if (
                index + 1 < len(lows)
                and lows[index + 1] in _REFLEXIVES
                and self._alias_end(tokens, lows, index) is not None
            ):
                return None, index + 1  # "a man calling himself Abu Omar": a name, no words
            if self._aside_say(tokens, lows, index):
                return None, index + 1
            following = lows[end] if end < len(lows) else ""
            if word in self.asonly_words and following != "as":
                return None, index + 1  # "was seen leaving", "we have seen a surge"
            if (
                (
                    following in self.particle_words
                    or word in self.naming_words
                    or verb.frame == "addressee"
                )
                and len(verb.words) == 1
                and self._other_sense(tokens, lows, index, verb)
            ):
                return None, index + 1
            return self._verbal(
                tokens, lows, index, end, s_start=s_start, s_end=s_end, verb=verb, earlier=earlier
            ), end
        if word in self.lex.light:
            item = self._light_verb(
                tokens, lows, index, s_start=s_start, s_end=s_end, earlier=earlier
            )
            if item is not None:
                after = index + 1
                while after < len(tokens) and tokens[after].end <= item.cue[1]:
                    after += 1  # "made remarks on …": the noun is no verb of its own
                return item, after
        if word in self.copula_words and index + 1 < len(lows) and lows[index + 1] == "that":
            return self._copula_view(tokens, lows, index, s_end), index + 1
        return None, index + 1

    def _held(self, tokens: Sequence[Token], lows: list[str], index: int) -> _Found | None:
        """Support or blame got by the subject: "The plan drew sharp criticism from rights
        groups", "the offensive has the backing of Gulf states". The subject is what is
        judged (the content), the phrase after "from", "of" or "among" the source."""
        if index + 2 >= len(tokens) or lows[index + 1] not in _HELD_PREPS:
            return None
        verb = index - 1
        while (
            verb > 0
            and index - verb <= _MAX_HELD_MODIFIERS
            and (lows[verb] not in self.lex.receivers)
        ):
            if not (lows[verb].isalpha() or lows[verb][:1].isdigit() or lows[verb] == "%"):
                return None  # "48% support": a share may sit between them
            if lows[verb] in self.prep_words or lows[verb] in self.conj_words:
                return None  # "seethed over the support of": another verb's object
            if lows[verb][:1].isdigit() or lows[verb] in _SHARE_WORDS:
                return None  # "drew 40 percent support among …": a poll share, a figure
            verb -= 1
        if verb <= 0 or lows[verb] not in self.lex.receivers:
            return None
        if lows[verb] == "under" and not lows[verb - 1].startswith("c"):
            return None  # only "came under criticism", "comes under …"
        cue_first = verb - 1 if lows[verb] == "under" else verb
        while (
            cue_first > 0
            and self._joins_cue(lows, cue_first - 1)
            and tokens[cue_first - 1].text[:1].islower()
        ):
            cue_first -= 1  # "has already drawn", "quickly drew" (not "Theresa May has")
        if cue_first == 0 or not tokens[cue_first - 1].text[:1].isalnum():
            return None
        subject = self._chunk_start(tokens, lows, cue_first - 1)
        if subject is None:
            return None
        first = index + 2
        stop = first
        while (
            stop < len(tokens)
            and stop - first < _MAX_SOURCE_TOKENS
            and (
                tokens[stop].text[:1].isalnum()
                or tokens[stop].text in {"'", "&"}
                # the period of "Mr." or "Gen." inside a name
                or (tokens[stop].text == "." and len(tokens[stop - 1].text) <= 3 and stop > first)
            )
            and lows[stop] not in _RELATIVES
            and lows[stop] not in self.opener_words
            and not (
                stop > first and (lows[stop] in _HELD_SOURCE_ENDS or lows[stop] in self.conj_words)
            )
        ):
            stop += 1
        if stop == first or (lows[first] in self.det_words and stop == first + 1):
            return None
        return _Found(
            source=(tokens[first].start, tokens[stop - 1].end),
            cue=(tokens[cue_first].start, tokens[index + 1].end),
            content=[(tokens[subject].start, tokens[cue_first - 1].end)],
            verb=None,
            polarity=Polarity.ASSERT,
            clause=(tokens[subject].start, tokens[stop - 1].end),
            foreign=True,
        )

    @staticmethod
    def _aside_say(tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """A cue word in a set phrase that reports nothing: "easier said than done", the
        "say" of an example set off by commas ("more troops, say, two brigades"), a figure
        "…, compared with 40 last year", and "found" as in "found itself", "found ways",
        "helped found the movement"."""
        if not 0 < index < len(tokens) - 1:
            return False
        word = lows[index]
        following = lows[index + 1]
        if word == "said":
            return following == "than" and lows[index - 1] in {"easier", "more"}
        if word == "say":
            return tokens[index - 1].text == "," and tokens[index + 1].text == ","
        if word == "compared":
            return following in {"with", "to"} and tokens[index - 1].text in {",", "("}
        if word == "found":
            return (
                following in _REFLEXIVES
                or lows[index - 1] in {"help", "helped", "helps", "to"}
                or (following in {"a", "ways"} and lows[index + 2 : index + 3] in (["way"], []))
                or following == "ways"
            )
        return False

    def _raising(
        self, tokens: Sequence[Token], lows: list[str], index: int, s_end: int
    ) -> _Found | None:
        """ "The plan seems to have failed", "the talks appeared doomed": the writer's own
        judgement, which PolNeAR marks as an attribution with no source, the cue the verb and
        the content both the subject and the rest of the clause."""
        after = index + 1
        if index == 0 or after >= len(tokens):
            return None
        verb_at = after
        while verb_at < len(lows) and lows[verb_at] in self.aux_words:
            verb_at += 1
        if verb_at < len(lows) and self._is_cue_at(lows, verb_at):
            return None  # "has reportedly said that …": the cue verb reads it
        following = lows[after]
        head = tokens[after].text[:1]
        if not head.isalpha() or head.isupper():
            return None
        if following == "to" and after + 1 < len(lows) and lows[after + 1] in _OBJECT_PRONOUNS:
            return None  # "it seems to me that …": a speaker after all, read no further
        if lows[index].startswith("appear") and following in self.rplace_words:
            return None  # "she appeared at the rally": a physical appearance
        last = index - 1
        while last >= 0 and (lows[last] in self.aux_words or lows[last].endswith("n't")):
            last -= 1  # "does not seem", "has also appeared"
        if last < 0 or not tokens[last].text[:1].isalnum():
            return None
        if lows[last] in self.rstop_words or lows[last] in self.rhead_words:
            if lows[last] in self.conj_words:
                return None  # "he spoke and seemed tired": the subject lies elsewhere
            first = last  # "a plan that seems to work", "what appears to be": the pronoun
        else:
            first = last
            limit = max(0, last - _MAX_RAISING_SUBJECT)
            while first > 0:
                before = tokens[first - 1]
                low = lows[first - 1]
                if not (before.text[:1].isalnum() or before.text[:1] in "'\u2019"):
                    break
                if low in self.rstop_words:
                    break
                if low in self.rhead_words:
                    first -= 1
                    break
                if first - 1 < limit:
                    return None  # no clause boundary near: not a subject this reads safely
                first -= 1
            # "By evening the convoy appeared …": an unmarked opening adjunct ends at the
            # subject's first determiner
            first = next((k for k in range(first, last) if lows[k] in self.det_words), first)
        if self.closed_region_at(tokens[first].start) is not None:
            return None
        content_end = self._content_end(tokens, lows, after, s_end, None)
        if content_end <= tokens[after].start:
            return None
        return _Found(
            source=None,
            cue=(tokens[index].start, tokens[index].end),
            content=[
                (tokens[first].start, tokens[last].end),
                self._trim(tokens[after].start, content_end),
            ],
            verb=None,
            polarity=Polarity.ASSERT,
            clause=(tokens[index].start, tokens[index].end),
        )

    def _asked(
        self, tokens: Sequence[Token], lows: list[str], index: int, verb: _Verb
    ) -> _Found | None:
        """ "Asked (by reporters) whether he would run, Smith said …": the participial clause
        that opens the sentence reports a question; the question is the content, the asker
        (if named after "by") the source, and the main clause is a statement of its own."""
        lead = index
        while lead > 0 and lows[lead - 1] in self.asklead_words:
            lead -= 1
        if index + 1 >= len(tokens):
            return None
        # "…, when asked about the talks, …" and "… he said when asked about the talks." put
        # the question in an aside or after the clause; its own subordinator marks it
        inside = (
            0 < lead < index
            and lows[lead] in _ASKED_SUBORDINATORS
            # "Reagan was never asked …" is a passive clause of its own
            and lows[lead - 1] not in self.aux_words
        ) or (
            # "The spokesman, asked whether …, declined": an aside after the subject, who was
            # asked, not the asker
            lead == index
            and tokens[index - 1].text == ","
            and (lows[index + 1] in _ASKED_CONTENT or lows[index + 1] in _QUESTION_OPENERS)
        )
        if lead != 0 and not inside:
            return None
        after = index + 1
        source: tuple[int, int] | None = None
        if lows[after] == "by":
            agent = after + 1
            while (
                agent < len(tokens)
                and agent - after <= _MAX_ADDRESSEE_TOKENS
                and (
                    tokens[agent].text[:1].isalnum()
                    or (tokens[agent].text == "." and self._abbreviation(tokens, agent))
                )
                and lows[agent] not in _QUESTION_OPENERS
                # "Asked by reporters (on) Monday whether …": a time ends the asker
                and lows[agent] not in self.dated_words
                and not (
                    lows[agent] in self.prep_words
                    and agent + 1 < len(tokens)
                    and lows[agent + 1] in self.dated_words
                )
            ):
                agent += 1
            if agent == after + 1 or agent >= len(tokens):
                return None
            source = (tokens[after + 1].start, tokens[agent - 1].end)
            after = agent
        # "Asked on Fox News who leads …", "asked Tuesday about …": the question starts at
        # its own opening word when one follows shortly; time words never belong to it
        while after < len(tokens) and lows[after] in self.dated_words:
            after += 1
        for probe in range(after, min(len(tokens), after + _MAX_ADDRESSEE_TOKENS + 1)):
            if lows[probe] in _QUESTION_OPENERS:
                after = probe
                break
            if not tokens[probe].text[:1].isalnum():
                break
        stop = after
        limit = min(len(tokens), after + _MAX_RELATIVE_TOKENS)
        while stop < limit:
            if tokens[stop].text == ",":
                if self.closed_region_at(tokens[stop].start) is None:
                    break
                if stop + 1 < len(tokens) and tokens[stop + 1].text in _QUOTE_TOKENS:
                    stop += 2  # 'Asked if he is "realistic enough," voters said': the mark too
                    break
            if tokens[stop].text in {".", "!", "?", ";", ":"} and not (
                tokens[stop].text == "." and self._abbreviation(tokens, stop)
            ):  # "Asked whether Mr. Biden would run, …": a title's period ends nothing
                if inside and stop == len(tokens) - 1:
                    break  # the question ends the sentence
                return None
            stop += 1
        else:
            if not (inside and stop == len(tokens)):
                return None
        if stop <= after or (stop + 1 >= len(tokens) and not inside):
            return None
        if inside and lows[after] not in _ASKED_CONTENT and lows[after] not in _QUESTION_OPENERS:
            return None  # "when questioned after the debate": no question told
        content = self._trim(tokens[after].start, tokens[stop - 1].end)
        if content[1] <= content[0]:
            return None
        cue = (tokens[index].start, tokens[index].end)
        boundary = lead
        while boundary > 0 and lows[boundary - 1] in _COORDINATORS:
            boundary -= 1  # "…, and when asked …": the joining words end the earlier content
        return _Found(
            source=source,
            cue=cue,
            content=[content],
            verb=verb,
            polarity=verb.polarity,
            clause=cue,
            # what the sentence's speaker said ends where the question begins
            boundary=tokens[boundary].start if inside else -1,
            foreign=True,
        )

    def _possessor(
        self, tokens: Sequence[Token], lows: list[str], index: int
    ) -> tuple[int, int] | None:
        """The owner's span in "Russia's claim" or "the rebels' claim"."""
        if index > 0 and lows[index - 1].endswith("'s"):
            owner = tokens[index - 1]
            return (owner.start, owner.end - 2)
        if index > 1 and tokens[index - 1].text == "'" and lows[index - 2].endswith("s"):
            owner = tokens[index - 2]
            return (owner.start, owner.end)
        return None

    def _possessive_pronoun(
        self, tokens: Sequence[Token], lows: list[str], index: int
    ) -> tuple[int, int] | None:
        """The span of the possessive pronoun just before ``index``: "his" in "his claim"."""
        if index > 0 and lows[index - 1] in self.possessive_words:
            owner = tokens[index - 1]
            return (owner.start, owner.end)
        return None

    def _match_verb(self, lows: Sequence[str], index: int) -> _Verb | None:
        verb = self.lex.single.get(lows[index])
        if verb is not None:
            return verb
        for verb in self.lex.verbs.get(lows[index], ()):
            # the first word is the key just looked up: only longer cues compare the rest
            if len(verb.words) == 1 or tuple(lows[index : index + len(verb.words)]) == verb.words:
                return verb
        return None

    def _match_gapped(
        self, tokens: Sequence[Token], lows: list[str], index: int
    ) -> tuple[_Verb | None, int]:
        """A cue of several words with a manner adverb after its first, "spoke favorably
        of" for "speak of", or, in a cue of talk ending in "about", the hearer there:
        "talked to reporters about", "spoke with Breitbart News about"; with neither, a
        weekday inside it (:meth:`_match_dated`). The verb and how many words lie inside
        it."""
        following = lows[index + 1]
        if len(following) > 4 and following.endswith("ly") and following.isalpha():
            gap = 1
        elif following in _HEARER_PREPS:
            gap = self._hearer_size(tokens, lows, index + 1)
        else:
            gap = 0
        if not gap:
            return self._match_dated(lows, index)
        for verb in self.lex.verbs.get(lows[index], ()):
            size = len(verb.words)
            if (
                size > 1
                and tuple(lows[index + gap + 1 : index + gap + size]) == verb.words[1:]
                and (gap == 1 or verb.words[-1] == _HEARER_TOPIC)
            ):
                return verb, gap
        return None, 0

    def _match_dated(self, lows: Sequence[str], index: int) -> tuple[_Verb | None, int]:
        """A cue of several words with a weekday inside it, "spoke out Tuesday about",
        "weighed in Friday about": the day dates the words and the cue spans it. The verb
        and the one word inside it."""
        for verb in self.lex.verbs.get(lows[index], ()):
            rest = verb.words[1:]
            window = lows[index + 1 : index + 1 + len(rest) + 1]
            for at, low in enumerate(window[: len(rest)]):
                if low in _WEEKDAYS and (*window[:at], *window[at + 1 :]) == rest:
                    return verb, 1
        return None, 0

    def _hearer_size(self, tokens: Sequence[Token], lows: list[str], first: int) -> int:
        """How many words the hearer phrase opened by "to" or "with" at ``first`` has when
        "about" follows it within a few words, else 0; a clause, a cue or punctuation inside
        shows no hearer ("spoke to say that …", "talked with, and about")."""
        last = min(first + _MAX_HEARER_TOKENS + 1, len(lows))
        for stop in range(first + 1, last):
            low = lows[stop]
            if low == _HEARER_TOPIC:
                return stop - first if stop > first + 1 else 0
            if (
                not tokens[stop].text[:1].isalnum()
                or low in _VERB_AUX
                or low in self.opener_words
                or low in _HEARER_PREPS
                or low in self.dated_words  # "spoke to this week about": a time, no hearer
                or self._is_cue_at(lows, stop)
            ):
                return 0
        return 0

    def _is_cue_at(self, lows: Sequence[str], index: int) -> bool:
        # most words asked about are no cue word at all: one lookup settles them
        return lows[index] in self.lex.verbs and self._match_verb(lows, index) is not None

    def _noun_reading(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """True when a cue word is better read as a noun or adjective ("the claims")."""
        word = lows[index]  # looked at by most of the tests below
        following = lows[index + 1] if index + 1 < len(lows) else ""
        if following in _NOUN_PREPS and word in self.base_forms:
            # "draws support among unions", "support from teachers": a verb in its base form
            # takes its object directly, so a preposition after it shows the noun
            return True
        if (
            following == "by"
            and word.endswith("ing")
            and (index == 0 or lows[index - 1] == "additional" or not lows[index - 1][:1].isalnum())
        ):
            # "(Additional reporting by Ann Lee; Editing by …)": a credit line names who wrote
            # the article; a verb in -ing takes no agent
            return True
        if (
            following in _FINITE_AUX
            and word.endswith("s")
            and word not in self.base_forms
            and not word.endswith("ss")
            and (index == 0 or lows[index - 1] not in self.pronoun_words)
            and _GAP_RELATIVES.isdisjoint(lows[max(0, index - _MAX_GAP_SUBJECT) : index])
        ):
            # "Heavy blasts have been heard": a verb in -s takes no auxiliary after it, save
            # where a relative left a gap for its subject ("which Ankara says is …", "groups
            # it says are …")
            return True
        if index == 0:
            return False
        previous = lows[index - 1]
        if previous in _TENSE_AUX and word in self.present_forms:
            # "Kyiv has claims on …", "the plans had echoes of …": after "be" or "have" a verb
            # takes its participle, so a form in -s is a plural noun; after a dummy subject
            # the auxiliary and the noun make a cue with no source ("There were fears that …")
            subject = index - 1
            while subject > 0 and lows[subject - 1] in _TENSE_AUX:
                subject -= 1
            return subject == 0 or lows[subject - 1] not in self.expletive_words
        if previous in self.lex.light and following == "that" and not word.endswith("ing"):
            return True  # "expressed hope that …", "voiced fears that …": a light verb's object
        if previous in self.det_words or (
            # "She's said that …", "who's called for …": "has" or "is", not an owner
            previous.endswith("'s") and previous not in self.scontraction_words
        ):
            return True
        if _time_adjective(lows, index - 1):
            return True  # "an earlier report" (not "has this week claimed", a time adverb)
        if previous in _PLURAL_QUANTS and word.endswith("s") and word not in self.base_forms:
            return True  # "some reports", "many claims": a plural subject takes no verb in -s
        if (
            previous.endswith("ed")
            and word.endswith("s")
            and previous in self.lex.cue_forms
            and word not in self.base_forms
        ):
            return True  # "denied reports that …", "rejected claims": the object of a verb
        if previous == "whose" and word in self.nounlike_words and following != "to":
            # "voters, whose support held": "whose" is a determiner (but "whose plan to
            # announce …" still reports an intention, as "a plan to" does)
            return True
        if (
            following in self.lex.receivers
            and word in self.base_forms
            # not "what they think has failed", "feel under pressure"
            and following not in self.aux_words
            and following not in self.prep_words
            and following != "under"
        ):
            return True  # "the evacuation plan drew criticism": a verb follows, so a noun
        if previous in self.compound_words and not (word.endswith("ed") or word in _PARTICIPLES):
            # "a conference call", "talk shows", "air support"; a past form is the verb of
            # the noun: "Residents reached by phone said …"
            return True
        if self._noun_before_finite_cue(lows, index, previous, following):
            return True
        if (
            word in self.nounlike_words
            and index > 1
            and lows[index - 2] in self.possessive_words
            and previous.isalpha()
            and not previous.endswith("s")
        ):
            return True  # "its growth forecast", "his own plan" (not "their allies support")
        if (
            word in self.nounlike_words
            and (
                following in _NOUN_PREPS_AFTER_MODIFIER
                or following[:1] in _CLOSING_PUNCT
                # "the tax plan would raise …", "Republican support was solid": a verb takes
                # an object or a clause, never an auxiliary straight after it
                or following in _FINITE_AUX
            )
            and self._may_modify(previous)
            # "…, records show.": a plural before it is the subject of a verb
            and not previous.endswith("s")
            and previous not in self.quant_words
            and not previous.endswith("ly")
        ):
            # "relatively tepid Latino support, faces …", "female support on Election Day":
            # a base form after a modifier, with no object, is a noun ("many support it")
            return True
        if (
            (previous[:1].isdigit() or previous in {"percent", "%"})
            and word in self.base_forms
            # "5 percent prefer Melnyk", "1 percent support the Greens": an object follows
            and not (
                following in self.det_words
                or (index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper())
            )
        ):
            return True  # "40 percent support" (but "40 percent say …")
        if (
            word.endswith("ed")  # the cheap tests first: most cue words fail them
            and previous[:1].isdigit()
            and _COUNT.fullmatch(previous) is not None
            and following not in _CLAUSE_AFTER_NUMBER
            and following not in self.det_words
        ):
            # "the 300 pledged delegates", "$5,000 pledged for relief": a past participle
            # straight after a count modifies what is counted (a year ends a subject instead:
            # "an ad in 2008 questioned …")
            return True
        if (
            previous in self.prep_words or previous in self.fronting_words or previous == "against"
        ) and word.endswith(("ed", "s")):
            # "despite reported movements of armed men", "against suspected fighters": a
            # past participle straight after a preposition describes the noun after it;
            # "amid reports of clashes", "despite reports last year": a plural noun
            if word.endswith("s"):
                return following == "of" or following in self.time_words
            return (
                following.isalpha()
                and following not in self.closed_words
                and following not in {"that", "to"}
                and tokens[index + 1].text.islower()
            )
        # "to say", "to tell": an infinitive after a noun or adjective ("the right to say")
        return bool(previous == "to" and index > 1 and lows[index - 2] in self.det_words)

    def _noun_before_finite_cue(
        self, lows: list[str], index: int, previous: str, following: str
    ) -> bool:
        """True when a cue word in its base form, after a modifier, stands straight before a
        cue verb in -s or the past: "The UN report said …", "the tax plan says …". A verb in
        its base form takes no finite verb after it, so the word is a noun, the subject of
        the cue that follows (not "who report said", "they plan", where it is a verb)."""
        return (
            self._finite_cue(following)
            and any(entry.lemma == lows[index] for entry in self.lex.verbs[lows[index]])
            and self._may_modify(previous)
        )

    def _may_modify(self, previous: str) -> bool:
        """Whether the word before a cue word may be a modifier of it as a noun ("UN report",
        "tax plan"): a word, but no pronoun, auxiliary, relative or word that leads a verb
        ("they plan", "would support", "who report", "to say")."""
        return (
            previous.isalpha()
            and previous not in self.pronoun_words
            and previous not in self.aux_words
            and previous not in _RELATIVES
            and previous not in _VERB_LEADS
        )

    def _finite_cue(self, low: str) -> bool:
        """Whether ``low`` is a one-word cue verb in -s or the past ("says", "said"), a finite
        verb on its own."""
        verb = self.lex.single.get(low)
        return verb is not None and _tense(low, verb) in _FINITE_TENSES

    def _other_sense(
        self, tokens: Sequence[Token], lows: list[str], index: int, verb: _Verb
    ) -> bool:
        """True when a one-word cue verb is used in a sense that reports nothing.

        A particle after it makes another verb ("called off the talks", "called into the
        show"); a naming participle after a common noun gives a name ("a group called
        Sons of Trump", "the firm, called X"); a verb that needs its addressee, in a past
        form straight before a preposition, is a participle ("people briefed on the talks
        said …", "was informed of the plan"): the speaker of none says anything.
        """
        following = lows[index + 1] if index + 1 < len(lows) else ""
        if following in self.particle_words:
            if tuple(lows[index + 1 : index + 3]) in _PARTICLE_PREPOSITIONS:
                return False
            # "says up to 4,000 people fled": "up to" bounds what follows (but "called up
            # to 300,000 reservists" mobilises them)
            return not (verb.frame == "clause" and lows[index + 1 : index + 3] == ["up", "to"])
        if verb.frame == "addressee" and following in _ADDRESSED_PREPS:
            # "was told by officials that …" names the speaker after "by"; after a pronoun
            # the verb is no participle: '"…," she texted from Mosul'
            passive = following == "by" and lows[index - 1] in _PASSIVE_AUX
            active = lows[index - 1] in self.pronoun_words
            # as in _addressed()
            return _tense(lows[index], verb) == "past" and not passive and not active
        if lows[index] not in self.naming_words or index == 0:
            return False
        if lows[index - 1] == "so" or not following:
            return lows[index - 1] == "so"  # "the so called initiative"
        head = tokens[index + 1].text[:1]
        if not (head.isupper() or head in _QUOTE_TOKENS or following == "the"):
            return False
        if lows[index - 1] == "," and self._name_then_comma(tokens, lows, index + 1):
            # "The fund, called the Legacy Trust, will …": an appositive naming (but "Cruz,
            # a rival, called the plan “absurd” …" goes on with the verb's object)
            return True
        # walk back over the noun phrase's words to its determiner: "a group",
        # "another", "a special convention beer" name; "the firm" only after a verb or
        # preposition ("founded the firm called X"), since "The president called X a liar"
        # opens with its subject; an "of" phrase belongs to the noun ("a group of exiles")
        stop = max(-1, index - 1 - _MAX_NAMING_WORDS)
        k = index - 1
        while k > stop:
            low = lows[k]
            if low == "of" and k > 0 and lows[k - 1].isalpha():
                stop = max(-1, stop - 2)
                k -= 1
                continue
            # after a verb or preposition the phrase is an object: "joined a movement called
            # the X"; opening a clause it may be a subject ("A spokesman called the move …")
            after_verb = k > 0 and tokens[k - 1].text[:1].islower() and lows[k - 1] != "of"
            if low in self.indefinite_words:
                return (k < index - 1 or low != "a") and (after_verb or following != "the")
            if low in self.det_words:
                return k < index - 1 and after_verb
            if (
                not low.replace("-", "").isalpha()
                or low in self.pronoun_words
                or low in self.prep_words
                or low in _RELATIVES
                or low in self.aux_words
                or low.endswith("ly")
            ):
                return False
            k -= 1
        return False

    @staticmethod
    def _name_then_comma(tokens: Sequence[Token], lows: list[str], first: int) -> bool:
        """Whether a short name opens at ``first`` and a comma closes it: "the Legacy
        Trust,", "EB-5,", "“Hope Now,”"."""
        index = first
        capital = False
        while index < len(tokens) and index - first <= _MAX_NAMING_WORDS + 4:
            text = tokens[index].text
            if text == ",":
                return capital
            if text[:1].isupper() or text[:1].isdigit():
                capital = True
            elif not (text in _QUOTE_TOKENS or text in _DASHES or lows[index] in {"the", "of"}):
                return False
            index += 1
        return False

    def _addressed(self, lows: list[str], index: int) -> bool:
        """True for a verb that needs its addressee, in a past form straight before a
        preposition: a participle, "people briefed on the talks", "was informed of it"."""
        # "told about", "told of" report a story: active, the addressee left out
        if index + 1 >= len(lows) or lows[index + 1] not in _ADDRESSED_PREPS:
            return False
        verb = self._one_word_addressee_verb(lows, index)
        return verb is not None and _tense(lows[index], verb) == "past"

    def _one_word_addressee_verb(self, lows: list[str], index: int) -> _Verb | None:
        """The verb at ``index`` when it is one word that takes an addressee ("briefed",
        "informed"), else ``None``."""
        verb = self._match_verb(lows, index)
        if verb is None or verb.frame != "addressee" or len(verb.words) != 1:
            return None
        return verb

    def _reduced_passive(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """True for a past participle of a cue verb with its agent, straight after a noun: a
        reduced relative that describes the noun, "a document seen by Reuters said …",
        "a report cited by officials said …" (not "who was seen by", with its auxiliary)."""
        if index < 1 or index + 2 >= len(lows) or lows[index + 1] != "by":
            return False
        before = lows[index - 1]
        if not before[:1].isalnum() or before in self.aux_words or before in self.pronoun_words:
            return False
        verb = self._match_verb(lows, index)
        return (
            verb is not None
            and len(verb.words) == 1
            and _tense(lows[index], verb) == "past"
            and tokens[index + 2].text[:1].isalnum()
        )

    # -- cue frames ---------------------------------------------------------------------------

    def _verbal(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        first: int,
        end: int,
        *,
        s_start: int,
        s_end: int,
        verb: _Verb,
        earlier: list[_Found],
    ) -> _Found | None:
        cue_first = first
        # an adjective with its preposition ("wary of", "upbeat about"), with no copula of its
        # own in the lexicon form (unlike "is critical of")
        adjective = (
            verb.frame == "object"
            and verb.lemma.startswith("be ")
            and lows[first] not in self.aux_words
        )
        while cue_first > 0:
            before = lows[cue_first - 1]
            if self._joins_cue(lows, cue_first - 1) and (
                before in self.aux_words or tokens[cue_first - 1].text[:1].islower()
            ):
                cue_first -= 1  # not a capitalised "-ly" word: a name ("Kelly said")
            elif adjective and self._joins_adjective(lows, cue_first - 1):
                cue_first -= 1
            else:
                break
        if adjective and self.copula_words_of_cue.isdisjoint(lows[cue_first:first]):
            # "Turks wary of the toll": without its copula the adjective describes a noun
            return None
        # "warned darkly that …": a manner adverb before the "that" belongs to the cue
        if end + 1 < len(tokens) and lows[end + 1] == "that" and self._joins_cue(lows, end):
            end += 1
        cue = (tokens[cue_first].start, tokens[end - 1].end)
        return self._frame(
            tokens,
            lows,
            cue_first,
            end,
            s_start=s_start,
            s_end=s_end,
            verb=verb,
            polarity=verb.polarity,
            cue=cue,
            earlier=earlier,
        )

    def _joins_adjective(self, lows: list[str], index: int) -> bool:
        """Whether the word at ``index`` belongs to the adjective cue after it: a linking verb
        ("remains wary of"), or a degree word after a copula ("was so dismissive of", "is
        more passionate about"; not "she too" or "the most")."""
        low = lows[index]
        if low in self.linking_words:
            return True
        if low not in self.degree_words or index == 0:
            return False
        before = lows[index - 1]
        return before in self.copula_words_of_cue or before in self.degree_words

    def _joins_cue(self, lows: list[str], index: int) -> bool:
        # auxiliaries and manner adverbs belong to the cue: "has also sharply criticized",
        # and so do the words of a two-word adverb: "no longer believes", "has not yet said"
        low = lows[index]
        if low in self.preaux_words:
            following = lows[index + 1] if index + 1 < len(lows) else ""
            return following in self.aux_words or following in self.pairtail_words
        if low in self.pairtail_words:
            # "has so far refused", "have so far been charged"; but in "the support he has
            # so far is explained" a finite verb follows: the adverb goes with "has"
            following = lows[index + 1] if index + 1 < len(lows) else ""
            return (
                index > 0 and lows[index - 1] in self.preaux_words and following not in _FINITE_AUX
            )
        if low in self.auxtail_words:
            return index > 0 and lows[index - 1] in _VERB_AUX  # "has since said"
        if self._time_after_aux(lows, index):
            return True
        if low in self.negtail_words:
            # "has not yet said", but not "served in the cabinet yet endorsed …"
            return index > 0 and (
                lows[index - 1] in self.negation_words or lows[index - 1].endswith("n't")
            )
        return low in self.aux_words or (
            len(low) > 4
            and low.endswith("ly")
            and low.isalpha()
            and low not in self.lynoun_words  # "the family said": a noun, no manner adverb
        )

    def _time_after_aux(self, lows: list[str], index: int) -> bool:
        """Whether the word at ``index`` is in a short time adjunct between an auxiliary of
        tense or voice and its participle, which belongs to the cue: "was last year
        thought to be", "has this week claimed" (not after a modal, which may be a name:
        "Theresa May last night discussed")."""
        low = lows[index]
        if low in self.timelead_words and 0 < index < len(lows) - 1:
            return lows[index + 1] in self.dated_words and lows[index - 1] in _TENSE_AUX
        return (
            low in self.dated_words
            and index > 1
            and lows[index - 1] in self.timelead_words
            and lows[index - 2] in _TENSE_AUX
        )

    def _time_ends_speaker(
        self, tokens: Sequence[Token], lows: list[str], first: int, index: int
    ) -> bool:
        """Whether a time adjunct opens at ``index``, ending the speaker phrase that starts at
        ``first``: "by the army on Tuesday", "said the commander yesterday", "according to
        officials last week" (not "the Sunday Times", nor the time of a verb inside the
        phrase, "a poll taken last week", "cables that were later released")."""
        low = lows[index]
        if not tokens[index].text[:1].islower():
            return False
        if low not in self.timeword_words:
            if low not in self.timelead_words or index + 1 >= len(tokens):
                return False
            following = lows[index + 1]
            if not (
                following in self.dated_words
                or following in _month_names()
                or (low == "in" and _YEAR.fullmatch(following) is not None)
            ):
                return False
        return not any(
            tokens[k].text[:1].islower()
            and (
                lows[k].endswith(("ed", "ing", "en"))
                or lows[k] in _PARTICIPLES
                or lows[k] in _RELATIVES
                or lows[k] in self.aux_words
            )
            for k in range(first, index)
        )

    def _light_verb(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        index: int,
        *,
        s_start: int,
        s_end: int,
        earlier: list[_Found],
    ) -> _Found | None:
        # "voiced objection", "issued a stark warning": up to two words between them
        for noun_at in range(index + 1, min(index + 4, len(tokens))):
            polarity = self.lex.nouns.get(lows[noun_at])
            if polarity is not None:
                end = noun_at + 1
                break
            if self._topic_opens(lows, noun_at):
                # "raised new questions about the deal": a noun of words with its topic,
                # whose preposition joins the cue as after an owner ("Kyiv's remarks about")
                polarity = self.lex.topics[lows[noun_at]]
                end = noun_at + 2
                break
            if not lows[noun_at][:1].isalnum():
                return None
        else:
            return None
        if end < len(lows) and lows[end] in self.advlead_words:
            return None  # "made similar denials when it took Crimea": no content, a time
        cue_first = index
        while cue_first > 0 and lows[cue_first - 1] in self.aux_words:
            cue_first -= 1
        return self._verbless_frame(
            tokens,
            lows,
            cue_first,
            end,
            polarity,
            s_start=s_start,
            s_end=s_end,
            earlier=earlier,
        )

    def _verbless_frame(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        polarity: Polarity,
        *,
        s_start: int,
        s_end: int,
        earlier: list[_Found],
    ) -> _Found | None:
        """The frame of a cue that is no verb of the lexicon ("voiced objection to", "is a
        staunch opponent of"), spanning tokens ``cue_first`` to ``end``: read as a verb's."""
        return self._frame(
            tokens,
            lows,
            cue_first,
            end,
            s_start=s_start,
            s_end=s_end,
            verb=None,
            polarity=polarity,
            cue=(tokens[cue_first].start, tokens[end - 1].end),
            earlier=earlier,
        )

    def _holder(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        index: int,
        *,
        s_start: int,
        s_end: int,
        earlier: list[_Found],
    ) -> _Found | None:
        """A subject named by its stance after a copula: "X is a staunch opponent of Y", "she
        has long been a vocal advocate for Y", "they are fierce critics of Y". The copula,
        the noun phrase and its "of" or "for" make the cue, the object the content, the
        subject the source; elsewhere ("supporters of X rallied") the noun names people."""
        if index + 2 >= len(tokens) or lows[index + 1] not in {"of", "for"}:
            return None
        copulas = self.copula_words_of_cue
        # up to three modifiers: "a consistent and outspoken supporter of"
        for det in range(index - 1, max(0, index - 5), -1):
            if lows[det] in self.det_words or lows[det] in copulas:
                break
            if not (tokens[det].text.isalpha() and tokens[det].text.islower()):
                return None
            if lows[det] in self.prep_words:
                return None  # "hero status among supporters of": another noun's phrase
        else:
            return None
        if lows[det] in _INDEFINITE_ARTICLES:
            copula = det - 1
        elif lows[det] in copulas and lows[index].endswith("s"):
            copula = det  # "are fierce critics of": no article before a plural
        else:
            return None  # "It is the foreign backers of …": a cleft names, takes no side
        if copula < 1 or lows[copula] not in copulas:
            return None
        cue_first = copula
        while cue_first > 0 and self._joins_cue(lows, cue_first - 1):
            cue_first -= 1
        polarity = self.lex.holders[lows[index]]
        return self._verbless_frame(
            tokens,
            lows,
            cue_first,
            index + 2,
            polarity,
            s_start=s_start,
            s_end=s_end,
            earlier=earlier,
        )

    def _that_clause(
        self,
        tokens: Sequence[Token],
        index: int,
        s_end: int,
        *,
        source: tuple[int, int],
        cue_start: int,
        polarity: Polarity,
        end: int | None = None,
    ) -> _Found:
        """The statement whose cue ends at ``index`` and whose content is the "that" clause
        after it, to the clause's end (or to ``end``)."""
        if end is None:
            end = self._clause_end(tokens, index + 1, s_end)
        content = self._trim(tokens[index + 1].start, end)
        return _Found(
            source=source,
            cue=(cue_start, tokens[index].end),
            content=[content],
            verb=None,
            polarity=polarity,
            clause=(source[0], tokens[index].end),
        )

    def _topic_opens(self, lows: list[str], index: int) -> bool:
        """True when the word at ``index`` is a topic noun of cue_nouns.tsv followed by one
        of its prepositions and a topic, not a time ("comments on Monday")."""
        preps = self.lex.topic_preps.get(lows[index], self.topic_prep_words)
        first = index + 2
        return (
            lows[index] in self.lex.topics
            and first < len(lows)
            and lows[index + 1] in preps
            and lows[first] not in self.dated_words
            and lows[first] not in _month_names()
        )

    def _topic_noun(
        self, tokens: Sequence[Token], lows: list[str], index: int, s_end: int
    ) -> _Found | None:
        """A noun of words or views with their owner and topic: "Kyiv's remarks about the
        convoy", "the ministry's questions about whether the truce holds". The noun and its
        preposition are the cue, the topic the content, the owner the source."""
        first = index + 2
        if not self._topic_opens(lows, index):
            return None
        owner = self._possessor(tokens, lows, index)
        if owner is None:
            owner = self._possessive_pronoun(tokens, lows, index)  # "his remarks about …"
        if owner is None:
            return None  # "Many claims about the convoy turned out false": nobody's words
        if lows[first] in _WH_CONTENT:
            end = self._clause_end(tokens, first, s_end)  # "questions about whether …"
        else:
            stop = first
            while stop < len(tokens) and stop - first < _MAX_SOURCE_TOKENS:
                low = lows[stop]
                if (
                    tokens[stop].text in _RELATIVE_STOPS or tokens[stop].text in _CLOSING_PUNCT
                ) and not self._abbreviation(tokens, stop):  # "remarks about Ms. Khan"
                    break
                if stop > first and (
                    low in _VERB_AUX
                    or low.endswith("n't")  # "his support for X isn't shared"
                    or low in self.opener_words
                    or low in self.lex.receivers  # "… drew criticism"
                    or self._is_cue_at(lows, stop)
                    or self._time_ends_speaker(tokens, lows, first, stop)
                    # a past form after a noun: "Kyiv's remarks about the convoy angered …"
                    or (
                        low.endswith("ed")
                        and tokens[stop].text.islower()
                        and lows[stop - 1] not in self.closed_words
                    )
                ):
                    break  # "his remarks about the convoy were …": the main verb, or a time
                stop += 1
            while stop > first and lows[stop - 1] in self.conj_words:
                stop -= 1  # "views on Russia and said …": the coordinator joins the verbs
            if stop == first:
                return None
            end = tokens[stop - 1].end
        return _Found(
            source=owner,
            cue=(tokens[index].start, tokens[index + 1].end),
            content=[(tokens[first].start, end)],
            verb=None,
            polarity=self.lex.topics[lows[index]],
            clause=(owner[0], tokens[index + 1].end),
            foreign=True,  # the owner of a noun is no subject of a later verb
            topical=True,
        )

    def _possessive_noun(
        self, tokens: Sequence[Token], lows: list[str], index: int, s_end: int
    ) -> _Found | None:
        # "Russia's claim that ...": only with a following "that" clause
        if index + 1 >= len(tokens) or lows[index + 1] != "that":
            return None
        source = self._possessor(tokens, lows, index)
        if source is None:
            return None
        end = None
        owner = index - 1
        if (
            owner <= _MAX_SUBJECT_LEAD
            and (
                owner == 0
                or (
                    lows[0] in self.det_words
                    # "The White House's claim", not "The White House confirmed Kyiv's claim"
                    and all(tokens[k].text[:1].isupper() for k in range(1, owner))
                )
            )
        ):
            # "Kyiv's claim that troops had crossed was denied by Moscow": the noun's owner
            # opens the sentence, so the clause ends before the main verb
            end = self._subject_clause_end(
                tokens, lows, index + 2, self._clause_end(tokens, index + 1, s_end)
            )
        return self._that_clause(
            tokens,
            index,
            s_end,
            source=source,
            cue_start=tokens[index].start,
            polarity=self.lex.nouns[lows[index]],
            end=end,
        )

    def _clause_opens(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether a clause with its subject opens at ``index``, just after a "that": "that
        he …", "that the army …", "that people would …"; not "that fails", "that had been"
        (a relative pronoun's verb)."""
        low = lows[index]
        if low in self.aux_words:
            return False  # "allegations that had been invented"
        first = tokens[index].text[:1]
        return (
            low in self.subject_words
            or (low in self.pronoun_words and low != "who")
            or low in self.det_words
            or low in self.quant_words
            or first.isupper()
            or first.isdigit()
            or tokens[index].text in _QUOTE_TOKENS
            # a bare noun subject and its auxiliary: "the claim that people would …"
            or (index + 1 < len(lows) and lows[index + 1] in self.aux_words)
        )

    def _copula_view(
        self, tokens: Sequence[Token], lows: list[str], index: int, s_end: int
    ) -> _Found | None:
        """A view named by a noun its owner holds, told by a copula and a "that" clause:
        "Mr. Obama's bet is that …", "Their fear is that …", "Sanders's main point was that
        …". The owner is the source, the noun and the copula the cue."""
        noun = index - 1
        if (
            noun < 1
            or index + 2 >= len(tokens)
            or lows[index + 1] != "that"
            or not (lows[noun] in self.lex.nouns or lows[noun] in self.view_words)
            or not tokens[noun].text.islower()
            or not self._clause_opens(tokens, lows, index + 2)
        ):
            return None
        source = None
        for back in range(noun - 1, max(-1, noun - 1 - _MAX_VIEW_MODIFIERS), -1):
            low = lows[back]
            source = self._possessive_pronoun(tokens, lows, back + 1)
            if source is not None:
                break
            owner = self._possessor(tokens, lows, back + 1)
            if owner is not None:
                if lows[back][:-2] in self.dated_words:
                    return None  # "Today's conclusion is that …": no owner
                source = owner
                break
            if not (tokens[back].text.isalpha() and tokens[back].text.islower()) or (
                low in self.det_words or low in self.lex.cue_words
            ):
                return None
        if source is None:
            return None
        return self._that_clause(
            tokens,
            index,
            s_end,
            source=source,
            cue_start=tokens[noun].start,
            polarity=Polarity.ASSERT,
        )

    def _noun_clause(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        index: int,
        s_end: int,
        earlier: list[_Found],
    ) -> _Found | None:
        """A nominal cue with its "that" clause and no owner named before it: "his claim that
        …" (the pronoun is the source), "despite complaints that …", "the idea that …" (no
        source). The clause must open with a subject ("that he …", "that the army …"); "a
        message that fails to inspire" is a relative clause, no content."""
        word = lows[index]
        before = lows[index - 1] if index else ""
        if word in self.nonclausal_words:
            return None  # "the opposition that Turkey backed": a body, not a view
        if word in self.lex.verbs and not (
            before in self.det_words
            or (before in self.prep_words and before != "to")  # "allowed to claim that"
            or before in self.fronting_words
        ):
            # "Russia claims that …" is the verb; "the claims that …", "amid fears that …"
            # the noun
            return None
        cue = (tokens[index].start, tokens[index].end)
        lead = tokens[max(0, index - 3)].start
        for item in earlier:
            if item.cue[0] <= cue[0] < item.cue[1]:
                return None  # "issued a warning that …": read already with its light verb
            if any(lead <= start <= cue[0] for start, _ in item.content):
                # "Cruz rejected the idea that …": the phrase is what the earlier cue
                # reports, not a statement of its own
                return None
        if not self._clause_opens(tokens, lows, index + 2):
            return None
        source = self._possessive_pronoun(tokens, lows, index)
        start = tokens[index + 1].start
        end = self._clause_end(tokens, index + 1, s_end)
        if lows[0] in self.fronting_words:
            # "Despite complaints that he is a crusader, Sanders won": the adjunct ends at
            # its comma, and the main clause after it is no part of what was said
            for after in range(index + 2, min(len(tokens), index + 2 * _MAX_CLAUSE_LOOK)):
                if tokens[after].text != ",":
                    continue
                region = self.region_at(tokens[after].start)
                if region is None:
                    end = min(end, tokens[after].start)
                    break
                if region.inner_end == tokens[after].end:
                    # 'despite his claim that people would "learn nothing," there …'
                    end = min(end, region.outer_end)
                    break
        elif index <= _MAX_SUBJECT_LEAD and (
            index == 0 or lows[0] in self.det_words or lows[0] in self.possessive_words
        ):
            end = self._subject_clause_end(tokens, lows, index + 2, end)
        content = self._trim(start, end)
        return _Found(
            source=source,
            cue=cue,
            content=[content],
            verb=None,
            polarity=self.lex.nouns[word],
            clause=(source[0] if source else cue[0], cue[1]),
        )

    def _subject_clause_end(
        self, tokens: Sequence[Token], lows: list[str], first: int, end: int
    ) -> int:
        """Where the "that" clause of a nominal cue that is its sentence's subject ends: before
        the main clause's auxiliary or copula, the second one after the clause's own ("The
        claim that Russia has troops there is false"; not one after "and", a relative or a
        comma, "… that troops were sent and are still there"); ``end`` if none."""
        finite = 0
        stop = min(len(tokens), first + _MAX_CLAUSE_LOOK)
        for index in range(first + 1, stop):
            token = tokens[index]
            if token.start >= end:
                break
            if lows[index] not in _FINITE_AUX:
                continue
            before = lows[index - 1]
            if before in _COORDINATORS or before in _RELATIVES or before in _QUOTE_TOKENS:
                continue
            if index > 1 and lows[index - 2] in _WH_RELATIVES:
                continue  # "…, with whom it has fought …": a relative clause's own verb
            finite += 1
            if finite == 2:
                return token.start if self.region_at(token.start) is None else end
        return end

    def _according_to(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        first: int,
        end: int,
        *,
        s_start: int,
        s_end: int,
        verb: _Verb,
    ) -> _Found | None:
        source_end = end
        # where a time adjunct ends the source's name: "according to officials on Monday"
        named_end: int | None = None
        depth = 0
        while source_end < len(tokens):
            text = tokens[source_end].text
            if text in _CLOSING_PUNCT and not (
                text == "."
                and (
                    self._abbreviation(tokens, source_end)
                    or self._inside_word(tokens, source_end)  # "Factcheck.org"
                )
            ):
                break
            depth += (text == "(") - (text == ")")
            if depth < 0:
                break  # "(…, according to monitors)": the aside ends with the source

            if self.closed_region_at(tokens[source_end].start) is not None:
                break
            if (
                named_end is None
                and source_end > end
                and self._time_ends_speaker(tokens, lows, end, source_end)
            ):
                named_end = source_end
            source_end += 1
        if source_end == end:
            return None
        source = (tokens[end].start, tokens[(named_end or source_end) - 1].end)
        cue = (tokens[first].start, tokens[end - 1].end)
        content: list[tuple[int, int]] = []
        aside = -1
        before = self._left_content(tokens, lows, first, s_start)
        if before is not None:
            # "(the figure is closer to 15 percent, according to X)": only the aside
            opening = self._open_paren_before(tokens, first)
            if opening == first - 1:
                # "The town fell (according to the ministry).": the aside is the attribution,
                # what it follows is said
                before = self._trim(before[0], tokens[opening].start)
            elif opening is not None and tokens[opening].start >= before[0]:
                before = self._trim(tokens[opening + 1].start, before[1])
                aside = tokens[opening].start
            content.append(before)
        relative = source_end + 1 < len(tokens) and lows[source_end + 1] in {"which", "who"}
        # "…, according to filings, a huge sum": after a full clause, what follows the source
        # is an aside; after a short subject it is the rest of the content
        short_left = before is None or len(self.doc.tokens_between(*before)) <= _MAX_SPLIT_SUBJECT
        if (
            source_end < len(tokens)
            and tokens[source_end].text == ","
            and not relative
            and short_left
        ):
            after_start = tokens[source_end + 1].start if source_end + 1 < len(tokens) else s_end
            after = self._trim(after_start, self._clause_end(tokens, source_end + 1, s_end))
            if after[1] > after[0]:
                content.append(after)
        if not content:
            return None
        # "X alleged that …, according to a filing": the earlier cue's content ends here
        boundary = tokens[first - 1].start if first > 0 and tokens[first - 1].text == "," else -1
        if aside >= 0:
            boundary = aside
        return _Found(
            source=source,
            cue=cue,
            content=content,
            verb=verb,
            polarity=verb.polarity,
            clause=(cue[0], source[1]),
            boundary=boundary,
        )

    def _set_off_before_name(
        self, tokens: Sequence[Token], lows: list[str], first: int, end: int
    ) -> bool:
        """Whether the cue at ``first..end`` opens the sentence or follows a comma or a
        bracket, and a name follows it, alone or after a determiner: "…, per Reuters",
        "(per a Kyiv Post reporter)"; a rate or a rule ("per day", "per the deal") names no
        source."""
        if first > 0 and tokens[first - 1].text not in {",", "("}:
            return False
        name = end + 1 if end < len(lows) and lows[end] in self.det_words else end
        return name < len(tokens) and tokens[name].text[:1].isupper()

    @staticmethod
    def _open_paren_before(tokens: Sequence[Token], index: int) -> int | None:
        """The "(" left open before token ``index`` in its sentence, if any (bounded look)."""
        depth = 0
        for back in range(index - 1, max(-1, index - _MAX_RELATIVE_TOKENS), -1):
            text = tokens[back].text
            if text == ")":
                depth += 1
            elif text == "(":
                if depth == 0:
                    return back
                depth -= 1
        return None

    def _abbreviation(self, tokens: Sequence[Token], period: int) -> bool:
        """True when the period at ``period`` closes an abbreviation or initial ("Ms.", "J.")."""
        if period == 0 or period + 1 >= len(tokens):
            return False
        before = tokens[period - 1].text
        return len(before) <= 3 and before[:1].isupper() and tokens[period + 1].text[:1].isupper()

    def _frame(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        *,
        s_start: int,
        s_end: int,
        verb: _Verb | None,
        polarity: Polarity,
        cue: tuple[int, int],
        earlier: list[_Found],
    ) -> _Found | None:
        """Read source and content around a verbal cue spanning tokens ``cue_first..end``."""
        if verb is not None and not self._frame_allows(tokens, lows, cue_first, end, verb):
            return None
        physical = verb is not None and verb.sense == "physical"
        if physical and self._physical_sense(tokens, lows, end):
            return None  # "rebels attacked the town", "the city is defended by 400 fighters"
        sense_objects = self.sense_objects.get(verb.sense) if verb is not None else None
        if sense_objects is not None and self._object_among(
            tokens, lows, cue_first, end, sense_objects
        ):
            # "aid agencies were denied access", "humanitarian access was denied", "Qatar
            # recalled its ambassador", "the envoy was recalled"
            return None
        found_source = self._left_source(tokens, lows, cue_first)
        if (
            physical
            and found_source is not None
            and lows[found_source[1]] in self.force_words
            and (lows[end - 1].endswith("ing") or _PASSIVE_AUX.isdisjoint(lows[cue_first:end]))
        ):
            return None  # "regime forces were attacking …", "the bombers attacked": armed deeds
        # an auxiliary opening the cue tells a participle, "…, having suggested", or with
        # only adverbs before it the verb does, "…, no longer backing" (not "have been
        # pressing", a finite verb)
        verb_at = end - len(verb.words) if verb is not None and verb.words else cue_first
        participial = lows[cue_first].endswith("ing") or (
            lows[verb_at].endswith("ing") and _VERB_AUX.isdisjoint(lows[cue_first:verb_at])
        )
        object_participle = False
        object_verb = (
            self._object_verb(tokens, lows, found_source, cue_first)
            if found_source is not None and participial
            else None
        )
        if object_verb is not None:
            # "The party is running ads attacking …", "… and sent a letter urging …": the
            # participle tells what the object says; its source is the verb's subject
            owner = self._verb_subject(tokens, lows, object_verb)
            if owner is not None:
                found_source = owner
            elif self._subject(tokens, lows, earlier, cue_first) is not None:
                found_source = None
                object_participle = True
        source_first = found_source[0] if found_source is not None else None
        after = self._skip_adjuncts(tokens, lows, end, verb)
        if verb is not None and verb.frame == "clause":
            after = self._that_after_adjunct(tokens, lows, after)
        at_end = (
            after >= len(tokens)
            or tokens[after].text in {".", "!", "?", ";"}
            or (
                verb is not None
                and verb.frame == "clause"
                # "which the army estimated at three months": the figure is what was estimated
                and not (verb.kind == "estimate" and after < len(tokens) and lows[after] == "at")
                and self._is_trailer(
                    tokens, lows, after, addressed=lows[end - 1] in self.toaddressee_words
                )
            )
        )
        if (
            physical
            and cue_first > 0
            and lows[end - 1].endswith("ed")
            and not _PASSIVE_AUX.isdisjoint(lows[cue_first:end])
            and (
                lows[cue_first - 1] in self.terrain_words
                or tokens[cue_first - 1].text in _place_names()
            )
        ):
            # "The bridge was attacked at dawn", "The town was attacked by Turkey": a deed
            # done to a place, whoever did it
            return None
        passive = self._passive(tokens, lows, cue_first, end, verb=verb, polarity=polarity, cue=cue)
        if passive is not None:
            return passive
        if (
            lows[end - 1] in self.deed_words
            and not _PASSIVE_AUX.isdisjoint(lows[cue_first:end])
            and (end >= len(tokens) or lows[end] != "by")
        ):
            return None  # "He was released on bail": no words, and its subject no speaker
        if (
            verb is not None
            and end < len(tokens)
            and lows[end] == "by"
            and lows[end - 1].endswith(("ed", "en", "wn"))
            and not (end + 1 < len(tokens) and lows[end + 1] in self.medium_words)
            and not (end + 1 < len(tokens) and lows[end + 1].endswith("ing"))
        ):
            # "fighters backed by the coalition": a participle with its agent, never active
            return None
        if (
            found_source is not None
            and source_first is not None
            and lows[source_first] == "whom"
            and source_first < found_source[1]
        ):
            # "the minister, whom the rebels criticized": the walk ran on over the pronoun
            source_first += 1
            found_source = (source_first, found_source[1])
        before_source = source_first - 1 if source_first is not None else cue_first - 1
        mark_before = tokens[before_source].text if before_source >= 0 else ""
        object_relative = (
            source_first is not None
            and before_source >= 0
            and lows[before_source] in _OBJECT_RELATIVE_WORDS
        )
        if (
            object_relative
            and found_source is not None
            and not (before_source > 0 and lows[before_source - 1] in self.prep_words)
            and not self._complementizer(tokens, lows, before_source)
        ):
            # "the build-up, which Ukraine estimated at …" (but "in which he says …" is a clause)
            relative = self._object_relative(
                tokens,
                lows,
                before_source,
                found_source,
                after=after,
                at_end=at_end,
                s_end=s_end,
                verb=verb,
                polarity=polarity,
                cue=cue,
            )
            if relative is not None or lows[before_source] != "that" or at_end:
                return relative
            if not self._opens_subject(tokens, lows, after) or lows[before_source - 1].endswith(
                "ed"
            ):
                # "the militia that Turkey wants to destroy": a gap, an object; "disappointed
                # that the court has rejected …": an adjective's clause, not a report
                return None
            # "on the day that the president announced the troops would leave": no gap, so
            # "that" is no object; the clause after the cue is what was said
        if (
            found_source is not None
            and verb is not None
            # the cheap test first: most cues have an object or a clause after them
            and (at_end or tokens[after].text in _ZERO_RELATIVE_ENDS)
            and verb.kind != "evidence"
        ):
            zero = self._zero_relative(tokens, lows, found_source)
            if (
                zero is not None
                and verb.frame == "clause"
                and (
                    lows[zero[0][0]] == "the"
                    # "a senior US official": a common noun after the name makes them one
                    # phrase (not "…, a word Trump repeated")
                    or (lows[zero[0][0]] in _ARTICLES and tokens[zero[1][1]].text.islower())
                )
                and tokens[zero[1][0]].text[:1].isupper()
                and lows[zero[1][0]] not in self.det_words
                and lows[zero[1][0]] not in self.pronoun_words
            ):
                # "…, the nonpartisan Congressional Budget Office reported", "…, a senior US
                # official said": after an article, lowercase words describe the name that
                # follows; a reporting verb with a clause frame has said the clause before the
                # comma, not the noun phrase
                zero = None
            if zero is not None:
                # "an arrangement the campaign has criticized": the head is what was criticized
                head, speaker = zero
                return _Found(
                    source=(tokens[speaker[0]].start, tokens[speaker[1]].end),
                    cue=cue,
                    content=[(tokens[head[0]].start, tokens[head[1]].end)],
                    verb=verb,
                    polarity=polarity,
                    clause=(tokens[speaker[0]].start, cue[1]),
                )
        content: list[tuple[int, int]] = []
        subjectless = False
        boundary = tokens[cue_first].start
        if found_source is None or source_first is None:
            inverted = None
            # only a bare reporting verb inverts: "…, said Burman", never "…, have endorsed X"
            bare = verb is not None and verb.kind == "speech" and len(verb.words) == end - cue_first
            # "…, referring to Kerry": a participle never inverts, whatever word ends the cue
            if bare and not participial and cue_first == 0 and verb is not None:
                inverted_lead = self._inverted_lead(
                    tokens, lows, end, s_end, verb=verb, polarity=polarity, cue=cue
                )
                if inverted_lead is not None:
                    # a label read it already when it opens the paragraph ("Said X: …")
                    return None if any(item.cue == cue for item in earlier) else inverted_lead
            if (
                bare
                and not participial
                and not self._after_relative(tokens, lows, cue_first)
                and not (
                    mark_before == ","
                    and not at_end
                    and self._participle_aside(tokens, lows, cue_first)
                )
            ):
                inverted = self._inverted_source(
                    tokens, lows, end, quoted=mark_before in _QUOTE_TOKENS
                )
            if inverted is not None and mark_before in _POSTPOSED_MARKS:
                # "…," said Burman.  /  …, said a spokesman for the ministry.
                source = (tokens[end].start, tokens[inverted - 1].end)
                appositive = self._inverted_appositive(tokens, lows, inverted)
                if appositive is not None:
                    source = (source[0], tokens[appositive - 1].end)
                    inverted = appositive
                left = self._left_content(tokens, lows, cue_first, s_start)
                if left is None:
                    return None
                content.append(left)
                rest = self._parenthetical_rest(tokens, lows, left, inverted, s_end)
                if rest is None:
                    rest = self._resumed_quote(tokens, lows, left, inverted)
                if rest is not None:
                    content.append(rest)
                clause = (cue[0], source[1])
                return self._finish(
                    source,
                    cue,
                    content,
                    verb=verb,
                    polarity=polarity,
                    clause=clause,
                    tokens=tokens,
                    after=inverted,
                    s_end=s_end,
                )
            # '… on the spot – saying …', '… of "New York values," saying …'
            # (a doubled-apostrophe mark is two tokens: "… it,'' adding that …")
            comma_at = before_source - 1
            if comma_at > 0 and tokens[comma_at].text == "'" and mark_before == "'":
                comma_at -= 1
            after_comma = mark_before in _DASHES or (
                mark_before in _QUOTE_TOKENS and comma_at >= 0 and tokens[comma_at].text == ","
            )
            if (after_comma or object_participle) and participial:
                mark_before = ","
            infinitive = (
                mark_before == "to"
                and verb is not None
                and lows[cue_first] == verb.words[0]
                and _tense(lows[cue_first], verb) == "base"
                # "plans to announce" inside what someone said is part of that content
                and not any(
                    start <= tokens[cue_first].start < stop
                    for item in earlier[-_MAX_ENCLOSING:]
                    for start, stop in item.content
                )
            )
            gerund = participial and mark_before.lower() in self.gerund_words
            if (
                verb is not None
                and not at_end
                and participial
                and (cue_first == 0 or (gerund and before_source == 0))
            ):
                # "After saying …, the governor left", "Discussing …, the actor explained"
                return self._fronted(
                    tokens, lows, cue_first, after, verb=verb, polarity=polarity, cue=cue
                )
            if (
                gerund
                and not at_end
                and tokens[after].text == ","
                and not (after + 1 < len(tokens) and tokens[after + 1].text in _QUOTE_TOKENS)
            ):
                # "fighters that Washington, while backing, had deemed weak": a participle
                # with no object before its comma says nothing of its own
                return None
            if (gerund or infinitive) and not at_end:
                # "rallied supporters by warning that …": the sentence's subject speaks
                led = self._infinitive_lead(lows, before_source) if infinitive else 0
                # "Small groups of protesters continued to call for …": the whole phrase
                # before the lead, as before a plain cue; "…, going on to say …" shares
                # the subject
                phrase = self._left_source(tokens, lows, led) if led else None
                subject: tuple[int, int] | None
                if phrase is not None:
                    subject = (tokens[phrase[0]].start, tokens[phrase[1]].end)
                else:
                    subject = self._subject(tokens, lows, earlier, led or before_source)
                if subject is not None and subject[1] > tokens[before_source].start:
                    subject = None  # "Without mentioning …, Lavrov said": no subject yet
                if subject is None or (infinitive and not led and not self._names_actor(subject)):
                    # "to"-clauses are often purposes ("The plan is to …"): only a subject
                    # that names someone makes one a statement, or a lead that makes the
                    # infinitive the subject's next words ("went on to say", "was quick to
                    # point out")
                    return None
                start = tokens[after].start
                if led:
                    cue = (tokens[led].start, cue[1])  # the lead is part of the cue
                return _Found(
                    source=subject,
                    cue=cue,
                    content=[
                        self._trim(start, self._content_end(tokens, lows, after, s_end, verb))
                    ],
                    verb=verb,
                    polarity=polarity,
                    clause=cue,
                    subjectless=True,
                    boundary=tokens[before_source].start,
                )
            if mark_before not in {",", "and", "but", "then"}:
                return None
            long_subject = self._long_subject(tokens, lows, cue_first)
            # "…, saying": no long subject
            if long_subject is not None and not at_end and mark_before == "," and not participial:
                source = (tokens[long_subject].start, tokens[cue_first - 2].end)
                start = tokens[after].start
                content.append(self._trim(start, self._clause_end(tokens, after, s_end)))
                return _Found(
                    source=source,
                    cue=cue,
                    content=content,
                    verb=verb,
                    polarity=polarity,
                    clause=(source[0], cue[1]),
                )
            clausal = earlier and self._clausal(earlier[-1])
            agrees = not earlier or self._same_tense(earlier[-1], lows[cue_first:end], verb)
            if mark_before in _CLAUSE_JOINS and (
                (
                    clausal
                    and (verb is None or verb.kind != "speech" or not agrees)
                    and not self._finite_after_modal(tokens, lows, earlier[-1], cue_first)
                )
                # "said the group is neutral and supports …": a verb in another tense than
                # the cue's goes on with the clause said (but "said the plan failed and
                # called for talks" may be the speaker's next words)
                or (not agrees and self._determined_clause(earlier[-1]))
            ):
                # "Police say he posed a threat and refused to ...": inside the content
                return None
            subject = self._subject(tokens, lows, earlier, cue_first)
            if subject is None:
                return None
            antecedent = self._antecedent(tokens, lows, subject)
            if antecedent is not None and not participial and mark_before == ",":
                # "Kurdish leaders, who backed the plan, said …": the main verb's subject is
                # what the relative pronoun stands for, with the relative clause
                subject = (antecedent, tokens[before_source - 1].end)
            source = subject
            subjectless = True
            boundary = (
                tokens[before_source].start if mark_before in {",", "and", "but"} else boundary
            )
            if object_participle:
                boundary = -1  # "blasted out an email stating …": the email is in that content
            if at_end:
                return None
            start = tokens[after].start
            content.append(self._trim(start, self._content_end(tokens, lows, after, s_end, verb)))
            clause = (cue[0], cue[1])
        else:
            source = (tokens[source_first].start, tokens[found_source[1]].end)
            if tokens[found_source[1]].text == ",":
                source = self._trim(source[0], tokens[found_source[1] - 1].end)
            elif tokens[found_source[1]].text in _DASHES:
                last = found_source[1]
                while last > source_first and tokens[last].text in _DASHES:
                    last -= 1
                source = self._trim(source[0], tokens[last].end)
            postposed = mark_before in _POSTPOSED_MARKS and before_source > 0
            if mark_before.lower() == "as" and at_end and before_source > 1:
                # "..., as police have said.", '… "a full withdrawal," as the memo put it.'
                postposed = tokens[before_source - 1].text == "," or (
                    tokens[before_source - 1].text in _QUOTE_TOKENS
                    and tokens[before_source - 2].text == ","
                )
                source_first = before_source
            if postposed and mark_before in _QUOTE_TOKENS:
                region = self.region_at(tokens[before_source].start)
                opening = region.outer_start if region is not None else s_start
                lead = self.doc.tokens_between(s_start, opening)
                # 'After the vote, "…," she said, adding …': a fronted adjunct set off by its
                # comma still leaves the quotation opening the clause
                clause_like = (
                    region is not None
                    and lead[-1:]
                    and lead[-1].text in {",", ":"}
                    # a short quotation after an adjunct is a title ('In his book, "X,"')
                    and len(self.doc.tokens_between(region.inner_start, region.inner_end))
                    >= _MIN_QUOTED_CLAUSE
                )
                if lead[3:] and not clause_like and not at_end:
                    postposed = False
            if postposed and mark_before in _QUOTE_TOKENS and not at_end:
                # '"…," he said of the plan.' / '"…," he said, "…"'
                at_end = (
                    tokens[after].text != ","
                    or self.region_at(tokens[min(after + 1, len(tokens) - 1)].start + 1) is None
                )
            if postposed and not at_end and tokens[after].text == ")" and mark_before == ",":
                paren = self._open_paren_before(tokens, before_source)
                if paren is not None and paren + 1 < before_source:
                    # "Her ratings (as low as 19%, Gutin says) hurt him": the parenthesis
                    # holds both the cue and what it reports
                    return _Found(
                        source=source,
                        cue=cue,
                        content=[
                            self._trim(tokens[paren + 1].start, tokens[before_source - 1].end)
                        ],
                        verb=verb,
                        polarity=polarity,
                        clause=(source[0], cue[1]),
                        postposed=True,
                    )
            if postposed and not at_end and mark_before == "," and tokens[after].text in _DASHES:
                # "…, allies believe — backers she will need": what follows the dash
                # comments on the content before the cue rather than adding to it
                at_end = True
            if postposed and (at_end or tokens[after].text == ","):
                left = self._left_content(tokens, lows, source_first, s_start)
                if left is not None and at_end and self._adjunct_only(tokens, lows, before_source):
                    # "Earlier this week, officials wrote to the council." (but "In the end,
                    # he said, …" opens what was said)
                    left = None
                right: tuple[int, int] | None = None
                if (
                    not at_end
                    and after + 1 < len(tokens)
                    # '"…," he said, wiping his brow': a participle describes the speaker (or
                    # is a cue of its own, "adding that …"); it is not what was said
                    and not (
                        lows[after + 1].endswith("ing")
                        and lows[after + 1].isalpha()
                        and not self._gerund_main_clause(tokens, lows, left, after + 1)
                    )
                ):
                    right = self._trim(
                        tokens[after + 1].start, self._clause_end(tokens, after + 1, s_end)
                    )
                    if right[1] <= right[0]:
                        right = None
                if left is not None and right is None:
                    right = self._resumed_quote(tokens, lows, left, after)
                if left is not None or right is not None:
                    content.extend(part for part in (left, right) if part is not None)
                    return _Found(
                        source=source,
                        cue=cue,
                        content=content,
                        verb=verb,
                        polarity=polarity,
                        clause=(source[0], cue[1]),
                        postposed=left is not None,
                    )
            if at_end and source_first == 0:
                # '"Does anybody know?" Graham asked.' / 'The Times reports:' + quotation
                region = self._quote_before(s_start)
                if region is None and tokens[-1].text == ":":
                    region = self._quote_after(s_end)
                if region is not None:
                    return _Found(
                        source=source,
                        cue=cue,
                        content=[(region.outer_start, region.outer_end)],
                        verb=verb,
                        polarity=polarity,
                        clause=(source[0], cue[1]),
                        postposed=region.outer_start < s_start,
                    )
            if (
                lows[before_source] in _FREE_RELATIVES
                and verb is not None
                and verb.frame == "clause"
                and source_first == before_source + 1
                # a subject opens the clause: "what Kyiv says", "how they see it" (not "how
                # persuasively leaders claim", "how much resistance they face")
                and (
                    tokens[source_first].text[:1].isupper()
                    or lows[source_first] in self.pronoun_words
                    or lows[source_first] in self.det_words
                    or lows[source_first] in self.quant_words
                )
                and lows[source_first] not in {"much", "many", "few", "little"}
            ):
                # "what Trump says his plan would do", "how experts say it would work": the
                # pronoun stands for what was said, and opens the content; "That was what
                # Liz Wahl said when she resigned": it is all the content
                content.append((tokens[before_source].start, tokens[before_source].end))
                if not (
                    at_end or lows[after] in _ADJUNCT_OPENERS or lows[after] in self.conj_words
                ):
                    content.append(
                        self._trim(tokens[after].start, self._clause_end(tokens, after, s_end))
                    )
                return _Found(
                    source=source,
                    cue=cue,
                    content=content,
                    verb=verb,
                    polarity=polarity,
                    clause=(source[0], cue[1]),
                )
            if at_end or (
                verb is not None
                and verb.frame == "object"
                and self._reduced_relative(tokens, lows, cue_first, end, after=after, verb=verb)
            ):
                return None
            start = tokens[after].start
            content.append(self._trim(start, self._content_end(tokens, lows, after, s_end, verb)))
            clause = (source[0], cue[1])
            boundary = -1
            if before_source >= 0 and lows[before_source] in _COORDINATORS:
                # "…, and rights groups warned that …" starts a new statement; a bare "and"
                # more often joins two clauses of the same content ("… and he feels …")
                comma_before = before_source > 0 and tokens[before_source - 1].text == ","
                # after a bare comma a pronoun subject goes on with the same speaker's words
                # ("says despite …, she plans to …")
                pronoun = lows[before_source] == "," and lows[source_first] in self.pronoun_words
                if (
                    lows[before_source] not in {"and", "but", "or"} or comma_before
                ) and not pronoun:
                    boundary = tokens[before_source].start
        return _Found(
            source=source,
            cue=cue,
            content=content,
            verb=verb,
            polarity=polarity,
            clause=clause,
            subjectless=subjectless,
            boundary=boundary,
        )

    def _fronted(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        after: int,
        *,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """A participle clause that opens the sentence ("In announcing the truce, the
        president said …") reports what the main clause's subject said: the content runs to
        the clause's comma, the source is the subject after it."""
        if cue_first == 0 and (verb.kind != "speech" or lows[after] in self.prep_words):
            return None  # "Speaking to reporters, …": a bare participle of talking, no content
        limit = min(len(tokens) - 1, after + _MAX_RELATIVE_TOKENS)
        end = None
        comma = after + 1
        while comma < limit:
            text = tokens[comma].text
            if text in {".", "!", "?", ";", ":"}:
                return None
            if text == ",":
                region = self.closed_region_at(tokens[comma].start)
                if region is None:
                    end = tokens[comma].start
                    break
                if region.outer_end == tokens[comma + 1].end:
                    # 'After saying it was "over," she left': the quotation closes the clause
                    end = region.outer_end
                    comma += 1
                    break
            comma += 1
        if end is None:
            return None
        stop = min(len(tokens), comma + 1 + _MAX_DESCRIPTION_WORDS + 4)
        subject = self._subject_after(tokens, lows, stop, adjunct=False, start=comma + 1)
        if subject is None:
            return None
        first = comma + 1
        while first < stop and tokens[first].start < subject[0]:
            first += 1
        following = first
        while following < stop and tokens[following].end <= subject[1]:
            if (
                following > first
                and following + 1 < len(tokens)
                and lows[following + 1] in self.det_words
                and not tokens[following].text[:1].isupper()
            ):
                # "…, the governor left the meeting": a word before a determiner is the verb
                subject = (subject[0], tokens[following - 1].end)
                break
            following += 1
        if following >= len(tokens) or not tokens[following].text[:1].isalpha():
            return None  # "In announcing the plan, the minister, …": no clause to check
        return _Found(
            source=subject,
            cue=cue,
            content=[self._trim(tokens[after].start, end)],
            verb=verb,
            polarity=polarity,
            clause=cue,
            subjectless=True,
        )

    def _object_relative(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        pronoun: int,
        found_source: tuple[int, int],
        *,
        after: int,
        at_end: bool,
        s_end: int,
        verb: _Verb | None,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """ "a letter that he said was drafted by the firm", "the wall, which he said Mexico
        would pay for": the relative pronoun stands for what was said and the rest of the
        relative clause is the content (PolNeAR's convention: both pieces)."""
        if pronoun == 0:
            return None
        if at_end or tokens[after].text in _RELATIVE_STOPS:
            if (
                lows[pronoun] not in {"which", "whom"}
                or found_source[1] - found_source[0] >= _MAX_SPLIT_SUBJECT
                or self.text[cue[0] : cue[1]].endswith("ing")
            ):
                return None  # "…, which falls under a body formed with Turkish backing"
            # "the answers, which the union released.": the pronoun is all that was said
            source = (tokens[found_source[0]].start, tokens[found_source[1]].end)
            return _Found(
                source=source,
                cue=cue,
                content=[(tokens[pronoun].start, tokens[pronoun].end)],
                verb=verb,
                polarity=polarity,
                clause=(source[0], cue[1]),
            )
        before = tokens[pronoun - 1].text
        if not _WORDLIKE.search(before) and before not in _RELATIVE_LEADS:
            return None
        gap = after + 1 if after + 1 < len(tokens) and lows[after] in _QUOTE_TOKENS else after
        if tokens[pronoun].text.lower() == "that" and not (
            # 'the mission that Skoog said "is on its way"': the mark opens the quoted verb
            gap < len(tokens)
            and (lows[gap] in _AUX_OR_MODAL or self._verb_before_object(tokens, lows, gap))
        ):
            # "that" is a relative only with a gap before a verb ("a letter that he said was
            # forged"); "so blatant that the press feels obliged" is no relative
            return None
        stop = after
        limit = min(len(tokens), after + _MAX_RELATIVE_TOKENS)
        while stop < limit:
            text = tokens[stop].text
            if (
                text in _RELATIVE_STOPS
                and self.closed_region_at(tokens[stop].start) is None
                and not self._inside_number(tokens, stop)
            ):
                break
            stop += 1
        end = tokens[stop - 1].end if stop > after else tokens[after].end
        if stop >= len(tokens) and limit == len(tokens):
            end = self._clause_end(tokens, after, s_end)
        content = self._trim(tokens[after].start, end)
        if content[1] <= content[0]:
            return None
        source_last = found_source[1]
        if tokens[source_last].text == "," and source_last > found_source[0]:
            source_last -= 1  # "that the envoy, Olof Skoog, said": the name's closing comma
        source = (tokens[found_source[0]].start, tokens[source_last].end)
        return _Found(
            source=source,
            cue=cue,
            content=[(tokens[pronoun].start, tokens[pronoun].end), content],
            verb=verb,
            polarity=polarity,
            clause=(source[0], cue[1]),
        )

    def _verb_before_object(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether the word at ``index`` is a bare verb taking an object that a determiner
        opens or that is an object pronoun: "(the militias that Ankara says) threaten its
        sovereignty", "pose a threat", "gives them"; a noun never stands between a cue and
        either."""
        low = lows[index]
        return (
            index + 1 < len(tokens)
            and (lows[index + 1] in self.det_words or tokens[index + 1].text in _OBJECT_PRONOUNS)
            and tokens[index].text.isalpha()
            and tokens[index].text.islower()
            and not low.endswith("ly")
            and not any(
                self.lex.has(low, klass)
                for klass in ("aux", "prep", "conj", "det", "opener", "pronoun", "quant", "time")
            )
        )

    def _zero_relative(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        found_source: tuple[int, int],
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """For a relative clause with no pronoun that ends with its cue ("a deal she once
        supported", "an arrangement the campaign has criticized"), the token ranges of the
        head noun phrase (what the cue reports on) and of the speaker; else None. The caller
        has checked that the cue ends its clause (no object or clause of its own follows)."""
        first, last = found_source
        speaker = next(
            (
                k
                for k in range(first + 1, min(last, first + _MAX_ZERO_HEAD) + 1)
                if self._opens_np(tokens, lows, k)
            ),
            None,
        )
        if speaker is not None and lows[speaker - 1] in self.conj_words:
            return None  # "…, the mayor and the deputy said": one coordinated speaker
        if speaker is not None:
            head_first = first
        elif first == last and lows[first] in self.pronoun_words and lows[first] != "who":
            # "a deal she once supported": the pronoun alone was read as the speaker
            speaker = first
            head_first = first - 1
            while (
                head_first > 0
                and first - head_first < _MAX_ZERO_HEAD
                and lows[head_first] not in _ARTICLES
            ):
                head_first -= 1
        else:
            return None
        if head_first < 0 or lows[head_first] not in _ARTICLES or speaker - head_first < 2:
            return None
        if head_first > 0 and tokens[head_first - 1].text[:1].isalnum():
            # only a phrase set off by a comma or a dash, or opening the clause, is an
            # appended head: "they backed a deal she opposed" has "a deal" as an object
            return None
        nouns = range(head_first + 1, speaker)
        if not all(
            tokens[k].text[:1].islower()
            and tokens[k].text.replace("-", "").isalpha()
            and lows[k] not in self.aux_words
            and lows[k] not in self.det_words
            and lows[k] not in self.prep_words
            and lows[k] not in self.opener_words
            and lows[k] not in self.lex.verbs
            for k in nouns
        ):
            return None
        return (head_first, speaker - 1), (speaker, last)

    def _opens_np(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether a speaker's noun phrase may start at ``index``: a pronoun, a determiner or
        a capitalised word after lowercase ones."""
        low = lows[index]
        if low in self.pronoun_words:
            return low != "who"
        return low in self.det_words or (
            tokens[index].text[:1].isupper() and tokens[index - 1].text[:1].islower()
        )

    def _complementizer(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """True when "that" at ``index`` opens a complement clause ("warned that Russia said",
        "so that"), not a relative one ("a letter that he said was forged")."""
        if lows[index] != "that":
            return False
        if index == 0:
            return True
        low_before = lows[index - 1]
        # "told reporters on Monday that …": a cue shortly before, with its addressee or
        # adjunct in between, takes the "that" clause as its content
        determiner = False
        for back in range(index - 1, max(-1, index - _MAX_ADDRESSEE_TOKENS - 1), -1):
            if not lows[back][:1].isalnum():
                break
            verb = self._match_verb(lows, back)
            if verb is not None and not self._noun_reading(tokens, lows, back):
                # "released a letter that …" is a relative: an object with a determiner
                return not (determiner and verb.frame == "object")
            determiner = determiner or lows[back] in self.det_words
        return (
            not _WORDLIKE.search(low_before)
            or low_before.endswith("ly")
            or any(
                self.lex.has(low_before, klass)
                for klass in ("aux", "det", "prep", "conj", "opener", "pronoun", "time")
            )
        )

    @staticmethod
    def _inside_word(tokens: Sequence[Token], index: int) -> bool:
        """True for a mark with letters touching it on both sides: "Factcheck.org"."""
        return _joins(tokens, index, str.isalnum)

    @staticmethod
    def _inside_number(tokens: Sequence[Token], index: int) -> bool:
        """True for the separator of "100,000" or "1.5": digits touch it on both sides."""
        return _joins(tokens, index, str.isdigit)

    def _names_actor(self, span: tuple[int, int]) -> bool:
        """True when ``span`` holds an actor mention or is a personal pronoun."""
        if self._mentions_within(*span):
            return True
        return self.text[span[0] : span[1]].lower() in self.pronoun_words

    def _quote_before(self, offset: int) -> _Region | None:
        """The quotation that ends just before ``offset``, in the same paragraph."""
        cursor = offset
        while cursor > 0 and self.text[cursor - 1] in " \t":
            cursor -= 1
        region = self._region_ending(cursor)
        if region is None or self.text[region.outer_start : cursor].count("\n"):
            return None
        return region

    def _quote_after(self, offset: int) -> _Region | None:
        """The quotation that opens the text after ``offset`` (the next paragraph at most)."""
        cursor = offset
        while cursor < len(self.text) and self.text[cursor].isspace():
            cursor += 1
        if self.text[offset:cursor].count("\n") > 2:
            return None
        region = self.region_at(cursor + 1)
        if region is None or region.outer_start != cursor:
            return None
        return region

    def _frame_allows(
        self, tokens: Sequence[Token], lows: list[str], cue_first: int, end: int, verb: _Verb
    ) -> bool:
        if verb.frame == "to":
            if end < len(tokens) and lows[end] != "to":
                # "voted Thursday to …", "declined repeatedly to …"
                if self._joins_cue(lows, end):
                    end += 1
                else:
                    end = self._skip_adjuncts(tokens, lows, end, verb)
            return end < len(tokens) and lows[end] == "to"
        if verb.frame == "quote":
            before = tokens[cue_first - 1].text if cue_first > 0 else ""
            after = tokens[end].text if end < len(tokens) else "."
            return (
                before in {",", '"', "'"}
                or after in {":", '"', "'", ",", "."}
                # "As the envoy put it in a statement, …": an adjunct naming where or when
                # it was said may follow the cue of an "as" clause (not "As he put it in the
                # truck, …", a deed)
                or (self._in_as_clause(lows, cue_first) and self._saying_adjunct(lows, end))
            )
        return True

    def _saying_adjunct(self, lows: list[str], end: int) -> bool:
        """Whether the words from ``end`` to the next mark of punctuation name a medium or a
        time ("in a statement to reporters", "on Monday"); a bounded look keeps the time
        linear."""
        for index in range(end, min(len(lows), end + _MAX_SOURCE_TOKENS)):
            low = lows[index]
            if low in self.medium_words or low in self.dated_words:
                return True
            if not low[:1].isalnum():
                return False
        return False

    @staticmethod
    def _in_as_clause(lows: list[str], cue_first: int) -> bool:
        """Whether the cue starting at ``cue_first`` ends a clause of comment opened by "as"
        at the sentence start or after punctuation, with only its speaker's words between:
        "As the envoy put it", "…, as a memo put it"."""
        for index in range(cue_first - 1, max(-1, cue_first - 1 - _MAX_SOURCE_TOKENS), -1):
            low = lows[index]
            if low == "as":
                return index == 0 or not lows[index - 1][:1].isalnum()
            if not (low[:1].isalnum() or low in {".", "'s", "’s"}):
                return False
        return False

    def _physical_sense(self, tokens: Sequence[Token], lows: list[str], end: int) -> bool:
        """Whether a cue verb with a physical sense, ending before token ``end``, is used in
        that sense: its object is a place or a military target ("attacked the Kurdish city of
        Afrin", "defend their homeland", "attacked government positions"), or, passive, its
        agent is a force ("is defended by 400 Isis members"), or its instrument a weapon
        ("attacked them with missiles"). "defended his record" and "attacked Clinton" report
        words.
        """
        if end >= len(tokens):
            return False
        names = _place_names()
        # the cue may hold the "by" of its agent ("is defended by") or stop before it, or
        # before an adverb ("has been attacked daily by jets")
        by = end if lows[end] == "by" else end - 1
        if end + 1 < len(tokens) and lows[end].endswith("ly") and lows[end + 1] == "by":
            by = end + 1
        participle = end - 2 if lows[end - 1] == "by" else end - 1
        if lows[by] == "by" and participle >= 0 and lows[participle].endswith("ed"):
            for k in range(by + 1, min(len(tokens), by + 1 + _MAX_AGENT_WORDS)):
                text = tokens[k].text
                if lows[k] in self.force_words:
                    return True
                if lows[k] in self.approx_words:
                    continue  # "by about 400 fighters"
                if not text[:1].isalnum() or lows[k] in self.prep_words:
                    return False
            return False
        k = end
        stop = min(len(tokens), end + _MAX_OBJECT_WORDS)
        while k < stop:
            text = tokens[k].text
            low = lows[k]
            if text in names or (k + 1 < len(tokens) and f"{text} {tokens[k + 1].text}" in names):
                # a place names the object unless it modifies a noun after it ("attacked
                # Syria policy"); its possessive form ("Syria's leader") goes on walking
                width = 1 if text in names else 2
                if self._object_ends(tokens, lows, k + width):
                    return True
                k += width
                continue
            if low in self.terrain_words and self._object_ends(tokens, lows, k + 1):
                return True  # but "the border town", "the city council" go on to their head
            if low == "with":
                # the instrument is a weapon: "attacked the airbase with 60 missiles"
                return any(
                    lows[j] in self.force_words for j in range(k + 1, min(len(tokens), k + 4))
                )
            if (
                not text[:1].isalpha()
                or low in self.prep_words
                or low in _PLACE_PREPS
                or low in self.pronoun_words
                or low in _RELATIVES
            ):
                return False
            k += 1
        return False

    def _object_among(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        words: frozenset[str],
    ) -> bool:
        """Whether the object of a cue verb with a second, non-speech sense is one of
        ``words``: after an indirect object ("them") and one modifier ("denied them entry",
        "was denied humanitarian access", "recalled its top envoy"), or, passive, its subject
        ("access was denied", "the ambassador was recalled"). "denied the claims" and
        "recalled the talks" report words.
        """
        k = end
        while (
            k < len(tokens)
            and k < end + 2
            and (lows[k] in self.det_words or lows[k] in _OBJECT_PRONOUNS)
        ):
            k += 1
        for index in (k, k + 1):
            if index < len(tokens) and lows[index] in words:
                return self._object_ends(tokens, lows, index + 1) or lows[
                    index + 1 : index + 2
                ] == ["to"]
        auxiliaries = self.aux_words | _PASSIVE_AUX
        first = cue_first if lows[cue_first] in _PASSIVE_AUX else cue_first - 1
        if first < 1 or lows[first] not in auxiliaries:
            return False
        # "Humanitarian access was denied", "entry has been denied"
        while first > 0 and lows[first] in auxiliaries:
            first -= 1
        return lows[first] in words

    def _object_ends(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether the noun phrase of a physical object ends before ``index``: a mark, a
        preposition of place or a coordinator follows, not a noun it modifies ("the border
        wall") nor "on"/"about" that makes a topic ("his positions on trade")."""
        if index >= len(tokens):
            return True
        low = lows[index]
        if low in {"on", "about", "over", "that"}:
            return False
        if low == "'" and index + 1 < len(tokens) and tokens[index + 1].text[:1].isalpha():
            return False  # "the rebels' demands": an owner, the object is what it owns
        if low.endswith("ed") and lows[index + 1 : index + 2] == ["by"]:
            return True  # "areas controlled by the rebels": a participle describes it
        return (
            not tokens[index].text[:1].isalnum()
            or low in self.prep_words
            or low in _COORDINATORS
            or low in _RELATIVES
            or low in _PLACE_PREPS
        )

    def _that_after_adjunct(
        self, tokens: Sequence[Token], lows: list[str], after: int, *, addressed: bool = False
    ) -> int:
        """ "said during a town hall in Buffalo, New York, that …": skip to the "that"; so
        too past an aside set off by commas ("insisted, most recently on Monday, that …").
        After an addressee (``addressed``) the "that" needs no comma, and "of" may open the
        phrase, which then names the addressee's group: "told reporters at a meeting of
        NATO defence ministers that", "told members of Congress that"."""
        if after >= len(tokens):
            return after
        opens = lows[after] in _TRAILER_PREPS or (addressed and lows[after] == "of")
        if not (opens or lows[after] == ","):
            return after
        limit = min(len(tokens), after + _MAX_TRAILER_TOKENS + 4)
        if lows[after] == ",":
            # the aside ends at its first comma, which the "that" must follow
            close = next((i for i in range(after + 1, limit) if lows[i] == ","), None)
            if close is None or close + 1 >= len(tokens) or lows[close + 1] != "that":
                return after
            limit = close + 2
        for index in range(after + 1, limit):
            if lows[index] == "that" and (addressed or tokens[index - 1].text == ","):
                return index
            if self._is_cue_at(lows, index) or tokens[index].text in {".", ";", ":"}:
                break
            if self.closed_region_at(tokens[index].start + 1) is not None:
                break
        return after

    @staticmethod
    def _participial_adjunct(lows: list[str], index: int) -> bool:
        """Whether a participial adjunct opens at ``index``: "while visiting", "after
        meeting", "when asked"."""
        if index + 1 >= len(lows) or lows[index] not in _ADJUNCT_OPENERS:
            return False
        verb = lows[index + 1]
        endings = ("ing", "ed") if lows[index] == "when" else ("ing",)
        return verb.isalpha() and verb.endswith(endings)

    def _is_trailer(
        self, tokens: Sequence[Token], lows: list[str], after: int, *, addressed: bool = False
    ) -> bool:
        """True when only a short adjunct follows the cue: "said in his interview."."""
        if lows[after] in _ADJUNCT_OPENERS and self._participial_adjunct(lows, after):
            # "said while visiting troops": the speaker's doing, not the content (unless a
            # "that" clause follows it: "said before attending the meeting that …")
            return "that" not in lows[after + 2 : after + 2 + _MAX_TRAILER_TOKENS]
        # "… in a video message to the convention": the medium's addressee or origin;
        # '"…," she said to reporters.' (only a verb whose "to" names the hearer, grammar
        # class ``toaddressee``: "responded to the critics", "plans to go" have their
        # content there)
        to_medium = (
            lows[after] in {"to", "from"} and after > 0 and lows[after - 1] in self.medium_words
        ) or (
            addressed
            and lows[after] == "to"
            and after + 1 < len(tokens)
            and (
                tokens[after + 1].text[:1].isupper()
                or lows[after + 1] in self.det_words
                or lows[after + 1] in _OBJECT_PRONOUNS
            )
        )
        # Told by the first word alone for most cues: asked before walking to the adjunct's end.
        if not (lows[after] in _TRAILER_PREPS or lows[after] in self.time_words or to_medium):
            return False
        stop = after
        # bounded: a trailer is short, and a long sentence must not cost a scan per cue
        limit = min(len(tokens), after + _MAX_TRAILER_TOKENS + 1)
        while stop < limit and (
            tokens[stop].text not in {".", "!", "?", ",", ";"}
            or (tokens[stop].text == "." and self._abbreviation(tokens, stop))  # "Mrs."
        ):
            if lows[stop] in _ADJUNCT_OPENERS and self._participial_adjunct(lows, stop):
                break  # "said in April while promoting a film"
            stop += 1
        if stop == after or stop - after > _MAX_TRAILER_TOKENS:
            return False
        if stop < len(tokens) and tokens[stop].text == ",":
            # "said at a news conference, according to …" ends here; ", that …" or a
            # quotation after the comma is the content
            following = lows[stop + 1] if stop + 1 < len(tokens) else ""
            if following == "that" or following in _QUOTE_TOKENS or not following:
                return False
            if not (self._is_cue_at(lows, stop + 1) or following in self.conj_words):
                return False
        return not any(
            low in self.opener_words
            or self._is_cue_at(lows, k)
            or low in self.aux_words
            # "wrote to the minister about the talks": the topic is what was written
            or (to_medium and low in _EMPTY_TOPIC)
            for k, low in enumerate(lows[after + 1 : stop], start=after + 1)
        )

    def _passive(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        *,
        verb: _Verb | None,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """ "The plan was first reported by The Washington Post": the agent is the source;
        with no agent ("it was announced that ...") the statement has no source."""
        auxiliary = not _PASSIVE_AUX.isdisjoint(lows[cue_first:end])
        # "a practice criticized by rights groups": a participle after its noun, with an agent
        reduced = (
            not auxiliary
            and end < len(tokens)
            and lows[end] == "by"
            and cue_first > 0
            and tokens[cue_first - 1].text[:1].isalnum()
            and lows[cue_first - 1] not in self.pronoun_words
            # "responded by saying": an -ing word after "by" is a means, not an agent
            and end + 1 < len(tokens)
            and not lows[end + 1].endswith("ing")
        )
        if verb is None or not (auxiliary or (reduced and verb.kind != "stance")):
            return None
        if verb.lemma.startswith("be "):
            return None  # "leaders are convinced that …": a state the subject is in, no passive
        if not lows[end - 1].endswith(("ed", "en", "wn")) and lows[end - 1] not in _PARTICIPLES:
            return None
        if end < len(tokens) and lows[end] != "by":
            # "was endorsed on Friday by …", "was announced officially by …": an adjunct
            # before the agent
            skipped = self._skip_adjuncts(tokens, lows, self._skip_manner(tokens, lows, end), verb)
            if skipped < len(tokens) and lows[skipped] == "by" and skipped > end:
                end = skipped
        if end >= len(tokens) or lows[end] != "by":
            return self._agentless(
                tokens, lows, cue_first, end, verb=verb, polarity=polarity, cue=cue
            )
        if lows[end - 1] in self.asked_words:
            asked = self._asked_by(tokens, lows, end, verb=verb, polarity=polarity, cue=cue)
            if asked is not None:
                return asked
        # "Residents were warned by the army that …": the subject only heard it
        heard = verb.frame == "addressee" or lows[end - 1] in self.hearer_words
        accusing = lows[end - 1] in self.accusing_words
        agent_end = end + 1
        # where a time adjunct ends the agent's name: "was announced by the army on Tuesday"
        named_end: int | None = None
        while agent_end < len(tokens) and (
            tokens[agent_end].text not in _CLOSING_PUNCT
            # "by Sen. Olena Melnyk": the period of a title is inside the agent
            or (tokens[agent_end].text == "." and self._abbreviation(tokens, agent_end))
        ):
            low = lows[agent_end]
            if low in self.opener_words or low in _RELATIVES or (heard and low == "to"):
                break
            if agent_end > end + 1 and (low in self.aux_words or self._is_cue_at(lows, agent_end)):
                # "published by the OPCW did not mention …": the main verb ends the agent
                break
            if (
                accusing
                and agent_end > end + 1
                and low in self.prep_words
                and agent_end + 1 < len(tokens)
                and not tokens[agent_end + 1].text[:1].isupper()
            ):
                # "was accused by Kyiv of shelling the plant": the charge ends the agent (but
                # "by the Ministry of Defence" is one name)
                break
            if (
                named_end is None
                and agent_end > end + 1
                and self._time_ends_speaker(tokens, lows, end + 1, agent_end)
            ):
                named_end = agent_end
            agent_end += 1
        if named_end is None:
            named_end = agent_end
        if agent_end == end + 1 or cue_first == 0:
            return None
        if heard:
            heard_from = self._heard_from(
                tokens,
                lows,
                end,
                agent_end,
                named_end=named_end,
                verb=verb,
                polarity=polarity,
                cue=cue,
            )
            # with no clause after the agent, "told" reports no words, "was warned by the
            # army" its subject
            if heard_from is not None or verb.frame == "addressee":
                return heard_from
        if self._reported_relative_subject(tokens, lows, cue_first):
            return None  # "the militia, which Washington says is backed by Iran": no subject
        subject_first = self._chunk_start(tokens, lows, cue_first - 1)
        if subject_first is None:
            return None
        content = [(tokens[subject_first].start, tokens[cue_first - 1].end)]
        if accusing and agent_end < len(tokens) and lows[agent_end] in self.prep_words:
            content.append(self._charge(tokens, lows, agent_end))
        return _Found(
            source=(tokens[end + 1].start, tokens[named_end - 1].end),
            cue=(cue[0], tokens[end].end),
            content=content,
            verb=verb,
            polarity=polarity,
            clause=(cue[0], tokens[agent_end - 1].end),
        )

    def _reported_relative_subject(
        self, tokens: Sequence[Token], lows: list[str], cue_first: int
    ) -> bool:
        """Whether a passive cue at ``cue_first`` follows another speaker's reporting verb in
        a relative clause, "which Washington says is backed by Iran": its subject is the
        relative pronoun, gapped, and the words before it are the other statement's source and
        cue, never what was judged ("the claims were rejected by Kyiv" has its subject)."""
        reporting = cue_first - 1
        if reporting < 1 or not self._is_cue_at(lows, reporting):
            return False
        speaker_first = self._chunk_start(tokens, lows, reporting - 1)
        return (
            speaker_first is not None
            and speaker_first > 0
            and lows[speaker_first - 1] in _RELATIVES
        )

    def _heard_from(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        by: int,
        agent_end: int,
        *,
        named_end: int,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """ "The villagers were told by soldiers to leave", "Residents were warned by the
        army that …": the agent (its name ending at ``named_end``) is the source and the
        clause after it the content; the subject, who heard it, is neither."""
        last = named_end - 1
        if agent_end < len(tokens) and tokens[agent_end].text == ",":
            # "was told by the adviser, HR McMaster, that …": an appositive before the clause
            closing = agent_end + 1
            limit = min(len(tokens), closing + _MAX_APPOSITIVE_TOKENS)
            while closing < limit and tokens[closing].text not in _CLOSING_PUNCT:
                closing += 1
            if closing + 1 < len(tokens) and tokens[closing].text == ",":
                agent_end = closing + 1
                last = closing - 1
        if agent_end >= len(tokens) or lows[agent_end] not in {"that", "to"}:
            return None
        return self._agent_said(tokens, by, last, agent_end, verb=verb, polarity=polarity, cue=cue)

    def _asked_by(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        by: int,
        *,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """ "X was asked by host Y whether …": the asker is the source and the question the
        content (the person asked is neither)."""
        question = by + 1
        limit = min(len(tokens), by + _MAX_SOURCE_TOKENS)
        while question < limit and lows[question] not in _ASKED_OPENERS:
            if (
                tokens[question].text in _SENTENCE_MARKS
                or tokens[question].text == ";"
                or lows[question] in _RELATIVES  # "by allies who had warmed to him"
                or lows[question] in self.aux_words
            ):
                return None
            question += 1
        last = question - 1
        while last > by and tokens[last].text == ",":
            last -= 1  # "pressed by ABC's host, George Stephanopoulos, about …"
        if question >= limit or last == by or not tokens[last].text[:1].isalnum():
            return None
        return self._agent_said(tokens, by, last, question, verb=verb, polarity=polarity, cue=cue)

    def _agent_said(
        self,
        tokens: Sequence[Token],
        by: int,
        last: int,
        clause: int,
        *,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """The statement of a passive cue whose agent after "by" (to token ``last``) is the
        source and whose clause from token ``clause`` is the content, if it says anything."""
        content = self._trim(tokens[clause].start, self._clause_end(tokens, clause, tokens[-1].end))
        if content[1] <= content[0]:
            return None
        return _Found(
            source=(tokens[by + 1].start, tokens[last].end),
            cue=(cue[0], tokens[by].end),
            content=[content],
            verb=verb,
            polarity=polarity,
            clause=(cue[0], tokens[last].end),
        )

    def _agentless(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        *,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        after = self._skip_adjuncts(tokens, lows, self._skip_manner(tokens, lows, end), verb)
        subject: tuple[int, int] | None = None
        if after < len(tokens) and lows[after] in {"that", "to", "as"}:
            # "it was announced that ...", "he was urged to ...", "it was condemned as ..."
            # ("it is widely viewed as a failure": a belief is held about the subject too)
            if lows[after] == "as" and verb.frame != "object" and verb.kind != "belief":
                return None
            content = self._trim(
                tokens[after].start, self._content_end(tokens, lows, after, tokens[-1].end, None)
            )
            if lows[after] != "that" and cue_first > 0:
                # "The deficit is projected to be $544 billion": what is projected is the
                # subject with its complement (two pieces, as PolNeAR marks them)
                first = self._chunk_start(tokens, lows, cue_first - 1)
                if first is not None and lows[first] not in self.pronoun_words:
                    subject = (tokens[first].start, tokens[cue_first - 1].end)
            elif lows[after] == "as":
                return None
        elif (
            cue_first > 0
            and (
                (
                    verb.kind == "speech"
                    and verb.frame == "clause"
                    and (after >= len(tokens) or tokens[after].text in _CLOSING_PUNCT)
                )
                or (
                    verb.kind in {"speech", "stance"}
                    and verb.sense != "physical"  # "The bridge was attacked at dawn"
                    and lows[end - 1] not in self.asked_words
                    # "she had been told in Raqqa": the subject heard it; "was described in
                    # the media as …": what it was called comes later
                    and verb.frame != "addressee"
                    and _LATER_COMPLEMENTS.isdisjoint(lows[after : self._next_mark(tokens, after)])
                    and after < len(tokens)
                    and (
                        (after > end and tokens[after].text in _CLOSING_PUNCT)
                        or (
                            lows[after] in self.passive_tail_words
                            # "He was released on bail", "troops were posted at the gate"
                            and lows[end - 1] not in self.deed_words
                        )
                    )
                )
                or (
                    lows[end - 1] in self.accusing_words
                    # "has never been charged with": no charge was made, nothing was alleged
                    and not any(
                        low in self.negation_words or low.endswith("n't")
                        for low in lows[cue_first:end]
                    )
                    and after + 1 < len(tokens)
                    and lows[after] in self.prep_words
                    # "an offence she could be charged with in the UK": a stranded preposition
                    and lows[after + 1] not in self.prep_words
                    and tokens[after + 1].text not in _CLOSING_PUNCT
                )
            )
        ):
            # "The deal was confirmed.", "The truce was welcomed on Monday.", "The officials
            # were mocked on social media": what was confirmed, welcomed or mocked is the
            # subject; "was criticized for its cost", "was accused of spying": the reason or
            # the charge too, as a second piece
            first = self._chunk_start(tokens, lows, cue_first - 1)
            if first is None:
                return None
            content = (tokens[first].start, tokens[cue_first - 1].end)
            if after < len(tokens) and lows[end - 1] in self.accusing_words:
                subject = content
                content = self._charge(tokens, lows, after)
            elif after < len(tokens) and lows[after] in _REASON_PREPS:
                subject = content
                content = self._trim(
                    tokens[after].start, self._clause_end(tokens, after, tokens[-1].end)
                )
        else:
            return None
        if content[1] <= content[0]:
            return None
        return _Found(
            source=None,
            cue=cue,
            content=[content] if subject is None else [subject, content],
            verb=verb,
            polarity=polarity,
            clause=cue,
        )

    def _charge(self, tokens: Sequence[Token], lows: list[str], first: int) -> tuple[int, int]:
        """What someone is accused of, from the preposition at ``first``: to the clause end,
        or to a comma before a coordinator, where the subject's next verb begins ("are
        accused of murder, and wanted to know …")."""
        end = self._clause_end(tokens, first, tokens[-1].end)
        for index in range(first + 1, len(tokens) - 1):
            if tokens[index].start >= end:
                break
            if (
                tokens[index].text == ","
                and lows[index + 1] in self.conj_words
                and self.region_at(tokens[index].start) is None
            ):
                end = tokens[index].start
                break
        return self._trim(tokens[first].start, end)

    def _skip_manner(self, tokens: Sequence[Token], lows: list[str], index: int) -> int:
        """The index after the adverbs of manner or frequency from ``index`` on, which tell
        how a passive cue's act was done, not what was said: "was condemned internationally",
        "was confirmed again"."""
        while index < len(tokens) and (
            lows[index] in self.manner_words
            or (
                len(lows[index]) > 4 and lows[index].endswith("ly") and tokens[index].text.islower()
            )
        ):
            index += 1
        return index

    def _resumed_quote(
        self, tokens: Sequence[Token], lows: list[str], left: tuple[int, int], after: int
    ) -> tuple[int, int] | None:
        """'"The risk," said X, an economist at Y, "is that …"': a quotation cut by its cue
        goes on in the next quotation of the sentence, after the speaker's description and a
        comma, when no other verb of speech comes between."""
        region = self.region_at(left[0] + 1)
        if region is None or region.outer_start != left[0] or region.outer_end != left[1]:
            return None  # the first piece must itself be a quotation
        if after >= len(tokens):
            return None
        # most quotations have no other one after them in the sentence: one bisection
        following = bisect.bisect_left(self.region_starts, tokens[after].start)
        if following >= len(self.regions) or self.regions[following].outer_start >= tokens[-1].end:
            return None
        limit = min(len(tokens), after + _MAX_APPOSITIVE_TOKENS)
        for index in range(after, limit):
            text = tokens[index].text
            if text in _QUOTE_TOKENS:
                resumed = self.closed_region_at(tokens[index].start + 1)
                if (
                    resumed is not None
                    and resumed.outer_start == tokens[index].start
                    and index > after
                    and (
                        tokens[index - 1].text == ","
                        # '"I love Larry," he said, but "Larry has …"': the quotation goes on
                        or (lows[index - 1] == "but" and tokens[index - 2].text == ",")
                    )
                ):
                    return (resumed.outer_start, resumed.outer_end)
                return None
            if text in {".", "!", "?", ";", ":"} and not self._abbreviation(tokens, index):
                return None
            if (
                lows[index] in self.lex.verbs
                and not text[:1].isupper()
                # "who is the director of …": "is" only opens a cue such as "is projected"
                and self._match_verb(lows, index) is not None
            ):
                return None  # '…," he said, adding "…"' is another statement
        return None

    def _gerund_main_clause(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        left: tuple[int, int] | None,
        index: int,
    ) -> bool:
        """Whether the -ing word at ``index``, after a mid-sentence cue, opens the main clause
        said: the content before the cue is a fronted adverbial clause, which cannot stand
        alone, so "Though the move was smooth, he said, replacing her would be harder" goes on
        with a gerund subject (a cue of its own, "adding", still opens another statement, and
        with no auxiliary or modal verb after it, ", he said, smiling", the -ing word describes
        the speaker)."""
        if left is None or self._is_cue_at(lows, index):
            return False
        first = bisect.bisect_left(tokens, left[0], key=lambda token: token.start)
        if first >= len(lows) or lows[first] not in self.advlead_words:
            return False
        for low in lows[index + 1 : index + 1 + _MAX_CLAUSE_LOOK]:
            if low in self.aux_words or low in _MODALS:
                return True
            if not low[:1].isalnum():
                return False  # ", he said, smiling, as …": the -ing phrase ends unfinished
        return False

    def _parenthetical_rest(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        left: tuple[int, int],
        after: int,
        s_end: int,
    ) -> tuple[int, int] | None:
        """ "Any reading of the deal, said Kofman, an expert, would see …": an inverted cue set
        off inside the clause splits the content; what follows the speaker is its second piece
        when it opens with an auxiliary or modal verb."""
        if after + 1 >= len(tokens) or tokens[after].text != ",":
            return None
        first = lows[after + 1]
        if not first[:1].isalpha() or self.region_at(left[0] + 1) is not None:
            return None
        # only an auxiliary or modal shows the verb: "…, said Smith, chairman of the board."
        # ends with an appositive, and nouns and verbs look alike
        if not (
            first in self.aux_words
            or first in _MODALS
            or first.endswith("n't")
            or self._coordinated_rest(tokens, lows, after + 1)
        ):
            return None
        right = self._trim(tokens[after + 1].start, self._clause_end(tokens, after + 1, s_end))
        return right if right[1] > right[0] else None

    def _coordinated_rest(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether ``index`` opens a coordinated clause with its own subject: "…, said Howard,
        but her record speaks for itself" (never "…, said Howard, and added …", where the
        speaker goes on with a verb of his own)."""
        if lows[index] not in self.inverted_rest_words or index + 2 >= len(tokens):
            return False
        subject = lows[index + 1]
        return (
            subject[:1].isalpha()
            and subject not in self.lex.verbs
            and subject not in self.aux_words
            and subject not in _MODALS
            and not subject.endswith(("ed", "ing"))
        )

    def _finish(
        self,
        source: tuple[int, int],
        cue: tuple[int, int],
        content: list[tuple[int, int]],
        *,
        verb: _Verb | None,
        polarity: Polarity,
        clause: tuple[int, int],
        tokens: Sequence[Token],
        after: int,
        s_end: int,
    ) -> _Found:
        # '"…," said Burman, adding "…"': anything after the source is more content
        if after < len(tokens) and tokens[after].text == "," and after + 1 < len(tokens):
            region = self.region_at(tokens[after + 1].start + 1)
            if region is not None and region.outer_start >= tokens[after + 1].start:
                content.append((region.outer_start, region.outer_end))
        return _Found(
            source=source,
            cue=cue,
            content=content,
            verb=verb,
            polarity=polarity,
            clause=clause,
            postposed=True,
        )

    # -- sources ------------------------------------------------------------------------------

    def _left_source(
        self, tokens: Sequence[Token], lows: list[str], cue_first: int
    ) -> tuple[int, int] | None:
        """First and last token of the noun phrase just before the cue, if there is one."""
        last = cue_first - 1
        # a time adjunct may sit between speaker and cue: "Trump on Monday said"
        probe = last
        while probe >= 0 and lows[probe] in self.dated_words:
            probe -= 1
        if probe < last:
            while probe >= 0 and (
                lows[probe] in self.prep_words or lows[probe] in {"this", "last"}
            ):
                probe -= 1
            while probe >= 0 and self._joins_cue(lows, probe):
                probe -= 1  # "The pair were last year confirmed"
            # "Rep. Olena Melnyk (D-Lviv) last month joked": a parenthesis ends the name
            if probe >= 0 and (tokens[probe].text[:1].isalnum() or tokens[probe].text == ")"):
                last = probe
        if last < 0:
            return None
        if lows[last] in {"who", "which"}:
            return (last, last)
        if (
            tokens[last].text == "."
            and last > 0
            and lows[last - 1] in self.suffix_words
            and tokens[last - 1].end == tokens[last].start
        ):
            # "Joseph R. Biden Jr. said": the period belongs to the name
            start = self._chunk_start(tokens, lows, last - 1)
            return None if start is None else (start, last)
        if tokens[last].text == ",":
            aside = self._medium_aside(tokens, lows, last)
            if aside is not None:
                return aside
        if tokens[last].text in _COMMA_OR_DASH:
            start = self._appositive_source(tokens, lows, last)
            if start is None and tokens[last].text in _DASHES:
                start = self._dash_aside_source(tokens, lows, last)
            return None if start is None else (start, last)
        start = self._chunk_start(tokens, lows, last)
        if start is None or start > last:
            return None
        return (start, last)

    def _medium_aside(
        self, tokens: Sequence[Token], lows: list[str], comma: int
    ) -> tuple[int, int] | None:
        """The speaker before an aside that names the medium: "The ministry, in a
        statement, said …", "Police, on Twitter, said …" (the aside is no part of it)."""
        opening = comma - 1
        while opening > 0 and comma - opening <= _MAX_NAMING_WORDS + 1:
            if tokens[opening].text == ",":
                break
            opening -= 1
        else:
            return None
        if (
            tokens[opening].text != ","
            or lows[opening + 1] not in {"in", "on"}
            or not any(lows[k] in self.medium_words for k in range(opening + 2, comma))
        ):
            return None
        first = self._chunk_start(tokens, lows, opening - 1)
        if first is None or not (
            tokens[first].text[:1].isupper()
            or lows[first] in self.det_words
            or lows[first] in self.quant_words
        ):
            return None
        return (first, opening - 1)

    def _appositive_source(
        self, tokens: Sequence[Token], lows: list[str], comma: int
    ) -> int | None:
        """The name's first token in "Landsbergis, Lithuania's foreign minister (who ...), told"."""
        mark = tokens[comma].text
        index = comma - 1
        while index >= 0 and comma - index <= _MAX_APPOSITIVE_TOKENS:
            if tokens[index].text == mark or (mark in _DASHES and tokens[index].text in _DASHES):
                break
            abbreviation = tokens[index].text == "." and len(tokens[index - 1].text) <= 4
            stop = tokens[index].text in {".", "!", "?", ";", ":", '"'} and index < comma - 2
            if stop and not abbreviation:
                return None
            index -= 1
        else:
            return None
        if index <= 0 or index == comma - 1:
            return None
        if lows[index + 1] in self.conj_words or lows[index + 1] in self.opener_words:
            return None
        if self._opens_predicate(tokens, lows, index + 1, comma):
            return None  # "Susan Rice, visited Kyiv this week, noting …": the verb's subject
        name_last = index - 1
        if (
            tokens[name_last].text == "."
            and name_last > 0
            and lows[name_last - 1] in self.suffix_words
        ):
            name_last -= 1  # "James B. Comey Jr., the director, said": the suffix's period
        name_first = self._chunk_start(tokens, lows, name_last)
        if name_first is None:
            return None
        head = tokens[name_first].text
        if not (
            head[:1].isupper()
            or lows[name_first] in self.det_words
            or lows[name_first] in self.quant_words
        ):
            return None
        # "the White House press secretary, Josh Earnest, said": a title, then the name
        named = all(
            tokens[k].text[:1].isupper()
            or tokens[k].text == "."
            # "the defence minister, Ursula von der Leyen, said"
            or (index + 1 < k < comma - 1 and lows[k] in self.name_particle_words)
            for k in range(index + 1, comma)
        )
        # "The volunteer, who asked not to be named, said", "Kurdish fighters, who held the
        # town, said": a relative clause describes any noun phrase, named or not
        relative = lows[index + 1] in {"who", "whose"}
        if not (
            self._name_word(tokens[name_last].text)
            or tokens[index - 1].text == ")"
            or (named and lows[name_first] in self.det_words)
            # "Ukraine's foreign minister, Dmytro Kuleba, said": a possessor, then the name
            or (named and self._possessed(tokens, lows, name_first, index))
            or relative
        ):
            return None
        if lows[name_first] in self.pronoun_words and name_first < index - 1:
            return None
        return name_first

    def _opens_predicate(
        self, tokens: Sequence[Token], lows: list[str], first: int, stop: int
    ) -> bool:
        """Whether the words from ``first`` (before ``stop``) open a predicate, not a
        description: a lower-case verb (a past form, a cue or a light verb) and its object,
        "visited Kyiv", "made a similar argument", "condemned the strike" (not "retired
        general")."""
        word = lows[first]
        return (
            first + 1 < stop
            and tokens[first].text.islower()
            and (word.endswith("ed") or word in self.lex.verbs or word in self.lex.light)
            and (
                lows[first + 1] in self.det_words
                or lows[first + 1] in _OBJECT_PRONOUNS
                or tokens[first + 1].text[:1].isupper()
            )
        )

    def _name_word(self, word: str) -> bool:
        """Whether a word is written as part of a name: capitalised, or a lower-case particle
        joined to a capitalised word, "al-Saadi"."""
        particle, _, rest = word.partition("-")
        return word[:1].isupper() or (
            particle.lower() in self.name_particle_words and rest[:1].isupper()
        )

    @staticmethod
    def _possessed(tokens: Sequence[Token], lows: list[str], first: int, stop: int) -> bool:
        """Whether a possessor ("Ukraine's", "the rebels'") opens the title before ``stop``."""
        return any(
            lows[k].endswith("'s") or (tokens[k].text == "'" and lows[k - 1].endswith("s"))
            for k in range(max(first, 1), stop)
        ) or lows[first].endswith("'s")

    def _dash_aside_source(
        self, tokens: Sequence[Token], lows: list[str], close: int
    ) -> int | None:
        """The subject's first token in "The justice -- who has clashed with him -- said" and
        "Many speakers — including imams — said": dashes set off an aside of any form, so the
        subject is the noun phrase before the opening dash."""
        if close + 1 < len(lows) and lows[close + 1].endswith("ing"):
            return None  # "… in politics - bragging - conceding that": the sentence's subject
        while close > 0 and tokens[close - 1].text in _DASHES:
            close -= 1  # "--" is two tokens
        index = close - 1
        while index >= 0 and close - index <= _MAX_APPOSITIVE_TOKENS:
            text = tokens[index].text
            if text in _DASHES:
                break
            if text in {"!", "?", ";", ":", '"'} or (
                text == "." and not (index > 0 and len(tokens[index - 1].text) <= 4)
            ):
                return None
            index -= 1
        else:
            return None
        if index < 1 or index == close - 1:
            return None
        while index > 0 and tokens[index - 1].text in _DASHES:
            index -= 1
        first = self._chunk_start(tokens, lows, index - 1)
        if first is None:
            return None
        low = lows[first]
        if not (
            tokens[first].text[:1].isupper() or low in self.det_words or low in self.quant_words
        ):
            return None
        if low in self.opener_words or low in self.prep_words or low in self.conj_words:
            return None
        return first

    @staticmethod
    def _after_relative(tokens: Sequence[Token], lows: list[str], cue_first: int) -> bool:
        """Whether a relative clause (", who …", ", whose …") opens shortly before the cue
        (one inside a quotation that ends before it does not count: '"…, who …," said X')."""
        for k in range(cue_first - 1, max(1, cue_first - _MAX_APPOSITIVE_TOKENS) - 1, -1):
            if tokens[k].text in _QUOTE_TOKENS:
                return False
            if lows[k] in {"who", "whose"} and tokens[k - 1].text == ",":
                return True
        return False

    def _chunk_start(self, tokens: Sequence[Token], lows: list[str], last: int) -> int | None:
        """Walk left from ``last`` over a plausible noun phrase; return its first token."""
        if last < 0 or not (
            tokens[last].text[:1].isalnum()
            or tokens[last].text == ")"
            or (tokens[last].text == "%" and last > 0 and lows[last - 1][:1].isdigit())
        ):
            return None
        last_start = tokens[last].start
        region_index = bisect.bisect_right(self.region_starts, last_start) - 1
        if region_index >= 0:
            region = self.regions[region_index]
            if region.closed and region.outer_start < last_start < region.outer_end:
                return None  # closed_region_at(last_start), sharing the bisection below
        # the nearest closed quotation before ``last``: walking left, the phrase stops at its
        # closing mark (one lookup here rather than one per token walked)
        while region_index >= 0 and not self.regions[region_index].closed:
            region_index -= 1
        quote_end = self.regions[region_index].outer_end if region_index >= 0 else -1
        if (
            lows[last] in self.lex.verbs
            and not tokens[last].text[:1].isupper()
            and (last == 0 or lows[last - 1] in self.lex.verbs or not lows[last - 1][:1].isalnum())
        ):
            return None  # "said said": a bare reporting verb is no speaker
        if lows[last] in self.pronoun_words and last > 0 and lows[last - 1][:1].isalnum():
            return last  # "told reporters he felt": a personal pronoun is the whole phrase
        # the word classes as locals: this walk runs over every token of every source
        aux_words = self.aux_words
        opener_words = self.opener_words
        time_words = self.time_words
        conj_words = self.conj_words
        verbs = self.lex.verbs
        phrase_stops = self.lex.phrase_stops
        index = last
        conj: int | None = None
        while index >= 0 and last - index < _MAX_SOURCE_TOKENS:
            text = tokens[index].text
            low = lows[index]
            if tokens[index].start < quote_end and self.closed_region_at(tokens[index].start):
                opening = self._quoted_modifier(tokens, index) if text == '"' else None
                if opening is None or index == last:
                    break
                index = opening - 1  # 'the "Meet the Press" host said'
                continue
            if "n't" in low:
                break  # "weren't", "didn't": a verb
            if not text[:1].isalnum():
                digits = 0 < index < last and lows[index - 1].isdigit()
                if text == "," and digits and lows[index + 1].isdigit():  # "1,100 donors"
                    index -= 1
                    continue
                # keep the period of "Mr." and "Gen." and the hyphen of "vice-president"
                if text == "." and index > 0 and len(tokens[index - 1].text) <= 4:
                    index -= 1
                    continue
                if text == "'" and index > 0 and lows[index - 1].endswith("s"):
                    index -= 1
                    continue
                if text in _NAME_JOINERS and _joins(tokens, index, str.isalnum):
                    index -= 1  # "one P&G employee said"
                    continue
                if text == "%" and index > 0 and lows[index - 1][:1].isdigit():
                    # poll shares speak: "85% of Democrats said", "only 22% of voters say";
                    # but "rated 32% of claims", "with 42% preferring" are no speakers
                    before = lows[index - 2] if index > 1 else ""
                    if (
                        not before[:1].isalpha()
                        or tokens[index - 2].text[:1].isupper()
                        or before in self.det_words
                        or before in self.approx_words
                    ):
                        index -= 1
                        continue
                if text == ")":
                    # "Rep. Trey Gowdy (R-S.C.)": skip a short parenthesis
                    opening = index - 1
                    while opening > 0 and index - opening < 10 and tokens[opening].text != "(":
                        opening -= 1
                    if tokens[opening].text == "(" and opening > 0:
                        index = opening - 1
                        continue
                break
            if (
                low in _OBJECT_RELATIVE_WORDS
                and index != last
                and self._relative_subject(tokens, lows, index, last)
            ):
                # "rebels whom Moscow says are terrorists": the speaker is the relative
                # clause's subject, not the noun the clause describes
                break
            if low not in phrase_stops:
                # most words of a phrase are none of the words tested below
                index -= 1
                continue
            if low in aux_words and index != last and index > 1 and lows[index - 1] == "who":
                # "people who have battled online threats say": the head before the relative
                index -= 2
                continue
            if (
                low in _SUBJECT_RELATIVES
                and index != last
                and self._relative_on_noun(tokens, lows, index)
            ):
                # "A spokesman for the militias that hold the town said", "Men who fled the
                # town said": a relative clause describes the speaker
                index -= 1
                continue
            if (
                low == "as"
                and index > 1
                and lows[index - 1] == "such"
                and lows[index - 2].isalpha()
                and all(
                    token.text[:1].isupper() or token.text in _NAMED_MEMBER_JOINERS
                    for token in tokens[index + 1 : last + 1]
                )
            ):
                # "Analysts such as John Smith have argued": "such as" before names gives
                # members of the phrase and opens no clause ("depots such as the one officials
                # said was empty" still ends the speaker at "as")
                index -= 2
                continue
            # "An earlier report in the paper said": after an article "earlier" is an
            # adjective of the phrase, not an adverb ending it
            if low in opener_words or (
                low in aux_words and index != last and not _time_adjective(lows, index)
            ):
                break
            if (
                low in time_words and not text[:1].isupper() and not _time_adjective(lows, index)
            ) or low in _WEEKDAYS:
                break
            if low in conj_words:
                left_cap = index > 0 and tokens[index - 1].text[:1].isupper()
                right_cap = tokens[index + 1].text[:1].isupper()
                if not (left_cap and right_cap):
                    if conj is not None or low not in {"and", "or"}:
                        break
                    conj = index  # kept only if the phrase turns out to follow a comma
            if (
                low in verbs
                and index != last
                and not text[:1].isupper()
                and self._match_verb(lows, index) is not None
                and not self._noun_reading(tokens, lows, index)  # "the planning for"
                and not self._addressed(lows, index)  # "people briefed on the talks said"
                and not self._reduced_passive(tokens, lows, index)
            ):
                break
            index -= 1
        first = index + 1
        if (
            conj is not None
            and not (
                # "…, residents and officials said": a coordinated subject set off by the comma
                # that ends what they said; elsewhere "and" more often joins two clauses
                0 < first < conj < last
                and tokens[first - 1].text in _POSTPOSED_MARKS
                # the cue ends the sentence, as a postposed one does ("…, X and Y said on Monday.")
                and len(tokens) - last <= _MAX_TRAILER_TOKENS // 2
                and conj - first <= _MAX_BARE_SPEAKER
                and all(
                    tokens[k].text[:1].isalpha()
                    # "…, the United Nations and monitors said": a name in -ed is no verb
                    and (not lows[k].endswith("ed") or tokens[k].text[:1].isupper())
                    for k in range(first, conj)
                )
            )
        ):
            first = conj + 1
        if first > last:
            return None
        # a phrase must end in a noun-like word, not a determiner or preposition
        if lows[last] in self.det_words or lows[last] in self.prep_words:
            return None
        # a lowercase phrase opening with a participle is a verb phrase: "established a policy"
        if (
            lows[first].endswith("ed")
            and not tokens[first].text[:1].isupper()
            # '"…," retired general Lloyd Newton said': a participle before a title and name
            and not (
                first > 0
                and tokens[first - 1].text in _POSTPOSED_MARKS
                and tokens[last].text[:1].isupper()
                and all(
                    tokens[k].text[:1].isalpha()
                    and lows[k] not in self.prep_words
                    and lows[k] not in self.det_words
                    and lows[k] not in conj_words
                    for k in range(first + 1, last + 1)
                )
            )
        ):
            return None
        # before a verb in -s a bare lowercase phrase is no subject: "unveil plans" (but a
        # headline's speaker has no article: "Talks will go on, official says.")
        if (
            last + 1 < len(lows)
            and lows[last + 1].endswith("s")
            # "early ratings data suggests that …": a verb before its "that" clause
            and not (
                last + 2 < len(lows)
                and lows[last + 2] == "that"
                and self.lex.single.get(lows[last + 1], _NO_VERB).kind in _THAT_KINDS
            )
            and not self._bare_speaker(tokens, first, last)
            and not any(
                tokens[k].text[:1].isupper()
                or tokens[k].text[:1].isdigit()
                or lows[k] in self.det_words
                or lows[k] in self.quant_words
                or lows[k] in self.pronoun_words
                for k in range(first, last + 1)
            )
        ):
            return None
        # a gerund is a verb, not a speaker ("sparking fears")
        if (
            lows[last].endswith("ing")
            and not tokens[last].text[:1].isupper()
            and not (
                last > first and (lows[last - 1] in self.det_words or lows[last - 1].endswith("'s"))
            )
            # "Exit polling showed that …": a gerund takes its object before a verb of its own,
            # so an -ing word after a modifier or opening the sentence, straight before a
            # reporting verb and its "that", is a noun (not "…, including claims that …")
            and not (
                (first < last or first == 0)
                and last + 2 < len(lows)
                and lows[last + 2] == "that"
                and self.lex.single.get(lows[last + 1], _NO_VERB).kind in _THAT_KINDS
            )
        ):
            # ("the meeting", "Thursday's briefing" are nouns)
            return None
        # a preposition opens an adjunct, not a subject ("in Brussels", "on Monday"); a name
        # may follow the adjunct with no comma: "In a meeting with the board Trump said"
        if lows[first] in self.prep_words:
            subject = self._after_short_adjunct(tokens, lows, first, last)
            if subject is not None:
                return subject
        if (
            lows[first] == "with"
            and first < last
            and last + 1 < len(lows)
            and lows[last + 1].endswith("ing")
            # "with Turkish backing from …", "with extensive backing and …": a noun in -ing
            and last + 2 < len(lows)
            and lows[last + 2][:1].isalnum()
            and lows[last + 2] not in _NOUN_PREPS
            and lows[last + 2] not in conj_words
        ):
            # "…, with the army saying …", "with several senators saying": the subject of an
            # absolute clause, whatever counts it
            return first + 1
        if (
            lows[first] in self.prep_words
            and first < last
            and (lows[first + 1][:1].isdigit() or lows[first + 1] in self.quant_words)
        ):
            return first  # "About four in 10 voters say", "Over 200 economists signed"
        if lows[first] in self.prep_words:
            name = last
            while name > first and tokens[name].text[:1].isupper():
                name -= 1
            if name == last or name - first < 2 or lows[name] in self.prep_words:
                return None
            return name + 1
        return first

    def _after_short_adjunct(
        self, tokens: Sequence[Token], lows: list[str], first: int, last: int
    ) -> int | None:
        """The subject's first token after a short adjunct of time or place that opens the
        sentence with no comma: "In December Donald Trump announced …", "On Tuesday the
        ministry said …", "In Luhansk Ukrainian border guards said …"; None if there is no
        such adjunct or no subject after it."""
        if first != 0:
            return None
        index = first + 1
        places = _place_names()
        while index < last and (
            lows[index] in self.dated_words
            or lows[index].isdigit()
            or (tokens[index].text[:1].isupper() and lows[index] in _month_names())
            or (index == first + 1 and tokens[index].text in places)
        ):
            index += 1
        if index == first + 1:
            return None
        opener = tokens[index].text
        if not (opener[:1].isupper() or lows[index] in self.det_words):
            return None
        return index

    def _opens_subject(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether token ``index`` opens the subject of a clause: a determiner, a pronoun, a
        quantifier, a number or a name ("the troops …", "he …", "Kyiv …")."""
        if index >= len(tokens):
            return False
        low = lows[index]
        return (
            low in self.det_words
            or low in self.pronoun_words
            or low in self.quant_words
            or low[:1].isdigit()
            or tokens[index].text[:1].isupper()
        )

    def _relative_subject(
        self, tokens: Sequence[Token], lows: list[str], relative: int, last: int
    ) -> bool:
        """Whether the words after the relative pronoun at ``relative`` up to ``last`` are a
        noun phrase, the subject of an object relative clause whose verb is the cue ("the
        militias that Ankara says …", "rebels who the government considers …"), rather than
        a verb phrase of a subject relative ("officials who met the envoy said")."""
        if not self._opens_np(tokens, lows, relative + 1):
            return False
        return all(
            tokens[k].text[:1].isupper()
            or lows[k] in self.det_words
            or lows[k] in self.pronoun_words
            or (lows[k].isalpha() and lows[k] not in self.lex.verbs and not lows[k].endswith("ed"))
            for k in range(relative + 1, last + 1)
        )

    def _relative_on_noun(self, tokens: Sequence[Token], lows: list[str], relative: int) -> bool:
        """Whether the "who", "that" or "which" at ``relative`` opens a subject relative
        clause on the noun before it ("the militias that hold the town", "men who fled
        Baghuz"): a verb follows it, known by being an auxiliary, a past form or a word
        before its object ("hold the town"), not a subject ("the report that Russia …",
        "operations that analysts say …"); and the word before is no verb, cue noun or
        closed word ("denied that officials …", "the claim that troops …")."""
        if relative == 0 or relative + 2 >= len(lows):
            return False
        noun, following = lows[relative - 1], lows[relative + 1]
        closed = self.lex.closed_words
        if not noun.isalpha() or noun in self.lex.verbs or noun in self.lex.nouns:
            return False
        if noun in self.lex.phrase_stops or noun in closed or noun.endswith("ly"):
            return False
        if not following.isalpha() or tokens[relative + 1].text[:1].isupper():
            return False
        if following in self.aux_words:
            return True  # "who have left the city"
        if following in closed or following in self.lex.phrase_stops:
            return False
        after = lows[relative + 2]
        verb_with_object = (
            after in self.det_words
            or after[:1].isdigit()
            or tokens[relative + 2].text[:1].isupper()
        )
        return following.endswith("ed") or verb_with_object

    def _quoted_modifier(self, tokens: Sequence[Token], close: int) -> int | None:
        """The opening mark of a short quoted title whose closing mark is at ``close`` and
        which modifies the word after it: 'the "Meet the Press" host', 'the "Azov" commander',
        'the "Bernie or Bust" crowd'. A title is capitalised and a few words long; a
        quotation of what someone said before a cue is not one."""
        region = self._region_ending(tokens[close].end)
        if region is None or not region.closed or close + 1 >= len(tokens):
            return None
        if not tokens[close + 1].text[:1].islower():
            return None  # '"We will win," Kyiv said': the speaker's name after the words
        opening = close - 1
        while opening >= 0 and tokens[opening].start > region.outer_start:
            if close - opening > _MAX_QUOTED_TITLE + 1 or not tokens[opening].text[:1].isalnum():
                return None
            opening -= 1
        if opening < 0 or tokens[opening].start != region.outer_start or opening + 1 >= close:
            return None
        if not tokens[opening + 1].text[:1].isupper():
            return None
        return opening

    @staticmethod
    def _bare_speaker(tokens: Sequence[Token], first: int, last: int) -> bool:
        """Whether a short phrase with no article set off by a comma before a cue and ending
        with it is a headline's speaker: "…, former rival says." """
        return (
            first > 0
            and tokens[first - 1].text == ","
            and last - first < _MAX_BARE_SPEAKER
            and (last + 2 >= len(tokens) or tokens[last + 2].text in {",", ".", ";"})
            and all(tokens[k].text.isalpha() for k in range(first, last + 1))
        )

    def _reduced_relative(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        end: int,
        *,
        after: int,
        verb: _Verb | None,
    ) -> bool:
        """ "The messages released on Friday were …": a bare participle of a verb that takes
        an object, followed by an adjunct and then the sentence's own finite verb, describes
        the noun before it; nobody released anything in that clause."""
        if (
            verb is None
            or verb.frame != "object"
            or end - cue_first != 1
            or not lows[cue_first].endswith("ed")
            or after >= len(lows)
        ):
            return False
        if lows[after] in _PASSIVE_AUX:
            return True  # "The shells released on Friday were older …"
        if lows[after] not in self.prep_words or lows[after] == "to":
            return False  # ("asked to be named": an infinitive, not an adjunct)
        for index in range(after + 1, min(len(lows), after + _MAX_TRAILER_TOKENS)):
            low = lows[index]
            if low in _PASSIVE_AUX or low in {"has", "have", "had"}:
                return True
            if (
                not tokens[index].text[:1].isalnum()
                or low in self.opener_words
                or low in _RELATIVES
            ):
                return False
        return False

    def _verb_phrase(self, tokens: Sequence[Token], lows: list[str], first: int, stop: int) -> bool:
        """Whether the phrase ``first..stop`` is a verb and its object ("sent a letter", "put
        out an email"): a lowercase word that is no determiner, pronoun or preposition,
        followed by a determiner (after at most one particle). A phrase that runs on to its
        subject ("the group sent a letter") is kept: it names both speakers PolNeAR takes."""
        for k in range(first, min(first + 1, stop - 1)):
            low = lows[k]
            if (
                not low.isalpha()
                or tokens[k].text[:1].isupper()
                or low in self.det_words
                or low in self.quant_words
                or low in self.pronoun_words
                or low in self.prep_words
                or low in self.conj_words
            ):
                continue
            following = k + 2 if lows[k + 1] in _PARTICLES and k + 2 < stop else k + 1
            if lows[following] in self.det_words and lows[following] not in _DEMONSTRATIVES:
                return True
        return False

    def _object_verb(
        self, tokens: Sequence[Token], lows: list[str], phrase: tuple[int, int], stop: int
    ) -> int | None:
        """The verb whose object is the noun phrase ``phrase`` before a participle at ``stop``:
        the phrase's own first word ("sent a letter urging …"), or, when a cue verb of making
        a medium ended the walk to the phrase, that verb before its particle ("read out a
        statement saying …") or before its indefinite article when the phrase names a medium
        ("has written a long post on Facebook arguing …"; not "said the statement calling for
        talks was fake", a clause said, nor "rejected a US statement urging restraint", made
        by someone else)."""
        first, last = phrase
        verb = first
        if lows[first] in _PARTICLES:
            verb = first - 1
        elif any(lows[k] in self.medium_words for k in range(first, last + 1)):
            floor = max(0, first - _MAX_VIEW_MODIFIERS - 1)
            verb = next(
                (k - 1 for k in range(first, floor, -1) if lows[k] in _INDEFINITE_ARTICLES),
                first,
            )
        if verb < 0 or lows[verb] not in self.maker_words:
            verb = first
        return verb if self._verb_phrase(tokens, lows, verb, stop) else None

    def _verb_subject(
        self, tokens: Sequence[Token], lows: list[str], verb: int
    ) -> tuple[int, int] | None:
        """The noun phrase just before the verb at ``verb`` (past its auxiliaries): "the
        opposition party [is running]"."""
        last = verb - 1
        while last >= 0 and lows[last] in self.aux_words:
            last -= 1
        if (
            last < 0
            or not tokens[last].text[:1].isalnum()
            or lows[last] in self.conj_words
            or lows[last] in self.prep_words
            or lows[last] in self.opener_words
        ):
            return None
        start = self._chunk_start(tokens, lows, last)
        return None if start is None else (start, last)

    def _adjunct_only(self, tokens: Sequence[Token], lows: list[str], mark: int) -> bool:
        """Whether the sentence before the mark at ``mark`` is only a short adjunct of time or
        place ("Earlier this week", "On Monday", "In Kyiv"), not a clause that was said."""
        if mark > _MAX_NAMING_WORDS + 1 or mark < 1:
            return False
        if tokens[mark].text != "," or any(tokens[k].text in _QUOTE_TOKENS for k in range(mark)):
            return False  # '"To a point," he said': a quotation is said
        first = 0
        return (
            (
                lows[first] in self.prep_words
                or lows[first] in self.dated_words
                or not self.dated_words.isdisjoint(lows[first:mark])
            )
            and not any(
                (low in self.aux_words and low not in self.dated_words) or low in self.pronoun_words
                for low in lows[:mark]
            )
            # "The town fell on Monday, officials said": not opened by a preposition, a
            # common word outside the adjunct vocabulary makes it a clause
            and (
                lows[first] in self.prep_words
                or all(self._adjunct_word(tokens[k].text, lows[k]) for k in range(mark))
            )
        )

    def _adjunct_word(self, text: str, low: str) -> bool:
        """Whether a word may belong to a short time or place adjunct ("Late on Monday",
        "Two days later", "In Kyiv")."""
        return (
            text[:1].isupper()
            or text[:1].isdigit()
            or low in self.prep_words
            or low in self.dated_words
            or low in self.det_words
            or low in self.quant_words
            or low in self.adjunct_words
        )

    def _postmodifier(self, lows: list[str], noun: int) -> bool:
        """Whether a participle after token ``noun`` describes it: "a source involved in",
        "the man sitting next to him" (not "the upcoming album", "in battling")."""
        low = lows[noun]
        return low.isalpha() and not (
            low in self.det_words
            or low in self.prep_words
            or low in self.quant_words
            or low in self.aux_words
            or low in self.pronoun_words
            or low in self.conj_words
        )

    def _adverb_before_participle(self, lows: list[str], first: int, at: int, stop: int) -> bool:
        """Whether the adverb at token ``at`` (of a speaker phrase from ``first`` to ``stop``)
        goes with a participle that describes the noun before it: "said a former fighter now
        living in Turkey" (but not "is", "has" or "did", which make a verb of it)."""
        if at - first < 2 or at + 1 >= stop:
            return False
        adverb = lows[at]
        return (
            adverb in self.aux_words
            and adverb.isalpha()
            and adverb not in _AUX_OR_MODAL
            and adverb not in _FINITE_AUX
            and adverb not in _VERB_LEADS
            and adverb != "having"
            and lows[at + 1].endswith(("ing", "ed"))
            and self._postmodifier(lows, at - 1)
        )

    def _inverted_lead(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        end: int,
        s_end: int,
        *,
        verb: _Verb,
        polarity: Polarity,
        cue: tuple[int, int],
    ) -> _Found | None:
        """A reporting verb that opens the sentence, before its speaker: 'Said Petrenko: "…"',
        'Added one trader, "…"', 'Said Olena Marchuk, who fled in March, "…"'. The speaker
        ends at a colon, after which the rest of the sentence is what was said, or at a comma
        before a quotation, which is (an aside describing the speaker may come between)."""
        if not tokens[0].text[:1].isupper():
            return None
        stop = end
        limit = min(len(tokens), end + _MAX_SOURCE_TOKENS)
        while stop < limit and (
            tokens[stop].text[:1].isalnum()
            or (tokens[stop].text == "." and len(tokens[stop - 1].text) <= 4)  # "Gen."
        ):
            low = lows[stop]
            if low in self.aux_words or low in self.opener_words or self._is_cue_at(lows, stop):
                return None  # "Said to be …", "Said he would …": a clause, no speaker
            stop += 1
        if stop == end or stop + 1 >= len(tokens) or tokens[stop].text not in {":", ","}:
            return None
        head = tokens[end].text
        if not (head[:1].isupper() or lows[end] in self.det_words or lows[end] in self.quant_words):
            return None
        source_end = stop
        mark = stop
        if tokens[mark].text == "," and tokens[mark + 1].text not in _QUOTE_TOKENS:
            # ', who fled in March, "…"' / ', a baker, "…"': an aside, then the quotation
            close = mark + 1
            aside_limit = min(len(tokens) - 1, mark + _MAX_APPOSITIVE_TOKENS)
            while close < aside_limit and tokens[close].text != ",":
                close += 1
            if tokens[close].text != "," or tokens[close + 1].text not in _QUOTE_TOKENS:
                return None
            source_end = close
            mark = close
        first = mark + 1
        if tokens[mark].text == ",":
            region = self.region_at(tokens[first].start + 1)
            if region is None or region.outer_start != tokens[first].start:
                return None
            content = (region.outer_start, region.outer_end)
        else:
            content = self._trim(tokens[first].start, self._clause_end(tokens, first, s_end))
        source = (tokens[end].start, tokens[source_end - 1].end)
        return _Found(
            source=source,
            cue=cue,
            content=[content],
            verb=verb,
            polarity=polarity,
            clause=(cue[0], source[1]),
        )

    def _inverted_source(
        self, tokens: Sequence[Token], lows: list[str], end: int, *, quoted: bool = False
    ) -> int | None:
        """For "…, said X." return the index after X, or ``None``; ``quoted`` when a
        quotation ends just before the cue."""
        found = self._inverted_walk(tokens, lows, end, quoted=quoted, at_who=False)
        if found is None and "who" in lows[end : end + _MAX_SOURCE_TOKENS]:
            # "…, said one of two witnesses who saw it": the speaker without the relative
            found = self._inverted_walk(tokens, lows, end, quoted=quoted, at_who=True)
        return found

    def _inverted_walk(
        self, tokens: Sequence[Token], lows: list[str], end: int, *, quoted: bool, at_who: bool
    ) -> int | None:
        """The walk of :meth:`_inverted_source`; with ``at_who`` the phrase ends before a
        relative "who" (else it runs on through it)."""
        index = end
        relative = timed = False
        while index < len(tokens) and index - end < _MAX_SOURCE_TOKENS:
            text = tokens[index].text
            if not text[:1].isalnum():
                if text == "." and index + 1 < len(tokens) and len(tokens[index - 1].text) <= 4:
                    index += 1
                    continue
                if text in _NAME_JOINERS and _joins(tokens, index, str.isalnum):
                    index += 1  # "said 9/11 widow Terry Strada", "said AT&T's chief"
                    continue
                break
            if index > end and self._time_ends_speaker(tokens, lows, end, index):
                timed = True  # '"…," said the commander on Monday': when, not who
                break
            alias = self._alias_end(tokens, lows, index) if index > end else None
            if alias is not None:
                index = alias  # '"…," said a commander known as Abu Omar': his name
                continue
            if (
                lows[index] in self.opener_words or (at_who and lows[index] == "who")
            ) and index > end:
                # '…, said a spokesman who asked not to be named', '"…," said X when asked':
                # other openers ("as", "that") more often go on with the verb's object
                relative = lows[index] == "who" or (
                    lows[index] in {"when", "while", "after"}
                    and lows[index + 1 : index + 2] != []
                    and lows[index + 1].endswith(("ed", "ing"))
                )
                break
            if (
                quoted
                and index > end
                and lows[index].endswith("ing")
                and lows[index].isalpha()
                and tokens[index - 1].text[:1].isupper()
            ):
                # '"…," said Dunford speaking to a conference': a participle after the name
                # describes the speaker
                relative = True
                break
            if (
                index > end
                and not text[:1].isupper()
                and self._is_cue_at(lows, index)
                and not self._described_noun(tokens, lows, end, index)
            ):
                return None
            index += 1
        if index == end or lows[end] in self.opener_words or lows[end] in self.prep_words:
            return None
        head = tokens[end].text
        opener = lows[end] in self.det_words or lows[end] in self.quant_words
        if any(
            (
                low in self.aux_words
                and not (opener and self._adverb_before_participle(lows, end, end + k, index))
            )
            # "Murphy, though, said he's with Clinton": "he's" opens the clause said
            or low in self.scontraction_words
            or low.endswith(_CONTRACTIONS)
            or (
                low.endswith(("ing", "ed"))
                and not tokens[end + k].text[:1].isupper()
                and low not in self.alias_words  # the walk let it through before a name
                and not self._modifier(tokens, lows, end + k, index)
                # '"…," said Elyas in a building nearby', '… a boy with a bandaged head':
                # after a determiner a word in -ing or -ed is a noun or an adjective (with
                # no quotation before the cue, "…, underlined the growing power of …" is
                # more often a clause than a speaker)
                and not (quoted and k > 0 and lows[end + k - 1] in self.det_words)
                and not (
                    opener
                    and k >= 2
                    and (
                        self._postmodifier(lows, end + k - 1)
                        or self._adverb_before_participle(lows, end, end + k - 1, index)
                    )
                )
            )
            for k, low in enumerate(lows[end:index])
        ):
            return None
        # "said spokesman John Kirby", "said former congressman Barney Frank": a lowercase
        # title before the name
        titled = any(tokens[k].text[:1].isupper() for k in range(end + 1, index))
        nominal = head[:1].isupper() or opener or head[:1].isdigit() or titled
        if not nominal and lows[end] not in self.pronoun_words:
            return None
        if timed or (relative and (quoted or (opener and lows[end] != "the"))):
            # '"…," said one of two witnesses who saw it', '…, said Dan Golvach when asked':
            # a relative or adverbial clause describes the speaker; it is no content
            return index
        if index < len(tokens) and tokens[index].text not in {".", ",", "!", "?", ";", "("}:
            return None
        return index

    def _described_noun(
        self, tokens: Sequence[Token], lows: list[str], first: int, index: int
    ) -> bool:
        """Whether a cue word inside a speaker phrase (from token ``first``) named after its
        cue describes the speaker rather than opening a clause: a noun after a determiner
        inside the phrase ("said a diplomat involved in the planning"; but "…, denied the
        report" has no speaker) or a participle of hearing before a preposition ("said one
        official briefed on the meeting")."""
        if lows[index - 1] in self.det_words and index - 1 > first:
            return True
        verb = self._one_word_addressee_verb(lows, index)
        return verb is not None and self._other_sense(tokens, lows, index, verb)

    def _alias_end(self, tokens: Sequence[Token], lows: list[str], index: int) -> int | None:
        """For a participle at ``index`` that gives a person's name ("identified only as
        Abu Omar", "known as Bob", "calling himself Abu Hamza", "called Kotsaba"), the
        index of the name's first word; else None."""
        if lows[index] not in self.alias_words:
            return None
        name = self._skip_manner(tokens, lows, index + 1)  # "identified only as"
        if name < len(lows) and (lows[name] == "as" or lows[name] in _REFLEXIVES):
            name += 1
        if name < len(tokens) and tokens[name].text[:1].isupper():
            return name
        return None

    def _modifier(self, tokens: Sequence[Token], lows: list[str], index: int, stop: int) -> bool:
        """True when a word in -ed/-ing modifies a following name: "said retired general
        Ben Hodges", "said the printed Cruz slate card", but not "said leaving the room"."""
        if not lows[index].endswith("ed") or index + 1 >= stop:
            return False
        return any(tokens[k].text[:1].isupper() for k in range(index + 1, stop))

    def _inverted_appositive(
        self, tokens: Sequence[Token], lows: list[str], after: int
    ) -> int | None:
        """For "…, said Maria Petrenko, a teacher in the town." the index after the appositive."""
        if after + 1 >= len(tokens) or tokens[after].text != ",":
            return None
        if not (lows[after + 1] in self.det_words or lows[after + 1] in self.quant_words):
            return self._inserted_appositive(tokens, lows, after)
        index = after + 1
        while index < len(tokens) and index - after <= _MAX_APPOSITIVE_TOKENS:
            text = tokens[index].text
            if lows[index] in self.opener_words or lows[index] == "who":
                break
            if not text[:1].isalnum() and text not in "-'":
                break
            index += 1
        ends = index >= len(tokens) or tokens[index].text in {".", ",", "!", "?", ";"}
        if not ends and not (lows[index] in self.opener_words or lows[index] == "who"):
            return None
        return index if index > after + 1 else None

    def _inserted_appositive(
        self, tokens: Sequence[Token], lows: list[str], after: int
    ) -> int | None:
        """For "The army, said Smith, who led the talks, has left." and "…, says Carl Anthony,
        historian at the library, is …" the index of the comma after the speaker's relative
        clause or bare title; only when the split clause resumes there with a verb, since at
        the end of a sentence such a phrase is as often a remark of the writer's."""
        first = after + 1
        low = lows[first]
        relative = low == "who"
        if not relative and not (
            tokens[first].text[:1].islower()
            and tokens[first].text.isalpha()
            and low not in self.opener_words
            and low not in self.conj_words
            and low not in self.inverted_rest_words
            and low not in self.aux_words
            and low not in _MODALS
            and low not in self.prep_words
            and low not in self.lex.verbs
            and not low.endswith(("ed", "ing"))
        ):
            return None
        index = first + 1
        while index < len(tokens) and index - after <= _MAX_APPOSITIVE_TOKENS:
            text = tokens[index].text
            if text == ",":
                break
            if not relative and lows[index] in self.opener_words:
                return None
            if not text[:1].isalnum() and text not in "-'.":
                return None
            index += 1
        if index + 1 >= len(tokens) or tokens[index].text != ",":
            return None
        resumed = lows[index + 1]
        if not (resumed in self.aux_words or resumed in _MODALS or resumed.endswith("n't")):
            return None
        return index

    def _long_subject(self, tokens: Sequence[Token], lows: list[str], cue_first: int) -> int | None:
        """ "Donna Rawlings, 59, of Ashton, who watched it, said ...": the sentence opens with
        the speaker's name (or a clause of comment, "As analysts, including Smith, have
        noted, …") and the commas set off descriptions of them."""
        first = 0
        while first < cue_first and not tokens[first].text[:1].isalnum():
            first += 1
        # "As analysts, including Smith, have noted, …": a clause of comment opened by "as"
        # names its speaker the same way, and a bare plural may name it ("analysts", "critics")
        as_clause = first < cue_first and lows[first] == "as"
        if as_clause:
            first += 1
        if first >= cue_first - 2 or cue_first - first > _MAX_APPOSITIVE_TOKENS + 10:
            return None
        head = tokens[first].text
        if not (
            head[:1].isupper()
            or lows[first] in self.det_words
            or (as_clause and (lows[first] in self.quant_words or _bare_plural(head)))
        ):
            return None
        if any(
            self.lex.has(lows[first], klass) for klass in ("opener", "prep", "time", "conj", "aux")
        ):
            return None
        for index in range(first, cue_first - 1):
            mark = tokens[index].text in _QUOTE_TOKENS or tokens[index].text in {".", ";", ":"}
            # the period of "Mr." or of a state in "Rubio, R-Fla., said" ends no sentence
            short = len(tokens[index - 1].text.rsplit("-", 1)[-1]) <= 4
            if mark and not (tokens[index].text == "." and short):
                return None
            if (
                self._is_cue_at(lows, index)
                and not tokens[index].text[:1].isupper()
                and not self._aside_participle(tokens, lows, index)
            ):
                return None
        return first

    def _aside_participle(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether token ``index`` opens a participial aside after a comma: "The minister,
        speaking in Kabul, said …"."""
        low = lows[index]
        return (
            index > 0
            and tokens[index - 1].text == ","
            and low.endswith("ing")
            and low.isalpha()
            and not tokens[index].text[:1].isupper()
        )

    def _participle_aside(self, tokens: Sequence[Token], lows: list[str], cue_first: int) -> bool:
        """ "The minister, speaking in Kabul, said the army …": a subject set off by a
        participial aside speaks before the cue; what follows the cue is the content, not
        an inverted speaker ("…, said the army")."""
        first = self._long_subject(tokens, lows, cue_first)
        if first is None:
            return False
        comma = next((k for k in range(first, cue_first) if tokens[k].text == ","), None)
        if comma is None or self._chunk_start(tokens, lows, comma - 1) != first:
            return False  # "The army is advancing, taking …, said X": a clause, then X
        return any(self._aside_participle(tokens, lows, k) for k in range(comma + 1, cue_first))

    def _same_tense(self, item: _Found, words: list[str], verb: _Verb | None) -> bool:
        """Whether a coordinated cue has the form of the earlier one ("says … and tells" yes,
        "says he spoke … and asked" no: then it belongs to the content)."""
        if item.verb is None or verb is None or not words:
            return True
        earlier = self.text[item.cue[0] : item.cue[1]].lower().split()
        form = words[-len(verb.words)] if len(words) >= len(verb.words) else words[0]
        first = earlier[-len(item.verb.words)] if len(earlier) >= len(item.verb.words) else ""
        tense = _tense(first, item.verb)
        # "did not mention X, but told Y that …": the auxiliary carries the tense
        if "did" in earlier or "didn't" in earlier:
            tense = "past"
        elif "does" in earlier or "doesn't" in earlier:
            tense = "present"
        return tense == _tense(form, verb)

    def _finite_after_modal(
        self, tokens: Sequence[Token], lows: list[str], item: _Found, cue_first: int
    ) -> bool:
        """True when the cue at ``cue_first``, after "and" or "but", is finite while the clause
        said before it ends on a modal's verb: "forecast that the economy would rebound and
        praised …", "announced he will step down and urged …". The modal takes its verb in the
        base form, so a verb in -s or the past cannot share it and goes with the speaker."""
        if not self._finite_cue(lows[cue_first]):
            return False
        content_start = item.content[-1][0]
        for index in range(cue_first - 2, max(-1, cue_first - 2 - _MAX_MODAL_REACH), -1):
            if tokens[index].start < content_start or lows[index] in _CLAUSE_BREAKS:
                return False
            if lows[index] in _TRUE_MODALS:
                return True
        return False

    def _clausal(self, item: _Found) -> bool:
        """True when a statement's content is a clause with its own subject."""
        if not item.content:
            return False
        start, end = item.content[0]
        words = self.text[start:end].split(None, 1)
        if not words:
            return False
        first = words[0].lower()
        # "he'd", "they’ll": a pronoun with a modal opens a clause too (its base-form verb
        # may be coordinated: "says he'd meet them and ask …"; not "it's", "is" or "has")
        pronoun, _mark, modal = first.replace("\u2019", "'").partition("'")
        return (
            first == "that"
            or (pronoun in self.pronoun_words and modal in {"", "d", "ll"})
            or words[0][:1].isupper()
        )

    def _determined_clause(self, item: _Found) -> bool:
        """True when a statement's content after a verb of speech that takes a clause opens
        with a determiner, the start of the clause's subject ("said the group is …"; but
        "denied the report" is an object, and "do not consider the YPG terrorists" a view)."""
        verb = item.verb
        if not item.content or verb is None or verb.frame != "clause" or verb.kind != "speech":
            return False
        start, end = item.content[0]
        first = _FIRST_WORD.match(self.text, start, end)
        if first is None:
            return False
        word = first["word"].lower()
        return word in self.det_words or word in self.quant_words

    def _infinitive_lead(self, lows: list[str], to: int) -> int:
        """Where the lead of an infinitive cue starts ("went on to say", "were quick to point
        out", "has continued to insist"), the lead's word being just before the "to" at
        ``to``; 0 when there is none (nor any subject before it)."""
        lead = to - 1
        if lead <= 0 or lows[lead] not in self.tolead_words:
            return 0
        if lows[lead] == "on":
            lead -= 1  # the verb of "went on", "goes on"
        while lead > 0 and self._joins_cue(lows, lead - 1):
            lead -= 1  # "has quietly continued to …"
        return max(lead, 0)

    def _subject(
        self, tokens: Sequence[Token], lows: list[str], earlier: list[_Found], cue_first: int
    ) -> tuple[int, int] | None:
        """The subject a participial or coordinated cue shares ("…, adding that …")."""
        if cue_first == 0:
            return None
        # the asker of a question put to the subject ("X, when asked by Y …,") is not it;
        # nor the speaker inside a relative clause set off before the cue ("The SDF, which
        # Turkey calls a terrorist group, said …": the SDF said it)
        relative = self._set_off_relative(tokens, lows, cue_first)
        told = [
            item
            for item in earlier[-_MAX_ENCLOSING:]
            if not item.foreign
            and not (
                relative is not None
                and item.cue[0] > relative
                and item.source is not None
                and item.source[0] != relative
            )
        ]
        if told and told[-1].source is not None:
            return told[-1].source
        adjunct = (
            lows[0] in self.prep_words or lows[0] in self.opener_words
        ) and not self._approximate_count(lows, 0, cue_first)
        if not adjunct and (
            # "A month later, he visited …, explaining …": a time adjunct; "However, …",
            # "Separately, …", "Looking ahead, …": an opening adverb or participle set off by
            # its comma. The subject comes after it, if one can be read there
            not self.dated_words.isdisjoint(lows[: min(3, cue_first)])
            or (
                cue_first > 2
                and tokens[1].text == ","
                # "Priebus, who …," / "Kelly, a senator, …": a name set off, not an adverb
                and lows[2] not in _RELATIVES
                and lows[2] not in self.det_words
                and self.actors.mention_at(tokens[0].start) is None
            )
            or (lows[0].endswith(("ly", "ing")) and len(lows[0]) > 4)
        ):
            found = self._subject_after(tokens, lows, cue_first, adjunct=True)
            if found is not None:
                return found
        if lows[0] in self.asked_words and earlier and earlier[0].cue[0] == tokens[0].start:
            # "Asked whether …, she shook her head and said no": the subject, who was asked,
            # follows the question, however long
            question_end = earlier[0].content[-1][1] if earlier[0].content else tokens[0].end
            after = next((k for k, token in enumerate(tokens) if token.start >= question_end), 0)
            found = self._subject_after(tokens, lows, cue_first, adjunct=False, start=after)
            if found is not None:
                return found
        return self._subject_after(tokens, lows, cue_first, adjunct=adjunct)

    @staticmethod
    def _set_off_relative(tokens: Sequence[Token], lows: list[str], cue_first: int) -> int | None:
        """Where the relative pronoun opening a clause set off by commas just before the cue
        at ``cue_first`` starts ("…, which Turkey calls a terrorist group, said"), or None."""
        if cue_first < 2 or tokens[cue_first - 1].text != ",":
            return None
        for index in range(cue_first - 2, max(0, cue_first - _MAX_RELATIVE_TOKENS), -1):
            if tokens[index].text == ",":
                following = index + 1
                return tokens[following].start if lows[following] in _RELATIVES else None
        return None

    def _antecedent(
        self, tokens: Sequence[Token], lows: list[str], source: tuple[int, int]
    ) -> int | None:
        """Where the noun phrase a relative pronoun set off by a comma stands for starts
        ("Kurdish leaders" of "Kurdish leaders, who …"), when ``source`` is that pronoun."""
        if self.text[source[0] : source[1]].lower() not in _SUBJECT_RELATIVES:
            return None
        pronoun = next((i for i, token in enumerate(tokens) if token.start == source[0]), 0)
        if pronoun < 2 or tokens[pronoun - 1].text != ",":
            return None
        phrase = self._left_source(tokens, lows, pronoun - 1)
        return None if phrase is None else tokens[phrase[0]].start

    def _approximate_count(self, lows: list[str], first: int, stop: int) -> bool:
        """Whether a word that makes a count approximate, then a number, opens the words at
        ``first`` (before ``stop``): "About 300 women …" opens a subject, not an adjunct."""
        return (
            lows[first] in self.approx_words
            and first + 1 < stop
            and _COUNT.fullmatch(lows[first + 1]) is not None
        )

    def _subject_after(
        self,
        tokens: Sequence[Token],
        lows: list[str],
        cue_first: int,
        *,
        adjunct: bool,
        start: int = 0,
    ) -> tuple[int, int] | None:
        """The sentence's subject, read from its start (or token ``start``) or, with
        ``adjunct``, after the opening adjunct's comma; it ends before token ``cue_first``."""
        index = start
        if adjunct:
            # "In 1986, the Supreme Court blocked ..., citing ...": after the opening adjunct
            comma = next((i for i in range(min(cue_first, 12)) if tokens[i].text == ","), None)
            if comma is None:
                return None
            index = comma + 1
        while index < cue_first and (
            lows[index] in self.conj_words or not tokens[index].text[:1].isalnum()
        ):
            index += 1
        first = index
        if first >= cue_first:
            return None
        counted = self._approximate_count(lows, first, cue_first)
        if (lows[first] in self.opener_words or lows[first] in self.prep_words) and not counted:
            return None
        if counted:
            index = first + 2
        while (
            index < cue_first
            and (
                tokens[index].text[:1].isupper()
                or lows[index] in self.det_words
                # "several aid groups …", "many residents …": a quantifier opens a description
                or (index == first and lows[index] in self.quant_words)
                # the period of "Mr." or "Sen." inside a name
                or (
                    tokens[index].text == "."
                    and index > first
                    and len(tokens[index - 1].text) <= 3
                    and index + 1 < cue_first
                    and tokens[index + 1].text[:1].isupper()
                )
            )
        ):
            if index > first and lows[index] in self.pronoun_words:
                break
            index += 1
        if index == first and index < cue_first and lows[index] in self.pronoun_words:
            index += 1
        if index > first and index + 1 < cue_first and lows[index] == "of":
            # "Hundreds of women …", "Members of the party …": the head's complement
            index += 1
            if index < cue_first and lows[index] in self.det_words:
                index += 1
        if (
            index > first
            and (
                lows[index - 1] in self.det_words
                or lows[index - 1] in self.quant_words
                or lows[index - 1] == "of"
                or counted
            )
            and index < cue_first
        ):
            # "The governor …": a determiner is followed by its noun
            while index < cue_first and tokens[index].text[:1].isalnum():
                mention = self.actors.mention_at(tokens[index].start)
                if mention is None or mention.span.end <= tokens[index].start:
                    break
                index += 1
            limit = min(cue_first, index + _MAX_DESCRIPTION_WORDS)
            while (
                index < limit
                and tokens[index].text[:1].isalnum()
                and not lows[index].endswith("ed")
                # "… Hillary Clinton famously chiding …": a manner adverb ends the subject
                and not (lows[index].endswith("ly") and lows[index] not in self.lynoun_words)
                and lows[index] not in self.lex.cue_words
                # "The rebels left the town, …", "some fighters gave us food": a word
                # before a determiner or a pronoun is the verb
                and not (
                    index + 1 < cue_first
                    and (
                        lows[index + 1] in self.det_words
                        or tokens[index + 1].text in _OBJECT_PRONOUNS
                    )
                )
                and not any(
                    self.lex.has(lows[index], klass)
                    for klass in ("aux", "prep", "conj", "det", "opener", "pronoun")
                )
            ):
                index += 1  # "The regional governor (reassured …)"
        if index == first:
            return None
        return (tokens[first].start, tokens[index - 1].end)

    # -- contents -----------------------------------------------------------------------------

    def _opens_told_content(
        self, tokens: Sequence[Token], lows: list[str], addressee: int, index: int
    ) -> bool:
        """Whether the word at ``index``, after an addressee that starts at ``addressee``,
        opens the subject of what was told: a pronoun, "told reporters he felt good", "told
        voters she's with them"; a name before its verb after a lower-case addressee, "told
        reporters Russia was ready"; or a determiner straight after a one-word or named
        addressee, "told reporters the talks had failed", "told the BBC his men would stay"
        (not one that opens the object of a preposition, "told reporters outside a polling
        station", "told NBC News before her interview", or a time adjunct, "told reporters
        this week")."""
        low = lows[index]
        # "she's", "she’s": the auxiliary joined to the pronoun is the clause's own
        pronoun, mark, tail = low.replace("\u2019", "'").partition("'")
        if pronoun in self.pronoun_words and (not mark or mark + tail in _PRONOUN_CONTRACTIONS):
            return pronoun != "you"
        if (
            tokens[index].text[:1].isupper()
            # a lower-case addressee ends in a noun: "told its UK counterparts Jones was …"
            # (not "told the Observer Moscow feels …", "told NBC News Russia was …")
            and tokens[addressee].text.islower()
            and tokens[index - 1].text.islower()
            and lows[index - 1] not in self.det_words
        ):
            return self._name_then_verb(tokens, lows, index)
        one_word = index - addressee == 1 or (
            index - addressee == 2 and lows[addressee] in self.det_words
        )
        return (
            low in self.det_words
            and (one_word or tokens[index - 1].text[:1].isupper())
            and lows[index - 1] not in self.prep_words
            and not (index + 1 < len(lows) and lows[index + 1] in self.time_words)
        )

    def _told_content_follows(
        self, tokens: Sequence[Token], lows: list[str], addressee: int, index: int
    ) -> bool:
        """Whether the addressee starting at ``addressee`` ends before ``index``: what was told
        opens there with its subject ("told reporters he felt good"), or after a phrase of
        occasion ("told Reuters by telephone the army …")."""
        return (
            self._opens_told_content(tokens, lows, addressee, index)
            or self._occasion_end(tokens, lows, index) > index
        )

    def _name_then_verb(self, tokens: Sequence[Token], lows: list[str], first: int) -> bool:
        """Whether a short name opening at ``first`` is followed by a finite verb, so that it
        opens a clause: "told reporters Russia was ready", "tells allies Ukraine needs …"
        (not "told reporters Monday that", "told reporters Kyiv and Moscow")."""
        index = first
        limit = min(len(tokens), first + _MAX_NAMING_WORDS)
        while index < limit:
            joined = (  # "Kyiv and Moscow were": names joined
                lows[index] in self.conj_words
                and index + 1 < len(tokens)
                and tokens[index + 1].text[:1].isupper()
            )
            if not (joined or tokens[index].text[:1].isupper()):
                break
            index += 1
        if index >= len(tokens) or not tokens[index].text.islower():
            return False
        low = lows[index]
        return (
            low in _VERB_AUX
            or low.endswith("n't")
            or (low.endswith(("s", "ed")) and low not in self.closed_words)
        )

    def _skip_adjuncts(
        self, tokens: Sequence[Token], lows: list[str], end: int, verb: _Verb | None
    ) -> int:
        """Skip what may sit between a cue and its content: time, addressee, "in a statement"."""
        index = end
        if end > 0 and lows[end - 1] in self.questioner_words:
            # "asked the minister whether …": the one asked is no part of the question
            for probe in range(end + 1, min(len(tokens), end + _MAX_ADDRESSEE_TOKENS)):
                if lows[probe] in _WH_CONTENT:
                    return probe
                if not tokens[probe - 1].text[:1].isalnum() or lows[probe - 1] in self.prep_words:
                    break
        frame = verb.frame if verb is not None else "object"
        # "she was told her son had died": passive, the one told is the subject
        passive = (
            verb is not None
            and end >= 2
            and lows[end - 2] in _PASSIVE_AUX
            and _tense(lows[end - 1], verb) == "past"
        )
        if (
            frame == "addressee"
            and index < len(tokens)
            and lows[index] != "that"
            and lows[index] not in self.prep_words
        ):
            # "told reporters", "warned Russia", "urged the West": an addressee phrase
            limit = min(len(tokens), index + 6)
            probe = index
            while probe < limit and tokens[probe].text[:1].isalnum():
                if probe > index:
                    that = self._that_after_adjunct(tokens, lows, probe, addressed=True)
                    if lows[that] == "that":
                        probe = that  # "told members of Congress that", "told reporters at a …"
                        break
                if lows[probe] in {"that", "to", "of", "about", "on"}:
                    break
                if probe > index and self._told_content_follows(tokens, lows, index, probe):
                    break
                probe += 1
            ends_phrase = (
                probe == limit
                or lows[probe] in {"that", "to", "of", "about"}
                or (probe > index and self._told_content_follows(tokens, lows, index, probe))
            )
            ends_clause = probe < len(tokens) and tokens[probe].text in {",", ".", ":"}
            if (
                not ends_phrase
                and probe + 1 < len(tokens)
                and lows[probe] in {"on", "in"}
                and lows[probe + 1] in self.time_words
            ):
                # "told The Huffington Post on Thursday": a time adjunct ends the addressee
                ends_phrase = True
            if passive:
                # "was told on the eve of the vote that …": only an adjunct before "that"
                if probe > index and probe < len(tokens) and lows[probe] == "that":
                    index = probe
            elif probe > index and (ends_phrase or ends_clause):
                index = probe
            elif probe > index:
                index += 1
        while index < len(tokens):
            low = lows[index]
            if low in self.time_words:
                index += 1
            elif (
                low in {"on", "in", "last", "this", "late", "early"}
                and index + 1 < len(tokens)
                and lows[index + 1] in self.time_words
            ):
                index += 2
            elif (
                low in {"on", "in"}
                and index + 1 < len(tokens)
                and lows[index + 1] in _INDEFINITE_ARTICLES
            ):
                # "said in a statement", "in a televised address", "in a video message": up
                # to two modifiers before the medium word
                medium = next(
                    (
                        k
                        for k in range(index + 2, min(len(tokens), index + 5))
                        if lows[k] in self.medium_words
                    ),
                    None,
                )
                if medium is None or not all(
                    lows[k].isalpha() or lows[k] == "-" for k in range(index + 2, medium)
                ):
                    break
                index = medium + 1
            elif low in self.medium_words and index > end:
                index += 1
            elif low in {"on", "in", "at"} and (
                named := self._name_before_that(tokens, lows, index + 1)
            ):
                index = named  # "said on Twitter that", "said in Geneva he": where, not what
            elif low in {":"}:
                index += 1
                break
            else:
                break
        if frame in {"clause", "addressee"} and not passive:
            index = self._occasion_end(tokens, lows, index)
        return index

    def _occasion_end(self, tokens: Sequence[Token], lows: list[str], index: int) -> int:
        """Past a phrase of occasion at ``index`` to the clause said after it, with no
        "that": "said at a news conference in Kyiv the army would stay", "wrote on Facebook
        his men were safe"; ``index`` itself when no such phrase and clause follow."""
        if index >= len(tokens) or lows[index] not in _OCCASION_PREPS:
            return index
        for probe in range(index + 2, min(len(tokens), index + _MAX_OCCASION_TOKENS)):
            word = lows[probe - 1]
            if (
                not tokens[probe - 1].text[:1].isalnum()
                or word in self.opener_words
                or word in _WH_CONTENT
                or self._is_cue_at(lows, probe - 1)
            ):
                # a clause, a list or words of their own ("responded by saying …", "hints
                # at what …", "with more care than they …"): only plain words make the phrase
                break
            if self._opens_clause(tokens, lows, probe):
                return probe
        return index

    def _opens_clause(self, tokens: Sequence[Token], lows: list[str], index: int) -> bool:
        """Whether the word at ``index`` opens a clause: a subject pronoun, a name or a
        determiner's short noun phrase, then an auxiliary or a modal ("he was", "Kyiv would",
        "the army would"); a verb of its own could as well end a relative clause with no
        pronoun ("the imbalance he sees", "the lawsuit Lynch announced")."""
        low = lows[index]
        if low in self.pronoun_words and low not in _RELATIVES and low != "you":
            return index + 1 < len(tokens) and lows[index + 1] in _VERB_AUX
        named = tokens[index].text[:1].isupper() and lows[index - 1] not in self.det_words
        if not (named or low in self.det_words or low in self.possessive_words):
            return False
        for probe in range(index + 1, min(len(tokens), index + _MAX_OCCASION_SUBJECT)):
            if lows[probe] in _VERB_AUX:
                return True
            if (
                not tokens[probe].text[:1].isalnum()
                # "a visit to the front the army would …": another phrase opens later
                or lows[probe] in self.det_words
                or lows[probe] in self.pronoun_words
                or (named and not tokens[probe].text[:1].isupper())
            ):
                return False
        return False

    def _name_before_that(self, tokens: Sequence[Token], lows: list[str], first: int) -> int:
        """The index of the "that" or subject pronoun after a short name opening at
        ``first`` ("on Twitter that", "in Geneva he"), or 0 when no such name and clause
        opening follow."""
        index = first
        limit = min(len(tokens), first + _MAX_NAMING_WORDS)
        while index < limit and tokens[index].text[:1].isupper():
            index += 1
        if not first < index < len(tokens):
            return 0
        opening = lows[index]
        subject = opening in self.pronoun_words and opening not in _RELATIVES
        return index if opening == "that" or subject else 0

    def _clause_end(self, tokens: Sequence[Token], first: int, s_end: int) -> int:
        """Where content starting at token ``first`` ends: the sentence end, or the end of a
        quotation running past it."""
        end = s_end
        if tokens and self.text[end - 1 : end] in {".", "!", "?"}:
            end -= 1
        last = self.region_at(s_end - 1)
        if last is not None and last.outer_end > s_end:
            end = last.outer_end
        elif first < len(tokens) and tokens[0].text.lower() in self.advlead_words:
            end = self._main_clause_start(tokens, first, end)
        return end

    def _content_end(
        self, tokens: Sequence[Token], lows: list[str], after: int, s_end: int, verb: _Verb | None
    ) -> int:
        """Where the content after a cue, from token ``after``, ends: at the clause end, or for
        a noun phrase or an infinitive before a clause joined to it."""
        end = self._clause_end(tokens, after, s_end)
        if self._phrase_content(lows, after, verb):
            return self._phrase_end(tokens, lows, after, end)
        return end

    def _phrase_content(self, lows: list[str], after: int, verb: _Verb | None) -> bool:
        """Whether the content at token ``after`` is a noun phrase or an infinitive rather than
        a clause: "denied any role", "is believed to be hiding" (not "denied that …")."""
        if lows[after] == "to":
            return True
        return (
            verb is not None
            and verb.frame == "object"
            # "criticised because it was long on aspiration but short on …": a clause
            and lows[after] not in self.opener_words
            and lows[after] not in _WH_CONTENT
            and lows[after] not in _QUOTE_TOKENS
        )

    def _phrase_end(self, tokens: Sequence[Token], lows: list[str], first: int, end: int) -> int:
        """Where a noun-phrase or infinitive content from token ``first`` ends: before "and"
        or "but" opening a clause of its own, with its own subject ("denied the claims, but the
        fighting went on") or with a verb of the speaker's ("denies any role, and is not on the
        list"); ``end`` if none. A noun phrase is rarely joined by "but" ("denied not the strikes
        but their timing" is), and a list of three ("France, Germany, and the UK") has its
        comma before "and"."""
        listed = False
        negated = False
        infinitive = lows[first] == "to"
        stop = min(len(tokens) - 1, first + _MAX_PHRASE_TOKENS)
        for index in range(first, stop):
            token = tokens[index]
            if token.start >= end:
                break
            low = lows[index]
            if low in _GAP_RELATIVES or low in _WH_CONTENT or low == ":":
                break  # "a nominee who is seen as moderate and will …": the inner clause's
            if low in self.negation_words or low.endswith("n't") or low == "only":
                negated = True
            comma = low == "," and lows[index + 1] in _CLAUSE_JOINS
            if not comma and low not in _CLAUSE_JOINS:
                listed = listed or low == ","
                continue
            if self.region_at(token.start) is not None:
                continue  # quoted words run on as they were said
            following = index + 2 if comma else index + 1
            if following >= len(tokens):
                break
            word = lows[following]
            but = lows[following - 1] == "but" and not negated
            if (
                # "…, and is not on the list" (a bare "and is" as often goes on inside it)
                (comma and word in _FINITE_AUX)
                or word in _CLAUSE_SUBJECTS
                # "denied the claims but relations remain tense"; not "but Mitt Romney in
                # 2012", "but rather …", "but with the bonus of …", "but one that …",
                # "…, but seeing nothing change", where the noun phrase goes on; after an
                # infinitive "but" joins more often than it ends ("to be small but real")
                or (
                    but
                    and not infinitive
                    and not tokens[following].text[:1].isupper()
                    and not word.endswith("ing")
                    and word not in self.prep_words
                    and word not in _BUT_GOES_ON
                )
                # "…, but his deputies have surrendered" (", and the second since …" more
                # often joins two noun phrases)
                or (
                    comma
                    and but
                    and not listed
                    and (word in self.det_words or word in self.possessive_words)
                )
            ):
                return token.start
            listed = listed or comma
        return end

    def _main_clause_start(self, tokens: Sequence[Token], first: int, end: int) -> int:
        """Where the main clause begins in a sentence opened by an adverbial clause that holds
        the cue: "While she said X, he did Y" reports X, not "X, he did Y". The main clause
        is told by a comma outside quotations and a subject pronoun after it, or, when the
        cue is inside the adverbial clause, a name or determiner after it that opens no list;
        ``end`` if none."""
        pronouns = self.pronoun_words
        text = self.text
        # a name or determiner opens the main clause only after a cue inside the adverbial
        # clause ("After Kyiv criticised the plan, Moscow left"), not after one in the main
        # clause, nor when what was said is the main clause ("As the minister noted, …")
        in_adverbial = tokens[0].text.lower() != "as" and all(
            token.text != "," for token in tokens[1:first]
        )
        for index in range(first, len(tokens) - 1):
            token = tokens[index]
            if token.start >= end:
                break
            if token.text != "," or self.region_at(token.start) is not None:
                continue
            if index == first:
                # "As the paper noted, they left": the comma that closes the clause of the
                # cue opens what was said; it ends no content before it has begun
                continue
            following = tokens[index + 1].text
            low = following.lower()
            if (
                low in pronouns
                and low not in _RELATIVES
                and text[tokens[index + 1].end : tokens[index + 1].end + 1].isspace()
            ) or (
                in_adverbial
                and index > first
                and (following[:1].isupper() or low in self.det_words)
                # a list goes on after its comma: "the plan, the deal and the talks"
                and not any(
                    tokens[k].text.lower() in self.conj_words or tokens[k].text == ","
                    for k in range(index + 2, min(len(tokens), index + 2 + _MAX_NAMING_WORDS))
                )
            ):
                return token.start
        return end

    def _left_content(
        self, tokens: Sequence[Token], lows: list[str], before: int, s_start: int
    ) -> tuple[int, int] | None:
        """Content before the source: from the sentence (or its opening quotation) to the mark."""
        if before <= 0:
            return None
        end_index = before - 1
        while end_index >= 0 and tokens[end_index].text in _LIST_MARKS:
            end_index -= 1
        if end_index < 0:
            return None
        end = tokens[end_index].end
        if tokens[end_index].text in _QUOTE_TOKENS:
            region = self.region_at(tokens[end_index].start)
            if region is None:
                region = self._region_ending(tokens[end_index].end)
            # the quotation is the content when it opens the sentence (after at most a word
            # or two: 'But "…," he said'), not when it ends a paraphrase ('… “perhaps”, he told')
            lead = self.doc.tokens_between(s_start, region.outer_start) if region else []
            if (
                0 < len(lead) <= 2
                and lead[0].text.endswith("ing")
                and lead[0].text in self.lex.cue_forms
            ):
                # 'Bemoaning the "phony system," he …': the quotation is the object of a
                # participle that opens the sentence, not what he says
                return None
            opens = (
                region is not None
                and (
                    (len(lead) <= 2 and not self._subject_lead(lead))
                    # '… drive: "Change the world," she said': a colon introduces the quotation
                    or self.text[max(s_start, region.outer_start - 2) : region.outer_start].strip()
                    == ":"
                )
            )
            if region is not None and opens:
                return (region.outer_start, region.outer_end)
        start = s_start
        region = self.region_at(s_start)
        if region is not None and region.outer_start < s_start:
            start = region.outer_start
        if start >= end:
            return None
        return self._trim(start, end)

    def _subject_lead(self, lead: Sequence[Token]) -> bool:
        """Whether the words before a quotation that ends the content are its clause's
        subject or verb ('Mills "got a deal," he said', 'Oz is "smart," she wrote'), not a
        connective ('But "…," he said', 'Still, "…," she said')."""
        if not lead or not lead[-1].text[:1].isalnum():
            return False
        return any(
            token.text[:1].isalnum() and token.text.lower() not in self.conj_words for token in lead
        )

    def _region_ending(self, end: int) -> _Region | None:
        index = bisect.bisect_right(self.region_starts, end) - 1
        for _ in range(3):
            if index < 0:
                break
            if self.regions[index].outer_end == end:
                return self.regions[index]
            index -= 1
        return None

    def _continue_quote(self, item: _Found, sentences: Sequence[Sentence], number: int) -> None:
        """Add the quotations that follow a statement with no cue of their own.

        '"…," he said. "…"' continues in the same paragraph; a following paragraph that opens
        with a quotation continues it too (the news convention for long quotations), and so
        does one after a paraphrase ("Carter said that …" then a quoted paragraph).
        """
        # nearly every statement has one content piece: no generator for it
        content = item.content
        last_end = content[0][1] if len(content) == 1 else max(end for _, end in content)
        probe = max(item.cue[1], item.clause[1], last_end)
        text = self.text
        paragraph = sentences[number].paragraph
        # most statements have no quotation after them in this paragraph or the next: then
        # there is nothing to continue (one bisection instead of a walk)
        following = bisect.bisect_left(self.region_starts, probe)
        paragraphs = self.doc.paragraphs
        reach = paragraphs[min(paragraph + 1, len(paragraphs) - 1)][1]
        if following >= len(self.regions) or self.regions[following].outer_start >= reach:
            return
        for _ in range(_MAX_CONTINUED_QUOTES):
            cursor = probe
            gap = _STOPS_AND_SPACE.match(text, cursor)  # never None: it matches nothing too
            cursor = gap.end() if gap is not None else cursor
            lead = cursor
            if cursor < len(text) and text[cursor] not in "\"'":
                # '"…," he said of the plan. "…"': the next quotation after a sentence end
                lead, cursor = self._next_quote_after_stop(probe)
            if cursor >= len(text) or text[cursor] not in "\"'":
                return
            region = self.region_at(cursor + 1)
            if region is None or region.outer_start != cursor:
                return
            sentence = self._sentence_at(cursor)
            if sentence is None:
                return
            if sentence.paragraph > paragraph + 1:
                return
            if sentence.paragraph == paragraph + 1 and not self._opens_paragraph(cursor):
                return
            tail_sentence = self._sentence_at(max(cursor, region.outer_end - 1))
            tail_end = tail_sentence.end if tail_sentence is not None else region.outer_end
            # '"…," which votes in June.': a relative clause on the quotation's last noun has
            # the noun for subject, so a verb in it ("votes") is no cue of another speaker
            # ("''Opening Belle,'' which …" is a title: a clause has a few words)
            relative = (
                _RELATIVE_TAIL.match(
                    self.text,
                    region.outer_end,
                    min(tail_end, region.outer_end + _MAX_RELATIVE_TAIL_CHARS),
                )
                is not None
                and len(_WORD_RUN.findall(self.text, region.outer_start, region.outer_end))
                >= _MIN_QUOTED_CLAUSE
            )
            if not relative and self._has_cue_outside(region.outer_end, tail_end):
                return
            item.content.append((min(lead, region.outer_start), region.outer_end))
            paragraph = sentence.paragraph
            if self.text[region.outer_end : tail_end].strip(" .,;!?\"'"):
                return
            probe = max(region.outer_end, tail_end)

    def _next_quote_after_stop(self, probe: int) -> tuple[int, int]:
        """Where the next sentence in ``probe``'s paragraph that goes on with a quotation
        starts, and the quotation's opening mark: '… of the plan. "…"', or after a short
        lead-in, '… he said. But "…"', '… he said. Unless the rivals quit, "…"'; else the end
        of the text, twice."""
        index = bisect.bisect_left(self.region_starts, probe)
        para_start = self._paragraph_start_of(probe)
        for region in self.regions[index : index + _MAX_GAP_QUOTES]:
            if self._paragraph_start_of(region.outer_start) != para_start:
                break
            if self._statement_between(probe, region.outer_start):
                # the quotation goes with that sentence's statement, if with any (an article
                # printed as one paragraph has many before it)
                break
            if _SENTENCE_GAP.search(self.text, probe, region.outer_start):
                # a quotation with no cue of its own goes with the statement before it, the
                # convention the PolNeAR annotators follow too
                return region.outer_start, region.outer_start
            lead = self._quote_lead(probe, region)
            if lead is not None:
                return lead, region.outer_start
        return len(self.text), len(self.text)

    def _statement_between(self, probe: int, start: int) -> bool:
        """Whether a statement was found in a whole sentence between the sentence holding
        ``probe`` and offset ``start``."""
        ends = self.sentence_ends
        after_probe = bisect.bisect_right(ends, probe)
        if bisect.bisect_right(ends, start) - after_probe <= 1:
            return False
        cue = bisect.bisect_left(self.cue_starts, ends[after_probe])
        return cue < len(self.cue_starts) and self.cue_starts[cue] < start

    def _quote_lead(self, probe: int, region: _Region) -> int | None:
        """The start of a sentence after ``probe`` whose words before the quotation
        ``region`` only lead into it, with no cue: a coordinator ("But"), or a few words
        set off by a comma ("Unless the rivals quit, …"); the quotation must be a clause
        of its own, not a phrase in scare quotes."""
        sentence = self._sentence_at(region.outer_start)
        if (
            sentence is None
            or sentence.start <= probe
            or not _SENTENCE_GAP.search(self.text, probe, sentence.start)
        ):
            return None
        bounded = _QUOTE_LEAD_WORDS.match(self.text, sentence.start, region.outer_start)
        if bounded is None or bounded.end() < region.outer_start:
            return None  # more words than a lead-in has
        # at most _MAX_QUOTE_LEAD words: the bounded read stopped at that many
        lead = bounded[0].split()
        if not (
            (len(lead) == 1 and lead[0].lower().rstrip(",") in self.conj_words)
            or (lead and lead[-1].endswith(","))
        ):
            return None
        if len(_WORD_RUN.findall(self.text, region.outer_start, region.outer_end)) < (
            _MIN_QUOTED_CLAUSE
        ) or self._has_cue_outside(sentence.start, region.outer_start):
            return None
        return sentence.start

    def _sentence_at(self, offset: int) -> Sentence | None:
        """``Text.sentence_at``, bisecting a plain list of sentence ends."""
        index = bisect.bisect_right(self.sentence_ends, offset)
        sentences = self.sentences
        if index < len(sentences) and sentences[index].start <= offset:
            return sentences[index]
        return None

    def _paragraph_start_of(self, offset: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraph_starts[index] if index >= 0 else 0

    def _opens_paragraph(self, offset: int) -> bool:
        start = self._paragraph_start(offset)
        return start is not None

    @staticmethod
    def _next_mark(tokens: Sequence[Token], index: int) -> int:
        """The index of the first clause mark (comma, stop, dash...) from ``index`` on, looking
        at most ``_MAX_CLAUSE_LOOK`` tokens ahead (a bounded look keeps the time linear)."""
        stop = min(len(tokens), index + _MAX_CLAUSE_LOOK)
        while index < stop and tokens[index].text not in _CLOSING_PUNCT:
            index += 1
        return index

    def _has_cue_outside(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` holds a cue of its own: a colon or a cue
        verb of the lexicon whole."""
        # the tokens of Text.tokens_between, looked up by their lower-cased column in C
        starts, ends, _texts = self.doc.token_columns
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_right(ends, end, lo=first)
        lowers = self.doc.token_lowers
        words = lowers[first:last]
        cue_starts = self.lex.verbs_or_colon
        if cue_starts.isdisjoint(words):
            return False
        # only the words that may start a cue are looked at in Python (the rest are passed
        # over by the C-level set lookups); a word that only opens a longer cue is one only
        # with the words after it: "both sides withdraw" holds no "sides with"
        return any(
            lowers[index] == ":" or self._match_verb(lowers, index) is not None
            for index in itertools.compress(
                itertools.count(first), map(cue_starts.__contains__, words)
            )
        )

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        return _strip_edges(self.text, start, end, _CLAUSE_EDGE, _CLAUSE_EDGE)

    def expletive(self, start: int, end: int) -> bool:
        """True for a source that is only a dummy subject ("there")."""
        return self.text[start:end].lower() in self.expletive_words

    def says_nothing(self, start: int, end: int) -> bool:
        """True for a content that only says how much was said: "little", "nothing about
        the talks", "otherwise" (words of class ``empty`` in the grammar lexicon)."""
        # the first word alone settles nearly every content: read it without copying the rest
        first = _FIRST_WORD.match(self.text, start, end)
        if first is None or first["word"].lower().rstrip(",;") not in self.empty_words:
            return False
        words = self.text[start:end].lower().split(None, 2)
        # "much of the city was destroyed" is a clause: only a bare word, one ending a
        # clause ("nothing, according to …") or one before its topic says nothing
        return len(words) == 1 or words[0][-1] in ",;" or words[1] in _EMPTY_TOPIC

    # -- speakers -----------------------------------------------------------------------------

    def speaker(self, source: tuple[int, int] | None) -> str | None:
        """The actor the source words name: a mention inside them, or what they refer back to."""
        if source is None:
            return None
        start, end = source
        inside = self._mentions_within(start, end)
        if inside:
            # the speaker is a person or source where one is named ("Lithuania's foreign
            # minister Landsbergis"), else the phrase's first actor ("NATO officials in Kyiv")
            for mention in inside:
                if self.kind_by_id.get(mention.actor_id) in _SPEAKER_KINDS:
                    return mention.actor_id
            return inside[0].actor_id
        words = self.text[start:end].lower().split()
        if not words:
            return None
        head = words[-1]
        if head in {"he", "she", "who", "i"}:
            return self._recent(start, _PERSON_KINDS)
        if head in {"it", "which"}:
            return self._recent(start, _BODY_KINDS)
        if head in {"they", "we"}:
            return self._recent(start, _BODY_OR_SPEAKER_KINDS)
        if self.descriptions_left <= 0 or len(words) > _MAX_DESCRIPTION_WORDS:
            return None
        # The actor layer's own resolver knows titles and descriptions ("the alliance"); it
        # looks at every actor, so it is asked a bounded number of times per document.
        self.descriptions_left -= 1
        return self.actors.resolve_description(self.text[start:end], start)

    def speakers(self, found: list[_Found]) -> dict[int, str | None]:
        """The speaker of each statement (by ``id``), taken in text order so that a pronoun
        ("He added …") goes back to the speaker of a statement just before it: the news
        convention that "he" after a quoted speaker is that speaker, whoever the quotation
        named in between."""
        result: dict[int, str | None] = {}
        # the last speaker, its sentence's number and end, and the pronoun that named it
        last: tuple[int, int, str, str] | None = None
        for item in sorted(found, key=lambda f: f.cue[0]):
            speaker = self.speaker(item.source)
            number = bisect.bisect_right(self.sentence_ends, item.cue[0])
            source = item.source
            # a pronoun is at most four letters: no other source is lower-cased here
            word = (
                self.text[source[0] : source[1]].lower()
                if source is not None and source[1] - source[0] <= 4
                else ""
            )
            pronoun = word in _SPEAKER_PRONOUNS
            if (
                pronoun
                and source is not None
                and last is not None
                and number - last[0] <= _MAX_PRONOUN_SENTENCES
                # "He said …" then "She added …": another person
                and not (last[3] in {"he", "she"} and word in {"he", "she"} and last[3] != word)
                # "X said …. Erdoğan is determined …. He said …": a name in between is "he"
                and self._last_mention(source[0]) < last[1]
            ):
                kind = self.kind_by_id.get(last[2])
                if word in {"he", "she"}:
                    fits = kind in _SPEAKER_KINDS
                elif word == "it":
                    fits = kind in _BODY_KINDS
                else:
                    fits = kind is not None and kind is not ActorKind.PERSON
                if fits:
                    speaker = last[2]
            if speaker is not None:
                end = (
                    self.sentence_ends[number] if number < len(self.sentence_ends) else item.cue[1]
                )
                last = (number, end, speaker, word if pronoun else "")
            result[id(item)] = speaker
        return result

    def _mentions_within(self, start: int, end: int) -> list[Mention]:
        """The mentions lying entirely within ``start..end``, in text order.

        Same answer as ``ActorTable.mentions_between``, without copying the tail of the
        mention list on every call (which made long documents quadratic).
        """
        mentions = self.actors.mentions
        index = bisect.bisect_left(self.mention_starts, start)
        found = []
        while index < len(mentions) and mentions[index].span.start < end:
            if mentions[index].span.end <= end:
                found.append(mentions[index])
            index += 1
        return found

    def _last_mention(self, offset: int) -> int:
        """Where the last actor mention before ``offset`` starts (-1 if none)."""
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        return self.mention_starts[index] if index >= 0 else -1

    def _recent(self, offset: int, kinds: frozenset[ActorKind]) -> str | None:
        """The actor of one of ``kinds`` mentioned last before ``offset`` (a bounded look back)."""
        mentions = self.actors.mentions
        kind_of = self.kind_by_id.get  # up to _MAX_LOOKBACK_MENTIONS lookups: no method call each
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        stop = max(-1, index - _MAX_LOOKBACK_MENTIONS)
        while index > stop:
            mention = mentions[index]
            if mention.span.end <= offset and kind_of(mention.actor_id) in kinds:
                return mention.actor_id
            index -= 1
        return None

    def time_of(self, item: _Found) -> str | None:
        """The time expression of the attribution clause: in the statement's sentence, outside
        its content ("On Monday, Stoltenberg warned ...", "told reporters on Monday that")."""
        if not self.times:
            return None
        sentence = self._sentence_at(item.cue[0])
        if sentence is None:
            return None
        best: int | None = None
        index = bisect.bisect_left(self.time_starts, sentence.start)
        while index < len(self.time_starts) and self.time_starts[index] < sentence.end:
            rank = self.time_ranks[index]
            span = self.times[rank].span
            if (
                span.end <= sentence.end
                and (best is None or rank < best)
                and not any(s <= span.start < e for s, e in item.content)
            ):
                best = rank
            index += 1
        return self.times[best].id if best is not None else None


def find_statements(
    doc: Text, actors: ActorTable, times: tuple[TimeExpression, ...]
) -> tuple[Statement, ...]:
    """Find the attributed statements of ``doc``, in text order, with ids ``s1``, ``s2``, ...

    Args:
        doc: the article.
        actors: the actor layer's table: each statement's source is resolved to an actor
            through it (a mention inside the source words, else "he"/"she"/"it" to the last
            fitting actor before, else a description such as "the minister").
        times: the time expressions; a statement is dated by one in its sentence outside its
            content ("told reporters on Monday", "On Monday, the minister said ...").

    Returns:
        The statements, ordered by where their content starts.
    """
    reader = _Reader(doc, actors, times)
    found = reader.read()
    speakers = reader.speakers(found)
    # min() of the (start, end) pairs has the least start: no generator per statement
    found.sort(key=lambda f: (min(f.content)[0], f.cue[0]))
    normalized = doc.normalized
    # doc.span without its Python frame: an article makes a hundred spans here
    span = functools.partial(Span.of, doc.original)
    # a quotation inside the contents of several statements of one sentence ("A said B told
    # C that "…"") is one span, made once: a long sentence of quotations holds each of them
    # in up to _MAX_PER_SENTENCE contents
    quote_spans: dict[tuple[int, int], Span] = {}
    statements: list[Statement] = []
    for item in found:
        # most contents are one piece: nothing to deduplicate or sort, and no generators
        # or copies, which several pieces need
        if len(item.content) == 1:
            start, end = piece = item.content[0]
            if end <= start or not _WORDLIKE.search(normalized, start, end):
                continue  # 'he said -': nothing was said
            if reader.says_nothing(start, end):
                continue  # "he said little", "she said so": no content was reported
            content: tuple[Span, ...] = (span(start, end),)
            regions = reader.regions_within(start, end)
            within = {piece: regions}
        else:
            pieces = sorted(set(item.content))
            if not any(_WORDLIKE.search(normalized, s, e) for s, e in pieces if e > s):
                continue  # as above: nothing was said
            if len(pieces) == 1 and reader.says_nothing(*pieces[0]):
                continue  # as above: no content was reported
            content = tuple([span(s, e) for s, e in pieces if e > s])
            # each piece's quotations, looked up once for the quotes and once more for the kind
            within = {piece: reader.regions_within(*piece) for piece in pieces}
            regions = [r for piece in item.content for r in within[piece]]
        quotes = tuple(
            [
                _span_once(quote_spans, span, r.inner_start, r.inner_end)
                for r in regions
                if r.inner_end > r.inner_start
            ]
        )
        speaker = speakers[id(item)]
        if (
            speaker is None
            and item.verb is not None
            and item.verb.kind == "evidence"
            and doc.normalized[item.cue[0] : item.cue[1]].endswith("ing")
            and not (
                item.source and _after_with(normalized, item.source[0]) and reader._clausal(item)
            )
        ):
            # "pictures showing troop movements": a participle after a thing describes the
            # thing, nobody speaks ("polls show …" with a verb of its own stays a statement,
            # and so does the subject of an absolute clause reporting a clause: "…, with polls
            # showing that …")
            continue
        # "There were fears that …": the dummy subject names no source
        source = item.source if item.source and not reader.expletive(*item.source) else None
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=speaker if source else None,
                source=_trimmed(span, normalized, source) if source else None,
                cue=span(*item.cue),
                content=content,
                kind=_kind_of(reader, content, within) if regions else StatementKind.INDIRECT,
                quotes=quotes,
                polarity=item.polarity,
                time=reader.time_of(item),
            )
        )
    return tuple(_end_before_next_statement(statements, normalized, span, reader.lex.next_clause))


# How far before another statement's speaker the words joining it to the content before are
# looked for: a comma, the longest ``nextclause`` words ("even though") and their spaces.
_MAX_NEXT_CLAUSE_CHARS = 16
# "with" and the spaces after it
_WITH_WINDOW = 8
# How many later speakers inside one paraphrase are tried as the start of a clause of its own.
_MAX_INNER_SPEAKERS = 8


def _span_once(
    made: dict[tuple[int, int], Span], span: Callable[[int, int], Span], start: int, end: int
) -> Span:
    """The span from ``start`` to ``end``, made by ``span`` unless ``made`` holds it."""
    found = made.get((start, end))
    if found is None:
        found = made[start, end] = span(start, end)
    return found


def _after_with(normalized: str, start: int) -> bool:
    """Whether the word straight before ``start`` is "with": a participle's subject there opens
    an absolute clause ("…, with polls showing that …")."""
    before = normalized[max(0, start - _WITH_WINDOW) : start].rstrip()
    return before[-4:].lower() == "with" and not before[-5:-4].isalnum()


def _end_before_next_statement(
    statements: list[Statement],
    normalized: str,
    span: Callable[[int, int], Span],
    next_clause: re.Pattern[str],
) -> list[Statement]:
    """Each paraphrase ended where a clause of its own, joined by a comma and "while", "but",
    "though", ..., starts with another statement's speaker: in "Most voters said taxes should
    fall, while a third said spending should rise" the first statement says only "taxes should
    fall". Contents holding a quotation are left whole: the quoted words may run on past it."""
    # a share of those polled ("23 percent favored Cruz") goes on with the poll's findings,
    # which are one content: "found that 28 percent backed Trump, while 23 percent ..."
    leads = sorted(
        s.source.start for s in statements if s.source and not s.source.text[0].isdigit()
    )
    ended: list[Statement] = []
    for statement in statements:
        kept = statement
        last = statement.content[-1]
        if statement.kind is StatementKind.INDIRECT:
            first = bisect.bisect_right(leads, last.start)
            stop = min(bisect.bisect_left(leads, last.end, lo=first), first + _MAX_INNER_SPEAKERS)
            for lead in leads[first:stop]:
                joint = next_clause.search(
                    normalized, max(last.start, lead - _MAX_NEXT_CLAUSE_CHARS), lead
                )
                if joint is not None and _WORDLIKE.search(normalized, last.start, joint.start()):
                    shortened = span(last.start, joint.start())
                    kept = attrs.evolve(statement, content=(*statement.content[:-1], shortened))
                    break
        ended.append(kept)
    return ended


def _trimmed(
    span: Callable[[int, int], Span], normalized: str, bounds: tuple[int, int]
) -> Span | None:
    """The source's span without punctuation at its edges: '"…," Trump said.Trump claimed'
    (no space after the stop) reads its source from the full stop on, and an aside closed by a
    dash ("the SDF – of which the YPG is a part –") ends on the dash."""
    start, end = _strip_edges(normalized, *bounds, _SOURCE_EDGE, _SOURCE_TAIL)
    return span(start, end) if end > start else None


def _strip_edges(
    text: str, start: int, end: int, leading: frozenset[str], trailing: frozenset[str]
) -> tuple[int, int]:
    """``start``/``end`` moved inwards past spaces and the ``leading``/``trailing`` marks."""
    while start < end and (text[start].isspace() or text[start] in leading):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end


# Punctuation a content opens or closes with only by mistake.
_CLAUSE_EDGE = frozenset(",;:")
# Punctuation no source opens or closes with (a closing full stop may end "U.S.").
_SOURCE_EDGE = frozenset(".,;:!?–—-")
_SOURCE_TAIL = frozenset(",;:–—-")


def _bare_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("analysts", "critics"), not a
    word in -ss or -us ("press", "consensus")."""
    return (
        word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us"))
    )


def _present_of(base: str) -> frozenset[str]:
    """The spellings a verb's present form in -s may take ("says", "pushes", "denies")."""
    return frozenset({base + "s", base + "es", base[:-1] + "ies"})


def _tense(form: str, verb: _Verb) -> str:
    """A coarse form class of a cue verb: base, present (-s), participle (-ing) or past."""
    if form.endswith("ing"):
        return "participle"
    if form == verb.lemma.split()[0]:
        return "base"
    if form.endswith("s") and not verb.lemma.endswith("s"):
        return "present"
    return "past"


def _kind_of(
    reader: _Reader, content: tuple[Span, ...], within: dict[tuple[int, int], list[_Region]]
) -> StatementKind:
    """Direct when only quotation marks and punctuation lie outside the quotations, mixed
    when words do too, indirect with no quotation (``within``: each content piece's
    quotations)."""
    quoted = outside = False
    for span in content:
        cursor = span.start
        for region in within[(span.start, span.end)]:
            if outside or _WORDLIKE.search(reader.text, cursor, region.outer_start):
                # a quotation and words outside one: mixed, whatever the rest holds (a content
                # may hold hundreds of quotations)
                return StatementKind.MIXED
            cursor = max(cursor, region.outer_end)
            quoted = True
        outside = outside or bool(_WORDLIKE.search(reader.text, cursor, max(cursor, span.end)))
    if not quoted:
        return StatementKind.INDIRECT
    return StatementKind.MIXED if outside else StatementKind.DIRECT


def extract_statements(text: str) -> tuple[Statement, ...]:
    """Return the attributed statements in ``text``: who said what, with spans.

    Args:
        text: the article, as a ``str``.

    Returns:
        The statements in text order; speakers are resolved against the article's actors.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Example:
        >>> text = 'NATO must be ready, Stoltenberg said. "We stand by Ukraine," he added.'
        >>> [(s.source.text, s.cue.text, s.content[0].text) for s in extract_statements(text)]
        [('Stoltenberg', 'said', 'NATO must be ready'), ('he', 'added', '"We stand by Ukraine,"')]
    """
    doc = Text(text)
    return find_statements(doc, find_actors(doc), ())
