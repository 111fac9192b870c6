"""A seeded site for the security walkers: every app's demo content plus one account per role.

Everything here is made through the apps' own functions and demo loaders, so the stories and access-code
apps are in the world as soon as they register a demo loader.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import activate_totp
from mylife4me.core.demo import demo_loaders
from tests.conftest import BROWSER_NAVIGATION
from tests.factories import TOTP_SECRET, UserFactory


@dataclass(frozen=True)
class Principal:
    """Who is asking: a role (or none), with or without two-factor authentication."""

    name: str
    roles: frozenset = frozenset()
    mfa: bool = True
    superuser: bool = False
    organisation: str = ""  # "A" or "B" for provider staff
    signed_in: bool = True

    def holds(self, *roles: Role) -> bool:
        if not self.signed_in:
            return False
        if self.superuser:
            return True
        return bool(self.roles & {str(role) for role in roles}) if roles else bool(self.roles)

    @property
    def is_staff_member(self) -> bool:
        return self.superuser or bool(self.roles)


def _staff(name, role, mfa=True, **kw):
    return Principal(name, frozenset({str(role)}), mfa=mfa, **kw)


PRINCIPALS = [
    Principal("anonymous", signed_in=False),
    Principal("person"),
    Principal("other person"),
    _staff("moderator", Role.MODERATOR),
    _staff("moderator without MFA", Role.MODERATOR, mfa=False),
    _staff("provider staff A", Role.PROVIDER_STAFF, organisation="A"),
    _staff("provider staff A without MFA", Role.PROVIDER_STAFF, mfa=False, organisation="A"),
    _staff("provider staff B", Role.PROVIDER_STAFF, organisation="B"),
    _staff("code administrator", Role.CODE_ADMINISTRATOR),
    _staff("code administrator without MFA", Role.CODE_ADMINISTRATOR, mfa=False),
    _staff("content editor", Role.CONTENT_EDITOR),
    _staff("content editor without MFA", Role.CONTENT_EDITOR, mfa=False),
    Principal("admin", superuser=True),
    Principal("admin without MFA", superuser=True, mfa=False),
]


@dataclass
class World:
    users: dict = field(default_factory=dict)  # principal name -> user
    objects: dict = field(default_factory=dict)  # what the URL table needs by name

    def client(self, principal: Principal, **defaults) -> Client:
        """A browser-like client signed in as the principal, signed in again whenever a page (quick exit)
        ended its session."""
        world = self

        class _Client(Client):
            def request(self, **request):
                if principal.signed_in and "_auth_user_id" not in self.session:
                    self.force_login(world.users[principal.name])
                return super().request(**request)

        client = _Client(**defaults)
        client.defaults.update(BROWSER_NAVIGATION)
        return client


def _quiet(_line: str) -> None:
    pass


def build_world() -> World:
    """Loads every demo loader, then the accounts and the objects whose owner matters."""
    from forum import posting
    from forum.models import Post, Thread
    from mylife4me.alerts.models import Notification
    from mylife4me.moderation.models import ModerationItem, Standing, WatchedWord
    from services_directory import callbacks
    from services_directory.models import Closure, Location, Membership, Organization, Service

    for _name, loader in demo_loaders():
        loader(_quiet)

    world = World()
    for number, principal in enumerate(PRINCIPALS):
        if not principal.signed_in:
            continue
        user = UserFactory(
            username=f"walker-{number}", is_superuser=principal.superuser, is_staff=principal.superuser
        )
        for role in principal.roles:
            user.groups.add(Group.objects.get(name=role))
        if principal.mfa and principal.is_staff_member:
            activate_totp(user, TOTP_SECRET)
        Standing.objects.update_or_create(user=user, defaults={"agreed_rules_at": timezone.now()})
        world.users[principal.name] = user

    # Two organisations, each with a service taking call-backs, a place, a closure and an open call-back.
    for letter in "AB":
        organisation = Organization.objects.create(
            name=f"Walker organisation {letter}", slug=f"walk-{letter}"
        )
        service = Service.objects.create(
            organization=organisation,
            name=f"Walker service {letter}",
            slug=f"walker-service-{letter.lower()}",
            description="A test service.",
            accepts_callbacks=True,
            last_checked=timezone.localdate(),
        )
        location = Location.objects.create(
            organization=organisation, name=f"Walker place {letter}", address_1="1 Test Street"
        )
        closure = Closure.objects.create(
            service=service, starts_on=timezone.localdate(), ends_on=timezone.localdate(), reason="Training"
        )
        callback = callbacks.request_callback(
            service, name="Sam", phone="+447700900123", best_times="evenings", note="please call"
        )
        for principal in PRINCIPALS:
            if principal.organisation == letter:
                Membership.objects.create(organization=organisation, user=world.users[principal.name])
        world.objects[f"organisation {letter}"] = organisation
        world.objects[f"service {letter}"] = service
        world.objects[f"location {letter}"] = location
        world.objects[f"closure {letter}"] = closure
        world.objects[f"callback {letter}"] = callback

    # A thread everyone can see, and the person's own post that waits for a moderator (their draft).
    thread = Thread.objects.filter(visible=True).order_by("pk").first()
    world.objects["thread"] = thread
    world.objects["visible post"] = Post.objects.filter(thread=thread, state=Post.State.VISIBLE).first()
    person = world.users["person"]
    Standing.objects.filter(user=person).update(trust_level=0)
    outcome = posting.reply(person, thread, "My own words, waiting for a moderator.")
    held = outcome.post
    held.refresh_from_db()
    assert held.state != Post.State.VISIBLE, "a new person's first post should wait for a moderator"
    world.objects["held post"] = held
    world.objects["moderation item"] = ModerationItem.objects.order_by("pk").first()
    world.objects["watched word"] = WatchedWord.objects.order_by("pk").first()
    world.objects["notification"] = Notification.objects.order_by("created_at").first()
    return world
