from django.urls import path

from nearer.exports import views

app_name = "exports"

urlpatterns = [
    path("", views.index, name="index"),
    path("export.json", views.export_json, name="export_json"),
    path("report.pdf", views.report, name="report"),
    path("delete/", views.delete, name="delete"),
]
