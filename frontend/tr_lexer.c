/* tr_lexer.c — the tokenizer, after CPython 3.11's Parser/tokenizer.c.
 *
 * Works on a prepared buffer (tr_lexer_prepare): valid UTF-8, no NULs, only
 * \n line ends, a final newline and a NUL sentinel, so the scanner can always
 * look one byte ahead.  The parser pulls tokens lazily; the lexer keeps the
 * indentation stack and the bracket stack, and reports the errors CPython's
 * tokenizer reports, with the same caret offsets (CPython computes those in
 * slightly different ways for different errors; each call site says which).
 *
 * The second half of the file decodes string literal bodies (escapes,
 * \N{...} from a small name table) for the parser, which owns adjacent
 * literal concatenation and f-string splitting. */
#include "tr_lexer.h"

#include <ctype.h>
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TABSIZE 8
#define ALTTABSIZE 1

/* ---- token names ------------------------------------------------------- */

static const char *const token_names[TR_TK_COUNT] = {
    [TR_TK_ENDMARKER] = "ENDMARKER", [TR_TK_NAME] = "NAME", [TR_TK_NUMBER] = "NUMBER",
    [TR_TK_STRING] = "STRING", [TR_TK_NEWLINE] = "NEWLINE", [TR_TK_INDENT] = "INDENT",
    [TR_TK_DEDENT] = "DEDENT", [TR_TK_ERRORTOKEN] = "ERRORTOKEN", [TR_TK_UNKNOWN] = "OP",
#define TR_TK_OP_NAME(n, s) [TR_TK_##n] = s,
    TR_TOKEN_OPS(TR_TK_OP_NAME)
#undef TR_TK_OP_NAME
#define TR_TK_KW_NAME(n, s) [TR_KW_##n] = s,
    TR_KEYWORDS(TR_TK_KW_NAME)
#undef TR_TK_KW_NAME
};

const char *tr_token_kind_name(TrTokKind k) {
    return (unsigned)k < TR_TK_COUNT && token_names[k] ? token_names[k] : "?";
}

/* ---- errors ------------------------------------------------------------- */

int tr_utf8_width(const char *from, const char *to) {
    int n = 0;
    for (const char *p = from; p < to; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) n++;
    return n;
}

