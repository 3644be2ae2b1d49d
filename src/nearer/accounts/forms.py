from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import BaseUserCreationForm, PasswordChangeForm

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


class PasswordChangeWithSessionsForm(PasswordChangeForm):
    """Django's password change (current password first), plus the choice to sign out the
    person's other sessions, on unless they turn it off."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": "That is not your current password. Please try again.",
    }
    sign_out_others = forms.BooleanField(
        label="Also sign out my other sessions",
        required=False,
        initial=True,
        help_text="Recommended if someone else may know your old password.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Current password"
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "New password again"


class EmailChangeForm(forms.Form):
    email = forms.EmailField(
        label="New email address",
        help_text="You will sign in with this address, and password resets go to it. A short "
        "notice, with no details, goes to your current address.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_email(self) -> str:
        email: str = User.objects.normalize_email(self.cleaned_data["email"].strip()).lower()
        if email == self.user.email.lower():
            raise forms.ValidationError("That is already your sign-in address.")
        if User.objects.filter(email__iexact=email).exclude(pk=self.user.pk).exists():
            raise forms.ValidationError(
                "That address already belongs to another account. Please choose another."
            )
        return email
