# global declarations and module-level state.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def create_global():
    global created
    created = "made in function"
create_global()
print(created)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
x = 1
def shadow():
    x = 2
    return x
print(shadow(), x)
def read_only():
    return x + 100
print(read_only())
def both():
    global x
    x = x * 10
    def inner():
        return x
    return inner()
print(both(), x)
total = 0
for i in range(5):
    total += i
def report():
    return "total=%d i=%d" % (total, i)
print(report())
def reset():
    global counter, total
    counter = total = -1
reset()
print(counter, total)
