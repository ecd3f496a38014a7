/*
 * tq_pg: one PostgreSQL connection from a libpq conninfo, for the brokers and the task log
 * store that share it (one connection per process and persistence).
 *
 * - Connects lazily, on the first statement. The first connect is one attempt, so a
 *   wrong conninfo or a down server fails fast; once connected, a lost connection is
 *   re-established by the next call with exponential backoff (50 ms doubling to 1 s,
 *   6 attempts by default).
 * - Before each statement outside a transaction it checks, without a round trip, whether
 *   the server closed the connection (restart, idle kill) and reconnects first, so a
 *   restart costs no failed call in the common case. A statement that fails because the
 *   connection broke while it ran is NOT retried (it may have committed): it fails with
 *   TQ_ERR_IO and the next call reconnects.
 * - Statements are registered once (tq_pg_stmt) and prepared by name lazily, once per
 *   server connection; a reconnect re-prepares them on their next use.
 * - Every wait is a poll() on PQsocket in slices of at most 100 ms. Between slices of
 *   waits that may take long (connect, backoff sleeps, tq_pg_sleep) the should_stop hook
 *   is asked whether to give up; a statement already sent is never abandoned, because
 *   cancelling e.g. a completion would lose its result (statements here are short:
 *   claims use SKIP LOCKED and never wait for row locks). A caller that must get a
 *   statement through while stopping (the completion of the task it ran) clears the hook
 *   first, or a reconnect needed at that moment gives up after one attempt.
 * - Error messages carry libpq's text with any password removed.
 * - fork()-safe: a child never uses nor closes the parent's session; its first call
 *   opens its own connection.
 * May touch: libpq, libc (poll, clock_gettime).
 */
#ifndef TQ_PG_H
#define TQ_PG_H

#include <stddef.h>
#include <stdint.h>
#include <libpq-fe.h>
#include "common/tq_error.h"
#include "task/tq_json.h"

typedef struct tq_pg tq_pg;

/* Returns non-zero when the current wait should end early (e.g. a signal arrived). */
typedef int (*tq_pg_should_stop_fn)(void *ctx);

typedef struct tq_pg_stats {
    uint64_t round_trips;   /* client -> server -> client exchanges, prepares included */
    uint64_t statements;    /* SQL statements executed (a WITH ... statement counts once) */
    uint64_t prepares;      /* named statements prepared on the server */
    uint64_t connects;      /* successful connects, the first one included */
    uint64_t reconnects;    /* connects after a lost connection */
} tq_pg_stats;

/* Validates the conninfo (keyword=value or postgresql:// URI) without connecting.
 * NULL on failure (TQ_ERR_INVALID with libpq's reason, password removed). */
tq_pg *tq_pg_new(const char *conninfo, tq_error *err);
void tq_pg_free(tq_pg *c);

void tq_pg_set_should_stop(tq_pg *c, tq_pg_should_stop_fn fn, void *ctx);
/* Reconnect backoff: first delay, cap, attempts (defaults 50, 1000, 6). */
void tq_pg_set_backoff(tq_pg *c, int first_ms, int max_ms, int attempts);

/* Connects now if not connected (reconnecting with backoff after a loss). 0 or -1. */
int tq_pg_connect(tq_pg *c, tq_error *err);
/* Closes the connection; the next call connects again. */
void tq_pg_disconnect(tq_pg *c);
int tq_pg_connected(const tq_pg *c);
const tq_pg_stats *tq_pg_get_stats(const tq_pg *c);
/* SQLSTATE of the last failed statement ("" if none / not a server error). */
const char *tq_pg_last_sqlstate(const tq_pg *c);

/* Registers a statement; the handle is stable for the life of c, the same text gives the
 * same handle. Parameters are text ($1..$nparams). -1 on failure (out of memory). */
int tq_pg_stmt(tq_pg *c, const char *sql, int nparams, tq_error *err);

/* Runs a registered statement (preparing it first on this connection if needed) with
 * text parameters (NULL entries are SQL NULL). Returns the result (PGRES_COMMAND_OK or
 * PGRES_TUPLES_OK; the caller PQclear()s it) or NULL with err set. `what` prefixes the
 * error message ("claim from tq_queue"). */
PGresult *tq_pg_exec(tq_pg *c, int stmt, const char *const *params, const char *what, tq_error *err);

/* Runs a registered statement as tq_pg_exec does, then NOTIFY channel, in one round trip.
 * Outside a transaction the notification is a transaction of its own after the
 * statement's (so notifying producers still share WAL flushes); inside one it is sent at
 * its commit. Returns the statement's result. */
PGresult *tq_pg_exec_wake(tq_pg *c, int stmt, const char *const *params, const char *channel, const char *what,
                          tq_error *err);

/* Runs SQL built at run time (filters): registered and prepared like tq_pg_exec for up to
 * 256 distinct texts per connection, beyond that as an unnamed statement. Values are
 * bound either way. */
PGresult *tq_pg_exec_dynamic(tq_pg *c, const char *sql, int nparams, const char *const *params,
                             const char *what, tq_error *err);

