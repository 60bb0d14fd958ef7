def greet(who):
    return "hello " + who


def scale(x):
    return x * 2
