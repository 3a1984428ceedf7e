/*
 * network.c - the commitments network on the scenario's date: a DOT graph
 * built from the world's commitments, laid out and rendered to SVG in
 * memory by Graphviz (libgvc/libcgraph), followed by its legend and the
 * tables of commitments and groupings.
 *
 * DESIGN
 * Nodes are the actors named by the commitments in effect on the date
 * (parties, beneficiaries, opponents) and the direct members of the
 * organisations and groupings among them. Each grouping is a Graphviz
 * cluster holding its own node and those of its members not already placed
 * (largest grouping first: a state belongs to one cluster only; the tables
 * list every membership). Node ids are "n<k>" so that no input text ever
 * reaches Graphviz as an identifier; labels are quoted DOT strings with
 * quotes and backslashes escaped, and Graphviz escapes them again for XML.
 * The <title> elements Graphviz writes (node ids) are replaced by the
 * actors' names, escaped, when the SVG is copied into the page.
 * Graphviz's error reporting is global: it is pointed at a silent handler
 * (the library never prints). Graphviz is not thread-safe: reports must
 * not be drawn from two threads at once.
 */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include "report/gv_dl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Groupings with more members than this (the UN) are drawn as one node:
 * their members are not added to the picture. */
#define MAX_CLUSTER 60
/* Above this many nodes the network is laid out by sfdp instead of fdp. */
#define MAX_FDP_NODES 120

typedef struct node {
    const char *code;
    const ent_actor *a;
    int cluster;   /* index into groups, -1 none */
    bool group;
    double milex;  /* <0 unknown */
    double warheads;
} node;

typedef struct net {
    const ent_world *w;
    ent_date asof;
    node *nodes;
    size_t n, cap;
    size_t *groups; /* node indices of groupings */
    size_t n_groups;
    ent_list *members; /* per group: memberships */
    const char **cluster_note; /* mutual commitments of a group */
} net;

static int find_node(const net *g, const char *code)
{
    for (size_t i = 0; i < g->n; i++)
        if (strcmp(g->nodes[i].code, code) == 0)
            return (int)i;
    return -1;
}

static int add_node(net *g, const char *code)
{
    int k = find_node(g, code);
    if (k >= 0)
        return k;
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 64;
        node *nn = realloc(g->nodes, nc * sizeof *nn);
        if (!nn)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        g->nodes = nn;
        g->cap = nc;
    }
    node *x = &g->nodes[g->n];
    memset(x, 0, sizeof *x);
    x->code = code;
    x->a = ent_world_actor(g->w, code);
    x->cluster = -1;
    x->group = x->a && (x->a->kind == ENT_ACTOR_ORGANISATION ||
                        x->a->kind == ENT_ACTOR_GROUP);
    const ent_capability *c = ent_world_capability(g->w, code, g->asof);
    x->milex = c ? c->milex_usd_m : -1;
    x->warheads = c ? c->warheads : 0;
    return (int)g->n++;
}

