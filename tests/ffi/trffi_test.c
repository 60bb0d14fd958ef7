/* trffi_test.c — a small C library for the ctypes conformance programs
 * (tests/py/ffi_*.py).  The programs load it from the path in the
 * TRFFI_TEST_LIB environment variable: CMake builds it into the build tree
 * and ctest passes its path (tests/CMakeLists.txt); tests/gen_expected.sh
 * compiles it with `cc -shared -fPIC` for python3 the same way.
 *
 * The functions cover what the C ABI does differently from plain ints:
 * structures passed and returned by value (in registers and in memory),
 * structures and arrays by pointer, nested structures, arrays inside
 * structures, unions, floats and doubles mixed with integers (including
 * more arguments than there are registers), 64-bit and small integer
 * types, strings, and callbacks with several signatures. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* ---- structures ---------------------------------------------------------- */

typedef struct { int x, y; } Point;                 /* 8 bytes: one register */
typedef struct { Point a, b; } Rect;                 /* 16 bytes: two registers */
typedef struct { double x, y, z; } Vec3;             /* 24 bytes: in memory */
typedef struct { char tag; float f; int i; double d; } Mixed;
typedef struct { int id; char name[12]; short scores[3]; } Record;
typedef struct { float re, im; } Complexf;           /* two floats in one SSE register */
typedef struct Node { int value; struct Node *next; } Node;
typedef union { int32_t i; float f; uint8_t bytes[4]; } Word;
typedef struct { double v[10]; int n; } Big;         /* 88 bytes: returned through memory */

Point tr_make_point(int x, int y) { Point p = {x, y}; return p; }
int tr_point_sum(Point p) { return p.x + p.y; }
void tr_point_scale(Point *p, int k) { p->x *= k; p->y *= k; }
double tr_point_dist(const Point *a, const Point *b) {
    double dx = a->x - b->x, dy = a->y - b->y;
    return sqrt(dx * dx + dy * dy);
}

int tr_rect_area(Rect r) { return abs((r.b.x - r.a.x) * (r.b.y - r.a.y)); }
Rect tr_rect_grow(Rect r, int by) {
    r.a.x -= by; r.a.y -= by; r.b.x += by; r.b.y += by;
    return r;
}

Vec3 tr_vec3_add(Vec3 a, Vec3 b) { Vec3 r = {a.x + b.x, a.y + b.y, a.z + b.z}; return r; }
double tr_vec3_dot(const Vec3 *a, const Vec3 *b) { return a->x * b->x + a->y * b->y + a->z * b->z; }
Vec3 tr_vec3_scale(Vec3 v, double k) { Vec3 r = {v.x * k, v.y * k, v.z * k}; return r; }

Mixed tr_mixed_make(char tag, float f, int i, double d) { Mixed m = {tag, f, i, d}; return m; }
double tr_mixed_total(Mixed m) { return m.tag + m.f + m.i + m.d; }

Complexf tr_cmul(Complexf a, Complexf b) {
    Complexf r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

/* Fill a record; returns the sum of the scores. */
int tr_record_fill(Record *r, int id, const char *name) {
    r->id = id;
    strncpy(r->name, name, sizeof r->name - 1);
    r->name[sizeof r->name - 1] = 0;
    for (int i = 0; i < 3; i++) r->scores[i] = (short)(id * 10 + i);
    return r->scores[0] + r->scores[1] + r->scores[2];
}
int tr_record_total(Record r) { return r.id + r.scores[0] + r.scores[1] + r.scores[2] + (int)strlen(r.name); }
size_t tr_sizeof_record(void) { return sizeof(Record); }
size_t tr_sizeof_mixed(void) { return sizeof(Mixed); }

int tr_list_sum(const Node *n) {
    int s = 0;
    for (; n; n = n->next) s += n->value;
    return s;
}
int tr_list_length(const Node *n) {
    int k = 0;
    for (; n; n = n->next) k++;
    return k;
}

int32_t tr_word_bits(Word w) { return w.i; }
Word tr_word_from_float(float f) { Word w; w.f = f; return w; }

Big tr_big_make(int n) {
    Big b;
    b.n = n;
    for (int i = 0; i < 10; i++) b.v[i] = i < n ? i * 1.5 : 0.0;
    return b;
}
double tr_big_sum(Big b) {
    double s = 0;
    for (int i = 0; i < b.n && i < 10; i++) s += b.v[i];
    return s;
}

/* ---- arrays -------------------------------------------------------------- */

long tr_sum_ints(const int *a, int n) {
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
void tr_fill_squares(int *a, int n) { for (int i = 0; i < n; i++) a[i] = i * i; }
double tr_mean(const double *a, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    return n ? s / (double)n : 0.0;
}
/* Reverse in place; returns the pointer it was given. */
int *tr_reverse(int *a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    return a;
}
int tr_count_points_in(const Point *pts, int n, Rect r) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (pts[i].x >= r.a.x && pts[i].x <= r.b.x && pts[i].y >= r.a.y && pts[i].y <= r.b.y) k++;
    return k;
}
void tr_matrix_mul(const double *a, const double *b, double *out, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
            out[i * n + j] = s;
        }
}

