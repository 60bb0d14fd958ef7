/* tr_strimpl.h — internals shared by the str/bytes/format files.
 *
 * tr_str.c owns the TrStr representation (UTF-8 bytes with a code point count
 * and an ascii flag); tr_str_methods.c, tr_bytes.c and tr_format.c build
 * strings through these constructors, which skip the validation pass of
 * tr_str_new when the caller already knows the content is well formed. */
#ifndef TR_STRIMPL_H
#define TR_STRIMPL_H

#include "tr_unicode.h"
#include "tr_vm.h"

/* A fresh str of `len` bytes (zeroed, NUL-terminated) with hash unset; the
 * caller fills data and then sets nchars/ascii (or calls tr_str_recount). */
TrStr *tr_str_alloc(int64_t len);
/* For lengths the program chooses: NULL with MemoryError pending. */
TrStr *tr_str_alloc_try(int64_t len);
/* Set nchars and ascii from the bytes (trusted to be well formed). */
TrStr *tr_str_recount(TrStr *s);
/* Copy of trusted UTF-8 whose code point count is known (nchars < 0: count). */
TrStr *tr_str_new_n(const char *p, int64_t len, int64_t nchars);
TrStr *tr_str_empty(void);
/* Substring by code point indices, 0 <= start <= stop <= nchars. */
TrStr *tr_str_substr(TrStr *s, int64_t start, int64_t stop);
/* Substring by byte offsets on code point boundaries. */
TrStr *tr_str_subbytes(TrStr *s, int64_t bstart, int64_t bstop);
/* Code point index of byte offset `off` (a code point boundary). */
int64_t tr_str_char_index(TrStr *s, int64_t off);
TrStr *tr_str_repeat(TrStr *s, int64_t n);
/* Number of code points in UTF-8 bytes (trusted). */
int64_t tr_utf8_count(const char *p, int64_t len);
/* Byte length of the sequence starting with lead byte c (1 for invalid). */
static inline int tr_utf8_seqlen(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xe0 ? (c < 0xc0 ? 1 : 2) : c < 0xf0 ? 3 : 4;
}
/* Decode the code point at byte offset i of s. */
static inline uint32_t tr_str_cp_at(TrStr *s, int64_t i, int *n) {
    unsigned char c = (unsigned char)s->data[i];
    if (c < 0x80) { *n = 1; return c; }
    return tr_utf8_decode(s->data + i, n);
}

/* Accept str and its subclasses. */
static inline bool tr_is_str(TrValue v) {
    return v.tag == TR_TAG_OBJ &&
           (v.u.o->type == &tr_str_type || (v.u.o->type->flags & TR_TF_STR_SUBCLASS));
}
static inline bool tr_is_bytes(TrValue v) {
    return v.tag == TR_TAG_OBJ && tr_isinstance(v, &tr_bytes_type);
}

/* TrBuf additions: a code point, and n copies of a code point. */
void tr_buf_put_cp(TrBuf *b, uint32_t cp);
void tr_buf_put_fill(TrBuf *b, uint32_t cp, int64_t n);
/* Finish a buffer whose content is known to be well formed UTF-8 with
 * `nchars` code points (nchars < 0: count). */
TrStr *tr_buf_finish_n(TrBuf *b, int64_t nchars);

/* Slice/index argument helpers: start/end arguments of find, count, ... (None
 * or int, clamped like a slice); returns -1 with TypeError set. */
int tr_str_slice_arg(TrValue v, int64_t len, int64_t dflt, int64_t *out);

/* The str and bytes method tables (tr_str_methods.c, tr_bytes.c). */
extern const TrMethodDef tr_str_method_defs[];

/* Codecs shared by str.encode / bytes.decode / str(b, enc). */
TrValue tr_str_encode(TrStr *s, const char *encoding, const char *errors);
TrValue tr_bytes_decode(const unsigned char *p, int64_t len, const char *encoding,
                        const char *errors);

/* Fill the str type's dict (tr_str.c); called from tr_init_bytes. */
void tr_str_ready(void);


#endif
