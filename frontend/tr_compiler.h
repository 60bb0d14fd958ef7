/* tr_compiler.h — source text / AST to code objects.
 *
 * The public face of the frontend: tools and the import system hand it
 * source and get back a module code object, or NULL with a SyntaxError
 * pending in the runtime (carrying filename, line, offset and text so the
 * traceback printer can show the caret, as CPython does). */
#ifndef TR_COMPILER_H
#define TR_COMPILER_H

#include "tr_ast.h"
#include "tr_code.h"
#include "tr_vm.h"

/* mode: 0 file, 1 interactive statement, 2 expression */
TrCode *tr_compile_source(const char *src, size_t len, const char *filename, int mode);
TrCode *tr_compile_ast(const TrAstModule *m, const char *filename, int mode);
/* Raise the runtime SyntaxError for a frontend error record. */
void tr_raise_syntax_error(const TrSyntaxError *e);

#endif
