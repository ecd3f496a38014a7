#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <unistd.h>
#include "pg/tq_pg.h"
#include "worker/tq_signal.h"

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
    /* LISTEN/NOTIFY: channels to listen on (re-issued on every new connection) and
     * whether a notification arrived since the last tq_pg_clear_notified() */
    char **channels;
    size_t nchannels;
    uint64_t listen_gen;       /* connection generation the LISTENs were sent on */
    int notified;
};

/* ---- small helpers -------------------------------------------------------------------- */

static int tq_pg_stop_requested(tq_pg *c)
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
 * "something was pushed": they are freed at once and remembered as one flag, so a worker
 * that never waits does not pile them up. */
static void tq_pg_take_notifies(tq_pg *c)
{
    PGnotify *n;
    while (c->conn && (n = PQnotifies(c->conn)) != NULL) {
        PQfreemem(n);
        c->notified = 1;
    }
}

/* One poll() on the socket, at most one slice. 1 ready, 0 not yet, -1 error. */
static int tq_pg_wait_socket(PGconn *conn, short events, int timeout_ms)
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

/* ---- password scrubbing --------------------------------------------------------------- */

typedef struct tq_pg_out {
    char *buf;
    size_t size;
    size_t len;
} tq_pg_out;

static void tq_pg_out_put(tq_pg_out *o, const char *s, size_t n)
{
    while (n-- > 0 && o->len + 1 < o->size) {
        o->buf[o->len++] = *s++;
    }
    o->buf[o->len] = '\0';
}

/* Length of a conninfo value starting at s: a 'quoted' value with \ escapes, or up to
 * white space. */
static size_t tq_pg_value_len(const char *s)
{
    const char *p = s;
    if (*p == '\'') {
        for (p++; *p && *p != '\''; p++) {
            if (*p == '\\' && p[1]) {
                p++;
            }
        }
        return (size_t)(p - s) + (*p == '\'');
    }
    while (*p && !isspace((unsigned char)*p) && *p != '&') {
        p++;
    }
    return (size_t)(p - s);
}

/* "password = value" (keyword form and URI query parameter) -> "password=***". */
static void tq_pg_scrub_keyword(const char *in, tq_pg_out *o)
{
    const char *p = in;
    while (*p) {
        if (strncasecmp(p, "password", 8) == 0) {
            const char *q = p + 8;
            while (*q == ' ' || *q == '\t') {
                q++;
            }
            if (*q == '=') {
                q++;
                while (*q == ' ' || *q == '\t') {
                    q++;
                }
                tq_pg_out_put(o, "password=***", 12);
                p = q + tq_pg_value_len(q);
                continue;
            }
        }
        tq_pg_out_put(o, p, 1);
        p++;
    }
}

/* scheme://user:secret@host -> scheme://user:***@host */
static void tq_pg_scrub_uri(const char *in, tq_pg_out *o)
{
    const char *p = in;
    while (*p) {
        const char *s = strstr(p, "://");
        if (!s) {
            break;
        }
        s += 3;
        const char *end = s + strcspn(s, "@/ \t\n'\"");
        const char *colon = memchr(s, ':', (size_t)(end - s));
        if (*end == '@' && colon) {
            tq_pg_out_put(o, p, (size_t)(colon + 1 - p));
            tq_pg_out_put(o, "***", 3);
            p = end;
        } else {
            tq_pg_out_put(o, p, (size_t)(s - p));
            p = s;
        }
    }
    tq_pg_out_put(o, p, strlen(p));
}

static void tq_pg_scrub_literal(const char *in, const char *secret, tq_pg_out *o)
{
    size_t n = strlen(secret);
    const char *p = in;
    const char *hit;
    while ((hit = strstr(p, secret)) != NULL) {
        tq_pg_out_put(o, p, (size_t)(hit - p));
        tq_pg_out_put(o, "***", 3);
        p = hit + n;
    }
    tq_pg_out_put(o, p, strlen(p));
}

static char *tq_pg_conninfo_password(const char *conninfo)
{
    if (!conninfo) {
        return NULL;
    }
    char *errmsg = NULL;
    PQconninfoOption *opts = PQconninfoParse(conninfo, &errmsg);
    PQfreemem(errmsg);
    char *password = NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        if (strcmp(o->keyword, "password") == 0 && o->val && *o->val) {
            password = strdup(o->val);
        }
    }
    PQconninfoFree(opts);
    return password;
}

