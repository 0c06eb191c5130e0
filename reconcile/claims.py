"""Claim extraction: from a document's text to numeric, date and statement claims.

``extract_claims(document, aliases)`` is the entry point. It works sentence by sentence:

1. find dates, quantities, entity mentions and attributions in the sentence;
2. a quantity becomes a numeric claim with its measured thing (head noun), subject,
   place, modality, scope, speaker and date;
3. a date that the sentence claims (a deadline, a period, an event's day) becomes a
   date claim; a date attached to the reporting verb is the claims' ``event_date``;
4. an attributed sentence with no figure becomes a statement claim.

Every claim's quote is ``text[start_char:end_char]`` of the document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice
from datetime import date, timedelta

from reconcile.attribution import (BULLET, BULLET_MARK, CITING_VERBS, FORECAST_VERBS, GIVER_VERBS, OBJECT_VERBS,
                                   REPORTING_VERBS, Attribution, find_attributions, may_attribute,
                                   reporting_verb_starts, speaker_from_phrase)
from reconcile.dates import DateMention, find_dates, resolve_anaphoric
from reconcile.entities import AliasTable, Mention
from reconcile.model import Claim, Document, stable_id
from reconcile.numbers import Quantity, find_quantities
from reconcile.statements import FIGHT_CONCEPTS, FORECAST_TERM, TOPIC_BEFORE, frame_of, statement_terms
from reconcile.text import (alternation, ascii_words, finditer_at, fold, lead_words, lower_words, may_end_with,
                           normalize_text, search_end, search_led, search_prefixed, slice_words, split_sentences,
                           word_starts)

# --- the measured thing -----------------------------------------------------------------

# head noun → (measure family, unit). Phrases are separated by commas; multi-word phrases
# ("special forces", "landing ships") are matched before their last word.
MEASURE_NOUNS: dict[str, tuple[str, str]] = {}
for _family, _unit, _nouns in [
    ("troops", "troops", "troops, troop, soldiers, soldier, personnel, forces, force, servicemen, servicemembers, "
     "service members, fighters, infantry, infantrymen, commandos, officers, generals, recruits, conscripts, "
     "mercenaries, paratroopers, marines, sailors, men, combatants, operatives, special forces, "
     "military personnel, engineers, snipers, instructors, advisers, advisors, crews, peacekeepers, "
     "militants, volunteers, contractors, guards, operators, special operators"),
    ("units", "units", "brigades, brigade, battalions, battalion, regiments, regiment, divisions, division, units, "
     "unit, contingents, contingent, companies, corps"),
    ("ships", "ships", "ships, ship, vessels, vessel, warships, warship, boats, frigates, destroyers, submarines, "
     "landing ships, landing craft, escorts, escort vessels, escort ships"),
    ("aircraft", "aircraft", "aircraft, planes, jets, fighter jets, helicopters, drones, drone, sorties, flights"),
    ("missiles", "missiles", "missiles, missile, rockets, rocket, ballistic missiles, cruise missiles"),
    ("munitions", "munitions", "shells, shell, rounds, munitions, ammunition, artillery shells, mortar rounds"),
    ("containers", "containers", "containers, container, shipments, shipment, railcars, wagons"),
    ("weapons", "weapons", "weapons, guns, howitzers, tanks, tank, vehicles, armoured vehicles, armored vehicles, "
     "launchers, artillery systems"),
    # The dead, the wounded and both together ("casualties", "killed or wounded") are three counts.
    ("killed", "people", "dead, deaths, killed, bodies, fatalities"),
    ("wounded", "people", "wounded, injured"),
    ("casualties", "people", "casualties, losses"),
    ("people", "people", "people, civilians, residents, refugees, children, prisoners, hostages, migrants, "
     "workers, laborers, labourers, students, citizens, nationals, persons, individuals, families, victims"),
    ("days", "days", "days, day"),
    ("weeks", "weeks", "weeks, week"),
    ("months", "months", "months, month"),
    ("years", "years", "years, year, decades, decade"),  # (a decade counts ten: _numeric_claim)
    ("hours", "hours", "hours, hour"),
    ("minutes", "minutes", "minutes, minute"),
    ("kilometres", "km", "kilometres, kilometers, km, miles"),
    ("countries", "countries", "countries, nations, members, member states, states"),
    ("meetings", "meetings", "meetings, talks, visits"),
    ("sanctions", "sanctions", "sanctions, entities"),
    ("words", "words", "words, terms, phrases, expressions, commands"),  # "100 Russian military terms"
    ("age", "years", "years old"),
]:
    for _phrase in _nouns.split(","):
        MEASURE_NOUNS.setdefault(" ".join(_phrase.split()), (_family, _unit))
# Families that measure a stretch of time: no scope, and never what a bare figure refers back to.
DURATION_FAMILIES = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})
# Families counted as things, whose figure a later bare number may refer back to.
COUNTED_FAMILIES = frozenset({"troops", "units", "ships", "aircraft", "missiles", "munitions", "containers",
                              "weapons", "casualties", "killed", "wounded", "people"})
# Families a country owns: its figures belong to whoever the noun phrase names ("North Korean troops",
# "$400 million"); other figures (meetings, distances, years) are about whoever acts.
OWNED_FAMILIES = COUNTED_FAMILIES | {"money", "percent"}
# Families whose figure, in a sentence nobody speaks in, is more of what the last speaker said.
_CARRIED_FAMILIES = OWNED_FAMILIES | {"words"}

# Modifiers that say which kind of the measure it is; kept in measure_detail.
KIND_MODIFIERS = frozenset(
    """special elite infantry officers officer generals general commando commandos engineers engineer
    landing escort navy naval combat reserve reservist regular airborne marine marines artillery tank
    armoured armored storm assault sniper snipers medical construction labour labor military civilian
    cruise ballistic short-range long-range fighter attack transport cargo frontline front-line
    technical tactical senior junior high-ranking""".split()
)
RANK_WORDS = frozenset("officers officer generals general".split())
# Words between a figure and its head noun that say nothing about the kind.
_FILLER = frozenset("of the its their his her our more additional extra another other new fresh further "
                    "so-called some such these those".split())

_MILITARY_WORDS = (r"troops?|soldiers?|military|army|deploy\w*|dispatch\w*|train\w*|combat|war|fight\w*|battle\w*|"
                   r"(?<!home )front|brigades?|forces")
_MILITARY_CONTEXT = re.compile(rf"\b({_MILITARY_WORDS})\b", re.I)

# What a story about troops and a war counts, and the words it tells its figures by (see the colour rule in
# extract_claims): a figure of these is the story's, wherever it stands.
_STORY_MEASURES = frozenset({"troops", "casualties", "killed", "wounded", "ships", "aircraft", "missiles", "munitions",
                             "containers", "weapons", "units", "ratio"})
# Arms and their use, by name: a story's words (below), and what keeps an election's sentence in a war story.
_ARMS = r"missiles?|icbms?|rockets?|shells?|drones?|strikes?|weapons?|arms|munitions|ammunition"
_STORY_WORDS = re.compile(rf"\b(?:{_MILITARY_WORDS}|{_ARMS}|"
                          r"assaults?|platoons?|units?|groups?|batch\w*|contingent|intelligence|disclosures?|estimates?|"
                          r"figures?|counts?|tally|polls?|surveys?|respondents|sanctions?|treaty|casualt\w*|killed|"
                          r"wounded|dead|prisoners?|imagery|satellite|interviewed|"
                          r"margin of error|response rate)\b", re.I)
_MARKET_WORDS = re.compile(r"\b(?:shares?|stocks?|kospi|kosdaq|nikkei|benchmark index|brokerages?|"
                           r"target price|investors|traded|trading|stock market|to the dollar|exchange rate|"
                           r"per cent on|market value|dow jones|dax|ftse|hang seng|topix|sensex|stoxx|s&p 500|"
                           r"nasdaq|russell 2000|bitcoin|crypto\w*|"
                           r"treasury yields?|treasuries|yields?|consumer price index|cpi|inflation|rate cuts?|"
                           r"key rate|interest rates?|policy rate|cash rate|base rate|central bank|economists|"
                           r"the rate to be (?:raised|cut|lowered|held|kept)|"
                           # "Hanwha Aerospace is up about 70% this year", after "Shares of ... have been volatile"
                           r"(?:is|are|was|were|closed|ended|finished) (?:up|down) (?:about |some |nearly |almost |"
                           r"more than )?\d[\d.,]*\s*(?:%|percent|per cent)|"
                           # "The index closed 0.3 percent higher at 19,531 points"
                           r"(?:closed|ended|finished) \d[\d.,]*\s*(?:%|percent|per cent) (?:higher|lower))", re.I)
_PER_CURRENCY = re.compile(r"\s+(?:to|against|per)\s+(?:the\s+|one\s+|a\s+)?(?:u\.?s\.?\s+)?(?:dollar|euro|yen|won|"
                           r"rouble|ruble|yuan|pound)\b", re.I)
_ARMS_WORDS = re.compile(rf"\b(?:{_ARMS}|atacms)\b", re.I)
_BUDGET_WORDS = re.compile(r"\b(?:budgets?|spending|spend|spends|exports?|imports?|trade|GDP|gross domestic product|"
                           r"revenue|deficit|orders?|contracts?)\b", re.I)


def _may_be_election(sentence: str) -> bool:
    """Whether *sentence* holds one of the words _ELECTION_WORDS is built from (for ASCII text, its word set)."""
    words = ascii_words(sentence)
    return words is None or not _ELECTION_WORD_SET.isdisjoint(words)


_ELECTION_WORD_SET = frozenset({"election", "elections", "electoral", "voters", "voted", "ballot", "ballots", "seats",
                                "approval",
                                "turnout", "polls", "early", "caucus", "caucuses", "primaries"})
_ELECTION_WORDS = re.compile(r"\b(?:elections?|electoral|voters|voted|ballots?|seats|turnout|polls (?:close|open)|"
                             r"approval ratings?|"
                             r"early vot\w*|caucus\w*|primaries)\b", re.I)
_TROOP_WORDS = re.compile(r"\b(?:troops?|soldiers?|servicemen|deploy(?:ed|ment|s)?|dispatch(?:ed)?)\b", re.I)
_TROOP_STEMS = ("troop", "soldier", "servicemen", "deploy", "dispatch")  # what each of its words starts with


def _names_troops(text: str, end: int) -> bool:
    """``_TROOP_WORDS.search(text, 0, end) is not None``, asked once of the whole article.

    In ASCII text a match starts where one of _TROOP_STEMS stands, lower-cased, so the pattern is tried only
    there: ``str.find`` skips through an article many times faster than ``re``, which tries the pattern at
    every character (about 1% of an article's extraction)."""
    if not text.isascii():
        return _TROOP_WORDS.search(text, 0, end) is not None
    lower = text.lower()  # (ASCII: the offsets stay)
    for stem in _TROOP_STEMS:
        at = lower.find(stem, 0, end)
        while at >= 0:
            if _TROOP_WORDS.match(text, at, end) is not None:
                return True
            at = lower.find(stem, at + 1, end)
    return False

# --- modality and scope ---------------------------------------------------------------------

_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|decided|decides|decide|decision|will|intends?|intended|intention|aims?|aimed|"
    r"expected|expects|expect|anticipat(?:e|es|ed|ing)|predict(?:s|ed)?|set to|going to|prepar(?:e|es|ed|ing)|"
    r"ready(?:ing)?|readie[sd]|pledged|promised|"
    r"agreed to|scheduled|committ(?:ed|ing|s)|commit|"
    r"eventually|slated|earmarked|ultimately|due to|is to|are to|to be sent|to be deployed|could send|"
    r"would send|is sending|are sending|projected|forecast|target|envisage[sd]?|ready to send|"
    r"in the coming|by the end of|next month|next week|(?:to|would|will|could|may|might)\s+(?:send|deploy|dispatch|"
    r"transfer|move|reach|total|rise|grow|increase|swell))\b",
    re.I,
)
_CONDITIONAL = re.compile(r"\b(?:if|would|could|might|may|unless|possibly|potentially|should\s+\w+\s+be)\b", re.I)
_ACTUAL_STRONG = re.compile(r"\b(?:already|so far|to date|thus far|has sent|have sent|had sent|has dispatched|"
                            r"have dispatched|has deployed|have deployed|arrived|were sent|was sent|were deployed|"
                            r"were transported|were carried|were moved|are now|are currently|currently|"
                            r"are being trained|are training|are in|is in|were spotted|have been|"
                            # "the alliance could confirm that troops had been sent": able to, not on a condition
                            r"(?:could|can)\s+(?:now\s+|not\s+|no\s+longer\s+)?(?:confirm|verify))\b", re.I)

_SCOPES = [
    ("first_batch", re.compile(r"\b(?:first|initial|advance|vanguard|leading|1st)\s+(?:\w+\s+)?(?:batch|group|"
                               r"contingent|wave|unit|deployment|tranche|round|rotation|echelon|team|detachment|"
                               r"shipment|transport|transfer)\b|\binitially\b|\bfirst of\b", re.I)),
    ("second_batch", re.compile(r"\b(?:second|2nd|next|later|subsequent)\s+(?:\w+\s+)?(?:batch|group|contingent|"
                                r"wave|unit|deployment|tranche|round|rotation|echelon|shipment|transport|transfer)\b",
                                re.I)),
    ("additional", re.compile(r"\b(?:another|additional|further|extra|fresh)\b|\b(?:more|others?)\b(?=\s+(?!than\b)(?:[a-z-]+\s+){0,2}?(?:troops|"
                              r"soldiers|personnel|forces|ships|units|people))", re.I)),
    ("total", re.compile(r"\b(?:in total|a total of|total of|totall?ing|in all|altogether|overall|all told|"
                         r"combined|total|in aggregate|entire|whole)\b", re.I)),
]
# The words a match of each scope pattern starts with (text.lead_words; all four have them).
_SCOPE_LEADS = {name: lead_words(pattern) for name, pattern in _SCOPES}
assert all(_SCOPE_LEADS.values())
_ANY_SCOPE_LEAD = frozenset().union(*_SCOPE_LEADS.values())  # a window with none of these has no scope
_MORE_AFTER = re.compile(r"^\s*(?:more|additional|others?|extra)\b", re.I)

# --- statements -----------------------------------------------------------------------------

_DENY = re.compile(r"\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing)|"
                   r"fake news|fake(?=\s*[\"\u201d,.;]|\s*$)|false (?:reports?|claims?|information)|groundless|baseless|"
                   r"not true|untrue|"
                   r"fabricat(?:ed|ion|ions)|nonsense|propaganda|no basis|lies|(?:a|blatant|outright) lie)\b", re.I)
_UNCERTAIN = re.compile(r"\b(?:cannot|can't|could not|couldn't|unable to|not (?:yet )?(?:able to )?(?:confirm|"
                        r"confirmed|verify|verified|independently)|no confirmation|unconfirmed|unverified|not clear|unclear|"
                        r"yet to (?:confirm|verify)|not in a position to|no evidence|no proof|"
                        r"not (?:yet )?been (?:confirmed|verified)|not (?:yet )?seen|n't (?:yet )?seen|"
                        r"no (?:sign|signs|indication)(?: yet)? (?:of|that)|(?:not|none)(?: (?:had|has|have|was|were|yet|been)){0,3} seen)\b", re.I)
_STOPWORDS = frozenset(
    "a an the of to in on at for and or but that this these those it its is are was were be been being has have "
    "had by with as from into than then also very not no will would could should may might can said says "
    "told tells he she they them their his her we our you your i me my which who whom whose there here "
    # when and where it was said: "A few hours later", "Hours later in Washington" say nothing
    "few hours hour minutes later earlier soon afterwards afterward".split()
)

# Dates a claim is about are tied to an event word; a date next to "said" dates the statement.
_EVENT_WORDS = [
    ("ready", r"ready|readiness|prepared for combat|combat-ready|battle-ready|combat|fight\w*|battle\w*|front"),
    ("move", r"deploy\w*|dispatch\w*|sen[dt]|sending|move[ds]?|moving|transfer\w*|began|begun|start\w*|"
             r"arriv\w+|reach\w*|land(?:ed|ing)|carried|transport\w*|ferr\w+|shipped|airlift\w*|aboard|"
             r"expected in|expected to"),
    ("train", r"train\w*"),
    ("meet", r"met|meet\w*|summit|talks|visit\w*"),
    ("sign", r"sign\w*|ratif\w+|treaty|pact|agreement"),
]
_EVENT_RE = [(name, re.compile(rf"\b(?:{pat})\b", re.I)) for name, pat in _EVENT_WORDS]
_EVENT_RE_OF = dict(_EVENT_RE)


def _event_near(window: str, event: str | None) -> bool:
    """True when *event*'s word is in *window* (the words just before a date)."""
    pattern = _EVENT_RE_OF.get(event) if event is not None else None  # (a look-up, not a walk over the events)
    return pattern is not None and pattern.search(window) is not None

# Sections that are page furniture, not the article: claims stop there.
# (Grouped by first letter with text.alternation: body_end tries it at every line start.)
_FURNITURE = re.compile(
    r"^\s*(?:" + alternation(["related coverage", "related stories", "related articles", "related", "read more",
                              "see also", "more on this story", "more coverage", "recommended", "you may also like",
                              "most read", "tags", "share this", "related content", "read next"]) + r")\s*:?\s*$",
    re.I | re.M,
)
# A paragraph that is page furniture: links to other stories, captions, bylines, update stamps.
# (Grouped by first letter with text.alternation: it is tried on every sentence, and re tries a
# plain alternation's phrases one by one.)
_FURNITURE_LINE_PHRASES = [
    "related article", "related story", "related coverage", "related", "read more", "read also", "also read",
    "read next", "see also", "watch", "listen", "photo", "video", "image", "caption", "file photo", "more on this",
    "recommended",
    "updated", "reporting by", "editing by", "writing by", "additional reporting by", "sign up", "subscribe",
    "follow us", "join", "go deeper", "key points", "key takeaways", "correction", "clarification", "running time",
    "runtime"]
# ("*Read More: ...*", "[Related] ...": a link set in italics, bold or brackets is furniture as well; but not
# "**Updated 14:05:** The ministry said ...", a live blog's stamp before its entry.)
_FURNITURE_LINE = re.compile(r"^\s*(?:" + alternation(_FURNITURE_LINE_PHRASES) + r"|[*_[]{1,2}(?:" +
                             alternation(["read more", "read also", "also read", "related", "see also", "more on this",
                                          "recommended", "watch", "listen", "video"]) + r"))\b\s*:?", re.I)
# A match opens with a phrase's first word, whole (a space or the \b after the phrase ends it): an ASCII
# sentence whose words hold none of these is not furniture, and the pattern is not tried (a test checks).
_FURNITURE_LINE_WORDS = frozenset(phrase.split()[0] for phrase in _FURNITURE_LINE_PHRASES)
# A sponsor's message: "This episode is brought to you by ...", "20% off with the code PODCAST20".
_SPONSOR = re.compile(r"\b(?:brought to you by|sponsored by|(?:promo|discount|coupon) code|with the code|use (?:the )?code)\b",
                      re.I)
_SPONSOR_WORDS = frozenset("brought sponsored code".split())  # a sentence with none of these is no sponsor's


# "An earlier version of our 08:10 entry said ...": the outlet correcting itself; its paragraph is no story.
_CORRECTION_NOTICE = re.compile(r"(?:An earlier|A previous|An older) version of (?:this|our|the) (?:[\w:.-]+ ){0,2}?(?:article|story|"
                                r"report|entry|post|item|piece|blog)|This (?:article|story|report|entry|post) "
                                r"(?:has been|was) (?:corrected|amended|updated to correct)")
# What a match opens with (the pattern is case-sensitive): most sentences, "The ...", start otherwise.
_CORRECTION_OPENINGS = ("An earlier ", "A previous ", "An older ", "This ")
# What the outlet's own earlier pieces said, as its corrections column or readers' editor quotes them ("An Oct. 19
# headline on Page 1A said ...", "Our push alert on the evening of October 18 spoke of ..."): that sentence is no
# claim of the story (the sentences after it, which give the facts, are).
_OWN_EARLIER_PIECE = re.compile(r"(?:(?:\*\*)?(?:Editor's|Editors'|Editor\u2019s) note:(?:\*\*)?\s+|Correction:\s+)?"
                                r"(?:(?:An earlier|A previous|An older) version of (?:this|our|the) [^,;]{0,40}?|"
                                r"(?:An?|Our|The same) (?:(?:[a-z][\w-]*|\d[\w,.]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                                r"Sept?|Oct|Nov|Dec)[a-z]*\.?) ){0,5}?(?:headline|news brief|push alert|newsletter|"
                                r"letter|caption|story|article|graphic|front page)\b(?:\s+(?:on|of|published|in|from)\b"
                                r"[^,;]{0,60}?)?(?:\s+\([^()]{0,80}\))?)\s+(?:said|says|spoke of|reported|stated|"
                                r"presented|described|read|called|put)\b")
# A headline's "Speaker: what they said" on a line of its own, no sentence, perhaps after a blog's time stamp.
_HEADLINE_LINE = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[|\u2014\u2013-]\s*)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}"
                            r"[A-Z][a-z][\w.'\u2019-]*:\s+[^\n]{3,110}")  # (mixed case: "FROM:", "MS. SINGH:" are labels)
_SENTENCE_ENDS = frozenset('.!?"\u201d\u2019*')
# A markets line: a market's price or index, and how it moved.
_MARKET_THING = re.compile(r"\b(?:shares?|stocks?|index|KOSPI|Kospi|Nikkei|Dow|Nasdaq|FTSE|DAX|crude|Brent|oil prices?|"
                           r"barrel|currency market|exchange rate|bond yields?|the (?:won|yen|rouble|ruble|euro|shekel|rupee|"
                           r"dollar|hryvnia|rial)|benchmark)\b")
_MARKET_MOVE = re.compile(r"\b(?:rose|fell|gained|added|slipped|closed|settled|traded|weakened|strengthened|dropped|"
                          r"climbed|jumped|edged|little changed|ended|rallied|slumped)\b")
# A share's move without a market's name: "Hanwha Aerospace rose 6.2% and LIG Nex1 gained 4.8%".
_SHARE_MOVE = re.compile(r"\b(?:rose|fell|gained|added|slipped|jumped|climbed|dropped|lost|surged|tumbled)\s+"
                         r"(?:about\s+|nearly\s+|more than\s+)?\d+(?:\.\d+)?\s?%")
_MARKET_LINE_WORDS = frozenset("shares share stocks stock index kospi nikkei dow nasdaq ftse dax crude brent oil barrel "
                          "currency exchange bond yields won yen rouble ruble euro shekel rupee dollar hryvnia rial "
                          "benchmark".split())
# Another story's sentence in a troops story: a disaster's toll, an election's count, a diaspora's size.
_OTHER_STORY = re.compile(r"\b(?:floods?|flash floods|earthquake|typhoon|hurricane|wildfires?|landslides?|death toll from|"
                          r"ballots|turnout|referendum|came first|polling stations|early voting|"
                          r"home to (?:about |roughly |some |more than |over |nearly )?[\d.,]+(?: million| thousand)? people|"
                          r"people of [A-Z]\w+ descent)\b")
_PUBLISHED_STAMP = re.compile(r"\s*(?:first\s+)?(?:published|posted|last\s+updated)\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|"
                              r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|on\s)", re.I)
# (A word each of its phrases holds: a sentence with none of them is not tried.)
_OTHER_STORY_WORDS = frozenset("flood floods earthquake typhoon hurricane wildfire wildfires landslide landslides toll "
                               "ballots turnout referendum came polling voting home descent".split())
_APPEAL = re.compile(r"(?:Support (?:our work|us|our journalism)|Donate|Become a (?:member|supporter))\b")
_APPEAL_OPENINGS = ("Support", "Donate", "Become")
_QUIZ_OPTIONS = re.compile(r"\s*\(?[aA]\)\s+[^\n]{1,60}?\s\(?[bB]\)\s")
_OWN_EARLIER_OPENINGS = ("A", "An", "Our", "The same", "**Editor", "Editor", "Correction:")


def _off_story(sentence: str, text: str, start: int, end: int) -> bool:
    """Whether a sentence of a story's page gives none of the story's claims: the page's stamp ("PUBLISHED : 1 Nov 2024
    at 04:12"), a quiz's choices ("a) $200  b) $2,000"), the outlet's appeal ("Support our work: ..."), what the
    outlet's own earlier piece said ("An Oct. 19 headline on Page 1A said ..."), a markets line ("Brent crude was
    little changed at about US$73 a barrel"), another story's figures ("Flash floods in Valencia killed more than 150
    people", "came first with about 26 percent"), a headline over its story ("Zelensky: 11,000 North Koreans in
    Kursk", "14:12 | Seoul: ...")."""
    if _PUBLISHED_STAMP.match(sentence) or _QUIZ_OPTIONS.match(sentence) or \
            sentence.startswith(_APPEAL_OPENINGS) and _APPEAL.match(sentence):
        return True
    if sentence.startswith(_OWN_EARLIER_OPENINGS) and _OWN_EARLIER_PIECE.match(sentence):
        return True
    words = ascii_words(sentence)
    if (_MARKET_LINE_WORDS.intersection(words or ()) and _MARKET_MOVE.search(sentence) and
            _MARKET_THING.search(sentence) or "%" in sentence and _SHARE_MOVE.search(sentence)) and \
            not _TROOP_WORD.search(sentence):
        return True
    if not _OTHER_STORY_WORDS.isdisjoint(words or _OTHER_STORY_WORDS) and _OTHER_STORY.search(sentence) and \
            not _TROOP_WORD.search(sentence) and "deploy" not in sentence:
        return True
    return ":" in sentence and sentence[-1:] not in _SENTENCE_ENDS and _HEADLINE_LINE.fullmatch(sentence) is not None \
        and _is_whole_line(text, start, end)


def _is_furniture_line(sentence: str) -> bool:
    """``_FURNITURE_LINE.match(sentence) is not None`` or a sponsor's message in it ("brought to you by ..."),
    each tried only when the ASCII sentence has one of its words.

    (ascii_words is remembered for the sentence: the date and quantity finders ask for it next.)"""
    words = ascii_words(sentence)
    if words is not None and _FURNITURE_LINE_WORDS.isdisjoint(words) and "_" not in sentence:
        # (an underscore is a word character: "_Related" is the word "_related", not "related")
        return not _SPONSOR_WORDS.isdisjoint(words) and _SPONSOR.search(sentence) is not None
    return _FURNITURE_LINE.match(sentence) is not None or _SPONSOR.search(sentence) is not None


# A bold line that does not end as a sentence does: a subheading (see extract_claims).
_SUBHEAD = re.compile(r"\*\*[^*\n]*[^*\n.?!:;\"'”’)]\*\*")


_DIGIT = re.compile(r"\d")
_LIST_LEAD = re.compile(rf"\s*(?:{BULLET_MARK}\s*)?")  # all that stands before a listed figure (its hedge is in it)
# A name after one of these is a place ("to Russia"), not the actor of the clause.
_PLACE_PREP = re.compile(r"\b(?:to|in|into|inside|at|near|from|across|within|toward|towards|around|throughout|"
                         r"via)\s+(?:the\s+)?$", re.I)
_NOT_ACTOR_PREP = re.compile(r"\b(?:to|in|into|inside|at|near|from|across|within|toward|towards|on|around|"
                             r"throughout|via|for|against|with|over|about|by|of)\s+(?:the\s+)?$", re.I)
# The words their matches end with: the search runs only on a text that ends so (text.may_end_with).
_PLACE_PREP_ENDINGS = ("to", "in", "into", "inside", "at", "near", "from", "across", "within", "toward", "towards",
                       "around", "throughout", "via", "the")
_NOT_ACTOR_PREP_ENDINGS = (*_PLACE_PREP_ENDINGS, "on", "for", "against", "with", "over", "about", "by", "of")


def _place_prep_before(text: str) -> bool:
    """Whether *text* (the characters before a name) ends with a place preposition: "to (the) ..."."""
    return may_end_with(text, _PLACE_PREP_ENDINGS) and _PLACE_PREP.search(text) is not None


def _not_actor_prep_before(text: str) -> bool:
    """Whether *text* (the characters before a name) ends with a preposition that makes the name not the actor."""
    return may_end_with(text, _NOT_ACTOR_PREP_ENDINGS) and _NOT_ACTOR_PREP.search(text) is not None


# A transcript's speaker label at the start of a paragraph: "MS. SINGH:", "SECRETARY BLINKEN:", "Q:".
# A recording's timestamp before a turn's label: "[01:55] **Saara Heikkinen:**", "**[07.12] VERHAGEN:**".
_STAMP = r"(?:\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]\s*)?"
_SPEAKER_LABEL = re.compile(rf"^\s*{_STAMP}(?P<label>Q|[A-Z][A-Z.'’ -]{{1,70}}[A-Z.])\s*:\s+(?=\S)")
# A broadcast script's sound bite: '(SOT) Putin (interpreted): "..."', "[SOT] Park Sun-won / Democratic Party: ...",
# and an on-screen caption's "[Vladimir Putin / Russian President: Images are ...]".
_SOUND_BITE = re.compile(r"[(\[]SOT[)\]]\s*(?P<label>[A-Z][\w.'\u2019 -]{1,50}?)\s*(?:\([^()\n]{1,30}\)\s*)?"
                         r"(?:/[^:\n]{1,60})?:\s+(?=\S)")
_CAPTIONED_BITE = re.compile(r"\[(?P<label>[A-Z][\w.'\u2019 -]{1,40}?)\s*/\s*[^:\]\n]{1,60}:\s+(?=\S)")
# A sound bite's caption on a line of its own, over the quotation it captions: "[SOT] Park Sun-won / Democratic Party,
# Intelligence Committee", "[John Kirby / White House National Security Communications Adviser (23rd, local time)]",
# "JOHN KIRBY (SOT, Wednesday, White House briefing room):".
_CAPTION_LINE = re.compile(r"[(\[]SOT[)\]]\s*(?P<label>[A-Z][\w.'\u2019 -]{1,50}?)\s*(?:\([^()\n]{1,60}\)\s*)?"
                           r"(?:/[^:\n]{1,100})?:?|"
                           r"\[(?P<caption>[A-Z][\w.'\u2019 -]{1,40}?)\s*/\s*[^:\]\n]{1,100}\]|"
                           r"(?P<upper>[A-Z][A-Z.'\u2019 -]{1,40}[A-Z.])\s*\((?:SOT|[^()\n]{0,40}\bSOT\b)[^()\n]{0,60}\)\s*:|"
                           # a video shotlist's "00:25 5. SOUNDBITE (English) Mark Rutte, NATO Secretary General:"
                           r"(?:\d{1,2}:\d{2}\s+)?(?:\d{1,3}\.\s+)?SOUNDBITE\s*(?:\([^()\n]{1,30}\)\s*)?"
                           r"(?P<bite>[A-Z][^:\n]{2,100}):")
_SHOT_NUMBER = re.compile(r"(?:\d{1,2}:\d{2}\s+)?\d{1,3}\.\s+")  # "00:25 5. ", before a shot's SOUNDBITE
_QUOTE_OPENERS = "\"\u201c"
_LABEL_TITLES = frozenset("mr mrs ms miss dr gen general adm admiral col colonel lt maj secretary deputy assistant "
                          "under press spokesperson spokesman spokeswoman pentagon state department president vice "
                          "prime minister ambassador chairman chair senator sen rep representative director "
                          "acting principal national security adviser advisor coordinator communications "
                          "council foreign defense defence the of for and chief".split())


# A record's speaker label in bold, as written: "**Defense Minister Kim Yong-hyun:**", "**Rep. Han Ji-seok (People
# Power Party):**", "**Minister Kim:**". Only a label with a person's title is one ("**Background:**" is a heading),
# or one that opens two turns or more ("**Laura Mendez:**" ... "**Laura Mendez:**": a transcript's speaker).
_BOLD_LABEL = re.compile(rf"^\s*{_STAMP}\*\*{_STAMP}(?P<label>[A-Z][\w.'\u2019 -]{{1,60}}?)\s*"
                         r"(?:\([^()\n]{1,50}\))?\s*(?::\*\*|\*\*\s*:)\s+(?=\S)")
