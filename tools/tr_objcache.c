/* tr_objcache.c — the object cache behind tauraroc's library modules.
 *
 * Keys are 128-bit hashes (two FNV-1a variants) of everything that decides
 * the object: the module's name and source, the options, and tauraroc's own
 * build (its executable's size and modification time).  Writers create the
 * object under a temporary name in the cache directory and rename it into
 * place, so concurrent compilations (parallel tests) never see half a file. */
#include "tr_objcache.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static uint64_t fnv(const unsigned char *p, size_t n, uint64_t h) {
    for (size_t k = 0; k < n; k++) {
        h ^= p[k];
        h *= 1099511628211ull;
    }
    return h;
}

static int make_dir(const char *path) {
    char tmp[PATH_MAX];
    if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp) return -1;
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            if (mkdir(tmp, 0755) < 0 && errno != EEXIST) return -1;
            *p = '/';
        }
    return mkdir(tmp, 0755) < 0 && errno != EEXIST ? -1 : 0;
}

static const char *cache_dir(void) {
    static char dir[PATH_MAX];
    static int state; /* 0 unknown, 1 usable, -1 none */
    if (state) return state > 0 ? dir : NULL;
    state = -1;
    const char *env = getenv("TAURARO_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (env && !strcmp(env, "off")) return NULL;
    int n = env && *env   ? snprintf(dir, sizeof dir, "%s", env)
            : xdg && *xdg ? snprintf(dir, sizeof dir, "%s/tauraro", xdg)
            : home && *home ? snprintf(dir, sizeof dir, "%s/.cache/tauraro", home)
                            : -1;
    if (n < 0 || n >= (int)sizeof dir || make_dir(dir) < 0 || access(dir, W_OK) < 0) return NULL;
    state = 1;
    return dir;
}

char *tr_objcache_path(const void *key, size_t len) {
    const char *dir = cache_dir();
    if (!dir) return NULL;
    struct stat st;
    uint64_t self[2] = {0, 0};
    if (stat("/proc/self/exe", &st) == 0) {
        self[0] = (uint64_t)st.st_size;
        self[1] = (uint64_t)st.st_mtim.tv_sec * 1000000000ull + (uint64_t)st.st_mtim.tv_nsec;
    }
    uint64_t h1 = fnv(key, len, 14695981039346656037ull), h2 = fnv(key, len, 0x9e3779b97f4a7c15ull);
    h1 = fnv((const unsigned char *)self, sizeof self, h1);
    h2 = fnv((const unsigned char *)self, sizeof self, h2 ^ 0x5bd1e995u);
    char *path = malloc(strlen(dir) + 48);
    if (path) sprintf(path, "%s/%016llx%016llx.o", dir, (unsigned long long)h1, (unsigned long long)h2);
    return path;
}

int tr_objcache_store(const char *tmp, const char *path) {
    if (rename(tmp, path) == 0) return 0;
    unlink(tmp);
    return -1;
}
