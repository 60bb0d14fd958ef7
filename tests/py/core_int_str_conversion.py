# str()/repr() of ints and the reverse conversion.
nums = [0, 7, -7, 10, 100, 999, 1000, -1000, 2 ** 31, 2 ** 63, -(2 ** 63) - 1, 10 ** 18, 10 ** 19, 10 ** 50 + 1, -(10 ** 50)]
for n in nums:
    s = str(n)
    print(s, repr(n), len(s), int(s) == n, s[::-1])
big = 1
for i in range(1, 31):
    big = big * 10 + i % 10
print(big, str(big).count("0"))
p = 2 ** 512
print(p)
print(str(p)[:10], str(p)[-10:], len(str(p)))
print(str(-p)[:11])
print(str(3 ** 333))
print([str(2 ** k) for k in range(60, 70)])
print("x" + str(42) + str(-0) + str(True) + str(10 ** 25))
print(repr([1, -2, 10 ** 20]), str((2 ** 64,)))
print(int("-" + "9" * 40) + 1)
