# Run-length encoding and decoding.
def rle_encode(s):
    if not s:
        return []
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev = ch
            count = 1
    out.append((prev, count))
    return out
def rle_string(s):
    return "".join(f"{n}{ch}" for ch, n in rle_encode(s))
def rle_decode(encoded):
    out = []
    num = ""
    for ch in encoded:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
tests = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaa", "aabbbcccc", "ééé中中😀", "x" * 120]
for t in tests:
    enc = rle_string(t)
    dec = rle_decode(enc)
    print(repr(t[:20]), rle_encode(t)[:5], enc[:40], dec == t, len(t), len(enc))
def look_and_say(s):
    return "".join(str(n) + ch for ch, n in rle_encode(s))
seq = "1"
for i in range(12):
    print(i, seq if len(seq) < 60 else seq[:60] + "...", len(seq))
    seq = look_and_say(seq)
bits = [0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0]
print(rle_encode(bits), [v for v, n in rle_encode(bits) for _ in range(n)] == bits)
