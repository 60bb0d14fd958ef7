# nonlocal rebinding across nested scopes.
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a = 2
        b = 2
        return a, b
    r = inner()
    return r, a, b
print(outer())
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = v + "->L3"
            return v
        r = level3()
        return r
    r = level2()
    return r, v
print(level1())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = fib_gen()
print([f() for _ in range(15)])
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print(t(), t(), t())
def aug():
    s = "a"
    lst = [1]
    def go():
        nonlocal s
        s += "b"
        s *= 2
        lst.append(2)
    go()
    go()
    return s, lst
print(aug())