_BOLD_LABEL_LINE = re.compile(_BOLD_LABEL.pattern, re.M)
_SPEAKER_TITLES = frozenset("mr mrs ms dr gen general adm admiral col colonel lt maj secretary minister ambassador "
                            "chairman chairwoman chair senator sen rep representative director spokesperson spokesman "
                            "spokeswoman president premier commissioner governor mayor lawmaker mp professor prof "
                            "envoy commander".split())


def _bold_label(sentence: str, repeated: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """A bold speaker label at the start of a paragraph, when its words name a titled person or it is one of the
    labels that open two turns or more (*repeated*: _repeated_labels)."""
    label = _BOLD_LABEL.match(sentence)
    if label is None or len(label.group("label").split()) > 7:
        return None
    if label.group("label") in repeated:
        return label
    titles = {w.lower().strip(".") for w in label.group("label").split()}
    return label if not titles.isdisjoint(_SPEAKER_TITLES) else None


def _repeated_labels(text: str) -> frozenset[str]:
    """The bold labels that open two paragraphs or more: a transcript's speakers, titled or not (not a heading
    such as "**Background:**", which opens one; nor page furniture, "**UPDATE:**")."""
    seen = Counter(m.group("label") for m in _BOLD_LABEL_LINE.finditer(text)
                   if len(m.group("label").split()) <= 4 and not _NOT_A_SPEAKER.match(m.group("label").upper()))
    return frozenset(name for name, n in seen.items() if n >= 2)


def _known_label(name: str | None, label: str, named: dict[str, list[tuple[str, frozenset[str]]]]) -> str | None:
    """A short label's full name from the record's earlier labels: "Minister Kim" is the "Defense Minister Kim
    Yong-hyun" who spoke before, not the "JCS Chairman Kim Myung-soo" (the titles they share decide between
    people who share a name; else the first to speak). A full name is remembered for later labels."""
    if not name:
        return name
    titles = frozenset(w.lower().strip(".") for w in label.split()) & _SPEAKER_TITLES
    if " " in name or "-" in name:
        for part in {name.split()[0], name.split()[-1]}:
            people = named.setdefault(part, [])
            if all(known != name for known, _ in people):
                people.append((name, titles))
        return name
    people = named.get(name, [])
    titled = [known for known, their_titles in people if titles & their_titles]
    return (titled or [known for known, _ in people] or [name])[0]


# (and a video script's or a wire's header fields: "SLUG:", "RESTRICTIONS: None for EFE clients", "DURATION: 2:07")
_NOT_A_SPEAKER = re.compile(r"^(?:BREAKING|UPDATE|UPDATED|NOTE|EDITOR|EDITOR'S NOTE|WATCH|READ|READ MORE|RELATED|"
                            r"PHOTO|PHOTOS|VIDEO|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|EXCLUSIVE|LIVE|SOURCE|"
                            r"SOURCES|CONTEXT|BACKGROUND|FILE|ADVERTISEMENT|DISCLAIMER|SLUG|LOCATION|DATELINE|DATE|"
                            r"RECORDED|DURATION|LENGTH|LANGUAGE|RESTRICTIONS?|ACCESS|SHOTLIST|SHOT LIST|STORYLINE|"
                            r"KEYWORDS|TAGS|TOPICS?|SUBJECT|CAPTION|CREDITS?|BYLINE|HEADLINE|SUMMARY|FORMAT|AUDIO|"
                            r"CATEGORY|SECTION|SCRIPT|NATURAL SOUND|NAT SOUND|PRODUCER|VOICEOVER|"
                            r"TO|CC|RE|MEMO|MEMORANDUM)\b")


# A fact-check's rated item: 'Claim: "..."', then its rating on a line of its own.
_RATED_ITEM = re.compile(r"^Claim:[^\n]+\n+(?:Verdict|Rating|Our rating|Truth-O-Meter):", re.M)
# Where the fact-check says whose the claim is: "The claim traces to Jonas Ohman", "a post on X".
_TRACED_TO = re.compile(r"\b(?:traces?|traced|goes back|went back|dates back)\s+to\s+(?:an?\s+|the\s+)?"
                        r"(?P<claimant>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})")
_SOCIAL_POST = re.compile(r"\b(?:posts?|social media|Facebook|TikTok|Instagram|tweets?|viral)\b", re.I)
_POSTS = "social media posts"


def _rated_items(text: str, limit: int) -> list[tuple[int, int, str | None]]:
    """A fact-check's rated claims: each item's line (start, end) and its claimant.

    The claimant is the person the check traces the claim to, else the posts when the check
    speaks of posts or social media (in the item's discussion, else before the first item),
    else unknown (None).
    """
    items = list(_RATED_ITEM.finditer(text, 0, limit))
    if not items:
        return []
    default = _POSTS if _SOCIAL_POST.search(text, 0, items[0].start()) else None
    out = []
    for i, m in enumerate(items):
        line_end = text.index("\n", m.start())
        discussion = text[m.end() : items[i + 1].start() if i + 1 < len(items) else min(limit, m.end() + 1500)]
        traced = _TRACED_TO.search(discussion)
        claimant = traced.group("claimant") if traced else _POSTS if _SOCIAL_POST.search(discussion) else default
        out.append((m.start(), line_end, claimant))
    return out


# A markdown table of figures: "| Source | Date | Estimate | What it counts |", its "|---|" rule, then one
# row a line. The header names which cell says who gave a row's figures and which says when.
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SOURCE_HEADER = re.compile(r"(?:source|sources|who|by|according to|claimant|origin|said by|estimated by|given by|"
                            r"agency|speaker|attributed to)$", re.I)
_DATE_HEADER = re.compile(r"(?:date|dated|when|as of|day|on|reported|given)$", re.I)


def _row_attribution(sent: _Sentence, row: tuple[tuple[int, int] | None, tuple[int, int] | None],
                     mentions: list[Mention]) -> list[Attribution]:
    """Who gave the figures of a table row: the speaker its source cell names, over the cells after it."""
    if row[0] is None:
        return []
    a, b = row[0][0] - sent.start, row[0][1] - sent.start
    speaker, stype, pronoun = speaker_from_phrase(sent.text[a:b], a, mentions)
    if speaker is None or pronoun:
        return []
    content = b
    while content < len(sent.text) and (sent.text[content] == "|" or sent.text[content].isspace()):
        content += 1
    # (A source cell after the figures gives the whole row.)
    content = content if not _DIGIT.search(sent.text, 0, a) else 0
    return [Attribution(speaker, (speaker,), a, b, content, len(sent.text), "gave", False, stype)]


# A list item that names its source before a colon: "- South Korean intelligence: at least 100 killed", "— HUR: 30 in
# one weekend".
_LIST_ITEM_SOURCE = re.compile(r"\s*[-*\u2022\u2013\u2014]\s*(?P<label>[^\d:\n]{2,60}?)\s*:\s+(?=\S)")
_LIST_ITEM_STARTS = frozenset("-*\u2022\u2013\u2014 ")


def _list_item_attribution(sentence: str, mentions: list[Mention]) -> list[Attribution]:
    """Who gives a list item's figures: the source its label names before the colon (not a place: "- Kursk: ...")."""
    item = _LIST_ITEM_SOURCE.match(sentence)
    if item is None:
        return []
    a, b = item.span("label")
    if not any(a <= m.start and m.end <= b and m.entity.type != "place" for m in mentions):
        return []  # a label that names no known source is a heading or a place
    speaker, stype, pronoun = speaker_from_phrase(sentence[a:b], a, mentions)
    if speaker is None or pronoun:
        return []
    return [Attribution(speaker, (speaker,), a, b, item.end(), len(sentence), "listed", False, stype)]


def _row_day(sent: _Sentence, row: tuple[tuple[int, int] | None, tuple[int, int] | None],
             dates: list[DateMention]) -> DateMention | None:
    """The day a table row's date cell names."""
    if row[1] is None:
        return None
    a, b = row[1][0] - sent.start, row[1][1] - sent.start
    return next((d for d in dates if a <= d.start < b and d.role == "point"), None)


_NOTE_MARK = re.compile(r"\[(\d{1,3})\]")  # a note's mark: "[2]"
# A figure a note quotes, in brackets: '("around 10,000")'.
_QUOTED_FIGURE = re.compile(r"\(\s*[\"\u201c][^\"\u201c\u201d()]*\d[^\"\u201c\u201d()]*[\"\u201d]\s*\)")


def _note_attributions(sentence: str, start: int, dates: list[DateMention], mentions: list[Mention]
                       ) -> tuple[list[Attribution], dict[int, DateMention | None]]:
    """Who gave each figure a note quotes: the source its item names before the item's day, and that day
    ("[2] Department of Defense press briefing, October 28, 2024 ("around 10,000"); NIS briefing, ...")."""
    atts: list[Attribution] = []
    days: dict[int, DateMention | None] = {}
    for m in _QUOTED_FIGURE.finditer(sentence, start) if "(" in sentence else ():
        item = max(sentence.rfind(";", start, m.start()) + 1, start)
        day = next((d for d in dates if item <= d.start < m.start() and d.role == "point"), None)
        named_end = day.start if day is not None else m.start()
        speaker, stype, pronoun = speaker_from_phrase(sentence[item:named_end], item, mentions)
        if speaker is not None and not pronoun:
            att = Attribution(speaker, (speaker,), item, named_end, m.start(), m.end(), "gave", False, stype)
            atts.append(att)
            days[id(att)] = day
    return atts, days


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the table row *text[start:end]*: each cell's text span, trimmed of spaces."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    if not bars or bars[0] != start:
        bars.insert(0, start - 1)
    if bars[-1] < end - 1 or text[end - 1] != "|":
        bars.append(end)
    spans = []
    for a, b in zip(bars, bars[1:]):
        a += 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        spans.append((a, b))
    return spans


def _column_kind(text: str, a: int, b: int) -> str | None:
    """What the header cell *text[a:b]* names: the "source" column, the "date" column, or neither."""
    if _SOURCE_HEADER.match(text, a, b):
        return "source"
    return "date" if _DATE_HEADER.match(text, a, b) else None


def _table_rows(text: str, limit: int) -> dict[int, tuple[tuple[int, int] | None, tuple[int, int] | None]]:
    """Each row of a markdown table whose header names a source or a date column: its line's start → the
    span of its source cell and of its date cell (None where the header names no such column)."""
    rows: dict[int, tuple[tuple[int, int] | None, tuple[int, int] | None]] = {}
    lines = []
    pos = 0
    for line in text[:limit].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i + 1 < len(lines):
        start, line = lines[i]
        rule = lines[i + 1][1]
        if not (line.startswith("|") and rule.startswith("|") and _TABLE_RULE.match(rule)):
            i += 1
            continue
        header = [_column_kind(text, a, b) for a, b in _cells(text, start, start + len(line.rstrip()))]
        i += 2
        while i < len(lines) and lines[i][1].startswith("|"):
            start, line = lines[i]
            cells = _cells(text, start, start + len(line.rstrip()))
            source = next((c for c, h in zip(cells, header) if h == "source"), None)
            day = next((c for c, h in zip(cells, header) if h == "date"), None)
            if source or day:
                rows[start] = (source, day)
            i += 1
    return rows


# "last week we said that at least 3,000 had been moved": in a spokesperson's mouth, what "we"
# said before is their office's statement ("Pentagon spokeswoman" → the Pentagon).
def _said_as_office(atts: list[Attribution], aliases: AliasTable) -> list[Attribution]:
    out = []
    for a in atts:
        person = aliases.get(a.speaker) if a.speaker and a.speaker_type == "person" else None
        # (The title less its last word: the whole title names the person.)
        office = next((m.canonical for t in person.titles for m in aliases.find(t.rpartition(" ")[0])
                       if m.entity.type == "agency"), None) if person is not None else None
        out.append(replace(a, speaker=office, chain=(a.speaker, office), speaker_type="agency") if office else a)
    return out


_PULL_BYLINE = re.compile(r"[\u2014\u2013]\s*(?P<who>[^\n]{3,200})")
_RELAYING = re.compile(r"\b(?:relaying|citing|quoting|summari[sz]ing)\b")


def _pull_quote_speaker(text: str, start: int, published: date | None,
                        aliases: AliasTable) -> tuple[str, date | None] | None:
    """Who said the quotation that fills the line at *start*, and when, from the byline under it ("— Lee
    Seong-kweun, a South Korean lawmaker, relaying the National Intelligence Service's briefing on Tuesday.");
    None when the next line is no dash byline."""
    end = text.find("\n", start)
    if end < 0 or text[start:end].rstrip()[-1:] not in ('"', "\u201d"):
        return None
    byline = _PULL_BYLINE.match(text, end + 1)
    if byline is None:
        return None
    who = byline.group("who")
    mentions = [m for m in aliases.find(who) if m.entity.type in ("person", "agency", "country", "bloc")]
    relayed = _RELAYING.search(who)
    source = next((m for m in mentions if relayed and m.start > relayed.start() and m.entity.type == "agency"), None)
    if source is None:
        source = next((m for m in mentions if m.entity.type == "person"), None) or \
            next((m for m in mentions if m.start == 0 or who[: m.start].strip().lower() in ("the", "")), None)
    if source is None:
        return None
    speaker = aliases.relayed(source.canonical) or source.canonical
    day = next((d.value for d in find_dates(who, published) if d.role == "point" and d.value is not None), None)
    return speaker, day


def _label_speaker(label: str, aliases: AliasTable) -> str | None:
    """The canonical speaker of a transcript label: a known alias, else the name without titles."""
    if label == "Q" or label.startswith(("QUESTION", "REPORTER", "MODERATOR", "OPERATOR", "ANCHOR", "HOST",
                                         "INTERVIEWER", "PRESENTER", "CORRESPONDENT")):
        return None  # the question relays, it does not assert
    titled = " ".join(w.capitalize() for w in label.split())  # "MS. SINGH" → "Ms. Singh", as the alias table spells it
    people = [m for m in aliases.find(titled) if m.entity.type == "person"]
    if people:
        return people[-1].canonical
    words = [w for w in titled.split() if w.lower().strip(".") not in _LABEL_TITLES]
    return " ".join(words[-2:]) if words else None


# Not frozen: one is built for every sentence, and a frozen __init__ sets each field through object.__setattr__.
@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int
    text: str


_NEWLINE = re.compile("\n")


def body_end(text: str) -> int:
    """Where the article ends: before a 'Related coverage' style section, if there is one."""
    # A match starts where ^ does, at the text's start or after a newline: trying _FURNITURE
    # there only gives what search() gives, without a try at every character of the article.
    line_starts = chain((0,), (m.end() for m in _NEWLINE.finditer(text)))
    first = next((found for p in line_starts if (found := _FURNITURE.match(text, p))), None)
    return first.start() if first else len(text)


_LOWER_LETTER = re.compile(r"[a-z]")
# A paragraph of running prose: one line, two sentences or more ("In Israel, the reports are read as ... Israeli
# officials have ..."), not a list of headlines or a copyright line.
_PROSE_PARAGRAPH = re.compile(r"(?m)^(?=[^\n]{160,})[A-Z\"\u201c][^\n]*?[a-z)\"\u201d]\.\s+[A-Z\"\u201c][^\n]*[.!?\"\u201d]$")


def _related_blanked(text: str) -> tuple[str, int]:
    """The text to read and where its article ends (body_end). A 'Related articles' block in the middle, with
    running prose after it (an update block below the links), is blanked (spaces, offsets kept), not the end."""
    limit = body_end(text)
    while limit < len(text):
        prose = _PROSE_PARAGRAPH.search(text, limit)
        if prose is None:
            break
        text = text[:limit] + re.sub(r"[^\n]", " ", text[limit : prose.start()]) + text[prose.start() :]
        limit = body_end(text)  # (the blanked heading no longer matches: the next one, if any)
    return text, limit


# A byline or a page stamp on a line of its own: "By Tom Ashworth | October 29, 2024", "Por Felipe Azevedo — Rio",
# "29/10/2024 06:00 | Actualizado a las 13:15", "Published: 10.23.24, 13:48", "Commentary | 13 November 2024".
_BYLINE_OR_STAMP = re.compile(r"(?:By|Por|Par|Von|Interview by)\s+[A-Z]|.*?(?:\|\s*(?:By|Por)\s|"
                              r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
                              r"\b(?:Published|Updated|Posted|Actualizad[oa]|Atualizad[oa])\b|"
                              r"(?:^|\|\s*)(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|"
                              r"October|November|December)(?: \d{1,2},?)? \d{4}\b)")
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_ITALIC_BLOCK = re.compile(r"([*_])[^*_\n][^\n]*[^*_\n]\1")


def _is_stamp_block(block: str) -> bool:
    """Whether a block of lines at a page's top is its byline or its stamps: short, few lines, one a stamp that is no
    sentence ("**Updated 14:05:** The NIS said ..." opens a live page's entry)."""
    return len(block) < 250 and block.count("\n") < 4 and \
        any(len(line) < 100 and line[-1:] not in _SENTENCE_ENDS and _BYLINE_OR_STAMP.match(line)
            for line in block.split("\n"))


def _deck_end(text: str) -> int:
    """Where the page's headline block ends, if it has a deck: 0 when it has none.

    A deck (standfirst) sums up the story under its headline, before the byline and the stamps ("Rutte speaks of ...;
    Seoul now counts more than 10,000" over "Marta Soler | Bruselas" and "29/10/2024 06:00"), or in italics just
    under them ("*Four weeks of shifting estimates hid a simple story ...*"). Like the headline, it repeats the
    story's claims without being one; its claims are the body's. Only the page's first four blocks are looked at,
    and a deck is one line, not a list (a live page's key points, over its stamp, are its entries)."""
    blocks = list(islice(_BLOCK.finditer(text, 0, 2000), 5))
    end = 0
    for i, block in enumerate(blocks[:4]):
        if _is_stamp_block(block.group()):
            if i and all("\n" not in b.group() and len(b.group()) <= 220 and not BULLET.match(b.group()) and
                         b.group()[:1] != "[" for b in blocks[:i]):
                end = block.start()
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and _ITALIC_BLOCK.fullmatch(nxt.group()):
                end = nxt.end()
            break
    return end


def extract_claims(doc: Document, aliases: AliasTable, max_claims: int | None = None) -> list[Claim]:
    """All claims in *doc*, in text order. Pure: the same document gives the same claims.

    With *max_claims*, reading stops at the first sentence that takes the count past it, so
    the result holds more than *max_claims* claims exactly when the document has more (the
    caller keeps the first ones and says so). Matching compares the claims of one document
    pairwise, so an unbounded count from one hostile document would stall a whole run.
    """
    doc_id = doc.doc_id  # a hash of the whole text: computed once
    text, limit = _related_blanked(doc.text)
    deck_end = _deck_end(text)  # sentences before it are the headline block's
    published = doc.published_date
    claims: list[Claim] = []
    context_speaker: tuple[str | None, tuple[str, ...]] = (None, ())
    context_person: str | None = None  # the last person who spoke: "he" or "she" is a person, not an agency
    # A person who opened a sentence after the last speaker spoke: "Choe held talks with Lavrov on Friday.
    # She told Lavrov that ...": she is Choe, not whoever the article quoted before.
    actor_person: str | None = None
    actor_at = -1  # where the last sentence read that named its actor or speaker starts
    actor_paragraph = -1  # the paragraph of the sentence that named actor_person
    passed_over: list[_Sentence] = []  # sentences passed over unread (no figure, date or speaker) since the last read
    # The body a sentence nobody speaks in opens with, as its subject ("South Korean intelligence has raised its
    # count ... On 18 October it spoke of about 1,500"): "it" in what follows is that body.
    actor_body: tuple[str, int] | None = None  # (and its paragraph)
    context_paragraph = -1
    last_count: Claim | None = None  # the last figure of a counted thing: "put the number at 3,000"
    sentence_mentions: dict[str, list[Mention]] = {}
    last_count_paragraph = -1
    last_troops: tuple[Claim, int] | None = None  # the last count of troops, and its paragraph
    speaker_day: dict[str, tuple[date, int]] = {}  # the day each speaker's last dated statement names, its paragraph
    label_speaker: str | None = None
    issued = False  # the label's turns are a statement whose introduction named its issuer and day
    outlet_voice: str | None = None  # the outlet, when it speaks in the first person ("We assess ...")
    meeting_day: date | None = None  # a meeting record's day: "The Security Council met this morning"
    label_paragraph = -1  # the last paragraph spoken by a transcript's label ("MS. SINGH:")
    furniture_paragraph = -2  # (-1 would make a first paragraph that is a list item furniture: see the loop)
    headline_count: Claim | None = None  # what the headline counts, for a figure said to be the count
    headline_read = False  # the headline is read once: most name no counted thing, and None is an answer
    people: dict[str, str] = {}  # a speaker's first or last name → the full name the article gave
    lawmakers: set[str] = set()  # people the article names as lawmakers ("Rep. Park Sun-won")
    briefer: tuple[str, ...] | None = None  # the agency last said to brief lawmakers, and where
    briefer_paragraph = -1
    # The sentence before and this one ("This was reported by ..." names the source of the one before).
    prev_sentence: _Sentence | None = None
    this_sentence: _Sentence | None = None  # (becomes prev_sentence when the next sentence is read)
    last_day: date | None = None  # the day last named, for "the same day"
    day_named: tuple[int, int, date] | None = None  # the last sentence that named a day (paragraph, start) and its day
    lead_day: date | None = None  # the first day named before any speaker label: a transcript's header or intro
    entry_day: tuple[int, date] | None = None  # a timeline entry's heading ("Oct. 23: ..."): its paragraph and day
    section_day = False  # entry_day is a heading line's ("**Friday**"): it dates every paragraph up to the next one
    label_names: dict[str, list[tuple[str, frozenset[str]]]] = {}  # a record's speakers by name part (_known_label)
    repeated_labels: frozenset[str] | None = None  # bold labels that open two turns or more (read when first needed)
    # "North Korean Troops in Russia ..." over "at least 3,000 North Koreans had arrived": the story's
    # people of a country are its troops even where their sentence names nothing military.
    # So is a story that speaks of troops anywhere, under any title ('[Record] "About 3,000 now"'), and a
    # weekly digest whose war paragraph comes after the Budget's: its other figures are colour (below).
    title_countries = {m.canonical for m in aliases.find(doc.title or "") if m.entity.type == "country"}
    background: set[str] = set()  # a state's budget or exports in a troops story (see the loop): left out at the end
    last_event: tuple[int, list[str], int] | None = None  # the last sentence telling the story's events: its
    # paragraph, their terms, its start
    military_story = _MILITARY_CONTEXT.search(doc.title or "") is not None or \
        _names_troops(text, limit)
    # "Hankook Research interviewed 1,002 adults ...": an opinion poll's shares are its pollster's findings.
    pollster = _pollster(text[:limit], aliases) if ("percent" in text or "%" in text) and \
        ("poll" in text or "survey" in text) else None
    rated = _rated_items(text, limit) if "Claim:" in text else []  # a fact-check's rated claims, and whose
    tables = _table_rows(text, limit) if "\n|" in text else {}  # a markdown table's rows: whose figures, and when
    table_count: Claim | None = None  # what the figure before a table counts: what its bare figures count
    row_paragraph = -2
    notes_cited: dict[str, Claim | None] = {}  # a note's mark → the count last named where the text cites it
    # "CTVNews.ca spoke with Hannah Seo, ... **Who is right?** Possibly both ...": an interview's answers, under
    # its bold questions, are the interviewee's.
    interviewee = _interviewee(text[:limit], aliases) if "?\n" in text or "?**" in text else None
    question_lines = {m.start() for m in _QUESTION_LINE.finditer(text, 0, limit)} if interviewee else set()
    question_paragraph = -2  # the last question's paragraph
    sound_bite_paragraph = -1  # the line of a broadcast script's sound bite: "(SOT) Putin: ..."
    caption: tuple[str, int] | None = None  # a sound bite's caption line: its speaker and paragraph
    for span in split_sentences(text[:limit]):
        if max_claims is not None and len(claims) > max_claims:
            break
        sent = _Sentence(span.start, span.end, span.paragraph, text[span.start : span.end])
        prev_sentence, this_sentence = this_sentence, sent
        if span.start < deck_end or span.paragraph == furniture_paragraph or _is_furniture_line(sent.text) or \
                span.paragraph == furniture_paragraph + 1 and BULLET.match(sent.text) or \
                sent.text.startswith(_CORRECTION_OPENINGS) and _CORRECTION_NOTICE.match(sent.text):
            # "Related: ...", "Photo: ...": the page, not the story; so are the bullets listed under
            # "Read also:" or "Key Points", each its own paragraph.
            furniture_paragraph = span.paragraph
            continue
        if _off_story(sent.text, text, span.start, span.end):
            continue
        # "**21:12 - Seoul: ...**": a live blog's entry heading
        stamp = _TIMESTAMP_HEADING.match(sent.text) if sent.text[:1] in _HEADING_STARTS and (
            span.start == 0 or text[span.start - 1] == "\n") else None
        if section_day and entry_day is not None and span.paragraph > entry_day[0]:
            entry_day = (span.paragraph, entry_day[1])  # the section under a day's heading goes on
        if len(sent.text) < 12 or not _LOWER_LETTER.search(sent.text):
            if issued and _SEPARATOR.fullmatch(sent.text):
                label_speaker, label_paragraph, issued = None, -1, False  # "*": the statement has ended
            elif _is_whole_line(text, span.start, span.end) and (day := _heading_day(sent.text, published)) is not None:
                # "**Friday**" over a week in review's entries, "FRIDAY": a short heading line's day
                entry_day, section_day, last_day = (span.paragraph + 1, day), True, day
            elif (day := _label_day(text, span.start, span.end, sent.text, published)) is not None:
                entry_day, section_day, last_day = (span.paragraph, day), False, day  # "- Oct. 23. The NIS told ..."
            continue
        if sound_bite_paragraph >= 0 and span.paragraph != sound_bite_paragraph:
            # A broadcast script's sound bite speaks for its own line: the anchor's narration after it is the page's.
            label_speaker, label_paragraph, sound_bite_paragraph = None, -1, -1
            context_speaker = (None, ())
        if caption is not None and span.paragraph != caption[1]:
            if span.paragraph == caption[1] + 1 and sent.text[:1] in _QUOTE_OPENERS:
                # The quotation under a sound bite's caption line is the captioned speaker's, for its own line.
                label_speaker, label_paragraph, sound_bite_paragraph = caption[0], span.paragraph, span.paragraph
                context_speaker, context_paragraph = (caption[0], (caption[0],)), span.paragraph
            caption = None
        if sent.text[:1] in _QUOTE_OPENERS and (span.start == 0 or text[span.start - 1] == "\n") and \
                (pull := _pull_quote_speaker(text, span.start, published, aliases)) is not None:
            # '"Of the roughly 10,000 in Russia, about 8,000 are now in the Kursk region."' over "— US Secretary
            # of State Antony Blinken, in Washington on Thursday.": a pulled quotation is its byline's, of its day.
            label_speaker, label_paragraph, sound_bite_paragraph = pull[0], span.paragraph, span.paragraph
            context_speaker, context_paragraph = (pull[0], (pull[0],)), span.paragraph
            if pull[1] is not None:
                entry_day, section_day = (span.paragraph, pull[1]), False
        if sent.text[:1] in "([" or sent.text.endswith(":") and ("SOT" in sent.text or "SOUNDBITE" in sent.text):
            bite = _CAPTION_LINE.fullmatch(sent.text)
            if bite is not None and (_is_whole_line(text, span.start, span.end) or bite.group("bite") and
                                     _SHOT_NUMBER.fullmatch(text, text.rfind("\n", 0, span.start) + 1, span.start)) and \
                    (speaker := _label_speaker(bite.group("label") or bite.group("caption") or bite.group("upper") or
                                               bite.group("bite"), aliases)) is not None:
                # (a lawmaker who relays the spy agency's briefing speaks for it)
                caption = (aliases.relayed(speaker) or speaker, span.paragraph)
                continue  # the caption claims nothing
        label = _SPEAKER_LABEL.match(sent.text) if span.paragraph != label_paragraph and ":" in sent.text else None
        if label and _NOT_A_SPEAKER.match(label.group("label")):
            label = None  # "UPDATE:", "PHOTO:": page furniture, not a transcript
        if label is None and sent.text[:1] in "([" and span.paragraph != label_paragraph and ":" in sent.text:
            # '(SOT) Putin (interpreted): "Images are a serious thing."', "[Vladimir Putin / Russian President: ...]"
            label = _SOUND_BITE.match(sent.text) or _CAPTIONED_BITE.match(sent.text)
            if label is not None:
                sound_bite_paragraph = span.paragraph
        if label is None and (sent.text[:2] == "**" or sent.text[:1] == "[") and \
                (span.start == 0 or text[span.start - 1] == "\n"):
            if repeated_labels is None:
                repeated_labels = _repeated_labels(text[:limit]) if "**" in text else frozenset()
            label = _bold_label(sent.text, repeated_labels)
            if label is None and label_paragraph >= 0 and span.paragraph != label_paragraph and \
                    _BOLD_LABEL.match(sent.text):
                # "**Background:** ...": the page's heading ends the turns, and nobody's words carry into it.
                label_speaker, label_paragraph, context_speaker = None, -1, (None, ())
        if question_lines and text.rfind("\n", 0, span.start) + 1 in question_lines:
            # The interviewer's turn, a line that ends with a question, bold or not: it ends the answer before it.
            if question_paragraph != span.paragraph:
                label_speaker, label_paragraph, question_paragraph = None, -1, span.paragraph
                context_speaker = (None, ())
            if sent.text.rstrip(" *").endswith("?"):
                continue  # the question: nobody's claim, and the answer below it is the interviewee's
        if interviewee is not None and question_paragraph == span.paragraph - 1 and label is None and \
                label_paragraph != span.paragraph:  # (the answer's first sentence: not one a label opened)
            label_speaker, label_paragraph = interviewee, span.paragraph
            context_speaker, context_paragraph = (interviewee, (interviewee,)), span.paragraph
        if label:  # a transcript: "MS. SINGH: ..." speaks until the next label; "Q:" is the press
            label_speaker = _known_label(_label_speaker(label.group("label"), aliases), label.group("label"),
                                         label_names)
            if label_speaker is not None and _is_outlet_label(label.group("label"), doc.outlet):
                label_speaker = None  # "CTK: Kyiv says twelve thousand ...": the outlet's interviewer asks
            if label.group("label") == "FROM":  # a memo's "FROM: Catherine Aldana, former ...": its author speaks
                label_speaker = _label_speaker(sent.text[label.end() :].split(",")[0].strip().upper(), aliases)
                label_paragraph = span.paragraph
                continue  # (the line names her, it claims nothing)
        elif label_paragraph >= 0 and span.paragraph != label_paragraph and (
                sent.text[:1] in "([" or sent.text[:1] == "*" and sent.text[1:2] != "*"):
            # "(The briefing concluded at 2:31 p.m.)", "[Earlier on Tuesday, the ministry said ...]", "*CTV's Question
            # Period airs Sundays*": the editor's note ends the turns; what follows it is the page's, not the last
            # speaker's.
            label_speaker, label_paragraph = None, -1
        if label or (label_paragraph >= 0 and span.paragraph != label_paragraph):
            label_paragraph = span.paragraph  # the label's speaker goes on in the next paragraphs
            context_speaker = (label_speaker, (label_speaker,) if label_speaker else ())
            context_paragraph = span.paragraph
        elif span.paragraph > context_paragraph + 1:
            context_speaker, context_person = (None, ()), None  # attribution does not carry over a gap of paragraphs
            if span.paragraph > actor_paragraph + 1:  # (nor does the actor, whom the paragraph before may name)
                actor_person = None
        # A transcript's or a record's turns say "yesterday" of the day its header names, not of the page's.
        # A diary's or a timeline's section says "today" of the day its heading names.
        dates = find_dates(sent.text, lead_day if lead_day is not None and label_paragraph >= 0 and
                           span.paragraph == label_paragraph else
                           entry_day[1] if section_day and entry_day and entry_day[0] == span.paragraph and
                           sent.text[:1] not in _HEADING_STARTS else published)
        if dates and dates[0].start < 60 and (dateline := _DATELINE.match(sent.text)) is not None:
            # "SEOUL, Nov. 1 (Yonhap) -- Blinken said on Thursday ...": the wire's day, not the statement's
            dates = [d for d in dates if d.start >= dateline.end()]
        if dates:
            # "By October 23 the NIS counted about 3,000", "...; by October 23 its count stood at 3,000": a day gone
            # by when the text was written, opening a clause, is when the count stood, not a deadline ahead.
            dates = [replace(d, role="point") if d.role == "deadline" and d.value_end is not None and published and
                     d.value_end < published and d.value == d.value_end and
                     (d.start <= 3 or _CLAUSE_BY.search(sent.text, max(0, d.start - 8), d.start)) else d
                     for d in dates]
            # ("at the time", "said then": the day the sentence before, in the same paragraph, named)
            recent = day_named[2] if day_named is not None and prev_sentence is not None and \
                day_named[:2] == (span.paragraph, prev_sentence.start) else None
            dates, last_day = resolve_anaphoric(dates, last_day, recent)
            if last_day is not None and any(d.value == last_day for d in dates):
                day_named = (span.paragraph, span.start, last_day)
            first = dates[0]
            first_end = first.end
            if len(dates) > 1 and dates[1].value == first.value and _SPACES_COMMAS.fullmatch(sent.text, first.end,
                                                                                                dates[1].start):
                first_end = dates[1].end  # "**Tuesday, 29 October**": one day, named twice
            if first.role == "point" and first.value is not None:
                if lead_day is None and label_paragraph < 0:
                    lead_day = first.value
                if (day := _label_day(text, span.start, span.end, sent.text, published, dates)) is not None:
                    entry_day, section_day = (span.paragraph, day), False  # "- Yesterday. The NIS said ..."
                elif first.start < 3 and _COLON_NEXT.match(sent.text, first_end) or \
                        first.start <= 5 and _ENTRY_LEAD.fullmatch(sent.text, 0, first.start) and (
                            _ENTRY_DASH.match(sent.text, first_end) or
                            _ENTRY_HEADING_END.fullmatch(sent.text, first_end)):
                    # "Oct. 23: Kirby said ...", "**October 23** - The NIS tells lawmakers ...", a heading
                    # "### October 31" over its entry: the entry's day (a heading's reaches the paragraph under it).
                    heading = _ENTRY_HEADING_END.fullmatch(sent.text, first_end) is not None
                    if not (heading and published is not None and first.value == published):  # (not a dateline)
                        entry_day = (span.paragraph + (1 if heading else 0), first.value)
                        section_day = heading and (span.start == 0 or text[span.start - 1] == "\n")
                    elif section_day:
                        entry_day, section_day = None, False  # the page's own dateline ends a day's section
        if stamp is None and label is None and sent.text[:2] == "**" and _SUBHEAD.fullmatch(sent.text) and \
                _is_whole_line(text, span.start, span.end):
            # "**What 10,000 light infantry can do**": a subheading over the paragraphs, a headline inside
            # the article; it claims nothing (a bold line that is a sentence, "**Didn't Seoul say 12,000?**", does).
            if section_day and entry_day is not None and entry_day[0] != span.paragraph + 1:
                entry_day, section_day = None, False  # a heading with no day ends the day's section
            continue
        quantities = find_quantities(sent.text)
        if stamp is not None:
            quantities = [q for q in quantities if q.start >= stamp.end()]  # the time of day counts nothing
        if quantities and "[" in sent.text:  # "... since August.[4]": a note's mark counts nothing
            quantities = [q for q in quantities if not (q.start and _NOTE_MARK.match(sent.text, q.start - 1))]
        if dates and quantities:
            quantities = [q for q in quantities if not _inside_date(q, dates)]
        in_transcript = bool(label_speaker) and span.paragraph == label_paragraph
        # '"If troops move in, they will return in body bags," Wood said. "So I would advise ..."':
        # a quotation standing alone goes on quoting the speaker of its paragraph.
        quoted_on = bool(context_speaker[0]) and span.paragraph == context_paragraph and \
            _QUOTED_SENTENCE.match(sent.text) is not None
        if meeting_day is None and span.paragraph <= 4 and ("met " in sent.text or "convened " in sent.text) and \
                (meeting := _MEETING.search(sent.text)) is not None:
            # "The Security Council met this morning to consider ...": a meeting record, its speakers' day.
            meeting_day = published if meeting.group("when") else \
                next((d.value for d in dates if d.role == "point" and d.value is not None), None)
        if sent.text.endswith(":") and (issuer := _statement_issuer(sent.text, aliases)) is not None:
            # "On November 11, a spokesperson for the Foreign Ministry issued the following press statement:":
            # the paragraphs after it are the issuer's, of the day it names (else the day before them).
            label_speaker, label_paragraph, issued = issuer, span.paragraph, True
            day = next((d.value for d in dates if d.role == "point" and d.value is not None), None)
            lead_day = day or lead_day
            continue
        verb_starts = reporting_verb_starts(sent.text)  # (found once: the gate below and find_attributions ask)
        if not (dates or quantities or in_transcript or quoted_on or may_attribute(sent.text, verb_starts)):
            passed_over.append(sent)  # (whom it opens with is read if a later sentence's "he" asks for it)
            if len(passed_over) > 8:
                del passed_over[0]
            continue  # no figure, no date and nobody speaking: no claim can come from this sentence
        mentions = aliases.find(sent.text)
        sentence_mentions[sent.text] = mentions
        if _may_name_lawmaker(sent.text):
            for name in _lawmakers_named(sent.text):
                lawmakers.add(name)
                people.setdefault(name.split()[0], name)
                people.setdefault(name.split()[-1], name)
        atts = [_resolve_surname(_resolve_bare_role(_resolve_definite(a, sent.text, text, sent.start + a.start, aliases),
                                                    context_speaker[0], text, sent.start + a.start, aliases), people,
                                 aliases)
                for a in find_attributions(sent.text, mentions, aliases, verb_starts)]
        if passed_over and any(a.pronoun for a in atts):
            # "Ukraine's military intelligence chief, Kyrylo Budanov, went further in an interview. He said ...": the
            # sentences before, with no figure and no speaker, were not read; "he" is whom the last of them to open
            # with someone opens with all the same ('Putin ... did not deny the reports. "Images are a serious
            # thing. If there are images, ..." he said.').
            for skipped in reversed(passed_over):
                if skipped.paragraph < span.paragraph - 1 or skipped.start < actor_at:
                    break  # (not before the last sentence read that named its actor or speaker)
                before = aliases.find(skipped.text)
                person = _opening_person(skipped.text, before)
                body = _opening_person(skipped.text, before, _ACTOR_TYPES) if before else None
                if person is not None:
                    actor_person, actor_paragraph = person.canonical, skipped.paragraph
                if body is not None:
                    actor_body = (body.canonical, skipped.paragraph)
                if person is not None or body is not None:
                    break
            passed_over.clear()
        if atts and not in_transcript and any(a.pronoun and _WE_SPEAKER.match(sent.text, a.start, a.end) for a in atts):
            # "We assess with moderate confidence that ...": an institution's assessment in its own voice is
            # its claim (not inside a quotation, nor in a transcript's turn, where "we" is the speaker's side).
            outlet_voice = outlet_voice or _outlet_name(doc, aliases)
            atts = [replace(a, speaker=outlet_voice, chain=(outlet_voice,), pronoun=False, speaker_type="agency")
                    if outlet_voice and a.pronoun and _WE_SPEAKER.match(sent.text, a.start, a.end) and
                    not _quoted_at(sent.text, a.start) else a for a in atts]
        if atts and briefer and lawmakers and span.paragraph - briefer_paragraph <= _BRIEFING_REACH:
            # "According to Park, the soldiers are being taught ...", after "the NIS told the committee,
            # according to Rep. Park Sun-won": a lawmaker passes on the agency's briefing; the agency
            # is the origin.
            atts = [replace(a, speaker=briefer[0], chain=(a.speaker, *briefer), speaker_type="agency")
                    if a.speaker in lawmakers and len(a.chain) == 1 and not a.pronoun else a for a in atts]
        if atts and lawmakers and "briefing" in sent.text and (body := _briefing_body(sent.text, mentions)) is not None:
            # "Rep. Lee ... told reporters after a closed-door NIS briefing that ...": the lawmaker passes on what
            # the agency told the committee; the agency is the origin, and goes on briefing in what follows.
            atts = [replace(a, speaker=body, chain=(a.speaker, body), speaker_type="agency")
                    if _is_lawmaker(a.speaker, lawmakers) and len(a.chain) == 1 and not a.pronoun else a for a in atts]
            if any(a.speaker == body for a in atts):
                briefer, briefer_paragraph = (body,), span.paragraph
        if atts and _may_be_briefed(sent.text):
            atts = _audience_origin(atts, sent.text, mentions,
                                    briefer if span.paragraph - briefer_paragraph <= _BRIEFING_REACH else None)
        for a in atts:
            if a.speaker_type == "agency" and a.speaker and not a.pronoun and a.speaker not in lawmakers and \
                    _may_be_briefed(sent.text) and _BRIEFED_BODY.search(sent.text):
                briefer, briefer_paragraph = (a.speaker,) if len(a.chain) < 2 else a.chain[-1:], span.paragraph
        # (An issued statement's sentences only where they give a figure: the matcher joins too few of its
        # other sentences to their partners, pairwise F1 on blind8 0.282 -> 0.264.)
        if in_transcript and (not issued or quantities) and not atts and not sent.text.rstrip().endswith("?") and \
                len(sent.text.split()) >= 6:
            # A transcript speaks in the first person: each sentence is the label's speaker's.
            at = label.end() if label else 0
            atts = [Attribution(label_speaker, (label_speaker,), at, at, at, len(sent.text), "said", False,
                                "agency" if issued else "person")]
            if "we said" in sent.text or "We said" in sent.text:
                atts = _said_as_office(atts, aliases)
        if pollster and not atts and quantities and _POLL_SHARE.search(sent.text):
            # "Seventy-one percent said the deployment poses a threat": what the respondents said is the poll's.
            atts = [Attribution(pollster, (pollster,), 0, 0, 0, len(sent.text), "polled", False, "agency")]
        item = next((r for r in rated if r[0] <= span.start < r[1]), None) if rated else None
        if item is not None:
            # 'Claim: "North Korea just sent 100,000 troops ..."': what the fact-check rates is the
            # claimant's, not the agency or country named inside it.
            at = max(0, item[0] + 7 - span.start)
            atts = [Attribution(item[2], (item[2],), at, at, at, len(sent.text), "claimed", False,
                                "person" if item[2] != _POSTS else "role")] if item[2] else []
        if quoted_on and not atts:
            atts = [Attribution(None, (), 0, 0, 0, len(sent.text), "said", True)]  # the context's speaker
        if not atts and quantities and sent.text[:1] in _LIST_ITEM_STARTS:
            atts = _list_item_attribution(sent.text, mentions)
        statement_date = _statement_date(sent.text, dates, atts)
        if statement_date is not None and statement_date.value is not None and published is not None and \
                (statement_date.value - published).days > _AHEAD_DAYS:
            statement_date = None  # "takes office Jan. 20 and has said ...": nobody speaks on a day still ahead
        if statement_date is not None and statement_date.role == "point" and statement_date.value is not None and \
                statement_date.value == statement_date.value_end and len(dates) > 1:
            # "HUR said on Thursday that the first units had reached Kursk on Wednesday. A day earlier, the NIS
            # had put the number at about 3,000": the next sentence's "a day earlier" counts from the day of
            # the statement, not from a day inside what was said.
            last_day = statement_date.value
        pronoun = bool(atts) and any(a.pronoun for a in atts)
        named_first = _opening_person(sent.text, mentions) if pronoun else None
        if named_first is not None:
            # "Ukraine's defence minister, Rustem Umerov, went further: ..., he told KBS": he is the person
            # the sentence opens with, not the article's last speaker.
            # ("President Yoon convened a meeting, after which his office called ...": his office speaks.)
            person = named_first.canonical
            atts = [replace(a, speaker=who, chain=(who,), pronoun=False, speaker_type="person" if who == person else
                            "agency") if a.pronoun and named_first.end <= a.start and (who := _office_of(person, aliases)
                            if _HIS_OFFICE.match(sent.text, a.start) else person) else a for a in atts]
        elif pronoun and any(a.pronoun and _IT_SAID.search(sent.text, a.start, a.end) for a in atts):
            # "Ukraine's military intelligence agency, the HUR, goes further: on Thursday it said ...": it
            # is the body the sentence opens with, not the article's last speaker.
            body = _opening_person(sent.text, mentions, _BODY_TYPES)
            if body is None and (fronted := _FRONTED_CLAUSE.match(sent.text)) is not None:
                # "When Seoul first disclosed the deployment on October 18, it said ...": the subject of the
                # clause the sentence opens with, a country too (not "North Korea has sent ..., it said").
                body = next((m for m in mentions if m.start == fronted.end() and m.entity.type in _ACTOR_TYPES and
                             not sent.text.startswith("'s", m.end)), None)
                if body is not None and sent.text.find(",", body.end) < 0:
                    body = None
            if body is not None:
                atts = [replace(a, speaker=body.canonical, chain=(body.canonical,), pronoun=False,
                                speaker_type=body.entity.type) if a.pronoun and body.end <= a.start and
                        _IT_SAID.search(sent.text, a.start, a.end) else a for a in atts]
        # Each reporting verb's own date, when the sentence names more than one day (by id of the verb).
        verb_date = {id(a): _statement_date(sent.text, dates, [a]) for a in atts} if dates and (
            len(dates) > 1 or len(atts) > 1) else {}
        row = tables.get(sent.start) if tables else None
        if row is not None:
            # "| South Korea NIS | Oct. 18 | about 12,000 | planned in total |": a table row's figures are
            # its source cell's, given on the day its date cell names; its cells say no more than that.
            atts, statement_date = _row_attribution(sent, row, mentions), _row_day(sent, row, dates)
            verb_date = {}
            if row_paragraph != span.paragraph - 1:  # the table's first row
                if last_count is None and not headline_read:
                    headline_count, headline_read = _headline_count(doc, aliases), True
                table_count = last_count or headline_count
            row_paragraph = span.paragraph
        note = _NOTE_MARK.match(sent.text) if sent.text[:1] == "[" and text[span.start - 1 : span.start] in ("", "\n") \
            else None
        if note is not None:
            # '[2] Department of Defense press briefing, October 28, 2024 ("around 10,000"); ...': a note's quoted
            # figure is the source's it names, of the day it names, and counts what the text citing it counts.
            atts, verb_date = _note_attributions(sent.text, note.end(), dates, mentions)
            statement_date = None
            if last_count is None and not headline_read:
                headline_count, headline_read = _headline_count(doc, aliases), True
            table_count = notes_cited.get(note.group(1)) or last_count or headline_count
        cells = row is not None or note is not None  # a table row's or a note's: figures and their sources only

        def context_for(att: Attribution | None, figure: bool = False) -> tuple[str | None, tuple[str, ...]]:
            """Who a pronoun or an unnamed speaker is: the context's speaker, but "he" or "she" is a person
            (*figure*: not the person who relayed the context's source: "Kyslytsya, citing his country's military
            intelligence, said ... Some 12,000 were by now in Russia, he said": the figure stays the source's)."""
            if att is not None and att.pronoun and (person := actor_person or context_person) and \
                    _HIS_OFFICE.match(sent.text, att.start):
                # "President Yoon Suk Yeol convened an emergency meeting. His office said afterward that ...": a
                # president's office is the country's presidential office; another person's, the person.
                office = _office_of(person, aliases)
                return office, (office,)
            if att is not None and att.pronoun and actor_person and (
                    _PERSONAL_PRONOUN.match(sent.text, att.start) or _SET_PERSONAL_PRONOUN.match(sent.text, att.start)):
                # ("Choe met Putin on Monday. On Friday she had told Lavrov that ...": a day may open her clause.)
                return actor_person, (actor_person,)
            if att is not None and att.pronoun and actor_body and span.paragraph <= actor_body[1] + 1 and \
                    _IT_SAID.search(sent.text, att.start, att.end):
                return actor_body[0], actor_body[:1]
            if att is not None and att.pronoun and context_person and context_person != context_speaker[0] and \
                    _PERSONAL_PRONOUN.match(sent.text, att.start) and \
                    not (figure and context_person in context_speaker[1][:-1]):
                # "Zelensky said, citing Ukrainian intelligence, ... He described it as an escalation":
                # he is Zelensky, not the intelligence agency Zelensky cited.
                return context_person, (context_person,)
            return context_speaker

        opener = next((m for m in mentions if m.start <= 4 and m.form != "adjective" and
                       m.entity.type in ("country", "agency", "person", "bloc")), None) if not atts and mentions else None
        # ("Seoul expects about 10,000", after the NIS spoke: the speaker's own country goes on speaking.)
        context_countries = {e.country for name in context_speaker[1] if (e := aliases.get(name)) is not None} \
            if opener is not None else set()

        def speaker_for(pos: int) -> tuple[str | None, tuple[str, ...], Attribution | None]:
            covering = [a for a in atts if a.content_start <= pos < a.content_end]  # (Attribution.covers, inlined)
            # "X told lawmakers that N ..., according to Y": the speaker whose verb governs the
            # figure (X, the innermost) is its origin; Y, reporting the whole, only relays it.
            forward = [a for a in covering if a.content_start > a.end and
                       _THAT_BEFORE_CONTENT.search(sent.text[a.end : a.content_start])]
            # "..., up from the 8,000 that Blinken cited": who gave the figure, inside what X said.
            given = [a for a in covering if a.gives_figure] or [
                # ('"around 10,000" according to the Pentagon on Monday, and "more than 10,000" according to the NIS':
                # a source named right after the figure gave it)
                a for a in atts if a.verb == "according to" and 0 < a.start - pos <= 60 and
                _FIGURE_THEN_ACCORDING.fullmatch(sent.text, pos, a.start)]
            att = given[-1] if given else forward[-1] if forward else _innermost(covering) if covering else (
                min(atts, key=lambda a: abs(a.start - pos)) if atts else None)
            if att is None and opener is not None and opener.canonical not in context_speaker[1] and \
                    opener.canonical not in context_countries:
                # "Congress approved about $61 billion ...", after a quote of the ministry: a sentence whose subject
                # is someone else tells what that subject did, not more of what the last speaker said.
                return None, (), None
            if att is not None and att.speaker_type == "country" and len(covering) > 1:
                # "Kyiv expects as many as 15,000 in all, Defense Minister Rustem Umerov said": the country speaks
                # through the person of its own who is named saying it
                own = [a for a in covering if a is not att and a.speaker_type == "person" and not a.pronoun and
                       (e := aliases.get(a.speaker or "")) is not None and e.country == att.speaker]
                if own:
                    return own[-1].speaker, own[-1].chain, att  # (its verb still says how: "expects" forecasts)
            if att is None or att.pronoun or att.speaker is None:
                return (*context_for(att, figure=True), att)
            if att.speaker_type == "country" and att.verb in FORECAST_VERBS and any(
                    (e := aliases.get(name)) is not None and e.country == att.speaker for name in context_speaker[1]):
                # "Kyiv expects as many as 15,000", after Umerov spoke: the country forecasts through its speaker.
                return context_speaker[0], context_speaker[1], att
            return att.speaker, att.chain, att

        new_claims: list[Claim] = []
        for q in quantities:
            # "put the overall figure at 10,000", "the 10,000 figure", "said at least 3,000.": a figure said to be the count
            # refers to the story's last counted thing, however far back, and so does a bare one someone states
            # ("the spy agency said roughly 3,000 had arrived"); a bare one nobody states only nearby.
            if cells:
                antecedent = table_count  # a table's figures all count what was counted before the table
            elif last_count and span.paragraph - last_count_paragraph <= 2:
                antecedent = last_count  # nearby, named or not: the naming is not searched for
            elif atts and any(att.covers(q.start) for att in atts) or \
                    _FIGURE_NAMED.search(sent.text, max(0, q.start - 40), min(len(sent.text), q.end + 12)):
                if last_count is None and not headline_read:
                    headline_count, headline_read = _headline_count(doc, aliases), True
                antecedent = last_count or headline_count
            else:
                antecedent = None
            if antecedent is not None and antecedent is last_count and last_troops is not None and \
                    last_count.measure in _FEW_OF and _dwarfs(q, last_count):
                # "about 1,500 soldiers ... aboard four landing ships, with three escorts, and 12,000 to
                # follow in all": a figure that dwarfs the ships counts the soldiers, not more ships.
                antecedent = last_troops[0]
            claim = _numeric_claim(doc_id, sent, q, mentions, speaker_for, statement_date, verb_date, published, dates,
                                   antecedent, military_story)
            if claim is not None and claim.attributed_to is not None and claim.measure in _AUDIENCE_MEASURES and \
                    _LISTENER_BEFORE.search(sent.text, max(0, q.start - 60), q.start) is not None:
                # "a delegation briefed the alliance's 32 ambassadors", "Kim told the 300 lawmakers that ...": the
                # figure counts who listened, a fact of the scene, not something the speaker said.
                claim = replace(claim, attributed_to=None, attribution_chain=None)
            if claim is not None and military_story and all(m.entity.passing for m in mentions) and (
                    claim.attributed_to is None or aliases.get(claim.attributed_to) is None) and \
                    claim.measure not in _STORY_MEASURES and not _STORY_WORDS.search(sent.text) and \
                    not (claim.measure == "age" and claim.subject is not None):
                # "In the village a litre of petrol costs 56 hryvnias", "the press centre, where a cup of tea cost
                # 350 roubles": in a story about the war, a figure nobody gives, in a sentence that names none of
                # its entities and none of its words, is the page's colour, not a claim of the story; so is one
                # given by someone the story does not know ("Organizers say the festival drew over one million").
                # A named person's age is not colour ("said Grace Lim, 34, who runs a bakery").
                claim = None
            if claim is not None and military_story and claim.measure in ("money", "percent") and \
                    _BUDGET_WORDS.search(sent.text, max(0, q.start - 48), q.start) and \
                    not _TROOP_WORDS.search(sent.text) and not any(m.canonical in title_countries for m in mentions):
                # "a defense budget request of 61.6 trillion won", "South Korea's arms exports reached about $13
                # billion", "Finland plans to spend more than 2.4 percent of GDP": a state's budget, trade or exports,
                # named just before the figure in a sentence with no troops nor a country the title names, is the
                # background of a troops story (aid to a side is not: "approved about $61 billion in aid for
                # Ukraine"). Left out at the end: a digest's other stories are told by their figures first
                # (_on_topic).
                background.add(claim.claim_id)
            if claim is not None and military_story and (claim.measure == "degrees" or _may_be_election(sent.text) and
                                                         _ELECTION_WORDS.search(sent.text)) and \
                    not _MILITARY_CONTEXT.search(sent.text) and not _ARMS_WORDS.search(sent.text):
                # "215 of the 465 seats", "More than 41 million Americans had already voted early", "a high of 19
                # degrees in Seoul": an election's or the weather's figures, in a sentence with no troops or war.
                claim = None
            if claim is not None and ((not atts or not mentions) and claim.measure in ("percent", "money", "ratio") and
                                      _MARKET_WORDS.search(sent.text) or _PER_CURRENCY.match(sent.text, q.end)):
                # "Hanwha Aerospace shares rose 6.2%", "the benchmark Kospi fell 0.5%", "the won weakened past 1,400 to
                # the dollar": how a market moved, in a sentence nobody speaks (the last speaker does not carry to it);
                # "Economists polled by Dow Jones expect prices to have risen 0.2%": a forecast of the markets, by
                # someone who is none of the story's entities. "The yen slid past 153 to the dollar": an exchange rate
                # counts nothing, whoever gives it.
                claim = None
            if claim is not None and claim.attributed_to is None and claim.measure in _ELAPSED_MEASURES and (
                    _ELAPSED_BEFORE.search(sent.text, max(0, q.start - 40), q.start) or
                    _ELAPSED_AFTER.match(sent.text, q.end) or
                    _ELAPSED_OPENING.fullmatch(sent.text, 0, q.start) and sent.text.startswith(",", claim.end_char -
                                                                                               sent.start)):
                # "It has taken four weeks to get here", "Two weeks into the story", "In just five weeks, estimates
                # climbed": how long the story has run, as the writer tells it, not a figure anyone gave.
                claim = None
            if claim is not None and _CALLBACK.match(sent.text) and _BARE_FIGURE_END.search(claim.quote) and \
                    all(a.end == a.start for a in atts) and not _FIRST_PERSON.search(sent.text):
                # "The 12,000 was an intention.", "Whose 12,000?": a figure the text gave before, named again to be
                # weighed, in a sentence with no verb of saying (an interviewee's answer has none); nobody says it
                # anew. (But "The 10,000 figure is our current assessment": the speaker gives it as his.)
                claim = None
            if claim is not None:
                new_claims.append(claim)
                if claim.measure in COUNTED_FAMILIES:
                    last_count, last_count_paragraph = claim, span.paragraph
                    if claim.measure == "troops":
                        last_troops = (claim, span.paragraph)
        verb_dates = {id(statement_date), *(id(d) for d in verb_date.values())} if dates else ()
        for d in dates:
            if id(d) in verb_dates or d.value is None and d.note.startswith("invalid"):
                continue
            claim = _date_claim(doc_id, sent, d, mentions, speaker_for, statement_date, published, last_count)
            if claim is not None:
                new_claims.append(claim)
        # A clause whose figure is a count of something is that figure's claim; a clause with a
        # passing figure ("the 32-member alliance still cannot confirm ...") is a statement too.
        counted = [c for c in new_claims if c.kind == "date" or c.measure in COUNTED_FAMILIES]
        figures = [(c.start_char - sent.start, c.end_char - sent.start) for c in counted]
        # (A rated claim's figures are the claimant's; its wording, rated false or unproven right
        # under it, is no statement to reconcile.)
        for att in atts if item is None and not cells else ():
            for clause in _statement_clauses(sent.text, att):
                if figures and any(pos < clause[1] and clause[0] < end for pos, end in figures):
                    # The figure's own claim carries its clause; a clause after it that says something
                    # else of the figure's things is a statement ("N have been sent, and some of them may
                    # already be at the front"; "N had arrived, some of whom ...").
                    last_end = max(end for pos, end in figures if pos < clause[1] and clause[0] < end)
                    rest = _FURTHER_CLAUSE.search(sent.text, last_end, clause[1]) if last_end < clause[1] else None
                    if rest is None or any(rest.end() <= pos < clause[1] for pos, _ in figures):
                        continue
                    clause = (rest.end(), clause[1])
                claim = _statement_claim(doc_id, sent, att, clause, mentions, context_for(att), statement_date,
                                         published)
                if claim is not None and claim.measure == "statement:confirm" and last_event is not None and \
                        span.paragraph - last_event[0] <= 3 and _EVENT_TERMS.isdisjoint(claim.predicate.split()) and \
                        _REFERS_BACK.search(sent.text, clause[0], clause[1]):
                    # "Seoul's defence ministry could not confirm his account", "... could not confirm it", after
                    # Umerov's "the first small-scale clashes have taken place": a doubt about the event just told.
                    terms = [*claim.predicate.split(), *last_event[1]]
                    claim = replace(claim, predicate=" ".join(terms), measure="statement:" + (
                        frame_of(terms, claim.modality, claim.polarity) or "confirm"))
                if claim is not None:
                    new_claims.append(claim)
                    if not _EVENT_TERMS.isdisjoint(claim.predicate.split()):  # (all the events of one sentence)
                        told = [t for t in claim.predicate.split() if t in _EVENT_TERMS]
                        last_event = (span.paragraph, list(dict.fromkeys([*last_event[1], *told]))
                                      if last_event is not None and last_event[2] == span.start else told, span.start)
        if new_claims and (entry_day and entry_day[0] == span.paragraph or in_transcript and lead_day and
                           interviewee is None) and \
                not any(d.role == "point" or d.role == "period" for d in dates):
            # A sentence with no day of its own, in a timeline entry ("Oct. 23: ... The NIS said roughly 3,000
            # had gone") or in a transcript's turn, is of the entry's day or the day the transcript's header
            # or introduction names; a figure the speaker relays from someone else keeps its own (none).
            new_claims = [_carried_day(c, entry_day[1], "the timeline entry's heading")
                          if entry_day and entry_day[0] == span.paragraph else
                          _carried_day(c, lead_day, "the statement's introduction" if issued else
                                       "the transcript's header or introduction")
                          if c.attributed_to == label_speaker else c for c in new_claims]
        elif new_claims and meeting_day and not any(d.role == "point" or d.role == "period" for d in dates):
            # What a meeting record's speakers said, with no day of its own, was said at the meeting; what they
            # relay from a source they cite keeps its own (none), but a delegate speaks for his government.
            new_claims = [_carried_day(c, meeting_day, "the meeting") if c.kind != "date" and c.attributed_to and
                          (c.attribution_chain is None or c.attributed_to.endswith(" government")) else c
                          for c in new_claims]
        if prev_sentence is not None and sent.text[:1] in _SAID_OF_THE_LAST_STARTS and \
                (by := _said_by(sent.text, mentions)) is not None:
            # "North Korea has sent about 12,000 ... This was reported on 24 October by the HUR." (the Ukrainian
            # wires' style): who gave the sentence before, and when, is named after it.
            _said_of_the_last(claims, prev_sentence, by, next((d for d in dates if d.role == "point"), None), doc_id,
                              published, aliases)
            new_claims = [c for c in new_claims if c.kind != "statement"]  # "This was reported": no content of its own
        if speaker_day:
            # "Lee told reporters on Tuesday that ... Lee said ...": a speaker's next sentences, in that paragraph or
            # the next, most likely tell the same briefing; they are matched as of its day (their event_date stays
            # empty: their sentences name no day).
            new_claims = [_as_of_speaker(c, speaker_day, span.paragraph) for c in new_claims]
        said_on = None  # the day a claim of this sentence says its speaker spoke (a loop: no generator a sentence)
        for c in new_claims:
            if c.attributed_to and c.event_date is not None and (c.date_note or "").startswith("statement date '"):
                said_on = c.event_date
                break
        if said_on is not None:
            for name in {c.attributed_to for c in new_claims if c.attributed_to}.union(*(att.chain for att in atts)):
                speaker_day[name] = (said_on, span.paragraph)  # and the relay's ("Lee, citing the NIS")
        claims.extend(new_claims)
        if note is None and "[" in sent.text:
            for mark in _NOTE_MARK.finditer(sent.text):  # "... in Russia.[1]": the note tells whose figure it is
                notes_cited.setdefault(mark.group(1), last_count)
        # (A poll's finding names no speaker the next sentence goes on quoting: "the ministry said" is not the poll.)
        explicit = [a for a in atts if a.speaker and not a.pronoun and a.verb != "polled"]
        if explicit:
            # "Peskov said ..., noting that Seoul said A while the Pentagon said B. He said ...": he is the
            # speaker of the sentence, not one quoted inside what was said.
            # ("..., Kirby told reporters": a speaker after what was said speaks for the whole sentence.)
            trailing = [a for a in explicit if a.content_end <= a.start and
                        sent.text[a.content_end : a.start].strip(" ,\u201d\"") == ""]
            opening = [a for a in explicit if not sent.text[: a.start].strip()]
            # ("Blinken said 8,000 ..., out of 10,000 that Washington believes ...": not Washington,
            # whose verb lies inside what Blinken said.)
            # (With one attribution none lies inside another: the list is *explicit* as it is.)
            outer = explicit if len(atts) == 1 else \
                [a for a in explicit if not any(b is not a and b.covers(a.start) for b in atts)]
            speaker = (trailing or opening or outer or explicit)[-1]
            context_speaker = (speaker.speaker, speaker.chain)
            people_named = [name for name in speaker.chain if (e := aliases.get(name)) is not None and e.type == "person"]
            context_person = speaker.speaker if speaker.speaker_type == "person" else \
                people_named[-1] if people_named else None
            context_paragraph = span.paragraph
            # ("Choe held talks in Moscow, on a visit that Russian officials said ...": she still acts.)
            opener = _opening_person(sent.text, mentions)
            actor_person = opener.canonical if opener is not None and opener.end <= speaker.start and \
                opener.canonical not in speaker.chain and speaker.speaker_type != "person" else None
            # ("Seoul counts what it has watched move. It says ...", a speaker's own turn: it is Seoul.)
            body = _opening_person(sent.text, mentions, _ACTOR_TYPES) if speaker.start == speaker.end and \
                mentions else None
            actor_body = (body.canonical, span.paragraph) if body is not None else None
            actor_at, actor_paragraph = span.start, span.paragraph
        elif atts:
            context_paragraph = span.paragraph  # "he said" keeps the speaker alive
        else:
            if (opener := _opening_person(sent.text, mentions)) is not None:
                actor_person, actor_at, actor_paragraph = opener.canonical, span.start, span.paragraph
            if mentions and (body := _opening_person(sent.text, mentions, _ACTOR_TYPES)) is not None:
                actor_body, actor_at = (body.canonical, span.paragraph), span.start
    unique: dict[str, Claim] = {}
    for c in claims:  # two attributions can cover one clause: one claim per span
        unique.setdefault(c.claim_id, c)
    kept = _fill_default_subject(_compared_places(_answers(list(unique.values())), text), text[:limit], aliases,
                                 sentence_mentions, doc.title or "")
    kept = _restated_sources(kept, aliases)
    if published is not None and any(c.event_date is not None and c.event_date > published for c in kept):
        kept = [_undated_if_ahead(c, published) for c in kept]
    on_topic = _on_topic(kept, text[:limit], doc.title, aliases, sentence_mentions)
    return [c for c in on_topic if c.claim_id not in background] if background else on_topic


# --- helpers ------------------------------------------------------------------------------


# The patterns below run per sentence, figure or attribution: compiled once, not looked up in re's cache each call.
_SEPARATOR = re.compile(r"\s*(?:[*#~\u2022]\s*){1,5}|\s*[-_\u2014]{3,}\s*")  # "*", "* * *", "---"
_ISSUED = re.compile(r"\b(?:issued|released|published|made public|read out)\s+(?:the\s+following|an?)\s+"
                     r"(?:(?:press|official|written)\s+)?(?:statement|communiqu[eé]|declaration|announcement)\b[^.;:\"]{0,60}:$")
_MEETING = re.compile(r"\b(?:met|convened)\s+(?:(?P<when>this\s+(?:morning|afternoon|evening)|today)|on\s+[A-Z]\w+)\b")
_WE_SPEAKER = re.compile(r"[\d.\s]*we\b", re.I)  # the speaker phrase of "1. We assess ..."
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


def _statement_issuer(sentence: str, aliases: AliasTable) -> str | None:
    """Who issues the statement a sentence introduces ("..., a spokesperson for the DPRK Ministry of Foreign
    Affairs issued the following press statement:"), or None."""
    issued = _ISSUED.search(sentence)
    if issued is None:
        return None
    np_start = sentence.rfind(",", 0, issued.start()) + 1
    speaker, _, pronoun = speaker_from_phrase(sentence[np_start : issued.start()], np_start, aliases.find(sentence))
    return None if pronoun else speaker


# Who ran a poll: "conducted by Hankook Research", "Hankook Research interviewed 1,002 adults", "a Gallup
# Korea survey found". The name is capitalised words (the alias table's name, where it knows them).
_POLLSTER = re.compile(
    r"\b(?:conducted|carried out|commissioned) by (?:the )?(?P<by>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})|"
    r"(?P<who>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}) (?:interviewed|surveyed|polled|asked) [\d,]+ |"
    r"\b(?:an?|the) (?P<of>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}) (?:poll|survey)\b")
# A share of respondents: "14 percent of respondents said", "Seventy-one percent said", "six in 10 oppose".
_POLL_SHARE = re.compile(r"(?:percent|%|\bin (?:10|ten)\b)(?: of (?:respondents|those (?:polled|surveyed|asked)|"
                         r"[A-Z]\w+ (?:supporters|voters)|[A-Z]\w+s|adults|people))?,? (?:were |was )?"
                         r"(?:said|say|says|backed|back|opposed|oppose|favou?red|favou?r|supported|support|agreed|agree|"
                         r"disagreed|answered|responded|in favou?r|against|thought|think|wanted|want)\b")


def _pollster(text: str, aliases: AliasTable) -> str | None:
    """The organisation the text says ran its poll, or None (the first it names)."""
    m = _POLLSTER.search(text)
    if m is None:
        return None
    name = next(g for g in m.groups() if g)
    known = aliases.find(name)
    return known[0].canonical if known and known[0].entity.type in ("agency", "media") else name


def _is_outlet_label(label: str, outlet: str | None) -> bool:
    """Whether a transcript's label is the outlet itself, its interviewer: "CTK" for "ČTK (Czech News Agency)",
    "FMT" for "Free Malaysia Today"."""
    if not outlet:
        return False
    name = unicodedata.normalize("NFKD", outlet).encode("ascii", "ignore").decode().upper()
    label = label.strip().upper()
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name.split("(")[0]) if w not in ("OF", "THE", "AND"))
    return name == label or name.startswith(label + " ") or initials == label


