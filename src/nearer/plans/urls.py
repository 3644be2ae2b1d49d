from django.urls import path

from nearer.plans import views

app_name = "plans"

urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("weeks/", views.weeks, name="weeks"),
    path("sessions/<int:pk>/done/", views.session_done, name="session_done"),
    path("sessions/<int:pk>/undo/", views.session_undo, name="session_undo"),
    path("sessions/<int:pk>/snooze/", views.session_snooze, name="session_snooze"),
    path("sessions/<int:pk>/swap/", views.session_swap, name="session_swap"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar/feed/", views.feed_create, name="feed_create"),
    path("calendar/feed/revoke/", views.feed_revoke, name="feed_revoke"),
    path("calendar/planner.ics", views.download, name="download"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
    path("reminders/", views.reminders, name="reminders"),
]
