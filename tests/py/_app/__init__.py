"""A small multi-module application used by app_inventory.py."""
from .models import Item, Inventory
from .report import render

__all__ = ["Item", "Inventory", "render"]
VERSION = "1.0"
