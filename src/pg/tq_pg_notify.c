/*
 * tq_pg_notify.c: LISTEN/NOTIFY on a tq_pg connection, for an idle worker's wait: the
 * channels it listens on, the listener token that lets one idle worker of a set of queues
 * listen at a time, and the wait for a notification, a signal or a timeout.
 * May touch: libpq, libc (poll), worker/tq_signal.
 */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include "pg/tq_pg_internal.h"
#include "worker/tq_signal.h"

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

int tq_pg_holds_token(const tq_pg *c)
{
    return c->token && c->conn && c->token_gen == c->gen;
}

int tq_pg_listen_all(tq_pg *c, tq_error *err)
{
    if (c->nchannels == 0 || !tq_pg_holds_token(c) || c->listen_gen == c->gen) {
        return tq_pg_ensure(c, err);   /* drains queued notifications; only the holder LISTENs */
    }
    tq_buf sql;
    tq_buf_init(&sql);
    /* The holder may sit idle for hours: a holder cut off by the network must lose its
     * session (and the token) in about 25 s, not after the kernel's 2-hour keepalive. */
    static const char keepalive[] = "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; "
                                    "SET tcp_keepalives_count = 3;";
    int bad = tq_buf_append(&sql, keepalive, sizeof(keepalive) - 1) != 0;
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
    unsigned char *flags = realloc(c->chan_notified, c->nchannels + 1);
    if (!flags) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    c->chan_notified = flags;
    c->chan_notified[c->nchannels] = 0;
    if (!(c->channels[c->nchannels] = strdup(channel))) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    c->nchannels++;
    c->listen_gen = 0;
    tq_pg_give_token(c);        /* it was the token of a smaller set of queues */
    return tq_pg_ensure(c, err);
}

size_t tq_pg_channels(const tq_pg *c, const char *const **out)
{
    *out = (const char *const *)c->channels;
    return c->nchannels;
}

void tq_pg_clear_notified(tq_pg *c, const char *channel)
{
    for (size_t i = 0; i < c->nchannels; i++) {
        if (!channel || strcmp(c->channels[i], channel) == 0) {
            c->chan_notified[i] = 0;
        }
    }
    if (!channel) {
        c->notified = 0;
    }
}

/* ---- the listener token ---------------------------------------------------------------
 * Every idle worker listening would make each NOTIFY wake them all, and all but one would
 * claim nothing. Instead one idle worker per set of queues listens: the holder of a
 * session advisory lock keyed by the set (the token). The others wait in the lock's queue,
 * where PostgreSQL wakes exactly one at each unlock. A holder whose claim brings work hands
 * the token on (UNLISTEN, unlock); the next one listens and is told to claim at once, so a
 * burst wakes workers one after the other while there is work, and one task wakes one
 * worker. A holder that dies frees the token with its session (doc/ARCHITECTURE.md,
 * section 9). */

#define TQ_PG_TOKEN_MARGIN_MS 5000   /* past the server's lock_timeout: cancel ourselves */

static uint64_t tq_pg_fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    }
    return h;
}

/* The same set of channels gives the same key in every process, in any order (a sum of
 * per-name hashes, mixed), and not one of the 32-bit keys of the DDL locks. */
static int64_t tq_pg_token_key(const tq_pg *c)
{
    uint64_t h = tq_pg_fnv1a("taskqueue listener token");
    for (size_t i = 0; i < c->nchannels; i++) {
        h += tq_pg_fnv1a(c->channels[i]);
    }
    h ^= h >> 31;
    h *= 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    return (int64_t)(h | (1ULL << 40));   /* never within int32 */
}

static int tq_pg_token_won(tq_pg *c, int64_t key, tq_error *err)
{
    c->token = 1;
    c->token_gen = c->gen;
    c->token_key = key;
    c->listen_gen = 0;
    tq_pg_clear_notified(c, NULL);
    return tq_pg_listen_all(c, err) == 0 ? TQ_WAIT_READY : -1;
}

/* A lock wait cut short by a signal: the statement changes nothing when cancelled, so it
 * is cancelled (the one statement here that is) and its result read: the lock may have
 * been granted meanwhile. 1 granted, 0 not, -1 connection dropped. */
static int tq_pg_token_cancel(tq_pg *c)
{
    char msg[256];
    PGcancel *pc = PQgetCancel(c->conn);
    int sent = pc && PQcancel(pc, msg, sizeof(msg));
    PQfreeCancel(pc);
    tq_error e;
    tq_error_clear(&e);
    PGresult *r = sent ? tq_pg_collect(c, "cancelling a wait for the listener token", &e) : NULL;
    if (r) {
        PQclear(r);
        return 1;
    }
    if (!sent || PQstatus(c->conn) == CONNECTION_BAD) {
        tq_pg_drop_conn(c);
        return -1;
    }
    return 0;
}

/* Waits for the token's lock: lock_timeout ends the wait in the server, so a timeout costs
 * no cancel request. TQ_WAIT_READY: ours (LISTENs sent: claim now, as nothing was heard
 * before); TQ_WAIT_TIMEOUT: another worker still holds it; TQ_WAIT_SIGNAL; -1 with err. */
