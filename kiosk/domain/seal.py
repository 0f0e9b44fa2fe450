"""Forward-secure seals over a kiosk's hash-chained log, after systemd-journald's FSS.

The kiosk holds one key at a time, the key of the current *epoch*. Each epoch's key is derived from the
one before by a one-way function and the old one is destroyed, so whoever takes the kiosk later holds
only the key of the epoch they find it in: they cannot seal anything as an earlier epoch. The
verification key (epoch 0's key, written once at set-up and taken away by the supervisor) lets an
auditor derive every epoch's key and check every seal. See docs/privacy.md for the threat model.

A seal is an HMAC-SHA256, with the epoch's key, over the kiosk id, the epoch, the last sealed seq, that
row's hash and the previous seal's tag: seals form a chain of their own beside the log's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from kiosk.domain.clock import require_aware
from kiosk.errors import KioskError

FORMAT = "kiosk-seal-1"
KEY_CONTEXT = b"kiosk-seal"
SEAL_CONTEXT = b"kiosk-seal-tag\x00"
KEY_BYTES = 32
EPOCH_LENGTH = timedelta(minutes=15)
# A row may be dated this much before the epoch that sealed it (a clock stepped back a little).
CLOCK_TOLERANCE = timedelta(minutes=2)
# No kiosk runs for 28 years: an epoch further than this from the last is not genuine (and deriving
# its key would take minutes).
MAX_EPOCH_STEPS = 1_000_000
NO_SEAL = "0" * 64  # the previous tag of a kiosk's first seal
GENESIS = "0" * 64  # the previous hash of a chain's first row; the head of an empty chain


class SealFileError(KioskError):
    """A key or head file that is not what sealing wrote."""


def next_key(key: bytes) -> bytes:
    """k(n) = SHA-256("kiosk-seal" || k(n-1)): easy forwards, impossible backwards."""
    return hashlib.sha256(KEY_CONTEXT + key).digest()


def derive(key: bytes, steps: int) -> bytes:
    if not 0 <= steps <= MAX_EPOCH_STEPS:
        raise ValueError(f"cannot derive a key {steps} epochs ahead")
    for _ in range(steps):
        key = next_key(key)
    return key


@dataclass(frozen=True)
class SealSchedule:
    """Epoch n spans [start + n * length, start + (n + 1) * length); anything earlier is epoch 0."""

    start: datetime
    length: timedelta = EPOCH_LENGTH

    def epoch_of(self, at: datetime) -> int:
        return max(0, (require_aware(at) - self.start) // self.length)

    def epoch_start(self, epoch: int) -> datetime:
        return self.start + epoch * self.length


@dataclass(frozen=True)
class Seal:
    kiosk_id: str
    epoch: int
    seq: int  # the last row it seals (0: an empty chain)
    head_hash: str  # that row's hash
    prev_tag: str  # the tag of the kiosk's seal before this one
    tag: str

    def is_made_with(self, key: bytes) -> bool:
        return hmac.compare_digest(self.tag, _tag(key, self.kiosk_id, self.epoch, self.seq, self.head_hash,
                                                  self.prev_tag))

    def to_text(self) -> str:
        return json.dumps({"format": FORMAT, **self.__dict__}, sort_keys=True) + "\n"

    @classmethod
    def from_text(cls, text: str) -> Seal:
        data = _load_json(text, "seal head")
        try:
            return cls(
                kiosk_id=str(data["kiosk_id"]), epoch=int(str(data["epoch"])), seq=int(str(data["seq"])),
                head_hash=str(data["head_hash"]), prev_tag=str(data["prev_tag"]), tag=str(data["tag"]),
            )
        except (KeyError, TypeError, ValueError):
            raise SealFileError("not a seal head file") from None


def make_seal(key: bytes, kiosk_id: str, epoch: int, seq: int, head_hash: str, prev_tag: str) -> Seal:
    return Seal(kiosk_id, epoch, seq, head_hash, prev_tag, _tag(key, kiosk_id, epoch, seq, head_hash, prev_tag))


def _tag(key: bytes, kiosk_id: str, epoch: int, seq: int, head_hash: str, prev_tag: str) -> str:
    message = json.dumps([kiosk_id, epoch, seq, head_hash, prev_tag], separators=(",", ":"))
    return hmac.new(key, SEAL_CONTEXT + message.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SealingKey:
    """What the kiosk keeps: the current epoch's key only."""

    kiosk_id: str
    epoch: int
    key: bytes
    schedule: SealSchedule

    def evolved_to(self, epoch: int) -> SealingKey:
        """Never backwards; at most MAX_EPOCH_STEPS at once (a clock set decades ahead)."""
        target = min(max(epoch, self.epoch), self.epoch + MAX_EPOCH_STEPS)
        return replace(self, epoch=target, key=derive(self.key, target - self.epoch))

    def seal(self, seq: int, head_hash: str, prev_tag: str) -> Seal:
        return make_seal(self.key, self.kiosk_id, self.epoch, seq, head_hash, prev_tag)

    def to_text(self) -> str:
        return _key_text("sealing", self.kiosk_id, self.key, self.schedule, epoch=self.epoch)

    @classmethod
    def from_text(cls, text: str) -> SealingKey:
        data, key, schedule = _read_key(text, "sealing")
        return cls(str(data["kiosk_id"]), int(str(data["epoch"])), key, schedule)


