# sys.exit("message"): the message goes to stderr and the status is 1;
# stdout printed before the exit is kept.  A validator stops at the first
# fatal problem.
import sys

records = [
    {"id": 1, "name": "ann", "age": 34},
    {"id": 2, "name": "bob", "age": -3},
    {"id": 3, "name": "", "age": 20},
]


class ValidationError(Exception):
    def __init__(self, record, field, problem):
        super().__init__(f"record {record['id']}: {field} {problem}")
        self.record = record
        self.field = field


def validate(rec):
    if not rec["name"]:
        raise ValidationError(rec, "name", "is empty")
    if rec["age"] < 0:
        raise ValidationError(rec, "age", f"is negative ({rec['age']})")
    return True


problems = []
for rec in records:
    try:
        validate(rec)
        print("ok", rec["id"])
    except ValidationError as e:
        problems.append(e)
        print("invalid:", e)

print(f"{len(problems)} problem(s) in fields {sorted(p.field for p in problems)}")
sys.stdout.flush()
if problems:
    sys.exit(f"validation failed: {problems[0]}")
print("not reached")
