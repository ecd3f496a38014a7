/*
 * tq_pg.c: one PostgreSQL connection (pg/tq_pg.h): the object, connecting lazily and
 * reconnecting with backoff, the idle liveness check, fork safety, and the sliced waits
 * the other tq_pg files use. Statements are in tq_pg_stmt.c, LISTEN/NOTIFY in
 * tq_pg_notify.c, password scrubbing in tq_pg_conninfo.c.
 * May touch: libpq, libc (poll, open, dup2), worker/tq_signal (the monotonic clock).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pg/tq_pg_internal.h"
#include "worker/tq_signal.h"

/* ---- small helpers -------------------------------------------------------------------- */

int tq_pg_stop_requested(tq_pg *c)
{
    return c->should_stop && c->should_stop(c->stop_ctx);
}

/* libpq prints notices (e.g. "relation exists, skipping") to stderr by default; we never
 * print. A FATAL arriving while idle is the server ending the session (shutdown, restart,
 * pg_terminate_backend): remember it, the connection is dead even before its EOF arrives. */
static void tq_pg_notice(void *arg, const PGresult *res)
{
    tq_pg *c = arg;
    const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (sev && (strcmp(sev, "FATAL") == 0 || strcmp(sev, "PANIC") == 0)) {
        c->doomed = 1;
    }
}

/* Notifications libpq has queued (during a statement or an idle check) only matter as
 * "something was pushed to that channel": they are freed at once and remembered as one flag
 * per channel, so a worker that never waits does not pile them up. */
void tq_pg_take_notifies(tq_pg *c)
{
    PGnotify *n;
    while (c->conn && (n = PQnotifies(c->conn)) != NULL) {
        size_t i = 0;
        while (i < c->nchannels && strcmp(c->channels[i], n->relname) != 0) {
            i++;
        }
        if (i < c->nchannels) {
            c->chan_notified[i] = 1;
        } else {
            c->notified = 1;
        }
        PQfreemem(n);
    }
}

/* One poll() on the socket, at most one slice. 1 ready, 0 not yet, -1 error. */
int tq_pg_wait_socket(PGconn *conn, short events, int timeout_ms)
{
    int fd = PQsocket(conn);
    if (fd < 0) {
        return -1;
    }
    struct pollfd p = {.fd = fd, .events = events, .revents = 0};
    int n = poll(&p, 1, timeout_ms > TQ_PG_SLICE_MS ? TQ_PG_SLICE_MS : timeout_ms);
    if (n < 0) {
        return errno == EINTR ? 0 : -1;
    }
    return n > 0;
}

int tq_pg_sleep(tq_pg *c, int ms)
{
    int64_t end = tq_monotonic_ms() + ms;
    for (;;) {
        if (tq_pg_stop_requested(c)) {
            return 1;
        }
        int64_t left = end - tq_monotonic_ms();
        if (left <= 0) {
            return 0;
        }
        poll(NULL, 0, (int)(left > TQ_PG_SLICE_MS ? TQ_PG_SLICE_MS : left));
    }
}

/* ---- object --------------------------------------------------------------------------- */

static int tq_pg_parse_timeout(PQconninfoOption *opts)
{
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        if (strcmp(o->keyword, "connect_timeout") == 0 && o->val && *o->val) {
            long s = strtol(o->val, NULL, 10);
            if (s > 0) {
                return s < 2 ? 2000 : (int)(s > 3600 ? 3600000 : s * 1000);  /* libpq's minimum is 2 s */
            }
        }
    }
    return TQ_PG_CONNECT_TIMEOUT_MS;
}

