/* tr_helpers.h — every operation with Python semantics that compiled code
 * may call; the interpreter's slow paths call the same functions, so each
 * operation has one implementation (DESIGN.md, helper contract).
 *
 * The contract: a helper receives the frame, its register window and the
 * instruction's operands, performs one operation, writes its result into
 * the window, and returns a status:
 *     0   done, go on;
 *    >0   an operation-specific second outcome (FORITER: the iterator is
 *         exhausted; truth: the value is true);
 *    <0   an exception is pending in tr_ts (-2: its traceback already holds
 *         this frame's line — a re-raise — so the unwinder must not add it).
 * Helpers that can raise or re-enter Python read the current instruction
 * from f->pc (the caller saves it first, STYLE habit 4): tracebacks and the
 * inline caches depend on it.
 *
 * TR_HELPERS is the one table of helpers: the opcode table (ir/) names the
 * generic helper of each opcode; the typed helpers below it are what the
 * translator calls when the types are known.  tr_helper_table.c turns this
 * table into the symbol/address list the JIT registers and AOT objects link
 * against. */
#ifndef TR_HELPERS_H
#define TR_HELPERS_H

#include "tr_interp.h"

typedef int (*TrHelperFn)(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c);

/* X(name, doc): tr_h_<name>, with the TrHelperFn signature. */
#define TR_HELPERS(X)                                                          \
    /* names, globals, cells (tr_h_names.c) */                                \
    X(loadglobal, "R[A] := globals/builtins[N[B]] (inline cache)")            \
    X(storeglobal, "globals[N[B]] := R[A]")                                   \
    X(delglobal, "del globals[N[B]]")                                         \
    X(loadbuiltin, "R[A] := builtins[N[B]]")                                  \
    X(loadname, "R[A] := locals/globals/builtins[N[B]]")                      \
    X(storename, "locals[N[B]] := R[A]")                                      \
    X(delname, "del locals[N[B]]")                                            \
    X(checklocal, "UnboundLocalError for N[B] unless R[A] is bound")          \
    X(dellocal, "unbind R[A] (UnboundLocalError if unbound)")                 \
    X(makecell, "R[A] := cell(R[A])")                                         \
    X(loadderef, "R[A] := R[B].cell_contents")                                \
    X(storederef, "R[A].cell_contents := R[B]")                               \
    X(delderef, "del R[A].cell_contents")                                     \
    /* operators (tr_h_ops.c) */                                              \
    X(add, "R[A] := R[B] + R[C]")                                             \
    X(sub, "R[A] := R[B] - R[C]")                                             \
    X(mul, "R[A] := R[B] * R[C]")                                             \
    X(truediv, "R[A] := R[B] / R[C]")                                         \
    X(floordiv, "R[A] := R[B] // R[C]")                                       \
    X(mod, "R[A] := R[B] % R[C]")                                             \
    X(pow, "R[A] := R[B] ** R[C]")                                            \
    X(lshift, "R[A] := R[B] << R[C]")                                         \
    X(rshift, "R[A] := R[B] >> R[C]")                                         \
    X(and, "R[A] := R[B] & R[C]")                                             \
    X(or, "R[A] := R[B] | R[C]")                                              \
    X(xor, "R[A] := R[B] ^ R[C]")                                             \
    X(matmul, "R[A] := R[B] @ R[C]")                                          \
    X(inplace, "R[A] := R[A] op= R[B], C = TrBinOp")                          \
    X(neg, "R[A] := -R[B]")                                                   \
    X(pos, "R[A] := +R[B]")                                                   \
    X(invert, "R[A] := ~R[B]")                                                \
    X(not, "R[A] := not R[B]")                                                \
    X(lt, "R[A] := R[B] < R[C]")                                              \
    X(le, "R[A] := R[B] <= R[C]")                                             \
    X(eq, "R[A] := R[B] == R[C]")                                             \
    X(ne, "R[A] := R[B] != R[C]")                                             \
    X(gt, "R[A] := R[B] > R[C]")                                              \
    X(ge, "R[A] := R[B] >= R[C]")                                             \
    X(in, "R[A] := R[B] in R[C]")                                             \
    X(notin, "R[A] := R[B] not in R[C]")                                      \
    X(truth, "status 1 if R[A] is true, 0 if false")                          \
    /* iteration and containers (tr_h_containers.c) */                        \
    X(getiter, "R[A] := iter(R[B])")                                          \
    X(foriter, "R[B] := next(R[A]); status 1 when exhausted")                 \
    X(rangeprep, "R[A..A+2] := the state of `for` over R[B](R[B+1..B+C])")   \
    X(forrange, "step the state RANGEPREP made; status 1 when done")           \
    X(buildlist, "R[A] := [R[B..B+C)]")                                       \
    X(buildtuple, "R[A] := (R[B..B+C))")                                      \
    X(buildset, "R[A] := {R[B..B+C)}")                                        \
    X(builddict, "R[A] := {R[B]: R[B+1], ...}, C pairs")                      \
    X(buildslice, "R[A] := slice(R[B], R[B+1], R[B+2] if C == 3)")            \
    X(buildstring, "R[A] := ''.join(R[B..B+C))")                              \
    X(listappend, "R[A].append(R[B])")                                        \
    X(listextend, "R[A].extend(R[B])")                                        \
    X(setadd, "R[A].add(R[B])")                                               \
    X(setupdate, "R[A].update(R[B])")                                         \
    X(dictset, "R[A][R[B]] := R[C]")                                          \
    X(dictupdate, "R[A].update(R[B]) (** in a display)")                      \
    X(dictmerge, "R[A].update(R[B]) (** in a call, duplicates raise)")        \
    X(listtotuple, "R[A] := tuple(R[B])")                                     \
    X(getitem, "R[A] := R[B][R[C]]")                                          \
    X(setitem, "R[A][R[B]] := R[C]")                                          \
    X(delitem, "del R[A][R[B]]")                                              \
    X(unpack, "R[A..A+C) := R[B]")                                            \
    X(unpackex, "R[A..] := R[B] with a starred target")                       \
    /* attributes, calls, functions, formatting, imports (tr_h_calls.c) */    \
    X(getattr, "R[A] := R[B].N[C] (inline cache)")                            \
    X(setattr, "R[A].N[B] := R[C] (inline cache)")                            \
    X(delattr, "del R[A].N[B]")                                               \
    X(loadmethod, "R[A], R[A+1] := method N[C] of R[B]")                      \
    X(callmethod, "R[A] := R[A](R[A+1] if bound, R[A+2..A+2+B))")             \
    X(call, "R[A] := R[A](R[A+1..A+1+B))")                                    \
    X(callkw, "R[A] := R[A](...), the last len(K[C]) by keyword")             \
    X(callex, "R[A] := R[A](*R[A+1], **R[A+2])")                              \
    X(makefunc, "R[A] := function(K[B], defaults R[C..C+3))")                 \
    X(format, "R[A] := format(R[B], spec R[B+1]), C = conversion | 4*spec")   \
    X(import, "R[A] := import N[B]")                                          \
    X(importfrom, "R[A] := R[B].N[C] (from-import)")                          \
    X(importstar, "from R[A] import *")                                       \
    /* exceptions, with, generators (tr_h_exc.c) */                           \
    X(raise, "raise R[A] from R[B] (C flags); returns -2 for a re-raise")     \
    X(reraise, "re-raise R[A] keeping its traceback (-2)")                    \
    X(excmatch, "R[A] := exception R[B] matches R[C]")                        \
    X(pushexc, "R[A] := handled exception; handled := R[B]")                  \
    X(popexc, "handled exception := R[A]")                                    \
    X(withenter, "R[A] := bound __exit__ of R[B]; R[A+1] := __enter__()")     \
    X(withexit, "call __exit__ R[A]; C=1: with exception R[B], R[A] := truth") \
    X(getyieldfromiter, "R[A] := iter(R[B]) for yield from")                  \
    /* typed helpers: the translator calls these when it knows the types */   \
    X(list_getitem, "R[A] := R[B][R[C]], R[B] a list, R[C] an int")           \
    X(list_setitem, "R[A][R[B]] := R[C], R[A] a list, R[B] an int")           \
    X(list_append, "R[A].append(R[B]) for a list R[A] (method call)")         \
    X(str_concat, "R[A] := R[B] + R[C], both str")                            \
    X(str_index, "R[A] := R[B][R[C]], R[B] a str, R[C] an int")               \
    X(str_slice, "R[A] := R[B][R[C]], R[B] a str, R[C] a slice")              \
    X(str_len, "R[A] := len(R[B]), R[B] a str")                               \
    X(dict_get, "R[A] := R[B][R[C]], R[B] a dict")                            \
    X(dict_set, "R[A][R[B]] := R[C], R[A] a dict")                            \
    X(dict_contains, "R[A] := R[B] in R[C], R[C] a dict")                     \
    X(tuple_index, "R[A] := R[B][R[C]], R[B] a tuple, R[C] an int")           \
    X(set_add, "R[A].add(R[B]), R[A] a set")                                  \
    X(set_contains, "R[A] := R[B] in R[C], R[C] a set or frozenset")          \
    X(len, "R[A] := len(R[B])")

