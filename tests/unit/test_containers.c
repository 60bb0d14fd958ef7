/* test_containers.c — Check unit tests for list, tuple, dict, set, range,
 * slice and the sort (vm/tr_list.c ... vm/tr_sort.c).
 *
 * Expected values that depend on CPython internals (set iteration order,
 * tuple and frozenset hashes, slice resolution) were computed with CPython
 * 3.11 when the tests were written; the generator is described above each
 * table so they can be regenerated. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tr_iters.h"
#include "tr_vm.h"

static TrValue S(const char *s) { return tr_str_value(s); }

/* repr(v) as a C string, or "<error>" */
static const char *R(TrValue v) {
    TrStr *s = tr_repr(v);
    if (!s) {
        tr_exc_clear();
        return "<error>";
    }
    return s->data;
}

static TrList *ints(const int64_t *xs, int n) {
    TrList *l = tr_list_new(0);
    for (int i = 0; i < n; i++) tr_list_append(l, tr_int(xs[i]));
    return l;
}

/* Name of the pending exception's type (and clear it), or "" if none. */
static const char *exc_name(void) {
    if (!tr_exc_pending()) return "";
    TrValue e = tr_exc_fetch();
    return tr_type_name(e);
}

/* ---- dict ---------------------------------------------------------------- */

START_TEST(dict_order_and_delete) {
    TrDict *d = tr_dict_new();
    const char *keys[] = {"a", "b", "c", "d", "e"};
    for (int i = 0; i < 5; i++) ck_assert_int_eq(tr_dict_set(d, S(keys[i]), tr_int(i)), 0);
    ck_assert_int_eq(tr_dict_del(d, S("c")), 0);
    ck_assert_int_eq(tr_dict_set(d, S("f"), tr_int(5)), 0);
    ck_assert_int_eq(tr_dict_set(d, S("a"), tr_int(10)), 0); /* update keeps position */
    ck_assert_str_eq(R(tr_obj(d)), "{'a': 10, 'b': 1, 'd': 3, 'e': 4, 'f': 5}");
    ck_assert_int_eq(tr_dict_del(d, S("zz")), -1);
    ck_assert_str_eq(exc_name(), "KeyError");
    /* many inserts and deletes keep order and find every key */
    TrDict *big = tr_dict_new();
    for (int i = 0; i < 1000; i++) tr_dict_set(big, tr_int(i * 7), tr_int(i));
    for (int i = 0; i < 1000; i += 2) ck_assert_int_eq(tr_dict_del(big, tr_int(i * 7)), 0);
    ck_assert_int_eq(big->t.used, 500);
    int64_t pos = 0, expect = 1;
    TrValue k, v;
    while (tr_dict_next(big, &pos, &k, &v)) {
        ck_assert_int_eq(v.u.i, expect);
        ck_assert_int_eq(k.u.i, expect * 7);
        expect += 2;
    }
    ck_assert_int_eq(expect, 1001);
    for (int i = 1; i < 1000; i += 2) ck_assert_int_eq(tr_dict_get(big, tr_int(i * 7)).u.i, i);
    ck_assert(TR_IS_UNDEF(tr_dict_get(big, tr_int(0))));
}
END_TEST

START_TEST(dict_key_collapse) {
    TrDict *d = tr_dict_new();
    tr_dict_set(d, tr_int(1), S("int"));
    tr_dict_set(d, tr_float(1.0), S("float"));
    tr_dict_set(d, tr_bool(true), S("bool"));
    ck_assert_int_eq(d->t.used, 1);
    ck_assert_str_eq(R(tr_obj(d)), "{1: 'bool'}");
    ck_assert_str_eq(R(tr_dict_get(d, tr_float(1.0))), "'bool'");
    /* unhashable key */
    ck_assert_int_eq(tr_dict_set(d, tr_obj(tr_list_new(0)), tr_none()), -1);
    ck_assert_str_eq(exc_name(), "TypeError");
}
END_TEST

START_TEST(dict_str_fast_path) {
    TrDict *d = tr_dict_new();
    tr_dict_set_str(d, tr_str_intern("x"), tr_int(1));
    tr_dict_set(d, S("y"), tr_int(2)); /* not interned */
    ck_assert_int_eq(tr_dict_get_str(d, tr_str_from_cstr("x")).u.i, 1);
    ck_assert_int_eq(tr_dict_get_cstr(d, "y").u.i, 2);
    ck_assert(TR_IS_UNDEF(tr_dict_get_cstr(d, "z")));
    uint64_t ver = d->version;
    tr_dict_set_str(d, tr_str_intern("x"), tr_int(3));
    ck_assert(d->version != ver);
    ck_assert_str_eq(R(tr_obj(d)), "{'x': 3, 'y': 2}");
}
END_TEST

