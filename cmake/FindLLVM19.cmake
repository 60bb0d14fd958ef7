# Locate LLVM 19 (Debian's llvm-19-dev) through llvm-config-19 and expose it
# as the interface target TauraroLLVM: headers, and by default the static
# archives of just the components Tauraro uses (TAURARO_LLVM_STATIC=OFF:
# -lLLVM-19).  Debian's libLLVM.so holds every target; loading it cost each
# process about 23 MB of resident pages and its relocation at startup, which
# every tauraro run paid even with --no-jit (an empty program: 51.7 MB to
# 28.9 MB resident, 30 ms to 10.5 ms).
# llvm-config-19 is preferred over a plain llvm-config (often another LLVM);
# a cached path to the wrong version (a configure run before llvm-19-dev was
# installed) is dropped and searched again.
if(LLVM_CONFIG)
  execute_process(COMMAND ${LLVM_CONFIG} --version OUTPUT_VARIABLE _tr_llvm_ver
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT _tr_llvm_ver MATCHES "^19\\.")
    unset(LLVM_CONFIG CACHE)
  endif()
endif()
find_program(LLVM_CONFIG NAMES llvm-config-19 PATHS /usr/lib/llvm-19/bin NO_DEFAULT_PATH)
find_program(LLVM_CONFIG NAMES llvm-config-19 llvm-config REQUIRED)
execute_process(COMMAND ${LLVM_CONFIG} --version OUTPUT_VARIABLE LLVM_VERSION
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT LLVM_VERSION MATCHES "^19\\.")
  message(FATAL_ERROR "LLVM 19 is required, found ${LLVM_VERSION} (${LLVM_CONFIG})")
endif()
execute_process(COMMAND ${LLVM_CONFIG} --includedir OUTPUT_VARIABLE LLVM_INCLUDE_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${LLVM_CONFIG} --libdir OUTPUT_VARIABLE LLVM_LIB_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${LLVM_CONFIG} --bindir OUTPUT_VARIABLE LLVM_BIN_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
option(TAURARO_LLVM_STATIC "Link the LLVM components Tauraro uses statically" ON)
add_library(TauraroLLVM INTERFACE)
target_include_directories(TauraroLLVM SYSTEM INTERFACE ${LLVM_INCLUDE_DIR})
set(_tr_llvm_components x86codegen x86asmparser x86desc x86info orcjit passes)
if(TAURARO_LLVM_STATIC)
  execute_process(COMMAND ${LLVM_CONFIG} --link-static --libfiles ${_tr_llvm_components}
                  OUTPUT_VARIABLE _tr_llvm_libs OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _tr_rc)
  execute_process(COMMAND ${LLVM_CONFIG} --link-static --system-libs ${_tr_llvm_components}
                  OUTPUT_VARIABLE _tr_llvm_sys OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _tr_rc EQUAL 0 OR _tr_llvm_libs STREQUAL "")
    message(FATAL_ERROR "llvm-config could not list LLVM's static libraries; configure with -DTAURARO_LLVM_STATIC=OFF")
  endif()
  separate_arguments(_tr_llvm_libs UNIX_COMMAND "${_tr_llvm_libs}")
  separate_arguments(_tr_llvm_sys UNIX_COMMAND "${_tr_llvm_sys}")
  # the archives in llvm-config's order, grouped (they refer to each other);
  # the system libraries only where something references them
  target_link_libraries(TauraroLLVM INTERFACE -Wl,--gc-sections -Wl,--start-group ${_tr_llvm_libs} -Wl,--end-group
                        -Wl,--push-state,--as-needed ${_tr_llvm_sys} stdc++ -Wl,--pop-state)
  set(LLVM_SHARED_LIB "static: ${_tr_llvm_components}")
else()
  find_library(LLVM_SHARED_LIB NAMES LLVM-19 LLVM HINTS ${LLVM_LIB_DIR} REQUIRED NO_DEFAULT_PATH)
  target_link_libraries(TauraroLLVM INTERFACE ${LLVM_SHARED_LIB})
endif()
set(TAURARO_LLVM_VERSION ${LLVM_VERSION})
message(STATUS "LLVM ${LLVM_VERSION}: ${LLVM_SHARED_LIB}")
