from django.urls import path

from nearer.insight import views

app_name = "insight"

urlpatterns = [
    path("journal/", views.journal, name="journal"),
    path("journal/new/", views.journal_new, name="journal_new"),
    path("journal/<uuid:entry_id>/", views.journal_entry, name="journal_entry"),
    path("journal/<uuid:entry_id>/edit/", views.journal_edit, name="journal_edit"),
    path("journal/<uuid:entry_id>/delete/", views.journal_delete, name="journal_delete"),
    path("coach/", views.coach, name="coach"),
]
