/* tr_opcodes.h — the bytecode: instruction encoding and the opcode table.
 *
 * Tauraro's bytecode is a register machine.  Every instruction is one 64-bit
 * word; operands are register numbers (R), constant indices (K), name
 * indices (N), jump targets (J, absolute instruction index) or small
 * immediates (I), decoded only through the TR_A/TR_B/TR_C macros:
 *
 *    63          44 43          24 23           8 7      0
 *   +--------------+--------------+--------------+--------+
 *   |   C (20 bit) |   B (20 bit) |   A (16 bit) |   op   |
 *   +--------------+--------------+--------------+--------+
 *
 * TR_OPCODES is the single place naming each opcode.  Each entry is
 * X(NAME, "abc", "effects", helper, comment):
 *   "abc"     the kind of operands A, B, C ('R' register, 'K' constant,
 *             'N' name, 'J' jump target, 'I' immediate, 'S' signed
 *             immediate, '-' unused);
 *   "effects" the registers the instruction reads and writes, as
 *             space-separated terms: r (read), w (write) or m (both), then
 *             the base operand A/B/C, an optional offset (+n / -n) and an
 *             optional count '#' n, '#' X, '#' nX or '#' X+n (X an operand;
 *             U = the before+1+after count of UNPACKEX).  Counts may
 *             over-approximate (BUILDSLICE reads B#3 even when C == 2);
 *             generic calls are also treated by the JIT as observing every
 *             local (locals() reads the frame).  Parsed by tr_opfx.c;
 *   helper    the runtime helper implementing the instruction's generic
 *             case (tr_h_<helper> in helpers/), or `none` when the
 *             instruction is pure control flow or a register move;
 *   comment   its semantics.
 * The enum, the interpreter's dispatch table, the disassembler, the helper
 * table and the JIT translator are all generated from it. */
#ifndef TR_OPCODES_H
#define TR_OPCODES_H

#include <stdint.h>

typedef uint64_t TrInstr;

#define TR_MAX_A 0xffffu
#define TR_MAX_BC 0xfffffu
#define TR_SBIAS 0x80000

#define TR_OP(i) ((unsigned)((i)&0xffu))
#define TR_A(i) ((unsigned)(((i) >> 8) & 0xffffu))
#define TR_B(i) ((unsigned)(((i) >> 24) & 0xfffffu))
#define TR_C(i) ((unsigned)(((i) >> 44) & 0xfffffu))
#define TR_SB(i) ((int32_t)TR_B(i) - TR_SBIAS)
#define TR_MKINSTR(op, a, b, c) \
    ((TrInstr)(op) | ((TrInstr)(a) << 8) | ((TrInstr)(b) << 24) | ((TrInstr)(c) << 44))

/* Binary operator opcodes are laid out in the order of TR_BINOPS so
 * `op - TR_OPC_ADD` is the TrBinOp (static_assert'ed in the interpreter). */
