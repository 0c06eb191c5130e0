"""Who says it: find the speaker of each part of a sentence and its primary origin.

An :class:`Attribution` covers a *content span* of the sentence: the words the speaker is
reported to have said. Quantities are attributed by the span they fall in. Relays
("Yonhap, citing the NIS", "according to Reuters, the Pentagon said") keep the whole
chain, and the primary origin is the innermost source that is not a news outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.dates import DAY_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN
from reconcile.entities import AliasTable, Mention
from reconcile.records import fast_init
from reconcile.text import (alternation, ascii_words, find_led, finditer_at, fold, lead_words, may_end_with,
                           search_end, text_ending, word_starts)

REPORTING_VERBS = (
    "said|says|say|told|tells|tell|added|adds|stated|states|estimated|estimates|estimate|reported|reports|"
    "claimed|claims|claim|announced|announces|confirmed|confirms|warned|warns|warn|insist|allege|argue|contend|noted|notes|believes|believe|"
    "assessed|assesses|assess|wrote|writes|indicated|indicates|disclosed|discloses|revealed|reveals|"
    "briefed|informed|alleged|alleges|insisted|insists|denied|denies|dismissed|dismisses|rejected|rejects|"
    "acknowledged|acknowledges|admitted|admits|suggested|suggests|predicted|predicts|explained|explains|"
    "asserted|asserts|stressed|stresses|emphasized|emphasised|emphasizes|emphasises|calls|called|described|"
    # "put the number at", "now puts the Kursk figure at 11,000"
    # ("puts North Korean losses at several hundred": a toll of the dead or wounded, named bare)
    # ("had put that number at about 8,000", "put the possible size of a deployment at")
    # ("went further last Thursday, putting the figure at about 12,000", "was putting the Kursk figure at 11,000")
    "describes|(?:put|puts|putting) (?:the|its|their|that|this) (?:[\\w-]+ ){0,2}(?:number|figure|total|estimate|"
    "toll|contingent|force|size|pay|cost)|"
    # "put a possible deployment at anywhere from 2,000 to 12,000", "anywhere between" (not "put a number on the
    # deployment")
    "puts? (?:a|the|any) (?:[\\w-]+ ){0,2}deployment (?:at|anywhere|somewhere|between)|"
    "puts (?:[\\w-]+ ){0,2}(?:losses|casualties|dead) at|put (?:[\\w-]+ ){0,2}(?:losses|casualties|dead) at|"
    # "The Pentagon raises its estimate to about 10,000", "had revised its count of the troops to 11,000"
    # ("Zelensky raised it to 11,000 four days later": the figure the sentence before gave)
    "(?:raised|raises|lowered|lowers|revised|revises) (?:it|(?:its|their|the|his|her) (?:[\\w-]+ ){0,2}"
    "(?:estimate|count|figure|"
    "number|tally|total)(?: of [^,;.\\d]{1,40}?)?) to|"
    # "Blinken put 8,000 of them in Kursk": a figure put in a place is an estimate of how many are there
    "(?:puts?|placed|places) (?=(?:about |some |around |roughly |nearly )?\\d[\\d,.]*(?: [\\w-]+){0,3} (?:in|inside) )|"
    # "the grouping, which US and Ukrainian officials put at about 50,000": what they put it at is their figure
    "puts? at(?= (?:about |some |around |roughly |nearly |more than |at least |up to |as many as )?\\d)|"
    # "South Korea's intelligence service gave about 3,000 the same day": the figure it gave
    "(?:gave|gives|give)(?= (?:about |some |around |roughly |nearly |more than |at least |up to |as many as )?\\d)|"
    "put it at|puts it at|putting it at|tallied|counted|counts|concluded|concludes|assesses|reckons|reckoned|"
    "believed|thinks|expects|expected|projected|projects|forecast|forecasts|cautioned|cautions|contended|contends|argued|argues|maintained|maintains|"
    "showed|shows|found|finds|observed|tweeted|posted|commented|recalled|recalls|urged|urges|vowed|vows|"
    # "summoned the ambassador and demanded the immediate withdrawal of the troops"
    "demanded|demands|"
    # "Peskov brushed off the first reports as 'another fake'", "Russian officials have pointed to the treaty's
    # mutual defence clause", "North Korean state media report that Kim has ratified the treaty"
    "brushed off|brushes off|pointed to|points to|point to|pointed instead to|point instead to|report that|"
    "pledged|promised|replied|responded|answered|agreed|announced|declared|declares|accused|accuses|"
    "was quoted as saying|were quoted as saying|is quoted as saying|quoted as saying|voiced|voices|"
    "expressed|expresses|called for|calls for|rated|rates|cautioning|noting|adding|warning|stressing|"
    "insisting|arguing|saying|telling|calling|pointing out|pointed out|points out|complained|complains|praised|praises|criticised|criticized|criticises|criticizes|did not rule out|does not rule out|would not rule out|ruled out|"
    # "Australia has condemned the deployment", "It blamed unfamiliar terrain", "we cannot rule out that ..."
    "condemned|condemns|condemn|denounced|denounces|blamed|blames|cannot rule out|can't rule out|could not rule out|"
    "will not rule out|won't rule out|"
    "declined to deny|declined to confirm|refused to deny|refused to confirm|did not deny|would not deny|"
    # "declined to comment on the reports", "Lavrov spoke of very close ties", "France echoed that view",
    # "as the minister made clear in Moscow, ...", "..., writing that ...".
    "declined to comment|refused to comment|spoke of|speaks of|speak of|echoed|echoes|made clear|makes clear|writing|"
    # "spoke on Tuesday of several hundred casualties", "had spoken a day earlier of 10,000", "the Pentagon
    # settled on about 10,000"; "laid out the first part of the operation: about 1,500 ..."
    "spoke (?:on|last|this|earlier) \\w+ of|spoken of|"
    # "Ukraine's military intelligence went much further: about 12,000 already in Russia" (the colon opens what it said)
    "(?:went|goes|go|gone) (?:much |even |still |a step )?further(?=:)|"
    # ("a week ago Seoul was talking about 3,000")
    "talking about|talked about|talks about|talks of|talked of|talking of|spoken (?:[\\w-]+ ){1,3}?of|settled on|settles on|laid out|lays out|outlined|outlines|set out|sets out|"
    # "Ukraine's ambassador gave the same 11,000": the figure is his, as another's was
    "(?:gave|gives|cited|cites|repeated|repeats|used|uses) the same|"
    "judge|judges|judged|"  # "We judge with moderate confidence that ...": an assessment's own voice
    "fears|feared|"  # "Seoul fears Moscow could transfer know-how": a stance
    # ("South Korean officials also fear that ...", "The Japanese government is also wary that ...", "Seoul and
    # Washington call it a violation": a stance, and a judgement, in the plural or with "is")
    # (Not "we are increasingly concerned that ...": a briefer's own concern, in the turn of a transcript, is the
    # turn's statement, whole.)
    "fear that|(?<!we )(?<!i )(?:is|are|was|were|remains|remain) (?:also |deeply |increasingly )?"
    "(?:wary|concerned|worried) that|"
    "call it|call them|call the (?:deployment|dispatch|move)|"
    # "HUR gave a much bigger number: about 12,000": the figure given after the colon is the giver's.
    # ("had named a much smaller figure the day before: about 3 thousand")
    "(?:gave|gives|offered|offers|released|releases|published|publishes|named|names) (?:a|an) (?:much |far |even |slightly )?"
    "(?:bigger |higher |larger |lower |smaller |different |new |updated |revised |fresh |first |)"
    "(?:number|figure|estimate|count|tally)|"
    # "the spy agency gave the most detailed count so far: at least 100 dead" (not "gave the figure in a
    # briefing to the committee's two senior members")
    # ("has given the largest figures all along: about 12,000")
    "(?:gave|gives|given|offered|offers|released|releases|published|publishes) (?:the|its|their) (?:[\\w-]+ ){0,3}?"
    "(?:numbers?|figures?|estimates?|counts?|tally|breakdown)(?=(?: [\\w-]+){0,3}:)"  # (what the colon opens)
)
_NOUN_BEFORE_OF = frozenset({"estimates", "reports", "claims", "counts"})  # a noun before "of", never a verb
_MEDIA_BEFORE = re.compile(r"\b(?:media|news|press)\s+$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+|widely\s+|now\s+|still\s+)?$", re.I)
# Before a noun, not a verb: "the reports", "media reports", "a so-called battalion".
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|such|its|their|his|her|of|media|news|press)\s+|\bso-|"
                          r"\w's\s+)$", re.I)  # "Seoul's claims had not been confirmed": a noun


# What the text before a reporting verb ends with (trailing whitespace aside) when the end-anchored
# patterns on it can match: the words, "so-" or "'s" that end their phrases, listed from the
# patterns (a test checks them). Most speakers end with none ("... the Service said"), and
# their searches are skipped (text.may_end_with).
_NOUN_ENDINGS = ("the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "of", "media", "news",
                 "press", "so-", "'s")
_NEGATED_ENDINGS = ("not", "n't", "to")
_PASSIVE_ENDINGS = ("is", "are", "was", "were", "be", "been", "being", "also", "widely", "now", "still")


def _has_reporting_verb(text: str) -> bool:
    verbs = find_led(_VERB_RE, text)  # usually none: asked of every speaker phrase
    return bool(verbs) and any(
        not (may_end_with(before := text[: m.start()], _NOUN_ENDINGS) and search_end(_NOUN_BEFORE, before))
        for m in verbs)


# "..., noting that ...": the participle's speaker is the main clause's.
_PARTICIPLES = frozenset("cautioning noting adding warning stressing insisting arguing saying telling calling writing"
                         .split()) | {"pointing out", "talking about", "putting it at"}
# Verbs whose object is what was said ('called them "groundless rumors"', "dismissed them as fake"):
# what they say follows them, never a clause before them. ("urged Kyiv's partners to respond" is one
# too, but the matcher puts it with none of its gold partners: pairwise F1 later weeks 0.818 -> 0.808.)
OBJECT_VERBS = frozenset("calls called calling described describes dismissed dismisses rejected rejects".split()) | {
    "declined to comment", "refused to comment", "echoed", "echoes", "spoke of", "speaks of"}
_AMBIGUOUS_VERBS = frozenset(
    "calls called described describes expects expected projected projects forecast forecasts showed shows found "
    "finds believed tell estimate "
    "assess counted counts believe claims reports notes states judge judges judged".split()
)
_VERB_RE = re.compile(rf"\b(?:{REPORTING_VERBS})\b")
_ACCORDING_RE = re.compile(r"\b(?:according to|citing|quoting|quoted|cited by|as reported by|in the words of|"
                           # "8,000: troops in Kursk, per the U.S.": not "per month", "per soldier", "per cent"
                           r"per(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                           r"briefed by|(?:figures?|estimates?|numbers?|data),?\s+(?:given|provided|released|published) by|"
                           # "led on Thursday with a figure from Kyiv's military intelligence agency, HUR: about 12,000"
                           r"(?:a|the|new|latest|fresh)\s+(?:figure|estimate|count|tally)\s+from)\s+(?!(?:unspecified\s+|unnamed\s+|(?:its|their|his|her)\s+own\s+)?(?:information|intelligence|data|"
                           r"reports?|media reports|sources|documents|imagery|satellite)\b)", re.I)
CITING_VERBS = frozenset({"citing", "quoting", "quoted", "according to", "cited by", "as reported by", "in the words of",
                           "briefed by", "per"})
_REPORTS_RE = re.compile(r"\b(?:amid|following|after|despite)\s+(?:media\s+|news\s+|recent\s+|unconfirmed\s+)?"
                         r"reports\s+that\b", re.I)
# ("by governments with different reasons to count high": "to count" is a verb, no one's count)
_BY_ESTIMATE_RE = re.compile(r"\b(?:by|in|under)\s+(?P<np>[^,;.]{2,60}?)(?<! to)(?:'s)?\s+"
                             r"(?:estimates?|assessment|count|tally|figures?|calculations?|reckoning|poll|survey)\b",
                             re.I)
# "Washington's latest count puts the contingent at roughly 10,000": the count's owner speaks.
# (The owner is found back from the "'s": a pattern opening with the owner is tried at every offset.)
_OWNED_ESTIMATE_RE = re.compile(r"'s\s+(?:(?:latest|new|own|updated|official|revised|current|first|earlier|original|"
                                r"initial|very|previous)\s+){0,2}"  # "the NIS's own first figure was also 12,000"
                                # ("Seoul's very first number, on the 18th, was 12,000"; not "Russia's number of
                                # casualties", a count of something the owner has)
                                r"(?:estimates?|assessment|count|tally|figures?|calculations?|reckoning|forecast|"
                                r"number(?!\s+of\b))"
                                # "Seoul's first estimate, on October 18, was that ...": an aside before the verb
                                # ("Seoul's forecast from last week, that the North would have ...")
                                r"(?:\s+from\s+[^,;.\d]{2,20}?,)?"
                                # ("Blinken's figure for Kursk, given last Thursday, was about 8,000")
                                r"(?P<place>\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+region)?(?=,))?"
                                r"(?:,\s+[^,;.\d]{2,30}?(?:\d+(?:st|nd|rd|th)?)?,)?\s+"
                                # "Seoul's count of those already moved is about fifteen hundred"
                                r"(?:of\s+[^,;.\d]{1,40}?\s+)?"
                                # "Washington's estimate moved the same way, from at least 3,000 ... to around 10,000",
                                # "Washington's previous estimate, a week before, had been at least 3 000"
                                r"(?:puts?|places?|placed|shows?|showed|suggests?|suggested|stands?|stood|is|was|"
                                r"(?:had|has)\s+been|moved|rose|grew|climbed|passed|topped|reached|that)\b"
                                # (not "Kyiv's number is roughly four times Seoul's", "is very close to the whole
                                # plan": the writer compares two figures)
                                r"(?!(?:\s+[\w-]+){0,4}?\s+(?:times|twice|double|triple|close\s+to|similar\s+to|near|"
                                r"far\s+from|(?:higher|lower|larger|smaller|bigger)\s+than)\b)", re.I)
# "The U.S. estimate of those soldiers rose from at least 3,000 ...", "the South Korean count stood at 3,000": the
# country or body its name or adjective names gives the estimate.
_NAMED_ESTIMATE_RE = re.compile(r"\b(?:the|an?)\s+(?P<owner>(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2})\s+"
                                r"(?:(?:latest|new|own|updated|official|revised|current|first|earlier|original|"
                                r"initial)\s+)?"
                                r"(?:estimates?|assessment|count|tally|figure)\s+(?:of\s+[^,;.\d]{1,40}?\s+)?"
                                r"(?:puts?|put|placed|stands?|stood|was|is|moved|rose|grew|climbed|passed|topped|"
                                r"reached|jumped)\b(?=[^,;.]{0,40}?\d)"
                                r"(?!(?:\s+[\w-]+){0,4}?\s+(?:times|twice|double|triple)\b)", re.I)
# "Zelensky's 10,000 and Seoul's 12,000", "Seoul's count stood at about 1,500, Budanov's at about 11,000": the
# owner of a figure gave it. (The owner is the name just before the "'s".)
# ("Seoul's own count grew to 3,000", "Seoul's count of a little over 10,000": the owner gave it.)
# ("The first number we had was South Korea's: about 1,500": the owner before the colon gave what follows it.)
# (The pattern opens with the apostrophe and looks back at the letter before it from there: re then skips
# ahead to the next apostrophe, where a look-behind first was tried at every character. The same matches.)
_POSSESSED_FIGURE = re.compile(r"'(?<=[A-Za-z]')s(?P<colon>\s*:)?\s+(?:(?:own|latest|new|updated|official|earlier|first|"
                               r"initial)\s+)?"
                               r"(?:(?P<noun>figure|estimate|count|number|tally|total|forecast|projection)"
                               r"\s+(?:of|at|was|is|grew to|rose to|climbed to|reached|stood at|stands at|passed|"
                               r"topped)\s+|"
                               # "the Pentagon's figure arrives: around 10,000": what the colon opens is its figure
                               r"(?P<noun2>figure|estimate|count|number|tally|total)(?:\s+[a-z]+){0,2}?\s*:\s+|"
                               r"at\s+)?(?:(?:about|around|roughly|some|nearly|almost|more than|at least|up to|as many as|"
                               r"over|a little over|a little more than|just over|just under|slightly more than|"
                               r"well over)\s+)?"
                               r"(?=\d)", re.I)
_BARE_FIGURE_AFTER = re.compile(r"\d++(?:[,.]\d+)*+(?:\s+(?:thousand|million))?(?:[,.;:)]|\s+(?:and|or|is|was|are|were|"
                                r"stood|stands|measure|measures|remains|includes|refers|counts|covers)\b|$)", re.I)
# A figure right before " from ": "at least 3,000 from the White House", "Twelve thousand from Kyiv".
_FIGURE_BEFORE_FROM = re.compile(r"(?:\b\d[\d,.]*(?:\s+(?:thousand|million))?|\b(?:[A-Za-z]+[\s-]+)?(?:thousand|hundred|"
                                 r"million))$")


def _figures_from(text: str) -> list[tuple[int, int]]:
    """(figure start, offset of "from") for each bare figure followed by " from " and a capitalised word (found
    from the " from "s, so a sentence without one costs a find)."""
    out = []
    at = text.find(" from ")
    while at >= 0:
        named = text[at + 6 : at + 7].isupper() or text.startswith("the ", at + 6) and text[at + 10 : at + 11].isupper()
        if named:
            figure = _FIGURE_BEFORE_FROM.search(text, max(0, at - 30), at)
            if figure is not None:
                out.append((figure.start(), at + 1))
        at = text.find(" from ", at + 6)
    return out


_OWNER_NAME = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}$")
# "up from the roughly 10,000 the department gave a week earlier", "10,000 the US says were sent":
# a figure, then who gave it (an object relative clause). The figure is what they said.
# ("placed", "given": "the roughly 8,000 that Blinken had placed there last Thursday")
GIVER_VERBS = "gave|gives|given|cited|cites|estimated|estimates|reported|reports|counted|announced|offered|says|" \
    "said|put|puts|placed|places"
# (A whole figure, not its last digits nor its trailing comma: "at 11,000 to 12,000, and the State
# Department said" gives nothing to the State Department.)
# ('the "at least 3,000" that the White House had cited': a figure in quotes, closed before its giver.)
_FIGURE_THEN_GIVER = re.compile(r"(?P<fig>(?<![\d,.])\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?)\"?"
                                r"(?:\s+(?!(?:and|but|or|while)\b)[a-z][\w-]*){0,3}?"
                                r"\s+(?:that\s+(?=[A-Z]))?"
                                r"(?P<np>(?:the|it|they|he|she|(?<=that )[A-Z][\w.'-]*)\b[^,;.\d\"]{0,50}?)\s+"
                                rf"(?P<verb>{GIVER_VERBS})\b")
# Where _FIGURE_THEN_GIVER can match: its figure starts where no [\d,.] stands before it and must be
# followed by whitespace, so a match's figure is a whole run of [\d,.] ending in a digit. A match can
# only start at the first digit of a run followed by whitespace, where this finds them (a superset:
# "12,000," is found and fails there; a test compares with finditer).
_DAY_OR_YEAR = re.compile(r"[1-9]|[12]\d|3[01]|19\d\d|20\d\d")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.I)
_FIGURE_RUN = re.compile(r"\d[\d,.]*(?=\"?\s)")
# What a match holds after its figure's run, up to its verb: none of its parts (words, "that", the phrase
# before the verb) takes a comma, a semicolon or a quote, so its verb stands in this stretch.
_GIVER_STRETCH = re.compile(r'[^,;"]*')
_HEDGES = "about|roughly|around|some|nearly|approximately|almost|at least|more than|over|up to|as many as|fewer than"
_HEDGE_BEFORE_FIGURE = re.compile(rf"(?:\b(?:{_HEDGES})\s+)+$")
_PRONOUN_RE = re.compile(
    r"(?:^|\b)(?:he|she|it|they|you|his office|her office|the\s+(?:same\s+)?(?:agency|spy agency|ministry|service|"
    r"official|officials|spokesman|spokeswoman|spokesperson|office|report|statement|institute|think tank|alliance chief|"
    r"president|minister|ambassador|diplomat|envoy|chief|leader|department|head of state))\s*"
    r"(?:also\s+|further\s+|then\s+|later\s+|has\s+|had\s+)?$",
    re.I,
)
_ROLE_HEADS = (
    "officials?|diplomats?|spokes(?:man|woman|person|people)|analysts?|sources?|lawmakers?|legislators?|ministers?|"
    "ambassadors?|envoys?|commanders?|chiefs?|generals?|president|secretary|experts?|observers?|researchers?|"
    "intelligence|agency|ministry|services?|governments?|allies|capitals|military|army|authorities|officers?|aides?|adviser|advisor|"
    "think tank|institute|monitors?|bloggers?|journalists?|media|state media|broadcasters?|newspapers?|daily|outlets?|"
    "agencies|channels?|"
    "residents?|specialists?|scholars?|professors?|traders?|defectors?|witnesses|participants?|"
    "report|statement|assessment|people familiar with the matter"
)
_ROLE_NP_RE = re.compile(
    rf"(?:\b(?:an?|the|two|three|several|some|other|one)\s+)?"
    rf"(?P<np>(?:[A-Za-z.'-]+\s+){{0,3}}?(?:{_ROLE_HEADS}))\s*$",
    re.I,
)
# What a match of _ROLE_NP_RE ends with, trailing whitespace aside: the last word of a role head
# (a suffix: the head may start inside a word). Listed from _ROLE_HEADS; a test checks every match.
# The search tries the lazy words before the heads at every offset of the phrase: tens of
# microseconds on a long name the alias table does not know, which ends with none of these.
_ROLE_ENDINGS = tuple(
    """official officials diplomat diplomats spokesman spokeswoman spokesperson spokespeople analyst analysts
    source sources lawmaker lawmakers legislator legislators minister ministers ambassador ambassadors envoy envoys
    commander commanders chief chiefs general generals president secretary expert experts observer observers
    researcher researchers intelligence agency ministry service services government military army authorities officer officers aide
    aides adviser advisor tank institute monitor monitors blogger bloggers journalist journalists media broadcaster
    newspaper newspapers daily outlet outlets broadcasters agencies channel channels resident residents specialist specialists scholar scholars professor professors trader
    traders defector defectors witnesses participant participants report statement assessment matter governments allies
    capitals""".split())
_NAME_RE = re.compile(r"(?P<name>(?:[A-Z][a-z'.-]+|[A-Z]{2,})(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?"
                      r"(?:[A-Z][a-z'.-]+|[A-Z]{2,}|de|van|von|bin|al-)){1,4})\s*$")
# A person the table does not know, a member of the body named next: "Park Sun-won of the opposition ...".
_OF_THE = re.compile(r"\s+of\s+the\s+(?:(?:ruling|governing|main|opposition|minor)\s+){0,2}")
_MEMBER_OF = re.compile(rf"(?P<name>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){{1,2}}){_OF_THE.pattern}$")
_INDEFINITE_AFTER_HEAD = re.compile(r",\s+an?\s")  # "Lee Ji-hye, a North Korea specialist": a description
_APPOSITIVE = re.compile(r"(?P<head>[^,]{3,60}),\s+(?:a|an|the)\s+[^,]+$")
# A capitalised word that opens a sentence or a subordinate clause, not a name: "As the Secretary said".
_NOT_NAME_START = re.compile(r"^(?:The|A|An|In|On|Last|This|But|And|However|Meanwhile|As|If|When|While|After|"
                             r"Before|Since|Although|Though|Because|Once|Until|Unless|Earlier|Later|Separately|"
                             r"Asked|Speaking|Writing)\b")
# Organisations named without a known alias: "the Bank of Korea", "the Institute for the Study of War".
_ORG_WORDS = re.compile(r"\b(?:Bank|Ministry|Institute|Agency|Office|Council|Service|Department|Committee|"
                        r"Cent(?:er|re)|Organi[sz]ation|University|Commission|Authority|Authorities|Bureau|"
                        r"Foundation|Association|Group|Corporation|Company|Command|Staff|Poll|Survey|Fund|"
                        r"Assembly|Parliament|Congress|Senate|House|Court|Party|Union|Forces|Guard|Police)\b")
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_GENERIC_WORDS = frozenset(
    "a an the unnamed anonymous senior top high-ranking high ranking one two three several some other former "
    "current acting deputy same".split()  # ("the same South Korean agency said": the agency)
)
_LEADS_TO_ROLE = frozenset("quoted quoting citing cited where".split())  # ("..., where participants agreed")
_DIGIT = re.compile(r"\d")
_ROLE_AFTER = frozenset([("to", "according")] + [("of", w) for w in "one two three four five several some many most both all each".split()] + [("of", "")])
SPEAKER_PRIORITY = {"person": 0, "agency": 1, "bloc": 2, "country": 3, "media": 4, "place": 9}


@fast_init
@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None  # canonical primary origin; None for a pronoun resolved later
    chain: tuple[str, ...]  # outermost first: ("Yonhap", "South Korea NIS")
    start: int  # the attribution phrase itself (speaker + verb), sentence offsets
    end: int
    content_start: int  # the words attributed to the speaker
    content_end: int
    verb: str
    pronoun: bool = False  # "he said", "the agency said": resolve from context
    speaker_type: str | None = None
    gives_figure: bool = False  # "the 10,000 [the department gave]": the content is the figure before it

    def covers(self, pos: int) -> bool:
        return self.content_start <= pos < self.content_end


# A country's own body: "South Korea's Foreign Ministry", "the Russian defence ministry".
_BODY_AFTER = re.compile(
    r"(?:'s)?\s+(?P<body>(?:foreign|defen[cs]e|interior|unification|emergencies|justice)\s+ministry|"
    r"ministry of (?:foreign affairs|defen[cs]e)|presidential office|president's office|military|armed forces|army|"
    r"navy|government|embassy|mission to the un|joint chiefs of staff|general staff|parliament|national assembly|"
    r"state media|foreign office|cabinet|border guards?|security council|national security council|"
    r"defen[cs]e department|war ministry)\b",
    re.I,
)
_RELATIVE = re.compile(r",?\s+(?:who|which|whose)\b")
_NAMED_AFTER_DESCRIPTION = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[a-z-]+\s+){0,4}(?:agency|ministry|office|service|institute|bureau|organi[sz]ation|"
    r"association|council|commission|regulator|corporation)\s+(?P<name>[A-Z]{2,}[A-Za-z]*|"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3})[\s,.]*$")
_DEFINITE_ROLE = re.compile(
    rf"^(?:the|this|that)\s+(?:[a-z'-]+\s+){{0,3}}(?:{_ROLE_HEADS}|alliance chief|spy chief)$", re.I
)
# ("The spy agency expects ...", "The foreign ministry called the deployment ...": an institution only speaks)
# ("His office called the deployment ...": an office only speaks too)
_BARE_PRONOUN = re.compile(r"^(?:he|she|it|they|we|you|(?:his|her|their|its)\s+office|(?:the|this)\s+(?:same\s+)?"
                           r"(?:spy\s+|intelligence\s+|foreign\s+|defen[cs]e\s+|presidential\s+)?"
                           r"(?:agency|ministry|office))$", re.I)


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|for|from|in|at|on|with|against|by|over|about)\s+(?:the\s+)?$", re.I)
# The words the matches of _PREPOSITION_BEFORE and _PRONOUN_RE end with (text.may_end_with).
_PREPOSITION_ENDINGS = ("to", "of", "for", "from", "in", "at", "on", "with", "against", "by", "over", "about", "the")
_PRONOUN_ENDINGS = ("he", "she", "it", "they", "you", "agency", "ministry", "service", "official", "officials",
                    "spokesman", "spokeswoman", "spokesperson", "office", "report", "statement", "institute", "tank",
                    "chief", "president", "minister", "ambassador", "diplomat", "envoy", "leader", "department",
                    "state", "also",
                    "further", "then", "later", "has", "had")
# A day or a time that opens the phrase before the verb, before a pronoun or "the agency": "On October 23 the same
# agency", "Last week it". (Not before "the foreign ministry", whose country the table may not tell.)
_LEADING_WHEN = re.compile(rf"(?:(?:on|by|in|until|since|from)\s+)?(?:{WEEKDAY_PATTERN}|"
                           rf"{MONTH_PATTERN}\s+{DAY_PATTERN}|{DAY_PATTERN}\s+{MONTH_PATTERN}|"
                           r"(?:last|this|that|next)\s+(?:week|month|\w+day)|yesterday|today|a\s+(?:day|week)\s+later|"
                           r"later|then)\s*,?\s+"
                           r"(?=(?:he|she|it|they|(?:the|this)\s+(?:same\s+)?(?:spy\s+|intelligence\s+)?agency)"
                           r"(?:\s|$))",
                           re.I)
_SUBORDINATOR = re.compile(r"^(?:as|if|when|while|after|before|since|although|though|because|once|and|but)\s+", re.I)
_WITH_SPEAKER_BEFORE = re.compile(r",\s+with\s+(?P<np>[^,;:]{2,60}?)\s+$")  # ", with spokesman Dmitry Peskov "
# "No government has said anything like that", "no one confirmed it": a negated subject is nobody.
_NOBODY_END = re.compile(r"(?:^|[\s.:|,])(?:(?:no|none\s+of\s+the)\s+[\w-]+|nobody|no\s+one|no-one|none)$", re.I)
# "the numbers have grown faster than any government predicted", "higher than officials had expected": the phrase
# before the verb is the far side of a comparison; its speaker predicted something else, not the figure.
# ("More than 20 officials said", "fewer than ten lawmakers": a count of speakers, not a comparison.)
_COMPARED_WITH = re.compile(r"\b(?!(?:more|fewer|less|other|over|under|rather)\b)[a-z]+(?:er|ly)\s+than\s", re.I)
_SUBORDINATOR_OR_NOT = re.compile(r"^(?:when|where|as|after|once)\s+", re.I)
_LEADING_ARTICLE = re.compile(r"^\s*(?:The|A|An)\s+")
_KNOWLEDGE_AFTER_ROLE = re.compile(r"\s+(?:familiar with|briefed on|with (?:direct )?knowledge of)\s.*$")
_PLURAL_DEMONYM = re.compile(r"s?(?:\s+themselves)?[\s,]*")  # "the South Korean|s themselves"
_BODY_HEADS = frozenset({"ministry", "agency", "office"})  # a role that names a body, not people: it only speaks
_PLACE_AFTER_ROLE = re.compile(r"\s+(?:in|from|at|of)\s+[^,]*(?:,.*)?$")  # "officials in Seoul, ..."


def _named_apposition(np_text: str) -> bool:
    """True for "Shin Won-sik, the national security adviser": a name, then the role it holds (not "he")."""
    appositive = _APPOSITIVE.match(np_text.rstrip(" ,"))
    if appositive is None:
        return False
    name = _NAME_RE.search(appositive.group("head"))  # (a name that ends the head: "Last month Shin Won-sik")
    return name is not None and not _NOT_NAME_START.match(name.group("name"))


_AFTER_WHICH = re.compile(r"\s*(?:after|following|upon|at)\s+which\s+", re.I)


def _speaker_from_np(np_text: str, np_start: int, mentions: list[Mention]) -> tuple[str | None, str | None, bool]:
    """(canonical speaker, entity type, is_pronoun) for the noun phrase *np_text*.

    Preference: a person, then an agency, bloc, country or news outlet named in the phrase
    (not inside a prepositional phrase such as "ambassador to Ukraine"), then an unknown
    proper name, then a role ("a Western official"). "He", "the agency" or "the
    intelligence chief" refer back to someone named before: the caller resolves them.
    """
    if (lead := _AFTER_WHICH.match(np_text)) is not None:  # "..., after which his office called ...": his office
        return _speaker_from_np(np_text[lead.end() :], np_start + lead.end(), mentions)
    folded = fold(np_text)
    rel = _RELATIVE.search(folded) if "who" in folded or "which" in folded else None  # its words, as substrings
    core_len = rel.start() if rel else len(folded)
    core = folded[:core_len].strip(" ,")
    if " than " in core and _COMPARED_WITH.search(core) is not None:
        return None, None, False
    if _NOBODY_END.search(core) is not None:
        return None, None, False  # "No government has said anything like that", "no one confirmed it": nobody speaks
    if core.lower() in _DEMONSTRATIVES:
        return None, None, False  # "That puts the total at roughly 3,000, Park told reporters": no one speaks there
    # "As the Secretary said", "When the ministry announced": the subordinator is not the speaker.
    if (subordinator := _SUBORDINATOR.match(core)) is not None:  # (anchored: what sub() would cut)
        core = core[subordinator.end() :]
    if core[:1].isupper() and (when := _LEADING_WHEN.match(core)) is not None:
        core = core[when.end() :]  # "On October 23 the same agency counted ...": the agency, whose day it was
    np_end = np_start + len(np_text)
    inside = [m for m in mentions if m.start >= np_start and m.end <= np_end and m.entity.type != "place"]
    if rel is not None and _BRIEFED.match(core) and (by := _BRIEFING_BY.search(folded, core_len)) is not None:
        # "Lawmakers who sat in on a closed briefing by the National Intelligence Service said": they relay it.
        briefer = next((m for m in inside if m.start - np_start >= by.end() and m.entity.type == "agency"), None)
        if briefer is not None and _only_article_between(folded, by.end(), briefer.start - np_start):
            return briefer.canonical, "agency", False
    if "(" in core and (delegate := _delegate(np_text, np_start, inside)) is not None:
        return delegate, "person", False

    def in_pp(m: Mention) -> bool:
        before = folded[: m.start - np_start]
        # ("The representative of Japan said": the country the representative speaks for.)
        return may_end_with(before, _PREPOSITION_ENDINGS) and search_end(_PREPOSITION_BEFORE, before) and \
            not _SPEAKS_FOR_BEFORE.fullmatch(before)

    def in_core(m: Mention) -> bool:
        return m.start - np_start < core_len

    if ", a" in np_text and (candidates_named_after := [m for m in inside if m.start - np_start < core_len]):
        # "Lee Ji-hye, a North Korea specialist at a Seoul think tank, thinks ...": a person the table does not
        # know, named before an appositive, speaks; the countries the appositive names describe her.
        appositive = _APPOSITIVE.match(np_text[:core_len].rstrip(" ,"))
        if appositive is not None and _INDEFINITE_AFTER_HEAD.match(np_text, appositive.end("head")) and \
                all(m.start - np_start >= appositive.end("head") for m in candidates_named_after):
            name = _NAME_RE.fullmatch(appositive.group("head").strip())
            if name is not None and not _NOT_NAME_START.match(name.group("name")) and \
                    not _ORG_WORDS.search(name.group("name")):
                text = " ".join(name.group("name").split())
                return _person_name(text) or text, "person", False
    for m in inside:
        if m.form == "adjective" and m.entity.type == "country" and in_core(m) and \
                (folded[m.end - np_start - 1] == "s" or folded[m.end - np_start : m.end - np_start + 1] == "s") and \
                _PLURAL_DEMONYM.fullmatch(folded, m.end - np_start, core_len) and \
                not folded[: m.start - np_start].strip(" ,*#").lower().removeprefix("the"):
            return m.canonical, "country", False  # "The South Koreans themselves said": the country's people speak
    # (One pass, the cheap tests first: the tests are pure, so their order does not change the list.)
    candidates = [m for m in inside if (m.form != "adjective" or m.entity.type in ("person", "agency")) and
                  (m.start - np_start < core_len or m.entity.type == "person") and
                  (m.entity.type in ("person", "agency") or not in_pp(m))]
    # ("The Korean Central News Agency said": a name ending in "agency" is no "the agency".)
    named_head = person_or_agency = False
    if candidates:
        head_end = np_start + len(folded[:core_len].rstrip(" ,"))
        for m in candidates:
            if m.end >= head_end:
                named_head = True
            if m.entity.type in ("person", "agency") or m.entity.type == "country" and in_core(m):
                # ("the ROK intelligence agency": the country's, not a body named before.)
                person_or_agency = True
    if not candidates:
        for m in inside:
            if m.form == "adjective" and m.entity.type == "country" and in_core(m) and \
                    (body := _BODY_AFTER.match(folded, m.end - np_start, core_len)) is not None and \
                    not folded[body.end() : core_len].strip(" ,") and body.group("body").lower() != "government":
                # "the South Korean foreign ministry said": the country's own body, not "the ministry" named before
                # (the body is the head: not "military intelligence"; "the Japanese government" is Japan's, as before)
                return f"{m.canonical} {' '.join(body.group('body').lower().split())}", "agency", False
    if not named_head and not person_or_agency:
        last_words = core.split()[-4:]
        tail = " ".join(last_words)
        if (_BARE_PRONOUN.match(core) or _DEFINITE_ROLE.match(tail) or _DEFINITE_ROLE.match(core) or
                may_end_with(core, _PRONOUN_ENDINGS) and search_end(_PRONOUN_RE, core)) and \
                not _named_apposition(np_text[:core_len]):
            return None, None, True
    if candidates:
        # "Dmitry Peskov, Vladimir Putin's spokesperson": an owner ('s) is not who speaks.
        best = candidates[0] if len(candidates) == 1 else \
            min(candidates, key=lambda m: (not in_core(m), folded.startswith(("'s", "\u2019s"), m.end - np_start),
                                           SPEAKER_PRIORITY.get(m.entity.type, 5), -m.end))
        if best.entity.type in ("country", "bloc"):
            body = _BODY_AFTER.match(folded[best.end - np_start :])
            if body:  # "South Korea's Foreign Ministry" → "South Korea foreign ministry"
                return f"{best.canonical} {' '.join(body.group('body').lower().split())}", "agency", False
            # "South Korea's trade promotion agency KOTRA": a body the table does not know, named after
            # its description.
            described = _NAMED_AFTER_DESCRIPTION.match(np_text, best.end - np_start, core_len)
            if described:
                return described.group("name"), "agency", False
            # "Japan's Chief Cabinet Secretary Hayashi Yoshimasa", "Deputy UN ambassador Robert
            # Wood": a person the table does not know, named after the country they speak for.
            person = _person_name(np_text[best.end - np_start : core_len])
            if person:
                return person, "person", False
        elif best.entity.type == "agency" and np_text[best.end - np_start : best.end - np_start + 1] == " " and \
                (person := _person_name(np_text[best.end - np_start : core_len])) is not None and \
                _TITLES_ONLY.fullmatch(np_text, best.end - np_start, core_len - len(person) - 1):
            return person, "person", False  # "State Department spokesman Matthew Miller": the spokesman speaks
        return best.canonical, best.entity.type, False
    head = np_text[:core_len].rstrip(" ,")
    appositive = _APPOSITIVE.match(head)  # "Dr Peter Whitlam, a Korea specialist based in Canberra"
    named = appositive.group("head") if appositive else head
    if (article := _LEADING_ARTICLE.match(named)) is not None:  # (anchored: what sub() would cut)
        named = named[article.end() :]
    name = _NAME_RE.search(named)
    if name and not _NOT_NAME_START.match(name.group("name")):
        text = " ".join(name.group("name").split())
        if _ORG_WORDS.search(text):
            if (of := _OF_THE.search(named)) is not None and _ORG_WORDS.search(named, of.end()) and \
                    (member := _MEMBER_OF.search(named, 0, of.end())) is not None and \
                    not _NOT_NAME_START.match(member.group("name")):
                # "lawmaker Park Sun-won of the opposition Democratic Party told reporters": the member speaks,
                # not the party or body named after him.
                return _person_name(member.group("name")) or member.group("name"), "person", False
            return text, "agency", False
        return _person_name(text) or _titled_surname(text) or text, "person", False
    # "officials in Seoul, Washington and Kyiv": the role, wherever it sits.
    if " familiar " in core or " briefed " in core or " knowledge " in core:
        # "officials familiar with the assessment": officials; "two people familiar with the matter" stays
        # whole (no role head but the knowledge itself).
        role = _ROLE_NP_RE.search(bare := _KNOWLEDGE_AFTER_ROLE.sub("", core))
        if role is not None or _KNOWLEDGE_AFTER_ROLE.search(core) is None:
            core = bare
        else:
            words = [w for w in core.split() if w.lower() not in _GENERIC_WORDS]
            return " ".join(words), "role", False
    if " with " in core and may_end_with(head := core[: core.index(" with ")], _ROLE_ENDINGS) and \
            _ROLE_NP_RE.search(head) is not None:
        core = head  # "A participant with a background in intelligence said": the participant
    role = _ROLE_NP_RE.search(core) if may_end_with(core, _ROLE_ENDINGS) else None
    if role is None:
        without_place = _PLACE_AFTER_ROLE.sub("", core)
        role = _ROLE_NP_RE.search(without_place) if may_end_with(without_place, _ROLE_ENDINGS) else None
    if role:
        words = role.group("np").split()
        # "speaking in Moscow as Western governments said": the role starts after a subordinator.
        # "according to lawmakers", "also quoted British defence intelligence", "two of the diplomats": the role
        # starts after the words that lead to it.
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if _SUBORDINATOR.match(w + " ") or
                   w.lower() in _LEADS_TO_ROLE or (w.lower(), words[i - 1].lower() if i else "") in _ROLE_AFTER),
                  default=0)
        words = [w for w in words[cut:] if w.lower() not in _GENERIC_WORDS]
        if words:
            # "American officials" → "United States officials": the country's canonical name.
            text = " ".join(words)
            for m in inside:
                if m.entity.type == "country" and m.form == "adjective":
                    text = text.replace(sentence_text(np_text, np_start, m), m.canonical)
            if words[-1].lower() in _BODY_HEADS and text == " ".join(words) and (place := next(
                    (m for m in inside if m.entity.type == "country" and m.form != "adjective" and
                     np_text[max(0, m.start - np_start - 3) : m.start - np_start] == "in "), None)) is not None:
                # "The foreign ministry in Seoul has called ...": the body of the country it sits in.
                return f"{place.canonical} {text.lower()}", "agency", False
            return text, "role", False
    surname = _SURNAME_RE.fullmatch(core_text := np_text[:core_len].strip(" ,"))
    if surname and not _NOT_NAME_START.match(core_text) and core_text not in _TITLE_WORDS:
        return core_text, "person", False  # "Wood said": the caller resolves it to the full name given before
    if core.count(",") >= 1:
        # "Briefing the Council, Miroslav Jenča, Assistant Secretary-General for Europe, said": a name
        # standing alone between commas, its title after it.
        parts = core.split(",")
        for part in parts[:-1]:
            if _BARE_NAME.fullmatch(part) and not _NOT_NAME_START.match(part.strip()) and \
                    not _ORG_WORDS.search(part) and not any(w in _TITLE_WORDS for w in part.split()):
                return " ".join(part.split()), "person", False
        if len(parts) == 2 and _ONE_NAME.fullmatch(parts[1]) and parts[1].strip() not in _TITLE_WORDS and \
                _DESCRIBED_ROLE.fullmatch(parts[0]) is not None:
            # "His commander, Lis, says ...": one name (a call sign, a first name) after the role it holds.
            return parts[1].strip(), "person", False
    return None, None, False


# A meeting record names each speaker, then the delegation they speak for in brackets: "Barbara
# Woodward (United Kingdom) said", "Hwang Joon-kook (Republic of Korea)". The person speaks.
_NAME_WORD_ANY = r"[A-Z][^\W\d_]*(?:['-][^\W\d_]+)*"  # letters of any script: "Jenča", "Joon-kook"
_FULL_NAME = rf"{_NAME_WORD_ANY}(?:\s+(?:(?:de|da|di|du|del|der|van|von|le|la|bin)\s+)?{_NAME_WORD_ANY}){{1,3}}"
_DELEGATE = re.compile(rf"[\s,]*(?P<name>{_FULL_NAME})\s*\((?![A-Z]{{2,}}\))[A-Z][^()]{{1,60}}\)")
_DESCRIBED_ROLE = re.compile(r"\s*(?:his|her|their|its|our|the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*", re.I)
_ONE_NAME = re.compile(r"\s*[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s*")
_BARE_NAME = re.compile(rf"\s*{_FULL_NAME}\s*")
# Who a country's representative is: "the representative of Japan", "the ambassador of France".
_SPEAKS_FOR_BEFORE = re.compile(r"[\s,]*(?:the\s+|a\s+|an\s+)?(?:permanent\s+|deputy\s+)?(?:representative|delegate|delegation|"
                                r"ambassador|envoy|mission|spokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?", re.I)


def _delegate(np_text: str, np_start: int, mentions: list[Mention]) -> str | None:
    """The person a phrase opens with when a bracket follows their name ("Fu Cong (China)"), or None.
    Not a body ("the Defence Intelligence of Ukraine (HUR)") nor a name with its initials."""
    m = _DELEGATE.match(np_text)
    if m is None or _NOT_NAME_START.match(m.group("name")) or _ORG_WORDS.search(m.group("name")):
        return None
    words = m.group("name").split()
    if any(w in _TITLE_WORDS for w in words):
        return None
    s, e = np_start + m.start("name"), np_start + m.end("name")
    named = [x for x in mentions if x.start < e and x.end > s]
    if any(x.entity.type != "person" for x in named):
        return None  # "Ukrainian Defence Intelligence (HUR)": a body named with a country's adjective
    return named[0].canonical if named else " ".join(words)


# Capitalised words of a title, which come before a name: "Chief Cabinet Secretary Hayashi".
_TITLE_WORDS = frozenset(
    """Chief Cabinet Secretary Deputy Vice Minister Prime President Foreign Defense Defence Ambassador Envoy
    Spokesman Spokeswoman Spokesperson General Gen Gen. Lt Lt. Col Col. Adm Adm. Maj Maj. Rep Rep. Sen Sen.
    Gov Gov. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Chairman Chairwoman Chair Director Commander Lieutenant Colonel
    Admiral Major Representative Senator Press Security National Adviser Advisor State Leader Head Permanent
    Special UN U.N. NATO EU Secretary-General First Supreme Intelligence Military Army Navy Air Force Staff
    Joint Chiefs Speaker Premier Chancellor King Queen Crown Prince Lawmaker Legislator Governor Mayor
    Minister's Officer Analyst Professor Prof Prof. Assistant Acting Former Senior Top Unification Interior
    Justice Trade Finance Economy Attache Attaché Counselor Counsellor Deputy's""".split()
)
_SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
_NAME_WORD = re.compile(r"[A-Z][a-z'.-]*[a-z]|[A-Z][a-z]*-[A-Z]?[a-z]+")


