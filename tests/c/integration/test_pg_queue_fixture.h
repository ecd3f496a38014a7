/* The fixture the tq_pg_queue tests share (test_pg_queue.c, test_pg_queue_log.c): queue
 * "PgTest" (table tq_pgtest) and Task Log container "pgtest_log" on a fresh connection, and
 * small helpers that fail the test when the code under test reports an error. */
#ifndef TQ_TEST_PG_QUEUE_FIXTURE_H
#define TQ_TEST_PG_QUEUE_FIXTURE_H

#include "test_pg_common.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"

#define Q "tq_pgtest"          /* table of queue "PgTest" */

typedef struct fixture {
    tq_pg *pg;
    tq_broker *q;
    tq_pg_log *log;
} fixture;

static inline int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS " Q "; DROP TABLE IF EXISTS tq_pgtest_log");
    fixture *f = calloc(1, sizeof(*f));
    tq_error err;
    f->pg = tpg_new();
    f->q = tq_pg_queue_new(f->pg, "PgTest", &err);
    f->log = tq_pg_log_new(f->pg, "pgtest_log", &err);
    if (!f->q || !f->log) {
        fail_msg("setup: %s", err.message);
    }
    if (f->q->ops->create_queue(f->q, &err) != 0 || tq_pg_log_create_container(f->log, &err) != 0) {
        fail_msg("create: %s", err.message);
    }
    *state = f;
    return 0;
}

static inline int teardown(void **state)
{
    fixture *f = *state;
    f->q->ops->destroy(f->q);
    tq_pg_log_free(f->log);
    tq_pg_free(f->pg);
    free(f);
    return 0;
}

static inline char *task_json(const char *id)
{
    char *s = malloc(512);
    snprintf(s, 512, "{\"taskFqcn\":\"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask\",\"metadata\":"
             "{\"__id__\":\"%s\",\"__created_at__\":\"2024-01-02T03:04:05+00:00\",\"__owner__\":\"\","
             "\"__master_status__\":0,\"__callable__\":\"Foo\"},\"parameters\":[]}", id);
    return s;
}

static inline void push(fixture *f, const char *body)
{
    tq_error err;
    if (f->q->ops->push(f->q, body, strlen(body), NULL, &err) != 0) {
        fail_msg("push: %s", err.message);
    }
}

static inline int claim(fixture *f, size_t max, int64_t lease_ms, tq_message *out)
{
    tq_error err;
    int n = f->q->ops->claim(f->q, max, lease_ms, out, &err);
    if (n < 0) {
        fail_msg("claim: %s", err.message);
    }
    return n;
}

static inline void clear_all(tq_message *m, int n)
{
    for (int i = 0; i < n; i++) {
        tpg_message_clear(&m[i]);
    }
}

static inline int64_t count(fixture *f)
{
    tq_error err;
    int64_t n = f->q->ops->count(f->q, &err);
    if (n < 0) {
        fail_msg("count: %s", err.message);
    }
    return n;
}


static inline void log_row(tq_log_row *r, const char *id, const char *status)
{
    memset(r, 0, sizeof(*r));
    r->id = (char *)id;
    r->task_name = "oat\\tao\\model\\task\\ExportByHandler";
    r->parameters = "[]";
    r->label = "Export";
    r->status = (char *)status;
    r->owner = "http://x/user#1";
    r->created_at = 1700000000;
    r->updated_at = TQ_LOG_NO_TIME;
}

static inline void enqueue(fixture *f, const char *id, int64_t *row_id)
{
    tq_error err;
    char *body = task_json(id);
    tq_log_row r;
    log_row(&r, id, "enqueued");
    if (tq_pg_queue_enqueue(f->q, f->log, body, strlen(body), &r, row_id, NULL, &err) != 0) {
        fail_msg("enqueue: %s", err.message);
    }
    free(body);
}

static inline char *log_status(fixture *f, const char *id)
{
    char *st = NULL;
    tq_error err;
    assert_true(tq_pg_log_get_status(f->log, id, &st, &err) >= 0);
    return st;
}

static inline void assert_log_status(fixture *f, const char *id, const char *expected)
{
    char *st = log_status(f, id);
    if (!expected) {
        assert_null(st);
    } else {
        assert_non_null(st);
        assert_string_equal(st, expected);
    }
    free(st);
}

/* main() of a tq_pg_queue test binary: fails without a server, runs the tests, drops the
 * tables they made. */
static inline int tpq_main(const char *name, const struct CMUnitTest *tests, size_t n)
{
    if (tpg_require_server(name) != 0) {
        return 1;
    }
    int rc = _cmocka_run_group_tests(name, tests, n, NULL, NULL);
    tpg_exec("DROP TABLE IF EXISTS " Q "; DROP TABLE IF EXISTS tq_pgtest_log; DROP TABLE IF EXISTS tq_never_created");
    tpg_close();
    return rc;
}

#endif
