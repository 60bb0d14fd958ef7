print("y: start")
from _mod_circ_x import X_CONST


def helper_y():
    return X_CONST * 2


print("y: end")
