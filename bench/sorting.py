# Sorting with key functions: records as tuples and as objects, keys from
# lambdas, bound methods and tuples, reverse and stable multi-pass sorts,
# sorting strings by derived keys, and merging sorted runs by hand.
import sys


class Employee:
    def __init__(self, ident, dept, salary, name):
        self.ident = ident
        self.dept = dept
        self.salary = salary
        self.name = name

    def rank_key(self):
        return (self.dept, -self.salary, self.ident)


def records(n, seed):
    state = seed
    out = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        dept = (state >> 33) % 12
        salary = 30000 + (state >> 20) % 90000
        name = "emp%05d" % ((state >> 40) % 100000)
        out.append((i, dept, salary, name))
    return out


def weighted(seq):
    # order-sensitive checksum of a sequence of ids
    h = 0
    for k, ident in enumerate(seq):
        h = (h * 1000003 + ident * (k + 1)) % 2305843009213693951
    return h


def merge(a, b, key):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def main(n):
    rows = records(n, 2024)
    by_salary = sorted(rows, key=lambda r: r[2])
    print("by salary:", weighted(r[0] for r in by_salary))
    by_dept_desc = sorted(rows, key=lambda r: (r[1], -r[2], r[0]), reverse=True)
    print("by dept desc:", weighted(r[0] for r in by_dept_desc))
    staff = [Employee(*r) for r in rows]
    staff.sort(key=Employee.rank_key)
    print("objects by rank:", weighted(e.ident for e in staff))
    stable = sorted(rows, key=lambda r: r[3])
    stable.sort(key=lambda r: r[1])
    print("stable two-pass:", weighted(r[0] for r in stable))
    names = [r[3] for r in rows]
    names.sort(key=lambda s: (s[-1], len(s), s))
    print("names: first %s, last %s" % (names[0], names[-1]))
    half = n // 2
    left = sorted(rows[:half], key=lambda r: r[2])
    right = sorted(rows[half:], key=lambda r: r[2])
    merged = merge(left, right, lambda r: r[2])
    print("merged:", weighted(r[0] for r in merged), merged == by_salary)
    tops = sorted(set(r[2] // 1000 for r in rows))[-5:]
    print("top salary bands:", tops)
    nums = [r[2] * 7 % 1000 for r in rows]
    nums.sort()
    print("median %d, min %d, max %d" % (nums[len(nums) // 2], nums[0], nums[-1]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
