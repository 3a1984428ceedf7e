/*
 * readfile.c - read a whole file into memory (see readfile.h).
 */
#include "core/readfile.h"

#include <entente/common.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int ent_core__read_stream(FILE *fp, const char *name, size_t max, char **buf,
                          size_t *len)
{
    char *b = NULL;
    size_t cap = 0, n = 0;
    int rc = 0;
    *buf = NULL;
    *len = 0;
    for (;;) {
        if (n + 1 >= cap) { /* room for one more read and the NUL */
            size_t nc = cap ? 2 * cap : 65536;
            char *nb = realloc(b, nc);
            if (!nb) {
                rc = ent_error_set(ENT_ENOMEM, "out of memory");
                break;
            }
            b = nb;
            cap = nc;
        }
        size_t r = fread(b + n, 1, cap - n - 1, fp);
        n += r;
        if (n > max) {
            rc = ent_error_set(ENT_ELIMIT, "%s: larger than %zu MiB", name,
                               max >> 20);
            break;
        }
        if (r == 0)
            break;
    }
    if (!rc && ferror(fp))
        rc = ent_error_set(ENT_EIO, "%s: read error", name);
    if (rc) {
        free(b);
        return rc;
    }
    b[n] = '\0';
    *buf = b;
    *len = n;
    return 0;
}

int ent_core__read_file(const char *path, size_t max, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return ent_error_set(ENT_EIO, "%s: cannot open: %s", path,
                             strerror(errno));
    int rc = ent_core__read_stream(fp, path, max, buf, len);
    fclose(fp);
    return rc;
}
