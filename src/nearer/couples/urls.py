from django.urls import URLPattern

app_name = "couples"

urlpatterns: list[URLPattern] = []
