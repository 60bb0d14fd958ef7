# An uncaught ValueError terminates the program with status 1.
print("starting")
total = 0
for i in range(5):
    total += i
    print("step", i, total)
print("about to fail")
raise ValueError("fatal problem")
print("never printed")
