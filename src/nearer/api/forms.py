from __future__ import annotations

from django import forms

from nearer.api.services import NAME_MAX


class TokenForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=NAME_MAX,
        help_text="Something that reminds you where you use it, such as “my notes script”.",
        error_messages={"required": "Give the token a name, so you can recognise it later."},
    )
