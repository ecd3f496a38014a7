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

extern const char tq_pg_id_regex[];
extern const char tq_pg_escaped_slash[];
extern const char tq_pg_claim_start_fmt[];

typedef struct tq_pg_queue {
    tq_broker base;             /* first: a tq_broker * is a tq_pg_queue * */
    tq_pg *pg;
    char name[64];              /* as given: TAO's index name keeps it */
    char table[64];
    int st_exists;
    int st_push;
    int st_push_many;
    int st_claim;           /* for claim_limit rows (see tq_pg_queue_claim_stmt) */
    size_t claim_limit;
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
    int st_claim_start;     /* for claim_start_limit rows, this log table */
    size_t claim_start_limit;
    int st_complete;
    int async_ack;          /* claims and completions commit without waiting for the WAL flush */
    int st_complete_many;   /* valid when have_complete_many */
    int have_complete_many;
    int st_unclaim;
    int64_t scan_from;      /* claims look past this id first (see tq_pg_queue_run_claim) */
    int64_t full_scan_ms;   /* when the next claim scans from the first row again */
} tq_pg_queue;

tq_pg_queue *tq_pg_q(tq_broker *b);
int tq_pg_qstmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, tq_error *err);
int tq_pg_queue_claim_stmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, size_t limit,
                           size_t *cached_limit, int *cached, tq_error *err);
void tq_pg_ms(int64_t lease_ms, char *out, size_t size);
void tq_pg_now(char *out, size_t size);
int tq_pg_check_body(const char *body, size_t len, tq_error *err);
void tq_pg_msg_clear(tq_message *m);
int tq_pg_read_message(const PGresult *r, int i, tq_message *m);
PGresult *tq_pg_queue_run_claim(tq_pg_queue *q, int stmt, const char **params, int from_slot,
                                const char *what, tq_error *err);
int tq_pg_receipt(const tq_message *m, char *id, size_t size, char *fence, size_t fsize, tq_error *err);

#endif
