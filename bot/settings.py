"""Accord's settings, read once from the environment (and an optional .env) and passed down."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.rules.scorecard import Weights

APP_TYPES = {"singletenant": "SingleTenant", "multitenant": "MultiTenant", "userassignedmsi": "UserAssignedMSI"}

# botbuilder reads these attribute names verbatim; any of them switches it to a parameterized cloud.
CLOUD_OVERRIDES = (
    "TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL",
    "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER",
    "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL",
    "TO_CHANNEL_FROM_BOT_LOGIN_URL",
    "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE",
    "OAUTH_URL",
    "CALLER_ID",
)


class SettingsError(Exception):
    """A setting has a bad value; the message names the variable."""


class Settings(BaseSettings):
    """Every setting Accord reads; see .env.example for what each one means."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False, populate_by_name=True)

    # Microsoft's samples name these in CamelCase; every other variable is the field name in upper case.
    app_id: str = Field("", validation_alias="MicrosoftAppId")
    app_password: str = Field("", validation_alias="MicrosoftAppPassword")
    app_type: str = Field("", validation_alias="MicrosoftAppType")
    app_tenant_id: str = Field("", validation_alias="MicrosoftAppTenantId")
    database_url: str = "sqlite:///./data/accord.db"
    host: str = "0.0.0.0"
    port: int = Field(3978, ge=1, le=65535)
    timezone: str = "Australia/Sydney"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    max_request_bytes: int = Field(256 * 1024, gt=0)
    delivery_deadline: timedelta = timedelta(hours=24)
    send_timeout: float = Field(15.0, gt=0)
    enquiry_webhook_secret: str = Field("", repr=False)
    enquiry_reminder_business_days: int = Field(2, ge=1, le=30)
    graph_tenant_id: str = ""
    graph_client_id: str = ""
    graph_client_secret: str = Field("", repr=False)
    enquiry_mailbox: str = ""
    mailbox_poll_seconds: int = Field(120, ge=10)
    graph_base_url: str = "https://graph.microsoft.com/v1.0"
    graph_authority: str = "https://login.microsoftonline.com"
    mail_from: str = ""  # the mailbox Graph sendMail sends notices from; empty: the enquiry mailbox
    digest_cron: str = "0 9 * * mon"
    digest_anchor_date: date = date(2026, 1, 5)  # a digest day: the fortnights count from its week
    digest_every_weeks: int = Field(2, ge=1, le=8)
    quote_webhook_secret: str = Field("", repr=False)
    partner_quotes_visible_to_bd: bool = True
    quote_flag_grace_days: int = Field(14, ge=0, le=365)  # a lost or withdrawn quote still flags the client this long
    project_active_days: int = Field(365, ge=1)  # a won quote's active-project flag becomes past project after this
    fee_introduction_percent: float = Field(5.0, ge=0, le=100)
    fee_relationship_percent: float = Field(10.0, ge=0, le=100)
    fee_active_work_percent: float = Field(15.0, ge=0, le=100)
    fee_prompt_days: int = Field(14, ge=1, le=365)  # a fee prompt nobody answers is unanswered after this
    referral_reminder_business_days: int = Field(2, ge=1, le=30)
    referral_quiet_days: int = Field(10, ge=1, le=60)  # business days without news before the introducer is told
    # The allocation scorecard: the points each part may earn, and the period `scorecard` looks back over.
    scorecard_weights: str = "activity=30,fees=30,referrals=10,disputes=20,response=10"
    scorecard_days: int = Field(90, ge=7, le=730)
    relationship_confirm_days: int = Field(180, ge=7, le=3650)  # a declaration asks to be re-confirmed after this
    relationship_half_life_days: int = Field(180, ge=7, le=3650)  # evidence of a relationship counts half after this
    allowed_tenants: str = ""  # tenants besides MicrosoftAppTenantId whose people Accord links by email
    delivery_wait_days: int = Field(14, ge=1, le=365)  # how long a message waits for its member to be reachable
    delivery_wait_days_by_kind: str = ""  # e.g. "enquiry=7,notify-holder=2": other limits for some kinds
    roster_read_hours: int = Field(24, ge=1, le=24 * 7)  # every team's roster is read again this often
    teams_app_catalog_id: str = ""  # the app's id in the Teams app catalog: with Graph, Accord installs itself
    teams_service_url: str = "https://smba.trafficmanager.net/teams/"  # for chats opened outside any known team
    # The client index: changes applied per chunk (a question waits for one chunk at most), how often the worker
    # looks for changes, and how long a fuzzy question waits for the index while it is first built.
    index_chunk: int = Field(500, ge=1, le=50_000)
    index_poll_seconds: float = Field(2.0, gt=0)
    index_wait_seconds: float = Field(10.0, ge=0)
    # The transparency board (Teams tab): the Entra app id URI its SSO tokens are issued for (api://<domain>/<app id>;
    # empty: the board is off), and where tenants' signing keys are read.
    board_app_id_uri: str = ""
    board_authority: str = "https://login.microsoftonline.com"

    TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL: str | None = None
    TO_BOT_FROM_CHANNEL_TOKEN_ISSUER: str | None = None
    TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL: str | None = None
    TO_CHANNEL_FROM_BOT_LOGIN_URL: str | None = None
    TO_CHANNEL_FROM_BOT_OAUTH_SCOPE: str | None = None
    OAUTH_URL: str | None = None
    CALLER_ID: str | None = None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower() if isinstance(value, str) else value

    @field_validator("delivery_deadline", mode="before")
    @classmethod
    def _duration(cls, value):
        match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", value) if isinstance(value, str) else None
        if match:
            return timedelta(seconds=int(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]])
        return value

    @field_validator("delivery_wait_days_by_kind")
    @classmethod
    def _wait_by_kind(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            kind, _, days = part.partition("=")
            if not kind.strip() or not days.strip().isdigit() or not 1 <= int(days) <= 365:
                raise ValueError(f"expected kind=days pairs (days 1 to 365), not {part!r}")
        return value

    @field_validator("scorecard_weights")
    @classmethod
    def _weights(cls, value: str) -> str:
        Weights.parse(value)  # its ValueError says what is wrong
        return value

    @field_validator("app_type")
    @classmethod
    def _app_type(cls, value: str) -> str:
        if value and value.lower() not in APP_TYPES:
            raise ValueError(f"must be one of {', '.join(APP_TYPES.values())}, not {value!r}")
        return APP_TYPES.get(value.lower(), "")

    @field_validator("digest_cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"not a crontab expression ({exc})") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(f"cannot parse {value!r} as a database URL") from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError("only sqlite:// and postgresql:// databases are supported")
        return value

    @model_validator(mode="after")
    def _tenant(self) -> Settings:
        if self.app_id and not self.app_type:
            self.app_type = "SingleTenant"
        if self.app_type in ("SingleTenant", "UserAssignedMSI") and self.app_id and not self.app_tenant_id:
            raise ValueError(f"MicrosoftAppTenantId: required when MicrosoftAppType is {self.app_type}")
        return self

    @property
    def anonymous(self) -> bool:
        """True in local development mode: no app id, so no token checks."""
        return not self.app_id

    @property
    def zone(self) -> ZoneInfo:
        """The network's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def weights(self) -> Weights:
        """The scorecard's weights (checked when the settings were read)."""
        return Weights.parse(self.scorecard_weights)

    @property
    def tenants(self) -> frozenset[str]:
        """Tenants whose people may be linked to members; empty: any (anonymous development, multi-tenant)."""
        listed = [self.app_tenant_id, *self.allowed_tenants.split(",")] if self.app_tenant_id else []
        return frozenset(t.strip().lower() for t in listed if t.strip())

    @property
    def graph_configured(self) -> bool:
        """True when the Graph tenant, app and secret are all set."""
        return all(value.strip() for value in (self.graph_tenant_id, self.graph_client_id, self.graph_client_secret))

    @property
    def can_install(self) -> bool:
        """True when Accord may install itself for users through Graph (needs the app's catalog id too)."""
        return self.graph_configured and bool(self.teams_app_catalog_id.strip())

    def wait_for(self, kind: str) -> timedelta:
        """How long a message of this kind waits for its member to become reachable."""
        limits = dict(p.strip().partition("=")[::2] for p in self.delivery_wait_days_by_kind.split(",") if "=" in p)
        return timedelta(days=int(limits.get(kind, "").strip() or self.delivery_wait_days))

    @property
    def cloud_overrides(self) -> dict[str, str]:
        """The botbuilder cloud settings that are set, under their own names."""
        return {name: getattr(self, name) for name in CLOUD_OVERRIDES if getattr(self, name)}


def env_name(field: str) -> str:
    """The environment variable a setting is read from: its alias (MicrosoftAppId...), else its name in upper case."""
    info = Settings.model_fields.get(field)
    if info is None:  # pydantic names a field by the alias it was read under
        return field
    return info.validation_alias if isinstance(info.validation_alias, str) else field.upper()


def load_settings(**overrides) -> Settings:
    """Read the settings, turning a validation failure into one line naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = env_name(str(error["loc"][0])) if error["loc"] else ""
        message = error["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}" if name else message) from None
