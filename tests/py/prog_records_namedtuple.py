# Records with namedtuple: parsing CSV-like text, grouping, aggregates, sorting by several keys.
from collections import namedtuple
from itertools import groupby
from operator import attrgetter
Row = namedtuple("Row", "name dept salary age")
DATA = """alice,eng,120000,34
bob,sales,70000,45
carol,eng,135000,29
dave,hr,65000,51
erin,sales,82000,38
frank,eng,99000,41"""
rows = [Row(n, d, int(s), int(a)) for n, d, s, a in (line.split(",") for line in DATA.splitlines())]
print(rows[0], rows[0].salary, rows[0]._asdict())
rows.sort(key=attrgetter("dept", "name"))
for dept, grp in groupby(rows, key=attrgetter("dept")):
    g = list(grp)
    print(f"{dept:6} n={len(g)} avg={sum(r.salary for r in g) / len(g):,.1f} oldest={max(g, key=attrgetter('age')).name}")
print([r.name for r in sorted(rows, key=lambda r: (-r.salary, r.age))][:3])
raised = [r._replace(salary=round(r.salary * 1.1)) for r in rows if r.dept == "eng"]
print(raised)
