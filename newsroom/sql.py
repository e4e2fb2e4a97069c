"""Plain SQL for the few statements on every request's path, built from the models.

Building an ORM query costs several times what running a small one does (about 0.3 ms of
CPU against 0.05 ms here), and the session, the signed-in user and an annotation's
creation run on every write. Those statements are written by hand; their columns and
value conversions still come from the models' fields, so a new field is never forgotten.
"""

from __future__ import annotations

import functools

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Model
from django.db.models.fields import AutoFieldMixin


@functools.cache
def _reading(model: type[Model], defer: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...], tuple]:
    fields = [f for f in model._meta.concrete_fields if f.name not in defer]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    converters = []
    for i, field in enumerate(fields):
        column = field.get_col(model._meta.db_table)
        found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if found:
            converters.append((i, column, found))
    return columns, tuple(f.attname for f in fields), tuple(converters)


def columns(model: type[Model], alias: str = "") -> str:
    """The model's columns, quoted, in field order: what ``instance`` reads back."""
    if not alias:
        return _reading(model)[0]
    quote = connection.ops.quote_name
    return ", ".join(f"{alias}.{quote(f.column)}" for f in model._meta.concrete_fields)


def instance(model: type[Model], row, defer: tuple[str, ...] = ()) -> Model:
    """A model instance from a row of ``columns(model)``, converted as the ORM would."""
    _, names, converters = _reading(model, defer)
    values = list(row)
    for i, column, found in converters:
        for converter in found:
            values[i] = converter(values[i], column, connection)
    return model.from_db(connection.alias, names, values)


def fetch_one(model: type[Model], where: str, params, *, defer: tuple[str, ...] = ()):
    """The first row ``where`` matches, as an instance with ``defer`` left unloaded; or None."""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {_reading(model, defer)[0]} FROM {table} WHERE {where} LIMIT 1",  # noqa: S608 - names from the model, values as parameters
            params,
        )
        row = cursor.fetchone()
    return None if row is None else instance(model, row, defer)


@functools.cache
def _writing(model: type[Model], numbered: bool) -> tuple[tuple, str, str, str]:
    """Fields, table, columns and placeholders of an INSERT; ``numbered``: the database
    numbers the auto primary key."""
    fields = tuple(
        f for f in model._meta.concrete_fields if not (numbered and isinstance(f, AutoFieldMixin))
    )
    quote = connection.ops.quote_name
    return (
        fields,
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )


def insert_parts(obj: Model) -> tuple[str, str, str, list]:
    """(table, columns, placeholders, params) to INSERT ``obj`` as ``save()`` would.

    Field defaults and ``auto_now`` values are filled in on the object; an auto primary
    key left empty is the database's to number. Mark the object saved with ``saved``.
    """
    auto = obj._meta.auto_field
    numbered = auto is not None and auto.value_from_object(obj) is None
    fields, table, columns, placeholders = _writing(type(obj), numbered)
    wrapper = connections[DEFAULT_DB_ALIAS]  # the connection itself, not its thread-local proxy
    params = [f.get_db_prep_save(f.pre_save(obj, add=True), wrapper) for f in fields]
    return table, columns, placeholders, params


def saved(obj: Model) -> Model:
    """Mark an object inserted through ``insert_parts`` as stored, as ``save()`` does."""
    obj._state.adding = False
    obj._state.db = connection.alias
    return obj
