"""Statement terms: what a statement is about, in a form paraphrases share.

A statement's *predicate* is the set of its terms: entity names resolved to canonical
ones ("Pyongyang" → north_korea), words and phrases of the concept table
(``data/concepts.toml``) turned into their concept ("taking part in the fighting" → fight),
and every other content word reduced to a crude stem. Two statements are compared with a
weighted Dice coefficient over their terms, each term weighted by how rare it is.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files

from reconcile.entities import Mention
from reconcile.text import alternation, fold

STOPWORDS = frozenset(
    "a an the of to in on at for and or but that this these those it its is are was were be been being has have "
    "had by with as from into than then also very not no will would could should may might can said says say "
    "told tells he she they them their his her we our you your i me my which who whom whose there here about "
    "after before over under again further once all any both each few more most other some such only own same "
    "so too just still now even yet if while because until since when where why how what do does did doing "
    "according added noting adding spokesman spokeswoman minister president official officials agency "
    "reporters statement reported report reports likely possibly already whether one "
    # When a statement was made is its date, not what it says.
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months "
    "year years day days ago earlier later last next recently morning afternoon evening night "
    "we've we're i'm it's that's they've they're there's".split()
)


@dataclass(frozen=True, slots=True)
class ConceptTable:
    concept: dict[str, str]  # phrase → concept
    pattern: re.Pattern[str]  # every phrase, longest first


def load_concepts(extra_toml: str | None = None) -> ConceptTable:
    shipped = tomllib.loads(files("reconcile").joinpath("data/concepts.toml").read_text(encoding="utf-8"))
    mapping: dict[str, str] = {}
    for data in (shipped, tomllib.loads(extra_toml) if extra_toml else {}):
        for concept, words in data.get("concepts", {}).items():
            for w in words:
                mapping[fold(w).lower()] = concept
    # A phrase's words may stand apart where a name was blanked out between them: "come under [Ukrainian] fire".
    body = alternation(sorted(mapping, key=len, reverse=True)).replace(r"\ ", r"\s+")
    return ConceptTable(mapping, re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"))


_DEFAULT: ConceptTable | None = None


def default_concepts() -> ConceptTable:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_concepts()
    return _DEFAULT


# The story's events named as the object of a preposition are what a statement is about, not
# what it says happened: "control over information about the deployment", "time on the DPRK's
# deployment", "warned against sending soldiers". Not "of": "evidence of troops in Russia" asserts.
# The concepts of fighting: a fight that took place ("clash"), fighting ("fight") and a part in the war ("role").
FIGHT_CONCEPTS = frozenset({"fight", "clash", "role"})
TOPIC_CONCEPTS = frozenset({"deploy"}) | FIGHT_CONCEPTS
TOPIC_BEFORE = re.compile(r"\b(?:about|on|over|regarding|concerning|against|amid|despite|following)\s+"
                          r"(?:(?:the|a|an|its|their|his|her|any|such|this|that|these|those|[a-z]+'s|[a-z]+ korean)\s+)*$")


# A concept named as the purpose of what a statement says happened ("sent ... for training") is not
# what it says happened.
PURPOSE_CONCEPTS = frozenset({"training"})
_FOR_BEFORE = re.compile(r"\bfor\s+(?:further\s+|military\s+|combat\s+)?$")
_TROOPS_BEFORE = re.compile(r"\b(?:troops|soldiers|forces|personnel|units|servicemen)\s+$")
_MODIFIER = re.compile(r"\s+(?:in|at|by|near|on)\b")  # a participle modifying the troops: "trained in"
_EVENT_NOUNS = frozenset({"deployment", "movement", "transfer", "arrival", "presence"})
_DETERMINERS = re.compile(r"(?:(?:the|its|their|this|that|[a-z]+'s)\s+)+$")


def _presupposed(phrase: str, before: str) -> bool:
    """'the deployment' inside what was said takes the event as given ("the launch and the
    deployment point to ..."); as the whole object of the verb it is what was said ("confirmed
    the deployment", "did not rule out the presence of troops")."""
    determiners = _DETERMINERS.search(before)
    return phrase in _EVENT_NOUNS and determiners is not None and bool(before[: determiners.start()].strip())


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "edly", "ed", "ies", "es", "s")


def stem(word: str) -> str:
    """A crude English stem: enough to meet 'accusations' with 'accused' half the time."""
    if not word.endswith(_SUFFIXES):
        return word  # one test for all the suffixes: most words have none of them
    for suffix in _SUFFIXES:
        # Verb endings may leave three letters: "acting" and "act", "asked" and "ask".
        if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix in ("ing", "ed") else 4):
            return word[: -len(suffix)]
    return word


_TERM_WORD = re.compile(r"[a-z][a-z'-]+")