def _outlet_name(doc: Document, aliases: AliasTable) -> str | None:
    """The outlet's name as a speaker: its entity when the alias table knows it, else its name without a
    bracketed expansion ("CSIS (Center for Strategic and International Studies)" -> "CSIS")."""
    if not doc.outlet:
        return None
    known = aliases.find(doc.outlet)
    return known[0].canonical if known else _BRACKETED.sub("", doc.outlet).strip() or None


def _quoted_at(sentence: str, pos: int) -> bool:
    """Whether *pos* lies inside a quotation opened earlier in the sentence."""
    before = fold(sentence[:pos])
    return before.count('"') % 2 == 1


_THAT_BEFORE_CONTENT = re.compile(r"\bthat\s*$")
_QUOTED_SENTENCE = re.compile(r"^\s*[\"\u201c][^\"\u201c\u201d]{20,}[\"\u201d]\s*$")
# A body named with capitals, of each kind a definite phrase names: "Defense Ministry", "Border Guard Service".
_NAMED_BODY = {kind: re.compile(rf"\b(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){{0,2}}\s+(?-i:{kind.capitalize()})\b")
               for kind in ("agency", "ministry", "service", "department")}
_DEFINITE_BODY = re.compile(r"(?:the|this)\s+(?:same\s+)?(?:spy\s+|intelligence\s+|defen[cs]e\s+|foreign\s+)?"
                            r"(?:agency|ministry|service|department)\b", re.I)


