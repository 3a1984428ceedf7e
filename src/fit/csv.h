/*
 * csv.h - internal: a small RFC 4180 CSV reader used by the historical
 * dataset readers of src/fit. It parses a whole buffer into a table of
 * NUL-terminated fields held in one block, with the first row as header.
 * Quoted fields may hold commas, doubled quotes and newlines; CR, LF and
 * CRLF all end a record; a UTF-8 byte-order mark is skipped.
 */
#ifndef ENT_FIT_CSV_H
#define ENT_FIT_CSV_H

#include <stddef.h>
#include <stdbool.h>

typedef struct ent_csv {
    char *block;       /* all fields, NUL-terminated, back to back */
    const char **cell; /* rows * cols pointers into block (row 0 = header) */
    size_t rows;       /* data rows (header excluded) */
    size_t cols;
    const char *name;  /* file name for messages (borrowed) */
} ent_csv;

/*
 * Parse `len` bytes of `buf` into *csv. `name` is used in error messages
 * and borrowed. Short rows are padded with empty fields; rows longer than
 * the header fail with ENT_EINVALID ("name:line: N fields, header has M").
 * Returns 0, ENT_EINVALID or ENT_ENOMEM; on failure *csv is empty.
 */
int ent_fit__csv_parse(ent_csv *csv, const char *buf, size_t len,
                       const char *name);

/* Read a whole file and parse it. ENT_EIO if it cannot be read. */
int ent_fit__csv_read(ent_csv *csv, const char *path);

/* Free the table's storage. NULL-safe; leaves *csv empty. */
void ent_fit__csv_free(ent_csv *csv);

/* Index of the header column `name`, or -1. */
int ent_fit__csv_col(const ent_csv *csv, const char *name);

/* The field at data row r (0-based) and column c; "" if c < 0. */
const char *ent_fit__csv_get(const ent_csv *csv, size_t r, int c);

/*
 * Numeric field: true and *out set if the field is a number; false for
 * empty fields, "NA", "." and text.
 */
bool ent_fit__csv_num(const ent_csv *csv, size_t r, int c, double *out);

/* Integer field with a default for missing or non-numeric values. */
long ent_fit__csv_long(const ent_csv *csv, size_t r, int c, long dflt);

/*
 * Find every listed column; on the first missing one fail with
 * ENT_EINVALID "name: missing column 'x'". `idx` receives the indices.
 */
int ent_fit__csv_cols(const ent_csv *csv, const char *const *names,
                      size_t n, int *idx);

#endif
