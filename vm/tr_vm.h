/* tr_vm.h — the public API of the runtime (values, objects, protocol, errors).
 *
 * This is the one header the layers above (helpers, backend, frontend, tools)
 * include.  Each section names the file that implements it.  Conventions
 * (see tr_object.h): TrValue-returning functions return TR_ERR with an
 * exception pending on failure, int-returning ones return -1, pointer-
 * returning ones return NULL. */
#ifndef TR_VM_H
#define TR_VM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tr_object.h"
#include "tr_value.h"

/* ---- memory (tr_gc.c) -------------------------------------------------- */
void tr_gc_init(void);
void *tr_alloc(size_t n);        /* zeroed, scanned for pointers */
void *tr_alloc_atomic(size_t n); /* not scanned: bytes, digits */
void *tr_realloc(void *p, size_t n);
/* "out of memory allocating n bytes" on stderr, exit status 1. */
_Noreturn void tr_out_of_memory(size_t n);
/* The same for sizes the program chooses ([0] * n, "a" * n, bytes(n)): NULL
 * with MemoryError pending when the memory is not there.  The plain forms
 * end the process on failure. */
#define TR_ALLOC_MAX ((size_t)1 << 47) /* more than any machine's address space */
void *tr_try_alloc(size_t n);
void *tr_try_alloc_atomic(size_t n);
void *tr_try_realloc(void *p, size_t n);
/* header + n * size bytes, checking the arithmetic (atomic: not scanned).
 * A big block from here gives its pages back as soon as it dies, so it must
 * never go to GC_FREE or GC_REALLOC (tr_gc.c). */
void *tr_try_alloc_items(size_t header, int64_t n, size_t size, bool atomic);
/* n * size bytes, scanned, without that finalizer: storage replaced as it
 * grows (a list's buffer), where the old block dies at every step and
 * finalized blocks would cost more memory than they give back. */
void *tr_try_alloc_buffer(int64_t n, size_t size);
/* Raise MemoryError() (no message, as CPython's); returns TR_ERR. */
TrValue tr_raise_memory_error(void);
/* dst = n copies of the `size` bytes at src, by doubling copies (log2(n)
 * memcpy calls): the fill of [x] * n, s * n, b * n and t * n. */
void tr_repeat_fill(void *dst, const void *src, size_t size, int64_t n);
/* Allocate an object of `size` bytes and set its type. */
void *tr_new_object(TrType *type, size_t size);

/* ---- built-in types (each in its own file) ----------------------------- */
extern TrType tr_type_type, tr_object_type, tr_none_type, tr_bool_type,
    tr_int_type, tr_float_type, tr_str_type, tr_bytes_type, tr_list_type,
    tr_tuple_type, tr_dict_type, tr_set_type, tr_frozenset_type,
    tr_range_type, tr_slice_type, tr_cell_type, tr_native_type,
    tr_method_type, tr_function_type, tr_code_type, tr_module_type,
    tr_notimpl_type, tr_ellipsis_type, tr_bigint_type_unused;

extern TrSingleton tr_NotImplemented_obj, tr_Ellipsis_obj;
#define TR_NOTIMPL tr_obj(&tr_NotImplemented_obj)
#define TR_IS_NOTIMPL(v) ((v).tag == TR_TAG_OBJ && (v).u.o == (TrObject *)&tr_NotImplemented_obj)

/* The type of any value (unboxed tags map to their static types). */
static inline TrType *tr_typeof(TrValue v) {
    extern TrType *const tr_tag_types[];
    return v.tag == TR_TAG_OBJ ? v.u.o->type : tr_tag_types[v.tag];
}
/* Same object (or same unboxed value): Python's `is`. */
static inline bool tr_same(TrValue a, TrValue b) {
    return a.tag == b.tag && a.u.bits == b.u.bits;
}
static inline bool tr_is_type(TrValue v, TrType *t) {
    return v.tag == TR_TAG_OBJ && v.u.o->type == t;
}
#define TR_AS(T, v) ((T *)(v).u.o)

