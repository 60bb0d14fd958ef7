# str.format with index lookups like {0[1]} and {name[key]}.
data = [10, 20, 30]
cfg = {"host": "localhost", "port": 8080}
print("{0[0]} {0[2]} {0[1]}".format(data))
print("{c[host]}:{c[port]}".format(c=cfg))
print("{0[host]} {1[1]} {1[0]}".format(cfg, "xy"))
print("{[1]}".format((5, 6)), "{0[0][1]}".format([[1, 2]]))
m = [[1, 2, 3], [4, 5, 6]]
for i in range(2):
    print(" ".join("{0[%d][%d]}" % (i, j) for j in range(3)).format(m))
print("{0[1]:>5}|{0[0]:<5}|".format(["ab", "cd"]))
print("{d[a]!r:^9}|".format(d={"a": "x"}))
try:
    print("{0[5]}".format(data))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print("{0[nokey]}".format(cfg))
except KeyError as e:
    print(type(e).__name__, e)
