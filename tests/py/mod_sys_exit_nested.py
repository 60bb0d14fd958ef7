# sys.exit() from deep inside a program: finally blocks and context
# managers still run, except clauses for Exception do not catch it, a
# handler that catches SystemExit can inspect and re-raise, and the exit
# status is the code given.
import sys


class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return False


def validate(record):
    if "id" not in record:
        print("fatal: record without id, exiting with status 3")
        sys.exit(3)
    return record["id"]


def process(records):
    seen = []
    try:
        for r in records:
            with Step(f"record {len(seen)}"):
                try:
                    seen.append(validate(r))
                except Exception as e:
                    print("never printed for SystemExit:", e)
    finally:
        print("processed ids:", seen)


try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() ->", repr(e.code), e.args)
for code in [0, 1, "text message", None, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("sys.exit(%r) -> code %r" % (code, e.code))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raise SystemExit(5) ->", e.code, isinstance(e, Exception), isinstance(e, BaseException))


def audited():
    try:
        process([{"id": 1}, {"id": 2}, {"name": "broken"}, {"id": 4}])
    except SystemExit as e:
        print("audit saw exit code", e.code, "- re-raising")
        raise
    finally:
        print("audit finally")


with Step("main"):
    audited()
print("not reached")
