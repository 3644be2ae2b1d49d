from django.urls import path

from nearer.checkups import views

app_name = "checkups"

urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("<int:pk>/page/<int:number>/", views.page, name="page"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/chart.svg", views.chart, name="chart"),
]
