# Converting integers between bases by hand and checking against builtins.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
def from_base(s, b):
    s = s.strip().lower()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    v = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= b:
            raise ValueError("digit %r out of range for base %d" % (ch, b))
        v = v * b + d
    return -v if neg else v
nums = [0, 1, 7, 10, 255, 256, -255, 1000, 65535, 2 ** 32, 2 ** 64 - 1, -(2 ** 63), 10 ** 30]
for n in nums:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    ok = to_base(n, 2) == format(n, "b") and to_base(n, 8) == format(n, "o") and to_base(n, 16) == format(n, "x")
    print(n, row, ok, all(from_base(to_base(n, b), b) == n == int(to_base(n, b), b) for b in range(2, 37)))
print(from_base("ff", 16), from_base("-zz", 36), from_base("777", 8), from_base(" 101 ", 2))
try:
    from_base("129", 8)
except ValueError as e:
    print(e)
def to_balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        r = n % 3
        if r == 2:
            out.append("-")
            n = (n + 1) // 3
        else:
            out.append(str(r))
            n //= 3
    return "".join(reversed(out))
print([to_balanced_ternary(n) for n in range(-5, 11)])
def digit_sum_base(n, b):
    total = 0
    while n:
        total += n % b
        n //= b
    return total
print([digit_sum_base(2 ** 100, b) for b in (2, 3, 10, 16)])
