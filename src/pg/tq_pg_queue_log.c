/*
 * tq_pg_queue_log.c: the PostgreSQL queue broker's statements that join the Task Log table
 * (enqueue with its log row, claim-and-start, complete, unclaim, batch completion, lease
 * renewal of many rows) and TAO's extra RdsQueueBroker lookups. See tq_pg_queue.h.
 * May touch: pg/tq_pg, pg/tq_pg_log, task_log/tq_status, jansson, libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "common/tq_time.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "task_log/tq_status.h"
#include "worker/tq_signal.h"
#include "pg/tq_pg_queue_int.h"

/* ---- statements joining the task log -------------------------------------------------- */

static int tq_pg_queue_bind_log(tq_pg_queue *q, tq_pg_log *log, tq_error *err)
{
    const char *lt = tq_pg_log_table(log);
    if (tq_pg_log_conn(log) != q->pg) {
        return tq_error_set(err, TQ_ERR_INVALID, "the queue %s and the task log %s must share one connection "
                            "(one statement writes both)", q->table, lt);
    }
    if (strcmp(q->log_table, lt) == 0) {
        return 0;
    }
    int enq, enu, enm, cp, un;
    if ((enq = tq_pg_qstmt(q,
            /* l is never read: PostgreSQL runs every data-modifying CTE anyway. No count, no
             * scalar subqueries: each plan node costs executor start-up on every call. */
            "WITH q AS (" TQ_PG_INSERT_ROW_N("$1", "$2", "$3", "$12", "$13") " RETURNING id), "
            "l AS (INSERT INTO %2$s (id, parent_id, task_name, parameters, label, status, owner, created_at, "
            "updated_at, master_status) VALUES ($3, $4, $5, $6, $7, $8, $9, $10, $2, $11)) "
            "SELECT id FROM q", lt, 13, err)) < 0
        /* with a uniqueness key: the log row only when the queue row went in */
        || (enu = tq_pg_qstmt(q,
            "WITH q AS (" TQ_PG_INSERT_ROW_N("$1", "$2", "$3", "$12", "$13") " " TQ_PG_ON_KEY " RETURNING id), "
            "l AS (INSERT INTO %2$s (id, parent_id, task_name, parameters, label, status, owner, created_at, "
            "updated_at, master_status) SELECT $3, $4, $5, $6, $7, $8, $9, $10, $2, $11 FROM q) "
            "SELECT id FROM q", lt, 13, err)) < 0
        || (enm = tq_pg_qstmt(q,
            "WITH v AS (SELECT * FROM unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], "
            "$8::text[], $9::text[], $10::timestamp[], $11::boolean[]) WITH ORDINALITY "
            "AS v(m, id, parent_id, task_name, parameters, label, status, owner, created_at, master_status, n)), "
            "q AS (INSERT INTO %1$s (message, created_at, task_id) SELECT m, $2, id FROM v ORDER BY n RETURNING id), "
            "l AS (INSERT INTO %2$s (id, parent_id, task_name, parameters, label, status, owner, created_at, "
            "updated_at, master_status) SELECT id, parent_id, task_name, parameters, label, status, owner, created_at, "
            "$2, master_status FROM v ORDER BY n RETURNING id) "
            "SELECT q.id FROM q, (SELECT count(*) FROM l) c ORDER BY q.id",
            lt, 11, err)) < 0
        /* The queue row goes first (the subquery on d orders it before the log lock), so a
         * worker re-claiming the same row never waits for us while we wait for it. */
        /* fenced by the claim's delivery count ($8 > 0): a claim that is no longer ours
         * changes neither the row nor the log */
        || (cp = tq_pg_qstmt(q,
            "WITH d AS (DELETE FROM %1$s WHERE id = $1::integer AND ($8::integer = 0 OR deliveries = $8::integer) "
            "RETURNING id), "
            "lk AS (SELECT id, status FROM %2$s WHERE id = $2 AND (SELECT count(*) FROM d) >= 0 FOR UPDATE), "
            "u AS (UPDATE %2$s SET report = $3, status = $4, updated_at = $5 "
            "WHERE id = $2 AND EXISTS (SELECT 1 FROM lk WHERE lk.status = $6) "
            "AND ($8::integer = 0 OR $1::integer <= 0 OR EXISTS (SELECT 1 FROM d)) RETURNING id), "
            "sc AS (SELECT set_config('synchronous_commit', $7::text, true) AS v) "
            "SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM u), (SELECT status FROM lk) FROM sc", lt, 8, err)) < 0
        /* queue row before log row, as everywhere */
        || (un = tq_pg_qstmt(q,
            "WITH r AS (UPDATE %1$s SET visible = true, lease_until = NULL WHERE id = $1::integer AND NOT visible "
            "AND lease_until IS NOT NULL AND ($2::integer = 0 OR deliveries = $2::integer) RETURNING id), "
            "u AS (UPDATE %2$s SET status = 'enqueued', updated_at = $4 WHERE id = $3 AND status = 'running' "
            "AND EXISTS (SELECT 1 FROM r) RETURNING id) "
            "SELECT (SELECT count(*) FROM r), (SELECT count(*) FROM u), "
            "(SELECT pg_notify('%1$s', '') FROM r)", lt, 4, err)) < 0) {
        return -1;
    }
    q->st_unclaim = un;
    q->st_enqueue = enq;
    q->st_enqueue_unique = enu;
    q->st_enqueue_many = enm;
    q->claim_start.all = -1;    /* by batch size, on first use */
    q->st_complete = cp;
    q->have_complete_many = 0;   /* prepared on first use, for this log table */
    snprintf(q->log_table, sizeof(q->log_table), "%s", lt);
    return 0;
}

