"""The JSON API (``/api/v1/``) and the pages where people make and revoke their API tokens."""
