/* test_frontend.c — Check unit tests for the lexer, the parser and the
 * compiler (frontend/).
 *
 * Token streams and tree dumps (tr_ast_dump) are asserted exactly; syntax
 * error rows hold the exception class, message, line and offset that
 * CPython 3.11 reports for the same source (compile(src, "t.py", "exec")),
 * and compiled code is checked through its attributes, its disassembly and
 * the values it leaves in its module namespace. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr_ast.h"
#include "tr_compiler.h"
#include "tr_interp.h"
#include "tr_lexer.h"

/* ---- lexer ------------------------------------------------------------------ */

/* The token kinds of src, space separated, with NAME/NUMBER/STRING text. */
static char *tokens_of(const char *src) {
    static char out[4096];
    TrSyntaxError err;
    memset(&err, 0, sizeof err);
    size_t len;
    char *buf = tr_lexer_prepare(src, strlen(src), "t.py", &err, &len);
    ck_assert_ptr_nonnull(buf);
    TrLexer lx;
    tr_lexer_init(&lx, buf, len, "t.py", &err);
    out[0] = 0;
    for (;;) {
        TrToken t;
        TrTokKind k = tr_lexer_next(&lx, &t);
        char item[256];
        if (k == TR_TK_NAME || k == TR_TK_NUMBER || k == TR_TK_STRING)
            snprintf(item, sizeof item, "%.*s", (int)t.len, t.start);
        else if (k == TR_TK_ERRORTOKEN)
            snprintf(item, sizeof item, "ERROR(%s)", err.msg);
        else
            snprintf(item, sizeof item, "%s", tr_token_kind_name(k));
        if (out[0]) strcat(out, " ");
        strcat(out, item);
        if (k == TR_TK_ENDMARKER || k == TR_TK_ERRORTOKEN) break;
    }
    return out;
}

static const struct { const char *src, *tokens; } lex_cases[] = {
    {"x = 1\n", "x = 1 NEWLINE ENDMARKER"},
    {"if a:\n    b\nc\n", "if a : NEWLINE INDENT b NEWLINE DEDENT c NEWLINE ENDMARKER"},
    {"f(1,\n  2)\n", "f ( 1 , 2 ) NEWLINE ENDMARKER"},
    {"x = 1 + \\\n  2\n", "x = 1 + 2 NEWLINE ENDMARKER"},
    {"# only a comment\n\nx # trailing\n", "x NEWLINE ENDMARKER"},
    {"0x_ff 0o17 0b1_0 1_000 1.5e-3 .5 1. 3e+10\n",
     "0x_ff 0o17 0b1_0 1_000 1.5e-3 .5 1. 3e+10 NEWLINE ENDMARKER"},
    {"a**=b//c->d:=e...\n", "a **= b // c -> d := e ... NEWLINE ENDMARKER"},
    {"rb'x' Rb\"y\" f'{z}' u'w' '''t\nq'''\n", "rb'x' Rb\"y\" f'{z}' u'w' '''t\nq''' NEWLINE ENDMARKER"},
    {"if a:\n  if b:\n    c\nd\n",
     "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE ENDMARKER"},
    {"x = 'abc\n", "x = ERROR(unterminated string literal (detected at line 1))"},
    {"if a:\n    b\n  c\n", "if a : NEWLINE INDENT b NEWLINE "
                           "ERROR(unindent does not match any outer indentation level)"},
    {"x = 1j\n", "x = ERROR(imaginary numbers are not supported)"},
    {"y = 0b12\n", "y = ERROR(invalid digit '2' in binary literal)"},
};

START_TEST(lexer_tokens) {
    ck_assert_str_eq(tokens_of(lex_cases[_i].src), lex_cases[_i].tokens);
}
END_TEST

static const struct { const char *body, *decoded; int is_bytes, is_raw; } escape_cases[] = {
    {"a\\nb\\tc", "a\nb\tc", 0, 0},
    {"\\x41\\101\\u00e9", "AA\xc3\xa9", 0, 0},
    {"\\N{GREEK SMALL LETTER ALPHA}", "\xce\xb1", 0, 0},
    {"\\\\ \\' \\\"", "\\ ' \"", 0, 0},
    {"a\\nb", "a\\nb", 0, 1},
    {"\\xff\\x00", "\xff", 1, 0}, /* compared up to the NUL */
};

