"""The HTTP API for DAMs (being split into modules; everything is in `app` for now)."""

from .app import *  # noqa: F401,F403
from .app import (ApiSettings, ConfigError, PathOutsideRoots, confine, create_app, encode_report,  # noqa: F401
                  load_settings, openapi_document, sign)
