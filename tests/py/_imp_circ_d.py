from _imp_circ_c import C
D = 2
