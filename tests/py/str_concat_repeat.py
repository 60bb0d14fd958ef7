# String building by concatenation, repetition, join.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
s2 = ""
for ch in "hello":
    s2 = ch + s2
print(s2)
line = "=" * 20
print(line)
print("|" + " " * 18 + "|")
print(line)
acc = []
for i in range(5):
    acc.append("*" * (i + 1))
print("\n".join(acc))
for i in range(4, 0, -1):
    print(" " * (4 - i) + "#" * (2 * i - 1))
print("ab" "cd" 'ef', "con" + "cat" * 2 + "!")
print(("x" * 3 + "y") * 2, "-".join(["ab"] * 3), "abc" * 0 == "")
big = "abc" * 10000
print(len(big), big[:6], big[-4:], big.count("abc"), big[29997:])
u = "é中😀" * 3
print(u, len(u), u[4], u[-1])