_TITLES_ONLY = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|press\s+secretary|[Dd]irector|chief|head|"
                          r"[Cc]ommander|deputy|[Aa]mbassador|[Ss]ecretary|[Mm]inister|official|analyst))+\s*")


def _person_name(text: str) -> str | None:
    """The name at the end of *text* without the title words before it, or None.

    "Chief Cabinet Secretary Hayashi Yoshimasa" → "Hayashi Yoshimasa"; "Deputy UN ambassador
    Robert Wood" → "Robert Wood". Needs two capitalised words after the title.
    """
    words = text.strip(" ,").split()
    name: list[str] = []
    for w in reversed(words):
        if not _NAME_WORD.fullmatch(w) or w in _TITLE_WORDS:
            break
        name.append(w)
    return " ".join(reversed(name)) if 2 <= len(name) <= 4 else None


def _titled_surname(text: str) -> str | None:
    """"Foreign Minister Cho" → "Cho": a surname after title words only, which the caller resolves
    to the full name the article gave (claims._resolve_surname); None for anything else."""
    *title, last = text.split() or [""]
    return last if title and all(w in _TITLE_WORDS for w in title) and _SURNAME_RE.fullmatch(last) else None


def speaker_from_phrase(np_text: str, np_start: int, mentions: list[Mention]) -> tuple[str | None, str | None, bool]:
    """(canonical speaker, entity type, is_pronoun) for the noun phrase *np_text* of a sentence, which starts at
    *np_start* and whose mentions are *mentions*: how find_attributions names a speaker."""
    return _speaker_from_np(np_text, np_start, mentions)


