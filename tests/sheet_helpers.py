"""What the sheet parser makes of a one-caption text: the place-rule tests share this."""

from __future__ import annotations

from captionist.sources.sheet import parse_sheet


def place(text: str) -> tuple[str | None, str | None, list[str]]:
    """City, country code and warnings of the one caption in `text`."""
    (cap,) = parse_sheet(text).captions
    return cap.record.get("cityName"), cap.record.get("countryCode"), cap.warnings
