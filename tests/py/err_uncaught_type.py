# Uncaught TypeError after output; finally blocks still run.
def combine(a, b):
    try:
        return a + b
    finally:
        print("combine finally", repr(a), repr(b))
print(combine(1, 2))
print(combine("x", "y"))
print(combine(1, "y"))
print("unreachable")