def sentence_text(np_text: str, np_start: int, m: Mention) -> str:
    """The words of mention *m* as they stand in *np_text* (which starts at *np_start*)."""
    return np_text[m.start - np_start : m.end - np_start]


def _clause_start_before(folded: str, pos: int, floor: int) -> int:
    """Where the clause holding the speaker begins: after a quote, 'that', ', and', a semicolon or a comma.

    A comma right before the verb closes an appositive or a relative clause ("Budanov, the
    spy chief, said"; "Matsuda, 65, who will retire, recalled"): then commas do not cut,
    and the speaker is looked for in the whole clause.
    """
    window = folded[floor:pos]
    cut = max(window.rfind(";"), window.rfind(":"), window.rfind('"'), window.rfind(" that "))
    if window.rstrip().endswith(","):
        cut = max(cut, window.rfind(", while "), window.rfind(", but "), window.rfind(", and "))
    else:
        # Any comma cuts: the last one stands at or after the last ", while ", ", but " or ", and ".
        cut = max(cut, window.rfind(","))
    return floor if cut == -1 else floor + cut + 1


# A word each pattern needs (every word of a pattern's phrase is a whole word of the text it
# matches): _VERB_RE is case-sensitive, the three others are not.
# (The words every match opens with: not each alternative's first word, as "(?:raised|...) to" leads with "raised".)
_VERB_WORDS = frozenset(lead_words(_VERB_RE))
_ACCORDING_WORDS = frozenset("according citing quoting quoted cited reported words briefed given provided released "
                             "published per figure estimate count tally".split())
