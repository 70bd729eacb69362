"""The PERSON model's fast scorer: each capitalized word's score without its feature strings.

Building some twenty strings per word (``person_features.text_features``) and looking each
up cost the model most of its time, so :class:`Scorer` sums the same weights without the
strings: the weights split by feature name into one table per kind ("w=", "p1=", ...),
the parts that depend on the word alone looked up once per distinct word. It reads the
text through the features' own :func:`~llmgate.redaction.person_features.contexts` and
adds the same weights in the same order as ``_perceptron.score`` over ``text_features``
(a float sum depends on its order; a missing feature's zero changes nothing), so a score
is the same number to the last bit. ``tests/redaction/test_person_features.py`` holds the
two to that.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress
from operator import itemgetter
from typing import TypeVar

from llmgate.redaction.given_names import COMPANY_WORDS, GIVEN_NAMES
from llmgate.redaction.person_features import (
    CALENDAR,
    GIVEN_LOWER,
    Row,
    contexts,
    word_shape,
)

__all__ = ["Scorer"]

_WORD_OF = itemgetter(2)
_FIRST = itemgetter(0)
_MEMO = 65536  # distinct words remembered per model: a long-running process stays bounded
Weights = tuple[float, ...]
_T = TypeVar("_T")
# A word's own weights: b, w, s3, s4, p3, sh, len; given; common, lex, calendar; and its
# shape (for the "ps" feature of the words around it).
Own = tuple[Weights, float, Weights, str]


class Scorer:
    """Each capitalized word's score, as ``_perceptron.score`` gives it over
    :func:`text_features`, without building the feature strings (see the module's
    docstring). What depends on a word alone (its own features, and those it gives the
    words beside it) is looked up once per distinct word, zeros included: adding a zero
    leaves a float sum as it was. The memos are plain dicts (a race writes the same
    value twice), so one instance is safe to share between threads."""

    def __init__(
        self, weights: Mapping[str, float], common: frozenset[str], lexicon: frozenset[str]
    ) -> None:
        tables: dict[str, dict[str, float]] = {}
        for feat, value in weights.items():
            kind, eq, rest = feat.partition("=")
            tables.setdefault(kind if eq else "", {})[rest if eq else feat] = value
        self._tables = tables
        self._common = common
        self._lexicon = lexicon
        self._own: dict[str, Own] = {}
        self._beside: dict[str, Weights] = {}
        # Looked up once here, not on every call: most texts are a line or two long.
        t = self._table
        self._context_tables = (t("L"), t("R"), t("LR"), t("ps"), t("p1L"), t("n1R"), t("key"))
        self._context_flags = tuple(self._flag(f, True) for f in ("lowered", "titleline", "bol"))

    def _table(self, kind: str) -> dict[str, float]:
        return self._tables.get(kind, {})

    def _flag(self, name: str, on: bool) -> float:
        return self._tables.get("", {}).get(name, 0.0) if on else 0.0

    def _remember(self, memo: dict[str, _T], word: str, found: _T) -> _T:
        if len(memo) >= _MEMO:
            memo.clear()
        memo[word] = found
        return found

    def _own_weights(self, word: str) -> Own:
        """The weights of the word's own features, in text_features' order (``Own``)."""
        t, low, lexicon, shape = self._table, word.lower(), self._lexicon, word_shape(word)
        lex = low in lexicon or (low[-1] == "s" and low[:-1] in lexicon)
        head = (
            self._flag("b", True),
            t("w").get(low, 0.0),
            t("s3").get(low[-3:], 0.0),
            t("s4").get(low[-4:], 0.0),
            t("p3").get(low[:3], 0.0),
            t("sh").get(shape, 0.0),
            t("len").get(str(min(len(low), 12)), 0.0),
        )
        given = self._flag("given", word in GIVEN_NAMES or (word.isupper() and low in GIVEN_LOWER))
        tail = (
            self._flag("common", low in self._common),
            self._flag("lex", lex),
            self._flag("calendar", low in CALENDAR),
        )
        return self._remember(self._own, word, (head, given, tail, shape))

    def _beside_weights(self, word: str) -> Weights:
        """The weights of the features a word gives its neighbours: p1, p1given,
        p1common, p2 (0-3) for the word after it; n1, n1given, n1common, n1company, n2,
        n2company (4-9) for the word before it."""
        t, low, common = self._table, word.lower(), self._common
        given, company = word in GIVEN_NAMES, word in COMPANY_WORDS
        found = (
            t("p1").get(low, 0.0),
            self._flag("p1given", given),
            self._flag("p1common", low in common),
            t("p2").get(low, 0.0),
            t("n1").get(low, 0.0),
            self._flag("n1given", given),
            self._flag("n1common", low in common),
            self._flag("n1company", company),
            t("n2").get(low, 0.0),
            self._flag("n2company", company),
        )
        return self._remember(self._beside, word, found)

    def scores(self, text: str, toks: Sequence[Row]) -> dict[int, float]:
        """Each capitalized word's score, by index: the same weights in the same order
        as text_features lists their features (a float sum depends on the order)."""
        t_l, t_r, t_lr, t_ps, t_p1l, t_n1r, t_key = self._context_tables
        g_l, g_r, g_lr, g_ps = t_l.get, t_r.get, t_lr.get, t_ps.get
        g_p1l, g_n1r = t_p1l.get, t_n1r.get
        f_lowered, f_title, f_bol = self._context_flags
        own_memo, own_weights = self._own, self._own_weights
        beside_memo, beside_weights = self._beside, self._beside_weights
        shape = word_shape
        n = len(toks)
        # The words the text writes in lower case (what "lowered" asks), picked in C.
        words_of = list(map(_WORD_OF, toks))
        lowered = frozenset(compress(words_of, map(str.islower, map(_FIRST, words_of))))
        out: dict[int, float] = {}
        for i, prev, nxt, left, right, titled, bol, key in contexts(text, toks):
            tok = toks[i]
            word = tok[2]
            own = own_memo.get(word) or own_weights(word)
            vals = [
                *own[0],
                g_l(left, 0.0),
                g_r(right, 0.0),
                g_lr(left + "|" + right, 0.0),
                g_ps(
                    (shape(prev[2]) if prev else "^")
                    + "|"
                    + own[3]
                    + "|"
                    + (shape(nxt[2]) if nxt else "$"),
                    0.0,
                ),
                own[1],
                f_lowered if tok[3] in lowered else 0.0,
                *own[2],
            ]
            if prev is not None:
                p = beside_memo.get(prev[2]) or beside_weights(prev[2])
                vals += (p[0], g_p1l(prev[3] + "|" + left, 0.0), p[1], p[2])
                if i > 1:
                    w2 = words_of[i - 2]
                    vals.append((beside_memo.get(w2) or beside_weights(w2))[3])
            if nxt is not None:
                q = beside_memo.get(nxt[2]) or beside_weights(nxt[2])
                vals += (q[4], g_n1r(right + "|" + nxt[3], 0.0), q[5], q[6], q[7])
                if i + 2 < n:
                    w2 = words_of[i + 2]
                    q2 = beside_memo.get(w2) or beside_weights(w2)
                    vals += (q2[8], q2[9])
            if titled:
                vals.append(f_title)
            if bol:
                vals.append(f_bol)
            elif key:
                vals.append(t_key.get(key, 0.0))
            out[i] = sum(vals)  # a zero adds nothing, in any order
        return out
