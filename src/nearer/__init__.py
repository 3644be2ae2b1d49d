"""Nearer: recognise and work through the emotional barriers that keep closeness out."""

__version__ = "0.1.0"
