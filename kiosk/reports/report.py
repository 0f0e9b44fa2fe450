"""The attendance report as HTML (inline SVG chart) or PDF (the same HTML laid out by Qt)."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from kiosk.domain.programme import Event
from kiosk.errors import UsageError
from kiosk.private_files import restrict
from kiosk.reports.summary import Summary, arrival_series
from kiosk.reports.words import refusal_words, verdict_words

STYLE = """
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; color: #1d2733; margin: 24px; }
h1 { font-size: 20pt; margin: 0 0 4px 0; } h2 { font-size: 14pt; margin: 22px 0 6px 0; color: #23415f; }
p.meta { color: #5a6673; margin: 0 0 12px 0; }
table { border-collapse: collapse; margin: 4px 0 8px 0; }
th, td { border: 1px solid #c9d1da; padding: 4px 10px; text-align: left; }
th { background: #eef2f6; } td.n { text-align: right; }
.ok { color: #1e6b35; font-weight: bold; } .bad { color: #a4161a; font-weight: bold; }
"""


def chart_svg(summary: Summary, width: int = 900, height: int = 260) -> str:
    series = arrival_series(summary)
    if not series:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="60"><text x="10" y="35" font-size="14" fill="#5a6673">No admissions recorded.</text></svg>'
    left, bottom, top = 44, 40, 14
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(n for _, n in series) or 1
    bar_w = plot_w / len(series)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="DejaVu Sans, sans-serif" font-size="11">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#5a6673"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#5a6673"/>',
    ]
    for tick in sorted({0, peak // 2, peak}):
        y = top + plot_h - plot_h * tick / peak
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5a6673">{tick}</text>')
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e3e8ee"/>')
    label_every = max(1, len(series) // 12)
    for i, (bucket, count) in enumerate(series):
        x = left + i * bar_w
        h = plot_h * count / peak
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{max(bar_w - 2, 1):.1f}" '
            f'height="{h:.1f}" fill="#2f6f9f"/>'
        )
        if i % label_every == 0:
            label = (
                bucket.strftime("%d/%m %H:%M")
                if i == 0 or bucket.hour == 0 and bucket.minute == 0
                else bucket.strftime("%H:%M")
            )
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" fill="#1d2733">{label}</text>'
            )
    parts.append(f'<text x="{left}" y="{height - 6}" fill="#5a6673">Admissions per 10 minutes (event time)</text>')
    parts.append("</svg>")
    return "".join(parts)


def report_html(
    summary: Summary,
    event: Event,
    chain_ok: bool,
    generated: datetime,
    chart: str,
    heads: dict[str, tuple[int, str]] | None = None,
) -> str:
    e = html.escape

    def session_name(code: str) -> str:
        return event.sessions[code].name("en") if code in event.sessions else code

    keys = sorted(set(summary.admitted) | set(summary.refused))
    per_session = (
        "".join(
            f"<tr><td>{e(session_name(s))}</td><td>{e(c)}</td>"
            f"<td class='n'>{summary.admitted[(s, c)]}</td><td class='n'>{summary.refused[(s, c)]}</td></tr>"
            for s, c in keys
        )
        or "<tr><td colspan='4'>No decisions recorded.</td></tr>"
    )
    denials = (
        "".join(
            f"<tr><td>{e(verdict_words(code))}</td><td><code>{e(code)}</code></td><td class='n'>{n}</td></tr>"
            for code, n in summary.denials.most_common()
        )
        or "<tr><td colspan='3'>None.</td></tr>"
    )
    refusals = (
        "".join(
            f"<tr><td>{e(refusal_words(reason))}</td><td class='n'>{n}</td></tr>"
            for reason, n in summary.refusal_reasons.most_common()
        )
        or "<tr><td colspan='2'>None.</td></tr>"
    )
    period = (
        f"{summary.first:%d %b %Y %H:%M} – {summary.last:%d %b %Y %H:%M}"
        if summary.first and summary.last
        else "no activity"
    )
    head_rows = (
        "".join(
            f"<tr><td>{e(kiosk)}</td><td class='n'>{seq}</td><td><code>{digest}</code></td></tr>"
            for kiosk, (seq, digest) in sorted((heads or {}).items())
        )
        or "<tr><td colspan='3'>No rows.</td></tr>"
    )
    chain = "<span class='ok'>intact</span>" if chain_ok else "<span class='bad'>BROKEN — run kiosk log verify</span>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Attendance report — {e(event.name("en"))}</title>
<style>{STYLE}</style></head><body>
<h1>Media attendance report</h1>
<p class="meta">{e(event.name("en"))} · {e(period)} (event time, {e(event.timezone)}) · generated {generated:%d %b %Y %H:%M} · log chain {chain}</p>
<h2>Totals</h2>
<table><tr><th>Badge scans</th><th>Denied at scan</th><th>Admitted</th><th>Refused after document check</th><th>Admissions annulled</th></tr>
<tr><td class='n'>{summary.scans}</td><td class='n'>{sum(summary.denials.values())}</td><td class='n'>{summary.total_admitted}</td><td class='n'>{summary.total_refused}</td><td class='n'>{summary.annulled}</td></tr></table>
<h2>Admissions and refusals per session and checkpoint</h2>
<table><tr><th>Session</th><th>Checkpoint</th><th>Admitted</th><th>Refused</th></tr>{per_session}</table>
<h2>Arrivals</h2>
{chart}
<h2>Denials at scan, by reason</h2>
<table><tr><th>Reason</th><th>Code</th><th>Count</th></tr>{denials}</table>
<h2>Refusals after the document check, by reason</h2>
<table><tr><th>Reason</th><th>Count</th></tr>{refusals}</table>
<h2>Log chain heads</h2>
<p class="meta">Keep this page: if anyone later rewrites the log, its last hashes will no longer match these.</p>
<table><tr><th>Kiosk</th><th>Rows</th><th>Last hash (SHA-256)</th></tr>{head_rows}</table>
</body></html>
"""


def write_report(
    summary: Summary,
    event: Event,
    chain_ok: bool,
    generated: datetime,
    out: Path,
    heads: dict[str, tuple[int, str]] | None = None,
) -> None:
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".html", ".htm"):
        page = report_html(summary, event, chain_ok, generated, chart_svg(summary), heads)
        out.write_text(page, encoding="utf-8")
    elif suffix == ".pdf":
        _write_pdf(summary, event, chain_ok, generated, out, heads)
    else:
        raise UsageError("the report is written as .html or .pdf")
    restrict(out)  # owner-only, also when it replaced an older report


def _write_pdf(
    summary: Summary,
    event: Event,
    chain_ok: bool,
    generated: datetime,
    out: Path,
    heads: dict[str, tuple[int, str]] | None,
) -> None:
    """Qt lays the same HTML out on A4; the SVG chart goes in as an image resource."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = chart_svg(summary, width=900, height=260)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    writer = QPdfWriter(str(out))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setTitle("Media attendance report")
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), image)
    page_width = 660
    chart = f'<img src="chart.png" width="{page_width}" height="{int(page_width * size.height() / size.width())}">'
    document.setHtml(report_html(summary, event, chain_ok, generated, chart, heads))
    document.setPageSize(QSizeF(writer.width() / writer.resolution() * 96, writer.height() / writer.resolution() * 96))
    document.print_(writer)