/* Register [methods] (NULL-terminated) in the type's dict, set name_str,
 * mro, version; called once per built-in type at startup (tr_type.c). */
void tr_type_ready(TrType *t, const TrMethodDef *methods);
/* Re-point a heap type's slots at its Python dunders (tr_class.c). */
void tr_type_refresh_slots(TrType *t);
/* Add an attribute to a built-in type's dict. */
void tr_type_setattr_str(TrType *t, const char *name, TrValue v);
bool tr_type_is_subtype(TrType *a, TrType *b);
/* isinstance(v, t) for a single type. */
bool tr_isinstance(TrValue v, TrType *t);
/* The hash slot of mutable built-ins (list, dict, set): raises TypeError;
 * their __hash__ attribute is None (tr_list.c). */
int tr_hash_unhashable(TrValue self, int64_t *out);
/* Look up `name` along t's MRO; UNDEF (no exception) if absent. */
TrValue tr_type_lookup(TrType *t, struct TrStr *name);
/* Put a member descriptor in heap type t's dict for each name in the
 * namespace's __slots__, storing values from byte `offset` on; returns how
 * many, -1 on error.  *want_dict: no __slots__, or "__dict__" among them
 * (tr_slots.c). */
int tr_slots_layout(TrType *t, struct TrDict *ns, int32_t offset, bool *want_dict);
void tr_init_slots(void);
extern TrType tr_member_type;
/* Byte offset of a member descriptor's cell in instances (inline caches). */
int64_t tr_member_offset(TrValue descr);

/* ---- errors (tr_error.c) ------------------------------------------------ */
/* Built-in exception types: X(Name, Base). One table, read by the error
 * module to create the types and by the builtins to publish them. */
#define TR_EXCEPTIONS(X)                                  \
    X(BaseException, object)                              \
    X(Exception, BaseException)                           \
    X(ArithmeticError, Exception)                         \
    X(ZeroDivisionError, ArithmeticError)                 \
    X(OverflowError, ArithmeticError)                     \
    X(FloatingPointError, ArithmeticError)                \
    X(LookupError, Exception)                             \
    X(IndexError, LookupError)                            \
    X(KeyError, LookupError)                              \
    X(ValueError, Exception)                              \
    X(UnicodeError, ValueError)                           \
    X(UnicodeDecodeError, UnicodeError)                   \
    X(UnicodeEncodeError, UnicodeError)                   \
    X(UnicodeTranslateError, UnicodeError)                \
    X(TypeError, Exception)                               \
    X(NameError, Exception)                               \
    X(UnboundLocalError, NameError)                       \
    X(AttributeError, Exception)                          \
    X(RuntimeError, Exception)                            \
    X(RecursionError, RuntimeError)                       \
    X(NotImplementedError, RuntimeError)                  \
    X(StopIteration, Exception)                           \
    X(StopAsyncIteration, Exception)                      \
    X(GeneratorExit, BaseException)                       \
    X(AssertionError, Exception)                          \
    X(ImportError, Exception)                             \
    X(ModuleNotFoundError, ImportError)                   \
    X(OSError, Exception)                                 \
    X(FileNotFoundError, OSError)                         \
    X(FileExistsError, OSError)                           \
    X(PermissionError, OSError)                           \
    X(IsADirectoryError, OSError)                         \
    X(NotADirectoryError, OSError)                        \
    X(TimeoutError, OSError)                              \
    X(InterruptedError, OSError)                          \
    X(BlockingIOError, OSError)                           \
    X(ChildProcessError, OSError)                         \
    X(ProcessLookupError, OSError)                        \
    X(ConnectionError, OSError)                           \
    X(BrokenPipeError, ConnectionError)                   \
    X(ConnectionAbortedError, ConnectionError)            \
    X(ConnectionRefusedError, ConnectionError)            \
    X(ConnectionResetError, ConnectionError)              \
    X(EOFError, Exception)                                \
    X(MemoryError, Exception)                             \
    X(BufferError, Exception)                             \
    X(SyntaxError, Exception)                             \
    X(IndentationError, SyntaxError)                      \
    X(TabError, IndentationError)                         \
    X(SystemError, Exception)                             \
    X(KeyboardInterrupt, BaseException)                   \
    X(SystemExit, BaseException)                          \
    X(Warning, Exception)                                 \
    X(UserWarning, Warning)                               \
    X(DeprecationWarning, Warning)                        \
    X(RuntimeWarning, Warning)                            \
    X(PendingDeprecationWarning, Warning)                 \
    X(SyntaxWarning, Warning)                             \
    X(FutureWarning, Warning)                             \
    X(ImportWarning, Warning)                             \
    X(UnicodeWarning, Warning)                            \
    X(BytesWarning, Warning)                              \
    X(ResourceWarning, Warning)                           \
    X(EncodingWarning, Warning)                           \
    X(ReferenceError, Exception)

