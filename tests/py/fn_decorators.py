# Simple decorators wrapping functions.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(("call", args, sorted(kwargs.items())))
        result = fn(*args, **kwargs)
        log.append(("ret", result))
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, 2), add(5), add(a=3, b=4))
for entry in log:
    print(entry)
def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper
@twice
def inc(x):
    return x + 1
@twice
@twice
def dbl(x):
    return x * 2
print(inc(0), dbl(1))
def shout(fn):
    def wrapper(s):
        return fn(s).upper() + "!"
    return wrapper
def bracket(fn):
    def wrapper(s):
        return "[" + fn(s) + "]"
    return wrapper
@bracket
@shout
def hello(name):
    return "hello " + name
@shout
@bracket
def hello2(name):
    return "hello " + name
print(hello("ann"), hello2("bob"))
registry = {}
def register(fn):
    registry[len(registry)] = fn
    return fn
@register
def first():
    return "first"
@register
def second():
    return "second"
print(sorted(registry), registry[0](), registry[1](), first())
def count_calls(fn):
    n = 0
    def wrapper(*a):
        nonlocal n
        n += 1
        return fn(*a), n
    return wrapper
@count_calls
def square(x):
    return x * x
print(square(2), square(3), square(4))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib(200))