_REPORTS_WORDS = frozenset({"reports"})
_ESTIMATE_WORDS = frozenset(
    "estimate estimates assessment count tally figure figures calculation calculations reckoning poll survey "
    "number forecast".split()
)
_GIVER_WORDS = frozenset(GIVER_VERBS.split("|"))
_OTHER_WORDS = _ACCORDING_WORDS | _REPORTS_WORDS | _ESTIMATE_WORDS | _GIVER_WORDS


# The reporting verbs are lower-case, so a sentence none of whose lower-cased words is one has
# none as written either; and the lower-cased words serve _VERB_RE's lead words (text.find_led looks
# for the lead words among them, then finds where they stand as written, case and all).
assert all(w == w.lower() for w in _VERB_WORDS)
assert all(w == w.lower() for w in lead_words(_VERB_RE))


def _has_verb_as_written(sentence: str, words: frozenset[str]) -> bool:
    """Whether a reporting verb stands whole and as written (_VERB_RE is case-sensitive) in the ASCII
    *sentence*, whose lower-cased words are *words*: ``not _VERB_WORDS.isdisjoint(ascii_cased_words(sentence))``,
    without building the second word set (str.find, for the few verbs the lower-cased words hold)."""
    return bool(_verbs_as_written(sentence, words))


def _verbs_as_written(sentence: str, words: frozenset[str]) -> list[int]:
    """Where a lead word of _VERB_RE stands whole and as written in the ASCII *sentence*, whose lower-cased
    words are *words*: the offsets ``find_led(_VERB_RE, sentence, words)`` tries the pattern at."""
    present = _VERB_WORDS.intersection(words)
    return word_starts(sentence, present) if present else []


def reporting_verb_starts(sentence: str) -> list[int] | None:
    """Where a reporting verb may stand in the ASCII *sentence* (the offsets its verb pattern is tried at);
    None for other text. A caller that asks :func:`may_attribute` and then :func:`find_attributions` of one
    sentence finds them once and passes them to both."""
    words = ascii_words(sentence)
    return _verbs_as_written(sentence, words) if words is not None else None


# Patterns of the reporting-verb loop in find_attributions, compiled once.
_OWN_ESTIMATE = re.compile(r"\s*(?:its|their|his|her|our|the)\b", re.I)  # "in its daily assessment"
_COMMA_BEFORE_PARTICIPLE = re.compile(r",\s*(?:while\s+)?$")
# ", said Russia appeared to have supplied ...": a clause after the verb, not an inverted speaker.
_CLAUSE_IN_NP = re.compile(r"\s(?:appeared|appears|seemed|seems|had|has|have|was|were|is|are|would|will|could|"
                           r"might|may|did|does|can|must|should)\s")
