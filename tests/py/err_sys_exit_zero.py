# sys.exit() with no argument ends the program with status 0; finally still runs.
import sys
def main():
    total = 0
    for i in range(1, 6):
        total += i * i
        print("i =", i, "total =", total)
        if total > 20:
            print("threshold reached")
            return total
    return total
result = main()
print("result", result)
try:
    print("calling sys.exit()")
    sys.exit()
finally:
    print("cleanup in finally")
print("unreachable")