/* One enqueue statement; 0 queued, 1 the key is held (nothing queued), -1 error. */
static int tq_pg_enqueue_once(tq_pg_queue *q, const char *const *params, int unique, const char *id,
                              int64_t *row_id, tq_error *err)
{
    tq_error e;
    PGresult *r = tq_pg_exec_wake(q->pg, unique ? q->st_enqueue_unique : q->st_enqueue, params, q->table,
                                  "enqueueing a task", &e);
    if (!r) {
        if (strcmp(tq_pg_last_sqlstate(q->pg), "23505") == 0) {
            return tq_error_set(err, TQ_ERR_INVALID, "enqueueing: task log entry \"%.200s\" exists already; "
                                "nothing was queued", id);
        }
        if (err) {
            *err = e;
        }
        return -1;
    }
    int n = PQntuples(r);
    if (n > 0 && row_id) {
        *row_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    }
    PQclear(r);
    return n > 0 ? 0 : 1;
}

int tq_pg_queue_enqueue(tq_broker *b, tq_pg_log *log, const char *body, size_t len, const tq_log_row *row,
                        int64_t *row_id, char **existing, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_queue_bind_log(q, log, err) != 0 || tq_pg_check_body(body, len, err) != 0) {
        return -1;
    }
    if (!row->id || !*row->id || !row->task_name) {
        return tq_error_set(err, TQ_ERR_INVALID, "task log entry needs an id and a task name");
    }
    if (!tq_status_is_storable(tq_status_parse(row->status))) {
        return tq_error_set(err, TQ_ERR_INVALID, "enqueueing: \"%.60s\" is not a valid task status",
                            row->status ? row->status : "(null)");
    }
    tq_pg_sched sc;
    if (tq_pg_sched_read(body, len, &sc, err) != 0) {
        return -1;
    }
    char now[32], created[32];
    tq_pg_now(now, sizeof(now));
    tq_time_format_utc(row->created_at, created, sizeof(created));
    const char *params[] = {body, now, row->id, row->parent_id, row->task_name, row->parameters,
                            row->label ? row->label : "", row->status, row->owner ? row->owner : "",
                            created, row->master_status ? "true" : "false", sc.run_at_p, sc.s.unique_key};
    int rc = -1;
    for (int tries = 0; tries < TQ_PG_UNIQUE_TRIES; tries++) {
        rc = tq_pg_enqueue_once(q, params, sc.s.unique_key != NULL, row->id, row_id, err);
        if (rc != 1) {
            break;
        }
        /* the key is held: by whom (gone meanwhile: enqueue again) */
        int held = tq_pg_queue_key_holder(q, sc.s.unique_key, existing, err);
        if (held != 0) {
            rc = held > 0 ? 1 : -1;
            break;
        }
        rc = tq_error_set(err, TQ_ERR_STATE, "enqueueing: uniqueness key \"%.100s\" kept changing hands",
                          sc.s.unique_key);
    }
    tq_pg_sched_clear(&sc);
    return rc;
}

