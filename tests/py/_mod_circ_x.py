print("x: start")
from _mod_circ_y import helper_y
X_CONST = 10
print("x: end")