static char *gc_strndup(const char *s, size_t n) {
    char *d = GC_MALLOC_ATOMIC(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void tr_syntax_error_vset(TrSyntaxError *e, const char *kind, const char *filename,
                          int line, const char *line_start, int offset, int end_offset,
                          const char *fmt, va_list ap) {
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    e->kind = kind;
    e->msg = gc_strndup(buf, strlen(buf));
    e->filename = filename;
    e->line = line;
    e->col = offset;
    e->end_col = end_offset;
    e->text = NULL;
    if (line_start) {
        size_t n = strcspn(line_start, "\n");
        e->text = gc_strndup(line_start, n);
    }
}

void tr_syntax_error_set(TrSyntaxError *e, const char *kind, const char *filename,
                         int line, const char *line_start, int offset, int end_offset,
                         const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    tr_syntax_error_vset(e, kind, filename, line, line_start, offset, end_offset, fmt, ap);
    va_end(ap);
}

/* Report an error at the current line.  `offset`/`end_offset` are CPython's
 * 1-based character offsets.  A sub-lexer (f-string expression) quotes the
 * expression wrapped in parentheses, as CPython 3.11 does, with offsets
 * relative to that text. */
static TrTokKind lex_fail(TrLexer *lx, TrToken *t, const char *kind, int line,
                          const char *line_start, int offset, int end_offset,
                          const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    tr_syntax_error_vset(lx->err, kind, lx->filename, line, line_start, offset, end_offset,
                         fmt, ap);
    va_end(ap);
    if (lx->base_level) {
        /* rebase onto "(" expr ")" */
        size_t n = (size_t)(lx->limit - lx->src_begin);
        char *text = GC_MALLOC_ATOMIC(n + 3);
        text[0] = '(';
        memcpy(text + 1, lx->src_begin, n);
        text[n + 1] = ')';
        text[n + 2] = 0;
        for (char *q = text; *q; q++)
            if (*q == '\n') *q = ' ';
        int shift = line_start ? tr_utf8_width(line_start, lx->src_begin) : 0;
        lx->err->text = text;
        lx->err->col = offset > 0 ? offset - shift + 1 : offset;
        lx->err->end_col = end_offset > 0 ? end_offset - shift + 1 : end_offset;
        lx->err->line = lx->begin_line;
    }
    lx->failed = 1;
    lx->fail_class = TR_LEXFAIL_DIRECT;
    t->kind = TR_TK_ERRORTOKEN;
    return TR_TK_ERRORTOKEN;
}

/* The common tokenizer error: caret just before `at` (CPython's tok->cur). */
#define FAIL_AT(at, ...)                                                        \
    do {                                                                        \
        int off_ = tr_utf8_width(lx->line_start, (at));                         \
        return lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, off_, off_, \
                        __VA_ARGS__);                                           \
    } while (0)

/* ---- preparing the buffer ----------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (s < end), or 0 with *why set. */
static int utf8_seq(const unsigned char *s, const unsigned char *end, const char **why) {
    unsigned c = s[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if (s + i >= end) {
            *why = "unexpected end of data";
            return 0;
        }
        unsigned b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

char *tr_lexer_prepare(const char *src, size_t len, const char *filename,
                       TrSyntaxError *err, size_t *outlen) {
    const unsigned char *s = (const unsigned char *)src, *end = s + len;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) s += 3;
    const unsigned char *line_start = s;
    int line = 1;
    for (const unsigned char *p = s; p < end;) {
        const char *why = NULL;
        if (*p == 0) {
            tr_syntax_error_set(err, "SyntaxError", filename, line, NULL,
                                tr_utf8_width((const char *)line_start, (const char *)p) + 1, -1,
                                "source code cannot contain null bytes");
            return NULL;
        }
        if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n'))) {
            line++;
            line_start = ++p;
            continue;
        }
        int n = utf8_seq(p, end, &why);
        if (!n) {
            int col = tr_utf8_width((const char *)line_start, (const char *)p);
            tr_syntax_error_set(err, "SyntaxError", filename, line, NULL, col + 1, -1,
                                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                                "position %d: %s", *p, (int)(p - line_start), why);
            return NULL;
        }
        p += n;
    }
    char *out = GC_MALLOC_ATOMIC((size_t)(end - s) + 2);
    size_t o = 0;
    for (const unsigned char *p = s; p < end; p++) {
        if (*p == '\r') {
            out[o++] = '\n';
            if (p + 1 < end && p[1] == '\n') p++;
        } else {
            out[o++] = (char)*p;
        }
    }
    if (o == 0 || out[o - 1] != '\n') out[o++] = '\n';
    out[o] = 0;
    *outlen = o;
    return out;
}

/* ---- lexer state --------------------------------------------------------- */

void tr_lexer_init(TrLexer *lx, const char *src, size_t len, const char *filename,
                   TrSyntaxError *err) {
    memset(lx, 0, sizeof *lx);
    lx->src = lx->src_begin = lx->cur = lx->line_start = src;
    lx->src_end = lx->limit = src + len;
    lx->line = lx->begin_line = 1;
    lx->atbol = 1;
    lx->filename = filename;
    lx->err = err;
}

void tr_lexer_init_sub(TrLexer *lx, TrLexer *parent, const char *begin,
                       const char *end, int line) {
    memset(lx, 0, sizeof *lx);
    lx->src = parent->src;
    lx->src_end = parent->src_end;
    lx->src_begin = lx->cur = begin;
    lx->limit = end;
    /* back to the line start, but no further than the previous sub-lexer's
     * start, whose line start is known */
    int after_last = parent->sub_pos && parent->sub_pos <= begin;
    const char *stop = after_last ? parent->sub_pos : lx->src, *ls = begin;
    while (ls > stop && ls[-1] != '\n') ls--;
    if (ls == stop && after_last && (ls == lx->src || ls[-1] != '\n')) ls = parent->sub_line_start;
    parent->sub_pos = begin;
    parent->sub_line_start = ls;
    lx->line_start = ls;
    lx->line = lx->begin_line = line;
    lx->atbol = 0;
    lx->level = lx->base_level = 1;
    lx->parenstack[0] = '(';
    lx->filename = parent->filename;
    lx->err = parent->err;
}

static int is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static int is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }

