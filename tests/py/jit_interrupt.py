# Signals reach compiled code: loops compiled at their first back-edge poll
# the interpreter's flag, so a timer's KeyboardInterrupt stops a busy loop
# that calls nothing, a handler that returns lets the loop go on (and the
# loop sees what the handler changed), and a handler's exception is caught
# by the try around the compiled loop or in a compiled function.
# expect-jit: loops compiled >= 2
# expect-jit: functions compiled >= 1
import signal

signal.signal(signal.SIGALRM, signal.default_int_handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("busy loop interrupted:", n > 0)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)
spins = 0
while len(ticks) < 3:
    spins = spins + 1
signal.setitimer(signal.ITIMER_REAL, 0)
print("handler ran in the loop:", len(ticks) >= 3, spins > 0)


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout(signum)


def spin(limit):
    total = 0.0
    i = 0
    try:
        while i < limit:
            total += i * 0.5
            i += 1
    except Timeout as e:
        return "timeout %d after %s" % (e.args[0], i > 0)
    return "finished"


signal.signal(signal.SIGALRM, on_alarm)
for attempt in range(2):
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    print(spin(10**12))
signal.setitimer(signal.ITIMER_REAL, 0)
print("done")