# ", said on Monday the alliance could not ...": a day or a clause after the verb, no inversion.
_NOT_INVERTED_NP = re.compile(r"(?:that|the|a|an|on|in|at|last|this|earlier|yesterday|today|late)\b")
_THAT_NEXT_WORD = re.compile(r"\s+that\b")
# "Seoul at that point counted only about 1,500 North Koreans": a country counts what its figure counts.
_FIGURE_NEXT = re.compile(rf"\s+(?:only\s+|just\s+)?(?:{_HEDGES}|\d)", re.I)
# "Seoul expected around 10,000 by December", "Seoul expects the contingent to grow to 10,000": a country's
# forecast of a figure or of a count is its estimate. (Not "Russia expects to win": no figure, no count.)
FORECAST_VERBS = frozenset("expects expected projected projects forecast forecasts".split())
_COUNT_TO_NEXT = re.compile(r"\s+(?:the|its|their|that)\s+(?:[\w-]+\s+){0,2}?(?:number|contingent|figure|total|count|"
                            r"force|deployment)\s+to\s", re.I)
_COLON_OR_QUOTE = re.compile(r"[:\"]")
_ONLY_AND_BUT = re.compile(r"[\s,]*(?:and|but)?\s*")
_LISTENER_GAP = re.compile(r"[^,;.\"]*,\s*")
_INVERSION_BEFORE = re.compile(r'[,"]\s*$')  # ', said the NIS' / '" said Budanov'
_NP_AFTER_VERB = re.compile(r"\s+(?P<np>[^,;.\"]{2,80}?)(?=\s*(?:[,;.\"]|$| on | in | at |\s+(?:on|last)\s))")
# What may stand between a speaker and the verb: "Park also said", "the NIS on Monday told", "Seoul at that
# point counted".
_BETWEEN_PHRASES = (
    "also", "further", "then", "later", "since", "has", "had", "have", "previously", "earlier", "separately", "again",
    r"on \w+", r"last \w+", r"this \w+", "in a statement", "in a report", "in an interview", "on Telegram", "on X",
    "in a post", "in an assessment", "in its assessment", "in its report", "reportedly", "publicly", "privately",
    "repeatedly", "already", "recently", r"told \w+", "now", "still", "at the time", "at that time", "at that point",
    "by then", "instead",
)
_BETWEEN_SPEAKER_AND_VERB = re.compile(rf"(?:\s+(?:{'|'.join(_BETWEEN_PHRASES)}))*\s*$")
# The last words of its phrases ("in a statement"), and the words before a phrase's free last word ("on \w+").
_BETWEEN_LAST_WORDS = frozenset(p.split()[-1] for p in _BETWEEN_PHRASES if not p.endswith(r"\w+"))
_BETWEEN_ANY_WORD_AFTER = frozenset(p.split()[0] for p in _BETWEEN_PHRASES if p.endswith(r"\w+"))


def _speaker_end(before: str) -> int:
    """Where the speaker's phrase ends in *before*, the text before a reporting verb:
    ``_BETWEEN_SPEAKER_AND_VERB.search(before).start()``.

    That pattern is scanned from the sentence's start. Its phrases end the text, so when the
    last word cannot end one of them (the usual "Park said"), the match is the trailing
    whitespace alone: no scan is needed. (The sets above are read off the pattern; a test
    compares this function with the search.)
    """
    trimmed = before.rstrip()
    last = trimmed.rsplit(None, 2)[-2:]
    if last and last[-1] not in _BETWEEN_LAST_WORDS and (len(last) < 2 or last[0] not in _BETWEEN_ANY_WORD_AFTER):
        return len(trimmed)
    skip = _BETWEEN_SPEAKER_AND_VERB.search(before)
    return skip.start() if skip else len(before)
BULLET_MARK = r"[-*\u2022\u2013]"  # a list item's mark: "- ", "* ", a bullet, a dash
BULLET = re.compile(rf"\s*{BULLET_MARK}\s+")  # a list item: "- Budanov: 11,000 ...", with the spaces after its mark
_COORDINATION = re.compile(r"[\s,]*(?:and|but|or|then)\s*")
# ", on October 21 and": a setting, then the verb coordinated with the one before it
_SETTING_AND = re.compile(r"[\s,]*(?:on|last|this|in|at|late|early)\s[^,;]{1,30}?\s(?:and|but)\s*")
_ASSESSING_VERBS = frozenset("assessed assesses assess estimated estimates estimate believes believe believed concluded "
                             "concludes".split())
# A speaker's own government or country, or a body of it: "his Government", "her country's military intelligence".
_OWN_BODY = re.compile(r"(?:his|her|their|its)\s+(?P<own>government|country|nation|delegation)(?:'s\s+(?P<body>[^,;]+?))?\s*$",
                       re.I)
_RELATIVE_PRONOUN = re.compile(r"[\s,]*(?:who|which)\s*")
# ("that he expected them ..." opens a clause of its own: "that" only before a name.)
_OBJECT_RELATIVE = re.compile(r"\s*(?:(?:which|whom)\s+(?=\S)|that\s+(?=[A-Z]))")
# An aside between a speaker and its verb: a relative clause, or a participle of the setting
# ("The G7 defence ministers, meeting in Naples on Saturday, also expressed concern").
_ASIDE_OPENERS = r"who|which|meeting|speaking|visiting|writing|addressing|appearing|testifying|responding|talking|" \
    r"briefing|telling|answering|commenting|in|at|during"
_ASIDE_OPEN = re.compile(rf",\s+(?:{_ASIDE_OPENERS})\b")
# (Searched back from the verb, or matched on the speaker phrase found: np is the speaker.)
_ASIDE_BEFORE_VERB = re.compile(rf"(?P<np>[^,;]{{2,80}})(?P<rel>,\s+(?:{_ASIDE_OPENERS})\b)[^;]*,\s*(?:also\s+)?$")
# "the agency", "the ministry": the body last named (resolved by the caller), not the last speaker.
_DEFINITE_BODY_START = re.compile(r"(?:the|this)\s+(?:same\s+)?(?:[a-z]+\s+)?(?:agency|ministry|service|department)\b",
                                  re.I)
_TRAILING_COORDINATION = re.compile(r"\s(?:and|but)\s*$")
# A clause that opens with its verb (or "who" and its verb), and what may stand between it and the person before it.
_PREDICATE_FIRST = re.compile(r"\s*(?:who\s+)?(?:[a-z]+s|[a-z]+ed|has|had|was|is|will|would)\s")
_BEFORE_PREDICATE = re.compile(r"(?:,\s*\d{1,3})?\s*,?\s*")
# A verb done to someone, whose object a comma-joined reporting verb after it does not make the speaker.
_ACTION_VERB = re.compile(r"\s(?:summoned|met|received|visited|thanked|hosted|phoned|called in|telephoned)\s")
# The first verb of a clause: "then", a past tense, an auxiliary or a common irregular verb.
_FIRST_VERB = re.compile(r"\s(?:then|also|[a-z]{2,}ed|was|were|is|are|has|had|have|did|does|met|went|gave|took|"
                         r"made|held|spoke|saw|sent|put|came|left|visited|signed|urged)\b")


# "officials were saying that": a participle after an auxiliary is the verb of its clause.
# "were saying", and "keeps calling", "kept insisting", "continued saying": the subject before them speaks.
# ("the Pentagon is now putting it at about 10,000": an adverb between)
_PROGRESSIVE_BEFORE = re.compile(r"\s(?:is|are|was|were|been|keeps|keep|kept|continues|continued|went on)\s+"
                                 r"(?:now\s+|still\s+)?$")
_PROGRESSIVE_ENDINGS = ("is", "are", "was", "were", "been", "keeps", "keep", "kept", "continues", "continued", "on",
                        "now", "still")


def _main_subject(sentence: str, start: int, end: int, mentions: list[Mention]) -> tuple[str, str] | None:
    """(speaker, type) of the subject of the clause sentence[start:end], cut before its first verb
    ("Ukrainian officials have gone further" → "Ukraine officials"), when it is a name or a role of
    at most five words; None otherwise."""
    clause = sentence[start:end]
    verb_at = _FIRST_VERB.search(clause)
    head = clause[: verb_at.start()] if verb_at else clause
    if not head.strip() or len(head.split()) > 5:
        return None
    speaker, stype, pron = _speaker_from_np(head, start, mentions)
    return (speaker, stype) if speaker and not pron and stype in ("person", "agency", "bloc", "country", "role") \
        else None


_PASSIVE_WORDS = frozenset("estimated assessed put placed pegged given".split())
_PASSIVE_BY_RE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:estimated|assessed|put|placed|pegged|given)\b"
                            r"(?:\s+(?:at|as)\s+(?:[^,;.]|[,.](?=\d)){1,40}?)?(?:\s+(?:last|on|this)\s+\w+)?"
                            r"\s+(?P<by>by)\s+"
                            r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def _may_be_passive(words: frozenset[str]) -> bool:
    """Whether an ASCII sentence with these lower-cased *words* can hold a match of _PASSIVE_BY_RE."""
    return "by" in words and not _PASSIVE_WORDS.isdisjoint(words)


def may_attribute(sentence: str, verb_starts: list[int] | None = None) -> bool:
    """False when :func:`find_attributions` finds nobody quoted in *sentence*, whatever its mentions.

    There is no reporting verb, no "according to", "reports that" or "by X's estimate": for
    ASCII text, none of the words these need; otherwise, none of the patterns matches.
    *verb_starts*: ``_verbs_as_written(sentence, ascii_words(sentence))``, when the caller has them.
    """
    words = ascii_words(sentence)
    if words is not None:
        has_verb = bool(verb_starts) if verb_starts is not None else _has_verb_as_written(sentence, words)
        return not _OTHER_WORDS.isdisjoint(words) or has_verb or _may_be_passive(words) \
            or "'s " in sentence and _POSSESSED_FIGURE.search(sentence) is not None \
            or "from" in words and bool(_figures_from(sentence))
    folded = fold(sentence)
    return bool(_VERB_RE.search(folded) or "'s" in folded and _POSSESSED_FIGURE.search(folded)
                or bool(_figures_from(folded))
                or _ACCORDING_RE.search(folded) or _REPORTS_RE.search(folded)
                or _BY_ESTIMATE_RE.search(folded) or _OWNED_ESTIMATE_RE.search(folded)
                or _FIGURE_THEN_GIVER.search(folded) or _PASSIVE_BY_RE.search(folded))


