/*
 * gv_dl.h - internal: Graphviz, loaded when the first network is drawn.
 *
 * Graphviz and the two plugins the report uses (core for SVG, neato for
 * the fdp/sfdp layouts) pull in GLib, GTS, libstdc++ and expat: about
 * 3 ms at every start of a program linked against them, whether or not it
 * draws anything. network.c therefore resolves the few functions it calls
 * with dlopen()/dlsym() on first use. It includes this header after the
 * Graphviz headers; each name below then calls through the loaded table.
 */
#ifndef ENT_REPORT_GV_DL_H
#define ENT_REPORT_GV_DL_H

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

/* Every Graphviz function the report calls (libgvc and its libcgraph). */
#define ENT_GV_FUNCS(X)                                                       \
    X(agclose) X(agmemread) X(agseterr) X(agseterrf) X(gvContextPlugins)      \
    X(gvFreeContext) X(gvFreeLayout) X(gvFreeRenderData) X(gvLayout)          \
    X(gvRenderData)

typedef struct ent_gv__api {
#define ENT_GV_MEMBER(f) __typeof__(f) *f;
    ENT_GV_FUNCS(ENT_GV_MEMBER)
#undef ENT_GV_MEMBER
    /* The built-in plugin list for gvContextPlugins: core and neato. */
    lt_symlist_t plugins[3];
} ent_gv__api;

/** The loaded functions; valid after ent_gv__load() returned 0. */
extern ent_gv__api ent_gv__fn;

/** Load Graphviz once (thread-safe). Returns 0, or ENT_EIO with a message
 * naming the library that could not be loaded or the missing symbol. */
int ent_gv__load(void);

#ifndef ENT_GV_DL_IMPL
#define agclose ent_gv__fn.agclose
#define agmemread ent_gv__fn.agmemread
#define agseterr ent_gv__fn.agseterr
#define agseterrf ent_gv__fn.agseterrf
#define gvContextPlugins ent_gv__fn.gvContextPlugins
#define gvFreeContext ent_gv__fn.gvFreeContext
#define gvFreeLayout ent_gv__fn.gvFreeLayout
#define gvFreeRenderData ent_gv__fn.gvFreeRenderData
#define gvLayout ent_gv__fn.gvLayout
#define gvRenderData ent_gv__fn.gvRenderData
#endif

#endif
