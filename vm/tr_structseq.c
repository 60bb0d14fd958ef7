/* tr_structseq.c — struct sequences: tuples whose items also have names,
 * as CPython's structseq (sys.version_info, sys.float_info).  The type is a
 * tuple subtype whose instances are plain tuples with their type word
 * changed, so indexing, comparison, hashing and unpacking are the tuple's;
 * only attribute access by field name and the repr are added here.  As in
 * CPython, trailing fields may be attributes only (time.struct_time's
 * tm_zone and tm_gmtoff). */
#include <string.h>

#include "tr_vm.h"

typedef struct TrStructSeqType {
    TrType type;
    const char *reprname;      /* "sys.version_info" */
    const char *const *fields;
    int nfields;
    int nvisible;              /* fields that are tuple items; the rest are attributes only */
} TrStructSeqType;

static TrStructSeqType *seq_type(TrValue self) { return (TrStructSeqType *)tr_typeof(self); }

static TrValue structseq_getattr(TrValue self, TrStr *name) {
    TrStructSeqType *st = seq_type(self);
    for (int i = 0; i < st->nfields; i++)
        if (!strcmp(st->fields[i], name->data)) return TR_AS(TrTuple, self)->items[i];
    return tr_generic_getattr(self, name);
}

static TrValue structseq_repr(TrValue self) {
    TrStructSeqType *st = seq_type(self);
    TrTuple *t = TR_AS(TrTuple, self);
    TrBuf b;
    tr_buf_init(&b, 64);
    tr_buf_puts(&b, st->reprname);
    tr_buf_putc(&b, '(');
    for (int i = 0; i < st->nvisible; i++) {
        TrStr *r = tr_repr(t->items[i]);
        if (!r) return TR_ERR;
        if (i) tr_buf_puts(&b, ", ");
        tr_buf_puts(&b, st->fields[i]);
        tr_buf_putc(&b, '=');
        tr_buf_put(&b, r->data, r->len);
    }
    tr_buf_putc(&b, ')');
    return tr_obj(tr_buf_finish(&b));
}

TrType *tr_structseq_type(const char *name, const char *reprname, const char *const *fields,
                          int nfields, int nvisible) {
    TrStructSeqType *st = tr_alloc(sizeof *st);
    st->type.ob.type = &tr_type_type;
    st->type.name = name;
    st->type.base = &tr_tuple_type;
    st->type.flags = TR_TF_TUPLE_SUBCLASS;
    st->type.repr = structseq_repr;
    st->type.getattr = structseq_getattr;
    st->reprname = reprname;
    st->fields = fields;
    st->nfields = nfields;
    st->nvisible = nvisible;
    tr_type_ready(&st->type, NULL);
    return &st->type;
}

/* The attribute-only fields sit in the same allocation, past the items
 * that len() and iteration see. */
TrValue tr_structseq_new(TrType *type, const TrValue *items) {
    TrStructSeqType *st = (TrStructSeqType *)type;
    TrTuple *t = tr_tuple_from(items, st->nfields);
    t->len = st->nvisible;
    t->ob.type = type;
    return tr_obj(t);
}
