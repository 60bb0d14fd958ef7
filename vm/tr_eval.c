/* tr_eval.c — the bytecode interpreter.
 *
 * One function runs one frame: a computed-goto dispatch loop over the opcode
 * table (tr_opcodes.h).  Each instruction tries its common case inline (small
 * ints, floats, list indexing, range iteration) and otherwise calls the
 * generic protocol in tr_ops.c — the same functions the JIT's helpers call,
 * so there is one implementation of Python semantics.  The pc is saved into
 * the frame before anything that can raise (STYLE habit 4) so tracebacks and
 * the loop profiler read it.  Errors unwind through the code object's
 * exception table; with no handler the frame returns TR_ERR. */
#include <string.h>

#include "tr_helpers.h"
#include "tr_icache.h"
#include "tr_interp.h"
#include "tr_module.h"
#include "tr_signal.h"

TrJitHook tr_jit_hook;

_Static_assert(TR_OPC_MATMUL - TR_OPC_ADD == TR_BIN_MATMUL, "binop opcodes follow TR_BINOPS");
_Static_assert(TR_OPC_GE - TR_OPC_LT == TR_GE, "compare opcodes follow TrCmpOp");

int tr_frame_line(const TrFrame *f) {
    int32_t pc = (int32_t)(f->pc - f->code->code) - 1;
    if (pc < 0) pc = 0;
    if (pc >= f->code->ncode) pc = f->code->ncode - 1;
    return f->code->lines[pc];
}

static TrValue name_error(TrStr *name) {
    return tr_raise(tr_NameError, "name '%U' is not defined", name);
}

static TrValue load_global(TrFrame *f, TrStr *name) {
    TrValue v = tr_dict_get_str(f->globals, name);
    if (!TR_IS_UNDEF(v)) return v;
    v = tr_dict_get_str(tr_builtins_dict, name);
    if (!TR_IS_UNDEF(v)) return v;
    return name_error(name);
}

/* ---- unpacking ----------------------------------------------------------- */

static int unpack_error_count(int64_t expected, int64_t got, bool at_least) {
    if (got < expected)
        tr_raise(tr_ValueError, "not enough values to unpack (expected %s%lld, got %lld)",
                 at_least ? "at least " : "", (long long)expected, (long long)got);
    else
        tr_raise(tr_ValueError, "too many values to unpack (expected %lld)", (long long)expected);
    return -1;
}

/* Items of a list or tuple without copying, or NULL. */
static TrValue *seq_items(TrValue v, int64_t *n) {
    if (tr_is_type(v, &tr_tuple_type)) {
        *n = TR_AS(TrTuple, v)->len;
        return TR_AS(TrTuple, v)->items;
    }
    if (tr_is_type(v, &tr_list_type)) {
        *n = TR_AS(TrList, v)->len;
        return TR_AS(TrList, v)->items;
    }
    return NULL;
}

static int unpack(TrValue *dst, TrValue src, int64_t count) {
    int64_t n;
    TrValue *items = seq_items(src, &n);
    if (items) {
        if (n != count) return unpack_error_count(count, n, false);
        memmove(dst, items, sizeof(TrValue) * (size_t)count);
        return 0;
    }
    if (!tr_typeof(src)->iter) {
        tr_raise(tr_TypeError, "cannot unpack non-iterable %s object", tr_type_name(src));
        return -1;
    }
    TrValue it = tr_iter(src);
    if (TR_IS_UNDEF(it)) return -1;
    TrValue tmp[count > 0 ? count : 1];
    for (int64_t i = 0; i < count; i++) {
        TrValue v = tr_next(it);
        if (TR_IS_UNDEF(v)) return tr_exc_pending() ? -1 : unpack_error_count(count, i, false);
        tmp[i] = v;
    }
    TrValue extra = tr_next(it);
    if (!TR_IS_UNDEF(extra)) return unpack_error_count(count, count + 1, false);
    if (tr_exc_pending()) return -1;
    memcpy(dst, tmp, sizeof(TrValue) * (size_t)count);
    return 0;
}

