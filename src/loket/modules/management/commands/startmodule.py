from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from loket.modules.scaffold import DEFAULT_PRODUCT, DEFAULT_QUESTION, create_module


class Command(BaseCommand):
    help = "Create a new service module that passes the conformance kit from the start."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the module's identifier, kebab-case, e.g. afvalpas")
        parser.add_argument("--directory", help="create it as a package in this folder (default: modules/contrib/)")
        parser.add_argument("--title", default="", help="the Dutch title residents see")
        parser.add_argument("--product", default=DEFAULT_PRODUCT, help="the UPL URI of the product it covers")
        parser.add_argument("--question", default=DEFAULT_QUESTION, help="the life-event question slug")
        parser.add_argument("--municipality", default="", help="CBS code of the building municipality")
        parser.add_argument("--supplier", default="", help="name of the building supplier")

    def handle(self, *args, **options):
        try:
            new = create_module(
                options["name"],
                directory=Path(options["directory"]) if options["directory"] else None,
                title=options["title"],
                product=options["product"],
                question=options["question"],
                municipality_code=options["municipality"],
                supplier=options["supplier"],
            )
        except (ValueError, FileExistsError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Created {new.folder}"))
        self.stdout.write(
            "Next:\n"
            f'  1. add to [project.entry-points."loket.modules"]: {new.identifier} = "{new.package}.apps.ModuleConfig"\n'
            "  2. pip install -e .\n"
            f"  3. pytest --loket-conformance {new.identifier}\n"
        )
