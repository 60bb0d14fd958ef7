# Literal syntax: numbers, strings, bytes, escapes, implicit concatenation.
print(0, 00, 0_0, 1_000_000, 0x_FF, 0o_17, 0b_1010, 0xdead_beef, 123456789012345678901234567890)
print(1.0, 1., .5, 1e3, 1E3, 1e-3, 1_000.000_1, 1e1_0, 0.0e0, 3.14e+2, 0e0)
print(0xFFFFFFFFFFFFFFFF, 0o1777777777777777777777, 0b1 << 64, -0x8000000000000000)
print("double", 'single', """triple double""", '''triple single''', "", '')
print("it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "quote\"inside", 'apos\'inside')
print("\x41\x42", "\101\102", "\u00e9\u4e2d", "\U0001F600", "\0".encode(), "\a\b\f\v".encode())
print(r"raw\n\t", r"C:\path\to", R"\d+", len(r"\n"), rb"\x00", br"\n")
print(b"bytes", b'\x00\xff', B"upper", b"\\", len(b"\x00\x01"))
print("implicit" " concatenation" ' works', "a" "b" "c" == "abc")
x = ("multi"
     "line"
     "implicit")
print(x)
s = """line one
  line two\
 continued
line three"""
print(s)
print(len(s), s.count("\n"))
print('''a'b"c''', """a"b'c""")
print("é" == "\xe9", "中" == "\u4e2d", len("\U0001F600"))
print([1, 2, 3,], (1, 2,), {"a": 1,}, {1, 2,})
print(True, False, None)
print(-1, +1, - 1, --1, -(-1), 1 - -1)
