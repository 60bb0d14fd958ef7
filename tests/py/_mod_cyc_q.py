import _mod_cyc_p

Q_NAME = "q"
print("q: p is partially initialised, has P_NAME:", hasattr(_mod_cyc_p, "P_NAME"))


def greet():
    return f"q greets {_mod_cyc_p.P_NAME}"
