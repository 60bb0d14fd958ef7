/* tr_builtins_iter.c — the iterator types the builtins return: enumerate,
 * zip, map, filter (each callable as a type, as in CPython, so
 * `type(zip()).__name__ == 'zip'`) and callable_iterator (iter(f, sentinel)).
 *
 * They sit in user loops, so each caches the `next` slot of the iterator it
 * wraps and calls it directly instead of going through tr_next.  Exhaustion
 * follows the slot convention: UNDEF with no exception pending, or with a
 * StopIteration pending that the consumer (tr_next) clears. */
#include <string.h>

#include "tr_builtins.h"

/* ---- shared: __iter__ / __next__ as methods ------------------------------ */

TrValue tr_bi_stop_iteration(void) {
    return tr_raise_value(tr_exc_new(tr_StopIteration, NULL, 0));
}

static TrValue it_next_method(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__next__", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    TrValue v = tr_typeof(args[0])->next(args[0]);
    if (TR_IS_UNDEF(v) && !tr_exc_pending()) return tr_bi_stop_iteration();
    return v;
}

static TrValue it_iter_method(TrValue *args, int nargs, TrTuple *kwnames) {
    if (tr_check_args("__iter__", nargs, kwnames, 1, 1) < 0) return TR_ERR;
    return args[0];
}

static const TrMethodDef iterator_methods[] = {
    {"__next__", it_next_method, 0},
    {"__iter__", it_iter_method, 0},
    {NULL, NULL, 0},
};

TrValue tr_bi_get_iter(TrValue v, TrValue (**next)(TrValue)) {
    TrValue it = tr_iter(v);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    *next = tr_typeof(it)->next;
    if (!*next)
        return tr_raise(tr_TypeError, "iter() returned non-iterator of type '%s'",
                        tr_type_name(it));
    return it;
}

/* ---- enumerate ------------------------------------------------------------ */

typedef struct TrEnumerate {
    TrObject ob;
    TrValue it;
    TrValue (*next)(TrValue);
    TrValue count; /* small int until it passes INT64_MAX */
} TrEnumerate;

static TrValue enumerate_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    TrValue a[2] = {TR_ERR, TR_ERR};
    if (kwnames && kwnames->len) {
        static const char *const names[] = {"iterable", "start"};
        if (tr_bi_bind("enumerate", args, nargs, kwnames, names, 2, 0, 1, 2, a) < 0)
            return TR_ERR;
    } else if (nargs == 0) {
        return tr_raise(tr_TypeError, "enumerate() missing required argument 'iterable'");
    } else if (nargs > 2) {
        return tr_raise(tr_TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs);
    } else {
        a[0] = args[0];
        if (nargs == 2) a[1] = args[1];
    }
    TrValue start = tr_int(0);
    if (!TR_IS_UNDEF(a[1])) {
        start = tr_bi_index(a[1]);
        if (TR_IS_UNDEF(start)) return TR_ERR;
    }
    TrValue (*next)(TrValue);
    TrValue it = tr_bi_get_iter(a[0], &next);
    if (TR_IS_UNDEF(it)) return TR_ERR;
    TrEnumerate *e = tr_new_object(type, sizeof(TrEnumerate));
    e->it = it;
    e->next = next;
    e->count = start;
    return tr_obj(e);
}

static TrValue enumerate_next(TrValue self) {
    TrEnumerate *e = TR_AS(TrEnumerate, self);
    TrValue v = e->next(e->it);
    if (TR_IS_UNDEF(v)) return v;
    TrValue index = e->count;
    if (TR_IS_INT(index) && index.u.i != INT64_MAX) {
        e->count.u.i++;
    } else {
        TrValue n = tr_binop(TR_BIN_ADD, index, tr_int(1));
        if (TR_IS_UNDEF(n)) return TR_ERR;
        e->count = n;
    }
    TrTuple *t = tr_tuple_new(2);
    t->items[0] = index;
    t->items[1] = v;
    return tr_obj(t);
}

