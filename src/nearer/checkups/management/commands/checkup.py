"""``nearer checkup [--json]``: the check-up in the terminal, for one person.

Nothing is stored: answers stay in memory and the profile is printed at the end. With
``--json`` every prompt goes to stderr, so stdout holds only the same JSON as ``nearer score``.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.checkups.management.commands._checkup_flow import InputEnded, TerminalCheckup
from nearer.checkups.management.commands._terminal import (
    console_for,
    fail,
    print_profile,
    stdin_from,
    write_json,
)
from nearer.core.scoring import profile_json, score_profile
from nearer.web.catalog import site_catalog

EXIT_STOPPED = 1
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C


class Command(BaseCommand):
    help = (
        "Take the check-up in the terminal and see your profile. Nothing is saved. With --json,"
        " prompts go to stderr and the profile is printed as JSON (as `nearer score --json`)."
    )
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json",
            action="store_true",
            help="print the profile as JSON on stdout; prompts go to stderr",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        catalog = site_catalog()
        console = console_for(self.stderr if options["json"] else self.stdout)
        flow = TerminalCheckup(catalog, console, stdin_from(options))
        try:
            answers = flow.run()
        except InputEnded:
            console.print()
            fail(
                self,
                "checkup",
                "input ended before the check-up was finished; nothing was saved",
                EXIT_STOPPED,
            )
        except KeyboardInterrupt:
            console.print()
            fail(self, "checkup", "stopped; nothing was saved", EXIT_INTERRUPTED)
        profile = score_profile(catalog, answers)
        if options["json"]:
            write_json(self, profile_json(profile))
            return
        console.print()
        print_profile(console, catalog, profile)