static void set_span(TrLexer *lx, TrToken *t, TrTokKind k, const char *start, int line,
                     const char *line_start) {
    t->kind = k;
    t->sub = 0;
    t->start = start;
    t->len = (size_t)(lx->cur - start);
    t->line = line;
    t->col = (int)(start - line_start);
    t->line_start = line_start;
    t->end_line = lx->line;
    t->end_col = (int)(lx->cur - lx->line_start);
    t->level = lx->level;
}

/* ---- keywords and operators --------------------------------------------- */

static const struct { const char *s; TrTokKind k; } keywords[] = {
#define TR_KW_ENTRY(n, s) {s, TR_KW_##n},
    TR_KEYWORDS(TR_KW_ENTRY)
#undef TR_KW_ENTRY
};

static TrTokKind keyword_kind(const char *s, size_t n) {
    if (n < 2 || n > 8) return TR_TK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].s[0] == s[0] && strlen(keywords[i].s) == n &&
            !memcmp(keywords[i].s, s, n))
            return keywords[i].k;
    return TR_TK_NAME;
}

static const struct { const char *s; TrTokKind k; } operators[] = {
#define TR_OP_ENTRY(n, s) {s, TR_TK_##n},
    TR_TOKEN_OPS(TR_OP_ENTRY)
#undef TR_OP_ENTRY
};

/* The longest operator spelled at s, or TR_TK_UNKNOWN (length 1). */
static TrTokKind match_operator(const char *s, int *len) {
    TrTokKind best = TR_TK_UNKNOWN;
    int bestlen = 0;
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        const char *o = operators[i].s;
        int n = (int)strlen(o);
        if (n > bestlen && !strncmp(s, o, (size_t)n)) {
            best = operators[i].k;
            bestlen = n;
        }
    }
    *len = bestlen ? bestlen : 1;
    return best;
}

/* ---- indentation ---------------------------------------------------------- */

/* Backslash-newline: on success the scan continues on the next line. */
static int continuation(TrLexer *lx, TrToken *t, TrTokKind *res) {
    const char *bs = lx->cur; /* at the backslash */
    if (bs[1] != '\n') {
        int off = tr_utf8_width(lx->line_start, bs + 1) + 1;
        *res = lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, off, 0,
                        "unexpected character after line continuation character");
        lx->fail_class = TR_LEXFAIL_OTHER;
        return 0;
    }
    if (bs + 2 >= lx->limit) {
        int off = tr_utf8_width(lx->line_start, bs + 2);
        *res = lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, off, -1,
                        "unexpected EOF while parsing");
        lx->fail_class = TR_LEXFAIL_OTHER;
        return 0;
    }
    lx->cur = bs + 2;
    lx->line++;
    lx->line_start = lx->cur;
    return 1;
}

/* Measure the indentation of a new line and queue INDENT/DEDENT tokens.
 * Sets *blank for lines holding only whitespace or a comment.  Returns 0
 * with the error token in *res on failure. */
