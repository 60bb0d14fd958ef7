/* tr_opfx.h — which registers an instruction reads and writes.
 *
 * Decoded from the "effects" column of TR_OPCODES (tr_opcodes.h), so the
 * table stays the one description of every opcode.  The JIT uses this to
 * know which shadowed registers a helper call must see in the register
 * window and which it may have changed; analyses (liveness, type
 * inference) use it for every instruction they do not model specially. */
#ifndef TR_OPFX_H
#define TR_OPFX_H

#include <stdint.h>

#include "tr_opcodes.h"

#define TR_FX_READ 1u
#define TR_FX_WRITE 2u

typedef struct TrRegEffect {
    uint32_t first;  /* first register */
    uint32_t count;  /* number of consecutive registers */
    uint32_t mode;   /* TR_FX_READ | TR_FX_WRITE */
} TrRegEffect;

#define TR_FX_MAX 4

/* The register ranges touched by instruction `i`; returns how many
 * (at most TR_FX_MAX) were written to out. */
int tr_op_effects(TrInstr i, TrRegEffect out[TR_FX_MAX]);

#endif
