from . import REGISTRY
REGISTRY.append("gamma")
NAME = "gamma plugin"
