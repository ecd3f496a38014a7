/* The Task Log store contract (src/task_log/tq_log_store.h): one test body, run through the
 * interface against every store with the same assertions: unit/test_log_store_mem.c (the
 * in-memory store) and integration/test_pg_log_store.c (the PostgreSQL store). A store that
 * answers differently from the other fails here, before any broker sees it.
 * A test file sets contract_env to open and close a fresh, empty store, then runs
 * CONTRACT_TESTS. */
#ifndef TQ_TEST_LOG_STORE_CONTRACT_H
#define TQ_TEST_LOG_STORE_CONTRACT_H

#include "helpers.h"
#include <stdio.h>
#include <time.h>
#include "task_log/tq_log.h"
#include "task_log/tq_log_store.h"

typedef struct contract_env {
    /* a fresh, empty store; *ctx is handed back to close */
    tq_log_store (*open)(void **ctx);
    void (*close)(tq_log_store *s, void *ctx);
} contract_env;

static const contract_env *contract_env_;

typedef struct contract_fixture {
    tq_log_store s;
    void *ctx;
} contract_fixture;

static int contract_setup(void **state)
{
    contract_fixture *f = calloc(1, sizeof(*f));
    f->s = contract_env_->open(&f->ctx);
    *state = f;
    return 0;
}

static int contract_teardown(void **state)
{
    contract_fixture *f = *state;
    contract_env_->close(&f->s, f->ctx);
    free(f);
    return 0;
}

static void c_add(const tq_log_store *s, const char *id, const char *parent, const char *owner, const char *status,
                  int64_t created, int master)
{
    tq_log_row r = {
        .id = (char *)id, .parent_id = (char *)parent, .task_name = "ExportTask", .parameters = "{\"n\":1}",
        .label = (char *)id, .status = (char *)status, .master_status = master, .owner = (char *)owner,
        .created_at = created, .updated_at = TQ_LOG_NO_TIME,
    };
    tq_error err;
    tq_error_clear(&err);
    if (tq_log_store_add(s, &r, &err) != 0) {
        fail_msg("add %s: %s", id, err.message);
    }
}

/* t1..t5: owners, statuses, creation times and parents to filter on */
static void c_add_five(const tq_log_store *s)
{
    c_add(s, "t1", NULL, "u1", "completed", 1000, 0);
    c_add(s, "t2", "t1", "u1", "failed", 2000, 1);
    c_add(s, "t3", "t1", "u2", "enqueued", 3000, 0);
    c_add(s, "t4", NULL, "u2", "running", 4000, 0);
    c_add(s, "t5", NULL, "cli", "archived", 5000, 0);
}