/* Runs parameterless SQL, possibly several statements (DDL), in one round trip. 0 or -1. */
int tq_pg_exec_script(tq_pg *c, const char *sql, const char *what, tq_error *err);

/* Transactions. A connection lost inside a transaction fails the statement and ends the
 * transaction (it is never silently continued in autocommit on a new connection). */
int tq_pg_begin(tq_pg *c, tq_error *err);
int tq_pg_commit(tq_pg *c, tq_error *err);
int tq_pg_rollback(tq_pg *c);      /* best effort; always leaves the transaction */
/* At the end of a request: rolls back a transaction it left open (a fatal error skips the
 * code that would end it; the connection outlives the request). */
void tq_pg_end_request(tq_pg *c);
int tq_pg_in_transaction(const tq_pg *c);

/* LISTEN/NOTIFY, for an idle worker's wait. A connection remembers its channels (one per
 * queue it claims from; queues on one persistence share it). Only the connection that holds
 * the listener token of its set of channels LISTENs (one idle worker per set, so a NOTIFY
 * wakes one worker); the others wait for the token in their idle wait. A notification that
 * arrives during a statement, an idle check or a wait sets its channel's "notified" flag;
 * the notifications themselves are freed at once, and a wait ends on any of them. */
struct tq_signal_state;
/* Adds channel ([a-z0-9_]{1,63}) to the connection's set (a new one hands the token of the
 * smaller set back); connects if needed. */
int tq_pg_listen(tq_pg *c, const char *channel, tq_error *err);
/* The channels listened on so far (*out borrows c's list; valid until the next tq_pg_listen). */
size_t tq_pg_channels(const tq_pg *c, const char *const **out);
/* Forgets earlier notifications on channel, or on every channel when it is NULL (call right
 * before a claim from that channel's queue: what arrives later wakes the next wait). */
void tq_pg_clear_notified(tq_pg *c, const char *channel);
/* Without the token: waits up to timeout_ms (0: asks once) for it; TQ_WAIT_READY when it
 * came (now listening: claim, since what was pushed before was not heard), TQ_WAIT_TIMEOUT
 * when another worker still holds it. With the token: waits until a notification arrived on
 * any channel since its last clear (TQ_WAIT_READY; also when the connection broke, so the
 * caller's next statement reconnects), or timeout_ms passed (TQ_WAIT_TIMEOUT). Either way
 * TQ_WAIT_SIGNAL when a signal was noted in sig (may be NULL), its stop flag is set or
 * should_stop says so. -1 with err when a statement or poll fails. */
int tq_pg_wait_notify(tq_pg *c, struct tq_signal_state *sig, int timeout_ms, tq_error *err);
/* After a claim that brought work: hands the token on (UNLISTEN, unlock), so the next idle
 * worker listens while this one works. No-op without it; inside a transaction, deferred. */
void tq_pg_give_token(tq_pg *c);
/* Whether this connection holds the listener token of its channels now. */
int tq_pg_holds_token(const tq_pg *c);

/* Sleeps ms in slices of <= 100 ms, asking should_stop between slices.
 * Returns 1 if stopped early, else 0. Usable by a worker's idle wait. */
int tq_pg_sleep(tq_pg *c, int ms);

/* Removes passwords from msg in place: "password=..." values, URI user:password@, and any
 * occurrence of the password given in conninfo (which may be NULL). */
void tq_pg_scrub(char *msg, size_t size, const char *conninfo);

/* Helpers for building parameters. */
/* PostgreSQL text[] literal of n strings (NULL entries -> NULL). 0 or -1 (no memory). */
int tq_pg_text_array(const char *const *values, size_t n, tq_buf *out);
/* Identifier rule of queue and container names: [A-Za-z0-9_]+ and a table name
 * "tq_<name>" that fits PostgreSQL's 63-byte limit. Fills the lower-cased table name
 * (table >= 64 bytes). `kind` names the thing in the message ("queue", "container"). */
int tq_pg_table_name(const char *kind, const char *name, char *table, size_t size, tq_error *err);
/* The name of an object of a table (an index): "<table><sep><suffix>" while that fits
 * PostgreSQL's 63 bytes; past them the table's name cut, its hash and the suffix, so that
 * two objects of one long table never fold into one name (PostgreSQL cuts silently, and
 * CREATE INDEX IF NOT EXISTS then skips the second). out >= 64 bytes. */
void tq_pg_object_name(const char *table, const char *sep, const char *suffix, char *out, size_t size);
/* The name to use for an index of table whose name is `name` now but that an earlier
 * version created as `old`, a name PostgreSQL cut to its first 63 bytes: the cut name when
 * no index is called `name` yet and the cut one is table's and indexes what ours does (its
 * pg_get_indexdef() ends with `ending`), so an upgrade neither builds a second copy nor
 * needs to own the index to rename it; else `name` unchanged. name: 64 bytes. */
int tq_pg_existing_index(tq_pg *pg, const char *table, const char *old, char *name, const char *ending,
                         tq_error *err);
/* FNV-1a of a whole name: what keeps two long names apart once cut (tq_pg_object_name). */
uint32_t tq_pg_name_hash(const char *name);

#endif
