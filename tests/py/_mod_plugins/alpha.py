from . import REGISTRY
REGISTRY.append("alpha")
NAME = "alpha plugin"
