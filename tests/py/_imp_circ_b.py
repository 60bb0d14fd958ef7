print("b starts")
import _imp_circ_a
print("b sees a partially:", hasattr(_imp_circ_a, "A_VALUE"))
B_VALUE = "b"
print("b ends")
