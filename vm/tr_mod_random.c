/* tr_mod_random.c — `_random`: the Mersenne Twister core of the random
 * module (lib/random.py holds the distributions, as CPython's Lib/random.py
 * does over its C _random).  Seeding from an int and the 53-bit random()
 * follow CPython's _randommodule.c exactly, so seeded sequences match. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gc.h>

#include "tr_module.h"
#include "tr_num.h"

enum { N = 624, M = 397 };

typedef struct TrRandom {
    TrObject ob;
    uint32_t state[N];
    int index;
} TrRandom;

static TrType random_type;

static void init_genrand(TrRandom *r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < N; i++)
        r->state[i] = 1812433253U * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + (uint32_t)i;
    r->index = N;
}

static void init_by_array(TrRandom *r, const uint32_t *key, size_t len) {
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0, k = N > len ? N : len;
    for (; k; k--) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1664525U)) +
                      key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            r->state[0] = r->state[N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (k = N - 1; k; k--) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1566083941U)) -
                      (uint32_t)i;
        i++;
        if (i >= N) {
            r->state[0] = r->state[N - 1];
            i = 1;
        }
    }
    r->state[0] = 0x80000000U;
}

static uint32_t genrand(TrRandom *r) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfU};
    uint32_t y;
    if (r->index >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (r->state[kk] & 0x80000000U) | (r->state[kk + 1] & 0x7fffffffU);
            r->state[kk] = r->state[kk + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < N - 1; kk++) {
            y = (r->state[kk] & 0x80000000U) | (r->state[kk + 1] & 0x7fffffffU);
            r->state[kk] = r->state[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (r->state[N - 1] & 0x80000000U) | (r->state[0] & 0x7fffffffU);
        r->state[N - 1] = r->state[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = r->state[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static TrRandom *self_random(TrValue v) { return TR_AS(TrRandom, v); }

/* seed(None) from the OS; seed(int) through init_by_array of |n|'s 32-bit
 * words, least significant first (CPython's random_seed). */
static TrValue r_seed(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("seed", nargs, kw, 1, 2) < 0) return TR_ERR;
    TrRandom *r = self_random(args[0]);
    if (nargs == 1 || TR_IS_NONE(args[1])) {
        uint32_t key[N];
        FILE *f = fopen("/dev/urandom", "rb");
        size_t got = f ? fread(key, sizeof key[0], N, f) : 0;
        if (f) fclose(f);
        if (got != N) {
            key[0] = (uint32_t)time(NULL);
            key[1] = (uint32_t)getpid();
            got = 2;
        }
        init_by_array(r, key, got);
        return tr_none();
    }
    TrValue n = args[1];
    if (TR_IS_FLOAT(n)) {
        /* CPython hashes other objects; a float seeds by its hash, read as
         * an unsigned word (PyLong_FromSize_t) */
        uint64_t h = (uint64_t)tr_hash_double(n.u.f);
        mpz_t z;
        mpz_init(z);
        mpz_import(z, 1, -1, sizeof h, 0, 0, &h);
        n = tr_int_from_mpz(z);
    }
    if (!tr_is_int(n))
        return tr_raise(tr_TypeError,
                        "The only supported seed types are: None, int and float (Tauraro: not %s)",
                        tr_typeof(n)->name);
    TrMpzView w;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, tr_mpz_view(n, &w));
    size_t words = mpz_sgn(a) ? (mpz_sizeinbase(a, 2) + 31) / 32 : 1;
    uint32_t *key = GC_MALLOC_ATOMIC(sizeof(uint32_t) * words);
    memset(key, 0, sizeof(uint32_t) * words);
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, a);
    mpz_clear(a);
    init_by_array(r, key, words);
    return tr_none();
}

static TrValue r_random(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("random", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrRandom *r = self_random(args[0]);
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return tr_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static TrValue r_getrandbits(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("getrandbits", nargs, kw, 2, 2) < 0) return TR_ERR;
    TrRandom *r = self_random(args[0]);
    int64_t k;
    if (tr_index_value(args[1], &k) < 0) return TR_ERR;
    if (k < 0) return tr_raise(tr_ValueError, "number of bits must be non-negative");
    if (k == 0) return tr_int(0);
    if (k <= 32) return tr_int(genrand(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *wv = GC_MALLOC_ATOMIC(sizeof(uint32_t) * words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(r);
        if (k < 32) x >>= (32 - k);
        wv[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, wv);
    return tr_int_from_mpz(z);
}

static TrValue r_new(TrType *t, TrValue *args, int nargs, TrTuple *kw) {
    (void)t;
    TrRandom *r = tr_new_object(&random_type, sizeof(TrRandom));
    init_genrand(r, 5489U);
    TrValue sargs[2] = {tr_obj(r), nargs ? args[0] : tr_none()};
    if (kw && kw->len) return tr_raise(tr_TypeError, "Random() takes no keyword arguments");
    if (TR_IS_UNDEF(r_seed(sargs, 2, NULL))) return TR_ERR;
    return tr_obj(r);
}

/* getstate() -> the 624 state words and the index, 625 ints (CPython's layout) */
static TrValue r_getstate(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("getstate", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrRandom *r = self_random(args[0]);
    TrTuple *t = tr_tuple_new(N + 1);
    for (int i = 0; i < N; i++) t->items[i] = tr_int(r->state[i]);
    t->items[N] = tr_int(r->index);
    return tr_obj(t);
}

static TrValue r_setstate(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("setstate", nargs, kw, 2, 2) < 0) return TR_ERR;
    if (!tr_is_type(args[1], &tr_tuple_type)) return tr_raise(tr_TypeError, "state vector must be a tuple");
    TrTuple *t = TR_AS(TrTuple, args[1]);
    if (t->len != N + 1) return tr_raise(tr_ValueError, "state vector is the wrong size");
    uint32_t words[N];
    for (int i = 0; i < N; i++) {
        int64_t w;
        if (tr_index_value(t->items[i], &w) < 0) return TR_ERR;
        words[i] = (uint32_t)w;
    }
    int64_t index;
    if (tr_index_value(t->items[N], &index) < 0) return TR_ERR;
    if (index < 0 || index > N) return tr_raise(tr_ValueError, "invalid state");
    TrRandom *r = self_random(args[0]);
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return tr_none();
}

static const TrMethodDef random_methods[] = {
    {"seed", r_seed, 0}, {"random", r_random, 0}, {"getrandbits", r_getrandbits, 0},
    {"getstate", r_getstate, 0}, {"setstate", r_setstate, 0},
    {NULL, NULL, 0},
};

static TrType random_type = {
    .ob = {&tr_type_type},
    .name = "Random",
    .base = &tr_object_type,
    .tp_new = r_new,
};

TrModule *tr_module_init__random(void) {
    tr_type_ready(&random_type, random_methods);
    TrModule *m = tr_module_new("_random");
    tr_module_add(m, "Random", tr_obj(&random_type));
    return m;
}