_SAYING_POSSESSIVE = re.compile(r"'s\s+(?:\w+\s+)?(?:announcement|statement|assessment|estimate|report|reports|claim|"
                                r"claims|disclosure|revelation|intelligence|findings?)\b")
_SOURCE_POSSESSIVE = re.compile(r"'s(?:\s+(?:\w+\s+)?(?:figure|estimate|count|tally|assessment|number|data)\b|\s*:)")
# Who listens to a briefing (see extract_claims): the figure right after "told" or "briefed" counts them.
_AUDIENCE_MEASURES = frozenset({"allies", "ambassadors", "countries", "lawmakers", "legislators", "diplomats", "envoys",
                                "reporters", "journalists", "members", "senators"})
_LISTENER_BEFORE = re.compile(r"\b(?:told|tells|briefed|briefs|informed|informs|addressed|addresses)\s+"
                              r"(?:(?!that\b)[\w'\u2019-]+\s+){0,4}$", re.I)
_FIGURE_NAMED = re.compile(r"\b(?:number|figure|total|tally|estimate|count)\b(?:\s+\w+){0,4}?\s+(?:at|of)\b|"
                           r"\b\d[\d,.]*\s+(?:figure|estimate)\b|"
                           r"\b(?:said|says|estimated|estimates)\s+(?:[a-z]+\s+){0,2}\d[\d,.]*\s*(?:[.;?]|$)", re.I)


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _headline_count(doc: Document, aliases: AliasTable) -> Claim | None:
    """The counted thing the headline names ("North Korean troops"), as a stand-in antecedent:
    "the Pentagon put the overall figure at 10,000" before the article has counted anything."""
    title = doc.title or ""
    words = list(_TITLE_WORD.finditer(title))
    for i, m in enumerate(words):  # each word, and each word with the next ("landing ships")
        pair = f"{m.group(0)} {words[i + 1].group(0)}".lower() if i + 1 < len(words) else ""
        for phrase in (pair, m.group(0).lower()):
            family_unit = MEASURE_NOUNS.get(phrase)
            if family_unit and family_unit[0] in COUNTED_FAMILIES:
                owners = [x.canonical for x in aliases.find(title) if x.form == "adjective" and x.end <= m.start() + 1
                          and x.entity.type in ("country", "bloc")]
                return Claim(claim_id="", doc_id=doc.doc_id, kind="numeric", quote="", start_char=0, end_char=0,
                             subject=owners[-1] if owners else None, measure=family_unit[0], unit=family_unit[1])
    return None


_ITS = re.compile(r"(?:its|their)\s+", re.I)
_COUNTRY = frozenset({"country"})
# A role that names nobody's body: "a spokesperson", "a ministry spokesman", "mission officials".
_BARE_ROLE = re.compile(r"(?:(?P<body>ministry|department|mission|office|agency|alliance|embassy|command)\s+)?"
                        r"(?:spokes(?:man|woman|person)|officials?|representatives?)", re.I)


def _resolve_bare_role(att: Attribution, context: str | None, text: str, before: int,
                       aliases: AliasTable) -> Attribution:
    """'NATO said ... A spokesperson said ...': the body the article is quoting, not a nameless role.

    A role naming a kind of body ("a ministry spokesman") speaks for the last body of that
    kind the article named ("China's foreign ministry said ..."); a bare one ("a spokesperson")
    for the paragraph's speaker when that is a body, not a person.
    """
    role = _BARE_ROLE.fullmatch(att.speaker) if att.speaker_type == "role" and att.speaker else None
    if role is None:
        return att
    kind = (role.group("body") or "").lower()
    entity = aliases.get(context) if context else None
    is_body = entity.type != "person" if entity is not None else bool(context and _BODY_NAME.search(context))
    if context and (kind in context.lower() if kind else is_body):
        body = context  # the paragraph's speaker: "NATO said ... A spokesperson said"
    elif kind:
        named = [m.canonical for m in aliases.find(text[max(0, before - 1500) : before])
                 if m.entity.type == "agency" and kind in m.canonical.lower()]
        body = named[-1] if named else None
    else:
        body = None
    return replace(att, speaker=body, chain=(body,), speaker_type="agency") if body else att


_BODY_NAME = re.compile(r"\b(?:ministry|department|mission|office|agency|alliance|embassy|command|service|council|"
                        r"government|kremlin|pentagon|nato|un)\b", re.I)


_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|authorities)\b", re.I)


def _resolve_definite(att: Attribution, sentence: str, text: str, before: int, aliases: AliasTable) -> Attribution:
    """'The agency said ...': the agency or ministry the article last named (in the 1,500
    characters before *before*, where the attribution starts), not the last speaker.
    'Its military intelligence said ...': that body of the country the article last named."""
    if att.speaker and _ITS.match(att.speaker):
        # "On Monday, South Korea summoned Russia's ambassador ..., and its foreign ministry called ...": the
        # country the sentence opens with, as its subject; else the country the article last named.
        subject = _opening_person(sentence, aliases.find(sentence[: att.start]), _COUNTRY)
        countries = [subject] if subject is not None else \
            [m for m in aliases.find(text[max(0, before - 1500) : before])
             if m.entity.type == "country" and m.form != "adjective"]  # "Ukraine says", not "North Korean"
        if countries:
            own = _ITS.sub('', att.speaker)
            whose = f"{countries[-1].canonical}'s {own}"
            body = next((m for m in aliases.find(whose) if m.start == 0 and m.end == len(whose)), None)
            if body is not None and body.entity.type == "agency":
                return replace(att, speaker=body.canonical, chain=(body.canonical,), speaker_type="agency")
            if body is None and own.rsplit(None, 1)[-1].lower() in ("ministry", "agency", "office"):
                # (a body the table does not know: "South Korea foreign ministry", as "South Korea's foreign
                # ministry said" gives it)
                name = f"{countries[-1].canonical} {own.lower()}"
                return replace(att, speaker=name, chain=(name,), speaker_type="agency")
        return att
    if att.pronoun and att.speaker is None and (" government" in sentence or " authorities" in sentence):
        # "The Japanese government is also wary that ...": the government of the country its adjective names.
        phrase = sentence[att.start : att.end]
        country = next((m for m in aliases.find(phrase) if m.entity.type == "country" and
                        _GOVERNMENT_AFTER.match(phrase, m.end)), None)
        if country is not None:
            return replace(att, speaker=country.canonical, chain=(country.canonical,), pronoun=False,
                           speaker_type="country")
    if not att.pronoun or not _DEFINITE_BODY.search(sentence, att.start, att.end):
        return att
    bodies = [m for m in aliases.find(text[max(0, before - 1500) : before])
              if m.entity.type == "agency" and m.form != "adjective"]
    if not bodies:
        # "the Defense Ministry said", then "according to the ministry": a body the table does not know,
        # named with capitals here or last before, of the kind the phrase names.
        definite = _DEFINITE_BODY.search(sentence, att.start, att.end)
        kind = definite.group(0).split()[-1].lower()
        named = _NAMED_BODY.get(kind)
        if named is None:
            return att
        here = named.search(sentence, att.start, att.end)
        if here is None:
            earlier = list(named.finditer(text, max(0, before - 1500), before))
            here = earlier[-1] if earlier else None
        if here is None:
            return att
        body = " ".join(here.group(0).split())
        return replace(att, speaker=body, chain=(body,), pronoun=False, speaker_type="agency")
    body = bodies[-1].canonical
    return replace(att, speaker=body, chain=(body,), pronoun=False, speaker_type="agency")


def _innermost(covering: list[Attribution]) -> Attribution:
    """The attribution that governs a figure most closely: the one covering the least text.

    "The spy agency expects N, Park said": both cover N; the agency's verb is nearer, Park
    relays. "..., which has 10,000 peacekeepers, according to the UN": a citation names
    the figure's source, so among equals "according to" wins.
    """
    least = min(a.content_end - a.content_start for a in covering)
    tied = [a for a in covering if a.content_end - a.content_start == least]
    return next((a for a in reversed(tied) if a.verb in CITING_VERBS or a.verb == "estimate"), tied[0])


# How far past its publication date a page may still report what was said (a page dated a little early: a time
# zone, a first version updated later); a day further ahead is a day to come ("takes office Jan. 20").
_AHEAD_DAYS = 7
_IT_SAID = re.compile(r"\bit\b", re.I)
_FRONTED_CLAUSE = re.compile(r"(?:When|After|Once|As|Before|While|Since)\s+(?:the\s+)?")
_BODY_TYPES = frozenset({"agency", "bloc"})
_ACTOR_TYPES = _BODY_TYPES | {"country"}  # "Seoul counts what it has watched move. It says ...": it is Seoul


# "CTVNews.ca spoke with Hannah Seo, a Korea security researcher ...", "We talked to Lee Min-ji about ...".
# "Postimees asked Marek Kask, 38, ...", "Edited excerpts from the conversation with Sethi, 61:".
_INTERVIEW_WITH = re.compile(r"\b(?:(?:spoke|speaks|talked|(?<!held )(?<!holds )(?<!hold )talks)\s+(?:with|to)|asked|"
                             r"(?:conversation|interview)\s+with)\s+(?P<who>[A-Z][^,.;:]{2,60}?)(?=,|\s+about\b|\.|:)")
# A line that ends with a question: an interviewer's turn, "**Who is right?**" or "So more are coming?"
_QUESTION_LINE = re.compile(r"^[^\n]{3,400}\?(?:\*\*)?[ \t]*$", re.M)
_FULL_NAME_ONLY = re.compile(r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}")
_ONE_CAPITALISED = re.compile(r"[A-Z][a-z'-]+")
_INTERVIEW_LEAD_CHARS = 2500  # where an interview names whom it speaks with


def _interviewee(text: str, aliases: AliasTable) -> str | None:
    """Whom an interview speaks with, when bold questions (two or more) stand over its answers and its opening
    names the person ("spoke with Hannah Seo, ..."); else None (an explainer's bold questions are the outlet's)."""
    questions = _QUESTION_LINE.finditer(text)
    if next(questions, None) is None or next(questions, None) is None:
        return None
    for lead in _INTERVIEW_WITH.finditer(text, 0, _INTERVIEW_LEAD_CHARS):
        who = lead.group("who")
        known = next((m for m in aliases.find(who) if m.entity.type == "person"), None)
        if known is not None:
            return known.canonical
        if _FULL_NAME_ONLY.fullmatch(who):
            return who  # a name the table does not know, nothing else
        if _ONE_CAPITALISED.fullmatch(who) and (full := re.search(rf"\b[A-Z][a-z'-]+ {re.escape(who)}\b",
                                                                  text[: _INTERVIEW_LEAD_CHARS])) is not None:
            return full.group(0)  # "the conversation with Sethi": the full name the opening gave, "Vikram Sethi"
    return None


def _opening_person(sentence: str, mentions: list[Mention],
                    types: frozenset[str] = frozenset({"person"})) -> Mention | None:
    """The person a sentence opens with, as its subject: not after a preposition, not an owner ("Putin's").
    (With *types*, the first of those kinds: a body.)"""
    first = None  # the first mention of all, found once a mention of the kind asked for is near the start
    for m in mentions:
        if m.entity.type in types and m.start < 60:
            if first is None:
                first = min(mentions, key=lambda x: x.start)
            if (m is first or m.start <= first.end + 30) and \
                    not _not_actor_prep_before(sentence[max(0, m.start - 12) : m.start]) and \
                    not sentence.startswith("'s", m.end):
                return m
    return None


_LAWMAKER_WORDS = ("Rep.", "Representative", "lawmaker", "Lawmaker", "legislator", "member of", "MP ", "Assemblyman",
                   "Assemblywoman")
_PERSON_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})"
_LAWMAKER = re.compile(rf"\b(?:Rep\.|Representative|[Ll]awmaker|[Ll]egislator|MP|Assembly(?:wo)?man)\s+{_PERSON_NAME}\b|"
                       rf"\b{_PERSON_NAME.replace('name', 'after')},\s+(?:an?\s+|the\s+)?[^,.;]{{0,60}}?\b(?:lawmaker|"
                       r"legislator|member of (?:the|parliament)|sits on)\b|"
                       # "Lee Seong-kweun of the ruling People Power Party": a party's member, in a story of a briefing
                       rf"\b{_PERSON_NAME.replace('name', 'member')}\s+of\s+the\s+(?:ruling\s+|main\s+opposition\s+|"
                       r"opposition\s+)?(?:[A-Z][\w-]+\s+){1,3}Party\b")
# Where an agency is said to brief lawmakers: "told the parliamentary intelligence committee".
_BRIEFED_BODY = re.compile(r"\b(?:lawmakers|legislators|committee|Committee|parliament|Parliament|National Assembly|"
                           r"MPs)\b")
_BRIEFING_REACH = 6  # paragraphs a briefing is passed on for


def _may_name_lawmaker(sentence: str) -> bool:
    # any(w in sentence for w in _LAWMAKER_WORDS), written out (a generator costs more than the
    # searches; this runs for every sentence), the words that share a start searched for it first.
    return "Rep" in sentence and ("Rep." in sentence or "Representative" in sentence) or "lawmaker" in sentence or \
        "Lawmaker" in sentence or "legislator" in sentence or "member of" in sentence or "MP " in sentence or \
        "Assembly" in sentence and ("Assemblyman" in sentence or "Assemblywoman" in sentence) or " Party" in sentence


def _may_be_briefed(sentence: str) -> bool:
    """Whether *sentence* holds one of the words _BRIEFED_BODY is built from (it cannot match without)."""
    return "lawmakers" in sentence or "legislators" in sentence or "ommittee" in sentence or \
        "arliament" in sentence or "National Assembly" in sentence or "MPs" in sentence


# Lawmakers as a body, the audience of a briefing: "lawmakers", "opposition lawmakers", "MPs".
_AUDIENCE = re.compile(r"(?:\w+ )?(?:lawmakers|legislators|MPs|members of parliament|parliamentarians)", re.I)
_AUDIENCE_ENDS = ("lawmakers", "legislators", "mps", "parliament", "parliamentarians")  # its last words, lower-cased
# Right after the audience, who briefed them: "briefed by the agency", "who attended the agency's briefing".
_BRIEFED_BY = re.compile(r",?\s+(?:who\s+(?:were\s+|had\s+been\s+)?)?(?:briefed\s+by|attended|heard)\b")


def _audience_origin(atts: list[Attribution], sentence: str, mentions: list[Mention],
                     briefer: tuple[str, ...] | None) -> list[Attribution]:
    """Lawmakers passing on a briefing: the body that briefed them is the origin, they relay it.

    "according to lawmakers briefed by the National Intelligence Service": the body named; "..., the
    spy agency believes, lawmakers said after a closed-door briefing": the body speaking in the same
    sentence; "according to lawmakers who attended the agency's briefing": that, else the body last
    said to brief lawmakers (*briefer*). An audience with no briefer in sight keeps its own words.
    """
    if not any(a.speaker and a.speaker.lower().endswith(_AUDIENCE_ENDS) for a in atts):
        return atts  # (the usual sentence: nobody speaking is an audience; its words' ends are looked at first)
    out = []
    for a in atts:
        if a.pronoun or not a.speaker or len(a.chain) > 1 or not _AUDIENCE.fullmatch(a.speaker):
            out.append(a)
            continue
        by = _BRIEFED_BY.match(sentence, a.end)
        named = next((m.canonical for m in mentions if by and by.end() <= m.start < by.end() + 40
                      and m.entity.type == "agency"), None)
        bodies = [b.speaker for b in atts if b.speaker_type == "agency" and b.speaker and not b.pronoun
                  and not _AUDIENCE.fullmatch(b.speaker)]
        origin = named or (bodies[0] if bodies else
                           briefer[-1] if briefer and (by or a.verb in CITING_VERBS) else None)
        out.append(replace(a, speaker=origin, chain=(a.speaker, origin), speaker_type="agency") if origin else a)
    return out


# Whose briefing it was: "after a closed-door NIS briefing", "after the agency's briefing", "at a briefing by the NIS".
_BRIEFING_BY = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?")
_BRIEFING = re.compile(r"\bbriefings?\b")
_CLAUSE_BREAK = re.compile(r"[,;.\"]")


def _briefing_body(sentence: str, mentions: list[Mention]) -> str | None:
    """The agency whose briefing *sentence* names: just before "briefing", or just after "briefing by"."""
    for m in _BRIEFING.finditer(sentence):
        for x in mentions:
            if x.entity.type == "agency" and (m.start() - 30 <= x.end <= m.start() and
                                              not _CLAUSE_BREAK.search(sentence, x.end, m.start()) or
                                              (by := _BRIEFING_BY.match(sentence, m.end())) and x.start == by.end()):
                return x.canonical
    return None


def _is_lawmaker(speaker: str | None, lawmakers: set[str]) -> bool:
    """*speaker* is one of the lawmakers named ("Lee Seong-kweun", or "Lee Seong-kweun of the People Power Party")."""
    return bool(speaker) and any(speaker == name or speaker.startswith(name + " ") for name in lawmakers)


def _lawmakers_named(sentence: str) -> list[str]:
    """The people *sentence* names as lawmakers: "lawmaker Park Sun-won", "Lee, a lawmaker from ..."."""
    return [m.group("name") or m.group("after") or m.group("member") for m in _LAWMAKER.finditer(sentence)]


def _resolve_surname(att: Attribution, people: dict[str, str], aliases: AliasTable) -> Attribution:
    """'Wood said' after 'Deputy UN ambassador Robert Wood said': the full name. Records full names.
    A lawmaker who relays a body's briefing ("lawmaker Lee Seong-kweun said ... Lee said") speaks for it by
    surname too."""
    if att.speaker_type != "person" or not att.speaker:
        if att.speaker and len(att.chain) > 1 and att.chain[-1] == att.speaker and len(att.chain[0].split()) > 1 and \
                aliases.relayed(att.chain[0]) == att.speaker:
            words = att.chain[0].split()
            people[words[0]] = people[words[-1]] = att.chain[0]
        return att
    words = att.speaker.split()
    if len(words) > 1:
        people[words[0]] = people[words[-1]] = att.speaker  # "Kim Jong Gyu" is "Kim"; "Robert Wood" is "Wood"
        return att
    full = people.get(att.speaker)
    if full and (body := aliases.relayed(full)) is not None:
        return replace(att, speaker=body, chain=(full, body), speaker_type="agency")
    return replace(att, speaker=full, chain=(full,)) if full else att


def _inside_date(q: Quantity, dates: list[DateMention]) -> bool:
    return any(q.number_start < d.end and d.start < q.end for d in dates)


# Between a reporting verb and the date of its statement: whom it was told and where.
_STATEMENT_DATE_GAP = re.compile(
    r"[\s,]*(?:there\s+)?(?:(?:in an? \w+|(?:to|at|before) (?:the )?\w+(?: \w+)?|lawmakers|reporters|journalists|parliament|"
    r"a briefing|a news conference|the \w+ \w+)[\s,]*)?(?:(?:in|at) \w+(?: \w+)?[\s,]+)?"
    r"(?:on|last|this|earlier|later|late|early)?[\s,]*(?:on\s+)?")
# What a "put the total" verb is put at, up to the day it was given: " at around 10,000 on ".
_PUT_AT = re.compile(r"\s+at\s+(?:[a-z]+\s+){0,3}?\$?\d[\d,.]*(?:\s+[A-Za-z]+){0,3}?\s+(?:on\s+)?")
# "told a closed-door meeting of the intelligence committee on Wednesday that ...", "said in his
# nightly address Monday that ...": a setting of any length, then the day, then what was said.
# (A full stop only closes an abbreviation's letter there: "after the South Korea-U.S. meeting on the 31st".)
_SETTING_GAP = re.compile(r"(?:(?!\bthat\b)(?:[^,;.:\"]|(?<![a-z]{2})\.))*")
# "... on Monday that", "... on the 31st (local time) that", or the sentence's end
_THAT_AFTER_DATE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,?\s*that\b|[.!?\"\u201d]*\s*$)")


# "..., according to the Pentagon, which gave that estimate on Monday"; "..., the figure the Pentagon
# gave on Monday": a clause after the source says when it gave the figure.
_GAVE_WORDS = frozenset("gave released issued published announced cited offered provided".split())
_GIVEN_ON = re.compile(r"[^.;:]{0,80}?,\s*(?:which|who|(?:the|a|that)\s+(?:figure|estimate|number|count|tally))\s+"
                       r"(?:[\w.'-]+\s+){0,3}?(?:gave|released|issued|published|announced|cited|offered|provided)"
                       r"(?:\s+(?:that|the|this|its|their|it)(?:\s+(?:new|latest|figure|estimate|number|count|tally|"
                       r"assessment))*)?\s+")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b(?!\s+(?:\w+\s+)?(?:briefed|told|addressed|testified|spoke)\b)[^,]*$")
# (but "the NIS, which briefed lawmakers on Tuesday, put the number at ...": the briefing is when it spoke)


def _statement_date(sentence: str, dates: list[DateMention], atts: list[Attribution]) -> DateMention | None:
    """The date of the statement itself: next to the reporting verb, or opening the sentence.

    The verb's own day comes first: "On Thursday, Blinken said 8,000 ..., part of what the
    Pentagon on Monday said were 10,000": the Pentagon spoke on Monday.
    """
    if not dates:
        return None  # (most sentences: both loops below are over the dates)
    folded = fold(sentence)
    dates = [d for d in dates if d.role == "point" or d.role == "period" and d.relative]
    for d in dates:
        if any(a.start <= d.start and d.end <= a.end and not _RELATIVE_ASIDE.search(folded, a.start, d.start)
               for a in atts):
            return d  # "Peskov on Monday described ..." (not "the NIS, which a week ago counted 3,000, told ...")
        for a in atts:
            if 0 <= d.start - a.end <= 45 and _STATEMENT_DATE_GAP.fullmatch(folded[a.end : d.start]):
                return d  # "said on Monday", "told lawmakers in Seoul on Wednesday"
            if 0 <= d.start - a.end <= 50 and a.verb[:3] == "put" and _PUT_AT.fullmatch(folded, a.end, d.start):
                return d  # "the Pentagon had put the total at around 10,000 on Monday"
            if 0 <= d.start - a.end <= 60 and _COLON_NEXT.match(folded, d.end) and \
                    _OBJECT_GAP.fullmatch(folded, a.end, d.start):
                return d  # "laid out the first part of the operation on October 18: about 1,500 ..."
            if 0 <= d.start - a.end <= 140 and _THAT_AFTER_DATE.match(folded, d.end) and \
                    _SETTING_GAP.fullmatch(folded, a.end, d.start):
                return d
            if 0 <= d.start - a.end <= 120 and "," in folded[a.end : d.start] and \
                    not _GAVE_WORDS.isdisjoint(folded[a.end : d.start].split()) and \
                    _GIVEN_ON.fullmatch(folded, a.end, d.start):
                return d  # "according to the Pentagon, which gave that estimate on Monday"
    for d in dates:
        for a in atts:
            if 0 <= a.start - d.end <= 80 and d.start - _clause_open(folded, d.start) < 25 and \
                    (_SPACES_COMMAS.fullmatch(folded[d.end : min(a.start, d.end + 2)]) or
                     folded[d.end : d.end + 1] == " " and not _DATE_SPEAKER_BREAK.search(folded, d.end, a.start)) and \
                    not any(d.end <= other.start < a.start for other in dates):
                # "Last Friday, the NIS said ...", "On Oct. 23 the agency had projected ..."; so after a
                # semicolon or a new clause: "...; on Oct. 29, the National Intelligence Service said ...", "...,
                # and on Tuesday the NIS told lawmakers ..."; and the clause's day reaches its participle: "On
                # Thursday the GUR raised its estimate, saying that ...". A day nearer the speaker is his:
                # "On Oct. 31, Blinken put 8,000 in Kursk; on Nov. 4, Zelensky said 11,000".
                return d
            if 0 <= a.start - d.end <= 4 and d.start < 120 and _WHEN_OPENING.fullmatch(folded, 0, d.start) and \
                    _SPACES_COMMAS.fullmatch(folded, d.end, a.start):
                return d  # "When the NIS first went public on Oct. 18, it said ...": one occasion
            if 0 <= a.start - d.end <= 3 and (a.verb.endswith("ing") or a.verb.startswith("putting ")) and \
                    folded.startswith(", ", d.end) and \
                    _SPACES_COMMAS.fullmatch(folded, d.end, a.start):
                # "The NIS first went public with the dispatch last Friday, saying ...": the main clause's day (so
                # "went further last Thursday, putting the figure at about 12,000")
                return d
            if 0 <= a.start - d.end <= 2 and not folded[d.end : a.start].strip():
                return d  # "The vote comes a day after the NIS said ..."
        if (d.start < 3 or _OPENING_WORDS.fullmatch(folded, 0, d.start)) and _COMMA_NEXT.match(folded[d.end : d.end + 2]):
            return d  # "On Thursday, ...", "Also on Thursday, ...": the day of all the sentence says
        if _COLON_NEXT.match(folded, d.end) and any(a.start >= d.end for a in atts):
            return d  # "Umerov went further on Tuesday: the first clashes had taken place, he told KBS"
        when = _WHEN_CLAUSE.match(folded, d.end)
        if when and any(d.end <= a.start <= when.end() + 60 for a in atts):
            return d  # "since mid-October, when the spy agency first said that ..."
    return None


_WHEN_CLAUSE = re.compile(r",?\s+when\s+")
# The text before the day, whole ("When the NIS first went public, on Oct. 18, it said": the day set off by commas)
# ("Remember that when the NIS first spoke, last Friday, it said": a few words may lead in)
_WHEN_OPENING = re.compile(r"\W{0,3}(?:[a-z]+\s+){0,2}?(?:when|as|after)\s+[^,;:]*(?:,\s+(?:(?:on|in)\s+)?)?", re.I)
# Where a sentence's next clause opens: after a semicolon, or ", and" / ", but" / ", while" / ", whereas".
_CLAUSE_OPENERS = (";", ", and ", ", but ", ", while ", ", whereas ")
# What stands between a clause's opening day and a later speaker when the day is not the speaker's: a
# quote, a colon, "that", a new clause.
_DATE_SPEAKER_BREAK = re.compile(r"[;:\"\u201c\u201d]|\bthat\b|, (?:and|but|while|whereas)\b")


def _clause_open(folded: str, pos: int) -> int:
    """Where the clause holding *pos* opens (see _CLAUSE_OPENERS); 0 for the sentence's first clause."""
    return max((i + len(o) for o in _CLAUSE_OPENERS if (i := folded.rfind(o, 0, pos)) >= 0), default=0)
