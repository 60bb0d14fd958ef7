/* tr_marshal.c — code objects to bytes and back.
 *
 * tauraroc embeds each compiled module's code objects in the executable as
 * a byte string; at start-up the runtime rebuilds them (tr_aot.c) and
 * attaches the native function compiled for each.  Code objects are
 * written in preorder (a code object, then the code objects among its
 * constants, recursively), which is the numbering tauraroc and the loader
 * agree on.  Only what the compiler puts in constants needs a form here:
 * None, bools, ints (big ones as decimal text), floats (bit exact), str
 * (interned when the compiler interned it), bytes, Ellipsis, tuples and
 * code.  Little-endian, fixed-width fields; not a stable file format. */
#include <string.h>

#include "tr_aot.h"

/* ---- writing ----------------------------------------------------------------- */

static void put(TrBuf *b, const void *p, size_t n) { tr_buf_put(b, (const char *)p, (int64_t)n); }
static void put_i32(TrBuf *b, int32_t v) { put(b, &v, 4); }
static void put_i64(TrBuf *b, int64_t v) { put(b, &v, 8); }

static void put_str(TrBuf *b, TrStr *s) {
    put_i64(b, s->len);
    put(b, s->data, (size_t)s->len);
    tr_buf_putc(b, (char)(s->interned ? 1 : 0));
}

static void put_code(TrBuf *b, const TrCode *c);

static int put_value(TrBuf *b, TrValue v) {
    switch (v.tag) {
    case TR_TAG_NONE: tr_buf_putc(b, 'N'); return 0;
    case TR_TAG_BOOL: tr_buf_putc(b, v.u.i ? 'T' : 'F'); return 0;
    case TR_TAG_INT: tr_buf_putc(b, 'i'); put_i64(b, v.u.i); return 0;
    case TR_TAG_FLOAT: tr_buf_putc(b, 'f'); put_i64(b, (int64_t)v.u.bits); return 0;
    default: break;
    }
    if (tr_is_type(v, &tr_str_type)) {
        tr_buf_putc(b, 's');
        put_str(b, TR_AS(TrStr, v));
    } else if (tr_is_type(v, &tr_bytes_type)) {
        TrBytes *by = TR_AS(TrBytes, v);
        tr_buf_putc(b, 'b');
        put_i64(b, by->len);
        put(b, by->data, (size_t)by->len);
    } else if (tr_is_bigint(v)) {
        TrStr *s = tr_int_to_str(v, 10);
        if (!s) return -1;
        tr_buf_putc(b, 'I');
        put_str(b, s);
    } else if (tr_is_type(v, &tr_ellipsis_type)) {
        tr_buf_putc(b, 'E');
    } else if (tr_is_type(v, &tr_tuple_type)) {
        TrTuple *t = TR_AS(TrTuple, v);
        tr_buf_putc(b, 't');
        put_i64(b, t->len);
        for (int64_t k = 0; k < t->len; k++)
            if (put_value(b, t->items[k]) < 0) return -1;
    } else if (tr_is_type(v, &tr_code_type)) {
        tr_buf_putc(b, 'C');
        put_code(b, TR_AS(TrCode, v));
    } else {
        tr_raise(tr_SystemError, "cannot marshal a %s constant", tr_type_name(v));
        return -1;
    }
    return 0;
}

static void put_strs(TrBuf *b, TrStr **s, int32_t n) {
    put_i32(b, n);
    for (int32_t k = 0; k < n; k++) put_str(b, s[k]);
}

static void put_code(TrBuf *b, const TrCode *c) {
    put_i32(b, c->ncode);
    put(b, c->code, sizeof(TrInstr) * (size_t)c->ncode);
    put(b, c->lines, sizeof(int32_t) * (size_t)c->ncode);
    put_i32(b, c->nconsts);
    for (int32_t k = 0; k < c->nconsts; k++) put_value(b, c->consts[k]);
    put_strs(b, c->names, c->nnames);
    put_i32(b, c->nexc);
    put(b, c->exctab, sizeof(TrExcEntry) * (size_t)c->nexc);
    int32_t fields[] = {c->nregs, c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags,
                        c->freestart, c->nfree, c->firstline, c->nloops};
    put(b, fields, sizeof fields);
    put_strs(b, c->varnames, c->nvarnames);
    put_str(b, c->name);
    put_str(b, c->qualname);
    put_str(b, c->filename);
}

