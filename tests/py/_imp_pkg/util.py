def double(x):
    return 2 * x


def describe():
    return "util in " + __name__
