from __future__ import annotations

from typing import Any

from django import forms

from nearer.insight import services
from nearer.insight.coach import MAX_FIELD
from nearer.web.catalog import site_catalog


class JournalEntryForm(forms.Form):
    title = forms.CharField(
        label="Title (optional)",
        required=False,
        max_length=services.TITLE_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    body = forms.CharField(
        label="Your entry",
        max_length=services.BODY_MAX,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "true"}),
        error_messages={"required": "Write something before saving; even a line is fine."},
    )
    prompt = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError("Write something before saving; even a line is fine.")
        return body

    def clean_prompt(self) -> str:
        prompt: str = self.cleaned_data.get("prompt", "")
        if not services.journal_prompt_valid(catalog=site_catalog(), prompt=prompt):
            raise forms.ValidationError("That prompt could not be found; pick another one.")
        return prompt


class CoachForm(forms.Form):
    message = forms.CharField(
        label="What you would like to say",
        required=False,
        max_length=services.MESSAGE_MAX,
        strip=False,
    )
    feeling = forms.CharField(required=False, max_length=MAX_FIELD)
    situation = forms.CharField(required=False, max_length=MAX_FIELD)
    need = forms.CharField(required=False, max_length=MAX_FIELD)
    suggested_feeling = forms.CharField(required=False, max_length=MAX_FIELD)
    suggested_situation = forms.CharField(required=False, max_length=MAX_FIELD)
    suggested_need = forms.CharField(required=False, max_length=MAX_FIELD)
    action = forms.ChoiceField(
        required=False, choices=(("", "live"), ("check", "check"), ("compose", "compose"))
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("action") == "compose":
            for name, what in (
                ("feeling", "a feeling word"),
                ("situation", "the situation"),
                ("need", "what you need"),
            ):
                if not (cleaned.get(name) or "").strip():
                    self.add_error(name, f"Add {what} to put it together.")
        return cleaned
