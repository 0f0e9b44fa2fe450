"""The kiosk's side of sealing: its current epoch key (a file), the seal rows, and the head kept apart.

Seals are written inside the log's write transactions, so two processes never seal the same rows
twice; the key moves forwards and the head file is written only after the commit (a head file
behind the database is harmless, one ahead of it would be a false alarm). When sealing happens:
- at the first row of a new epoch: the rows before it are sealed with the old epoch's key, which is
  then replaced by the new epoch's and destroyed;
- every SEAL_EVERY rows within an epoch;
- when the station closes (every command, the kiosk's shutdown).
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, bindparam, insert, select

from kiosk.domain.seal import GENESIS, NO_SEAL, Seal, SealFileError, SealingKey
from kiosk.private_files import sync_folder, write_atomically, write_new
from kiosk.storage.models import SealRow, table_of

SEAL_EVERY = 50
_logger = logging.getLogger(__name__)

AfterCommit = list[Callable[[], None]]


class SealFiles:
    """keys/log-seal.key (the current epoch's key) and the head file, both owner-only."""

    def __init__(self, key_path: Path, head_path: Path) -> None:
        self.key_path = key_path
        self.head_path = head_path
        self._lock_path = key_path.with_name(key_path.name + ".lock")
        self._cached: tuple[tuple[int, int, int], SealingKey] | None = None

    def is_set_up(self) -> bool:
        """A key, or the head it left: either means this home's log was sealed."""
        return self.key_path.exists() or self.head_path.exists()

    def create(self, key: SealingKey) -> None:
        self.key_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_new(self.key_path, key.to_text().encode("ascii"))
        except FileExistsError:
            raise SealFileError(f"sealing is already set up: {self.key_path} exists") from None

    def load(self) -> SealingKey | None:
        """The current key; re-read whenever another process replaced the file."""
        try:
            info = os.stat(self.key_path)
        except FileNotFoundError:
            return None
        stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
        if self._cached is not None and self._cached[0] == stamp:
            return self._cached[1]
        try:
            key = SealingKey.from_text(self.key_path.read_text(encoding="ascii"))
        except (OSError, UnicodeDecodeError):
            raise SealFileError(f"cannot read the sealing key {self.key_path}") from None
        self._cached = (stamp, key)
        return key

    def evolve(self, epoch: int) -> None:
        """Moves the key on to `epoch` and destroys the old one; never backwards, whoever races."""
        with self._locked():
            self._cached = None
            current = self.load()
            if current is None or current.epoch >= epoch:
                return
            new = current.evolved_to(epoch)
            old = os.open(self.key_path, os.O_WRONLY | os.O_NOFOLLOW)
            try:
                write_atomically(self.key_path, new.to_text().encode("ascii"))
                size = os.fstat(old).st_size
                os.pwrite(old, b"\0" * size, 0)  # the old inode, no longer named: its key is gone
                os.fsync(old)
            finally:
                os.close(old)
            sync_folder(self.key_path.parent)

    def read_head(self) -> Seal | None:
        try:
            text = self.head_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            raise SealFileError(f"cannot read the seal head {self.head_path}") from None
        return Seal.from_text(text)

    def write_head(self, seal: Seal) -> None:
        """Only ever forwards: a slower process never puts back an older head."""
        with self._locked():
            try:
                current = self.read_head()
            except SealFileError:
                current = None
            if current is not None and current.kiosk_id == seal.kiosk_id and current.seq >= seal.seq:
                return
            write_atomically(self.head_path, seal.to_text().encode("utf-8"))

    @contextmanager
    def _locked(self) -> Iterator[None]:
        fd = os.open(self._lock_path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


class LogSealer:
    """Seals one kiosk's chain; called by ScanLog inside its write transactions."""

    def __init__(self, files: SealFiles, every: int = SEAL_EVERY) -> None:
        self.files = files
        self.every = every

    def is_set_up(self) -> bool:
        return self.files.is_set_up()

    def before_append(
        self, connection: Connection, kiosk_id: str, at: datetime, head: tuple[int, str], later: AfterCommit
    ) -> bool:
        """A row of a later epoch: seal what the old key still may, then (after commit) move the key on.

        Returns whether the key moves on (no row is sealed with the old key after that).
        """
        key = self.key_of(kiosk_id)
        if key is None:
            return False
        target = key.schedule.epoch_of(at)
        if target <= key.epoch:
            return False
        self._seal_head(connection, key, head, at, later)
        later.append(lambda: self.files.evolve(target))
        return True

    def after_append(
        self, connection: Connection, kiosk_id: str, at: datetime, head: tuple[int, str], later: AfterCommit
    ) -> None:
        key = self.key_of(kiosk_id)
        if key is None or key.schedule.epoch_of(at) > key.epoch:
            return
        last = _last_seal(connection, kiosk_id)
        if head[0] - (last[0] if last else 0) >= self.every:
            self._seal_head(connection, key, head, at, later)

    def seal_now(self, connection: Connection, kiosk_id: str, at: datetime, head: tuple[int, str],
                 later: AfterCommit) -> None:
        """Seals every row not sealed yet and moves the key on to the epoch of `at`."""
        key = self.key_of(kiosk_id)
        if key is None:
            return
        self._seal_head(connection, key, head, at, later)
        target = key.schedule.epoch_of(at)
        if target > key.epoch:
            later.append(lambda: self.files.evolve(target))

    def set_up(self, connection: Connection, key: SealingKey, at: datetime, head: tuple[int, str],
               later: AfterCommit) -> None:
        """The first seal, over whatever the log holds already (nothing, on a new kiosk)."""
        if _last_seal(connection, key.kiosk_id) is not None:
            raise SealFileError(f"the database already holds seals of kiosk {key.kiosk_id}")
        self.files.create(key)
        self._seal_head(connection, key, head, at, later)

    def key_of(self, kiosk_id: str) -> SealingKey | None:
        """The key, if it seals this kiosk's chain (a kiosk renamed after set-up is left unsealed and
        `kiosk log verify` says so). An unreadable key never stops the door: the rows stay unsealed."""
        try:
            key = self.files.load()
        except SealFileError:
            _logger.warning("the log's sealing key cannot be read: rows are not sealed", exc_info=True)
            return None
        return key if key is not None and key.kiosk_id == kiosk_id else None

    def _seal_head(self, connection: Connection, key: SealingKey, head: tuple[int, str], at: datetime,
                   later: AfterCommit) -> None:
        last = _last_seal(connection, key.kiosk_id)
        if last is not None and last[0] >= head[0]:
            return  # nothing new since the last seal
        if not self._database_holds_its_head(connection, key.kiosk_id):
            return  # rows or seals were deleted, or an older copy put back: never seal over that
        seal = key.seal(head[0], head[1], last[1] if last else NO_SEAL)
        connection.execute(_INSERT, {**seal.__dict__, "sealed_at": at})
        later.append(lambda: self.files.write_head(seal))


    def _database_holds_its_head(self, connection: Connection, kiosk_id: str) -> bool:
        """The last seal kept outside the database must be in it. If it is not, sealing stops for good
        (and `kiosk log verify` says why): sealing on would move the head on and hide the loss."""
        try:
            head = self.files.read_head()
        except SealFileError:
            return False
        if head is None or head.kiosk_id != kiosk_id:
            return True
        stored = connection.execute(_SEAL_AT, {"kiosk": kiosk_id, "seq": head.seq}).scalar()
        return stored == head.tag


def run_after_commit(actions: AfterCommit) -> None:
    """The head file and the key's move: the rows are committed already, so a failure here (a full disk)
    must not make the scan look lost; it is logged, and `kiosk log verify` shows what was left undone."""
    for action in actions:
        try:
            action()
        except (OSError, SealFileError):
            _logger.warning("sealing could not finish after a commit", exc_info=True)


def seals_of(connection: Connection, kiosk_id: str) -> list[Seal]:
    rows = connection.execute(select(_SEALS).where(_SEALS.c.kiosk_id == kiosk_id).order_by(_SEALS.c.seq))
    return [Seal(r.kiosk_id, r.epoch, r.seq, r.head_hash, r.prev_tag, r.tag) for r in rows]


def sealed_kiosks(connection: Connection) -> set[str]:
    return set(connection.execute(select(_SEALS.c.kiosk_id).distinct()).scalars())


def empty_head() -> tuple[int, str]:
    return 0, GENESIS


def _last_seal(connection: Connection, kiosk_id: str) -> tuple[int, str] | None:
    row = connection.execute(_LAST_SEAL, {"kiosk": kiosk_id}).first()
    return None if row is None else (row[0], row[1])


_SEALS = table_of(SealRow)
_INSERT = insert(_SEALS)
_SEAL_AT = select(_SEALS.c.tag).where(_SEALS.c.kiosk_id == bindparam("kiosk"), _SEALS.c.seq == bindparam("seq"))
_LAST_SEAL = (
    select(_SEALS.c.seq, _SEALS.c.tag)
    .where(_SEALS.c.kiosk_id == bindparam("kiosk"))
    .order_by(_SEALS.c.seq.desc())
    .limit(1)
)
