# A retry decorator with deterministic backoff: which exceptions are
# retried, attempts counted, the last error re-raised with its chain, and
# give-up policies.
import functools


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class RetryExhausted(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def retry(times=3, on=(TransientError,), backoff=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1
            delays = []
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                    wrapper.log.append((fn.__name__, attempt, "ok", delays))
                    return result
                except on as e:
                    last = e
                    if attempt == times:
                        break
                    delays.append(delay)
                    delay *= backoff
                except Exception as e:
                    wrapper.log.append((fn.__name__, attempt, f"fatal {type(e).__name__}", delays))
                    raise
            wrapper.log.append((fn.__name__, times, "exhausted", delays))
            raise RetryExhausted(times, last) from last
        wrapper.log = []
        return wrapper
    return deco


class FakeServer:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0

    def request(self, path):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "transient":
            raise TransientError(f"timeout on {path} (call {self.calls})")
        if outcome == "permanent":
            raise PermanentError(f"404 for {path}")
        if outcome == "bug":
            raise ZeroDivisionError("server bug")
        return f"200 {path}"


server = FakeServer(["transient", "transient", "ok", "transient", "transient", "transient", "transient",
                     "permanent", "bug"])


@retry(times=4, on=(TransientError,), backoff=3)
def fetch(path):
    return server.request(path)


@retry(times=2, on=(TransientError, PermanentError))
def fetch_lenient(path):
    return server.request(path)


print(fetch("/a"))
try:
    fetch("/b")
except RetryExhausted as e:
    print("RetryExhausted:", e, "| last:", e.last, "| cause is last:", e.__cause__ is e.last)
for path in ("/c", "/d"):
    try:
        print(fetch_lenient(path))
    except RetryExhausted as e:
        print("RetryExhausted:", e, "| last:", repr(e.last))
    except ZeroDivisionError as e:
        print("not retried:", repr(e))
print(fetch.log)
print(fetch_lenient.log)
print(fetch.__name__, fetch.__wrapped__.__name__, server.calls)


# a circuit breaker: after too many failures calls fail fast
class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0
        self.events = []

    def call(self, fn, *args):
        if self.failures >= self.threshold:
            self.events.append("fast-fail")
            raise CircuitOpen(f"circuit open after {self.failures} failures")
        try:
            result = fn(*args)
        except TransientError:
            self.failures += 1
            self.events.append(f"failure {self.failures}")
            raise
        else:
            self.failures = 0
            self.events.append("success")
            return result
        finally:
            self.events.append("call done")


breaker = Breaker(2)
flaky = FakeServer(["ok", "transient", "transient", "ok"])
for i in range(5):
    try:
        print(breaker.call(flaky.request, f"/x{i}"))
    except (TransientError, CircuitOpen) as e:
        print(type(e).__name__, e)
print(breaker.events, flaky.calls)
