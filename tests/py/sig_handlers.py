# signal.signal / getsignal with Python handlers, SIG_IGN and SIG_DFL, a
# handler that raises, timers (setitimer, alarm) and CPython's error messages.
import os
import signal
import time

print(signal.SIG_DFL, signal.SIG_IGN)
print(signal.SIGINT, signal.SIGTERM, signal.SIGALRM, signal.SIGUSR1, signal.SIGUSR2)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)

received = []


def handler(signum, frame):
    received.append(signum)


old = signal.signal(signal.SIGUSR1, handler)
print("old handler", old)
print(signal.getsignal(signal.SIGUSR1) is handler)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
print("received", received)

# ignoring a signal: it no longer does anything (its default would kill us)
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN))
os.kill(os.getpid(), signal.SIGUSR2)
print("SIGUSR2 ignored")
print(signal.signal(signal.SIGUSR2, signal.SIG_DFL))


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)


signal.signal(signal.SIGALRM, on_alarm)

# an interval timer interrupts a busy loop through the handler
signal.setitimer(signal.ITIMER_REAL, 0.02)
spins = 0
try:
    while True:
        spins += 1
except Timeout as e:
    print("busy loop ended by", e, spins > 0)

# and a sleep: the handler's exception comes out of time.sleep (the timer
# repeats, so a tick that came before the sleep began is not the last one)
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
try:
    time.sleep(30)
    print("slept the whole time")
except Timeout as e:
    print("sleep ended by", e, time.monotonic() - start < 10)
signal.setitimer(signal.ITIMER_REAL, 0)

# a handler that does not raise: the sleep resumes and completes (PEP 475)
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
time.sleep(0.2)
signal.setitimer(signal.ITIMER_REAL, 0)
print("sleep completed:", time.monotonic() - start >= 0.2, "ticks seen:", len(ticks) > 0)

# alarm() returns the seconds left of the previous alarm
print(signal.alarm(0))
print(signal.alarm(100) == 0, signal.alarm(0) > 0)

# the handler runs between bytecodes of whatever is running, in calls too
flags = []
signal.signal(signal.SIGUSR1, lambda s, f: flags.append("usr1"))


def nested(k):
    if k == 0:
        os.kill(os.getpid(), signal.SIGUSR1)
        return len(flags)
    return nested(k - 1)


print("flag seen right after kill:", nested(20))

for bad in (0, -1, signal.NSIG, 1000):
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print("ValueError:", e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("TypeError:", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError:", e)
try:
    signal.getsignal(0)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.default_int_handler()
except TypeError as e:
    print("TypeError:", e)
print(signal.strsignal(signal.SIGINT), "/", signal.strsignal(signal.SIGTERM))
print(signal.SIGUSR1 in signal.valid_signals(), 0 in signal.valid_signals())
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
