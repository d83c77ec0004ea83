"""Declaration Viewer: an offline reader for the Soviet-Japanese Joint Declaration of 1956."""

__version__ = "0.1.0"
