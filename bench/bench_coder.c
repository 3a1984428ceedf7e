/*
 * bench_coder.c - throughput benchmark of the event coder (not a test).
 *
 * Reads a CSV corpus with a "text" column (the synthetic news corpus of
 * ../shared/data/events/corpus, unzipped), loads entente's full
 * dictionaries (data/world + data/dict), and codes the stories over and
 * over until at least --min-sentences sentences are coded, single-threaded
 * and then with --threads threads (one coder per thread, one shared
 * dictionary). Prints sentences/s, MB/s, events and peak RSS.
 *
 * usage: bench_coder CORPUS.csv [--min-sentences N] [--threads T]
 *                    [--data DIR] [--dict-only]
 */
#define _POSIX_C_SOURCE 200809L
#include <entente/io.h>
#include <entente/text.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct doc {
    char *text;
    size_t len;
} doc;

static doc *docs;
static size_t n_docs, total_bytes;

/* Parse the CSV (RFC 4180 quoting) and keep the "text" column. */
static int load_csv(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    fseek(fp, 0, SEEK_END);
    long sz = ftell(fp);
    rewind(fp);
    char *buf = malloc((size_t)sz + 1);
    if (!buf || fread(buf, 1, (size_t)sz, fp) != (size_t)sz) {
        fclose(fp);
        free(buf);
        return -1;
    }
    fclose(fp);
    buf[sz] = '\0';
    size_t cap = 1024, col = 0, text_col = (size_t)-1;
    docs = malloc(cap * sizeof *docs);
    char *field = malloc((size_t)sz + 1);
    size_t fl = 0;
    bool header = true;
    for (long i = 0; i <= sz; i++) {
        char ch = i < sz ? buf[i] : '\n';
        if (ch == '"') {
            for (i++; i < sz; i++) {
                if (buf[i] == '"') {
                    if (i + 1 < sz && buf[i + 1] == '"') {
                        field[fl++] = '"';
                        i++;
                    } else
                        break;
                } else
                    field[fl++] = buf[i];
            }
            continue;
        }
        if (ch == ',' || ch == '\n') {
            field[fl] = '\0';
            if (header && strcmp(field, "text") == 0)
                text_col = col;
            else if (!header && col == text_col && fl > 0) {
                if (n_docs == cap)
                    docs = realloc(docs, (cap *= 2) * sizeof *docs);
                docs[n_docs].text = strdup(field);
                docs[n_docs].len = fl;
                total_bytes += fl;
                n_docs++;
            }
            fl = 0;
            col++;
            if (ch == '\n') {
                header = false;
                col = 0;
            }
            continue;
        }
        if (ch != '\r')
            field[fl++] = ch;
    }
    free(field);
    free(buf);
    return n_docs ? 0 : -1;
}

typedef struct job {
    const ent_dict *dict;
    size_t first, step; /* docs first, first+step, ... */
    size_t min_sentences;
    size_t sentences, bytes, events;
} job;

static int count_event(void *ctx, const ent_event *ev)
{
    (void)ev;
    (*(size_t *)ctx)++;
    return 0;
}

static void *run(void *arg)
{
    job *j = arg;
    ent_coder *c = NULL;
    if (ent_coder_new(&c, j->dict))
        return NULL;
    ent_date date = ent_date_from_ymd(2023, 10, 19);
    while (ent_coder_sentences_total(c) < j->min_sentences) {
        for (size_t i = j->first; i < n_docs; i += j->step) {
            ent_coder_code(c, "b", date, docs[i].text, docs[i].len, count_event,
                           &j->events);
            j->bytes += docs[i].len;
        }
    }
    j->sentences = ent_coder_sentences_total(c);
    ent_coder_free(c);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
}

static long peak_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void bench(const ent_dict *d, size_t threads, size_t min_sent)
{
    pthread_t tid[64];
    job jobs[64];
    double t0 = now(), c0 = cpu_seconds();
    for (size_t t = 0; t < threads; t++) {
        jobs[t] = (job){d, t, threads, (min_sent + threads - 1) / threads, 0, 0, 0};
        pthread_create(&tid[t], NULL, run, &jobs[t]);
    }
    size_t s = 0, b = 0, e = 0;
    for (size_t t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        s += jobs[t].sentences;
        b += jobs[t].bytes;
        e += jobs[t].events;
    }
    double dt = now() - t0, cpu = cpu_seconds() - c0;
    /* wall-clock rates, and per CPU-second (robust when the machine is
     * shared: a thread's CPU time is what one core delivered) */
    printf("threads=%zu sentences=%zu events=%zu bytes=%zu wall_s=%.3f cpu_s=%.3f "
           "sentences/s=%.0f MB/s=%.2f sentences/cpu_s=%.0f peak_rss_MB=%.1f\n",
           threads, s, e, b, dt, cpu, (double)s / dt, (double)b / dt / 1e6,
           (double)s / cpu, (double)peak_kb() / 1024.0);
}

int main(int argc, char **argv)
{
    const char *corpus = NULL, *data = "data";
    size_t min_sent = 100000, threads = 2;
    bool dict_only = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--min-sentences") == 0 && i + 1 < argc)
            min_sent = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc)
            data = argv[++i];
        else if (strcmp(argv[i], "--dict-only") == 0)
            dict_only = true;
        else
            corpus = argv[i];
    }
    if (!corpus || threads < 1 || threads > 64) {
        fprintf(stderr, "usage: bench_coder CORPUS.csv [--min-sentences N] "
                        "[--threads T] [--data DIR] [--dict-only]\n");
        return 2;
    }
    if (load_csv(corpus)) {
        fprintf(stderr, "bench_coder: cannot read %s\n", corpus);
        return 1;
    }
    ent_dict *d = NULL;
    ent_world *w = NULL;
    char path[4096];
    ent_dict_new(&d);
    long rss0 = peak_kb();
    double t0 = now();
    if (!dict_only) {
        snprintf(path, sizeof path, "%s/world", data);
        const char *p = path;
        ent_list errors = {0};
        if (ent_io_load(&w, &p, 1, &errors) == 0)
            ent_dict_add_world(d, w);
        else
            fprintf(stderr, "bench_coder: no world loaded (%s)\n", ent_error_last());
        ent_world_errors_free(&errors);
    }
    snprintf(path, sizeof path, "%s/dict", data);
    if (ent_dict_load_dir(d, path)) {
        fprintf(stderr, "bench_coder: %s\n", ent_error_last());
        return 1;
    }
    printf("corpus: %zu stories, %.1f MB; dictionaries: %zu actors, %zu agents, "
           "%zu verb codes, %zu patterns, loaded in %.3f s (+%.1f MB)\n",
           n_docs, (double)total_bytes / 1e6, ent_dict_count(d, ENT_DICT_ACTORS),
           ent_dict_count(d, ENT_DICT_AGENTS), ent_dict_count(d, ENT_DICT_VERBS),
           ent_dict_count(d, ENT_DICT_PHRASES), now() - t0,
           (double)(peak_kb() - rss0) / 1024.0);
    bench(d, 1, min_sent);
    bench(d, 1, min_sent * 3); /* memory must stay flat in input size */
    if (threads > 1)
        bench(d, threads, min_sent * threads);
    ent_dict_free(d);
    ent_world_free(w);
    for (size_t i = 0; i < n_docs; i++)
        free(docs[i].text);
    free(docs);
    return 0;
}
