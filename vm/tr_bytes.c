/* tr_bytes.c — the bytes type and the codecs between str and bytes.
 *
 * bytes is an immutable byte string: indexing gives ints, slicing and the
 * (ASCII-only) methods give bytes.  The codecs are the ones programs
 * actually name: UTF-8, ASCII and Latin-1, with the error handlers strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace (encoding),
 * surrogateescape and surrogatepass; error messages and error ranges follow
 * CPython's (e.g. one U+FFFD per maximal invalid UTF-8 subsequence).
 * tr_init_bytes also readies the str type (see tr_init_str in tr_str.c). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem, memrchr */
#endif
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_strimpl.h"

#define BYTES_HDR offsetof(TrBytes, data)

static TrBytes *empty_bytes;
static TrBytes *byte_cache[256];

static TrBytes *bytes_init(TrBytes *b, int64_t len) {
    b->ob.type = &tr_bytes_type;
    b->len = len;
    b->hash = -1;
    return b;
}

static TrBytes *bytes_alloc(int64_t len) {
    return bytes_init(tr_alloc_atomic(BYTES_HDR + (size_t)len + 1), len);
}

/* For sizes the program chooses: NULL with MemoryError pending. */
static TrBytes *bytes_alloc_try(int64_t len) {
    TrBytes *b = tr_try_alloc_items(BYTES_HDR + 1, len, 1, true);
    return b ? bytes_init(b, len) : NULL;
}

TrBytes *tr_bytes_new(const void *data, int64_t len) {
    if (len == 0) {
        if (!empty_bytes) empty_bytes = bytes_alloc(0);
        return empty_bytes;
    }
    if (len == 1) {
        unsigned char c = *(const unsigned char *)data;
        if (!byte_cache[c]) {
            byte_cache[c] = bytes_alloc(1);
            byte_cache[c]->data[0] = c;
        }
        return byte_cache[c];
    }
    TrBytes *b = bytes_alloc(len);
    memcpy(b->data, data, (size_t)len);
    return b;
}

/* Bytes built in a TrBuf (the buffer's bytes, not a str). */
static TrValue buf_to_bytes(TrBuf *b) {
    TrBytes *r = tr_bytes_new(b->data ? b->data : "", b->len);
    b->data = NULL;
    b->len = b->cap = 0;
    return tr_obj(r);
}

/* ---- codecs ---------------------------------------------------------------- */

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN } Codec;

/* Python's codec names, normalised as the codecs registry does (case and
 * '_' vs '-' do not matter). */
static Codec codec_lookup(const char *name, const char **canon) {
    char n[32];
    size_t k = 0;
    for (; name[k] && k < sizeof n - 1; k++) n[k] = name[k] == '_' ? '-' : (char)tolower((unsigned char)name[k]);
    n[k] = 0;
    if (name[k]) return CODEC_UNKNOWN;
    static const struct { const char *name; Codec c; } names[] = {
        {"utf-8", CODEC_UTF8},       {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},         {"cp65001", CODEC_UTF8},      {"ascii", CODEC_ASCII},
        {"us-ascii", CODEC_ASCII},   {"646", CODEC_ASCII},         {"latin-1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},    {"latin", CODEC_LATIN1},      {"iso-8859-1", CODEC_LATIN1},
        {"iso8859-1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},       {"cp819", CODEC_LATIN1},
        {"l1", CODEC_LATIN1},        {"iso-ir-100", CODEC_LATIN1},
    };
    static const char *const canon_names[] = {"utf-8", "ascii", "latin-1"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!strcmp(n, names[i].name)) {
            *canon = canon_names[names[i].c];
            return names[i].c;
        }
    }
    return CODEC_UNKNOWN;
}

typedef enum ErrMode {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURR_ESCAPE, ERR_SURR_PASS,
    ERR_UNKNOWN
} ErrMode;

static ErrMode errmode_lookup(const char *name) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (!strcmp(name, names[i])) return (ErrMode)i;
    return ERR_UNKNOWN;
}

static TrValue unknown_handler(const char *errors) {
    return tr_raise(tr_LookupError, "unknown error handler name '%s'", errors);
}

/* "'\xe9'" as codec messages print a character: always escaped. */
static void put_escaped_char(TrBuf *b, uint32_t cp) {
    char tmp[16];
    if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
    else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
    tr_buf_puts(b, tmp);
}

static TrValue encode_error(const char *codec, TrStr *s, int64_t start, int64_t end, const char *reason) {
    return tr_raise_unicode_error(tr_UnicodeEncodeError, codec, tr_obj(s), start, end, reason);
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xd800 && cp <= 0xdfff; }

/* Encode with a per-code-point limit (128 ascii, 256 latin-1, or UTF-8 where
 * only surrogates fail). */
