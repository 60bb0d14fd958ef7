/* tr_io.h — the standard streams (sys.stdout and friends).  They are the
 * same TextIOWrapper objects open() makes (tr_file.c), over stdio's own
 * stdin/stdout/stderr. */
#ifndef TR_IO_H
#define TR_IO_H

#include <stdio.h>
#include <unistd.h>

#include "tr_vm.h"

extern TrValue tr_sys_stdin;
void tr_init_io(void);

/* tr_file.c: a text file object over an existing stream (never fclose'd:
 * close() only flushes it and marks the object closed), and the stream
 * under a text file object (NULL when `v` is none or is closed). */
TrValue tr_file_over_stream(FILE *fp, const char *name, bool writable);
FILE *tr_file_text_stream(TrValue v, bool *is_file);

#endif
