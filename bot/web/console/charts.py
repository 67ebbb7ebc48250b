"""Charts as SVG drawn on the server: no JavaScript, no outside service, nothing for the
console's Content-Security-Policy to allow (`img-src`/`script-src` stay 'self').

Three shapes cover the insights page: grouped columns (a weekly trend), horizontal
bars (the funnel, top unmet demand) and a line of a rate 0..1 over weeks. Every text
that came from data is escaped; each chart carries a <title> for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

PALETTE = ("#0b5cab", "#15803d", "#b45309", "#6b7785")
WIDTH = 640
FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def _svg(title: str, height: int, body: list[str]) -> Markup:
    return Markup(  # noqa: S704 (every text from data went through escape)
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} '
        f'{height}" width="100%" xmlns="http://www.w3.org/2000/svg" {FONT}>'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _legend(series: Sequence[str], y: int) -> list[str]:
    out, x = [], 40
    for i, name in enumerate(series):
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{PALETTE[i]}"/>')
        out.append(f'<text x="{x + 14}" y="{y}">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return out


def columns(
    title: str, series: Sequence[str], rows: Sequence[tuple[str, Sequence[float]]]
) -> Markup:
    """Grouped columns: one group per row label (a week), one column per series."""
    height, top, bottom, left = 230, 24, 190, 40
    if not rows:
        return _svg(title, 60, ['<text x="40" y="30">No activity in this range.</text>'])
    peak = max((v for _, values in rows for v in values), default=0) or 1
    group = (WIDTH - left - 10) / len(rows)
    bar = max(2.0, min(28.0, group * 0.8 / len(series)))
    body = _legend(series, 14)
    body.append(
        f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - 10}" y2="{bottom}" stroke="#c3ccd6"/>'
    )
    body.append(f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{peak:g}</text>')
    for i, (label, values) in enumerate(rows):
        x0 = left + i * group + (group - bar * len(series)) / 2
        for j, value in enumerate(values):
            h = (bottom - top) * value / peak
            body.append(
                f'<rect x="{x0 + j * bar:.1f}" y="{bottom - h:.1f}" width="{bar - 1:.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[j]}"><title>{escape(label)} · '
                f"{escape(series[j])}: {value:g}</title></rect>"
            )
        if len(rows) <= 16 or i % max(1, len(rows) // 12) == 0:
            body.append(
                f'<text x="{left + (i + 0.5) * group:.1f}" y="{bottom + 14}" '
                f'text-anchor="middle">{escape(label[5:])}</text>'
            )
    return _svg(title, height, body)


def hbars(title: str, rows: Sequence[tuple[str, float, str]]) -> Markup:
    """Horizontal bars, largest first as given: (label, value, value as shown)."""
    if not rows:
        return _svg(title, 40, ['<text x="10" y="24">Nothing to show.</text>'])
    left, row_h = 220, 24
    peak = max(v for _, v, _ in rows) or 1
    body = []
    for i, (label, value, shown) in enumerate(rows):
        y = 8 + i * row_h
        w = (WIDTH - left - 90) * value / peak
        text = label if len(label) <= 34 else label[:33] + "…"
        body.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(text)}</text>')
        body.append(
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
            f'fill="{PALETTE[0]}"><title>{escape(label)}: {escape(shown)}</title></rect>'
        )
        body.append(f'<text x="{left + w + 6:.1f}" y="{y + 14}">{escape(shown)}</text>')
    return _svg(title, 16 + len(rows) * row_h, body)


def rate_line(title: str, points: Sequence[tuple[str, float]]) -> Markup:
    """A rate 0..1 per week as a line with dots, the axis from 0 % to 100 %."""
    height, top, bottom, left = 200, 14, 170, 40
    if not points:
        return _svg(title, 60, ['<text x="40" y="30">No activity in this range.</text>'])
    step = (WIDTH - left - 20) / max(1, len(points) - 1)
    xy = [(left + i * step, bottom - (bottom - top) * v) for i, (_, v) in enumerate(points)]
    body = [
        f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - 10}" y2="{bottom}" stroke="#c3ccd6"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">100%</text>',
        f'<text x="{left - 4}" y="{bottom}" text-anchor="end">0%</text>',
        '<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
            PALETTE[1], " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
        ),
    ]
    for (label, value), (x, y) in zip(points, xy, strict=True):
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[1]}">'
            f"<title>{escape(label)}: {value:.0%}</title></circle>"
        )
        body.append(
            f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle">{escape(label[5:])}</text>'
        )
    return _svg(title, height, body)