#define TR_EXC_DECL(name, base) extern TrType *tr_##name;
TR_EXCEPTIONS(TR_EXC_DECL)
#undef TR_EXC_DECL

typedef struct TrThreadState {
    TrValue exc;          /* the pending (being raised) exception, UNDEF if none */
    TrValue handled;      /* exception being handled (sys.exc_info), UNDEF if none */
    struct TrFrame *frame; /* innermost executing frame */
    int depth;            /* Python call depth */
    int recursion_limit;
    char *stack_limit;    /* C stack address below which we raise RecursionError */
} TrThreadState;
extern TrThreadState tr_ts;

/* Raise an exception of `type` with a message formatted by tr_str_format
 * (see below).  Always returns TR_ERR so callers can `return tr_raise(...)`. */
TrValue tr_raise(TrType *type, const char *fmt, ...);
TrValue tr_raise_value(TrValue exc);   /* exc: exception instance */
TrValue tr_raise_with(TrType *type, TrValue arg); /* type(arg) */
/* OSError (or the subclass for err) with errno, strerror and filename. */
TrValue tr_raise_oserror(int err, const char *filename);
TrValue tr_raise_oserror2(int err, const char *filename, const char *filename2); /* rename(a, b) */
/* UnicodeDecodeError / UnicodeEncodeError with CPython's five attributes
 * (object: the bytes or str; [start, end) the bad part). */
TrValue tr_raise_unicode_error(TrType *type, const char *encoding, TrValue object, int64_t start,
                               int64_t end, const char *reason);
/* The UnicodeDecodeError for the invalid UTF-8 at p[start] (tr_bytes.c). */
TrValue tr_raise_utf8_error(const unsigned char *p, int64_t len, int64_t start);
extern TrType *tr_UnsupportedOperation; /* io.UnsupportedOperation (file objects) */
extern TrType *tr_BudgetExhausted;      /* the instruction budget ran out (tr_signal.h) */
static inline bool tr_exc_pending(void) { return tr_ts.exc.tag != TR_TAG_UNDEF; }
bool tr_exc_matches(TrType *t);  /* pending exception is an instance of t */
void tr_exc_clear(void);
TrValue tr_exc_fetch(void);      /* take the pending exception (clears it) */
/* Create an exception instance of type `t` with args. */
TrValue tr_exc_new(TrType *t, TrValue *args, int nargs);
/* Replace an exception's args (BaseException.__init__). */
void tr_exc_set_args(TrValue exc, struct TrTuple *args);
/* Raise NameError/UnboundLocalError with message fmt % name and .name set. */
TrValue tr_raise_name_error(TrType *t, const char *fmt, struct TrStr *name);
/* Append a (code, line) traceback entry to an exception. */
void tr_exc_add_traceback(TrValue exc, TrValue code, int line);
/* Print "Traceback (most recent call last): ..." and chained causes to stderr. */
void tr_exc_print(TrValue exc);
/* The common TypeError for a wrong operand type. */
TrValue tr_raise_unsupported(const char *op, TrValue a, TrValue b);
/* RecursionError check on function entry: returns -1 with the error set.
 * It also polls signals and the budget (tr_signal.h).  The _where form is
 * the C-level guard, which does not poll, and adds CPython's context to the
 * message (" in comparison", " while getting the repr of an object");
 * tr_leave_recursion undoes both. */
