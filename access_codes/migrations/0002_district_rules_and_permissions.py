"""Seeds the district rule from the district figures the project carries (share of each B district's
postcodes inside Birmingham: 1.0 inside, 0 outside, between: split, checked by staff), the pool state row,
and what Code administrators may do in admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from services_directory.postcode_districts import DISTRICTS

CODE_ADMINISTRATORS = "Code administrators"
PERMISSIONS = {
    "districtrule": ["add", "change", "view"],
    "codebatch": ["view"],
    "accesscode": ["view"],
    "coderequest": ["view"],
    "requestevent": ["view"],
}


def rule(share: float) -> str:
    if share >= 1.0:
        return "inside"
    if share <= 0:
        return "outside"
    return "check"


def seed(apps, schema_editor):
    DistrictRule = apps.get_model("access_codes", "DistrictRule")
    PoolState = apps.get_model("access_codes", "PoolState")
    DistrictRule.objects.bulk_create(
        [
            DistrictRule(district=district, rule=rule(share), note=f"{share:.1%} of postcodes in Birmingham")
            for district, (_lat, _lon, share) in DISTRICTS.items()
        ],
        ignore_conflicts=True,
    )
    PoolState.objects.get_or_create(pk=1)

    app_config = apps.get_app_config("access_codes")
    app_config.models_module = True  # create_permissions skips apps without a models module
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=CODE_ADMINISTRATORS)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="access_codes", codename__in=codenames)
    )


def unseed(apps, schema_editor):
    apps.get_model("access_codes", "DistrictRule").objects.all().delete()
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=CODE_ADMINISTRATORS).first()
    if group:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="access_codes"))


class Migration(migrations.Migration):
    dependencies = [
        ("access_codes", "0001_initial"),
        ("accounts", "0002_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