static int indentation(TrLexer *lx, TrToken *t, int *blank, TrTokKind *res) {
    int col = 0, altcol = 0, cont_line_col = 0;
    for (;;) {
        char c = *lx->cur;
        if (lx->cur >= lx->limit) break;
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (!continuation(lx, t, res)) return 0;
            continue;
        } else {
            break;
        }
        lx->cur++;
    }
    *blank = lx->cur < lx->limit && (*lx->cur == '#' || *lx->cur == '\n');
    if (*blank || lx->level > 0 || lx->base_level) return 1;
    if (cont_line_col) col = altcol = cont_line_col;
    const char *eol = lx->cur + strcspn(lx->cur, "\n");
    int eol_off = tr_utf8_width(lx->line_start, eol) + 1;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= TR_LEX_MAXINDENT) {
            *res = lex_fail(lx, t, "IndentationError", lx->line, lx->line_start, 1, 0,
                            "too many levels of indentation");
            lx->fail_class = TR_LEXFAIL_OTHER;
            return 0;
        }
        if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            *res = lex_fail(lx, t, "IndentationError", lx->line, lx->line_start, eol_off, -1,
                            "unindent does not match any outer indentation level");
            lx->fail_class = TR_LEXFAIL_OTHER;
            return 0;
        }
        if (altcol != lx->altindstack[lx->indent]) goto tab_error;
    }
    return 1;
tab_error:
    *res = lex_fail(lx, t, "TabError", lx->line, lx->line_start, 1, 0,
                    "inconsistent use of tabs and spaces in indentation");
    lx->fail_class = TR_LEXFAIL_OTHER;
    return 0;
}

/* ---- numbers -------------------------------------------------------------- */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return isxdigit((unsigned char)c) != 0; }

/* Digits with single underscores between them; returns the first byte after
 * them or NULL after reporting "invalid decimal literal". */
static const char *decimal_tail(TrLexer *lx, TrToken *t, const char *p) {
    for (;;) {
        while (is_digit(*p)) p++;
        if (*p != '_') return p;
        if (!is_digit(p[1])) {
            int off = tr_utf8_width(lx->line_start, p + 1);
            lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, off, off,
                     "invalid decimal literal");
            return NULL;
        }
        p++;
    }
}

/* A literal followed directly by a letter is an error, except before the
 * keywords that may follow a number in valid code (`1if x else y`). */
static int end_of_number_ok(const char *p) {
    static const char *const kw[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (!strncmp(p, kw[i], strlen(kw[i]))) return 1;
    return !is_id_char((unsigned char)*p);
}

/* Scan a number starting at lx->cur (a digit, or '.' then a digit). */
static TrTokKind lex_number(TrLexer *lx, TrToken *t) {
    const char *start = lx->cur, *p = start;
    const char *kind = "decimal";
    int is_float = 0;
#define BAD(at, ...) FAIL_AT(at, __VA_ARGS__)
    if (*p == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' ||
                      p[1] == 'b' || p[1] == 'B')) {
        int radix = (p[1] | 0x20) == 'x' ? 16 : (p[1] | 0x20) == 'o' ? 8 : 2;
        kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        p += 2;
        do {
            if (*p == '_') p++;
            int ok = radix == 16 ? is_xdigit(*p) : (*p >= '0' && *p < '0' + radix);
            if (!ok) {
                if (radix != 16 && is_digit(*p)) BAD(p + 1, "invalid digit '%c' in %s literal", *p, kind);
                BAD(p, "invalid %s literal", kind);
            }
            while (radix == 16 ? is_xdigit(*p) : (*p >= '0' && *p < '0' + radix)) p++;
        } while (*p == '_');
        if (radix != 16 && is_digit(*p)) BAD(p + 1, "invalid digit '%c' in %s literal", *p, kind);
        if (!end_of_number_ok(p)) BAD(p, "invalid %s literal", kind);
        lx->cur = p;
        set_span(lx, t, TR_TK_NUMBER, start, lx->line, lx->line_start);
        return TR_TK_NUMBER;
    }
    if (*p == '0') {
        /* zeros, then maybe a (disallowed) nonzero decimal part */
        int nonzero = 0;
        p++;
        for (;;) {
            if (*p == '_') {
                p++;
                if (!is_digit(*p)) BAD(p, "invalid decimal literal");
            }
            if (*p != '0') break;
            p++;
        }
        const char *zeros_end = p;
        if (is_digit(*p)) {
            nonzero = 1;
            if (!(p = decimal_tail(lx, t, p))) return TR_TK_ERRORTOKEN;
        }
        if (*p != '.' && *p != 'e' && *p != 'E' && *p != 'j' && *p != 'J' && nonzero) {
            int a = tr_utf8_width(lx->line_start, start) + 1;
            int b = tr_utf8_width(lx->line_start, zeros_end + 1);
            return lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, a, b,
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
        }
    } else if (*p != '.') {
        if (!(p = decimal_tail(lx, t, p))) return TR_TK_ERRORTOKEN;
    }
    if (*p == '.') {
        is_float = 1;
        p++;
        if (is_digit(*p) && !(p = decimal_tail(lx, t, p))) return TR_TK_ERRORTOKEN;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit(*p)) BAD(p, "invalid decimal literal");
        } else if (!is_digit(*p)) {
            /* `1else`: the number ends before the e */
            if (!end_of_number_ok(e)) BAD(e, "invalid decimal literal");
            p = e;
            goto done;
        }
        is_float = 1;
        if (!(p = decimal_tail(lx, t, p))) return TR_TK_ERRORTOKEN;
    }
    if (*p == 'j' || *p == 'J') {
        int a = tr_utf8_width(lx->line_start, start) + 1;
        int b = tr_utf8_width(lx->line_start, p + 1) + 1;
        return lex_fail(lx, t, "SyntaxError", lx->line, lx->line_start, a, b,
                        "imaginary numbers are not supported");
    }
    if (!end_of_number_ok(p)) BAD(p, "invalid %s literal", kind);