static int unpack_ex(TrValue *dst, TrValue src, int before, int after) {
    if (!tr_typeof(src)->iter) {
        tr_raise(tr_TypeError, "cannot unpack non-iterable %s object", tr_type_name(src));
        return -1;
    }
    TrList *all = tr_list_of(src);
    if (!all) return -1;
    if (all->len < before + after) return unpack_error_count(before + after, all->len, true);
    for (int i = 0; i < before; i++) dst[i] = all->items[i];
    int64_t mid = all->len - before - after;
    dst[before] = tr_obj(tr_list_from(all->items + before, mid));
    for (int i = 0; i < after; i++) dst[before + 1 + i] = all->items[before + mid + i];
    return 0;
}

/* ---- calls with *args / **kwargs ---------------------------------------- */

static TrValue call_ex(TrValue fn, TrValue argtuple, TrValue kwdict) {
    TrTuple *pos = TR_AS(TrTuple, argtuple);
    if (TR_IS_UNDEF(kwdict) || TR_AS(TrDict, kwdict)->t.used == 0)
        return tr_call(fn, pos->items, (int)pos->len, NULL);
    TrDict *d = TR_AS(TrDict, kwdict);
    int64_t nkw = d->t.used;
    TrValue *args = tr_alloc(sizeof(TrValue) * (size_t)(pos->len + nkw));
    memcpy(args, pos->items, sizeof(TrValue) * (size_t)pos->len);
    TrTuple *names = tr_tuple_new(nkw);
    int64_t i = 0, it = 0;
    TrValue k, v;
    while (tr_dict_next(d, &it, &k, &v)) {
        names->items[i] = tr_obj(tr_str_intern_str(TR_AS(TrStr, k)));
        args[pos->len + i] = v;
        i++;
    }
    return tr_call(fn, args, (int)pos->len, names);
}

/* `**m` in a call: merge into the keyword dict with CPython's checks. */
static int dict_merge_kwargs(TrValue dst, TrValue src, TrValue fn) {
    TrDict *d = TR_AS(TrDict, dst);
    if (!tr_is_type(src, &tr_dict_type) && !tr_isinstance(src, &tr_dict_type)) {
        TrValue keys = tr_getattr_opt(src, tr_str_intern("keys"));
        if (TR_IS_UNDEF(keys)) {
            if (!tr_exc_pending()) {
                TrStr *fr = tr_repr(fn);
                (void)fr;
                tr_raise(tr_TypeError, "%s argument after ** must be a mapping, not %s",
                         "function", tr_type_name(src));
            }
            return -1;
        }
        TrList *ks = tr_list_of(tr_call0(keys));
        if (!ks) return -1;
        for (int64_t i = 0; i < ks->len; i++) {
            TrValue v = tr_getitem(src, ks->items[i]);
            if (TR_IS_UNDEF(v)) return -1;
            if (tr_dict_set(d, ks->items[i], v) < 0) return -1;
        }
        return 0;
    }
    int64_t it = 0;
    TrValue k, v;
    while (tr_dict_next(TR_AS(TrDict, src), &it, &k, &v)) {
        if (!tr_is_type(k, &tr_str_type)) {
            tr_raise(tr_TypeError, "keywords must be strings");
            return -1;
        }
        TrValue old = tr_dict_get(d, k);
        if (!TR_IS_UNDEF(old)) {
            TrValue qn = tr_getattr_cstr(fn, "__qualname__");
            if (TR_IS_UNDEF(qn)) { tr_exc_clear(); qn = tr_str_value("function"); }
            tr_raise(tr_TypeError, "%S() got multiple values for keyword argument '%U'", qn,
                     TR_AS(TrStr, k));
            return -1;
        }
        if (tr_dict_set(d, k, v) < 0) return -1;
    }
    return 0;
}

/* ---- exceptions ---------------------------------------------------------- */

