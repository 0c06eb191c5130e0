"""Lexical text similarity for statement matching: is sentence B a restatement of A?

No neural model: a logistic combination of overlap features that a reviewer can read
(token, stem, n-gram and character overlaps; machine-translation metrics: BLEU-style n-gram
precisions both ways, character n-gram cosines, longest common word subsequence, word edit
distance; whether the numbers, the capitalised names, days, months, years, percentages and
quotes agree; how much of each side is left unexplained, also weighted by rarity (IDF of the
stems over the MRPC train sentences, shipped as ``reconcile/data/similarity_idf.json``);
and which of ten frequent words -- "said", "the", "was", ... -- one side has and the other
lacks). The weights were fitted on the MRPC *train* split by ``benchmarks/quality/mrpc.py
--fit`` and frozen below; the MRPC *test* split is only ever used to report (figures in
``benchmarks/README.md``).

Pure: stdlib and rapidfuzz. :func:`similarity` costs ~620 µs a pair (two new sentences;
~230 µs before the translation-metric features, of which the character n-gram counts and
cosines are most): use it to verify candidates, not to find them (that is
:mod:`reconcile.retrieval`). On MRPC test it scores 78.7% accuracy / 84.3 F1 (69 features
before: 77.2 / 82.9; token_set_ratio alone: 71.7 / 80.5); 78.5% 5-fold CV accuracy on train
(averaged over 5 fold shuffles; 77.5% before).
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, Levenshtein

from reconcile.text import fold

# Function words: they make two unrelated sentences look alike and carry no claim.
STOPWORDS = frozenset(
    """
    a an the and or but if then than that this these those there here of to in on at by for from with
    without about as into onto over under after before between through during is are was were be been
    being am has have had having do does did will would shall should can could may might must it its
    it's he she they them their his her him we our us you your i me my mine who whom whose which what
    when where why how all any both each few more most other some such no nor not only own same so too
    very just also s t said says say told according up down out off again further once
    """.split()
)

_TOKEN_RE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_NUMBER_RE = re.compile(r"^\$?(\d[\d,]*(?:\.\d+)?)%?$")


def stem(word: str) -> str:
    """A tiny suffix stripper (a subset of Porter step 1): "reported" → "report", "cities" → "citi".

    Only good enough to make inflections meet; never used to show text to anyone.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, repl, min_len in (
        ("ational", "ate", 4), ("ization", "ize", 4), ("fulness", "ful", 4), ("iveness", "ive", 4),
        ("ations", "ate", 4), ("ation", "ate", 4), ("ments", "", 4), ("ment", "", 4),
        ("ies", "i", 2), ("ied", "i", 2), ("sses", "ss", 2), ("ings", "", 3), ("ing", "", 3),
        ("edly", "", 3), ("ly", "", 4), ("ed", "", 3), ("es", "", 4), ("ss", "ss", 2), ("us", "us", 2),
        ("is", "is", 2), ("s", "", 3),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= min_len:
            word = word[: len(word) - len(suffix)] + repl
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "stopp(ed)" → "stop"
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "release" and "released" meet at "releas"
    return word


def number_value(token: str) -> str | None:
    """'$1,500' → '1500', '2.50' → '2.5', '15%' → '15'; None when *token* is not a figure."""
    m = _NUMBER_RE.match(token)
    if not m:
        return None
    digits = m.group(1).replace(",", "")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits or "0"


def tokens(text: str) -> list[str]:
    """Word and figure tokens, case kept (capitals matter for names); figures normalised."""
    out = []
    for t in _TOKEN_RE.findall(fold(text)):
        n = number_value(t)
        out.append(n if n is not None else t.replace("’", "'"))
    return out


class Analysed:
    """One sentence, taken apart once: what every feature needs."""

    __slots__ = ("text", "lower", "words", "content", "stems", "numbers", "names", "chars", "grams", "cgrams", "quoted")

    def __init__(self, text: str) -> None:
        self.text = text
        toks = tokens(text)
        self.lower = " ".join(t.lower() for t in toks)
        self.words = [t.lower() for t in toks]
        self.content = [w for w in self.words if w not in STOPWORDS]
        self.stems = [stem(w) for w in self.content]
        self.numbers = {t for t in toks if t[0].isdigit()}
        # Capitalised words not at the start of the sentence: names, places, organisations.
        self.names = {t.lower() for i, t in enumerate(toks) if i > 0 and t[:1].isupper() and t.lower() not in STOPWORDS}
        squeezed = " " + " ".join(self.stems) + " "
        self.chars = {squeezed[i : i + 4] for i in range(len(squeezed) - 3)}
        # Word n-gram counts (1-4) for BLEU-style clipped precisions; character 3-5-gram counts for cosines.
        w = self.words
        self.grams = [Counter(zip(*(w[i:] for i in range(n)))) for n in (1, 2, 3, 4)]
        padded = " " + self.lower + " "
        size = len(padded)
        cgrams = [Counter([padded[i : i + n] for i in range(size - n + 1)]) for n in (3, 4, 5)]
        self.cgrams = [(c, math.hypot(*c.values())) for c in cgrams]
        self.quoted = '"' in text or "``" in text


@lru_cache(maxsize=4096)
def analyse(text: str) -> Analysed:
    return Analysed(text)


def _ngrams(seq: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(seq[i : i + n]) for i in range(len(seq) - n + 1)}


def _overlaps(x: set, y: set) -> tuple[float, float, float]:
    """(Jaccard, containment in the smaller, containment in the larger); 1.0 when both are empty."""
    if not x and not y:
        return 1.0, 1.0, 1.0
    if not x or not y:
        return 0.0, 0.0, 0.0
    inter = len(x & y)
    return inter / len(x | y), inter / min(len(x), len(y)), inter / max(len(x), len(y))


# The model's features are these, then one "differs:WORD" indicator per word of DIFF_WORDS (below).
CORE_FEATURES = (
    "token_set_ratio", "token_sort_ratio", "ratio",
    "word_jaccard", "word_min_cont", "word_max_cont",
    "stem_jaccard", "stem_min_cont", "stem_max_cont",
    "bigram_jaccard", "bigram_max_cont", "trigram_jaccard",
    "char4_jaccard", "char4_max_cont",
    "numbers_both", "numbers_same", "numbers_unmatched",
    "names_unmatched", "names_jaccard",
    "unmatched_stems_max", "unmatched_stems_min", "length_ratio",
    "fuzzy_cover_min", "fuzzy_cover_max", "stem_sequence_ratio", "unmatched_frac_max", "unmatched_frac_min",
    "negation_mismatch", "numbers_extra_both", "bigram_min_cont", "trigram_max_cont",
    "unmatched_chars_max", "unmatched_chars_min", "unmatched_run_max", "names_only_one_side",
    "bleu1_min", "bleu1_max", "bleu2_min", "bleu2_max", "bleu3_min", "bleu3_max", "bleu4_min", "bleu4_max",
    "bleu_min", "bleu_max", "char3_cosine", "char4_cosine", "char5_cosine",
    "word_lcs_max", "word_lcs_min", "stem_lcs_max", "word_edit_distance", "length_difference",
    "content_length_difference", "numbers_one_side",
    "quote_one_side", "weekday_mismatch", "weekday_one_side", "month_mismatch", "month_one_side",
    "said_one_side", "log_total_length", "years_differ", "percent_mismatch", "one_side_all_matched",
    "unmatched_stems_max_count", "names_unmatched_max", "names_unmatched_min", "clause_marks_differ",
    "unmatched_idf_share_max", "unmatched_idf_share_min", "unmatched_idf_max", "unmatched_idf_min",
)  # fmt: skip

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_PERCENT_RE = re.compile(r"\d[\d.]*%|\d[\d.]* percent")

NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "none", "nothing", "neither", "without", "deny", "denied"})