tq_pg *tq_pg_new(const char *conninfo, tq_error *err)
{
    if (!conninfo) {
        conninfo = "";
    }
    char *errmsg = NULL;
    PQconninfoOption *opts = PQconninfoParse(conninfo, &errmsg);
    if (!opts) {
        char *password = tq_pg_conninfo_password(conninfo);
        tq_pg tmp = {.password = password};
        char shown[512];
        tq_pg_hide_quoted(errmsg ? errmsg : "out of memory", conninfo, shown, sizeof(shown));
        tq_pg_error(&tmp, errmsg ? TQ_ERR_INVALID : TQ_ERR_NOMEM, err, "%s: %s", "invalid connection string",
                    shown);
        free(password);
        PQfreemem(errmsg);
        return NULL;
    }
    tq_pg *c = calloc(1, sizeof(*c));
    if (!c || !(c->conninfo = strdup(conninfo))) {
        free(c);
        PQconninfoFree(opts);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    c->connect_timeout_ms = tq_pg_parse_timeout(opts);
    PQconninfoFree(opts);
    c->password = tq_pg_conninfo_password(conninfo);
    c->bo_first_ms = 50;
    c->bo_max_ms = 1000;
    c->bo_attempts = 6;
    return c;
}

void tq_pg_free(tq_pg *c)
{
    if (!c) {
        return;
    }
    tq_pg_disconnect(c);
    for (size_t i = 0; i < c->nstmts; i++) {
        free(c->stmts[i].sql);
    }
    free(c->stmts);
    for (size_t i = 0; i < c->nchannels; i++) {
        free(c->channels[i]);
    }
    free(c->channels);
    free(c->chan_notified);
    free(c->conninfo);
    free(c->password);
    free(c);
}

void tq_pg_set_should_stop(tq_pg *c, tq_pg_should_stop_fn fn, void *ctx)
{
    c->should_stop = fn;
    c->stop_ctx = ctx;
}

void tq_pg_set_backoff(tq_pg *c, int first_ms, int max_ms, int attempts)
{
    c->bo_first_ms = first_ms > 0 ? first_ms : 1;
    c->bo_max_ms = max_ms >= c->bo_first_ms ? max_ms : c->bo_first_ms;
    c->bo_attempts = attempts > 0 ? attempts : 1;
}

/* A child of fork() inherits the parent's socket: it must neither talk on it nor send the
 * Terminate message PQfinish sends, or the parent's session dies. Pointing the descriptor
 * at /dev/null first makes PQfinish harmless; the parent's socket stays open in the parent. */
void tq_pg_drop_conn(tq_pg *c)
{
    if (!c->conn) {
        return;
    }
    int fd = PQsocket(c->conn);
    if (c->pid != getpid() && fd >= 0) {
        int nul = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (nul >= 0) {
            dup2(nul, fd);
            close(nul);
        }
    }
    PQfinish(c->conn);
    c->conn = NULL;
}

void tq_pg_disconnect(tq_pg *c)
{
    tq_pg_drop_conn(c);
    c->in_tx = 0;
}

int tq_pg_connected(const tq_pg *c)
{
    return c->conn && PQstatus(c->conn) == CONNECTION_OK;
}

const tq_pg_stats *tq_pg_get_stats(const tq_pg *c)
{
    return &c->stats;
}

const char *tq_pg_last_sqlstate(const tq_pg *c)
{
    return c->sqlstate;
}

/* ---- connecting ----------------------------------------------------------------------- */

/* One non-blocking connect attempt, polled in slices so should_stop can end it. */
static int tq_pg_connect_once(tq_pg *c, tq_error *err)
{
    const char *const keywords[] = {"client_encoding", "dbname", "fallback_application_name", NULL};
    const char *const values[] = {"UTF8", c->conninfo, "taskqueue", NULL};
    PGconn *conn = PQconnectStartParams(keywords, values, 1);
    if (!conn) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    PQsetNoticeReceiver(conn, tq_pg_notice, c);
    int64_t deadline = tq_monotonic_ms() + c->connect_timeout_ms;
    PostgresPollingStatusType st = PQstatus(conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (st != PGRES_POLLING_OK && st != PGRES_POLLING_FAILED) {
        if (tq_pg_stop_requested(c)) {
            PQfinish(conn);
            return tq_error_set(err, TQ_ERR_IO, "could not connect to PostgreSQL: interrupted");
        }
        int64_t left = deadline - tq_monotonic_ms();
        if (left <= 0) {
            PQfinish(conn);
            return tq_error_set(err, TQ_ERR_IO, "could not connect to PostgreSQL: timeout expired after %d ms",
                                c->connect_timeout_ms);
        }
        int ready = tq_pg_wait_socket(conn, st == PGRES_POLLING_READING ? POLLIN : POLLOUT, (int)left);
        if (ready != 0) {   /* ready, or a socket error PQconnectPoll will report */
            st = PQconnectPoll(conn);
        }
    }
    if (st == PGRES_POLLING_FAILED) {
        tq_pg_error(c, TQ_ERR_IO, err, "%s: %s", "could not connect to PostgreSQL", PQerrorMessage(conn));
        PQfinish(conn);
        return -1;
    }
    c->conn = conn;
    c->pid = getpid();
    c->doomed = 0;
    c->gen++;
    c->in_tx = 0;
    c->ever_connected = 1;
    c->stats.connects++;
    return 0;
}

static int tq_pg_reconnect(tq_pg *c, tq_error *err)
{
    int delay = c->bo_first_ms;
    for (int attempt = 1;; attempt++) {
        if (tq_pg_connect_once(c, err) == 0) {
            c->stats.reconnects++;
            return 0;
        }
        if (attempt >= c->bo_attempts) {
            break;
        }
        if (tq_pg_sleep(c, delay)) {
            return tq_error_set(err, TQ_ERR_IO, "reconnecting to PostgreSQL: interrupted");
        }
        delay = delay * 2 > c->bo_max_ms ? c->bo_max_ms : delay * 2;
    }
    char last[sizeof(((tq_error *)0)->message)];
    snprintf(last, sizeof(last), "%s", err ? err->message : "");
    return tq_error_set(err, TQ_ERR_IO, "the connection to PostgreSQL was lost and %d reconnect attempts failed; last: %s",
                        c->bo_attempts, last);
}

/* Whether an idle connection still stands, without a round trip: anything readable while
 * idle is either an unsolicited message (a FATAL before the server closes, a notice) or
 * the EOF of a closed connection; reading it tells which. */
static int tq_pg_alive(tq_pg *c)
{
    for (int i = 0; i < 8; i++) {
        if (c->doomed || PQstatus(c->conn) != CONNECTION_OK) {
            return 0;
        }
        struct pollfd p = {.fd = PQsocket(c->conn), .events = POLLIN, .revents = 0};
        if (p.fd < 0) {
            return 0;
        }
        if (poll(&p, 1, 0) <= 0) {
            return 1;                 /* nothing pending: still there as far as we can tell */
        }
        if (!PQconsumeInput(c->conn)) {
            return 0;
        }
        tq_pg_take_notifies(c);
    }
    return !c->doomed && PQstatus(c->conn) == CONNECTION_OK;
}

/* Makes sure there is a live connection before a statement: a connection the server has
 * closed is noticed here and replaced (outside a transaction) before anything is sent. */
int tq_pg_ensure(tq_pg *c, tq_error *err)
{
    if (c->conn && c->pid != getpid()) {
        tq_pg_drop_conn(c);           /* inherited across fork(): open our own */
        c->in_tx = 0;
    }
    if (c->conn && tq_pg_alive(c)) {
        return 0;
    }
    tq_pg_drop_conn(c);
    if (c->in_tx) {
        c->in_tx = 0;
        return tq_error_set(err, TQ_ERR_IO, "the connection to PostgreSQL was lost inside a transaction; "
                            "the transaction was rolled back by the server");
    }
    int rc = c->ever_connected ? tq_pg_reconnect(c, err) : tq_pg_connect_once(c, err);
    /* a new session has lost the LISTENs and the listener token with the old one: the next
     * idle wait asks for the token again and, once it has it, claims before it sleeps */
    return rc;
}

int tq_pg_connect(tq_pg *c, tq_error *err)
{
    return tq_pg_ensure(c, err);
}
