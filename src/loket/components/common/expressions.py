"""Query expressions the ZGW read paths share."""

from django.db.models import BooleanField, F, Func


class InIds(Func):
    """`column IN (ids)` for integer keys, sent to PostgreSQL as ONE array parameter.

    An authorisation filter can list hundreds of zaaktypen. As an IN list every id is a separate
    placeholder that Django compiles and psycopg adapts one by one on every request (about a
    millisecond for 100 ids); `column = ANY('{1,2,…}'::bigint[])` gives PostgreSQL the same plan.
    Other databases get the plain IN list.
    """

    output_field = BooleanField()
    conditional = True
    arity = 1

    def __init__(self, column: str, ids):
        super().__init__(F(column))
        self.ids = tuple(sorted({int(value) for value in ids}))

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        if len(self.ids) == 1:
            # Plain equality: PostgreSQL (before 17) cannot read an index in order through
            # `= ANY(…)`, so `ORDER BY … LIMIT` over a municipality's zaken would sort them all.
            return f"{column} = %s", (*params, self.ids[0])
        if connection.vendor == "postgresql":
            literal = "{" + ",".join(map(str, self.ids)) + "}"
            return f"{column} = ANY(%s::bigint[])", (*params, literal)
        if not self.ids:
            return "1 = 0", params
        placeholders = ", ".join(["%s"] * len(self.ids))
        return f"{column} IN ({placeholders})", (*params, *self.ids)

    def __repr__(self):
        return f"InIds({self.source_expressions[0]!r}, {len(self.ids)} ids)"
