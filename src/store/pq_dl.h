/*
 * pq_dl.h - internal: libpq, loaded when a PostgreSQL store is first opened.
 *
 * libpq pulls in Kerberos, LDAP, GnuTLS and OpenSSL, whose initialisers cost
 * about 6 ms at every start of a program linked against it, whether or not
 * it ever talks to PostgreSQL. The store therefore resolves the few libpq
 * functions it calls with dlopen()/dlsym() on first use. pg.c includes this
 * header after <libpq-fe.h>: each PQ name below then calls through the
 * loaded table, so pg.c reads like ordinary libpq code.
 */
#ifndef ENT_STORE_PQ_DL_H
#define ENT_STORE_PQ_DL_H

#include <libpq-fe.h>

/* Every libpq function the store calls. */
#define ENT_PQ_FUNCS(X)                                                       \
    X(PQclear) X(PQcmdTuples) X(PQconnectdb) X(PQerrorMessage) X(PQexec)      \
    X(PQexecParams) X(PQfinish) X(PQgetResult) X(PQgetisnull) X(PQgetvalue)   \
    X(PQnfields) X(PQntuples) X(PQputCopyData) X(PQputCopyEnd)                \
    X(PQresultErrorField) X(PQresultErrorMessage) X(PQresultStatus)           \
    X(PQsetClientEncoding) X(PQsetNoticeProcessor) X(PQstatus)

typedef struct ent_pq__api {
#define ENT_PQ_MEMBER(f) __typeof__(f) *f;
    ENT_PQ_FUNCS(ENT_PQ_MEMBER)
#undef ENT_PQ_MEMBER
} ent_pq__api;

/** The loaded functions; valid after ent_pq__load() returned 0. */
extern ent_pq__api ent_pq__fn;

/** Load libpq once (thread-safe). Returns 0, or ENT_EIO with a message
 * naming the library that could not be loaded or the missing symbol. */
int ent_pq__load(void);

#ifndef ENT_PQ_DL_IMPL
#define PQclear ent_pq__fn.PQclear
#define PQcmdTuples ent_pq__fn.PQcmdTuples
#define PQconnectdb ent_pq__fn.PQconnectdb
#define PQerrorMessage ent_pq__fn.PQerrorMessage
#define PQexec ent_pq__fn.PQexec
#define PQexecParams ent_pq__fn.PQexecParams
#define PQfinish ent_pq__fn.PQfinish
#define PQgetResult ent_pq__fn.PQgetResult
#define PQgetisnull ent_pq__fn.PQgetisnull
#define PQgetvalue ent_pq__fn.PQgetvalue
#define PQnfields ent_pq__fn.PQnfields
#define PQntuples ent_pq__fn.PQntuples
#define PQputCopyData ent_pq__fn.PQputCopyData
#define PQputCopyEnd ent_pq__fn.PQputCopyEnd
#define PQresultErrorField ent_pq__fn.PQresultErrorField
#define PQresultErrorMessage ent_pq__fn.PQresultErrorMessage
#define PQresultStatus ent_pq__fn.PQresultStatus
#define PQsetClientEncoding ent_pq__fn.PQsetClientEncoding
#define PQsetNoticeProcessor ent_pq__fn.PQsetNoticeProcessor
#define PQstatus ent_pq__fn.PQstatus
#endif

#endif