static void tq_pg_scrub_with(char *msg, size_t size, const char *password)
{
    char a[1024];
    char b[1024];
    tq_pg_out oa = {a, sizeof(a), 0};
    tq_pg_out ob = {b, sizeof(b), 0};
    a[0] = b[0] = '\0';
    tq_pg_scrub_keyword(msg, &oa);
    tq_pg_scrub_uri(a, &ob);
    /* Very short passwords would blank out ordinary words; the patterns above still apply. */
    if (password && strlen(password) >= 3) {
        oa.len = 0;
        tq_pg_scrub_literal(b, password, &oa);
        snprintf(msg, size, "%s", a);
    } else {
        snprintf(msg, size, "%s", b);
    }
}

void tq_pg_scrub(char *msg, size_t size, const char *conninfo)
{
    char *password = tq_pg_conninfo_password(conninfo);
    tq_pg_scrub_with(msg, size, password);
    free(password);
}

/* Fills err from a libpq message, without the trailing newline, scrubbed. */
static int tq_pg_error(tq_pg *c, tq_errcode code, tq_error *err, const char *fmt, const char *what,
                       const char *msg)
{
    char text[1024];
    snprintf(text, sizeof(text), "%s", msg ? msg : "unknown error");
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ')) {
        text[--n] = '\0';
    }
    tq_error_set(err, code, fmt, what, text);
    if (err) {
        tq_pg_scrub_with(err->message, sizeof(err->message), c ? c->password : NULL);
    }
    return -1;
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
        tq_pg_error(&tmp, errmsg ? TQ_ERR_INVALID : TQ_ERR_NOMEM, err, "%s: %s", "invalid connection string",
                    errmsg ? errmsg : "out of memory");
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
static void tq_pg_drop_conn(tq_pg *c)
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

static int tq_pg_listen_all(tq_pg *c, tq_error *err);

/* Makes sure there is a live connection before a statement: a connection the server has
 * closed is noticed here and replaced (outside a transaction) before anything is sent. */
static int tq_pg_ensure(tq_pg *c, tq_error *err)
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
    /* a new session has lost the LISTENs: send them before anything else, so no NOTIFY of
     * a push that follows is missed */
    return rc == 0 && c->nchannels > 0 ? tq_pg_listen_all(c, err) : rc;
}

int tq_pg_connect(tq_pg *c, tq_error *err)
{
    return tq_pg_ensure(c, err);
}

/* ---- running statements --------------------------------------------------------------- */

static tq_errcode tq_pg_code_for(const char *sqlstate, int conn_bad)
{
    if (conn_bad || !sqlstate || !*sqlstate) {
        return TQ_ERR_IO;
    }
    if (strcmp(sqlstate, "42P01") == 0) {
        return TQ_ERR_NOT_FOUND;                 /* undefined table: not created yet */
    }
    if (strncmp(sqlstate, "22", 2) == 0 || strncmp(sqlstate, "23", 2) == 0 || strncmp(sqlstate, "42", 2) == 0) {
        return TQ_ERR_INVALID;
    }
    return TQ_ERR_IO;                            /* 08 connection, 40 deadlock, 53, 57, XX */
}

static int tq_pg_result_error(tq_pg *c, const PGresult *r, const char *what, tq_error *err)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    int bad = !c->conn || PQstatus(c->conn) == CONNECTION_BAD;
    snprintf(c->sqlstate, sizeof(c->sqlstate), "%s", state ? state : "");
    const char *msg = primary ? primary : (r && *PQresultErrorMessage(r) ? PQresultErrorMessage(r)
                                                                        : (c->conn ? PQerrorMessage(c->conn) : NULL));
    char text[700];
    snprintf(text, sizeof(text), "%s%s%s%s", msg ? msg : "unknown error", state ? " (SQLSTATE " : "",
             state ? state : "", state ? ")" : "");
    /* primary messages carry no newline; connection messages do */
    return tq_pg_error(c, tq_pg_code_for(state, bad), err, "%s: %s", what, text);
}

