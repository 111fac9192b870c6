from django import forms

from forum.models import Category
from mylife4me.moderation.models import Flag

BODY_HELP = "You can use simple formatting: *italics*, **bold**, and lists starting with -."


class RulesAgreementMixin(forms.Form):
    """Adds the 'I agree to the community rules' box for someone who has not agreed yet."""

    def __init__(self, *args, needs_agreement: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_agreement:
            self.fields["agree_rules"] = forms.BooleanField(
                label="I have read the community rules and I agree to them",
                error_messages={"required": "Tick the box to say you agree to the community rules"},
            )


class ReplyForm(RulesAgreementMixin):
    body = forms.CharField(
        label="Your reply",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=BODY_HELP,
        error_messages={
            "required": "Enter your reply",
            "max_length": "Your reply must be 10,000 characters or fewer",
        },
    )


class NewThreadForm(RulesAgreementMixin):
    title = forms.CharField(
        label="Title",
        max_length=120,
        help_text="A few words that say what your post is about.",
        error_messages={
            "required": "Enter a title",
            "max_length": "The title must be 120 characters or fewer",
        },
    )
    body = forms.CharField(
        label="Your post",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=BODY_HELP,
        error_messages={
            "required": "Enter your post",
            "max_length": "Your post must be 10,000 characters or fewer",
        },
    )


class FlagForm(forms.Form):
    why = forms.ChoiceField(
        label="Why should a moderator look at this post?",
        choices=Flag.Why.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why a moderator should look at this post"},
    )
    note = forms.CharField(
        label="Anything else a moderator should know (optional)",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Keep this to 500 characters or fewer"},
    )


class ManageThreadForm(forms.Form):
    ACTIONS = [
        ("lock", "Close to new replies (lock)"),
        ("unlock", "Open to replies again (unlock)"),
        ("pin", "Pin to the top of its category"),
        ("unpin", "Unpin"),
        ("move", "Move to another category"),
    ]
    action = forms.ChoiceField(
        label="What do you want to do?",
        choices=ACTIONS,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do"},
    )
    category = forms.ModelChoiceField(
        label="Move to (only for Move)", queryset=Category.objects.all(), required=False
    )
    reason = forms.CharField(label="Reason (for the action log)", max_length=500, required=False)

    def clean(self):
        data = super().clean()
        if data.get("action") == "move" and not data.get("category"):
            self.add_error("category", "Choose the category to move the thread to")
        return data
