"""The JSON API, version 1 (django-ninja). Mounted at ``/api/v1/``; schema at ``openapi.json``.

Every operation needs ``Authorization: Bearer <token>`` (tokens are made at ``/api-tokens/``)
and only ever reads or changes the token owner's own data: someone else's id answers 404, as
if it did not exist. Every error is JSON ``{"detail": "..."}`` (422 adds ``errors``), and
every status an operation can answer is in the schema.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Final

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.params import P, PathEx

from nearer.accounts.audit import record_access
from nearer.accounts.models import User
from nearer.api import schemas as s
from nearer.api.auth import TokenAuth
from nearer.api.services import checkup_submit
from nearer.checkins.services import EmptyCheckinError, checkin_save, checkins_export
from nearer.checkups.models import Checkup
from nearer.checkups.services import checkup_history, checkup_profile, checkup_safety_positive
from nearer.core.catalog import Catalog
from nearer.core.safety import SafetyAnswerError
from nearer.core.scoring import AnswerError, profile_json
from nearer.plans.models import PlanSession
from nearer.plans.services import (
    PlanError,
    plan_active,
    plan_end,
    plan_sessions,
    session_for,
    session_mark_done,
    session_undo,
)
from nearer.web.catalog import site_catalog

logger = logging.getLogger(__name__)

#: The largest id a database row can have (64-bit keys); larger ones are refused as invalid.
MAX_ID: Final = 2**63 - 1
NOT_FOUND: Final = "Not found."
RowId = PathEx[int, P(ge=1, le=MAX_ID, description="The id of one of your own records")]
READ_KIND: Final = "api.read"

DESCRIPTION = """\
Your own Nearer data, for your own scripts and apps.

**Authentication.** Make a token on the *API tokens* page (`/api-tokens/`) and send it with
every request as `Authorization: Bearer <token>`. A token reaches only your own data. Revoke it
there when you no longer need it. There is no cookie or session access to this API.

**Errors** are JSON: `{"detail": "what went wrong"}`; a request that does not match the schema
gets 422 with the list of problems in `errors`. Inputs are strict: answers are whole numbers
(never strings, fractions or `true`/`false`), and unknown fields are refused.

