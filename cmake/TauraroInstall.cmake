# What `cmake --install build --prefix P` installs, and the .deb CPack builds
# from it (`cpack -G DEB`, see tools/test_deb.sh).
#
#   P/bin/tauraro, P/bin/tauraroc
#   P/lib/tauraro/libtauraro_rt.a, libtauraro_frontend.a   what tauraroc links
#   P/lib/tauraro/lib/                                     the modules in Python
#   P/share/man/man1/tauraro.1, tauraroc.1
#   P/share/doc/tauraro/                                   README and guides
#
# The programs find lib/tauraro from their own executable (vm/tr_home.c), so
# the prefix can be moved or copied.  No headers are installed: tauraroc
# emits objects straight from LLVM IR, and what it links needs only the two
# archives and the libraries in TAURARO_AOT_LIBS.

install(TARGETS tauraro tauraroc RUNTIME DESTINATION bin)
install(TARGETS tauraro_rt tauraro_frontend ARCHIVE DESTINATION lib/tauraro)
install(DIRECTORY lib/ DESTINATION lib/tauraro/lib FILES_MATCHING PATTERN "*.py")
install(FILES docs/man/tauraro.1 docs/man/tauraroc.1 DESTINATION share/man/man1)
install(FILES README.md docs/user-guide.md docs/contributor-guide.md docs/architecture.md
              docs/bytecode.md docs/jit.md docs/ffi.md
        DESTINATION share/doc/tauraro)

# ---- the Debian package ------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tauraro)
set(CPACK_PACKAGE_VENDOR "Tauraro")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Python 3 implementation with an LLVM JIT and an ahead-of-time compiler")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # executables only: CMake never strips archives
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tauraro_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Tauraro developers <tauraro@localhost>" CACHE STRING
    "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_SECTION interpreters)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Tauraro runs Python 3 programs: a register-bytecode interpreter with an\n LLVM 19 loop JIT (tauraro), and tauraroc, which compiles Python programs\n to native executables and to modules tauraro imports.")
# The shared libraries the two programs load (libffi8, libgmp10, libgc1,
# libedit2, libstdc++6, libzstd1, zlib1g, libc6; LLVM is linked in), with
# versions, from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# tauraroc links executables with `cc` against the runtime archives, which
# need the link-time libraries (-lgc -lffi -lgmp -lm -ldl -lpthread): the C
# compiler, libc's development files and the three -dev packages.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gcc, libc6-dev, libgc-dev, libgmp-dev, libffi-dev")
include(CPack)
