"""The PDF report: profile, plan and progress (and the couple view when both shared),
rendered by WeasyPrint from a template with the same SVG charts as the pages."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from nearer.accounts.models import User
from nearer.checkins.services import (
    progress_barriers_svg,
    progress_history,
    progress_satisfaction_svg,
)
from nearer.checkups import services as checkups
from nearer.core.charts import profile_chart_svg
from nearer.core.couple_chart import couple_chart_svg
from nearer.couples.services import couple_view
from nearer.plans.services import plan_active, plan_sessions
from nearer.web.catalog import site_catalog


def report_context(*, user: User) -> dict[str, Any]:
    catalog = site_catalog()
    titles = {b.slug: b.title for b in catalog.barriers}
    history = checkups.checkup_history(user=user)
    latest = history[0] if history else None
    context: dict[str, Any] = {
        "generated": timezone.localdate(),
        "catalog": catalog,
        "latest": latest,
        "history": [
            {
                "checkup": c,
                "priorities": [titles[s] for s in (c.profile or {}).get("priorities", [])],
            }
            for c in history
        ],
    }
    if latest is not None and latest.profile:
        rows = latest.profile["barriers"]
        context["profile_chart"] = mark_safe(  # noqa: S308 — our own generated SVG
            profile_chart_svg(
                tuple(b.title for b in catalog.barriers),
                tuple(r["score"] for r in rows),
                tuple(r["band"] for r in rows),
            )
        )
        context["profile_rows"] = [
            {
                "title": titles[r["slug"]],
                "score": r["score"],
                "band": catalog.band_for(r["score"]).label if r["score"] is not None else "",
            }
            for r in rows
        ]
        context["priorities"] = [catalog.barrier(s) for s in latest.profile["priorities"]]
        context["satisfaction"] = (latest.profile.get("satisfaction") or {}).get("score")
    plan = plan_active(user=user)
    if plan is not None:
        sessions = plan_sessions(plan=plan)
        weeks: dict[int, dict[str, int]] = {}
        for session in sessions:
            week = (session.date - plan.start).days // 7 + 1
            counts = weeks.setdefault(week, {"planned": 0, "done": 0})
            counts["planned"] += 1
            counts["done"] += session.status == "done"
        context["plan"] = {
            "focus": [titles.get(s, s) for s in plan.focus],
            "start": plan.start,
            "weeks": sorted(weeks.items()),
        }
    entries = progress_history(catalog=catalog, user=user)
    if len(entries) >= 2:
        context["progress_chart"] = mark_safe(  # noqa: S308 — our own generated SVG
            progress_barriers_svg(catalog=catalog, entries=entries)
        )
        context["satisfaction_chart"] = mark_safe(  # noqa: S308 — our own generated SVG
            progress_satisfaction_svg(entries=entries)
        )
    view = couple_view(user=user)
    if view is not None:
        context["couple"] = {
            "agree": [titles[s] for s in view.comparison.agree],
            "differ": [titles[s] for s in view.comparison.differ],
        }
        context["couple_chart"] = mark_safe(  # noqa: S308 — our own generated SVG
            couple_chart_svg(
                tuple(b.title for b in catalog.barriers),
                tuple(b.score for b in view.mine.barriers),
                tuple(b.score for b in view.theirs.barriers),
            )
        )
    return context


def report_html(*, user: User) -> str:
    return render_to_string("exports/report.html", report_context(user=user))


def report_pdf(*, user: User) -> bytes:
    from weasyprint import HTML  # imported on use: it is slow to import

    pdf: bytes = HTML(string=report_html(user=user)).write_pdf()
    return pdf