/* ---- numbers ------------------------------------------------------------- */

double tr_mix(int a, float b, double c, long long d, unsigned char e) { return a + b + c + (double)d + e; }
float tr_fmul(float a, float b) { return a * b; }
/* more arguments than registers: 8 ints and 9 doubles */
double tr_many(int a, int b, int c, int d, int e, int f, int g, int h,
               double p, double q, double r, double s, double t, double u, double v, double w, double x) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + p + q + r + s + t + u + v + w + x;
}
uint64_t tr_u64_max(void) { return UINT64_MAX; }
int64_t tr_i64_neg(int64_t v) { return -v; }
int8_t tr_i8_add(int8_t a, int8_t b) { return (int8_t)(a + b); }
uint16_t tr_u16_add(uint16_t a, uint16_t b) { return (uint16_t)(a + b); }
bool tr_is_even(int v) { return v % 2 == 0; }
/* out-parameters */
void tr_divmod(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
int tr_minmax(const double *a, int n, double *lo, double *hi) {
    if (n <= 0) return 0;
    *lo = *hi = a[0];
    for (int i = 1; i < n; i++) {
        if (a[i] < *lo) *lo = a[i];
        if (a[i] > *hi) *hi = a[i];
    }
    return 1;
}

/* ---- strings ------------------------------------------------------------- */

void tr_upcase(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
int tr_count_char(const char *s, char c) {
    int k = 0;
    for (; *s; s++) k += *s == c;
    return k;
}
const char *tr_greeting(void) { return "hello from C"; }
/* Writes "<prefix>-<n>" into buf; returns the length. */
int tr_format_id(char *buf, size_t size, const char *prefix, int n) {
    size_t len = strlen(prefix);
    if (len + 12 > size) return -1;
    memcpy(buf, prefix, len);
    buf[len++] = '-';
    char digits[12];
    int k = 0;
    unsigned u = n < 0 ? (unsigned)-n : (unsigned)n;
    do { digits[k++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (n < 0) buf[len++] = '-';
    while (k) buf[len++] = digits[--k];
    buf[len] = 0;
    return (int)len;
}
size_t tr_wide_len(const wchar_t *s) { return wcslen(s); }
int tr_wide_count(const wchar_t *s, wchar_t c) {
    int k = 0;
    for (; *s; s++) k += *s == c;
    return k;
}

/* ---- callbacks ----------------------------------------------------------- */

int tr_apply(int (*f)(int), int x) { return f(x); }
int tr_apply_twice(int (*f)(int), int x) { return f(f(x)); }
/* Midpoint rule. */
double tr_integrate(double (*f)(double), double a, double b, int n) {
    double h = (b - a) / n, s = 0;
    for (int i = 0; i < n; i++) s += f(a + (i + 0.5) * h);
    return s * h;
}
/* Calls cb(index, value, ctx) for each item; returns the number of calls. */
int tr_for_each(const int *a, int n, void (*cb)(int, int, void *), void *ctx) {
    for (int i = 0; i < n; i++) cb(i, a[i], ctx);
    return n;
}
static int (*point_cmp)(const Point *, const Point *);
static int point_cmp_adapter(const void *a, const void *b) { return point_cmp(a, b); }
void tr_sort_points(Point *pts, int n, int (*cmp)(const Point *, const Point *)) {
    point_cmp = cmp;
    qsort(pts, (size_t)n, sizeof(Point), point_cmp_adapter);
}
/* The callback gets the structure by value and returns a double. */
double tr_reduce_points(const Point *pts, int n, double (*f)(double acc, Point p)) {
    double acc = 0;
    for (int i = 0; i < n; i++) acc = f(acc, pts[i]);
    return acc;
}
/* Callback with mixed argument types and a float result. */
float tr_call_mixed(float (*f)(char, short, long long, float, double), char c) {
    return f(c, (short)-300, 1LL << 40, 0.5f, 2.25);
}
/* Calls back with strings. */
int tr_each_word(const char *text, int (*f)(const char *word, int len)) {
    int total = 0;
    char word[64];
    while (*text) {
        while (*text == ' ') text++;
        int k = 0;
        while (*text && *text != ' ' && k < 63) word[k++] = *text++;
        if (!k) break;
        word[k] = 0;
        total += f(word, k);
    }
    return total;
}
/* Returns a function pointer. */
static int add_ten(int v) { return v + 10; }
static int negate(int v) { return -v; }
int (*tr_pick_op(int which))(int) { return which ? negate : add_ten; }

/* ---- globals ------------------------------------------------------------- */

int tr_counter = 41;
double tr_ratio = 0.75;
Point tr_origin = {3, -4};
int tr_bump(void) { return ++tr_counter; }
