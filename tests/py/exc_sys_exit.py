# sys.exit with a code inside try/finally: finally runs, SystemExit propagates.
import sys
try:
    print("in try")
    sys.exit(3)
except Exception:
    print("not caught by Exception")
finally:
    print("finally ran")
