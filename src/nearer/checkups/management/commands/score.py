"""``nearer score [--json] < answers.json``: score ``{"<item id>": 1..5, ...}`` from stdin."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.checkups.management.commands._terminal import (
    AnswerInputError,
    console_for,
    fail,
    print_profile,
    read_answers,
    stdin_from,
    write_json,
)
from nearer.core.scoring import AnswerError, profile_json, score_profile
from nearer.web.catalog import site_catalog


class Command(BaseCommand):
    help = (
        'Score answers read from stdin as a JSON object {"<item id>": 1..5} (1 = strongly'
        " disagree, 5 = strongly agree). Bad input exits with status 2 and one line on stderr."
    )
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json",
            action="store_true",
            help='print {"barriers", "priorities", "satisfaction"} as JSON',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        catalog = site_catalog()
        try:
            profile = score_profile(catalog, read_answers(stdin_from(options)))
        except (AnswerInputError, AnswerError) as error:
            fail(self, "score", str(error))
        if options["json"]:
            write_json(self, profile_json(profile))
        else:
            print_profile(console_for(self.stdout), catalog, profile)
