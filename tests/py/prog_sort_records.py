# Sorting records (dicts and tuples) by multiple keys.
employees = [
    {"name": "Alice", "dept": "Eng", "salary": 120000, "age": 34},
    {"name": "bob", "dept": "Sales", "salary": 70000, "age": 45},
    {"name": "Carol", "dept": "Eng", "salary": 120000, "age": 29},
    {"name": "dave", "dept": "HR", "salary": 65000, "age": 51},
    {"name": "Eve", "dept": "Sales", "salary": 82000, "age": 38},
    {"name": "Frank", "dept": "Eng", "salary": 99000, "age": 41},
    {"name": "grace", "dept": "HR", "salary": 65000, "age": 27},
]
def show(title, rows):
    print(title)
    for r in rows:
        print("  %-6s %-6s %7d %3d" % (r["name"], r["dept"], r["salary"], r["age"]))
show("by name (case-sensitive):", sorted(employees, key=lambda e: e["name"]))
show("by name (case-insensitive):", sorted(employees, key=lambda e: e["name"].lower()))
show("by salary desc, then age:", sorted(employees, key=lambda e: (-e["salary"], e["age"])))
show("by dept, salary desc:", sorted(employees, key=lambda e: (e["dept"], -e["salary"])))
by_age = sorted(employees, key=lambda e: e["age"])
stable = sorted(by_age, key=lambda e: e["dept"])
print([e["name"] for e in stable])
depts = {}
for e in employees:
    depts.setdefault(e["dept"], []).append(e)
for d in sorted(depts):
    members = depts[d]
    avg = sum(m["salary"] for m in members) / len(members)
    oldest = max(members, key=lambda m: m["age"])
    print(f"{d:<6} n={len(members)} avg={avg:,.1f} oldest={oldest['name']}")
ranked = sorted(employees, key=lambda e: e["salary"], reverse=True)
rank = 0
prev = None
for i, e in enumerate(ranked, 1):
    if e["salary"] != prev:
        rank = i
        prev = e["salary"]
    print(rank, e["name"], e["salary"])
tuples = [(e["dept"], e["name"]) for e in employees]
tuples.sort()
print(tuples)
tuples.sort(key=lambda t: t[1].lower(), reverse=True)
print(tuples)
