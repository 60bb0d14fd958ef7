/* tr_unicode.c — lookups in the generated Unicode database.
 *
 * Properties are stored as sorted ranges of equal bits (a binary search, with
 * a direct table for Latin-1); case mappings as runs of one-to-one mappings
 * with a common delta and stride (Latin Extended pairs alternate with stride
 * 2) plus a short list of one-to-many mappings such as 'ß' -> "SS".  The
 * tables come from tools/gen_unicode_db.py, run under CPython 3.11. */
#include <stddef.h>

#include "tr_unicode.h"
#include "tr_vm.h"

typedef struct TrCaseRun {
    uint32_t start;
    uint16_t count;
    uint8_t stride;
    int32_t delta;
} TrCaseRun;

typedef struct TrCaseMulti {
    uint32_t cp;
    uint8_t n;
    uint32_t cps[3];
} TrCaseMulti;

#include "tr_unicode_db.inc"

_Static_assert(TR_U_ALPHA == TR_UP_ALPHA && TR_U_CASE_IGNORABLE == TR_UP_CASE_IGNORABLE &&
                   TR_U_PRINTABLE == TR_UP_PRINTABLE && TR_U_TITLE == TR_UP_TITLE,
               "tr_unicode.h bits must match the generated table");

unsigned tr_unicode_props(uint32_t cp) {
    if (cp < 256) return u_latin1_bits[cp];
    if (cp >= 0x110000) return 0;
    size_t lo = 0, hi = sizeof u_prop_starts / sizeof u_prop_starts[0];
    while (hi - lo > 1) { /* last start <= cp */
        size_t mid = (lo + hi) / 2;
        if (u_prop_starts[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return u_prop_bits[lo];
}

typedef struct CaseTable {
    const TrCaseRun *runs;
    size_t nruns;
    const TrCaseMulti *multi;
    size_t nmulti;
} CaseTable;

#define CASE_TABLE(kind, NAME) \
    {u_##kind##_runs, sizeof u_##kind##_runs / sizeof u_##kind##_runs[0], u_##kind##_multi, U_##NAME##_NMULTI}
static const CaseTable case_tables[] = {
    [TR_CASE_UPPER] = CASE_TABLE(upper, UPPER),
    [TR_CASE_LOWER] = CASE_TABLE(lower, LOWER),
    [TR_CASE_TITLE] = CASE_TABLE(title, TITLE),
    [TR_CASE_FOLD] = CASE_TABLE(casefold, CASEFOLD),
};

int tr_unicode_case(TrCaseKind kind, uint32_t cp, uint32_t out[3]) {
    /* ASCII needs no search */
    if (cp < 0x80) {
        if (kind == TR_CASE_LOWER || kind == TR_CASE_FOLD) out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        else out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const CaseTable *t = &case_tables[kind];
    size_t lo = 0, hi = t->nmulti; /* one-to-many list, sorted by cp */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->multi[mid].cp == cp) {
            for (int k = 0; k < t->multi[mid].n; k++) out[k] = t->multi[mid].cps[k];
            return t->multi[mid].n;
        }
        if (t->multi[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    lo = 0, hi = t->nruns;
    while (lo < hi) { /* first run starting after cp, minus one */
        size_t mid = (lo + hi) / 2;
        if (t->runs[mid].start <= cp) lo = mid + 1;
        else hi = mid;
    }
    out[0] = cp;
    if (lo == 0) return 1;
    const TrCaseRun *r = &t->runs[lo - 1];
    uint32_t off = cp - r->start;
    if (off % r->stride == 0 && off / r->stride < r->count) out[0] = (uint32_t)((int64_t)cp + r->delta);
    return 1;
}

bool tr_unicode_isspace(uint32_t cp) { return (tr_unicode_props(cp) & TR_UP_SPACE) != 0; }

int tr_unicode_decimal(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < 0x80 || !(tr_unicode_props(cp) & TR_UP_DECIMAL)) return -1;
    size_t lo = 0, hi = sizeof u_decimal_zeros / sizeof u_decimal_zeros[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (u_decimal_zeros[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return (int)(cp - u_decimal_zeros[lo]);
}
