/* tr_value.h — the 16-byte tagged value every layer passes around.
 *
 * A TrValue is a tag word plus a payload.  Small ints (int64), floats, bools
 * and None are unboxed; every other Python value is a pointer to a heap object
 * whose header names its type.  Tag 0 (TR_TAG_UNDEF) is "no value": an unbound
 * local, an empty cell, and the error sentinel returned by value-producing
 * runtime functions when an exception is pending (see tr_vm.h).  Registers
 * are zero-initialised, so a fresh frame starts with every local unbound.
 *
 * The JIT guards on `tag` and keeps `i`/`f` payloads in machine registers, so
 * the layout (tag first, 8-byte payload second) is part of the ABI between
 * the runtime and compiled code: do not reorder. */
#ifndef TR_VALUE_H
#define TR_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum TrTag {
    TR_TAG_UNDEF = 0, /* no value / error sentinel */
    TR_TAG_NONE = 1,
    TR_TAG_BOOL = 2,
    TR_TAG_INT = 3,   /* int64 payload; big ints are TR_TAG_OBJ */
    TR_TAG_FLOAT = 4,
    TR_TAG_OBJ = 5,
} TrTag;

struct TrType;
/* Every heap object starts with this header: its type. */
typedef struct TrObject {
    struct TrType *type;
} TrObject;

typedef struct TrValue {
    uint64_t tag;
    union {
        int64_t i;
        double f;
        struct TrObject *o;
        uint64_t bits;
    } u;
} TrValue;

_Static_assert(sizeof(TrValue) == 16, "TrValue must stay 16 bytes (JIT ABI)");

static inline TrValue tr_undef(void) { TrValue v = {TR_TAG_UNDEF, {.bits = 0}}; return v; }
static inline TrValue tr_none(void) { TrValue v = {TR_TAG_NONE, {.bits = 0}}; return v; }
static inline TrValue tr_bool(bool b) { TrValue v = {TR_TAG_BOOL, {.i = b ? 1 : 0}}; return v; }
static inline TrValue tr_int(int64_t i) { TrValue v = {TR_TAG_INT, {.i = i}}; return v; }
static inline TrValue tr_float(double f) { TrValue v = {TR_TAG_FLOAT, {.f = f}}; return v; }
static inline TrValue tr_obj(void *o) { TrValue v = {TR_TAG_OBJ, {.o = (struct TrObject *)o}}; return v; }

#define TR_IS_UNDEF(v) ((v).tag == TR_TAG_UNDEF)
#define TR_IS_NONE(v) ((v).tag == TR_TAG_NONE)
#define TR_IS_BOOL(v) ((v).tag == TR_TAG_BOOL)
#define TR_IS_INT(v) ((v).tag == TR_TAG_INT)
#define TR_IS_FLOAT(v) ((v).tag == TR_TAG_FLOAT)
#define TR_IS_OBJ(v) ((v).tag == TR_TAG_OBJ)

/* The error sentinel: functions returning TrValue return this with an
 * exception pending in the thread state. */
#define TR_ERR tr_undef()

#endif
