/* tr_opfx.c — decode the register-effect terms of the opcode table.
 *
 * Terms are parsed once into a small per-opcode array (first use), then
 * instantiated with the operands of each instruction.  See the grammar in
 * tr_opcodes.h: mode letter, base operand, offset, count. */
#include "tr_opfx.h"

#include <stdbool.h>
#include <stdlib.h>

typedef struct FxTerm {
    char mode;      /* r w m */
    char base;      /* A B C */
    int off;        /* added to the base operand */
    int cnum;       /* count = cnum * operand(cbase) + cadd, or cadd alone */
    char cbase;     /* 0, A B C or U */
    int cadd;
} FxTerm;

static const char *const fx_src[TR_OPC_COUNT] = {
#define TR_FX_STR(name, fmt, fx, helper, doc) fx,
    TR_OPCODES(TR_FX_STR)
#undef TR_FX_STR
};

static FxTerm fx_terms[TR_OPC_COUNT][TR_FX_MAX];
static int fx_nterms[TR_OPC_COUNT];
static bool fx_ready;

static int parse_int(const char **p) {
    int v = 0;
    while (**p >= '0' && **p <= '9') v = v * 10 + (*(*p)++ - '0');
    return v;
}

/* One term, e.g. "rA#B+2", "wA#2", "rA-2", "rB#2C". */
static const char *parse_term(const char *p, FxTerm *t) {
    t->mode = *p++;
    t->base = *p++;
    t->off = 0;
    t->cnum = 0;
    t->cbase = 0;
    t->cadd = 1;
    if (*p == '+' || *p == '-') {
        int sign = *p++ == '-' ? -1 : 1;
        t->off = sign * parse_int(&p);
    }
    if (*p == '#') {
        p++;
        int n = (*p >= '0' && *p <= '9') ? parse_int(&p) : -1;
        if (*p == 'A' || *p == 'B' || *p == 'C' || *p == 'U') {
            t->cbase = *p++;
            t->cnum = n < 0 ? 1 : n;
            t->cadd = 0;
            if (*p == '+') {
                p++;
                t->cadd = parse_int(&p);
            }
        } else {
            t->cadd = n;
        }
    }
    return p;
}

static void fx_init(void) {
    for (int op = 0; op < TR_OPC_COUNT; op++) {
        const char *p = fx_src[op];
        int n = 0;
        while (*p && n < TR_FX_MAX) {
            while (*p == ' ') p++;
            if (!*p) break;
            p = parse_term(p, &fx_terms[op][n++]);
        }
        fx_nterms[op] = n;
    }
    fx_ready = true;
}

static uint32_t operand(TrInstr i, char which) {
    switch (which) {
    case 'A': return TR_A(i);
    case 'B': return TR_B(i);
    case 'C': return TR_C(i);
    case 'U': return (TR_C(i) & 0x3ffu) + 1 + (TR_C(i) >> 10); /* UNPACKEX targets */
    default: return 0;
    }
}

int tr_op_effects(TrInstr i, TrRegEffect out[TR_FX_MAX]) {
    if (!fx_ready) fx_init();
    unsigned op = TR_OP(i);
    if (op >= TR_OPC_COUNT) return 0;
    int n = 0;
    for (int k = 0; k < fx_nterms[op]; k++) {
        const FxTerm *t = &fx_terms[op][k];
        int64_t first = (int64_t)operand(i, t->base) + t->off;
        uint32_t count = t->cbase ? (uint32_t)t->cnum * operand(i, t->cbase) + (uint32_t)t->cadd
                                  : (uint32_t)t->cadd;
        if (first < 0 || count == 0) continue;
        out[n].first = (uint32_t)first;
        out[n].count = count;
        out[n].mode = t->mode == 'r' ? TR_FX_READ : t->mode == 'w' ? TR_FX_WRITE
                                                                   : TR_FX_READ | TR_FX_WRITE;
        n++;
    }
    return n;
}