/* After a PQsend*: waits for every result, keeps the first error or else the last one. */
static PGresult *tq_pg_collect(tq_pg *c, const char *what, tq_error *err)
{
    PGresult *keep = NULL;
    for (;;) {
        while (PQisBusy(c->conn)) {
            int ready = tq_pg_wait_socket(c->conn, POLLIN, TQ_PG_SLICE_MS);
            if (ready != 0 && !PQconsumeInput(c->conn)) {
                break;   /* connection broke: PQgetResult reports it */
            }
        }
        PGresult *r = PQgetResult(c->conn);
        if (!r) {
            break;
        }
        ExecStatusType st = PQresultStatus(r);
        int failed = st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY;
        if (keep && PQresultStatus(keep) != PGRES_COMMAND_OK && PQresultStatus(keep) != PGRES_TUPLES_OK
            && PQresultStatus(keep) != PGRES_EMPTY_QUERY) {
            PQclear(r);              /* already failed: keep the first error */
        } else if (keep && !failed && PQresultStatus(keep) == PGRES_TUPLES_OK && st == PGRES_COMMAND_OK) {
            PQclear(r);              /* scripts: keep rows over a trailing command */
        } else {
            PQclear(keep);
            keep = r;
        }
        if (PQstatus(c->conn) == CONNECTION_BAD) {
            break;
        }
    }
    tq_pg_take_notifies(c);
    if (!keep) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    ExecStatusType st = PQresultStatus(keep);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
        tq_pg_result_error(c, keep, what, err);
        PQclear(keep);
        return NULL;
    }
    c->sqlstate[0] = '\0';
    return keep;
}

static int tq_pg_prepare(tq_pg *c, tq_pg_stmt_entry *s, const char *what, tq_error *err)
{
    if (s->prepared_gen == c->gen) {
        return 0;
    }
    c->stats.round_trips++;
    c->stats.prepares++;
    if (!PQsendPrepare(c->conn, s->name, s->sql, s->nparams, NULL)) {
        return tq_pg_result_error(c, NULL, what, err);
    }
    tq_error perr;
    PGresult *r = tq_pg_collect(c, what, &perr);
    if (!r) {
        if (strcmp(c->sqlstate, "42P05") != 0) {   /* duplicate_prepared_statement: fine */
            if (err) {
                *err = perr;
            }
            return -1;
        }
    }
    PQclear(r);
    s->prepared_gen = c->gen;
    return 0;
}

static int tq_pg_register(tq_pg *c, const char *sql, int nparams, int dynamic, tq_error *err)
{
    for (size_t i = 0; i < c->nstmts; i++) {
        if (c->stmts[i].nparams == nparams && strcmp(c->stmts[i].sql, sql) == 0) {
            return (int)i;
        }
    }
    /* Filters can produce many shapes: only so many stay prepared. Statements of the
     * brokers and stores are few per table and always kept. */
    if (dynamic && c->ndynamic >= TQ_PG_MAX_DYNAMIC) {
        return tq_error_set(err, TQ_ERR_STATE, "too many distinct run-time statements (%d)", TQ_PG_MAX_DYNAMIC);
    }
    if (c->nstmts == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        tq_pg_stmt_entry *s = realloc(c->stmts, cap * sizeof(*s));
        if (!s) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        c->stmts = s;
        c->cap = cap;
    }
    tq_pg_stmt_entry *s = &c->stmts[c->nstmts];
    memset(s, 0, sizeof(*s));
    if (!(s->sql = strdup(sql))) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    s->nparams = nparams;
    snprintf(s->name, sizeof(s->name), "tq_s%zu", c->nstmts);
    c->ndynamic += dynamic != 0;
    return (int)c->nstmts++;
}

int tq_pg_stmt(tq_pg *c, const char *sql, int nparams, tq_error *err)
{
    return tq_pg_register(c, sql, nparams, 0, err);
}

PGresult *tq_pg_exec(tq_pg *c, int stmt, const char *const *params, const char *what, tq_error *err)
{
    if (stmt < 0 || (size_t)stmt >= c->nstmts) {
        tq_error_set(err, TQ_ERR_INVALID, "%s: unknown statement handle %d", what, stmt);
        return NULL;
    }
    if (tq_pg_ensure(c, err) != 0) {
        return NULL;
    }
    tq_pg_stmt_entry *s = &c->stmts[stmt];
    if (tq_pg_prepare(c, s, what, err) != 0) {
        return NULL;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQueryPrepared(c->conn, s->name, s->nparams, params, NULL, NULL, 0)) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    return tq_pg_collect(c, what, err);
}

