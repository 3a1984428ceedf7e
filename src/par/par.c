/*
 * par.c - the serial parallel context (one rank; see entente/par.h) and
 * the split of n items into balanced contiguous shares.
 */
#include <entente/par.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

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

/* The first line start at or after byte `at` of fp (a file of `len`
 * bytes): `at` itself if it is 0 or follows a newline. */
static int line_start(FILE *fp, uint64_t len, uint64_t at, uint64_t *out)
{
    if (at == 0 || at >= len) {
        *out = at < len ? at : len;
        return 0;
    }
    if (fseeko(fp, (off_t)(at - 1), SEEK_SET) != 0)
        return ent_error_set(ENT_EIO, "seek failed");
    uint64_t pos = at - 1;
    int c;
    while ((c = getc(fp)) != EOF) {
        pos++;
        if (c == '\n')
            break;
    }
    *out = pos < len ? pos : len;
    return 0;
}

/* Newlines in the first `upto` bytes of fp. */
static int count_lines(FILE *fp, uint64_t upto, uint64_t *out)
{
    char buf[1 << 16];
    uint64_t left = upto, n = 0;
    if (fseeko(fp, 0, SEEK_SET) != 0)
        return ent_error_set(ENT_EIO, "seek failed");
    while (left > 0) {
        size_t want = left < sizeof buf ? (size_t)left : sizeof buf;
        size_t got = fread(buf, 1, want, fp);
        if (got == 0)
            return ent_error_set(ENT_EIO, "read failed");
        for (const char *p = buf, *end = buf + got;
             (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
            n++;
        left -= got;
    }
    *out = n;
    return 0;
}

int ent_par_line_range(const char *path, uint64_t lo, uint64_t hi,
                       uint64_t *begin, uint64_t *end, uint64_t *first_line)
{
    int rc = 0;
    *begin = *end = 0;
    if (first_line)
        *first_line = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    if (fseeko(fp, 0, SEEK_END) != 0) {
        rc = ent_error_set(ENT_EIO, "%s: cannot seek", path);
        goto done;
    }
    off_t l = ftello(fp);
    uint64_t len = l > 0 ? (uint64_t)l : 0, b = 0, e = 0;
    if (lo > len)
        lo = len;
    if (hi > len)
        hi = len;
    if (hi < lo)
        hi = lo;
    if ((rc = line_start(fp, len, lo, &b)) || (rc = line_start(fp, len, hi, &e)))
        goto done;
    *begin = b;
    *end = e > b ? e : b;
    if (first_line)
        rc = count_lines(fp, b, first_line);
done:
    if (rc)
        ent_error_set(rc, "%s: %s", path, ent_error_last());
    fclose(fp);
    return rc;
}

int ent_par_lines(const char *path, int rank, int size, uint64_t *begin,
                  uint64_t *end)
{
    uint64_t lo, hi;
    struct stat st;
    if (stat(path, &st) != 0)
        return ent_error_set(ENT_EIO, "%s: cannot open", path);
    uint64_t len = st.st_size > 0 ? (uint64_t)st.st_size : 0;
    ent_par_cut(len, rank, size, &lo, &hi);
    return ent_par_line_range(path, lo, hi, begin, end, NULL);
}

void ent_par_cut(uint64_t len, int rank, int size, uint64_t *lo, uint64_t *hi)
{
    uint64_t s = size > 0 ? (uint64_t)size : 1;
    uint64_t r = rank > 0 ? (uint64_t)rank : 0;
    if (r >= s)
        r = s - 1;
    /* len * r / s without overflow for any length */
    *lo = len / s * r + len % s * r / s;
    *hi = r + 1 >= s ? len : len / s * (r + 1) + len % s * (r + 1) / s;
}