TrType tr_enumerate_type = {
    .ob = {&tr_type_type},
    .name = "enumerate",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = enumerate_next,
    .tp_new = enumerate_new,
};

/* ---- zip ------------------------------------------------------------------ */

typedef struct TrZip {
    TrObject ob;
    int64_t n;
    int strict;
    TrValue iters[];
} TrZip;

static TrValue zip_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    int strict = 0;
    if (kwnames && kwnames->len) {
        /* CPython parses zip's keywords with an empty positional tuple */
        if (kwnames->len > 1)
            return tr_raise(tr_TypeError, "zip() takes at most 1 keyword argument (%d given)",
                            (int)kwnames->len);
        TrStr *kw = TR_AS(TrStr, kwnames->items[0]);
        if (strcmp(kw->data, "strict") != 0)
            return tr_raise(tr_TypeError, "'%U' is an invalid keyword argument for zip()", kw);
        strict = tr_truth(args[nargs]);
        if (strict < 0) return TR_ERR;
    }
    TrZip *z = tr_new_object(type, sizeof(TrZip) + sizeof(TrValue) * (size_t)nargs);
    z->n = nargs;
    z->strict = strict;
    for (int i = 0; i < nargs; i++) {
        z->iters[i] = tr_iter(args[i]);
        if (TR_IS_UNDEF(z->iters[i])) return TR_ERR;
    }
    return tr_obj(z);
}

/* zip(strict=True) found iterator i exhausted: the others must be too. */
static TrValue zip_strict_check(TrZip *z, int64_t i) {
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0)
        return tr_raise(tr_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                        (long long)(i + 1), plural, (long long)i);
    for (i = 1; i < z->n; i++) {
        TrValue v = tr_next(z->iters[i]);
        if (!TR_IS_UNDEF(v)) {
            plural = i == 1 ? " " : "s 1-";
            return tr_raise(tr_ValueError, "zip() argument %lld is longer than argument%s%lld",
                            (long long)(i + 1), plural, (long long)i);
        }
        if (tr_exc_pending()) return TR_ERR;
    }
    return tr_undef();
}

static TrValue zip_next(TrValue self) {
    TrZip *z = TR_AS(TrZip, self);
    if (z->n == 0) return tr_undef();
    TrTuple *t = tr_tuple_new(z->n);
    for (int64_t i = 0; i < z->n; i++) {
        TrValue v = tr_next(z->iters[i]);
        if (TR_IS_UNDEF(v)) {
            if (tr_exc_pending()) return TR_ERR;
            return z->strict ? zip_strict_check(z, i) : v;
        }
        t->items[i] = v;
    }
    return tr_obj(t);
}

TrType tr_zip_type = {
    .ob = {&tr_type_type},
    .name = "zip",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = zip_next,
    .tp_new = zip_new,
};

/* ---- map ------------------------------------------------------------------ */

typedef struct TrMap {
    TrObject ob;
    TrValue func;
    int64_t n;
    TrValue (*next0)(TrValue); /* next slot of iters[0]: the one-iterable fast path */
    TrValue iters[];
} TrMap;

static TrValue map_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len) return tr_raise(tr_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return tr_raise(tr_TypeError, "map() must have at least two arguments.");
    TrMap *m = tr_new_object(type, sizeof(TrMap) + sizeof(TrValue) * (size_t)(nargs - 1));
    m->func = args[0];
    m->n = nargs - 1;
    for (int i = 1; i < nargs; i++) {
        TrValue (*next)(TrValue);
        m->iters[i - 1] = tr_bi_get_iter(args[i], &next);
        if (TR_IS_UNDEF(m->iters[i - 1])) return TR_ERR;
        if (i == 1) m->next0 = next;
    }
    return tr_obj(m);
}

static TrValue map_next(TrValue self) {
    TrMap *m = TR_AS(TrMap, self);
    if (m->n == 1) {
        TrValue v = m->next0(m->iters[0]);
        return TR_IS_UNDEF(v) ? v : tr_call1(m->func, v);
    }
    TrValue small[8];
    TrValue *argv = m->n <= 8 ? small : tr_alloc(sizeof(TrValue) * (size_t)m->n);
    for (int64_t i = 0; i < m->n; i++) {
        argv[i] = tr_next(m->iters[i]);
        if (TR_IS_UNDEF(argv[i])) return TR_ERR; /* exhausted or error: both UNDEF */
    }
    return tr_call(m->func, argv, (int)m->n, NULL);
}

