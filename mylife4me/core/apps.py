from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "mylife4me.core"
    label = "core"
    verbose_name = "Site"

    def ready(self) -> None:
        from mylife4me.core import bench_seeding, page_cache

        page_cache.connect_signals()
        bench_seeding.register_bench_seeder("people", bench_seeding.seed_users, order=5)
