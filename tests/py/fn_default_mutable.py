# Mutable default arguments persist across calls.
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
a = add_item(1)
b = add_item(2)
print(a, b, a is b)
c = add_item(3, [])
print(c, add_item(4))
def tally(key, counts={}):
    counts[key] = counts.get(key, 0) + 1
    return dict(counts)
print(tally("x"), tally("y"), tally("x"))
def make_default():
    print("evaluating default")
    return 7
def uses(v=make_default()):
    return v
print("defined")
print(uses(), uses(), uses(1))
def history(v, seen=set()):
    new = v not in seen
    seen.add(v)
    return new, len(seen)
print([history(v) for v in [1, 2, 1, 3, 2]])
