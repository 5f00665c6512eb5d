"""The insights page: bot/office/insights.py's figures as one self-contained HTML file with inline SVG charts.

Owns the page that ``python -m eval insights`` writes and ``/admin/insights``
serves. Charts are drawn with matplotlib's object API (no pyplot, no global
state) as SVG with text kept as text (so it stays readable and searchable);
math parsing is off, so a "$" in a student's question is shown as typed.
Every student's text is HTML-escaped: a question is data, never markup.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from html import escape

from bot.office.insights import Insights

COLOURS = {"answered": "#1b6e3a", "fallback": "#a15c00", "refused": "#6b6b6b", "bar": "#1f4e9a", "late": "#8a2b2b"}
RC = {
    "svg.fonttype": "none",
    "text.parse_math": False,
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _svg(fig, salt: str) -> str:
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({**RC, "svg.hashsalt": salt}):
        fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _figure(width: float, height: float):
    import matplotlib

    with matplotlib.rc_context(RC):
        from matplotlib.figure import Figure

        return Figure(figsize=(width, height), layout="constrained")


def _short(text: str, width: int = 60) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def barh_chart(labels: list[str], values: list[int], title: str, salt: str, colour: str = COLOURS["bar"]) -> str:
    import matplotlib

    with matplotlib.rc_context(RC):
        fig = _figure(8, 0.4 * len(labels) + 1.0)
        ax = fig.subplots()
        ax.barh(range(len(labels)), values, color=colour)
        ax.set_yticks(range(len(labels)), [_short(label) for label in labels])
        ax.invert_yaxis()
        ax.set_xlabel("questions")
        ax.set_title(title, loc="left")
        for i, v in enumerate(values):
            ax.text(v, i, f" {v}", va="center")
        return _svg(fig, salt)


def shares_chart(insights: Insights) -> str:
    import matplotlib

    days = insights.outcomes_by_day
    with matplotlib.rc_context(RC):
        fig = _figure(8, 3.2)
        ax = fig.subplots()
        x = range(len(days))
        bottom = [0.0] * len(days)
        for kind in ("answered", "fallback", "refused"):
            values = [getattr(d, kind) * 100 for d in days]
            ax.bar(x, values, bottom=bottom, color=COLOURS[kind], label=kind)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_xticks(list(x), [d.day[5:] for d in days], rotation=90 if len(days) > 7 else 0)
        ax.set_ylabel("% of the day's questions")
        ax.set_ylim(0, 100)
        ax.set_title("Answered, fallback and refused, per day", loc="left")
        ax.legend(loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
        return _svg(fig, "shares")


def hours_chart(insights: Insights) -> str:
    import matplotlib

    from bot.office.insights import OFFICE_HOURS

    with matplotlib.rc_context(RC):
        fig = _figure(8, 2.6)
        ax = fig.subplots()
        colours = [COLOURS["bar"] if OFFICE_HOURS[0] <= h < OFFICE_HOURS[1] else COLOURS["late"] for h in range(24)]
        ax.bar(range(24), insights.by_hour, color=colours)
        ax.set_xticks(range(0, 24, 2))
        ax.set_xlabel(f"hour of the day ({insights.after_hours.get('timezone')}); red: outside office hours")
        ax.set_ylabel("questions")
        ax.set_title("When students ask", loc="left")
        return _svg(fig, "hours")


def _pct(value: float | int | str | None) -> str:
    return "–" if value is None else f"{float(value) * 100:.0f}%"


def _groups_table(insights: Insights, mark: Callable[[str], str] | None = None) -> str:
    """``mark(question)``: HTML shown after a listed question (staff-note marks and buttons, bot/web/corrections.py)."""
    rows = []
    for g in insights.unanswered_groups:
        examples = "".join(f"<li>{escape(e)}{mark(e) if mark else ''}</li>" for e in g.examples)
        rows.append(
            f"<tr><td class=num>{g.count}</td><td><strong>{escape(g.label)}</strong><ul>{examples}</ul></td></tr>"
        )
    if not rows:
        return "<p>No unanswered questions in this period.</p>"
    return (
        "<table><thead><tr><th scope=col>asked</th><th scope=col>question group (most typical first) and "
        "examples</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


CSS = """
body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;\
padding:1rem 1.5rem 3rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{border:1px solid #bbb;border-radius:6px;padding:.6rem .9rem;min-width:9rem}
.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;\
vertical-align:top}
td.num{text-align:right;font-weight:bold;width:4rem} ul{margin:.2rem 0 0 1rem;padding:0;color:#333}
svg{max-width:100%;height:auto} .muted{color:#555}
"""


def render(
    insights: Insights,
    title: str = "careerbot insights",
    *,
    mark: Callable[[str], str] | None = None,
    extra: str = "",
    head: str = "",
) -> str:
    """The whole page as one HTML string (no external files, scripts or fonts). The admin page adds to it: ``mark``
    (HTML after each listed question), ``extra`` (HTML after the unanswered groups) and ``head`` (e.g. a script)."""
    t, after = insights.totals, insights.after_hours
    n = t["questions"] or 1
    cards = [
        ("questions", f"{t['questions']}"),
        ("answered", _pct(t["answered"] / n if t["questions"] else None)),
        ("refused", _pct(t["refused"] / n if t["questions"] else None)),
        ("fallback", _pct(t["fallback"] / n if t["questions"] else None)),
        ("thumbs up", f"{_pct(insights.feedback.get('thumbs_up_rate'))} <small>of {t['votes']}</small>"),
        ("after hours", f"{_pct(after.get('share'))} <small>of {after.get('of')}</small>"),
    ]
    groups = insights.unanswered_groups[:12]
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport "
        f"content='width=device-width,initial-scale=1'><title>{escape(title)}</title><style>{CSS}</style>{head}</head>"
        "<body><main>",
        f"<h1>{escape(title)}</h1><p class=muted>From {escape(str(insights.period['from']))} to "
        f"{escape(str(insights.period['to']))} (UTC); "
        f"generated {escape(insights.generated_at)}. Questions are stored redacted; no answer text, "
        "history or address is kept.</p>",
        "<div class=cards>"
        + "".join(f"<div class=card>{label}<b>{value}</b></div>" for label, value in cards)
        + "</div>",
        "<h2>What the guide does not answer</h2><p>Questions careerbot refused, grouped by meaning: "
        "the office's list of content to write.</p>",
        barh_chart([g.label for g in groups], [g.count for g in groups], "Unanswered question groups", "groups")
        if groups
        else "",
        _groups_table(insights, mark),
        extra,
        "<h2>Top topics</h2><p>Sections of the guide cited most in answers.</p>",
        barh_chart(
            [str(s["section"]) for s in insights.top_sections],
            [int(s["count"]) for s in insights.top_sections],
            "Most cited sections",
            "sections",
        )
        if insights.top_sections
        else "<p>No answers with citations yet.</p>",
        "<h2>Outcomes over time</h2>",
        shares_chart(insights) if insights.outcomes_by_day else "<p>No questions yet.</p>",
        f"<h2>When students ask</h2><p>{_pct(after.get('share'))} of questions came outside office hours "
        f"({escape(str(after.get('office_hours')))}, {escape(str(after.get('timezone')))}).</p>",
        hours_chart(insights) if t["questions"] else "",
        "</main></body></html>",
    ]
    return "\n".join(parts)
