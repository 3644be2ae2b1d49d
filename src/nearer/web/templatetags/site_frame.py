from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from nearer.web import frame

register = template.Library()


@register.simple_tag(takes_context=True)
def site_header(context: template.Context) -> SafeString:
    """The site header (web/_site_header.html), kept per process; see ``nearer.web.frame``."""
    user = context.get("user")
    signed_in = bool(user is not None and user.is_authenticated)
    # The page's own token (the csrf context processor's), shared with any other form on it.
    token = str(context.get("csrf_token", "")) if signed_in else ""
    return frame.site_header(signed_in=signed_in, csrf_token=token)