static TrValue encode_impl(TrStr *s, Codec c, const char *codec, const char *errors) {
    uint32_t limit = c == CODEC_ASCII ? 0x80 : c == CODEC_LATIN1 ? 0x100 : 0x110000;
    if (c == CODEC_UTF8) {
        /* surrogates are the only code points stored as ED A0..BF xx */
        bool clean = true;
        for (const char *p = s->data; (p = memchr(p, 0xed, (size_t)(s->data + s->len - p)));) {
            if ((unsigned char)p[1] >= 0xa0) {
                clean = false;
                break;
            }
            p++;
        }
        if (clean) return tr_obj(tr_bytes_new(s->data, s->len));
    } else if (s->ascii) {
        return tr_obj(tr_bytes_new(s->data, s->len));
    }
    ErrMode mode = ERR_STRICT;
    TrBuf b;
    tr_buf_init(&b, s->len);
    int64_t ci = 0;
    for (int64_t i = 0; i < s->len; ci++) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        bool bad = c == CODEC_UTF8 ? is_surrogate(cp) : cp >= limit;
        if (!bad) {
            if (c == CODEC_UTF8) tr_buf_put(&b, s->data + i, n);
            else tr_buf_putc(&b, (char)cp);
            i += n;
            continue;
        }
        if (mode == ERR_STRICT && (mode = errmode_lookup(errors)) == ERR_UNKNOWN) return unknown_handler(errors);
        switch (mode) {
        case ERR_STRICT: {
            /* report the whole run of unencodable code points */
            int64_t end = ci + 1, j = i + n;
            while (c != CODEC_UTF8 && j < s->len) {
                int m;
                uint32_t cp2 = tr_str_cp_at(s, j, &m);
                if (cp2 < limit) break;
                j += m;
                end++;
            }
            return encode_error(codec, s, ci, end,
                                c == CODEC_UTF8 ? "surrogates not allowed"
                                : c == CODEC_ASCII ? "ordinal not in range(128)"
                                                   : "ordinal not in range(256)");
        }
        case ERR_IGNORE: break;
        case ERR_REPLACE: tr_buf_putc(&b, '?'); break;
        case ERR_BACKSLASH: {
            TrBuf e;
            tr_buf_init(&e, 12);
            put_escaped_char(&e, cp);
            tr_buf_put(&b, e.data, e.len);
            break;
        }
        case ERR_XMLREF: {
            char tmp[16];
            tr_buf_put(&b, tmp, snprintf(tmp, sizeof tmp, "&#%u;", cp));
            break;
        }
        case ERR_SURR_ESCAPE:
            if (cp < 0xdc80 || cp > 0xdcff) return encode_error(codec, s, ci, ci + 1, "ordinal not in range(128)");
            tr_buf_putc(&b, (char)(cp - 0xdc00));
            break;
        default: /* surrogatepass */
            if (c != CODEC_UTF8 || !is_surrogate(cp)) return encode_error(codec, s, ci, ci + 1, "ordinal not in range(128)");
            tr_buf_put(&b, s->data + i, n);
            break;
        }
        i += n;
    }
    return buf_to_bytes(&b);
}

TrValue tr_str_encode(TrStr *s, const char *encoding, const char *errors) {
    const char *canon;
    Codec c = codec_lookup(encoding, &canon);
    if (c == CODEC_UNKNOWN) return tr_raise(tr_LookupError, "unknown encoding: %s", encoding);
    return encode_impl(s, c, canon, errors);
}

static TrValue decode_error(const char *codec, const unsigned char *p, int64_t len, int64_t start,
                            int64_t end, const char *reason) {
    return tr_raise_unicode_error(tr_UnicodeDecodeError, codec, tr_obj(tr_bytes_new(p, len)), start,
                                  end, reason);
}

/* The next well-formed UTF-8 sequence at p[i]: its length, or 0 with
 * [i, *bad_end) the maximal invalid subsequence and *reason set. */