int tr_enter_recursion(void);
int tr_enter_recursion_where(const char *where);
/* For C recursion CPython does not count against the limit (hash of nested
 * tuples): RecursionError only when the C stack is nearly used up. */
int tr_check_c_stack(void);
static inline void tr_leave_recursion(void) { tr_ts.depth--; }

/* ---- strings (tr_str.c, tr_str_methods.c) ------------------------------ */
TrStr *tr_str_new(const char *utf8, int64_t len);  /* copies; must be valid UTF-8 */
TrStr *tr_str_from_cstr(const char *s);
TrStr *tr_str_intern(const char *s);               /* identical pointer per content */
TrStr *tr_str_intern_str(TrStr *s);
TrValue tr_str_value(const char *s);               /* tr_obj(tr_str_from_cstr(s)) */
TrStr *tr_str_concat(TrStr *a, TrStr *b);      /* NULL + MemoryError when too big */
/* A string result as a value: TR_ERR (exception pending) for NULL. */
static inline TrValue tr_str_value_or_err(TrStr *s) { return s ? tr_obj((TrObject *)s) : TR_ERR; }
bool tr_str_eq(TrStr *a, TrStr *b);
int64_t tr_str_hash(TrStr *s);
/* printf-like constructor: %s (char*), %d %i (int), %ld %lld %zd (64-bit),
 * %c (code point int), %x, %%, %R (repr of TrValue), %S (str of TrValue),
 * %T (type name of TrValue), %U (TrStr*).  NULL on error. */
TrStr *tr_str_format(const char *fmt, ...);
TrStr *tr_str_vformat(const char *fmt, va_list ap);
/* UTF-8 helpers */
int tr_utf8_encode(uint32_t cp, char *out);        /* returns bytes written (1-4) */
uint32_t tr_utf8_decode(const char *s, int *nbytes);
/* code point index -> byte offset */
int64_t tr_str_byte_offset(TrStr *s, int64_t char_index);
TrStr *tr_str_from_codepoint(uint32_t cp);
TrStr *tr_str_repr(TrStr *s);                      /* 'quoted' with escapes */
/* A growable buffer for building strings. */
typedef struct TrBuf {
    char *data;
    int64_t len, cap;
} TrBuf;
void tr_buf_init(TrBuf *b, int64_t cap);
void tr_buf_put(TrBuf *b, const char *s, int64_t n);
void tr_buf_puts(TrBuf *b, const char *s);
void tr_buf_putc(TrBuf *b, char c);
void tr_buf_put_str(TrBuf *b, TrStr *s);
/* A buffer that could not grow is marked failed (cap < 0) and ignores what
 * comes after; finishing it raises MemoryError. */
static inline bool tr_buf_failed(const TrBuf *b) { return b->cap < 0; }
/* Makes a str of the bytes; NULL with MemoryError pending if it failed. */
TrStr *tr_buf_finish(TrBuf *b);

TrBytes *tr_bytes_new(const void *data, int64_t len);
/* Added by the str/bytes implementation (tr_str.c, tr_unicode.c, tr_bytes.c): */
TrStr *tr_str_ascii(TrStr *s);                     /* ascii(): repr, non-ASCII escaped */
int64_t tr_hash_bytes(const void *data, int64_t n); /* the str/bytes content hash */
TrStr *tr_bytes_repr(TrBytes *b);                  /* b'...' */
/* Unicode database (generated from CPython 3.11): for int()/float() parsing. */
bool tr_unicode_isspace(uint32_t cp);              /* str.isspace() of one code point */
int tr_unicode_decimal(uint32_t cp);               /* decimal digit value 0-9, or -1 */
/* Startup: tr_init_str builds the string caches (call first); tr_init_bytes
 * readies the str and bytes types (after containers and types exist). */
void tr_init_str(void);
void tr_init_bytes(void);

