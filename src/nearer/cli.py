"""The `nearer` command: Django's management entry point plus Nearer's own commands."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nearer.web.settings")
    if sys.argv[1:2] == ["make-field-key"] and "--help" not in sys.argv:
        # Production refuses to load settings until a key exists, so this needs none.
        from nearer.core.crypto import new_key

        print(new_key())
        return
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        # `nearer rotate-keys` runs the `rotate_keys` command (Django names commands by module).
        sys.argv[1] = sys.argv[1].replace("-", "_")
    from django.core.management import execute_from_command_line

    from nearer.web.env import ConfigurationError

    try:
        execute_from_command_line(sys.argv)
    except ConfigurationError as error:
        # An unsafe or broken configuration: one readable line, no traceback.
        sys.stderr.write(f"nearer: configuration error: {error}\n")
        raise SystemExit(2) from None