static int utf8_next(const unsigned char *p, int64_t len, int64_t i, int64_t *bad_end, const char **reason) {
    unsigned c = p[i];
    if (c < 0x80) return 1;
    int k = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
    if (!k) {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    /* the second byte's range depends on the lead (no overlongs, no
     * surrogates, nothing above U+10FFFF) */
    unsigned lo = 0x80, hi = 0xbf;
    if (c == 0xe0) lo = 0xa0;
    else if (c == 0xed) hi = 0x9f;
    else if (c == 0xf0) lo = 0x90;
    else if (c == 0xf4) hi = 0x8f;
    int j = 1;
    for (; j < k; j++) {
        if (i + j >= len) {
            *bad_end = len;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned d = p[i + j];
        if (j == 1 ? (d < lo || d > hi) : (d & 0xc0) != 0x80) {
            *bad_end = i + j;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return k;
}

TrValue tr_raise_utf8_error(const unsigned char *p, int64_t len, int64_t start) {
    int64_t bad_end = start + 1;
    const char *reason = "invalid start byte";
    utf8_next(p, len, start, &bad_end, &reason);
    return decode_error("utf-8", p, len, start, bad_end, reason);
}

TrValue tr_bytes_decode(const unsigned char *p, int64_t len, const char *encoding, const char *errors) {
    const char *codec;
    Codec c = codec_lookup(encoding, &codec);
    if (c == CODEC_UNKNOWN) return tr_raise(tr_LookupError, "unknown encoding: %s", encoding);
    TrBuf b;
    tr_buf_init(&b, len + 8);
    ErrMode mode = ERR_STRICT;
    int64_t nchars = 0;
    for (int64_t i = 0; i < len;) {
        /* fast run of ASCII */
        int64_t j = i;
        while (j < len && p[j] < 0x80) j++;
        tr_buf_put(&b, (const char *)p + i, j - i);
        nchars += j - i;
        i = j;
        if (i == len) break;
        int64_t bad_end = i + 1;
        const char *reason = "ordinal not in range(128)";
        int n = 0;
        if (c == CODEC_LATIN1) {
            tr_buf_put_cp(&b, p[i]);
            nchars++;
            i++;
            continue;
        }
        if (c == CODEC_UTF8) n = utf8_next(p, len, i, &bad_end, &reason);
        if (n) {
            tr_buf_put(&b, (const char *)p + i, n);
            nchars++;
            i += n;
            continue;
        }
        if (mode == ERR_STRICT && (mode = errmode_lookup(errors)) == ERR_UNKNOWN) return unknown_handler(errors);
        switch (mode) {
        case ERR_STRICT: return decode_error(codec, p, len, i, bad_end, reason);
        case ERR_IGNORE: break;
        case ERR_REPLACE: tr_buf_put_cp(&b, 0xfffd); nchars++; break;
        case ERR_BACKSLASH:
            for (int64_t k = i; k < bad_end; k++) {
                char tmp[8];
                tr_buf_put(&b, tmp, snprintf(tmp, sizeof tmp, "\\x%02x", p[k]));
                nchars += 4;
            }
            break;
        case ERR_SURR_ESCAPE:
            for (int64_t k = i; k < bad_end; k++, nchars++) tr_buf_put_cp(&b, 0xdc00 + p[k]);
            break;
        case ERR_SURR_PASS:
            /* accept an encoded surrogate (ED A0..BF 80..BF) */
            if (c == CODEC_UTF8 && p[i] == 0xed && i + 2 < len && p[i + 1] >= 0xa0 && p[i + 1] <= 0xbf &&
                (p[i + 2] & 0xc0) == 0x80) {
                tr_buf_put(&b, (const char *)p + i, 3);
                nchars++;
                bad_end = i + 3;
                break;
            }
            return decode_error(codec, p, len, i, bad_end, reason);
        default: return decode_error(codec, p, len, i, bad_end, reason); /* xmlcharrefreplace: encode only */
        }
        i = bad_end;
    }
    return tr_str_value_or_err(tr_buf_finish_n(&b, nchars));
}

/* ---- repr ------------------------------------------------------------------ */

TrStr *tr_bytes_repr(TrBytes *bs) {
    bool sq = memchr(bs->data, '\'', (size_t)bs->len) != NULL;
    bool dq = memchr(bs->data, '"', (size_t)bs->len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b, bs->len + 3);
    tr_buf_putc(&b, 'b');
    tr_buf_putc(&b, quote);
    for (int64_t i = 0; i < bs->len; i++) {
        unsigned c = bs->data[i];
        char tmp[8];
        if (c == (unsigned)quote || c == '\\') {
            tr_buf_putc(&b, '\\');
            tr_buf_putc(&b, (char)c);
        } else if (c == '\t') {
            tr_buf_put(&b, "\\t", 2);
        } else if (c == '\n') {
            tr_buf_put(&b, "\\n", 2);
        } else if (c == '\r') {
            tr_buf_put(&b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7f) {
            tr_buf_put(&b, tmp, snprintf(tmp, sizeof tmp, "\\x%02x", c));
        } else {
            tr_buf_putc(&b, (char)c);
        }
    }
    tr_buf_putc(&b, quote);
    return tr_buf_finish_n(&b, -1);
}

/* ---- slots ------------------------------------------------------------------- */

#define BSELF TR_AS(TrBytes, args[0])

static TrValue bytes_repr_slot(TrValue self) {
    return tr_str_value_or_err(tr_bytes_repr(TR_AS(TrBytes, self)));
}

static int bytes_hash_slot(TrValue self, int64_t *out) {
    TrBytes *b = TR_AS(TrBytes, self);
    if (b->hash == -1) b->hash = tr_hash_bytes(b->data, b->len);
    *out = b->hash;
    return 0;
}

static TrValue bytes_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_bytes(a) || !tr_is_bytes(b)) return TR_NOTIMPL;
    TrBytes *x = TR_AS(TrBytes, a), *y = TR_AS(TrBytes, b);
    if ((op == TR_EQ || op == TR_NE) && x->len != y->len) return tr_bool(op == TR_NE);
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (!c) c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_EQ: return tr_bool(c == 0);
    case TR_NE: return tr_bool(c != 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

static int64_t bytes_len(TrValue self) { return TR_AS(TrBytes, self)->len; }

static TrValue bytes_getitem(TrValue self, TrValue key) {
    TrBytes *b = TR_AS(TrBytes, self);
    if (tr_is_type(key, &tr_slice_type)) {
        int64_t start, stop, step;
        int64_t n = tr_slice_indices(TR_AS(TrSlice, key), b->len, &start, &stop, &step);
        if (n < 0) return TR_ERR;
        if (step == 1) {
            if (n == b->len && b->ob.type == &tr_bytes_type) return self;
            return tr_obj(tr_bytes_new(b->data + start, n));
        }
        TrBytes *r = bytes_alloc(n);
        for (int64_t k = 0, i = start; k < n; k++, i += step) r->data[k] = b->data[i];
        return tr_obj(n <= 1 ? tr_bytes_new(r->data, n) : r);
    }
    int64_t i;
    if (key.tag == TR_TAG_INT || key.tag == TR_TAG_BOOL) {
        i = key.u.i;
    } else if (tr_index_value(key, &i) < 0) {
        if (!tr_is_int(key) && tr_exc_matches(tr_TypeError)) {
            tr_exc_clear();
            return tr_raise(tr_TypeError, "byte indices must be integers or slices, not %s", tr_type_name(key));
        }
        return TR_ERR;
    }
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) return tr_raise(tr_IndexError, "index out of range");
    return tr_int(b->data[i]);
}

/* A bytes-like argument as (pointer, length): bytes, or an int 0..255 when
 * allow_int (the `in` operator and find/count/index). */
static int byte_arg(TrValue v, bool allow_int, const unsigned char **p, int64_t *n, unsigned char *tmp,
                    const char *what) {
    if (tr_is_bytes(v)) {
        *p = TR_AS(TrBytes, v)->data;
        *n = TR_AS(TrBytes, v)->len;
        return 0;
    }
    if (allow_int && tr_is_int(v)) {
        int64_t x;
        if (tr_int_to_int64(v, &x) < 0 || x < 0 || x > 255) {
            if (tr_exc_pending()) tr_exc_clear();
            tr_raise(tr_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *tmp = (unsigned char)x;
        *p = tmp;
        *n = 1;
        return 0;
    }
    if (what) tr_raise(tr_TypeError, what, tr_type_name(v));
    else tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'", tr_type_name(v));
    return -1;
}

static const unsigned char *bfind(const unsigned char *h, int64_t hn, const unsigned char *nd, int64_t nn) {
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    return memmem(h, (size_t)hn, nd, (size_t)nn);
}

static const unsigned char *brfind(const unsigned char *h, int64_t hn, const unsigned char *nd, int64_t nn) {
    if (nn == 0) return h + hn;
    for (int64_t i = hn - nn; i >= 0; i--)
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)nn) == 0) return h + i;
    return NULL;
}

static int bytes_contains(TrValue self, TrValue x) {
    TrBytes *b = TR_AS(TrBytes, self);
    const unsigned char *p;
    int64_t n;
    unsigned char tmp;
    if (byte_arg(x, true, &p, &n, &tmp, NULL) < 0) return -1;
    return bfind(b->data, b->len, p, n) != NULL;
}

static TrValue bytes_concat(TrBytes *a, TrBytes *b) {
    if (a->len == 0 && b->ob.type == &tr_bytes_type) return tr_obj(b);
    if (b->len == 0 && a->ob.type == &tr_bytes_type) return tr_obj(a);
    TrBytes *r = bytes_alloc_try(a->len + b->len);
    if (!r) return TR_ERR;
    memcpy(r->data, a->data, (size_t)a->len);
    memcpy(r->data + a->len, b->data, (size_t)b->len);
    return tr_obj(r);
}

static TrValue bytes_repeat(TrBytes *b, TrValue nv) {
    int64_t n;
    if (!tr_has_index(nv)) return TR_NOTIMPL;
    if (tr_as_index(nv, &n, tr_OverflowError, TR_MSG_CANNOT_FIT) < 0) return TR_ERR;
    if (n <= 0 || b->len == 0) return tr_obj(tr_bytes_new("", 0));
    if (n == 1 && b->ob.type == &tr_bytes_type) return tr_obj(b);
    if (b->len > INT64_MAX / n) return tr_raise(tr_OverflowError, "repeated bytes are too long");
    TrBytes *r = bytes_alloc_try(b->len * n);
    if (!r) return TR_ERR;
    tr_repeat_fill(r->data, b->data, (size_t)b->len, n);
    return tr_obj(r);
}

static TrValue bytes_binop(int op, TrValue a, TrValue b) {
    switch (op & 0xff) {
    case TR_BIN_ADD:
        if (tr_is_bytes(a) && tr_is_bytes(b)) return bytes_concat(TR_AS(TrBytes, a), TR_AS(TrBytes, b));
        /* CPython's sequence concat message, unless a user class may answer */
        if (tr_is_bytes(a) && !(tr_typeof(b)->flags & TR_TF_HEAPTYPE))
            return tr_raise(tr_TypeError, "can't concat %s to bytes", tr_type_name(b));
        return TR_NOTIMPL;
    case TR_BIN_MUL:
        if (tr_is_bytes(a)) return bytes_repeat(TR_AS(TrBytes, a), b);
        return bytes_repeat(TR_AS(TrBytes, b), a);
    default: return TR_NOTIMPL;
    }
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]),
 * bytes(bytes), bytes(obj with __bytes__). */
static TrValue bytes_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue src, enc, errs;
    TrValue *outs[] = {&src, &enc, &errs};
    if (tr_parse_args("bytes", args, nargs, kwnames, "|source,encoding,errors", outs) < 0) return TR_ERR;
    (void)type;
    if (TR_IS_UNDEF(src)) {
        if (!TR_IS_UNDEF(enc) || !TR_IS_UNDEF(errs))
            return tr_raise(tr_TypeError, TR_IS_UNDEF(enc) ? "errors without a string argument"
                                                           : "encoding without a string argument");
        return tr_obj(tr_bytes_new("", 0));
    }
    if (tr_is_str(src)) {
        if (TR_IS_UNDEF(enc)) return tr_raise(tr_TypeError, "string argument without an encoding");
        if (!tr_is_str(enc) || (!TR_IS_UNDEF(errs) && !tr_is_str(errs)))
            return tr_raise(tr_TypeError, "bytes() argument 'encoding' must be str, not %s", tr_type_name(enc));
        return tr_str_encode(TR_AS(TrStr, src), TR_AS(TrStr, enc)->data,
                             TR_IS_UNDEF(errs) ? "strict" : TR_AS(TrStr, errs)->data);
    }
    if (!TR_IS_UNDEF(enc) || !TR_IS_UNDEF(errs))
        return tr_raise(tr_TypeError, TR_IS_UNDEF(enc) ? "errors without a string argument"
                                                       : "encoding without a string argument");
    if (tr_is_type(src, &tr_bytes_type)) return src;
    if (tr_is_bytes(src)) return tr_obj(tr_bytes_new(TR_AS(TrBytes, src)->data, TR_AS(TrBytes, src)->len));
    TrValue conv = tr_getattr_opt(src, tr_str_intern("__bytes__"));
    if (!TR_IS_UNDEF(conv)) {
        TrValue r = tr_call0(conv);
        if (TR_IS_UNDEF(r)) return TR_ERR;
        if (!tr_is_bytes(r))
            return tr_raise(tr_TypeError, "__bytes__ returned non-bytes (type %s)", tr_type_name(r));
        return r;
    }
    if (tr_exc_pending()) return TR_ERR;
    if (tr_is_int(src)) {
        int64_t n;
        if (tr_int_to_int64(src, &n) < 0) return TR_ERR;
        if (n < 0) return tr_raise(tr_ValueError, "negative count");
        TrBytes *r = bytes_alloc_try(n);
        if (!r) return TR_ERR;
        return tr_obj(n == 0 ? tr_bytes_new("", 0) : r);
    }
    if (!tr_typeof(src)->iter)
        return tr_raise(tr_TypeError, "cannot convert '%s' object to bytes", tr_type_name(src));
    TrList *l = tr_list_of(src);
    if (!l) return TR_ERR;
    TrBytes *r = bytes_alloc(l->len);
    for (int64_t i = 0; i < l->len; i++) {
        int64_t v;
        TrValue item = l->items[i];
        if (!tr_is_int(item) && !TR_IS_OBJ(item))
            return tr_raise(tr_TypeError, "'%s' object cannot be interpreted as an integer", tr_type_name(item));
        if (tr_index_value(item, &v) < 0) return TR_ERR;
        if (v < 0 || v > 255) return tr_raise(tr_ValueError, "bytes must be in range(0, 256)");
        r->data[i] = (unsigned char)v;
    }
    return tr_obj(l->len <= 1 ? tr_bytes_new(r->data, l->len) : r);
}

/* ---- iteration ----------------------------------------------------------------- */

typedef struct BytesIter {
    TrObject ob;
    TrBytes *b;
    int64_t pos;
} BytesIter;

TrType tr_bytes_iter_type;

static TrValue bytes_iter(TrValue self) {
    BytesIter *it = tr_new_object(&tr_bytes_iter_type, sizeof(BytesIter));
    it->b = TR_AS(TrBytes, self);
    return tr_obj(it);
}

static TrValue bytes_iter_next(TrValue self) {
    BytesIter *it = TR_AS(BytesIter, self);
    if (it->pos >= it->b->len) return tr_undef();
    return tr_int(it->b->data[it->pos++]);
}

static TrValue iter_self(TrValue self) { return self; }

TrType tr_bytes_iter_type = {
    .ob = {&tr_type_type},
    .name = "bytes_iterator",
    .base = &tr_object_type,
    .iter = iter_self,
    .next = bytes_iter_next,
};

/* ---- methods ---------------------------------------------------------------------- */

static int bparse(const char *name, TrValue *args, int nargs, TrTuple *kw, const char *spec, TrValue **outs) {
    return tr_parse_args(name, args + 1, nargs - 1, kw, spec, outs);
}

static TrValue bytes_decode(TrValue *args, int nargs, TrTuple *kw) {
    TrValue venc, verr;
    TrValue *outs[] = {&venc, &verr};
    if (bparse("decode", args, nargs, kw, "|encoding,errors", outs) < 0) return TR_ERR;
    const char *names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (!TR_IS_UNDEF(*outs[i]) && !tr_is_str(*outs[i]))
            return tr_raise(tr_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                            tr_type_name(*outs[i]));
    return tr_bytes_decode(BSELF->data, BSELF->len, TR_IS_UNDEF(venc) ? "utf-8" : TR_AS(TrStr, venc)->data,
                           TR_IS_UNDEF(verr) ? "strict" : TR_AS(TrStr, verr)->data);
}

static TrValue bytes_hex(TrValue *args, int nargs, TrTuple *kw) {
    TrValue vsep, vper;
    TrValue *outs[] = {&vsep, &vper};
    if (bparse("hex", args, nargs, kw, "|sep,bytes_per_sep", outs) < 0) return TR_ERR;
    TrBytes *b = BSELF;
    const char *sep = NULL;
    int64_t seplen = 0, per = 1;
    if (!TR_IS_UNDEF(vsep)) {
        if (tr_is_str(vsep)) sep = TR_AS(TrStr, vsep)->data, seplen = TR_AS(TrStr, vsep)->len;
        else if (tr_is_bytes(vsep)) sep = (const char *)TR_AS(TrBytes, vsep)->data, seplen = TR_AS(TrBytes, vsep)->len;
        else return tr_raise(tr_TypeError, "sep must be str or bytes.");
        if (seplen != 1) return tr_raise(tr_ValueError, "sep must be length 1.");
    }
    if (!TR_IS_UNDEF(vper) && tr_index_value(vper, &per) < 0) return TR_ERR;
    static const char hex[] = "0123456789abcdef";
    TrBuf out;
    tr_buf_init(&out, b->len * 3);
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < b->len; i++) {
        /* separators count groups from the right for positive bytes_per_sep */
        if (sep && group && i > 0 && (per > 0 ? (b->len - i) % group == 0 : i % group == 0))
            tr_buf_putc(&out, sep[0]);
        tr_buf_putc(&out, hex[b->data[i] >> 4]);
        tr_buf_putc(&out, hex[b->data[i] & 15]);
    }
    return tr_str_value_or_err(tr_buf_finish_n(&out, -1));
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static TrValue bytes_fromhex(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("fromhex", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    if (!tr_is_str(args[1]))
        return tr_raise(tr_TypeError, "fromhex() argument must be str, not %s", tr_type_name(args[1]));
    TrStr *s = TR_AS(TrStr, args[1]);
    TrBuf out;
    tr_buf_init(&out, s->len / 2);
    for (int64_t i = 0; i < s->len;) {
        if (s->data[i] == ' ' || (s->data[i] >= 9 && s->data[i] <= 13)) {
            i++;
            continue;
        }
        int hi = hexval((unsigned char)s->data[i]);
        int lo = i + 1 < s->len ? hexval((unsigned char)s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return tr_raise(tr_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)(hi < 0 ? i : i + 1));
        tr_buf_putc(&out, (char)(hi * 16 + lo));
        i += 2;
    }
    return buf_to_bytes(&out);
}

/* find/rfind/index/rindex/count over bytes; sub is bytes or an int. */
static int bsearch_args(const char *name, TrValue *args, int nargs, TrTuple *kw, const unsigned char **sub,
                        int64_t *subn, unsigned char *tmp, int64_t *start, int64_t *end) {
    if (tr_check_args(name, nargs - 1, kw, 1, 3) < 0) return -1;
    if (byte_arg(args[1], true, sub, subn, tmp, "argument should be integer or bytes-like object, not '%s'") < 0)
        return -1;
    int64_t len = BSELF->len;
    if (tr_str_slice_arg(nargs > 2 ? args[2] : tr_undef(), len, 0, start) < 0 ||
        tr_str_slice_arg(nargs > 3 ? args[3] : tr_undef(), len, len, end) < 0)
        return -1;
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return 0;
}

static TrValue bfind_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, bool rev, bool raise) {
    const unsigned char *sub;
    int64_t subn, start, end;
    unsigned char tmp;
    if (bsearch_args(name, args, nargs, kw, &sub, &subn, &tmp, &start, &end) < 0) return TR_ERR;
    int64_t r = -1;
    if (end - start >= subn) {
        const unsigned char *h = BSELF->data + start;
        const unsigned char *p = rev ? brfind(h, end - start, sub, subn) : bfind(h, end - start, sub, subn);
        if (p) r = start + (p - h);
    }
    if (r < 0 && raise) return tr_raise(tr_ValueError, "subsection not found");
    return tr_int(r);
}

static TrValue bytes_find(TrValue *a, int n, TrTuple *kw) { return bfind_impl("find", a, n, kw, false, false); }
static TrValue bytes_rfind(TrValue *a, int n, TrTuple *kw) { return bfind_impl("rfind", a, n, kw, true, false); }
static TrValue bytes_index(TrValue *a, int n, TrTuple *kw) { return bfind_impl("index", a, n, kw, false, true); }
static TrValue bytes_rindex(TrValue *a, int n, TrTuple *kw) { return bfind_impl("rindex", a, n, kw, true, true); }

static TrValue bytes_count(TrValue *args, int nargs, TrTuple *kw) {
    const unsigned char *sub;
    int64_t subn, start, end;
    unsigned char tmp;
    if (bsearch_args("count", args, nargs, kw, &sub, &subn, &tmp, &start, &end) < 0) return TR_ERR;
    if (end - start < subn) return tr_int(0);
    if (subn == 0) return tr_int(end - start + 1);
    int64_t n = 0;
    const unsigned char *h = BSELF->data + start, *e = BSELF->data + end, *p;
    while ((p = bfind(h, e - h, sub, subn))) {
        n++;
        h = p + subn;
    }
    return tr_int(n);
}

static TrValue bytes_starts_ends(const char *name, TrValue *args, int nargs, TrTuple *kw, bool at_end) {
    if (tr_check_args(name, nargs - 1, kw, 1, 3) < 0) return TR_ERR;
    TrBytes *b = BSELF;
    int64_t start, end, len = b->len;
    if (tr_str_slice_arg(nargs > 2 ? args[2] : tr_undef(), len, 0, &start) < 0 ||
        tr_str_slice_arg(nargs > 3 ? args[3] : tr_undef(), len, len, &end) < 0)
        return TR_ERR;
    if (end > len) end = len;
    else if (end < 0 && (end += len) < 0) end = 0;
    if (start < 0 && (start += len) < 0) start = 0;
    TrValue pre = args[1];
    int64_t count = 1;
    const TrValue *items = &pre;
    if (tr_is_type(pre, &tr_tuple_type)) {
        count = TR_AS(TrTuple, pre)->len;
        items = TR_AS(TrTuple, pre)->items;
    } else if (!tr_is_bytes(pre)) {
        return tr_raise(tr_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        tr_type_name(pre));
    }
    for (int64_t k = 0; k < count; k++) {
        if (!tr_is_bytes(items[k]))
            return tr_raise(tr_TypeError, "a bytes-like object is required, not '%s'", tr_type_name(items[k]));
        TrBytes *x = TR_AS(TrBytes, items[k]);
        if (end - start < x->len || start > len) continue;
        int64_t at = at_end ? end - x->len : start;
        if (memcmp(b->data + at, x->data, (size_t)x->len) == 0) return tr_bool(true);
    }
    return tr_bool(false);
}

static TrValue bytes_startswith(TrValue *a, int n, TrTuple *kw) {
    return bytes_starts_ends("startswith", a, n, kw, false);
}
static TrValue bytes_endswith(TrValue *a, int n, TrTuple *kw) {
    return bytes_starts_ends("endswith", a, n, kw, true);
}

static bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static TrValue bytes_split_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, bool rev) {
    TrValue vsep, vmax;
    TrValue *outs[] = {&vsep, &vmax};
    if (bparse(name, args, nargs, kw, "|sep,maxsplit", outs) < 0) return TR_ERR;
    int64_t maxsplit = -1;
    if (!TR_IS_UNDEF(vmax) && tr_index_value(vmax, &maxsplit) < 0) return TR_ERR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    TrBytes *b = BSELF;
    const unsigned char *d = b->data;
    int64_t len = b->len;
    TrList *l = tr_list_new(0);
    if (TR_IS_UNDEF(vsep) || TR_IS_NONE(vsep)) {
        if (!rev) {
            int64_t i = 0;
            while (maxsplit-- > 0) {
                while (i < len && bspace(d[i])) i++;
                if (i == len) break;
                int64_t j = i;
                while (i < len && !bspace(d[i])) i++;
                tr_list_append(l, tr_obj(tr_bytes_new(d + j, i - j)));
            }
            while (i < len && bspace(d[i])) i++;
            if (i < len) tr_list_append(l, tr_obj(tr_bytes_new(d + i, len - i)));
            return tr_obj(l);
        }
        int64_t i = len;
        while (maxsplit-- > 0) {
            while (i > 0 && bspace(d[i - 1])) i--;
            if (i == 0) break;
            int64_t j = i;
            while (i > 0 && !bspace(d[i - 1])) i--;
            tr_list_append(l, tr_obj(tr_bytes_new(d + i, j - i)));
        }
        while (i > 0 && bspace(d[i - 1])) i--;
        if (i > 0) tr_list_append(l, tr_obj(tr_bytes_new(d, i)));
    } else {
        const unsigned char *sep;
        int64_t sn;
        unsigned char tmp;
        if (byte_arg(vsep, false, &sep, &sn, &tmp, NULL) < 0) return TR_ERR;
        if (sn == 0) return tr_raise(tr_ValueError, "empty separator");
        if (!rev) {
            int64_t i = 0;
            const unsigned char *p;
            while (maxsplit-- > 0 && (p = bfind(d + i, len - i, sep, sn))) {
                tr_list_append(l, tr_obj(tr_bytes_new(d + i, p - (d + i))));
                i = p - d + sn;
            }
            tr_list_append(l, tr_obj(tr_bytes_new(d + i, len - i)));
            return tr_obj(l);
        }
        int64_t i = len;
        const unsigned char *p;
        while (maxsplit-- > 0 && (p = brfind(d, i, sep, sn))) {
            tr_list_append(l, tr_obj(tr_bytes_new(p + sn, d + i - (p + sn))));
            i = p - d;
        }
        tr_list_append(l, tr_obj(tr_bytes_new(d, i)));
    }
    for (int64_t a = 0, z = l->len - 1; a < z; a++, z--) {
        TrValue t = l->items[a];
        l->items[a] = l->items[z];
        l->items[z] = t;
    }
    return tr_obj(l);
}

