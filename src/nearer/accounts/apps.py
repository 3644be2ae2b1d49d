from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nearer.accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from nearer.accounts import signals  # noqa: F401  (connects the receivers)
