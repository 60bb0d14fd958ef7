# return/break/continue crossing finally blocks, finally overriding returns, nested try.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    for i in range(3):
        try:
            try:
                if i == 0: continue
                if i == 2: break
                print("inner body", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return i
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2: return x
        finally:
            x += 10
print(f1(), f2(), f3(), f4(), f5())
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
gc_gen = gen_cleanup()
for v in gc_gen:
    print("got", v)
    break
gc_gen.close()  # CPython would also finalize it as soon as it is unreferenced
print("after close")
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner handler")
            raise
        finally:
            print("inner finally")
    except ArithmeticError as e:
        print("outer handler", type(e).__name__)
    else:
        print("no else")
    finally:
        print("outer finally")
nested()
