"""The tables are ready to be sharded by municipality on Citus (docs/scaling.md).

Citus can only enforce a unique constraint on a distributed table when the constraint includes
the distribution column, and routes a query to one node only when it filters on that column.
"""

from django.apps import apps

from loket.tenancy.distribution import DISTRIBUTION_COLUMN, Placement, placement_of


def _loket_models():
    return [m for m in apps.get_models() if m.__module__.startswith("loket.")]


def _distributed():
    return [m for m in _loket_models() if placement_of(m) is Placement.DISTRIBUTED]


def _unique_sets(model):
    """Every set of columns the database keeps unique, except the primary key (on Citus the key
    becomes (municipality_id, id): ids come from one sequence, so it stays unique)."""
    meta = model._meta
    for field in meta.local_fields:
        if field.unique and not field.primary_key:
            yield field.name, {field.name}
    for fields in meta.unique_together:
        yield "unique_together", set(fields)
    for constraint in meta.constraints:
        if getattr(constraint, "fields", None):
            yield constraint.name, set(constraint.fields)


# A one-to-one to a row of the same municipality is unique per municipality by construction
# (the parent fixes the municipality); on Citus its unique index is made on (municipality_id,
# column). Listed, so that a new one is a decision, not an accident.
ONE_TO_ONE_WITHIN_MUNICIPALITY = {("zaken.Resultaat", "zaak"), ("documenten.EnkelvoudigInformatieObject", "latest")}


def test_every_table_has_a_placement():
    unplaced = [m._meta.label for m in _loket_models() if placement_of(m) is None]
    assert not unplaced, f"decide where these tables go on Citus (tenancy/distribution.py): {unplaced}"


def test_the_case_layer_is_distributed():
    labels = {m._meta.label for m in _distributed()}
    assert {"zaken.Zaak", "zaken.Rol", "documenten.EnkelvoudigInformatieObject", "besluiten.Besluit"} <= labels
    assert len(labels) >= 20


def test_every_distributed_table_carries_the_municipality_column():
    for model in _distributed():
        field = model._meta.get_field(DISTRIBUTION_COLUMN)
        assert field.many_to_one and not field.null, f"{model._meta.label}.{DISTRIBUTION_COLUMN} must be a required FK"


def test_every_unique_constraint_of_a_distributed_table_includes_the_municipality():
    offenders = []
    for model in _distributed():
        for name, columns in _unique_sets(model):
            if DISTRIBUTION_COLUMN in columns:
                continue
            if (model._meta.label, name) in ONE_TO_ONE_WITHIN_MUNICIPALITY:
                field = model._meta.get_field(name)
                assert placement_of(field.related_model) is Placement.DISTRIBUTED
                continue
            offenders.append(f"{model._meta.label}: {name} {sorted(columns)}")
    assert not offenders, "add the municipality to these unique constraints:\n" + "\n".join(offenders)


# Foreign keys from a distributed table to a coordinator-local table: Citus cannot enforce them,
# so on Citus they are kept as plain columns (the service that writes the row checks the target).
UNENFORCED_ON_CITUS = {("modules.ModuleAuditEntry", "actor")}


def test_foreign_keys_of_distributed_tables_can_be_enforced_on_citus():
    """To another distributed table (then also (municipality_id, x_id) → (municipality_id, id), so
    the join stays on one node) or to a reference table; anything else is listed and explained."""
    unexpected = []
    for model in _distributed():
        for field in model._meta.local_fields:
            if not field.many_to_one or field.name == DISTRIBUTION_COLUMN:
                continue
            if placement_of(field.related_model) in (Placement.DISTRIBUTED, Placement.REFERENCE):
                continue
            if (model._meta.label, field.name) not in UNENFORCED_ON_CITUS:
                unexpected.append(f"{model._meta.label}.{field.name} → {field.related_model._meta.label}")
    assert not unexpected, f"Citus cannot enforce these foreign keys: {unexpected}"
