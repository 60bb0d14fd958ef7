"""Imports its partner at the bottom, after defining what the partner needs."""
LATE = "defined first"
from _mod_cyc_late2 import partner_value
