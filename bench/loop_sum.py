# A hot arithmetic loop: the interpreter's dispatch and int fast paths.
def run(n):
    total = 0
    i = 0
    while i < n:
        total += i * i % 7
        i += 1
    return total


print(run(10_000_000))
