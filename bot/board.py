"""The transparency board over HTTP: the tab's page (static files in board/) and its data endpoints.

Every data request is answered in this order, and nothing of the database is read before the first three pass:
the board is set up (BOARD_APP_ID_URI, else 503), the Teams SSO token is good (bot/board_auth.py, else 401 with a
sign-in message), it names a member with a role (else 403); then the query is checked (else 400) and the section
is computed for that member (bot/services/board.py), or for the public when the page is a channel tab.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.board_auth import BoardAuth, Caller, Refused
from bot.rules.access import Viewer
from bot.services import board as service
from bot.services.fees import FeeLineCache
from bot.settings import Settings
from storage import board as storage
from storage.db import Busy, Database
from storage.types import utcnow

log = logging.getLogger(__name__)
PAGE = Path(__file__).resolve().parent.parent / "board"
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)
MAX_DAYS = 3 * 366  # the longest period one request may ask for
QUERY_KEYS = {"from", "to", "member", "view", "format", "bar", "stack"}
# Teams (and Outlook and the Microsoft 365 app, which host tabs too) may frame the page; nothing else loads into it.
FRAMERS = ("https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft "
           "https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://outlook.office.com")
CSP = (f"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       f"base-uri 'none'; form-action 'none'; frame-ancestors 'self' {FRAMERS}")
NOT_SET_UP = "The board is not set up yet: an admin sets BOARD_APP_ID_URI (README: The transparency board)."
NOT_A_MEMBER = ("Accord does not know you yet. Say hello to Accord in a chat, or ask an admin to add you, then "
                "open the board again.")
NO_ROLE = "You are not a member of the network yet; an admin gives you a role, then the board opens for you."


def add_routes(app: web.Application, settings: Settings, db: Database, auth: BoardAuth) -> None:
    """The page at /board/ and its data under /api/board/."""
    endpoints = BoardEndpoints(settings, db, auth)
    app.router.add_get("/board", _redirect)
    app.router.add_get("/board/", endpoints.page)
    app.router.add_get("/board/{name:[A-Za-z0-9_.-]+}", endpoints.static)
    app.router.add_get("/api/board/me", endpoints.me)
    app.router.add_get("/api/board/{section}", endpoints.section)


async def _redirect(_request: web.Request) -> web.Response:
    raise web.HTTPFound("/board/")


class BoardEndpoints:
    """The handlers; one set per app."""

    def __init__(self, settings: Settings, db: Database, auth: BoardAuth) -> None:
        self.settings, self.db, self.auth = settings, db, auth
        self.fee_lines = FeeLineCache()  # fee honour and the scorecard read every fee line; once per change will do

    async def page(self, request: web.Request) -> web.StreamResponse:
        return await self._file("index.html")

    async def static(self, request: web.Request) -> web.StreamResponse:
        return await self._file(request.match_info["name"])

    async def _file(self, name: str) -> web.StreamResponse:
        path = (PAGE / name).resolve()
        if path.parent != PAGE.resolve() or not path.is_file():
            raise web.HTTPNotFound()
        response = web.FileResponse(path)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-cache"
        return response

    async def me(self, request: web.Request) -> web.Response:
        """Who is looking, the members the filter offers, the default period and the sections."""
        viewer_or_refusal = await self._viewer(request)
        if isinstance(viewer_or_refusal, web.Response):
            return viewer_or_refusal
        member, public = viewer_or_refusal
        start, end = service.period(self.settings, None, None, utcnow().astimezone(self.settings.zone).date())

        def read(session) -> list[dict[str, Any]]:
            # Names only: a member's email is not the board's to show.
            return [{"id": r.id, "name": r.name or f"member {r.id}"} for r in storage.members(session)]

        members = await self._read(read)
        if isinstance(members, web.Response):
            return members
        last = (end.astimezone(self.settings.zone).date()).toordinal() - 1
        return _json({"member": {"id": member.id, "name": member.name, "role": member.role},
                      "view": "channel" if public else "personal", "zone": self.settings.timezone,
                      "period": {"from": start.astimezone(self.settings.zone).date().isoformat(),
                                 "to": date.fromordinal(last).isoformat()},
                      "members": members, "sections": list(service.SECTIONS)})

    async def section(self, request: web.Request) -> web.Response:
        """One section's rows and chart as JSON, or its rows as CSV (format=csv)."""
        viewer_or_refusal = await self._viewer(request)
        if isinstance(viewer_or_refusal, web.Response):
            return viewer_or_refusal
        member, public = viewer_or_refusal
        name = request.match_info["section"]
        build = service.SECTIONS.get(name)
        if build is None:
            return _json({"error": f"no such section: {name[:40]}", "sections": list(service.SECTIONS)}, 404)
        query, errors = self._query(request)
        if errors or query is None:
            return _json({"error": "bad query", "errors": errors}, 400)
        viewer = Viewer(None, None, public=True) if public else Viewer(member.id, member.role)
        every = request.query.get("format") == "csv"  # an export has every row; the page the newest ROW_LIMIT
        cached = {"fees_read": self.fee_lines.lines} if name in service.FEE_SECTIONS else {}
        table = await self._read(lambda session: build(session, self.settings, viewer, query,
                                                       limit=None if every else service.ROW_LIMIT, **cached))
        if isinstance(table, web.Response):
            return table
        if every:
            stamp = utcnow().astimezone(self.settings.zone).strftime("%Y%m%d")
            return web.Response(text=table.csv(), content_type="text/csv", charset="utf-8", headers={
                "Content-Disposition": f'attachment; filename="accord-{name}-{stamp}.csv"',
                "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})
        return _json(table.json())

    async def _viewer(self, request: web.Request) -> tuple[Any, bool] | web.Response:
        """The member behind the request's token and whether the page is a channel tab; or the refusal to send."""
        if not self.auth.configured:
            return _json({"error": NOT_SET_UP}, 503)
        checked = await self.auth.check(request.headers.get("Authorization"))
        if isinstance(checked, Refused):
            log.info("board: token refused: %s", checked.reason)
            if checked.status == 503:
                return _json({"error": checked.message}, 503, {"Retry-After": "30"})
            return _json({"error": checked.message, "signin": True}, 401,
                         {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        caller: Caller = checked
        member = await self._read(lambda session: _member(session, caller))
        if isinstance(member, web.Response):
            return member
        if member is None:
            log.info("board: no member has Entra object id %s (tenant %s)", caller.object_id, caller.tenant_id)
            return _json({"error": NOT_A_MEMBER}, 403)
        if not member.role:
            return _json({"error": NO_ROLE}, 403)
        view = request.query.get("view", "personal")
        return member, view == "channel"

    def _query(self, request: web.Request) -> tuple[service.Query | None, list[dict[str, str]]]:
        params = request.query
        errors = [{"field": k[:40], "error": "unknown parameter"} for k in params if k not in QUERY_KEYS]
        for key in QUERY_KEYS:
            if len(params.getall(key, [])) > 1:
                errors.append({"field": key, "error": "given more than once"})
        days = {}
        for key in ("from", "to"):
            value = params.get(key)
            if value is None or value == "":
                days[key] = None
                continue
            parsed = _day(value)
            if parsed is None:
                errors.append({"field": key, "error": "a date YYYY-MM-DD between 2000-01-01 and 2100-12-31"})
            days[key] = parsed
        member_id = None
        if params.get("member"):
            value = params["member"]
            if not value.isascii() or not value.isdigit() or len(value) > 12 or int(value) < 1:
                errors.append({"field": "member", "error": "a member id (a positive whole number)"})
            else:
                member_id = int(value)
        if params.get("view", "personal") not in ("personal", "channel"):
            errors.append({"field": "view", "error": "personal or channel"})
        if params.get("format", "json") not in ("json", "csv"):
            errors.append({"field": "format", "error": "json or csv"})
        for key in ("bar", "stack"):
            if len(params.get(key, "")) > 100:
                errors.append({"field": key, "error": "at most 100 characters"})
        if errors:
            return None, errors
        today = utcnow().astimezone(self.settings.zone).date()
        start, end = service.period(self.settings, days["from"], days["to"], today)
        if end <= start:
            return None, [{"field": "to", "error": "on or after from"}]
        if (end - start).days > MAX_DAYS:
            return None, [{"field": "from", "error": f"a period of at most {MAX_DAYS} days"}]
        return service.Query(start, end, member_id, params.get("bar") or None, params.get("stack") or None), []

    async def _read(self, work):
        """Run a read in a worker thread, in its own transaction; a locked or unreachable database is a 503."""
        def run():
            with self.db.transaction() as session:
                return work(session)
        try:
            return await asyncio.to_thread(run)
        except Busy:
            return _json({"error": "Accord is busy; try again in a few seconds."}, 503, {"Retry-After": "5"})
        except SQLAlchemyError as exc:
            log.warning("board: database unavailable: %s", exc)
            return _json({"error": "The board cannot reach its database right now."}, 503, {"Retry-After": "30"})


def _member(session, caller: Caller):
    member = storage.member_by_object_id(session, caller.object_id)
    if member is None or (member.tenant_id and member.tenant_id.lower() != caller.tenant_id):
        return None
    session.expunge(member)
    return member


def _day(value: str) -> date | None:
    if not DAY.fullmatch(value):
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        return None
    return day if EARLIEST <= day <= LATEST else None


def _json(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response(body, status=status, headers={"Cache-Control": "no-store", **(headers or {})})


def openapi_paths() -> dict[str, Any]:
    """The board's data endpoints, for the OpenAPI document at /api/openapi.json."""
    def answer(description: str, schema: str = "Error") -> dict[str, Any]:
        return {"description": description,
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}

    refusals = {"401": answer("No token, or a bad one (signature, issuer, audience, lifetime, tenant): a sign-in "
                              "message, never data."),
                "403": answer("The token is good but names no member with a role."),
                "503": answer("BOARD_APP_ID_URI is not set, Entra ID's keys cannot be read, or the database is busy.")}
    day = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    view = {"name": "view", "in": "query", "required": False, "description": "channel: the public view (a channel "
            "tab)", "schema": {"type": "string", "enum": ["personal", "channel"]}}
    parameters = [
        {"name": "section", "in": "path", "required": True, "schema": {"type": "string",
                                                                       "enum": list(service.SECTIONS)}},
        {"name": "from", "in": "query", "required": False, "description": "first day, in the network's time zone "
         "(default: a year before `to`)", "schema": day},
        {"name": "to", "in": "query", "required": False, "description": "last day (default: today)", "schema": day},
        {"name": "member", "in": "query", "required": False, "description": "only rows about this member",
         "schema": {"type": "integer", "minimum": 1}},
        view,
        {"name": "format", "in": "query", "required": False, "schema": {"type": "string", "enum": ["json", "csv"]}},
        {"name": "bar", "in": "query", "required": False, "description": "only the rows behind this bar of the chart "
         "(a label: a month YYYY-MM, a source, a status, a fee state)", "schema": {"type": "string", "maxLength": 100}},
        {"name": "stack", "in": "query", "required": False, "description": "and this stack of it (a series name)",
         "schema": {"type": "string", "maxLength": 100}},
    ]
    security = [{"teamsSso": []}]
    return {
        "/api/board/me": {"get": {
            "summary": "Who is looking (from the Teams SSO token), the members the filter offers, the default period.",
            "operationId": "getBoardViewer", "security": security, "parameters": [view],
            "responses": {"200": answer("The viewer.", "BoardViewer"), "400": answer("Bad query."), **refusals}}},
        "/api/board/{section}": {"get": {
            "summary": "One section of the transparency board as the viewer may see it: rows, chart, notes; or its "
                       "rows as CSV (format=csv).",
            "operationId": "getBoardSection", "security": security, "parameters": parameters,
            "responses": {"200": {"description": "The section.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/BoardSection"}},
                "text/csv": {"schema": {"type": "string"}}}},
                "400": answer("Query errors, all of them."), "404": answer("No such section."), **refusals}}},
    }


def openapi_components() -> tuple[dict[str, Any], dict[str, Any]]:
    """The board's schemas and its security scheme."""
    series = {"type": "object", "properties": {"name": {"type": "string"},
                                               "values": {"type": "array", "items": {"type": "integer"}}}}
    schemas = {
        "BoardSection": {"type": "object", "required": ["name", "title", "columns", "rows", "total", "chart"],
                         "properties": {
                             "name": {"type": "string"}, "title": {"type": "string"},
                             "columns": {"type": "array", "items": {"type": "object", "properties": {
                                 "key": {"type": "string"}, "label": {"type": "string"}}}},
                             "rows": {"type": "array", "items": {"type": "array"}},
                             "total": {"type": "integer"},
                             "chart": {"type": "object", "properties": {
                                 "kind": {"type": "string"}, "stacked": {"type": "boolean"},
                                 "horizontal": {"type": "boolean"},
                                 "labels": {"type": "array", "items": {"type": "string"}},
                                 "series": {"type": "array", "items": series},
                                 "label_column": {"type": "string"}, "series_column": {"type": "string"}}},
                             "notes": {"type": "array", "items": {"type": "string"}}}},
        "BoardViewer": {"type": "object", "properties": {
            "member": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                                                        "role": {"type": "string"}}},
            "view": {"type": "string"}, "zone": {"type": "string"},
            "period": {"type": "object", "properties": {"from": {"type": "string"}, "to": {"type": "string"}}},
            "members": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"}}}},
            "sections": {"type": "array", "items": {"type": "string"}}}},
    }
    scheme = {"teamsSso": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                           "description": "A Teams SSO token (teams-js authentication.getAuthToken) for "
                                          "BOARD_APP_ID_URI, from an allowed tenant."}}
    return schemas, scheme