Safety-screen answers are never shared with anyone. Texts sent to `/analyze` are not stored.
"""

api = NinjaAPI(
    title="Nearer API",
    version="1.0.0",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url=None,  # ninja's docs page loads Swagger UI from a CDN; the schema is enough
    auth=TokenAuth(),
)

# --- Errors -------------------------------------------------------------------------------------

E401: Final = {401: s.ErrorOut}
E404: Final = {404: s.ErrorOut}
E422: Final = {422: s.ValidationErrorOut}
E400: Final = {400: s.ErrorOut}


def _error(request: HttpRequest, status: int, detail: str) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = _error(request, 401, exc.message)
    response["WWW-Authenticate"] = 'Bearer realm="nearer"'
    return response


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    detail = exc.message
    if exc.status_code == 400 and detail.startswith("Cannot parse request body"):
        detail = "The request body is not valid JSON."
    return _error(request, exc.status_code, detail)


def _loc(parts: Any) -> list[str | int]:
    loc = [p if isinstance(p, int) and not isinstance(p, bool) else str(p) for p in parts]
    # ninja puts the view's parameter name after "body"; clients never see that name.
    if loc[:2] == ["body", "payload"]:
        del loc[1]
    return loc


def _msg(text: object) -> str:
    return str(text).removeprefix("Value error, ")


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [{"loc": _loc(e.get("loc", ())), "msg": _msg(e.get("msg", ""))} for e in exc.errors]
    shown = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:3])
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    detail = f"The request does not match the schema: {shown}{more}"
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, NOT_FOUND)


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    # The stack without the exception's message: a message can quote someone's words.
    logger.error(
        "API error in %s %s: %s\n%s",
        request.method,
        request.path,
        type(exc).__name__,
        "".join(traceback.format_tb(exc.__traceback__)),
    )
    return _error(request, 500, "Something went wrong on our side. Please try again.")


# --- Helpers ------------------------------------------------------------------------------------


def _user(request: HttpRequest) -> User:
    user = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    return user


def _read(request: HttpRequest) -> User:
    """The token's owner, with the read noted in their access log (no person signed in: the
    log shows "a private link or token", so a token someone else holds shows up there)."""
    user = _user(request)
    record_access(owner=user, actor=None, kind=READ_KIND)
    return user


def _support(catalog: Catalog, message: str) -> dict[str, Any]:
    resources = catalog.resources
    return {
        "message": message,
        "emergency": resources.emergency,
        "resources": [
            {"name": r.name, "kind": r.kind, "detail": r.detail} for r in resources.resources
        ],
    }


SCREEN_MESSAGE: Final = (
    "Some of your answers to the private safety questions suggest things at home may feel"
    " unsafe. That is not your fault, and you do not have to face it alone. Only you can see"
    " this. Sharing with a partner is paused for you."
)
URGENT_MESSAGE: Final = (
    "Some of what you wrote sounds like you may be in danger, or thinking about hurting"
    " yourself. You matter, and you do not have to face this alone. Please reach out now."
)
CONCERN_MESSAGE: Final = (
    "Some of what you wrote sounds heavy, or like things may feel controlling or frightening"
    " at times. That is not your fault. These services are free and confidential."
)


def _scores(stored: Any) -> dict[str, Any]:
    barriers = stored.get("barriers") or []
    satisfaction = stored.get("satisfaction") or {}
    return {
        "barriers": [
            {
                "slug": b["slug"],
                "score": b.get("score"),
                "band": b.get("band"),
                "answered": b.get("answered", 0),
            }
            for b in barriers
        ],
        "priorities": list(stored.get("priorities") or []),
        "satisfaction": {
            "score": satisfaction.get("score"),
            "answered": satisfaction.get("answered", 0),
        },
    }


def _checkup_out(catalog: Catalog, checkup: Checkup) -> dict[str, Any]:
    stored = checkup.profile
    if not isinstance(stored, dict):
        stored = profile_json(checkup_profile(catalog=catalog, checkup=checkup))
    positive = checkup_safety_positive(catalog=catalog, checkup=checkup)
    return {
        "id": checkup.pk,
        "started_at": checkup.started_at,
        "completed_at": checkup.completed_at,
        "scores": _scores(stored),
        "support": _support(catalog, SCREEN_MESSAGE) if positive else None,
    }


def _session_out(catalog: Catalog, session: PlanSession) -> dict[str, Any]:
    practices = {p.id: p for p in catalog.practices()}
    practice = practices.get(session.practice_id)
    return _session_row(session, practice)


def _session_row(session: PlanSession, practice: Any) -> dict[str, Any]:
    return {
        "id": session.pk,
        "date": session.date,
        "practice_id": session.practice_id,
        "title": practice.title if practice else None,
        "barrier": practice.barrier if practice else None,
        "mode": practice.mode if practice else None,
        "minutes": practice.minutes if practice else None,
        "status": session.status,
        "done_at": session.done_at,
        "together_slot": session.together_slot,
    }


def _own_session(request: HttpRequest, session_id: int) -> PlanSession:
    session = session_for(user=_user(request), pk=session_id)
    if session is None:
        raise Http404
    return session


# --- Profile ------------------------------------------------------------------------------------


@api.get(
    "/me",
    response={200: s.MeOut, **E401},
    operation_id="me",
    summary="Your profile",
    tags=["profile"],
)
def me(request: HttpRequest) -> dict[str, Any]:
    """Your account: email address and when you joined. Nothing about a partner."""
    user = _user(request)
    return {"email": user.email, "date_joined": user.date_joined}


# --- Check-ups ----------------------------------------------------------------------------------


@api.get(
    "/checkups",
    response={200: list[s.CheckupSummaryOut], **E401},
    operation_id="checkups_list",
    summary="Your finished check-ups",
    tags=["check-ups"],
)
def checkups_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Finished check-ups, newest first, with the barriers each suggested working on first."""
    rows = []
    for checkup in checkup_history(user=_read(request)):
        stored = checkup.profile if isinstance(checkup.profile, dict) else {}
        rows.append(
            {
                "id": checkup.pk,
                "started_at": checkup.started_at,
                "completed_at": checkup.completed_at,
                "priorities": list(stored.get("priorities") or []),
            }
        )
    return rows


@api.post(
    "/checkups",
    response={201: s.CheckupOut, **E400, **E401, **E422},
    operation_id="checkups_submit",
    summary="Submit a complete check-up",
    tags=["check-ups"],
)
def checkups_submit(request: HttpRequest, payload: s.CheckupIn) -> Status[dict[str, Any]]:
    """Answer every statement at once; the check-up is scored and saved as finished. A check-up
    you have open on the web is left as it is."""
    catalog = site_catalog()
    try:
        checkup = checkup_submit(
            user=_user(request), answers=payload.answers, safety=payload.safety
        )
    except (AnswerError, SafetyAnswerError) as error:
        raise HttpError(400, f"The answers could not be saved: {error}") from error
    return Status(201, _checkup_out(catalog, checkup))


