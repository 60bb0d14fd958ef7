# Read a CSV-like file lazily, clean and convert rows through generator
# stages, write a transformed file and a per-group summary, all inside a
# temporary directory.
import os
import tempfile

RAW = """id,name,dept,salary,start
1, Ada Lovelace ,eng,120000,2019-04-01
2,Grace Hopper,eng,135000,2015-09-15
3,Alan Turing,research,,2018-01-10
4,Edsger Dijkstra,research,128000,2016-06-30
5,Barbara Liskov,eng,140000,2012-11-05
bad line without enough fields
6,Donald Knuth,research,150000,2010-02-20
7,Ken Thompson,ops,99000,2020-08-08
"""


def rows(path):
    with open(path, encoding="utf-8") as f:
        header = next(f).strip().split(",")
        for lineno, line in enumerate(f, start=2):
            fields = [x.strip() for x in line.rstrip("\n").split(",")]
            if len(fields) != len(header):
                print(f"  skipping line {lineno}: {line.strip()!r}")
                continue
            yield dict(zip(header, fields))


def convert(records):
    for r in records:
        r["id"] = int(r["id"])
        r["salary"] = int(r["salary"]) if r["salary"] else None
        r["year"] = int(r["start"][:4])
        yield r


def with_defaults(records, salary):
    for r in records:
        if r["salary"] is None:
            r = dict(r, salary=salary, estimated=True)
        yield r


def write_csv(path, records, columns):
    count = 0
    with open(path, "w") as out:
        out.write(",".join(columns) + "\n")
        for r in records:
            out.write(",".join(str(r.get(c, "")) for c in columns) + "\n")
            count += 1
    return count


with tempfile.TemporaryDirectory(prefix="csv_") as tmp:
    src = os.path.join(tmp, "staff.csv")
    with open(src, "w", encoding="utf-8") as f:
        f.write(RAW)

    dst = os.path.join(tmp, "staff_clean.csv")
    n = write_csv(dst, with_defaults(convert(rows(src)), 100000), ["id", "name", "dept", "salary", "year", "estimated"])
    print("written rows:", n)
    with open(dst) as f:
        for line in f:
            print(" ", line.rstrip())

    totals = {}
    for r in with_defaults(convert(rows(src)), 100000):
        t = totals.setdefault(r["dept"], [0, 0, []])
        t[0] += 1
        t[1] += r["salary"]
        t[2].append(r["name"].split()[-1])
    for dept in sorted(totals):
        count, total, names = totals[dept]
        print(f"{dept:9} n={count} avg={total / count:,.1f} {', '.join(sorted(names))}")

    veterans = (r["name"] for r in convert(rows(src)) if r["year"] < 2016)
    print("joined before 2016:", list(veterans))
    raises = ((r["name"], round(r["salary"] * 1.05)) for r in convert(rows(src)) if r["salary"] and r["dept"] == "eng")
    print("eng raises:", dict(raises))
    print("sizes:", sorted((name, os.path.getsize(os.path.join(tmp, name)) > 0) for name in os.listdir(tmp)))
print("gone:", os.path.isdir(tmp))