TrBytes *tr_marshal_code(const TrCode *c) {
    TrBuf b;
    tr_buf_init(&b, 4096);
    put_code(&b, c);
    if (tr_exc_pending()) return NULL;
    return tr_bytes_new(b.data, b.len);
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct Reader {
    const unsigned char *p, *end;
    TrCode **all;     /* code objects in preorder */
    int32_t nall, cap;
    bool bad;
} Reader;

static const void *take(Reader *r, size_t n) {
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const void *at = r->p;
    r->p += n;
    return at;
}

static int32_t get_i32(Reader *r) {
    int32_t v = 0;
    const void *p = take(r, 4);
    if (p) memcpy(&v, p, 4);
    return v;
}

static int64_t get_i64(Reader *r) {
    int64_t v = 0;
    const void *p = take(r, 8);
    if (p) memcpy(&v, p, 8);
    return v;
}

static TrStr *get_str(Reader *r) {
    int64_t n = get_i64(r);
    if (n < 0) r->bad = true;
    const char *p = r->bad ? NULL : take(r, (size_t)n);
    const unsigned char *flag = take(r, 1);
    if (!p || !flag) return tr_str_intern("");
    TrStr *s = tr_str_new(p, n);
    return *flag ? tr_str_intern_str(s) : s;
}

static TrCode *get_code(Reader *r);

static TrValue get_value(Reader *r) {
    const unsigned char *k = take(r, 1);
    if (!k) return tr_none();
    switch (*k) {
    case 'N': return tr_none();
    case 'T': return tr_bool(true);
    case 'F': return tr_bool(false);
    case 'i': return tr_int(get_i64(r));
    case 'f': {
        TrValue v = tr_float(0);
        v.u.bits = (uint64_t)get_i64(r);
        return v;
    }
    case 's': return tr_obj(get_str(r));
    case 'b': {
        int64_t n = get_i64(r);
        const void *p = n >= 0 ? take(r, (size_t)n) : NULL;
        return p ? tr_obj(tr_bytes_new(p, n)) : tr_none();
    }
    case 'I': {
        TrStr *s = get_str(r);
        TrValue v = tr_int_parse(s->data, s->len, 10);
        if (TR_IS_UNDEF(v)) {
            tr_exc_clear();
            r->bad = true;
            return tr_none();
        }
        return v;
    }
    case 'E': return tr_obj(&tr_Ellipsis_obj);
    case 't': {
        int64_t n = get_i64(r);
        if (n < 0 || n > r->end - r->p) {
            r->bad = true;
            return tr_none();
        }
        TrTuple *t = tr_tuple_new(n);
        for (int64_t j = 0; j < n; j++) t->items[j] = get_value(r);
        return tr_obj(t);
    }
    case 'C': return tr_obj(get_code(r));
    default: r->bad = true; return tr_none();
    }
}

static TrStr **get_strs(Reader *r, int32_t *n) {
    *n = get_i32(r);
    if (*n < 0 || *n > r->end - r->p) {
        r->bad = true;
        *n = 0;
    }
    TrStr **s = tr_alloc(sizeof(TrStr *) * (size_t)(*n + 1));
    for (int32_t k = 0; k < *n; k++) s[k] = get_str(r);
    return s;
}

static void *copy_out(Reader *r, size_t n) {
    void *dst = tr_alloc_atomic(n ? n : 1);
    const void *src = take(r, n);
    if (src) memcpy(dst, src, n);
    return dst;
}

static TrCode *get_code(Reader *r) {
    TrCode *c = tr_new_object(&tr_code_type, sizeof(TrCode));
    if (r->nall == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 16;
        r->all = tr_realloc(r->all, sizeof(TrCode *) * (size_t)r->cap);
    }
    r->all[r->nall++] = c;
    c->ncode = get_i32(r);
    if (c->ncode <= 0 || (size_t)c->ncode > (size_t)(r->end - r->p) / 12) {
        r->bad = true;
        c->ncode = 0;
        return c;
    }
    c->code = copy_out(r, sizeof(TrInstr) * (size_t)c->ncode);
    c->lines = copy_out(r, sizeof(int32_t) * (size_t)c->ncode);
    c->nconsts = get_i32(r);
    if (c->nconsts < 0 || c->nconsts > r->end - r->p) {
        r->bad = true;
        return c;
    }
    c->consts = tr_alloc(sizeof(TrValue) * (size_t)(c->nconsts + 1));
    for (int32_t k = 0; k < c->nconsts; k++) c->consts[k] = get_value(r);
    c->names = get_strs(r, &c->nnames);
    c->nexc = get_i32(r);
    if (c->nexc < 0 || (size_t)c->nexc > (size_t)(r->end - r->p) / sizeof(TrExcEntry)) {
        r->bad = true;
        return c;
    }
    c->exctab = copy_out(r, sizeof(TrExcEntry) * (size_t)c->nexc);
    int32_t fields[9] = {0};
    const void *fp = take(r, sizeof fields);
    if (fp) memcpy(fields, fp, sizeof fields);
    c->nregs = fields[0];
    c->argcount = fields[1];
    c->posonlyargcount = fields[2];
    c->kwonlyargcount = fields[3];
    c->flags = fields[4];
    c->freestart = fields[5];
    c->nfree = fields[6];
    c->firstline = fields[7];
    c->nloops = fields[8] >= 0 ? fields[8] : 0;
    c->varnames = get_strs(r, &c->nvarnames);
    c->name = get_str(r);
    c->qualname = get_str(r);
    c->filename = get_str(r);
    c->loopcount = tr_alloc_atomic(sizeof(int32_t) * (size_t)(c->nloops + 1));
    c->prof = tr_alloc_atomic(sizeof(uint32_t) * (size_t)(c->ncode + 1));
    return c;
}

TrCode *tr_unmarshal_code(const unsigned char *data, int64_t len, TrCode ***all, int32_t *nall) {
    Reader r = {data, data + len, NULL, 0, 0, false};
    TrCode *c = get_code(&r);
    if (r.bad || r.p != r.end) {
        tr_raise(tr_SystemError, "bad embedded code object");
        return NULL;
    }
    if (all) *all = r.all;
    if (nall) *nall = r.nall;
    return c;
}