START_TEST(dict_popitem_views) {
    TrDict *d = tr_dict_new();
    for (int i = 0; i < 4; i++) tr_dict_set(d, tr_int(i), tr_int(i * i));
    TrValue pi = tr_call_method(tr_obj(d), "popitem", NULL, 0);
    ck_assert_str_eq(R(pi), "(3, 9)");
    TrValue keys = tr_call_method(tr_obj(d), "keys", NULL, 0);
    TrValue items = tr_call_method(tr_obj(d), "items", NULL, 0);
    ck_assert_str_eq(R(keys), "dict_keys([0, 1, 2])");
    ck_assert_str_eq(R(items), "dict_items([(0, 0), (1, 1), (2, 4)])");
    tr_dict_set(d, tr_int(7), tr_int(49));
    ck_assert_str_eq(R(keys), "dict_keys([0, 1, 2, 7])"); /* views are live */
    TrValue kv[2] = {tr_int(2), tr_int(4)};
    ck_assert_int_eq(tr_contains(items, tr_obj(tr_tuple_from(kv, 2))), 1);
    /* keys view set algebra gives sets */
    TrSet *s = tr_set_new(&tr_set_type);
    tr_set_add(s, tr_int(1));
    tr_set_add(s, tr_int(50));
    ck_assert_str_eq(R(tr_binop(TR_BIN_AND, keys, tr_obj(s))), "{1}");
    ck_assert_str_eq(R(tr_binop(TR_BIN_SUB, keys, tr_obj(s))), "{0, 2, 7}");
    /* iteration notices size changes */
    TrValue it = tr_iter(tr_obj(d));
    ck_assert(!TR_IS_UNDEF(tr_next(it)));
    tr_dict_set(d, tr_int(100), tr_none());
    ck_assert(TR_IS_UNDEF(tr_next(it)));
    ck_assert_str_eq(exc_name(), "RuntimeError");
}
END_TEST

/* ---- sets ----------------------------------------------------------------- */

/* Each case: add `build` one by one, discard `discard`, add `add_after`,
 * then optionally combine with set(other) by op; `expect` is the iteration
 * order CPython 3.11 gives (list(s)).  Generated by a Python script that
 * performs the same steps. */
typedef struct SetCase {
    const char *name;
    int64_t build[64];
    int nbuild;
    int64_t discard[64];
    int ndiscard;
    int64_t add_after[64];
    int nadd;
    int op;
    int64_t other[64];
    int nother;
    int64_t expect[64];
    int nexpect;
} SetCase;

static const SetCase set_cases[] = {
    {"small", {3, 1, 2}, 3, {0}, 0, {0}, 0, 0, {0}, 0, {1, 2, 3}, 3},
    {"brief", {10, 5, 100, 33}, 4, {0}, 0, {0}, 0, 0, {0}, 0, {33, 10, 100, 5}, 4},
    {"range21", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 21, {0}, 0, {0}, 0, 0, {0}, 0, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 21},
    {"range21rev", {20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, 21, {0}, 0, {0}, 0, 0, {0}, 0, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 21},
    {"neg", {-1, -2, -3, 7, 8, 9}, 6, {0}, 0, {0}, 0, 0, {0}, 0, {7, 8, 9, -2, -3, -1}, 6},
    {"neg2", {-5, -1, -2, 0, 1, 2}, 6, {0}, 0, {0}, 0, 0, {0}, 0, {0, 1, 2, -2, -5, -1}, 6},
    {"large", {4611686018427387904LL, 2305843009213693952LL, 5, 1099511627779LL, -1125899906842624LL}, 5, {0}, 0, {0}, 0, 0, {0}, 0, {-1125899906842624LL, 2305843009213693952LL, 4611686018427387904LL, 1099511627779LL, 5}, 5},
    {"large2", {2305843009213693951LL, 2305843009213693952LL, 2305843009213693953LL, 4611686018427387903LL}, 4, {0}, 0, {0}, 0, 0, {0}, 0, {2305843009213693951LL, 2305843009213693952LL, 2305843009213693953LL, 4611686018427387903LL}, 4},
    {"mult8", {8, 16, 24, 32, 40, 0}, 6, {0}, 0, {0}, 0, 0, {0}, 0, {32, 0, 8, 40, 16, 24}, 6},
    {"collide", {1, 9, 17, 25, 33, 41, 49}, 7, {0}, 0, {0}, 0, 0, {0}, 0, {1, 33, 9, 41, 17, 49, 25}, 7},
    {"removal", {1, 2, 3}, 3, {2}, 1, {10}, 1, 0, {0}, 0, {1, 10, 3}, 3},
    {"removal2", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10, {3}, 1, {0}, 0, 0, {0}, 0, {0, 1, 2, 4, 5, 6, 7, 8, 9}, 9},
    {"removal3", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}, 30, {0, 3, 6, 9, 12, 15, 18, 21, 24, 27}, 10, {100, 200, 33}, 3, 0, {0}, 0, {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 33, 200, 100}, 23},
    {"growth", {0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196}, 29, {0}, 0, {0}, 0, 0, {0}, 0, {0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126}, 29},
    {"growth2", {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361, 400, 441, 484, 529, 576, 625, 676, 729, 784, 841, 900, 961, 1024, 1089, 1156, 1225, 1296, 1369, 1444, 1521}, 40, {0}, 0, {0}, 0, 0, {0}, 0, {0, 1, 256, 1024, 4, 900, 1156, 9, 16, 144, 400, 529, 784, 1296, 25, 289, 36, 676, 1444, 169, 49, 441, 64, 576, 961, 1089, 196, 324, 841, 1225, 81, 729, 1369, 225, 100, 484, 361, 625, 1521, 121}, 40},
    {"mixed", {1000, 5, 77, 64, 128, 3, 9999, 12}, 8, {0}, 0, {0}, 0, 0, {0}, 0, {128, 64, 3, 5, 1000, 12, 77, 9999}, 8},
    {"union", {1, 2}, 2, {0}, 0, {0}, 0, '|', {100, 50}, 2, {100, 1, 2, 50}, 4},
    {"union2", {5, 3}, 2, {0}, 0, {0}, 0, '|', {3, 4, 8, 1}, 4, {1, 3, 4, 5, 8}, 5},
    {"inter", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10, {0}, 0, {0}, 0, '&', {9, 3, 5, 100}, 4, {9, 3, 5}, 3},
    {"inter2", {7, 14, 21}, 3, {0}, 0, {0}, 0, '&', {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}, 30, {21, 14, 7}, 3},
    {"diff", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10, {0}, 0, {0}, 0, '-', {3}, 1, {0, 1, 2, 4, 5, 6, 7, 8, 9}, 9},
    {"diff2", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}, 40, {0}, 0, {0}, 0, '-', {1, 2}, 2, {0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}, 38},
    {"symdiff", {1, 2, 3, 4}, 4, {0}, 0, {0}, 0, '^', {3, 4, 5, 6}, 4, {1, 2, 5, 6}, 4},
    {"symdiff2", {10, 20}, 2, {0}, 0, {0}, 0, '^', {1, 2, 30}, 3, {1, 2, 10, 20, 30}, 5},
    {"negrange", {-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 20, {0}, 0, {0}, 0, 0, {0}, 0, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1}, 20},
    {"bigstep", {0, 50653, 101306, 151959, 202612, 253265, 303918, 354571, 405224, 455877, 506530, 557183, 607836, 658489, 709142, 759795, 810448, 861101, 911754, 962407}, 20, {0}, 0, {0}, 0, 0, {0}, 0, {0, 911754, 354571, 709142, 151959, 506530, 861101, 303918, 658489, 101306, 455877, 810448, 253265, 607836, 50653, 962407, 405224, 759795, 202612, 557183}, 20},
    {"addafter", {1, 2, 3, 4, 5}, 5, {1, 2, 3, 4, 5}, 5, {9, 17, 25}, 3, 0, {0}, 0, {9, 17, 25}, 3},
};

