from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "nearer.web"
    default_auto_field = "django.db.models.BigAutoField"
