"""Settings: defaults, accepted values, and one clear line for each bad one."""

from datetime import timedelta

import pytest

from bot.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No developer .env and no Microsoft variables leak into these tests."""
    monkeypatch.chdir(tmp_path)
    for name in ("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId",
                 "DATABASE_URL", "PORT", "TIMEZONE", "LOG_LEVEL", "LOG_FORMAT", "DELIVERY_DEADLINE"):
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_anonymous_sqlite_on_3978_in_sydney():
    settings = load_settings()
    assert settings.anonymous
    assert settings.database_url == "sqlite:///./data/accord.db"
    assert settings.port == 3978
    assert settings.timezone == "Australia/Sydney"
    assert settings.delivery_deadline == timedelta(hours=24)


def test_an_app_id_without_a_type_means_single_tenant(monkeypatch):
    monkeypatch.setenv("MicrosoftAppId", "11111111-2222-3333-4444-555555555555")
    monkeypatch.setenv("MicrosoftAppTenantId", "tenant")
    settings = load_settings()
    assert (settings.app_type, settings.anonymous) == ("SingleTenant", False)


@pytest.mark.parametrize("value, expected", [("multitenant", "MultiTenant"), ("UserAssignedMSI", "UserAssignedMSI"),
                                             ("SINGLETENANT", "SingleTenant")])
def test_app_types_are_accepted_in_any_case(monkeypatch, value, expected):
    monkeypatch.setenv("MicrosoftAppType", value)
    monkeypatch.setenv("MicrosoftAppTenantId", "tenant")
    assert load_settings().app_type == expected


def test_a_dotenv_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("PORT=4000\nTIMEZONE=Europe/London\n")
    settings = load_settings()
    assert (settings.port, settings.timezone) == (4000, "Europe/London")


def test_cloud_overrides_pass_through_under_their_own_names(monkeypatch):
    monkeypatch.setenv("TO_BOT_FROM_CHANNEL_TOKEN_ISSUER", "https://api.botframework.us")
    monkeypatch.setenv("TO_CHANNEL_FROM_BOT_LOGIN_URL", "https://login.microsoftonline.us/tenant")
    assert load_settings().cloud_overrides == {
        "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": "https://api.botframework.us",
        "TO_CHANNEL_FROM_BOT_LOGIN_URL": "https://login.microsoftonline.us/tenant",
    }


@pytest.mark.parametrize("env, message", [
    ({"MicrosoftAppType": "Federated"}, "MicrosoftAppType: must be one of"),
    ({"MicrosoftAppId": "abc"}, "MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant"),
    ({"MicrosoftAppId": "abc", "MicrosoftAppType": "UserAssignedMSI"}, "MicrosoftAppTenantId: required"),
    ({"DATABASE_URL": "not a url"}, "DATABASE_URL: cannot parse"),
    ({"DATABASE_URL": "mysql://root@localhost/accord"}, "DATABASE_URL: only sqlite"),
    ({"PORT": "seventy"}, "PORT:"),
    ({"PORT": "70000"}, "PORT:"),
    ({"TIMEZONE": "Sydney"}, "TIMEZONE: unknown time zone"),
    ({"LOG_FORMAT": "xml"}, "LOG_FORMAT:"),
    ({"LOG_LEVEL": "chatty"}, "LOG_LEVEL:"),
    ({"DELIVERY_DEADLINE": "soon"}, "DELIVERY_DEADLINE:"),
])
def test_a_bad_value_is_one_line_naming_the_variable(monkeypatch, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("value, expected", [("90m", timedelta(minutes=90)), ("2d", timedelta(days=2)),
                                             ("3600", timedelta(hours=1)), ("PT6H", timedelta(hours=6))])
def test_delivery_deadline_accepts_durations(monkeypatch, value, expected):
    monkeypatch.setenv("DELIVERY_DEADLINE", value)
    assert load_settings().delivery_deadline == expected


def test_env_example_documents_every_setting(project_root):
    from bot.settings import Settings, env_name

    documented = {line.split("=")[0] for line in (project_root / ".env.example").read_text().splitlines()
                  if "=" in line and not line.startswith("#")}
    expected = {env_name(name) for name in Settings.model_fields}
    assert expected <= documented, expected - documented


@pytest.mark.parametrize("field, variable", [("app_id", "MicrosoftAppId"), ("app_tenant_id", "MicrosoftAppTenantId"),
                                             ("digest_cron", "DIGEST_CRON"), ("MicrosoftAppType", "MicrosoftAppType"),
                                             ("CALLER_ID", "CALLER_ID")])
def test_each_setting_is_named_by_its_environment_variable(field, variable):
    from bot.settings import env_name

    assert env_name(field) == variable
