# Nested dicts: building trees, deep lookups, aggregation.
db = {
    "alice": {"age": 30, "langs": ["python", "c"], "address": {"city": "Paris", "zip": "75001"}},
    "bob": {"age": 25, "langs": ["go"], "address": {"city": "Tokyo", "zip": "100-0001"}},
    "carol": {"age": 35, "langs": [], "address": {"city": "Paris", "zip": "75002"}},
}
for name, rec in db.items():
    print(name, rec["age"], rec["address"]["city"], len(rec["langs"]))
by_city = {}
for name, rec in db.items():
    by_city.setdefault(rec["address"]["city"], []).append(name)
print(by_city)
print(sum(r["age"] for r in db.values()) / len(db))
print(sorted(db, key=lambda n: db[n]["age"]))
db["bob"]["langs"].append("rust")
db["dave"] = {"age": 40, "langs": ["c"], "address": {"city": "Rome", "zip": "00100"}}
langs = {}
for rec in db.values():
    for lang in rec["langs"]:
        langs[lang] = langs.get(lang, 0) + 1
print(langs)
def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur
print(get_path(db, "alice.address.city"), get_path(db, "bob.address.zip"), get_path(db, "eve.age", "?"), get_path(db, "alice.age.x", -1))
def set_path(d, path, value):
    parts = path.split(".")
    for part in parts[:-1]:
        d = d.setdefault(part, {})
    d[parts[-1]] = value
tree = {}
set_path(tree, "a.b.c", 1)
set_path(tree, "a.b.d", 2)
set_path(tree, "a.e", 3)
set_path(tree, "f", 4)
print(tree)
def count_leaves(t):
    if not isinstance(t, dict):
        return 1
    return sum(count_leaves(v) for v in t.values())
print(count_leaves(tree), count_leaves(db))
