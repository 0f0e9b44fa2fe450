"""What `kiosk log verify` adds on a site: the kiosks' logs as uploaded are the anchor of their own.

At the office, each kiosk's copy on the site (its chain and seals, the alarms its uploads raised); at a
kiosk, its own log against the copy it uploaded. A site out of reach is said in one line: the local
checks stand, this one was not made (as seals without a verification key are said, not failed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kiosk.cli.log_commands import CHAIN_WORDS

if TYPE_CHECKING:
    from kiosk.domain.seal import VerificationKey
    from kiosk.station.station import Station
    from kiosk.storage.site_audit import AnchorCheck, UploadedLogAudit

ALARM_WORDS = {
    "fork": "its log is no longer the one it uploaded to the site: rewritten at the kiosk afterwards",
    "seal": "a seal is no longer the one it uploaded to the site: its log was rewritten at the kiosk afterwards",
    "rollback": "it no longer holds rows it uploaded to the site: rows deleted at the kiosk, or an older copy "
    "of its database put back",
}


def site_lines(station: Station, keys: Mapping[str, VerificationKey]) -> tuple[list[str], bool]:
    """The lines to print and whether everything checked holds."""
    from kiosk.domain.site import SiteRole
    from kiosk.station.site import SiteNotReady, SiteUnreachable
    from kiosk.storage.site_audit import audit_uploads, compare_with_site

    site = station.site
    if site is None:
        return [], True
    try:
        if site.role is SiteRole.OFFICE:
            audits = site.reach(lambda: audit_uploads(site.log, site.seals, keys))
            return _office_lines(audits), all(a.intact for a in audits)
        check = site.reach(lambda: compare_with_site(station.database, site.log, site.seals, site.kiosk_id))
        return [_kiosk_line(check)], check.intact
    except (SiteUnreachable, SiteNotReady) as exc:
        return [f"Site not checked: {exc}"], True


def _office_lines(audits: list[UploadedLogAudit]) -> list[str]:
    lines = []
    for audit in audits:
        kiosk = audit.kiosk_id
        for alarm in audit.alarms:
            where = f", row seq {alarm.seq}" if alarm.kind == "fork" else f", seq {alarm.seq}"
            lines.append(f"BROKEN: kiosk {kiosk}{where}: {ALARM_WORDS.get(alarm.kind, alarm.kind)} ({alarm.detail})")
        if audit.chain is not None:
            brk = audit.chain
            lines.append(
                f"BROKEN: kiosk {kiosk}, its copy on the site: row seq {brk.seq} {CHAIN_WORDS[brk.problem]} "
                "(changed on the server)"
            )
        if audit.truncated:
            lines.append(
                f"BROKEN: kiosk {kiosk}, its copy on the site ends at seq {audit.site_head}, but the site had told "
                f"the kiosk it held up to seq {audit.reported_head}: rows were deleted on the server"
            )
        check = audit.seals
        if check is not None and check.problem is not None:
            lines.append(f"BROKEN: kiosk {kiosk}, its copy on the site: {check.problem.message}")
        if audit.intact:
            if check is None:
                seals = "no seal uploaded"
            else:
                seals = f"{check.seals} seal(s), all {'genuine' if check.genuine else 'linked to the chain'}"
            lines.append(f"Site: kiosk {kiosk}, {audit.rows} row(s) uploaded, as the kiosk wrote them; {seals}")
    if not audits:
        lines.append("Site: no kiosk has uploaded its log yet")
    return lines


def _kiosk_line(check: AnchorCheck) -> str:
    kiosk = check.kiosk_id
    if check.problem == "row":
        return (
            f"BROKEN: kiosk {kiosk}, row id {check.row_id} (seq {check.seq}) is not the row it uploaded to the "
            "site: rewritten here afterwards"
        )
    if check.problem == "missing":
        return (
            f"BROKEN: kiosk {kiosk}, row seq {check.seq} is on the site but no longer here: rows deleted here, or "
            "an older copy of the database put back"
        )
    if check.problem == "seal":
        return f"BROKEN: kiosk {kiosk}, the seal of seq {check.seq} is not the seal it uploaded to the site"
    return (
        f"Site: this kiosk's log is the one it uploaded, up to seq {check.site_head} "
        f"({check.seals} seal(s) on the site)"
    )
