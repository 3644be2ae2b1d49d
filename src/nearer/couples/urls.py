from django.urls import path

from nearer.couples import views

app_name = "couples"

urlpatterns = [
    path("", views.hub, name="hub"),
    path("invite/", views.invite, name="invite"),
    path("invite/withdraw/", views.invite_revoke, name="invite_revoke"),
    path("join/", views.join, name="join"),
    path("join/<str:token>/", views.join_link, name="join_link"),
    path("leave/", views.leave, name="leave"),
    path("share/", views.share, name="share"),
    path("share/withdraw/", views.share_withdraw, name="share_withdraw"),
    path("couple/", views.couple, name="couple"),
    path("couple/chart.svg", views.couple_chart, name="couple_chart"),
    path("focus/suggest/", views.focus_propose, name="focus_propose"),
    path("focus/<int:pk>/agree/", views.focus_accept, name="focus_accept"),
    path("focus/<int:pk>/withdraw/", views.focus_withdraw, name="focus_withdraw"),
    path("focus/alone/", views.focus_solo, name="focus_solo"),
]
