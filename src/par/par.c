/*
 * par.c - the serial parallel context (one rank; see entente/par.h) and
 * the split of n items into balanced contiguous shares.
 */
#include <entente/par.h>

#include <stdlib.h>
#include <string.h>

static int serial_sum(const ent_par *p, uint64_t *buf, size_t n)
{
    (void)p;
    (void)buf;
    (void)n;
    return 0;
}

static int serial_gather(const ent_par *p, const void *data, size_t len,
                         void **out, size_t *out_len)
{
    (void)p;
    *out = malloc(len ? len : 1);
    *out_len = 0;
    if (!*out)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    if (len)
        memcpy(*out, data, len);
    *out_len = len;
    return 0;
}

static int serial_bcast(const ent_par *p, void **data, size_t *len)
{
    (void)p;
    (void)data;
    (void)len;
    return 0;
}

static int serial_fetch_add(ent_par *p, uint64_t add, uint64_t *out)
{
    *out = p->local;
    p->local += add;
    return 0;
}

static int serial_reset(ent_par *p)
{
    p->local = 0;
    return 0;
}

void ent_par_serial(ent_par *p)
{
    memset(p, 0, sizeof *p);
    p->rank = 0;
    p->size = 1;
    p->sum_u64 = serial_sum;
    p->gather = serial_gather;
    p->bcast = serial_bcast;
    p->fetch_add = serial_fetch_add;
    p->counter_reset = serial_reset;
}

void ent_par_share(uint64_t n, int rank, int size, uint64_t *begin,
                   uint64_t *end)
{
    uint64_t s = size > 0 ? (uint64_t)size : 1;
    uint64_t r = rank > 0 ? (uint64_t)rank : 0;
    uint64_t q = n / s, rem = n % s;
    *begin = r * q + (r < rem ? r : rem);
    *end = *begin + q + (r < rem ? 1 : 0);
}
