# A program with a module beside it: tauraroc compiles both in.
import multi_lib
from multi_lib import scale

print(multi_lib.greet("aot"), scale(21))