/* ---- numbers (tr_int.c, tr_float.c) ------------------------------------ */
/* Build an int from decimal/hex/... digits (no sign/prefix/underscores). */
TrValue tr_int_from_digits(const char *digits, int base);
/* int(str, base) parsing with Python's rules (sign, whitespace, underscores,
 * prefixes when base is 0 or matches). ValueError on bad text. */
TrValue tr_int_parse(const char *s, int64_t len, int base);
TrValue tr_int_from_double(double d);              /* truncates; OverflowError for inf, ValueError for nan */
bool tr_is_int(TrValue v);                         /* small int, big int or bool */
bool tr_is_bigint(TrValue v);
int tr_int_to_int64(TrValue v, int64_t *out);      /* OverflowError if it does not fit */
int tr_int_sign(TrValue v);
TrStr *tr_int_to_str(TrValue v, int base);         /* decimal, or with 0x/0o/0b prefix */
int tr_number_to_double(TrValue v, double *out);   /* int/bool/float; OverflowError for huge ints */
TrValue tr_int_binop(int op, TrValue a, TrValue b); /* NotImplemented unless both int-like */
TrValue tr_float_binop(int op, TrValue a, TrValue b); /* int/float mixes */
TrValue tr_num_richcmp(TrValue a, TrValue b, int op); /* exact int/float compare */
int64_t tr_hash_int64(int64_t i);
int64_t tr_hash_double(double d);
/* CPython's float repr (shortest round-trip, 'inf', '1e+16'); returns length. */
int tr_float_repr_buf(double d, char *buf, size_t n);
TrStr *tr_float_repr(double d);
TrValue tr_float_parse(const char *s, int64_t len); /* float(str) */
TrValue tr_round(TrValue x, TrValue ndigits);      /* ndigits UNDEF: round to int */
/* Floor division/modulo on int64 with Python sign rules (b != 0). */
static inline int64_t tr_floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static inline int64_t tr_mod64(int64_t a, int64_t b) {
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}
/* Added by the numbers implementation (tr_int.c, tr_bigint.c, tr_float.c,
 * tr_bool.c).  tr_int_powmod (pow with 3 args) is declared with the builtins.
 * sys.set_int_max_str_digits: the int <-> decimal str digit limit (CPython
 * 3.11's default 4300; 0 means unlimited). */
extern int64_t tr_int_max_str_digits;
/* Start-up: GMP's allocator (before any big int exists), int, bool, float. */
void tr_init_numbers(void);

/* ---- containers (tr_list.c, tr_tuple.c, tr_dict.c, tr_set.c, tr_range.c) */
TrList *tr_list_new(int64_t len);                  /* len items, all None */
TrList *tr_list_from(const TrValue *items, int64_t n);
int tr_list_append(TrList *l, TrValue v);
int tr_list_extend(TrList *l, TrValue iterable);
TrValue tr_list_sort(TrList *l, TrValue key, bool reverse); /* key UNDEF/None: none */
TrTuple *tr_tuple_new(int64_t len);                /* items zero (UNDEF): fill them */
TrTuple *tr_tuple_new_try(int64_t len);            /* the same, or NULL + MemoryError */
TrTuple *tr_tuple_from(const TrValue *items, int64_t n);
TrTuple *tr_tuple_from_iterable(TrValue it);
/* Struct sequences (tr_structseq.c): a tuple type whose items are also
 * attributes named by `fields`, repr'd as reprname(field=value, ...); the
 * first nvisible fields are the tuple's items, the others attributes only. */
TrType *tr_structseq_type(const char *name, const char *reprname, const char *const *fields,
                          int nfields, int nvisible);
TrValue tr_structseq_new(TrType *type, const TrValue *items); /* nfields items */
extern TrTuple *tr_empty_tuple;

TrDict *tr_dict_new(void);
/* A class's namespace is watched: every change to it also bumps
 * tr_type_epoch, which invalidates the inline caches and the type lookup
 * cache (tr_type_lookup) whichever way the dict was changed.  The flag is
 * the top bit of the version, which otherwise only counts changes. */
