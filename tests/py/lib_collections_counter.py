# collections.Counter: word frequencies with most_common and its tie
# order (first seen first), arithmetic and set-like operators that drop
# non-positive counts, unary +/-, update/subtract, elements, total, and
# comparisons.
from collections import Counter

text = """the cat sat on the mat the dog sat on the log a cat and a dog met on a mat"""
words = Counter(text.split())
print("top 4:", words.most_common(4))
print("ties keep first-seen order:", [w for w, n in words.most_common() if n == 2])
print("least common 3:", words.most_common()[:-4:-1])
print("missing is zero:", words["elephant"], "elephant" in words)
print("total:", words.total(), "distinct:", len(words))

letters = Counter("mississippi")
print(letters, sorted(letters.elements()))
print("most_common(0):", letters.most_common(0), "| None:", letters.most_common(None)[:2])

inventory = Counter(apples=5, pears=2, plums=0)
order = Counter(apples=3, pears=4, kiwis=1)
print("add:", inventory + order)
print("sub drops non-positive:", inventory - order)
print("union (max):", inventory | order)
print("intersection (min):", inventory & order)
print("unary plus drops zero:", +inventory, "| minus:", -Counter(a=-2, b=3))

stock = Counter(inventory)
stock.subtract(order)
print("subtract keeps negatives:", stock)
stock.update({"kiwis": 5})
stock.update(["apples", "apples"])
print("after updates:", stock)
del stock["plums"]
print("deleted:", "plums" in stock, stock)

c1, c2 = Counter(a=1, b=2), Counter(a=1, b=2, c=0)
print("equality ignores zeros:", c1 == c2, Counter(a=1) == Counter(a=1, b=0))
print("inclusion:", Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=2))

ranking = Counter({"red": 3, "blue": 3, "green": 5, "gold": 1, "teal": 3})
print("rank with ties:", ranking.most_common(3))
by_count_then_name = sorted(ranking.items(), key=lambda kv: (-kv[1], kv[0]))
print("sorted by count then name:", by_count_then_name)

char_pairs = Counter(zip("abracadabra", "abracadabra"[1:]))
print("bigrams:", char_pairs.most_common(3))
anagrams = Counter("listen") == Counter("silent"), Counter("apple") == Counter("paple"), Counter("abc") == Counter("abd")
print("anagram checks:", anagrams)
fromkeys_err = None
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    fromkeys_err = str(e)
print("fromkeys:", fromkeys_err)
print("copy:", words.copy() == words, type(words.copy()).__name__, repr(Counter()))
