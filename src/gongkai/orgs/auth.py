"""Staff login with lock-out after repeated failures (counted in the database)."""

import ipaddress
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.db.models import Max
from django.forms.utils import ErrorDict
from django.utils import timezone

from gongkai.core import audit
from gongkai.orgs.access import public_view
from gongkai.orgs.models import LoginAttempt


def client_ip(request) -> str | None:
    """The visitor's address. Behind a trusted reverse proxy (``settings.TRUSTED_PROXIES``) that is
    the last X-Forwarded-For entry, the one the proxy appended; otherwise every visitor would share
    the proxy's address, and a few failed logins would lock everybody out."""
    remote = request.META.get("REMOTE_ADDR") or None
    if remote in settings.TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass
    return remote


def is_locked_out(username: str, ip: str | None) -> bool:
    """Too many failures for this username, or from this address, within the lock-out window.
    A successful login starts the username's count afresh: the holder has shown the password."""
    since = timezone.now() - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
    recent = LoginAttempt.objects.filter(at__gte=since, succeeded=False)
    limit = settings.LOGIN_FAILURE_LIMIT
    last_success = (LoginAttempt.objects.filter(username=username, succeeded=True, at__gte=since)
                    .aggregate(at=Max("at"))["at"])
    if recent.filter(username=username, at__gt=last_success or since).count() >= limit:
        return True
    # An address gets more room: several people may share one office gateway.
    return ip is not None and recent.filter(client_ip=ip).count() >= 4 * limit


class LockoutLoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")[:150]
        if is_locked_out(username, client_ip(request)):
            form = self.get_form()
            # Do not authenticate at all while locked: no password check, no timing signal.
            form._errors, form.cleaned_data = ErrorDict(), {}
            form.add_error(
                None, f"登录失败次数过多，账户已被临时锁定，请{settings.LOGIN_LOCKOUT_MINUTES}分钟后再试。"
            )
            return self.form_invalid(form)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        LoginAttempt.objects.create(username=form.get_user().get_username(), client_ip=client_ip(self.request),
                                    succeeded=True)
        return super().form_valid(form)

    def form_invalid(self, form):
        username = self.request.POST.get("username", "")[:150]
        if username and not is_locked_out(username, client_ip(self.request)):
            LoginAttempt.objects.create(username=username, client_ip=client_ip(self.request))
            if is_locked_out(username, client_ip(self.request)):
                audit.record("orgs.login_locked", summary=f"账户 {username} 因多次登录失败被锁定")
        return super().form_invalid(form)


login_view = public_view(LockoutLoginView.as_view())
logout_view = public_view(auth_views.LogoutView.as_view())
