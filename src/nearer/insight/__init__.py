"""Language insight in the app: the ``analyze`` command (and, later, journal and coach views)."""