#define TR_DICT_WATCHED (UINT64_C(1) << 63)
static inline void tr_dict_watch(TrDict *d) { d->version |= TR_DICT_WATCHED; }
/* A dict with its first table in the same block: tr_dict_block_size(n)
 * zeroed bytes inside a collected object (an instance allocates its
 * __dict__ with itself), the table sized for n entries (0: the default
 * smallest table); the dict keeps the whole block alive through the
 * interior pointer. */
#define TR_DICT_EMBED_MAX 21 /* entries of a 32-slot index: larger hints embed this many */
size_t tr_dict_block_size(int64_t n);
TrDict *tr_dict_init_block(void *mem, int64_t n);
/* A key was added to d, the __dict__ of an instance of t: remember the
 * size, so t's next instances embed a table that holds it. */
static inline void tr_note_inst_attrs(TrType *t, const TrDict *d) {
    if (d->t.used > t->inst_attrs && t->inst_attrs < TR_DICT_EMBED_MAX)
        t->inst_attrs = (int32_t)(d->t.used < TR_DICT_EMBED_MAX ? d->t.used : TR_DICT_EMBED_MAX);
}
/* A new instance of t of `size` bytes; a __dict__ at a fixed offset is
 * allocated with it. */
TrObject *tr_new_instance(TrType *t, size_t size);
TrValue tr_dict_get(TrDict *d, TrValue key);       /* UNDEF, no exception, if absent; TR_ERR+exc on hash error */
int tr_dict_set(TrDict *d, TrValue key, TrValue v);
int tr_dict_del(TrDict *d, TrValue key);           /* KeyError if absent */
/* Fast paths for str keys (names, attributes). */
TrValue tr_dict_get_str(TrDict *d, TrStr *key);
/* The entry number of a str key (for inline caches: entries[ix]), or -1. */
int64_t tr_dict_index_str(TrDict *d, TrStr *key);    /* UNDEF if absent; never raises */
void tr_dict_set_str(TrDict *d, TrStr *key, TrValue v);
TrValue tr_dict_get_cstr(TrDict *d, const char *key);
int tr_dict_update(TrDict *d, TrValue other);      /* mapping or iterable of pairs */
/* Iterate live entries: for (i = 0; tr_dict_next(d, &i, &k, &v);) */
bool tr_dict_next(TrDict *d, int64_t *pos, TrValue *key, TrValue *value);

TrSet *tr_set_new(TrType *type);                   /* set or frozenset */
int tr_set_add(TrSet *s, TrValue key);
int tr_set_contains(TrSet *s, TrValue key);
int tr_set_update(TrSet *s, TrValue iterable);
bool tr_set_next(TrSet *s, int64_t *pos, TrValue *key);

TrValue tr_range_new(int64_t start, int64_t stop, int64_t step);
TrValue tr_slice_new(TrValue start, TrValue stop, TrValue step);
/* Resolve a slice against a length (CPython's PySlice_GetIndicesEx).
 * Returns the slice length, or -1 with an exception pending. */
