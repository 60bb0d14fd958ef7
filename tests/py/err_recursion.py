# RecursionError from runaway recursion; program continues afterwards.
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__)
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(200))
caught = 0
for i in range(3):
    try:
        runaway(i)
    except RecursionError:
        caught += 1
print("caught", caught)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(400))))
