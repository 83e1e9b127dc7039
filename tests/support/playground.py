"""Drive the Microsoft 365 Agents Playground, a local Teams client and Bot Connector, from async tests."""
# The Playground (npm @microsoft/m365agentsplayground, pinned in package.json) POSTs activities to the bot
# and serves the connector API the bot replies to. This module starts it headless with a fixed mock tenant,
# calls the HTTP API its web UI uses, and records every exchange from its log websocket; facts and shapes
# are in tests/PLAYGROUND_NOTES.md. The API is asyncio-only on purpose: a bot served in the test's own
# event loop must keep running while the driver waits, which a blocking driver would prevent.
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

__all__ = [
    "BotMessage",
    "BotMessageTimeout",
    "ConnectorCall",
    "Exchange",
    "MockTenant",
    "MockUser",
    "Playground",
    "PlaygroundError",
    "SentMessage",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EXECUTABLE = REPO_ROOT / "node_modules" / ".bin" / "agentsplayground"
CONFIG_FILE_NAME = ".m365agentsplayground.yml"

# Labels the Playground puts in the "from"/"to" fields of its log items.
_PLAYGROUND_LABEL = "Microsoft 365 Agents Playground"
_BOT_LABEL = "User Application"
_LISTENING = re.compile(rb"Listening on (\d+)")
_AT_TAG = re.compile(r"<at>(.*?)</at>")
_MAX_WS_MESSAGE = 64 * 1024 * 1024
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")

Predicate = Callable[["BotMessage"], bool]


class PlaygroundError(RuntimeError):
    """The Playground could not be started or rejected a request."""

    def __init__(self, message: str, status: int | None = None, body: Any = None) -> None:
        super().__init__(message if status is None else f"{message} (HTTP {status}: {body!r})")
        self.status = status
        self.body = body


class BotMessageTimeout(AssertionError):
    """An expected bot message or delivery did not arrive in time (a test failure, not an infra error)."""


# --------------------------------------------------------------------------------------------------
# Mock tenant
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MockUser:
    """One user of the mock tenant."""

    id: str
    name: str
    aad_object_id: str
    email: str
    given_name: str
    surname: str

    @property
    def upn(self) -> str:
        """User principal name (the Playground's config calls it ``userPrincipleName``)."""
        return self.email

    def account(self) -> dict[str, str]:
        """The ``from`` account the Playground puts on activities this user sends."""
        return {"id": self.id, "name": self.name, "aadObjectId": self.aad_object_id}

    def to_config(self) -> dict[str, str]:
        """This user in the Playground's YAML schema."""
        return {
            "id": self.id,
            "name": self.name,
            "userPrincipleName": self.upn,
            "aadObjectId": self.aad_object_id,
            "givenName": self.given_name,
            "surname": self.surname,
            "email": self.email,
        }


def _user(suffix: str, token: str, given: str, surname: str) -> MockUser:
    return MockUser(
        id=f"29:1{token}",
        name=f"{given} {surname}",
        aad_object_id=f"6f0c2a51-4b7e-4d2a-9c3e-0000000000{suffix}",
        email=f"{given.lower()}.{surname.lower()}@contoso.example",
        given_name=given,
        surname=surname,
    )


@dataclass(frozen=True)
class MockTenant:
    """The Teams world the Playground simulates: one tenant, a bot, six users, three conversations."""

    tenant_id: str = "5d2e8c1a-7b3f-4e6d-a9c0-1f2e3d4c5b6a"
    bot_id: str = "28:3b9a6c0e-2f4d-4a8b-9e1c-7d5f3a2b1c0e"
    bot_name: str = "Accord"
    current_user: MockUser = _user("01", "Vq8ZtN3kLw5RyB2mXc7HdP4sJf6GaT9uEo1Ki0Ql", "Alex", "Morgan")
    users: tuple[MockUser, ...] = (
        _user("02", "Hr4NcW7yTb2QpL9xZm3VkF6sDg8JaE5uRo0Yi1Ct", "Blake", "Chen"),
        _user("03", "Lp6SxA1vGn8ZqT3wKc5MbR9yHd2JeF7uNo4Ui0Xr", "Casey", "Okafor"),
        _user("04", "Tm2KyD9bWq5NxH1rLc8ZgV3sPf6JaB4uEo7Ri0Sn", "Dana", "Novak"),
        _user("05", "Wc7PzR3nKb9XqF1yMt5LgH8sDv2JaN6uEo4Ti0Bm", "Eli", "Santos"),
        _user("06", "Zb5QwE8mTn2XrK9yHc4LfV1sGd7JaP3uNo6Wi0Dk", "Frankie", "Weiss"),
    )
    personal_chat_id: str = "a:1Pk7RfZ2nXw9TqB4mLc6HyD8sVg3JeN5uKo0Ai1Ur"
    group_chat_id: str = "19:6e1f0b2c9d8a4f7e8c3b5a6d7e8f9a0b@thread.v2"
    group_chat_name: str = "Partner desk"
    team_id: str = "19:2a7c4e9f1b3d4c8a9e0f6b5d3c1a2e4f@thread.tacv2"
    team_name: str = "Accord Partners"
    team_aad_group_id: str = "b4c1e7d2-3a9f-4e5b-8c6d-0f1a2b3c4d5e"
    channel_id: str = "19:8d3b1f6a0c2e4a9b8f7d5c3e1a0b9c8d@thread.tacv2"
    channel_name: str = "Deals"

    def __post_init__(self) -> None:
        if len(self.users) != 5:
            raise ValueError("the Playground's config schema requires exactly 5 users besides currentUser")
        if len(self.bot_name) > 42:
            raise ValueError("the Playground's config schema limits the bot name to 42 characters")

    @property
    def general_channel_id(self) -> str:
        """General channel id: in Teams (and the Playground) it equals the team id."""
        return self.team_id

    @property
    def channel_ids(self) -> tuple[str, str]:
        """General and the extra channel."""
        return (self.team_id, self.channel_id)

    @property
    def all_users(self) -> tuple[MockUser, ...]:
        """The current user first, then the five others."""
        return (self.current_user, *self.users)

    def user(self, key: str | MockUser) -> MockUser:
        """Look a user up by id, display name, given name or email."""
        if isinstance(key, MockUser):
            return key
        for u in self.all_users:
            if key in (u.id, u.name, u.given_name, u.email):
                return u
        raise KeyError(f"no mock user {key!r}")

    def to_config(self) -> dict[str, Any]:
        """The tenant in the Playground's config schema (version 0.1.1)."""
        return {
            "version": "0.1.1",
            "tenantId": self.tenant_id,
            "bot": {"id": self.bot_id, "name": self.bot_name},
            "currentUser": self.current_user.to_config(),
            "users": [u.to_config() for u in self.users],
            "personalChat": {"id": self.personal_chat_id},
            "groupChat": {"id": self.group_chat_id, "name": self.group_chat_name},
            "team": {
                "id": self.team_id,
                "name": self.team_name,
                "aadGroupId": self.team_aad_group_id,
                "channels": [{"id": self.channel_id, "name": self.channel_name}],
            },
        }

    def to_yaml(self) -> str:
        """Serialize to YAML (block style, every scalar double-quoted so ids like ``29:...`` stay strings)."""
        return "# Written by tests/support/playground.py; regenerated on every start.\n" + _yaml(self.to_config(), 0)


def _yaml(value: Any, indent: int) -> str:
    # JSON string escapes are valid in YAML double-quoted scalars, which keeps this tiny emitter exact
    # without a PyYAML dependency.
    pad = " " * indent
    out = []
    if isinstance(value, Mapping):
        for k, v in value.items():
            if isinstance(v, (Mapping, list)):
                out.append(f"{pad}{k}:\n{_yaml(v, indent + 2)}")
            else:
                out.append(f"{pad}{k}: {json.dumps(v, ensure_ascii=False)}\n")
    elif isinstance(value, list):
        for item in value:
            body = _yaml(item, indent + 2)
            out.append(f"{pad}- {body.lstrip()}")
    else:
        out.append(f"{pad}{json.dumps(value, ensure_ascii=False)}\n")
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One activity the Playground delivered to the bot, with the bot's HTTP answer."""

    activity: dict[str, Any]
    status: int
    body: Any
    timestamp: int

    @property
    def type(self) -> str:
        """Activity type (message, invoke, installationUpdate, conversationUpdate...)."""
        return self.activity.get("type", "")

    @property
    def name(self) -> str | None:
        """Invoke name, if any."""
        return self.activity.get("name")

    @property
    def conversation_id(self) -> str | None:
        """Conversation the activity was sent in."""
        return (self.activity.get("conversation") or {}).get("id")


@dataclass(frozen=True)
class ConnectorCall:
    """One Bot Connector request the bot made to the Playground (send, update, members, ...)."""

    name: str
    request: Any
    status: int
    response: Any
    timestamp: int


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent (or updated), as the bot sent it."""

    # The Playground's message id, which invokes and submits name. None when the Playground split the
    # activity (text plus attachments, or several list attachments) into several messages and answered
    # 202 without ids; Playground.locate_card then finds the card's part.
    id: str | None
    conversation_id: str | None
    activity: dict[str, Any]
    status: int
    kind: str  # "create" or "update"
    playground_conversation_id: str | None
    timestamp: int

    @property
    def text(self) -> str | None:
        """Message text."""
        return self.activity.get("text")

    @property
    def attachments(self) -> list[dict[str, Any]]:
        """Raw attachments."""
        return self.activity.get("attachments") or []

    @property
    def cards(self) -> list[dict[str, Any]]:
        """Contents of the Adaptive Card attachments."""
        return [
            a.get("content") or {}
            for a in self.attachments
            if a.get("contentType") == "application/vnd.microsoft.card.adaptive"
        ]

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Mention entities."""
        return [e for e in self.activity.get("entities") or [] if e.get("type") == "mention"]

    @property
    def reply_to_id(self) -> str | None:
        """The activity this message replies to (set by botbuilder for in-turn replies)."""
        return self.activity.get("replyToId")

    def card_actions(self, card_index: int = 0) -> list[dict[str, Any]]:
        """Every action of a card, including those nested in containers and ActionSets."""
        return list(_walk_actions(self.cards[card_index]))

    def find_action(self, *, verb: str | None = None, title: str | None = None, card_index: int = 0) -> dict[str, Any]:
        """The first card action with this verb and/or title."""
        for action in self.card_actions(card_index):
            if (verb is None or action.get("verb") == verb) and (title is None or action.get("title") == title):
                return action
        raise KeyError(f"no action verb={verb!r} title={title!r} in message {self.id}")


def _walk_actions(node: Any) -> Iterable[dict[str, Any]]:
    if isinstance(node, dict):
        if str(node.get("type", "")).startswith("Action."):
            yield node
        for value in node.values():
            yield from _walk_actions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_actions(item)


@dataclass(frozen=True)
class SentMessage:
    """What the Playground recorded for a user message, and the bot's answer when it was delivered."""

    message_id: str
    conversation_id: str
    delivery: Exchange | None = None


# --------------------------------------------------------------------------------------------------
# The driver
# --------------------------------------------------------------------------------------------------


@dataclass
class _Log:
    exchanges: list[Exchange] = field(default_factory=list)
    connector_calls: list[ConnectorCall] = field(default_factory=list)
    bot_messages: list[BotMessage] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    ui_events: list[dict[str, Any]] = field(default_factory=list)


class Playground:
    """A headless Agents Playground bound to one bot endpoint; use as ``async with Playground(...) as pg``."""

    def __init__(
        self,
        workdir: str | os.PathLike[str],
        bot_endpoint: str,
        port: int | None = None,
        *,
        tenant: MockTenant | None = None,
        executable: str | os.PathLike[str] | None = None,
        startup_timeout: float = 30.0,
        default_timeout: float = 15.0,
    ) -> None:
        self.workdir = Path(workdir)
        self.bot_endpoint = bot_endpoint
        self.requested_port = port
        self.tenant = tenant or MockTenant()
        self.executable = Path(executable or os.environ.get("ACCORD_PLAYGROUND_BIN") or DEFAULT_EXECUTABLE)
        self.startup_timeout = startup_timeout
        self.default_timeout = default_timeout
        self.port: int | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._ui_ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._ui_reader: asyncio.Task[None] | None = None
        self._changed = asyncio.Condition()
        self._reset_records()

    def _reset_records(self) -> None:
        self._log = _Log()
        self._claimed_exchanges: set[int] = set()
        self._claimed_messages: set[int] = set()
        self._message_ids: set[str] = set()
        self._located: dict[tuple[int, int], tuple[str, str]] = {}
        self._own_connector_calls: list[Any] = []
        self._reader_error: str | None = None

    # ---- tenant shortcuts ------------------------------------------------------------------------

    @property
    def bot_id(self) -> str:
        """The bot's Teams id (``28:...``)."""
        return self.tenant.bot_id

    @property
    def current_user(self) -> MockUser:
        """The user the Playground UI acts as."""
        return self.tenant.current_user

    @property
    def users(self) -> tuple[MockUser, ...]:
        """The five other users (members of the group chat and the team)."""
        return self.tenant.users

    @property
    def personal_chat_id(self) -> str:
        """The current user's 1:1 chat with the bot."""
        return self.tenant.personal_chat_id

    @property
    def group_chat_id(self) -> str:
        """The group chat (all six users)."""
        return self.tenant.group_chat_id

    @property
    def team_id(self) -> str:
        """The team id, which is also the General channel's conversation id."""
        return self.tenant.team_id

    @property
    def general_channel_id(self) -> str:
        """General channel conversation id (equals the team id)."""
        return self.tenant.general_channel_id

    @property
    def channel_id(self) -> str:
        """The extra (non-General) channel."""
        return self.tenant.channel_id

    @property
    def url(self) -> str:
        """Base URL of the Playground (UI, its own API and the connector share the port)."""
        if self.port is None:
            raise PlaygroundError("Playground is not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def service_url(self) -> str:
        """The serviceUrl the Playground puts on activities (it names itself ``localhost``)."""
        if self.port is None:
            raise PlaygroundError("Playground is not started")
        return f"http://localhost:{self.port}/_connector"

    @property
    def log_file(self) -> Path:
        """The Playground's own log (console output and errors land here, not on stdout)."""
        return self.workdir / "devTools" / "m365agentsplayground.log"

    @property
    def exchanges(self) -> list[Exchange]:
        """Every activity delivered to the bot, in order, with the bot's HTTP answer."""
        return list(self._log.exchanges)

    @property
    def connector_calls(self) -> list[ConnectorCall]:
        """Every connector request the bot made, in order."""
        return list(self._log.connector_calls)

    @property
    def bot_messages(self) -> list[BotMessage]:
        """Every message the bot sent or updated, in order."""
        return list(self._log.bot_messages)

    @property
    def notices(self) -> list[str]:
        """The Playground's text log lines (for example 'Cannot connect to your app')."""
        return list(self._log.notices)

    def resolve(self, conversation: str) -> str:
        """Map an alias (personal, groupChat, team, general, channel) to a conversation id; pass ids through."""
        aliases = {
            "personal": self.personal_chat_id,
            "groupChat": self.group_chat_id,
            "group": self.group_chat_id,
            "team": self.team_id,
            "general": self.general_channel_id,
            "channel": self.channel_id,
        }
        return aliases.get(conversation, conversation)

    # ---- lifecycle -------------------------------------------------------------------------------

    async def __aenter__(self) -> Playground:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Write the mock tenant, start the Playground and subscribe to its log stream."""
        if self._proc is not None:
            raise PlaygroundError("Playground already started")
        if not self.executable.exists():
            raise PlaygroundError(f"{self.executable} not found: run `npm ci` in {REPO_ROOT}")
        self._reset_records()
        self.workdir.mkdir(parents=True, exist_ok=True)
        config_path = self.workdir / CONFIG_FILE_NAME
        config_path.write_text(self.tenant.to_yaml(), encoding="utf-8")
        stdout_path = self.workdir / "playground.stdout.log"

        env = {k: v for k, v in os.environ.items() if k not in _PROXY_VARS}
        env.update(
            TEAMSAPPTESTER_BROWSER="none",
            # Explicit, so a stray legacy .teamsapptester.yml in the cwd can never win.
            M365_AGENTS_PLAYGROUND_CONFIG_PATH=str(config_path),
        )
        # Port 0 makes the Playground let the OS choose, so parallel runs never collide.
        port_arg = str(self.requested_port if self.requested_port is not None else 0)
        with stdout_path.open("wb") as stdout:
            self._proc = await asyncio.create_subprocess_exec(
                str(self.executable),
                "-e", self.bot_endpoint,
                "-c", "msteams",
                "-p", port_arg,
                "--disable-telemetry",
                cwd=self.workdir,
                env=env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=stdout,
                stderr=asyncio.subprocess.STDOUT,
                start_new_session=True,  # own process group, so stop() can kill node and its children
            )
        try:
            self.port = await self._wait_for_listening(stdout_path)
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
            await self._wait_for_backend()
            # The log stream is the complete record; the UI stream is read only for the ids of split messages.
            self._ws = await self._session.ws_connect(f"{self.url}/_ws/log/stream", max_msg_size=_MAX_WS_MESSAGE)
            self._reader = asyncio.create_task(self._read_log(self._ws), name="playground-log-reader")
            self._ui_ws = await self._session.ws_connect(
                f"{self.url}/_ws_conversation/v1/conversations/stream", max_msg_size=_MAX_WS_MESSAGE
            )
            self._ui_reader = asyncio.create_task(self._read_ui(self._ui_ws), name="playground-ui-reader")
            await self._check_tenant_loaded()
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Close the log stream and kill the Playground's process group; safe to call twice."""
        for ws in (self._ws, self._ui_ws):
            if ws is not None:
                with contextlib.suppress(Exception):
                    await ws.close()
        self._ws = self._ui_ws = None
        for task in (self._reader, self._ui_reader):
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        self._reader = self._ui_reader = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        proc, self._proc = self._proc, None
        if proc is not None and proc.returncode is None:
            for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                try:
                    await asyncio.wait_for(proc.wait(), grace)
                    break
                except TimeoutError:
                    continue

    async def _wait_for_listening(self, stdout_path: Path) -> int:
        assert self._proc is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.startup_timeout
        while loop.time() < deadline:
            match = _LISTENING.search(stdout_path.read_bytes())
            if match:
                return int(match.group(1))
            if self._proc.returncode is not None:
                break
            await asyncio.sleep(0.05)
        raise PlaygroundError(f"Playground did not start (exit code {self._proc.returncode}).\n{self._diagnostics()}")

    async def _wait_for_backend(self) -> None:
        # "Listening on" is printed before the API is mounted and before the config is validated; an
        # invalid config makes the process exit a moment later, so poll ping while watching the process.
        assert self._session is not None and self._proc is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.startup_timeout
        while loop.time() < deadline:
            if self._proc.returncode is not None:
                break
            with contextlib.suppress(aiohttp.ClientError):
                async with self._session.get(f"{self.url}/_debug/ping") as resp:
                    if resp.status == 200:
                        return
            await asyncio.sleep(0.05)
        raise PlaygroundError(
            f"Playground API did not come up (exit code {self._proc.returncode}).\n{self._diagnostics()}"
        )

    async def _check_tenant_loaded(self) -> None:
        details = await self._request("GET", f"/_connector/v3/teams/{self.team_id}", own_connector_call=True)
        if details.get("aadGroupId") != self.tenant.team_aad_group_id:
            raise PlaygroundError(f"Playground did not load {CONFIG_FILE_NAME} from {self.workdir}: {details!r}")

    def _diagnostics(self) -> str:
        parts = []
        for path in (self.workdir / "playground.stdout.log", self.log_file):
            if path.exists():
                parts.append(f"--- {path} (tail) ---\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)

    # ---- log stream ------------------------------------------------------------------------------

    async def _read_log(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        try:
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    await self._ingest(json.loads(msg.data))
                elif msg.type == aiohttp.WSMsgType.ERROR:
                    break
        finally:
            async with self._changed:
                self._reader_error = "the Playground's log stream closed (did the Playground exit?)"
                self._changed.notify_all()

    async def _read_ui(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.TEXT:
                async with self._changed:
                    self._log.ui_events.append(json.loads(msg.data))
                    self._changed.notify_all()
            elif msg.type == aiohttp.WSMsgType.ERROR:
                break

    async def _ingest(self, item: Mapping[str, Any]) -> None:
        log = item.get("log") or {}
        request = log.get("request")
        async with self._changed:
            if request is None:
                self._log.notices.append(str(log.get("displayText", "")))
            elif log.get("from") == _PLAYGROUND_LABEL:
                self._log.exchanges.append(
                    Exchange(
                        activity=request.get("body") or {},
                        status=log["response"]["statusCode"],
                        body=log["response"].get("body"),
                        timestamp=log.get("timestamp", 0),
                    )
                )
            elif log.get("from") == _BOT_LABEL:
                self._ingest_connector_call(log)
            self._changed.notify_all()

    def _ingest_connector_call(self, log: Mapping[str, Any]) -> None:
        body = log["request"].get("body")
        if body in self._own_connector_calls:
            # The driver's own connector calls (tenant check, opening 1:1 chats) are not the bot's.
            self._own_connector_calls.remove(body)
            return
        call = ConnectorCall(
            name=log.get("activityName", ""),
            request=body,
            status=log["response"]["statusCode"],
            response=log["response"].get("body"),
            timestamp=log.get("timestamp", 0),
        )
        self._log.connector_calls.append(call)
        message = self._as_bot_message(call)
        if message is not None:
            self._log.bot_messages.append(message)
            if message.id is not None:
                self._message_ids.add(message.id)

    def _as_bot_message(self, call: ConnectorCall) -> BotMessage | None:
        response = call.response if isinstance(call.response, dict) else {}
        if call.status >= 300 or not isinstance(call.request, dict):
            return None
        if call.name == "createConversation":
            # A new channel thread (TeamsInfo.send_message_to_teams_channel) carries its first message.
            activity = call.request.get("activity")
            if not activity or "activityId" not in response:
                return None
            return BotMessage(
                id=response["activityId"],
                conversation_id=response["id"],
                activity=activity,
                status=call.status,
                kind="create",
                playground_conversation_id=response["id"],
                timestamp=call.timestamp,
            )
        if call.request.get("type") != "message":
            return None
        message_id = response.get("id")
        if message_id is None and call.status != 202:
            return None
        conversation_id = (call.request.get("conversation") or {}).get("id")
        # POST answers 201 with an id, or 202 without any when it split the activity; PUT (update)
        # answers 200 with the updated id.
        kind = "update" if call.status == 200 and message_id in self._message_ids else "create"
        stored_in = conversation_id
        if message_id is not None and kind == "create" and conversation_id in self.tenant.channel_ids:
            # A post to a bare channel starts a thread whose id embeds the new message id.
            stored_in = f"{conversation_id};messageid={message_id}"
        return BotMessage(
            id=message_id,
            conversation_id=conversation_id,
            activity=call.request,
            status=call.status,
            kind=kind,
            playground_conversation_id=stored_in,
            timestamp=call.timestamp,
        )

    async def _wait_for(self, find: Callable[[], Any], timeout: float, describe: Callable[[], str]) -> Any:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._changed:
            while True:
                found = find()
                if found is not None:
                    return found
                if self._reader_error is not None:
                    raise PlaygroundError(f"{self._reader_error}\n{self._diagnostics()}")
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise BotMessageTimeout(describe())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)

    # ---- waiting ---------------------------------------------------------------------------------

    async def wait_for_bot_message(
        self,
        conversation: str | None = None,
        predicate: Predicate | None = None,
        timeout: float | None = None,
        *,
        kind: str | None = None,
        claim: bool = True,
    ) -> BotMessage:
        """Wait for the first unclaimed matching bot message; a channel id also covers its threads."""
        # Messages that arrived before this call count, and each is returned once, so tests can wait
        # after acting without racing the bot.
        conv = self.resolve(conversation) if conversation else None

        def in_conversation(m: BotMessage) -> bool:
            return conv is None or self._message_in(m, conv)

        def matches(m: BotMessage) -> bool:
            return in_conversation(m) and (kind is None or m.kind == kind) and (predicate is None or predicate(m))

        def find() -> BotMessage | None:
            for i, m in enumerate(self._log.bot_messages):
                if i not in self._claimed_messages and matches(m):
                    if claim:
                        self._claimed_messages.add(i)
                    return m
            return None

        def describe() -> str:
            seen = [
                f"  [{m.kind}] conv={m.conversation_id} id={m.id} text={m.text!r} cards={len(m.cards)}"
                for m in self._log.bot_messages
                if in_conversation(m)
            ]
            return (
                f"no bot message in {conv or 'any conversation'} matched within the timeout.\n"
                f"Bot messages seen there:\n" + ("\n".join(seen) or "  (none)") + self._recent_context()
            )

        return await self._wait_for(find, timeout or self.default_timeout, describe)

    async def expect_no_bot_message(
        self, conversation: str | None = None, predicate: Predicate | None = None, within: float = 1.0
    ) -> None:
        """Fail if an unclaimed bot message matching the filters arrives within ``within`` seconds."""
        try:
            message = await self.wait_for_bot_message(conversation, predicate, within, claim=False)
        except BotMessageTimeout:
            return
        raise AssertionError(f"unexpected bot message: {message}")

    async def wait_for_exchange(self, predicate: Callable[[Exchange], bool], timeout: float | None = None) -> Exchange:
        """Wait until the bot has answered an activity matching ``predicate`` (each is returned once)."""

        def find() -> Exchange | None:
            for i, ex in enumerate(self._log.exchanges):
                if i not in self._claimed_exchanges and predicate(ex):
                    self._claimed_exchanges.add(i)
                    return ex
            return None

        def describe() -> str:
            seen = [
                f"  {ex.type}/{ex.name or ''} conv={ex.conversation_id} -> {ex.status}" for ex in self._log.exchanges
            ]
            return "the bot did not answer the expected activity in time.\nDelivered so far:\n" + (
                "\n".join(seen[-20:]) or "  (none)"
            ) + self._recent_context()

        return await self._wait_for(find, timeout or self.default_timeout, describe)

    def _recent_context(self) -> str:
        notices = [n for n in self._log.notices[-5:] if n]
        return ("\nPlayground notices:\n  " + "\n  ".join(notices)) if notices else ""

    # ---- acting as the Teams client --------------------------------------------------------------

    async def install(
        self, conversation: str, *, from_user: str | MockUser | None = None, timeout: float | None = None
    ) -> list[Exchange]:
        """Install the app in a conversation and wait until the bot has answered both install activities."""
        conv = self.resolve(conversation)
        user = self.tenant.user(from_user) if from_user else self.current_user
        if user == self.current_user:
            # What the UI does on first opening a conversation: installationUpdate(add) plus
            # conversationUpdate(membersAdded), sent concurrently, so their order is not fixed.
            await self._request("POST", f"/_debug/conversation/{conv}/installation", json_body={})
        else:
            for activity in await self._install_activities_for(conv, user):
                await self._request("POST", "/_internal/v1/customActivities", json_body=activity)
        results = []
        for activity_type in ("installationUpdate", "conversationUpdate"):
            results.append(
                await self.wait_for_exchange(
                    lambda ex, t=activity_type: ex.type == t
                    and ex.conversation_id == conv
                    and (ex.activity.get("from") or {}).get("id") == user.id,
                    timeout,
                )
            )
        return results

    async def _install_activities_for(self, conv: str, user: MockUser) -> list[dict[str, Any]]:
        # The Playground only installs as the current user; its templates give the exact shapes, and
        # only the sender (and, in a 1:1 chat, the added member) needs to change.
        template = "/_internal/v1/customActivities/template"
        install = await self._request("GET", template, params={"conversationId": conv, "type": "install"})
        added = await self._request("GET", template, params={"conversationId": conv, "type": "botAdded"})
        for activity in (install, added):
            activity["from"] = {"id": user.id, "aadObjectId": user.aad_object_id}
            activity["id"] = str(uuid.uuid4())
        if (added.get("conversation") or {}).get("conversationType") == "personal":
            added["membersAdded"] = [{"id": user.id, "aadObjectId": user.aad_object_id}, {"id": self.bot_id}]
        return [install, added]

    async def open_personal_chat(self, user: str | MockUser) -> str:
        """Return the user's 1:1 chat with the bot, creating it the way the bot's create-conversation call would."""
        u = self.tenant.user(user)
        if u == self.current_user:
            return self.personal_chat_id
        body = {
            "isGroup": False,
            "bot": {"id": self.bot_id},
            "members": [{"id": u.id}],
            "tenantId": self.tenant.tenant_id,
        }
        result = await self._request("POST", "/_connector/v3/conversations", json_body=body, own_connector_call=True)
        return result["id"]

    async def send_message(
        self,
        conversation: str,
        text: str,
        *,
        from_user: str | MockUser | None = None,
        mention_bot: bool = False,
        wait: bool = True,
        timeout: float | None = None,
    ) -> SentMessage:
        """Post a user message (channel id: new thread; thread id: reply); await the bot's turn if delivered."""
        # Group chats and channels deliver only messages that @mention the bot, as in Teams; then there
        # is no turn to wait for.
        conv = self.resolve(conversation)
        user = self.tenant.user(from_user) if from_user else self.current_user
        if mention_bot and f"<at>{self.tenant.bot_name}</at>" not in text:
            text = f"<at>{self.tenant.bot_name}</at> {text}"
        is_personal = self._is_personal(conv)
        mentions = [] if is_personal else self._mentions_in(text)
        if user != self.current_user:
            return await self._send_as_other_user(conv, user, text, mentions, is_personal, wait, timeout)

        body: dict[str, Any] = {"from": {"id": user.id}, "text": text, "textFormat": "plain"}
        if mentions:
            body["mentions"] = mentions
        result = await self._request("POST", f"/_conversation/v1/conversations/{conv}/messages", json_body=body)
        delivered_in = result.get("postConversationId") or conv
        sent = SentMessage(message_id=result["messageId"], conversation_id=delivered_in)
        delivered = is_personal or any(m["mentioned"]["id"] == self.bot_id for m in mentions)
        if not (wait and delivered):
            return sent
        exchange = await self.wait_for_exchange(
            lambda ex: ex.type == "message"
            and ex.conversation_id == delivered_in
            and ex.activity.get("text") == text
            and (ex.activity.get("from") or {}).get("id") == user.id,
            timeout,
        )
        return SentMessage(sent.message_id, sent.conversation_id, exchange)

    async def _send_as_other_user(
        self,
        conv: str,
        user: MockUser,
        text: str,
        mentions: list[dict[str, Any]],
        is_personal: bool,
        wait: bool,
        timeout: float | None,
    ) -> SentMessage:
        # The Playground's message API always attributes messages to the current user, so another
        # user's message goes in as a raw custom activity shaped like the Playground's own.
        if is_personal and conv == self.personal_chat_id:
            raise ValueError(f"{user.name} is not a member of the current user's personal chat")
        message_id = str(uuid.uuid4())
        if not (is_personal or any(m["mentioned"]["id"] == self.bot_id for m in mentions)):
            # Teams would not deliver it, and the Playground cannot show another user's message.
            return SentMessage(message_id=message_id, conversation_id=conv)
        if conv in self.tenant.channel_ids:
            # A new channel post needs a thread the bot can reply into; a silent root post (no
            # mention, so not delivered) creates it. The Playground's own transcript shows the
            # current user as that root's author; the bot sees only the activity below.
            root = await self._request(
                "POST", f"/_conversation/v1/conversations/{conv}/messages",
                json_body={"from": {"id": self.current_user.id}, "text": text, "textFormat": "plain"},
            )
            conv, message_id = root["postConversationId"], root["messageId"]
        activity = self._message_activity(conv, user, text, mentions, message_id)
        await self._request("POST", "/_internal/v1/customActivities", json_body=activity)
        delivery = None
        if wait:
            delivery = await self.wait_for_exchange(lambda ex: ex.activity.get("id") == message_id, timeout)
        return SentMessage(message_id=message_id, conversation_id=conv, delivery=delivery)

    def _message_activity(
        self, conv: str, user: MockUser, text: str, mentions: list[dict[str, Any]], message_id: str
    ) -> dict[str, Any]:
        channel = self._channel_of(conv)
        now = _utc_now()
        conversation: dict[str, Any] = {"id": conv, "tenantId": self.tenant.tenant_id}
        if channel:
            conversation.update(isGroup=True, conversationType="channel")
        elif self._is_personal(conv):
            conversation.update(conversationType="personal")
        else:
            conversation.update(isGroup=True, conversationType="groupChat")
        channel_data: dict[str, Any] = {"tenant": {"id": self.tenant.tenant_id}}
        if channel:
            channel_data.update(
                teamsChannelId=channel, teamsTeamId=self.team_id, team={"id": self.team_id}, channel={"id": channel}
            )
        client_info = {"type": "clientInfo", "locale": "en-US", "country": "US", "timezone": "UTC"}
        if not channel:
            client_info["platform"] = "Web"
        return {
            "type": "message",
            "id": message_id,
            "text": text,
            "textFormat": "plain",
            "timestamp": now,
            "localTimestamp": now,
            "localTimezone": "UTC",
            "locale": "en-US",
            "channelId": "msteams",
            "serviceUrl": self.service_url,
            "from": user.account(),
            "recipient": {"id": self.bot_id, "name": self.tenant.bot_name},
            "conversation": conversation,
            "entities": [{"type": "mention", **m} for m in mentions] + [client_info],
            "channelData": channel_data,
        }

    async def invoke(
        self,
        name: str,
        value: Any,
        conversation: str,
        *,
        from_user: str | MockUser | None = None,
        reply_to_id: str | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Send an invoke as the UI does; return the bot's invoke response body as the bot sent it (non-2xx raises)."""
        # The Playground's own HTTP answer keeps only type/value (it drops statusCode), so the body comes
        # from the delivery record instead.
        conv = self.resolve(conversation)
        user = self.tenant.user(from_user) if from_user else self.current_user
        body: dict[str, Any] = {"name": name, "value": value, "from": {"id": user.id}, "conversation": {"id": conv}}
        if reply_to_id is not None:
            body["replyToId"] = reply_to_id
        await self._request("POST", "/_conversation/v1/invoke", json_body=body, timeout=timeout)
        exchange = await self.wait_for_exchange(
            lambda ex: ex.type == "invoke"
            and ex.name == name
            and ex.conversation_id == conv
            and (ex.activity.get("from") or {}).get("id") == user.id
            and ex.activity.get("replyToId") == reply_to_id
            and ex.activity.get("value") == value,
            timeout,
        )
        return exchange.body

    async def locate_card(self, message: BotMessage, card_index: int = 0, timeout: float = 5.0) -> tuple[str, str]:
        """The (conversation id, Playground message id) an invoke or submit on this message's card must name."""
        if message.id is not None:
            return message.playground_conversation_id or message.conversation_id or "", message.id
        # A split message: its parts reached only the UI stream, each with its own id (and, for a post to
        # a bare channel, its own thread). Match the card's content, nearest before the bot got its 202.
        card = message.cards[card_index]
        key = (next(i for i, m in enumerate(self._log.bot_messages) if m is message), card_index)
        if key in self._located:
            return self._located[key]
        taken = {part_id for _, part_id in self._located.values()}

        def find() -> tuple[str, str] | None:
            best = None
            for event in self._log.ui_events:
                m = event.get("message") or {}
                parts = [a.get("content") for a in m.get("attachments") or []]
                where = m.get("postConversationId") or event.get("actionConversationId")
                if (
                    event.get("action") == "createMessage"
                    and m.get("from", {}).get("id") == self.bot_id
                    and parts == [card]
                    and m.get("messageId") not in taken
                    and m.get("timestamp", 0) <= message.timestamp
                    and self._message_in(message, where.split(";", 1)[0] if where else "")
                ):
                    best = (where, m["messageId"])
            return best

        def describe() -> str:
            return (
                f"cannot find the Playground id of card {card_index} of split message in {message.conversation_id}"
                " (messages to another user's 1:1 chat never reach the UI stream)"
            )

        self._located[key] = await self._wait_for(find, timeout, describe)
        return self._located[key]

    async def execute_action(
        self,
        message: BotMessage,
        verb: str,
        *,
        inputs: Mapping[str, str] | None = None,
        from_user: str | MockUser | None = None,
        card_index: int = 0,
        timeout: float | None = None,
    ) -> Any:
        """Press a card's Action.Execute (found by verb) with these input values; return the bot's invoke response."""
        action = message.find_action(verb=verb, card_index=card_index)
        if action.get("type") != "Action.Execute":
            raise ValueError(f"action {verb!r} is {action.get('type')}, not Action.Execute")
        # Like the UI's renderer: the action's data with the card's input values merged in, all strings.
        data = {**(action.get("data") or {}), **(inputs or {})}
        value = {"action": {"type": "Action.Execute", "title": action.get("title"), "verb": verb, "data": data}}
        conv, message_id = await self.locate_card(message, card_index)
        return await self.invoke(
            "adaptiveCard/action", value, conv, from_user=from_user, reply_to_id=message_id, timeout=timeout
        )

    async def submit(
        self,
        message: BotMessage,
        data: Mapping[str, Any],
        *,
        from_user: str | MockUser | None = None,
        card_index: int = 0,
        timeout: float | None = None,
    ) -> Exchange:
        """Press an Action.Submit on a bot card (the bot gets a message whose ``value`` is ``data``); await its turn."""
        conv, message_id = await self.locate_card(message, card_index)
        user = self.tenant.user(from_user) if from_user else self.current_user
        value = dict(data)
        body = {"conversation": {"id": conv}, "from": {"id": user.id}, "replyToId": message_id, "value": value}
        await self._request("POST", "/_conversation/v1/submit", json_body=body)
        return await self.wait_for_exchange(
            lambda ex: ex.type == "message"
            and ex.conversation_id == conv
            and ex.activity.get("replyToId") == message_id
            and ex.activity.get("value") == value,
            timeout,
        )

    async def send_activity(
        self, activity: Mapping[str, Any], *, wait: bool = True, timeout: float | None = None
    ) -> Exchange | None:
        """Deliver a raw activity to the bot (defaults filled in); wait for the bot's answer unless ``wait=False``."""
        full = {
            "id": str(uuid.uuid4()),
            "channelId": "msteams",
            "serviceUrl": self.service_url,
            "timestamp": _utc_now(),
            "recipient": {"id": self.bot_id, "name": self.tenant.bot_name},
            "from": self.current_user.account(),
            **activity,
        }
        await self._request("POST", "/_internal/v1/customActivities", json_body=full)
        if not wait:
            return None
        return await self.wait_for_exchange(lambda ex: ex.activity.get("id") == full["id"], timeout)

    # ---- helpers ---------------------------------------------------------------------------------

    def _message_in(self, message: BotMessage, conv: str) -> bool:
        # A bare channel id stands for the channel and every thread in it.
        ids = (message.conversation_id, message.playground_conversation_id)
        if conv in ids:
            return True
        return conv in self.tenant.channel_ids and any(i and i.split(";", 1)[0] == conv for i in ids)

    def _is_personal(self, conv: str) -> bool:
        return conv == self.personal_chat_id or conv.endswith("@test.user")

    def _channel_of(self, conv: str) -> str | None:
        channel = conv.split(";", 1)[0]
        return channel if channel in self.tenant.channel_ids else None

    def _mentions_in(self, text: str) -> list[dict[str, Any]]:
        # Mirrors the Playground UI: every <at>Name</at> naming a member (or the bot) becomes a mention.
        members = {self.tenant.bot_name: self.bot_id}
        members.update({u.name: u.id for u in self.tenant.all_users})
        mentions = []
        for match in _AT_TAG.finditer(text):
            name = match.group(1)
            if name in members:
                mentions.append({"mentioned": {"id": members[name], "name": name}, "text": match.group(0)})
        return mentions

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, str] | None = None,
        own_connector_call: bool = False,
        timeout: float | None = None,
    ) -> Any:
        if self._session is None:
            raise PlaygroundError("Playground is not started")
        if own_connector_call:
            self._own_connector_calls.append(json_body)
        kwargs: dict[str, Any] = {"params": params}
        if json_body is not None:
            kwargs["json"] = json_body
        if timeout is not None:
            kwargs["timeout"] = aiohttp.ClientTimeout(total=timeout)
        async with self._session.request(method, f"{self.url}{path}", **kwargs) as resp:
            raw = await resp.text()
            try:
                payload = json.loads(raw) if raw else None
            except json.JSONDecodeError:
                payload = raw
            if resp.status >= 300:
                if own_connector_call:
                    with contextlib.suppress(ValueError):
                        self._own_connector_calls.remove(json_body)
                raise PlaygroundError(f"{method} {path} failed", resp.status, payload)
            return payload


def _utc_now() -> str:
    """Current UTC time in the ISO form the Playground uses (millisecond precision, Z suffix)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

