# %(name)s formatting with a mapping.
d = {"name": "Alice", "age": 30, "score": 95.456, "tags": ["a", "b"], "x": 255}
print("%(name)s is %(age)d years old" % d)
print("%(name)-10s|%(age)5d|%(score)8.2f|" % d)
print("%(name)r %(tags)s %(x)#x %(x)o %(score)e" % d)
print("%(age)s %(age)s %(age)r" % d)
print("%(score).1f%%" % d)
print("%(a)s-%(b)s" % {"a": 1, "b": 2, "c": 3})
people = [{"name": "Bob", "age": 25, "score": 88.0}, {"name": "Eve", "age": 41, "score": 73.25}]
for p in people:
    print("%(name)6s %(age)3d %(score)6.2f" % p)
try:
    print("%(missing)s" % d)
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%(name)s %s" % d)
except TypeError as e:
    print(type(e).__name__, e)