int tq_pg_queue_enqueue_many(tq_broker *b, tq_pg_log *log, const char *const *bodies, const tq_log_row *rows,
                             size_t n, int64_t *row_ids, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_queue_bind_log(q, log, err) != 0) {
        return -1;
    }
    if (n == 0) {
        return 0;
    }
    if (tq_pg_sched_refuse_batch(bodies, n, err) != 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (tq_pg_check_body(bodies[i], bodies[i] ? strlen(bodies[i]) : 0, err) != 0) {
            return -1;
        }
        if (!rows[i].id || !*rows[i].id || !rows[i].task_name) {
            return tq_error_set(err, TQ_ERR_INVALID, "task log entry %zu needs an id and a task name", i);
        }
        if (!tq_status_is_storable(tq_status_parse(rows[i].status))) {
            return tq_error_set(err, TQ_ERR_INVALID, "enqueueing: \"%.60s\" is not a valid task status",
                                rows[i].status ? rows[i].status : "(null)");
        }
    }
    /* ten parallel arrays: message, then the log columns */
    enum { NCOL = 10 };
    const char **cols[NCOL];
    char (*created)[32] = calloc(n, sizeof(*created));
    tq_buf arrays[NCOL];
    int rc = -1;
    memset(cols, 0, sizeof(cols));
    for (int c = 0; c < NCOL; c++) {
        tq_buf_init(&arrays[c]);
        cols[c] = calloc(n, sizeof(char *));
    }
    int bad = !created;
    for (int c = 0; c < NCOL; c++) {
        bad = bad || !cols[c];
    }
    for (size_t i = 0; i < n && !bad; i++) {
        const tq_log_row *r = &rows[i];
        tq_time_format_utc(r->created_at, created[i], sizeof(created[i]));
        cols[0][i] = bodies[i];
        cols[1][i] = r->id;
        cols[2][i] = r->parent_id;
        cols[3][i] = r->task_name;
        cols[4][i] = r->parameters;
        cols[5][i] = r->label ? r->label : "";
        cols[6][i] = r->status;
        cols[7][i] = r->owner ? r->owner : "";
        cols[8][i] = created[i];
        cols[9][i] = r->master_status ? "t" : "f";
    }
    for (int c = 0; c < NCOL && !bad; c++) {
        bad = tq_pg_text_array(cols[c], n, &arrays[c]) != 0;
    }
    if (bad) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        goto out;
    }
    char now[32];
    tq_pg_now(now, sizeof(now));
    const char *params[] = {arrays[0].data, now, arrays[1].data, arrays[2].data, arrays[3].data, arrays[4].data,
                            arrays[5].data, arrays[6].data, arrays[7].data, arrays[8].data, arrays[9].data};
    tq_error e;
    PGresult *res = tq_pg_exec_wake(q->pg, q->st_enqueue_many, params, q->table, "enqueueing tasks", &e);
    if (!res) {
        if (strcmp(tq_pg_last_sqlstate(q->pg), "23505") == 0) {
            tq_error_set(err, TQ_ERR_INVALID, "enqueueing: a task log entry exists already (or a task id is "
                         "given twice); nothing was queued");
        } else if (err) {
            *err = e;
        }
        goto out;
    }
    for (int i = 0; row_ids && i < PQntuples(res) && (size_t)i < n; i++) {
        row_ids[i] = strtoll(PQgetvalue(res, i, 0), NULL, 10);
    }
    PQclear(res);
    rc = 0;
out:
    for (int c = 0; c < NCOL; c++) {
        tq_buf_free(&arrays[c]);
        free(cols[c]);
    }
    free(created);
    return rc;
}

void tq_pg_claimed_clear(tq_pg_claimed *c)
{
    tq_pg_msg_clear(&c->msg);
    free(c->task_id);
    free(c->status);
    memset(c, 0, sizeof(*c));
}

