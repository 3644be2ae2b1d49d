"""Model instances from one plain SQL query, converted exactly as the ORM converts them.

Django builds and compiles a new query for every ``.get()``. On the lookups every signed-in
request makes (its session, its person, the check-up it shows) that work costs several times
the query itself (measured: ~185 µs for ``User.objects.filter(pk=…).get()`` against ~25 µs for
the same row read here). A ``RowReader`` works out the column list and the value converters of a
model once per process and database, runs the condition it is given, and builds the instance
with ``Model.from_db``, the ORM's own constructor for loaded rows. Reading only some fields
gives the same deferred instance ``.only()`` would.

Conditions are plain SQL over the table's own (lower-case, unquoted) column names with ``%s``
placeholders; values go in ``params``, never into the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from django.db import DEFAULT_DB_ALIAS, connections, models

M = TypeVar("M", bound=models.Model)

Converter = Callable[[Any, Any, Any], Any]


@dataclass(frozen=True)
class _Plan:
    select: str
    columns: tuple[Any, ...]
    converters: tuple[tuple[Converter, ...], ...]


class RowReader(Generic[M]):
    def __init__(self, model: type[M], fields: Sequence[str] | None = None) -> None:
        meta = model._meta
        concrete = {field.name: field for field in meta.concrete_fields}
        chosen = list(fields) if fields is not None else list(concrete)
        unknown = [name for name in chosen if name not in concrete]
        if unknown:
            raise ValueError(f"{meta.label} has no concrete field {', '.join(unknown)}")
        pk_name = meta.pk.name if meta.pk is not None else None
        if pk_name is None or pk_name not in chosen:
            raise ValueError(f"a RowReader for {meta.label} must read its primary key")
        self.model = model
        self.fields = tuple(concrete[name] for name in chosen)
        self.attnames = tuple(field.attname for field in self.fields)
        self._plans: dict[str, _Plan] = {}

    def _plan(self, alias: str) -> _Plan:
        plan = self._plans.get(alias)
        if plan is None:
            connection = connections[alias]
            quote = connection.ops.quote_name
            table = self.model._meta.db_table
            columns = tuple(field.get_col(table) for field in self.fields)
            names = ", ".join(quote(str(field.column)) for field in self.fields)
            plan = _Plan(
                select=f"SELECT {names} FROM {quote(table)}",  # noqa: S608 - model names only
                columns=columns,
                converters=tuple(
                    tuple(connection.ops.get_db_converters(column))
                    + tuple(column.get_db_converters(connection))
                    for column in columns
                ),
            )
            self._plans[alias] = plan
        return plan

    def first(
        self,
        where: str,
        params: Sequence[Any],
        *,
        order_by: str = "",
        using: str = DEFAULT_DB_ALIAS,
    ) -> M | None:
        """The first row matching ``where`` (in ``order_by`` order), or None."""
        plan = self._plan(using)
        connection = connections[using]
        sql = f"{plan.select} WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} LIMIT 1", list(params))
            row = cursor.fetchone()
        if row is None:
            return None
        values = []
        for value, column, converters in zip(row, plan.columns, plan.converters, strict=True):
            for convert in converters:
                value = convert(value, column, connection)
            values.append(value)
        return self.model.from_db(using, list(self.attnames), values)


def datetime_param(value: datetime, using: str = DEFAULT_DB_ALIAS) -> object:
    """A datetime as the database compares it with a DateTimeField's stored values."""
    return connections[using].ops.adapt_datetimefield_value(value)
