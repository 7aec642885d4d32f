"""The kanalen of Loket's own components exist on every install (fresh or upgraded)."""

from django.db import migrations

from loket.components.notificaties.constants import OWN_KANALEN


def create_kanalen(apps, schema_editor):
    Kanaal = apps.get_model("notificaties", "Kanaal")
    for naam, (filters, documentatie) in OWN_KANALEN.items():
        Kanaal.objects.update_or_create(
            naam=naam, defaults={"filters": filters, "documentatie_link": documentatie}
        )


class Migration(migrations.Migration):
    dependencies = [("notificaties", "0001_initial")]

    operations = [migrations.RunPython(create_kanalen, migrations.RunPython.noop)]
