# Writing a data file, reading it back with iteration, aggregating, and appending a summary.
import os
path = "/tmp/tauraro_prog_files_%d.csv" % os.getpid()
rows = [("2024-01-%02d" % d, d * 3 % 7, d * 1.5) for d in range(1, 11)]
with open(path, "w") as f:
    f.write("date,count,amount\n")
    for r in rows: f.write(",".join(map(str, r)) + "\n")
total = 0.0; counts = []
with open(path) as f:
    header = next(f).strip().split(",")
    for line in f:
        date, count, amount = line.rstrip("\n").split(",")
        counts.append(int(count)); total += float(amount)
print(header, counts, total)
with open(path, "a") as f:
    print("total", total, sep=",", file=f)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1].strip(), os.path.getsize(path) > 100)
os.remove(path); print(os.path.exists(path))
