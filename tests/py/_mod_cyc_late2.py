from _mod_cyc_late import LATE
partner_value = LATE.upper()
