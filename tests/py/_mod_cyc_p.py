"""p and q import each other as modules: attribute use is deferred to call time."""
import _mod_cyc_q

P_NAME = "p"
print("p: q is partially initialised, has q_name:", hasattr(_mod_cyc_q, "Q_NAME"))


def greet():
    return f"p greets {_mod_cyc_q.Q_NAME}"
