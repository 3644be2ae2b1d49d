from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from nearer.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.account, name="home"),
    path("sessions/", views.sessions, name="sessions"),
    path("sessions/sign-out-others/", views.sign_out_others, name="sign_out_others"),
    path("sessions/<uuid:public_id>/sign-out/", views.sign_out_session, name="sign_out_session"),
    path("password/", views.change_password, name="change_password"),
    path("email/", views.change_email, name="change_email"),
    path("access-log/", views.access_log, name="access_log"),
    path("signup/", views.signup, name="signup"),
    path("confirm-password/", views.confirm_password, name="confirm_password"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="accounts/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
