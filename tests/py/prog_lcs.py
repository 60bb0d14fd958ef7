# Longest common subsequence / substring with DP tables.
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    out = []
    i = j = 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out)
def longest_common_substring(a, b):
    best = (0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[0]:
                    best = (cur[j], i)
        prev = cur
    return a[best[1] - best[0]:best[1]]
pairs = [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("abc", "abc"), ("abc", "def"),
         ("the quick brown fox", "the quack brown box"), ("中文字符", "文字中符"), ("kitten", "sitting")]
for a, b in pairs:
    print(repr(a), repr(b), lcs(a, b), repr(longest_common_substring(a, b)))
def diff(a, b):
    la, lb = a.split(), b.split()
    m, n = len(la), len(lb)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if la[i] == lb[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < m or j < n:
        if i < m and j < n and la[i] == lb[j]:
            out.append("  " + la[i])
            i += 1
            j += 1
        elif j < n and (i == m or dp[i][j + 1] >= dp[i + 1][j]):
            out.append("+ " + lb[j])
            j += 1
        else:
            out.append("- " + la[i])
            i += 1
    return out
for line in diff("a b c d e f", "a c d x e f g"):
    print(line)
