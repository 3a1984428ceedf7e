/*
 * readfile.h - internal: read a whole file into memory, the one way every
 * module that parses a file it was given does it.
 */
#ifndef ENT_CORE_READFILE_H
#define ENT_CORE_READFILE_H

#include <stddef.h>
#include <stdio.h>

/**
 * Read all of `fp` (a file, pipe or standard input; `name` is used in
 * messages) into a heap buffer, NUL-terminated, stored in *buf (free with
 * free()) with its length, without the NUL, in *len. More than `max` bytes
 * is ENT_ELIMIT. Returns 0, ENT_EIO, ENT_ENOMEM or ENT_ELIMIT with a
 * message naming `name`; *buf is NULL on error.
 */
int ent_core__read_stream(FILE *fp, const char *name, size_t max, char **buf,
                          size_t *len);

/** ent_core__read_stream on the file at `path` ("<path>: cannot open: <why>"
 * when it cannot be opened). */
int ent_core__read_file(const char *path, size_t max, char **buf, size_t *len);

#endif
