from django import forms
from django.contrib.auth import authenticate


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        help_text="To be sure it is you.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label="I understand my account and what I have written will be deleted and cannot be brought back",
        error_messages={"required": "Tick the box to say you understand your account will be deleted"},
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if authenticate(username=self.user.get_username(), password=password) is None:
            raise forms.ValidationError("Your password is not right. Check it and try again")
        return password