_OBJECT_GAP = re.compile(r"[^.,;:\"\u201c\u201d]*")  # a verb's object, up to the day that closes it with a colon
# A live blog's entry heading: a time of day at the start of a line, then a dash, a colon or the heading's end.
_TIMESTAMP_HEADING = re.compile(r"(?:\*\*|#{1,6}\s*)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CES?T|"
                                r"BST|E[SD]?T|KST|local time))?(?:\*\*)?\s*(?:[-\u2013\u2014:|]\s|\*\*|$)", re.I)
_HEADING_STARTS = frozenset("*#0123456789")
_COLON_NEXT = re.compile(r"\s*\**\s*:\**\s")  # a day that ends the clause a colon opens ("Oct. 23:", "**Oct. 23:**")
_ENTRY_LEAD = re.compile(r"[#*\-\u2022\s]*")  # what may stand before a timeline entry's day: "**", "### ", "- "
_ENTRY_DASH = re.compile(r"(?:,? \d{4})?\**\s*[:\u2014\u2013-]\s")  # "**October 23** — ...", "Oct. 23 - ..."
_ENTRY_HEADING_END = re.compile(r"(?:,? \d{4})?\**\s*")  # "### October 31", "**October 31, 2024**": the whole line
_OPENING_WORDS = re.compile(r"(?:also|and|but|then|separately|meanwhile|later|earlier|elsewhere),?\s+", re.I)


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own."""
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in ("", "\n")


def _heading_day(line: str, published: date | None) -> date | None:
    """The day a short heading line is, all of it ("**Friday**", "FRIDAY", "### Oct. 18"), unless it is the
    publication day (a dateline); else None."""
    dates = find_dates(line, published)
    if len(dates) != 1 or dates[0].role != "point" or dates[0].value is None or dates[0].value == published:
        return None
    day = dates[0]
    if not _ENTRY_LEAD.fullmatch(line, 0, day.start) or not _ENTRY_HEADING_END.fullmatch(line, day.end):
        return None
    return day.value


# A day standing as its own sentence at the start of a list item or a paragraph, the item's label: "- Oct. 23. The NIS
# told lawmakers ...", "- Monday. The Pentagon said ...", "Yesterday. The NIS said ...".
_ENTRY_LABEL_END = re.compile(r"(?:,? \d{4})?\.\**")


def _label_day(text: str, start: int, end: int, sentence: str, published: date | None,
               dates: list[DateMention] | None = None) -> date | None:
    """The day a sentence that is only a day names, when it labels the rest of its line ("- Oct. 23. The NIS told
    lawmakers about 3,000 ..."): the day of every sentence of the item that names none; else None. (*dates*: the
    sentence's, when the caller has found them.)"""
    if len(sentence) > 40 or (start and text[start - 1] != "\n") or end >= len(text) or text[end] == "\n" or \
            not sentence.endswith((".", ".**")):
        return None
    if dates is None:
        dates = find_dates(sentence, published)
    if len(dates) != 1 or dates[0].role != "point" or dates[0].value is None or \
            not _ENTRY_LEAD.fullmatch(sentence, 0, dates[0].start) or \
            not _ENTRY_LABEL_END.fullmatch(sentence, dates[0].end):
        return None
    return dates[0].value


_SPACES_COMMAS = re.compile(r"[\s,]*")
_COMMA_NEXT = re.compile(r"\s*,")


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # a set probe, not a regex call a token
_COMPOUND = re.compile(r"-(member|nation|country|day|week|month|year|hour|man|strong)\b")
_DEMONYM_AFTER = re.compile(r"\s+((?:North |South )?[A-Z][a-z]+(?:ans|ians|ese|ers))\b")
_NP_TOKEN = re.compile(r"[A-Za-z][A-Za-z'.-]*|\S")
_NAMED_NOUN_NEXT = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}([a-z]+)")  # the noun after a participle: "retired Abrams tanks"


_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s]s")
_WHEN_AFTER = re.compile(r"\s+(?:(?:just |only |as recently as |back )?"  # "about 8,000 just last week"
                         r"(?:last|this|next|that|the same|the previous|the following)\s+(?:week|month|year|day|"
                         r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                         # "raised it to 11,000 four days later": how long after, not what was counted
                         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\s+"
                         r"(?:later|earlier|before|after|ago)\b)", re.I)


def _with_next(tokens: Iterator[re.Match[str]],
               limit: int) -> Iterator[tuple[int, re.Match[str], re.Match[str] | None]]:
    """(i, token i, token i + 1 or None) for the first *limit* of *tokens*, each read when the loop reaches it."""
    tok = next(tokens, None)
    for i in range(limit):
        if tok is None:
            return
        after = next(tokens, None)
        yield i, tok, after
        tok = after


def _head_noun(sentence: str, q: Quantity) -> tuple[int, str | None, str | None, str, list[str]]:
    """(end offset, family, unit, head text, modifier words) of the noun phrase after *q*."""
    folded = fold(sentence)
    rest = folded[q.end :]
    # The noun phrase is looked for in the first 8 tokens (and the one after each): the rest
    # of the sentence is not tokenised, and a token is read only when the loop below reaches it
    # (it usually stops at the second: "3,000 troops to ...").
    tokens = _with_next(_NP_TOKEN.finditer(rest), 8)
    words: list[tuple[str, int]] = []
    best: tuple[int, str, str, str] | None = None
    modifiers: list[str] = []
    of_seen = False
    lead = 0  # punctuation skipped before the first word ('"at least 3,000" the same day': the quote's end)
    unknown: tuple[int, str] | None = None  # a plural noun the table does not know: "10,000 peacekeepers"
    compound = _COMPOUND.match(rest)
    if compound:  # "the 32-member alliance", "a 10-day visit", "a 12,000-strong force"
        unit = {"member": "members", "nation": "countries", "country": "countries", "man": "troops"}.get(
            compound.group(1), compound.group(1) + "s")
        if unit != "strongs":
            fam = MEASURE_NOUNS.get(unit, (unit, unit))[0]
            return q.end + compound.end(), fam, unit, unit, []
    if _WHEN_AFTER.match(rest):
        return q.end, None, None, "", []  # "a second group of 1,500 last week": when, not what
    demonym = _DEMONYM_AFTER.match(rest) or _OF_DEMONYM.match(rest)
    if demonym:  # "2,000 to 12,000 North Koreans", "8,000 of the North Koreans": people of a country
        return q.end + demonym.end(), "people", "people", demonym.group(1).lower(), []
    for i, tok, after in tokens:
        w = tok.group(0)
        low = w.lower().rstrip(".")
        if w[0] not in _ASCII_LETTERS:
            if w in ("-", '"') and i == lead or w in (":", "+") and i <= 1 and _LIST_LEAD.fullmatch(folded, 0, q.start):
                # ('"around 10,000" North Korean troops': the figure quoted, the noun after it; a list
                # of figures, "- 8,000: North Korean troops in Kursk, per the U.S.")
                lead += 1
                continue
            break
        if low.endswith("-year-old") or low in ("year-old", "years-old"):
            return q.end + tok.end(), "age", "years", "years old", []
        if low.endswith("-strong"):
            continue
        words.append((low, tok.end()))
        if len(words) >= 2 and (two := f"{words[-2][0]} {low}") in MEASURE_NOUNS:  # "landing ships"
            fam, unit = MEASURE_NOUNS[two]
            best = (q.end + tok.end(), fam, unit, two)
        elif low in MEASURE_NOUNS:
            fam, unit = MEASURE_NOUNS[low]
            if best is None or best[3] != "special forces" or low in ("troops", "soldiers", "personnel"):
                best = (q.end + tok.end(), fam, unit, low)
        if low in KIND_MODIFIERS:
            modifiers.append(low)
        elif low in ("special-forces", "special-operations") or low in ("forces", "operations") and \
                modifiers[-1:] == ["special"]:
            modifiers[-1:] = ["special forces"]  # "special forces soldiers", "special operations troops": what kind
        if low == "of":
            if of_seen:
                break
            of_seen = True
            continue
        is_name = w[0].isupper()
        if best and not (after is not None and after.group(0).lower() in MEASURE_NOUNS):
            break
        if low in _STOPWORDS and low not in ("of",) and not is_name:
            if low in ("the", "its", "their", "his", "her", "our") and (i > lead or of_seen):
                continue  # "3,000 of the troops"; but "at about 3,000 the same day" names no noun
            break
        if not is_name and low not in KIND_MODIFIERS and low not in _FILLER and low not in MEASURE_NOUNS:
            if low.endswith(("ed", "ing")) and low not in ("trained", "armed") and not (
                    low.endswith("ing") and after is not None and _PLURAL_NOUN.fullmatch(after.group(0).rstrip(".")) or
                    low.endswith("ed") and (named := _NAMED_NOUN_NEXT.match(rest, tok.end())) is not None and
                    named.group(1) in MEASURE_NOUNS):
                # (but "five military training grounds.", "49 retired Abrams tanks": a modifier of the noun after it)
                break
            if unknown is None and i <= 2 and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous")) \
                    and low not in _STOPWORDS and not low.endswith("ly") and low not in _VERBS_IN_S:
                # (not "two anonymous reviewers", nor a verb: "Seoul's 12,000 refers to a plan")
                unknown = (q.end + tok.end(), low)
    if best:
        end, fam, unit, head = best
        # A rank the head names is kept: "500 officers" are not the whole contingent.
        mods = [m for m in modifiers if m not in head.split() or m in RANK_WORDS]
        if head == "special forces":
            mods = ["special forces", *[m for m in mods if m != "special forces"]]
        return end, fam, unit, head, mods
    if unknown is not None:
        return unknown[0], unknown[1], unknown[1], unknown[1], modifiers
    return q.end, None, None, "", modifiers


# Verbs in -s that follow a bare figure as its verb, not its noun ("the 12,000 refers to a plan", "a second group
# of about 1,500 follows", "whether 10,000 turns into more").
_VERBS_IN_S = frozenset("refers follows turns means represents remains includes compares stands seems appears "
                        "suggests reflects marks comes goes makes takes gives shows tells looks matches exceeds "
                        "equals implies covers excludes describes counts sounds leaves puts".split())


# "400 companies and individuals": firms, named with those sanctioned beside them
_AND_INDIVIDUALS = re.compile(r"\s+and\s+(?:individuals|entities|people|persons|banks)\b")


# The measure nouns a figure without a noun may refer back to, in table order, with their patterns.
_CONTEXT_NOUNS = [(noun, fam, unit, re.compile(rf"\b{re.escape(noun)}\b")) for noun, (fam, unit) in MEASURE_NOUNS.items()
                  if fam not in DURATION_FAMILIES | {"age", "countries", "meetings", "sanctions"}]


def _measure_from_context(sentence: str, q: Quantity) -> tuple[str | None, str | None, str]:
    """A figure without a noun ('put the number at 12,000'): the nearest measure noun before it."""
    folded = fold(sentence[: q.start]).lower()
    best = None
    for noun, fam, unit, pattern in _CONTEXT_NOUNS:
        if noun not in folded:
            continue  # a substring test is much cheaper than the regex, and most nouns are absent
        for m in pattern.finditer(folded):
            if (best is None or m.start() > best[0]) and not folded.endswith("by ", 0, m.start()):
                # (not how something travelled: "had arrived, by ship, ... put the figure at about 3,000")
                best = (m.start(), fam, unit, noun)
    if best and q.start - best[0] < 120:
        return best[1], best[2], best[3]
    return None, None, ""


_PAIR_NOUN = re.compile(r"\s+(?:countries|nations|states|sides|leaders|men|women|governments|allies|neighbou?rs|"
                        r"presidents|ministers|parties|capitals|koreas|militaries|armies)\b", re.I)


def _aged_person(text: str, q_start: int, mentions: list[Mention]) -> str | None:
    """Whose age "NAME, 60," or "NAME (60)" gives: the person named right before the comma."""
    people = [m for m in mentions if m.entity.type == "person" and 0 <= q_start - m.end <= 3]
    if people:
        return people[-1].canonical
    name = re.search(r"((?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+)(?:,|\s*\()\s*$", text[:q_start])
    return name.group(1) if name else None


def _clause_bounds(sentence: str, pos: int, att: tuple[int, int] | None) -> tuple[int, int]:
    """The sub-clause around *pos*: cut at ';', ' and that', ', while', ', but', ', which', ', who'."""
    lo, hi = (att if att else (0, len(sentence)))
    lo, hi = max(0, lo), min(len(sentence), hi)
    start, end = lo, hi
    for c_start, c_end in _clause_cuts(sentence):
        if c_end <= pos and c_end > start:
            start = c_end
        if c_start > pos and c_start < end:
            end = c_start
            break
    return start, end


_CUT = re.compile(r";|, and\b|, and that\b|\band that\b|, while\b|, but\b|, which\b|, who\b|, whereas\b|, after\b|"
                  r"\bsaid that\b|\bthat\b|, in a sign\b|, as\b|, adding\b|, with\b|, joining\b|\(|\)|—|:|"
                  r"\sand (?=(?:are|is|were|was|will|would|has|have|had|could|may|might|can)\b)|"
                  # "The White House, which ... put the number at 3,000, has since said": the aside ends.
                  r",\s(?=(?:has|have|had)\s(?:since\s|now\s|also\s|already\s|previously\s)?(?:\w+ed|said|told|put|been|made|seen)\b)|"
                  # "more than 10,000 had been sent, some of whom might be near the front": a part.
                  # "... at roughly 10,000, of whom about 8,000 are in Kursk": the part has its own place.
                  r", (?:(?:some|many|most|all|none|one|several|part|thousands|hundreds) of (?:whom|which|them)|"
                  r"of (?:whom|which))\b|"
                  # "has sent about 3,000 so far and the total could reach 10,000": two figures, two moods.
                  r"\sand (?=(?:the|its|their) (?:total|number|figure|count|tally)\b)")


# Where a match of _CUT can start: at one of these characters, at the words "and", "said" or
# "that", or at the space before "and" ("\\sand (?=are|is...)"). A comma starts a cut only before
# whitespace (every alternative that opens with "," goes on with a space or \\s): the comma of
# "12,000" is not tried. (The class comes first, so re still skips ahead to the next candidate.)
_CUT_CHARS = re.compile(r"[;,():\u2014](?:(?<!,)|(?=\s))")
_CUT_WORDS = ("and", "said", "that")


@lru_cache(maxsize=4)
def _clause_cuts(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans where _clause_bounds may cut *sentence*: one scan per sentence, not one per figure.

    In ASCII text _CUT is tried only where one of its matches can start (text.finditer_at):
    most of its alternatives open with \\b, which leaves ``re`` trying all of them at every offset.
    """
    folded = fold(sentence)
    if not folded.isascii():
        return tuple(m.span() for m in _CUT.finditer(folded))
    words = word_starts(folded, _CUT_WORDS)
    # (Only "and" has an alternative that opens with the whitespace before it.)
    starts = [m.start() for m in _CUT_CHARS.finditer(folded)] + words + \
        [p - 1 for p in words if p > 0 and folded[p] == "a"]
    return tuple(m.span() for m in finditer_at(_CUT, folded, starts))


_FROM_OF = re.compile(r"\s+(?:from|of)\s+")
_PERSONAL_PRONOUN = re.compile(r"(?:he|she)\b", re.I)
_HIS_OFFICE = re.compile(r"(?:(?:after|following|upon|at)\s+which\s+)?(?:his|her)\s+office\b", re.I)


def _office_of(person: str, aliases: AliasTable) -> str:
    """Whose words "his office said" gives: a president's country's presidential office, else the person."""
    entity = aliases.get(person)
    if entity is None or entity.country is None or not any("president" in t.lower() for t in entity.titles):
        return person
    office = f"{entity.country} presidential office"
    return office if aliases.get(office) is not None else person
_SET_PERSONAL_PRONOUN = re.compile(r"(?:on|last|this|earlier|later)\s+[\w.]+(?:\s+\d+)?,?\s+(?:he|she)\b", re.I)


# After a country, its sending of troops: "North Korea sending", "Pyongyang's dispatch of", "Pyongyang having sent".
_SENDS_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:having\s+)?(?:sending|sent|deploying|dispatching|dispatch|deployment)\b")


_WITH_AFTER_NAME = re.compile(r",\s+with\s+(?:(?:about|some|roughly|around|nearly|almost|more than|over)\s+)?$")


def _subject(sentence: str, q_start: int, np_end: int, mentions: list[Mention], clause: tuple[int, int],
             attribution: tuple[int, int] | None, owned: bool = True, family: str | None = None,
             bare: bool = False) -> str | None:
    """Whose quantity it is. *owned*: the measure is a thing a country has (troops, ships, money),
    so a country named in the noun phrase owns it; "100 Russian military terms" or "1,000 km of
    Russian territory" only describe what is counted, and the clause's actor owns those."""
    folded = fold(sentence)
    # 1. A demonym inside the noun phrase: "11,000 North Korean infantry troops" (not a currency's: "US dollars").
    for m in mentions if owned else ():
        if q_start <= m.start < np_end and m.form == "adjective" and m.entity.type in ("country", "bloc") and \
                not folded.startswith(" dollar", m.end):
            return m.canonical
    # ... or a country's name used as one: "10,000 DPRK soldiers", "28,500 U.S. service members".
    for m in mentions if owned else ():
        if q_start <= m.start < np_end and m.entity.type in ("country", "bloc") and \
                not _not_actor_prep_before(folded[max(q_start, m.start - 12) : m.start]) and \
                not folded.startswith(" dollar", m.end):
            return m.canonical
    # 2. "troops from North Korea" right after the noun phrase.
    after = _FROM_OF.match(folded[np_end : np_end + 10])
    if after:
        for m in mentions:
            if m.start == np_end + after.end() and m.entity.type in ("country", "bloc") and \
                    not (attribution and attribution[0] <= m.start < attribution[1]):  # ("3,000 from Seoul": a source)
                return m.canonical
    # 3. The clause's own actor: the nearest country or bloc before the figure, not in a place phrase; so the
    # sentence's subject an aside describes: "Canada, with about 1,400 troops in Latvia, should ...".
    if (aside := _WITH_AFTER_NAME.search(folded, max(0, q_start - 40), q_start)) is not None:
        owner = next((m for m in mentions if m.end == aside.start() and m.start <= 1 and m.form == "name" and
                      m.entity.type in ("country", "bloc")), None)
        if owner is not None:
            return owner.canonical
    best = None
    for m in mentions:
        if not (clause[0] <= m.start < q_start) or m.entity.type not in ("country", "bloc", "agency"):
            continue
        if _not_actor_prep_before(folded[max(0, m.start - 12) : m.start]) and not _SENDS_AFTER.match(folded, m.end):
            continue  # (but "a response to North Korea sending 10,000 troops": who sends them)
        if m.entity.type == "agency":
            continue  # an agency speaks about a country's troops; it is not their owner
        if m.form == "adjective" and _counts_other(folded, m, family):
            continue  # "on four Russian navy landing ships, part of a planned force of about 12,000": another count's
        if attribution and attribution[0] <= m.start < attribution[1]:
            continue  # the speaker of "Rome says" is not the owner of "1,000 troops"
        if _SOURCE_POSSESSIVE.match(folded, m.end):
            continue  # "Washington's latest figure was 8,000": whose figure, not whose troops
        if _EXPECTS_AFTER.match(folded, m.end):
            continue  # "Kyiv expects as many as 15,000 to be sent", "Kyiv says twelve thousand and Seoul says three
            # thousand": who expects or says, not whose troops
        if _HELPED_BEFORE.search(folded, max(0, m.start - 16), m.start):
            continue  # "decided to send four brigades to help Russia, about 12,000 soldiers": whom they help
        best = m
    if best is not None:
        return best.canonical
    # 4. A possessive right before the figure: "Pyongyang's 12,000 troops" (but a bare figure's owner gives it:
    # "Seoul's 12,000 is a plan; Kyiv's 12,000 is a head count").
    for m in mentions if not bare else ():
        if m.end <= q_start and q_start - m.end <= 4 and folded[m.end : m.end + 2] == "'s" and \
                m.entity.type in ("country", "bloc") and ":" not in folded[m.end : q_start]:
            return m.canonical  # (not "the HUR's 12,000": an agency's figure, a country's troops)
    # 5. A demonym earlier in the clause: "North Korean officials say 1,500 ...".
    for m in mentions:
        if clause[0] <= m.start < q_start and m.form == "adjective" and m.entity.type == "country" and \
                not _counts_other(folded, m, family) and \
                not (bare and attribution and attribution[0] <= m.start < attribution[1]):
            # (but not the speakers of a bare figure: "The South Koreans themselves said last week they expected
            # 10,000": the troops counted before)
            return m.canonical
    return None


def _gapped_speaker(text: str, q_start: int, mentions: list[Mention]) -> Mention | None:
    """The speaker named right before a figure after a comma, its verb left out as said before:
    "Kyiv says twelve thousand, Seoul three thousand"."""
    for m in mentions:
        if 0 < q_start - m.end <= 5 and m.form != "adjective" and \
                m.entity.type in ("country", "agency", "person", "bloc") and \
                _GAP_BEFORE.search(text, max(0, m.start - 8), m.start) and text[m.end : q_start].strip() in ("", "of", "at"):
            # (and "the White House spoke of at least 3000 and Seoul of about 3000")
            return m
    return None


_GAP_BEFORE = re.compile(r"(?:,|;| while| and| but)\s+(?:the\s+)?$")


def _counts_other(folded: str, m: Mention, family: str | None) -> bool:
    """True when the demonym *m* stands in another figure's noun phrase, of another kind of thing than *family*
    ("four Russian navy landing ships" before "about 12,000" troops; but not "12,000 North Korean soldiers"
    before "among them 500 officers")."""
    if not _COUNT_BEFORE.search(folded, max(0, m.start - 16), m.start):
        return False
    words = (w.lower() for w in _TITLE_WORD.findall(folded, m.end, m.end + 40)[:4])
    nouns = [MEASURE_NOUNS[w][0] for w in words if w in MEASURE_NOUNS]
    return bool(nouns) and nouns[0] != family


# A figure right before a demonym: the demonym is that figure's ("four Russian navy landing ships").
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))\s+$")
_HELPED_BEFORE = re.compile(r"\b(?:help|helps|helping|aid|aids|aiding|support|supports|supporting|assist|assists|"
                            r"assisting|back|backs|backing|reinforce|reinforces|reinforcing|join|joins|joining)\s+"
                            r"(?:the\s+)?$")
_EXPECTS_AFTER = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?(?:expects?|expected|believes?|believed|estimates?|"
                            r"estimated|fears?|feared|thinks?|predicts?|predicted|assesses|assessed|reckons?|says|said|"
                            r"claims|claimed)\b")
_PLACE_PHRASE = re.compile(r"\s*(?:to|in|into|inside|at|near|within)\s+(?:the\s+)?(?:[a-z'-]+\s+)?")


# "about 8,000 are in the Kursk region, out of roughly 10,000": the figure is the whole.
_WHOLE_BEFORE = re.compile(r"(?:\bout of|(?:^|[,;]\s*)of)\s+(?:the\s+)?(?:(?:some|roughly|about|around|nearly|"
                           r"approximately)\s+)?$", re.I)
_WHOLE_ENDINGS = ("of", "the", "some", "roughly", "about", "around", "nearly", "approximately")  # may_end_with


_PUT_THE = re.compile(r"\bput(?:s|ting)? (?:the|its|their|that|this) (?:[\w-]+ )?$")


def _place(sentence: str, np_end: int, clause: tuple[int, int], mentions: list[Mention], subject: str | None,
           q_start: int, attribution: tuple[int, int] | None = None) -> str | None:
    folded = fold(sentence)
    places = []
    # The whole's place is not the part's, named before it.
    whole = may_end_with(folded[max(0, q_start - 30) : q_start], _WHOLE_ENDINGS) and \
        _WHOLE_BEFORE.search(folded, max(0, q_start - 30), q_start) is not None
    for m in mentions:
        if attribution and attribution[0] <= m.start < attribution[1]:
            if m.entity.type == "place" and _PUT_THE.search(folded, max(0, m.start - 30), m.start):
                places.append((0, 0, m))  # "was putting the Kursk figure at 11,000": the figure of a place
            continue  # "according to officials in Seoul": where the speaker sits, not the claim's place
        if not (clause[0] <= m.start < clause[1]) or whole and m.start < q_start:
            continue
        if m.entity.type == "place":
            places.append((0 if m.start >= np_end else 1, abs(m.start - np_end), m))
        elif m.entity.type == "country" and m.form != "adjective" and m.canonical != subject and \
                _place_prep_before(folded[max(0, m.start - 14) : m.start]) and not _SENDS_AFTER.match(folded, m.end):
            # (the cheap tests first; "a response to North Korea sending troops" names who sends, not where)
            places.append((2 if m.start >= np_end else 3, abs(m.start - np_end), m))
    if not places:
        return None
    # "10,000 soldiers in Russia, 8,000 of them in Kursk": the place phrase right after the noun wins.
    for _, _, m in sorted(places, key=lambda t: t[1]):
        if m.start >= np_end and _PLACE_PHRASE.fullmatch(folded[np_end : m.start]):
            # "in Russia's Kursk region": the place the country owns, not the country
            owned = [o for _, _, o in places if folded.startswith(("'s ", "\u2019s "), m.end) and o.start == m.end + 3]
            return (owned[0] if owned else m).canonical
    places.sort(key=lambda t: (t[0], t[1]))
    return places[0][2].canonical


# A wire's dateline: "SEOUL, Nov. 1 (Yonhap) --", "Washington/Sofia, November 1 (BTA) -", "KYIV, Oct 28 -".
_DATELINE = re.compile(r"\s*[A-Z][\w.'/ -]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                       r"(?:,?\s+\d{4})?\s*(?:\([^()]{1,30}\)\s*)?(?:--?|\u2013|\u2014)\s")
_CLAUSE_BY = re.compile(r"[;:\u2014]\s*by\s+$", re.I)  # "...; by October 23 its count stood at 3,000"
_PREVIOUS = re.compile(r"\b(?:(?:up|down|increase|increased|rise|rose|jump|jumped|climb|climbed|decrease|drop|fall|"
                       r"grew|growth)\s+from|compared with|compared to|previous(?:ly)?|earlier estimate|"
                       r"(?:had|has) (?:earlier |previously )?(?:estimated|reported|said|put))\b", re.I)


_PREVIOUS_AFTER = re.compile(r"[^.;]{0,40}\b(?:had|has) (?:estimated|reported|put)")
# "only days after telling the same committee the figure stood at about 3,000": what was told before
_AFTER_TELLING = re.compile(r"\bafter (?:telling|saying|putting|estimating|reporting|briefing)\b[^.;:]{0,70}$")


_SMALL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_AFTER_GIVEN = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+after\s+"
                          r"(?:[\w'.-]+\s+){0,5}?(?:had\s+)?(?:put|said|estimated|gave|reported|counted|cited|"
                          r"announced|assessed)\b[^.;]*$")


def _as_of(folded: str, clause: tuple[int, int], q: Quantity, dates: list[DateMention],
           stated: date | None, said_on: date | None = None) -> tuple[date | None, bool]:
    """The date an earlier figure describes: "up from the 3,000 it estimated last week"; and whether
    that is the day it was given ("a day after Washington said about 8,000": counted in days).

    None when the figure describes the time of its statement (the usual case).
    """
    before = folded[max(clause[0], q.start - 45) : q.start]
    after = folded[q.end : min(clause[1], q.end + 60)]
    # "a week after the White House put the number at 3,000": counted back from the day of the statement.
    gap = _AFTER_GIVEN.search(folded, max(0, q.start - 80), q.start) if " after " in folded else None
    if gap is not None and any(d.start < gap.end() and gap.start() < d.end for d in dates):
        gap = None  # "The vote comes a day after the agency said ...": the day of the saying itself
    if gap is not None and (said_on or stated) is not None:
        count = _SMALL_COUNTS.get(gap.group("n")) or int(gap.group("n"))
        weeks = gap.group("unit").startswith("week")  # "a week after": about then; "a day after": that day
        return (said_on or stated) - timedelta(days=count * (7 if weeks else 1)), not weeks and said_on is not None
    # _PREVIOUS is word-led (tried where its words stand); _PREVIOUS_AFTER needs "had " or "has ".
    if not (search_led(_PREVIOUS, before) or ("had " in after or "has " in after) and _PREVIOUS_AFTER.match(after) or
            " after " in folded and _AFTER_TELLING.search(folded, max(0, q.start - 90), q.start)):
        return None, False
    for d in dates:  # a date beside the old figure: "last week", "that the agency said on Friday"
        if q.start - 45 <= d.start < q.end + 80 and d.value is not None and (stated is None or d.value <= stated):
            return d.value, False
    # No date given: an earlier estimate is, in wire copy, usually last week's.
    return (stated - timedelta(days=7) if stated else None), False


_ALREADY = re.compile(r"\b(?:already|so far|to date|have been|has been)\b", re.I)


@lru_cache(maxsize=4)  # a statement asks twice about its content, a clause's figures about one window
def _modality(window: str, words: frozenset[str] | None = None, wider: bool = False) -> str:
    """The mood of *window*; *words*, when the caller has them, are ``lower_words(window)``, or with *wider* a
    superset of them (the sentence's: text.slice_words)."""
    if words is None:
        words = lower_words(window)  # shared by the four word-led patterns, which ignore case
    if search_led(_PLANNED, window, words, wider) and not search_led(_ALREADY, window, words, wider):
        return "planned"
    if search_led(_CONDITIONAL, window, words, wider) and not search_led(_ACTUAL_STRONG, window, words, wider):
        return "conditional"
    return "actual"


_FIRST_BEFORE = re.compile(r"(?:\b(?:first|initial)\s+(?:(?:sent|shipped|dispatched|deployed|moved|transferred)\s+)?|"
                           r"\b(?:starting|beginning) with\s+)(?:(?:some|about|around|roughly|nearly|approximately)\s+)?$")


# "Of the roughly 10,000 soldiers in Russia, about 8,000 are in Kursk", "of those, some 8,000",
# "among them 500 officers", "including 500 officers": the figure is a part of the one before it.
_NO_CLAUSE_BREAK = r"(?:[^,;]|,(?=\d))"  # a comma only inside a number ("10,000")
_PART_OF = re.compile(rf"(?:\b(?:of|out of)\s+(?:those|these|them|the\s+{_NO_CLAUSE_BREAK}{{0,80}}?\d{_NO_CLAUSE_BREAK}{{0,60}}|"
                      rf"(?:roughly|about|some|around|nearly)\s+\d{_NO_CLAUSE_BREAK}{{0,60}})|\bamong them|\bincluding),?\s+"
                      r"(?:(?:about|some|roughly|around|nearly|as many as|up to|at least|more than)\s+)?$", re.I)


def _part_of_before(folded: str, pos: int) -> bool:
    """Whether _PART_OF matches the 120 characters before *pos*: "of those", "among them", "including".

    Its matches start with "of", "out of", "among" or "including" (the pattern opens with \\b, so
    re tries it at every offset): an ASCII window holding none of them, lower-cased, is not searched.
    """
    start = max(0, pos - 120)
    window = folded[start:pos]
    if window.isascii():
        lowered = window.lower()
        if "of" not in lowered and "among" not in lowered and "including" not in lowered:
            return False
    return _PART_OF.search(folded, start, pos) is not None


def _after_last_item(before: str) -> str:
    """The words before a figure back to the list item before it: "about 1,500 in the first transport, roughly
    3,000 by October 23" gives "roughly" for the second figure, whose scope is not the first one's."""
    cut = max(before.rfind(","), before.rfind(";"))
    return before[cut + 1 :] if cut > 0 and _DIGIT.search(before, 0, cut) is not None else before