static int tq_pg_token_take(tq_pg *c, struct tq_signal_state *sig, int timeout_ms, tq_error *err)
{
    int64_t key = tq_pg_token_key(c);
    char k[24], ms[24];
    snprintf(k, sizeof(k), "%lld", (long long)key);
    snprintf(ms, sizeof(ms), "%d", timeout_ms > 0 ? timeout_ms : 0);
    const char *params[] = {k, ms};
    if (timeout_ms <= 0) {
        PGresult *r = tq_pg_exec_dynamic(c, "SELECT pg_try_advisory_lock($1::bigint)", 1, params,
                                         "asking for the listener token", err);
        if (!r) {
            return -1;
        }
        int got = PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        return got ? tq_pg_token_won(c, key, err) : TQ_WAIT_TIMEOUT;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQueryParams(c->conn, "SELECT set_config('lock_timeout', $2, true), pg_advisory_lock($1::bigint)", 2,
                           NULL, params, NULL, NULL, 0)) {
        tq_pg_drop_conn(c);
        return TQ_WAIT_READY;        /* the caller's next statement reconnects */
    }
    int64_t deadline = tq_monotonic_ms() + timeout_ms + TQ_PG_TOKEN_MARGIN_MS;
    while (PQisBusy(c->conn)) {
        int why = 0;                     /* why we stop waiting before the server answers */
        if (tq_pg_stop_requested(c)) {
            why = TQ_WAIT_SIGNAL;
        } else if (tq_monotonic_ms() > deadline) {
            why = TQ_WAIT_TIMEOUT;       /* the server did not end it: a silent network */
        } else {
            int fd = PQsocket(c->conn);
            int r = sig ? tq_signal_wait(sig, fd, TQ_PG_SLICE_MS) : tq_pg_wait_socket(c->conn, POLLIN, TQ_PG_SLICE_MS);
            if (r == TQ_WAIT_SIGNAL) {
                why = TQ_WAIT_SIGNAL;
            } else if (r != 0 && !PQconsumeInput(c->conn)) {
                break;                   /* broke: the result says so */
            }
        }
        if (why) {
            int got = tq_pg_token_cancel(c);
            if (got == 1 && tq_pg_token_won(c, key, err) < 0) {
                return -1;
            }
            return got < 0 && why == TQ_WAIT_TIMEOUT ? TQ_WAIT_READY : why;
        }
    }
    PGresult *r = tq_pg_collect(c, "waiting for the listener token", err);
    if (r) {
        PQclear(r);
        return tq_pg_token_won(c, key, err);
    }
    if (!c->conn || PQstatus(c->conn) == CONNECTION_BAD) {
        tq_pg_drop_conn(c);
        tq_error_clear(err);
        return TQ_WAIT_READY;            /* as a wait does when the server went away */
    }
    if (strcmp(c->sqlstate, "55P03") == 0 || strcmp(c->sqlstate, "57014") == 0) {
        tq_error_clear(err);             /* lock_timeout (or a statement_timeout set lower) */
        return TQ_WAIT_TIMEOUT;
    }
    return -1;
}

void tq_pg_give_token(tq_pg *c)
{
    if (!tq_pg_holds_token(c)) {
        c->token = 0;
        return;
    }
    if (c->in_tx || PQtransactionStatus(c->conn) != PQTRANS_IDLE) {
        return;                          /* after the transaction, at the next claim */
    }
    char sql[80];
    snprintf(sql, sizeof(sql), "UNLISTEN *; SELECT pg_advisory_unlock(%lld)", (long long)c->token_key);
    c->token = 0;
    c->listen_gen = 0;
    tq_error e;
    tq_error_clear(&e);
    if (tq_pg_exec_script(c, sql, "handing on the listener token", &e) != 0) {
        tq_pg_drop_conn(c);              /* the end of the session frees the lock */
    }
    tq_pg_clear_notified(c, NULL);
}

/* Whether a notification arrived on any channel since its last clear; forgets them all
 * when one did (the waiter goes and polls every queue it listens for). */
static int tq_pg_take_notified(tq_pg *c)
{
    int any = c->notified;
    for (size_t i = 0; i < c->nchannels && !any; i++) {
        any = c->chan_notified[i];
    }
    if (any) {
        tq_pg_clear_notified(c, NULL);
    }
    return any;
}

int tq_pg_wait_notify(tq_pg *c, struct tq_signal_state *sig, int timeout_ms, tq_error *err)
{
    if (sig && sig->stop) {
        return TQ_WAIT_SIGNAL;
    }
    if (tq_pg_ensure(c, err) != 0) {
        return -1;
    }
    if (!tq_pg_holds_token(c)) {
        return tq_pg_token_take(c, sig, timeout_ms, err);
    }
    if (tq_pg_listen_all(c, err) != 0) {
        return -1;
    }
    if (tq_pg_take_notified(c)) {
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
            if (tq_pg_take_notified(c)) {
                return TQ_WAIT_READY;
            }
        }
    }
}
