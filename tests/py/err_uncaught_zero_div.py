# Uncaught ZeroDivisionError inside nested calls.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
data = {"a": [4, 6], "b": []}
for key in data:
    print(key, average(data[key]))
print("unreachable")
