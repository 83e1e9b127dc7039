"""The security tests run the whole app in production mode: real JWT checks against the loopback cloud, and both
webhooks switched on."""

from __future__ import annotations

import pytest

from tests.conftest import cloud_settings
from tests.security.edge import ENQUIRY_SECRET, QUOTE_SECRET


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings with both webhook secrets set."""
    return cloud_settings(trusted_cloud, database_url, enquiry_webhook_secret=ENQUIRY_SECRET,
                          quote_webhook_secret=QUOTE_SECRET)