static TrSet *set_of(const int64_t *xs, int n) {
    TrSet *s = tr_set_new(&tr_set_type);
    for (int i = 0; i < n; i++) ck_assert_int_eq(tr_set_add(s, tr_int(xs[i])), 0);
    return s;
}

START_TEST(set_iteration_order) {
    const SetCase *c = &set_cases[_i];
    TrSet *s = set_of(c->build, c->nbuild);
    for (int i = 0; i < c->ndiscard; i++) ck_assert_int_ge(tr_set_discard(s, tr_int(c->discard[i])), 0);
    for (int i = 0; i < c->nadd; i++) tr_set_add(s, tr_int(c->add_after[i]));
    TrValue r = tr_obj(s);
    if (c->op) {
        static const struct { char c; int op; } ops[] = {
            {'|', TR_BIN_OR}, {'&', TR_BIN_AND}, {'-', TR_BIN_SUB}, {'^', TR_BIN_XOR}};
        int op = -1;
        for (int i = 0; i < 4; i++)
            if (ops[i].c == c->op) op = ops[i].op;
        TrValue other = tr_set_from_iterable(&tr_set_type, tr_obj(ints(c->other, c->nother)));
        r = tr_binop(op, r, other);
        ck_assert(!TR_IS_UNDEF(r));
    }
    TrSet *res = TR_AS(TrSet, r);
    ck_assert_msg(res->used == c->nexpect, "%s: size %lld", c->name, (long long)res->used);
    int64_t pos = 0;
    TrValue k;
    for (int i = 0; tr_set_next(res, &pos, &k); i++)
        ck_assert_msg(k.u.i == c->expect[i], "%s: item %d is %lld, CPython has %lld", c->name, i,
                      (long long)k.u.i, (long long)c->expect[i]);
}
END_TEST

START_TEST(set_repr_pop_hash) {
    int64_t xs[] = {3, 1, 2};
    TrSet *s = set_of(xs, 3);
    ck_assert_str_eq(R(tr_obj(s)), "{1, 2, 3}");
    ck_assert_str_eq(R(tr_obj(tr_set_new(&tr_set_type))), "set()");
    ck_assert_str_eq(R(tr_obj(tr_set_new(&tr_frozenset_type))), "frozenset()");
    TrValue fs = tr_set_from_iterable(&tr_frozenset_type, tr_obj(s));
    ck_assert_str_eq(R(fs), "frozenset({1, 2, 3})");
    int64_t h;
    ck_assert_int_eq(tr_hash(fs, &h), 0);
    ck_assert(h == -272375401224217160LL); /* hash(frozenset({1, 2, 3})) */
    ck_assert_int_eq(tr_hash(tr_obj(tr_set_new(&tr_frozenset_type)), &h), 0);
    ck_assert(h == 133146708735736LL); /* hash(frozenset()) */
    ck_assert_int_eq(tr_hash(tr_obj(s), &h), -1);
    ck_assert_str_eq(exc_name(), "TypeError");
    /* pop() walks from the finger: CPython gives 1, 2, 3 */
    for (int i = 1; i <= 3; i++) ck_assert_int_eq(tr_call_method(tr_obj(s), "pop", NULL, 0).u.i, i);
    ck_assert(TR_IS_UNDEF(tr_call_method(tr_obj(s), "pop", NULL, 0)));
    ck_assert_str_eq(exc_name(), "KeyError");
    /* comparisons are subset tests */
    int64_t a[] = {1, 2}, b[] = {1, 2, 3};
    ck_assert_int_eq(tr_richcmp_bool(tr_obj(set_of(a, 2)), tr_obj(set_of(b, 3)), TR_LT), 1);
    ck_assert_int_eq(tr_richcmp_bool(tr_obj(set_of(b, 3)), tr_obj(set_of(a, 2)), TR_LE), 0);
    ck_assert_int_eq(tr_eq(tr_obj(set_of(b, 3)), fs), 1);
    /* a set key is looked up as a frozenset */
    TrSet *outer = tr_set_new(&tr_set_type);
    tr_set_add(outer, fs);
    ck_assert_int_eq(tr_set_contains(outer, tr_obj(set_of(b, 3))), 1);
}
END_TEST