# British spellings, American ones: "air-defence equipment" and "air-defense equipment" are one term.
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "labour": "labor", "armour": "armor",
    "honour": "honor", "favour": "favor", "neighbour": "neighbor", "neighbours": "neighbors", "rumour": "rumor",
    "rumours": "rumors", "behaviour": "behavior", "centre": "center", "centres": "centers", "metre": "meter",
    "programme": "program", "programmes": "programs", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "mobilise": "mobilize", "mobilised": "mobilized", "mobilisation": "mobilization", "recognise": "recognize",
    "recognised": "recognized", "organise": "organize", "organised": "organized", "criticise": "criticize",
    "criticised": "criticized", "authorise": "authorize", "authorised": "authorized", "analyse": "analyze",
}


def _word_term(token: str) -> str | None:
    """The term a word of a statement gives (a match of _TERM_WORD): its stem, in American spelling, or
    None for a stopword or a word of two letters."""
    word = token.strip("'-")
    if "-" in word:
        word = "-".join(_SPELLING.get(part, part) for part in word.split("-"))
    else:
        word = _SPELLING.get(word, word)
    return stem(word) if len(word) > 2 and word not in STOPWORDS else None


class _WordTerms(dict[str, str | None]):
    """token → _word_term(token), remembered: statements reuse a limited vocabulary, and stemming
    a word costs a loop over the suffixes. Capped, so that endless new tokens cannot grow it
    without bound (as entities._StartLengths)."""

    _CAP = 100_000

    def add(self, token: str) -> str | None:
        if len(self) >= self._CAP:
            self.clear()
        term = self[token] = _word_term(token)
        return term


_WORD_TERMS = _WordTerms()
_CLOSER_TO = re.compile(r"\bcloser\s+(?:to|towards?)\s+$")  # "moved closer to Ukraine": headed for the front
_UNKNOWN = object()


def statement_terms(text: str, offset: int, mentions: Iterable[Mention], concepts: ConceptTable | None = None) -> list[str]:
    """The terms of *text* (a slice of a sentence starting at *offset*), in order, without repeats."""
    concepts = concepts or default_concepts()
    folded = fold(text).lower()
    masked = folded  # the mentions blanked out
    terms: list[tuple[int, str]] = []
    for m in mentions:
        s, e = m.start - offset, m.end - offset
        if 0 <= s < e <= len(folded):
            terms.append((s, m.canonical.lower().replace(" ", "_")))
            masked = f"{masked[:s]}{' ' * (e - s)}{masked[e:]}"
            named = concepts.concept.get(m.canonical.lower())
            if named is not None:  # a place that is also a concept: "the front line" is the front
                terms.append((s, named))
            elif _CLOSER_TO.search(folded, max(0, s - 16), s):
                terms.append((s, "front"))  # "have already moved closer to Ukraine": toward the front
    spans = []
    for m in concepts.pattern.finditer(masked):
        phrase = m.group(0)
        concept = concepts.concept.get(phrase) or concepts.concept[" ".join(phrase.split())]
        if concept in TOPIC_CONCEPTS and (TOPIC_BEFORE.search(folded, max(0, m.start() - 40), m.start())
                                          or _presupposed(m.group(0), folded[: m.start()])) or \
                _MODIFIER.match(folded, m.end()) and _TROOPS_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            # "information about the deployment" talks about it; "troops trained in the east have
            # arrived" says they arrived: neither asserts the event.
            concept = "topic:" + concept
        elif concept in PURPOSE_CONCEPTS and _FOR_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            concept = "topic:" + concept  # "sent a batch of troops to Russia for training": sent, for a purpose
        terms.append((m.start(), concept))
        spans.append((m.start(), m.end()))
    for start, end in spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    term_of = _WORD_TERMS.get
    for m in _TERM_WORD.finditer(masked):
        token = m.group()
        term = term_of(token, _UNKNOWN)
        if term is _UNKNOWN:
            term = _WORD_TERMS.add(token)
        if term is not None:
            terms.append((m.start(), term))
    terms.sort()
    return list(dict.fromkeys(t for _, t in terms))