def _giver_matches(folded: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
    """``list(_FIGURE_THEN_GIVER.finditer(folded))``, tried only where a run of figures starts (_FIGURE_RUN):
    the pattern's lazy words and phrase were tried again from every digit of "12,000".

    *words*, ``ascii_words(folded)`` when the caller has them, name the giver verbs the sentence holds;
    a run is then tried only when one of them stands before the next comma, semicolon or quote (see
    _GIVER_STRETCH)."""
    verbs = None if words is None else tuple(_GIVER_WORDS.intersection(words))
    starts = []
    for m in _FIGURE_RUN.finditer(folded):
        if _DAY_OR_YEAR.fullmatch(m.group(0)) and (len(m.group(0)) == 4 or _MONTH_BEFORE.search(folded, max(
                0, m.start() - 11), m.start())):
            continue  # "By October 23 the NIS counted about 3,000", "in 2023 the ministry reported": a day, a year
        if verbs is not None:
            # (the failing match costs about ten times this test: its lazy phrase tries every verb at each offset)
            after = m.end() + (folded[m.end()] == '"')  # (past the quote that closes the figure)
            end = _GIVER_STRETCH.match(folded, after).end()
            for verb in verbs:
                if folded.find(verb, after, end) >= 0:
                    break
            else:
                continue
        starts.append(m.start())
    return finditer_at(_FIGURE_THEN_GIVER, folded, starts, ordered=True)


def _voice_of(country: str | None, sentence: str, end: int, mentions: list[Mention],
              aliases: AliasTable) -> str | None:
    """The body that speaks for *country* when the sentence names it, last before the verb's end, by a metonym
    that body lists as a voice ("Moscow" → "Kremlin", ``Entity.voices``); else None. ("Moscow, which at first
    dismissed the reports, has since said nothing": the speaker phrase may stand before the verb's span.)"""
    named = [m for m in mentions if m.canonical == country and m.end <= end]
    if not named or named[-1].form != "metonym":
        return None
    return aliases.voice(sentence[named[-1].start : named[-1].end])


def find_attributions(sentence: str, mentions: list[Mention], aliases: AliasTable,
                      verb_starts: list[int] | None = None) -> list[Attribution]:
    """Every attribution in *sentence*, with the span of content each one covers.

    *verb_starts*: ``reporting_verb_starts(sentence)``, when the caller has them."""
    words = ascii_words(sentence)
    # Where the reporting verbs stand (ASCII text), found once: the gate asks whether there is one, and the
    # verb loop below tries _VERB_RE there (it looked them up a second time with find_led).
    if verb_starts is None and words is not None:
        verb_starts = _verbs_as_written(sentence, words)
    if not may_attribute(sentence, verb_starts):
        return []  # no reporting verb, no "according to": nobody is quoted here
    # (For ASCII text the word test stands for the patterns: when it passes but no pattern
    # matches, the loops below find nothing and the result is the same empty list.)
    folded = fold(sentence)
    raw: list[tuple[int, int, str | None, str | None, bool, str, str]] = []  # start, end, speaker, type, pron, verb, mode
    # The words the five patterns below need that the sentence holds, found once for all five: a pattern that
    # ignores case and needs one of its words whole runs only when they are not disjoint (usually none is there;
    # all of _OTHER_WORDS for text that is not ASCII, where the patterns have to run). A set test, not a call.
    others = _OTHER_WORDS if words is None else _OTHER_WORDS.intersection(words)

    for m in find_led(_ACCORDING_RE, folded, words) if not _ACCORDING_WORDS.isdisjoint(others) else ():
        np_start = m.end()
        stop = _CITED_NP_END.search(folded[np_start:])
        np_end = np_start + (stop.start() if stop else 0)
        speaker, stype, pron = _speaker_from_np(sentence[np_start:np_end], np_start, mentions)
        if speaker or pron:
            raw.append((m.start(), np_end, speaker, stype, pron, m.group(0).strip().lower(), "according"))

    # "The number in Kursk was put at more than 10,000 by the State Department": the source after "by".
    for m in _PASSIVE_BY_RE.finditer(folded) if words is None or _may_be_passive(words) else ():
        np_start = m.end()
        stop = _CITED_NP_END.search(folded[np_start:])
        np_end = np_start + (stop.start() if stop else 0)
        speaker, stype, pron = _speaker_from_np(sentence[np_start:np_end], np_start, mentions)
        if speaker or pron:
            raw.append((m.start("by"), np_end, speaker, stype, pron, "by", "passive"))

    for m in _REPORTS_RE.finditer(folded) if not _REPORTS_WORDS.isdisjoint(others) else ():
        raw.append((m.start(), m.end(), "media reports", "role", False, "reports", "verb"))

    for m in _BY_ESTIMATE_RE.finditer(folded) if not _ESTIMATE_WORDS.isdisjoint(others) else ():
        if _OWN_ESTIMATE.match(m.group("np")):
            continue  # "said in its daily assessment": the verb's own speaker
        speaker, stype, pron = _speaker_from_np(sentence[m.start("np") : m.end("np")], m.start("np"), mentions)
        if speaker:
            raw.append((m.start(), m.end(), speaker, stype, pron, "estimate", "according"))

    for m in _NAMED_ESTIMATE_RE.finditer(folded) if not _ESTIMATE_WORDS.isdisjoint(others) else ():
        owner = next((x for x in mentions if m.start("owner") <= x.start and x.end <= m.end("owner") and
                      x.entity.type in ("country", "bloc", "agency")), None)
        if owner is not None:
            raw.append((m.start(), m.end(), owner.canonical, owner.entity.type, False, "estimate", "according"))

    for m in _OWNED_ESTIMATE_RE.finditer(folded) if not _ESTIMATE_WORDS.isdisjoint(others) else ():
        np_start = max(max(folded.rfind(c, 0, m.start()) for c in ",;.") + 1, m.start() - 60)
        speaker, stype, pron = _speaker_from_np(sentence[np_start : m.start()], np_start, mentions)
        if speaker:
            np_start += len(folded[np_start : m.start()]) - len(folded[np_start : m.start()].lstrip())
            # (the place the figure is for is the content's: "'s figure| for Kursk, ..., was about 8,000")
            raw.append((np_start, m.start("place") if m.group("place") else m.end(), speaker, stype, pron, "estimate",
                        "according"))

    for m in _POSSESSED_FIGURE.finditer(folded) if "'s" in folded else ():
        owner = next((x for x in mentions if x.end == m.start() and x.entity.type != "place"), None)
        if owner is not None and owner.entity.type in ("country", "bloc") and m.group("noun") is None and \
                m.group("noun2") is None and \
                m.group("colon") is None and not _BARE_FIGURE_AFTER.match(folded, m.end()):
            continue  # "Russia's 600,000 troops": the country has them; "Seoul's 12,000 measure ...": it gave it
        if owner is not None:
            speaker, stype = owner.canonical, owner.entity.type
            start = owner.start
        elif (name := _OWNER_NAME.search(sentence, max(0, m.start() - 40), m.start())) is not None and \
                not _NOT_NAME_START.match(name.group(0)):
            speaker, stype, _ = _speaker_from_np(name.group(0), name.start(), mentions)
            start = name.start()
        else:
            continue
        if speaker:
            raw.append((start, m.end(), speaker, stype, False, "estimate", "according"))

    given_at: dict[int, int] = {}  # an object clause's start -> where the figure it gave starts
    for figure, at in _figures_from(folded) if words is None or "from" in words else ():
        # "at least 3,000 from the White House on Oct. 23, then about 10,000 from the Pentagon", "Twelve thousand
        # from Kyiv, three thousand from Seoul": a bare figure from a body, a person or a capital is what it gave
        # (not "12,000 from North Korea", a country's own name: where they come from).
        source = next((x for x in mentions if x.start in (at + 5, at + 9)), None)  # ("from X", "from the X")
        if source is None or not (source.entity.type in ("agency", "person", "bloc") or
                                  source.entity.type == "country" and source.form == "metonym"):
            continue
        hedge = _HEDGE_BEFORE_FIGURE.search(folded, max(0, figure - 40), figure)
        given_at[at] = hedge.start() if hedge else figure
        raw.append((at, source.end, source.canonical, source.entity.type, False, "from", "object"))
    for m in _giver_matches(folded, words) if not _GIVER_WORDS.isdisjoint(others) else ():
        speaker, stype, pron = _speaker_from_np(sentence[m.start("np") : m.end("np")], m.start("np"), mentions)
        if speaker or pron:
            hedge = _HEDGE_BEFORE_FIGURE.search(folded, max(0, m.start() - 40), m.start())
            given_at[m.start("np")] = hedge.start() if hedge else m.start()
            raw.append((m.start("np"), m.end(), speaker, stype, pron, m.group("verb"), "object"))
    given_verbs = {r[1] for r in raw if r[6] == "object"}  # where each giver's verb ends

    # Only where a reporting verb stands, as written (find_led(_VERB_RE, folded, words), its offsets found above).
    for m in finditer_at(_VERB_RE, folded, verb_starts, ordered=True) if verb_starts is not None else \
            find_led(_VERB_RE, folded, words):
        verb = m.group(0)
        v0, v1 = m.start(), m.end()
        if v1 in given_verbs:
            continue  # "10,000 the US says were sent": taken above, with the figure as what was said
        if verb == "briefed" and folded.startswith(" by ", v1):
            continue  # "lawmakers briefed by the NIS": they listened; the NIS speaks ("briefed by", _ACCORDING_RE)
        before = folded[:v0]
        ending = text_ending(before)  # read once for the three tests behind listed endings (text.may_end_with)
        if verb in ("say", "said", "says") and (ending is None or ending.endswith(_NEGATED_ENDINGS)) and \
                search_end(_NEGATED, before):
            continue  # "Rutte did not say how many ...": nothing was said
        if verb in _PARTICIPLES or verb.startswith("putting "):
            absolute = _WITH_SPEAKER_BEFORE.search(before, max(0, len(before) - 80)) if ", with " in before else None
            if absolute is not None:
                # "The Kremlin has dismissed the reports, with spokesman Dmitry Peskov calling them 'another fake'":
                # the subject of the absolute clause speaks its participle, not the main clause's.
                np_start = absolute.start("np")
                speaker, stype, _ = _speaker_from_np(sentence[np_start : absolute.end("np")], np_start, mentions)
                if speaker is not None and stype in ("person", "agency", "bloc", "country"):
                    raw.append((np_start, v1, speaker, stype, False, verb, "verb"))
                    continue
            if _COMMA_BEFORE_PARTICIPLE.search(before):
                # "South Korea's spy agency went further, telling lawmakers that ...": the main
                # clause's subject speaks; when none is named, the caller resolves it.
                main = before.rstrip(" ,")
                np_start = _clause_start_before(folded, len(main), max(0, len(main) - 250))
                speaker, stype, _ = _speaker_from_np(sentence[np_start : len(main)], np_start, mentions)
                named = speaker is not None and stype in ("person", "agency", "bloc", "country")
                if not named and (subject := _main_subject(sentence, np_start, len(main), mentions)) is not None:
                    # "Ukrainian officials have gone further, saying that ...": the clause's subject, a role.
                    speaker, stype, named = *subject, True
                raw.append((v0, v1, speaker if named else None, stype if named else None, not named, verb, "verb"))
            elif (ending is None or ending.endswith(_PROGRESSIVE_ENDINGS)) and \
                    (aux := _PROGRESSIVE_BEFORE.search(before, max(0, len(before) - 40))) is not None:
                # "U.S. officials were saying that at least 3,000 had arrived": the subject before "were".
                np_start = _clause_start_before(folded, aux.start(), max(0, aux.start() - 250))
                subject = _main_subject(sentence, np_start, aux.start() + 1, mentions)
                if subject is None and any(np_start <= m.start and m.end <= aux.start() for m in mentions):
                    # "A week ago the White House was saying at least 3,000": a named subject speaks as well.
                    named = _speaker_from_np(sentence[np_start : aux.start()], np_start, mentions)
                    if named[0] is not None and named[1] in ("person", "agency", "bloc", "country"):
                        subject = named[:2]
                if subject is not None:
                    head = folded[np_start : aux.start()]
                    raw.append((np_start + len(head) - len(head.lstrip()), v1, *subject, False, verb, "verb"))
            continue
        if (ending is None or ending.endswith(_NOUN_ENDINGS)) and search_end(_NOUN_BEFORE, before) and \
                not ((verb.endswith("ed") or verb == "report that") and search_end(_MEDIA_BEFORE, before)):
            continue  # "dismissed the reports", "media reports": a noun ("state media reported" is a verb)
        if verb in _NOUN_BEFORE_OF and folded.startswith(" of ", v1):
            continue  # "official estimates of their number have climbed", "reports of clashes": a noun
        if verb[-1:] == "s" and _AUX_AFTER.match(folded, v1):
            continue  # "troops, estimates have climbed", "its reports were denied": a plural noun, not a verb
        if (ending is None or ending.endswith(_PASSIVE_ENDINGS)) and search_end(_PASSIVE_BEFORE, before):
            continue  # "Yoon is expected to speak", "troops are believed to be": nobody speaks
        # Inversion: ', said the NIS' / '" said Budanov'
        inv = verb in ("said", "says", "added", "wrote", "stated", "noted", "reported") and \
            search_end(_INVERSION_BEFORE, before)
        after_np = _NP_AFTER_VERB.match(folded[v1:]) if inv else None  # a costly lazy scan: only for an inversion
        if after_np and not _NOT_INVERTED_NP.match(after_np.group("np")) and \
                not _CLAUSE_IN_NP.search(after_np.group("np") + " "):  # (', said Pyongyang would "stand by"': a clause)
            np0 = v1 + after_np.start("np")
            speaker, stype, pron = _speaker_from_np(sentence[np0 : v1 + after_np.end("np")], np0, mentions)
            if speaker or pron:
                raw.append((v0, v1 + after_np.end("np"), speaker, stype, pron, verb, "inverted"))
                continue
        # 'X said' / 'X, the spy chief, told reporters'
        np_end = _speaker_end(before)
        np_start = _clause_start_before(folded, np_end, max(0, np_end - 250))
        if np_start == 0 and (bullet := BULLET.match(folded)) is not None:
            np_start = bullet.end()  # "- The New York Times reported ...": a list item's mark is no part of its speaker
        coordinated = _COORDINATION.fullmatch(folded, np_start, np_end) is not None
        if coordinated or _SETTING_AND.fullmatch(folded, np_start, np_end):
            # "X called for A, and emphasized that B": the coordinated verb shares X. ("Seoul summoned the Russian
            # ambassador, Georgy Zinoviev, on Monday and demanded ...": the subject of the verb done to him demands,
            # not the ambassador named in between.)
            if (acted := _ACTION_VERB.search(folded, 0, np_start)) is not None:
                subject_start = _clause_start_before(folded, acted.start(), 0)
                actor, actor_type, _ = _speaker_from_np(sentence[subject_start : acted.start()], subject_start,
                                                        mentions)
                if actor is not None:
                    raw.append((subject_start, v1, actor, actor_type, False, verb, "verb"))
                    continue
            if coordinated:
                raw.append((np_start, v1, None, None, True, verb, "verb"))
                continue
        if _RELATIVE_PRONOUN.fullmatch(folded[np_start:np_end]):
            # "Zelensky, who said Thursday that ...": the speaker is the phrase before the comma.
            who = np_start
            comma = folded.rfind(",", 0, np_start + 1)
            np_end = comma if comma > 0 else np_end
            np_start = _clause_start_before(folded, np_end, max(0, np_end - 250))
            if folded[np_start - 1 : np_start] == "," and any(m.entity.type == "person" and m.end == np_start - 1
                                                               for m in mentions):
                # "by Kyrylo Budanov, the head of Ukraine's military intelligence agency, who also told ...": the
                # person the description follows speaks, not the body it names.
                np_start = _clause_start_before(folded, np_start - 1, max(0, np_start - 250))
            if _has_reporting_verb(folded[np_start:np_end]):
                # "..., said Sabrina Singh, who added that ...": whoever was just quoted.
                raw.append((who, v1, None, None, True, verb, "verb"))
                continue
        if _ASIDE_OPEN.search(folded, max(0, np_end - 250), np_start) \
                and (aside := _ASIDE_BEFORE_VERB.search(folded, max(0, np_end - 250), np_end)) is not None and \
                aside.start("rel") < np_start:
            # "The NIS, which said on Oct 18 that the North planned to send 12,000, told lawmakers ...":
            # the clause found stops inside the aside ("the North planned ..."); its head speaks.
            # (Its span starts after the aside, which keeps the aside's own attribution.)
            verb_subject_end, np_start, np_end = np_end, aside.start("np"), aside.end("np")
        else:
            verb_subject_end = None
        np_text = sentence[np_start:np_end]
        second_verb_at = None
        # (The searches below run only on a phrase that can hold a match: one that ends with "and" or "but",
        # one with a comma before its aside.)
        if np_text.rstrip().endswith(("and", "but")) and (coordination := _TRAILING_COORDINATION.search(np_text)) and \
                (verb_at := _FIRST_VERB.search(np_text)):
            # "He then pointed to the treaty Russia signed ... and said": the clause's subject
            # speaks, not a name inside its first verb phrase.
            if _VERB_RE.match(folded, np_start + verb_at.start() + 1):
                # "He called it an obvious step of escalation and said ...": the first verb is a
                # statement of its own; this one starts at "and".
                second_verb_at = np_start + coordination.start() + 1
            np_text = np_text[: verb_at.start()]
        elif np_text.rstrip().endswith(",") and (acted := _ACTION_VERB.search(np_text)) is not None:
            # "Kim Hong-kyun summoned Ambassador Georgy Zinoviev, called the dispatch ...": verbs in a row share the
            # subject; the name after the first verb is its object, not the speaker.
            np_text = np_text[: acted.start()]
        if "," in np_text and (aside := _ASIDE_BEFORE_VERB.match(np_text)) is not None:
            np_text = aside.group("np")  # "Austin, who ... and announced a package there, warned that"
        other_verb = bool(np_text.strip()) and _has_reporting_verb(fold(np_text))  # asked once, unless np_text changes
        if other_verb:
            # "Lawmakers ... said the agency estimates that": the subject after the other verb
            last = None
            for last in _VERB_RE.finditer(folded, np_start, np_end):
                pass
            if last is not None and _BARE_PRONOUN.match(folded[last.end() : np_end].strip()):
                gap = folded[last.end() : np_end]
                np_start = last.end() + len(gap) - len(gap.lstrip())
                np_text = sentence[np_start:np_end]
                other_verb = _has_reporting_verb(fold(np_text))
            elif last is not None and (joined := _JOINED_SPEAKER.search(folded, last.end(), np_end)):
                # "NATO said it had confirmed units in Kursk and the Pentagon put the total at 10,000":
                # a second speaker joined to the first one's clause speaks for itself.
                np_start = joined.end()
                np_text = sentence[np_start:np_end]
                other_verb = _has_reporting_verb(fold(np_text))
            elif verb in _ASSESSING_VERBS and last is not None and len(rest := folded[last.end() : np_end].split()) <= 4 \
                    and (_OWN_BODY.match(" ".join(rest)) or
                         _speaker_from_np(sentence[last.end() : np_end], last.end(), mentions)[1] in ("person", "agency")):
                # "Wood said his Government assessed that ...", "Kim said the NIS now estimates that ...": who
                # assessed it is the origin of what was assessed. (Not a country: "Ryder said the US now
                # assessed that ..." is the spokesman's own department.)
                gap = folded[last.end() : np_end]
                np_start = last.end() + len(gap) - len(gap.lstrip())
                np_text = sentence[np_start:np_end]
                other_verb = False
        if not np_text.strip() or other_verb:
            continue  # another reporting verb sits between: this one is not the speaker's
        mode = "verb"
        if (lead := _OBJECT_RELATIVE.match(np_text)) is not None:
            # "a new missile, which Japan said flew for 86 minutes": the relative pronoun is what
            # was said about; the name after it speaks.
            np_start += lead.end()
            np_text = np_text[lead.end() :]
            mode = "relative"  # what was said follows the verb, never precedes it
        speaker, stype, pron = _speaker_from_np(np_text, np_start, mentions)
        if speaker is None and not pron and np_text.rstrip().endswith(("and", "but")) and \
                _PREDICATE_FIRST.match(np_text) is not None:
            # "Donald Trump, 78, takes office Jan. 20 and has said ...", "Trump, 78, who takes office on 20 January
            # and has promised ...": a predicate with no subject of its own; the person named before it speaks.
            named = next((m for m in reversed(mentions) if m.end <= np_start and m.entity.type == "person" and
                          _BEFORE_PREDICATE.fullmatch(folded, m.end, np_start)), None)
            if named is not None:
                speaker, stype = named.canonical, "person"
        if speaker is None and not pron:
            continue
        # These are ordinary verbs too ("troops are expected"): take them only after a named speaker
        # or a bare pronoun ("He described the move as ...").
        # ("..., when it forecast 10,000 soldiers": a pronoun after a subordinator is bare too.)
        # ("On October 23 the same agency counted about 3,000": the agency, after its day)
        bare_pronoun = pron and _BARE_PRONOUN.match(_LEADING_WHEN.sub("", _SUBORDINATOR_OR_NOT.sub(
            "", _AFTER_WHICH.sub("", np_text.strip())), count=1)) is not None
        if verb in _AMBIGUOUS_VERBS and stype in (None, "role", "country", "place") and not bare_pronoun and \
                not (stype == "role" and speaker and speaker.rsplit(None, 1)[-1].lower() in _BODY_HEADS):
            # (but "its foreign ministry called the deployment ...": a body only speaks)
            # "... officials estimate that ...": a verb that takes a clause is a reporting verb.
            takes_clause = _THAT_NEXT_WORD.match(folded, v1) is not None and (stype is not None or pron)
            counts = verb in ("counted", "counts") and stype == "country" and _FIGURE_NEXT.match(folded, v1) is not None
            counts = counts or verb in FORECAST_VERBS and stype == "country" and (
                _FIGURE_NEXT.match(folded, v1) is not None or _COUNT_TO_NEXT.match(folded, v1) is not None)
            if not takes_clause and not counts and (stype != "country" or verb not in ("calls", "called", "claims",
                                                                                        "reports")):
                continue
        start = verb_subject_end if verb_subject_end is not None else second_verb_at if second_verb_at is not None \
            else np_start + len(np_text) - len(np_text.lstrip())
        if pron and start == np_start + len(np_text) - len(np_text.lstrip()) and \
                (when := _LEADING_WHEN.match(np_text, start - np_start)) is not None:
            start = np_start + when.end()  # "By 23 October it counted about 3,000": the day is the count's, not said
        raw.append((start, v1, speaker, stype, pron, verb, mode))

    if len(raw) > 1:
        raw.sort(key=lambda r: (r[0], -r[1]))
    # Drop attributions nested inside another's speaker phrase.
    kept: list[tuple[int, int, str | None, str | None, bool, str, str]] = []
    relayed: dict[int, str] = {}  # a kept attribution's start -> the speaker who cites its source
    for item in raw:
        if kept and item[0] < kept[-1][1]:
            if item[5] in ("citing", "quoting") and item[2] and kept[-1][2] and not kept[-1][4]:
                # "Kyslytsya, citing his country's military intelligence, said ...": the cited source is the
                # origin, the speaker relays it (as in "Kyslytsya said, citing ...").
                relayed[kept[-1][0]] = kept[-1][2]
                kept[-1] = (*kept[-1][:2], item[2], item[3], False, *kept[-1][5:])
            continue
        kept.append(item)

    out = []
    n = len(sentence)
    for i, (s, e, speaker, stype, pron, verb, mode) in enumerate(kept):
        prev_end = kept[i - 1][1] if i else 0
        next_start = kept[i + 1][0] if i + 1 < len(kept) else n
        semicolon = folded.rfind(";", prev_end, s)
        if semicolon >= 0:
            prev_end = semicolon + 1  # "...; the White House the same day said at least 3,000": nothing before
        # (The comma after the verb is tested first: the clause before is a slow search, backtracking from every word.)
        if mode == "passive":
            content = (prev_end, next_start)  # the figure before "by X" or after it: "estimated by X at N"
        elif mode == "object":
            # The figure before the giver, with its clause ("up from the roughly 10,000 ..."): what the
            # figure is compared with tells its time.
            fig = given_at[s]
            content = (max(prev_end, max(folded.rfind(c, 0, fig) for c in ",;:") + 1), s)
        elif mode == "verb" and s > 0 and _PARENTHETICAL_AFTER.match(folded[e:next_start]) and \
                _PARENTHETICAL_BEFORE.search(folded[prev_end:s]):
            # "If they are used against Ukraine, he warned, they would be fair game": both sides
            content = (prev_end, next_start)
        elif mode == "inverted" or verb not in OBJECT_VERBS and ((
                mode in ("verb", "according") and s > 0 and verb not in _PARTICIPLES and not verb.startswith("put") and
                # ("..., and by Kiev's count 11 thousand": a count names the figure after it, where there is one.)
                not (verb == "estimate" and _DIGIT.search(folded, e, next_start)) and
                (_content_words(folded[e:next_start]) <= 4 or _SETTING_THEN_CONTRAST.match(folded, e, next_start)) and
                _content_words(folded[prev_end:s]) >= 3) or (
                mode == "verb" and _QUOTE_CLOSED.search(folded[prev_end:s]) and not _THAT_AFTER.match(folded[e:next_start])
                and not _SUBORDINATOR.match(folded[s:e])) or (
                # "N soldiers have left, the agency told parliament's committee": a listener follows
                mode == "verb" and verb in _LISTENER_VERBS and _CLAUSE_BEFORE.search(folded[prev_end:s])
                and not _THAT_AFTER.match(folded[e:next_start]) and not _COLON_OR_QUOTE.search(folded[e:next_start]))):
            # '"There is evidence ...," Austin told reporters in Rome, where ...': the quote is what was said.
            content = (prev_end, s)  # "CONTENT, X said on Monday." / "CONTENT, according to X."
        elif mode == "according" and s > 0 and not search_end(_PUNCT_BEFORE, folded[:s]):
            content = (prev_end, next_start)  # "12,000 troops according to X are ..."
        else:
            after = folded[e:next_start]
            that = None
            if "that" in after:  # (the three patterns below end with "that": without it, none matches)
                that = _THAT_NEXT.match(after)
                if not that:
                    # "told reporters in Brussels, where he met EU leaders, that ...": the listener and
                    # the setting come before what was said.
                    that = _THAT_AFTER_SETTING.match(after)
                if not that and verb in ("told", "tells", "tell", "informed", "briefed", "warned", "assured",
                                         "reminded"):
                    # "told a closed-door session of parliament's intelligence committee that ...": a listener.
                    that = _THAT_AFTER_LISTENER.match(after)
            if that and that.end() > 9 and _COORDINATED_THAT.search(folded, e + that.end() - 9, e + that.end()):
                # "Tom notes that the Pentagon put the total at 10,000 on Monday, and that ...": the second
                # "that" is the first verb's; the figure after "put ... at" is what was said.
                that = None
            content = (e + that.end(), next_start) if that else (e, next_start)
        semicolon = folded.find(";", max(e, content[0]), content[1])
        if semicolon >= 0:
            content = (content[0], semicolon)  # "X said A; the Pentagon puts it at B": A only
        if may_end_with(folded[content[0] : content[1]], _JOINED_END_WORDS) and \
                (joined := _JOINED_END.search(folded, content[0], content[1])) is not None:
            content = (content[0], joined.start())  # "A and [the Pentagon put ...]": A, without the "and"
        if stype == "country" and (voice := _voice_of(speaker, sentence, e, mentions, aliases)) is not None:
            speaker, stype = voice, "agency"  # "Moscow has not confirmed ...": the Kremlin
        chain = (speaker,) if speaker else ()
        if stype == "person" and (body := aliases.relayed(speaker or "")) is not None:
            # "Lee Seong-kweun said", after the spy agency's briefing: the agency's, the lawmaker relaying it
            speaker, stype, chain = body, "agency", (speaker, body)
        if s in relayed:
            chain = (relayed[s], *chain)
        out.append(Attribution(speaker, chain, s, e, content[0], content[1], verb, pron, stype, mode == "object"))
    own: set[int] = set()
    if any(a.speaker_type == "role" and _OWN_BODY.match(a.speaker or "") for a in out):
        out, own = _resolve_own_body(out, mentions, aliases)
    out = _resolve_relays(out, folded, own, aliases)
    # "..., noting that ...", "and emphasized that ...": a pronoun-like speaker after a named one
    # in the same sentence is that speaker.
    resolved: list[Attribution] = []
    for a in out:
        named = [b for b in resolved if b.speaker and not b.pronoun]
        if a.pronoun and named and not _DEFINITE_BODY_START.match(folded, a.start) and (
                a.verb not in ("said", "says", "told", "added") or
                _ONLY_AND_BUT.fullmatch(folded[named[-1].end : a.start] or "") or
                _COORDINATION.match(folded[a.start : a.end])):
            # "Putin did not rule out A ..., but said B": the coordinated verb is his too.
            a = Attribution(named[-1].speaker, named[-1].chain, a.start, a.end, a.content_start, a.content_end,
                            a.verb, False, named[-1].speaker_type, a.gives_figure)
        resolved.append(a)
    return resolved


# What a government says through its own: "according to his Government's assessment" is the government's.
_SAYING_NOUNS = frozenset("assessment assessments estimate estimates figure figures data view position report reports "
                          "count tally statement".split())


def _resolve_own_body(atts: list[Attribution], mentions: list[Mention],
                      aliases: AliasTable) -> tuple[list[Attribution], set[int]]:
    """"his Government", "her country's military intelligence": the government (or that body) of the
    country another speaker of the sentence speaks for. The country is the one named in that speaker's
    phrase ("The representative of the United States, Robert Wood, said"; "Hwang Joon-kook (Republic
    of Korea) said"), else the person's own (the alias table's). Returns them, and the ids of those resolved."""
    out = []
    resolved: set[int] = set()
    for a in atts:
        own = _OWN_BODY.match(a.speaker or "") if a.speaker_type == "role" else None
        country = None
        for b in atts if own else ():
            # (The phrase itself too: "Kyslytsya (Ukraine), citing his country's military intelligence, said".)
            if not b.speaker or b.pronoun or b.start > a.start:
                continue
            named = [m.canonical for m in mentions if b.start <= m.start < b.end and m.entity.type == "country"]
            entity = aliases.get(b.chain[0] if b is a else b.speaker)
            country = named[-1] if named else entity.country if entity is not None and entity.type == "person" \
                else country
        if own is None or country is None:
            out.append(a)
            continue
        body = (own.group("body") or "").strip()
        if not body or body.lower() in _SAYING_NOUNS:
            speaker, stype = f"{country} government", "agency"
        else:
            phrase = f"{country}'s {body}"
            found = [m for m in aliases.find(phrase) if m.start == 0 and m.end == len(phrase)]
            speaker, stype = (found[0].canonical, found[0].entity.type) if found else (f"{country} {body.lower()}", "role")
        out.append(Attribution(speaker, (*a.chain[:-1], speaker), a.start, a.end, a.content_start, a.content_end,
                               a.verb, False, stype, a.gives_figure))  # (a relay kept: "Kyslytsya > Ukraine HUR")
        resolved.add(id(out[-1]))
    return out, resolved


# "..., and the Pentagon", "and Washington": a conjunction, then a short name with no verb after it.
_JOINED_SPEAKER = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Za-z'.-]+(?:\s+[A-Za-z'.-]+){0,3}\s*$)")

