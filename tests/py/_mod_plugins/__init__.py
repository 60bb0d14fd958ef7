"""Plugins are submodules named in __all__ but not imported here."""
__all__ = ["alpha", "beta"]
REGISTRY = []
