#include <zlib.h>

/* inflateInit2 is a macro; Swift needs a function. */
static inline int dyad_inflate_init(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
