"""The catalog as the web app sees it: the deployment's locale and safety resources."""

from __future__ import annotations

from django.conf import settings

from nearer.core.catalog import Catalog, default_catalog


def site_catalog() -> Catalog:
    return default_catalog(settings.NEARER_LOCALE, settings.NEARER_RESOURCES_FILE)
