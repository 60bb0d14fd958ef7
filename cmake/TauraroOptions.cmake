# Compile options shared by every target: warnings, sanitizers.
add_compile_options(-Wall -Wextra -fno-strict-aliasing)
add_compile_definitions(_GNU_SOURCE)
if(TAURARO_WERROR)
  add_compile_options(-Werror)
endif()
# The collector scans the C stack for pointers; clang's ASan would move locals
# to "fake stack" frames on the heap (use-after-return detection), where the
# collector cannot see them, and free objects still in use.
include(CheckCCompilerFlag)
check_c_compiler_flag(-fsanitize-address-use-after-return=never TR_HAVE_ASAN_UAR_FLAG)
set(TR_ASAN_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
if(TR_HAVE_ASAN_UAR_FLAG)
  list(APPEND TR_ASAN_FLAGS -fsanitize-address-use-after-return=never)
endif()
if(TAURARO_SANITIZE)
  add_compile_options(${TR_ASAN_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()
if(TAURARO_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TAURARO_FUZZ needs clang (libFuzzer): use CC=clang-19, or tools/fuzz.sh")
  endif()
  # every library is instrumented for coverage; only the harnesses link libFuzzer's main
  add_compile_options(-fsanitize=fuzzer-no-link ${TR_ASAN_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()