TrType tr_map_type = {
    .ob = {&tr_type_type},
    .name = "map",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = map_next,
    .tp_new = map_new,
};

/* ---- filter --------------------------------------------------------------- */

typedef struct TrFilter {
    TrObject ob;
    TrValue func; /* UNDEF: None or bool, i.e. plain truthiness */
    TrValue it;
    TrValue (*next)(TrValue);
} TrFilter;

static TrValue filter_new(TrType *type, TrValue *args, int nargs, TrTuple *kwnames) {
    if (kwnames && kwnames->len)
        return tr_raise(tr_TypeError, "filter() takes no keyword arguments");
    if (tr_check_args("filter", nargs, NULL, 2, 2) < 0) return TR_ERR;
    TrFilter *f = tr_new_object(type, sizeof(TrFilter));
    bool plain = TR_IS_NONE(args[0]) ||
                 (TR_IS_OBJ(args[0]) && args[0].u.o == (TrObject *)&tr_bool_type);
    f->func = plain ? tr_undef() : args[0];
    f->it = tr_bi_get_iter(args[1], &f->next);
    if (TR_IS_UNDEF(f->it)) return TR_ERR;
    return tr_obj(f);
}

static TrValue filter_next(TrValue self) {
    TrFilter *f = TR_AS(TrFilter, self);
    for (;;) {
        TrValue v = f->next(f->it);
        if (TR_IS_UNDEF(v)) return v;
        TrValue test = v;
        if (!TR_IS_UNDEF(f->func)) {
            test = tr_call1(f->func, v);
            if (TR_IS_UNDEF(test)) return TR_ERR;
        }
        int ok = tr_truth(test);
        if (ok < 0) return TR_ERR;
        if (ok) return v;
    }
}

TrType tr_filter_type = {
    .ob = {&tr_type_type},
    .name = "filter",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = filter_next,
    .tp_new = filter_new,
};

/* ---- callable_iterator: iter(callable, sentinel) -------------------------- */

typedef struct TrCallIter {
    TrObject ob;
    TrValue callable; /* UNDEF once exhausted: it stays exhausted */
    TrValue sentinel;
} TrCallIter;

TrValue tr_callable_iter_new(TrValue callable, TrValue sentinel) {
    TrCallIter *c = tr_new_object(&tr_callable_iter_type, sizeof(TrCallIter));
    c->callable = callable;
    c->sentinel = sentinel;
    return tr_obj(c);
}

static TrValue callable_iter_next(TrValue self) {
    TrCallIter *c = TR_AS(TrCallIter, self);
    if (TR_IS_UNDEF(c->callable)) return tr_undef();
    TrValue r = tr_call0(c->callable);
    if (TR_IS_UNDEF(r)) {
        if (!tr_exc_matches(tr_StopIteration)) return TR_ERR;
        tr_exc_clear();
        c->callable = tr_undef();
        return tr_undef();
    }
    int eq = tr_eq(r, c->sentinel);
    if (eq < 0) return TR_ERR;
    if (eq) {
        c->callable = tr_undef();
        return tr_undef();
    }
    return r;
}

TrType tr_callable_iter_type = {
    .ob = {&tr_type_type},
    .name = "callable_iterator",
    .base = &tr_object_type,
    .iter = tr_self_iter,
    .next = callable_iter_next,
};

void tr_init_builtin_iters(void) {
    tr_type_ready(&tr_enumerate_type, iterator_methods);
    tr_type_ready(&tr_zip_type, iterator_methods);
    tr_type_ready(&tr_map_type, iterator_methods);
    tr_type_ready(&tr_filter_type, iterator_methods);
    tr_type_ready(&tr_callable_iter_type, iterator_methods);
}
