"""Charts as inline SVG, drawn on the server: no JavaScript, nothing from the network.

A hidden group ("<5") is drawn hatched at the threshold's size and labelled
"<5", so a bar never gives away an exact small count. Every mark has a
``<title>`` (a tooltip, and what a screen reader says).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from markupsafe import Markup

from review.aggregates import Cell

WIDTH = 680
FONT = "font-family='system-ui, sans-serif' font-size='12'"
NEUTRAL = "#5f6b7a"


def _hatch(chart_id: str, colour: str) -> str:
    pattern = f"{chart_id}-hatch-{colour.lstrip('#')}"
    return (
        f"<pattern id='{pattern}' width='6' height='6' patternUnits='userSpaceOnUse' "
        f"patternTransform='rotate(45)'><rect width='6' height='6' fill='#fff'/>"
        f"<rect width='3' height='6' fill='{colour}'/></pattern>"
    )


def _fill(chart_id: str, colour: str, hidden: bool) -> str:
    return f"url(#{chart_id}-hatch-{colour.lstrip('#')})" if hidden else colour


def _svg(chart_id: str, title: str, height: int, body: list[str], colours: set[str]) -> Markup:
    defs = "".join(_hatch(chart_id, c) for c in sorted(colours))
    return Markup(
        f"<svg id='{chart_id}' class='chart' role='img' aria-label='{escape(title)}' "
        f"viewBox='0 0 {WIDTH} {height}' width='100%' xmlns='http://www.w3.org/2000/svg' {FONT}>"
        f"<title>{escape(title)}</title><defs>{defs}</defs>{''.join(body)}</svg>"
    )


def _empty(chart_id: str, title: str) -> Markup:
    body = [f"<text x='8' y='24' fill='{NEUTRAL}'>No sessions match these filters.</text>"]
    return _svg(chart_id, title, 40, body, set())


def bars(
    chart_id: str,
    title: str,
    cells: Sequence[Cell],
    label: Callable[[str], str],
    colour: str | Callable[[str], str] = "#1a73e8",
) -> Markup:
    """A horizontal bar per cell, longest first as given, with its count at the end."""
    if not cells:
        return _empty(chart_id, title)
    label_width, row, top = 230, 24, 6
    scale = (WIDTH - label_width - 60) / max(c.drawn for c in cells)
    body, colours = [], set()
    for i, c in enumerate(cells):
        y = top + i * row
        tint = colour(c.key) if callable(colour) else colour
        colours.add(tint)
        name = escape(label(c.key))
        length = max(2.0, c.drawn * scale)
        body.append(
            f"<g class='bar'><title>{name}: {escape(c.text)}</title>"
            f"<text x='{label_width - 8}' y='{y + 15}' text-anchor='end'>{name}</text>"
            f"<rect x='{label_width}' y='{y + 3}' width='{length:.1f}' height='{row - 8}' "
            f"fill='{_fill(chart_id, tint, c.suppressed)}' stroke='{tint}'/>"
            f"<text x='{label_width + length + 6:.1f}' y='{y + 15}'>{escape(c.text)}</text></g>"
        )
    return _svg(chart_id, title, top * 2 + row * len(cells), body, colours)


def stacked_columns(
    chart_id: str,
    title: str,
    columns: Sequence[tuple[date, Sequence[Cell]]],
    label: Callable[[str], str],
    colour: Callable[[str], str],
) -> Markup:
    """One column per week, stacked by series, with a legend; empty series are left out."""
    if not columns:
        return _empty(chart_id, title)
    left, top, plot_height, bottom = 44, 34, 200, 40
    highest = max(sum(c.drawn for c in cells) for _, cells in columns) or 1
    step = (WIDTH - left - 10) / len(columns)
    scale = plot_height / highest
    base = top + plot_height
    series = [c.key for c in columns[0][1]]
    used = [k for i, k in enumerate(series) if any(cells[i].drawn for _, cells in columns)]
    body = [_legend(used, label, colour)]
    body += [
        f"<line x1='{left}' x2='{WIDTH - 10}' y1='{base - v * scale:.1f}' "
        f"y2='{base - v * scale:.1f}' stroke='#dde1e6'/>"
        f"<text x='{left - 6}' y='{base - v * scale + 4:.1f}' text-anchor='end' "
        f"fill='{NEUTRAL}'>{v}</text>"
        for v in sorted({0, highest // 2, highest})
    ]
    colours = {colour(k) for k in used}
    for n, (week, cells) in enumerate(columns):
        x, y = left + n * step + step * 0.15, float(base)
        for c in cells:
            if not c.drawn:
                continue
            height = c.drawn * scale
            y -= height
            tint = colour(c.key)
            body.append(
                f"<rect class='segment' x='{x:.1f}' y='{y:.1f}' width='{step * 0.7:.1f}' "
                f"height='{height:.1f}' fill='{_fill(chart_id, tint, c.suppressed)}' "
                f"stroke='{tint}'><title>Week of {week:%d %b %Y}, {escape(label(c.key))}: "
                f"{escape(c.text)}</title></rect>"
            )
        if n % max(1, len(columns) // 8) == 0:
            body.append(
                f"<text x='{x + step * 0.35:.1f}' y='{base + 16}' text-anchor='middle' "
                f"fill='{NEUTRAL}'>{week:%d %b}</text>"
            )
    return _svg(chart_id, title, top + plot_height + bottom, body, colours)


def _legend(keys: Sequence[str], label: Callable[[str], str], colour: Callable[[str], str]) -> str:
    items, x = [], 44
    for key in keys:
        name = escape(label(key))
        items.append(
            f"<rect x='{x}' y='8' width='12' height='12' fill='{colour(key)}'/>"
            f"<text x='{x + 16}' y='18'>{name}</text>"
        )
        x += 28 + 7 * len(name)
    return "<g class='legend'>" + "".join(items) + "</g>"