#define TR_OPCODES(X)                                                              \
    X(NOP, "---", "", none, "")                                                                      \
    X(MOVE, "RR-", "wA rB", none, "R[A] := R[B]")                                                    \
    X(LOADK, "RK-", "wA", none, "R[A] := K[B]")                                                      \
    X(LOADI, "RS-", "wA", none, "R[A] := sB (small int)")                                            \
    X(LOADNONE, "R--", "wA", none, "R[A] := None")                                                   \
    X(LOADBOOL, "RI-", "wA", none, "R[A] := bool(B)")                                                \
    X(LOADGLOBAL, "RN-", "wA", loadglobal, "R[A] := globals/builtins[N[B]]")                         \
    X(STOREGLOBAL, "RN-", "rA", storeglobal, "globals[N[B]] := R[A]")                                \
    X(DELGLOBAL, "-N-", "", delglobal, "del globals[N[B]]")                                          \
    X(LOADBUILTIN, "RN-", "wA", loadbuiltin, "R[A] := builtins[N[B]]")                               \
    X(LOADNAME, "RN-", "wA", loadname, "R[A] := locals/globals/builtins[N[B]] (class bodies)")       \
    X(STORENAME, "RN-", "rA", storename, "locals[N[B]] := R[A]")                                     \
    X(DELNAME, "-N-", "", delname, "del locals[N[B]]")                                               \
    X(CHECKLOCAL, "RN-", "rA", checklocal, "UnboundLocalError(N[B]) unless R[A] is bound")           \
    X(DELLOCAL, "RN-", "mA", dellocal, "check R[A] bound, then unbind it")                           \
    X(MAKECELL, "R--", "mA", makecell, "R[A] := cell(R[A])")                                         \
    X(LOADDEREF, "RRN", "wA rB", loadderef, "R[A] := R[B].cell_contents (N[C] names it)")            \
    X(STOREDEREF, "RR-", "rA rB", storederef, "R[A].cell_contents := R[B]")                          \
    X(DELDEREF, "RN-", "rA", delderef, "del R[A].cell_contents (N[B] names it)")                     \
    X(ADD, "RRR", "wA rB rC", add, "R[A] := R[B] + R[C]")                                            \
    X(SUB, "RRR", "wA rB rC", sub, "R[A] := R[B] - R[C]")                                            \
    X(MUL, "RRR", "wA rB rC", mul, "R[A] := R[B] * R[C]")                                            \
    X(TRUEDIV, "RRR", "wA rB rC", truediv, "R[A] := R[B] / R[C]")                                    \
    X(FLOORDIV, "RRR", "wA rB rC", floordiv, "R[A] := R[B] // R[C]")                                 \
    X(MOD, "RRR", "wA rB rC", mod, "R[A] := R[B] % R[C]")                                            \
    X(POW, "RRR", "wA rB rC", pow, "R[A] := R[B] ** R[C]")                                           \
    X(LSHIFT, "RRR", "wA rB rC", lshift, "R[A] := R[B] << R[C]")                                     \
    X(RSHIFT, "RRR", "wA rB rC", rshift, "R[A] := R[B] >> R[C]")                                     \
    X(AND, "RRR", "wA rB rC", and, "R[A] := R[B] & R[C]")                                            \
    X(OR, "RRR", "wA rB rC", or, "R[A] := R[B] | R[C]")                                              \
    X(XOR, "RRR", "wA rB rC", xor, "R[A] := R[B] ^ R[C]")                                            \
    X(MATMUL, "RRR", "wA rB rC", matmul, "R[A] := R[B] @ R[C]")                                      \
    X(INPLACE, "RRI", "mA rB", inplace, "R[A] := R[A] op= R[B] (C = TrBinOp)")                       \
    X(NEG, "RR-", "wA rB", neg, "R[A] := -R[B]")                                                     \
    X(POS, "RR-", "wA rB", pos, "R[A] := +R[B]")                                                     \
    X(INVERT, "RR-", "wA rB", invert, "R[A] := ~R[B]")                                               \
    X(NOT, "RR-", "wA rB", not, "R[A] := not R[B]")                                                  \
    X(LT, "RRR", "wA rB rC", lt, "R[A] := R[B] < R[C]")                                              \
    X(LE, "RRR", "wA rB rC", le, "R[A] := R[B] <= R[C]")                                             \
    X(EQ, "RRR", "wA rB rC", eq, "R[A] := R[B] == R[C]")                                             \
    X(NE, "RRR", "wA rB rC", ne, "R[A] := R[B] != R[C]")                                             \
    X(GT, "RRR", "wA rB rC", gt, "R[A] := R[B] > R[C]")                                              \
    X(GE, "RRR", "wA rB rC", ge, "R[A] := R[B] >= R[C]")                                             \
    X(IS, "RRR", "wA rB rC", none, "R[A] := R[B] is R[C]")                                           \
    X(ISNOT, "RRR", "wA rB rC", none, "R[A] := R[B] is not R[C]")                                    \
    X(IN, "RRR", "wA rB rC", in, "R[A] := R[B] in R[C]")                                             \
    X(NOTIN, "RRR", "wA rB rC", notin, "R[A] := R[B] not in R[C]")                                   \
    X(JMP, "-J-", "", none, "pc := B")                                                               \
    X(JMPIF, "RJ-", "rA", truth, "if R[A] then pc := B")                                             \
    X(JMPIFNOT, "RJ-", "rA", truth, "if not R[A] then pc := B")                                      \
    X(LOOP, "-JI", "", none, "loop back-edge to header B (C = loop id)")                             \
    X(GETITER, "RR-", "wA rB", getiter, "R[A] := iter(R[B])")                                        \
    X(FORITER, "RRJ", "rA wB", foriter, "R[B] := next(R[A]), or pc := C when exhausted")             \
    X(RANGEPREP, "RRI", "wA#3 rB#C+1", rangeprep, "R[A..A+2] := next, count, step of R[B](R[B+1..B+C]) if that is range() of ints, else R[A] := its iterator, R[A+1..A+2] := None") \
    X(FORRANGE, "RRJ", "mA#2 rA+2 wB", forrange, "R[B] := R[A], R[A] += R[A+2], R[A+1] -= 1 (ints), else next(R[A]); pc := C when done") \
    X(BUILDLIST, "RRI", "wA rB#C", buildlist, "R[A] := [R[B], ..., R[B+C-1]]")                       \
    X(BUILDTUPLE, "RRI", "wA rB#C", buildtuple, "R[A] := (R[B], ..., R[B+C-1])")                     \
    X(BUILDSET, "RRI", "wA rB#C", buildset, "R[A] := {R[B], ..., R[B+C-1]}")                         \
    X(BUILDDICT, "RRI", "wA rB#2C", builddict, "R[A] := {R[B]: R[B+1], ... C pairs}")                \
    X(BUILDSLICE, "RRI", "wA rB#3", buildslice, "R[A] := slice(R[B], R[B+1], C==3 ? R[B+2] : None)") \
    X(BUILDSTRING, "RRI", "wA rB#C", buildstring, "R[A] := ''.join(R[B..B+C))")                      \
    X(LISTAPPEND, "RR-", "rA rB", listappend, "R[A].append(R[B])")                                   \
    X(LISTEXTEND, "RR-", "rA rB", listextend, "R[A].extend(R[B])")                                   \
    X(SETADD, "RR-", "rA rB", setadd, "R[A].add(R[B])")                                              \
    X(SETUPDATE, "RR-", "rA rB", setupdate, "R[A].update(R[B])")                                     \
    X(DICTSET, "RRR", "rA rB rC", dictset, "R[A][R[B]] := R[C] (displays, comprehensions)")          \
    X(DICTUPDATE, "RR-", "rA rB", dictupdate, "R[A].update(R[B]) for ** in displays")                \
    X(DICTMERGE, "RR-", "rA rB rA-2", dictmerge, "R[A].update(R[B]) for ** in calls (duplicate check)") \
    X(LISTTOTUPLE, "RR-", "wA rB", listtotuple, "R[A] := tuple(R[B])")                               \
    X(GETITEM, "RRR", "wA rB rC", getitem, "R[A] := R[B][R[C]]")                                     \
    X(SETITEM, "RRR", "rA rB rC", setitem, "R[A][R[B]] := R[C]")                                     \
    X(DELITEM, "RR-", "rA rB", delitem, "del R[A][R[B]]")                                            \
    X(GETATTR, "RRN", "wA rB", getattr, "R[A] := R[B].N[C]")                                         \
    X(SETATTR, "RNR", "rA rC", setattr, "R[A].N[B] := R[C]")                                         \
    X(DELATTR, "RN-", "rA", delattr, "del R[A].N[B]")                                                \
    X(LOADMETHOD, "RRN", "wA#2 rB", loadmethod, "R[A], R[A+1] := method N[C] of R[B] (R[A+1] self/unset)") \
    X(CALLMETHOD, "RI-", "mA rA#B+2", callmethod, "R[A] := R[A](R[A+1] if set, R[A+2..A+2+B))")      \
    X(CALL, "RI-", "mA rA#B+1", call, "R[A] := R[A](R[A+1..A+1+B))")                                 \
    X(CALLKW, "RIK", "mA rA#B+1", callkw, "R[A] := R[A](R[A+1..A+1+B)), last len(K[C]) by keyword")  \
    X(CALLEX, "RI-", "mA rA#3", callex, "R[A] := R[A](*R[A+1], **R[A+2] if B==2)")                   \
    X(RETURN, "R--", "rA", none, "return R[A]")                                                      \
    X(MAKEFUNC, "RKR", "wA rC#3", makefunc, "R[A] := function(K[B], defaults R[C], kwdefaults R[C+1], closure R[C+2])") \
    X(UNPACK, "RRI", "wA#C rB", unpack, "R[A..A+C) := R[B] (exactly C items)")                       \
    X(UNPACKEX, "RRI", "wA#U rB", unpackex, "R[A..] := R[B] with a starred target (C = before | after<<10)") \
    X(RAISE, "RRI", "rA rB", raise, "raise R[A] (C&1) from R[B] (C&2); C==0: re-raise handled")      \
    X(RERAISE, "R--", "rA", reraise, "re-raise exception R[A] keeping its traceback")                \
    X(EXCMATCH, "RRR", "wA rB rC", excmatch, "R[A] := exception R[B] matches R[C]")                  \
    X(PUSHEXC, "RR-", "wA rB", pushexc, "R[A] := handled exception; handled := R[B]")                \
    X(POPEXC, "R--", "rA", popexc, "handled exception := R[A]")                                      \
    X(WITHENTER, "RR-", "wA#2 rB", withenter, "R[A] := bound __exit__ of manager R[B]; R[A+1] := __enter__()") \
    X(WITHEXIT, "RRI", "mA rB", withexit, "C=0: R[A](None, None, None); C=1: R[A] := bool(R[A](type(R[B]), R[B], tb))") \
    X(FORMAT, "RRI", "wA rB#2", format, "R[A] := format(R[B] with conversion C&3, spec R[B+1] if C&4)") \
    X(IMPORT, "RNI", "wA", import, "R[A] := import N[B] (C&1: top-level package, C>>1: relative level)") \
    X(IMPORTFROM, "RRN", "wA rB", importfrom, "R[A] := from-import N[C] of module R[B]")             \
    X(IMPORTSTAR, "R--", "rA", importstar, "from R[A] import *")                                     \
    X(YIELD, "RR-", "wA rB", none, "suspend yielding R[B]; on resume R[A] := sent value")            \
    X(GETYIELDFROMITER, "RR-", "wA rB", getyieldfromiter, "R[A] := iter(R[B]) for yield from")       \
    X(YIELDFROM, "RR-", "mA rB", none, "delegate to iterator R[B], sending R[A]; R[A] := its return value")

typedef enum TrOpcode {
#define TR_OPCODE_ENUM(name, fmt, fx, helper, doc) TR_OPC_##name,
    TR_OPCODES(TR_OPCODE_ENUM)
#undef TR_OPCODE_ENUM
    TR_OPC_COUNT
} TrOpcode;

/* Per-opcode metadata read by the disassembler and the translator. */
typedef struct TrOpInfo {
    const char *name;
    const char *operands; /* 3 kind characters */
    const char *effects;  /* register effects (see above) */
    const char *helper;   /* helper name, "none" if none */
    const char *doc;
} TrOpInfo;
extern const TrOpInfo tr_opinfo[TR_OPC_COUNT];

#endif
