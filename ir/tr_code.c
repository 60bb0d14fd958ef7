/* tr_code.c — code object queries and the disassembler (`tauraro --dis`).
 *
 * The disassembler is driven entirely by the opcode table: each operand is
 * printed according to its kind letter, so adding an opcode needs no change
 * here. */
#include "tr_code.h"

#include <string.h>

const TrOpInfo tr_opinfo[TR_OPC_COUNT] = {
#define TR_OPINFO(name, fmt, fx, helper, doc) {#name, fmt, fx, #helper, doc},
    TR_OPCODES(TR_OPINFO)
#undef TR_OPINFO
};

const TrExcEntry *tr_code_find_handler(const TrCode *c, int32_t pc) {
    for (int32_t i = 0; i < c->nexc; i++) {
        const TrExcEntry *e = &c->exctab[i];
        if (pc >= e->start && pc < e->end) return e;
    }
    return NULL;
}

/* Names are TrStr*, whose bytes start after a fixed header; the runtime
 * layout is not visible from ir/, so the caller's printer handles consts and
 * we print names through the same printer as str values. */
static void print_operand(FILE *out, const TrCode *c, char kind, uint32_t v, int32_t sv,
                          TrConstPrinter pr) {
    switch (kind) {
    case 'R': fprintf(out, " r%u", v); break;
    case 'J': fprintf(out, " ->%u", v); break;
    case 'I': fprintf(out, " %u", v); break;
    case 'S': fprintf(out, " %d", sv); break;
    case 'K':
        fprintf(out, " k%u(", v);
        if (v < (uint32_t)c->nconsts) pr(out, c->consts[v]);
        fputc(')', out);
        break;
    case 'N':
        fprintf(out, " n%u(", v);
        if (v < (uint32_t)c->nnames) pr(out, tr_obj(c->names[v]));
        fputc(')', out);
        break;
    default: break;
    }
}

void tr_code_disassemble(FILE *out, const TrCode *c, TrConstPrinter pr,
                         const TrCode *(*as_code)(TrValue v)) {
    fprintf(out, "code ");
    pr(out, tr_obj(c->qualname));
    fprintf(out, " (regs=%d args=%d kwonly=%d flags=0x%x free=%d@r%d)\n", c->nregs,
            c->argcount, c->kwonlyargcount, c->flags, c->nfree, c->freestart);
    int32_t last_line = -1;
    for (int32_t pc = 0; pc < c->ncode; pc++) {
        TrInstr in = c->code[pc];
        unsigned op = TR_OP(in);
        if (c->lines[pc] != last_line) {
            last_line = c->lines[pc];
            fprintf(out, "%5d ", last_line);
        } else {
            fprintf(out, "      ");
        }
        if (op >= TR_OPC_COUNT) {
            fprintf(out, "%5d  <bad opcode %u>\n", pc, op);
            continue;
        }
        const TrOpInfo *info = &tr_opinfo[op];
        fprintf(out, "%5d  %-12s", pc, info->name);
        uint32_t ops[3] = {TR_A(in), TR_B(in), TR_C(in)};
        for (int k = 0; k < 3; k++)
            if (info->operands[k] != '-')
                print_operand(out, c, info->operands[k], ops[k], TR_SB(in), pr);
        fputc('\n', out);
    }
    for (int32_t i = 0; i < c->nexc; i++)
        fprintf(out, "  except [%d, %d) -> %d exc in r%d\n", c->exctab[i].start,
                c->exctab[i].end, c->exctab[i].handler, c->exctab[i].reg);
    fputc('\n', out);
    for (int32_t i = 0; i < c->nconsts; i++) {
        const TrCode *sub = as_code(c->consts[i]);
        if (sub) tr_code_disassemble(out, sub, pr, as_code);
    }
}
