/*
 * event_io.c - writers for coded events: one JSON object per line (JSONL)
 * or tab-separated rows with a header line (TSV), with the same fields.
 */
#include <entente/events.h>

#include <string.h>

static void json_str(FILE *fp, const char *s)
{
    if (!s) {
        fputs("null", fp);
        return;
    }
    fputc('"', fp);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", fp); break;
        case '\\': fputs("\\\\", fp); break;
        case '\n': fputs("\\n", fp); break;
        case '\r': fputs("\\r", fp); break;
        case '\t': fputs("\\t", fp); break;
        default:
            if (*p < 0x20)
                fprintf(fp, "\\u%04x", *p);
            else
                fputc(*p, fp);
        }
    }
    fputc('"', fp);
}

static const char *nz(const char *s) { return s && s[0] ? s : NULL; }

/* Everything derived from the CAMEO code. */
typedef struct derived {
    char root[3];
    const char *plover, *mode;
    double goldstein;
    const char *quad;
    char date[11];
} derived;

static void derive(const ent_event *ev, derived *d)
{
    const ent_cameo_info *ci = ent_cameo_lookup(ev->cameo);
    const ent_cameo_info *pi = ent_cameo_lookup(ent_event_plover_code(ev));
    d->root[0] = ev->cameo[0];
    d->root[1] = ev->cameo[0] ? ev->cameo[1] : '\0';
    d->root[2] = '\0';
    d->plover = pi ? pi->plover : NULL;
    d->mode = pi && pi->mode[0] ? pi->mode : NULL;
    d->goldstein = ci ? ci->goldstein : 0.0;
    d->quad = ent_quad_name(ent_cameo_quad(ev->cameo));
    if (ev->date == ENT_DATE_MIN)
        d->date[0] = '\0';
    else
        ent_date_format(ev->date, d->date);
}

int ent_event_write_jsonl(FILE *fp, const ent_event *ev)
{
    derived d;
    derive(ev, &d);
    fputs("{\"doc\":", fp);
    json_str(fp, ev->doc ? ev->doc : "");
    fprintf(fp, ",\"sentence\":%d,\"date\":", ev->sentence);
    json_str(fp, nz(d.date));
    fputs(",\"source\":", fp);
    json_str(fp, nz(ev->source));
    fputs(",\"target\":", fp);
    json_str(fp, nz(ev->target));
    fputs(",\"source_root\":", fp);
    json_str(fp, nz(ev->source_root));
    fputs(",\"target_root\":", fp);
    json_str(fp, nz(ev->target_root));
    fputs(",\"cameo\":", fp);
    json_str(fp, ev->cameo);
    fputs(",\"root\":", fp);
    json_str(fp, d.root);
    fputs(",\"plover\":", fp);
    json_str(fp, d.plover);
    fputs(",\"plover_mode\":", fp);
    json_str(fp, d.mode);
    fputs(",\"quad_class\":", fp);
    json_str(fp, d.quad);
    fprintf(fp, ",\"goldstein\":%.1f,\"negated\":%s,\"modality\":", d.goldstein,
            ev->negated ? "true" : "false");
    json_str(fp, ent_modality_name(ev->modality));
    fprintf(fp, ",\"start\":%zu,\"end\":%zu", ev->start, ev->end);
    if (ev->source_end > ev->source_start)
        fprintf(fp, ",\"source_start\":%zu,\"source_end\":%zu", ev->source_start,
                ev->source_end);
    if (ev->target_end > ev->target_start)
        fprintf(fp, ",\"target_start\":%zu,\"target_end\":%zu", ev->target_start,
                ev->target_end);
    fputs("}\n", fp);
    return ferror(fp) ? ent_error_set(ENT_EIO, "writing events failed") : 0;
}

int ent_event_write_tsv_header(FILE *fp)
{
    fputs("doc\tsentence\tdate\tsource\ttarget\tsource_root\ttarget_root\tcameo\t"
          "root\tplover\tplover_mode\tquad_class\tgoldstein\tnegated\tmodality\t"
          "start\tend\tsource_start\tsource_end\ttarget_start\ttarget_end\n",
          fp);
    return ferror(fp) ? ent_error_set(ENT_EIO, "writing events failed") : 0;
}

/* A TSV cell: tabs and newlines become spaces. */
static void tsv_str(FILE *fp, const char *s)
{
    for (; s && *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, fp);
}

int ent_event_write_tsv(FILE *fp, const ent_event *ev)
{
    derived d;
    derive(ev, &d);
    tsv_str(fp, ev->doc);
    fprintf(fp, "\t%d\t%s\t", ev->sentence, d.date);
    tsv_str(fp, ev->source);
    fputc('\t', fp);
    tsv_str(fp, ev->target);
    fputc('\t', fp);
    tsv_str(fp, ev->source_root);
    fputc('\t', fp);
    tsv_str(fp, ev->target_root);
    fprintf(fp, "\t%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu\n",
            ev->cameo, d.root, d.plover ? d.plover : "", d.mode ? d.mode : "",
            d.quad, d.goldstein, ev->negated ? "true" : "false",
            ent_modality_name(ev->modality), ev->start, ev->end, ev->source_start,
            ev->source_end, ev->target_start, ev->target_end);
    return ferror(fp) ? ent_error_set(ENT_EIO, "writing events failed") : 0;
}
