"""Zaken API 1.5 `/zaken/{zaak_uuid}/besluiten`: the besluiten that are an outcome of the zaak.

Read-only. The relation is made in the Besluiten API (brc-006: a besluit with a zaak), so it is
read from the besluiten themselves; each besluit's `zaakbesluit_uuid` is the relation's uuid.
As in Open Zaak the zaak decides who may read it (zaken.lezen on its zaaktype and
vertrouwelijkheid): 404 in another municipality, 403 without the scope.
"""

from django.http import Http404
from rest_framework import serializers
from rest_framework.response import Response

from loket.components.besluiten.representation import zaakbesluit_data
from loket.components.besluiten.selectors import besluiten_of_zaak
from loket.components.common import schema as k
from loket.components.common import scopes as S
from loket.components.common.schema import response_serializer

from .object_views import NestedUnderZaak

ZaakBesluit = response_serializer(  # OpenAPI only
    "ZaakBesluit", url=k.url(), uuid=k.uuid(), besluit=serializers.URLField(max_length=1000)
)


class ZaakBesluitViewSet(NestedUnderZaak):
    schema_response = ZaakBesluit
    etag = False  # none in the standard
    required_scopes = {
        "list": frozenset({S.ZAKEN_LEZEN}),
        "retrieve": frozenset({S.ZAKEN_LEZEN}),
    }

    def list(self, request, zaak_uuid=None):
        self.query_params(extra_allowed=())
        zaak, _ = self.zaak(S.ZAKEN_LEZEN)
        return Response(
            [zaakbesluit_data(besluit, self.base_url) for besluit in besluiten_of_zaak(zaak)]
        )

    def retrieve(self, request, zaak_uuid=None, uuid=None):
        zaak, _ = self.zaak(S.ZAKEN_LEZEN)
        besluit = besluiten_of_zaak(zaak).filter(zaakbesluit_uuid=uuid).first()
        if besluit is None:
            raise Http404
        return Response(zaakbesluit_data(besluit, self.base_url))
