/*
 * entente/common.h - error codes, the error-message channel and export macros
 * shared by every module of libentente.
 *
 * Every library function that can fail returns an int: 0 on success or a
 * negative ENT_E* code. The one-line human-readable message of the most recent
 * failure on the calling thread is read with ent_error_last(); where the error
 * has a place in an input file it reads "file:line:col: message".
 * The library never prints and never exits.
 */
#ifndef ENTENTE_COMMON_H
#define ENTENTE_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#if defined(ENT_BUILDING)
#define ENT_API __attribute__((visibility("default")))
#else
#define ENT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Error codes. All are negative; 0 means success. */
enum {
    ENT_OK = 0,
    ENT_EINVALID = -1,  /**< invalid input (file content, argument value) */
    ENT_ENOTFOUND = -2, /**< a named thing does not exist */
    ENT_EIO = -3,       /**< reading or writing a file failed */
    ENT_EDB = -4,       /**< the store (SQLite) failed */
    ENT_ENOMEM = -5,    /**< out of memory */
    ENT_ELIMIT = -6     /**< a size or count limit was exceeded */
};

/**
 * Return the message of the last error set on this thread, or "" if none.
 * The string is owned by the library and valid until the next failing call
 * on the same thread.
 */
ENT_API const char *ent_error_last(void);

/** Return a short name for an error code ("invalid input", "not found"...). */
ENT_API const char *ent_error_name(int code);

/**
 * Set the thread's last-error message (printf-style) and return `code`, so
 * that callers can write `return ent_error_set(ENT_EINVALID, "...")`.
 */
ENT_API int ent_error_set(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** Clear the thread's last-error message. */
ENT_API void ent_error_clear(void);

/** The library version as "MAJOR.MINOR.PATCH". */
ENT_API const char *ent_version(void);

#ifdef __cplusplus
}
#endif
#endif
