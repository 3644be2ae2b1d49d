from django.apps import AppConfig


class InsightConfig(AppConfig):
    name = "nearer.insight"
    verbose_name = "Language insight"
    default_auto_field = "django.db.models.BigAutoField"
