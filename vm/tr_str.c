/* tr_str.c — the str type: UTF-8 representation, interning, hashing, repr,
 * the string builder (TrBuf), the printf-like tr_str_format used by error
 * messages, and the type's slots (indexing, slicing, +, *, %, iteration).
 *
 * A TrStr holds UTF-8 bytes plus its length in code points and an ascii flag
 * (tr_object.h).  Python indexes strings by code point: ASCII strings index
 * in O(1); others scan, helped by a one-entry cache of the last (string,
 * index, byte offset) so loops over s[i] stay linear.  Since UTF-8 is self-
 * synchronising and its byte order is code point order, searching and
 * comparing work on bytes directly.  Lone surrogates ("\ud800") are stored
 * in the generalised 3-byte form, so every Python string is representable.
 *
 * The methods live in tr_str_methods.c, the codecs in tr_bytes.c and the
 * format mini-language in tr_format.c. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <gc.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_strimpl.h"

#define STR_HDR offsetof(TrStr, data)

/* ---- UTF-8 ------------------------------------------------------------- */

int tr_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp > 0x10ffff) cp = 0xfffd;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Decode one code point.  Stops at the first byte that is not a
 * continuation byte, so it never reads past a string's NUL terminator even
 * on malformed input (which yields U+FFFD). */
uint32_t tr_utf8_decode(const char *s, int *nbytes) {
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0];
    if (c < 0x80) {
        *nbytes = 1;
        return c;
    }
    if (c < 0xc0) {
        *nbytes = 1;
        return 0xfffd;
    }
    int k = tr_utf8_seqlen((unsigned char)c);
    uint32_t cp = c & (0x7fu >> k);
    for (int j = 1; j < k; j++) {
        if ((p[j] & 0xc0) != 0x80) {
            *nbytes = j;
            return 0xfffd;
        }
        cp = (cp << 6) | (p[j] & 0x3f);
    }
    *nbytes = k;
    return cp;
}

static const uint64_t HIGH_BITS = 0x8080808080808080ull;

int64_t tr_utf8_count(const char *p, int64_t len) {
    int64_t n = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!(w & HIGH_BITS)) {
            n += 8;
            continue;
        }
        /* a byte starts a code point unless it is 10xxxxxx */
        uint64_t cont = w & ~(w << 1) & HIGH_BITS; /* bit7 set and bit6 clear */
        n += 8 - __builtin_popcountll(cont);
    }
    for (; i < len; i++) n += ((unsigned char)p[i] & 0xc0) != 0x80;
    return n;
}

/* Count the code points of (generalised) UTF-8, or return -1 when the bytes
 * are malformed: bad lead byte, missing continuation, overlong form, or a
 * value above U+10FFFF.  Surrogates are accepted (see the file comment). */
static int64_t utf8_check_count(const unsigned char *p, int64_t len) {
    int64_t n = 0, i = 0;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & HIGH_BITS)) {
                i += 8;
                n += 8;
                continue;
            }
        }
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            n++;
            continue;
        }
        int k = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
        if (!k || i + k > len) return -1;
        for (int j = 1; j < k; j++)
            if ((p[i + j] & 0xc0) != 0x80) return -1;
        if ((c == 0xe0 && p[i + 1] < 0xa0) || (c == 0xf0 && p[i + 1] < 0x90) ||
            (c == 0xf4 && p[i + 1] >= 0x90))
            return -1;
        i += k;
        n++;
    }
    return n;
}

/* ---- allocation and the small-string caches ---------------------------- */

static TrStr *empty_str;
static TrStr *char_cache[256]; /* one-code-point strings below U+0100 */

static TrStr *str_init(TrStr *s, int64_t len) {
    s->ob.type = &tr_str_type;
    s->len = len;
    s->hash = -1;
    return s;
}

TrStr *tr_str_alloc(int64_t len) { return str_init(tr_alloc_atomic(STR_HDR + (size_t)len + 1), len); }

TrStr *tr_str_alloc_try(int64_t len) {
    TrStr *s = tr_try_alloc_items(STR_HDR + 1, len, 1, true);
    return s ? str_init(s, len) : NULL;
}

TrStr *tr_str_recount(TrStr *s) {
    s->nchars = tr_utf8_count(s->data, s->len);
    s->ascii = s->nchars == s->len;
    return s;
}

static void intern_insert(TrStr *s);

static TrStr *make_cached(const char *p, int64_t len) {
    TrStr *s = tr_str_alloc(len);
    memcpy(s->data, p, (size_t)len);
    tr_str_recount(s);
    intern_insert(s);
    return s;
}

TrStr *tr_str_empty(void) {
    if (!empty_str) empty_str = make_cached("", 0);
    return empty_str;
}

TrStr *tr_str_from_codepoint(uint32_t cp) {
    char buf[4];
    int n = tr_utf8_encode(cp, buf);
    if (cp < 256) {
        if (!char_cache[cp]) char_cache[cp] = make_cached(buf, n);
        return char_cache[cp];
    }
    TrStr *s = tr_str_alloc(n);
    memcpy(s->data, buf, (size_t)n);
    s->nchars = 1;
    return s;
}

