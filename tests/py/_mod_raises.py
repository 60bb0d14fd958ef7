"""A module whose body fails halfway."""
FIRST = 1
print("_mod_raises: before the error")
config = {"port": "eighty"}
PORT = int(config["port"])
NEVER = 2
