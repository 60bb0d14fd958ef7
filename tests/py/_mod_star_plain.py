"""No __all__: star-import takes every public global, imported modules too."""
import string as text_constants
from math import sqrt

GREETING = "hello"
_hidden = "not exported"
__dunder = "not exported either"


def shout(s):
    return s.upper() + "!"


def _whisper(s):
    return s.lower()
