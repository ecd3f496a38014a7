/*
 * tq_pg_internal.h: what the files of one tq_pg connection share and nothing else
 * includes: the connection struct, its prepared-statement cache entry and the steps
 * one file offers the others (tq_pg.c: connection and waits; tq_pg_conninfo.c:
 * passwords out of messages; tq_pg_stmt.c: statements, transactions, parameters;
 * tq_pg_notify.c: LISTEN/NOTIFY). The public API is pg/tq_pg.h.
 * May touch: libpq, pg/tq_pg.h.
 */
#ifndef TQ_PG_INTERNAL_H
#define TQ_PG_INTERNAL_H

#include <sys/types.h>
#include "pg/tq_pg.h"

#define TQ_PG_SLICE_MS 100
#define TQ_PG_MAX_DYNAMIC 256         /* run-time SQL kept prepared; beyond it runs unnamed */
#define TQ_PG_CONNECT_TIMEOUT_MS 10000 /* when the conninfo sets no connect_timeout */

typedef struct tq_pg_stmt_entry {
    char *sql;
    int nparams;
    uint64_t prepared_gen;     /* connection generation it was prepared on; 0: never */
    char name[16];
} tq_pg_stmt_entry;

struct tq_pg {
    char *conninfo;
    char *password;            /* from the conninfo, only to scrub it out of messages */
    PGconn *conn;
    int ever_connected;
    int in_tx;
    int doomed;                /* the server said FATAL while we were idle */
    pid_t pid;                 /* process that opened conn (fork safety) */
    uint64_t gen;              /* bumped on every successful connect */
    tq_pg_stmt_entry *stmts;
    size_t nstmts;
    size_t cap;
    size_t ndynamic;
    tq_pg_should_stop_fn should_stop;
    void *stop_ctx;
    int bo_first_ms;
    int bo_max_ms;
    int bo_attempts;
    int connect_timeout_ms;
    tq_pg_stats stats;
    char sqlstate[6];
    /* LISTEN/NOTIFY: channels to listen on (re-issued on every new connection) and,
     * per channel, whether a notification arrived since its last tq_pg_clear_notified().
     * Per channel because queues on one persistence share the connection: a worker that
     * polls them one after the other must not forget one queue's push when it claims from
     * the next (doc/ARCHITECTURE.md, section 9). */
    char **channels;
    unsigned char *chan_notified;
    size_t nchannels;
    uint64_t listen_gen;       /* connection generation the LISTENs were sent on */
    int notified;              /* a notification on a channel not in the list */
    /* The listener token (tq_pg_notify.c): a session advisory lock keyed by the set of
     * channels; only its holder LISTENs, so one NOTIFY wakes one idle worker of a set. */
    int token;                 /* held, on the session of generation token_gen */
    uint64_t token_gen;
    int64_t token_key;
};

/* tq_pg.c */
/* Whether the should_stop hook asks the current wait to end. */
int tq_pg_stop_requested(tq_pg *c);
/* Frees the notifications libpq has queued, remembering only that some arrived. */
void tq_pg_take_notifies(tq_pg *c);
/* One poll() on the socket, at most one slice. 1 ready, 0 not yet, -1 error. */
int tq_pg_wait_socket(PGconn *conn, short events, int timeout_ms);
/* Closes the session, without touching a parent's socket after fork(). */
void tq_pg_drop_conn(tq_pg *c);
/* A live connection before a statement (replacing one the server closed). 0 or -1. */
int tq_pg_ensure(tq_pg *c, tq_error *err);

/* tq_pg_conninfo.c */
/* The password a conninfo carries (malloc'd), or NULL. */
char *tq_pg_conninfo_password(const char *conninfo);
/* msg with every quoted fragment that is not a conninfo keyword shown as "..." (libpq's parse
 * errors quote what they stumbled on, which may be part of a password). */
void tq_pg_hide_quoted(const char *msg, const char *conninfo, char *out, size_t size);
/* Fills err from a libpq message (fmt gets what and the message), scrubbed of the
 * connection's password. Always -1. */
int tq_pg_error(tq_pg *c, tq_errcode code, tq_error *err, const char *fmt, const char *what,
                const char *msg);

/* tq_pg_stmt.c */
/* After a PQsend*: waits for every result, keeps the first error or else the last one.
 * NULL with err (and c->sqlstate) on an error. */
PGresult *tq_pg_collect(tq_pg *c, const char *what, tq_error *err);

/* tq_pg_notify.c */
/* Holding the listener token: sends LISTEN for every channel when this session has not yet. */
int tq_pg_listen_all(tq_pg *c, tq_error *err);

#endif
