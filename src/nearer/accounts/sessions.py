"""Django's database sessions, read with one plain query.

Every signed-in request loads its session. Django's store builds and compiles an ORM query for
that each time, which cost several times the query itself; this store reads the same row
(unexpired, by key) with a raw query on the same table. Writing, expiry and deletion are
Django's own, so sessions stay shared by every process through the database.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import connections
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Session | None:
        model = self.model
        manager = model._default_manager
        connection = connections[manager.db]
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        sql = (
            f"SELECT {quote('session_key')}, {quote('session_data')}, {quote('expire_date')}"  # noqa: S608
            f" FROM {table} WHERE {quote('session_key')} = %s"
            f" AND {quote('expire_date')} > %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        for session in manager.raw(sql, [self.session_key, now]):
            assert isinstance(session, Session)
            return session
        self._session_key = None
        return None