def _negated(words: Sequence[str]) -> bool:
    return any(w in NEGATIONS or w.endswith("n't") for w in words)


def _fuzzy_cover(xs: set[str], ys: set[str]) -> float:
    """Share of *xs* with a near-identical word in *ys* ("calif"/"california", "announce"/"announc")."""
    if not xs:
        return 1.0
    hit = 0
    for w in xs:
        if w in ys or any((len(w) >= 4 and (v.startswith(w[:4]) and fuzz.ratio(w, v) >= 75)) for v in ys):
            hit += 1
    return hit / len(xs)


def core_features(a: str, b: str) -> list[float]:
    """The overlap features of one pair, in :data:`CORE_FEATURES` order; symmetric in *a* and *b*."""
    x, y = analyse(a), analyse(b)
    out = [
        fuzz.token_set_ratio(x.lower, y.lower) / 100.0,
        fuzz.token_sort_ratio(x.lower, y.lower) / 100.0,
        fuzz.ratio(x.lower, y.lower) / 100.0,
    ]
    out += _overlaps(set(x.words), set(y.words))
    sx, sy = set(x.stems), set(y.stems)
    out += _overlaps(sx, sy)
    bj, _, bmax = _overlaps(_ngrams(x.stems, 2), _ngrams(y.stems, 2))
    tj, _, _ = _overlaps(_ngrams(x.stems, 3), _ngrams(y.stems, 3))
    cj, _, cmax = _overlaps(x.chars, y.chars)
    out += [bj, bmax, tj, cj, cmax]
    nx, ny = x.numbers, y.numbers
    both = 1.0 if nx and ny else 0.0
    out += [both, 1.0 if both and nx == ny else 0.0, math.log1p(len(nx ^ ny))]
    names_unmatched = len(x.names - set(y.words)) + len(y.names - set(x.words))
    out += [math.log1p(names_unmatched), _overlaps(x.names, y.names)[0]]
    ux, uy = len(sx - sy), len(sy - sx)
    out += [math.log1p(max(ux, uy)), math.log1p(min(ux, uy))]
    lx, ly = len(x.words), len(y.words)
    out += [min(lx, ly) / max(lx, ly, 1)]
    cx, cy = _fuzzy_cover(sx, sy), _fuzzy_cover(sy, sx)
    out += [min(cx, cy), max(cx, cy)]
    out += [fuzz.ratio(x.stems, y.stems) / 100.0]
    fx, fy = ux / max(len(sx), 1), uy / max(len(sy), 1)
    out += [max(fx, fy), min(fx, fy)]
    negx, negy = _negated(x.words), _negated(y.words)
    out += [1.0 if negx != negy else 0.0, 1.0 if (nx - ny) and (ny - nx) else 0.0]
    _, bmin, _ = _overlaps(_ngrams(x.stems, 2), _ngrams(y.stems, 2))
    _, _, tmax = _overlaps(_ngrams(x.stems, 3), _ngrams(y.stems, 3))
    out += [bmin, tmax]
    wx = sum(len(w) for w in x.stems if w not in sy) / max(sum(len(w) for w in x.stems), 1)
    wy = sum(len(w) for w in y.stems if w not in sx) / max(sum(len(w) for w in y.stems), 1)
    out += [max(wx, wy), min(wx, wy)]
    out += [math.log1p(max(_longest_run(x.stems, sy), _longest_run(y.stems, sx)))]
    out += [1.0 if bool(x.names - set(y.words)) != bool(y.names - set(x.words)) else 0.0]
    out += _translation_features(x, y)
    out += _mismatch_features(x, y, sx, sy)
    out += _rarity_features(sx, sy)
    return out


