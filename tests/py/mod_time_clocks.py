# The time module: clocks only through deterministic facts (types,
# monotonicity, ordering, sleep lower bounds), struct_time from gmtime of
# fixed timestamps, and strftime/asctime on them.
import time

clocks = {name: getattr(time, name) for name in ["time", "perf_counter", "monotonic", "process_time"]}
for name, fn in clocks.items():
    a = fn()
    b = fn()
    print(f"{name:13} float: {type(a).__name__}, non-decreasing: {b >= a}")
for name in ["time_ns", "perf_counter_ns", "monotonic_ns"]:
    a = getattr(time, name)()
    print(f"{name:15} int: {type(a).__name__}, positive: {a > 0}")

start = time.perf_counter()
mono = time.monotonic()
time.sleep(0.02)
print("slept at least 20ms:", time.perf_counter() - start >= 0.019, time.monotonic() - mono >= 0.019)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
print("time() agrees with time_ns():", abs(time.time() - time.time_ns() / 1e9) < 1.0)
print("plausible epoch seconds:", 1.6e9 < time.time() < 4e9)


def timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - t0
    return result, elapsed >= 0


print("timed:", timed(sum, range(100000)))

t = time.gmtime(0)
print(tuple(t), t.tm_year, t.tm_wday, t.tm_yday)
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), "|", time.strftime("%A %d %B %Y, day %j", t))
print(time.asctime(t))
print(time.strftime("%%literal %y/%m", time.gmtime(86400 * 365)))
print("mktime round trip of a local struct:", time.mktime(time.localtime(1700000000)) == 1700000000.0)
print("struct_time is a tuple:", isinstance(t, tuple), len(t), t[0] == t.tm_year)
for bad in [-1, "soon", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
