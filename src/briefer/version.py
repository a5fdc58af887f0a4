"""briefer's version, at the ground floor so that anything may name it."""

__version__ = "0.1.0"
