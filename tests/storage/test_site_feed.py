"""The site's change feed: numbered in commit order under one lock, idempotent, announced by NOTIFY."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from kiosk.domain.site import ChangeKind
from kiosk.storage.database import Database
from kiosk.storage.site_feed import PublishedPackage, SiteFeed
from kiosk.storage.site_listener import FeedListener

AT = datetime(2025, 11, 24, 8, 40, tzinfo=UTC)


def status_change(feed: SiteFeed, event: str, badge: str = "M0042") -> int | None:
    with feed.db.write() as session:
        return feed.append(session, event, ChangeKind.STATUS, event.split("#")[0], AT, badge_number=badge,
                           status="suspended", reason="check the card")


def test_changes_come_back_in_order_and_a_change_sent_twice_is_kept_once(database: Database):
    feed = SiteFeed(database)
    assert status_change(feed, "lane-a#5") == 1
    assert status_change(feed, "lane-b#9", "M0043") == 2
    assert status_change(feed, "lane-a#5") is None
    changes = feed.after(0)
    assert [(c.seq, c.event, c.badge_number) for c in changes] == [(1, "lane-a#5", "M0042"), (2, "lane-b#9", "M0043")]
    assert [c.event for c in feed.after(1)] == ["lane-b#9"]


def test_a_package_is_stored_byte_for_byte_and_published_once(database: Database):
    feed = SiteFeed(database)
    package = PublishedPackage(3, AT, "ABCDEFGH", "d" * 64, b"KIOSK-ROSTER-PACKAGE/1 ...\n{}")
    seq = feed.publish_package(package, "office")
    assert feed.publish_package(package, "office") == seq
    assert feed.package(3) == package.data
    assert [(c.kind, c.package_serial) for c in feed.after(0)] == [(ChangeKind.PACKAGE, 3)]


@pytest.mark.postgresql
def test_two_writers_committing_out_of_order_are_both_seen_after_the_last_seq(postgres_url: str):
    """Writer A appends and holds its transaction open; writer B waits for A's lock instead of taking the
    next number and committing first (which a reader at "seq > last" would then skip past A's change)."""
    database = Database(postgres_url)
    feed = SiteFeed(database)
    seen: list[int] = []
    try:
        a_holding, b_done = threading.Event(), threading.Event()

        def writer_b() -> None:
            a_holding.wait(5)
            status_change(feed, "lane-b#1", "M0043")
            b_done.set()

        thread = threading.Thread(target=writer_b)
        thread.start()
        with database.write() as session:
            feed.append(session, "lane-a#1", ChangeKind.STATUS, "lane-a", AT, badge_number="M0042", status="revoked")
            a_holding.set()
            time.sleep(0.3)
            assert not b_done.is_set(), "B waits for A's lock"
            seen += [c.seq for c in feed.after(0)]  # a kiosk reading meanwhile sees neither
        thread.join(5)
        last = max(seen, default=0)
        later = feed.after(last)
        assert [c.event for c in later] == ["lane-a#1", "lane-b#1"]
        assert [c.seq for c in later] == [1, 2]
    finally:
        database.dispose()


@pytest.mark.postgresql
def test_a_listener_is_woken_by_a_change_and_by_the_kiosk(postgres_url: str):
    database = Database(postgres_url)
    listener = FeedListener(database)
    try:
        listener.listen()
        started = time.monotonic()
        status_change(SiteFeed(database), "lane-a#1")
        assert listener.wait(5.0) is True
        assert time.monotonic() - started < 1.0
        threading.Timer(0.1, listener.wake).start()
        assert listener.wait(5.0) is False, "a wake-up is not a change"
    finally:
        listener.close()
        database.dispose()