def _scope(window_before: str, np_text: str, after: str) -> str | None:
    if _MORE_AFTER.match(after):
        return "additional"
    # (Every match of _FIRST_BEFORE holds "first", "initial" or " with": the cheap tests go first.)
    if ("first" in window_before or "initial" in window_before or " with" in window_before) and \
            search_end(_FIRST_BEFORE, window_before):
        return "first_batch"  # "the first 2,600 of them"
    # The scope patterns are word-led: each is tried only where one of its first words stands
    # (text.search_led), and not at all in the usual window that has none of them.
    before, after = window_before[-40:], after[:30]
    # One word set for the three windows first (a space cannot join words across them): the
    # patterns none of whose first words stands in any window are not tried, usually all four.
    words = lower_words(f"{before} {np_text} {after}")
    if words is not None and _ANY_SCOPE_LEAD.isdisjoint(words):
        return None  # (the usual window: the list below would be empty)
    scopes = _SCOPES if words is None else [(name, pattern) for name, pattern in _SCOPES
                                            if not _SCOPE_LEADS[name].isdisjoint(words)]
    if not scopes:
        return None
    # The three windows' words are among *words*, which serves each of them: search_led only picks
    # the pattern's lead words from it, then finds where they stand whole in that window.
    for name, pattern in scopes:
        if search_led(pattern, before, words, wider=True) or search_led(pattern, np_text, words, wider=True) or (
            name in ("total", "first_batch") and search_led(pattern, after, words, wider=True)
        ):
            return name
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-\u2014\u2013"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-\u2014\u2013"):
        end -= 1
    return start, end


_SAID_OF_THE_LAST = re.compile(r"(?:This|That|It|The information)\s+(?:was|has been|had been|is)\s+"
                               r"(?:reported|stated|announced|said|disclosed|confirmed|claimed|declared)\b"
                               r"[^.;:\"\u201c]{0,60}?\s+by\s+(?P<np>[^,;:(\"\u201c]+)")
_SAID_OF_THE_LAST_STARTS = frozenset("TI")
_NP_TAIL = re.compile(r"\s+(?:in|at|on|during|after|before|while|when|who|which)\s.*$|[.\s]+$", re.S)


def _said_by(sentence: str, mentions: list[Mention] | None) -> Attribution | None:
    """Who "This was reported on 24 October by the HUR." names (an attribution over nothing), or None."""
    said = _SAID_OF_THE_LAST.match(sentence) if mentions else None
    if said is None:
        return None
    np_start = said.start("np")
    np_text = _NP_TAIL.sub("", said.group("np"))
    speaker, stype, pronoun = speaker_from_phrase(np_text, np_start, mentions)
    if speaker is None or pronoun:
        return None
    return Attribution(speaker, (speaker,), said.start(), np_start + len(np_text), 0, 0, "reported", False, stype)


def _said_of_the_last(claims: list[Claim], before: _Sentence, by: Attribution, day: DateMention | None, doc_id: str,
                      published: date | None, aliases: AliasTable) -> None:
    """Give the claims of the sentence *before* that nobody gives the speaker *by* of "This was reported by ..."
    and its day; a sentence with no claim of its own becomes *by*'s statement (in place, in *claims*)."""
    said_on = day.value if day is not None and day.role == "point" else None
    chain = " > ".join(by.chain) if len(by.chain) > 1 else None
    own = [i for i in range(len(claims)) if claims[i].start_char >= before.start]
    for i in own:
        c = claims[i]
        if c.attributed_to is None:
            c = replace(c, attributed_to=by.speaker, attribution_chain=chain)
            if said_on is not None and c.event_date is None and c.kind != "date":
                c = replace(c, event_date=said_on, date_note=f"{said_on.isoformat()}, the day the next sentence "
                                                               "says it was reported")
            claims[i] = c
    if not own:
        whole = Attribution(by.speaker, by.chain, 0, 0, 0, len(before.text), by.verb, False, by.speaker_type)
        claim = _statement_claim(doc_id, before, whole, (0, len(before.text)), aliases.find(before.text),
                                 (by.speaker, by.chain), day, published)
        if claim is not None:
            claims.append(claim)


def _as_of_speaker(claim: Claim, speaker_day: Mapping[str, tuple[date, int]], paragraph: int) -> Claim:
    """*claim*, matched as of its speaker's last dated statement in this paragraph or the one before, when its
    sentence names no day."""
    said = speaker_day.get(claim.attributed_to or "") if claim.kind != "date" else None
    if said is None or paragraph - said[1] > 1 or claim.event_date is not None or claim.as_of is not None or \
            claim.date_note != "no date in the sentence":
        return claim
    return replace(claim, as_of=said[0])


def _undated_if_ahead(claim: Claim, published: date) -> Claim:
    """*claim* without its event date when that day comes after the page's own: what was said cannot have been said
    after the page was written ("Trump, who has said he would end the war within 24 hours, takes office on January
    20": the day is another clause's, the inauguration's; "the Poppy Appeal launches tomorrow")."""
    if claim.event_date is None or claim.event_date <= published:
        return claim
    return replace(claim, event_date=None, date_note=f"no date: {claim.event_date.isoformat()}, the day the sentence "
                                                     f"names, is after the page's own ({published.isoformat()})")


def _carried_day(claim: Claim, day: date, where: str) -> Claim:
    """*claim* dated *day*, when its sentence gave it no date at all."""
    if claim.event_date is not None or not (claim.date_note or "").startswith("no date in the sentence"):
        return claim
    return replace(claim, event_date=day, date_note=f"{day.isoformat()}, the day of {where}")


def _period_date(statement_date: DateMention | None) -> date | None:
    """When a statement dated only to a period ("said last week") was made, roughly: for matching."""
    if statement_date is not None and statement_date.role == "period" and statement_date.value is not None:
        end = statement_date.value_end or statement_date.value
        return statement_date.value + (end - statement_date.value) / 2
    return None


def _counted_back_week(d: DateMention) -> bool:
    """"a week ago", "two weeks earlier": a week counted back to one day (dates.py), a period with a day."""
    return d.role == "period" and d.relative and d.value is not None and d.value == d.value_end


def _clause_week(dates: list[DateMention], clause: tuple[int, int]) -> date | None:
    """The day of the week counted back that opens a clause's dates, for matching (its as_of)."""
    first = next((d for d in dates if clause[0] <= d.start < clause[1] and d.value is not None), None)
    return first.value if first is not None and _counted_back_week(first) else None


def _event_date(statement_date: DateMention | None, dates: list[DateMention], clause: tuple[int, int],
                published: date | None, figure_end: int | None = None, text: str = "") -> tuple[date | None, str]:
    if statement_date is not None and figure_end is not None and (own := next(
            (d for d in dates if d.value is not None and d.value == d.value_end and 0 < d.start - figure_end <= 4 and
             d is not statement_date and (d.role == "point" or d.role == "deadline" and published is not None and
                                          d.value < published) and
             _OWN_DAY_GAP.fullmatch(text, figure_end, d.start)), None)) is not None:
        # "official estimates have climbed: about 1,500 in the first transport, roughly 3,000 by October 23": the
        # day right after a figure is its own, whatever day the sentence's verb was said on
        return own.value, f"'{own.text}' ({own.note}), right after the figure"
    if statement_date is not None and figure_end is not None and not clause[0] <= statement_date.start < clause[1] \
            and ";" in text[statement_date.end : clause[0] + 1] and (own := next(
                (d for d in dates if d.role == "point" and d.value is not None and d.value == d.value_end and
                 clause[0] <= d.start < figure_end), None)) is not None:
        # "When it went public on October 18, the agency said ...; by October 23 its count stood at about 3,000":
        # a clause of its own after a semicolon, with its own day
        return own.value, f"'{own.text}' ({own.note}), its clause's day"
    if statement_date is not None and figure_end is not None and (own := next(
            (d for d in dates if d is not statement_date and d.value is not None and d.value == d.value_end and
             statement_date.end < d.start and 0 < figure_end - d.end <= 30 and
             _AND_BY_DAY.search(text, max(0, d.start - 12), d.start)), None)) is not None:
        # "By 23 October it counted about 3,000, and by 29 October more than 10,000": the figure its own day leads
        return own.value, f"'{own.text}' ({own.note}), the day its clause opens with"
    if statement_date is not None:
        if statement_date.value is None:
            return None, statement_date.note
        if statement_date.role == "period":  # "said last week": no day to give the claim
            return None, f"statement dated only to a period: '{statement_date.text}'"
        return statement_date.value, f"statement date '{statement_date.text}' ({statement_date.note})"
    if figure_end is not None and (own := next((d for d in dates if d.value is not None and 0 < d.start - figure_end <= 7
                                                 and (d.role == "point" or d.role == "deadline" and published is not None
                                                      and d.value == d.value_end and d.value < published)), None)) \
            is not None:
        # "from at least 3,000 on Oct. 23 to around 10,000 on Oct. 28": the day right after a figure is its own
        return own.value, f"'{own.text}' ({own.note}), right after the figure"
    for d in dates:
        if clause[0] <= d.start < clause[1] and d.value is not None:
            if _counted_back_week(d):
                # "which a week ago counted about 3,000, told lawmakers on Tuesday ...": the clause's week
                return None, f"dated only to a period: '{d.text}'"
            if d.role == "point":
                return d.value, f"'{d.text}' ({d.note})"
    if len(dates) == 1 and figure_end is not None and (day := dates[0]).role == "point" and day.value is not None and \
            day.value == day.value_end and (published is None or (day.value - published).days <= _AHEAD_DAYS) and \
            day.end < figure_end and ";" not in (between := text[day.start : figure_end]) and \
            _GIVEN_BETWEEN.search(between) is None:
        # "The missile flew for about 86 minutes on Thursday ... and reached an altitude of more than 7,000
        # kilometres": the sentence's only day, before the figure, dates the clause coordinated with its own
        return day.value, f"'{day.text}' ({day.note}), the sentence's only day"
    if published is None:
        return None, "no date in the sentence; document has no publication date"
    return None, "no date in the sentence"


# A verb that gives a figure, between a figure and a day: the day is the other figure's ("the roughly 10,000 the
# department gave a week earlier, and ... the at least 3,000 the White House cited on Oct. 23").
_GIVEN_BETWEEN = re.compile(r"\b(?:said|says|gave|gives|cited|cites|told|tells|estimated|reported|put|puts|counted|"
                            r"earlier|ago|before)\b")
# A loose hedge, which may stand between the phrases below and their figure.
_LOOSE_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|well\s+over|over)\s+)?"
# A whole army's size: "army of some", "armed forces of about", "standing army, usually estimated at about" before the
# figure, "(people) in uniform", "men under arms", "strong" after it.
_ARMY_BEFORE = re.compile(r"\b(?:army|armies|armed\s+forces|military)(?:\s+of|,?\s+(?:usually\s+|often\s+|widely\s+)?"
                          r"(?:estimated|put|reckoned)\s+at|\s+is(?:\s+by\s+[\w\s]{1,20}?)?)\s+" + _LOOSE_HEDGE + "$",
                          re.I)
_UNDER_ARMS_AFTER = re.compile(r"(?:\s+(?:people|men|soldiers|troops|personnel))?\s+"
                               r"(?:in\s+uniform|under\s+arms|strong)\b|-strong\b", re.I)
# What stands before a ratio set beside a reported figure, as an appositive: ", a count more than", ", roughly".
_RATIO_APPOSITIVE = re.compile(r",\s+(?:(?:a|an)\s+(?:count|figure|number|estimate|total|tally)\s+)?" +
                               _LOOSE_HEDGE + "$", re.I)
# A figure some source gave, as the subject of a comparison: "The number cited by the US Defense Department is".
_GIVEN_BY_SUBJECT = re.compile(r"\b(?:cited|given|offered|released|reported)\s+by\s+[^,;]{2,60}?\s+(?:is|was)\s+" +
                               _LOOSE_HEDGE + "$", re.I)
_OWN_DAY_GAP = re.compile(r"\s+(?:(?:by|on|as of)\s+)?")
_AND_BY_DAY = re.compile(r",\s+and\s+(?:by|on|as of)\s+$", re.I)
_TIME_REFERENCE = re.compile(r"\s+(?:later|after|afterwards|ago|earlier|before)\b")
# The sources of a report, counted: "two officials said", "two of the diplomats said", "three diplomats who
# were present".
_SOURCE_HEAD = re.compile(r"\s+(?:of\s+the\s+|of\s+them\b)?(?:[\w-]+\s+){0,2}?(?:officials|diplomats|sources|analysts|"
                          r"people|lawmakers|legislators|members|participants|attendees|experts|ambassadors|envoys|"
                          r"officers)\b", re.I)
_SOURCES_SAID = re.compile(_SOURCE_HEAD.pattern + r"(?:\s+(?:familiar|briefed|with|who|in|from|at)\b[^,;.]{0,60}?)?,?\s+"
                           r"(?:said|say|says|told|tell|added|confirmed|described|briefed|spoke)\b", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"\b(?:according\s+to|citing|told|quoting)\s+(?:the\s+)?$", re.I)
# What stands before a duration that sets a time, not one given: the sentence's start, a comma or dash, "came".
# ("The treaty took effect five days later", "took office two weeks after")
_SETTING_BEFORE = re.compile(r"(?:^|[,;(\u2014\u2013*]|\b(?:came|comes|come|coming|arrived|followed|then|only|just|"
                             r"barely|nearly|almost|some|about|effect|place|office|power))\s*$", re.I)
# ("It took Washington almost four weeks to confirm": how long, whoever it took.)
_HOW_LONG_BEFORE = re.compile(r"\b(?:(?:lasted|lasts|took|takes|ran|runs|went on|comes|came)(?:\s+for)?|"
                              r"(?:took|takes)\s+(?:[A-Z][\w.-]*|it|them|him|her|us|me)|"
                              r"(?:over|in|during)\s+the\s+(?:past|last|next|previous|following)|spent\s+the\s+(?:past|last))"
                              r"(?:\s+(?:about|almost|nearly|roughly|some|just|only|a\s+little\s+(?:under|over)|"
                              r"more\s+than|less\s+than))?\s+$", re.I)
# "After three days, ...", "So in three weeks we went from ...", "In the nine days since, ..."
_SETTING_OPENER = re.compile(r"\W{0,3}(?:(?:so|and|but|then|yet)\s+)?(?:after|within|for|over|in|during)\s+"
                             r"(?:the\s+(?:past\s+|last\s+|first\s+|next\s+|following\s+)?)?", re.I)
# A year named as when something happened ("in 1975", "in the 1960s", "October 1950"), not "since 1990".
_YEAR_IN = re.compile(r"\b(?:in|during|of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+"
                      r"(?:the\s+)?(1[5-9]\d\d|20[0-2]\d)s?(?![\d,])", re.I)
HISTORY_YEARS = 10  # a figure of a year this long before the document is its background, not a claim of its story


def _historical(text: str, clause: tuple[int, int], published: date | None) -> bool:
    """Whether the figure's clause puts it in a year long before *published* ("Cuba had 36,000 troops in Angola
    within a year of arriving in 1975"): an opinion column's or explainer's history, not the story's claim."""
    if published is None or "19" not in (window := text[clause[0] : clause[1]]) and "20" not in window:
        return False
    year = _YEAR_IN.search(window)
    return year is not None and int(year.group(1)) <= published.year - HISTORY_YEARS


_HYPHEN_WORD = re.compile(r"-[a-z]")  # "the 32-member alliance"
_MEMBERS_AFTER = re.compile(r"\s+member\b")  # "the alliance's 32 member states": the outlet's description too
# A comparison set off after a figure: ", well ahead of its own forecast", ", up from 3,000", ", short of the plan"
_ASIDE_AFTER = re.compile(r",\s+(?:well |far |just |already |still )?(?:ahead of|above|below|beyond|short of|up from|"
                          r"down from|compared with|exceeding|surpassing|outpacing)\b", re.I)
_THAT_COUNT_BEFORE = re.compile(r"\b(?:that|this) (?:number|figure|count|estimate|total)\b", re.I)
# "there" as a place ("11,000 were there", "put the number there at 8,000"), not "there were 11,000"
_LOCATIVE_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|be|been|have|has|had|will|would|could|can|may|might|"
                             r"must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|"
                             r"isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't)\b|['\u2019]s\b)", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_READING_TIME = re.compile(r"\b(?:reading|read) time\s*:?\s*$", re.I)
_MIN_READ_AFTER = re.compile(r"\s*(?:min|mins|minutes?)\.?\s+read\b", re.I)
# A capitalised word, not the sentence's first, right before the figure: "the Leopard 2", "Article 5", "Windows 11"
# (never a month's day, which is a date, nor a hedge: "About 86 minutes" is its sentence's first word).
_DESIGNATOR_BEFORE = re.compile(r"[\w,;)]\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s)"
                                r"[A-Z][a-z]+\s$")
_ELAPSED_MEASURES = frozenset({"days", "weeks", "months"})
_ELAPSED_BEFORE = re.compile(r"(?:\b(?:the\s+)?(?:past|last)|\b(?:taken|took)(?:\s+[A-Z][\w.]*)?(?:\s+(?:almost|nearly|"
                             r"about|just|only))?|\b(?:moved|grown|grew|climbed|risen|rose|changed|gone)\s+(?:\w+\s+)?in)\s+$")
_ELAPSED_AFTER = re.compile(r"\s+(?:days?|weeks?|months?)\s+(?:into|on)\b")
_ELAPSED_OPENING = re.compile(r"\W*In\s+(?:just\s+|only\s+)?")
_COUNTDOWN_AFTER = re.compile(r"\s+(?:days?|weeks?|months?)\s+(?:to go\b(?! from)|left\b|away\b|remaining\b)", re.I)
_COUNTDOWN_BEFORE = re.compile(r"\b(?:remaining|takes? office in|sworn in in)\s+$", re.I)
_THE_SET_BEFORE = re.compile(r"\bthe\s+(?:same\s+|other\s+|remaining\s+|last\s+|first\s+|next\s+|only\s+)?$", re.I)
_ARMY_OF = re.compile(r"\b(?:army|military|armed forces|force|forces) of\s+$", re.I)  # the figure's hedge is its own
_STRONG_AFTER = re.compile(r"\s+strong\b")
_BATCH_OF = re.compile(r"\b(?:group|batch|contingent|wave|detachment|unit|echelon|tranche) of\s+$", re.I)
# "about 8,000 of the North Koreans": a part of a country's people
_OF_DEMONYM = re.compile(r"\s+of\s+(?:the|those|these)\s+((?:North |South )?[A-Z][a-z]+(?:ans|ians|ese|ers))\b")
_ARITHMETIC = re.compile(r"\b(?:would|could)\s+(?:bring|earn|net|mean|be worth|amount to|add up to|come to|cost)\b|"
                         r"\bby (?:my|our) (?:arithmetic|calculation|reckoning)\b|\bat that rate\b", re.I)
_MONEY_WORD = re.compile(r"[$\u20ac\u00a3\u20a9]|\b(?:dollars|euros|pounds|won|mn|bn)\b")
_RELATIVE_PLACE = re.compile(r"\s+(?:that|which)\s+(?:[\w.'-]+\s+){1,9}?(?:were|are|was|is|had been|have been|"
                             r"has been)\s+(?:now\s+|already\s+)?(?:in|inside|at|near)\s+(?:the\s+)?")
_DECIDED_AFTER = re.compile(r"\s+(?:that|which)\s+(?:[\w.'-]+\s+){1,9}?(?:(?:decided|plans?|planned|pledged|promised|"
                            r"agreed|intends?|intended|aims?|aimed)\s+to|expects?|expected|forecast|projected|"
                            r"committed|promised|pledged)\b")  # ("out of 12,000 that Pyongyang has committed")
_COMMA_ONLY = re.compile(r"^,\s*$")
_SENTENCE_END = re.compile(r"[.!:]?[\"\u201d]?\s*$")
_SAID_NAME_COMMA = re.compile(r"\b(?:said|says|added|adds|told|explains|explained|with)\s+(?:[A-Z][\w'\u2019.-]+\s+){0,3}"
                              r"[A-Z][\w'\u2019-]+,\s*$")
_NAME_PAREN = re.compile(r"[A-Z][a-z][\w'\u2019-]*\s+\(\s*$")
_NAME_COMMA_BEFORE = re.compile(r"(?:[A-Z][a-z\u00e0-\u017f]+(?:-[a-z\u00e0-\u017f]+)?|minister|president|leader|chief|"
                                r"secretary|spokesman|spokeswoman|captain|colonel|lieutenant|sergeant|defector|veteran|"
                                r"ambassador|commander|general|envoy|diplomat|official),\s*$")
# After a bare figure that counts the story's last counted thing: "put the number at roughly 3,000."
_BARE_FIGURE_AFTER = re.compile(
    r"[\"\u201d]?\s*(?:$|[,.;:)|?]|--|\u2014|\u2013|(?:could|would|will|may|might|are|were|is|was|have|had|has|more|"
    r"of them|in|to|by|at most|from|at|on|or|and|remain\w*|arriv\w+|[a-z]+ed|went|gone|figure|estimate|number|total|"
    r"being|(?:even )?(?:earlier|later)|"  # "some 10,000 being prepared", "counted about 12,000 even earlier"
    rf"{'|'.join(sorted(_VERBS_IN_S))}|"  # "Seoul's 12,000 refers to a plan"
    # "put the number at about 12,000 as early as Oct. 24", "10,000 so far": when, not what
    r"as (?:early|late|recently) as|as of|so far|until|since|already|earlier|previously|"
    r"(?:a|one|two|three) (?:days?|weeks?|months?) (?:earlier|before|ago)|"
    # "plans to send 12,000 altogether", "expected about 10,000 there", "said ten thousand the other week"
    r"altogether|in all|in total|all told|there|the other (?:day|week)|"
    # "put the figure at a minimum of 3,000 that same day"
    r"(?:that|the)\s+(?:same|very)\s+(?:day|week|morning|evening|night|afternoon)|"
    # "had expected ten thousand only by December", "Twelve thousand according to Kyiv"
    r"(?:only|just)\s+(?:by|in|until|after|from)|according to|"
    # "the roughly 10,000 the department gave", "10,000 the US says were sent", 'the "at least 3,000" that the
    # White House had cited': who gave the figure
    rf"(?:that\s+)?(?:the|it|they|he|she)\s+(?:[\w.'-]+\s+){{0,3}}?(?:{GIVER_VERBS})|"
    # "the roughly 8,000 that U.S. Secretary of State Antony Blinken said", "about 12,000 that Pyongyang decided to
    # send": a relative clause whose subject gave, or decided on, the figure
    rf"(?:that|which)\s+(?:[\w.'-]+\s+){{1,6}}?(?:{GIVER_VERBS}|decided|planned|pledged|promised|agreed))\b)")
_DEMONYM_END = re.compile(r"(?:ans|ese|ers)$")
# "the first 2,600 of them"; "8,000 of them were in Kursk"; "8,000 of the soldiers had moved": a part
_OF_THEM = re.compile(r"\s+of (?:them|those|these|the\s+(?:[\w-]+\s+){0,3}?(?:soldiers|troops|forces|personnel|"
                      r"servicemen|fighters|men)\b)", re.I)
_PLACE_TAIL = re.compile(
    r"(?:\s+(?:to|in|into|at|near|inside|from|for|on|aboard)\s+(?:the\s+)?[^,;.]{1,45}?)(?=[,;.]|$|\s+(?:and|"
    r"but|by|while|as|who|which|after|before|since|amid|to\s+\w+)\b)"
)


# Things an article counts about itself, not about the story.
_ARTICLE_FURNITURE_COUNTS = frozenset("things numbers questions answers points reasons ways lessons takeaways "
                                      "reviewers readers".split())
# "put the figure at", "raised the number to about": the count a source gives, right before the figure.
_FIGURE_PUT_AT = re.compile(r"\b(?:figure|number|total|count|tally|estimate)\s+(?:\w+\s+){0,2}?(?:at|to)\s+[\"\u201c]?"
                            r"(?:(?:about|around|roughly|some|nearly|almost|at least|more than|over|only|just)\s+)*$",
                            re.I)


# "about 3,000 had been moved so far": a bare figure of people sent somewhere.
_SENT_AFTER = re.compile(r"[\"\u201d]?\s+(?:(?:had|have|has|were|was)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:moved|sent|"
                         r"deployed|dispatched|transferred|shipped|ferried|arrived)|"
                         # "about 1,500 went in the first transport", "so about 3,000 are now in Russia"
                         r"(?:went|followed|(?:have|had)\s+gone)|(?:are|were)\s+(?:now\s+|already\s+)*(?:in|there)|"
                         # "it had seen at least 3,000 move by ship"
                         r"(?:move|moving|arrive|arriving)\s+(?:by|to|into|in)|"
                         # "out of roughly 10,000 sent to Russia in all", "out of about 12,000 that Pyongyang has
                         # agreed to send", "about 12,000 Pyongyang has promised": the whole a sender commits
                         r"(?:sent|deployed|dispatched|shipped)\s+(?:to|into|so\s+far|in\s+all|in\s+total)|"
                         r"(?:that\s+|which\s+)?(?:Pyongyang|North\s+Korea|the\s+North|Kim\s+Jong\s+Un|it)\s+"
                         r"(?:has\s+|had\s+|have\s+)?(?:agreed|promised|pledged|committed|decided|planned)"
                         r")\b")
# "Pyongyang had decided to send about 12,000, and ...": a bare figure a sender decided or promised to send.
_SEND_BEFORE = re.compile(r"\b(?:decided|agreed|promised|pledged|plans?|planned|planning|prepared|preparing)\s+to\s+"
                          r"(?:send|dispatch|deploy)\s+$")


# A bare figure a speaker gave: "Zelensky said ten thousand the other week", "it expected about 10,000 there";
# "More than 10,000, the State Department said on Tuesday": a figure that opens its sentence, then who said it.
_SAID_FIGURE_BEFORE = re.compile(r"\b(?:said|says|say|expected|expects|estimated|estimates|counted|counts|reported|"
                                 r"reports|cited|cites|gave|gives|(?:spoke|speaks|speak|spoken)\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|"
                                 r"at least|more than|over|just over|up to|as many as)\s+)?$")
_OPENS_WITH_FIGURE = re.compile(r"\W*(?:(?:about|around|roughly|some|nearly|almost|at least|more than|over|just over|"
                                r"up to|as many as)\s+)?", re.I)
_FIGURE_THEN_ACCORDING = re.compile(r"(?:[^,;:()]|(?<=\d),(?=\d)){0,50}?[\w\"\u201d],?\s+")  # ("10,000": its comma)
# "Twelve thousand according to Kyiv, three thousand according to Seoul": who gave each bare figure, right after it
_ACCORDING_AFTER_FIGURE = re.compile(r"[\"\u201d]?,?\s+according\s+to\s+(?:the\s+)?[A-Z]")
_SAID_AFTER_FIGURE = re.compile(r"[\"\u201d]?,\s+(?:[\w.'-]+\s+){1,5}?(?:said|says|told|estimated|reported)\b")
# A speaker's verb that makes what follows a forecast, not a count: "it expects about 10,000 to be there".
_FORWARD_VERB = re.compile(r"(?:expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected|"
                           r"anticipates?|anticipated)")


# The last figure (a digit run with its separators) before a point: "10,000" in "10,000 soldiers, ahead of".
_LAST_FIGURE = re.compile(r"\d[\d,.]*\d(?!.*\d)|\d(?!.*\d)", re.S)
_WORD_REST = re.compile(r"\w*")
# What a ratio is compared with: "four times the number South Korea had given", "three times as many as U.S.
# officials counted", "four times larger", "four times that number", "three times the agency's count".
_COMPARED_FIGURE = re.compile(r"\s+(?:times\s+|fold\s+)?(?:as\s+(?:high|large|many|big|much)\s+as|larger|higher|bigger|"
                              r"greater|more\b|the\s+(?:number|figure|count|estimate|one|total|tally)|that\b|"
                              r"(?:the\s+)?[\w.-]+'s\s)", re.I)


_ESCORTED_BEFORE = re.compile(r"\bescorted\s+by\s+$")  # "escorted by three warships": escorts
# Soldiers counted as they fell: "... soldiers had been killed", "30 soldiers killed or wounded".
_CASUALTY_AFTER = re.compile(r"\s+(?:(?:[\w-]+\s+){1,5}?(?=(?:had|have|has|were|was)\s))?"  # "... soldiers sent to Russia had"
                             r"(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|being\s+)?"
                             r"(?:(?:reportedly|already|possibly|probably|either)\s+)?(?P<how>killed|wounded|injured|dead|died)"
                             r"(?P<both>\s+(?:or|and)\s+(?:killed|wounded|injured))?\b", re.I)
_CASUALTY_WORDS = frozenset(("killed", "wounded", "injured", "dead", "died"))  # its "how": a whole word of a match


def _casualty_after(text: str, pos: int) -> re.Match[str] | None:
    """``_CASUALTY_AFTER.match(text, pos)``, not tried when the ASCII sentence *text* holds none of its words
    (its lazy words before them are tried at every troops figure; ascii_words is remembered for the sentence)."""
    words = ascii_words(text)
    if words is not None and _CASUALTY_WORDS.isdisjoint(words):
        return None
    return _CASUALTY_AFTER.match(text, pos)


_FELL = {"killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded"}


def _fallen(fell: re.Match[str]) -> str:
    """The measure a match of _CASUALTY_AFTER names: killed, wounded, or both (casualties)."""
    return "casualties" if fell.group("both") else _FELL[fell.group("how").lower()]
_SOLDIER_COUNTS = frozenset({"troops", "units", "casualties", "killed", "wounded"})  # whose soldiers: the story's owner
# Where troops are kept, counted: "three training sites", "five military bases" (the troops', not the host's).
_PLACES_KEPT = frozenset({"sites", "grounds", "bases", "camps", "ranges", "facilities", "locations"})
_TRAINED_AT = re.compile(r"\b(?:training|trained|train)\s+at\b")
_COUNT_WORD = re.compile(r"\b(?:figures?|counts?|numbers?|estimates?|tally|total|that|Seoul's|Kyiv's)\b")
_TROOP_WORD = re.compile(r"\b(?:troops|soldiers|they|them|men|North Koreans|contingent|force)\b")
_FEW_OF = frozenset({"ships", "aircraft"})  # things a story counts in ones and tens, never in thousands


def _dwarfs(q: Quantity, counted: Claim) -> bool:
    """True when the figure *q* is fifty times the size of the count *counted* or more."""
    size = q.value if q.value is not None else q.low
    small = counted.value if counted.value is not None else counted.value_high
    return size is not None and small is not None and 0 < small * 50 <= size


def _ends_bare(text: str, q: Quantity, dates: list[DateMention]) -> bool:
    """True when the figure ends where its clause does, before a word that follows a bare count,
    or before a date ("put the figure at about 3,000 the same day")."""
    return any(0 < d.start - q.end <= 2 for d in dates) or _BARE_FIGURE_AFTER.match(text[q.end :]) is not None or \
        _WHEN_AFTER.match(text, q.end) is not None  # ("raised it to 11,000 four days later")


