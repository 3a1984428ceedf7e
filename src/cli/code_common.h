/*
 * code_common.h - what `entente code`, `eval` and `ingest` share: the
 * dictionary options (--dict, --no-default-dict, --petrarch-*,
 * --target-model), building
 * the dictionary, reading documents and JSONL document streams.
 */
#ifndef ENT_CLI_CODE_COMMON_H
#define ENT_CLI_CODE_COMMON_H

#include <entente/io.h>
#include <entente/text.h>
#include <stdint.h>
#include <stdio.h>

typedef struct code_opts {
    const char *dicts[8];
    int n_dicts;
    bool no_default;
    const char *petr[3][8]; /* by ent_petr_kind */
    int n_petr[3];
    bool no_world;
    const char *world_path; /* --world DIR|FILE, default <data>/world */
    const char *target_model; /* --target-model FILE: weights of the target model */
    const char *event_model;  /* --event-model FILE: weights of the event model */
    ent_world *world;       /* loaded by code_opts_dict, freed by code_opts_free */
} code_opts;

void code_opts_init(code_opts *o);
/* If argv[*i] is a dictionary option, consume it (and its value) and return
 * 1; return 0 if it is not one, -1 on a usage error (already printed). */
int code_opts_parse(code_opts *o, const char *cmd, int argc, char **argv, int *i);
/* Build the dictionary the options ask for (loading the world first). */
int code_opts_dict(code_opts *o, ent_dict **out);
/* Free what code_opts_dict loaded (after the dictionary). */
void code_opts_free(code_opts *o);
/* Read a whole stream. */
int code_read_all(FILE *fp, char **buf, size_t *len);
/* Parse one JSONL document line: heap copies of id (or the line number)
 * and text; *date is set from "date" when present. */
int code_jsonl_parse(const char *line, size_t n, const char *name, size_t lineno,
                     char **id, ent_date *date, char **text, size_t *len);
/* Code a JSONL document stream ({"id","date","text"} per line). */
int code_jsonl_stream(ent_coder *c, FILE *fp, const char *name, ent_date def_date,
                      ent_event_fn fn, void *ctx);
/* The same for a part of a stream: at most max_bytes bytes (whole lines),
 * whose first line is line first_line + 1 of the file (for the ids of
 * documents without one, and for messages). */
int code_jsonl_stream_part(ent_coder *c, FILE *fp, const char *name,
                           ent_date def_date, uint64_t max_bytes,
                           size_t first_line, ent_event_fn fn, void *ctx);

#endif
