print("a starts")
import _imp_circ_b
A_VALUE = "a"


def from_b():
    return _imp_circ_b.B_VALUE
print("a ends")
