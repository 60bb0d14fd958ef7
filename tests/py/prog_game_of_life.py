# Conway's Game of Life on a small bounded grid, using sets of live cells.
def step(live, rows, cols):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols:
                        counts[(nr, nc)] = counts.get((nr, nc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
rows, cols = 8, 10
state = glider
for gen in range(5):
    print("gen", gen, "alive", len(state))
    print(render(state, rows, cols))
    state = step(state, rows, cols)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 3, 3)
print(sorted(b1), step(b1, 3, 3) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 4, 4) == block)
state = glider
history = []
for gen in range(40):
    history.append(len(state))
    state = step(state, rows, cols)
print(history)
print(render(state, rows, cols))
r_pent = {(4, 5), (4, 6), (5, 4), (5, 5), (6, 5)}
s = r_pent
for _ in range(30):
    s = step(s, 12, 12)
print(len(s), sorted(s)[:5])
