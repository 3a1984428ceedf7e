/*
 * pq_dl.c - loads libpq on first use (see pq_dl.h for why).
 */
#define ENT_PQ_DL_IMPL
#include "store/pq_dl.h"

#include <entente/common.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef ENT_LIBPQ_SONAME
#define ENT_LIBPQ_SONAME "libpq.so.5"
#endif

ent_pq__api ent_pq__fn;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int load_rc;
static char load_msg[256];

/* dlsym returns an object pointer; copy its bits into the function
 * pointer (POSIX guarantees they have the same representation). */
static int sym(void *h, const char *name, void *dst, size_t size)
{
    void *p = dlsym(h, name);
    if (!p) {
        snprintf(load_msg, sizeof load_msg,
                 "libpq (" ENT_LIBPQ_SONAME ") has no function %s", name);
        return -1;
    }
    memcpy(dst, &p, size);
    return 0;
}

static void load(void)
{
    void *h = dlopen(ENT_LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        h = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        snprintf(load_msg, sizeof load_msg,
                 "PostgreSQL stores need libpq (" ENT_LIBPQ_SONAME
                 ", Debian package libpq5): %s", e ? e : "not found");
        load_rc = -1;
        return;
    }
#define ENT_PQ_LOAD(f)                                                        \
    if (sym(h, #f, &ent_pq__fn.f, sizeof ent_pq__fn.f)) {                     \
        load_rc = -1;                                                         \
        return;                                                               \
    }
    ENT_PQ_FUNCS(ENT_PQ_LOAD)
#undef ENT_PQ_LOAD
    load_rc = 0; /* the handle stays open for the life of the process */
}

int ent_pq__load(void)
{
    pthread_once(&once, load);
    return load_rc ? ent_error_set(ENT_EIO, "%s", load_msg) : 0;
}
