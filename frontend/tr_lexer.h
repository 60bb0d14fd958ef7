/* tr_lexer.h — the tokenizer: UTF-8 source text to Python tokens.
 *
 * The parser pulls tokens one at a time (tr_lexer_next), so a tokenizer error
 * late in a file is only reported if the parser gets that far, as in CPython.
 * The lexer owns everything that is decided by characters alone: indentation
 * (INDENT/DEDENT from a stack of columns), implicit line joining inside
 * brackets, backslash continuation, numeric literal validation, the extent of
 * string literals, and bracket matching errors.  String *contents* (escapes)
 * are decoded later by tr_lexer_decode_string, called by the parser when it
 * joins adjacent literals; f-string fields are split by the parser, which
 * tokenizes each embedded expression with a sub-lexer over the same buffer
 * (tr_lexer_init_sub) so that line and column numbers stay true.
 *
 * Errors are reported through the TrSyntaxError of tr_ast.h; the same helper
 * (tr_syntax_error_set) fills it for the parser so that both agree on how
 * CPython computes offsets (1-based, in characters) and the quoted line. */
#ifndef TR_LEXER_H
#define TR_LEXER_H

#include <stdarg.h>
#include <stddef.h>

#include "tr_ast.h"

/* X(name, spelling) — operator and delimiter tokens.  The lexer matches the
 * longest spelling, so the table order does not matter. */
#define TR_TOKEN_OPS(X)                                                         \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{")        \
    X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+")       \
    X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&")        \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%")     \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")                      \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<")  \
    X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=")                 \
    X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=")                   \
    X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=")               \
    X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")                          \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")   \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->")     \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

/* X(name, spelling) — the hard keywords of Python 3.11.  Soft keywords
 * (match, case, _) are plain NAME tokens. */
#define TR_KEYWORDS(X)                                                          \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")            \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")        \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def")  \
    X(DEL, "del") X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except")          \
    X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") X(GLOBAL, "global")    \
    X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda")\
    X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass")          \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while")      \
    X(WITH, "with") X(YIELD, "yield")

typedef enum TrTokKind {
    TR_TK_ENDMARKER, TR_TK_NAME, TR_TK_NUMBER, TR_TK_STRING, TR_TK_NEWLINE,
    TR_TK_INDENT, TR_TK_DEDENT,
    TR_TK_ERRORTOKEN, /* the lexer failed: the TrSyntaxError is filled */
    TR_TK_UNKNOWN,    /* a character that starts no token ('$', '?', '!'): the parser rejects it */
#define TR_TK_OP_ENUM(n, s) TR_TK_##n,
    TR_TOKEN_OPS(TR_TK_OP_ENUM)
#undef TR_TK_OP_ENUM
#define TR_TK_KW_ENUM(n, s) TR_KW_##n,
    TR_KEYWORDS(TR_TK_KW_ENUM)
#undef TR_TK_KW_ENUM
    TR_TK_COUNT
} TrTokKind;

/* After a generic "invalid syntax" the parser tokenizes the rest of the
 * file, as CPython does; a later tokenizer error of class DIRECT replaces the
 * parser's error, one of class UNCLOSED only if its bracket opened on an
 * earlier line, and the others never. */
enum { TR_LEXFAIL_OTHER = 0, TR_LEXFAIL_DIRECT = 1, TR_LEXFAIL_UNCLOSED = 2 };

/* Number token subkinds (TrToken.sub). */
enum { TR_NUM_INT = 0, TR_NUM_FLOAT = 1 };

typedef struct TrToken {
    TrTokKind kind;
    int sub;                /* TR_NUM_* for NUMBER */
    const char *start;      /* the token's bytes in the source */
    size_t len;
    int line, col;          /* 1-based line, 0-based byte column */
    int end_line, end_col;  /* exclusive end */
    const char *line_start; /* first byte of the token's first line (for messages) */
    int level;              /* bracket nesting after this token */
} TrToken;

enum {
    TR_LEX_MAXLEVEL = 200,  /* nested brackets: "too many nested parentheses" */
    TR_LEX_MAXINDENT = 100  /* indentation levels: "too many levels of indentation" */
};

