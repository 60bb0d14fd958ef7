/* tr_backend.h — the public face of the LLVM backend (JIT and AOT). */
#ifndef TR_BACKEND_H
#define TR_BACKEND_H

/* "19.1.x": the LLVM version linked in. */
const char *tr_llvm_version(void);

#endif
