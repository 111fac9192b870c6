from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "mylife4me.accounts"
    label = "accounts"
    verbose_name = "Accounts and roles"

    def ready(self) -> None:
        from mylife4me.accounts import demo, personal_data
        from mylife4me.core.demo import register_demo_loader

        personal_data.register_exporter("account", personal_data.export_account)
        register_demo_loader("staff accounts", demo.load_staff_accounts, order=0)
