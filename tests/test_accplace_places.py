"""Place and time rules of round A (accplace): each a category, checked on sentences
written for it."""

from __future__ import annotations

from claimx import extract_claims


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.place) for c in extract_claims(text)]


def test_a_place_first_named_later_is_not_the_place_of_earlier_claims() -> None:
    text = ("零售总额按年上升4.6%\n"
            "统计处公布，零售总额为1024亿元，按年上升4.6%。\n"
            "旅客约1180万人次。\n"
            "失业率为3.1%。观塘区商场租金下跌8%。")
    got = _places(text)
    assert [p for _, p in got[:-1]] == [None] * (len(got) - 1)
    assert got[-1] == ("8%", "观塘区")
