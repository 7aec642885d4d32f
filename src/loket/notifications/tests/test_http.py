import pytest

from loket.notifications.errors import PermanentFailure, TemporaryFailure
from loket.notifications.http import post_json

from .receiver import Receiver


def test_a_json_post_with_the_given_headers_arrives():
    with Receiver() as receiver:
        assert post_json(receiver.url, {"id": "1"}, {"Authorization": "Bearer abc"}, 5) == 204
    assert receiver.received == {"1": 1}
    assert receiver.headers[0]["Authorization"] == "Bearer abc"
    assert receiver.headers[0]["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, TemporaryFailure),
        (429, TemporaryFailure),
        (500, TemporaryFailure),
        (401, TemporaryFailure),
        (410, PermanentFailure),
        (400, PermanentFailure),
    ],
)
def test_status_codes_map_to_retry_or_stop(status, error):
    with Receiver(status=status) as receiver, pytest.raises(error) as raised:
        post_json(receiver.url + "?token=geheim", {"id": "1"}, {}, 5)
    assert raised.value.status_code == status
    assert str(raised.value) == f"HTTP {status}"


def test_a_redirect_is_not_followed():
    with (
        Receiver(status=302, location="http://169.254.169.254/") as receiver,
        pytest.raises(PermanentFailure, match="doorverwijzing"),
    ):
        post_json(receiver.url, {"id": "1"}, {}, 5)


def test_connection_refused_and_time_out_are_temporary():
    with Receiver() as receiver:
        url = receiver.url
    with pytest.raises(TemporaryFailure, match="Verbinding geweigerd"):
        post_json(url + "?token=geheim", {"id": "1"}, {}, 2)
    with Receiver(delay=1.0) as slow, pytest.raises(TemporaryFailure, match="Time-out"):
        post_json(slow.url, {"id": "1"}, {}, 0.2)


def test_production_refuses_internal_targets_before_connecting(settings):
    settings.LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS = False
    with Receiver() as receiver, pytest.raises(PermanentFailure, match="Doeladres geweigerd"):
        post_json(receiver.url, {"id": "1"}, {}, 5)
    assert receiver.total == 0
