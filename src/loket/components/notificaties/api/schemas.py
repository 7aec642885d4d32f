"""What the Notificaties API answers, for the OpenAPI document (see common/schema.py).

Bodies are built by `api.representation`; checked against real answers by
zaken/tests/test_openapi_honest.py. The request serializers live in views.py.
"""

from loket.components.common import schema as k
from loket.components.common.schema import request_serializer, response_serializer


def kanaal(kanaal_in) -> tuple[type, type]:
    response = response_serializer("Kanaal", kanaal_in, url=k.url())
    return request_serializer("KanaalRequest", kanaal_in), response


def abonnement(abonnement_in, filter_group_in) -> tuple[type, type]:
    group = response_serializer("FilterGroup", filter_group_in)
    response = response_serializer(
        "Abonnement", abonnement_in, drop=("auth",), url=k.url(), kanalen=group(many=True)
    )
    return request_serializer("AbonnementRequest", abonnement_in), response


def message(message_in) -> tuple[type, type]:
    response = response_serializer("Message", message_in, optional=("kenmerken", "source"))
    return request_serializer("MessageRequest", message_in), response