@api.get(
    "/checkups/{id}",
    response={200: s.CheckupOut, **E401, **E404, **E422},
    operation_id="checkups_read",
    summary="One finished check-up's scores",
    tags=["check-ups"],
)
def checkups_read(request: HttpRequest, id: RowId) -> dict[str, Any]:
    """Scores in the shape `nearer score --json` prints. 404 for anything not yours."""
    user = _user(request)
    checkup = Checkup.objects.filter(pk=id, user=user, completed_at__isnull=False).first()
    if checkup is None:
        raise Http404
    record_access(owner=user, actor=None, kind=READ_KIND)
    return _checkup_out(site_catalog(), checkup)


# --- Plan ---------------------------------------------------------------------------------------


@api.get(
    "/plan",
    response={200: s.PlanResponseOut, **E401},
    operation_id="plan_read",
    summary="Your active plan",
    tags=["plan"],
)
def plan_read(request: HttpRequest) -> dict[str, Any]:
    """The active plan and all its sessions (`plan` is null when there is none)."""
    plan = plan_active(user=_read(request))
    if plan is None:
        return {"plan": None}
    practices = {p.id: p for p in site_catalog().practices()}
    return {
        "plan": {
            "id": plan.pk,
            "focus": [str(slug) for slug in plan.focus],
            "together": plan.together,
            "start": plan.start,
            "end": plan_end(plan),
            "sessions": [
                _session_row(row, practices.get(row.practice_id))
                for row in plan_sessions(plan=plan)
            ],
        }
    }


@api.post(
    "/plan/sessions/{id}/done",
    response={200: s.PlanSessionOut, **E401, **E404, 409: s.ErrorOut, **E422},
    operation_id="plan_session_done",
    summary="Mark a practice done",
    tags=["plan"],
)
def plan_session_done(request: HttpRequest, id: RowId) -> dict[str, Any]:
    """Mark one session of your active plan done (again is fine). 409 for a later week's."""
    session = _own_session(request, id)
    try:
        done = session_mark_done(session=session)
    except PlanError as error:
        raise HttpError(409, str(error)) from error
    return _session_out(site_catalog(), done)


@api.post(
    "/plan/sessions/{id}/undo",
    response={200: s.PlanSessionOut, **E401, **E404, **E422},
    operation_id="plan_session_undo",
    summary="Undo marking a practice done",
    tags=["plan"],
)
def plan_session_undo(request: HttpRequest, id: RowId) -> dict[str, Any]:
    """Put a session you marked done back to do (a session not done is left as it is)."""
    session = _own_session(request, id)
    return _session_out(site_catalog(), session_undo(session=session))


# --- Check-ins ----------------------------------------------------------------------------------


@api.get(
    "/checkins",
    response={200: list[s.CheckinOut], **E401},
    operation_id="checkins_list",
    summary="Your check-ins",
    tags=["check-ins"],
)
def checkins_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every check-in, oldest first, with your answers and the scores fixed when saved."""
    rows: list[dict[str, Any]] = checkins_export(user=_read(request))["checkins"]
    return rows


@api.post(
    "/checkins",
    response={200: s.CheckinOut, 201: s.CheckinOut, **E400, **E401, **E422},
    operation_id="checkins_save",
    summary="Save today's check-in",
    tags=["check-ins"],
)
def checkins_save(request: HttpRequest, payload: s.CheckinIn) -> Status[dict[str, Any]]:
    """201 for today's first check-in; 200 when it replaces the one saved earlier today."""
    try:
        checkin, created = checkin_save(
            catalog=site_catalog(), user=_user(request), answers=payload.answers
        )
    except EmptyCheckinError as error:
        raise HttpError(400, "A check-in needs at least one answer.") from error
    except AnswerError as error:
        raise HttpError(400, f"The answers could not be saved: {error}") from error
    body = {
        "day": checkin.day,
        "created_at": checkin.created_at,
        "updated_at": checkin.updated_at,
        "answers": dict(checkin.answers),
        "scores": checkin.scores,
    }
    return Status(201 if created else 200, body)


# --- Analyze ------------------------------------------------------------------------------------


@api.post(
    "/analyze",
    response={200: s.AnalysisOut, **E400, **E401, **E422},
    operation_id="analyze",
    summary="Read barriers, tone and danger signals in a text",
    tags=["analyze"],
)
def analyze_text(request: HttpRequest, payload: s.AnalyzeIn) -> dict[str, Any]:
    """The offline analyzer's reading of a text. The text is not stored or logged."""
    from nearer.core.language import analyze

    result = analyze(payload.text)
    body = result.to_json()
    body["barriers"] = [{"slug": b.slug, "score": float(b.score)} for b in result.barriers]
    support = None
    if result.safety == "urgent":
        support = _support(site_catalog(), URGENT_MESSAGE)
    elif result.safety == "concern":
        support = _support(site_catalog(), CONCERN_MESSAGE)
    body["support"] = support
    return body
