/* tr_mod_sha2.c — the `_sha2` module: SHA-256, SHA-384 and SHA-512
 * (FIPS 180-4), which lib/hashlib.py exposes and random.seed() uses to seed
 * from str and bytes exactly as CPython does.
 *
 * One object layout serves the three: the state words (32-bit for SHA-256,
 * 64-bit for the others), the byte count and the partial block.  The round
 * constants are the fractional parts of the cube roots of the first primes,
 * the initial values those of the square roots (FIPS 180-4, 4.2 and 5.3). */
#include <stdint.h>
#include <string.h>

#include "tr_module.h"

static const uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
    0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
    0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
    0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
    0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
    0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
    0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
    0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
    0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
    0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
    0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
static const uint64_t IV512[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint64_t IV384[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
    0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
    0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
};
static const uint32_t K256[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u,
    0x923f82a4u, 0xab1c5ed5u, 0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u,
    0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u, 0xe49b69c1u, 0xefbe4786u,
    0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u,
    0x06ca6351u, 0x14292967u, 0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u,
    0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u, 0xa2bfe8a1u, 0xa81a664bu,
    0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au,
    0x5b9cca4fu, 0x682e6ff3u, 0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};
static const uint32_t IV256[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
    0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};

/* The variants: name, digest size, block size, initial values. */
typedef enum { SHA256, SHA384, SHA512 } Variant;
static const struct { const char *name; int digest_size, block_size; } variants[] = {
    {"sha256", 32, 64}, {"sha384", 48, 128}, {"sha512", 64, 128},
};

typedef struct TrSha2 {
    TrObject ob;
    Variant v;
    uint64_t h[8];
    uint64_t nbytes;       /* message length so far */
    unsigned char buf[128];
    int nbuf;
} TrSha2;

static TrType sha2_types[3];

static uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void compress256(uint64_t *hv, const unsigned char *p) {
    uint32_t w[64], s[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    for (int i = 0; i < 8; i++) s[i] = (uint32_t)hv[i];
    for (int i = 0; i < 64; i++) {
        uint32_t e = s[4], a = s[0];
        uint32_t t1 = s[7] + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & s[5]) ^ (~e & s[6])) + K256[i] + w[i];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & s[1]) ^ (a & s[2]) ^ (s[1] & s[2]));
        memmove(s + 1, s, 7 * sizeof s[0]);
        s[4] += t1;
        s[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) hv[i] = (uint32_t)(hv[i] + s[i]);
}

static void compress512(uint64_t *hv, const unsigned char *p) {
    uint64_t w[80], s[8];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++) w[i] = w[i] << 8 | p[8 * i + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(s, hv, sizeof s);
    for (int i = 0; i < 80; i++) {
        uint64_t e = s[4], a = s[0];
        uint64_t t1 = s[7] + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & s[5]) ^ (~e & s[6])) + K512[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & s[1]) ^ (a & s[2]) ^ (s[1] & s[2]));
        memmove(s + 1, s, 7 * sizeof s[0]);
        s[4] += t1;
        s[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) hv[i] += s[i];
}

static void compress(TrSha2 *c, const unsigned char *block) {
    if (c->v == SHA256) compress256(c->h, block);
    else compress512(c->h, block);
}

static void sha2_update(TrSha2 *c, const unsigned char *p, size_t n) {
    size_t bs = (size_t)variants[c->v].block_size;
    c->nbytes += n;
    while (n > 0) {
        size_t take = bs - (size_t)c->nbuf < n ? bs - (size_t)c->nbuf : n;
        memcpy(c->buf + c->nbuf, p, take);
        c->nbuf += (int)take;
        p += take;
        n -= take;
        if ((size_t)c->nbuf == bs) {
            compress(c, c->buf);
            c->nbuf = 0;
        }
    }
}

/* Pad a copy of the state (the object can still be updated) and write the digest. */
static int sha2_final(const TrSha2 *c, unsigned char *out) {
    TrSha2 t = *c;
    size_t bs = (size_t)variants[t.v].block_size, lenbytes = bs / 8;
    uint64_t bits = t.nbytes * 8;
    t.buf[t.nbuf++] = 0x80;
    if ((size_t)t.nbuf > bs - lenbytes) {
        memset(t.buf + t.nbuf, 0, bs - (size_t)t.nbuf);
        compress(&t, t.buf);
        t.nbuf = 0;
    }
    memset(t.buf + t.nbuf, 0, bs - (size_t)t.nbuf);
    for (int i = 0; i < 8; i++) t.buf[bs - 1 - (size_t)i] = (unsigned char)(bits >> (8 * i));
    compress(&t, t.buf);
    int wordsize = t.v == SHA256 ? 4 : 8, n = variants[t.v].digest_size;
    for (int i = 0; i < n; i++)
        out[i] = (unsigned char)(t.h[i / wordsize] >> (8 * (wordsize - 1 - i % wordsize)));
    return n;
}

