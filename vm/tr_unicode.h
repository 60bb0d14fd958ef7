/* tr_unicode.h — Unicode character properties and case mapping (internal).
 *
 * Used by the str implementation (tr_str.c, tr_str_methods.c, tr_format.c)
 * and tr_bytes.c.  The data is generated from CPython 3.11 by
 * tools/gen_unicode_db.py, so predicates and case mappings agree with the
 * oracle code point for code point.  Layers above use the few entry points
 * exported in tr_vm.h (tr_unicode_isspace, tr_unicode_decimal). */
#ifndef TR_UNICODE_H
#define TR_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* Property bits (same values as the generated table). */
enum {
    TR_UP_ALPHA = 0x001,
    TR_UP_DECIMAL = 0x002,
    TR_UP_DIGIT = 0x004,
    TR_UP_NUMERIC = 0x008,
    TR_UP_SPACE = 0x010,
    TR_UP_LOWER = 0x020,
    TR_UP_UPPER = 0x040,
    TR_UP_TITLE = 0x080, /* titlecase letter (Lt) */
    TR_UP_PRINTABLE = 0x100,
    TR_UP_XID_START = 0x200,
    TR_UP_XID_CONTINUE = 0x400,
    TR_UP_CASE_IGNORABLE = 0x800,
};

/* All property bits of one code point. */
unsigned tr_unicode_props(uint32_t cp);

static inline bool tr_u_has(uint32_t cp, unsigned bits) { return (tr_unicode_props(cp) & bits) != 0; }
static inline bool tr_u_cased(uint32_t cp) {
    return tr_u_has(cp, TR_UP_LOWER | TR_UP_UPPER | TR_UP_TITLE);
}
/* Line boundaries for splitlines: \n \v \f \r \x1c-\x1e \x85 U+2028 U+2029. */
static inline bool tr_u_islinebreak(uint32_t cp) {
    return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}

/* Full case mappings of one code point: write 1..3 code points to out and
 * return how many.  lower does not apply the final-sigma rule: the caller
 * (which sees the context) does. */
typedef enum TrCaseKind { TR_CASE_UPPER, TR_CASE_LOWER, TR_CASE_TITLE, TR_CASE_FOLD } TrCaseKind;
int tr_unicode_case(TrCaseKind kind, uint32_t cp, uint32_t out[3]);

#endif
