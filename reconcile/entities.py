"""The alias table: names, metonyms and demonyms resolved to one canonical entity.

The table ships as ``reconcile/data/aliases.toml``; users extend it with a file of the
same format (:func:`load_aliases`). Lookup runs one compiled regex over a sentence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import accumulate, compress

from reconcile.records import fast_init
from reconcile.text import fold

ENTITY_TYPES = ("country", "bloc", "agency", "person", "media", "place")


@dataclass(frozen=True, slots=True)
class Entity:
    canonical: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    within: str | None = None  # a place's larger place; defaults to its country
    # Metonyms of the body's country that speak as the body: "Moscow has not confirmed the deployment" is the
    # Kremlin's stance (AliasTable.voice). A metonym stays its country's everywhere else ("talks in Moscow").
    voices: tuple[str, ...] = ()
    # A person who relays another body's briefings: what "Lee Seong-kweun said" after the spy agency briefed
    # parliament is the agency's (find_attributions keeps the person in the chain).
    relays: str | None = None
    # A country the story's coverage names in passing ("Australia would send 49 tanks", "the euro stays at 117
    # dinars in Serbia"): it owns and speaks like any other, but naming it alone does not make a sentence part of
    # the story (claims: a troops story's colour). None: not said (not passing), so a user file that adds aliases
    # keeps the shipped entity's value.
    passing: bool | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity
    form: str  # name | title | metonym | adjective

    @property
    def canonical(self) -> str:
        return self.entity.canonical


# A word as names are written: "U.S.", "Seoul's", "Jong-un", "G-7", "N.".
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*\.?")
_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "de", "'s"})


# The same, as a split: the text between tokens and the tokens, alternately (parts[2k] precedes token k,
# parts[2k + 1]). One C call gives the words and what separates them, without a match object per token;
# the offsets are the running sums of the parts' lengths. (Its repeats are possessive: what follows each
# never starts with what it repeats, so giving some back never helps a match, and re skips saving its state.)
_TOKEN_SPLIT = re.compile(r"([A-Za-z0-9][A-Za-z0-9]*+(?:['.-][A-Za-z0-9]++)*+\.?)")


# For _ascii_tokens: the characters a token is made of ([A-Za-z0-9'.-]) kept, every other byte a space.
_TOKEN_CHARS_ONLY = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "'.-") else ord(" ")
                          for c in range(256))


def _ascii_tokens(text: str) -> list[str] | None:
    """The tokens of *text* (``_TOKEN_SPLIT.split(text)[1::2]``) when it is ASCII and holds no apostrophe, no
    hyphen and no full stop but one closing its last word; None for other text, which the caller splits.

    Such a text's tokens are its runs of letters and digits (the last with its full stop), found with one byte
    translate and split, where the regex split steps through the matching engine token by token (and lookup
    needs only the tokens to rule out most sentences: see AliasTable.find). A sentence with "Seoul's", "U.S."
    or "Oct. 18" is split by the regex, with no test run over its words here."""
    if "'" in text or "-" in text or not text.isascii():
        return None
    stops = text.count(".")
    if stops > 1:
        return None
    runs = text.encode("ascii").translate(_TOKEN_CHARS_ONLY).decode("ascii").split()
    if stops and not (runs[-1][-1] == "." and runs[-1][:-1].isalnum()):
        return None  # the full stop is not the last word's: "1.5 million"
    return runs


def _spaced_run(parts: list[str], i: int, longest: int) -> int:
    """How many tokens from token *i* on (at most *longest*) only whitespace separates (*parts*: _TOKEN_SPLIT's).

    A name may run across a space, not across punctuation: "North Korea" but not "North, Korea".
    """
    run = 1 if longest else 0
    while run < longest and parts[2 * (i + run)].isspace():
        run += 1
    return run


def _with_plurals(adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """Demonyms and the nouns of their people: "North Korean" and "North Koreans" ("10,000 North Koreans")."""
    return (*adjectives, *(f"{a}s" for a in adjectives if a.endswith("an")))


def _is_descriptive(name: str) -> bool:
    """'Seoul's spy agency' is a description and matches in any case; 'the North' is a name."""
    words = name.split()
    return len(words) > 1 and any(w[:1].islower() and w not in _FUNCTION_WORDS for w in words)


class _StartLengths(dict[str, tuple[int, ...]]):
    """token → how many tokens the names starting with it span, longest first; () when no name starts with it.

    Filled on demand: a token's first lookup computes its start word (lower-cased, without a
    full stop or "'s": "Seoul's spy agency" starts at "Seoul") and every later one is a single
    dictionary probe. Alias lookup asks this of every token of every sentence, and news reuses
    a limited vocabulary; the memory is capped so that an endless stream of new tokens (ids,
    numbers) cannot grow it without bound.
    """

    _CAP = 200_000

    def __init__(self, starts: dict[str, tuple[int, ...]]) -> None:
        super().__init__()
        self._starts = starts

    def __missing__(self, token: str) -> tuple[int, ...]:
        if len(self) >= self._CAP:
            self.clear()
        value = self[token] = self._starts.get(_start_word(token), ())
        return value


class _SecondWords(dict[str, frozenset[str] | None]):
    """token → the second tokens (lower-cased, with "." "'s" or "'s." after them, as lookup cuts them)
    of the names of two tokens or more that start with it; None: any may follow.

    "the" starts some names of two and three tokens, and most "the X" in a sentence start none:
    the next token, not among these, rules out every name longer than one token without joining
    keys and probing for each length. Filled on demand and capped, as _StartLengths.
    """

    _CAP = 200_000

    def __init__(self, seconds: dict[str, frozenset[str]] | None) -> None:
        super().__init__()
        self._seconds = seconds  # None: no test (every token may follow)

    def __missing__(self, token: str) -> frozenset[str] | None:
        if len(self) >= self._CAP:
            self.clear()
        value = self[token] = None if self._seconds is None else self._seconds.get(_start_word(token), frozenset())
        return value


def _start_word(token: str) -> str:
    """The word a name is filed under: lower-cased, without a full stop or "'s" ("Seoul's spy agency" → "seoul")."""
    return token.lower().rstrip(".").removesuffix("'s")


class AliasError(ValueError):
    """An alias file that cannot be used; the message names the file and the entry."""


@dataclass
class AliasTable:
    entities: dict[str, Entity] = field(default_factory=dict)
    _exact: dict[str, tuple[Entity, str]] = field(default_factory=dict)
    _anycase: dict[str, tuple[Entity, str]] = field(default_factory=dict)
    _starts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word → name lengths, longest first
    _start_lengths: _StartLengths = field(default_factory=lambda: _StartLengths({}))  # the same, by token
    _second_words: _SecondWords = field(default_factory=lambda: _SecondWords(None))  # see _SecondWords

    def add(self, entity: Entity) -> None:
        old = self.entities.get(entity.canonical)
        if old is not None:  # a user entry extends the shipped one
            entity = Entity(
                canonical=old.canonical,
                type=entity.type or old.type,
                country=entity.country or old.country,
                aliases=tuple(dict.fromkeys(old.aliases + entity.aliases)),
                metonyms=tuple(dict.fromkeys(old.metonyms + entity.metonyms)),
                adjectives=tuple(dict.fromkeys(old.adjectives + entity.adjectives)),
                titles=tuple(dict.fromkeys(old.titles + entity.titles)),
                within=entity.within or old.within,
                voices=tuple(dict.fromkeys(old.voices + entity.voices)),
                relays=entity.relays or old.relays,
                passing=old.passing if entity.passing is None else entity.passing,
            )
        self.entities[entity.canonical] = entity
        self._exact, self._anycase = {}, {}  # rebuilt on the next lookup

    def _compile(self) -> int:
        """Build the lookup tables: token sequences (joined by one space) → entity.

        Lookup walks the sentence's tokens and tries the longest sequence first, so "South
        Korea's spy agency" wins over "South Korea". A dictionary probe per position is
        much cheaper than one regex alternation of every alias.
        """
        exact: dict[str, tuple[Entity, str]] = {}
        anycase: dict[str, tuple[Entity, str]] = {}
        longest = 1
        owners = self._owner_forms()
        for entity in self.entities.values():
            for form, names in (("name", _owned_variants(entity.aliases, owners)), ("name", (entity.canonical,)),
                                ("title", _owned_variants(entity.titles, owners)),
                                ("metonym", entity.metonyms), ("adjective", _with_plurals(entity.adjectives))):
                for name in names:
                    words = [m.group(0) for m in _TOKEN.finditer(fold(name))]
                    if not words:
                        continue
                    longest = max(longest, len(words))
                    key = " ".join(words)
                    if form == "title" or _is_descriptive(key):
                        anycase.setdefault(key.lower(), (entity, form))
                    else:
                        exact.setdefault(key, (entity, form))
                        exact.setdefault(key[:1].upper() + key[1:], (entity, form))
        lengths: dict[str, set[int]] = {}
        for key in (*exact, *anycase):
            words = key.split(" ")
            lengths.setdefault(_start_word(words[0]), set()).add(len(words))
        # Lookup tries only these lengths: a name of n tokens is filed under its first word. One
        # exception, for exactness only: a one-token name found by cutting "'s" off a token that
        # ends in it twice ("Zed's's" → "Zed's") is filed under "zed", the token under "zed's".
        for key in (*exact, *anycase):
            if " " not in key and key.lower() in lengths:
                lengths[key.lower()].add(1)
        starts = {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}
        seconds: dict[str, set[str]] = {}
        for key in (*exact, *anycase):
            words = key.split(" ")
            if len(words) > 1:  # the second token as a sentence may write it: lookup cuts "." or "'s" off the last
                second = words[1].lower()
                seconds.setdefault(_start_word(words[0]), set()).update(
                    (second, f"{second}.", f"{second}'s", f"{second}'s."))
        self._exact, self._anycase, self._starts = exact, anycase, starts
        self._start_lengths = _StartLengths(starts)
        self._second_words = _SecondWords({word: frozenset(words) for word, words in seconds.items()})
        return longest

    def _owner_forms(self) -> dict[str, tuple[str, ...]]:
        """Each way of naming a country as an owner ("Ukraine", "Kyiv", "Kiev") → all of them."""
        forms: dict[str, tuple[str, ...]] = {}
        for entity in self.entities.values():
            if entity.type == "country":
                names = (entity.canonical, *entity.metonyms)
                for name in names:
                    forms.setdefault(name, names)
        return forms

    def _lookup(self, key: str) -> tuple[Entity, str] | None:
        return self._exact.get(key) or self._anycase.get(key.lower())

    def find(self, sentence: str) -> list[Mention]:
        """Every entity mention in *sentence*, longest match first, left to right.

        When a name that starts inside a match runs past its end, the later, longer name
        wins: "the North Korean troops" is "North Korean", not "the North".
        """
        if not self._exact:
            self._compile()
        folded = fold(sentence)
        # A name can only start at a token that some name starts with: most tokens are not one.
        # The per-word test is remembered (see _StartLengths), so it is one dictionary probe a token.
        # Most sentences name nobody, and their tokens alone show it (_may_start_name): found without
        # the regex split when the text allows (_ascii_tokens), the split is left for the sentences that may.
        words = _ascii_tokens(folded)
        if words is not None:
            lengths = list(map(self._start_lengths.__getitem__, words))
            if not self._may_start_name(words, lengths):
                return []
        # The tokens (_TOKEN.finditer's), what lies between them, and where each starts (bounds[2k]) and
        # ends (bounds[2k + 1]): a split and running sums, not a match object per token.
        parts = _TOKEN_SPLIT.split(folded)
        if words is None:
            words = parts[1::2]
            lengths = list(map(self._start_lengths.__getitem__, words))
        bounds = list(accumulate(map(len, parts)))
        match_at = self._match_at  # (called directly: a partial() in between is a C call the interpreter cannot inline)
        out: list[Mention] = []
        resume = 0  # the first token not inside a mention found so far
        for i in compress(range(len(words)), lengths):  # the tokens a name can start at, in order
            if i < resume:
                continue
            found = match_at(parts, bounds, words, lengths, i)
            if found is None:
                continue
            length, end, (entity, form) = found
            overrun = None
            for k in range(i + 1, i + length):  # (a one-token name has no inner token to overrun it)
                if lengths[k] and (later := match_at(parts, bounds, words, lengths, k)) is not None and later[1] > end:
                    overrun = k
                    break
            if overrun is not None:
                resume = overrun  # the later, longer name is tried next
                continue
            out.append(Mention(bounds[2 * i], end, entity, form))
            resume = i + length
        return out

    def _may_start_name(self, words: list[str], lengths: list[tuple[int, ...]]) -> bool:
        """Whether a name may start at some token of *words* (*lengths*: their _start_lengths): False when
        _match_at would rule out each token at its first test, the token after it (see _SecondWords)."""
        second_words = self._second_words
        last = len(words) - 1
        for i in compress(range(len(words)), lengths):
            seconds = second_words[words[i]]
            if seconds is None or i == last or words[i + 1].lower() in seconds or lengths[i][-1] == 1:
                return True
        return False

    def _match_at(self, parts: list[str], bounds: list[int], words: list[str], lengths: list[tuple[int, ...]],
                  i: int) -> tuple[int, int, tuple[Entity, str]] | None:
        """(tokens used, end offset, entity and form) of the longest name starting at token *i*.

        *parts* are the sentence's tokens and what separates them (_TOKEN_SPLIT), *bounds* the
        running sums of their lengths (token k ends at bounds[2k + 1]), *words* the tokens,
        *lengths* how many tokens the names starting with each span, longest first (none: no
        name starts with it).
        """
        sizes = lengths[i]
        seconds = self._second_words[words[i]]
        if seconds is not None and i + 1 < len(words) and words[i + 1].lower() not in seconds:
            if sizes[-1] != 1:
                return None  # no name of this start word has this second token, and none is one token long
            sizes = (1,)
        run = _spaced_run(parts, i, min(sizes[0], len(words) - i)) if sizes[0] > 1 else 1
        exact, anycase = self._exact, self._anycase  # (self._lookup inlined: this runs for every candidate name)
        for length in sizes:
            if length > run:
                continue  # only the lengths of names filed under this word: "the" starts none of one token
            last = i + length - 1
            key = " ".join(words[i : last + 1]) if length > 1 else words[i]
            hit, end = exact.get(key) or anycase.get(key.lower()), bounds[2 * last + 1]
            if hit is None and key.endswith("."):  # "in Russia." – the sentence's full stop
                hit, end = self._lookup(key[:-1]), end - 1
            if hit is None and key.endswith(("'s", "'s.")):  # "Pyongyang's troops": the name, not the 's
                cut = 2 if key.endswith("'s") else 3
                hit, end = self._lookup(key[:-cut]), bounds[2 * last + 1] - cut
            if hit is not None:
                return length, end, hit
        return None

    def canonical(self, name: str) -> str | None:
        """The canonical name for *name*, if the table knows it as a whole."""
        mentions = self.find(name.strip())
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end >= len(name.strip().rstrip(".")):
            return mentions[0].canonical
        return None

    def get(self, canonical: str) -> Entity | None:
        return self.entities.get(canonical)

    def relayed(self, name: str) -> str | None:
        """The body *name* relays when it speaks (a lawmaker passing on the spy agency's briefing), if any."""
        entity = self.entities.get(name)
        return entity.relays if entity is not None else None

    def voice(self, metonym: str) -> str | None:
        """The body that speaks when *metonym* does ("Moscow" → "Kremlin"), if an entity lists it in ``voices``."""
        folded = metonym.lower()
        return next((e.canonical for e in self.entities.values() if any(v.lower() == folded for v in e.voices)), None)

    def place_parents(self) -> dict[str, str]:
        """place → the larger place holding it (Vladivostok → Russia Far East → Russia)."""
        return {e.canonical: (e.within or e.country) for e in self.entities.values()
                if e.type == "place" and (e.within or e.country)}

    def parents(self) -> dict[str, str]:
        """``place_parents``, and each agency or official → its country (Pentagon → United States).

        What matching takes as its ``place_parents``: a country that restates a figure one of
        its agencies or officials gave ("Washington's latest count", after the Pentagon's) is
        dated by that first report (``match._first_reported``).
        """
        bodies = {e.canonical: e.country for e in self.entities.values()
                  if e.type in ("agency", "person") and e.country}
        return {**bodies, **self.place_parents()}


def _entities_from_toml(text: str, origin: str) -> list[Entity]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AliasError(f"alias file `{origin}` is not valid TOML: {exc}") from exc
    out = []
    for i, raw in enumerate(data.get("entity", [])):
        if not isinstance(raw, dict) or not isinstance(raw.get("canonical"), str):
            raise AliasError(f"alias file `{origin}`: entity #{i + 1} needs a string `canonical`")
        kind = raw.get("type", "")
        if kind and kind not in ENTITY_TYPES:
            raise AliasError(f"alias file `{origin}`: entity `{raw['canonical']}` has unknown type `{kind}`")
        lists = {}
        for key in ("aliases", "metonyms", "adjectives", "titles", "voices"):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise AliasError(f"alias file `{origin}`: `{key}` of `{raw['canonical']}` must be a list of strings")
            lists[key] = tuple(value)
        relays = raw.get("relays")
        if relays is not None and not isinstance(relays, str):
            raise AliasError(f"alias file `{origin}`: `relays` of `{raw['canonical']}` must be a string")
        passing = raw.get("passing")
        if passing is not None and not isinstance(passing, bool):
            raise AliasError(f"alias file `{origin}`: `passing` of `{raw['canonical']}` must be true or false")
        out.append(Entity(raw["canonical"], kind, raw.get("country"), within=raw.get("within"), relays=relays,
                          passing=passing, **lists))
    return out


def _owned_variants(names: tuple[str, ...], owners: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """*names*, and each name a country owns ("Ukraine's military intelligence") with the country
    named any other way ("Kyiv's", "Kiev's military intelligence"): the table lists one owner."""
    out = list(names)
    for name in names:
        owner, sep, rest = name.partition("'s ")
        for other in owners.get(owner, ()) if sep else ():
            out.append(f"{other}'s {rest}")
    return tuple(dict.fromkeys(out))


def load_aliases(extra_toml: str | None = None, origin: str = "user alias file") -> AliasTable:
    """The shipped alias table, extended by the user's TOML text *extra_toml* when given.

    Reading the user's file is the caller's job: this package does no I/O beyond its own data.

    :raises AliasError: when *extra_toml* does not follow the format; the message names *origin*.
    """
    table = AliasTable()
    shipped = files("reconcile").joinpath("data/aliases.toml").read_text(encoding="utf-8")
    for entity in _entities_from_toml(shipped, "reconcile/data/aliases.toml"):
        table.add(entity)
    if extra_toml is not None:
        for entity in _entities_from_toml(extra_toml, origin):
            table.add(entity)
    return table