static int feed(TrSha2 *c, TrValue data) {
    if (tr_is_type(data, &tr_str_type)) {
        tr_raise(tr_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!tr_is_type(data, &tr_bytes_type)) {
        tr_raise(tr_TypeError, "object supporting the buffer API required");
        return -1;
    }
    TrBytes *b = TR_AS(TrBytes, data);
    sha2_update(c, b->data, (size_t)b->len);
    return 0;
}

static TrSha2 *self_sha(TrValue v) { return TR_AS(TrSha2, v); }

static TrValue sha_update(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("update", nargs, kw, 2, 2) < 0) return TR_ERR;
    return feed(self_sha(args[0]), args[1]) < 0 ? TR_ERR : tr_none();
}

static TrValue sha_digest(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("digest", nargs, kw, 1, 1) < 0) return TR_ERR;
    unsigned char out[64];
    int n = sha2_final(self_sha(args[0]), out);
    return tr_obj(tr_bytes_new(out, n));
}

static TrValue sha_hexdigest(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("hexdigest", nargs, kw, 1, 1) < 0) return TR_ERR;
    unsigned char out[64];
    char hex[129];
    int n = sha2_final(self_sha(args[0]), out);
    for (int i = 0; i < n; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return tr_obj(tr_str_new(hex, 2 * n));
}

static TrValue sha_copy(TrValue *args, int nargs, TrTuple *kw) {
    if (tr_check_args("copy", nargs, kw, 1, 1) < 0) return TR_ERR;
    TrSha2 *c = self_sha(args[0]);
    TrSha2 *d = tr_new_object(&sha2_types[c->v], sizeof(TrSha2));
    memcpy((char *)d + sizeof(TrObject), (char *)c + sizeof(TrObject), sizeof(TrSha2) - sizeof(TrObject));
    return tr_obj(d);
}

static TrValue sha_getattr(TrValue self, TrStr *name) {
    Variant v = self_sha(self)->v;
    if (!strcmp(name->data, "name")) return tr_str_value(variants[v].name);
    if (!strcmp(name->data, "digest_size")) return tr_int(variants[v].digest_size);
    if (!strcmp(name->data, "block_size")) return tr_int(variants[v].block_size);
    return tr_generic_getattr(self, name);
}

static TrValue sha_repr(TrValue self) {
    return tr_obj(tr_str_format("<%s _hashlib.HASH object @ %p>", variants[self_sha(self)->v].name,
                                (void *)self.u.o));
}

/* sha512(data=b'', *, usedforsecurity=True) and its siblings */
static TrValue make(Variant v, TrValue *args, int nargs, TrTuple *kw) {
    TrValue data, usedforsecurity;
    TrValue *outs[] = {&data, &usedforsecurity};
    if (tr_parse_args(variants[v].name, args, nargs, kw, "|data$usedforsecurity", outs) < 0) return TR_ERR;
    TrSha2 *c = tr_new_object(&sha2_types[v], sizeof(TrSha2));
    c->v = v;
    for (int i = 0; i < 8; i++) c->h[i] = v == SHA256 ? IV256[i] : v == SHA384 ? IV384[i] : IV512[i];
    if (!TR_IS_UNDEF(data) && feed(c, data) < 0) return TR_ERR;
    return tr_obj(c);
}
static TrValue new256(TrValue *a, int n, TrTuple *k) { return make(SHA256, a, n, k); }
static TrValue new384(TrValue *a, int n, TrTuple *k) { return make(SHA384, a, n, k); }
static TrValue new512(TrValue *a, int n, TrTuple *k) { return make(SHA512, a, n, k); }

static const TrMethodDef sha_methods[] = {
    {"update", sha_update, 0}, {"digest", sha_digest, 0}, {"hexdigest", sha_hexdigest, 0},
    {"copy", sha_copy, 0},     {NULL, NULL, 0},
};

static const TrMethodDef sha2_functions[] = {
    {"sha256", new256, 0}, {"sha384", new384, 0}, {"sha512", new512, 0}, {NULL, NULL, 0},
};

TrModule *tr_module_init__sha2(void) {
    TrModule *m = tr_module_new("_sha2");
    for (int v = 0; v < 3; v++) {
        TrType *t = &sha2_types[v];
        t->ob.type = &tr_type_type;
        t->name = variants[v].name;
        t->base = &tr_object_type;
        t->repr = sha_repr;
        t->getattr = sha_getattr;
        tr_type_ready(t, sha_methods);
    }
    tr_module_add_functions(m, sha2_functions);
    return m;
}
