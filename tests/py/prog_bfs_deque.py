# Breadth-first search on a grid maze with collections.deque.
from collections import deque
MAZE = ["S.#.....", ".##.###.", "....#...", ".##...#E", "...##..."]
def neighbors(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc
start = next((r, row.index("S")) for r, row in enumerate(MAZE) if "S" in row)
goal = next((r, row.index("E")) for r, row in enumerate(MAZE) if "E" in row)
prev = {start: None}; q = deque([start])
while q:
    cur = q.popleft()
    if cur == goal: break
    for nb in neighbors(*cur):
        if nb not in prev:
            prev[nb] = cur; q.append(nb)
path = []; node = goal
while node: path.append(node); node = prev[node]
path.reverse()
print(len(path) - 1, path[:4])
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]: grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