static TrValue bytes_split(TrValue *a, int n, TrTuple *kw) { return bytes_split_impl("split", a, n, kw, false); }
static TrValue bytes_rsplit(TrValue *a, int n, TrTuple *kw) { return bytes_split_impl("rsplit", a, n, kw, true); }

static TrValue bytes_join(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("join", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    if (!tr_typeof(args[1])->iter) return tr_raise(tr_TypeError, "can only join an iterable");
    TrList *l = tr_list_of(args[1]);
    if (!l) return TR_ERR;
    TrBytes *sep = BSELF;
    TrBuf b;
    tr_buf_init(&b, 64);
    for (int64_t i = 0; i < l->len; i++) {
        if (!tr_is_bytes(l->items[i]))
            return tr_raise(tr_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                            (long long)i, tr_type_name(l->items[i]));
        if (i) tr_buf_put(&b, (const char *)sep->data, sep->len);
        tr_buf_put(&b, (const char *)TR_AS(TrBytes, l->items[i])->data, TR_AS(TrBytes, l->items[i])->len);
    }
    return buf_to_bytes(&b);
}

static TrValue bytes_strip_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, int mode) {
    if (tr_check_args(name, nargs - 1, kw, 0, 1) < 0) return TR_ERR;
    bool set[256] = {false};
    if (nargs > 1 && !TR_IS_NONE(args[1])) {
        const unsigned char *p;
        int64_t n;
        unsigned char tmp;
        if (byte_arg(args[1], false, &p, &n, &tmp, NULL) < 0) return TR_ERR;
        for (int64_t i = 0; i < n; i++) set[p[i]] = true;
    } else {
        for (int c = 0; c < 256; c++) set[c] = bspace((unsigned char)c);
    }
    TrBytes *b = BSELF;
    int64_t i = 0, j = b->len;
    if (mode & 1) while (i < j && set[b->data[i]]) i++;
    if (mode & 2) while (j > i && set[b->data[j - 1]]) j--;
    if (i == 0 && j == b->len && b->ob.type == &tr_bytes_type) return args[0];
    return tr_obj(tr_bytes_new(b->data + i, j - i));
}

