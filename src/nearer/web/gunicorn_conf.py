"""Gunicorn settings for ``nearer serve``, read from the environment.

Processes are stateless (sessions and everything else live in the database), so any number
of them can run behind one reverse proxy against one PostgreSQL database.
"""

from __future__ import annotations

import os

from nearer.web.env import env_bool, env_int, env_str

bind = [env_str("NEARER_BIND", "127.0.0.1:8000")]
# Sync workers: one request at a time each, the usual choice behind a buffering proxy.
workers = env_int("NEARER_WORKERS", 2 * (os.cpu_count() or 1) + 1, minimum=1)
threads = env_int("NEARER_THREADS", 1, minimum=1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = env_int("NEARER_WORKER_TIMEOUT", 30, minimum=5)
graceful_timeout = 30
keepalive = 5
# Recycle workers after this many requests (0 = never), with jitter so they do not all restart
# at once.
max_requests = env_int("NEARER_MAX_REQUESTS", 0, minimum=0)
max_requests_jitter = max_requests // 10
# Load Django once in the master: workers fork ready to answer, and a crashed worker is
# replaced in milliseconds.
preload_app = True
# Request lines name private pages (ids, not content), so access logging is opt-in.
accesslog = "-" if env_bool("NEARER_ACCESS_LOG", default=False) else None
errorlog = "-"
loglevel = env_str("NEARER_GUNICORN_LOG_LEVEL", "warning")
# Trust X-Forwarded-* only from the proxy in front (comma-separated addresses).
forwarded_allow_ips = env_str("NEARER_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "nearer"
SHM = "/dev/shm"  # noqa: S108 - gunicorn makes its heartbeat files there with mkstemp
if os.path.isdir(SHM):
    # Heartbeat files in memory: a slow disk must not make workers look dead.
    worker_tmp_dir = SHM