static int add_all(net *g, const char *const *v)
{
    for (size_t i = 0; v && v[i]; i++) {
        int rc = add_node(g, v[i]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A DOT double-quoted string body: quotes and backslashes escaped, line
 * breaks flattened. */
static void dot_str(FILE *fp, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"' || *p == '\\')
            fputc('\\', fp);
        if (*p == '\n' || *p == '\r')
            fputc(' ', fp);
        else
            fputc(*p, fp);
    }
}

/* Fill colours of the members of each cluster (cycling). */
static const char *const cluster_fill[6] = {"#dbe7f7", "#f7e3d4", "#dcefdc",
                                            "#efe0f2", "#f6f0cf", "#d9efef"};

static const char *kind_color(ent_commit_kind k)
{
    static const char *c[ENT_COMMIT_KIND_COUNT] = {
        "#1f4e9c", /* collective defence */
        "#2b6cb0", /* defence pact */
        "#2e8b57", /* security guarantee */
        "#66a182", /* security assurance */
        "#8a8a8a", /* neutrality */
        "#9c7a3c", /* non-aggression */
        "#7a8fb0", /* consultation */
        "#e07b00", /* arms supply */
        "#7b3fa0", /* troops stationed */
        "#a05a9c", /* basing */
        "#c0392b", /* sanctions */
        "#17a2b8", /* political support */
        "#8b0000", /* rivalry */
    };
    return (unsigned)k < ENT_COMMIT_KIND_COUNT ? c[k] : "#333333";
}

static void status_style(FILE *fp, ent_commit_status st)
{
    switch (st) {
    case ENT_STATUS_IN_FORCE:
        fprintf(fp, "style=solid, penwidth=2");
        break;
    case ENT_STATUS_PROPOSED:
        fprintf(fp, "style=dashed, penwidth=1.6");
        break;
    case ENT_STATUS_DECLINED:
        fprintf(fp, "style=dotted, penwidth=1.6, arrowhead=odot");
        break;
    case ENT_STATUS_REJECTED:
        fprintf(fp, "style=dotted, penwidth=1.6, arrowhead=tee");
        break;
    default:
        fprintf(fp, "style=dotted, penwidth=1, color=\"#aaaaaa\"");
        break;
    }
}

static const char *cond_mark(ent_cond_state s)
{
    return s == ENT_COND_HOLDS ? "holds" : s == ENT_COND_FAILS ? "fails" : "?";
}

/* The label of an edge: only what matters beyond colour and style. */
static void edge_label(FILE *fp, const ent_commitment *c, ent_commit_status st)
{
    bool any = false;
    fprintf(fp, ", label=\"");
    if (st != ENT_STATUS_IN_FORCE || c->n_conditions ||
        (c->opponents && c->opponents[0])) {
        dot_str(fp, ent_commit_kind_name(c->kind));
        fprintf(fp, " (");
        dot_str(fp, ent_commit_status_name(st));
        fprintf(fp, ")");
        any = true;
    }
    for (size_t k = 0; k < c->n_conditions && k < 4; k++) {
        fprintf(fp, "\\nif ");
        dot_str(fp, c->conditions[k].text ? c->conditions[k].text
                                          : c->conditions[k].id);
        fprintf(fp, " [%s]", cond_mark(c->conditions[k].state));
    }
    if (c->opponents && c->opponents[0]) {
        fprintf(fp, "%sopposed by", any ? "\\n" : "");
        for (size_t k = 0; c->opponents[k]; k++) {
            fprintf(fp, " ");
            dot_str(fp, c->opponents[k]);
        }
    }
    fprintf(fp, "\"");
}

static void edge(FILE *fp, const net *g, const ent_commitment *c,
                 ent_commit_status st, int a, int b, bool both, bool label)
{
    fprintf(fp, "n%d -> n%d [color=\"%s\", fontcolor=\"%s\", ", a, b,
            kind_color(c->kind), kind_color(c->kind));
    status_style(fp, st);
    if (both)
        fprintf(fp, ", dir=both");
    if (label)
        edge_label(fp, c, st);
    fprintf(fp, ", tooltip=\"");
    dot_str(fp, c->name ? c->name : c->id);
    fprintf(fp, " - ");
    dot_str(fp, ent_commit_kind_name(c->kind));
    fprintf(fp, ", ");
    dot_str(fp, ent_commit_status_name(st));
    fprintf(fp, "\"];\n");
    (void)g;
}

/* A grouping with its members, for sorting by size. */
typedef struct grp {
    size_t node;
    ent_list members;
    const char *code;
    bool alliance; /* a party to a mutual commitment as a whole */
} grp;

/* Alliances (groups bound by a mutual commitment) first, then the larger
 * groups: a state is drawn in the first cluster that claims it. */
static int cmp_groups(const void *x, const void *y)
{
    const grp *a = x, *b = y;
    if (a->alliance != b->alliance)
        return a->alliance ? -1 : 1;
    if (a->members.n != b->members.n)
        return a->members.n > b->members.n ? -1 : 1;
    return strcmp(a->code, b->code);
}

static int quiet_err(char *msg)
{
    (void)msg;
    return 0;
}

/* Build the DOT text of the network. */
static int build_dot(net *g, const ent_list *cl, const char *engine,
                     char **dot, size_t *dot_len)
{
    int rc = 0;
    FILE *fp = open_memstream(dot, dot_len);
    if (!fp)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    double maxmil = 1;
    for (size_t i = 0; i < g->n; i++)
        if (g->nodes[i].milex > maxmil)
            maxmil = g->nodes[i].milex;
    fprintf(fp, "digraph G {\ngraph [rankdir=TB, nodesep=0.18, ranksep=0.8, "
                "fontname=\"Helvetica\", fontsize=11, newrank=true, "
                "outputorder=edgesfirst, start=1];\nnode [fontname=\"Helvetica\", "
                "style=filled, fillcolor=\"#f4f6fa\", color=\"#44506a\"];\n"
                "edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n");
    if (strcmp(engine, "sfdp") == 0)
        fprintf(fp, "graph [overlap=prism, K=1.2];\n");
    for (size_t k = 0; k < g->n_groups; k++) {
        size_t gi = g->groups[k];
        if (g->members[k].n > MAX_CLUSTER)
            continue;
        fprintf(fp, "subgraph cluster_%zu {\nlabel=\"", k);
        dot_str(fp, g->nodes[gi].a && g->nodes[gi].a->name
                        ? g->nodes[gi].a->name
                        : g->nodes[gi].code);
        fprintf(fp, " (%zu)", g->members[k].n);
        if (g->cluster_note[k]) {
            fprintf(fp, "\\n");
            dot_str(fp, g->cluster_note[k]);
        }
        fprintf(fp, "\"; style=\"rounded,filled\"; fillcolor=\"#fafbfd\"; "
                    "color=\"#9aa6bd\";\n");
        for (size_t i = 0; i < g->n; i++)
            if (g->nodes[i].cluster == (int)k)
                fprintf(fp, "n%zu; ", i);
        fprintf(fp, "\n}\n");
    }
    for (size_t i = 0; i < g->n; i++) {
        const node *x = &g->nodes[i];
        fprintf(fp, "n%zu [label=\"", i);
        dot_str(fp, x->code);
        if (x->warheads > 0)
            fprintf(fp, "\\n\xe2\x98\xa2");
        fprintf(fp, "\", tooltip=\"");
        dot_str(fp, x->a && x->a->name ? x->a->name : x->code);
        if (x->milex > 0)
            fprintf(fp, " - military spending %.0f USD m", x->milex);
        if (x->warheads > 0)
            fprintf(fp, " - nuclear-armed (%.0f warheads)", x->warheads);
        fprintf(fp, "\"");
        if (x->group) {
            fprintf(fp, ", shape=box, style=\"rounded,filled,bold\", "
                        "fillcolor=\"%s\", fontsize=11",
                    x->cluster >= 0 ? cluster_fill[(size_t)x->cluster % 6]
                                    : "#e4e8ef");
        } else {
            double r = x->milex > 0 ? sqrt(x->milex / maxmil) : 0;
            fprintf(fp, ", shape=circle, fixedsize=true, width=%.2f, "
                        "fontsize=%.1f",
                    0.5 + 1.5 * r, 9 + 7 * r);
            if (x->warheads > 0)
                fprintf(fp, ", peripheries=2, color=\"#b8860b\"");
            fprintf(fp, ", fillcolor=\"%s\"",
                    x->cluster >= 0 ? cluster_fill[(size_t)x->cluster % 6]
                    : x->warheads > 0 ? "#fff3cf"
                                      : "#f4f6fa");
        }
        fprintf(fp, "];\n");
    }
    size_t n_edges = 0;
    for (size_t q = 0; q < cl->n && n_edges < 5000; q++) {
        const ent_commitment *c = cl->items[q];
        ent_commit_status st = ent_commitment_status_at(c, g->asof);
        const char *const *to = c->beneficiaries && c->beneficiaries[0]
                                    ? c->beneficiaries
                                    : c->against;
        bool labelled = false;
        if (c->mutual) {
            size_t np = 0;
            while (c->parties && c->parties[np])
                np++;
            for (size_t i = 0; i < np; i++)
                for (size_t j = i + 1; j < np; j++, n_edges++) {
                    edge(fp, g, c, st, find_node(g, c->parties[i]),
                         find_node(g, c->parties[j]), true, !labelled);
                    labelled = true;
                }
        } else {
            for (size_t i = 0; c->parties && c->parties[i]; i++)
                for (size_t j = 0; to && to[j]; j++, n_edges++) {
                    int a = find_node(g, c->parties[i]);
                    int b = find_node(g, to[j]);
                    if (a == b)
                        continue;
                    edge(fp, g, c, st, a, b, false, !labelled);
                    labelled = true;
                }
        }
        /* opponents: a red tee towards the commitment's first receiver */
        const char *recv = to && to[0] ? to[0]
                           : c->parties && c->parties[0] ? c->parties[0]
                                                         : NULL;
        for (size_t k = 0; recv && c->opponents && c->opponents[k]; k++) {
            int a = find_node(g, c->opponents[k]), b = find_node(g, recv);
            if (a == b)
                continue;
            fprintf(fp, "n%d -> n%d [color=\"#c0392b\", style=dashed, "
                        "arrowhead=tee, constraint=false, penwidth=1.2, "
                        "tooltip=\"",
                    a, b);
            dot_str(fp, c->opponents[k]);
            fprintf(fp, " opposes ");
            dot_str(fp, c->name ? c->name : c->id);
            fprintf(fp, "\"];\n");
        }
    }
    fprintf(fp, "}\n");
    if (fclose(fp) != 0)
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
    return rc;
}

static void free_net(net *g)
{
    free(g->nodes);
    for (size_t k = 0; k < g->n_groups && g->members; k++)
        ent_list_free(&g->members[k]);
    free(g->members);
    free(g->groups);
    free(g->cluster_note);
    memset(g, 0, sizeof *g);
}

/* Collect the nodes, groups and clusters of the network on g->asof. */
static int collect(net *g, const ent_list *cl)
{
    int rc = 0;
    for (size_t q = 0; q < cl->n; q++) {
        const ent_commitment *c = cl->items[q];
        if ((rc = add_all(g, c->parties)) || (rc = add_all(g, c->beneficiaries)) ||
            (rc = add_all(g, c->opponents)))
            return rc;
        if (!(c->beneficiaries && c->beneficiaries[0]) &&
            (rc = add_all(g, c->against)))
            return rc;
    }
    size_t n0 = g->n;
    g->groups = calloc(n0 + 1, sizeof *g->groups);
    g->members = calloc(n0 + 1, sizeof *g->members);
    g->cluster_note = calloc(n0 + 1, sizeof *g->cluster_note);
    if (!g->groups || !g->members || !g->cluster_note)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t i = 0; i < n0; i++)
        if (g->nodes[i].group)
            g->groups[g->n_groups++] = i;
    for (size_t k = 0; k < g->n_groups; k++) {
        rc = ent_world_memberships(g->w, g->asof, NULL,
                                   g->nodes[g->groups[k]].code, &g->members[k]);
        if (rc)
            return rc;
    }
    grp *gs = calloc(g->n_groups + 1, sizeof *gs);
    if (!gs)
        return ent_error_set(ENT_ENOMEM, "out of memory");
    for (size_t k = 0; k < g->n_groups; k++) {
        gs[k].node = g->groups[k];
        gs[k].members = g->members[k];
        gs[k].code = g->nodes[g->groups[k]].code;
        for (size_t q = 0; q < cl->n; q++) {
            const ent_commitment *c = cl->items[q];
            if (c->mutual && c->parties && c->parties[0] && !c->parties[1] &&
                strcmp(c->parties[0], gs[k].code) == 0)
                gs[k].alliance = true;
        }
    }
    qsort(gs, g->n_groups, sizeof *gs, cmp_groups);
    for (size_t k = 0; k < g->n_groups; k++) {
        g->groups[k] = gs[k].node;
        g->members[k] = gs[k].members;
    }
    free(gs);
    for (size_t k = 0; k < g->n_groups; k++)
        if (g->members[k].n <= MAX_CLUSTER)
            g->nodes[g->groups[k]].cluster = (int)k;
    for (size_t k = 0; k < g->n_groups; k++)
        for (size_t m = 0; m < g->members[k].n && g->members[k].n <= MAX_CLUSTER;
             m++) {
            const ent_membership *ms = g->members[k].items[m];
            int x = add_node(g, ms->member);
            if (x < 0)
                return x;
            if (g->nodes[x].cluster < 0 && !g->nodes[x].group)
                g->nodes[x].cluster = (int)k;
        }
    /* mutual commitments among one group's members: a note on its cluster */
    for (size_t q = 0; q < cl->n; q++) {
        const ent_commitment *c = cl->items[q];
        if (!c->mutual || !c->parties || !c->parties[0] || c->parties[1])
            continue;
        int x = find_node(g, c->parties[0]);
        if (x >= 0 && g->nodes[x].cluster >= 0 && g->nodes[x].group) {
            size_t k = (size_t)g->nodes[x].cluster;
            if (!g->cluster_note[k])
                g->cluster_note[k] = c->name ? c->name : c->id;
        }
    }
    return 0;
}

/* Copy Graphviz's SVG from <svg on, replacing node and cluster ids in
 * <title> elements by escaped names. */
static void copy_svg(FILE *fp, const net *g, const char *svg, size_t len)
{
    const char *p = strstr(svg, "<svg");
    const char *end = svg + len;
    if (!p)
        return;
    while (p < end) {
        const char *t = strstr(p, "<title>");
        if (!t || t >= end) {
            fwrite(p, 1, (size_t)(end - p), fp);
            break;
        }
        t += 7;
        fwrite(p, 1, (size_t)(t - p), fp);
        const char *e = strstr(t, "</title>");
        if (!e)
            e = end;
        size_t a, b;
        int used = 0;
        char tail[8];
        if (sscanf(t, "n%zu&#45;&gt;n%zu%1[<]", &a, &b, tail) == 3 && a < g->n &&
            b < g->n) {
            ent_report_escape(fp, g->nodes[a].code);
            fputs(" &#8594; ", fp);
            ent_report_escape(fp, g->nodes[b].code);
            used = 1;
        } else if (sscanf(t, "n%zu%1[<]", &a, tail) == 2 && a < g->n) {
            const node *x = &g->nodes[a];
            ent_report_escape(fp, x->a && x->a->name ? x->a->name : x->code);
            used = 1;
        } else if (sscanf(t, "cluster_%zu%1[<]", &a, tail) == 2 &&
                   a < g->n_groups) {
            ent_report_escape(fp, g->nodes[g->groups[a]].code);
            used = 1;
        }
        if (!used)
            fwrite(t, 1, (size_t)(e - t), fp);
        p = e;
    }
}

int ent_report_network_svg(const ent_world *w, ent_date asof, char **svg,
                           size_t *len)
{
    int rc = 0;
    net g = {.w = w, .asof = asof};
    ent_list cl = {0};
    char *dot = NULL, *data = NULL;
    size_t dot_len = 0;
    unsigned int dlen = 0;
    GVC_t *gvc = NULL;
    graph_t *gr = NULL;
    FILE *fp = NULL;
    *svg = NULL;
    *len = 0;
    if ((rc = ent_world_commitments(w, asof, NULL, &cl)))
        goto done;
    if ((rc = collect(&g, &cl)))
        goto done;
    /* fdp draws clusters but is slow beyond a hundred nodes; sfdp scales
     * (clusters are then shown by the members' fill colour only) */
    const char *engine = g.n <= MAX_FDP_NODES ? "fdp" : "sfdp";
    if ((rc = build_dot(&g, &cl, engine, &dot, &dot_len)))
        goto done;
    if ((rc = ent_gv__load()))
        goto done;
    agseterrf(quiet_err);
    agseterr(AGMAX);
    /* Only the built-in plugins, no demand loading: Graphviz's pango
     * text plugin keeps a pointer to a font name owned by the context it
     * last measured for, and reads it after that context is freed (a
     * use-after-free on the second report in one process, seen under
     * ASan). Without it Graphviz estimates text widths from its own font
     * metrics, which also makes the layout independent of installed fonts. */
    gvc = gvContextPlugins(ent_gv__fn.plugins, 0);
    if (!gvc) {
        rc = ent_error_set(ENT_ENOMEM, "graphviz: no context");
        goto done;
    }
    gr = agmemread(dot);
    if (!gr) {
        rc = ent_error_set(ENT_EINVALID, "graphviz: cannot read the graph");
        goto done;
    }
    if (gvLayout(gvc, gr, engine) != 0) {
        rc = ent_error_set(ENT_EINVALID, "graphviz: layout failed");
        goto done;
    }
    if (gvRenderData(gvc, gr, "svg", &data, &dlen) != 0 || !data) {
        gvFreeLayout(gvc, gr);
        rc = ent_error_set(ENT_EINVALID, "graphviz: rendering failed");
        goto done;
    }
    gvFreeLayout(gvc, gr);
    fp = open_memstream(svg, len);
    if (!fp) {
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
        goto done;
    }
    copy_svg(fp, &g, data, dlen);
    if (fclose(fp) != 0)
        rc = ent_error_set(ENT_ENOMEM, "out of memory");
    fp = NULL;
done:
    if (data)
        gvFreeRenderData(data);
    if (gr)
        agclose(gr);
    if (gvc)
        gvFreeContext(gvc);
    free(dot);
    ent_list_free(&cl);
    free_net(&g);
    if (rc) {
        free(*svg);
        *svg = NULL;
        *len = 0;
    }
    return rc;
}

static void strv(FILE *fp, const char *const *v)
{
    for (size_t i = 0; v && v[i]; i++) {
        if (i)
            fputs(", ", fp);
        ent_report_escape(fp, v[i]);
    }
}

static void legend(FILE *fp)
{
    static const ent_commit_kind kinds[] = {
        ENT_COMMIT_COLLECTIVE_DEFENCE, ENT_COMMIT_DEFENCE_PACT,
        ENT_COMMIT_SECURITY_GUARANTEE, ENT_COMMIT_SECURITY_ASSURANCE,
        ENT_COMMIT_ARMS_SUPPLY,        ENT_COMMIT_TROOPS_STATIONED,
        ENT_COMMIT_BASING,             ENT_COMMIT_SANCTIONS,
        ENT_COMMIT_POLITICAL_SUPPORT,  ENT_COMMIT_CONSULTATION,
        ENT_COMMIT_NON_AGGRESSION,     ENT_COMMIT_NEUTRALITY,
        ENT_COMMIT_RIVALRY};
    size_t nk = sizeof kinds / sizeof kinds[0];
    fprintf(fp, "<svg class=\"chart legend-net\" xmlns=\"http://www.w3.org/"
                "2000/svg\" viewBox=\"0 0 900 %zu\" width=\"900\" height=\"%zu\""
                " role=\"img\"><title>Legend of the network</title>\n",
            (size_t)(20 * ((nk + 3) / 4) + 64), (size_t)(20 * ((nk + 3) / 4) + 64));
    for (size_t k = 0; k < nk; k++) {
        double x = 10 + 220.0 * (double)(k % 4), y = 14 + 20.0 * (double)(k / 4);
        fprintf(fp, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" "
                    "stroke=\"%s\" stroke-width=\"3\"/><text x=\"%.0f\" "
                    "y=\"%.0f\">%s</text>",
                x, y, x + 30, y, kind_color(kinds[k]), x + 36, y + 4,
                ent_commit_kind_name(kinds[k]));
    }
    double y = 20.0 * (double)((nk + 3) / 4) + 22;
    static const struct {
        const char *dash, *label;
    } st[] = {{NULL, "in force"},
              {"6,4", "proposed"},
              {"1,4", "declined / rejected (tee: rejected)"},
              {"5,3", "opposes (red, tee)"}};
    for (size_t k = 0; k < 4; k++) {
        double x = 10 + 220.0 * (double)k;
        fprintf(fp, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" "
                    "stroke=\"%s\" stroke-width=\"2\"%s%s%s/><text x=\"%.0f\" "
                    "y=\"%.0f\">%s</text>",
                x, y, x + 30, y, k == 3 ? "#c0392b" : "#333",
                st[k].dash ? " stroke-dasharray=\"" : "",
                st[k].dash ? st[k].dash : "", st[k].dash ? "\"" : "", x + 36,
                y + 4, st[k].label);
    }
    fprintf(fp, "<circle cx=\"25\" cy=\"%.0f\" r=\"9\" fill=\"#fff3cf\" "
                "stroke=\"#b8860b\"/><circle cx=\"25\" cy=\"%.0f\" r=\"6\" "
                "fill=\"none\" stroke=\"#b8860b\"/><text x=\"46\" y=\"%.0f\">"
                "nuclear-armed (&#9762;); circle area grows with military "
                "spending; boxes are organisations and groupings, shaded "
                "areas their members</text></svg>\n",
            y + 24, y + 24, y + 28);
}

/* The organisations and groupings named by commitments, with members. */
static int groupings(FILE *fp, const ent_world *w, ent_date asof)
{
    int rc = 0;
    ent_list cl = {0}, seen = {0};
    if ((rc = ent_world_commitments(w, asof, NULL, &cl)))
        goto done;
    fprintf(fp, "<details><summary>Organisations and groupings</summary>\n"
                "<table class=\"groupings\"><thead><tr><th>grouping</th>"
                "<th>members on the date</th></tr></thead><tbody>\n");
    for (size_t q = 0; q < cl.n; q++) {
        const ent_commitment *c = cl.items[q];
        const char *const *lists[3] = {c->parties, c->beneficiaries,
                                       c->opponents};
        for (int l = 0; l < 3; l++)
            for (size_t i = 0; lists[l] && lists[l][i]; i++) {
                const char *code = lists[l][i];
                const ent_actor *a = ent_world_actor(w, code);
                bool dup = false;
                if (!a || (a->kind != ENT_ACTOR_ORGANISATION &&
                           a->kind != ENT_ACTOR_GROUP))
                    continue;
                for (size_t k = 0; k < seen.n && !dup; k++)
                    dup = seen.items[k] == (const void *)a;
                if (dup)
                    continue;
                if (seen.n == seen.cap) {
                    size_t nc = seen.cap ? 2 * seen.cap : 16;
                    const void **ni = realloc(seen.items, nc * sizeof *ni);
                    if (!ni) {
                        rc = ent_error_set(ENT_ENOMEM, "out of memory");
                        goto done;
                    }
                    seen.items = ni;
                    seen.cap = nc;
                }
                seen.items[seen.n++] = a;
                ent_list ms = {0};
                if ((rc = ent_world_memberships(w, asof, NULL, code, &ms)))
                    goto done;
                fprintf(fp, "<tr><td><code>");
                ent_report_escape(fp, code);
                fprintf(fp, "</code> ");
                ent_report_escape(fp, a->name);
                fprintf(fp, " (%zu)</td><td>", ms.n);
                for (size_t k = 0; k < ms.n; k++) {
                    const ent_membership *m = ms.items[k];
                    fprintf(fp, "%s", k ? ", " : "");
                    ent_report_escape(fp, m->member);
                    if (m->status && strcmp(m->status, "member") != 0) {
                        fprintf(fp, " <em>(");
                        ent_report_escape(fp, m->status);
                        fprintf(fp, ")</em>");
                    }
                }
                fprintf(fp, "</td></tr>\n");
                ent_list_free(&ms);
            }
    }
    fprintf(fp, "</tbody></table></details>\n");
done:
    ent_list_free(&cl);
    ent_list_free(&seen);
    return rc;
}

int ent_report__network(FILE *fp, const ent_report_input *in, ent_date asof)
{
    int rc = 0;
    char *svg = NULL;
    size_t len = 0;
    ent_list cl = {0};
    char d[16];
    fprintf(fp, "<section id=\"network\"><h2>Commitments network on %s</h2>\n",
            ent_date_format(asof, d));
    if (in->network_svg) {
        fprintf(fp, "<div class=\"graph\">\n");
        fwrite(in->network_svg, 1, in->network_svg_len, fp);
        fprintf(fp, "</div>\n");
    } else if ((rc = ent_report_network_svg(in->world, asof, &svg, &len)) ==
               ENT_EINVALID) {
        ent_report__na(fp, "The network drawing", ent_error_last());
        rc = 0;
    } else if (rc) {
        goto done;
    } else {
        fprintf(fp, "<div class=\"graph\">\n");
        fwrite(svg, 1, len, fp);
        fprintf(fp, "</div>\n");
    }
    legend(fp);
    if ((rc = ent_world_commitments(in->world, asof, NULL, &cl)))
        goto done;
    fprintf(fp, "<details><summary>Commitments in effect on %s (%zu)</summary>"
                "\n<table "
                "class=\"commitments\"><thead><tr><th>id</th><th>name</th>"
                "<th>kind</th><th>status</th><th>parties</th><th>to</th>"
                "<th>conditions</th><th>opposed by</th><th>source</th></tr>"
                "</thead><tbody>\n",
            d, cl.n);
    for (size_t q = 0; q < cl.n; q++) {
        const ent_commitment *c = cl.items[q];
        ent_commit_status st = ent_commitment_status_at(c, asof);
        fprintf(fp, "<tr><td><code>");
        ent_report_escape(fp, c->id);
        fprintf(fp, "</code></td><td>");
        ent_report_escape(fp, c->name);
        fprintf(fp, "</td><td><span style=\"color:%s\">&#9632;</span> %s%s"
                    "</td><td>%s</td><td>",
                kind_color(c->kind), ent_commit_kind_name(c->kind),
                c->mutual ? " (mutual)" : "", ent_commit_status_name(st));
        strv(fp, c->parties);
        fprintf(fp, "</td><td>");
        strv(fp, c->beneficiaries && c->beneficiaries[0] ? c->beneficiaries
                                                         : c->against);
        fprintf(fp, "</td><td>");
        for (size_t k = 0; k < c->n_conditions; k++) {
            fprintf(fp, "%s", k ? "<br>" : "");
            ent_report_escape(fp, c->conditions[k].text ? c->conditions[k].text
                                                        : c->conditions[k].id);
            fprintf(fp, " <em>(%s)</em>",
                    ent_cond_state_name(c->conditions[k].state));
        }
        fprintf(fp, "</td><td>");
        strv(fp, c->opponents);
        fprintf(fp, "</td><td class=\"muted\">");
        ent_report_escape(fp, c->source);
        fprintf(fp, "</td></tr>\n");
    }
    fprintf(fp, "</tbody></table></details>\n");
    rc = groupings(fp, in->world, asof);
done:
    if (!rc)
        fprintf(fp, "</section>\n");
    free(svg);
    ent_list_free(&cl);
    return rc;
}