static int tq_pg_read_claimed(const PGresult *r, int i, tq_pg_claimed *c, int has_start)
{
    memset(c, 0, sizeof(*c));
    if (tq_pg_read_message(r, i, &c->msg) != 0) {
        return -1;
    }
    c->row_id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
    if (!PQgetisnull(r, i, 3) && !(c->task_id = strdup(PQgetvalue(r, i, 3)))) {
        tq_pg_claimed_clear(c);
        return -1;
    }
    if (has_start) {
        c->started = PQgetvalue(r, i, 4)[0] == 't';
        if (!PQgetisnull(r, i, 5) && !(c->status = strdup(PQgetvalue(r, i, 5)))) {
            tq_pg_claimed_clear(c);
            return -1;
        }
    }
    return 0;
}

int tq_pg_queue_claim_and_start(tq_broker *b, tq_pg_log *log, size_t max, int64_t lease_ms, int flags,
                                tq_pg_claimed *out, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_queue_bind_log(q, log, err) != 0) {
        return -1;
    }
    if (max == 0) {
        return 0;
    }
    if (tq_pg_queue_claim_stmt(q, tq_pg_claim_start_fmt, q->log_table, 7, max, &q->claim_start, err) != 0) {
        return -1;
    }
    char ms[24], now[32];
    tq_pg_ms(lease_ms, ms, sizeof(ms));
    tq_pg_now(now, sizeof(now));
    const char *params[] = {ms, now, tq_pg_id_regex, tq_pg_escaped_slash,
                            (flags & TQ_PG_TAKEOVER) ? "true" : "false", q->async_ack ? "off" : "on", NULL};
    PGresult *r = tq_pg_queue_run_claim(q, &q->claim_start, params, 6, "claiming and starting tasks", err);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        if (tq_pg_read_claimed(r, i, &out[i], 1) != 0) {
            for (int j = 0; j < i; j++) {
                tq_pg_claimed_clear(&out[j]);
            }
            PQclear(r);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    PQclear(r);
    return n;
}

void tq_pg_completion_clear(tq_pg_completion *r)
{
    free(r->status);
    memset(r, 0, sizeof(*r));
}

void tq_pg_queue_set_async_ack(tq_broker *b, int on)
{
    tq_pg_q(b)->async_ack = on ? 1 : 0;
}

