/* tr_slots.c — __slots__: reading a class's slot names and the member
 * descriptors that store their values inside the instance.
 *
 * tr_type_new (tr_class.c) decides the instance layout; it asks this file
 * to turn the namespace's __slots__ into member descriptors at byte offsets
 * past its base's layout, one TrValue each (tag UNDEF: never assigned).  A
 * class whose __slots__ omit "__dict__" gets no __dict__ of its own, so
 * unknown attribute names fail the way CPython's do without any special
 * case in the generic attribute code: a member descriptor is a data
 * descriptor, found on the type before any instance dict is consulted. */
#include <string.h>

#include "tr_vm.h"

typedef struct TrMember {
    TrObject ob;
    TrStr *name;
    TrType *owner;
    int32_t offset; /* byte offset of the TrValue in an instance */
} TrMember;

TrType tr_member_type;

int64_t tr_member_offset(TrValue descr) { return TR_AS(TrMember, descr)->offset; }

static TrValue *member_cell(TrMember *m, TrValue obj) {
    return (TrValue *)((char *)obj.u.o + m->offset);
}

/* The instance must be of the class that declared the slot (its layout). */
static int member_check(TrMember *m, TrValue obj) {
    if (TR_IS_OBJ(obj) && tr_isinstance(obj, m->owner)) return 0;
    tr_raise(tr_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
             m->owner->name, tr_type_name(obj));
    return -1;
}

static TrValue member_get(TrValue descr, TrValue obj, TrValue type) {
    (void)type;
    TrMember *m = TR_AS(TrMember, descr);
    if (TR_IS_UNDEF(obj) || TR_IS_NONE(obj)) return descr; /* looked up on the class */
    if (member_check(m, obj) < 0) return TR_ERR;
    TrValue v = *member_cell(m, obj);
    if (TR_IS_UNDEF(v))
        return tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", tr_type_name(obj), m->name);
    return v;
}

/* v UNDEF: delete, which fails when the slot holds nothing. */
static int member_set(TrValue descr, TrValue obj, TrValue v) {
    TrMember *m = TR_AS(TrMember, descr);
    if (member_check(m, obj) < 0) return -1;
    TrValue *cell = member_cell(m, obj);
    if (TR_IS_UNDEF(v) && TR_IS_UNDEF(*cell)) {
        tr_raise(tr_AttributeError, "'%s' object has no attribute '%U'", tr_type_name(obj), m->name);
        return -1;
    }
    *cell = v;
    return 0;
}

static TrValue member_repr(TrValue self) {
    TrMember *m = TR_AS(TrMember, self);
    return tr_obj(tr_str_format("<member '%U' of '%s' objects>", m->name, m->owner->name));
}

static TrValue member_getattr(TrValue self, TrStr *name) {
    TrMember *m = TR_AS(TrMember, self);
    if (!strcmp(name->data, "__name__") || !strcmp(name->data, "__qualname__")) return tr_obj(m->name);
    if (!strcmp(name->data, "__objclass__")) return tr_obj(m->owner);
    return tr_generic_getattr(self, name);
}

TrType tr_member_type = {
    .ob = {&tr_type_type},
    .name = "member_descriptor",
    .repr = member_repr,
    .getattr = member_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* Private names in __slots__ are mangled like any other: __x in class
 * _Point is stored as _Point__x. */
static TrStr *mangle(TrType *t, TrStr *name) {
    const char *n = name->data, *cls = t->name;
    size_t len = (size_t)name->len;
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')) return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    return tr_str_format("_%s%U", cls, name);
}

static int add_member(TrType *t, TrDict *ns, TrStr *name, int32_t offset) {
    if (!TR_IS_UNDEF(tr_dict_get_str(ns, name))) {
        tr_raise(tr_ValueError, "'%U' in __slots__ conflicts with class variable", name);
        return -1;
    }
    TrMember *m = tr_new_object(&tr_member_type, sizeof(TrMember));
    m->name = tr_str_intern_str(name);
    m->owner = t;
    m->offset = offset;
    tr_dict_set_str(t->dict, m->name, tr_obj(m));
    return 0;
}

int tr_slots_layout(TrType *t, TrDict *ns, int32_t offset, bool *want_dict) {
    TrValue slots = tr_dict_get_cstr(ns, "__slots__");
    *want_dict = TR_IS_UNDEF(slots);
    if (*want_dict) return 0;
    TrList *items = tr_is_type(slots, &tr_str_type) ? NULL : tr_list_of(slots);
    if (!items && !tr_is_type(slots, &tr_str_type)) return -1;
    int64_t n = items ? items->len : 1;
    int nslots = 0;
    for (int64_t i = 0; i < n; i++) {
        TrValue name = items ? items->items[i] : slots;
        if (!tr_is_type(name, &tr_str_type)) {
            tr_raise(tr_TypeError, "__slots__ items must be strings, not '%s'", tr_type_name(name));
            return -1;
        }
        const char *s = TR_AS(TrStr, name)->data;
        if (!strcmp(s, "__dict__")) {
            *want_dict = true;
            continue;
        }
        if (!strcmp(s, "__weakref__")) continue; /* no weak references: nothing to store */
        TrStr *key = mangle(t, TR_AS(TrStr, name));
        if (add_member(t, ns, key, offset + nslots * (int32_t)sizeof(TrValue)) < 0) return -1;
        nslots++;
    }
    return nslots;
}

void tr_init_slots(void) { tr_type_ready(&tr_member_type, NULL); }
