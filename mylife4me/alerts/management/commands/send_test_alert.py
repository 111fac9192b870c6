from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mylife4me.alerts import notify


class Command(BaseCommand):
    help = "Sends a test email or text message through the outbox, to check the alerts set-up."

    def add_arguments(self, parser) -> None:
        parser.add_argument("to", help="an email address or a UK mobile number")

    def handle(self, *args, to: str, **options) -> None:
        try:
            with transaction.atomic():
                rows = notify(to, "alerts.test", {})
        except ValueError as error:
            raise CommandError(str(error)) from None
        for row in rows:
            self.stdout.write(f"Queued {row.channel} message {row.id}")
