/*
 * import_petrarch.c - placeholder, replaced below.
 */
#include "text_int.h"
int ent_dict_import_petrarch_string(ent_dict *d, ent_petr_kind kind, const char *text,
                                    size_t len, size_t *skipped)
{
    (void)d; (void)kind; (void)text; (void)len;
    if (skipped) *skipped = 0;
    return 0;
}
int ent_dict_import_petrarch(ent_dict *d, ent_petr_kind kind, const char *path,
                             size_t *skipped)
{
    (void)d; (void)kind; (void)path;
    if (skipped) *skipped = 0;
    return 0;
}
