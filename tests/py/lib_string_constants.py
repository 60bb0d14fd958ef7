# The string module: its constants used for classification and simple
# ciphers, capwords, and Template substitution for a mail-merge, with
# safe_substitute, escapes, identifiers, validity and the errors.
import string
from string import Template

for name in ["ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation"]:
    value = getattr(string, name)
    print(f"{name:15} {len(value):3} {value}")
print("whitespace:", repr(string.whitespace), "| printable length:", len(string.printable))
print("letters == lower + upper:", string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)


def classify(text):
    counts = {"letters": 0, "digits": 0, "punct": 0, "space": 0, "other": 0}
    for ch in text:
        if ch in string.ascii_letters:
            counts["letters"] += 1
        elif ch in string.digits:
            counts["digits"] += 1
        elif ch in string.punctuation:
            counts["punct"] += 1
        elif ch in string.whitespace:
            counts["space"] += 1
        else:
            counts["other"] += 1
    return counts


print(classify("Hello, World! 42 times\tcafé"))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                      + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("rot13:", "Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
strip_punct = str.maketrans("", "", string.punctuation)
print("no punctuation:", "It's a (small) world, isn't it?".translate(strip_punct))
print("is hex:", [all(c in string.hexdigits for c in s) for s in ["ff00", "C0FFEE", "xyz", ""]])
print("capwords:", string.capwords("the quick  brown\tfox"), "|", string.capwords("a-b-c", "-"), "|", string.capwords(" x "))

letter = Template("""Dear $name,
Your order #$order of ${qty}x $item ships on $date.
Total: $$${total}
""")
customers = [
    {"name": "Ada", "order": 1001, "qty": 2, "item": "keyboards", "date": "Mon", "total": "59.90"},
    {"name": "Bob", "order": 1002, "qty": 1, "item": "mouse", "date": "Tue", "total": "19.00"},
]
for c in customers:
    print(letter.substitute(c), end="")
print("identifiers:", letter.get_identifiers(), "valid:", letter.is_valid())
print(letter.safe_substitute(name="Cy", qty=3).splitlines()[1])
try:
    letter.substitute(name="Dee")
except KeyError as e:
    print("KeyError:", e)
print(Template("$who $what").substitute({"who": "mapping"}, what="and keywords"))
print(Template("$x-$x_y ${x}_y").substitute(x=1, x_y=2))
for bad in ["cost: $5", "${open", "ends with $"]:
    t = Template(bad)
    try:
        t.substitute()
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e} | safe: {t.safe_substitute()!r} | valid: {t.is_valid()}")


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %amount (100%%)").substitute(who="Eve", amount="$5"))
