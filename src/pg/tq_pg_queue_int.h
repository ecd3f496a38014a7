/*
 * tq_pg_queue_int.h: what the two files of the PostgreSQL queue broker share (tq_pg_queue.c,
 * tq_pg_queue_log.c): the broker's struct, prepared statement slots and statement helpers.
 * Private to src/pg.
 * May touch: libpq (through tq_pg), libc.
 */
#ifndef TQ_PG_QUEUE_INT_H
#define TQ_PG_QUEUE_INT_H

#include <libpq-fe.h>
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"
#include "task/tq_schedule.h"

extern const char tq_pg_id_regex[];
extern const char tq_pg_escaped_slash[];
extern const char tq_pg_claim_fmt[];          /* tq_pg_queue_claim.c */
extern const char tq_pg_claim_start_fmt[];

/* The two prepared forms of a claim for one batch size (tq_pg_queue_claim_stmt): "after"
 * takes waiting rows past an id through the index of waiting rows; "all" scans from the first
 * row and also takes rows whose lease ran out (a dead worker's, a delayed row that is due). */
typedef struct tq_pg_claim_stmts {
    size_t limit;
    int after;
    int all;                    /* -1: not prepared yet */
} tq_pg_claim_stmts;

typedef struct tq_pg_queue {
    tq_broker base;             /* first: a tq_broker * is a tq_pg_queue * */
    tq_pg *pg;
    char name[64];              /* as given: TAO's index name keeps it */
    char table[64];
    int st_exists;
    int st_push;
    int st_push_many;
    int st_push_unique;     /* push of a task with a uniqueness key (ON CONFLICT DO NOTHING) */
    int st_find_unique;     /* the task id holding a uniqueness key */
    tq_pg_claim_stmts claim;    /* for one batch size (see tq_pg_queue_claim_stmt) */
    int st_ack;
    int st_extend;
    int st_release;
    int st_bury;
    int st_count;
    int st_find;
    int st_set_visible;
    int st_extend_many;
    /* statements that join the task log, for the last log table used */
    char log_table[64];
    int st_enqueue;
    int st_enqueue_many;
    int st_enqueue_unique;
    tq_pg_claim_stmts claim_start;  /* for one batch size, this log table */
    int st_complete;
    int async_ack;          /* claims and completions commit without waiting for the WAL flush */
    int st_complete_many;   /* valid when have_complete_many */
    int have_complete_many;
    int st_unclaim;
    int64_t scan_from;      /* claims look past this id first (see tq_pg_queue_run_claim) */
    int64_t full_scan_ms;   /* when a claim next scans the waiting rows from the first */
    int64_t lease_scan_ms;  /* when a claim next scans for rows whose lease ran out */
    int hint;               /* the claim hint: 1 there, -1 not (a table of an earlier version), 0 not known */
} tq_pg_queue;

tq_pg_queue *tq_pg_q(tq_broker *b);
char *tq_pg_qsql(const char *fmt, const char *a, const char *b);
int tq_pg_qstmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, tq_error *err);
int tq_pg_queue_claim_stmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, size_t limit,
                           tq_pg_claim_stmts *cache, tq_error *err);
void tq_pg_ms(int64_t lease_ms, char *out, size_t size);
void tq_pg_now(char *out, size_t size);
int tq_pg_check_body(const char *body, size_t len, tq_error *err);
void tq_pg_msg_clear(tq_message *m);
int tq_pg_read_message(const PGresult *r, int i, tq_message *m);
PGresult *tq_pg_queue_run_claim(tq_pg_queue *q, const tq_pg_claim_stmts *stmts, const char **params,
                                int from_slot, const char *what, tq_error *err);
int tq_pg_receipt(const tq_message *m, char *id, size_t size, char *fence, size_t fsize, tq_error *err);

/* ---- due times and uniqueness keys (tq_pg_queue_sched.c) ---- */

/* The INSERT of one queue row: $1 message, $2 created_at, $3 task_id, then $4 the due time
 * (NULL: none) and $5 the uniqueness key. A delayed row is invisible (TAO's PHP workers
 * leave it alone) with its lease running out at the due time: every claim already takes a
 * row whose lease ran out, so it is claimed when due and the claim stays as it was. */
#define TQ_PG_INSERT_ROW_N(m, c, t, d, k) \
    "INSERT INTO %1$s (message, created_at, task_id, visible, lease_until, run_at, unique_key) " \
    "VALUES (" m ", " c ", " t ", " d "::timestamptz IS NULL, " d "::timestamptz, " d "::timestamptz, " k ")"
#define TQ_PG_INSERT_ROW TQ_PG_INSERT_ROW_N("$1", "$2", "$3", "$4", "$5")
/* A key held by a waiting or running task inserts nothing (the partial unique index). */
#define TQ_PG_ON_KEY "ON CONFLICT (unique_key) WHERE unique_key IS NOT NULL DO NOTHING"

/* What a push binds for a task's schedule (src/task/tq_schedule.h), read from its JSON. */
typedef struct tq_pg_sched {
    tq_schedule s;
    char run_at[40];        /* timestamptz text when s.has_run_at */
    const char *run_at_p;   /* run_at or NULL (SQL NULL: no due time) */
} tq_pg_sched;

int tq_pg_sched_read(const char *body, size_t len, tq_pg_sched *out, tq_error *err);
void tq_pg_sched_clear(tq_pg_sched *p);
/* Refuses a batch holding a delayed or unique task (batches carry neither). */
int tq_pg_sched_refuse_batch(const char *const *bodies, size_t n, tq_error *err);
/* The claim's index of waiting rows and its hint (tq_pg_queue.c): "tqw_", "tqh_" + queue */
void tq_pg_queue_own_name(const tq_pg_queue *q, const char *prefix, char *out, size_t size);
#define TQ_PG_WAITING_PREFIX "tqw_"
#define TQ_PG_HINT_PREFIX "tqh_"
/* After a push that inserted nothing because of key: the task id holding it (malloc'd into
 * *existing, may be NULL). 1 found, 0 gone meanwhile (the caller pushes again), -1 error. */
int tq_pg_queue_key_holder(tq_pg_queue *q, const char *key, char **existing, tq_error *err);
/* Milliseconds until the earliest due time of any queue listened on q's connection (<= 0:
 * one is due), or INT64_MAX when none waits. -1 ms never: errors give INT64_MIN. */
int64_t tq_pg_queue_due_ms(tq_pg_queue *q, tq_error *err);
#define TQ_PG_UNIQUE_TRIES 5    /* push, lookup; again if the holder finished in between */

#endif
