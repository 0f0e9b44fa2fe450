"""From per-frame texts to scans: a badge held in view is one scan, shown again it is a new one.

Pure: the caller passes each frame's time (the source's own timeline), so tests and the lossless
demo replay exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scan:
    """Badge texts that came into view together.

    `texts` holds one text normally; several mean several different badges in one frame, which
    the verdict must not resolve by picking one. `at` is the frame's time on the source's own
    timeline (video position for files, monotonic clock for cameras). `arrived` is when the
    frame arrived in the scanner (the scanner's clock, monotonic by default) and `latency` the
    time from then to this scan, in seconds; both 0 when unknown. They serve latency figures.
    """

    texts: tuple[str, ...]
    at: float
    latency: float = field(default=0.0, compare=False)
    arrived: float = field(default=0.0, compare=False)

    @property
    def multiple(self) -> bool:
        return len(self.texts) > 1


@dataclass(frozen=True)
class DebounceSettings:
    """When a text seen again counts as a new scan."""

    # unseen this long = left the frame; bridges frames the decoder misses on a held badge
    gone_after: float = 0.7
    # a badge held in view scans again after this long; None: once per showing
    repeat_after: float | None = None

    def __post_init__(self) -> None:
        if self.gone_after <= 0:
            raise ValueError("gone_after must be positive")
        if self.repeat_after is not None and self.repeat_after <= 0:
            raise ValueError("repeat_after must be positive or None")


@dataclass
class Debouncer:
    """Feed it every decoded frame (empty ones too, if you like); it answers with a Scan or None."""

    settings: DebounceSettings = field(default_factory=DebounceSettings)
    _last_seen: dict[str, float] = field(default_factory=dict, init=False)
    _last_scanned: dict[str, float] = field(default_factory=dict, init=False)
    _now: float | None = field(default=None, init=False)

    def reset(self) -> None:
        """Forget everything (a new source, a reconnected camera, a video that restarted)."""
        self._last_seen.clear()
        self._last_scanned.clear()
        self._now = None

    def observe(self, texts: Sequence[str], at: float) -> Scan | None:
        """A Scan when this frame shows a text that is new or due again, else None."""
        if self._now is not None and at < self._now:
            self.reset()  # time went backwards: a different timeline
        self._now = at
        current = tuple(dict.fromkeys(texts))
        self._forget_gone(at)
        fresh = [t for t in current if self._is_due(t, at)]
        for text in current:
            self._last_seen[text] = at
        if not fresh:
            return None
        for text in current:
            self._last_scanned[text] = at
        return Scan(current, at)

    def _is_due(self, text: str, at: float) -> bool:
        if text not in self._last_seen:
            return True
        repeat = self.settings.repeat_after
        return repeat is not None and at - self._last_scanned.get(text, at) >= repeat

    def _forget_gone(self, at: float) -> None:
        gone = [t for t, seen in self._last_seen.items() if at - seen > self.settings.gone_after]
        for text in gone:
            del self._last_seen[text]
            self._last_scanned.pop(text, None)
