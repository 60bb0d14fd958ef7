# Greedy word wrapping, justification and centering of a paragraph.
text = ("Tauraro is a small implementation of the Python language written in C. "
        "It aims to run ordinary scripts with the same output as the reference "
        "interpreter, including big integers, exact float printing, and the usual "
        "string formatting rules. Supercalifragilisticexpialidocious words are kept intact.")
def wrap(text, width):
    lines = []
    cur = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if cur else 0)
        if cur and length + extra > width:
            lines.append(" ".join(cur))
            cur = [word]
            length = len(word)
        else:
            cur.append(word)
            length += extra
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]
for width in [30, 45, 60]:
    print("width", width)
    lines = wrap(text, width)
    for ln in lines[:-1]:
        print("|" + justify(ln, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print()
for ln in wrap(text, 40):
    print("[" + ln.center(40) + "]")
print()
for ln in wrap(text, 25):
    print(ln.rjust(25))
print(max(len(l) for l in wrap(text, 20)), len(wrap(text, 20)), len(wrap("", 10)), wrap("one", 1))
