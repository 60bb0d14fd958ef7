/* tr_helper_table.c — the helper table as data: symbol, address and
 * signature of every helper, generated from TR_HELPERS.
 *
 * The JIT defines these as absolute symbols in its JITDylib; AOT objects
 * refer to the same symbols and get them from libtauraro_rt.a. */
#include "tr_helpers.h"

const TrHelperInfo tr_helper_table[] = {
#define TR_HELPER_ROW(name, doc) {"tr_h_" #name, (void *)tr_h_##name, TR_HSIG_OP, doc},
    TR_HELPERS(TR_HELPER_ROW)
#undef TR_HELPER_ROW
    {"tr_h_poll", (void *)tr_h_poll, TR_HSIG_POLL, "poll for signals at a back-edge"},
    {"tr_h_catch", (void *)tr_h_catch, TR_HSIG_CATCH, "move the pending exception to a handler"},
    {"tr_h_unwind", (void *)tr_h_unwind, TR_HSIG_UNWIND, "add the traceback line of a frame exit"},
};

const int tr_helper_count = (int)(sizeof tr_helper_table / sizeof tr_helper_table[0]);