#define TR_HELPER_DECL(name, doc) int tr_h_##name(TrFrame *f, TrValue *regs, uint32_t a, uint32_t b, uint32_t c);
TR_HELPERS(TR_HELPER_DECL)
#undef TR_HELPER_DECL

/* Helpers with other signatures, also callable from compiled code. */
/* Poll for pending asynchronous events (signals) at a loop back-edge:
 * 0, or -1 with the exception (KeyboardInterrupt) pending. */
int tr_h_poll(TrFrame *f);
/* AOT exception dispatch: record the traceback line of instruction `pc`
 * (unless `keep_tb`), then move the pending exception into R[reg]. */
void tr_h_catch(TrFrame *f, TrValue *regs, uint32_t reg, int32_t pc, int32_t keep_tb);
/* AOT: an exception leaves the frame at `pc`: add its traceback line. */
void tr_h_unwind(TrFrame *f, int32_t pc, int32_t keep_tb);

/* One row per helper, in TR_HELPERS order followed by the extra ones. */
typedef enum TrHelperSig {
    TR_HSIG_OP,     /* int (TrFrame *, TrValue *, u32, u32, u32) */
    TR_HSIG_POLL,   /* int (TrFrame *) */
    TR_HSIG_CATCH,  /* void (TrFrame *, TrValue *, u32, i32, i32) */
    TR_HSIG_UNWIND, /* void (TrFrame *, i32, i32) */
} TrHelperSig;

typedef struct TrHelperInfo {
    const char *symbol;  /* "tr_h_add" */
    void *address;
    TrHelperSig sig;
    const char *doc;
} TrHelperInfo;

extern const TrHelperInfo tr_helper_table[];
extern const int tr_helper_count;

/* `with` protocol (tr_with.c).  Enter: looks __enter__/__exit__ up on the
 * manager's type, stores the bound __exit__ in *exit_out and returns
 * __enter__()'s value.  Exit: calls exit(None, None, None) when exc is
 * UNDEF, else exit(type(exc), exc, tb); returns __exit__'s result. */
TrValue tr_with_enter(TrValue mgr, TrValue *exit_out);
TrValue tr_with_exit(TrValue exit, TrValue exc);

#endif