_JOINED_END = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s*$")
# What its matches end with: searched (from the content's start, at every space) only when the content ends so.
_JOINED_END_WORDS = ("and", "but", "while", "whereas")


_TIME_WORD_LIST = (
    "on last this next in a an the at to reporter reporters journalist journalists statement interview briefing press "
    "conference monday tuesday wednesday thursday friday saturday sunday week month morning evening "
    "afternoon night earlier later today yesterday told news agency lawmakers parliament telegram x".split())
# Grouped by first letter (text.alternation): re tries every alternative at every offset, and
# skips a group on its first letter. Each alternative is a whole word, so the order does not matter.
# The lookahead lets an offset whose letter starts none of the words (the end of a word) fail at once.
_TIME_WORDS = re.compile(rf"\b(?=[{''.join(sorted({w[0] for w in _TIME_WORD_LIST}))}])"
                         rf"(?:{alternation(_TIME_WORD_LIST)})\b", re.I)


_NEGATED = re.compile(r"(?:\b(?:did|does|do|would|could|will|has|have|had)\s+not|n't|\b(?:declined|refused)\s+to)\s+$",
                      re.I)
_PARENTHETICAL_BEFORE = re.compile(r"\w[^,;\"]{8,},\s*$")
_PARENTHETICAL_AFTER = re.compile(r"\s*,\s*(?!(?:and|but|or|who|which|according|citing|adding|saying|noting)\b)\w")
_LISTENER_VERBS = frozenset({"told", "tells", "informed", "briefed"})
_CLAUSE_BEFORE = re.compile(r"\w[^,;]{12,},\s*$")  # a clause and a comma before the speaker
_QUOTE_CLOSED = re.compile(r"(?:[,.!?][\"\u201d]|[\"\u201d],)\s*$")  # 'would "not stand idly by", he said
_THAT_AFTER = re.compile(r"[^.;:,\"]{0,160}?\bthat\b")  # "told reporters that ...", not ", calling that ..."
# Where a verb's content starts: after "that", once a time, the listener or the setting is passed.
_THAT_NEXT = re.compile(r"[\s,]*(?:on \w+|last \w+|this \w+|in an? [\w ]{1,30}?|during an? [\w ]{1,40}?|"
                        r"to [\w ]{1,20}?|at an? [\w ]{1,30}?|with (?:high|moderate|low|some) confidence)?[\s,]*that\b")
