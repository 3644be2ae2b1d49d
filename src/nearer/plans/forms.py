from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta
from typing import Any

from django import forms

from nearer.core.catalog import Catalog, Practice
from nearer.core.planning import MAX_FOCUS, FocusError, validate_focus

LATEST_START_DAYS = 28


class FocusForm(forms.Form):
    focus = forms.MultipleChoiceField(
        label=f"Up to {MAX_FOCUS} barriers to focus on",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one barrier to focus on."},
    )
    with_partner_practices = forms.BooleanField(
        required=False,
        label="Include practices to do with my partner",
        help_text=(
            "For when your partner joins in without using Nearer. Leave it off to plan only"
            " practices you can do on your own."
        ),
    )
    start = forms.DateField(
        label="Start on",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=f"Today, or any day in the next {LATEST_START_DAYS} days.",
    )

    def __init__(self, *args: Any, catalog: Catalog, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.catalog = catalog
        self.today = today
        field = self.fields["focus"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(b.slug, b.title) for b in catalog.barriers]
        self.fields["start"].initial = today

    def clean_focus(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["focus"]
        try:
            validate_focus(self.catalog, chosen)
        except FocusError as error:
            raise forms.ValidationError(str(error)) from error
        return chosen

    def clean_start(self) -> date:
        start: date = self.cleaned_data["start"]
        if start < self.today:
            raise forms.ValidationError("Pick today or a day after it.")
        if start > self.today + timedelta(days=LATEST_START_DAYS):
            raise forms.ValidationError(f"Pick a day within the next {LATEST_START_DAYS} days.")
        return start


class CalendarForm(forms.Form):
    wording = forms.CharField(
        label="What each event is called",
        max_length=60,
        required=False,
        help_text="Something that says nothing private if others see your calendar.",
    )
    show_names = forms.BooleanField(
        required=False,
        label="Show practice names in my calendar",
        help_text="Anyone who sees your calendar would see them too.",
    )
    at = forms.TimeField(
        label="Time of day (leave empty for all-day events)",
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )


class RemindersForm(forms.Form):
    enabled = forms.BooleanField(required=False, label="Send me a short reminder email")
    at = forms.TimeField(
        label="Time of day",
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("enabled") and data.get("at") is None and "at" not in self.errors:
            self.add_error("at", "Pick a time of day for the reminder.")
        return data

    @property
    def chosen_time(self) -> time | None:
        value = self.cleaned_data.get("at")
        return value if isinstance(value, time) else None


class SwapForm(forms.Form):
    practice = forms.ChoiceField(
        label="Do this instead",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a practice to swap in."},
    )

    def __init__(self, *args: Any, options: Sequence[Practice], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["practice"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(p.id, f"{p.title} ({p.minutes} minutes)") for p in options]
