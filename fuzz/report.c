/*
 * report.c - libFuzzer target for the HTML report: any world or scenario
 * YAML that loads must give a report (network laid out by Graphviz,
 * negotiation run, every text escaped) without a crash, a leak or
 * undefined behaviour, and the page must never contain a raw <script.
 */
#define _POSIX_C_SOURCE 200809L
#include <entente/io.h>
#include <entente/report.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ent_list errors = {0};
    ent_world *w = NULL;
    char *buf = NULL;
    size_t len = 0;
    if (size > 20000)
        return 0; /* layouts of huge graphs are slow, not interesting */
    ent_io_load_buffer(&w, "fuzz.yaml", (const char *)data, size, &errors);
    ent_world_errors_free(&errors);
    if (w) {
        FILE *fp = open_memstream(&buf, &len);
        if (fp) {
            ent_report_input in = {0};
            in.world = w;
            in.asof = ENT_DATE_MIN;
            in.bargain_rounds = 20;
            ent_report_write(fp, &in);
            fclose(fp);
            if (buf && strstr(buf, "<script"))
                abort();
            free(buf);
        }
    }
    ent_world_free(w);
    return 0;
}
