/*
 * common.c - helpers shared by the CLI subcommands: the error-to-exit-status
 * mapping, format and date option parsing, CSV quoting.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_exit_for(int code)
{
    switch (code) {
    case ENT_OK:
        return ENT_EXIT_OK;
    case ENT_EINVALID:
        return ENT_EXIT_INVALID;
    default:
        return ENT_EXIT_FAILURE;
    }
}

int cli_fail(const char *cmd, int code)
{
    const char *msg = ent_error_last();
    fprintf(stderr, "entente %s: %s\n", cmd, msg[0] ? msg : ent_error_name(code));
    return cli_exit_for(code);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "entente %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'entente %s --help'.\n", cmd);
    return ENT_EXIT_USAGE;
}

int cli_parse_format(const char *cmd, const char *text, unsigned allowed,
                     cli_format *out)
{
    static const char *names[] = {"table", "json", "csv", "jsonl", "tsv"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        if ((allowed & (1u << i)) && strcmp(text, names[i]) == 0) {
            *out = (cli_format)i;
            return 0;
        }
    }
    cli_usage(cmd, "unknown --format '%s'", text);
    return -1;
}

int cli_parse_date(const char *cmd, const char *text, ent_date *out)
{
    if (ent_date_parse(out, text) != 0) {
        cli_usage(cmd, "--date: %s", ent_error_last());
        return -1;
    }
    return 0;
}

const char *cli_data_dir(void)
{
    const char *env = getenv("ENTENTE_DATA");
    if (env && env[0])
        return env;
    struct stat st;
    if (stat("data/world", &st) == 0 && S_ISDIR(st.st_mode))
        return "data";
#ifdef ENT_DATA_DIR
    return ENT_DATA_DIR;
#else
    return "data";
#endif
}

void cli_csv_field(FILE *fp, const char *s)
{
    if (!s)
        return;
    if (strpbrk(s, ",\"\n\r") == NULL) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', fp);
        fputc(*s, fp);
    }
    fputc('"', fp);
}
