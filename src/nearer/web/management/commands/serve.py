"""``nearer serve``: check the configuration, migrate, collect static files, run gunicorn."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core import checks
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser, SystemCheckError
from django.db import connections

from nearer.web import gunicorn_conf


class Command(BaseCommand):
    help = (
        "Serve Nearer with gunicorn: refuse an unsafe configuration (in production every"
        " deployment check must pass), apply migrations, collect static files (served by the"
        " app), then start the workers. Settings come from the environment; see the README."
    )
    requires_system_checks: list[str] = []  # run below, with the deployment checks

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--bind", help="address:port to listen on (default: NEARER_BIND or 127.0.0.1:8000)"
        )
        parser.add_argument(
            "--workers",
            type=int,
            help="worker processes (default: NEARER_WORKERS or 2 x CPU cores + 1)",
        )
        parser.add_argument(
            "--no-migrate",
            action="store_true",
            help="do not apply migrations first (when another process does it)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        workers = options["workers"] or gunicorn_conf.workers
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        bind = options["bind"] or gunicorn_conf.bind[0]
        try:
            self.check(
                include_deployment_checks=settings.PRODUCTION,
                fail_level=checks.WARNING if settings.PRODUCTION else checks.ERROR,
                databases=[],
            )
        except SystemCheckError as error:
            raise CommandError(
                f"refusing to serve with this configuration.\n{error}".rstrip()
            ) from None
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        connections.close_all()  # the workers open their own
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:nearer.web.gunicorn_conf",
            "--bind",
            bind,
            "--workers",
            str(workers),
            "nearer.web.wsgi:application",
        ]
        mode = "production" if settings.PRODUCTION else "development settings"
        self.stdout.write(f"Nearer ({mode}) on http://{bind}/ with {workers} workers")
        self.stdout.flush()
        sys.stderr.flush()
        # Replace this process: signals from a supervisor reach gunicorn's master directly.
        os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, no shell