/* ---- tuples ---------------------------------------------------------------- */

START_TEST(tuple_hash_repr) {
    TrValue v[3] = {tr_int(1), tr_int(2), tr_int(3)};
    int64_t h;
    ck_assert_int_eq(tr_hash(tr_obj(tr_tuple_from(v, 3)), &h), 0);
    ck_assert(h == 529344067295497451LL);
    ck_assert_int_eq(tr_hash(tr_obj(tr_empty_tuple), &h), 0);
    ck_assert(h == 5740354900026072187LL);
    ck_assert_int_eq(tr_hash(tr_obj(tr_tuple_from(v, 1)), &h), 0);
    ck_assert(h == -6644214454873602895LL);
    ck_assert_str_eq(R(tr_obj(tr_tuple_from(v, 1))), "(1,)");
    ck_assert_str_eq(R(tr_obj(tr_empty_tuple)), "()");
    ck_assert(tr_tuple_new(0) == tr_empty_tuple);
    TrValue l = tr_obj(tr_list_new(1));
    ck_assert_int_eq(tr_hash(tr_obj(tr_tuple_from(&l, 1)), &h), -1);
    ck_assert_str_eq(exc_name(), "TypeError");
    TrValue w[2] = {tr_int(1), S("a")};
    ck_assert_int_eq(tr_richcmp_bool(tr_obj(tr_tuple_from(v, 2)), tr_obj(tr_tuple_from(w, 2)), TR_LT), -1);
    ck_assert_str_eq(exc_name(), "TypeError");
    ck_assert_int_eq(tr_richcmp_bool(tr_obj(tr_tuple_from(v, 2)), tr_obj(tr_tuple_from(v, 3)), TR_LT), 1);
}
END_TEST

/* ---- lists and slices --------------------------------------------------------- */

/* {len, start, stop, step, start', stop', step', slicelength} with -999 for
 * None: slice(start, stop, step).indices(len) and len(range(...)) from
 * CPython 3.11. */
