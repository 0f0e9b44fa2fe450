"""Debounce: one scan per showing, a new one when shown again, several badges said so."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.scanner.debounce import Debouncer, DebounceSettings, Scan

A, B = "B1.AAA", "B1.BBB"


def run(frames, **settings):
    """Scans for a list of (time, texts) frames."""
    debouncer = Debouncer(DebounceSettings(**settings))
    return [s for at, texts in frames if (s := debouncer.observe(texts, at)) is not None]


def held(text, start, end, step=1 / 30):
    count = round((end - start) / step)
    return [(start + i * step, [text]) for i in range(count)]


def test_badge_held_for_seconds_gives_one_scan():
    assert run(held(A, 0.0, 5.0)) == [Scan((A,), 0.0)]


def test_missed_frames_while_held_do_not_make_a_new_scan():
    frames = [(0.0, [A]), (0.1, []), (0.2, []), (0.5, [A]), (0.6, [A])]
    assert run(frames, gone_after=0.7) == [Scan((A,), 0.0)]


def test_badge_shown_again_after_leaving_gives_a_new_scan():
    frames = held(A, 0.0, 1.0) + [(1.5, []), (2.0, [])] + held(A, 2.0, 3.0)
    scans = run(frames, gone_after=0.7)
    assert [s.at for s in scans] == [0.0, 2.0]


def test_absence_is_measured_on_the_frame_timeline_not_by_empty_frames():
    # no empty frame in between: the 1 s gap alone means the badge left
    assert len(run([(0.0, [A]), (1.0, [A])], gone_after=0.7)) == 2


def test_held_badge_scans_again_after_repeat_interval():
    scans = run(held(A, 0.0, 7.0), repeat_after=3.0)
    assert [round(s.at, 3) for s in scans] == [0.0, 3.0, 6.0]


def test_two_badges_in_one_frame_give_one_scan_that_says_multiple():
    (scan,) = run([(0.0, [A, B]), (0.1, [A, B])])
    assert scan.texts == (A, B)
    assert scan.multiple


def test_second_badge_joining_a_held_one_is_reported_with_it():
    scans = run([(0.0, [A]), (0.1, [A]), (0.2, [A, B]), (0.3, [A, B])])
    assert [s.texts for s in scans] == [(A,), (A, B)]
    assert scans[1].multiple


def test_same_text_twice_in_a_frame_is_one_badge():
    (scan,) = run([(0.0, [A, A])])
    assert scan.texts == (A,)
    assert not scan.multiple


def test_time_going_backwards_starts_afresh():
    # a video restarting: the same badge at its start is a new scan
    assert len(run([(0.0, [A]), (0.5, [A]), (0.0, [A])])) == 2


def test_reset_forgets_held_badges():
    debouncer = Debouncer()
    assert debouncer.observe([A], 0.0) is not None
    debouncer.reset()
    assert debouncer.observe([A], 0.1) is not None


@pytest.mark.parametrize("field,value", [("gone_after", 0.0), ("repeat_after", -1.0)])
def test_settings_reject_nonsense(field, value):
    with pytest.raises(ValueError):
        DebounceSettings(**{field: value})


@given(st.lists(st.tuples(st.floats(0.0, 0.2), st.sets(st.sampled_from([A, B]), max_size=2))))
def test_every_scan_holds_a_text_not_seen_within_gone_after(steps):
    at = 0.0
    frames = []
    for gap, texts in steps:
        at += gap
        frames.append((at, sorted(texts)))
    debouncer = Debouncer(DebounceSettings(gone_after=0.5))
    last_seen: dict[str, float] = {}
    for at, texts in frames:
        scan = debouncer.observe(texts, at)
        fresh = [t for t in texts if t not in last_seen or at - last_seen[t] > 0.5]
        assert (scan is not None) == bool(fresh)
        if scan is not None:
            assert scan.texts == tuple(texts)
        for t in texts:
            last_seen[t] = at
