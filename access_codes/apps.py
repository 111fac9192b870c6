from django.apps import AppConfig


class AccessCodesConfig(AppConfig):
    name = "access_codes"
    verbose_name = "Breaking Free Online access codes"

    def ready(self) -> None:
        from access_codes import alert_kinds, bench_seed, demo, figures
        from mylife4me.accounts.roles import Role
        from mylife4me.core.bench_seeding import register_bench_seeder
        from mylife4me.core.demo import register_demo_loader
        from mylife4me.figures.registry import Section, register_section

        alert_kinds.register()
        register_demo_loader("access codes", demo.load_access_codes, order=50)
        register_bench_seeder("access codes", bench_seed.seed_access_codes, order=50)
        register_section(
            Section(
                name="access-codes",
                heading="Breaking Free Online access codes",
                tables=figures.tables,
                roles=frozenset({Role.CODE_ADMINISTRATOR}),
                order=70,
            )
        )
