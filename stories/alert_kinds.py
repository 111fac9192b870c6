"""The alerts stories send: new stories to subscribers, the double opt-in, and news to writers."""

from mylife4me.alerts import AlertKind, register_kind

NEW_STORY = "stories.new_story"
CONFIRM = "stories.confirm_subscription"
PUBLISHED = "stories.published"
DECLINED = "stories.declined"
CHANGES = "stories.changes_requested"

BOTH = frozenset({"email", "sms"})


def register() -> None:
    register_kind(
        AlertKind(
            name=NEW_STORY,
            label="New recovery stories",
            email_subject="A new story on MyLife4Me",
            email_template="stories/alerts/new_story.txt",
            sms_template="MyLife4Me: a new story has been shared. {{ url }}",
            channels=BOTH,
            default_channels=frozenset({"email"}),
        )
    )
    register_kind(
        AlertKind(
            name=CONFIRM,
            label="Confirm alerts about new stories",
            email_subject="Confirm you want alerts from MyLife4Me",
            email_template="stories/alerts/confirm.txt",
            sms_template="MyLife4Me: to start getting texts about new stories, open {{ url }}",
            channels=BOTH,
            default_channels=BOTH,
            choosable=False,
        )
    )
    register_kind(
        AlertKind(
            name=PUBLISHED,
            label="Your story is published",
            email_subject="Your story is published",
            email_template="stories/alerts/published.txt",
            sms_template="MyLife4Me: a moderator published your story. {{ url }}",
            channels=BOTH,
            default_channels=frozenset({"email"}),
        )
    )
    register_kind(
        AlertKind(
            name=DECLINED,
            label="Your story was not published",
            email_subject="Your story was not published",
            email_template="stories/alerts/declined.txt",
            sms_template="MyLife4Me: a moderator did not publish your story. Read why: {{ url }}",
            channels=BOTH,
            default_channels=frozenset({"email"}),
        )
    )
    register_kind(
        AlertKind(
            name=CHANGES,
            label="A moderator asks for changes to your story",
            email_subject="A moderator asks for changes to your story",
            email_template="stories/alerts/changes.txt",
            sms_template="MyLife4Me: a moderator asks for a change to your story. Read it here: {{ url }}",
            channels=BOTH,
            default_channels=frozenset({"email"}),
        )
    )