static TrValue bytes_strip(TrValue *a, int n, TrTuple *kw) { return bytes_strip_impl("strip", a, n, kw, 3); }
static TrValue bytes_lstrip(TrValue *a, int n, TrTuple *kw) { return bytes_strip_impl("lstrip", a, n, kw, 1); }
static TrValue bytes_rstrip(TrValue *a, int n, TrTuple *kw) { return bytes_strip_impl("rstrip", a, n, kw, 2); }

static TrValue bytes_replace(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("replace", nargs - 1, kw, 2, 3) < 0) return TR_ERR;
    const unsigned char *old, *new;
    int64_t on, nn, maxcount = -1;
    unsigned char t1, t2;
    if (byte_arg(args[1], false, &old, &on, &t1, NULL) < 0 || byte_arg(args[2], false, &new, &nn, &t2, NULL) < 0)
        return TR_ERR;
    if (nargs > 3 && tr_index_value(args[3], &maxcount) < 0) return TR_ERR;
    if (maxcount < 0) maxcount = INT64_MAX;
    TrBytes *b = BSELF;
    TrBuf out;
    tr_buf_init(&out, b->len + 16);
    int64_t i = 0, done = 0;
    if (on == 0) {
        for (; done < maxcount && i <= b->len; done++) {
            tr_buf_put(&out, (const char *)new, nn);
            if (i < b->len) tr_buf_putc(&out, (char)b->data[i]);
            i++;
        }
        if (i < b->len) tr_buf_put(&out, (const char *)b->data + i, b->len - i);
        return buf_to_bytes(&out);
    }
    const unsigned char *p;
    while (done < maxcount && (p = bfind(b->data + i, b->len - i, old, on))) {
        int64_t at = p - b->data;
        tr_buf_put(&out, (const char *)b->data + i, at - i);
        tr_buf_put(&out, (const char *)new, nn);
        i = at + on;
        done++;
    }
    tr_buf_put(&out, (const char *)b->data + i, b->len - i);
    return buf_to_bytes(&out);
}

