/*
 * store_internal.h - internal: the store object shared by the files of
 * src/store/ (store.c: world layers; events.c: coded events).
 */
#ifndef ENT_STORE_INTERNAL_H
#define ENT_STORE_INTERNAL_H

#include "store/driver.h"

struct ent_store {
    const ent_store__ops *ops;
    void *conn;
};

#endif
