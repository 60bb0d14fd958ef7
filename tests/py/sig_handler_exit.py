# A SIGTERM handler that calls sys.exit: the exit status is the handler's,
# finally blocks run and buffered output is flushed.
import os
import signal
import sys


def on_term(signum, frame):
    print("got signal", signum)
    sys.exit(5)


signal.signal(signal.SIGTERM, on_term)
lines = ["line %d" % i for i in range(3)]
for line in lines:
    print(line)
try:
    for i in range(1000000):
        if i == 10:
            os.kill(os.getpid(), signal.SIGTERM)
finally:
    print("cleanup at", i)
print("not reached")
