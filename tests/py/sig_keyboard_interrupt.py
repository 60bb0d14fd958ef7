# KeyboardInterrupt from SIGINT: the program sends itself the signal inside
# loops, functions, generators and comprehensions, catches it, and goes on.
import os
import signal


def interrupt():
    os.kill(os.getpid(), signal.SIGINT)


def count_until_interrupted(limit):
    n = 0
    try:
        while True:
            n += 1
            if n == limit:
                interrupt()
            if n > limit:
                return "signal lost"
    except KeyboardInterrupt:
        return "while loop interrupted at %d" % n


print(count_until_interrupted(1000))


def for_loop():
    total = 0
    try:
        for i in range(10**9):
            total += i
            if i == 500:
                interrupt()
    except KeyboardInterrupt as e:
        print("for loop interrupted, total", total, "args", e.args)
    return total


for_loop()


def deep(n):
    if n == 0:
        interrupt()
        return "not reached"
    return deep(n - 1)


try:
    deep(50)
except KeyboardInterrupt:
    print("interrupted 50 calls deep")

events = []


def worker():
    try:
        for i in range(5):
            events.append("step %d" % i)
            if i == 2:
                interrupt()
    finally:
        events.append("finally ran")


try:
    worker()
except KeyboardInterrupt:
    events.append("caught")
print(events)

# KeyboardInterrupt is not an Exception: `except Exception` lets it through
try:
    try:
        interrupt()
    except Exception:
        print("wrongly caught as Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, isinstance(e, Exception))


def gen():
    for i in range(100):
        if i == 3:
            interrupt()
        yield i


got = []
try:
    for v in gen():
        got.append(v)
except KeyboardInterrupt:
    print("generator interrupted after", got)

try:
    squares = [i * i if i != 7 else interrupt() for i in range(20)]
except KeyboardInterrupt:
    print("comprehension interrupted")

# signal.raise_signal runs the handler before it returns, like os.kill
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("raise_signal interrupted")

# the default handler itself
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

# still interruptible after all that
print(count_until_interrupted(10))
print("done")
