from . import REGISTRY
REGISTRY.append("beta")
NAME = "beta plugin"
