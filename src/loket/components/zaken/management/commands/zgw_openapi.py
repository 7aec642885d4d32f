"""Regenerate the committed OpenAPI documents of the ZGW components.

    loket zgw_openapi                 # write src/loket/components/<component>/openapi.yaml
    loket zgw_openapi --check         # fail when a committed document is stale
    loket zgw_openapi --differences   # also rewrite tests/standard/accepted_differences.txt
    loket zgw_openapi --component documenten   # only this one

Review the changes in accepted_differences.txt before committing them: every line is a place
where we differ from the standard.
"""

from django.core.management.base import BaseCommand, CommandError

from loket.components.common import openapi, openapi_diff


class Command(BaseCommand):
    help = "Regenerate (or check) the committed OpenAPI documents of the ZGW components."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only check, write nothing.")
        parser.add_argument(
            "--differences",
            action="store_true",
            help="Also rewrite the list of accepted differences with the standard.",
        )
        parser.add_argument(
            "--component",
            action="append",
            choices=sorted(openapi.components()),
            help="Only this component (may be repeated).",
        )

    def handle(self, *args, check=False, differences=False, component=None, **options):
        stale = []
        for api in openapi.components().values():
            if component and api.name not in component:
                continue
            document = openapi.generate(api)
            text = openapi.render(document)
            current = api.document_path.read_text() if api.document_path.exists() else ""
            if current != text:
                stale.append(str(api.document_path))
                if not check:
                    api.document_path.write_text(text)
            found = openapi_diff.differences(document, openapi.load(api.standard_path))
            if differences and not check:
                api.accepted_differences_path.write_text("".join(f"{line}\n" for line in found))
            self.stdout.write(
                f"{api.name}: {len(document['paths'])} paths, {len(found)} differences"
            )
        if check and stale:
            raise CommandError("Stale OpenAPI documents: " + ", ".join(stale))
