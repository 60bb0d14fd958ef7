/* tr_home.c — where Tauraro's own files are.
 *
 * An installed prefix P (`cmake --install build --prefix P`, or the .deb
 * with P = /usr) is laid out as
 *
 *   P/bin/tauraro, P/bin/tauraroc
 *   P/lib/tauraro/                 the home: libtauraro_rt.a, libtauraro_frontend.a
 *   P/lib/tauraro/lib/             the standard-library modules written in Python
 *
 * The programs find the home from their own executable (/proc/self/exe,
 * symlinks resolved) rather than from a path fixed at build time, so a copied
 * or moved prefix keeps working; TAURARO_HOME=P names the prefix outright.
 * A build tree has no home: there the library is the source tree's lib/
 * (TAURARO_LIB_DIR, baked in by CMake) and tauraroc finds the archives beside
 * itself.  Used by the import system (sys.path) and by tauraroc (the import
 * scan and the link). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tr_module.h"

bool tr_path_is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

bool tr_path_is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

const char *tr_exe_dir(void) {
    static char dir[PATH_MAX];
    static int done;
    if (!done) {
        done = 1;
        ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
        dir[n > 0 ? n : 0] = 0;
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        else dir[0] = 0;
    }
    return dir[0] ? dir : NULL;
}

/* `prefix`/lib/tauraro, made canonical, into out; whether it exists. */
static bool home_of_prefix(const char *prefix, char *out) {
    char cand[PATH_MAX];
    if (snprintf(cand, sizeof cand, "%s/lib/tauraro", prefix) >= (int)sizeof cand) return false;
    if (realpath(cand, out)) return true;
    memcpy(out, cand, sizeof cand);
    return false;
}

const char *tr_home_dir(void) {
    static char home[PATH_MAX];
    static int done;
    static bool found;
    if (!done) {
        done = 1;
        const char *env = getenv("TAURARO_HOME");
        const char *exe = tr_exe_dir();
        char lib[PATH_MAX + 8];
        if (env && *env) {
            home_of_prefix(env, home); /* told: no second guess, even if absent */
            found = true;
        } else if (exe) {
            char up[PATH_MAX + 4];
            snprintf(up, sizeof up, "%s/..", exe);
            found = home_of_prefix(up, home) &&
                    snprintf(lib, sizeof lib, "%s/lib", home) < (int)sizeof lib && tr_path_is_dir(lib);
        }
    }
    return found ? home : NULL;
}

const char *tr_stdlib_dir(void) {
    static char dir[PATH_MAX + 8];
    const char *env = getenv("TAURARO_LIB");
    if (env && *env) return env;
    const char *home = tr_home_dir();
    if (!home) return TAURARO_LIB_DIR;
    snprintf(dir, sizeof dir, "%s/lib", home);
    return dir;
}
