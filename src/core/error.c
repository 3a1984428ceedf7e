/*
 * error.c - the thread-local last-error message behind ent_error_last().
 */
#include <entente/common.h>

#include <stdarg.h>
#include <stdio.h>

static _Thread_local char last_msg[1024];

const char *ent_error_last(void)
{
    return last_msg;
}

void ent_error_clear(void)
{
    last_msg[0] = '\0';
}

int ent_error_set(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_msg, sizeof last_msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *ent_error_name(int code)
{
    switch (code) {
    case ENT_OK:
        return "ok";
    case ENT_EINVALID:
        return "invalid input";
    case ENT_ENOTFOUND:
        return "not found";
    case ENT_EIO:
        return "input/output error";
    case ENT_EDB:
        return "database error";
    case ENT_ENOMEM:
        return "out of memory";
    case ENT_ELIMIT:
        return "limit exceeded";
    default:
        return "unknown error";
    }
}

const char *ent_version(void)
{
#ifdef ENT_VERSION_STRING
    return ENT_VERSION_STRING;
#else
    return "0.0.0";
#endif
}
