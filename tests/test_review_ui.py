"""The staff review at scale and in use (issue 14, point 7): badges readable (WCAG AA
contrast), a phone-wide page, a sortable check-in list, date shortcuts and summary
counts that open the list they count.

The contrast test reads the colours from the CSS itself; the rest runs in Debian's
Chromium against one real ``sciatica-bot review`` process for the module.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from bot.demo import fill
from flows.rules import LEVEL_NAMES
from review import roles
from review.app import TEMPLATES
from review.labels import level_label
from review.queries import SessionRow
from review.views import DEFAULT_SORT, SORTS, _sort, sorted_rows
from tests.reviewkit import chromium, log_in, running_review
from tests.test_review_roles import PASSWORD, add_staff, insert_session

GROUP = "ui-group"
#: The turns of the three check-ins of ``GROUP`` started today, in the order inserted.
TURNS = (17, 3, 8)
PHONE = {"width": 390, "height": 844}


# Contrast (WCAG 2.x): no browser needed.


def _luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (or ``#rgb``)."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _badge_colours() -> dict[str, tuple[str, str]]:
    """Each level's badge (text, background), from the stylesheet in base.html."""
    css = (TEMPLATES / "base.html").read_text()
    found: dict[str, tuple[str, str]] = {}
    for level, body in re.findall(r"\.level-([a-z_]+)\s*\{([^}]*)\}", css):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b", body)
        background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b", body)
        assert colour and background, f".level-{level} needs both a color and a background"
        found[level] = (colour.group(1), background.group(1))
    return found


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#ffffff", "#d4a000") == pytest.approx(2.38, abs=0.01)  # the old "Soon"


def test_every_level_badge_has_a_contrast_of_at_least_4_5() -> None:
    colours = _badge_colours()
    assert set(colours) == set(LEVEL_NAMES)
    for level, (text, background) in colours.items():
        ratio = contrast(text, background)
        assert ratio >= 4.5, f"{level}: {text} on {background} is {ratio:.2f}:1"


def test_badges_take_their_colours_from_the_stylesheet_only() -> None:
    for template in TEMPLATES.glob("*.html"):
        for badge in re.findall(r"<span class=\"badge[^>]*>", template.read_text()):
            assert "style=" not in badge, f"{template.name}: {badge}"
            assert "level-{{" in badge, f"{template.name}: {badge}"


# Sorting: only whitelisted columns.


def test_only_whitelisted_columns_sort_and_rows_without_a_value_come_last() -> None:
    assert _sort(None) == _sort(DEFAULT_SORT) == ("started", True)
    assert _sort("-turns") == ("turns", True) and _sort("turns") == ("turns", False)
    for bad in ("patient", "id; drop table sessions", "--turns", "-", ""):
        assert _sort(bad) == ("started", True), bad
    base = dict(flow_version="1", state="done", status="finished", started_at="2026-01-01")
    base |= dict(reasons=[], sources=[], red_flags=[], ended_state=None, language=None)

    def row(n: str, **more: object) -> SessionRow:
        values = {"age_band": None, "turns": 5, "level": None, **base, **more}
        return SessionRow(id=n, **values)  # type: ignore[arg-type]

    rows = [
        row("a", level="routine", referral=None),
        row("b", level="emergency", referral="x"),
        row("c", unreadable=("level",), referral="a"),
        row("d", level="soon", referral="y"),
    ]
    for descending in (False, True):
        outcome = [r.id for r in sorted_rows(rows, "outcome", descending)]
        assert outcome == (["a", "d", "b", "c"] if descending else ["b", "d", "a", "c"])
        referral = [r.id for r in sorted_rows(rows, "referral", descending)]
        assert referral == (["d", "b", "a", "c"] if descending else ["b", "d", "a", "c"])
    columns = "started status outcome red_flags referral age stopped turns"
    assert set(SORTS) == set(columns.split())


