from django import forms

from mylife4me.moderation import words
from mylife4me.moderation.models import WatchedWord
from mylife4me.moderation.queue import Decision


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="What do you want to do?",
        choices=[
            (Decision.APPROVE, "Approve"),
            (Decision.EDIT, "Edit and approve"),
            (Decision.REJECT, "Reject"),
            (Decision.HIDE, "Hide"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do with this post"},
    )
    reason = forms.CharField(
        label="Reason or note to the writer",
        help_text="Needed to reject. The writer sees it when you reject or edit. It goes in the action log.",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    edited_text = forms.CharField(
        label="Edited text (only for Edit and approve)",
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def __init__(self, *args, supports_changes: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if supports_changes:
            # Offered only for content types registered with request_changes (stories, not forum posts).
            choices = list(self.fields["decision"].choices)
            choices.insert(2, (Decision.CHANGES, "Ask the writer for changes"))
            self.fields["decision"].choices = choices
            self.fields["reason"].help_text = (
                "Needed to reject or ask for changes. The writer sees it when you reject, edit or ask for "
                "changes. It goes in the action log."
            )

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision == Decision.REJECT and not data.get("reason", "").strip():
            self.add_error("reason", "Enter a reason for the writer")
        if decision == Decision.CHANGES and not data.get("reason", "").strip():
            self.add_error("reason", "Enter the changes you are asking the writer to make")
        if decision == Decision.EDIT and not data.get("edited_text", "").strip():
            self.add_error("edited_text", "Enter the edited text")
        return data


class PersonActionForm(forms.Form):
    action = forms.ChoiceField(
        label="What do you want to do?",
        choices=[
            ("note", "Add a private moderator note"),
            ("silence", "Silence (can read, cannot post)"),
            ("unsilence", "End a silence"),
            ("suspend", "Suspend (cannot sign in)"),
            ("unsuspend", "End a suspension"),
            ("trust0", "Set trust level 0 (posts checked first)"),
            ("trust1", "Set trust level 1 (posts appear at once)"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do"},
    )
    hours = forms.IntegerField(
        label="Silence for how many hours", min_value=1, max_value=24 * 90, required=False, initial=24
    )
    days = forms.IntegerField(
        label="Suspend for how many days", min_value=1, max_value=365, required=False, initial=7
    )
    text = forms.CharField(
        label="Note or reason",
        help_text="Only moderators see this.",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "note" and not data.get("text", "").strip():
            self.add_error("text", "Enter the note")
        if action == "silence" and not data.get("hours"):
            self.add_error("hours", "Enter how many hours")
        if action == "suspend" and not data.get("days"):
            self.add_error("days", "Enter how many days")
        return data


class WatchedWordForm(forms.ModelForm):
    sample = forms.CharField(
        label="Test it on some sample text (optional)",
        help_text="Paste some text and choose Test to see whether the word matches. Nothing is saved.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = WatchedWord
        fields = ["pattern", "action", "message"]
        labels = {"pattern": "Word or phrase", "message": "Message to the writer (block only)"}
        error_messages = {
            "pattern": {"required": "Enter a word or phrase", "unique": "That word is already on the list"},
            "action": {"required": "Choose what happens when it is found"},
        }

    def clean_pattern(self) -> str:
        pattern = " ".join(self.cleaned_data["pattern"].split())
        if not pattern.replace("*", "").strip():
            raise forms.ValidationError("Enter some letters as well as *")
        return pattern.lower()

    def test_result(self) -> str:
        pattern = self.cleaned_data.get("pattern", "")
        sample = self.cleaned_data.get("sample", "")
        if not pattern or not sample:
            return ""
        found = words.compile_pattern(pattern).findall(sample)
        if not found:
            return f"“{pattern}” does not match the sample text."
        return f"“{pattern}” matches: " + ", ".join(f"“{text}”" for text in dict.fromkeys(found))


class LogSearchForm(forms.Form):
    moderator = forms.CharField(label="Moderator's username", required=False, max_length=150)
    person = forms.CharField(label="Person's username", required=False, max_length=150)