def features(a: str, b: str) -> list[float]:
    """The model's feature vector for one pair, in :data:`FEATURES` order; symmetric in *a* and *b*."""
    return core_features(a, b) + differing_words(a, b, DIFF_WORDS)


def differing_words(a: str, b: str, vocabulary: Iterable[str]) -> list[float]:
    """1.0 for each word of *vocabulary* that one side has and the other lacks.

    The overlap features charge every unmatched word alike; these let the fit give part of
    that back for words a paraphrase drops freely ("of", "said") and charge more for those
    that add to the claim ("and": a coordinated clause). Weights learnt on train.
    """
    wx, wy = set(analyse(a).words), set(analyse(b).words)
    differ = wx ^ wy
    return [1.0 if w in differ else 0.0 for w in vocabulary]


@lru_cache(maxsize=1)
def _document_frequencies() -> tuple[int, dict[str, int]]:
    """(number of sentences, sentences holding each stem) over the MRPC train sentences, written
    by ``mrpc.py --fit``; stems seen once are left out of the file and count as 1 (rare)."""
    data = json.loads(files("reconcile").joinpath("data/similarity_idf.json").read_text(encoding="utf-8"))
    return int(data["sentences"]), data["document_frequency"]


def idf(stem_: str) -> float:
    """Inverse document frequency of a stem: how much saying it (or leaving it out) tells."""
    sentences, df = _document_frequencies()
    return math.log((sentences + 1) / (df.get(stem_, 1) + 1))