@dataclass(frozen=True)
class VerificationKey:
    """What the supervisor takes away: epoch 0's key, from which every epoch's key follows.

    Whoever holds it can check every seal, and could also forge them: keep it off the kiosk.
    """

    kiosk_id: str
    key: bytes
    schedule: SealSchedule

    @property
    def created(self) -> datetime:
        return self.schedule.start

    def sealing_key(self) -> SealingKey:
        return SealingKey(self.kiosk_id, 0, self.key, self.schedule)

    def to_text(self) -> str:
        return _key_text("verification", self.kiosk_id, self.key, self.schedule)

    @classmethod
    def from_text(cls, text: str) -> VerificationKey:
        data, key, schedule = _read_key(text, "verification")
        return cls(str(data["kiosk_id"]), key, schedule)


def _key_text(kind: str, kiosk_id: str, key: bytes, schedule: SealSchedule, **extra: int) -> str:
    data = {
        "format": FORMAT, "kind": kind, "kiosk_id": kiosk_id, "key": key.hex(),
        "start": schedule.start.isoformat(), "epoch_seconds": int(schedule.length.total_seconds()), **extra,
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def _read_key(text: str, kind: str) -> tuple[dict[str, object], bytes, SealSchedule]:
    data = _load_json(text, f"{kind} key")
    try:
        if data.get("kind") != kind:
            raise ValueError
        key = bytes.fromhex(str(data["key"]))
        start = require_aware(datetime.fromisoformat(str(data["start"])))
        seconds = int(str(data["epoch_seconds"]))
        if len(key) != KEY_BYTES or seconds <= 0:
            raise ValueError
        int(str(data.get("epoch", 0)))
        str(data["kiosk_id"])
    except (KeyError, TypeError, ValueError):
        raise SealFileError(f"not a {kind} key file of the kiosk") from None
    return data, key, SealSchedule(start, timedelta(seconds=seconds))


def _load_json(text: str, what: str) -> dict[str, object]:
    try:
        data = json.loads(text)
    except ValueError:
        raise SealFileError(f"not a {what} file of the kiosk") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SealFileError(f"not a {what} file of the kiosk (format {FORMAT})")
    return data


@dataclass(frozen=True)
class ChainRow:
    """What the seals need of a log row."""

    seq: int
    at: datetime
    row_hash: str


@dataclass(frozen=True)
class SealProblem:
    """The first thing about a kiosk's seals that does not hold, in words an auditor can act on."""

    kiosk_id: str
    message: str
    seq: int | None = None
    epoch: int | None = None


@dataclass(frozen=True)
class SealCheck:
    problem: SealProblem | None
    seals: int
    unsealed: int  # rows after the last seal: written since, not sealed yet
    genuine: bool  # every seal's tag was checked against the verification key


def check_seals(
    kiosk_id: str,
    rows: Sequence[ChainRow],
    seals: Sequence[Seal],
    head: Seal | None,
    key: VerificationKey | None = None,
    head_expected: bool = False,
) -> SealCheck:
    """The seals of one kiosk against its rows and the head kept outside the database.

    Without a key every link is still checked (a seal names a row that must be there with that hash;
    the head outside the database must be in it), only not whether the tags are genuine.
    """
    problem = _first_problem(kiosk_id, rows, seals, head, key, head_expected)
    last = seals[-1].seq if seals else 0
    unsealed = sum(1 for r in rows if r.seq > last)
    return SealCheck(problem, len(seals), unsealed, key is not None)


def _first_problem(
    kiosk_id: str,
    rows: Sequence[ChainRow],
    seals: Sequence[Seal],
    head: Seal | None,
    key: VerificationKey | None,
    head_expected: bool,
) -> SealProblem | None:
    def problem(message: str, seal: Seal | None = None) -> SealProblem:
        return SealProblem(kiosk_id, message, seal.seq if seal else None, seal.epoch if seal else None)

    if key is not None and not seals:
        return problem(
            f"sealing was set up on {key.created.isoformat(timespec='seconds')}, but the database holds "
            "no seal of this kiosk: its log was deleted or replaced"
        )
    by_seq = {r.seq: r for r in rows}
    ordered = sorted(rows, key=lambda r: r.seq)
    walker = _KeyWalker(key) if key is not None else None
    previous: Seal | None = None
    position = 0
    for seal in seals:
        where = f"the seal of seq {seal.seq} (epoch {seal.epoch})"
        if seal.kiosk_id != kiosk_id:
            return problem(f"{where} names kiosk {seal.kiosk_id}", seal)
        if previous is not None and seal.epoch < previous.epoch:
            return problem(f"{where} is older than the seal before it", seal)
        if seal.prev_tag != (previous.tag if previous else NO_SEAL):
            return problem(f"{where} does not follow the seal before it: a seal was deleted or inserted", seal)
        if walker is not None and not walker.made_with(seal):
            return problem(f"{where} is not genuine: it was not made with this kiosk's sealing key", seal)
        row = by_seq.get(seal.seq)
        if seal.seq == 0:
            if seal.head_hash != GENESIS:
                return problem(f"{where} does not seal an empty log", seal)
        elif row is None:
            return problem(f"{where} seals a row that is missing: the last rows were deleted", seal)
        elif row.row_hash != seal.head_hash:
            since = previous.seq if previous else 0
            return problem(
                f"rows after seq {since} up to seq {seal.seq} were changed after {where} sealed them", seal
            )
        if key is not None and seal.epoch > 0:
            earliest = key.schedule.epoch_start(seal.epoch) - CLOCK_TOLERANCE
            while position < len(ordered) and ordered[position].seq <= seal.seq:
                covered = ordered[position]
                position += 1
                if covered.at < earliest:
                    return problem(
                        f"row seq {covered.seq}, dated {covered.at.isoformat(timespec='seconds')}, is sealed "
                        f"by {where}, which began {key.schedule.epoch_start(seal.epoch).isoformat()}: "
                        "it was sealed again later (rewritten), or written with the clock set back",
                        seal,
                    )
        else:
            while position < len(ordered) and ordered[position].seq <= seal.seq:
                position += 1
        previous = seal
    if head is None:
        if head_expected:
            return problem("the copy of the last seal kept outside the database is missing")
        return None
    if head.kiosk_id != kiosk_id:
        return problem(f"the copy of the last seal kept outside the database names kiosk {head.kiosk_id}")
    if walker is not None and not walker.made_with(head):
        return problem("the copy of the last seal kept outside the database is not genuine", head)
    stored = next((s for s in seals if s.seq == head.seq), None)
    if stored is None:
        if not seals or head.seq > seals[-1].seq:
            return problem(
                f"the database ends before the kiosk's last seal (seq {head.seq}, epoch {head.epoch}, kept "
                "outside the database): its last rows and seals were deleted, or an older copy was put back",
                head,
            )
        return problem(f"the seal of seq {head.seq} kept outside the database is missing from it", head)
    if stored != head:
        return problem(
            f"the seal of seq {head.seq} differs from its copy kept outside the database: the database "
            "was rewritten",
            head,
        )
    return None


class _KeyWalker:
    """Epoch keys from the verification key, derived forwards only as far as the seals need."""

    def __init__(self, key: VerificationKey) -> None:
        self._root = key.key
        self._epoch, self._key = 0, key.key

    def made_with(self, seal: Seal) -> bool:
        if not 0 <= seal.epoch <= MAX_EPOCH_STEPS:
            return False
        if seal.epoch < self._epoch:
            self._epoch, self._key = 0, self._root
        self._key = derive(self._key, seal.epoch - self._epoch)
        self._epoch = seal.epoch
        return seal.is_made_with(self._key)
