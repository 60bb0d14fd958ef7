# Caesar and Vigenere ciphers, with brute-force decoding by letter frequency.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123 ñ"
for k in [0, 1, 3, 13, 25, 26, -1, 52, -27]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar("Hello", 13), 13))
def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Attack at dawn, retreat at dusk.", "LEMON")
print(v, vigenere(v, "LEMON", True))
english = "etaoinshrdlcumwfgypbvkjxqz"
def score(text):
    s = 0
    for ch in text.lower():
        if ch in english:
            s += 26 - english.index(ch)
    return s
secret = caesar("meet me near the old clock tower at seven in the evening", 17)
print(secret)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print(best, caesar(secret, -best))
table = {c: caesar(c, 5) for c in "abcxyz"}
print(table, "".join(table[c] for c in "cab"))
