#!/usr/bin/env bash
# test_deb.sh — build Tauraro's .deb with CPack and test it.
#
#   tools/test_deb.sh              build the package, check its dependencies,
#                                  unpack it into a scratch root (dpkg -x) and
#                                  run the install test there
#   tools/test_deb.sh --apt        then install it on this machine with
#                                  `apt-get install ./tauraro_*.deb` (as root),
#                                  run the install test on /usr and remove it
#   tools/test_deb.sh --apt --keep the same, leaving the package installed
#
# The package is built in its own build folder (BUILD_DIR, default
# build-deb): tests off, install prefix /usr, and TAURARO_LIB_DIR set to the
# installed library (the last place an AOT executable, which has no prefix
# of its own, looks for modules it was not compiled with).
#
# The dependency check: every shared library the two programs name, every
# library tauraroc's link command names, and the `cc` it runs must belong to
# a package the .deb depends on (dpkg -S on this machine), and apt must
# accept the package (apt-get install --simulate).  The install test is
# tools/test_install.sh --prefix: the JIT and an AOT-compiled program, run
# with the source tree hidden.  The .deb's path is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD_DIR:-build-deb}
mode=scratch keep=0
for a in "$@"; do
    case "$a" in
    --apt) mode=apt ;;
    --keep) keep=1 ;;
    *)
        echo "usage: tools/test_deb.sh [--apt [--keep]]" >&2
        exit 2
        ;;
    esac
done

fail() {
    echo "test_deb: FAIL: $*" >&2
    exit 1
}

# ---- build --------------------------------------------------------------------
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DTAURARO_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr -DTAURARO_LIB_DIR=/usr/lib/tauraro/lib >/dev/null
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/tauraro_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || fail "cpack: $(tail -n 20 "$build/cpack.log")"
deb=$(echo "$root/$build"/tauraro_*.deb)
[ -f "$deb" ] || fail "cpack wrote no tauraro_*.deb"
dpkg-deb -f "$deb" Package Version Architecture Depends

# ---- dependencies -------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
# package names, alternatives included, versions dropped
pkgs=" $(echo "$depends" | sed -E 's/\([^)]*\)//g; s/[,|]/ /g' | tr -s ' ') "
needs() { # $1: a file; its owning package must be depended on
    # dpkg knows the file under the name its package ships: /usr/lib/... or,
    # before the /usr merge, /lib/...; the folder is made canonical, not the
    # file (dpkg knows the soname symlinks)
    local f owner="" c
    f="$(readlink -f "$(dirname "$1")")/$(basename "$1")"
    for c in "$f" "${f#/usr}"; do
        [ -n "$owner" ] || owner=$(dpkg -S "$c" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    done
    [ -n "$owner" ] || fail "no installed package owns $f"
    case "$pkgs" in *" $owner "*) ;; *) fail "$1 belongs to $owner, which the .deb does not depend on" ;; esac
}
scratch=$(mktemp -d /tmp/tauraro_deb.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch"
for bin in tauraro tauraroc; do
    ldd "$scratch/usr/bin/$bin" | grep -q 'not found' && fail "$bin: $(ldd "$scratch/usr/bin/$bin" | grep 'not found')"
    # the libraries it names itself (NEEDED), found where the loader finds them;
    # ldd lists the dynamic loader (which gold names too) by its path alone
    for so in $(readelf -d "$scratch/usr/bin/$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        needs "$(ldd "$scratch/usr/bin/$bin" | awk -v so="$so" '$1 == so && $2 == "=>" { print $3 }
            $1 ~ /^\// { n = split($1, part, "/"); if (part[n] == so) print $1 }')"
    done
done
for flag in $(sed -n 's/^#define TAURARO_AOT_LIBS "\(.*\)"/\1/p' "$build/generated/tr_config.h"); do
    case "$flag" in -l*) ;; *) continue ;; esac
    f=$(cc -print-file-name="lib${flag#-l}.so")
    [ "$f" != "lib${flag#-l}.so" ] || f=$(cc -print-file-name="lib${flag#-l}.a")
    [ -e "$f" ] || fail "the link library for $flag is not found"
    needs "$f"
done
cc_path=$(update-alternatives --query cc 2>/dev/null | sed -n 's/^Value: //p')
needs "${cc_path:-$(command -v cc)}"
apt-get install --simulate -qq "$deb" >"$scratch/apt.log" 2>&1 || fail "apt-get --simulate: $(tail -n 5 "$scratch/apt.log")"
echo "test_deb: dependencies ok"

# ---- the programs -------------------------------------------------------------
if [ "$mode" = scratch ]; then
    tools/test_install.sh --prefix "$scratch/usr"
else
    [ "$(id -u)" -eq 0 ] || fail "--apt needs root"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$scratch/apt.log" 2>&1 ||
        fail "apt-get install: $(tail -n 5 "$scratch/apt.log")"
    status=0
    tools/test_install.sh --prefix /usr || status=$?
    [ "$keep" = 1 ] || DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tauraro >/dev/null 2>&1
    [ "$status" = 0 ] || exit "$status"
fi
echo "test_deb: ok: $deb"
