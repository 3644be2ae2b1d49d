from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nearer.exports.demo import demo_create


class Command(BaseCommand):
    help = "Create (once) a demo couple with check-ups, a shared plan and check-ins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print the logins as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        logins = demo_create()
        if options["json"]:
            users = [{"email": login.email, "password": login.password} for login in logins]
            self.stdout.write(json.dumps({"users": users}))
            return
        self.stdout.write("A demo couple is ready. Sign in as either of them:")
        for login in logins:
            self.stdout.write(f"  {login.email}   password: {login.password}")