def _rarity_features(sx: set[str], sy: set[str]) -> list[float]:
    """How much rare content each side leaves unmatched: an unmatched name or figure weighs more
    than an unmatched "week" (share of the side's IDF mass, and its log size)."""
    mx, my = sum(map(idf, sx - sy)), sum(map(idf, sy - sx))
    tx, ty = sum(map(idf, sx)) or 1e-9, sum(map(idf, sy)) or 1e-9
    return [max(mx / tx, my / ty), min(mx / tx, my / ty), math.log1p(max(mx, my)), math.log1p(min(mx, my))]


def _precision(cx: Counter, cy: Counter) -> float:
    """BLEU's clipped n-gram precision of *cx* against *cy*."""
    total = sum(cx.values())
    if not total:
        return 0.0 if cy else 1.0
    common = cx.keys() & cy.keys()
    return sum(map(min, map(cx.__getitem__, common), map(cy.__getitem__, common))) / total


def _cosine(cx: tuple[Counter, float], cy: tuple[Counter, float]) -> float:
    """Cosine of two (counts, norm) pairs."""
    (x, nx), (y, ny) = cx, cy
    common = x.keys() & y.keys()
    dot = sum(map(operator.mul, map(x.__getitem__, common), map(y.__getitem__, common)))
    return dot / (nx * ny) if nx and ny else 0.0


def _translation_features(x: Analysed, y: Analysed) -> list[float]:
    """Machine-translation-metric style: BLEU precisions both ways, character n-gram cosines,
    longest common word subsequence, word edit distance, length differences."""
    out = []
    px = [_precision(cx, cy) for cx, cy in zip(x.grams, y.grams, strict=True)]
    py = [_precision(cy, cx) for cx, cy in zip(x.grams, y.grams, strict=True)]
    for p, q in zip(px, py, strict=True):
        out += [min(p, q), max(p, q)]
    bx = math.exp(sum(math.log(p + 0.1) for p in px) / 4)
    by = math.exp(sum(math.log(p + 0.1) for p in py) / 4)
    out += [min(bx, by), max(bx, by)]
    out += [_cosine(cx, cy) for cx, cy in zip(x.cgrams, y.cgrams, strict=True)]
    lx, ly = len(x.words), len(y.words)
    lcs = LCSseq.similarity(x.words, y.words)
    out += [lcs / max(lx, ly, 1), lcs / max(min(lx, ly), 1)]
    out += [LCSseq.similarity(x.stems, y.stems) / max(len(x.stems), len(y.stems), 1)]
    out += [Levenshtein.distance(x.words, y.words) / max(lx, ly, 1)]
    out += [float(abs(lx - ly)), math.log1p(abs(len(x.content) - len(y.content)))]
    out += [1.0 if bool(x.numbers) != bool(y.numbers) else 0.0]
    return out


