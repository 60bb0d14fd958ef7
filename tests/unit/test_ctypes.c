/* test_ctypes.c — Check tests for the guards of the _ctypes module and for
 * its keep-alive design.
 *
 * The conformance programs (tests/py/ffi_*.py) compare with CPython, so
 * they cannot show the misuse that crashes CPython: an incomplete pointer
 * type's contents, a field descriptor moved to another class, a bogus
 * library handle, a NULL function pointer, an _as_parameter_ loop through
 * from_param.  Tauraro must raise a Python exception for each; the table
 * below holds the snippet, the exception type and message.  The second test
 * builds a linked list whose nodes are reachable only through addresses
 * stored in C memory, forces full collections, and walks the list again:
 * scanned C memory must keep everything it points to alive. */
#include <check.h>
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "tr_compiler.h"
#include "tr_interp.h"
#include "tr_module.h"

/* Run src as module __main__; returns the module namespace, or NULL with
 * the exception pending. */
static TrDict *run(const char *src) {
    TrCode *code = tr_compile_source(src, strlen(src), "t.py", 0);
    ck_assert_ptr_nonnull(code);
    TrDict *g = tr_dict_new();
    tr_dict_set_str(g, tr_str_intern("__name__"), tr_str_value("__main__"));
    return TR_IS_UNDEF(tr_run_code(code, g)) ? NULL : g;
}

static const struct {
    const char *src;
    const char *exc;
    const char *msg;
} guard_cases[] = {
    {"(POINTER('Later') * 2)()[0].contents", "TypeError", "Cannot create instance: has no _type_"},
    {"(POINTER('Later') * 2)()[0][1] = 5", "TypeError", "Cannot create instance: has no _type_"},
    {"cast(0, POINTER('Other')).contents", "TypeError", "Cannot create instance: has no _type_"},
    {"class P(Structure):\n    _fields_ = [('x', c_int), ('far', c_char * 64)]\n"
     "class Q(Structure):\n    _fields_ = [('c', c_char)]\n"
     "Q.far = P.far\nQ().far",
     "TypeError", "field of 'P' does not apply to a 'Q' object"},
    {"class P(Structure):\n    _fields_ = [('x', c_int), ('y', c_double)]\n"
     "class Q(Structure):\n    _fields_ = [('c', c_char)]\n"
     "Q.y = P.y\nQ().y = 1.5",
     "TypeError", "field of 'P' does not apply to a 'Q' object"},
    {"class L:\n    pass\nl = L()\nl._as_parameter_ = l\n"
     "class S(Structure):\n    _fields_ = [('a', c_int)]\nS.from_param(l)",
     "RecursionError", NULL},
    {"class L:\n    pass\nl = L()\nl._as_parameter_ = l\nPOINTER(c_int).from_param(l)",
     "RecursionError", NULL},
    {"CFUNCTYPE(c_int)()()", "ValueError", "NULL function pointer"},
    {"import _ctypes\n_ctypes.dlclose(12345)", "ValueError", "not a handle of a loaded library: 0x3039"},
    {"CDLL('bogus', handle=12345).strlen", "ValueError", "not a handle of a loaded library: 0x3039"},
    {"type(c_int)('X', (), {'_type_': 'i'})", "TypeError",
     "a _ctypes.PyCSimpleType class must derive from a ctypes base class"},
    {"string_at(0)", "ValueError", "NULL pointer access"},
    {"(c_char * 2 ** 58)()", "MemoryError", NULL},
    {"resize(c_int.from_address(addressof(c_long())), 64)", "ValueError",
     "Memory cannot be resized because this object doesn't own it"},
    {"c_int.from_buffer(c_char())", "ValueError",
     "Buffer size too small (1 instead of at least 4 bytes)"},
};

START_TEST(ctypes_guards) {
    char src[1024];
    snprintf(src, sizeof src, "from ctypes import *\n%s\n", guard_cases[_i].src);
    ck_assert_ptr_null(run(src));
    ck_assert(tr_exc_pending());
    TrValue exc = tr_exc_fetch();
    ck_assert_str_eq(tr_typeof(exc)->name, guard_cases[_i].exc);
    if (guard_cases[_i].msg) ck_assert_str_eq(tr_to_str(exc)->data, guard_cases[_i].msg);
}
END_TEST

START_TEST(ctypes_keeps_alive) {
    TrDict *g = run("from ctypes import *\n"
                    "class Node(Structure):\n    pass\n"
                    "Node._fields_ = [('value', c_int), ('next', POINTER(Node)), ('name', c_char_p)]\n"
                    "def build(n):\n"
                    "    head = None\n"
                    "    for i in range(n):\n"
                    "        node = Node(i, None, ('node%d' % i).encode() * 3)\n"
                    "        if head is not None:\n"
                    "            node.next = pointer(head)\n"
                    "        head = node\n"
                    "    return pointer(head)\n"
                    "def walk(p):\n"
                    "    total, names = 0, 0\n"
                    "    while p:\n"
                    "        total += p.contents.value\n"
                    "        names += len(p.contents.name)\n"
                    "        p = p.contents.next\n"
                    "    return total * 1000000 + names\n"
                    "chain = build(500)\n"
                    "cells = (POINTER(c_int) * 300)()\n"
                    "for i in range(300):\n"
                    "    cells[i] = pointer(c_int(i))\n");
    ck_assert_ptr_nonnull(g);
    /* only C memory refers to the nodes, the bytes and the c_int objects now */
    for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 20000; k++) (void)tr_str_format("garbage %d", k);
        GC_gcollect();
    }
    const char *check = "result = walk(chain)\ncells_sum = sum(c[0] for c in cells)\n";
    TrCode *code = tr_compile_source(check, strlen(check), "t.py", 0);
    ck_assert(!TR_IS_UNDEF(tr_run_code(code, g)));
    /* values 0..499; names "node<i>" * 3 */
    int64_t names = 0;
    for (int i = 0; i < 500; i++) names += 3 * (4 + (i < 10 ? 1 : i < 100 ? 2 : 3));
    ck_assert_int_eq(tr_dict_get_cstr(g, "result").u.i, 124750 * 1000000LL + names);
    ck_assert_int_eq(tr_dict_get_cstr(g, "cells_sum").u.i, 300 * 299 / 2);
}
END_TEST

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    tr_source_compiler = tr_compile_source;
    tr_import_init_path(NULL);
    Suite *s = suite_create("ctypes");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, ctypes_guards, 0, (int)(sizeof guard_cases / sizeof guard_cases[0]));
    tcase_add_test(tc, ctypes_keeps_alive);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
