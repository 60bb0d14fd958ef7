# time: clocks and sleep (properties only, no timings printed).
import time
t0 = time.perf_counter(); m0 = time.monotonic(); n0 = time.monotonic_ns()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() >= m0, time.monotonic_ns() > n0, type(time.time()).__name__, type(time.time_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1, time.process_time() >= 0, time.time() > 1.7e9)
for bad in [-1, "x"]:
    try: time.sleep(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