done:
#undef BAD
    lx->cur = p;
    set_span(lx, t, TR_TK_NUMBER, start, lx->line, lx->line_start);
    t->sub = is_float ? TR_NUM_FLOAT : TR_NUM_INT;
    return TR_TK_NUMBER;
}

/* ---- strings -------------------------------------------------------------- */

/* Is [s, s+n) a legal string prefix (b r u f and the pairs br rb fr rf)? */
static int string_prefix(const char *s, size_t n) {
    if (n == 0 || n > 2) return 0;
    int b = 0, r = 0, u = 0, f = 0;
    for (size_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'b': b++; break;
        case 'r': r++; break;
        case 'u': u++; break;
        case 'f': f++; break;
        default: return 0;
        }
    }
    if (b > 1 || r > 1 || u > 1 || f > 1) return 0;
    if (u && n > 1) return 0;
    if (b && f) return 0;
    return 1;
}

/* Scan a literal whose quote is at lx->cur; `start` is the prefix. */
static TrTokKind lex_string(TrLexer *lx, TrToken *t, const char *start) {
    const char *tok_line_start = lx->line_start;
    int tok_line = lx->line;
    char quote = *lx->cur;
    int quote_size = 1;
    const char *p = lx->cur + 1;
    if (p[0] == quote && p[1] == quote) {
        quote_size = 3;
        p += 2;
    }
    int end_quotes = 0;
    while (end_quotes != quote_size) {
        if (p >= lx->limit || (quote_size == 1 && *p == '\n')) {
            int detected = p >= lx->limit ? lx->line - 1 : lx->line;
            if (detected < tok_line) detected = tok_line;
            int off = tr_utf8_width(tok_line_start, start) + 1;
            lx->line = tok_line;
            lx->line_start = tok_line_start;
            return lex_fail(lx, t, "SyntaxError", tok_line, tok_line_start, off, off,
                            quote_size == 3 ? "unterminated triple-quoted string literal "
                                              "(detected at line %d)"
                                            : "unterminated string literal (detected at "
                                              "line %d)",
                            detected);
        }
        char c = *p++;
        if (c == quote) {
            end_quotes++;
            continue;
        }
        end_quotes = 0;
        if (c == '\n') {
            lx->line++;
            lx->line_start = p;
        } else if (c == '\\' && p < lx->limit) {
            if (*p == '\n') {
                lx->line++;
                lx->line_start = p + 1;
            }
            p++;
        }
    }
    lx->cur = p;
    set_span(lx, t, TR_TK_STRING, start, tok_line, tok_line_start);
    return TR_TK_STRING;
}

/* ---- brackets -------------------------------------------------------------- */