def _mismatch_features(x: Analysed, y: Analysed, sx: set[str], sy: set[str]) -> list[float]:
    """Things one side states and the other does not: quotes, days, months, years, percentages,
    attribution, extra clauses."""
    out = [1.0 if x.quoted != y.quoted else 0.0]
    wx, wy = set(x.words), set(y.words)
    for vocab in (WEEKDAYS, MONTHS):
        dx, dy = wx & vocab, wy & vocab
        out += [1.0 if dx and dy and dx != dy else 0.0, 1.0 if bool(dx) != bool(dy) else 0.0]
    out += [1.0 if ("said" in wx) != ("said" in wy) else 0.0]
    out += [math.log(max(len(x.words) + len(y.words), 1))]
    yx = {n for n in x.numbers if len(n) == 4 and n[:2] in ("19", "20")}
    yy = {n for n in y.numbers if len(n) == 4 and n[:2] in ("19", "20")}
    out += [1.0 if yx != yy else 0.0]
    qx, qy = set(_PERCENT_RE.findall(x.text)), set(_PERCENT_RE.findall(y.text))
    out += [1.0 if qx and qy and qx != qy else 0.0]
    ux = sum(1 for w in x.stems if w not in sy)
    uy = sum(1 for w in y.stems if w not in sx)
    out += [1.0 if min(ux, uy) == 0 else 0.0, float(max(ux, uy))]
    nx, ny = len(x.names - wy), len(y.names - wx)
    out += [float(max(nx, ny)), float(min(nx, ny))]
    out += [1.0 if x.text.count(",") + x.text.count(";") != y.text.count(",") + y.text.count(";") else 0.0]
    return out


def _longest_run(seq: Sequence[str], other: set[str]) -> int:
    """The longest stretch of *seq* absent from *other*: an added clause, not a reworded word."""
    best = run = 0
    for w in seq:
        run = run + 1 if w not in other else 0
        best = max(best, run)
    return best


