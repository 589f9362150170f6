import pytest

from campaigns.tests.factories import make_campaign


@pytest.fixture
def campaign(home):
    return make_campaign(home)