int tq_pg_queue_complete(tq_broker *b, tq_pg_log *log, int64_t row_id, int fence, const char *task_id,
                         const char *report_json, const char *status, const char *prev_status,
                         tq_pg_completion *res, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (res) {
        memset(res, 0, sizeof(*res));
    }
    if (tq_pg_queue_bind_log(q, log, err) != 0) {
        return -1;
    }
    if (!prev_status) {
        prev_status = "running";
    }
    if (!task_id || !tq_status_is_storable(tq_status_parse(status))
        || !tq_status_is_storable(tq_status_parse(prev_status))) {
        return tq_error_set(err, TQ_ERR_INVALID, "completing a task needs its id and valid statuses (got \"%.40s\" "
                            "after \"%.40s\")", status ? status : "(null)", prev_status);
    }
    char id[24], fe[16], now[32];
    snprintf(id, sizeof(id), "%lld", (long long)(row_id > 0 ? row_id : 0));
    snprintf(fe, sizeof(fe), "%d", fence > 0 ? fence : 0);
    tq_pg_now(now, sizeof(now));
    const char *params[] = {id, task_id, report_json, status, now, prev_status, q->async_ack ? "off" : "on", fe};
    PGresult *r = tq_pg_exec(q->pg, q->st_complete, params, "completing a task", err);
    if (!r) {
        return -1;
    }
    if (res) {
        res->deleted = atoi(PQgetvalue(r, 0, 0)) > 0;
        res->updated = atoi(PQgetvalue(r, 0, 1)) > 0;
        if (!PQgetisnull(r, 0, 2) && !(res->status = strdup(PQgetvalue(r, 0, 2)))) {
            PQclear(r);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    PQclear(r);
    return 0;
}

int tq_pg_queue_complete_many(tq_broker *b, tq_pg_log *log, size_t n, const int64_t *row_ids, const int *fences,
                              const char *const *task_ids, const char *const *reports,
                              const char *const *statuses, int64_t *deleted, int64_t *updated, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    *deleted = *updated = 0;
    if (n == 0) {
        return 0;
    }
    if (tq_pg_queue_bind_log(q, log, err) != 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!task_ids[i] || !reports[i] || !tq_status_is_storable(tq_status_parse(statuses[i]))) {
            return tq_error_set(err, TQ_ERR_INVALID, "completing task %zu of a batch: it needs an id, a report "
                                "and a valid status", i);
        }
    }
    if (!q->have_complete_many) {
        /* The queue rows go first (as in tq_pg_queue_complete), then the log rows in id order;
         * fenced per row like tq_pg_queue_complete. */
        int h = tq_pg_qstmt(q,
            "WITH i AS (SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $8::integer[]) "
            "AS i(row_id, task_id, report, status, fence)), "
            "d AS (DELETE FROM %1$s t USING i WHERE t.id = i.row_id AND (i.fence = 0 OR t.deliveries = i.fence) "
            "RETURNING t.id), "
            "lk AS (SELECT l.id, l.status FROM %2$s l WHERE l.id = ANY($2::text[]) "
            "AND (SELECT count(*) FROM d) >= 0 ORDER BY l.id FOR UPDATE), "
            "u AS (UPDATE %2$s l SET report = i.report, status = i.status, updated_at = $5 FROM i, lk "
            "WHERE l.id = i.task_id AND lk.id = i.task_id AND lk.status = $6 "
            "AND (i.fence = 0 OR i.row_id <= 0 OR EXISTS (SELECT 1 FROM d WHERE d.id = i.row_id)) RETURNING l.id), "
            "sc AS (SELECT set_config('synchronous_commit', $7::text, true) AS v) "
            "SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM u) FROM sc", q->log_table, 8, err);
        if (h < 0) {
            return -1;
        }
        q->st_complete_many = h;
        q->have_complete_many = 1;
    }
    tq_buf ids, fes, tids, reps, sts;
    tq_buf_init(&ids);
    tq_buf_init(&fes);
    tq_buf_init(&tids);
    tq_buf_init(&reps);
    tq_buf_init(&sts);
    int bad = tq_buf_putc(&ids, '{') != 0 || tq_buf_putc(&fes, '{') != 0;
    for (size_t i = 0; i < n && !bad; i++) {
        char a[32], f[16];
        int len = snprintf(a, sizeof(a), "%s%lld", i ? "," : "", (long long)(row_ids[i] > 0 ? row_ids[i] : 0));
        int flen = snprintf(f, sizeof(f), "%s%d", i ? "," : "", fences && fences[i] > 0 ? fences[i] : 0);
        bad = tq_buf_append(&ids, a, (size_t)len) != 0 || tq_buf_append(&fes, f, (size_t)flen) != 0;
    }
    bad = bad || tq_buf_putc(&ids, '}') != 0 || tq_buf_putc(&fes, '}') != 0 || tq_pg_text_array(task_ids, n, &tids) != 0
          || tq_pg_text_array(reports, n, &reps) != 0 || tq_pg_text_array(statuses, n, &sts) != 0;
    int rc = -1;
    if (bad) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    } else {
        char now[32];
        tq_pg_now(now, sizeof(now));
        const char *params[] = {ids.data, tids.data, reps.data, sts.data, now, "running",
                                q->async_ack ? "off" : "on", fes.data};
        PGresult *r = tq_pg_exec(q->pg, q->st_complete_many, params, "completing a batch of tasks", err);
        if (r) {
            *deleted = atoll(PQgetvalue(r, 0, 0));
            *updated = atoll(PQgetvalue(r, 0, 1));
            PQclear(r);
            rc = 0;
        }
    }
    tq_buf_free(&ids);
    tq_buf_free(&fes);
    tq_buf_free(&tids);
    tq_buf_free(&reps);
    tq_buf_free(&sts);
    return rc;
}