TrStr *tr_str_new_n(const char *p, int64_t len, int64_t nchars) {
    if (len == 0) return tr_str_empty();
    if (len == 1 && (unsigned char)p[0] < 0x80) return tr_str_from_codepoint((unsigned char)p[0]);
    TrStr *s = tr_str_alloc(len);
    memcpy(s->data, p, (size_t)len);
    if (nchars < 0) return tr_str_recount(s);
    s->nchars = nchars;
    s->ascii = nchars == len;
    return s;
}

/* Malformed input (raw file bytes, say) is repaired, each bad byte becoming
 * U+FFFD, rather than stored: every TrStr is then well formed. */
static TrStr *repair_utf8(const char *p, int64_t len) {
    TrBuf b;
    tr_buf_init(&b, len + 16);
    for (int64_t i = 0; i < len;) {
        int64_t ok = 1;
        unsigned c = (unsigned char)p[i];
        int k = tr_utf8_seqlen((unsigned char)c);
        if (c >= 0x80) ok = i + k <= len && utf8_check_count((const unsigned char *)p + i, k) == 1;
        if (ok) {
            tr_buf_put(&b, p + i, k);
            i += k;
        } else {
            tr_buf_put_cp(&b, 0xfffd);
            i++;
        }
    }
    return tr_buf_finish_n(&b, -1);
}

TrStr *tr_str_new(const char *utf8, int64_t len) {
    if (len == 0) return tr_str_empty();
    int64_t n = utf8_check_count((const unsigned char *)utf8, len);
    if (n < 0) return repair_utf8(utf8, len);
    return tr_str_new_n(utf8, len, n);
}

TrStr *tr_str_from_cstr(const char *s) { return tr_str_new(s, (int64_t)strlen(s)); }

TrValue tr_str_value(const char *s) { return tr_obj(tr_str_from_cstr(s)); }

/* ---- hashing ------------------------------------------------------------ */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A word-at-a-time multiply/rotate hash with a murmur finaliser, so the low
 * bits the hash tables mask with are well mixed.  CPython randomises str
 * hashes per run, so programs cannot depend on the values. */
int64_t tr_hash_bytes(const void *data, int64_t n) {
    const unsigned char *p = data;
    if (n == 0) return 0; /* hash('') == 0, as in CPython */
    const uint64_t k1 = 0x87c37b91114253d5ull, k2 = 0x4cf5ad432745937full;
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n;
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = rotl64(h ^ (w * k1), 31) * k2;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, p, (size_t)n);
        h = rotl64(h ^ (w * k1), 31) * k2;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t tr_str_hash(TrStr *s) {
    if (s->hash == -1) s->hash = tr_hash_bytes(s->data, s->len);
    return s->hash;
}

