"""What :class:`claimx.context.Context` looks up once per sentence, paragraph or clause
and reuses for the next ones, against the same question asked afresh each time: the
answer must not depend on which sentences were asked about before, nor in which order."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.context import Context, Place
from strategies import corpus_sentences

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PLACED = ("李家村贫困发生率为3%。", "徐洼村有12户。", "红岩镇人口增长5%。", "收入增长5%。", "人口10人，",
           "全县有3个村。", "黄草、石岭等村修路3公里。", "三合村位于五里镇东北部。", "北京市发改委投资3亿元。",
           "2020年产值20亿元。", "昭化区红岩镇广吉村和徐洼村共10户。", "各村", "，", "")
#: Paragraphs of sentences naming places (jointly or not) or none, and corpus sentences.
_SENTENCES = st.one_of(st.sampled_from(_PLACED), st.sampled_from(_PLACED), st.sampled_from(corpus_sentences()))
documents = st.lists(st.lists(_SENTENCES, min_size=1, max_size=5).map("".join), min_size=1, max_size=5,
                     ).map("\n".join)


def _plain_about(ctx: Context, ss: int, se: int) -> tuple[str | None, list[Place]]:
    """:meth:`Context._about` with the paragraph's first sentence looked up every time."""
    found = ctx._specific(ctx._places_in(ss, se))
    in_sentence = [p for p in found if not p.org] or found
    if in_sentence:
        return ctx._about(ss, se)  # (the sentence's own places: nothing reused)
    if ctx._joint(ss, se):
        return None, []
    ps, _ = ctx.paragraph(ss)
    if ps < ss:
        fs, fe = ctx._bounds(ps, "。！？!?\n")
        first = ctx._unique(fs, fe)
        if first is not None:
            doc = ctx.doc_place_at(ss)
            if doc is not None and doc[-1] != first[-1] and doc[-1] in "省市县区镇乡村" \
                    and not doc.endswith("社区") and any(
                    w in ctx.text[ss:se] for w in ("全" + doc[-1], "本" + doc[-1], doc[-1] + "内")):
                return doc, []  # 县内, 全县: the document's place of that level
            return ctx._whole_level(ss, se, first), []
    return ctx._whole_level(ss, se, ctx.doc_place_at(ss)), []


def _sentences(text: str) -> list[tuple[int, int]]:
    ctx = Context(text)
    spans, i = [], 0
    while i <= len(text):
        span = ctx.sentence(i)
        spans.append(span)
        i = span[1] + 1
    return spans


@SETTINGS
@given(documents, st.randoms(use_true_random=False))
def test_about_is_the_same_in_any_order(text: str, rnd: random.Random) -> None:
    spans = _sentences(text)
    rnd.shuffle(spans)
    ctx, fresh = Context(text), Context(text)
    for ss, se in spans:
        assert ctx._about(ss, se) == _plain_about(fresh, ss, se), (text, ss)
