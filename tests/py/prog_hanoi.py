# Towers of Hanoi, recursive with move recording and state simulation.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(3, "A", "C", "B", moves)
for disk, s, d in moves:
    print("move disk %d from %s to %s" % (disk, s, d))
print("moves for 3:", len(moves))
for n in range(1, 13):
    m = []
    hanoi(n, "A", "C", "B", m)
    print(n, len(m), len(m) == 2 ** n - 1)
pegs = {"A": list(range(6, 0, -1)), "B": [], "C": []}
m = []
hanoi(6, "A", "C", "B", m)
for step, (disk, s, d) in enumerate(m, 1):
    top = pegs[s].pop()
    assert top == disk
    assert not pegs[d] or pegs[d][-1] > disk
    pegs[d].append(disk)
    if step % 16 == 0:
        print(step, pegs["A"], pegs["B"], pegs["C"])
print(pegs)
