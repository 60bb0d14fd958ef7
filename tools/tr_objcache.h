/* tr_objcache.h — tauraroc's cache of compiled library modules.
 *
 * A module that a program imports (every unit but the program itself) is
 * compiled to an object file once and reused while its source, the
 * compile options and tauraroc itself stay the same: programs that import
 * the same library modules do not compile them again (tr_objcache.c). */
#ifndef TR_OBJCACHE_H
#define TR_OBJCACHE_H

#include <stddef.h>

/* The cache file for this key material (a path that may not exist yet), or
 * NULL when there is no usable cache directory.  The directory is
 * $TAURARO_CACHE, else $XDG_CACHE_HOME/tauraro, else ~/.cache/tauraro;
 * TAURARO_CACHE=off disables the cache. */
char *tr_objcache_path(const void *key, size_t len);
/* Move a finished object `tmp` into place at `path` (atomically). */
int tr_objcache_store(const char *tmp, const char *path);

#endif