PGresult *tq_pg_exec_dynamic(tq_pg *c, const char *sql, int nparams, const char *const *params,
                             const char *what, tq_error *err)
{
    int stmt = tq_pg_register(c, sql, nparams, 1, NULL);
    if (stmt >= 0) {
        return tq_pg_exec(c, stmt, params, what, err);
    }
    if (tq_pg_ensure(c, err) != 0) {
        return NULL;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQueryParams(c->conn, sql, nparams, NULL, params, NULL, NULL, 0)) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    return tq_pg_collect(c, what, err);
}

int tq_pg_exec_script(tq_pg *c, const char *sql, const char *what, tq_error *err)
{
    if (tq_pg_ensure(c, err) != 0) {
        return -1;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQuery(c->conn, sql)) {
        return tq_pg_result_error(c, NULL, what, err);
    }
    PGresult *r = tq_pg_collect(c, what, err);
    if (!r) {
        return -1;
    }
    PQclear(r);
    return 0;
}

/* ---- transactions --------------------------------------------------------------------- */

int tq_pg_begin(tq_pg *c, tq_error *err)
{
    if (c->in_tx) {
        return tq_error_set(err, TQ_ERR_STATE, "a transaction is already open on this connection");
    }
    if (tq_pg_exec_script(c, "BEGIN", "BEGIN", err) != 0) {
        return -1;
    }
    c->in_tx = 1;
    return 0;
}

int tq_pg_commit(tq_pg *c, tq_error *err)
{
    if (!c->in_tx) {
        return tq_error_set(err, TQ_ERR_STATE, "COMMIT without a transaction");
    }
    int rc = tq_pg_exec_script(c, "COMMIT", "COMMIT", err);
    c->in_tx = 0;
    return rc;
}

int tq_pg_rollback(tq_pg *c)
{
    if (!c->in_tx) {
        return 0;
    }
    int rc = 0;
    if (c->conn && PQstatus(c->conn) == CONNECTION_OK) {
        rc = tq_pg_exec_script(c, "ROLLBACK", "ROLLBACK", NULL);
    }
    c->in_tx = 0;
    return rc;
}

int tq_pg_in_transaction(const tq_pg *c)
{
    return c->in_tx;
}

/* ---- parameter helpers ---------------------------------------------------------------- */

int tq_pg_text_array(const char *const *values, size_t n, tq_buf *out)
{
    if (tq_buf_putc(out, '{') != 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && tq_buf_putc(out, ',') != 0) {
            return -1;
        }
        if (!values[i]) {
            if (tq_buf_append(out, "NULL", 4) != 0) {
                return -1;
            }
            continue;
        }
        /* Every element double-quoted, with " and \ backslash-escaped: any text survives. */
        if (tq_buf_putc(out, '"') != 0) {
            return -1;
        }
        const char *p = values[i];
        while (*p) {
            size_t run = strcspn(p, "\"\\");
            if (run > 0 && tq_buf_append(out, p, run) != 0) {
                return -1;
            }
            p += run;
            if (*p) {
                char esc[2] = {'\\', *p++};
                if (tq_buf_append(out, esc, 2) != 0) {
                    return -1;
                }
            }
        }
        if (tq_buf_putc(out, '"') != 0) {
            return -1;
        }
    }
    return tq_buf_putc(out, '}');
}

int tq_pg_table_name(const char *kind, const char *name, char *table, size_t size, tq_error *err)
{
    if (!name || !*name) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s name must not be empty (allowed: [A-Za-z0-9_]+)", kind);
    }
    for (const char *p = name; *p; p++) {
        if (!isalnum((unsigned char)*p) && *p != '_') {
            return tq_error_set(err, TQ_ERR_INVALID,
                                "invalid %s name \"%.80s\": only letters, digits and _ are allowed ([A-Za-z0-9_]+)",
                                kind, name);
        }
    }
    size_t n = strlen(name);
    if (n + 3 > 63 || n + 4 > size) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s name \"%.80s\" is too long: at most 60 characters "
                            "(PostgreSQL identifiers are at most 63 bytes, \"tq_\" included)", kind, name);
    }
    memcpy(table, "tq_", 3);
    for (size_t i = 0; i <= n; i++) {
        table[3 + i] = (char)tolower((unsigned char)name[i]);
    }
    return 0;
}

/* ---- LISTEN / NOTIFY ------------------------------------------------------------------ */

