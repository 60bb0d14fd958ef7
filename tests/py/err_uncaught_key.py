# Uncaught KeyError after partial output.
inventory = {"apple": 3, "pear": 5}
for item in ["apple", "pear", "plum"]:
    print(item, inventory[item])
print("unreachable")