static bool is_exc_class(TrValue v) {
    return tr_is_type(v, &tr_type_type) || (TR_IS_OBJ(v) && tr_isinstance(v, &tr_type_type))
               ? tr_type_is_subtype(TR_AS(TrType, v), tr_BaseException)
               : false;
}

/* Turn the operand of `raise` into an exception instance. */
static TrValue make_exception(TrValue v) {
    if (is_exc_class(v)) {
        TrValue e = tr_call0(v);
        if (TR_IS_UNDEF(e)) return TR_ERR;
        if (!tr_isinstance(e, tr_BaseException))
            return tr_raise(tr_TypeError, "calling %R should have returned an instance of "
                            "BaseException, not %s", v, tr_type_name(e));
        return e;
    }
    if (TR_IS_OBJ(v) && tr_isinstance(v, tr_BaseException)) return v;
    return tr_raise(tr_TypeError, "exceptions must derive from BaseException");
}

static int do_raise(TrValue exc, TrValue cause, int flags) {
    if (flags == 0) {
        if (TR_IS_UNDEF(tr_ts.handled)) {
            tr_raise(tr_RuntimeError, "No active exception to reraise");
            return 0;
        }
        tr_ts.exc = tr_ts.handled;
        return 1; /* keep the traceback */
    }
    TrValue e = make_exception(exc);
    if (TR_IS_UNDEF(e)) return 0;
    if (flags & 2) {
        TrValue c;
        if (TR_IS_NONE(cause)) {
            c = tr_none();
        } else {
            c = make_exception(cause);
            if (TR_IS_UNDEF(c)) {
                if (tr_exc_matches(tr_TypeError)) {
                    tr_exc_clear();
                    tr_raise(tr_TypeError, "exception causes must derive from BaseException");
                }
                return 0;
            }
        }
        TrException *ex = TR_AS(TrException, e);
        ex->cause = c;
        ex->suppress_context = 1;
    }
    tr_raise_value(e);
    return 0;
}

