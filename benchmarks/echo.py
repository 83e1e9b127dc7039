"""The floor for the bot benchmarks: a bare botbuilder echo bot, as botbuilder's samples write one.

Stock `CloudAdapter` and `ConfigurationBotFrameworkAuthentication` (the same JWT checks Accord's turns pass), configured
from the same environment variables the benchmarks give Accord (`FakeCloud.env()`), answering every message with
"echo: <text>" through botbuilder's own connector client. One change from the sample: its credentials are made once
per scope, so msal's cache keeps the bot's token (stock makes new credentials, and fetches a new token, every turn);
the floor is then the framework's cost of a turn, not the token endpoint's. Run as `python -m benchmarks.echo` with
PORT set; GET /healthz answers once it listens.
"""

from __future__ import annotations

import os
import sys
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)

from tests.support.botprocess import ROOT, BotProcess

OVERRIDES = ("TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL", "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER",
             "TO_CHANNEL_FROM_BOT_LOGIN_URL", "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE")


class EchoBot(ActivityHandler):
    """Says back what it was told."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(f"echo: {turn_context.activity.text}")


class CachedCredentialsFactory(ConfigurationServiceClientCredentialFactory):
    """The stock factory, keeping the credentials (and so msal's token cache) it made for each scope."""

    def __init__(self, configuration) -> None:
        super().__init__(configuration)
        self._made: dict[tuple, object] = {}

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        key = (app_id, oauth_scope, login_endpoint, validate_authority)
        if key not in self._made:
            self._made[key] = await super().create_credentials(app_id, oauth_scope, login_endpoint,
                                                               validate_authority)
        return self._made[key]


def configuration() -> SimpleNamespace:
    """botbuilder's configuration object from the environment, Microsoft's variable names as Accord reads them."""
    env = os.environ.get
    values = {"APP_ID": env("MicrosoftAppId", ""), "APP_PASSWORD": env("MicrosoftAppPassword", ""),
              "APP_TYPE": env("MicrosoftAppType", "MultiTenant"), "APP_TENANTID": env("MicrosoftAppTenantId", "")}
    values.update({name: os.environ[name] for name in OVERRIDES if os.environ.get(name)})
    return SimpleNamespace(**values)


def create_app() -> web.Application:
    """The echo bot's web app: /api/messages as the samples serve it, and /healthz."""
    config = configuration()
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(
        config, credentials_factory=CachedCredentialsFactory(config)))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    return app


class EchoProcess(BotProcess):
    """`python -m benchmarks.echo` on a free port, started and stopped as Accord's process is."""

    command = (sys.executable, "-m", "benchmarks.echo")

    def __init__(self, workdir, **env: str) -> None:
        super().__init__(workdir, PYTHONPATH=str(ROOT), **env)


def main() -> None:
    """Serve the echo bot on $PORT."""
    web.run_app(create_app(), host="127.0.0.1", port=int(os.environ.get("PORT", "3979")), print=None)


if __name__ == "__main__":
    main()
