from django.db import transaction
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from loket.core.parsers import BoundedJSONParser

from .answer import personen
from .authentication import ApiClientAuthentication, HasRegisteredPurpose
from .problems import exception_handler
from .processing_log import log_reads
from .queries import parse
from .selectors import find_persons

CONTENT_TYPE = "application/json; charset=utf-8"


@extend_schema(
    exclude=True
)  # documented by the standard's own OpenAPI file (BRP API Personen 2.7.0)
class PersonenView(APIView):
    """`POST /haalcentraal/api/brp/personen`: the seven query types of the BRP API Personen."""

    authentication_classes = [ApiClientAuthentication]
    permission_classes = [HasRegisteredPurpose]
    parser_classes = [BoundedJSONParser]
    renderer_classes = [JSONRenderer]
    throttle_classes = []

    def get_exception_handler(self):
        return exception_handler

    def post(self, request):
        query = parse(request.data)
        with transaction.atomic():
            persons = find_persons(query, request.call.client)
            body = {
                "type": query.type.name,
                "personen": personen(query, persons, timezone.localdate()),
            }
            log_reads(request.call, query, persons)
        return Response(body, content_type=CONTENT_TYPE)
