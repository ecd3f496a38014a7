/*
 * tq_pg_notify.c: LISTEN/NOTIFY on a tq_pg connection, for an idle worker's wait: the
 * channels it listens on (sent again on every new session) and the wait for a
 * notification, a signal or a timeout.
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

int tq_pg_listen_all(tq_pg *c, tq_error *err)
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
    c->listen_gen = 0;          /* the new channel still needs its LISTEN */
    return tq_pg_listen_all(c, err);
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