# In the browser: one server and one browser for the module.


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Demo check-ins, plus three of ``GROUP`` today and one last Sunday and one 40 days
    ago (so that "this week" and "today" each leave something out)."""
    path = tmp_path_factory.mktemp("review-ui") / "bot.db"
    fill(path, sessions=60, seed=5)
    today = datetime.now(UTC).date()
    at = {
        "sunday": datetime.combine(_monday(today) - timedelta(days=1), time(9), UTC),
        "long-ago": datetime.combine(today - timedelta(days=40), time(9), UTC),
    }
    with closing(sqlite3.connect(path)) as conn:
        now = datetime.now(UTC)
        for n, turns in enumerate(TURNS):
            started = max(now - timedelta(minutes=n + 1), datetime.combine(today, time(), UTC))
            insert_session(
                conn,
                f"ui-today-{n}",
                referral=GROUP,
                turns=turns,
                started_at=started.isoformat(timespec="milliseconds"),
            )
        for name, moment in at.items():
            insert_session(
                conn,
                f"ui-{name}",
                referral=GROUP,
                started_at=moment.isoformat(timespec="milliseconds"),
            )
        conn.commit()
    add_staff(path, ("nurse", roles.CLINICIAN, ()))
    return path


@pytest.fixture(scope="module")
def site(database: Path) -> Iterator[tuple[Browser, str]]:
    """One review server and one browser for the module."""
    with running_review(database) as base, chromium() as instance:
        yield instance, base


@pytest.fixture
def page(site: tuple[Browser, str]) -> Iterator[Page]:
    browser, base = site
    context = browser.new_context(base_url=base, viewport=PHONE)
    page = context.new_page()
    log_in(page, "nurse", PASSWORD)
    yield page
    context.close()


def _count(database: Path, sql: str, *args: object) -> int:
    with closing(sqlite3.connect(database)) as conn:
        return int(conn.execute(sql, args).fetchone()[0])


def _column(page: Page, n: int) -> list[str]:
    cells = page.locator(f"#sessions tbody tr:not(.unreadable-row) td:nth-child({n})")
    return [c.strip() for c in cells.all_text_contents()]


@pytest.mark.slow
def test_on_a_phone_no_page_is_wider_than_the_screen(page: Page, database: Path) -> None:
    check_in = "ui-today-0"
    paths = ["/", "/sessions", "/sessions?sort=-turns", "/charts", "/followups", "/audit"]
    for path in [*paths, f"/sessions/{check_in}"]:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"] + 1, f"{path} is {width}px wide"
    page.goto("/sessions")
    viewport = page.get_attribute("meta[name=viewport]", "content") or ""
    assert "width=device-width" in viewport
    # the wide table scrolls inside its own box instead
    box = page.locator(".scroll:has(> table#sessions)")
    assert box.count() == 1
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")
    assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"


@pytest.mark.slow
def test_clicking_a_header_sorts_the_list_and_keeps_its_filters(page: Page) -> None:
    page.goto(f"/sessions?referral={GROUP}&date_from={datetime.now(UTC).date()}")
    assert _column(page, 8) == [str(t) for t in TURNS]  # newest first, as inserted
    page.click("th[data-sort=turns] a")
    page.wait_for_url(re.compile(r"sort=turns"))
    assert f"referral={GROUP}" in page.url
    assert _column(page, 8) == [str(t) for t in sorted(TURNS)]
    assert page.get_attribute("th[data-sort=turns]", "aria-sort") == "ascending"
    page.click("th[data-sort=turns] a")
    page.wait_for_url(re.compile(r"sort=-turns"))
    assert _column(page, 8) == [str(t) for t in sorted(TURNS, reverse=True)]
    assert page.get_attribute("th[data-sort=turns]", "aria-sort") == "descending"
    # filtering keeps the order too
    page.select_option("select[name=status]", "finished")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=finished"))
    assert "sort=-turns" in page.url
    assert _column(page, 8) == [str(t) for t in sorted(TURNS, reverse=True)]
    # over the whole list as well: most urgent outcome first
    page.goto("/sessions")
    page.click("th[data-sort=outcome] a")
    page.wait_for_url(re.compile(r"sort=outcome"))
    order = [LEVEL_NAMES.index(o) for o in _outcomes(page)]
    assert len(order) > 2 and order == sorted(order)


def _outcomes(page: Page) -> list[str]:
    labels = {level_label(level): level for level in LEVEL_NAMES}
    return [labels[o] for o in _column(page, 3) if o in labels]


@pytest.mark.slow
def test_today_and_this_week_shortcuts_list_those_days(page: Page, database: Path) -> None:
    today = datetime.now(UTC).date()
    monday = _monday(today)
    day = "select count(*) from sessions where substr(started_at, 1, 10) between ? and ?"
    page.goto(f"/sessions?referral={GROUP}")
    assert page.text_content("#total") == "5"
    page.click("#shortcut-today")
    page.wait_for_url(re.compile(rf"date_from={today}&date_to={today}"))
    assert f"referral={GROUP}" in page.url  # the other filters are kept
    assert page.text_content("#total") == str(len(TURNS))
    assert set(_column(page, 1)) == {today.isoformat()}
    page.click("#shortcut-week")
    page.wait_for_url(re.compile(rf"date_from={monday}&date_to={today}"))
    assert page.text_content("#total") == str(len(TURNS))  # not last Sunday's
    page.click("#shortcut-any")
    page.wait_for_url(re.compile(rf"referral={GROUP}$"))
    assert page.text_content("#total") == "5"
    # over every group
    page.goto("/sessions")
    page.click("#shortcut-week")
    page.wait_for_url(re.compile(r"date_from="))
    expected = _count(database, day, monday.isoformat(), today.isoformat())
    assert page.text_content("#total") == str(expected)
    days = {date.fromisoformat(d) for d in _column(page, 1)}
    assert days and all(monday <= d <= today for d in days)


@pytest.mark.slow
def test_each_summary_count_opens_the_list_it_counts(page: Page, database: Path) -> None:
    page.goto("/sessions")
    links = page.locator("table[data-facet=Outcome] td.n a")
    assert links.count() == len({*_count_levels(database)})
    first = links.first
    count = (first.text_content() or "").strip()
    level = _count_levels(database)[0]
    first.click()
    page.wait_for_url(re.compile(rf"level={level}"))
    assert page.text_content("#total") == count
    assert set(_outcomes(page)) == {level}
    # a status count, within a filter that is kept
    page.goto(f"/sessions?referral={GROUP}")
    page.click("table[data-facet=Status] td.n a")
    page.wait_for_url(re.compile(r"status=finished"))
    assert f"referral={GROUP}" in page.url
    assert page.text_content("#total") == "5"


def _count_levels(database: Path) -> list[str]:
    """The outcome levels that occur, most urgent first (as the summary lists them)."""
    with closing(sqlite3.connect(database)) as conn:
        found = {r[0] for r in conn.execute("select distinct level from sessions")}
    return [level for level in LEVEL_NAMES if level in found]
