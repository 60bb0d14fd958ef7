# An uncaught KeyboardInterrupt: the traceback goes to stderr, buffered
# output is flushed, and the process dies of SIGINT (status 130) as CPython's.
import os
import signal

results = []
for i in range(5):
    results.append(i * i)
    print("iteration", i, "sum so far", sum(results))


def spin(limit):
    n = 0
    while True:
        n += 1
        if n == limit:
            print("sending SIGINT at", n)
            os.kill(os.getpid(), signal.SIGINT)


try:
    spin(100)
finally:
    print("finally blocks still run")
print("not reached")
