import pytest

from loket.notifications.registry import register_router, register_transport


@pytest.fixture
def test_channel():
    """A kind "test" routed to the targets in the payload, delivered by a scripted transport.

    `channel.script[target]` is a list of outcomes used in order: None (delivered) or an exception.
    """

    class Channel:
        def __init__(self):
            self.script: dict[str, list] = {}
            self.sent: list[tuple[str, str]] = []

        def route(self, message):
            return [("test", target) for target in message.payload["targets"]]

        def deliver(self, delivery, message):
            self.sent.append((str(message.uuid), delivery.target))
            steps = self.script.get(delivery.target) or [None]
            outcome = steps.pop(0) if len(steps) > 1 else steps[0]
            if outcome is not None:
                raise outcome

    channel = Channel()
    register_router("test", channel.route)
    register_transport("test", channel.deliver)
    return channel
