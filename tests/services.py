"""Skipping for a missing service, or failing when CI says every service must be there."""

import pytest
from django.conf import settings


def need(available: bool, reason: str) -> None:
    """Skips the test when `available` is false, unless MYLIFE4ME_REQUIRE_SERVICES=1, when it fails."""
    if available:
        return
    if settings.REQUIRE_SERVICES:
        pytest.fail(f"MYLIFE4ME_REQUIRE_SERVICES is set but {reason}")
    pytest.skip(reason)
