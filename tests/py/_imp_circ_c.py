from _imp_circ_d import D
C = 1
