"""A plain-words summary of a browser's user agent, such as "Firefox on Windows".

Deliberately tiny and built only from the fixed words below: the summary never repeats any
part of the header itself, so a crafted user agent cannot put text on someone's sessions page,
and nothing more identifying than browser and system family is kept.
"""

from __future__ import annotations

UNKNOWN = "Unknown device"

# Order matters: many browsers also announce the ones they were built on ("Chrome ... Safari").
_BROWSERS: tuple[tuple[str, str], ...] = (
    ("edg/", "Edge"),
    ("edga/", "Edge"),
    ("edgios/", "Edge"),
    ("opr/", "Opera"),
    ("opera", "Opera"),
    ("samsungbrowser/", "Samsung Internet"),
    ("vivaldi/", "Vivaldi"),
    ("firefox/", "Firefox"),
    ("fxios/", "Firefox"),
    ("crios/", "Chrome"),
    ("chromium/", "Chromium"),
    ("chrome/", "Chrome"),
    ("safari/", "Safari"),
)
_SYSTEMS: tuple[tuple[str, str], ...] = (
    ("iphone", "iPhone"),
    ("ipad", "iPad"),
    ("android", "Android"),
    ("windows", "Windows"),
    ("cros", "ChromeOS"),
    ("macintosh", "Mac"),
    ("mac os x", "Mac"),
    ("linux", "Linux"),
)
_PROGRAMS = ("curl/", "wget/", "python-requests/", "python-urllib/", "httpx/", "okhttp/")


def _first(haystack: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for needle, name in table:
        if needle in haystack:
            return name
    return None


def device_summary(user_agent: str | None) -> str:
    ua = (user_agent or "").lower()[:512]
    if not ua.strip():
        return UNKNOWN
    if any(ua.startswith(program) for program in _PROGRAMS):
        return "A program (not a browser)"
    browser = _first(ua, _BROWSERS)
    system = _first(ua, _SYSTEMS)
    if browser and system:
        return f"{browser} on {system}"
    if browser:
        return browser
    if system:
        return f"A browser on {system}"
    return UNKNOWN
