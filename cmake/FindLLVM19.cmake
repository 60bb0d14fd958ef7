# Locate LLVM 19 (Debian's llvm-19-dev) through llvm-config-19 and expose it
# as the interface target TauraroLLVM (headers + -lLLVM-19).
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
find_library(LLVM_SHARED_LIB NAMES LLVM-19 LLVM HINTS ${LLVM_LIB_DIR} REQUIRED NO_DEFAULT_PATH)
add_library(TauraroLLVM INTERFACE)
target_include_directories(TauraroLLVM SYSTEM INTERFACE ${LLVM_INCLUDE_DIR})
target_link_libraries(TauraroLLVM INTERFACE ${LLVM_SHARED_LIB})
set(TAURARO_LLVM_VERSION ${LLVM_VERSION})
message(STATUS "LLVM ${LLVM_VERSION}: ${LLVM_SHARED_LIB}")
