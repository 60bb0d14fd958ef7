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
 * X(NAME, "abc", comment) where "abc" gives the kind of operands A, B, C
 * ('R' register, 'K' constant, 'N' name, 'J' jump target, 'I' immediate,
 * 'S' signed immediate, '-' unused).  The enum, the interpreter's dispatch
 * table, the disassembler and the JIT translator are all generated from it. */
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
    X(NOP, "---", "")                                                              \
    X(MOVE, "RR-", "R[A] := R[B]")                                                 \
    X(LOADK, "RK-", "R[A] := K[B]")                                                \
    X(LOADI, "RS-", "R[A] := sB (small int)")                                      \
    X(LOADNONE, "R--", "R[A] := None")                                             \
    X(LOADBOOL, "RI-", "R[A] := bool(B)")                                          \
    X(LOADGLOBAL, "RN-", "R[A] := globals/builtins[N[B]]")                         \
    X(STOREGLOBAL, "RN-", "globals[N[B]] := R[A]")                                 \
    X(DELGLOBAL, "-N-", "del globals[N[B]]")                                       \
    X(LOADBUILTIN, "RN-", "R[A] := builtins[N[B]]")                                \
    X(LOADNAME, "RN-", "R[A] := locals/globals/builtins[N[B]] (class bodies)")     \
    X(STORENAME, "RN-", "locals[N[B]] := R[A]")                                    \
    X(DELNAME, "-N-", "del locals[N[B]]")                                          \
    X(CHECKLOCAL, "RN-", "UnboundLocalError(N[B]) unless R[A] is bound")           \
    X(DELLOCAL, "RN-", "check R[A] bound, then unbind it")                         \
    X(MAKECELL, "R--", "R[A] := cell(R[A])")                                       \
    X(LOADDEREF, "RRN", "R[A] := R[B].cell_contents (N[C] names it)")              \
    X(STOREDEREF, "RR-", "R[A].cell_contents := R[B]")                             \
    X(DELDEREF, "RN-", "del R[A].cell_contents (N[B] names it)")                   \
    X(ADD, "RRR", "R[A] := R[B] + R[C]")                                           \
    X(SUB, "RRR", "R[A] := R[B] - R[C]")                                           \
    X(MUL, "RRR", "R[A] := R[B] * R[C]")                                           \
    X(TRUEDIV, "RRR", "R[A] := R[B] / R[C]")                                       \
    X(FLOORDIV, "RRR", "R[A] := R[B] // R[C]")                                     \
    X(MOD, "RRR", "R[A] := R[B] % R[C]")                                           \
    X(POW, "RRR", "R[A] := R[B] ** R[C]")                                          \
    X(LSHIFT, "RRR", "R[A] := R[B] << R[C]")                                       \
    X(RSHIFT, "RRR", "R[A] := R[B] >> R[C]")                                       \
    X(AND, "RRR", "R[A] := R[B] & R[C]")                                           \
    X(OR, "RRR", "R[A] := R[B] | R[C]")                                            \
    X(XOR, "RRR", "R[A] := R[B] ^ R[C]")                                           \
    X(MATMUL, "RRR", "R[A] := R[B] @ R[C]")                                        \
    X(INPLACE, "RRI", "R[A] := R[A] op= R[B] (C = TrBinOp)")                       \
    X(NEG, "RR-", "R[A] := -R[B]")                                                 \
    X(POS, "RR-", "R[A] := +R[B]")                                                 \
    X(INVERT, "RR-", "R[A] := ~R[B]")                                              \
    X(NOT, "RR-", "R[A] := not R[B]")                                              \
    X(LT, "RRR", "R[A] := R[B] < R[C]")                                            \
    X(LE, "RRR", "R[A] := R[B] <= R[C]")                                           \
    X(EQ, "RRR", "R[A] := R[B] == R[C]")                                           \
    X(NE, "RRR", "R[A] := R[B] != R[C]")                                           \
    X(GT, "RRR", "R[A] := R[B] > R[C]")                                            \
    X(GE, "RRR", "R[A] := R[B] >= R[C]")                                           \
    X(IS, "RRR", "R[A] := R[B] is R[C]")                                           \
    X(ISNOT, "RRR", "R[A] := R[B] is not R[C]")                                    \
    X(IN, "RRR", "R[A] := R[B] in R[C]")                                           \
    X(NOTIN, "RRR", "R[A] := R[B] not in R[C]")                                    \
    X(JMP, "-J-", "pc := B")                                                       \
    X(JMPIF, "RJ-", "if R[A] then pc := B")                                        \
    X(JMPIFNOT, "RJ-", "if not R[A] then pc := B")                                 \
    X(LOOP, "-JI", "loop back-edge to header B (C = loop id)")                     \
    X(GETITER, "RR-", "R[A] := iter(R[B])")                                        \
    X(FORITER, "RRJ", "R[B] := next(R[A]), or pc := C when exhausted")             \
    X(BUILDLIST, "RRI", "R[A] := [R[B], ..., R[B+C-1]]")                           \
    X(BUILDTUPLE, "RRI", "R[A] := (R[B], ..., R[B+C-1])")                          \
    X(BUILDSET, "RRI", "R[A] := {R[B], ..., R[B+C-1]}")                            \
    X(BUILDDICT, "RRI", "R[A] := {R[B]: R[B+1], ... C pairs}")                     \
    X(BUILDSLICE, "RRI", "R[A] := slice(R[B], R[B+1], C==3 ? R[B+2] : None)")      \
    X(BUILDSTRING, "RRI", "R[A] := ''.join(R[B..B+C))")                            \
    X(LISTAPPEND, "RR-", "R[A].append(R[B])")                                      \
    X(LISTEXTEND, "RR-", "R[A].extend(R[B])")                                      \
    X(SETADD, "RR-", "R[A].add(R[B])")                                             \
    X(SETUPDATE, "RR-", "R[A].update(R[B])")                                       \
    X(DICTSET, "RRR", "R[A][R[B]] := R[C] (displays, comprehensions)")            \
    X(DICTUPDATE, "RR-", "R[A].update(R[B]) for ** in displays")                   \
    X(DICTMERGE, "RR-", "R[A].update(R[B]) for ** in calls (duplicate check)")    \
    X(LISTTOTUPLE, "RR-", "R[A] := tuple(R[B])")                                   \
    X(GETITEM, "RRR", "R[A] := R[B][R[C]]")                                        \
    X(SETITEM, "RRR", "R[A][R[B]] := R[C]")                                        \
    X(DELITEM, "RR-", "del R[A][R[B]]")                                            \
    X(GETATTR, "RRN", "R[A] := R[B].N[C]")                                         \
    X(SETATTR, "RNR", "R[A].N[B] := R[C]")                                         \
    X(DELATTR, "RN-", "del R[A].N[B]")                                             \
    X(LOADMETHOD, "RRN", "R[A], R[A+1] := method N[C] of R[B] (R[A+1] self/unset)") \
    X(CALLMETHOD, "RI-", "R[A] := R[A](R[A+1] if set, R[A+2..A+2+B))")            \
    X(CALL, "RI-", "R[A] := R[A](R[A+1..A+1+B))")                                  \
    X(CALLKW, "RIK", "R[A] := R[A](R[A+1..A+1+B)), last len(K[C]) by keyword")     \
    X(CALLEX, "RI-", "R[A] := R[A](*R[A+1], **R[A+2] if B==2)")                    \
    X(RETURN, "R--", "return R[A]")                                                \
    X(MAKEFUNC, "RKR", "R[A] := function(K[B], defaults R[C], kwdefaults R[C+1], closure R[C+2])") \
    X(UNPACK, "RRI", "R[A..A+C) := R[B] (exactly C items)")                        \
    X(UNPACKEX, "RRI", "R[A..] := R[B] with a starred target (C = before | after<<10)") \
    X(RAISE, "RRI", "raise R[A] (C&1) from R[B] (C&2); C==0: re-raise handled")    \
    X(RERAISE, "R--", "re-raise exception R[A] keeping its traceback")             \
    X(EXCMATCH, "RRR", "R[A] := exception R[B] matches R[C]")                      \
    X(PUSHEXC, "RR-", "R[A] := handled exception; handled := R[B]")               \
    X(POPEXC, "R--", "handled exception := R[A]")                                  \
    X(WITHENTER, "RR-", "R[A] := bound __exit__ of manager R[B]; R[A+1] := __enter__()") \
    X(WITHEXIT, "RRI", "C=0: R[A](None, None, None); C=1: R[A] := bool(R[A](type(R[B]), R[B], tb))") \
    X(FORMAT, "RRI", "R[A] := format(R[B] with conversion C&3, spec R[B+1] if C&4)") \
    X(IMPORT, "RNI", "R[A] := import N[B] (C&1: top-level package, C>>1: relative level)") \
    X(IMPORTFROM, "RRN", "R[A] := from-import N[C] of module R[B]")                \
    X(IMPORTSTAR, "R--", "from R[A] import *")                                     \
    X(YIELD, "RR-", "suspend yielding R[B]; on resume R[A] := sent value")         \
    X(GETYIELDFROMITER, "RR-", "R[A] := iter(R[B]) for yield from")              \
    X(YIELDFROM, "RR-", "delegate to iterator R[B], sending R[A]; R[A] := its return value")

typedef enum TrOpcode {
#define TR_OPCODE_ENUM(name, fmt, doc) TR_OPC_##name,
    TR_OPCODES(TR_OPCODE_ENUM)
#undef TR_OPCODE_ENUM
    TR_OPC_COUNT
} TrOpcode;

/* Per-opcode metadata read by the disassembler and the translator. */
typedef struct TrOpInfo {
    const char *name;
    const char *operands; /* 3 kind characters */
    const char *doc;
} TrOpInfo;
extern const TrOpInfo tr_opinfo[TR_OPC_COUNT];

#endif