static TrValue bytes_partition_impl(const char *name, TrValue *args, int nargs, TrTuple *kw, bool rev) {
    if (tr_check_args(name, nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    const unsigned char *sep;
    int64_t sn;
    unsigned char tmp;
    if (byte_arg(args[1], false, &sep, &sn, &tmp, NULL) < 0) return TR_ERR;
    if (sn == 0) return tr_raise(tr_ValueError, "empty separator");
    TrBytes *b = BSELF;
    const unsigned char *p = rev ? brfind(b->data, b->len, sep, sn) : bfind(b->data, b->len, sep, sn);
    TrValue empty = tr_obj(tr_bytes_new("", 0)), items[3];
    if (!p) {
        items[0] = rev ? empty : args[0];
        items[1] = empty;
        items[2] = rev ? args[0] : empty;
    } else {
        items[0] = tr_obj(tr_bytes_new(b->data, p - b->data));
        items[1] = args[1];
        items[2] = tr_obj(tr_bytes_new(p + sn, b->data + b->len - (p + sn)));
    }
    return tr_obj(tr_tuple_from(items, 3));
}

static TrValue bytes_partition(TrValue *a, int n, TrTuple *kw) { return bytes_partition_impl("partition", a, n, kw, false); }
static TrValue bytes_rpartition(TrValue *a, int n, TrTuple *kw) { return bytes_partition_impl("rpartition", a, n, kw, true); }

/* ASCII case mapping and predicates. */
typedef enum BOp { B_UPPER, B_LOWER, B_SWAP } BOp;

static TrValue bytes_case(TrValue *args, int nargs, TrTuple *kw, const char *name, BOp op) {
    if (tr_check_args(name, nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    TrBytes *b = BSELF, *r = bytes_alloc(b->len);
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (lo && (op == B_UPPER || op == B_SWAP)) c -= 32;
        else if (up && (op == B_LOWER || op == B_SWAP)) c += 32;
        r->data[i] = c;
    }
    return tr_obj(b->len <= 1 ? tr_bytes_new(r->data, b->len) : r);
}

static TrValue bytes_upper(TrValue *a, int n, TrTuple *kw) { return bytes_case(a, n, kw, "bytes.upper", B_UPPER); }
static TrValue bytes_lower(TrValue *a, int n, TrTuple *kw) { return bytes_case(a, n, kw, "bytes.lower", B_LOWER); }
static TrValue bytes_swapcase(TrValue *a, int n, TrTuple *kw) { return bytes_case(a, n, kw, "bytes.swapcase", B_SWAP); }

typedef enum BPred { BP_DIGIT, BP_ALPHA, BP_ALNUM, BP_SPACE, BP_UPPER, BP_LOWER, BP_ASCII } BPred;

static TrValue bytes_pred(TrValue *args, int nargs, TrTuple *kw, const char *name, BPred p) {
    if (tr_check_args(name, nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    TrBytes *b = BSELF;
    if (p == BP_ASCII) {
        for (int64_t i = 0; i < b->len; i++)
            if (b->data[i] >= 0x80) return tr_bool(false);
        return tr_bool(true);
    }
    if (b->len == 0) return tr_bool(false);
    bool cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
        switch (p) {
        case BP_DIGIT: if (!dg) return tr_bool(false); break;
        case BP_ALPHA: if (!up && !lo) return tr_bool(false); break;
        case BP_ALNUM: if (!up && !lo && !dg) return tr_bool(false); break;
        case BP_SPACE: if (!bspace(c)) return tr_bool(false); break;
        case BP_UPPER: if (lo) return tr_bool(false); cased |= up; break;
        default: if (up) return tr_bool(false); cased |= lo; break;
        }
    }
    return tr_bool(p == BP_UPPER || p == BP_LOWER ? cased : true);
}

#define BPRED(fn, name, p) \
    static TrValue fn(TrValue *a, int n, TrTuple *kw) { return bytes_pred(a, n, kw, "bytes." name, p); }
BPRED(bytes_isdigit, "isdigit", BP_DIGIT)
BPRED(bytes_isalpha, "isalpha", BP_ALPHA)
BPRED(bytes_isalnum, "isalnum", BP_ALNUM)
BPRED(bytes_isspace, "isspace", BP_SPACE)
BPRED(bytes_isupper, "isupper", BP_UPPER)
BPRED(bytes_islower, "islower", BP_LOWER)
BPRED(bytes_isascii, "isascii", BP_ASCII)

static TrValue bytes_dunder_len(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__len__", nargs - 1, kw, 0, 0) < 0) return TR_ERR;
    return tr_int(BSELF->len);
}

static TrValue bytes_dunder_getitem(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("__getitem__", nargs - 1, kw, 1, 1) < 0) return TR_ERR;
    return bytes_getitem(args[0], args[1]);
}

static const TrMethodDef bytes_methods[] = {
    {"decode", bytes_decode, 0},
    {"hex", bytes_hex, 0},
    {"fromhex", bytes_fromhex, TR_METH_CLASS},
    {"count", bytes_count, 0},
    {"find", bytes_find, 0},
    {"rfind", bytes_rfind, 0},
    {"index", bytes_index, 0},
    {"rindex", bytes_rindex, 0},
    {"startswith", bytes_startswith, 0},
    {"endswith", bytes_endswith, 0},
    {"split", bytes_split, 0},
    {"rsplit", bytes_rsplit, 0},
    {"join", bytes_join, 0},
    {"strip", bytes_strip, 0},
    {"lstrip", bytes_lstrip, 0},
    {"rstrip", bytes_rstrip, 0},
    {"replace", bytes_replace, 0},
    {"partition", bytes_partition, 0},
    {"rpartition", bytes_rpartition, 0},
    {"upper", bytes_upper, 0},
    {"lower", bytes_lower, 0},
    {"swapcase", bytes_swapcase, 0},
    {"isdigit", bytes_isdigit, 0},
    {"isalpha", bytes_isalpha, 0},
    {"isalnum", bytes_isalnum, 0},
    {"isspace", bytes_isspace, 0},
    {"isupper", bytes_isupper, 0},
    {"islower", bytes_islower, 0},
    {"isascii", bytes_isascii, 0},
    {"__len__", bytes_dunder_len, 0},
    {"__getitem__", bytes_dunder_getitem, 0},
    {NULL, NULL, 0},
};

TrType tr_bytes_type = {
    .ob = {&tr_type_type},
    .name = "bytes",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcmp = bytes_richcmp,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .binop = bytes_binop,
    .tp_new = bytes_new,
};

void tr_init_bytes(void) {
    tr_str_ready();
    tr_type_ready(&tr_bytes_type, bytes_methods);
    tr_type_ready(&tr_bytes_iter_type, NULL);
}
