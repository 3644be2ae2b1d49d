from django.apps import AppConfig


class CouplesConfig(AppConfig):
    name = "nearer.couples"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from nearer.couples import signals

        signals.connect()
