/* tr_h_names.c — helpers for names: globals, builtins, class-body names,
 * local-variable checks and closure cells.
 *
 * Global loads go through the instruction's inline cache (vm/tr_icache.c),
 * which is why the caller must have saved the pc: the cache belongs to the
 * instruction at f->pc - 1. */
#include "tr_helpers.h"
#include "tr_icache.h"

#define H(name) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c)
#define NAME(n) (f->code->names[n])

/* NameError and UnboundLocalError carry the name (their .name). */
static int name_error(TrStr *name) {
    tr_raise_name_error(tr_NameError, "name '%U' is not defined", name);
    return -1;
}

static int unbound_local(TrStr *name) {
    tr_raise_name_error(tr_UnboundLocalError,
                        "cannot access local variable '%U' where it is not associated with a value", name);
    return -1;
}

static int unbound_free(TrStr *name) {
    tr_raise_name_error(tr_NameError,
                        "cannot access free variable '%U' where it is not associated with a value in "
                        "enclosing scope",
                        name);
    return -1;
}

/* A class namespace that is not a plain dict (a metaclass __prepare__
 * returned a mapping): its own __getitem__, a KeyError meaning absent. */
static TrValue mapping_get(TrDict *locals, TrStr *name) {
    TrValue r = tr_getitem(tr_obj(locals), tr_obj(name));
    if (TR_IS_UNDEF(r) && tr_exc_matches(tr_KeyError)) tr_exc_clear();
    return r;
}

H(loadglobal) {
    (void)c;
    TrValue r = tr_ic_load_global(tr_icache_at(f->code, f->pc - 1), f->globals, NAME(b));
    if (TR_IS_UNDEF(r)) return -1;
    regs[a] = r;
    return 0;
}

H(storeglobal) {
    (void)c;
    tr_dict_set_str(f->globals, NAME(b), regs[a]);
    return 0;
}

H(delglobal) {
    (void)regs, (void)a, (void)c;
    if (TR_IS_UNDEF(tr_dict_get_str(f->globals, NAME(b)))) return name_error(NAME(b));
    return tr_dict_del(f->globals, tr_obj(NAME(b)));
}

H(loadbuiltin) {
    (void)c;
    TrValue r = tr_dict_get_str(tr_builtins_dict, NAME(b));
    if (TR_IS_UNDEF(r)) return name_error(NAME(b));
    regs[a] = r;
    return 0;
}

H(loadname) {
    (void)c;
    TrStr *name = NAME(b);
    TrValue r;
    if (f->locals->ob.type == &tr_dict_type) {
        r = tr_dict_get_str(f->locals, name);
    } else {
        r = mapping_get(f->locals, name);
        if (TR_IS_UNDEF(r) && tr_exc_pending()) return -1;
    }
    if (TR_IS_UNDEF(r)) r = tr_dict_get_str(f->globals, name);
    if (TR_IS_UNDEF(r)) r = tr_dict_get_str(tr_builtins_dict, name);
    if (TR_IS_UNDEF(r)) return name_error(name);
    regs[a] = r;
    return 0;
}

H(storename) {
    (void)c;
    if (f->locals->ob.type != &tr_dict_type) return tr_setitem(tr_obj(f->locals), tr_obj(NAME(b)), regs[a]);
    tr_dict_set_str(f->locals, NAME(b), regs[a]);
    return 0;
}

H(delname) {
    (void)regs, (void)a, (void)c;
    if (f->locals->ob.type != &tr_dict_type) {
        if (tr_delitem(tr_obj(f->locals), tr_obj(NAME(b))) == 0) return 0;
        if (!tr_exc_matches(tr_KeyError)) return -1;
        tr_exc_clear();
        return name_error(NAME(b));
    }
    if (TR_IS_UNDEF(tr_dict_get_str(f->locals, NAME(b)))) return name_error(NAME(b));
    return tr_dict_del(f->locals, tr_obj(NAME(b)));
}

H(checklocal) {
    (void)c;
    return TR_IS_UNDEF(regs[a]) ? unbound_local(NAME(b)) : 0;
}

H(dellocal) {
    (void)c;
    if (TR_IS_UNDEF(regs[a])) return unbound_local(NAME(b));
    regs[a] = tr_undef();
    return 0;
}

H(makecell) {
    (void)f, (void)b, (void)c;
    regs[a] = tr_obj(tr_cell_new(regs[a]));
    return 0;
}

H(loadderef) {
    TrValue r = TR_AS(TrCell, regs[b])->v;
    if (TR_IS_UNDEF(r)) return unbound_free(NAME(c));
    regs[a] = r;
    return 0;
}

H(storederef) {
    (void)f, (void)c;
    TR_AS(TrCell, regs[a])->v = regs[b];
    return 0;
}

H(delderef) {
    (void)c;
    TrCell *cell = TR_AS(TrCell, regs[a]);
    if (TR_IS_UNDEF(cell->v)) return unbound_free(NAME(b));
    cell->v = tr_undef();
    return 0;
}
