from django.urls import path

from nearer.api import views

app_name = "api_tokens"

urlpatterns = [
    path("", views.tokens, name="list"),
    path("new/", views.token_create, name="create"),
    path("<int:pk>/revoke/", views.token_revoke, name="revoke"),
    path("revoke-all/", views.tokens_revoke_all, name="revoke_all"),
]