static TrTokKind open_bracket(TrLexer *lx, TrToken *t, char c, const char *at) {
    if (lx->level >= TR_LEX_MAXLEVEL) FAIL_AT(at + 1, "too many nested parentheses");
    lx->parenstack[lx->level] = c;
    lx->parenline[lx->level] = lx->line;
    lx->parencol[lx->level] = (int)(at - lx->line_start);
    lx->parenlinestart[lx->level] = lx->line_start;
    lx->level++;
    return TR_TK_NAME; /* "no error" */
}

static TrTokKind close_bracket(TrLexer *lx, TrToken *t, char c, const char *at) {
    if (lx->level <= lx->base_level) FAIL_AT(at + 1, "unmatched '%c'", c);
    lx->level--;
    char o = lx->parenstack[lx->level];
    if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
        if (lx->parenline[lx->level] != lx->line && lx->level >= lx->base_level)
            FAIL_AT(at + 1, "closing parenthesis '%c' does not match opening parenthesis '%c' "
                            "on line %d", c, o, lx->parenline[lx->level]);
        FAIL_AT(at + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
    }
    return TR_TK_NAME;
}

/* ---- the scanner ------------------------------------------------------------ */

static TrTokKind at_eof(TrLexer *lx, TrToken *t) {
    if (lx->level > lx->base_level) {
        int i = lx->level - 1;
        const char *ls = lx->parenlinestart[i];
        int off = tr_utf8_width(ls, ls + lx->parencol[i]) + 1;
        lex_fail(lx, t, "SyntaxError", lx->parenline[i], ls, off, 0,
                 "'%c' was never closed", lx->parenstack[i]);
        lx->fail_class = TR_LEXFAIL_UNCLOSED;
        return TR_TK_ERRORTOKEN;
    }
    if (lx->base_level) {
        /* the implicit ')' closing an f-string expression */
        t->kind = TR_TK_ENDMARKER;
        t->start = lx->limit;
        t->len = 0;
        t->line = t->end_line = lx->line;
        t->col = (int)(lx->limit - lx->line_start);
        t->end_col = t->col + 1;
        t->line_start = lx->line_start;
        t->level = lx->level;
        return TR_TK_ENDMARKER;
    }
    lx->done = 1;
    set_span(lx, t, TR_TK_ENDMARKER, lx->cur, lx->line, lx->line_start);
    return TR_TK_ENDMARKER;
}

