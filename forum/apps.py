from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = "Forum"

    def ready(self) -> None:
        from forum import demo, moderation_hooks, personal_data
        from mylife4me.accounts.personal_data import register_exporter
        from mylife4me.core.demo import register_demo_loader

        moderation_hooks.register()
        register_exporter("forum", personal_data.export_forum)
        register_demo_loader("forum", demo.load_forum, order=30)

        # Public pages are cached for anonymous readers; any change to the forum (or to an account, whose
        # name shows on posts) remakes them. Bench data for `make bench`.
        from forum import bench_seed
        from mylife4me.core import page_cache
        from mylife4me.core.bench_seeding import register_bench_seeder

        page_cache.watch("forum")
        page_cache.watch("accounts", "forum")
        register_bench_seeder("forum", bench_seed.seed_forum, order=30)

        # Figures (issue 10): this app's section of /staff/figures/.
        from forum import figures as forum_figures

        forum_figures.register()