def _numeric_claim(doc_id: str, sent: _Sentence, q: Quantity, mentions: list[Mention], speaker_for,
                   statement_date: DateMention | None, verb_date: Mapping[int, DateMention | None],
                   published: date | None, dates: list[DateMention], antecedent: Claim | None = None,
                   military_story: bool = False) -> Claim | None:
    text = sent.text
    if q.value == 2 and _THE_BEFORE.search(text[max(0, q.start - 5) : q.start]) and _PAIR_NOUN.match(
            text[q.end :]):
        return None  # "the two countries", "the two leaders": a reference to a pair, not a count
    np_end, family, unit, head, mods = _head_noun(text, q)
    if head == "companies" and ("sanction" in text or _AND_INDIVIDUALS.match(text, np_end)):
        family, unit = MEASURE_NOUNS["entities"]  # "sanctioned almost 400 companies and individuals": firms, not units
    if q.unit_hint:  # "40 percent of the troops", "$425 million in aid": the unit is what is counted
        mods = [head] if family and head else mods
        family, unit = ("percent", "percent") if q.unit_hint == "percent" else \
            ("ratio", "times") if q.unit_hint == "times" else ("money", q.unit_hint)
    if q.value is not None and 2 <= q.value <= 12 and text[q.start].isalpha() and q.qualifier == "exact" and \
            _THE_SET_BEFORE.search(text, max(0, q.start - 24), q.start) and \
            family not in _STORY_MEASURES | DURATION_FAMILIES:
        # "the two secretaries", "The other two figures", "the three largest state channels": a number in words
        # after "the" names a set the reader already knows, it counts nothing new (the troops and the days it
        # does count: "the two soldiers captured", "the three days in Kazan")
        return None
    if family in DURATION_FAMILIES and (_READING_TIME.search(text, max(0, q.start - 16), q.start) or
                                        _MIN_READ_AFTER.match(text, q.end)):
        return None  # "Reading time: 6 minutes", "5 min read": the page's furniture
    if q.qualifier == "exact" and q.value is not None and q.value < 1000 and text[q.start].isdigit() and \
            text[q.start : q.end].isdigit() and _DESIGNATOR_BEFORE.search(text, max(0, q.start - 40), q.start):
        return None  # "105 more Leopard 2 tanks", "Article 5": a capitalised name's number is a designation
    if family in DURATION_FAMILIES and (_COUNTDOWN_AFTER.match(text, q.end) or
                                        _COUNTDOWN_BEFORE.search(text, max(0, q.start - 24), q.start)):
        return None  # "with eight days to go", "now four days away", "who takes office in 63 days": the calendar's
    if family is None and (fell := _casualty_after(text, q.end)) is not None and fell.start("how") - q.end < 12:
        # "at least 30 were killed or wounded in a single weekend": a bare count of the fallen
        family, unit, head = _fallen(fell), "people", ""
    if family is None and q.value == 1 and not q.unit_hint:
        return None  # "the matter was one for Moscow": a pronoun, and a lone "one" counts nothing anyway
    if family is None:
        if q.value is not None and 15 <= q.value <= 110 and float(q.value).is_integer() and (
                _COMMA_ONLY.match(fold(text[q.end : q.end + 2])) and _NAME_COMMA_BEFORE.search(text[: q.start]) or
                # '"It is sad," said Rasa Jankauskiene, 48.', "Jung Min-seok (51) said": a named speaker's age
                _SENTENCE_END.match(text, q.end) and _SAID_NAME_COMMA.search(text, max(0, q.start - 60), q.start) or
                text[q.end : q.end + 1] == ")" and _NAME_PAREN.search(text, max(0, q.start - 40), q.start)):
            family, unit, head = "age", "years", "age"  # "Matsuda, 65, who ..."
        elif _ARMY_OF.search(text, max(0, q.start - 30), q.start) or _STRONG_AFTER.match(text, q.end) or \
                military_story and q.value is not None and q.value >= 100 and \
                _BATCH_OF.search(text, max(0, q.start - 30), q.start):
            # "an army of roughly 1.2 million", "1.2 million strong"; in a story of troops, "a second group of about
            # 1,500 had followed the first"
            family, unit, head = "troops", "troops", ""
        else:
            family, unit, head = _measure_from_context(text, q)
    inherited = False
    size = q.value if q.value is not None else q.low  # "a few thousand": its low end
    if family in _FEW_OF and size is not None and size >= 1000 and antecedent is not None and \
            antecedent.measure == "troops":
        # "... aboard four landing ships, with three escorts, and 12,000 to follow in all": thousands of
        # ships are not what the sentence counts; the soldiers before them are.
        family, unit, head = None, None, ""
    if family is None and antecedent is not None and size is not None and size >= 100 and (
            _ends_bare(text, q, dates) or _SENT_AFTER.match(text, q.end) is not None):
        # "the U.S. had put the number at roughly 3,000": the thing counted a sentence ago.
        family, unit, head, inherited = antecedent.measure, antecedent.unit, "", True
    if family is None and antecedent is None and military_story and size is not None and size >= 100 and \
            (_FIGURE_PUT_AT.search(text, max(0, q.start - 60), q.start) or _SENT_AFTER.match(text, q.end) or
             _SEND_BEFORE.search(text, max(0, q.start - 40), q.start) or
             _SAID_FIGURE_BEFORE.search(text, max(0, q.start - 30), q.start) or
             _OPENS_WITH_FIGURE.fullmatch(text, 0, q.start) and _SAID_AFTER_FIGURE.match(text, q.end) or
             _ACCORDING_AFTER_FIGURE.match(text, q.end)) and \
            _ends_bare(text, q, dates):
        # 'How many soldiers are in Russia? ... The White House put the figure at "at least 3,000" the same
        # day', 'about 3,000 had been moved so far': in a story about troops, the figure a source puts a count
        # at, or a bare figure sent somewhere, when nothing else is counted.
        family, unit, head, inherited = "troops", "troops", "", True
    if family is None or family in _ARTICLE_FURNITURE_COUNTS:
        # (nor "three things to watch", "five questions", "mixes up two numbers": the article's own furniture)
        return None  # a bare figure with no measured thing is not a checkable claim
    if q.value is not None and q.value < 20 and (
            _SOURCES_SAID.match(text, q.end) and not _DIGIT.search(text, q.end, q.end + 12) or
            _ACCORDING_TO_BEFORE.search(text, max(0, q.start - 20), q.start) and _SOURCE_HEAD.match(text, q.end)):
        # "according to three diplomats who were present", "two of the diplomats said": who speaks, counted, is
        # how the outlet sourced the story, not a claim of it.
        return None
    if family in DURATION_FAMILIES and (
            _TIME_REFERENCE.match(text, np_end) and _SETTING_BEFORE.search(text, max(0, q.start - 24), q.start) or
            _SETTING_OPENER.fullmatch(text, 0, q.number_start)):
        # "Three weeks after the spy agency raised the alarm, ...", "Seventy-four years later, ...", "The first
        # strike came two days later", "Moscow's answer, two days later, ...", "After three days, ...": the
        # sentence's setting in time, not a claim (but "the 3,000 it had reported six days before" is one).
        return None
    if family == "people" and _DEMONYM_END.search(head) and head not in MEASURE_NOUNS and \
            (military_story or _MILITARY_CONTEXT.search(text)):
        # (not the people the table names: "95 prisoners from each side", "12,000 workers")
        family = "troops"  # "2,000 to 12,000 North Koreans" in a story about a deployment
    if family == "troops" and (fell := _casualty_after(text, np_end)) is not None:
        # "at least 100 North Korean soldiers had been killed": the dead; "30 soldiers killed or wounded": both
        family, unit = _fallen(fell), "people"
    if family == "units" and q.value is not None and q.value >= 100:
        family, unit = "troops", "troops"  # "brings the contingent to around 3,000": its size, not a count of units
    speaker, chain, att = speaker_for(q.start)
    compared = family == "ratio" and speaker is not None and not _quoted_at(text, q.start) and (
        att is not None and att.verb == "estimate" or _COMPARED_FIGURE.match(text, q.end) is not None)
    if compared:
        # "Ukraine's figure is four times larger", "four times the number South Korea had given a day earlier":
        # how two sources' figures compare is the outlet's arithmetic, not either source's claim (but "Umerov said
        # the number had doubled" is his); it is of what the figures count, not of the figure's owner.
        speaker, chain = None, ()
    if att is None and speaker is not None and _ARITHMETIC.search(text) and _MONEY_WORD.search(text):
        # "At that rate, a force of 10,000 would earn the regime roughly $20mn a month", "By my arithmetic that is
        # some $20 million": the outlet's own sum over a source's figures, not the source's claim.
        speaker, chain = None, ()
    if speaker is None and family in DURATION_FAMILIES and _HOW_LONG_BEFORE.search(text, max(0, q.start - 40), q.start):
        # How long something went on, that nobody gives: "the briefing lasted about six hours", "over the past
        # seven days" (but "a call his office said lasted about 12 minutes" is the office's).
        return None
    folded = fold(text)
    if att is not None and verb_date:
        # "X, which a week ago counted 3,000, told lawmakers on Tuesday that there were now 10,000":
        # the figure takes the date of the verb that governs it, not the sentence's first one.
        own = verb_date[id(att)]
        d = statement_date
        if own is None and d is not None and (";" in text[min(d.end, att.start) : max(d.start, att.start)] or
                                              att.gives_figure and d.start >= att.end or
                                              d.start >= q.end and _DIGIT.search(text, q.end, d.start)) and \
                any(other is d for key, other in verb_date.items() if key != id(att)):
            # "X said last Wednesday that ...; Y now puts it at ...": another verb's day, across a
            # semicolon, is not Y's (but "X said on Friday ..., while Y estimated ...": one day).
            # Nor is a later verb's day that of a figure its giver follows: "up from the 10,000 the
            # department gave, and far above the 3,000 the White House cited on Oct. 23". Nor the day of a
            # verb after another figure: "11,000 to 12,000 are now there, up from the 10,000 it estimated last
            # week" (but "10,000 are there, the agency believes, lawmakers said Tuesday" is their day).
            statement_date = None
        statement_date = own or statement_date
        if att.start <= q.start < att.end and _RELATIVE_ASIDE.search(folded, att.start, q.start):
            statement_date = None  # the aside's own figure: dated by its own clause ("a week ago")
    if family == "age" or _HYPHEN_WORD.match(text[q.end : q.end + 2]) or \
            text[q.start - 3 : q.start] in ("'s ", "\u2019s ") and _MEMBERS_AFTER.match(text, q.end):
        speaker, chain = None, ()  # "Matsuda, 65,", "the 32-member alliance": the outlet's own description
    elif (q.value or 0) >= 500_000 and (_ARMY_BEFORE.search(text, max(0, q.start - 60), q.start) or
                                       _UNDER_ARMS_AFTER.match(text, q.end)) and \
            not (att is not None and att.covers(q.start) and att.verb in REPORTING_VERBS and
                 att.verb not in ("estimate", "estimates")):  # (not "by most estimates about 1.2 million strong")
        # "North Korea, which keeps about 1.2 million people in uniform", "its standing army, usually estimated at
        # about 1.2 million": a whole army's size is the outlet's background, not the last speaker's figure
        speaker, chain, statement_date = None, (), None
    elif family == "ratio" and not (att is not None and att.covers(q.start) and not att.gives_figure and
                                    att.start < q.start and not _RATIO_APPOSITIVE.search(text, max(0, q.start - 40),
                                                                                        q.start) and
                                    not _GIVEN_BY_SUBJECT.search(text, max(0, q.start - 100), q.start)):
        # (nor "..., a count more than three times what the White House offered", "..., roughly triple the White
        # House's estimate", set beside what was said; nor "The number cited by the Department is three times ...")
        # "the Pentagon's estimate had more than tripled", "It is three times the agency's count": the
        # outlet's arithmetic over two figures, with no speaker and no day of its own (but "the minister
        # said the number had doubled" is the minister's).
        speaker, chain, statement_date = None, (), None
    elif att is None and (family not in _CARRIED_FAMILIES or family == "words" and not _MILITARY_CONTEXT.search(text)):
        # A sentence with nobody speaking in it carries the last speaker's story figures on
        # ("It added ... 3,000 more", "The soldiers are being taught about a hundred Russian military words"), not
        # the outlet's background: distances, seats, years ("letters of up to 250 words").
        speaker, chain = None, ()
    gapped = _gapped_speaker(text, q.start, mentions) if att is not None and 0 <= q.start - att.end <= 60 and \
        ("," in text[att.end : q.start] or " and " in text[att.end : q.start]) else None
    if gapped is not None and gapped.canonical != speaker:
        # "Kyiv says twelve thousand, Seoul three thousand": the verb is left out, the speaker is not
        speaker, chain, att = gapped.canonical, (gapped.canonical,), None
    clause = _clause_bounds(text, q.number_start, (att.content_start, att.content_end) if att and att.covers(q.start) else None)
    if gapped is not None:
        clause = (max(clause[0], gapped.start), clause[1])  # the gapped clause: "Seoul three thousand"
    if np_end > clause[1]:  # "- 8,000: North Korean troops in Kursk": the figure's clause goes on past the colon
        clause = (clause[0], _clause_bounds(text, np_end - 1, None)[1])
    if family != "age" and _historical(text, clause, published):
        return None  # (an age is now: 'walked south in 1950," said Grace Kim, 67')
    if att is None and text.rstrip(" \"\u201d*").endswith("?"):
        return None  # "How did the estimate move so far in five days?": a question nobody's figure is in asserts nothing
    window = folded[clause[0] : clause[1]]
    before = folded[clause[0] : q.start]
    after = folded[np_end : clause[1]]
    subject = _subject(text, q.start, np_end, mentions, clause,
                       (att.start, att.end) if att else (gapped.start, gapped.end) if gapped else None,
                       owned=family in OWNED_FAMILIES, family=family, bare=inherited)
    if family == "age":
        subject = _aged_person(text, q.start, mentions)  # "Choe, 60": her age, nobody else's
    if subject is None and _OF_THEM.match(folded[np_end : np_end + 12]):
        # "the first 2,600 of them"; not the speakers' country ("South Korean and U.S. officials said
        # some 3,000 of them were already there": them, the North Korean soldiers named before).
        owners = [m for m in mentions if m.start < q.start and m.form == "adjective" and m.entity.type == "country"
                  and not (att is not None and att.start <= m.start < att.end)]
        subject = owners[-1].canonical if owners else None
    if (inherited or subject is None) and antecedent is not None and antecedent.measure == family:
        subject = subject or antecedent.subject
        if inherited and subject is not None and subject == antecedent.subject and family in _SOLDIER_COUNTS and \
                any(m.canonical == subject and m.entity.type == "country" and
                    folded[max(0, m.start - 3) : m.start] == "in " for m in mentions):
            # "Russia has assembled a force of roughly 50,000 troops. ... The number in Russia was estimated at 11,000
            # to 12,000": troops counted in a country are not that country's own; the article's usual owner's (below).
            subject = None
    if compared and antecedent is not None and antecedent.subject:
        subject = antecedent.subject
    place = _place(text, np_end, clause, mentions, subject, q.start, (att.start, att.end) if att else None)
    if place is None and antecedent is not None and antecedent.place and antecedent.measure == family and \
            _THAT_COUNT_BEFORE.search(text, max(0, q.start - 48), q.start):
        place = antecedent.place  # "11,000 are now in Kursk. Blinken had put that number at about 8,000": in Kursk
    if place is None and antecedent is not None and antecedent.place and antecedent.measure == family and \
            "there" in folded[clause[0] : clause[1]] and _LOCATIVE_THERE.search(folded, clause[0], clause[1]):
        place = antecedent.place  # "Blinken put 8,000 of them in Kursk; Zelensky said 11,000 were there": in Kursk
    if place is None and (there := next((m for m in mentions if 0 <= m.start - np_end <= 90 and m.form != "adjective"
                                         and m.entity.type in ("place", "country")), None)) is not None and \
            _RELATIVE_PLACE.fullmatch(folded, np_end, there.start):
        place = there.canonical  # "the roughly 8,000 that Blinken said last week were in Kursk": where they are
    # The mood stops at the comma before the clause's next figure: "it was more than 10,000, well ahead of
    # the agency's own forecast of 10,000" forecasts the second figure, not the first.
    later = _DIGIT.search(folded, np_end, clause[1])
    cut = folded.rfind(",", np_end, later.start()) if later is not None else -1
    if cut < 0 and "," in folded[np_end : clause[1]] and (aside := _ASIDE_AFTER.search(folded, np_end, clause[1])):
        # "the figure had passed 10,000, well ahead of its own forecast": the aside's mood is not the figure's
        cut = aside.start()
    mood_from = clause[0]
    relative = max(folded.rfind(", which ", max(0, q.start - 60), q.start),
                   folded.rfind(", who ", max(0, q.start - 60), q.start))
    closing = folded.find(",", np_end, clause[1]) if relative >= 0 else -1
    if closing >= 0 and "," not in folded[relative + 2 : q.start]:
        # "The NIS, which counted about 3,000 last week, has forecast that some 10,000 would be there": a figure in
        # a relative clause takes that clause's mood, not the sentence's
        mood_from, cut = relative, closing if cut < 0 else min(cut, closing)
    else:
        relative = -1
    mood_to = clause[1] if cut < 0 else cut
    # (The sentence's words when the window cuts none of them: no word set built for each figure's window.)
    modality = _modality(folded[mood_from:mood_to], *slice_words(text, mood_from, mood_to))
    if modality == "actual" and att is not None and att.covers(q.start) and relative < 0 and \
            _FORWARD_VERB.fullmatch(att.verb.lower()):
        modality = "planned"  # "the agency said it expects about 10,000 to be in Russia by December": a forecast
    if modality == "actual" and _DECIDED_AFTER.match(folded, np_end):
        modality = "planned"  # "out of about 12,000 that Pyongyang decided to send": the plan, not who is there
    # An age, a share or a duration has no scope: the windows are not read for one.
    unscoped = family in DURATION_FAMILIES or family in ("age", "percent")
    scope = None if unscoped else _scope(_after_last_item(before), folded[q.start : np_end], after) or (
        "part" if _part_of_before(folded, q.start) or _OF_THEM.match(folded, q.end) else None)
    event_date, note = _event_date(statement_date, dates, clause, published, np_end, text)
    if family == "age":
        event_date, note = None, "an age describes a person; it is not an event"
    elif family == "ratio" and speaker is None:
        event_date, note = None, "a ratio of two figures has no day of its own"
    as_of, given_that_day = _as_of(folded, clause, q, dates, published or event_date, event_date)
    if given_that_day and family != "age":
        event_date, note = as_of, f"counted back from the statement's day to {as_of.isoformat()}"
    elif as_of is not None and event_date is not None and as_of < event_date and \
            not any(d.value == as_of for d in dates):
        # "a week after it had estimated about 10,000": the earlier figure was not given on the day of
        # the statement, and no day names when it was.
        event_date, note = None, f"an earlier figure, counted back to about {as_of.isoformat()}"
    if modality != "actual" and as_of is None and dates:
        # "The number could reach 10,000 by December": a projection for a day ahead is the figure as
        # of that day, not the overall plan ("decided to send 12,000 in total"); so it is when the
        # statement is dated only to a period ("This week the agency said it expects 10,000 by December").
        as_of = next((d.value_end for d in dates if d.role == "deadline" and d.value_end is not None and
                      clause[0] <= d.start < clause[1] and (published is None or d.value_end > published)), None)
    as_of = as_of or _period_date(statement_date) or (_clause_week(dates, clause) if statement_date is None else None)
    # The quote: from the start of the clause's verb phrase to the end of the noun phrase
    # and the place phrase that follows it.
    start = max(clause[0], q.start - 70)
    if start > clause[0]:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < q.start else q.start
    other = _LAST_FIGURE.search(text, start, q.start)
    if other is not None:
        # "more than 10,000 soldiers, well ahead of its forecast of 10,000": the quote does not reach back into
        # the figure before it; it starts after that figure's comma, else after the figure.
        comma = text.find(",", other.end(), q.start)
        # (_trim below drops the spaces after it; "the 13th aboard four ships": the ordinal's letters go too)
        start = comma + 1 if comma >= 0 else _WORD_REST.match(text, other.end()).end()
    end = np_end
    tail = _PLACE_TAIL.match(text[end : clause[1]])
    if tail:
        end += tail.end()
    s, e = _trim(text, start, max(end, q.end))
    if family == "ships" and "escort" not in mods and (head.startswith("escort") or
                                                        _ESCORTED_BEFORE.search(text, max(0, q.start - 16), q.start)):
        mods = [*mods, "escort"]  # "three escorts", "escorted by three warships": not the landing ships
    detail = " ".join(dict.fromkeys(mods)) or None
    value, low, high = q.value, q.low, q.high
    if head.startswith("decade"):  # "for two decades": twenty years
        value, low, high = (None if x is None else x * 10 for x in (value, low, high))
    if unit == "km" and head.endswith("miles"):
        unit = "miles"  # matching converts (match.UNIT_FACTORS); the value stays as written
    return Claim(
        claim_id=stable_id(doc_id, "numeric", sent.start + s, sent.start + e, q.start),
        doc_id=doc_id,
        kind="numeric",
        quote=text[s:e],
        start_char=sent.start + s,
        end_char=sent.start + e,
        subject=subject,
        measure=family,
        measure_detail=detail,
        value=value,
        value_low=low,
        value_high=high,
        unit=unit,
        qualifier=q.qualifier,
        attributed_to=speaker,
        attribution_chain=" > ".join(chain) if len(chain) > 1 else None,
        event_date=event_date,
        date_note=note,
        as_of=as_of,
        place=place,
        modality=modality,
        scope=scope,
        sentence=text,
    )


def _date_claim(doc_id: str, sent: _Sentence, d: DateMention, mentions: list[Mention], speaker_for,
                statement_date: DateMention | None, published: date | None,
                antecedent: Claim | None = None) -> Claim | None:
    if d.role == "period":
        return None  # a month is context, not a claim (decided before the event words are looked for)
    text = sent.text
    folded = fold(text)
    clause = _clause_bounds(text, d.start, None)
    window = folded[clause[0] : clause[1]]
    event = None
    words = lower_words(window)  # the event patterns run only where a word starts like one of theirs
    for name, pattern in _EVENT_RE:
        if search_prefixed(pattern, window, words):
            event = name
            break
    if event is None and d.role == "deadline" and antecedent is not None and antecedent.start_char >= sent.start and \
            antecedent.measure in ("troops", "units") and (antecedent.modality or "actual") != "actual":
        # "as many as ten thousand could be in Russia by December": a count of troops due by a day dates
        # their sending, as "the total could reach 10,000 by December" does.
        event = "move"
    if d.role == "point" and event is None:
        return None  # a day with no event to date is context, not a claim
    if d.role == "point" and not _event_near(folded[max(clause[0], d.start - 60) : d.start], event):
        return None  # "summoned the ambassador on Monday to protest against the deployment": not the event's date
    if d.role == "since" and (event is None or d.relative):
        return None  # "up from last week's estimate" dates a comparison, not an event
    modality = _modality(window, words)  # (the window's words, found above for the event patterns)
    if d.role == "point" and modality == "actual":
        return None  # "met Lavrov on Friday": the day a reported fact happened is its date, not a claim
    speaker, chain, _att = speaker_for(d.start)
    subject = _subject(text, d.start, d.end, mentions, (clause[0], d.start), (_att.start, _att.end) if _att else None)
    if subject is None:
        for m in mentions:
            if clause[0] <= m.start < clause[1] and m.entity.type == "country" and m.form == "adjective":
                subject = m.canonical
                break
    if antecedent is not None and event == "move" and antecedent.measure in ("troops", "units") and \
            antecedent.subject and subject != antecedent.subject and \
            (antecedent.start_char >= sent.start or d.role != "deadline" and sent.start - antecedent.end_char < 300):
        # "10,000 by December", "the first contingent was carried between Oct. 8 and 13 aboard Russian ships": the
        # troops counted here or just before move, and whose they are is the date's subject, not who carries them
        # or where they go.
        subject = antecedent.subject
    if subject is None and antecedent is not None and event in ("ready", "move", "train") and \
            antecedent.measure in ("troops", "units", "people"):
        subject = antecedent.subject  # "they will be ready by Nov. 1": whoever the last figure counted
    place = _place(text, d.end, clause, mentions, subject, d.start, (_att.start, _att.end) if _att else None)
    s, e = _trim(text, max(clause[0], d.start - 90), max(d.end, min(clause[1], d.end)))
    if s > clause[0]:
        space = text.find(" ", s)
        s = space + 1 if 0 <= space < d.start else d.start
    event_date, note = _event_date(statement_date, [], clause, published)
    qualifier = "range" if d.role == "range" else "up_to" if d.role == "deadline" else "at_least" if d.role == "since" else "exact"
    return Claim(
        claim_id=stable_id(doc_id, "date", sent.start + s, sent.start + e, d.start),
        doc_id=doc_id,
        kind="date",
        quote=text[s:e],
        start_char=sent.start + s,
        end_char=sent.start + e,
        subject=subject,
        measure=f"date:{event or 'event'}:{d.role if d.role in ('deadline', 'since') else 'when'}",
        qualifier=qualifier,
        attributed_to=speaker,
        attribution_chain=" > ".join(chain) if len(chain) > 1 else None,
        event_date=event_date,
        date_note=note if d.value is not None else d.note,
        date_value=d.value,
        date_value_end=d.value_end if d.value_end != d.value else None,
        place=place,
        modality=modality,
        sentence=text,
    )


# Past-tense reporting verbs only: "and called for" yes, "and rates" no.
_SECOND_VERBS = "|".join(v for v in REPORTING_VERBS.split("|") if re.fullmatch(r"[a-z]+ed|said|told|wrote|found", v))
_CLAUSE_CUT = re.compile(
    r";|, with\b|, while\b|,? and that\b|, noting\b|, adding\b|, saying\b|, cautioning\b|, warning\b|, but\b|"
    r", so that\b|, following\b|, in a sign\b|, which\b|, (?:an|a) (?:accusation|claim|charge|allegation)\b|"
    r"\sand (?=(?:will|would|are|is|were|was|has|have|had|could|may|might|can|should|must)\b)|"
    # A second verb of the speaker's starts a second statement: "called it an escalation and
    # said ...", "had not seen them fight but expected ...", "..., and we are concerned that".
    rf"\s(?:and|but)\s+(?:also\s+)?(?:{_SECOND_VERBS})\b(?:\s+that\b)?|"
    r",\s(?:and|but)\s(?=(?:we|they|he|she|i|you)\b)",
    re.I,
)


_CLAUSE_CUT_CHARS = re.compile(r"[;,](?:(?<!,)|(?=\s))")  # a comma only before whitespace, as in _CUT_CHARS
# A clause after a figure's, about some of the things counted: ", and some of them may ...",
# ", some of whom ...", ", that some had moved ...", ", and they are ...".
# (Without a comma only "and some of them", "and they": "3,000 soldiers and several generals" is one phrase.)
_FURTHER_CLAUSE = re.compile(r",\s+(?:and\s+|but\s+|while\s+)?(?:that\s+)?(?=(?:some|many|most|all|none|several|"
                             r"part|they|others)\b)|\s+and\s+(?=(?:(?:some|many|most|all|none|several|part)\s+of|"
                             r"they)\b)", re.I)


def _statement_clauses(text: str, att: Attribution) -> list[tuple[int, int]]:
    """The clauses of *att*'s content: each one a statement of its own."""
    start, end = att.content_start, att.content_end
    folded = fold(text)
    if folded.isascii():  # tried only where a cut can start: "," or ";", or the space before "and"
        ands = word_starts(folded.lower(), ("and", "but"))
        starts = [m.start() for m in _CLAUSE_CUT_CHARS.finditer(folded, start, end)]
        cuts = finditer_at(_CLAUSE_CUT, folded, starts + [p - 1 for p in ands if start < p <= end], end)
    else:
        cuts = list(_CLAUSE_CUT.finditer(folded, start, end))
    out = []
    for m in cuts:
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    # ("France echoed that view": the whole short content of a verb that is itself what was said.)
    return [c for c in out if c[1] - c[0] > 12 or len(out) == 1 and _STANCE_VERB.search(att.verb) and c[1] > c[0]]


# (A comma inside a number ends no setting: "said at least 3,000 had been moved"; a date's year after
# its comma is part of it: "said on Oct. 5, 2024, that ...".)
_SETTING = re.compile(r"(?:(?:on|last|this|earlier|later|in|at|during|after|before)\b[^,;\"]{0,40},(?!\d)\s*"
                      r"(?:(?:19|20)\d\d,\s*)?)+", re.I)
_THAT_WHETHER = re.compile(r"(?:that|whether|how)\s+")
_STATEMENT_WORD = re.compile(r"[a-z0-9']+")
# A subject and a finite verb: "No decision has been made", "The talks were postponed".
_WHOLE_CLAUSE = re.compile(r"(?:no|the|a|an|its|their|this|that)\s+[a-z-]+\s+(?:has|have|had|is|are|was|were|will|would)\s+"
                           r"(?:not\s+)?(?:been\s+|yet\s+)?[a-z]+(?:ed|en|ne|de)?\W*$", re.I)
# Not the troops' owner: the side they fight ("against Ukrainian forces") or where they head ("closer to Ukraine").
_NOT_OWNER_BEFORE = re.compile(r"\b(?:against|closer to|towards?)\s+(?:the\s+)?$")
_UNCERTAIN_VERB = re.compile(r"\b(?:not|declined to|refused to)\b")
# A negation right before the reporting verb: "has still not acknowledged", "has never publicly confirmed"
# (not one inside the speaker's phrase: "an official who did not want to be named said").
_NEGATED_VERB = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:(?:yet|still|officially|publicly|formally|openly|explicitly)\s+)*"
                           r"[a-z]+\s*$", re.I)
# A negation before a verb: "has not confirmed", "no longer ruled out", "Neither X nor Y has confirmed".
_NEGATION = re.compile(r"\b(?:not|no longer|never|neither|nor)\b|n't\b", re.I)
_NEITHER = re.compile(r"\bneither\b", re.I)
# A verb that takes a stance on the story's claims: denying, confirming or refusing to.
_LEADING_CONJUNCTION = re.compile(r"[\s,]*(?:(?:and|but)\s+)?")
_STANCE_VERB = re.compile(r"\b(?:den(?:y|ied|ies)|confirm(?:ed|s|ing)?|dismiss(?:ed|es)|reject(?:ed|s)|rul(?:e|ed) out|"
                          r"echo(?:ed|es)|comment|condemn(?:ed|s)?|denounc(?:ed|es)|blam(?:ed|es))\b")
_DENYING_VERB = re.compile(r"\b(?:denied|dismissed|rejected|ruled out)\b")
# "did not rule out supplying weapons", "no longer ruled out sending arms", "is not ruling out any
# option": a course of action kept open is a possibility stated, not a doubt about a fact ("did not
# rule out the presence of troops" stays uncertain).
_RULE_OUT = re.compile(r"\brul(?:e|ed|es|ing) out\b")
_OPTION = r"(?:[a-z]+ing\b|any\b|all\b|the (?:possibility|option)\b)"
_OPTION_FIRST = re.compile(rf"\s*{_OPTION}", re.I)
_OPTION_KEPT_OPEN = re.compile(rf"(?:\b(?:not|no longer|never)\s+|n't\s+)(?:[a-z]+\s+)?rul(?:e|ed|es|ing) out\s+{_OPTION}|"
                               r"\b(?:is|are|was|were|be|been)\s+(?:not|no longer|never)\s+(?:being\s+)?ruled out\b", re.I)


# For _statement_words on ASCII text: [a-z0-9'] kept (A-Z lower-cased), every other byte a space.
_STATEMENT_CHARS = bytes(ord(chr(c).lower()) if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "'") else ord(" ")
                         for c in range(256))


def _statement_words(content: str) -> list[str]:
    """The words of what was said that say something (stopwords left out)."""
    if content.isascii():
        # _STATEMENT_WORD.findall(content.lower()), the runs of [a-z0-9'] (normalize_text only lower-cases ASCII
        # text and collapses its whitespace, which no word holds): one byte translate and split, where findall
        # steps through the matching engine (and allocates its stack) at every word.
        words = content.encode("ascii").translate(_STATEMENT_CHARS).decode("ascii").split()
    else:
        words = _STATEMENT_WORD.findall(normalize_text(content))
    return [w for w in words if w not in _STOPWORDS]


def _keeps_open(text: str, att: Attribution, content: str, content_words: frozenset[str] | None) -> bool:
    """Whether a speaker does not rule out a course of action: by the reporting verb ("Seoul did
    not rule out supplying weapons") or in what was said ("is not ruling out any option", "arms
    supplies are not ruled out")."""
    if "rul" in att.verb and _RULE_OUT.search(att.verb):  # (its literal first: most verbs are "said")
        return _NEGATION.search(text, att.start, att.end) is not None and _OPTION_FIRST.match(content) is not None
    return (content_words is None or "out" in content_words) and _OPTION_KEPT_OPEN.search(content) is not None


