"""captionist: match image files to caption records and embed them as IPTC IIM, XMP and EXIF."""

__version__ = "0.1.0"