typedef struct TrLexer {
    const char *src, *src_end; /* the whole prepared buffer (NUL after src_end) */
    const char *cur, *limit;   /* next byte; end of the range being tokenized */
    const char *line_start;
    int line;
    int atbol;                 /* at the start of a line: measure indentation */
    int pendin;                /* pending INDENTs (>0) or DEDENTs (<0) */
    int indent;                /* top of the indentation stack */
    int indstack[TR_LEX_MAXINDENT + 1], altindstack[TR_LEX_MAXINDENT + 1];
    int level;                 /* bracket nesting */
    char parenstack[TR_LEX_MAXLEVEL];
    int parenline[TR_LEX_MAXLEVEL], parencol[TR_LEX_MAXLEVEL];
    const char *parenlinestart[TR_LEX_MAXLEVEL];
    int base_level;            /* f-string expressions: an implicit open bracket */
    const char *src_begin;     /* start of the tokenized range */
    int begin_line;            /* its line */
    int blank;                 /* the current line is blank or a comment */
    int done;                  /* ENDMARKER was returned */
    int failed;                /* an error was returned */
    int fail_class;            /* how the error competes with a parser error (TR_LEXFAIL_*) */
    const char *filename;
    TrSyntaxError *err;
    /* sub-lexers: the last position one started at and its line start, so
     * that many fields on one long line find it in linear total time */
    const char *sub_pos, *sub_line_start;
} TrLexer;

/* Check and normalize a source buffer: rejects NUL bytes and invalid UTF-8,
 * strips a UTF-8 BOM, turns \r\n and \r into \n and makes sure the text ends
 * with a newline.  Returns a NUL-terminated GC copy (length in *outlen) or
 * NULL with *err filled. */
char *tr_lexer_prepare(const char *src, size_t len, const char *filename,
                       TrSyntaxError *err, size_t *outlen);

/* Tokenize a prepared buffer (from tr_lexer_prepare). */
void tr_lexer_init(TrLexer *lx, const char *src, size_t len, const char *filename,
                   TrSyntaxError *err);

/* Tokenize [begin, end) of a buffer already given to `parent`, as the inside
 * of an implicit pair of brackets (f-string expressions): newlines are
 * ignored and no INDENT/DEDENT is produced.  `line` is begin's line. */
void tr_lexer_init_sub(TrLexer *lx, TrLexer *parent, const char *begin,
                       const char *end, int line);

/* The next token.  TR_TK_ERRORTOKEN means *err is filled; the lexer then
 * keeps returning ERRORTOKEN. */
TrTokKind tr_lexer_next(TrLexer *lx, TrToken *t);

/* "(" for LPAR, "if" for KW_IF, "NAME" ... */
const char *tr_token_kind_name(TrTokKind k);

/* Fill *e: `line_start` is the first byte of the offending line (the quoted
 * text runs to the next newline), `offset` the 1-based caret column counted
 * in characters as CPython does, `end_offset` likewise (or -1/0 as CPython
 * reports them).  The message is formatted into GC memory. */
void tr_syntax_error_set(TrSyntaxError *e, const char *kind, const char *filename,
                         int line, const char *line_start, int offset, int end_offset,
                         const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
void tr_syntax_error_vset(TrSyntaxError *e, const char *kind, const char *filename,
                          int line, const char *line_start, int offset, int end_offset,
                          const char *fmt, va_list ap);

/* Characters (UTF-8 sequences) in [from, to): byte columns to CPython's
 * character offsets. */
int tr_utf8_width(const char *from, const char *to);

/* A string literal's pieces, found from its token text. */
typedef struct TrStrLit {
    int is_bytes, is_raw, is_fstring;
    const char *body;  /* between the quotes */
    size_t body_len;
    int quote_len;     /* 1 or 3 */
} TrStrLit;
void tr_lexer_split_string(const TrToken *t, TrStrLit *out);

/* A growable byte buffer in GC memory (decoded string contents). */
typedef struct TrLexBuf {
    char *data;
    size_t len, cap;
} TrLexBuf;
void tr_lexbuf_put(TrLexBuf *b, const char *s, size_t n);
void tr_lexbuf_putc(TrLexBuf *b, int c);
void tr_lexbuf_put_utf8(TrLexBuf *b, uint32_t cp);

/* Decode the escapes of a literal's body (or of a literal part of an
 * f-string) and append the result to `out`.  Returns 0 on success; on error
 * returns -1 with `msg` set to CPython's message text (e.g. "(unicode error)
 * 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX
 * escape"), positions counted as CPython counts them. */
int tr_lexer_decode_string(const char *body, size_t len, int is_bytes, int is_raw,
                           TrLexBuf *out, const char **msg);

/* Look up a \N{...} name (case-insensitive) in the small built-in table;
 * returns the code point or -1. */
long tr_unicode_lookup_name(const char *name, size_t len);

#endif
