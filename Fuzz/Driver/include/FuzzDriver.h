#ifndef DYAD_FUZZ_DRIVER_H
#define DYAD_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the toolchain's libclang_rt.fuzzer), started from a Swift `main`
/// because SwiftPM renames executables' entry points and libFuzzer's own `main` cannot win.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
