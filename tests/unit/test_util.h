/*
 * test_util.h - helpers for entente's cmocka tests: a tolerance assertion
 * (cmocka 1.1.5 has none for doubles), paths to the source tree and to the
 * shared reference data, and the skip convention (exit 77) for tests that
 * need ../shared when it is absent.
 */
#ifndef ENT_TEST_UTIL_H
#define ENT_TEST_UTIL_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <cmocka.h>

#define assert_close(a, b, tol)                                                \
    do {                                                                       \
        double a_ = (double)(a), b_ = (double)(b), t_ = (double)(tol);         \
        if (!(fabs(a_ - b_) <= t_))                                            \
            fail_msg("%s = %.10g, expected %.10g (tolerance %g)", #a, a_, b_,  \
                     t_);                                                      \
    } while (0)

/* The shared data directory (ENTENTE_SHARED overrides the build setting). */
static inline const char *ent_test_shared(void)
{
    const char *env = getenv("ENTENTE_SHARED");
    return env && env[0] ? env : ENT_SHARED_DIR;
}

/* Path under the shared directory into buf; returns buf. */
static inline const char *ent_test_shared_path(char *buf, size_t n,
                                               const char *rel)
{
    snprintf(buf, n, "%s/%s", ent_test_shared(), rel);
    return buf;
}

/* Call first in main() of a test that needs ../shared/data: exits 77
 * (reported as skipped by ctest) when the data is not there. */
static inline void ent_test_require_shared(void)
{
    char p[4096];
    struct stat st;
    ent_test_shared_path(p, sizeof p, "data");
    if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "shared data not found at %s: skipping\n", p);
        exit(77);
    }
}

#endif
