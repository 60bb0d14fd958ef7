/* tr_io.h — stream objects (sys.stdout and friends; files come later). */
#ifndef TR_IO_H
#define TR_IO_H

#include <unistd.h>

#include "tr_vm.h"

typedef struct TrFile {
    TrObject ob;
    FILE *fp;       /* NULL once closed */
    TrStr *name;
    const char *mode;
    int failed_flush; /* errno of an explicit flush that failed: its data counts
                         as still unwritten, so the flush at exit fails too */
} TrFile;

extern TrType tr_file_type;
extern TrValue tr_sys_stdin;
void tr_init_io(void);
TrStr *tr_file_readline(TrFile *f);

#endif