START_TEST(lexer_escapes) {
    TrLexBuf out = {0};
    const char *msg = NULL;
    const char *b = escape_cases[_i].body;
    ck_assert_int_eq(tr_lexer_decode_string(b, strlen(b), escape_cases[_i].is_bytes,
                                            escape_cases[_i].is_raw, &out, &msg),
                     0);
    ck_assert_str_eq(out.data, escape_cases[_i].decoded);
}
END_TEST

/* ---- parser ------------------------------------------------------------------ */

static char *dump_of(const char *src, int mode) {
    TrSyntaxError err;
    memset(&err, 0, sizeof err);
    TrAstModule *m = tr_parse(src, strlen(src), "t.py", mode, &err);
    if (!m) {
        static char msg[512];
        snprintf(msg, sizeof msg, "%s: %s", err.kind, err.msg);
        return msg;
    }
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    tr_ast_dump(f, m);
    fclose(f);
    if (n && buf[n - 1] == '\n') buf[n - 1] = 0;
    return buf;
}

static const struct { const char *src, *dump; } parse_cases[] = {
    {"-2 ** 2\n", "(ExprStmt (UnaryOp - (BinOp ** (Constant 2/10) (Constant 2/10))))"},
    {"a ** b ** c\n", "(ExprStmt (BinOp ** (Name a) (BinOp ** (Name b) (Name c))))"},
    {"not a and b or c\n",
     "(ExprStmt (BoolOp or [(BoolOp and [(UnaryOp not (Name a)) (Name b)]) (Name c)]))"},
    {"a < b <= c is not d not in e\n",
     "(ExprStmt (Compare (Name a) < (Name b) <= (Name c) is not (Name d) not in (Name e)))"},
    {"a = b = 1\n", "(Assign [(Name a!) (Name b!)] (Constant 1/10))"},
    {"a, *b = c\n", "(Assign [(Tuple [(Name a!) (Starred (Name b!))])] (Name c))"},
    {"x[1:2, ::3] += 1\n",
     "(AugAssign (Subscript (Name x) (Tuple [(Slice (Constant 1/10) (Constant 2/10) -) "
     "(Slice - - (Constant 3/10))])) += (Constant 1/10))"},
    {"x: int = 0x1F\n", "(AnnAssign (Name x!) (Name int) (Constant 1F/16))"},
    {"del a, b.c\n", "(Delete [(Name a~) (Attribute (Name b) c)])"},
    {"def f(a, /, b=1, *c, d, e=2, **g): pass\n",
     "(FunctionDef f (args a / b *c d e=(Constant 2/10) **g defaults [(Constant 1/10)]) [] [(Pass)])"},
    {"@dec\nclass C(B, metaclass=M): x = 1\n",
     "(ClassDef C [(Name B)] metaclass=(Name M) [(Assign [(Name x!)] (Constant 1/10))])"},
    {"[x for x in y if x for z in x]\n",
     "(ExprStmt (ListComp (Name x) (for (Name x!) (Name y) if [(Name x)]) (for (Name z!) (Name x))))"},
    {"{k: v for k, v in d}\n",
     "(ExprStmt (DictComp (Name k):(Name v) (for (Tuple [(Name k!) (Name v!)]) (Name d))))"},
    {"{1, *s}\n", "(ExprStmt (Set [(Constant 1/10) (Starred (Name s))]))"},
    {"{**a, 'k': 1}\n", "(ExprStmt (Dict -:(Name a) (Constant \"k\"):(Constant 1/10)))"},
    {"f(a, *b, c=1, **d)\n",
     "(ExprStmt (Call (Name f) [(Name a) (Starred (Name b))] c=(Constant 1/10) **=(Name d)))"},
    {"f(x for x in y)\n", "(ExprStmt (Call (Name f) [(GeneratorExp (Name x) (for (Name x!) (Name y)))]))"},
    {"f'a{b!r:>{w}}c{d=}'\n",
     "(ExprStmt (JoinedStr [(Constant \"a\") (FormattedValue (Name b) !r (JoinedStr [(Constant \">\") "
     "(FormattedValue (Name w))])) (Constant \"cd=\") (FormattedValue (Name d) !r)]))"},
    {"'a' 'b' \"c\"\n", "(ExprStmt (Constant \"abc\"))"},
    {"(y := 5)\n", "(ExprStmt (NamedExpr (Name y!) (Constant 5/10)))"},
    {"lambda x, *a, k=1: x if a else k\n",
     "(ExprStmt (Lambda (args x *a k=(Constant 1/10)) (IfExp (Name a) (Name x) (Name k))))"},
    {"from ..pkg.mod import a as b, c\n", "(ImportFrom 2 pkg.mod a as b c)"},
    {"import a.b as c, d\n", "(Import a.b as c d)"},
    {"try:\n  pass\nexcept (A, B) as e:\n  raise X from e\nelse:\n  pass\nfinally:\n  pass\n",
     "(Try [(Pass)] (except (Tuple [(Name A) (Name B)]) e [(Raise (Name X) (Name e))]) [(Pass)] [(Pass)])"},
    {"with a as b, c:\n  pass\n", "(With (Name a) as (Name b!) (Name c) [(Pass)])"},
    {"for i, j in x:\n  continue\nelse:\n  break\n",
     "(For (Tuple [(Name i!) (Name j!)]) (Name x) [(Continue)] [(Break)])"},
    {"def g():\n  x = yield\n  yield from y\n  nonlocal_ = 1\n",
     "(FunctionDef g (args) [] [(Assign [(Name x!)] (Yield -)) (ExprStmt (YieldFrom (Name y))) "
     "(Assign [(Name nonlocal_!)] (Constant 1/10))])"},
    {"b'\\x00a' + b''\n", "(ExprStmt (BinOp + (Constant b\"\\x00a\") (Constant b\"\")))"},
    {"x = 1 if y else 2\n", "(Assign [(Name x!)] (IfExp (Name y) (Constant 1/10) (Constant 2/10)))"},
};

