from django.apps import AppConfig


class ServicesDirectoryConfig(AppConfig):
    name = "services_directory"
    verbose_name = "Drugs, advice and support services"

    def ready(self) -> None:
        from mylife4me.core.demo import register_demo_loader
        from mylife4me.core.offline import register_offline_page
        from mylife4me.core.search import register_search_provider
        from services_directory import demo, search

        register_demo_loader("drugs A to Z and advice", demo.load_information, order=10)
        register_search_provider("substances", "Drugs and alcohol", search.search_substances, order=10)
        register_search_provider("advice", "Advice", search.search_advice, order=20)
        register_offline_page("/advice/overdose/", "What to do in an overdose")

        # The services directory (helper D)
        from mylife4me.accounts.personal_data import register_exporter
        from services_directory import alert_kinds, demo_services, personal_data, search_services

        register_demo_loader("services directory", demo_services.load_services, order=20)
        register_search_provider("services", "Support services", search_services.search_services, order=30)
        alert_kinds.register()
        register_exporter("services directory", personal_data.export_directory)

        # Public pages are cached for anonymous readers; any change here remakes them. Bench data.
        from mylife4me.core import page_cache
        from mylife4me.core.bench_seeding import register_bench_seeder
        from services_directory import bench_seed

        page_cache.watch("services_directory")
        register_bench_seeder("directory", bench_seed.seed_directory, order=10)

        # Figures (issue 10): this app's section of /staff/figures/.
        from services_directory import figures as directory_figures

        directory_figures.register()
