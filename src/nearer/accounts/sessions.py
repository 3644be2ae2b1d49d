"""Django's database sessions, read with one plain query.

Every signed-in request loads its session. Django's store builds and compiles an ORM query for
that each time, which costs several times the query itself; this store reads the same row
(unexpired, by key) through a ``RowReader``. Writing, expiry and deletion are Django's own, so
sessions stay shared by every process through the database.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.utils import timezone

from nearer.web.rows import RowReader, datetime_param

_SESSIONS = RowReader(Session, ["session_key", "session_data", "expire_date"])


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Session | None:
        using = Session._default_manager.db
        session = _SESSIONS.first(
            "session_key = %s AND expire_date > %s",
            [self.session_key, datetime_param(timezone.now(), using)],
            using=using,
        )
        if session is None:
            self._session_key = None
        return session
