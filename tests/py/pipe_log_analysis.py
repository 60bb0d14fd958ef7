# A generator pipeline over a log file in a temporary directory: read
# lines lazily, parse, filter, group and aggregate, like `grep | awk`.
import os
import tempfile
from collections import Counter, defaultdict

LOG = """\
2024-03-01 10:00:01 INFO  web   GET /index.html 200 512
2024-03-01 10:00:02 INFO  web   GET /about.html 200 1024
2024-03-01 10:00:05 WARN  db    slow query 1200ms
2024-03-01 10:01:00 ERROR web   GET /missing 404 0
2024-03-01 10:01:30 INFO  web   POST /login 302 128
# a comment line
2024-03-01 10:02:00 ERROR db    connection reset
2024-03-01 10:02:10 INFO  web   GET /index.html 200 512

2024-03-01 10:03:00 INFO  cache hit ratio 0.93
2024-03-01 10:04:00 ERROR web   GET /api/items 500 64
2024-03-01 10:05:00 INFO  web   GET /index.html 304 0
"""


def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def non_blank(lines):
    return (l for l in lines if l.strip() and not l.startswith("#"))


def parse(lines):
    for l in lines:
        date, time, level, source, message = l.split(None, 4)
        yield {"time": time, "level": level, "source": source, "message": message}


def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


def http_requests(records):
    for r in records:
        parts = r["message"].split()
        if len(parts) == 4 and parts[0] in ("GET", "POST"):
            method, path, status, size = parts
            yield method, path, int(status), int(size)


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    with open(path, "w") as f:
        f.write(LOG)

    records = list(parse(non_blank(read_lines(path))))
    print("records:", len(records))
    levels = Counter(r["level"] for r in records)
    print("by level:", sorted(levels.items()))

    for r in only(parse(non_blank(read_lines(path))), level="ERROR"):
        print(f"  {r['time']} {r['source']:5} {r['message']}")

    reqs = list(http_requests(only(parse(non_blank(read_lines(path))), source="web")))
    print("requests:", len(reqs))
    print("bytes served:", sum(size for _, _, status, size in reqs if status == 200))
    by_status = defaultdict(list)
    for method, p, status, size in reqs:
        by_status[status // 100 * 100].append(p)
    for klass in sorted(by_status):
        print(f"  {klass}s: {sorted(set(by_status[klass]))}")
    hits = Counter(p for _, p, _, _ in reqs)
    print("most requested:", hits.most_common(2))

    # a lazy pipeline stops reading as soon as the consumer stops
    seen = []

    def tap(lines):
        for l in lines:
            seen.append(l[:19])
            yield l

    first_warn = next(r for r in parse(tap(non_blank(read_lines(path)))) if r["level"] == "WARN")
    print("first warning:", first_warn["message"], "| lines read:", len(seen))

    summary = os.path.join(tmp, "summary.txt")
    with open(summary, "w") as out:
        for level, n in sorted(levels.items()):
            out.write(f"{level}={n}\n")
    with open(summary) as f:
        print("summary file:", f.read().split())
    print("files:", sorted(os.listdir(tmp)))
print("temporary directory removed:", not os.path.exists(tmp))
