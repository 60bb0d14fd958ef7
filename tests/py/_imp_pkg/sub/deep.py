from ..util import double
from .. import VERSION
from . import sibling


def run():
    return double(21), VERSION, sibling.NAME
