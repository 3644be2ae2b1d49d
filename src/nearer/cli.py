"""The `nearer` command: Django's management entry point plus Nearer's own commands."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
