/*
 * tq_pg_queue_sched.c: delayed and unique tasks on the PostgreSQL queue (see tq_pg_queue.h):
 * what a push binds for them, who holds a uniqueness key, and how long an idle worker may
 * sleep before the earliest due time, and a failed task's next attempt (or its end as a dead
 * letter) on its own row. Shared internals: tq_pg_queue_int.h.
 * May touch: pg/tq_pg, task/tq_schedule, libc.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pg/tq_pg_queue_int.h"

int tq_pg_sched_read(const char *body, size_t len, tq_pg_sched *out, tq_error *err)
{
    memset(out, 0, sizeof(*out));
    if (tq_schedule_of_body(body, len, &out->s, err) != 0) {
        return -1;
    }
    if (out->s.has_run_at) {
        if (tq_schedule_format(out->s.run_at_ms, 1, out->run_at, sizeof(out->run_at)) != 0) {
            tq_schedule_clear(&out->s);
            return tq_error_set(err, TQ_ERR_INVALID, "metadata __run_at__ is out of range");
        }
        out->run_at_p = out->run_at;
    }
    return 0;
}

void tq_pg_sched_clear(tq_pg_sched *p)
{
    tq_schedule_clear(&p->s);
    p->run_at_p = NULL;
}

int tq_pg_sched_refuse_batch(const char *const *bodies, size_t n, tq_error *err)
{
    for (size_t i = 0; i < n; i++) {
        tq_pg_sched p;
        if (tq_pg_sched_read(bodies[i], bodies[i] ? strlen(bodies[i]) : 0, &p, err) != 0) {
            return -1;
        }
        int scheduled = p.s.has_run_at || p.s.unique_key;
        tq_pg_sched_clear(&p);
        if (scheduled) {
            return tq_error_set(err, TQ_ERR_INVALID, "task %zu of the batch is delayed or has a uniqueness key: "
                                "such tasks are enqueued one at a time; nothing was queued", i + 1);
        }
    }
    return 0;
}

/* prefix + the table's name after "tq_" (a name no queue table can have when the prefix is
 * ours: they all begin "tq_"), cut and hashed past 63 bytes as tq_pg_object_name does. */
void tq_pg_queue_own_name(const tq_pg_queue *q, const char *prefix, char *out, size_t size)
{
    int n = snprintf(out, size, "%s%s", prefix, q->table + 3);
    if (n < 0 || (size_t)n >= size || n > 63) {
        /* at most 40 bytes of the name: the form earlier versions gave "tqw_"/"tqh_" */
        int keep = 63 - 9 - (int)strlen(prefix);
        keep = keep > 40 ? 40 : keep < 1 ? 1 : keep;
        snprintf(out, size, "%s%.*s_%08x", prefix, keep, q->table + 3, (unsigned)tq_pg_name_hash(q->table));
    }
}

int tq_pg_queue_key_holder(tq_pg_queue *q, const char *key, char **existing, tq_error *err)
{
    const char *params[] = {key};
    PGresult *r = tq_pg_exec(q->pg, q->st_find_unique, params, "finding the task of a uniqueness key", err);
    if (!r) {
        return -1;
    }
    int found = PQntuples(r) > 0;
    if (found && existing) {
        *existing = PQgetisnull(r, 0, 0) ? NULL : strdup(PQgetvalue(r, 0, 0));
    }
    PQclear(r);
    return found;
}

/* One statement over every queue table the connection listens on (the channels are the
 * table names, validated identifiers): a worker on several queues waits on one of them. */
int64_t tq_pg_queue_due_ms(tq_pg_queue *q, tq_error *err)
{
    const char *const *tables;
    size_t n = tq_pg_channels(q->pg, &tables);
    if (n == 0) {
        return INT64_MAX;
    }
    tq_buf sql;
    tq_buf_init(&sql);
    static const char head[] = "SELECT (extract(epoch FROM (min(d) - clock_timestamp())) * 1000)::bigint FROM (";
    int bad = tq_buf_append(&sql, head, sizeof(head) - 1) != 0;
    for (size_t i = 0; i < n && !bad; i++) {
        char part[160];
        int len = snprintf(part, sizeof(part), "%sSELECT min(run_at) AS d FROM %s WHERE run_at IS NOT NULL",
                           i ? " UNION ALL " : "", tables[i]);
        bad = len < 0 || (size_t)len >= sizeof(part) || tq_buf_append(&sql, part, (size_t)len) != 0;
    }
    bad = bad || tq_buf_append(&sql, ") x", 4) != 0;   /* with the NUL */
    if (bad) {
        tq_buf_free(&sql);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return INT64_MIN;
    }
    PGresult *r = tq_pg_exec_dynamic(q->pg, sql.data, 0, NULL, "finding the earliest due task", err);
    tq_buf_free(&sql);
    if (!r) {
        return INT64_MIN;
    }
    int64_t ms = PQntuples(r) == 1 && !PQgetisnull(r, 0, 0) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : INT64_MAX;
    PQclear(r);
    return ms;
}

int tq_pg_queue_reschedule(tq_broker *b, int64_t row_id, int deliveries, const char *body, size_t len,
                           int64_t delay_ms, int dead, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_check_body(body, len, err) != 0) {
        return -1;
    }
    /* one statement: the row keeps its id, task id and uniqueness key, so the task is never
     * in the queue twice nor missing from it */
    int st = tq_pg_qstmt(q,
        "WITH r AS (UPDATE %1$s SET message = $2, visible = false, deliveries = 0, "
        "lease_until = CASE WHEN $4::boolean THEN NULL ELSE now() + $3::bigint * interval '1 millisecond' END, "
        "run_at = CASE WHEN $4::boolean THEN NULL ELSE now() + $3::bigint * interval '1 millisecond' END "
        "WHERE id = $1::integer AND NOT visible AND lease_until IS NOT NULL AND deliveries = $5::integer "
        "RETURNING id) "
        "SELECT id, CASE WHEN NOT $4::boolean THEN pg_notify('%1$s', '') END FROM r", NULL, 5, err);
    if (st < 0) {
        return -1;
    }
    char id[24], delay[24], count[16];
    snprintf(id, sizeof(id), "%lld", (long long)row_id);
    snprintf(delay, sizeof(delay), "%lld", (long long)(delay_ms < 0 ? 0 : delay_ms));
    snprintf(count, sizeof(count), "%d", deliveries);
    const char *params[] = {id, body, delay, dead ? "true" : "false", count};
    PGresult *r = tq_pg_exec(q->pg, st, params, dead ? "keeping a failed task aside" : "scheduling a task's next attempt",
                             err);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r);
    PQclear(r);
    return n > 0 ? 1 : 0;
}