static const int slice_cases[][8] = {
    {0,-999,-999,-999,0,0,1,0}, {0,-999,-999,-2,-1,-1,-2,0}, {0,-999,-999,1,0,0,1,0}, {0,-999,-999,3,0,0,3,0}, {0,-999,-9,-999,0,0,1,0}, {0,-999,-9,-2,-1,-1,-2,0},
    {0,-999,-9,1,0,0,1,0}, {0,-999,-9,3,0,0,3,0}, {0,-999,-1,-999,0,0,1,0}, {0,-999,-1,-2,-1,-1,-2,0}, {0,-999,-1,1,0,0,1,0}, {0,-999,-1,3,0,0,3,0},
    {0,-999,0,-999,0,0,1,0}, {0,-999,0,-2,-1,-1,-2,0}, {0,-999,0,1,0,0,1,0}, {0,-999,0,3,0,0,3,0}, {0,-999,3,-999,0,0,1,0}, {0,-999,3,-2,-1,-1,-2,0},
    {0,-999,3,1,0,0,1,0}, {0,-999,3,3,0,0,3,0}, {0,-999,9,-999,0,0,1,0}, {0,-999,9,-2,-1,-1,-2,0}, {0,-999,9,1,0,0,1,0}, {0,-999,9,3,0,0,3,0},
    {0,-9,-999,-999,0,0,1,0}, {0,-9,-999,-2,-1,-1,-2,0}, {0,-9,-999,1,0,0,1,0}, {0,-9,-999,3,0,0,3,0}, {0,-9,-9,-999,0,0,1,0}, {0,-9,-9,-2,-1,-1,-2,0},
    {0,-9,-9,1,0,0,1,0}, {0,-9,-9,3,0,0,3,0}, {0,-9,-1,-999,0,0,1,0}, {0,-9,-1,-2,-1,-1,-2,0}, {0,-9,-1,1,0,0,1,0}, {0,-9,-1,3,0,0,3,0},
    {0,-9,0,-999,0,0,1,0}, {0,-9,0,-2,-1,-1,-2,0}, {0,-9,0,1,0,0,1,0}, {0,-9,0,3,0,0,3,0}, {0,-9,3,-999,0,0,1,0}, {0,-9,3,-2,-1,-1,-2,0},
    {0,-9,3,1,0,0,1,0}, {0,-9,3,3,0,0,3,0}, {0,-9,9,-999,0,0,1,0}, {0,-9,9,-2,-1,-1,-2,0}, {0,-9,9,1,0,0,1,0}, {0,-9,9,3,0,0,3,0},
    {0,-1,-999,-999,0,0,1,0}, {0,-1,-999,-2,-1,-1,-2,0}, {0,-1,-999,1,0,0,1,0}, {0,-1,-999,3,0,0,3,0}, {0,-1,-9,-999,0,0,1,0}, {0,-1,-9,-2,-1,-1,-2,0},
    {0,-1,-9,1,0,0,1,0}, {0,-1,-9,3,0,0,3,0}, {0,-1,-1,-999,0,0,1,0}, {0,-1,-1,-2,-1,-1,-2,0}, {0,-1,-1,1,0,0,1,0}, {0,-1,-1,3,0,0,3,0},
    {0,-1,0,-999,0,0,1,0}, {0,-1,0,-2,-1,-1,-2,0}, {0,-1,0,1,0,0,1,0}, {0,-1,0,3,0,0,3,0}, {0,-1,3,-999,0,0,1,0}, {0,-1,3,-2,-1,-1,-2,0},
    {0,-1,3,1,0,0,1,0}, {0,-1,3,3,0,0,3,0}, {0,-1,9,-999,0,0,1,0}, {0,-1,9,-2,-1,-1,-2,0}, {0,-1,9,1,0,0,1,0}, {0,-1,9,3,0,0,3,0},
    {0,0,-999,-999,0,0,1,0}, {0,0,-999,-2,-1,-1,-2,0}, {0,0,-999,1,0,0,1,0}, {0,0,-999,3,0,0,3,0}, {0,0,-9,-999,0,0,1,0}, {0,0,-9,-2,-1,-1,-2,0},
    {0,0,-9,1,0,0,1,0}, {0,0,-9,3,0,0,3,0}, {0,0,-1,-999,0,0,1,0}, {0,0,-1,-2,-1,-1,-2,0}, {0,0,-1,1,0,0,1,0}, {0,0,-1,3,0,0,3,0},
    {0,0,0,-999,0,0,1,0}, {0,0,0,-2,-1,-1,-2,0}, {0,0,0,1,0,0,1,0}, {0,0,0,3,0,0,3,0}, {0,0,3,-999,0,0,1,0}, {0,0,3,-2,-1,-1,-2,0},
    {0,0,3,1,0,0,1,0}, {0,0,3,3,0,0,3,0}, {0,0,9,-999,0,0,1,0}, {0,0,9,-2,-1,-1,-2,0}, {0,0,9,1,0,0,1,0}, {0,0,9,3,0,0,3,0},
    {0,3,-999,-999,0,0,1,0}, {0,3,-999,-2,-1,-1,-2,0}, {0,3,-999,1,0,0,1,0}, {0,3,-999,3,0,0,3,0}, {0,3,-9,-999,0,0,1,0}, {0,3,-9,-2,-1,-1,-2,0},
    {0,3,-9,1,0,0,1,0}, {0,3,-9,3,0,0,3,0}, {0,3,-1,-999,0,0,1,0}, {0,3,-1,-2,-1,-1,-2,0}, {0,3,-1,1,0,0,1,0}, {0,3,-1,3,0,0,3,0},
    {0,3,0,-999,0,0,1,0}, {0,3,0,-2,-1,-1,-2,0}, {0,3,0,1,0,0,1,0}, {0,3,0,3,0,0,3,0}, {0,3,3,-999,0,0,1,0}, {0,3,3,-2,-1,-1,-2,0},
    {0,3,3,1,0,0,1,0}, {0,3,3,3,0,0,3,0}, {0,3,9,-999,0,0,1,0}, {0,3,9,-2,-1,-1,-2,0}, {0,3,9,1,0,0,1,0}, {0,3,9,3,0,0,3,0},
    {0,9,-999,-999,0,0,1,0}, {0,9,-999,-2,-1,-1,-2,0}, {0,9,-999,1,0,0,1,0}, {0,9,-999,3,0,0,3,0}, {0,9,-9,-999,0,0,1,0}, {0,9,-9,-2,-1,-1,-2,0},
    {0,9,-9,1,0,0,1,0}, {0,9,-9,3,0,0,3,0}, {0,9,-1,-999,0,0,1,0}, {0,9,-1,-2,-1,-1,-2,0}, {0,9,-1,1,0,0,1,0}, {0,9,-1,3,0,0,3,0},
    {0,9,0,-999,0,0,1,0}, {0,9,0,-2,-1,-1,-2,0}, {0,9,0,1,0,0,1,0}, {0,9,0,3,0,0,3,0}, {0,9,3,-999,0,0,1,0}, {0,9,3,-2,-1,-1,-2,0},
    {0,9,3,1,0,0,1,0}, {0,9,3,3,0,0,3,0}, {0,9,9,-999,0,0,1,0}, {0,9,9,-2,-1,-1,-2,0}, {0,9,9,1,0,0,1,0}, {0,9,9,3,0,0,3,0},
    {7,-999,-999,-999,0,7,1,7}, {7,-999,-999,-2,6,-1,-2,4}, {7,-999,-999,1,0,7,1,7}, {7,-999,-999,3,0,7,3,3}, {7,-999,-9,-999,0,0,1,0}, {7,-999,-9,-2,6,-1,-2,4},
    {7,-999,-9,1,0,0,1,0}, {7,-999,-9,3,0,0,3,0}, {7,-999,-1,-999,0,6,1,6}, {7,-999,-1,-2,6,6,-2,0}, {7,-999,-1,1,0,6,1,6}, {7,-999,-1,3,0,6,3,2},
    {7,-999,0,-999,0,0,1,0}, {7,-999,0,-2,6,0,-2,3}, {7,-999,0,1,0,0,1,0}, {7,-999,0,3,0,0,3,0}, {7,-999,3,-999,0,3,1,3}, {7,-999,3,-2,6,3,-2,2},
    {7,-999,3,1,0,3,1,3}, {7,-999,3,3,0,3,3,1}, {7,-999,9,-999,0,7,1,7}, {7,-999,9,-2,6,6,-2,0}, {7,-999,9,1,0,7,1,7}, {7,-999,9,3,0,7,3,3},
    {7,-9,-999,-999,0,7,1,7}, {7,-9,-999,-2,-1,-1,-2,0}, {7,-9,-999,1,0,7,1,7}, {7,-9,-999,3,0,7,3,3}, {7,-9,-9,-999,0,0,1,0}, {7,-9,-9,-2,-1,-1,-2,0},
    {7,-9,-9,1,0,0,1,0}, {7,-9,-9,3,0,0,3,0}, {7,-9,-1,-999,0,6,1,6}, {7,-9,-1,-2,-1,6,-2,0}, {7,-9,-1,1,0,6,1,6}, {7,-9,-1,3,0,6,3,2},
    {7,-9,0,-999,0,0,1,0}, {7,-9,0,-2,-1,0,-2,0}, {7,-9,0,1,0,0,1,0}, {7,-9,0,3,0,0,3,0}, {7,-9,3,-999,0,3,1,3}, {7,-9,3,-2,-1,3,-2,0},
    {7,-9,3,1,0,3,1,3}, {7,-9,3,3,0,3,3,1}, {7,-9,9,-999,0,7,1,7}, {7,-9,9,-2,-1,6,-2,0}, {7,-9,9,1,0,7,1,7}, {7,-9,9,3,0,7,3,3},
    {7,-1,-999,-999,6,7,1,1}, {7,-1,-999,-2,6,-1,-2,4}, {7,-1,-999,1,6,7,1,1}, {7,-1,-999,3,6,7,3,1}, {7,-1,-9,-999,6,0,1,0}, {7,-1,-9,-2,6,-1,-2,4},
    {7,-1,-9,1,6,0,1,0}, {7,-1,-9,3,6,0,3,0}, {7,-1,-1,-999,6,6,1,0}, {7,-1,-1,-2,6,6,-2,0}, {7,-1,-1,1,6,6,1,0}, {7,-1,-1,3,6,6,3,0},
    {7,-1,0,-999,6,0,1,0}, {7,-1,0,-2,6,0,-2,3}, {7,-1,0,1,6,0,1,0}, {7,-1,0,3,6,0,3,0}, {7,-1,3,-999,6,3,1,0}, {7,-1,3,-2,6,3,-2,2},
    {7,-1,3,1,6,3,1,0}, {7,-1,3,3,6,3,3,0}, {7,-1,9,-999,6,7,1,1}, {7,-1,9,-2,6,6,-2,0}, {7,-1,9,1,6,7,1,1}, {7,-1,9,3,6,7,3,1},
    {7,0,-999,-999,0,7,1,7}, {7,0,-999,-2,0,-1,-2,1}, {7,0,-999,1,0,7,1,7}, {7,0,-999,3,0,7,3,3}, {7,0,-9,-999,0,0,1,0}, {7,0,-9,-2,0,-1,-2,1},
    {7,0,-9,1,0,0,1,0}, {7,0,-9,3,0,0,3,0}, {7,0,-1,-999,0,6,1,6}, {7,0,-1,-2,0,6,-2,0}, {7,0,-1,1,0,6,1,6}, {7,0,-1,3,0,6,3,2},
    {7,0,0,-999,0,0,1,0}, {7,0,0,-2,0,0,-2,0}, {7,0,0,1,0,0,1,0}, {7,0,0,3,0,0,3,0}, {7,0,3,-999,0,3,1,3}, {7,0,3,-2,0,3,-2,0},
    {7,0,3,1,0,3,1,3}, {7,0,3,3,0,3,3,1}, {7,0,9,-999,0,7,1,7}, {7,0,9,-2,0,6,-2,0}, {7,0,9,1,0,7,1,7}, {7,0,9,3,0,7,3,3},
    {7,3,-999,-999,3,7,1,4}, {7,3,-999,-2,3,-1,-2,2}, {7,3,-999,1,3,7,1,4}, {7,3,-999,3,3,7,3,2}, {7,3,-9,-999,3,0,1,0}, {7,3,-9,-2,3,-1,-2,2},
    {7,3,-9,1,3,0,1,0}, {7,3,-9,3,3,0,3,0}, {7,3,-1,-999,3,6,1,3}, {7,3,-1,-2,3,6,-2,0}, {7,3,-1,1,3,6,1,3}, {7,3,-1,3,3,6,3,1},
    {7,3,0,-999,3,0,1,0}, {7,3,0,-2,3,0,-2,2}, {7,3,0,1,3,0,1,0}, {7,3,0,3,3,0,3,0}, {7,3,3,-999,3,3,1,0}, {7,3,3,-2,3,3,-2,0},
    {7,3,3,1,3,3,1,0}, {7,3,3,3,3,3,3,0}, {7,3,9,-999,3,7,1,4}, {7,3,9,-2,3,6,-2,0}, {7,3,9,1,3,7,1,4}, {7,3,9,3,3,7,3,2},
    {7,9,-999,-999,7,7,1,0}, {7,9,-999,-2,6,-1,-2,4}, {7,9,-999,1,7,7,1,0}, {7,9,-999,3,7,7,3,0}, {7,9,-9,-999,7,0,1,0}, {7,9,-9,-2,6,-1,-2,4},
    {7,9,-9,1,7,0,1,0}, {7,9,-9,3,7,0,3,0}, {7,9,-1,-999,7,6,1,0}, {7,9,-1,-2,6,6,-2,0}, {7,9,-1,1,7,6,1,0}, {7,9,-1,3,7,6,3,0},
    {7,9,0,-999,7,0,1,0}, {7,9,0,-2,6,0,-2,3}, {7,9,0,1,7,0,1,0}, {7,9,0,3,7,0,3,0}, {7,9,3,-999,7,3,1,0}, {7,9,3,-2,6,3,-2,2},
    {7,9,3,1,7,3,1,0}, {7,9,3,3,7,3,3,0}, {7,9,9,-999,7,7,1,0}, {7,9,9,-2,6,6,-2,0}, {7,9,9,1,7,7,1,0}, {7,9,9,3,7,7,3,0},
};