int64_t tr_slice_indices(TrSlice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
/* Normalise an index value (int or __index__) against len for sequences:
 * negative counts from the end; no bounds check. -1 on error with *ok=0. */
int tr_index_value(TrValue v, int64_t *out); /* TypeError if not an integer */
/* v (an int or an object with __index__) modulo 2**64, two's complement: the
 * wrap-around of CPython's PyLong_AsUnsignedLongLongMask, for C integers
 * (ctypes). -1 with TypeError if v is not an integer. */
int tr_index_mask64(TrValue v, uint64_t *out);
TrValue tr_int_from_uint64(uint64_t u);
/* An int (no __index__) in [-2**63, 2**64) as a machine word (an address or a
 * C long of either sign); OverflowError "int too long to convert" beyond. */
int tr_int_to_word(TrValue v, uint64_t *out);

TrCell *tr_cell_new(TrValue v);

/* Added by the containers work (tr_list.c ... tr_range.c): */
/* Ready every container type (list, tuple, dict + views, set, frozenset,
 * range, slice, cell, their iterators); called once from tr_runtime_init. */
void tr_init_containers(void);
/* The reversed() builtin: list/tuple/str/range/dict fast paths, a type's
 * __reversed__, else the __len__ + __getitem__ sequence protocol. */
TrValue tr_reversed(TrValue seq);
/* Recursion guard for container reprs (CPython's Py_ReprEnter): returns 1
 * when v is already being repr'd (print "[...]"), else 0 and v is pushed;
 * every 0 must be paired with tr_repr_leave(v). */
int tr_repr_enter(TrValue v);
void tr_repr_leave(TrValue v);
int tr_dict_contains(TrDict *d, TrValue key);     /* -1 on hash/compare error */
TrDict *tr_dict_copy(TrDict *d);
/* dict.pop(key, dflt): dflt UNDEF raises KeyError when absent. */
TrValue tr_dict_pop(TrDict *d, TrValue key, TrValue dflt);
int tr_set_discard(TrSet *s, TrValue key);        /* 1 removed, 0 absent, -1 error */
TrValue tr_list_pop(TrList *l, int64_t index);    /* IndexError like list.pop */
int tr_list_insert(TrList *l, int64_t index, TrValue v);
/* A range over arbitrary ints (big ints allowed), e.g. range(10**20). */
TrValue tr_range_from_values(TrValue start, TrValue stop, TrValue step);
/* types.GenericAlias for list[int], dict[str, int] in annotations. */
extern TrType tr_generic_alias_type;
TrValue tr_generic_alias_new(TrValue origin, TrValue args);
/* types.UnionType for `int | None` (the `type` binop can call this): the
 * union of a and b (types, None, aliases, unions), or NotImplemented when
 * either is not a valid member.  isinstance() support is the caller's. */
extern TrType tr_union_type;
TrValue tr_union_new(TrValue a, TrValue b);

/* ---- generic protocol (tr_ops.c) ---------------------------------------- */
TrStr *tr_repr(TrValue v);
TrStr *tr_to_str(TrValue v);                      /* str(v) */
TrStr *tr_ascii(TrValue v);                       /* ascii(v) */
int tr_hash(TrValue v, int64_t *out);
int tr_eq(TrValue a, TrValue b);                  /* -1 error, 0, 1 */
TrValue tr_richcmp(TrValue a, TrValue b, int op); /* the Python result value */
int tr_richcmp_bool(TrValue a, TrValue b, int op);
int tr_truth(TrValue v);
TrValue tr_binop(int op, TrValue a, TrValue b);   /* op | TR_BIN_INPLACE for augmented */
TrValue tr_unop(int op, TrValue a);
TrValue tr_not(TrValue a);
int64_t tr_len(TrValue v);
TrValue tr_getitem(TrValue o, TrValue key);
/* iter() of an object with only __getitem__ (tr_seqiter.c). */
TrValue tr_seqiter_new(TrValue seq);
void tr_init_seqiter(void);
int tr_setitem(TrValue o, TrValue key, TrValue v);
int tr_delitem(TrValue o, TrValue key);
int tr_contains(TrValue container, TrValue x);    /* `x in container` */
TrValue tr_getattr(TrValue o, TrStr *name);
TrValue tr_getattr_cstr(TrValue o, const char *name);
/* Like tr_getattr but UNDEF with no exception when the attribute is missing. */
TrValue tr_getattr_opt(TrValue o, TrStr *name);
int tr_setattr(TrValue o, TrStr *name, TrValue v);
int tr_delattr(TrValue o, TrStr *name);
TrValue tr_generic_getattr(TrValue o, TrStr *name);
int tr_generic_setattr(TrValue o, TrStr *name, TrValue v);
TrValue tr_iter(TrValue o);
TrValue tr_next(TrValue it);                      /* UNDEF, no exception: exhausted (StopIteration cleared) */
TrValue tr_call(TrValue f, TrValue *args, int nargs, TrTuple *kwnames);
TrValue tr_call0(TrValue f);
TrValue tr_call1(TrValue f, TrValue a);
TrValue tr_call2(TrValue f, TrValue a, TrValue b);
/* Call method `name` of `self` with args. */
TrValue tr_call_method(TrValue self, const char *name, TrValue *args, int nargs);
TrValue tr_format(TrValue v, TrStr *spec);        /* format(v, spec) */
/* Collect an iterable into a fresh list. */
TrList *tr_list_of(TrValue iterable);
bool tr_is_callable(TrValue v);
/* "int", "NoneType": the type name used in messages. */
const char *tr_type_name(TrValue v);

/* ---- native functions (tr_native.c) ------------------------------------ */
TrValue tr_native_new(const char *name, TrNativeFn fn, TrType *owner, int flags);
TrValue tr_method_new(TrValue func, TrValue self);
/* Argument parsing for natives.  `spec` lists parameter names separated by
 * commas, a '|' before the first optional one and '$' before keyword-only
 * ones, e.g. "sep,end,file,flush" with "$": "|$sep,end,file,flush".  Each
 * output is set to UNDEF when not given.  Raises TypeError like CPython
 * ("f() takes at most 2 arguments (3 given)", "unexpected keyword argument"). */
int tr_parse_args(const char *fname, TrValue *args, int nargs, TrTuple *kwnames,
                  const char *spec, TrValue **out);
/* The simple positional-only check: min..max args, no keywords. */
int tr_check_args(const char *fname, int nargs, TrTuple *kwnames, int min, int max);

/* ---- formatting (tr_format.c) ------------------------------------------ */
/* The format-spec mini-language for int/float/str, `%` formatting and
 * str.format. */
TrValue tr_format_int(TrValue v, TrStr *spec);
TrValue tr_format_float(TrValue v, TrStr *spec);
TrValue tr_format_str(TrValue v, TrStr *spec);
TrValue tr_str_mod(TrStr *fmt, TrValue args);      /* "fmt" % args */
TrValue tr_str_format_method(TrStr *fmt, TrValue *args, int nargs, TrTuple *kwnames);
TrValue tr_str_format_map(TrStr *fmt, TrValue mapping); /* added: str.format_map */

/* ---- output (tr_io.c) --------------------------------------------------- */
/* sys.stdout / sys.stderr as objects with write(); writes go through these. */
extern TrValue tr_sys_stdout, tr_sys_stderr;
int tr_write_str(TrValue file, TrStr *s);
/* Flush the open files and stdout; a stdout failure is remembered. */
void tr_flush_std(void);
/* The same at exit: a failure is reported CPython's way ("Exception ignored
 * in: <stdout>") and gives -1 (the process then exits with 120). */
int tr_flush_std_at_exit(void);
/* file.flush(): 0, or -1 with errno; a failure of stdout stays recorded
 * (its data counts as unwritten until the flush at exit). */
int tr_stream_flush(FILE *fp);
void tr_flush_open_files(void);  /* open() files, at exit (tr_file.c) */

/* ---- builtins (tr_builtins.c, tr_builtins_iter.c) ------------------------ */
/* Fill the builtins dict: types, constants, functions (exceptions are
 * published separately by tr_publish_exceptions). */
void tr_init_builtins(TrDict *b);
/* Iterator types behind enumerate(), zip(), map(), filter(), iter(f, s). */
extern TrType tr_enumerate_type, tr_zip_type, tr_map_type, tr_filter_type,
    tr_callable_iter_type;
/* Used by the builtins, implemented elsewhere (added by the builtins helper):
 * identity __iter__ slot (tr_ops.c); reversed(seq) (containers);
 * pow(b, e, m) for ints, with CPython's ValueErrors (tr_int.c);
 * sys.stdout as currently assigned (tr_sysmodule.c). */
TrValue tr_self_iter(TrValue self);
TrValue tr_reversed(TrValue seq);
TrValue tr_int_powmod(TrValue base, TrValue exp, TrValue mod);
TrValue tr_sys_current_stdout(void);

/* ---- startup (tr_runtime.c) --------------------------------------------- */
void tr_runtime_init(int argc, char **argv);       /* types, builtins, sys */
extern TrDict *tr_builtins_dict;
extern TrModule *tr_sys_module;

#endif
