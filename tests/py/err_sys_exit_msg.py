# sys.exit with a string message: message goes to stderr, status 1.
import sys
print("doing work")
for i in range(3):
    print("item", i)
sys.exit("fatal: stopping early")
print("unreachable")
