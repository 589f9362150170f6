"""Fixtures for the quiz tests (the `quiz` and its `questions` come from tests.helpers)."""

import pytest

from tests.helpers import start_url


@pytest.fixture
def started(client, quiz):
    """A client whose (anonymous) learner has started the quiz."""
    response = client.post(start_url(quiz))
    assert response.status_code == 302
    return client
