"""Counts how often its body runs (the count lives in a list on builtins-free state)."""
import sys

runs = sys.modules.get("_mod_counter_state")
if runs is None:
    runs = []
    sys.modules["_mod_counter_state"] = runs
runs.append(len(runs) + 1)
print("executing _mod_counter body, run", runs[-1])
value = []
