/*
 * Preloaded (first, before libasan) into Debian's php when it runs the ASan+UBSan build
 * of the extension (tools/build-asan.sh): PHP opens extensions with RTLD_DEEPBIND, which
 * the ASan runtime refuses ("incompatible with sanitizer runtime"), so this dlopen() drops
 * that flag and hands the call on. It also takes LD_PRELOAD out of the environment once the
 * process has started, so that what php starts (pg_ctl, node, sh) runs without the
 * sanitizer runtime; php children come back through the wrapper (PHP_BINARY), which
 * preloads again. May touch: libdl, libc (environment).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

void *dlopen(const char *file, int flags)
{
    static void *(*next)(const char *, int);
    if (!next) {
        next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    }
    return next(file, flags & ~RTLD_DEEPBIND);
}

__attribute__((constructor)) static void tq_asan_shim_init(void)
{
    unsetenv("LD_PRELOAD");
}
