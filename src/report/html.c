/*
 * html.c - the report page: escaping, the document skeleton with its inline
 * stylesheet, the overview and provenance sections, and ent_report_write,
 * which calls the section writers in order.
 *
 * DESIGN
 * The page has no script and loads nothing: styles are in one <style>
 * element, charts are inline <svg>. Output errors are not checked after
 * every fprintf; ferror() is tested once at the end.
 */
#include "internal.h"

#include <entente/io.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

void ent_report_escape(FILE *fp, const char *s)
{
    if (!s)
        return;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '&':
            fputs("&amp;", fp);
            break;
        case '<':
            fputs("&lt;", fp);
            break;
        case '>':
            fputs("&gt;", fp);
            break;
        case '"':
            fputs("&quot;", fp);
            break;
        case '\'':
            fputs("&#39;", fp);
            break;
        default:
            if (*p < 0x20 && *p != '\t' && *p != '\n')
                break; /* control characters are not allowed in XML */
            if (*p == 0x7f)
                break;
            fputc(*p, fp);
        }
    }
}

void ent_report__na(FILE *fp, const char *what, const char *why)
{
    fprintf(fp, "<p class=\"na\"><strong>");
    ent_report_escape(fp, what);
    fprintf(fp, " not available:</strong> ");
    ent_report_escape(fp, why);
    fprintf(fp, "</p>\n");
}

void ent_report__num(FILE *fp, double v, int digits)
{
    if (isfinite(v))
        fprintf(fp, "%.*f", digits, v);
    else
        fputs("&#8211;", fp);
}

const char *ent_report__actor_name(const ent_world *w, const char *code)
{
    const ent_actor *a = code ? ent_world_actor(w, code) : NULL;
    return a && a->name ? a->name : code;
}

static const char css[] =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,"
    "'DejaVu Sans',sans-serif;color:#1d2430;background:#fbfbfd;margin:0}"
    "header{background:#1d2b45;color:#fff;padding:18px 32px}"
    "header h1{margin:0 0 4px;font-size:22px}header p{margin:2px 0;"
    "color:#cfd7e6}nav{background:#e9edf4;padding:6px 32px;position:sticky;"
    "top:0;z-index:2;border-bottom:1px solid #cdd5e2}nav a{margin-right:18px;"
    "color:#1d2b45;text-decoration:none;font-weight:600}main{padding:8px 32px "
    "40px;max-width:1400px}section{margin:26px 0;padding-bottom:8px;"
    "border-bottom:1px solid #dde2ea}h2{font-size:19px;margin:10px 0}"
    "h3{font-size:16px;margin:18px 0 6px}table{border-collapse:collapse;"
    "margin:8px 0;font-size:13px}th,td{border:1px solid #d5dbe5;padding:3px "
    "7px;text-align:left;vertical-align:top}th{background:#eef1f6}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".na{background:#fff6e0;border-left:4px solid #e0a800;padding:6px 10px}"
    ".graph{overflow:auto;border:1px solid #dde2ea;background:#fff;"
    "}.graph svg{width:100%;height:auto}.chart{max-width:100%;"
    "height:auto;background:#fff;border:1px solid #e3e7ee;margin:4px 0}"
    ".chart text{font:11px sans-serif;fill:#333}.chart .lab{font-size:12px}"
    ".chart .val{font-size:10px;fill:#555}.chart .grid{stroke:#e4e7ec}"
    ".chart .frame{fill:none;stroke:#c9ced8}.chart .ci{stroke:#222;"
    "stroke-width:1.2;fill:none}.chart .bar{fill:#6b8fc7}.chart .gold{"
    "stroke:#c0392b;stroke-width:2}.chart .end{font-size:11px}"
    ".cols{display:flex;flex-wrap:wrap;gap:18px}.cols>div{flex:1 1 560px}"
    "dl.kv{display:grid;grid-template-columns:max-content auto;gap:2px 14px}"
    "dl.kv dt{font-weight:600}dl.kv dd{margin:0;word-break:break-all}"
    ".muted{color:#667}.pos{background:#e3f4e3}.neg{background:#fbe3e1}"
    "code{font-size:12px}.legend span{display:inline-block;margin-right:14px}"
    "td.sent{max-width:640px}";

/* FNV-1a 64 of a string, as 16 hex digits. */
static void fnv_hex(const char *s, char out[17])
{
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        h ^= *p;
        h *= 1099511628211ull;
    }
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static void dd_text(FILE *fp, const char *dt, const char *dd)
{
    fprintf(fp, "<dt>");
    ent_report_escape(fp, dt);
    fprintf(fp, "</dt><dd>");
    ent_report_escape(fp, dd && dd[0] ? dd : "-");
    fprintf(fp, "</dd>\n");
}

static int provenance(FILE *fp, const ent_report_input *in)
{
    char buf[64];
    fprintf(fp, "<section id=\"provenance\"><h2>Provenance</h2>\n"
                "<dl class=\"kv\">\n");
    dd_text(fp, "entente version", ent_version());
    dd_text(fp, "command line", in->command_line);
    dd_text(fp, "scenario file", in->scenario_path);
    if (in->generated)
        dd_text(fp, "generated", in->generated);
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)in->seed);
    dd_text(fp, "seed", in->n_runs ? buf : "(no simulation)");
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)in->trials);
    dd_text(fp, "trials per run", in->n_runs ? buf : "(no simulation)");
    if (in->params) {
        dd_text(fp, "cascade parameters", in->params->source);
        dd_text(fp, "parameter hash (FNV-1a 64)", in->params->hash);
        dd_text(fp, "datasets of the fit", in->params->data_versions);
    } else {
        dd_text(fp, "cascade parameters", "(none)");
    }
    /* Content hashes of the world's layers: two reports made from the same
     * facts show the same versions. */
    int layer = 0;
    for (const ent_world *w = in->world; w; w = ent_world_parent(w), layer++) {
        char *dump = ent_json_dump_layer(w);
        char hex[17], label[64];
        if (!dump)
            return ent_error_set(ENT_ENOMEM, "out of memory");
        fnv_hex(dump, hex);
        free(dump);
        snprintf(label, sizeof label, "data version: %s layer",
                 ent_world_parent(w) ? "scenario" : "world");
        dd_text(fp, label, hex);
    }
    if (in->store) {
        snprintf(buf, sizeof buf, "%s (schema %d)",
                 in->store_path ? in->store_path : "(store)",
                 ent_store_schema_version(in->store));
        dd_text(fp, "store", buf);
    } else {
        dd_text(fp, "store", "(none)");
    }
    fprintf(fp, "</dl></section>\n");
    return 0;
}

