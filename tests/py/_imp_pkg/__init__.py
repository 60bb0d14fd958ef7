"""A package for import_package.py."""
from . import util
from .util import double
VERSION = (1, 2)
print("package init", __name__, __package__)
