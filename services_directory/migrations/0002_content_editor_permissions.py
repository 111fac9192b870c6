from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_EDITORS = "Content editors"
# model: the actions content editors may take in Django admin.
PERMISSIONS = {
    "substance": ["add", "change", "delete", "view"],
    "mixingrisk": ["add", "change", "delete", "view"],
    # No delete: the overdose guide and the other advice pages are linked from every page.
    "advicepage": ["add", "change", "view"],
    "taxonomy": ["view"],
    "taxonomyterm": ["view"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("services_directory")
    app_config.models_module = True  # create_permissions skips apps without a models module
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=CONTENT_EDITORS)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="services_directory", codename__in=codenames)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=CONTENT_EDITORS).first()
    if editors:
        editors.permissions.remove(*Permission.objects.filter(content_type__app_label="services_directory"))


class Migration(migrations.Migration):
    dependencies = [
        ("services_directory", "0001_initial"),
        ("accounts", "0002_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