# --- the frozen model ---------------------------------------------------------------------------
# Fitted by `python benchmarks/quality/mrpc.py --fit` (L2-regularised logistic regression on the
# 4,076 MRPC train pairs, features standardised with the means and scales below; L2 strength 3
# and the number of differing-word indicators, 10, chosen together by 5-fold cross-validation on
# train averaged over 5 fold shuffles: 78.47% CV accuracy); the threshold is the one that
# maximised train accuracy. DIFF_WORDS are the words most often on one side only of a train
# pair (counted without labels). Refit and paste the printed block to change them; the fit also
# rewrites the IDF table `reconcile/data/similarity_idf.json`.
DIFF_WORDS = ("in", "the", "of", "a", "to", "said", "and", "on", "that", "was")
FEATURES = CORE_FEATURES + tuple(f"differs:{w}" for w in DIFF_WORDS)
MEANS = (
    0.837342, 0.747143, 0.721522, 0.51599, 0.722721, 0.618725, 0.525996, 0.739306, 0.618678, 0.326038,
    0.42058, 0.228924, 0.488417, 0.584293, 0.339303, 0.163886, 0.305877, 0.712327, 0.565418, 1.64942, 1.15295,
    0.850535, 0.628854, 0.750918, 0.632122, 0.381322, 0.260694, 0.0453876, 0.122669, 0.512002, 0.302995,
    0.374642, 0.245062, 1.36373, 0.405054, 0.608421, 0.7177, 0.440957, 0.525083, 0.341106, 0.409992, 0.272087,
    0.330523, 0.492464, 0.567632, 0.706764, 0.648263, 0.606053, 0.573145, 0.676502, 0.582695, 0.514567,
    3.1261, 0.974475, 0.0873405, 0.0635427, 0.0301766, 0.104514, 0.00736016, 0.0495584, 0.156526, 3.61794,
    0.0370461, 0.0542198, 0.105496, 4.70608, 1.19553, 0.313297, 0.477674, 0.389636, 0.265123, 3.19134,
    2.43185, 0.188175, 0.184004, 0.17419, 0.173454, 0.163395, 0.156526, 0.13788, 0.118008, 0.117763, 0.11261,
)  # fmt: skip
SCALES = (
    0.101042, 0.101517, 0.116577, 0.167913, 0.15744, 0.147453, 0.184986, 0.173145, 0.16366, 0.199116,
    0.212587, 0.200945, 0.183323, 0.167951, 0.473473, 0.370172, 0.5735, 0.635702, 0.379582, 0.433286,
    0.562675, 0.100321, 0.163859, 0.172166, 0.164511, 0.16366, 0.173145, 0.208153, 0.328057, 0.246395,
    0.230088, 0.163449, 0.168553, 0.40745, 0.490902, 0.145324, 0.156977, 0.189901, 0.21813, 0.208783,
    0.245923, 0.212585, 0.254746, 0.196638, 0.230486, 0.140946, 0.155208, 0.165287, 0.149662, 0.166299,
    0.163767, 0.196196, 2.27712, 0.56985, 0.282333, 0.243937, 0.171073, 0.305926, 0.0854751, 0.217031,
    0.363353, 0.267769, 0.188875, 0.226451, 0.307191, 2.22925, 1.28984, 0.65691, 0.499501, 0.174203, 0.184867,
    0.605528, 1.0044, 0.390852, 0.387487, 0.379273, 0.37864, 0.369726, 0.363353, 0.344774, 0.322617, 0.322327,
    0.316116,
)  # fmt: skip
WEIGHTS = (
    -0.107122, 0.114025, 0.81266, 0.411632, -0.501692, -0.419847, 0.588954, -0.0951149, -0.144719, 0.0441428,
    -0.225195, 0.119602, 0.211643, -0.102035, -0.0849893, 0.055604, -0.195576, -0.0115177, -0.0490026,
    0.217604, 0.187848, -0.482559, 0.186613, 0.404853, -0.399155, 0.144719, 0.0951149, -0.219983, 0.0560148,
    -0.24269, -0.200806, 0.159729, 0.205776, -0.369616, -0.115266, 0.988268, 0.211478, 0.378945, -0.0649125,
    -0.0244088, -0.155606, -0.0286065, 0.0418774, -0.119301, -0.472045, 0.230355, -0.051762, -0.329383,
    0.498617, -0.223368, -0.0154961, -0.0353391, -0.347072, -0.0702749, 0.0139565, -0.0153165, -0.0104535,
    0.0784307, -0.0141343, 0.071188, 0.0734461, 0.083945, 0.0311288, -0.135976, -0.0443921, 0.365763,
    0.307665, -0.221895, -0.17983, -0.0820761, -0.337338, -0.799169, -0.195548, 0.0657199, 0.0557093,
    0.172006, 0.074306, -0.0203101, 0.0734461, -0.209229, -0.0561025, 0.0129576, -0.0454642,
)  # fmt: skip
BIAS = 1.22079
THRESHOLD = 53.18


def score_features(vector: Sequence[float]) -> float:
    """0–100: the frozen model's probability (×100) that the pair is a paraphrase."""
    z = BIAS + sum(w * (v - m) / s for w, v, m, s in zip(WEIGHTS, vector, MEANS, SCALES, strict=True))
    return 100.0 / (1.0 + math.exp(-z))


def similarity(a: str, b: str) -> float:
    """How likely *b* restates *a*, 0–100 (a calibrated probability on news sentences)."""
    return score_features(features(a, b))


def is_paraphrase(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold
