from django.urls import path

from nearer.checkins import views

app_name = "checkins"

urlpatterns = [
    path("", views.progress, name="progress"),
    path("checkin/", views.checkin, name="checkin"),
    path("barriers.svg", views.barriers_chart, name="barriers_chart"),
    path("satisfaction.svg", views.satisfaction_chart, name="satisfaction_chart"),
    path("checkins/<int:pk>/remove/", views.remove, name="remove"),
]
