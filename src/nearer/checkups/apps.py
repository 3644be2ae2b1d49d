from django.apps import AppConfig


class CheckupsConfig(AppConfig):
    name = "nearer.checkups"
    default_auto_field = "django.db.models.BigAutoField"
