# Imports the shared module shmod.so (no shmod.py beside it at run time).
import shmod

print(shmod.CONSTANT, shmod.triangle(100), shmod.describe())
c = shmod.Counter()
for i in range(5):
    c.bump(i)
print(c.n, list(shmod.squares(6)))
print(type(shmod.triangle).__name__, shmod.__name__)