static int tq_pg_channel_ok(const char *channel)
{
    if (!channel || !*channel || strlen(channel) > 63) {
        return 0;
    }
    for (const char *p = channel; *p; p++) {
        if (!(*p >= 'a' && *p <= 'z') && !(*p >= '0' && *p <= '9') && *p != '_') {
            return 0;
        }
    }
    return 1;
}

/* Sends LISTEN for every channel when this connection has not heard them yet. */
static int tq_pg_listen_all(tq_pg *c, tq_error *err)
{
    if (c->nchannels == 0 || (c->conn && c->listen_gen == c->gen)) {
        return tq_pg_ensure(c, err);   /* drains queued notifications; a reconnect re-LISTENs */
    }
    tq_buf sql;
    tq_buf_init(&sql);
    int bad = 0;
    for (size_t i = 0; i < c->nchannels && !bad; i++) {
        bad = tq_buf_append(&sql, "LISTEN ", 7) != 0 || tq_buf_append(&sql, c->channels[i], strlen(c->channels[i])) != 0
              || tq_buf_putc(&sql, ';') != 0;
    }
    if (bad) {
        tq_buf_free(&sql);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int rc = tq_pg_exec_script(c, sql.data, "listening for new messages", err);
    tq_buf_free(&sql);
    if (rc == 0) {
        c->listen_gen = c->gen;
    }
    return rc;
}

int tq_pg_listen(tq_pg *c, const char *channel, tq_error *err)
{
    if (!tq_pg_channel_ok(channel)) {
        return tq_error_set(err, TQ_ERR_INVALID, "\"%.80s\" is not a notification channel ([a-z0-9_]{1,63})",
                            channel ? channel : "");
    }
    for (size_t i = 0; i < c->nchannels; i++) {
        if (strcmp(c->channels[i], channel) == 0) {
            return tq_pg_listen_all(c, err);
        }
    }
    char **grown = realloc(c->channels, (c->nchannels + 1) * sizeof(char *));
    if (!grown) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    c->channels = grown;
    if (!(c->channels[c->nchannels] = strdup(channel))) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    c->nchannels++;
    c->listen_gen = 0;          /* the new channel still needs its LISTEN */
    return tq_pg_listen_all(c, err);
}

void tq_pg_clear_notified(tq_pg *c)
{
    c->notified = 0;
}

int tq_pg_wait_notify(tq_pg *c, struct tq_signal_state *sig, int timeout_ms, tq_error *err)
{
    if (sig && sig->stop) {
        return TQ_WAIT_SIGNAL;
    }
    if (tq_pg_listen_all(c, err) != 0) {
        return -1;
    }
    if (c->notified) {
        c->notified = 0;
        return TQ_WAIT_READY;
    }
    int64_t deadline = tq_monotonic_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        if (tq_pg_stop_requested(c)) {
            return TQ_WAIT_SIGNAL;
        }
        int64_t left = deadline - tq_monotonic_ms();
        if (left <= 0) {
            return TQ_WAIT_TIMEOUT;
        }
        int slice = (int)(left > TQ_PG_SLICE_MS ? TQ_PG_SLICE_MS : left);
        int fd = PQsocket(c->conn);
        int r;
        if (sig) {
            r = tq_signal_wait(sig, fd, slice);
        } else {
            struct pollfd p = {.fd = fd, .events = POLLIN, .revents = 0};
            r = poll(&p, 1, slice);
            r = r > 0 ? TQ_WAIT_READY : (r < 0 && errno != EINTR ? -1 : TQ_WAIT_TIMEOUT);
        }
        if (r < 0) {
            return tq_error_set(err, TQ_ERR_IO, "waiting for new messages: poll failed: %s", strerror(errno));
        }
        if (r == TQ_WAIT_SIGNAL) {
            return TQ_WAIT_SIGNAL;
        }
        if (r == TQ_WAIT_READY) {
            if (!PQconsumeInput(c->conn) || c->doomed || PQstatus(c->conn) != CONNECTION_OK) {
                /* the server went away: let the caller's next statement reconnect */
                tq_pg_drop_conn(c);
                c->in_tx = 0;
                return TQ_WAIT_READY;
            }
            tq_pg_take_notifies(c);
            if (c->notified) {
                c->notified = 0;
                return TQ_WAIT_READY;
            }
        }
    }
}
