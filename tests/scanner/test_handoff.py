"""The one-slot mailbox: the newest item wins; in lossless mode the producer waits."""

from __future__ import annotations

import threading
import time

from kiosk.scanner.handoff import Slot


def test_newest_item_wins_and_drops_are_counted():
    slot: Slot[int] = Slot()
    assert slot.put(1) is False
    assert slot.put(2) is True
    assert slot.put(3) is True
    assert slot.take(timeout=0) == 3
    assert slot.dropped == 2


def test_take_times_out_on_an_empty_slot():
    slot: Slot[int] = Slot()
    started = time.monotonic()
    assert slot.take(timeout=0.05) is None
    assert time.monotonic() - started >= 0.04


def test_close_hands_out_the_last_item_then_none():
    slot: Slot[int] = Slot()
    slot.put(7)
    slot.close()
    assert slot.take() == 7
    assert slot.take() is None


def test_close_wakes_a_waiting_consumer():
    slot: Slot[int] = Slot()
    result = []
    consumer = threading.Thread(target=lambda: result.append(slot.take()))
    consumer.start()
    time.sleep(0.02)
    slot.close()
    consumer.join(timeout=1)
    assert not consumer.is_alive()
    assert result == [None]


def test_lossless_producer_waits_for_the_slot_and_loses_nothing():
    slot: Slot[int] = Slot()
    received = []

    def consume():
        while (item := slot.take()) is not None:
            time.sleep(0.001)
            received.append(item)

    consumer = threading.Thread(target=consume)
    consumer.start()
    for i in range(200):
        assert slot.put_when_free(i, should_stop=lambda: False)
    slot.close()
    consumer.join(timeout=5)
    assert received == list(range(200))
    assert slot.dropped == 0


def test_lossless_producer_gives_up_when_asked_to_stop():
    slot: Slot[int] = Slot()
    slot.put(1)
    stop = threading.Event()
    threading.Timer(0.05, stop.set).start()
    started = time.monotonic()
    assert slot.put_when_free(2, should_stop=stop.is_set, poll=0.01) is False
    assert time.monotonic() - started < 1.0
    assert slot.take(timeout=0) == 1
