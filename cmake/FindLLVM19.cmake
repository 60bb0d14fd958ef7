# Locate LLVM 19 (Debian's llvm-19-dev) through llvm-config-19 and expose it
# as the interface target TauraroLLVM (headers + -lLLVM-19).
find_program(LLVM_CONFIG NAMES llvm-config-19 llvm-config
             HINTS /usr/lib/llvm-19/bin REQUIRED)
execute_process(COMMAND ${LLVM_CONFIG} --version OUTPUT_VARIABLE LLVM_VERSION
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT LLVM_VERSION MATCHES "^19\\.")
  message(FATAL_ERROR "LLVM 19 is required, found ${LLVM_VERSION} (${LLVM_CONFIG})")
endif()
execute_process(COMMAND ${LLVM_CONFIG} --includedir OUTPUT_VARIABLE LLVM_INCLUDE_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${LLVM_CONFIG} --libdir OUTPUT_VARIABLE LLVM_LIB_DIR
                OUTPUT_STRIP_TRAILING_WHITESPACE)
find_library(LLVM_SHARED_LIB NAMES LLVM-19 LLVM HINTS ${LLVM_LIB_DIR} REQUIRED NO_DEFAULT_PATH)
add_library(TauraroLLVM INTERFACE)
target_include_directories(TauraroLLVM SYSTEM INTERFACE ${LLVM_INCLUDE_DIR})
target_link_libraries(TauraroLLVM INTERFACE ${LLVM_SHARED_LIB})
set(TAURARO_LLVM_VERSION ${LLVM_VERSION})
message(STATUS "LLVM ${LLVM_VERSION}: ${LLVM_SHARED_LIB}")
