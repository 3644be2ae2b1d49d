from django.urls import path

from nearer.library import views

app_name = "library"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.barrier, name="barrier"),
]
