from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Recovery stories"

    def ready(self) -> None:
        from mylife4me.accounts.personal_data import register_exporter
        from mylife4me.core import page_cache
        from mylife4me.core.bench_seeding import register_bench_seeder
        from mylife4me.core.demo import register_demo_loader
        from mylife4me.core.search import register_search_provider
        from mylife4me.figures.registry import register_section
        from stories import alert_kinds, bench_seed, demo, figures, moderation_hooks, personal_data, search

        moderation_hooks.register()
        alert_kinds.register()
        register_exporter("stories", personal_data.export_stories)
        register_demo_loader("recovery stories", demo.load_stories, order=40)
        register_search_provider("stories", "Recovery stories", search.search_stories, order=40)
        register_section(figures.SECTION)
        register_bench_seeder("stories", bench_seed.seed_stories, order=40)
        page_cache.watch("stories")
        page_cache.watch("accounts", "stories")  # a story may be credited to its writer's username