def _statement_claim(doc_id: str, sent: _Sentence, att: Attribution, clause: tuple[int, int],
                     mentions: list[Mention], context_speaker: tuple[str | None, tuple[str, ...]],
                     statement_date: DateMention | None, published: date | None) -> Claim | None:
    text = sent.text
    speaker, chain = (att.speaker, att.chain) if att.speaker and not att.pronoun else context_speaker
    if speaker is None:
        return None
    s, e = _trim(text, *clause)
    s, e = _trim_quotes(text, s, e)
    # "said last week in Rome, we've seen ...": when and where it was said is not what was said.
    setting = _SETTING.match(text[s:e])
    if setting and e - s - setting.end() > 20:
        s += setting.end()
    that = _THAT_WHETHER.match(text[s:e])
    if that:
        s += that.end()
    content = text[s:e]
    words = _statement_words(content)
    # For the word-led patterns below, which ignore case: the sentence's words when the content cuts none of
    # them (*wider*, text.slice_words), else its own.
    content_words, wider = slice_words(text, s, e)
    briefing = _BRIEFING_OPENING.match(content) or search_led(_BRIEFING_PHRASE, content, content_words, wider)
    if not briefing and len(words) < 3 and (_STANCE_VERB.search(att.verb) or att.verb in OBJECT_VERBS) and att.end <= s and \
            (att.speaker and not att.pronoun or _PERSONAL_PRONOUN.match(text, att.start)):
        # "Putin also declined to deny the reports", "He did not confirm it", 'called them "groundless
        # rumors"': the verb is what was said, so the statement takes the speaker and the verb with
        # their short object (not the conjunction of a coordinated verb: "..., and declined to comment").
        s = att.start + len(_LEADING_CONJUNCTION.match(text, att.start).group())
        content = text[s:e]
        words = _statement_words(content)
        content_words, wider = slice_words(text, s, e)
    elif briefing or len(words) < 3 and not (words and frame_of(statement_terms(content, s, []))) and \
            not (len(words) == 2 and e <= att.start and _WHOLE_CLAUSE.match(content)):
        # ("No decision has been made, the official said": a whole clause before its speaker is checkable.)
        return None  # too short to check, unless it is a judgement: '"This is an escalation," wrote X'
    inside = [m for m in mentions if s <= m.start and m.end <= e]
    terms = statement_terms(content, s, inside)
    if "deploy" not in terms and any(m.entity.type in ("country", "place") and _troops_in(text, s, m.start)
                                     for m in inside):
        terms.append("deploy")  # "evidence that North Korean troops are in Russia": they were sent there
    elif "deploy" not in terms and _TROOPS_ON_SOIL.search(content):
        terms.append("deploy")  # "that North Korean soldiers are on its territory", "on Russian soil"
    forecast_verb = _FORWARD_VERB.fullmatch(att.verb.lower()) is not None  # "Blinken expected them to ..."
    if not FIGHT_CONCEPTS.isdisjoint(terms) and (
            forecast_verb or search_led(_FORECAST, content, content_words, wider)) and \
            not search_led(_IF_CLAUSE, content, content_words, wider):
        terms.append(FORECAST_TERM)  # "expected them to enter combat in the coming days" (not "if they fight")
    option_kept_open = _keeps_open(text, att, content, content_words)
    if option_kept_open:
        polarity = "affirm"
    elif _UNCERTAIN_VERB.search(att.verb) or s == att.start and _NEGATION.search(text, att.start, att.end) or \
            _NEITHER.search(text, att.start, att.end) or _NEGATED_VERB.search(text, att.start, att.end):
        # ("The Kremlin has not confirmed their presence": the negation stands before the verb; "has neither
        # confirmed nor denied that they are there": the denial after it is no denial.)
        polarity = "uncertain"  # "did not rule out", "declined to confirm": neither said nor denied
    elif search_led(_DENY, content, content_words, wider) or _DENYING_VERB.search(att.verb):
        polarity = "deny"
    else:
        polarity = "uncertain" if search_led(_UNCERTAIN, content, content_words, wider) else "affirm"
    if polarity == "uncertain" and att.end <= s and _CONFIRM_VERB.fullmatch(att.verb) and "confirm" not in terms:
        terms.append("confirm")  # "The Kremlin has not confirmed that they are there": a refusal to confirm
    if polarity == "deny" and _THE_REPORTS.search(content) and frame_of(terms, "actual", polarity) is None:
        terms.append("deploy")  # "dismissed the reports as fake news": the story's event, denied
    subject = None
    folded = fold(text)
    # A denial or an assertion of the story's event is about whose troops they are, not about the
    # speaker's own country ("Peskov called the reports another fake; Russia declined to discuss").
    # (content_words are the folded content's words when the content is ASCII, which folding keeps.)
    modality = "conditional" if option_kept_open else _modality(fold(content), content_words, wider)
    if modality == "actual" and (forecast_verb or search_led(_FUTURE, content, content_words, wider)):  # (word-led)
        # "Blinken expected them to be thrown into combat", "were about to join the war": what is expected
        modality = "planned"
    frame = frame_of(terms, modality, polarity)
    own = next((m.entity.country for m in mentions if m.canonical == speaker and m.entity.country), None) \
        if frame in ("deploy", "clash", "role", "training", "front") else None
    for m in sorted(mentions, key=lambda m: m.start):  # the first country named, not a venue ("in Rome")
        if s <= m.start < e and m.entity.type in ("country", "bloc") and m.canonical not in (speaker, own) and \
                not (m.form == "metonym" and _place_prep_before(folded[max(0, m.start - 14) : m.start])) and \
                not _NOT_OWNER_BEFORE.search(folded, max(0, m.start - 14), m.start) and \
                not (frame is not None and _SAYING_POSSESSIVE.match(folded, m.end)):
            # (not the side fought: "troops deployed against Ukrainian forces"; not who announced the
            # event: "following South Korea's announcement that Pyongyang has started sending troops")
            subject = m.canonical
            break
    event_date, note = _event_date(statement_date, [], (s, e), published)
    # Where it happens, when a region or city is named: "deployed to the Kursk region" is not
    # "troops are in Russia".
    place = next((m.canonical for m in sorted(inside, key=lambda m: m.start) if m.entity.type == "place"), None)
    if frame == "front" and place is None:
        place = _FRONT  # "moved closer to Ukraine" is headed where "moved toward the front line" is
    return Claim(
        claim_id=stable_id(doc_id, "statement", sent.start + s, sent.start + e),
        doc_id=doc_id,
        kind="statement",
        quote=content,
        start_char=sent.start + s,
        end_char=sent.start + e,
        subject=subject,
        measure=f"statement:{frame}" if frame else "statement",
        attributed_to=speaker,
        attribution_chain=" > ".join(chain) if len(chain) > 1 else None,
        event_date=event_date,
        date_note=note,
        place=place,
        polarity=polarity,
        as_of=_period_date(statement_date),
        predicate=" ".join(terms),
        modality=modality,
        sentence=text,
    )


# What a briefing says about itself, not about the news: greetings, turns, contact lines.
# (Two patterns: the phrases are word-led, so text.search_led tries them only where their words stand.)
_BRIEFING_OPENING = re.compile(r"(?:and\s+)?(?:good (?:morning|afternoon|evening)|thank you|thanks|with that|"
                               r"first,? an? update)\b", re.I)
_BRIEFING_PHRASE = re.compile(r"\b(?:take (?:your |a few |some )?questions|happy to take|for further information|"
                              r"please contact|a few things at the top)\b", re.I)
_TROOPS_IN = re.compile(r"\b(?:troops?|soldiers?|forces|personnel|units|servicemen)\b[^,;.]{0,30}?\b(?:in|inside)\s+"
                        r"(?:the\s+)?$", re.I)


# When something is expected to happen: a forecast, not a report of it (statements.frame_of). An if- or
# whether-clause is a condition or a doubt: "If they enter combat, they will be targets", "We do not know
# whether they will fight".
# _FUTURE names a time ahead, so the statement is a forecast even without "expects"; _FORECAST adds the words
# of expectation.
_FUTURE_WORDS = r"about to|poised to|set to|any day|(?:in|over) the (?:coming|next) (?:days|weeks)"
_FUTURE = re.compile(rf"\b(?:{_FUTURE_WORDS})\b", re.IGNORECASE)
_FORECAST = re.compile(rf"\b(?:{_FUTURE_WORDS}|expect(?:s|ed|ing)?|intends?|intended|likely|soon|imminent(?:ly)?|"
                       r"(?:in|over|within) the (?:coming|next)(?: few| several| two| three)? (?:days|weeks)|"
                       r"within (?:days|weeks|a week)|as early as)\b", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"\b(?:if|whether|unless|should they|any decision)\b", re.IGNORECASE)
_THE_REPORTS = re.compile(r"\b(?:the|such|these|those)\s+(?:\w+\s+)?(?:reports?|claims?|accusations?|allegations?|"
                          r"rumou?rs?)\b|"
                          # "keeps calling all of this a fake", "dismissed them as lies": what the story reports
                          r"\b(?:all\s+of\s+)?(?:this|it|them)\s+(?:(?:on|last|this)\s+\w+\s+)?"
                          r"(?:[\"\u201c]?(?:a|an|another)\s|as\s)", re.I)


_FRONT = "front line"  # the alias table's canonical front (data/aliases.toml)
# The story's events, which a refusal to confirm "it" or "his account" may refer back to.
_EVENT_TERMS = FIGHT_CONCEPTS | {"deploy", "front"}
_REFERS_BACK = re.compile(r"\b(?:confirm|confirmed|verify|verified)\s+(?:(?:it|this|that|them|these|those)\b|"
                          r"(?:the|his|her|their|its|such|these|those|[A-Z][\w'\u2019-]*(?:'s|\u2019s))\s+(?:\w+\s+)?"
                          r"(?:account|accounts|report|reports|remarks?|claims?|statement|comments?|assertion)\b)|"
                          r"\b(?:confirm|confirmed|verify|verified)\W*$", re.I)  # ("..., a claim Seoul could not confirm.")


_TROOPS_ON_SOIL = re.compile(r"\b(?:troops?|soldiers?|forces|personnel|units|servicemen|North Koreans)\b[^,;.]{0,30}?"
                             r"\b(?:on|in)\s+(?:its|their|Russian|Russia's)\s+(?:own\s+)?(?:soil|territory)\b")
_CONFIRM_VERB = re.compile(r"(?:confirm|confirmed|confirms|acknowledged|acknowledges)")


def _troops_in(text: str, start: int, place_start: int) -> bool:
    """Troops said to be in the place named at *place_start*, and not as a topic ("about troops in")."""
    troops = _TROOPS_IN.search(text, start, place_start)
    return troops is not None and not TOPIC_BEFORE.search(fold(text).lower(), max(start, troops.start() - 40),
                                                          troops.start())


def _trim_quotes(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "\"'\u201c\u201d\u2018\u2019 ,":
        s += 1
    while e > s and text[e - 1] in "\"'\u201c\u201d\u2018\u2019 ,.":
        e -= 1
    return s, e


_FLIGHT_MEASURES = frozenset({"minutes", "kilometres"})
_MISSILE_WORD = re.compile(r"\b(?:missiles?|ICBMs?|launch(?:es)?|flight|flew|altitude|Hwasong[\w-]*|came\s+down|"
                           r"splashed\s+down)\b", re.I)
# "North Korea test-fired", "the North fired", "Pyongyang launched", "North Korea's missile", "a North Korean ICBM"
_FIRED_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:(?:new|latest|first|newest|solid-fuel(?:ed)?)\s+)?"
                          r"(?:also\s+|had\s+|has\s+)?(?:test-fired|fired|launched|tested|test-launched|"
                          r"(?:intercontinental\s+)?(?:ballistic\s+)?missiles?|ICBMs?)\b", re.I)


def _launcher(text: str, at: int, aliases: AliasTable) -> str | None:
    """The country last said to fire a missile before *at* ("North Korea test-fired an intercontinental ballistic
    missile", "a North Korean ICBM"), within the text's last 600 characters, and the sentence *at* is in."""
    start = max(0, at - 600)
    end = text.find(".", at)
    window = text[start : end if end >= 0 else len(text)]
    found = None
    for m in aliases.find(window):
        if m.entity.type == "country" and start + m.start < at + 200 and _FIRED_AFTER.match(window, m.end):
            found = m.canonical
    return found


def _owner_of_measure(text: str, before: int, family: str, aliases: AliasTable) -> str | None:
    """The last demonym put on this kind of thing earlier in the text ("Russian navy ships")."""
    nouns = [n for n, (fam, _) in MEASURE_NOUNS.items() if fam == family]
    if not nouns:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")\b",
                         re.I)
    window_start = max(0, before - 1500)
    window = text[window_start:before]
    owner = None
    for m in pattern.finditer(fold(window)):
        lead = window[max(0, m.start() - 40) : m.start()]
        for mention in aliases.find(lead):
            if mention.form == "adjective" and mention.entity.type == "country" and \
                    len(lead[mention.end :].split()) <= 3:
                owner = mention.canonical
    return owner


# A noun for troops within three words after a demonym: "North Korean (special forces) troops".
_TROOPS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(
    re.escape(n) for n, (fam, _) in sorted(MEASURE_NOUNS.items(), key=lambda x: -len(x[0])) if fam == "troops")
    + r")\b", re.I)


# "North Korea's soldiers", "Pyongyang's troops": a country's troops, by the possessive.
_TROOPS_AFTER_POSSESSIVE = re.compile(r"(?:'s|\u2019s)" + _TROOPS_AFTER.pattern, re.I)


def _usual_owner(mentions_of: dict[str, list[Mention]], title: str = "",
                 title_mentions: Sequence[Mention] = ()) -> str | None:
    """The country whose troops the article is about, by the demonym or possessive it most often puts on
    them ("North Korean soldiers", "North Korea's soldiers"; the title counts twice), when no other country
    is named so as often: read from the mentions already found, sentence by sentence."""
    owners = Counter(m.canonical for sentence, mentions in (*mentions_of.items(), (title, title_mentions),
                                                           (title, title_mentions))  # (the title counts twice)
                     for m in mentions if m.entity.type == "country" and (
                         _TROOPS_AFTER.match(sentence, m.end, m.end + 40) if m.form == "adjective" else
                         _TROOPS_AFTER_POSSESSIVE.match(sentence, m.end, m.end + 44))).most_common(2)
    if not owners or len(owners) > 1 and owners[1][1] == owners[0][1]:
        return None  # nobody's troops, or two countries' as often
    return owners[0][0]


def _elliptical(sentence: str, mentions_of: dict[str, list[Mention]], aliases: AliasTable) -> bool:
    """True when no country or bloc acts in *sentence*: its figures may belong to the article's subject."""
    mentions = mentions_of[sentence] if sentence in mentions_of else aliases.find(sentence)
    folded = fold(sentence)
    return not any(m.entity.type in ("country", "bloc") and m.form != "adjective" and
                   not _not_actor_prep_before(folded[max(0, m.start - 14) : m.start]) for m in mentions)


# A count of what is taught or learned, before its figure.
_LEARNED = re.compile(r"\b(?:taught|teaching|learning|learned|learnt|drill(?:ed|ing)\s+(?:them|the\s+\w+)\s+on|"
                      r"drilled\s+(?:in|on)|studying)\s+(?:[a-z]+\s+){0,2}?(?:about|roughly|around|some|more than|nearly|"
                      # ("teaching the men about a hundred basic commands", "they were drilled in about 100 words")
                      r"over|maybe)?\s*(?:\d|a\s+hundred\b|one\s+hundred\b)", re.I)
# A pay rate: so much for each soldier ("$2,000 a month per soldier", "pays each soldier $2,000").
# ("each North Korean soldier", "for each of them", "each of these young men")
_PER_SOLDIER = re.compile(r"\b(?:per|each|every|a)\s+(?:[A-Z][\w-]*\s+){0,2}(?:soldier|troop|man|serviceman|"
                          r"servicemember|fighter|recruit)\b|\beach\s+of\s+(?:them|these|those)\b", re.I)


def _paid_per_soldier(claim: Claim) -> bool:
    """Whether a sum is a rate for each soldier, said next to it ("Moscow is paying about $2,000 a month per soldier")."""
    at = claim.sentence.find(claim.quote)
    if at < 0:
        return _PER_SOLDIER.search(claim.quote) is not None
    return _PER_SOLDIER.search(claim.sentence, max(0, at - 30), at + len(claim.quote) + 40) is not None


# Statements that the story's troops were sent, trained or fight are about someone's troops.
# "... said it cannot confirm this", "could not confirm any of it", "cannot confirm the minister's remarks": a doubt
# that names no event of its own doubts the statement just before it.
_ANSWERING_DOUBT = re.compile(r"\bconfirm\s+(?:this|that|it|them|any of (?:it|this|them)|(?:the|these|those|his|her|"
                              r"such)\s+(?:[\w\u2019']+\s+){0,2}(?:reports?|claims?|remarks|statements?|accounts?))\W*$",
                              re.I)
_ANSWER_REACH = 600  # characters from the statement answered


def _answers(claims: list[Claim]) -> list[Claim]:
    """Each doubt that names no event of its own (_ANSWERING_DOUBT) takes the frame, and the terms, of the
    statement of an event just before it: "Umerov said the first small clashes have taken place. Seoul said it
    cannot confirm this" doubts the clashes, where the clashes' statements meet it."""
    out: list[Claim] = []
    last: Claim | None = None
    for c in sorted(claims, key=lambda c: c.start_char):
        if c.kind == "statement" and c.measure == "statement:confirm" and c.polarity == "uncertain" and \
                last is not None and c.start_char - last.end_char <= _ANSWER_REACH and \
                _ANSWERING_DOUBT.search(c.quote):
            c = replace(c, measure=last.measure, predicate=f"{last.predicate} {c.predicate}".strip(),
                        subject=c.subject or last.subject, place=c.place or last.place)
        elif c.kind == "statement" and c.measure not in (None, "statement", "statement:confirm"):
            last = c
        out.append(c)
    return out


# "11,000 are in Russia's Kursk region, up from the roughly 8,000 Blinken cited": the figure compared with
# counts the same thing in the same place.
_COMPARED_WITH = re.compile(r"\b(?:(?:up|down|rising|rose|climbing|jumping|falling)\s+from|compared\s+(?:with|to)|"
                            r"(?:more|higher|fewer|lower)\s+than)\s+(?:the\s+|an?\s+)?(?:(?:roughly|about|around|some|"
                            r"nearly|almost|approximately|estimated)\s+)*\d", re.I)


# A sentence that opens with a figure named before, to weigh it: "The 12,000 was an intention", "Whose 12,000?"
# (extract_claims); one that speaks in the first person gives it as its own.
_CALLBACK = re.compile(r"[\"\u201c]?(?:The|Whose|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*'s)\s+(?:(?:about|roughly|some|"
                       r"around|original|first|initial)\s+)?\d[\d,.]*(?:\s+(?:figure|number|estimate|count))?"
                       r"(?:\s+(?:was|is|were|are|may|might|could|would|refers|reflects|represents|came|comes|and)\b|\W*$)")
_FIRST_PERSON = re.compile(r"\b(?:our|we|my|I)\b")
# "Blinken put 8,000 in Kursk alone; on 4 November Zelensky said 11,000": a bare figure in a clause parallel to
# the one before it counts the same place.
_BARE_FIGURE_END = re.compile(r"\d[\d,.]*\W{0,2}$")
# "... 11,000 were now in Kursk. That is up from the roughly 8,000 ...": the sentence before's figure is compared
_THAT_IS_UP = re.compile(r"(?:That|This|It)(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?(?:up|down)\s+from\b")
_OUT_OF = re.compile(r"\bout\s+of\b")  # "8,000 in Kursk, out of roughly 10,000": the whole, not a parallel count
_PARALLEL = re.compile(r"[;,]\s|\s(?:and|while|whereas|but)\s")


_TOLD_THE_UN = re.compile(r"\b(?:told|to|at|before)\s+(?:reporters\s+at\s+)?the\s+(?:United\s+Nations|UN|U\.N\.|"
                          r"(?:UN\s+|U\.N\.\s+)?Security\s+Council|(?:UN\s+)?General\s+Assembly)\b")
_ENVOY = re.compile(r"\b(?:ambassador|envoy|representative)\b", re.I)


def _restated_sources(claims: list[Claim], aliases: AliasTable) -> list[Claim]:
    """A figure nobody gives, that the same article gives elsewhere as one source's (the same value of the same
    thing, of the same owner and mood), is that source's: "Japan's defence ministry said it flew for about 86 minutes
    ... the missile, which flew for 86 minutes, ..." (not when two sources give it).

    So is a figure a country gives at the United Nations that the article gives elsewhere as that country's envoy's:
    "as Ukraine told the United Nations that some 11,000 ..." is the envoy's, whom "Ukraine's envoy, Sergiy
    Kyslytsya, said about 11,000 ..." names."""
    given: dict[tuple, set[tuple[str, str | None]]] = {}
    for c in claims:
        if c.kind == "numeric" and c.attributed_to is not None and c.value is not None:
            given.setdefault((c.value, c.measure, c.subject, c.modality), set()).add((c.attributed_to,
                                                                                       c.attribution_chain))
    if not given:
        return claims
    out = []
    for c in claims:
        if c.kind == "numeric" and c.value is not None and c.attributed_to is None and \
                len(sources := given.get((c.value, c.measure, c.subject, c.modality), ())) == 1:
            (speaker, chain), = sources
            c = replace(c, attributed_to=speaker, attribution_chain=chain)
        elif c.kind == "numeric" and c.value is not None and c.attributed_to is not None and \
                c.attribution_chain in (None, c.attributed_to) and \
                (country := aliases.get(c.attributed_to)) is not None and country.type == "country" and \
                len(people := {s for s, _ in given.get((c.value, c.measure, c.subject, c.modality), ())
                               if (e := aliases.get(s)) is not None and e.type == "person" and
                               e.country == c.attributed_to and any(_ENVOY.search(t) for t in e.titles)}) == 1 and \
                _TOLD_THE_UN.search(c.sentence or ""):
            (person,) = people
            c = replace(c, attributed_to=person, attribution_chain=person)
        out.append(c)
    return out


def _compared_places(claims: list[Claim], text: str) -> list[Claim]:
    """A figure without a place that a figure of its sentence is compared with, or that stands bare in a clause
    parallel to that figure's, takes that figure's place."""
    out: list[Claim] = []
    last: Claim | None = None
    for c in sorted(claims, key=lambda c: c.start_char):
        if c.kind == "numeric" and c.place is None and last is not None and last.measure == c.measure and \
                last.subject == c.subject and (last.sentence == c.sentence or _THAT_IS_UP.match(c.sentence) and
                                               "\n" not in text[last.end_char : c.start_char]) and \
                (_COMPARED_WITH.search(text, max(0, c.start_char - 30), c.start_char + len(c.quote)) or
                 _BARE_FIGURE_END.search(c.quote) and (c.modality, c.scope) == (last.modality, last.scope) and
                 _PARALLEL.search(text, last.end_char, c.start_char) and
                 not _OUT_OF.search(text, max(0, c.start_char - 12), c.start_char + len(c.quote))):
            c = replace(c, place=last.place)
        if c.kind == "numeric":
            last = c if c.place else None
        out.append(c)
    return out


_EVENT_FRAMES = frozenset({"statement:deploy", "statement:training", "statement:clash", "statement:role",
                           "statement:confirm", "statement:front"})


_SPEAKER_ACTS = re.compile(r"(?:he|she)\s+(?:could|would|will|can|might|may|has|had|was|is)\b")


def _fill_default_subject(claims: list[Claim], text: str, aliases: AliasTable,
                          mentions_of: dict[str, list[Mention]], title: str = "") -> list[Claim]:
    """A figure with no owner in its sentence belongs to whoever owned that kind of thing
    earlier in the article, else to the article's main subject."""
    counts = Counter(c.subject for c in claims if c.subject and c.kind == "numeric")
    countries = Counter(m.canonical for ms in mentions_of.values() for m in ms if m.entity.type == "country")
    # Owned figures default to the article's usual owner; else to the country it names most.
    default = counts.most_common(1)[0][0] if counts else countries.most_common(1)[0][0] if countries else None
    # Whose troops the article is about, by the demonym it puts on them ("North Korean soldiers"):
    # a better owner for an unowned troop figure than the country of whoever speaks about it.
    troop_owner = _usual_owner(mentions_of, title, aliases.find(title)) if any(
        c.subject is None and c.measure in _SOLDIER_COUNTS for c in claims) else None
    learners = None
    out = []
    for c in claims:
        learned = c.kind == "numeric" and c.measure not in OWNED_FAMILIES and search_led(_LEARNED, c.quote)
        # "the troops were training at three sites in Russia's Far East": where troops train or stay is theirs
        # (or where training happens: "had arrived and were training at three sites in eastern Russia")
        housed = c.kind == "numeric" and c.measure in _PLACES_KEPT and (
            _TROOP_WORD.search(c.sentence or c.quote) or _TRAINED_AT.search(c.quote))
        # "Kyiv's figure is four times Seoul's": a ratio of two counts of the troops is about the troops
        compared = c.kind == "numeric" and c.measure in ("ratio", "times") and _COUNT_WORD.search(c.sentence or c.quote)
        if learned or housed or compared or c.measure == "money" and c.kind == "numeric" and _paid_per_soldier(c):
            # "The soldiers are being taught about 100 Russian military terms", "Russian instructors have
            # been drilling them on 100 terms": what troops learn is theirs, not the teachers' country's; so is
            # what each of them is paid ("Russia pays each soldier about $2,000 a month"), not the payer's.
            if learners is None:
                troops = Counter(x.subject for x in claims if x.measure == "troops" and x.subject).most_common(1)
                learners = _usual_owner(mentions_of, title, aliases.find(title)) or (troops[0][0] if troops else "")
            if learners:
                c = replace(c, subject=learners)
        if c.kind == "numeric" and c.measure in _FLIGHT_MEASURES and _MISSILE_WORD.search(c.sentence or c.quote) and \
                (launcher := _launcher(text, c.start_char, aliases)) is not None:
            # "an intercontinental ballistic missile that flew for about 86 minutes", "It came down some 200 km west
            # of Okushiri Island": a missile's flight is the launcher's, not the country that tracked it or that it
            # could reach ("putting the entire U.S. mainland within range")
            c = replace(c, subject=launcher)
        movement = c.kind == "date" and (c.measure or "").split(":")[1:2] in (["ready"], ["move"], ["train"])
        unowned = c.kind == "numeric" and c.measure not in OWNED_FAMILIES and c.measure != "age"
        if c.kind == "numeric" and c.measure == "years" and (visitor := _visitor(c, mentions_of, aliases)):
            # "during Vladimir Putin's first visit to Pyongyang in 24 years": the visitor's gap, not the host's
            c = replace(c, subject=visitor)
        if c.subject is None and unowned and c.attributed_to and _SPEAKER_ACTS.match(c.quote) and \
                (person := aliases.get(c.attributed_to)) is not None and person.type == "person":
            # "Trump has said he could end the war within 24 hours": the speaker's own promise is his
            c = replace(c, subject=c.attributed_to)
        if c.subject is None and unowned:
            # Meetings, distances, seats: about who acts in the sentence, or where it happens.
            c = replace(c, subject=_actor(c, mentions_of, aliases))
        if c.subject is None and (c.kind == "numeric" or movement) and c.measure not in ("age",) and \
                _elliptical(c.sentence, mentions_of, aliases):
            # Equipment often belongs to whoever's it was a sentence ago ("Russian navy ships" ... "four
            # landing ships"); for people that guess is worse than the article's main subject.
            equipment = c.kind == "numeric" and c.measure in ("ships", "aircraft", "missiles", "munitions", "weapons")
            owner = _owner_of_measure(text, c.start_char, c.measure or "", aliases) if equipment else \
                troop_owner if c.measure in _SOLDIER_COUNTS else None
            c = replace(c, subject=owner or default)
        if c.subject is None and c.kind == "numeric" and c.measure != "age":
            owner = (troop_owner if c.measure in _SOLDIER_COUNTS else None) or (
                None if unowned else _actor(c, mentions_of, aliases))
            c = replace(c, subject=owner or default)
        if c.subject is None and c.measure in _EVENT_FRAMES:
            c = replace(c, subject=default)  # "the movement of troops has already begun": the story's troops
        out.append(c)
    return out


def _countries_named(mentions: list[Mention]) -> set[str]:
    """The countries *mentions* name: a country, or the country of a place, body or person (not one named in
    passing: a digest's other stories are told by the countries the story's entities belong to)."""
    return {m.canonical if m.entity.type == "country" else m.entity.country for m in mentions
            if m.entity.type == "country" and not m.entity.passing or m.entity.country and m.entity.type != "bloc"}


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (a line of the body) holding *pos*."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _on_topic(claims: list[Claim], text: str, title: str | None, aliases: AliasTable,
              mentions_of: dict[str, list[Mention]]) -> list[Claim]:
    """The claims less the figures of a digest's other stories.

    A newsletter ("The world in brief") runs paragraphs on unrelated stories: America's jobs,
    Britain's budget. Its topic is the country it names in the most paragraphs (the title counts),
    those named with that one in at least two paragraphs and those named in at least three; a
    figure in a paragraph that names some country but none of the topic's is another story's,
    when at least two paragraphs are so. A paragraph naming no country stays (it goes on with the
    story before it).
    """
    numeric = [c for c in claims if c.kind == "numeric"]
    if len(numeric) < 4:
        return claims  # (most documents: too few figures to hold two stories' worth)
    # A first look, from the mentions already found in each paragraph's first sentence with figures;
    # the title and the whole of every paragraph are read only when that look finds two other stories.
    by_line: dict[tuple[int, int], set[str]] = {}
    line_end = -1
    for c in numeric:
        if c.start_char > line_end:  # (the first figure of each paragraph stands for it, in this look)
            line = _line_of(text, c.start_char)
            line_end = line[1]
            by_line[line] = _countries_named(mentions_of[c.sentence]) if c.sentence in mentions_of else set()
    if len(_off_lines(by_line, set())) < 2:
        return claims
    title_named = _countries_named(aliases.find(title or ""))
    off = _off_lines({line: _countries_named(aliases.find(text[line[0] : line[1]])) for line in _lines(text)},
                     title_named)
    if len(off) < 2:
        return claims
    return [c for c in claims if c.kind != "numeric" or _line_of(text, c.start_char) not in off]


def _off_lines(named_by_line: dict[tuple[int, int], set[str]], title_named: set[str]) -> set[tuple[int, int]]:
    """The paragraphs naming a country but none of the topic's (see _on_topic)."""
    counts = Counter(country for named in (*named_by_line.values(), title_named) for country in named)
    if not counts:
        return set()
    dominant = max(counts, key=counts.__getitem__)  # (the first named of the most named, as Counter)
    apart = [line for line, named in named_by_line.items() if named and dominant not in named]
    if len(apart) < 2:
        return set()  # (most documents: one story, its country in nearly every paragraph)
    # (The title counts towards the dominant country, not towards its company: a digest's title
    # lists its stories.) A country the body names in three paragraphs is one of its topics too:
    # a Pentagon briefing names the United States most, and North Korea throughout.
    together = Counter(country for named in named_by_line.values() if dominant in named for country in named)
    often = Counter(country for named in named_by_line.values() for country in named)
    topic = {country for country, n in together.items() if n >= 2} | {c for c, n in often.items() if n >= 3}
    return {line for line in apart if not named_by_line[line] & topic}


def _lines(text: str) -> list[tuple[int, int]]:
    """The body's paragraphs with words in them: (start, end) of each line."""
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# "Putin's first visit to Pyongyang in 24 years", "when Putin visited the North for the first time in 24 years"
_FIRST_VISIT = re.compile(r"\b(?:(?:first|last)\s+(?:visit|trip)\b[^.;:]{0,40}?|"
                          r"visit(?:ed|s|ing)?\b[^.;:]{0,40}?\bfor\s+the\s+first\s+time\s+)in\s+\S+\s+years\b")
_VISIT_WORD = re.compile(r"\b(?:visit|visited|visits|visiting|trip)\b")


def _visitor(claim: Claim, mentions_of: dict[str, list[Mention]], aliases: AliasTable) -> str | None:
    """The country of who made the visit a gap in years counts to ("his first trip there in 24 years"): the person
    named last before the word "visit" or "trip" in the claim's sentence."""
    sentence = claim.sentence or ""
    if "years" not in claim.quote or not _FIRST_VISIT.search(sentence):
        return None
    visit = _VISIT_WORD.search(sentence)
    mentions = mentions_of[sentence] if sentence in mentions_of else aliases.find(sentence)
    people = [m for m in mentions if visit and m.start < visit.start() and m.entity.type == "person" and
              m.entity.country]
    return people[-1].entity.country if people else None


def _actor(claim: Claim, mentions_of: dict[str, list[Mention]], aliases: AliasTable) -> str | None:
    """The country of whoever acts in the claim's sentence, the speaker aside: a figure that no
    one owns ("Putin held about 20 meetings", "delegations from 30 countries") is about them."""
    sentence = claim.sentence
    mentions = mentions_of[sentence] if sentence in mentions_of else aliases.find(sentence)
    folded = fold(sentence)
    for m in mentions:
        if m.entity.type not in ("country", "bloc", "person", "agency") or m.canonical == claim.attributed_to or \
                _not_actor_prep_before(folded[max(0, m.start - 14) : m.start]):
            continue
        return m.canonical if m.entity.type in ("country", "bloc") else m.entity.country or m.canonical
    # Nobody acts: the country the places named lie in ("Vladivostok lies 6,000 km from Kursk").
    return next((m.entity.country for m in mentions if m.entity.type == "place" and m.entity.country), None)