static void overview(FILE *fp, const ent_report_input *in, ent_date asof)
{
    const ent_scenario_info *si = ent_world_scenario(in->world);
    char d[16];
    fprintf(fp, "<header><h1>");
    ent_report_escape(fp, in->title ? in->title
                          : si && si->name ? si->name
                                           : "entente report");
    fprintf(fp, "</h1><p>Situation as of <strong>%s</strong>",
            asof == ENT_DATE_MAX || asof == ENT_DATE_MIN
                ? "(undated)"
                : ent_date_format(asof, d));
    if (si && si->id) {
        fprintf(fp, " &#183; scenario <code>");
        ent_report_escape(fp, si->id);
        fprintf(fp, "</code>");
    }
    if (in->trigger) {
        fprintf(fp, " &#183; trigger: ");
        ent_report_escape(fp, in->trigger);
    }
    fprintf(fp, "</p>");
    if (si && si->description) {
        fprintf(fp, "<p>");
        ent_report_escape(fp, si->description);
        fprintf(fp, "</p>");
    }
    fprintf(fp, "</header>\n<nav><a href=\"#network\">Network</a>"
                "<a href=\"#cascade\">Cascade</a>"
                "<a href=\"#negotiation\">Negotiation</a>"
                "<a href=\"#events\">Events</a>"
                "<a href=\"#provenance\">Provenance</a></nav>\n<main>\n");
}

static void stage(const ent_report_input *in, ent_report_stage s)
{
    if (in->progress)
        in->progress(in->progress_ud, s);
}

int ent_report_write(FILE *fp, const ent_report_input *in)
{
    int rc = 0;
    if (!fp || !in || !in->world)
        return ent_error_set(ENT_EINVALID, "report: no world given");
    ent_date asof = in->asof;
    if (asof == ENT_DATE_MIN) {
        const ent_scenario_info *si = ent_world_scenario(in->world);
        asof = si && si->date ? si->date : ent_date_today();
    }
    fprintf(fp, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                "charset=\"utf-8\">\n<meta name=\"viewport\" "
                "content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"entente %s\">\n<title>",
            ent_version());
    const ent_scenario_info *si = ent_world_scenario(in->world);
    ent_report_escape(fp, in->title ? in->title
                          : si && si->name ? si->name
                                           : "entente report");
    fprintf(fp, "</title>\n<style>%s</style>\n</head><body>\n", css);
    overview(fp, in, asof);

    stage(in, ENT_REPORT_STAGE_NETWORK);
    rc = ent_report__network(fp, in, asof);
    if (rc)
        goto done;
    stage(in, ENT_REPORT_STAGE_CASCADE);
    rc = ent_report__cascade(fp, in);
    if (rc)
        goto done;
    stage(in, ENT_REPORT_STAGE_NEGOTIATION);
    rc = ent_report__negotiation(fp, in, asof);
    if (rc)
        goto done;
    stage(in, ENT_REPORT_STAGE_EVENTS);
    rc = ent_report__events(fp, in);
    if (rc)
        goto done;
    rc = provenance(fp, in);
    if (rc)
        goto done;
    fprintf(fp, "</main>\n<footer class=\"muted\" style=\"padding:0 32px "
                "20px\">Made by entente %s. Probabilities are model "
                "estimates with Monte Carlo intervals, not forecasts of "
                "certainty.</footer>\n</body></html>\n",
            ent_version());
    stage(in, ENT_REPORT_STAGE_DONE);
done:
    if (!rc && (fflush(fp) != 0 || ferror(fp)))
        rc = ent_error_set(ENT_EIO, "report: writing the output failed");
    return rc;
}