TrTokKind tr_lexer_next(TrLexer *lx, TrToken *t) {
    TrTokKind res;
    memset(t, 0, sizeof *t);
    if (lx->failed) {
        t->kind = TR_TK_ERRORTOKEN;
        return TR_TK_ERRORTOKEN;
    }
    if (lx->done) return at_eof(lx, t);
    int blank = 0;
again:
    if (lx->atbol) {
        lx->atbol = 0;
        if (!indentation(lx, t, &blank, &res)) return res;
        lx->blank = blank;
    }
    if (lx->pendin) {
        TrTokKind k = lx->pendin > 0 ? TR_TK_INDENT : TR_TK_DEDENT;
        lx->pendin += lx->pendin > 0 ? -1 : 1;
        set_span(lx, t, k, lx->cur, lx->line, lx->line_start);
        return k;
    }
    while (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f') lx->cur++;
    const char *start = lx->cur;
    if (*lx->cur == '#')
        while (lx->cur < lx->limit && *lx->cur != '\n') lx->cur++;
    if (lx->cur >= lx->limit) return at_eof(lx, t);
    unsigned char c = (unsigned char)*lx->cur;

    if (is_id_start(c)) {
        const char *p = lx->cur;
        while (is_id_char((unsigned char)*p)) p++;
        if ((*p == '"' || *p == '\'') && string_prefix(start, (size_t)(p - start))) {
            lx->cur = p;
            return lex_string(lx, t, start);
        }
        lx->cur = p;
        set_span(lx, t, keyword_kind(start, (size_t)(p - start)), start, lx->line,
                 lx->line_start);
        return t->kind;
    }
    if (c == '\n') {
        int line = lx->line;
        const char *ls = lx->line_start;
        lx->cur++;
        lx->line++;
        lx->line_start = lx->cur;
        lx->atbol = 1;
        if (lx->blank || lx->level > 0) {
            lx->blank = 0;
            goto again;
        }
        t->kind = TR_TK_NEWLINE;
        t->start = start;
        t->len = 1;
        t->line = t->end_line = line;
        t->col = (int)(start - ls);
        t->end_col = (int)(lx->cur - 1 - ls);
        t->line_start = ls;
        return TR_TK_NEWLINE;
    }
    if (is_digit(c) || (c == '.' && is_digit((unsigned char)lx->cur[1])))
        return lex_number(lx, t);
    if (c == '"' || c == '\'') return lex_string(lx, t, start);
    if (c == '\\') {
        if (!continuation(lx, t, &res)) return res;
        goto again;
    }
    if (c < 0x20 || c == 0x7f) FAIL_AT(lx->cur + 1, "invalid non-printable character U+%04X", c);

    int n;
    TrTokKind k = match_operator(lx->cur, &n);
    if (c == '(' || c == '[' || c == '{') {
        if (open_bracket(lx, t, (char)c, lx->cur) == TR_TK_ERRORTOKEN) return TR_TK_ERRORTOKEN;
    } else if (c == ')' || c == ']' || c == '}') {
        if (close_bracket(lx, t, (char)c, lx->cur) == TR_TK_ERRORTOKEN) return TR_TK_ERRORTOKEN;
    }
    lx->cur += n;
    set_span(lx, t, k, start, lx->line, lx->line_start);
    return k;
}

/* ---- string bodies ------------------------------------------------------------ */

void tr_lexer_split_string(const TrToken *t, TrStrLit *out) {
    const char *s = t->start, *e = t->start + t->len;
    memset(out, 0, sizeof *out);
    while (*s != '"' && *s != '\'') {
        switch (*s | 0x20) {
        case 'b': out->is_bytes = 1; break;
        case 'r': out->is_raw = 1; break;
        case 'f': out->is_fstring = 1; break;
        default: break;
        }
        s++;
    }
    out->quote_len = (e - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    out->body = s + out->quote_len;
    out->body_len = (size_t)(e - s) - 2 * (size_t)out->quote_len;
}

void tr_lexbuf_put(TrLexBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = GC_MALLOC_ATOMIC(cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void tr_lexbuf_putc(TrLexBuf *b, int c) {
    char ch = (char)c;
    tr_lexbuf_put(b, &ch, 1);
}

/* Code points above 0x10FFFF never reach here; lone surrogates are encoded
 * in the 3-byte form, as Python's str can hold them. */
void tr_lexbuf_put_utf8(TrLexBuf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    tr_lexbuf_put(b, u, n);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* CPython reports escape errors with positions in an intermediate buffer
 * where each non-ASCII character of the source became a 10-byte \UXXXXXXXX
 * escape; count the same way. */
static long escape_pos(const char *body, const char *p) {
    long n = 0;
    for (const char *q = body; q < p; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80) n++;
        else if ((c & 0xC0) != 0x80) n += 10;
    }
    return n;
}

static const char *unicode_error(const char *body, const char *from, const char *to,
                                 const char *why) {
    char buf[200];
    snprintf(buf, sizeof buf,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s",
             escape_pos(body, from), escape_pos(body, to) - 1, why);
    return gc_strndup(buf, strlen(buf));
}

int tr_lexer_decode_string(const char *body, size_t len, int is_bytes, int is_raw,
                           TrLexBuf *out, const char **msg) {
    const char *p = body, *end = body + len;
    if (!out->data) tr_lexbuf_put(out, "", 0);
    if (is_raw) {
        tr_lexbuf_put(out, body, len);
        return 0;
    }
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\\') q++;
        tr_lexbuf_put(out, p, (size_t)(q - p));
        if (q >= end) break;
        const char *bs = q++;
        if (q >= end) {
            /* only an f-string's literal part can end in a lone backslash
               (`f"\\{x}"`): CPython keeps it */
            tr_lexbuf_putc(out, '\\');
            break;
        }
        char c = *q++;
        switch (c) {
        case '\n': break;
        case '\\': tr_lexbuf_putc(out, '\\'); break;
        case '\'': tr_lexbuf_putc(out, '\''); break;
        case '"': tr_lexbuf_putc(out, '"'); break;
        case 'a': tr_lexbuf_putc(out, '\a'); break;
        case 'b': tr_lexbuf_putc(out, '\b'); break;
        case 'f': tr_lexbuf_putc(out, '\f'); break;
        case 'n': tr_lexbuf_putc(out, '\n'); break;
        case 'r': tr_lexbuf_putc(out, '\r'); break;
        case 't': tr_lexbuf_putc(out, '\t'); break;
        case 'v': tr_lexbuf_putc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && q < end && *q >= '0' && *q <= '7'; i++)
                v = v * 8 + (unsigned)(*q++ - '0');
            if (is_bytes) tr_lexbuf_putc(out, (int)(v & 0xFF));
            else tr_lexbuf_put_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (is_bytes && c != 'x') goto verbatim;
            uint32_t v = 0;
            int i;
            for (i = 0; i < digits && q < end && hexval(*q) >= 0; i++) v = v * 16 + (uint32_t)hexval(*q++);
            if (i < digits) {
                if (is_bytes) {
                    char buf[80];
                    snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %ld",
                             (long)(bs - body));
                    *msg = gc_strndup(buf, strlen(buf));
                } else {
                    *msg = unicode_error(body, bs, q,
                                         c == 'x' ? "truncated \\xXX escape"
                                         : c == 'u' ? "truncated \\uXXXX escape"
                                                    : "truncated \\UXXXXXXXX escape");
                }
                return -1;
            }
            if (v > 0x10FFFF) {
                *msg = unicode_error(body, bs, q, "illegal Unicode character");
                return -1;
            }
            if (is_bytes) tr_lexbuf_putc(out, (int)v);
            else tr_lexbuf_put_utf8(out, v);
            break;
        }
        case 'N': {
            if (is_bytes) goto verbatim;
            const char *name = q + 1, *close = name;
            while (close < end && *close != '}') close++;
            if (q >= end || *q != '{' || close >= end || close == name) {
                const char *to = (q < end && *q == '{') ? (close < end ? close + 1 : end) : q;
                *msg = unicode_error(body, bs, to, "malformed \\N character escape");
                return -1;
            }
            long cp = tr_unicode_lookup_name(name, (size_t)(close - name));
            if (cp < 0) {
                *msg = unicode_error(body, bs, close + 1, "unknown Unicode character name");
                return -1;
            }
            tr_lexbuf_put_utf8(out, (uint32_t)cp);
            q = close + 1;
            break;
        }
        default:
        verbatim:
            /* unknown escapes keep their backslash */
            tr_lexbuf_putc(out, '\\');
            q--;
            break;
        }
        p = q;
    }
    return 0;
}

/* ---- \N{...} names ----------------------------------------------------------- */

/* A small subset of the Unicode name database: ASCII, Latin-1, Greek letters
 * and common symbols, sorted by name (generated from Python's unicodedata). */
static const struct { uint32_t cp; const char *name; } unicode_names[] = {
#include "tr_unicode_names.inc"
};

static int name_cmp(const char *key, size_t klen, const char *name) {
    size_t i = 0;
    for (; i < klen && name[i]; i++) {
        int a = toupper((unsigned char)key[i]), b = (unsigned char)name[i];
        if (a != b) return a - b;
    }
    if (i < klen) return 1;
    return name[i] ? -1 : 0;
}

long tr_unicode_lookup_name(const char *name, size_t len) {
    size_t lo = 0, hi = sizeof unicode_names / sizeof unicode_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = name_cmp(name, len, unicode_names[mid].name);
        if (c == 0) return (long)unicode_names[mid].cp;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return -1;
}
