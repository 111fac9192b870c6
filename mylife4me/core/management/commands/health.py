from django.core.management.base import BaseCommand, CommandError

from mylife4me.core import health


class Command(BaseCommand):
    help = (
        "Reports the health of every part: database, cache, broker, worker, alerts outbox and beat. "
        "Exits non-zero when any part is down."
    )

    def handle(self, *args, **options) -> None:
        parts = health.check_everything()
        for part in parts:
            mark = self.style.SUCCESS("ok  ") if part.ok else self.style.ERROR("DOWN")
            self.stdout.write(f"{mark} {part.name:<10} {part.detail}")
        down = [part.name for part in parts if not part.ok]
        if down:
            raise CommandError(f"Down: {', '.join(down)}")
