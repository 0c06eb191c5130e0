"""Synthetic news articles for benchmarks: wire-style sentences with hedged figures,
attributions, relative dates and aliases, about 500 words each. Deterministic per seed."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from reconcile.model import Document

SPEAKERS = ["South Korea's spy agency", "the National Intelligence Service", "Ukrainian President Volodymyr Zelensky",
            "Kyrylo Budanov, head of Ukraine's military intelligence,", "the Pentagon", "a Western official",
            "NATO Secretary General Mark Rutte", "Kremlin spokesman Dmitry Peskov", "U.S. officials",
            "Japan's defense ministry", "Seoul's presidential office"]
SUBJECTS = ["North Korea", "Pyongyang", "the North", "Russia", "Moscow", "China", "Iran"]
HEDGES = ["about", "some", "roughly", "nearly", "more than", "up to", "as many as", "at least", ""]
NOUNS = ["troops", "soldiers", "special forces troops", "infantry troops", "officers", "artillery shells",
         "landing ships", "drones", "containers of munitions", "workers"]
VERBS = ["has sent", "plans to send", "has deployed", "is preparing", "could send", "has moved", "will dispatch"]
PLACES = ["to Russia's Far East", "to the Kursk region", "to Vladivostok", "near the front line", "to Russia",
          "across the border"]
WHEN = ["on Friday", "on Monday", "last week", "earlier this month", "on Oct. 18", "this week", ""]
FILLER = [
    "The announcement drew swift condemnation from governments in the region.",
    "Analysts said the move reflected a deepening partnership between the two countries.",
    "The ministry did not respond to a request for comment on Thursday.",
    "Officials have repeatedly warned that the situation could escalate further in the coming months.",
    "The report could not be independently verified by reporters in the capital.",
    "Diplomats in Brussels and Washington held a series of meetings to discuss a coordinated response.",
    "Satellite images published by a private firm appeared to show new construction at the base.",
]
WORDS = {1500: "fifteen hundred", 12000: "twelve thousand", 10000: "ten thousand", 3000: "three thousand"}


def figure(rng: random.Random) -> str:
    value = rng.choice([1500, 2600, 3000, 10000, 11000, 12000, 4, 3, 13000, 500])
    style = rng.random()
    if style < 0.1 and value in WORDS:
        return WORDS[value]
    if style < 0.2:
        return f"between {value:,} and {value + value // 5:,}"
    return f"{value:,}"


def sentence(rng: random.Random) -> str:
    hedge = rng.choice(HEDGES)
    head = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {hedge} {figure(rng)} {rng.choice(NOUNS)} {rng.choice(PLACES)}"
    speaker, when = rng.choice(SPEAKERS), rng.choice(WHEN)
    if rng.random() < 0.5:
        return f"{head[0].upper()}{head[1:]}, {speaker} said {when}.".replace("  ", " ").replace(" .", ".")
    return f"According to {speaker}, {head} {when}.".replace("  ", " ").replace(" .", ".")


def filler(rng: random.Random) -> str:
    """A context sentence: one of the seven FILLER sentences."""
    return rng.choice(FILLER)


def article(i: int, words: int = 500, seed: int = 0, context: Callable[[random.Random], str] = filler) -> Document:
    """Synthetic article *i*; *context* draws its sentences without a figure (default: ``filler``)."""
    rng = random.Random(seed * 1_000_003 + i)
    paragraphs, count = [], 0
    while count < words:
        # About a third of wire sentences carry a figure; the rest is context and reaction.
        para = " ".join(sentence(rng) if rng.random() < 0.35 else context(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(para)
        count += len(para.split())
    published = datetime(2024, 10, 14, tzinfo=timezone.utc) + timedelta(days=i % 20)
    return Document(uri=f"synthetic://{seed}/{i}", text="\n\n".join(paragraphs), title=f"Synthetic report {i}",
                    outlet=f"Outlet {i % 17}", published_at=published)