bool tr_str_eq(TrStr *a, TrStr *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

/* ---- interning ----------------------------------------------------------
 * An open-addressing table of TrStr pointers, allocated from the collector
 * and rooted in this static; interned strings live for the whole run, as
 * identifiers and attribute names do in CPython. */

static TrStr **itab;
static int64_t imask = -1, iused;

static int64_t intern_find(const char *p, int64_t len, int64_t h) {
    for (int64_t i = h & imask;; i = (i + 1) & imask) {
        TrStr *e = itab[i];
        if (!e) return -1 - i; /* free slot, encoded */
        if (e->hash == h && e->len == len && memcmp(e->data, p, (size_t)len) == 0) return i;
    }
}

static void intern_grow(void) {
    int64_t cap = imask < 0 ? 1024 : (imask + 1) * 2;
    TrStr **old = itab;
    int64_t oldcap = imask + 1;
    itab = tr_alloc(sizeof(TrStr *) * (size_t)cap);
    imask = cap - 1;
    for (int64_t i = 0; i < oldcap; i++) {
        TrStr *e = old[i];
        if (!e) continue;
        int64_t j = e->hash & imask;
        while (itab[j]) j = (j + 1) & imask;
        itab[j] = e;
    }
}

/* Insert s, known to be absent. */
static void intern_insert(TrStr *s) {
    if ((iused + 1) * 2 > imask + 1) intern_grow();
    int64_t h = tr_str_hash(s);
    int64_t slot = -1 - intern_find(s->data, s->len, h);
    itab[slot] = s;
    s->interned = 1;
    iused++;
}

static TrStr *intern_bytes(const char *p, int64_t len) {
    if (len == 0) return tr_str_empty();
    if (len == 1 && (unsigned char)p[0] < 0x80) return tr_str_from_codepoint((unsigned char)p[0]);
    if (imask < 0) intern_grow();
    int64_t i = intern_find(p, len, tr_hash_bytes(p, len));
    if (i >= 0) return itab[i];
    TrStr *s = tr_str_new(p, len);
    if (s->interned) return s; /* a cached Latin-1 character */
    intern_insert(s);
    return s;
}

TrStr *tr_str_intern(const char *s) { return intern_bytes(s, (int64_t)strlen(s)); }

TrStr *tr_str_intern_str(TrStr *s) {
    if (s->interned) return s;
    if (s->ob.type != &tr_str_type) return intern_bytes(s->data, s->len);
    if (s->len == 0) return tr_str_empty();
    if (s->nchars == 1) {
        int n;
        uint32_t cp = tr_utf8_decode(s->data, &n);
        if (cp < 256) return tr_str_from_codepoint(cp);
    }
    if (imask < 0) intern_grow();
    int64_t i = intern_find(s->data, s->len, tr_str_hash(s));
    if (i >= 0) return itab[i];
    intern_insert(s);
    return s;
}

/* ---- code point <-> byte offsets ---------------------------------------- */

/* The last lookup on a non-ASCII string, so that s[i] in a loop (and the
 * start/end pairs of methods) costs a short scan, not one from the start. */
static struct {
    TrStr *s;
    int64_t ci, bi;
} off_cache;

static int64_t scan_forward(const char *d, int64_t bi, int64_t count) {
    while (count-- > 0) bi += tr_utf8_seqlen((unsigned char)d[bi]);
    return bi;
}

static int64_t scan_backward(const char *d, int64_t bi, int64_t count) {
    while (count-- > 0) {
        bi--;
        while (((unsigned char)d[bi] & 0xc0) == 0x80) bi--;
    }
    return bi;
}

int64_t tr_str_byte_offset(TrStr *s, int64_t ci) {
    if (s->ascii) return ci;
    if (ci <= 0) return 0;
    if (ci >= s->nchars) return s->len;
    /* start from the nearest known point: the beginning, the end, the cache */
    int64_t from_c = 0, from_b = 0;
    if (s->nchars - ci < ci) from_c = s->nchars, from_b = s->len;
    if (off_cache.s == s && llabs(off_cache.ci - ci) < llabs(from_c - ci))
        from_c = off_cache.ci, from_b = off_cache.bi;
    int64_t bi = ci >= from_c ? scan_forward(s->data, from_b, ci - from_c)
                              : scan_backward(s->data, from_b, from_c - ci);
    off_cache.s = s;
    off_cache.ci = ci;
    off_cache.bi = bi;
    return bi;
}

int64_t tr_str_char_index(TrStr *s, int64_t off) {
    if (s->ascii) return off;
    if (off_cache.s == s && off_cache.bi <= off)
        return off_cache.ci + tr_utf8_count(s->data + off_cache.bi, off - off_cache.bi);
    return tr_utf8_count(s->data, off);
}

TrStr *tr_str_subbytes(TrStr *s, int64_t bstart, int64_t bstop) {
    if (bstart == 0 && bstop == s->len && s->ob.type == &tr_str_type) return s;
    if (s->ascii) return tr_str_new_n(s->data + bstart, bstop - bstart, bstop - bstart);
    return tr_str_new_n(s->data + bstart, bstop - bstart, -1);
}

TrStr *tr_str_substr(TrStr *s, int64_t start, int64_t stop) {
    if (start >= stop) return tr_str_empty();
    int64_t b0 = tr_str_byte_offset(s, start);
    if (start == 0 && stop == s->nchars && s->ob.type == &tr_str_type) return s;
    int64_t b1 = s->ascii ? stop : stop == s->nchars ? s->len : scan_forward(s->data, b0, stop - start);
    return tr_str_new_n(s->data + b0, b1 - b0, stop - start);
}

/* ---- the string builder --------------------------------------------------
 * The buffer is allocated with room for a TrStr header in front of the
 * bytes, so tr_buf_finish turns it into a string without copying.  b->data
 * points inside the block: Boehm GC recognises interior pointers (its
 * default, which tr_gc_init keeps). */

void tr_buf_init(TrBuf *b, int64_t cap) {
    if (cap < 16) cap = 16;
    char *blk = (uint64_t)cap < TR_ALLOC_MAX ? GC_MALLOC_ATOMIC(STR_HDR + (size_t)cap + 1) : NULL;
    b->len = 0;
    if (!blk) { /* failed: see buf_grow */
        b->data = NULL;
        b->cap = -1;
        return;
    }
    memset(blk, 0, STR_HDR);
    b->data = blk + STR_HDR;
    b->cap = cap;
}

/* Room for `need` more bytes.  false once the memory ran out: the buffer is
 * then marked failed (cap < 0), takes no more bytes, and tr_buf_finish
 * raises MemoryError. */
static bool buf_grow(TrBuf *b, int64_t need) {
    if (b->cap < 0) return false;
    if (!b->data) {
        tr_buf_init(b, need);
        return true;
    }
    int64_t cap = b->cap * 2;
    if (need > INT64_MAX / 2 - b->len) cap = -1;
    else if (cap < b->len + need) cap = b->len + need;
    char *blk = cap < 0 ? NULL : GC_REALLOC(b->data - STR_HDR, STR_HDR + (size_t)cap + 1);
    if (!blk) {
        b->len = 0;
        b->cap = -1;
        return false;
    }
    b->data = blk + STR_HDR;
    b->cap = cap;
    return true;
}

void tr_buf_put(TrBuf *b, const char *s, int64_t n) {
    if (n <= 0) return;
    if ((!b->data || b->len + n > b->cap) && !buf_grow(b, n)) return;
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
}

void tr_buf_puts(TrBuf *b, const char *s) { tr_buf_put(b, s, (int64_t)strlen(s)); }

void tr_buf_putc(TrBuf *b, char c) {
    if ((!b->data || b->len + 1 > b->cap) && !buf_grow(b, 1)) return;
    b->data[b->len++] = c;
}

void tr_buf_put_str(TrBuf *b, TrStr *s) { tr_buf_put(b, s->data, s->len); }

void tr_buf_put_cp(TrBuf *b, uint32_t cp) {
    if (cp < 0x80) {
        tr_buf_putc(b, (char)cp);
        return;
    }
    char tmp[4];
    tr_buf_put(b, tmp, tr_utf8_encode(cp, tmp));
}

void tr_buf_put_fill(TrBuf *b, uint32_t cp, int64_t n) {
    if (n <= 0) return;
    char tmp[4];
    int k = tr_utf8_encode(cp, tmp);
    if (n > INT64_MAX / 8) n = INT64_MAX / 8; /* buf_grow refuses it */
    if ((!b->data || b->len + n * k > b->cap) && !buf_grow(b, n * k)) return;
    if (k == 1) {
        memset(b->data + b->len, tmp[0], (size_t)n);
        b->len += n;
        return;
    }
    for (int64_t i = 0; i < n; i++, b->len += k) memcpy(b->data + b->len, tmp, (size_t)k);
}

TrStr *tr_buf_finish_n(TrBuf *b, int64_t nchars) {
    TrStr *s;
    if (b->cap < 0) {
        tr_raise_memory_error();
        return NULL;
    }
    if (!b->data || b->len == 0) {
        s = tr_str_empty();
    } else if (b->len == 1 && (unsigned char)b->data[0] < 0x80) {
        s = tr_str_from_codepoint((unsigned char)b->data[0]);
    } else {
        char *blk = b->data - STR_HDR;
        /* give back a large unused tail */
        if (b->cap - b->len > 256 && b->cap - b->len > b->len / 4)
            blk = tr_realloc(blk, STR_HDR + (size_t)b->len + 1);
        s = (TrStr *)blk;
        s->ob.type = &tr_str_type;
        s->len = b->len;
        s->hash = -1;
        s->interned = 0;
        s->data[s->len] = 0;
        if (nchars < 0) {
            tr_str_recount(s);
        } else {
            s->nchars = nchars;
            s->ascii = nchars == s->len;
        }
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

TrStr *tr_buf_finish(TrBuf *b) {
    if (b->data && b->len > 0 &&
        utf8_check_count((const unsigned char *)b->data, b->len) < 0) {
        TrStr *s = repair_utf8(b->data, b->len);
        b->data = NULL;
        b->len = b->cap = 0;
        return s;
    }
    return tr_buf_finish_n(b, -1);
}

/* ---- concatenation and repetition --------------------------------------- */

TrStr *tr_str_concat(TrStr *a, TrStr *b) {
    if (a->len == 0 && b->ob.type == &tr_str_type) return b;
    if (b->len == 0 && a->ob.type == &tr_str_type) return a;
    TrStr *s = tr_str_alloc_try(a->len + b->len);
    if (!s) return NULL;
    memcpy(s->data, a->data, (size_t)a->len);
    memcpy(s->data + a->len, b->data, (size_t)b->len);
    s->nchars = a->nchars + b->nchars;
    s->ascii = a->ascii && b->ascii;
    return s;
}

TrStr *tr_str_repeat(TrStr *s, int64_t n) {
    if (n <= 0 || s->len == 0) return tr_str_empty();
    if (n == 1 && s->ob.type == &tr_str_type) return s;
    if (s->len > INT64_MAX / n) {
        tr_raise(tr_OverflowError, "repeated string is too long");
        return NULL;
    }
    int64_t total = s->len * n;
    TrStr *r = tr_str_alloc_try(total);
    if (!r) return NULL;
    if (s->len == 1) {
        memset(r->data, s->data[0], (size_t)total);
    } else {
        tr_repeat_fill(r->data, s->data, (size_t)s->len, n);
    }
    r->nchars = s->nchars * n;
    r->ascii = s->ascii;
    return r;
}

/* ---- repr ---------------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

static void put_hex_escape(TrBuf *b, char kind, uint32_t cp, int digits) {
    char tmp[12];
    tmp[0] = '\\';
    tmp[1] = kind;
    for (int i = 0; i < digits; i++) tmp[2 + i] = hexdig[(cp >> (4 * (digits - 1 - i))) & 0xf];
    tr_buf_put(b, tmp, 2 + digits);
}

/* CPython's unicode_repr: single quotes unless the text has ' and no ";
 * backslash escapes for \\ \t \n \r and the quote; \xNN for other control
 * characters; non-printable code points (and, for ascii(), every non-ASCII
 * one) as \xNN, \uNNNN or \UNNNNNNNN. */
static TrStr *repr_impl(TrStr *s, bool ascii_only) {
    bool sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool dq = memchr(s->data, '"', (size_t)s->len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    TrBuf b;
    tr_buf_init(&b, s->len + 8);
    tr_buf_putc(&b, quote);
    for (int64_t i = 0; i < s->len;) {
        int n;
        uint32_t cp = tr_str_cp_at(s, i, &n);
        if (cp >= 0x20 && cp < 0x7f) {
            if (cp == (uint32_t)quote || cp == '\\') tr_buf_putc(&b, '\\');
            tr_buf_putc(&b, (char)cp);
        } else if (cp == '\t') {
            tr_buf_put(&b, "\\t", 2);
        } else if (cp == '\n') {
            tr_buf_put(&b, "\\n", 2);
        } else if (cp == '\r') {
            tr_buf_put(&b, "\\r", 2);
        } else if (cp < 0x80) {
            put_hex_escape(&b, 'x', cp, 2);
        } else if (!ascii_only && tr_u_has(cp, TR_UP_PRINTABLE)) {
            tr_buf_put(&b, s->data + i, n);
        } else if (cp <= 0xff) {
            put_hex_escape(&b, 'x', cp, 2);
        } else if (cp <= 0xffff) {
            put_hex_escape(&b, 'u', cp, 4);
        } else {
            put_hex_escape(&b, 'U', cp, 8);
        }
        i += n;
    }
    tr_buf_putc(&b, quote);
    return tr_buf_finish_n(&b, -1);
}

TrStr *tr_str_repr(TrStr *s) { return repr_impl(s, false); }
TrStr *tr_str_ascii(TrStr *s) { return repr_impl(s, true); }

/* ---- tr_str_format --------------------------------------------------------
 * A printf for messages.  C conversions are handed to snprintf with the
 * directive rebuilt; the Tauraro ones (%R %S %A %T %U) take a TrValue or
 * TrStr* and honour width (in code points), precision and '-'. */

typedef struct FmtDirective {
    char flags[8];
    int nflags;
    int width, prec; /* -1: absent */
    int lmod;        /* 0, 'h', 'H' (hh), 'l', 'L' (ll), 'z', 'j', 't' */
    char conv;
} FmtDirective;

static const char *parse_directive(const char *p, FmtDirective *d, va_list *ap) {
    memset(d, 0, sizeof *d);
    d->width = d->prec = -1;
    while (*p && strchr("-+ #0", *p) && d->nflags < 7) d->flags[d->nflags++] = *p++;
    if (*p == '*') {
        d->width = va_arg(*ap, int);
        p++;
    } else if (*p >= '0' && *p <= '9') {
        d->width = 0;
        while (*p >= '0' && *p <= '9') d->width = d->width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
        p++;
        d->prec = 0;
        if (*p == '*') {
            d->prec = va_arg(*ap, int);
            p++;
        } else {
            while (*p >= '0' && *p <= '9') d->prec = d->prec * 10 + (*p++ - '0');
        }
    }
    if (*p == 'h') d->lmod = (p[1] == 'h') ? (p += 2, 'H') : (p++, 'h');
    else if (*p == 'l') d->lmod = (p[1] == 'l') ? (p += 2, 'L') : (p++, 'l');
    else if (*p == 'z' || *p == 'j' || *p == 't') d->lmod = *p++;
    d->conv = *p;
    return *p ? p + 1 : p;
}

/* Append [piece] honouring width (code points), precision (code points) and
 * the '-' flag. */
static void put_padded(TrBuf *b, const char *p, int64_t len, const FmtDirective *d) {
    int64_t nch = tr_utf8_count(p, len);
    if (d->prec >= 0 && nch > d->prec) {
        int64_t bi = 0;
        for (int k = 0; k < d->prec; k++) bi += tr_utf8_seqlen((unsigned char)p[bi]);
        len = bi;
        nch = d->prec;
    }
    bool left = memchr(d->flags, '-', (size_t)d->nflags) != NULL;
    int64_t pad = d->width > nch ? d->width - nch : 0;
    if (!left) tr_buf_put_fill(b, ' ', pad);
    tr_buf_put(b, p, len);
    if (left) tr_buf_put_fill(b, ' ', pad);
}

static void put_c_number(TrBuf *b, const FmtDirective *d, va_list *ap) {
    char spec[32], out[128];
    int k = 0;
    spec[k++] = '%';
    for (int i = 0; i < d->nflags; i++) spec[k++] = d->flags[i];
    k += snprintf(spec + k, sizeof spec - (size_t)k, "%s%s", d->width >= 0 ? "*" : "",
                  d->prec >= 0 ? ".*" : "");
    bool is_float = strchr("eEfFgG", d->conv) != NULL;
    if (!is_float && d->conv != 'p') {
        const char *mods = d->lmod == 'L' || d->lmod == 'l' || d->lmod == 'z' || d->lmod == 'j' ||
                                   d->lmod == 't'
                               ? "ll"
                               : "";
        k += snprintf(spec + k, sizeof spec - (size_t)k, "%s", mods);
    }
    spec[k++] = d->conv;
    spec[k] = 0;
    /* fetch the argument with the type the caller passed */
    long long iv = 0;
    unsigned long long uv = 0;
    double fv = 0;
    void *pv = NULL;
    bool is_signed = d->conv == 'd' || d->conv == 'i';
#define FETCH(stype, utype)               \
    do {                                  \
        if (is_signed) iv = va_arg(*ap, stype); \
        else uv = va_arg(*ap, utype);     \
    } while (0)
    if (is_float) fv = va_arg(*ap, double);
    else if (d->conv == 'p') pv = va_arg(*ap, void *);
    else if (d->lmod == 'l') FETCH(long, unsigned long);
    else if (d->lmod == 'L') FETCH(long long, unsigned long long);
    else if (d->lmod == 'z' || d->lmod == 't') FETCH(ptrdiff_t, size_t);
    else if (d->lmod == 'j') FETCH(intmax_t, uintmax_t);
    else FETCH(int, unsigned int);
#undef FETCH
    if (d->lmod == 'h') {
        iv = (short)iv;
        uv = (unsigned short)uv;
    } else if (d->lmod == 'H') {
        iv = (signed char)iv;
        uv = (unsigned char)uv;
    }
    int w = d->width, pr = d->prec, n;
#define EMIT(val)                                                                   \
    (w >= 0 && pr >= 0 ? snprintf(out, sizeof out, spec, w, pr, val)                \
     : w >= 0          ? snprintf(out, sizeof out, spec, w, val)                    \
     : pr >= 0         ? snprintf(out, sizeof out, spec, pr, val)                   \
                       : snprintf(out, sizeof out, spec, val))
    if (is_float) n = EMIT(fv);
    else if (d->conv == 'p') n = EMIT(pv);
    else if (is_signed) n = EMIT(iv);
    else n = EMIT(uv);
#undef EMIT
    if (n < 0) n = 0;
    if (n >= (int)sizeof out) n = (int)sizeof out - 1;
    tr_buf_put(b, out, n);
}

TrStr *tr_str_vformat(const char *fmt, va_list ap0) {
    va_list ap;
    va_copy(ap, ap0);
    TrBuf b;
    tr_buf_init(&b, 64);
    TrStr *result = NULL;
    for (const char *p = fmt; *p;) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            int64_t n = q ? q - p : (int64_t)strlen(p);
            tr_buf_put(&b, p, n);
            p += n;
            continue;
        }
        FmtDirective d;
        p = parse_directive(p + 1, &d, &ap);
        TrStr *piece = NULL;
        switch (d.conv) {
        case '%': tr_buf_putc(&b, '%'); continue;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            put_padded(&b, s, (int64_t)strlen(s), &d);
            continue;
        }
        case 'c': {
            char tmp[4];
            put_padded(&b, tmp, tr_utf8_encode((uint32_t)va_arg(ap, int), tmp), &d);
            continue;
        }
        case 'R': piece = tr_repr(va_arg(ap, TrValue)); break;
        case 'S': piece = tr_to_str(va_arg(ap, TrValue)); break;
        case 'A': piece = tr_ascii(va_arg(ap, TrValue)); break;
        case 'U': piece = va_arg(ap, TrStr *); break;
        case 'T': {
            const char *name = tr_type_name(va_arg(ap, TrValue));
            put_padded(&b, name, (int64_t)strlen(name), &d);
            continue;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'p':
            put_c_number(&b, &d, &ap);
            continue;
        default: /* unknown directive: copy it through, as CPython does */
            tr_buf_putc(&b, '%');
            if (d.conv) tr_buf_putc(&b, d.conv);
            continue;
        }
        if (!piece) goto out; /* repr/str raised */
        put_padded(&b, piece->data, piece->len, &d);
    }
    result = tr_buf_finish(&b);
out:
    va_end(ap);
    return result;
}

TrStr *tr_str_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrStr *s = tr_str_vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- the str type's slots ----------------------------------------------- */

static TrValue str_repr_slot(TrValue self) { return tr_str_value_or_err(tr_str_repr(TR_AS(TrStr, self))); }

/* str(s): the string itself, or for a subclass instance an exact-str copy. */
static TrValue str_str_slot(TrValue self) {
    TrStr *s = TR_AS(TrStr, self);
    if (s->ob.type == &tr_str_type) return self;
    return tr_obj(tr_str_new_n(s->data, s->len, s->nchars));
}

static int str_hash_slot(TrValue self, int64_t *out) {
    *out = tr_str_hash(TR_AS(TrStr, self));
    return 0;
}

static int str_compare(TrStr *a, TrStr *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

static TrValue str_richcmp(TrValue a, TrValue b, int op) {
    if (!tr_is_str(a) || !tr_is_str(b)) return TR_NOTIMPL;
    TrStr *x = TR_AS(TrStr, a), *y = TR_AS(TrStr, b);
    if (op == TR_EQ) return tr_bool(tr_str_eq(x, y));
    if (op == TR_NE) return tr_bool(!tr_str_eq(x, y));
    int c = str_compare(x, y);
    switch (op) {
    case TR_LT: return tr_bool(c < 0);
    case TR_LE: return tr_bool(c <= 0);
    case TR_GT: return tr_bool(c > 0);
    default: return tr_bool(c >= 0);
    }
}

static int str_truth(TrValue self) { return TR_AS(TrStr, self)->len != 0; }

static int64_t str_len(TrValue self) { return TR_AS(TrStr, self)->nchars; }

static TrValue str_item(TrStr *s, int64_t i) {
    if (i < 0) i += s->nchars;
    if (i < 0 || i >= s->nchars) return tr_raise(tr_IndexError, "string index out of range");
    if (s->ascii) return tr_obj(tr_str_from_codepoint((unsigned char)s->data[i]));
    int n;
    uint32_t cp = tr_utf8_decode(s->data + tr_str_byte_offset(s, i), &n);
    return tr_obj(tr_str_from_codepoint(cp));
}

static TrValue str_slice(TrStr *s, TrSlice *sl) {
    int64_t start, stop, step;
    int64_t n = tr_slice_indices(sl, s->nchars, &start, &stop, &step);
    if (n < 0) return TR_ERR;
    if (n == 0) return tr_obj(tr_str_empty());
    if (step == 1) return tr_obj(tr_str_substr(s, start, start + n));
    if (s->ascii) {
        TrStr *r = tr_str_alloc(n);
        for (int64_t k = 0, i = start; k < n; k++, i += step) r->data[k] = s->data[i];
        r->nchars = n;
        r->ascii = 1;
        return tr_obj(r);
    }
    /* walk code point by code point from the first selected one */
    TrBuf b;
    tr_buf_init(&b, n * 2);
    int64_t bi = tr_str_byte_offset(s, start);
    for (int64_t k = 0; k < n; k++) {
        int len = tr_utf8_seqlen((unsigned char)s->data[bi]);
        tr_buf_put(&b, s->data + bi, len);
        if (k + 1 < n)
            bi = step > 0 ? scan_forward(s->data, bi, step) : scan_backward(s->data, bi, -step);
    }
    return tr_str_value_or_err(tr_buf_finish_n(&b, n));
}

static TrValue str_getitem(TrValue self, TrValue key) {
    TrStr *s = TR_AS(TrStr, self);
    if (key.tag == TR_TAG_INT || key.tag == TR_TAG_BOOL) return str_item(s, key.u.i);
    if (tr_is_type(key, &tr_slice_type)) return str_slice(s, TR_AS(TrSlice, key));
    int64_t i;
    if (tr_index_value(key, &i) < 0) {
        if (!tr_is_int(key) && tr_exc_matches(tr_TypeError)) {
            tr_exc_clear();
            return tr_raise(tr_TypeError, "string indices must be integers, not '%s'",
                            tr_type_name(key));
        }
        return TR_ERR;
    }
    return str_item(s, i);
}

static const char *find_bytes(const char *hay, int64_t hn, const char *needle, int64_t nn) {
    if (nn == 0) return hay;
    if (nn == 1) return memchr(hay, needle[0], (size_t)hn);
    return memmem(hay, (size_t)hn, needle, (size_t)nn);
}

static int str_contains(TrValue self, TrValue x) {
    if (!tr_is_str(x)) {
        tr_raise(tr_TypeError, "'in <string>' requires string as left operand, not %s",
                 tr_type_name(x));
        return -1;
    }
    TrStr *s = TR_AS(TrStr, self), *sub = TR_AS(TrStr, x);
    return find_bytes(s->data, s->len, sub->data, sub->len) != NULL;
}

/* Repetition count for str * n: NotImplemented without __index__, so the generic
 * code reports "can't multiply sequence by non-int". */
static TrValue str_repeat_value(TrStr *s, TrValue n) {
    int64_t k;
    if (!tr_has_index(n)) return TR_NOTIMPL;
    if (tr_as_index(n, &k, tr_OverflowError, TR_MSG_CANNOT_FIT) < 0) return TR_ERR;
    TrStr *r = tr_str_repeat(s, k);
    return r ? tr_obj(r) : TR_ERR;
}

static TrValue str_binop(int op, TrValue a, TrValue b) {
    switch (op & 0xff) {
    case TR_BIN_ADD:
        if (tr_is_str(a) && tr_is_str(b))
            return tr_str_value_or_err(tr_str_concat(TR_AS(TrStr, a), TR_AS(TrStr, b)));
        return TR_NOTIMPL;
    case TR_BIN_MUL:
        if (tr_is_str(a)) return str_repeat_value(TR_AS(TrStr, a), b);
        return str_repeat_value(TR_AS(TrStr, b), a);
    case TR_BIN_MOD:
        if (tr_is_str(a)) return tr_str_mod(TR_AS(TrStr, a), b);
        return TR_NOTIMPL;
    default: return TR_NOTIMPL;
    }
}

/* str(), str(x), str(b, encoding[, errors]) and subclass construction. */
static TrValue str_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue obj, enc, errs;
    TrValue *outs[] = {&obj, &enc, &errs};
    if (tr_parse_args("str", args, nargs, kwnames, "|object,encoding,errors", outs) < 0) return TR_ERR;
    TrStr *r;
    if (TR_IS_UNDEF(enc) && TR_IS_UNDEF(errs)) {
        r = TR_IS_UNDEF(obj) ? tr_str_empty() : tr_to_str(obj);
        if (!r) return TR_ERR;
    } else {
        for (int i = 1; i < 3; i++)
            if (!TR_IS_UNDEF(*outs[i]) && !tr_is_str(*outs[i]))
                return tr_raise(tr_TypeError, "str() argument '%s' must be str, not %s",
                                i == 1 ? "encoding" : "errors", tr_type_name(*outs[i]));
        if (TR_IS_UNDEF(obj)) {
            r = tr_str_empty();
        } else if (tr_is_bytes(obj)) {
            TrBytes *bv = TR_AS(TrBytes, obj);
            TrValue v = tr_bytes_decode(bv->data, bv->len,
                                        TR_IS_UNDEF(enc) ? "utf-8" : TR_AS(TrStr, enc)->data,
                                        TR_IS_UNDEF(errs) ? "strict" : TR_AS(TrStr, errs)->data);
            if (TR_IS_UNDEF(v)) return TR_ERR;
            r = TR_AS(TrStr, v);
        } else if (tr_is_str(obj)) {
            return tr_raise(tr_TypeError, "decoding str is not supported");
        } else {
            return tr_raise(tr_TypeError, "decoding to str: need a bytes-like object, %s found",
                            tr_type_name(obj));
        }
    }
    if (type == &tr_str_type) return tr_obj(r);
    /* an instance of a subclass: same layout, the subtype's header */
    /* room for the __dict__ pointer that tr_dict_slot finds after the text */
    TrStr *s = tr_alloc(((STR_HDR + (size_t)r->len + 1 + 7) & ~(size_t)7) + sizeof(void *));
    memcpy(s, r, STR_HDR + (size_t)r->len + 1);
    s->ob.type = type;
    s->hash = -1;
    s->interned = 0;
    tr_instance_init_dict(type, s);
    return tr_obj(s);
}

/* ---- iteration ----------------------------------------------------------- */

typedef struct StrIter {
    TrObject ob;
    TrStr *s;
    int64_t pos; /* byte offset of the next code point */
} StrIter;

TrType tr_str_iter_type, tr_str_ascii_iter_type;

static TrValue str_iter(TrValue self) {
    TrStr *s = TR_AS(TrStr, self);
    StrIter *it = tr_new_object(s->ascii ? &tr_str_ascii_iter_type : &tr_str_iter_type, sizeof(StrIter));
    it->s = s;
    return tr_obj(it);
}

static TrValue str_iter_next(TrValue self) {
    StrIter *it = TR_AS(StrIter, self);
    TrStr *s = it->s;
    if (it->pos >= s->len) return tr_undef();
    int n;
    uint32_t cp = tr_str_cp_at(s, it->pos, &n);
    it->pos += n;
    return tr_obj(tr_str_from_codepoint(cp));
}

static TrValue iter_self(TrValue self) { return self; }

TrType tr_str_iter_type = {
    .ob = {&tr_type_type},
    .name = "str_iterator",
    .base = &tr_object_type,
    .iter = iter_self,
    .next = str_iter_next,
};

TrType tr_str_ascii_iter_type = {
    .ob = {&tr_type_type},
    .name = "str_ascii_iterator",
    .base = &tr_object_type,
    .iter = iter_self,
    .next = str_iter_next,
};

TrType tr_str_type = {
    .ob = {&tr_type_type},
    .name = "str",
    .base = &tr_object_type,
    .flags = TR_TF_BASETYPE | TR_TF_STR_SUBCLASS,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .truth = str_truth,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .binop = str_binop,
    .tp_new = str_new,
    .format = tr_format_str,
};

/* Strings are needed before anything else exists (type names, dict keys), so
 * this only builds the caches; the type's dict is filled by tr_str_ready(),
 * called from tr_init_bytes once dicts and types work. */
void tr_init_str(void) {
    tr_str_empty();
    for (uint32_t c = 0; c < 256; c++) tr_str_from_codepoint(c);
}

void tr_str_ready(void) {
    tr_type_ready(&tr_str_type, tr_str_method_defs);
    tr_type_ready(&tr_str_iter_type, NULL);
    tr_type_ready(&tr_str_ascii_iter_type, NULL);
}
