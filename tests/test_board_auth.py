"""bot/board_auth.py alone: Entra ID's keys are read once per tenant, read again for a new key id (key rollover) but
never more than once per few minutes, and an Entra ID that cannot be reached is a 503-shaped refusal."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from bot.board_auth import BoardAuth, Caller, Refused
from tests.conftest import make_settings

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
APP = "6a0f1c62-5e7b-4d5c-9a8e-3f2b1c0d9e8f"
URI = f"api://board.example/{APP}"
ISSUER = f"https://login.example/{TENANT}/v2.0"


def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class Entra:
    """Answers metadata and keys from memory, counting reads."""

    def __init__(self) -> None:
        self.keys = {"k1": key()}
        self.reads = 0
        self.down = False

    async def fetch(self, url: str) -> dict:
        if self.down:
            raise TimeoutError("no answer")
        if url.endswith("openid-configuration"):
            return {"issuer": ISSUER, "jwks_uri": "https://login.example/keys"}
        self.reads += 1
        return {"keys": [{**RSAAlgorithm.to_jwk(k.public_key(), as_dict=True), "kid": kid}
                         for kid, k in self.keys.items()]}

    def token(self, kid: str, **claims) -> str:
        claims = {"aud": URI, "iss": ISSUER, "tid": TENANT, "oid": "o-1", "iat": 1, "nbf": 1, "exp": 2**31,
                  **claims}
        return "Bearer " + jwt.encode({k: v for k, v in claims.items() if v is not None}, self.keys[kid],
                                      algorithm="RS256", headers={"kid": kid})


@pytest.fixture
def entra() -> Entra:
    return Entra()


def auth(entra: Entra, clock=time.monotonic, **settings) -> BoardAuth:
    return BoardAuth(make_settings(board_app_id_uri=URI, app_id=APP, app_tenant_id=TENANT, **settings),
                     fetch=entra.fetch, clock=clock)


async def test_keys_are_read_once_and_again_only_for_a_new_key_after_a_pause(entra):
    now = [1000.0]
    board = auth(entra, clock=lambda: now[0])
    for _ in range(3):
        assert await board.check(entra.token("k1")) == Caller("o-1", TENANT)
    assert entra.reads == 1
    entra.keys["k2"] = key()  # Entra ID rolls its keys over
    assert isinstance(await board.check(entra.token("k2")), Refused)  # too soon after the last read
    assert entra.reads == 1
    now[0] += 301
    assert await board.check(entra.token("k2")) == Caller("o-1", TENANT)
    assert entra.reads == 2


async def test_an_unreachable_entra_id_is_a_503_and_never_a_member(entra):
    entra.down = True
    refused = await auth(entra).check(entra.token("k1"))
    assert isinstance(refused, Refused) and refused.status == 503


@pytest.mark.parametrize("claims, why", [
    ({"tid": "not-a-guid"}, "no tenant id"),
    ({"tid": "00000000-0000-0000-0000-000000000001"}, "not allowed"),
    ({"aud": f"api://board.example/{APP}/other"}, "rejected"),
    ({"scp": None, "oid": None}, "rejected"),
])
async def test_claims_that_fail(entra, claims, why):
    refused = await auth(entra).check(entra.token("k1", **claims))
    assert isinstance(refused, Refused) and why in refused.reason and refused.status == 401


async def test_an_allowed_second_tenant_is_accepted(entra):
    other = "00000000-0000-0000-0000-000000000001"
    board = auth(entra, allowed_tenants=other)
    assert await board.check(entra.token("k1", tid=other, iss=f"https://sts.windows.net/{other}/")) == \
        Caller("o-1", other)


async def test_an_unconfigured_board_says_so():
    assert not BoardAuth(make_settings()).configured
