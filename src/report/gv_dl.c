/*
 * gv_dl.c - loads Graphviz and its two plugins on first use (see gv_dl.h).
 */
#define ENT_GV_DL_IMPL
#include "report/gv_dl.h"

#include <entente/common.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef ENT_GVC_SONAME
#define ENT_GVC_SONAME "libgvc.so.6"
#endif
#ifndef ENT_GV_PLUGIN_CORE
#define ENT_GV_PLUGIN_CORE "graphviz/libgvplugin_core.so.6"
#endif
#ifndef ENT_GV_PLUGIN_NEATO
#define ENT_GV_PLUGIN_NEATO "graphviz/libgvplugin_neato_layout.so.6"
#endif

ent_gv__api ent_gv__fn;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int load_rc;
static char load_msg[320];

static void *open_lib(const char *name)
{
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        snprintf(load_msg, sizeof load_msg,
                 "drawing the network needs Graphviz (Debian packages "
                 "libgvc6, libgraphviz): %s", e ? e : name);
    }
    return h;
}

/* dlsym returns an object pointer; copy its bits into the function
 * pointer (POSIX guarantees they have the same representation). */
static int sym(void *h, const char *lib, const char *name, void *dst,
               size_t size)
{
    void *p = dlsym(h, name);
    if (!p) {
        snprintf(load_msg, sizeof load_msg, "Graphviz (%s) has no symbol %s",
                 lib, name);
        return -1;
    }
    memcpy(dst, &p, size);
    return 0;
}

static void load(void)
{
    static const char *const plugin_lib[2] = {ENT_GV_PLUGIN_CORE,
                                              ENT_GV_PLUGIN_NEATO};
    static const char *const plugin_sym[2] = {
        "gvplugin_core_LTX_library", "gvplugin_neato_layout_LTX_library"};
    load_rc = -1;
    void *h = open_lib(ENT_GVC_SONAME);
    if (!h)
        return;
#define ENT_GV_LOAD(f)                                                        \
    if (sym(h, ENT_GVC_SONAME, #f, &ent_gv__fn.f, sizeof ent_gv__fn.f))       \
        return;
    ENT_GV_FUNCS(ENT_GV_LOAD)
#undef ENT_GV_LOAD
    for (int k = 0; k < 2; k++) {
        void *ph = open_lib(plugin_lib[k]);
        if (!ph || sym(ph, plugin_lib[k], plugin_sym[k],
                       &ent_gv__fn.plugins[k].address,
                       sizeof ent_gv__fn.plugins[k].address))
            return;
        ent_gv__fn.plugins[k].name = plugin_sym[k];
    }
    load_rc = 0; /* the handles stay open for the life of the process */
}

int ent_gv__load(void)
{
    pthread_once(&once, load);
    return load_rc ? ent_error_set(ENT_EIO, "%s", load_msg) : 0;
}
