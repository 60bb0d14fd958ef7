/* tr_ops.c — the generic object protocol: repr, hash, compare, arithmetic,
 * items, attributes, iteration, calls.
 *
 * Each operation tries the unboxed fast case inline (small ints, floats),
 * then dispatches through the type's slot.  These functions are the one
 * implementation of Python semantics for those operations: the interpreter's
 * slow paths and the runtime helpers called by compiled code both end here. */
#include <string.h>

#include "tr_vm.h"

static const char *const binop_symbols[TR_BIN_COUNT] = {
#define TR_BINOP_SYM(n, s, d, r, i) s,
    TR_BINOPS(TR_BINOP_SYM)
#undef TR_BINOP_SYM
};
static const char *const inplace_symbols[TR_BIN_COUNT] = {
#define TR_BINOP_ISYM(n, s, d, r, i) s "=",
    TR_BINOPS(TR_BINOP_ISYM)
#undef TR_BINOP_ISYM
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {TR_GT, TR_GE, TR_EQ, TR_NE, TR_LT, TR_LE};

const char *tr_binop_symbol(int op) { return binop_symbols[op & 0xff]; }

const char *tr_type_name(TrValue v) { return tr_typeof(v)->name; }

/* ---- repr / str / hash --------------------------------------------------- */

static TrStr *check_str_result(TrValue r, const char *what) {
    if (TR_IS_UNDEF(r)) return NULL;
    if (!tr_isinstance(r, &tr_str_type)) {
        tr_raise(tr_TypeError, "%s returned non-string (type %s)", what, tr_type_name(r));
        return NULL;
    }
    return TR_AS(TrStr, r);
}

TrStr *tr_repr(TrValue v) {
    TrType *t = tr_typeof(v);
    if (tr_enter_recursion_where(" while getting the repr of an object") < 0) return NULL;
    TrValue r = t->repr(v);
    tr_leave_recursion();
    return check_str_result(r, "__repr__");
}

TrStr *tr_to_str(TrValue v) {
    if (tr_is_type(v, &tr_str_type)) return TR_AS(TrStr, v);
    TrType *t = tr_typeof(v);
    /* no __str__: object.__str__ calls the repr slot, but the result is
     * still checked as __str__'s (CPython's message) */
    if (tr_enter_recursion_where(" while getting the str of an object") < 0) return NULL;
    TrValue r = t->str ? t->str(v) : t->repr(v);
    tr_leave_recursion();
    return check_str_result(r, "__str__");
}

int tr_hash(TrValue v, int64_t *out) {
    switch (v.tag) {
    case TR_TAG_INT: *out = tr_hash_int64(v.u.i); return 0;
    case TR_TAG_BOOL: *out = v.u.i; return 0;
    case TR_TAG_FLOAT: *out = tr_hash_double(v.u.f); return 0;
    default: break;
    }
    if (tr_is_type(v, &tr_str_type)) {
        *out = tr_str_hash(TR_AS(TrStr, v));
        return 0;
    }
    TrType *t = tr_typeof(v);
    if (!t->hash) {
        tr_raise(tr_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v, out);
}

/* ---- comparisons --------------------------------------------------------- */

static bool is_num_tag(TrValue v) {
    return v.tag == TR_TAG_INT || v.tag == TR_TAG_FLOAT || v.tag == TR_TAG_BOOL;
}

static TrValue richcmp_objects(TrValue a, TrValue b, int op);

TrValue tr_richcmp(TrValue a, TrValue b, int op) {
    if (a.tag == TR_TAG_INT && b.tag == TR_TAG_INT) {
        int64_t x = a.u.i, y = b.u.i;
        bool r;
        switch (op) {
        case TR_LT: r = x < y; break;
        case TR_LE: r = x <= y; break;
        case TR_EQ: r = x == y; break;
        case TR_NE: r = x != y; break;
        case TR_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return tr_bool(r);
    }
    if (a.tag == TR_TAG_FLOAT && b.tag == TR_TAG_FLOAT) {
        double x = a.u.f, y = b.u.f;
        bool r;
        switch (op) {
        case TR_LT: r = x < y; break;
        case TR_LE: r = x <= y; break;
        case TR_EQ: r = x == y; break;
        case TR_NE: r = x != y; break;
        case TR_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return tr_bool(r);
    }
    if (is_num_tag(a) && is_num_tag(b)) return tr_num_richcmp(a, b, op);
    /* as CPython: containers compare their items through here, so nesting
     * counts against the recursion limit (strings cannot nest: not counted) */
    if (tr_is_type(a, &tr_str_type) && tr_is_type(b, &tr_str_type))
        return richcmp_objects(a, b, op);
    if (tr_enter_recursion_where(" in comparison") < 0) return TR_ERR;
    TrValue r = richcmp_objects(a, b, op);
    tr_leave_recursion();
    return r;
}

/* Dispatch to the operands' richcmp slots in CPython's order. */
static TrValue richcmp_objects(TrValue a, TrValue b, int op) {
    TrType *ta = tr_typeof(a), *tb = tr_typeof(b);
    bool tried_b = false;
    /* a subclass's reflected method goes first, as in CPython (even when
     * both types share one slot function: heap types all use slot_richcmp) */
    if (ta != tb && tb->richcmp && tr_type_is_subtype(tb, ta)) {
        TrValue r = tb->richcmp(b, a, cmp_swapped[op]);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
        tried_b = true;
    }
    if (ta->richcmp) {
        TrValue r = ta->richcmp(a, b, op);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    if (!tried_b && tb->richcmp) {
        TrValue r = tb->richcmp(b, a, cmp_swapped[op]);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    bool same = a.tag == b.tag && a.u.bits == b.u.bits;
    if (op == TR_EQ) return tr_bool(same);
    if (op == TR_NE) return tr_bool(!same);
    return tr_raise(tr_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name, tb->name);
}

int tr_richcmp_bool(TrValue a, TrValue b, int op) {
    TrValue r = tr_richcmp(a, b, op);
    if (TR_IS_UNDEF(r)) return -1;
    if (r.tag == TR_TAG_BOOL) return (int)r.u.i;
    return tr_truth(r);
}

int tr_eq(TrValue a, TrValue b) {
    if (a.tag == b.tag) {
        if (a.tag == TR_TAG_OBJ && a.u.o == b.u.o) return 1;
        if (a.tag == TR_TAG_INT || a.tag == TR_TAG_BOOL) return a.u.i == b.u.i;
        if (a.tag == TR_TAG_NONE) return 1;
        if (a.tag == TR_TAG_FLOAT) return a.u.f == b.u.f || a.u.bits == b.u.bits;
        if (tr_is_type(a, &tr_str_type) && tr_is_type(b, &tr_str_type))
            return tr_str_eq(TR_AS(TrStr, a), TR_AS(TrStr, b));
    }
    return tr_richcmp_bool(a, b, TR_EQ);
}

int tr_truth(TrValue v) {
    switch (v.tag) {
    case TR_TAG_NONE: return 0;
    case TR_TAG_BOOL:
    case TR_TAG_INT: return v.u.i != 0;
    case TR_TAG_FLOAT: return v.u.f != 0.0;
    case TR_TAG_UNDEF: return 0;
    default: break;
    }
    TrType *t = v.u.o->type;
    if (t->truth) return t->truth(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

TrValue tr_not(TrValue a) {
    int t = tr_truth(a);
    return t < 0 ? TR_ERR : tr_bool(!t);
}

/* ---- arithmetic ---------------------------------------------------------- */

static TrValue binop_error(int op, TrValue a, TrValue b) {
    int base = op & 0xff;
    TrType *ta = tr_typeof(a);
    if (base == TR_BIN_ADD && (ta == &tr_str_type || ta == &tr_list_type || ta == &tr_tuple_type) &&
        !(op & TR_BIN_INPLACE && ta == &tr_list_type))
        return tr_raise(tr_TypeError, "can only concatenate %s (not \"%s\") to %s", ta->name,
                        tr_type_name(b), ta->name);
    if (base == TR_BIN_MUL) {
        TrType *tb = tr_typeof(b);
        bool seq_a = ta == &tr_str_type || ta == &tr_list_type || ta == &tr_tuple_type || ta == &tr_bytes_type;
        bool seq_b = tb == &tr_str_type || tb == &tr_list_type || tb == &tr_tuple_type || tb == &tr_bytes_type;
        if (seq_a && !tr_is_int(b))
            return tr_raise(tr_TypeError, "can't multiply sequence by non-int of type '%s'", tb->name);
        if (seq_b && !tr_is_int(a))
            return tr_raise(tr_TypeError, "can't multiply sequence by non-int of type '%s'", ta->name);
    }
    if (base == TR_BIN_POW && !(op & TR_BIN_INPLACE))
        return tr_raise(tr_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        tr_type_name(a), tr_type_name(b));
    return tr_raise_unsupported(op & TR_BIN_INPLACE ? inplace_symbols[base] : binop_symbols[base],
                                a, b);
}

TrValue tr_binop(int op, TrValue a, TrValue b) {
    if (a.tag == TR_TAG_INT && b.tag == TR_TAG_INT) {
        int64_t r;
        switch (op & 0xff) {
        case TR_BIN_ADD:
            if (!__builtin_add_overflow(a.u.i, b.u.i, &r)) return tr_int(r);
            break;
        case TR_BIN_SUB:
            if (!__builtin_sub_overflow(a.u.i, b.u.i, &r)) return tr_int(r);
            break;
        case TR_BIN_MUL:
            if (!__builtin_mul_overflow(a.u.i, b.u.i, &r)) return tr_int(r);
            break;
        default: break;
        }
        return tr_int_binop(op & 0xff, a, b);
    }
    if (a.tag == TR_TAG_FLOAT && b.tag == TR_TAG_FLOAT) {
        switch (op & 0xff) {
        case TR_BIN_ADD: return tr_float(a.u.f + b.u.f);
        case TR_BIN_SUB: return tr_float(a.u.f - b.u.f);
        case TR_BIN_MUL: return tr_float(a.u.f * b.u.f);
        default: return tr_float_binop(op & 0xff, a, b);
        }
    }
    TrType *ta = tr_typeof(a), *tb = tr_typeof(b);
    bool tried_b = false;
    if (ta != tb && tb->binop && tr_type_is_subtype(tb, ta) && tb->binop != ta->binop) {
        TrValue r = tb->binop(op & 0xff, a, b);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
        tried_b = true;
    }
    if (ta->binop) {
        TrValue r = ta->binop(op, a, b);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    if (!tried_b && tb != ta && tb->binop && tb->binop != ta->binop) {
        TrValue r = tb->binop(op & 0xff, a, b);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    return binop_error(op, a, b);
}

TrValue tr_unop(int op, TrValue a) {
    if (a.tag == TR_TAG_INT) {
        if (op == TR_UN_NEG && a.u.i != INT64_MIN) return tr_int(-a.u.i);
        if (op == TR_UN_POS) return a;
        if (op == TR_UN_INVERT) return tr_int(~a.u.i);
    } else if (a.tag == TR_TAG_FLOAT) {
        if (op == TR_UN_NEG) return tr_float(-a.u.f);
        if (op == TR_UN_POS) return a;
    }
    TrType *t = tr_typeof(a);
    if (t->unop) {
        TrValue r = t->unop(op, a);
        if (TR_IS_UNDEF(r) || !TR_IS_NOTIMPL(r)) return r;
    }
    static const char *const names[] = {"-", "+", "~"};
    return tr_raise(tr_TypeError, "bad operand type for unary %s: '%s'", names[op], t->name);
}

/* ---- containers ---------------------------------------------------------- */

int64_t tr_len(TrValue v) {
    TrType *t = tr_typeof(v);
    if (!t->len) {
        tr_raise(tr_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

TrValue tr_getitem(TrValue o, TrValue key) {
    TrType *t = tr_typeof(o);
    if (!t->getitem) {
        if (t == &tr_type_type) {
            TrValue cg = tr_getattr_cstr(o, "__class_getitem__");
            if (TR_IS_UNDEF(cg)) tr_exc_clear();
            else return tr_call1(cg, key);
            return tr_raise(tr_TypeError, "type '%s' is not subscriptable", TR_AS(TrType, o)->name);
        }
        return tr_raise(tr_TypeError, "'%s' object is not subscriptable", t->name);
    }
    return t->getitem(o, key);
}

int tr_setitem(TrValue o, TrValue key, TrValue v) {
    TrType *t = tr_typeof(o);
    if (!t->setitem) {
        tr_raise(tr_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(o, key, v);
}

int tr_delitem(TrValue o, TrValue key) {
    TrType *t = tr_typeof(o);
    if (!t->setitem) {
        tr_raise(tr_TypeError, "'%s' object doesn't support item deletion", t->name);
        return -1;
    }
    return t->setitem(o, key, tr_undef());
}

int tr_contains(TrValue container, TrValue x) {
    TrType *t = tr_typeof(container);
    if (t->contains) return t->contains(container, x);
    if (!t->iter && !t->getitem) { /* __getitem__ alone: the sequence protocol below */
        tr_raise(tr_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    TrValue it = tr_iter(container);
    if (TR_IS_UNDEF(it)) return -1;
    for (;;) {
        TrValue v = tr_next(it);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -1 : 0;
        int eq = tr_eq(v, x);
        if (eq != 0) return eq;
    }
}

/* ---- attributes ---------------------------------------------------------- */

static TrDict **instance_dict_slot(TrValue o) {
    if (o.tag != TR_TAG_OBJ) return NULL;
    TrType *t = o.u.o->type;
    if (!t->dictoffset) return NULL;
    return tr_dict_slot(o.u.o);
}

TrValue tr_generic_getattr(TrValue o, TrStr *name) {
    TrType *t = tr_typeof(o);
    TrValue d = tr_type_lookup(t, name);
    TrType *dt = NULL;
    if (!TR_IS_UNDEF(d)) {
        dt = tr_typeof(d);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(d, o, tr_obj(t));
    }
    TrDict **slot = instance_dict_slot(o);
    if (slot && *slot) {
        TrValue v = tr_dict_get_str(*slot, name);
        if (!TR_IS_UNDEF(v)) return v;
    }
    if (!TR_IS_UNDEF(d)) {
        if (dt->descr_get) return dt->descr_get(d, o, tr_obj(t));
        return d;
    }
    if (!strcmp(name->data, "__class__")) return tr_obj(t);
    if (!strcmp(name->data, "__dict__") && slot) {
        if (!*slot) *slot = tr_dict_new();
        return tr_obj(*slot);
    }
    return tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
}

/* obj.__class__ = C: allowed between heap types of the same layout. */
static int set_class(TrValue o, TrType *t, TrValue v) {
    if (!tr_isinstance(v, &tr_type_type)) {
        tr_raise(tr_TypeError, "__class__ must be set to a class, not '%s' object", tr_typeof(v)->name);
        return -1;
    }
    TrType *nt = TR_AS(TrType, v);
    if (!(t->flags & TR_TF_HEAPTYPE) || !(nt->flags & TR_TF_HEAPTYPE)) {
        tr_raise(tr_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (nt->basicsize != t->basicsize || nt->dictoffset != t->dictoffset) {
        tr_raise(tr_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, t->name);
        return -1;
    }
    o.u.o->type = nt;
    return 0;
}

/* obj.__dict__ = d: the instance's namespace is replaced by d itself;
 * del obj.__dict__ leaves it empty, as in CPython. */
static int set_dict(TrValue o, TrValue v) {
    if (TR_IS_UNDEF(v)) {
        *instance_dict_slot(o) = tr_dict_new();
        return 0;
    }
    if (!TR_IS_OBJ(v) || !tr_isinstance(v, &tr_dict_type)) {
        tr_raise(tr_TypeError, "__dict__ must be set to a dictionary, not a '%s'", tr_type_name(v));
        return -1;
    }
    *instance_dict_slot(o) = TR_AS(TrDict, v);
    return 0;
}

int tr_generic_setattr(TrValue o, TrStr *name, TrValue v) {
    TrType *t = tr_typeof(o);
    TrValue d = tr_type_lookup(t, name);
    if (!TR_IS_UNDEF(d)) {
        TrType *dt = tr_typeof(d);
        if (dt->descr_set) return dt->descr_set(d, o, v);
    }
    if (o.tag == TR_TAG_OBJ && name->data[0] == '_' && name->data[1] == '_') {
        if (!strcmp(name->data, "__class__")) {
            if (!TR_IS_UNDEF(v)) return set_class(o, t, v);
            tr_raise(tr_TypeError, "can't delete __class__ attribute");
            return -1;
        }
        if (!strcmp(name->data, "__dict__") && instance_dict_slot(o)) return set_dict(o, v);
    }
    TrDict **slot = instance_dict_slot(o);
    if (!slot) {
        if (TR_IS_UNDEF(d))
            tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        else
            tr_raise(tr_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        return -1;
    }
    if (!*slot) *slot = tr_dict_new();
    if (TR_IS_UNDEF(v)) {
        if (TR_IS_UNDEF(tr_dict_get_str(*slot, name))) {
            tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
            return -1;
        }
        return tr_dict_del(*slot, tr_obj(name));
    }
    tr_dict_set_str(*slot, name, v);
    tr_note_inst_attrs(t, *slot);
    return 0;
}

TrValue tr_getattr(TrValue o, TrStr *name) {
    TrType *t = tr_typeof(o);
    return t->getattr ? t->getattr(o, name) : tr_generic_getattr(o, name);
}

TrValue tr_getattr_cstr(TrValue o, const char *name) {
    return tr_getattr(o, tr_str_intern(name));
}

TrValue tr_getattr_opt(TrValue o, TrStr *name) {
    TrValue v = tr_getattr(o, name);
    if (TR_IS_UNDEF(v) && tr_exc_matches(tr_AttributeError)) tr_exc_clear();
    return v;
}

int tr_setattr(TrValue o, TrStr *name, TrValue v) {
    TrType *t = tr_typeof(o);
    return t->setattr ? t->setattr(o, name, v) : tr_generic_setattr(o, name, v);
}

int tr_delattr(TrValue o, TrStr *name) { return tr_setattr(o, name, tr_undef()); }

/* ---- iteration and calls ------------------------------------------------- */

TrValue tr_iter(TrValue o) {
    TrType *t = tr_typeof(o);
    if (!t->iter) {
        if (t->getitem && t != &tr_type_type) return tr_seqiter_new(o); /* __getitem__ only */
        return tr_raise(tr_TypeError, "'%s' object is not iterable", t->name);
    }
    return t->iter(o);
}

TrValue tr_next(TrValue it) {
    TrType *t = tr_typeof(it);
    if (!t->next) return tr_raise(tr_TypeError, "'%s' object is not an iterator", t->name);
    TrValue v = t->next(it);
    /* a next slot may end with StopIteration pending (it carries a value) */
    if (TR_IS_UNDEF(v) && tr_exc_matches(tr_StopIteration)) tr_exc_clear();
    return v;
}

/* Identity iter for iterator types (__iter__ returns self). */
TrValue tr_self_iter(TrValue self) { return self; }

TrValue tr_call(TrValue f, TrValue *args, int nargs, TrTuple *kwnames) {
    TrType *t = tr_typeof(f);
    if (!t->call) return tr_raise(tr_TypeError, "'%s' object is not callable", t->name);
    return t->call(f, args, nargs, kwnames);
}

TrValue tr_call0(TrValue f) { return tr_call(f, NULL, 0, NULL); }
TrValue tr_call1(TrValue f, TrValue a) { return tr_call(f, &a, 1, NULL); }
TrValue tr_call2(TrValue f, TrValue a, TrValue b) {
    TrValue args[2] = {a, b};
    return tr_call(f, args, 2, NULL);
}

TrValue tr_call_method(TrValue self, const char *name, TrValue *args, int nargs) {
    TrValue m = tr_getattr_cstr(self, name);
    if (TR_IS_UNDEF(m)) return TR_ERR;
    return tr_call(m, args, nargs, NULL);
}

bool tr_is_callable(TrValue v) { return tr_typeof(v)->call != NULL; }

TrValue tr_format(TrValue v, TrStr *spec) {
    TrType *t = tr_typeof(v);
    if (t->format) {
        TrValue r = t->format(v, spec);
        if (TR_IS_UNDEF(r) || tr_isinstance(r, &tr_str_type)) return r;
        return tr_raise(tr_TypeError, "__format__ must return a str, not %s", tr_type_name(r));
    }
    if (spec->len == 0) {
        TrStr *s = tr_to_str(v);
        return s ? tr_obj(s) : TR_ERR;
    }
    return tr_raise(tr_TypeError, "unsupported format string passed to %s.__format__", t->name);
}

/* ascii(v): repr with every non-ASCII code point backslash-escaped. */
TrStr *tr_ascii(TrValue v) {
    TrStr *r = tr_repr(v);
    if (!r || r->ascii) return r;
    TrBuf b;
    tr_buf_init(&b, r->len + 16);
    for (int64_t i = 0; i < r->len;) {
        int n;
        uint32_t cp = tr_utf8_decode(r->data + i, &n);
        i += n;
        char tmp[16];
        if (cp < 0x80) tr_buf_putc(&b, (char)cp);
        else {
            if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
            else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
            tr_buf_puts(&b, tmp);
        }
    }
    return tr_buf_finish(&b);
}