int tq_pg_queue_extend_many(tq_broker *b, const tq_message *const *msgs, size_t n, int64_t lease_ms,
                            tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (n == 0) {
        return 0;
    }
    tq_buf ids, fences;
    tq_buf_init(&ids);
    tq_buf_init(&fences);
    int bad = tq_buf_putc(&ids, '{') != 0 || tq_buf_putc(&fences, '{') != 0;
    for (size_t i = 0; i < n && !bad; i++) {
        int64_t row = tq_pg_queue_row_id(msgs[i]);
        if (row < 0) {
            tq_buf_free(&ids);
            tq_buf_free(&fences);
            return tq_error_set(err, TQ_ERR_INVALID, "renewing leases: message %zu is not a message of a "
                                "PostgreSQL queue", i);
        }
        char a[32], f[16];
        snprintf(a, sizeof(a), "%s%lld", i ? "," : "", (long long)row);
        snprintf(f, sizeof(f), "%s%d", i ? "," : "", msgs[i]->deliveries > 0 ? msgs[i]->deliveries : 0);
        bad = tq_buf_append(&ids, a, strlen(a)) != 0 || tq_buf_append(&fences, f, strlen(f)) != 0;
    }
    bad = bad || tq_buf_putc(&ids, '}') != 0 || tq_buf_putc(&fences, '}') != 0;
    if (bad) {
        tq_buf_free(&ids);
        tq_buf_free(&fences);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    char ms[24];
    tq_pg_ms(lease_ms, ms, sizeof(ms));
    const char *params[] = {ids.data, fences.data, ms};
    PGresult *r = tq_pg_exec(q->pg, q->st_extend_many, params, "renewing leases", err);
    tq_buf_free(&ids);
    tq_buf_free(&fences);
    if (!r) {
        return -1;
    }
    int renewed = atoi(PQcmdTuples(r));
    PQclear(r);
    return renewed;
}

int tq_pg_queue_unclaim(tq_broker *b, tq_pg_log *log, const tq_pg_claimed *c, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_queue_bind_log(q, log, err) != 0) {
        return -1;
    }
    char id[24], fence[16], now[32];
    if (tq_pg_receipt(&c->msg, id, sizeof(id), fence, sizeof(fence), err) != 0) {
        return -1;
    }
    tq_pg_now(now, sizeof(now));
    const char *params[] = {id, fence, c->task_id, now};
    PGresult *r = tq_pg_exec(q->pg, q->st_unclaim, params, "giving a task back", err);
    if (!r) {
        return -1;
    }
    int back = atoi(PQgetvalue(r, 0, 0)) > 0;
    PQclear(r);
    return back;
}

/* ---- TAO's extra RdsQueueBroker methods ----------------------------------------------- */

/* LIKE pattern '%<fragment>%' for the id's "#fragment" as json_encode wrote it ("/" as "\/"). */
static char *tq_pg_like_fragment(const char *task_id)
{
    const char *frag = strchr(task_id, '#');
    frag = frag ? frag : task_id;
    tq_buf b;
    tq_buf_init(&b);
    int bad = tq_buf_putc(&b, '%') != 0;
    for (const char *p = frag; *p && !bad; p++) {
        if (*p == '/') {
            bad = tq_buf_append(&b, "\\\\/", 3) != 0;          /* matches the text \/ */
        } else if (*p == '%' || *p == '_' || *p == '\\') {
            char esc[2] = {'\\', *p};
            bad = tq_buf_append(&b, esc, 2) != 0;
        } else {
            bad = tq_buf_putc(&b, *p) != 0;
        }
    }
    bad = bad || tq_buf_putc(&b, '%') != 0;
    if (bad) {
        tq_buf_free(&b);
        return NULL;
    }
    return tq_buf_steal(&b, NULL);
}

int tq_pg_queue_find_task(tq_broker *b, const char *task_id, tq_pg_claimed *out, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    memset(out, 0, sizeof(*out));
    char *like = tq_pg_like_fragment(task_id ? task_id : "");
    if (!like) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    const char *params[] = {task_id ? task_id : "", like};
    PGresult *r = tq_pg_exec(q->pg, q->st_find, params, "finding a task's message", err);
    free(like);
    if (!r) {
        return -1;
    }
    int found = PQntuples(r) > 0;
    if (found && tq_pg_read_claimed(r, 0, out, 0) != 0) {
        PQclear(r);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    PQclear(r);
    return found;
}

int tq_pg_queue_set_visible(tq_broker *b, int64_t row_id, int visible, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char id[24];
    snprintf(id, sizeof(id), "%lld", (long long)row_id);
    const char *params[] = {id, visible ? "true" : "false"};
    PGresult *r = tq_pg_exec(q->pg, q->st_set_visible, params, "changing a message's visibility", err);
    if (!r) {
        return -1;
    }
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    return n;
}