/* The ids a search returns, comma-separated, in order (static buffer). */
static const char *c_ids(const tq_log_store *s, const tq_log_filter *flt)
{
    static char out[256];
    tq_error err;
    tq_error_clear(&err);
    tq_log_row *rows = NULL;
    int64_t n = tq_log_store_search(s, flt, &rows, &err);
    if (n < 0) {
        fail_msg("search (%s store): %s", s->ops->kind, err.message);
    }
    out[0] = '\0';
    for (int64_t i = 0; i < n; i++) {
        snprintf(out + strlen(out), sizeof(out) - strlen(out), "%s%s", i ? "," : "", rows[i].id);
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
    return out;
}

static void c_cond(tq_log_filter *f, const char *col, tq_op op, const char *const *values, size_t n)
{
    tq_error err;
    if (tq_log_filter_add(f, col, op, values, n, &err) != 0) {
        fail_msg("filter: %s", err.message);
    }
}

static char *c_status(const tq_log_store *s, const char *id)
{
    static char out[64];
    char *v = NULL;
    tq_error err;
    int rc = tq_log_store_get_status(s, id, &v, &err);
    snprintf(out, sizeof(out), "%s", rc == 1 && v ? v : rc == 0 ? "(none)" : "(error)");
    free(v);
    return out;
}

static void contract_add_and_get(void **state)
{
    contract_fixture *f = *state;
    tq_error err;
    tq_error_clear(&err);
    int64_t before = (int64_t)time(NULL) - 1;
    tq_log_row r = {
        .id = "a", .task_name = "ImportTask", .parameters = "[]", .status = "enqueued",
        .master_status = 1, .created_at = 1700000000, .updated_at = 5,
    };
    assert_int_equal(tq_log_store_add(&f->s, &r, &err), 0);
    tq_log_row got;
    assert_int_equal(tq_log_store_get(&f->s, "a", &got, &err), 1);
    assert_string_equal(got.id, "a");
    assert_null(got.parent_id);
    assert_string_equal(got.task_name, "ImportTask");
    assert_string_equal(got.parameters, "[]");
    assert_string_equal(got.label, "");        /* NULL label and owner are stored as '' */
    assert_string_equal(got.owner, "");
    assert_string_equal(got.status, "enqueued");
    assert_int_equal(got.master_status, 1);
    assert_null(got.report);
    assert_int_equal(got.created_at, 1700000000);
    assert_true(got.updated_at >= before && got.updated_at <= (int64_t)time(NULL) + 1);   /* now, not the row's */
    tq_log_row_clear(&got);
    assert_int_equal(tq_log_store_get(&f->s, "nope", &got, &err), 0);
    tq_log_row_clear(&got);

    char *v = (char *)"x";
    assert_int_equal(tq_log_store_get_report(&f->s, "a", &v, &err), 1);
    assert_null(v);
    assert_int_equal(tq_log_store_get_report(&f->s, "nope", &v, &err), 0);
    assert_null(v);
    assert_string_equal(c_status(&f->s, "a"), "enqueued");
    assert_string_equal(c_status(&f->s, "nope"), "(none)");
}

static void contract_add_refusals(void **state)
{
    contract_fixture *f = *state;
    tq_error err;
    c_add(&f->s, "a", NULL, "u", "enqueued", 1000, 0);
    tq_log_row dup = {.id = "a", .task_name = "T", .status = "enqueued", .created_at = 1};
    tq_error_clear(&err);
    assert_int_equal(tq_log_store_add(&f->s, &dup, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_log_row bad = {.id = "b", .task_name = "T", .status = "done", .created_at = 1};
    tq_error_clear(&err);
    assert_int_equal(tq_log_store_add(&f->s, &bad, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_log_row noid = {.id = "", .task_name = "T", .status = "enqueued", .created_at = 1};
    tq_error_clear(&err);
    assert_int_equal(tq_log_store_add(&f->s, &noid, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_log_store_count(&f->s, NULL, &err), 1);
}

static void contract_update_status(void **state)
{
    contract_fixture *f = *state;
    tq_error err;
    tq_error_clear(&err);
    c_add(&f->s, "a", NULL, "u", "enqueued", 1000, 0);
    assert_int_equal(tq_log_store_update_status(&f->s, "a", "running", "dequeued", &err), 0);   /* guard fails */
    assert_string_equal(c_status(&f->s, "a"), "enqueued");
    assert_int_equal(tq_log_store_update_status(&f->s, "a", "dequeued", "enqueued", &err), 1);
    assert_int_equal(tq_log_store_update_status(&f->s, "a", "failed", NULL, &err), 1);
    assert_string_equal(c_status(&f->s, "a"), "failed");
    assert_int_equal(tq_log_store_update_status(&f->s, "nope", "failed", NULL, &err), 0);
    assert_int_equal(tq_log_store_update_status(&f->s, "a", "done", NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_error_clear(&err);
    assert_int_equal(tq_log_store_update_status(&f->s, "a", "running", "bogus", &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_string_equal(c_status(&f->s, "a"), "failed");
}

static void contract_add_report(void **state)
{
    contract_fixture *f = *state;
    tq_error err;
    tq_error_clear(&err);
    c_add(&f->s, "a", NULL, "u", "running", 1000, 0);
    const char *rep = "{\"type\":\"info\",\"message\":\"ok \\u00e9\",\"data\":null,\"children\":[]}";
    assert_int_equal(tq_log_store_add_report(&f->s, "a", rep, NULL, NULL, &err), 1);
    assert_string_equal(c_status(&f->s, "a"), "running");         /* status NULL: kept */
    assert_int_equal(tq_log_store_add_report(&f->s, "a", rep, "completed", "enqueued", &err), 0);   /* guard */
    assert_string_equal(c_status(&f->s, "a"), "running");
    assert_int_equal(tq_log_store_add_report(&f->s, "a", rep, "completed", "running", &err), 1);
    assert_string_equal(c_status(&f->s, "a"), "completed");
    char *v = NULL;
    assert_int_equal(tq_log_store_get_report(&f->s, "a", &v, &err), 1);
    assert_string_equal(v, rep);
    free(v);
    assert_int_equal(tq_log_store_add_report(&f->s, "nope", rep, "failed", NULL, &err), 0);
    assert_int_equal(tq_log_store_add_report(&f->s, "a", rep, "bogus", NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
}

static void contract_search(void **state)
{
    contract_fixture *f = *state;
    c_add_five(&f->s);
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    assert_string_equal(c_ids(&f->s, &flt), "t5,t4,t3,t2,t1");     /* created_at DESC */
    flt.sort_by = strdup("id");
    flt.sort_desc = 0;
    flt.limit = 2;
    flt.offset = 1;
    assert_string_equal(c_ids(&f->s, &flt), "t2,t3");
    tq_log_filter_clear(&flt);

    const char *u1 = "u1", *t1 = "t1", *st[] = {"completed", "archived"}, *pat = "t_", *when = "1970-01-01 00:50:00";
    tq_log_filter_init(&flt);
    c_cond(&flt, "owner", TQ_OP_EQ, &u1, 1);
    assert_string_equal(c_ids(&f->s, &flt), "t2,t1");
    tq_log_filter_clear(&flt);
    tq_log_filter_init(&flt);
    c_cond(&flt, "parent_id", TQ_OP_NEQ, &t1, 1);                   /* SQL NULL logic: no parent, no row */
    assert_string_equal(c_ids(&f->s, &flt), "");
    tq_log_filter_clear(&flt);
    tq_log_filter_init(&flt);
    c_cond(&flt, "status", TQ_OP_IN, st, 2);
    assert_string_equal(c_ids(&f->s, &flt), "t5,t1");
    tq_log_filter_clear(&flt);
    tq_log_filter_init(&flt);
    c_cond(&flt, "status", TQ_OP_NOT_IN, st, 2);
    c_cond(&flt, "label", TQ_OP_LIKE, &pat, 1);
    c_cond(&flt, "created_at", TQ_OP_LTE, &when, 1);                 /* 3000 s */
    assert_string_equal(c_ids(&f->s, &flt), "t3,t2");
    tq_error err;
    tq_error_clear(&err);
    flt.limit = 1;
    assert_int_equal(tq_log_store_count(&f->s, &flt, &err), 2);     /* paging does not count */
    tq_log_filter_clear(&flt);
}

static void contract_stats(void **state)
{
    contract_fixture *f = *state;
    c_add_five(&f->s);
    tq_error err;
    tq_error_clear(&err);
    tq_log_stats st;
    assert_int_equal(tq_log_store_stats(&f->s, NULL, &st, &err), 0);
    assert_int_equal(st.in_progress, 1);
    assert_int_equal(st.completed, 1);
    assert_int_equal(st.failed, 1);
    assert_int_equal(st.enqueued, 1);
    const char *u2 = "u2";
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    c_cond(&flt, "owner", TQ_OP_EQ, &u2, 1);
    assert_int_equal(tq_log_store_stats(&f->s, &flt, &st, &err), 0);
    assert_int_equal(st.in_progress + st.completed + st.failed + st.enqueued, 2);
    assert_int_equal(tq_log_store_count(&f->s, &flt, &err), 2);
    tq_log_filter_clear(&flt);
}

static void contract_update_many_and_delete(void **state)
{
    contract_fixture *f = *state;
    c_add_five(&f->s);
    tq_error err;
    tq_error_clear(&err);
    const char *ids[] = {"t1", "t2", "t1", "zz", "t4"};
    const char *prev[] = {"completed", "failed"};
    assert_int_equal(tq_log_store_update_many(&f->s, ids, 5, "archived", prev, 2, &err), 2);   /* t4 runs */
    assert_string_equal(c_status(&f->s, "t4"), "running");
    assert_int_equal(tq_log_store_update_many(&f->s, ids, 5, "cancelled", NULL, 0, &err), 3);  /* t1 once */
    assert_string_equal(c_status(&f->s, "t1"), "cancelled");
    assert_int_equal(tq_log_store_update_many(&f->s, ids, 0, "cancelled", NULL, 0, &err), 0);
    assert_int_equal(tq_log_store_update_many(&f->s, ids, 5, "gone", NULL, 0, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);

    tq_error_clear(&err);
    assert_int_equal(tq_log_store_delete(&f->s, "t3", &err), 1);
    assert_int_equal(tq_log_store_delete(&f->s, "t3", &err), 0);
    assert_string_equal(c_status(&f->s, "t3"), "(none)");
    assert_int_equal(tq_log_store_count(&f->s, NULL, &err), 4);
}

static void contract_execution_times(void **state)
{
    contract_fixture *f = *state;
    c_add_five(&f->s);         /* t1 completed (1000), t5 archived (5000) */
    tq_error err;
    tq_error_clear(&err);
    tq_log_exec_time *t = NULL;
    int64_t n = tq_log_store_execution_times(&f->s, 1000, 5000, &t, &err);     /* bounds included */
    assert_int_equal(n, 2);
    assert_string_equal(t[0].id, "t1");
    assert_string_equal(t[1].id, "t5");
    tq_log_row r;
    assert_int_equal(tq_log_store_get(&f->s, "t1", &r, &err), 1);
    assert_int_equal(t[0].seconds, r.updated_at - 1000);
    tq_log_row_clear(&r);
    tq_log_exec_times_free(t, n);
    n = tq_log_store_execution_times(&f->s, 1001, 4999, &t, &err);
    assert_int_equal(n, 0);
    tq_log_exec_times_free(t, n);
}

static void contract_create_container(void **state)
{
    contract_fixture *f = *state;
    tq_error err;
    tq_error_clear(&err);
    /* the fixture created it already: again is harmless and keeps the rows */
    c_add(&f->s, "a", NULL, "u", "enqueued", 1000, 0);
    assert_int_equal(tq_log_store_create_container(&f->s, &err), 0);
    assert_int_equal(tq_log_store_count(&f->s, NULL, &err), 1);
}

#define CONTRACT_TEST(fn) cmocka_unit_test_setup_teardown(fn, contract_setup, contract_teardown)
#define CONTRACT_TESTS \
    CONTRACT_TEST(contract_add_and_get), CONTRACT_TEST(contract_add_refusals), \
    CONTRACT_TEST(contract_update_status), CONTRACT_TEST(contract_add_report), \
    CONTRACT_TEST(contract_search), CONTRACT_TEST(contract_stats), \
    CONTRACT_TEST(contract_update_many_and_delete), CONTRACT_TEST(contract_execution_times), \
    CONTRACT_TEST(contract_create_container)

#endif
