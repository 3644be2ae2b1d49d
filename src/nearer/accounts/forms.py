from __future__ import annotations

from django import forms
from django.contrib.auth.forms import BaseUserCreationForm

from nearer.accounts.models import User


class SignupForm(BaseUserCreationForm):  # type: ignore[type-arg]
    email = forms.EmailField(
        label="Email address",
        help_text="Used to sign in and to reset your password. Nothing else is sent to it "
        "unless you ask for it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = User
        fields = ("email",)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "That address already has an account. Sign in, or reset the password."
            )
        return email


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user: User, *args: object, **kwargs: object) -> None:
        self.user = user
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password is not right. Please try again.")
        return password