START_TEST(parser_dumps) {
    ck_assert_str_eq(dump_of(parse_cases[_i].src, 0), parse_cases[_i].dump);
}
END_TEST

START_TEST(parser_modes) {
    ck_assert_str_eq(dump_of("1 + 2", 2), "(ExprStmt (BinOp + (Constant 1/10) (Constant 2/10)))");
    ck_assert_str_eq(dump_of("x = 1\ny = 2\n", 1),
                     "SyntaxError: multiple statements found while compiling a single statement");
}
END_TEST

/* CPython 3.11's compile(src, "t.py", "exec") for each source. */
static const struct {
    const char *src, *kind, *msg;
    int line, offset;
} error_cases[] = {
    {"x = = 1\n", "SyntaxError", "invalid syntax", 1, 5},
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5},
    {"def f(:\n  pass\n", "SyntaxError", "invalid syntax", 1, 7},
    {"s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"x = (1,\n2\n", "SyntaxError", "'(' was never closed", 1, 5},
    {"print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5},
    {"for x in range(3):\npass\n", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1},
    {"x = 08\n", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"a b\n", "SyntaxError", "invalid syntax", 1, 3},
    {"x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 5},
    {"class\n", "SyntaxError", "invalid syntax", 1, 6},
    {"x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8},
    {"def f(a=1, b):\n    pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6},
    {"else:\n  pass\n", "SyntaxError", "invalid syntax", 1, 1},
};

START_TEST(parser_errors) {
    TrSyntaxError err;
    memset(&err, 0, sizeof err);
    const char *src = error_cases[_i].src;
    ck_assert_ptr_null(tr_parse(src, strlen(src), "t.py", 0, &err));
    ck_assert_str_eq(err.kind, error_cases[_i].kind);
    ck_assert_str_eq(err.msg, error_cases[_i].msg);
    ck_assert_int_eq(err.line, error_cases[_i].line);
    ck_assert_int_eq(err.col, error_cases[_i].offset);
}
END_TEST

/* Deep nesting is an error, never a C stack overflow. */
START_TEST(parser_depth_limits) {
    size_t n = 100000;
    char *src = malloc(2 * n + 4);
    memset(src, '-', n);
    strcpy(src + n, "1\n");
    TrSyntaxError err;
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(tr_parse(src, strlen(src), "t.py", 0, &err));
    for (size_t i = 0; i < n; i += 2) memcpy(src + i, "1+", 2);
    strcpy(src + n, "1\n");
    memset(&err, 0, sizeof err);
    ck_assert_ptr_null(tr_parse(src, strlen(src), "t.py", 0, &err));
    ck_assert_str_eq(err.msg, "maximum recursion depth exceeded during compilation");
    free(src);
}
END_TEST

/* ---- compiler ------------------------------------------------------------------ */

static void print_const(FILE *out, TrValue v) {
    TrStr *s = tr_repr(v);
    fputs(s ? s->data : "?", out);
}
static const TrCode *as_code(TrValue v) {
    return tr_is_type(v, &tr_code_type) ? TR_AS(TrCode, v) : NULL;
}

static char *disassembly(TrCode *code) {
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    tr_code_disassemble(f, code, print_const, as_code);
    fclose(f);
    return buf;
}

static TrCode *compile_ok(const char *src) {
    TrCode *code = tr_compile_source(src, strlen(src), "t.py", 0);
    ck_assert_msg(code != NULL, "compile failed for %s", src);
    return code;
}

START_TEST(compiler_loops_and_calls) {
    char *d = disassembly(compile_ok("for i in range(3):\n    print(i)\nwhile x:\n    x -= 1\nfor c in s:\n    pass\n"));
    ck_assert_ptr_nonnull(strstr(d, "RANGEPREP")); /* a range loop keeps its state in registers */
    ck_assert_ptr_nonnull(strstr(d, "FORRANGE"));
    ck_assert_ptr_nonnull(strstr(d, "FORITER"));
    ck_assert_ptr_nonnull(strstr(d, "LOOP"));
    ck_assert_ptr_nonnull(strstr(d, "CALL"));
    ck_assert_ptr_nonnull(strstr(d, "INPLACE"));
    d = disassembly(compile_ok("with m as v:\n    pass\n"));
    ck_assert_ptr_nonnull(strstr(d, "WITHENTER"));
    ck_assert_ptr_nonnull(strstr(d, "WITHEXIT"));
}
END_TEST

START_TEST(compiler_function_attributes) {
    TrCode *mod = compile_ok("def f(a, b, /, c, *args, d, **kw):\n    e = a\n    def g():\n"
                             "        return e\n    return g\n");
    TrCode *f = NULL;
    for (int i = 0; i < mod->nconsts; i++)
        if (tr_is_type(mod->consts[i], &tr_code_type)) f = TR_AS(TrCode, mod->consts[i]);
    ck_assert_ptr_nonnull(f);
    ck_assert_str_eq(f->name->data, "f");
    ck_assert_int_eq(f->argcount, 3);
    ck_assert_int_eq(f->posonlyargcount, 2);
    ck_assert_int_eq(f->kwonlyargcount, 1);
    ck_assert(f->flags & TR_CO_VARARGS);
    ck_assert(f->flags & TR_CO_VARKEYWORDS);
    ck_assert_str_eq(f->varnames[0]->data, "a");
    ck_assert_str_eq(f->varnames[2]->data, "c");
}
END_TEST

START_TEST(compiler_errors) {
    static const struct { const char *src, *msg; } cases[] = {
        {"return 1\n", "'return' outside function"},
        {"break\n", "'break' outside loop"},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
        {"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *src = cases[i].src;
        ck_assert_ptr_null(tr_compile_source(src, strlen(src), "t.py", 0));
        ck_assert(tr_exc_matches(tr_SyntaxError));
        TrValue msg = tr_getattr_cstr(tr_ts.exc, "msg");
        ck_assert_str_eq(TR_AS(TrStr, msg)->data, cases[i].msg);
        tr_exc_clear();
    }
}
END_TEST

START_TEST(compiler_runs_module) {
    TrCode *code = compile_ok("def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n"
                              "r = fact(25)\nsq = [i * i for i in range(5) if i % 2]\n"
                              "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    msg = str(e)\n");
    TrDict *g = tr_dict_new();
    ck_assert(!TR_IS_UNDEF(tr_run_code(code, g)));
    ck_assert_str_eq(tr_repr(tr_dict_get_cstr(g, "r"))->data, "15511210043330985984000000");
    ck_assert_str_eq(tr_repr(tr_dict_get_cstr(g, "sq"))->data, "[1, 9]");
    ck_assert_str_eq(tr_repr(tr_dict_get_cstr(g, "msg"))->data, "'division by zero'");
}
END_TEST

int main(int argc, char **argv) {
    tr_runtime_init(argc, argv);
    Suite *s = suite_create("frontend");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, lexer_tokens, 0, (int)(sizeof lex_cases / sizeof lex_cases[0]));
    tcase_add_loop_test(tc, lexer_escapes, 0, (int)(sizeof escape_cases / sizeof escape_cases[0]));
    tcase_add_loop_test(tc, parser_dumps, 0, (int)(sizeof parse_cases / sizeof parse_cases[0]));
    tcase_add_test(tc, parser_modes);
    tcase_add_loop_test(tc, parser_errors, 0, (int)(sizeof error_cases / sizeof error_cases[0]));
    tcase_add_test(tc, parser_depth_limits);
    tcase_add_test(tc, compiler_loops_and_calls);
    tcase_add_test(tc, compiler_function_attributes);
    tcase_add_test(tc, compiler_errors);
    tcase_add_test(tc, compiler_runs_module);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
