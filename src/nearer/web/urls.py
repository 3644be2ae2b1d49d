from django.urls import include, path

from nearer.web import views

web_patterns = [
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
]

urlpatterns = [
    path("", include((web_patterns, "web"))),
    path("accounts/", include("nearer.accounts.urls")),
    path("barriers/", include("nearer.library.urls")),
    path("checkup/", include("nearer.checkups.urls")),
    path("together/", include("nearer.couples.urls")),
    path("plan/", include("nearer.plans.urls")),
    path("progress/", include("nearer.checkins.urls")),
    path("my-data/", include("nearer.exports.urls")),
    path("api/v1/", include("nearer.api.urls_v1")),
    path("api-tokens/", include("nearer.api.urls")),
    path("", include("nearer.insight.urls")),
]

handler404 = "nearer.web.views.not_found"
handler500 = "nearer.web.views.server_error"