_THAT_AFTER_SETTING = re.compile(r"\s+(?:reporters|journalists|lawmakers|legislators|parliament|the media|"
                                 r"(?:a|an) (?:news conference|briefing|interview|statement)|in|at|on|during|"
                                 r"before|after|to)\b[^.;:\"]{0,160}?,?\s+that\b")
_COORDINATED_THAT = re.compile(r"\b(?:and|but),?\s+that$")
_THAT_AFTER_LISTENER = re.compile(r"\s+[^.;:\"]{1,160}?\s+that\b")
# "CONTENT, Blinken said late last month, but the training ...": after the speaker only when and
# where it was said, then a contrast: the narrator's, not the speaker's ("..., officials said on
# Monday, and some have moved ..." goes on with what they said).
_SETTING_THEN_CONTRAST = re.compile(r"\s*(?:(?:on|in|at|late|early|last|earlier|this|during|after|before|yesterday|"
                                    r"today|[a-z]+day)\b(?:(?!\bthat\b)[^,;.:\"]){0,40})?,\s*(?:but|while|although|though|whereas|yet)\b")
_PUNCT_BEFORE = re.compile(r"[,;]\s*$")  # "..., according to X": the citation closes a clause
# An auxiliary after a word in -s: "estimates have climbed" (a plural noun, not a reporting verb).
_AUX_AFTER = re.compile(r"\s+(?:have|had|were|are)\b")
# Where the source named after "according to" ends.
# (Not the stop of an initialism: "according to the U.S.")
_CITED_NP_END = re.compile(r"[,;:]|(?<![A-Z])\.|\s(?:said|says|that|who|which|as saying)\b|$")
_CONTENT_WORD = re.compile(r"[A-Za-z0-9']+")


# For _content_words on ASCII text: [A-Za-z0-9'] kept (A-Z lower-cased), anything else a space.
_CONTENT_CHARS = bytes(ord(chr(c).lower()) if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "'") else ord(" ")
                       for c in range(256))
_TIME_WORD_SET = frozenset(_TIME_WORD_LIST)


def _content_words(text: str) -> int:
    """How many words of *text* are not just a time or venue phrase.

    That is ``len(_CONTENT_WORD.findall(_TIME_WORDS.sub(" ", text)))``: the sub walks every
    offset and this runs on both sides of every attribution. In ASCII text without "_", a match
    of _TIME_WORDS is a whole run of letters and digits equal, lower-cased, to a time word (\\b
    on both sides; "_" would join a run across what is not a content word), so each run of
    [A-Za-z0-9'] counts one word, unless it is a time word alone; one holding apostrophes
    ("x's", "on'the") is cut at them, its time words blanked, and counted again.
    """
    if not text.isascii() or "_" in text:
        return len(_CONTENT_WORD.findall(_TIME_WORDS.sub(" ", text)))
    count = 0
    for run in text.encode("ascii").translate(_CONTENT_CHARS).decode("ascii").split():
        if "'" not in run:
            count += run not in _TIME_WORD_SET
        else:
            count += len("'".join(" " if piece in _TIME_WORD_SET else piece for piece in run.split("'")).split())
    return count


def _is_relay(a: Attribution) -> bool:
    """A news outlet carrying a statement, or the 'citing X' half of a chain."""
    return a.speaker_type == "media" or a.verb in CITING_VERBS


_BRIEFED = re.compile(r"^(?:\w+ )?(?:lawmakers|legislators|mps|members of parliament|parliamentarians)$", re.I)
_BRIEFING_BY = re.compile(r"\b(?:briefing|briefings|briefed|session|hearing)\s+(?:(?:held|given)\s+)?"
                          r"(?:by|from|with)\s+", re.I)


def _only_article_between(folded: str, start: int, end: int) -> bool:
    """Whether only an article stands between "briefing by" and the body named after it."""
    return folded[start:end].strip().lower() in ("", "the", "its", "their")


# An outlet's verbs, for an outlet the table does not know ("The New York Times reported that ...").
_REPORTED_VERBS = frozenset({"reported", "reports", "wrote", "writes"})


def _adjacent(first: Attribution, then: Attribution, folded: str) -> bool:
    """Close enough to be one chain; a listener may stand between ("told parliament's
    intelligence committee behind closed doors, according to lawmakers"), and so may what the first one reported,
    when a "citing" after it covers the same words ("The Times reported that ... had massed 50,000 troops, citing
    U.S. officials"; but "Zelensky said that ..., citing Ukraine's intelligence" is his own statement)."""
    gap = folded[first.end : then.start]
    return len(gap) <= 45 or (first.verb in _LISTENER_VERBS and len(gap) <= 100
                              and _LISTENER_GAP.fullmatch(gap) is not None) or \
        (first.speaker_type == "media" or first.verb in _REPORTED_VERBS) and then.verb in ("citing", "quoting") and \
        then.content_end <= then.start and then.content_start <= first.content_start < then.content_end


_HE_SHE = re.compile(r"(?:he|she)\b")


def _resolve_relays(atts: list[Attribution], folded: str, own: set[int] | frozenset[int] = frozenset(),
                    aliases: AliasTable | None = None) -> list[Attribution]:
    """Adjacent attributions are one chain: "Yonhap reported, citing the NIS"; "the NIS said,
    according to Yonhap"; "Park said, citing the NIS". The primary origin is the cited source,
    else the one that is not a news outlet; the chain lists the relays first."""
    if len(atts) < 2:
        return list(atts)  # nothing to chain (the usual sentence, with one speaker): one group of one, or none
    groups: list[list[Attribution]] = []
    for a in sorted(atts, key=lambda a: a.start):
        group = groups[-1] if groups else []
        origins_in_group = sum(1 for g in group if not _is_relay(g))
        if group and _adjacent(group[-1], a, folded) and (_is_relay(a) or _is_relay(group[-1])) and \
                (_is_relay(a) or origins_in_group == 0) and not (a.verb == group[-1].verb == "according to"):
            # ('"around 10,000" according to the Pentagon on Monday, and "more than 10,000" according to the
            # NIS': two sources side by side, each its figure's, not one relaying the other)
            group.append(a)
        else:
            groups.append([a])
    out = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        named = [a for a in group if a.speaker and not a.pronoun]
        # "the agency told parliament, according to lawmakers who attended": the lawmakers
        # relay a briefing; whoever briefed them is the origin, even when named as "the agency".
        briefed = [a for a in named if a.verb in CITING_VERBS and _BRIEFED.search(a.speaker or "")]
        # "the NIS said, according to Park Sun-won": Park relays what the NIS said (but "Park said,
        # citing the NIS": the NIS is cited).
        said = [a for a in group if a.verb not in CITING_VERBS and a.speaker_type != "media"]
        # ("Hwang said that, according to his Government's assessment, ...": a delegate's own government is
        # the origin of what he cites from it.)
        # (But "According to HUR, he says, about 11,000 ...": a body cited before a person's "he says" is his source.)
        relaying = [a for a in named if said and a.verb in ("according to", "as reported by") and id(a) not in own
                    and not (a.speaker_type in ("agency", "bloc", "country") and
                             all(b.pronoun and b.start > a.start and _HE_SHE.match(folded, b.start) for b in said))]
        cited = [a for a in named if a.verb in CITING_VERBS and a.speaker_type != "media" and a not in briefed
                 and a not in relaying]
        origins = [a for a in named if a.speaker_type != "media" and a not in briefed and a not in relaying]
        # ("According to Lee, the agency said ...": the agency, named before, is the origin.)
        unnamed = [a for a in group if a.pronoun and a.verb not in CITING_VERBS] if briefed or relaying else []
        primary = cited[0] if cited else origins[0] if origins else unnamed[0] if unnamed else \
            named[0] if named else group[0]
        if primary.verb == "estimate" and primary.speaker_type == "country" and relaying and aliases is not None:
            # 'Washington's estimate is close: "at least 3,000", according to the White House': the country's own
            # body that gives its estimate is the origin (not a body of another country, nor an outlet).
            primary = next((a for a in relaying if a.speaker_type == "agency" and
                            (body := aliases.get(a.speaker or "")) is not None and body.country == primary.speaker),
                           primary)
        relays = tuple(a.speaker for a in group if a.speaker and a is not primary and not a.pronoun)
        # (A "citing" after the words it covers is no part of the span that names the speakers: the words between
        # are the content, whose countries own its figures.)
        named_at = [a for a in group if not (a.verb in ("citing", "quoting") and a.content_end <= a.start and
                                             any(b.end <= a.content_start + 5 for b in group if b is not a))] or group
        out.append(Attribution(
            speaker=primary.speaker,
            chain=tuple(dict.fromkeys((*relays, *primary.chain))),
            start=min(a.start for a in named_at),
            end=max(a.end for a in named_at),
            content_start=min(a.content_start for a in group),
            content_end=max(a.content_end for a in group),
            verb=primary.verb,
            pronoun=primary.pronoun and (primary in unnamed or not named),
            speaker_type=primary.speaker_type,
            gives_figure=primary.gives_figure,
        ))
    return out
