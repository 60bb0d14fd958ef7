# N-Queens solutions by backtracking for small n.
def solve(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            ok = True
            for r, cc in enumerate(cols):
                if cc == c or abs(cc - c) == row - r:
                    ok = False
                    break
            if ok:
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
print(sols)
first = solve(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def symmetric(sol):
    return sol == sol[::-1] or sol == [len(sol) - 1 - c for c in sol]
print(sum(1 for s in solve(8) if symmetric(s)))