static TrValue none_or(int x) { return x == -999 ? tr_none() : tr_int(x); }

START_TEST(slice_indices) {
    int n = sizeof slice_cases / sizeof slice_cases[0];
    for (int i = 0; i < n; i++) {
        const int *c = slice_cases[i];
        TrValue sl = tr_slice_new(none_or(c[1]), none_or(c[2]), none_or(c[3]));
        int64_t st, sp, step;
        int64_t len = tr_slice_indices(TR_AS(TrSlice, sl), c[0], &st, &sp, &step);
        ck_assert_msg(len == c[7] && st == c[4] && step == c[6], "case %d", i);
        if (len > 0) ck_assert_msg(sp == c[5], "case %d stop", i);
    }
    TrValue zero = tr_slice_new(tr_none(), tr_none(), tr_int(0));
    int64_t a, b, s;
    ck_assert_int_eq(tr_slice_indices(TR_AS(TrSlice, zero), 5, &a, &b, &s), -1);
    ck_assert_str_eq(exc_name(), "ValueError");
}
END_TEST

START_TEST(list_slicing) {
    int64_t xs[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    TrValue l = tr_obj(ints(xs, 10));
    ck_assert_str_eq(R(tr_getitem(l, tr_slice_new(tr_int(2), tr_int(8), tr_int(3)))), "[2, 5]");
    ck_assert_str_eq(R(tr_getitem(l, tr_slice_new(tr_none(), tr_none(), tr_int(-4)))), "[9, 5, 1]");
    ck_assert_str_eq(R(tr_getitem(l, tr_int(-1))), "9");
    ck_assert(TR_IS_UNDEF(tr_getitem(l, tr_int(10))));
    ck_assert_str_eq(exc_name(), "IndexError");
    /* slice assignment grows and shrinks */
    TrValue ab[2] = {S("a"), S("b")};
    ck_assert_int_eq(tr_setitem(l, tr_slice_new(tr_int(1), tr_int(4), tr_none()), tr_obj(tr_list_from(ab, 2))), 0);
    ck_assert_str_eq(R(l), "[0, 'a', 'b', 4, 5, 6, 7, 8, 9]");
    ck_assert_int_eq(tr_setitem(l, tr_slice_new(tr_int(0), tr_int(0), tr_none()), tr_obj(tr_tuple_from(ab, 2))), 0);
    ck_assert_str_eq(R(l), "['a', 'b', 0, 'a', 'b', 4, 5, 6, 7, 8, 9]");
    /* extended slices: size check, then delete */
    ck_assert_int_eq(tr_setitem(l, tr_slice_new(tr_none(), tr_none(), tr_int(2)), tr_obj(tr_list_from(ab, 2))), -1);
    ck_assert_str_eq(exc_name(), "ValueError");
    ck_assert_int_eq(tr_delitem(l, tr_slice_new(tr_none(), tr_none(), tr_int(-3))), 0);
    ck_assert_str_eq(R(l), "['a', 0, 'a', 4, 5, 7, 8]");
    ck_assert_int_eq(tr_delitem(l, tr_slice_new(tr_int(1), tr_int(-1), tr_none())), 0);
    ck_assert_str_eq(R(l), "['a', 8]");
    /* self-assignment and self-containing repr */
    ck_assert_int_eq(tr_setitem(l, tr_slice_new(tr_int(1), tr_int(1), tr_none()), l), 0);
    ck_assert_str_eq(R(l), "['a', 'a', 8, 8]");
    tr_list_append(TR_AS(TrList, l), l);
    ck_assert_str_eq(R(l), "['a', 'a', 8, 8, [...]]");
}
END_TEST

START_TEST(list_ops) {
    int64_t xs[] = {1, 2, 3};
    TrValue l = tr_obj(ints(xs, 3));
    ck_assert_str_eq(R(tr_binop(TR_BIN_MUL, l, tr_int(2))), "[1, 2, 3, 1, 2, 3]");
    ck_assert_str_eq(R(tr_binop(TR_BIN_MUL, tr_int(0), l)), "[]");
    TrValue t = tr_obj(tr_tuple_from(TR_AS(TrList, l)->items, 2));
    ck_assert(TR_IS_UNDEF(tr_binop(TR_BIN_ADD, l, t)));
    ck_assert_str_eq(exc_name(), "TypeError");
    TrValue r = tr_binop(TR_BIN_ADD | TR_BIN_INPLACE, l, t); /* += takes any iterable */
    ck_assert(r.u.o == l.u.o);
    ck_assert_str_eq(R(l), "[1, 2, 3, 1, 2]");
    ck_assert_int_eq(tr_richcmp_bool(l, tr_obj(ints(xs, 3)), TR_GT), 1);
    ck_assert_int_eq(tr_eq(l, tr_obj(ints(xs, 3))), 0);
    TrValue arg = tr_int(2);
    ck_assert_int_eq(tr_call_method(l, "count", &arg, 1).u.i, 2);
    ck_assert_int_eq(tr_call_method(l, "index", &arg, 1).u.i, 1);
    arg = tr_int(9);
    ck_assert(TR_IS_UNDEF(tr_call_method(l, "index", &arg, 1)));
    ck_assert_str_eq(exc_name(), "ValueError");
    ck_assert_str_eq(R(tr_call_method(l, "pop", NULL, 0)), "2");
    ck_assert_str_eq(tr_type_name(tr_reversed(l)), "list_reverseiterator");
    TrList *rev = tr_list_of(tr_reversed(l));
    ck_assert_str_eq(R(tr_obj(rev)), "[1, 3, 2, 1]");
}
END_TEST

/* ---- sort --------------------------------------------------------------------- */

static TrValue first_item(TrValue *args, int nargs, TrTuple *kwnames) {
    (void)nargs; (void)kwnames;
    return TR_AS(TrTuple, args[0])->items[0];
}

START_TEST(sort_stability) {
    /* (key, original position) pairs with many equal keys */
    TrList *l = tr_list_new(0);
    for (int i = 0; i < 300; i++) {
        TrValue p[2] = {tr_int((i * 7919) % 13), tr_int(i)};
        tr_list_append(l, tr_obj(tr_tuple_from(p, 2)));
    }
    TrValue key = tr_native_new("first", first_item, NULL, 0);
    ck_assert(!TR_IS_UNDEF(tr_list_sort(l, key, false)));
    for (int i = 1; i < 300; i++) {
        TrTuple *a = TR_AS(TrTuple, l->items[i - 1]), *b = TR_AS(TrTuple, l->items[i]);
        ck_assert(a->items[0].u.i < b->items[0].u.i ||
                  (a->items[0].u.i == b->items[0].u.i && a->items[1].u.i < b->items[1].u.i));
    }
    ck_assert(!TR_IS_UNDEF(tr_list_sort(l, key, true)));
    for (int i = 1; i < 300; i++) {
        TrTuple *a = TR_AS(TrTuple, l->items[i - 1]), *b = TR_AS(TrTuple, l->items[i]);
        ck_assert(a->items[0].u.i > b->items[0].u.i ||
                  (a->items[0].u.i == b->items[0].u.i && a->items[1].u.i < b->items[1].u.i));
    }
    /* plain sort of a shuffled range, and mixed types raise like CPython */
    TrList *m = tr_list_new(0);
    for (int i = 0; i < 1000; i++) tr_list_append(m, tr_int((i * 7919) % 1000));
    ck_assert(!TR_IS_UNDEF(tr_list_sort(m, tr_undef(), false)));
    for (int i = 0; i < 1000; i++) ck_assert_int_eq(m->items[i].u.i, i);
    TrValue mixed[3] = {tr_int(1), S("x"), tr_int(2)};
    TrList *bad = tr_list_from(mixed, 3);
    ck_assert(TR_IS_UNDEF(tr_list_sort(bad, tr_undef(), false)));
    TrValue e = tr_exc_fetch();
    ck_assert_str_eq(tr_to_str(e)->data, "'<' not supported between instances of 'str' and 'int'");
    ck_assert_int_eq(bad->len, 3);
}
END_TEST

/* ---- range ---------------------------------------------------------------------- */

START_TEST(range_basics) {
    TrValue r = tr_range_new(3, 30, 4);
    ck_assert_int_eq(tr_len(r), 7);
    ck_assert_str_eq(R(r), "range(3, 30, 4)");
    ck_assert_str_eq(R(tr_range_new(0, 5, 1)), "range(0, 5)");
    ck_assert_int_eq(tr_getitem(r, tr_int(-1)).u.i, 27);
    ck_assert_int_eq(tr_contains(r, tr_int(11)), 1);
    ck_assert_int_eq(tr_contains(r, tr_int(12)), 0);
    ck_assert_str_eq(R(tr_getitem(r, tr_slice_new(tr_none(), tr_none(), tr_int(-1)))), "range(27, -1, -4)");
    ck_assert_str_eq(R(tr_obj(tr_list_of(tr_reversed(tr_range_new(1, 6, 1))))), "[5, 4, 3, 2, 1]");
    ck_assert(TR_IS_UNDEF(tr_range_new(1, 2, 0)));
    ck_assert_str_eq(exc_name(), "ValueError");
    ck_assert_int_eq(tr_eq(tr_range_new(0, 10, 2), tr_range_new(0, 9, 2)), 1);
    ck_assert_int_eq(tr_eq(tr_range_new(0, 0, 1), tr_range_new(5, 5, 3)), 1);
    int64_t h1, h2;
    tr_hash(tr_range_new(0, 10, 2), &h1);
    tr_hash(tr_range_new(0, 9, 2), &h2);
    ck_assert(h1 == h2);
    /* the fast iterator */
    TrValue it = tr_iter(tr_range_new(10, 0, -3));
    ck_assert(tr_is_type(it, &tr_range_iter_type));
    int64_t expect[] = {10, 7, 4, 1};
    for (int i = 0; i < 4; i++) ck_assert_int_eq(tr_next(it).u.i, expect[i]);
    ck_assert(TR_IS_UNDEF(tr_next(it)) && !tr_exc_pending());
    /* a length beyond int64 still works for indexing */
    TrValue huge = tr_range_new(INT64_MIN, INT64_MAX, 1);
    ck_assert_int_eq(tr_getitem(huge, tr_int(-1)).u.i, INT64_MAX - 1);
    ck_assert_int_eq(tr_len(huge), -1);
    ck_assert_str_eq(exc_name(), "OverflowError");
}
END_TEST

static Suite *containers_suite(void) {
    Suite *s = suite_create("containers");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, dict_order_and_delete);
    tcase_add_test(tc, dict_key_collapse);
    tcase_add_test(tc, dict_str_fast_path);
    tcase_add_test(tc, dict_popitem_views);
    tcase_add_loop_test(tc, set_iteration_order, 0, (int)(sizeof set_cases / sizeof set_cases[0]));
    tcase_add_test(tc, set_repr_pop_hash);
    tcase_add_test(tc, tuple_hash_repr);
    tcase_add_test(tc, slice_indices);
    tcase_add_test(tc, list_slicing);
    tcase_add_test(tc, list_ops);
    tcase_add_test(tc, sort_stability);
    tcase_add_test(tc, range_basics);
    suite_add_tcase(s, tc);
    return s;
}

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    SRunner *sr = srunner_create(containers_suite());
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
