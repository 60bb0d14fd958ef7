NAME = "sibling of " + __name__.rsplit(".", 1)[0]
