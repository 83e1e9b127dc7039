"""Accord's entry point: create_app(settings) builds the web app; main() serves it."""

from __future__ import annotations

import asyncio
import ctypes
import errno
import inspect
import logging
import sys
from collections.abc import AsyncIterator, Callable

from aiohttp import web

from bot.adapter import TeamsEndpoint
from bot.board import add_routes as add_board_routes
from bot.board_auth import BoardAuth
from bot.clients import ClientIndex
from bot.connector import Connector
from bot.core import Accord
from bot.installer import Installer
from bot.logs import configure_logging
from bot.mail import GraphMail, mail_sender
from bot.mailbox import Mailbox
from bot.outbox import Sender
from bot.roster import RosterReader
from bot.schedule import Jobs
from bot.settings import Settings, SettingsError, load_settings
from bot.teams import AccordBot
from bot.tokens import AppTokens
from bot.web import health, ready
from bot.webhooks import enquiries_endpoint, openapi_document, quotes_endpoint
from storage.db import Database, shown_url
from storage.schema import pending

log = logging.getLogger("accord")
M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h


def create_app(settings: Settings, clients: ClientIndex | None = None) -> web.Application:
    """Build the database, the bot and the routes; nothing starts until the app runs. `clients`: a client index."""
    db = Database(settings.database_url)
    tokens = AppTokens(settings)
    connector = Connector(tokens, anonymous=settings.anonymous, timeout=settings.send_timeout)
    notices_from = mail_sender(settings)
    mail = GraphMail(settings, notices_from) if notices_from else None
    installer = Installer(settings) if settings.can_install else None
    sender = Sender(db, connector, settings, mail=mail, installer=installer)
    roster = RosterReader(db, connector, settings)
    core = Accord(settings, db, clients)
    jobs = Jobs(core)
    mailbox = Mailbox(settings, db, core.accept_enquiry)
    endpoint = TeamsEndpoint(settings, AccordBot(core, connector), tokens, connector)
    app = web.Application(client_max_size=settings.max_request_bytes)
    app.router.add_post("/api/messages", endpoint.messages)
    app.router.add_get("/healthz", health(db, core.clients))
    app.router.add_get("/readyz", ready(db, core.clients))
    app.router.add_post("/api/enquiries", enquiries_endpoint(settings.enquiry_webhook_secret, core.accept_enquiry))
    app.router.add_post("/api/quotes", quotes_endpoint(settings.quote_webhook_secret, core.accept_quote))
    app.router.add_get("/api/openapi.json", openapi_document)
    board_auth = BoardAuth(settings)
    add_board_routes(app, settings, db, board_auth)

    async def close_clients() -> None:
        for client in (connector, mail, installer, board_auth):
            if client is not None:
                await client.close()

    # Started in this order, stopped in the reverse; if one fails to start, those before it are stopped again.
    # The client index is built in its own thread (seconds at 100,000 clients) and kept fresh there.
    app.cleanup_ctx.extend([
        _running(stop=db.dispose),
        _running(stop=close_clients),
        _running(sender.start, sender.stop),
        _running(roster.start, roster.stop),
        _running(jobs.start, jobs.stop),
        _running(mailbox.start, mailbox.stop),
        _running(core.start_index, lambda: asyncio.to_thread(core.stop_index)),
    ])
    return app


def _running(start: Callable[[], object] = lambda: None,
             stop: Callable[[], object] = lambda: None) -> Callable[[web.Application], AsyncIterator[None]]:
    """A background piece as aiohttp's cleanup context: started with the app, stopped with it."""
    async def piece(_app: web.Application) -> AsyncIterator[None]:
        await _done(start())
        yield
        await _done(stop())
    return piece


async def _done(result: object) -> None:
    """Wait for a start or stop that is a coroutine; a plain call has already finished."""
    if inspect.isawaitable(result):
        await result


def main() -> None:
    """Serve Accord on the configured port."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings)
    fewer_malloc_arenas()
    if pending(settings.database_url):
        print("accord: the database schema is not up to date: run 'accord db upgrade'", file=sys.stderr)
        raise SystemExit(2)
    if settings.anonymous:
        log.warning("MicrosoftAppId is empty: anonymous development mode, inbound tokens are NOT checked")
    serve(settings, create_app(settings), lambda: print(started(settings), flush=True))


def fewer_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's malloc arenas before any thread starts: by default each thread that allocates may get its own
    (up to eight per core), and the turns' worker threads then hold tens of megabytes more under load."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return  # not glibc (musl, macOS): nothing to cap
    libc.mallopt(M_ARENA_MAX, arenas)


def serve(settings: Settings, app: web.Application, announce: Callable[[], None]) -> None:
    """Run `app` on the configured port until stopped; `announce` once it listens. A busy port is one line."""
    try:
        web.run_app(app, host=settings.host, port=settings.port, print=lambda _: announce(), loop=event_loop())
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        print(f"accord: port {settings.port} is in use: stop what listens there, or choose another port, "
              f"e.g. PORT={settings.port + 1}", file=sys.stderr)
        raise SystemExit(1) from None


def event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's event loop where it installs (Linux, macOS), else asyncio's own. Under 50 askers at once the bot is
    bound to one core, and a third of it went to asyncio's loop and aiohttp's protocol code, which uvloop runs in C."""
    try:
        import uvloop
    except ImportError:  # Windows: no uvloop
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def endpoint(settings: Settings) -> str:
    """The messaging endpoint as someone on this machine reaches it."""
    host = "localhost" if settings.host in ("0.0.0.0", "::", "") else settings.host
    return f"http://{host}:{settings.port}/api/messages"


def started(settings: Settings) -> str:
    """What `make run` prints once Accord listens: where, on which database, and what to do next."""
    lines = [f"Accord is running: {endpoint(settings)}", f"Database: {shown_url(settings.database_url)}"]
    if settings.anonymous:
        lines.append("Next: in another terminal, 'make playground' opens the Microsoft 365 Agents Playground on "
                     "this bot ('make demo' instead loads a sample network and starts both). Stop with Ctrl+C.")
    else:
        lines.append("Next: Teams reaches Accord through the Azure Bot's messaging endpoint "
                     "(README: Connect to Teams). Stop with Ctrl+C.")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
