from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from loket.catalogue.importers import (
    CATALOGUE_FIXTURE,
    MAPPING_FILE,
    PRODUCTS_FIXTURE,
    QUESTIONS_FILE,
    CatalogueDataError,
    catalogue_fixture,
    check_mapping,
    products_in_fixture,
    read_mapping,
    read_questions,
    write_fixture,
)


class Command(BaseCommand):
    help = (
        "Check the curated catalogue (data/questions.yaml, data/mapping.csv) against the UPL "
        "fixture and compile it into fixtures/catalogue.json. Refuses when a product is unmapped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--questions", type=Path, default=QUESTIONS_FILE)
        parser.add_argument("--mapping", type=Path, default=MAPPING_FILE)
        parser.add_argument("--products", type=Path, default=PRODUCTS_FIXTURE)
        parser.add_argument("--output", type=Path, default=CATALOGUE_FIXTURE)

    def handle(self, *args, questions: Path, mapping: Path, products: Path, output: Path, **options):
        try:
            question_rows = read_questions(questions)
            mapping_rows = read_mapping(mapping)
        except CatalogueDataError as exc:
            raise CommandError(str(exc)) from exc
        problems = check_mapping(question_rows, mapping_rows, products_in_fixture(products))
        if problems:
            raise CommandError("The catalogue is not complete:\n" + "\n".join(problems))
        write_fixture(catalogue_fixture(question_rows, mapping_rows), output)
        self.stdout.write(f"{len(question_rows)} questions and {len(mapping_rows)} products written to {output}")