# What a statement is about, by its first matching concept: more specific frames first, the
# story's core event (troops sent, present or fighting) last. Statements of one frame may
# disagree (asserted against denied); statements of two different frames never match.
FRAMES: tuple[tuple[str, frozenset[str]], ...] = (
    ("confirm", frozenset({"confirm"})),
    ("escalation", frozenset({"escalation"})),
    ("manpower", frozenset({"manpower"})),
    ("contradictory", frozenset({"contradictory"})),
    ("sovereign", frozenset({"sovereign"})),
    ("targets", frozenset({"target"})),
    ("disguise", frozenset({"uniform", "identity"})),
    # What Pyongyang may get in return, whatever it is feared for or built into ("missile technology").
    ("legality", frozenset({"legal"})),  # lawful or a breach of the UN's resolutions, whoever calls it which
    ("technology", frozenset({"technology"})),
    ("arms", frozenset({"arms"})),
    # When the troops will fight, as a forecast: "expects them to enter combat in the coming days", "could be
    # thrown into battle within days", "concerned that Russia intends to use them in combat". Only for what is
    # not said to have happened, and only with a word of expectation (FORECAST_TERM: see frame_of).
    ("forecast", FIGHT_CONCEPTS),
    ("concern", frozenset({"concern"})),
    ("threat", frozenset({"threat"})),
    ("summon", frozenset({"summon", "withdraw"})),
    ("casualties", frozenset({"casualties"})),
    ("sanction", frozenset({"sanction"})),
    ("condemn", frozenset({"condemn"})),  # "condemned the deployment": a judgement of it, not a report of it
    ("dialogue", frozenset({"dialogue"})),  # a call to settle the war by talks, whoever makes it
    # Allies that only watch, what Pyongyang wants back, the soldiers' families, secrecy: these mention
    # the deployment in passing.
    ("watch", frozenset({"watch"})),
    ("pay", frozenset({"pay"})),  # the soldiers' pay and who keeps it
    ("victory", frozenset({"victory"})),  # standing with an ally "until victory": a pledge between two parties
    ("families", frozenset({"families"})),
    ("secrecy", frozenset({"secrecy"})),
    ("training", frozenset({"training", "base"})),
    # A fight, and the doubt it answers: "the first clashes took place", "have begun engaging in combat
    # operations", "were fighting alongside Russian forces", "not yet seen in combat". A part in the war said
    # of no fight in particular ("their involvement is a sign of Russia's weakness") is a frame of its own.
    ("clash", frozenset({"clash", "fight"})),
    ("role", frozenset({"role"})),
    ("front", frozenset({"front"})),
    ("deploy", frozenset({"deploy"}) | FIGHT_CONCEPTS),
)


_FRAME_CONCEPTS = frozenset().union(*(concepts for _, concepts in FRAMES))  # terms without one of these have no frame


# The term a statement's maker adds when it says when something is expected ("in the coming days",
# "intends to"); not a word, so that no text gives it.
FORECAST_TERM = "when:expected"


def frame_of(terms: Iterable[str], modality: str | None = "actual", polarity: str | None = "uncertain") -> str | None:
    """The frame of a statement's terms, or None when it names none of them.

    The core event is only a frame when it is said to have happened: "would be sent" and
    "if they fight" are forecasts, compared by their wording alone. "Cannot confirm" is a
    frame of its own ("there is evidence that ..." is not, it asserts what follows), except
    that a doubt about fighting is the clash frame, where an account of the fight answers it.
    """
    present = set(terms)
    if _FRAME_CONCEPTS.isdisjoint(present):
        return None  # (most statements: no walk over the frames, of which none can match)
    if polarity == "uncertain" and not present.isdisjoint(FIGHT_CONCEPTS):
        # "We have not yet seen them in combat", "could not confirm they had engaged in combat": the
        # doubt that "the first clashes have taken place" answers. (Not "their involvement is a step
        # to a world war": a role in the war, said of no fight in particular.)
        return "clash"
    for frame, concepts in FRAMES:
        if frame == "confirm" and polarity != "uncertain":
            continue  # "there was evidence that troops had arrived" asserts the event itself
        if frame in ("role", "clash") and polarity == "deny" or frame == "forecast" and (
                modality in (None, "actual") or polarity not in (None, "affirm") or FORECAST_TERM not in present):
            # ("dismissed reports that troops were fighting for Russia" denies the whole involvement; a forecast is
            # a planned, affirmed statement that names when.)
            continue
        if not concepts.isdisjoint(present):  # (no intersection built for each frame)
            return None if frame in ("deploy", "clash", "role", "front") and modality not in (None, "actual") \
                else frame
    return None


def idf_weights(predicates: Sequence[Iterable[str]]) -> dict[str, float]:
    """log((N + 1) / (df + 0.5)): a term in every statement weighs little, a rare one a lot."""
    df: Counter[str] = Counter()
    for terms in predicates:
        df.update(set(terms))
    n = len(predicates)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def weighted_dice(a: set[str], b: set[str], weights: dict[str, float]) -> float:
    """2·w(A∩B) / (w(A) + w(B)), on a 0–100 scale."""
    if not a or not b:
        return 0.0
    wa = sum(weights.get(t, 1.0) for t in a)
    wb = sum(weights.get(t, 1.0) for t in b)
    shared = sum(weights.get(t, 1.0) for t in a & b)
    return 100.0 * 2 * shared / (wa + wb) if wa + wb else 0.0