static int exc_match(TrValue exc, TrValue spec) {
    if (tr_is_type(spec, &tr_tuple_type)) {
        TrTuple *t = TR_AS(TrTuple, spec);
        for (int64_t i = 0; i < t->len; i++) {
            int r = exc_match(exc, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!is_exc_class(spec)) {
        tr_raise(tr_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return tr_isinstance(exc, TR_AS(TrType, spec));
}

/* ---- method calls -------------------------------------------------------- */

/* LOADMETHOD: find a plain method on the type without creating a bound
 * method object; fall back to ordinary attribute lookup. */
/* ---- the loop ------------------------------------------------------------ */

TrValue tr_eval(TrFrame *f) {
    static const void *const dispatch[TR_OPC_COUNT] = {
#define TR_LABEL(name, fmt, doc) &&op_##name,
        TR_OPCODES(TR_LABEL)
#undef TR_LABEL
    };
    TrCode *code = f->code;
    TrValue *regs = f->regs;
    const TrInstr *pc = f->pc;
    TrValue *k = code->consts;
    TrInstr i;
    TrValue r;
    bool keep_traceback = false;
    f->back = tr_ts.frame;
    tr_ts.frame = f;
    f->suspended = 0;

#define R(n) regs[n]
#define A TR_A(i)
#define B TR_B(i)
#define C TR_C(i)
#define SAVE() (f->pc = pc)
#define NEXT()                                  \
    do {                                        \
        i = *pc++;                              \
        goto *dispatch[TR_OP(i)];               \
    } while (0)
#define CHECK(v) do { if (TR_IS_UNDEF(v)) goto error; } while (0)
#define CHECKI(x) do { if ((x) < 0) goto error; } while (0)

    if (f->resume_with_exc) {
        /* generator.throw(): raise at the suspension point */
        f->resume_with_exc = 0;
        goto error;
    }
    NEXT();

op_NOP:
    NEXT();
op_MOVE:
    R(A) = R(B);
    NEXT();
op_LOADK:
    R(A) = k[B];
    NEXT();
op_LOADI:
    R(A) = tr_int(TR_SB(i));
    NEXT();
op_LOADNONE:
    R(A) = tr_none();
    NEXT();
op_LOADBOOL:
    R(A) = tr_bool(B != 0);
    NEXT();
op_LOADGLOBAL:
    SAVE();
    r = tr_ic_load_global(tr_icache_at(code, pc - 1), f->globals, code->names[B]);
    CHECK(r);
    R(A) = r;
    NEXT();
op_STOREGLOBAL:
    tr_dict_set_str(f->globals, code->names[B], R(A));
    NEXT();
op_DELGLOBAL:
    SAVE();
    if (TR_IS_UNDEF(tr_dict_get_str(f->globals, code->names[B]))) {
        name_error(code->names[B]);
        goto error;
    }
    CHECKI(tr_dict_del(f->globals, tr_obj(code->names[B])));
    NEXT();
op_LOADBUILTIN:
    SAVE();
    r = tr_dict_get_str(tr_builtins_dict, code->names[B]);
    if (TR_IS_UNDEF(r)) {
        name_error(code->names[B]);
        goto error;
    }
    R(A) = r;
    NEXT();
op_LOADNAME: {
    TrStr *name = code->names[B];
    r = tr_dict_get_str(f->locals, name);
    if (TR_IS_UNDEF(r)) {
        SAVE();
        r = load_global(f, name);
        CHECK(r);
    }
    R(A) = r;
    NEXT();
}
op_STORENAME:
    tr_dict_set_str(f->locals, code->names[B], R(A));
    NEXT();
op_DELNAME:
    SAVE();
    if (TR_IS_UNDEF(tr_dict_get_str(f->locals, code->names[B]))) {
        name_error(code->names[B]);
        goto error;
    }
    CHECKI(tr_dict_del(f->locals, tr_obj(code->names[B])));
    NEXT();
op_CHECKLOCAL:
    if (TR_IS_UNDEF(R(A))) {
        SAVE();
        tr_raise(tr_UnboundLocalError,
                 "cannot access local variable '%U' where it is not associated with a value",
                 code->names[B]);
        goto error;
    }
    NEXT();
op_DELLOCAL:
    if (TR_IS_UNDEF(R(A))) {
        SAVE();
        tr_raise(tr_UnboundLocalError,
                 "cannot access local variable '%U' where it is not associated with a value",
                 code->names[B]);
        goto error;
    }
    R(A) = tr_undef();
    NEXT();
op_MAKECELL:
    R(A) = tr_obj(tr_cell_new(R(A)));
    NEXT();
op_LOADDEREF:
    r = TR_AS(TrCell, R(B))->v;
    if (TR_IS_UNDEF(r)) {
        SAVE();
        tr_raise(tr_NameError,
                 "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                 code->names[C]);
        goto error;
    }
    R(A) = r;
    NEXT();
op_STOREDEREF:
    TR_AS(TrCell, R(A))->v = R(B);
    NEXT();
op_DELDEREF:
    if (TR_IS_UNDEF(TR_AS(TrCell, R(A))->v)) {
        SAVE();
        tr_raise(tr_NameError,
                 "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                 code->names[B]);
        goto error;
    }
    TR_AS(TrCell, R(A))->v = tr_undef();
    NEXT();

    /* arithmetic: int fast paths inline, everything else in tr_binop */
op_ADD:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT) {
        int64_t x;
        if (!__builtin_add_overflow(R(B).u.i, R(C).u.i, &x)) {
            R(A) = tr_int(x);
            NEXT();
        }
    } else if (R(B).tag == TR_TAG_FLOAT && R(C).tag == TR_TAG_FLOAT) {
        R(A) = tr_float(R(B).u.f + R(C).u.f);
        NEXT();
    }
    goto binop_slow;
op_SUB:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT) {
        int64_t x;
        if (!__builtin_sub_overflow(R(B).u.i, R(C).u.i, &x)) {
            R(A) = tr_int(x);
            NEXT();
        }
    } else if (R(B).tag == TR_TAG_FLOAT && R(C).tag == TR_TAG_FLOAT) {
        R(A) = tr_float(R(B).u.f - R(C).u.f);
        NEXT();
    }
    goto binop_slow;
op_MUL:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT) {
        int64_t x;
        if (!__builtin_mul_overflow(R(B).u.i, R(C).u.i, &x)) {
            R(A) = tr_int(x);
            NEXT();
        }
    } else if (R(B).tag == TR_TAG_FLOAT && R(C).tag == TR_TAG_FLOAT) {
        R(A) = tr_float(R(B).u.f * R(C).u.f);
        NEXT();
    }
    goto binop_slow;
op_FLOORDIV:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT && R(C).u.i != 0 &&
        !(R(B).u.i == INT64_MIN && R(C).u.i == -1)) {
        R(A) = tr_int(tr_floordiv64(R(B).u.i, R(C).u.i));
        NEXT();
    }
    goto binop_slow;
op_MOD:
    if (R(B).tag == TR_TAG_INT && R(C).tag == TR_TAG_INT && R(C).u.i != 0 && R(C).u.i != -1) {
        R(A) = tr_int(tr_mod64(R(B).u.i, R(C).u.i));
        NEXT();
    }
    goto binop_slow;
op_TRUEDIV:
op_POW:
op_LSHIFT:
op_RSHIFT:
op_AND:
op_OR:
op_XOR:
op_MATMUL:
binop_slow:
    SAVE();
    r = tr_binop((int)(TR_OP(i) - TR_OPC_ADD), R(B), R(C));
    CHECK(r);
    R(A) = r;
    NEXT();
op_INPLACE:
    SAVE();
    r = tr_binop((int)C | TR_BIN_INPLACE, R(A), R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_NEG:
    SAVE();
    r = tr_unop(TR_UN_NEG, R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_POS:
    SAVE();
    r = tr_unop(TR_UN_POS, R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_INVERT:
    SAVE();
    r = tr_unop(TR_UN_INVERT, R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_NOT:
    SAVE();
    r = tr_not(R(B));
    CHECK(r);
    R(A) = r;
    NEXT();

    /* comparisons */
op_LT:
op_LE:
op_EQ:
op_NE:
op_GT:
op_GE:
    SAVE();
    r = tr_richcmp(R(B), R(C), (int)(TR_OP(i) - TR_OPC_LT));
    CHECK(r);
    R(A) = r;
    NEXT();
op_IS:
    R(A) = tr_bool(R(B).tag == R(C).tag && R(B).u.bits == R(C).u.bits);
    NEXT();
op_ISNOT:
    R(A) = tr_bool(!(R(B).tag == R(C).tag && R(B).u.bits == R(C).u.bits));
    NEXT();
op_IN:
op_NOTIN: {
    SAVE();
    int c = tr_contains(R(C), R(B));
    CHECKI(c);
    R(A) = tr_bool(TR_OP(i) == TR_OPC_IN ? c : !c);
    NEXT();
}

    /* control flow */
op_JMP:
    pc = code->code + B;
    NEXT();
op_JMPIF:
op_JMPIFNOT: {
    TrValue v = R(A);
    int t;
    if (v.tag == TR_TAG_BOOL) {
        t = (int)v.u.i;
    } else {
        SAVE();
        t = tr_truth(v);
        CHECKI(t);
    }
    if (t == (TR_OP(i) == TR_OPC_JMPIF)) pc = code->code + B;
    NEXT();
}
op_LOOP:
    if (tr_poll() < 0) goto error; /* signals, budget (tr_signal.h) */
    pc = code->code + B;
    NEXT();
op_GETITER:
    SAVE();
    r = tr_iter(R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_FORITER:
    SAVE();
    r = tr_next(R(A));
    if (TR_IS_UNDEF(r)) {
        if (tr_exc_pending()) goto error;
        pc = code->code + C;
        NEXT();
    }
    R(B) = r;
    NEXT();

    /* containers */
op_BUILDLIST:
    R(A) = tr_obj(tr_list_from(&R(B), C));
    NEXT();
op_BUILDTUPLE:
    R(A) = tr_obj(tr_tuple_from(&R(B), C));
    NEXT();
op_BUILDSET: {
    SAVE();
    TrSet *s = tr_set_new(&tr_set_type);
    for (unsigned j = 0; j < C; j++) CHECKI(tr_set_add(s, R(B + j)));
    R(A) = tr_obj(s);
    NEXT();
}
op_BUILDDICT: {
    SAVE();
    TrDict *d = tr_dict_new();
    for (unsigned j = 0; j < C; j++) CHECKI(tr_dict_set(d, R(B + 2 * j), R(B + 2 * j + 1)));
    R(A) = tr_obj(d);
    NEXT();
}
op_BUILDSLICE:
    R(A) = tr_slice_new(R(B), R(B + 1), C == 3 ? R(B + 2) : tr_none());
    NEXT();
op_BUILDSTRING: {
    TrBuf b;
    tr_buf_init(&b, 64);
    for (unsigned j = 0; j < C; j++) tr_buf_put_str(&b, TR_AS(TrStr, R(B + j)));
    r = tr_str_value_or_err(tr_buf_finish(&b)); /* MemoryError when huge */
    CHECK(r);
    R(A) = r;
    NEXT();
}
op_LISTAPPEND:
    CHECKI(tr_list_append(TR_AS(TrList, R(A)), R(B)));
    NEXT();
op_LISTEXTEND:
    SAVE();
    CHECKI(tr_list_extend(TR_AS(TrList, R(A)), R(B)));
    NEXT();
op_SETADD:
    SAVE();
    CHECKI(tr_set_add(TR_AS(TrSet, R(A)), R(B)));
    NEXT();
op_SETUPDATE:
    SAVE();
    CHECKI(tr_set_update(TR_AS(TrSet, R(A)), R(B)));
    NEXT();
op_DICTSET:
    SAVE();
    CHECKI(tr_dict_set(TR_AS(TrDict, R(A)), R(B), R(C)));
    NEXT();
op_DICTUPDATE:
    SAVE();
    if (!tr_isinstance(R(B), &tr_dict_type) &&
        TR_IS_UNDEF(tr_getattr_opt(R(B), tr_str_intern("keys")))) {
        if (!tr_exc_pending())
            tr_raise(tr_TypeError, "'%s' object is not a mapping", tr_type_name(R(B)));
        goto error;
    }
    CHECKI(tr_dict_update(TR_AS(TrDict, R(A)), R(B)));
    NEXT();
op_DICTMERGE:
    SAVE();
    CHECKI(dict_merge_kwargs(R(A), R(B), R(A - 2)));
    NEXT();
op_LISTTOTUPLE:
    R(A) = tr_obj(tr_tuple_from(TR_AS(TrList, R(B))->items, TR_AS(TrList, R(B))->len));
    NEXT();
op_GETITEM: {
    TrValue o = R(B), key = R(C);
    if (key.tag == TR_TAG_INT && o.tag == TR_TAG_OBJ && o.u.o->type == &tr_list_type) {
        TrList *l = TR_AS(TrList, o);
        int64_t idx = key.u.i < 0 ? key.u.i + l->len : key.u.i;
        if ((uint64_t)idx < (uint64_t)l->len) {
            R(A) = l->items[idx];
            NEXT();
        }
    }
    SAVE();
    r = tr_getitem(o, key);
    CHECK(r);
    R(A) = r;
    NEXT();
}
op_SETITEM: {
    TrValue o = R(A), key = R(B);
    if (key.tag == TR_TAG_INT && o.tag == TR_TAG_OBJ && o.u.o->type == &tr_list_type) {
        TrList *l = TR_AS(TrList, o);
        int64_t idx = key.u.i < 0 ? key.u.i + l->len : key.u.i;
        if ((uint64_t)idx < (uint64_t)l->len) {
            l->items[idx] = R(C);
            NEXT();
        }
    }
    SAVE();
    CHECKI(tr_setitem(o, key, R(C)));
    NEXT();
}
op_DELITEM:
    SAVE();
    CHECKI(tr_delitem(R(A), R(B)));
    NEXT();
op_GETATTR:
    SAVE();
    r = tr_ic_getattr(tr_icache_at(code, pc - 1), R(B), code->names[C]);
    CHECK(r);
    R(A) = r;
    NEXT();
op_SETATTR:
    SAVE();
    CHECKI(tr_ic_setattr(tr_icache_at(code, pc - 1), R(A), code->names[B], R(C)));
    NEXT();
op_DELATTR:
    SAVE();
    CHECKI(tr_delattr(R(A), code->names[B]));
    NEXT();
op_LOADMETHOD:
    SAVE();
    CHECKI(tr_ic_load_method(tr_icache_at(code, pc - 1), R(B), code->names[C], &R(A)));
    NEXT();
op_CALLMETHOD:
    SAVE();
    if (TR_IS_UNDEF(R(A + 1)))
        r = tr_call(R(A), &R(A + 2), (int)B, NULL);
    else
        r = tr_call(R(A), &R(A + 1), (int)B + 1, NULL);
    CHECK(r);
    R(A) = r;
    NEXT();
op_CALL:
    SAVE();
    r = tr_call(R(A), &R(A + 1), (int)B, NULL);
    CHECK(r);
    R(A) = r;
    NEXT();
op_CALLKW: {
    SAVE();
    TrTuple *names = TR_AS(TrTuple, k[C]);
    r = tr_call(R(A), &R(A + 1), (int)(B - names->len), names);
    CHECK(r);
    R(A) = r;
    NEXT();
}
op_CALLEX:
    SAVE();
    r = call_ex(R(A), R(A + 1), B == 2 ? R(A + 2) : tr_undef());
    CHECK(r);
    R(A) = r;
    NEXT();
op_RETURN:
    r = R(A);
    tr_ts.frame = f->back;
    return r;
op_MAKEFUNC: {
    TrValue fv = tr_function_new(TR_AS(TrCode, k[B]), f->globals);
    TrFunction *fn = TR_AS(TrFunction, fv);
    if (!TR_IS_UNDEF(R(C))) fn->defaults = TR_AS(TrTuple, R(C));
    if (!TR_IS_UNDEF(R(C + 1))) fn->kwdefaults = TR_AS(TrDict, R(C + 1));
    if (!TR_IS_UNDEF(R(C + 2))) fn->closure = TR_AS(TrTuple, R(C + 2));
    R(A) = fv;
    NEXT();
}
op_UNPACK:
    SAVE();
    CHECKI(unpack(&R(A), R(B), C));
    NEXT();
op_UNPACKEX:
    SAVE();
    CHECKI(unpack_ex(&R(A), R(B), (int)(C & 0x3ff), (int)(C >> 10)));
    NEXT();
op_RAISE:
    SAVE();
    keep_traceback = do_raise(R(A), R(B), (int)C);
    goto error;
op_RERAISE:
    SAVE();
    tr_ts.exc = R(A);
    keep_traceback = true;
    goto error;
op_EXCMATCH: {
    SAVE();
    int m = exc_match(R(B), R(C));
    CHECKI(m);
    R(A) = tr_bool(m);
    NEXT();
}
op_PUSHEXC:
    R(A) = tr_ts.handled;
    tr_ts.handled = R(B);
    NEXT();
op_POPEXC:
    tr_ts.handled = R(A);
    NEXT();
op_WITHENTER: {
    SAVE();
    TrValue exit;
    r = tr_with_enter(R(B), &exit);
    CHECK(r);
    R(A) = exit;
    R(A + 1) = r;
    NEXT();
}
op_WITHEXIT:
    SAVE();
    r = tr_with_exit(R(A), C ? R(B) : tr_undef());
    CHECK(r);
    if (C) {
        int t = tr_truth(r);
        if (t < 0) goto error;
        R(A) = tr_bool(t);
    }
    NEXT();
op_FORMAT: {
    SAVE();
    TrValue v = R(B);
    unsigned conv = C & 3;
    if (conv) {
        TrStr *s = conv == 1 ? tr_to_str(v) : conv == 2 ? tr_repr(v) : tr_ascii(v);
        if (!s) goto error;
        v = tr_obj(s);
    }
    if (C & 4) {
        TrValue spec = R(B + 1);
        r = tr_format(v, TR_AS(TrStr, spec));
    } else if (tr_is_type(v, &tr_str_type)) {
        r = v;
    } else {
        r = tr_format(v, tr_str_intern(""));
    }
    CHECK(r);
    if (!tr_isinstance(r, &tr_str_type)) {
        tr_raise(tr_TypeError, "__format__ must return a str, not %s", tr_type_name(r));
        goto error;
    }
    R(A) = r;
    NEXT();
}
op_IMPORT:
    SAVE();
    r = tr_import(code->names[B], C, f->globals);
    CHECK(r);
    R(A) = r;
    NEXT();
op_IMPORTFROM:
    SAVE();
    r = tr_import_from(R(B), code->names[C]);
    CHECK(r);
    R(A) = r;
    NEXT();
op_IMPORTSTAR:
    SAVE();
    CHECKI(tr_import_star(R(A), f->globals));
    NEXT();

op_YIELD:
    f->pc = pc;
    f->suspended = 1;
    f->yield_reg = (int)A;
    tr_ts.frame = f->back;
    return R(B);
op_GETYIELDFROMITER:
    SAVE();
    r = tr_is_type(R(B), &tr_generator_type) ? R(B) : tr_iter(R(B));
    CHECK(r);
    R(A) = r;
    NEXT();
op_YIELDFROM: {
    SAVE();
    TrValue sub = R(B), sent = R(A);
    int done = 0;
    if (tr_is_type(sub, &tr_generator_type)) {
        r = tr_generator_send(TR_AS(TrGenerator, sub), sent, 0, &done);
    } else if (TR_IS_NONE(sent)) {
        r = tr_next(sub);
        if (TR_IS_UNDEF(r) && !tr_exc_pending()) {
            done = 1;
            r = tr_none();
        }
    } else {
        r = tr_call_method(sub, "send", &sent, 1);
        if (TR_IS_UNDEF(r) && tr_exc_matches(tr_StopIteration)) {
            TrValue e = tr_exc_fetch();
            done = 1;
            r = TR_AS(TrException, e)->value;
        }
    }
    CHECK(r);
    if (done) {
        R(A) = r;
        NEXT();
    }
    /* suspend so that resuming re-executes this instruction */
    f->pc = pc - 1;
    f->suspended = 1;
    f->yield_reg = (int)A;
    tr_ts.frame = f->back;
    return r;
}

error: {
    f->pc = pc;
    int32_t at = (int32_t)(pc - code->code) - 1;
    if (at < 0) at = 0;
    TrValue exc = tr_ts.exc;
    if (!keep_traceback) tr_exc_add_traceback(exc, tr_obj(code), code->lines[at]);
    keep_traceback = false;
    const TrExcEntry *h = tr_code_find_handler(code, at);
    if (h) {
        R(h->reg) = exc;
        tr_ts.exc = tr_undef();
        pc = code->code + h->handler;
        NEXT();
    }
    tr_ts.frame = f->back;
    return TR_ERR;
}
}

TrValue tr_run_code(TrCode *code, TrDict *globals) {
    TrValue regs[code->nregs > 0 ? code->nregs : 1];
    memset(regs, 0, sizeof(TrValue) * (size_t)code->nregs);
    TrFrame frame = {code, regs, globals, NULL, NULL, code->code, tr_ts.frame, 0, 0, 0};
    /* module code is a frame too: it counts toward the recursion limit */
    if (tr_enter_recursion() < 0) return TR_ERR;
    TrValue r = tr_eval(&frame);
    tr_leave_recursion();
    return r;
}
