__all__ = ("ALPHA", "beta")
ALPHA = "a"
beta = "b"
gamma = "g"
