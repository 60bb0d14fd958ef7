/* tr_mod_errno.c — the `errno` module: the C library's error numbers by
 * name, and errorcode (number -> name), as CPython's errno module.  The
 * three aliases come first so that errorcode names the canonical symbol
 * (EAGAIN, not EWOULDBLOCK), as CPython's table does. */
#include <errno.h>

#include "tr_module.h"

#define TR_ERRNO_NAMES(X) \
    X(EDEADLK) X(EOPNOTSUPP) X(EWOULDBLOCK) X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) \
    X(ENXIO) X(E2BIG) X(ENOEXEC) X(EBADF) X(ECHILD) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) \
    X(ENOTBLK) X(EBUSY) X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) X(ENFILE) \
    X(EMFILE) X(ENOTTY) X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) X(EROFS) X(EMLINK) X(EPIPE) \
    X(EDOM) X(ERANGE) X(EDEADLOCK) X(ENAMETOOLONG) X(ENOLCK) X(ENOSYS) X(ENOTEMPTY) X(ELOOP) \
    X(ENOMSG) X(EIDRM) X(ECHRNG) X(EL2NSYNC) X(EL3HLT) X(EL3RST) X(ELNRNG) X(EUNATCH) X(ENOCSI) \
    X(EL2HLT) X(EBADE) X(EBADR) X(EXFULL) X(ENOANO) X(EBADRQC) X(EBADSLT) X(EBFONT) X(ENOSTR) \
    X(ENODATA) X(ETIME) X(ENOSR) X(ENONET) X(ENOPKG) X(EREMOTE) X(ENOLINK) X(EADV) X(ESRMNT) \
    X(ECOMM) X(EPROTO) X(EMULTIHOP) X(EDOTDOT) X(EBADMSG) X(EOVERFLOW) X(ENOTUNIQ) X(EBADFD) \
    X(EREMCHG) X(ELIBACC) X(ELIBBAD) X(ELIBSCN) X(ELIBMAX) X(ELIBEXEC) X(EILSEQ) X(ERESTART) \
    X(ESTRPIPE) X(EUSERS) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) X(EPROTOTYPE) X(ENOPROTOOPT) \
    X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(ENOTSUP) X(EPFNOSUPPORT) X(EAFNOSUPPORT) \
    X(EADDRINUSE) X(EADDRNOTAVAIL) X(ENETDOWN) X(ENETUNREACH) X(ENETRESET) X(ECONNABORTED) \
    X(ECONNRESET) X(ENOBUFS) X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) X(ETOOMANYREFS) X(ETIMEDOUT) \
    X(ECONNREFUSED) X(EHOSTDOWN) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS) X(ESTALE) \
    X(EUCLEAN) X(ENOTNAM) X(ENAVAIL) X(EISNAM) X(EREMOTEIO) X(EDQUOT) X(ENOMEDIUM) \
    X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) X(EKEYEXPIRED) X(EKEYREVOKED) X(EKEYREJECTED) \
    X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL)

TrModule *tr_module_init_errno(void) {
    TrModule *m = tr_module_new("errno");
    TrDict *codes = tr_dict_new();
#define TR_ERRNO_ADD(name)                                              \
    tr_module_add(m, #name, tr_int(name));                              \
    tr_dict_set(codes, tr_int(name), tr_str_value(#name));
    TR_ERRNO_NAMES(TR_ERRNO_ADD)
#undef TR_ERRNO_ADD
    tr_module_add(m, "errorcode", tr_obj(codes));
    return m;
}
