/* tq_pg_log against a real PostgreSQL: TAO's tq_task_log shape, guarded updates, reports,
 * search/count/stats with every filter operator, collections, execution times. */
#include "test_pg_common.h"
#include <time.h>
#include <pthread.h>
#include "pg/tq_pg_log.h"
#include "pg/tq_pg_log_prune.h"

#define T "tq_pgtest_tasklog"

typedef struct fixture {
    tq_pg *pg;
    tq_pg_log *log;
} fixture;

static int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS " T);
    fixture *f = calloc(1, sizeof(*f));
    tq_error err;
    f->pg = tpg_new();
    f->log = tq_pg_log_new(f->pg, "PgTest_TaskLog", &err);
    if (!f->log || tq_pg_log_create_container(f->log, &err) != 0) {
        fail_msg("setup: %s", err.message);
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    tq_pg_log_free(f->log);
    tq_pg_free(f->pg);
    free(f);
    return 0;
}

static void add(fixture *f, const char *id, const char *parent, const char *name, const char *status,
                const char *owner, int64_t created, int master)
{
    tq_log_row r = {
        .id = (char *)id, .parent_id = (char *)parent, .task_name = (char *)name, .parameters = "{\"a\":1}",
        .label = "Label of " , .status = (char *)status, .master_status = master, .owner = (char *)owner,
        .created_at = created, .updated_at = TQ_LOG_NO_TIME,
    };
    tq_error err;
    if (tq_pg_log_add(f->log, &r, &err) != 0) {
        fail_msg("add %s: %s", id, err.message);
    }
}

/* t1..t5 with distinct names, statuses, owners, creation times, parents */
static void add_five(fixture *f)
{
    add(f, "t1", NULL, "ExportTask", "completed", "u1", 1000, 0);
    add(f, "t2", "t1", "ImportTask", "failed", "u1", 2000, 1);
    add(f, "t3", "t1", "ExportTask", "enqueued", "u2", 3000, 0);
    add(f, "t4", NULL, "DeleteTask", "running", "u2", 4000, 0);
    add(f, "t5", NULL, "CopyTask", "archived", "cli-user", 5000, 0);
}

/* The ids a search returns, comma-separated, in order. */
static char *ids_of(fixture *f, const tq_log_filter *flt)
{
    tq_error err;
    tq_log_row *rows;
    int64_t n = tq_pg_log_search(f->log, flt, &rows, &err);
    if (n < 0) {
        fail_msg("search: %s", err.message);
    }
    char *s = calloc(1, 256);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            strcat(s, ",");
        }
        strncat(s, rows[i].id, 200 - strlen(s));
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
    return s;
}

/* One condition, default order (created_at DESC). */
static void expect1(fixture *f, const char *column, const char *op, const char *const *values, size_t nvalues,
                    const char *expected)
{
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    tq_op o;
    tq_error err;
    assert_int_equal(tq_op_parse(op, &o), 0);
    assert_int_equal(tq_log_filter_add(&flt, column, o, values, nvalues, &err), 0);
    char *got = ids_of(f, &flt);
    if (strcmp(got, expected) != 0) {
        fail_msg("%s %s ...: got \"%s\", expected \"%s\"", column, op, got, expected);
    }
    tq_error e2;
    assert_int_equal(tq_pg_log_count(f->log, &flt, &e2), expected[0] ? (int64_t)(1 + strlen(expected) / 3) : 0);
    free(got);
    tq_log_filter_clear(&flt);
}

#define V(...) ((const char *const[]){__VA_ARGS__})

static void test_invalid_container_names(void **state)
{
    fixture *f = *state;
    const char *bad[] = {"task-log", "x y", "x;DROP TABLE tq_task_log", "l\xc3\xb6g", "a.b"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        tq_error err;
        assert_null(tq_pg_log_new(f->pg, bad[i], &err));
        assert_int_equal(err.code, TQ_ERR_INVALID);
        assert_non_null(strstr(err.message, "container name"));
    }
    tq_error err;
    tq_pg_log *def = tq_pg_log_new(f->pg, NULL, &err);
    assert_string_equal(tq_pg_log_table(def), "tq_task_log");
    tq_pg_log_free(def);
    def = tq_pg_log_new(f->pg, "", &err);
    assert_string_equal(tq_pg_log_table(def), "tq_task_log");
    tq_pg_log_free(def);
}

static void test_container_is_taos_table_and_idempotent(void **state)
{
    fixture *f = *state;
    tq_error err;
    assert_string_equal(tq_pg_log_table(f->log), T);
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    char *cols = tpg_text("SELECT string_agg(column_name || ' ' || data_type || coalesce('(' || "
                          "character_maximum_length || ')', '') || coalesce(' p' || datetime_precision, '') || ' ' "
                          "|| is_nullable || ' ' || coalesce(column_default, '-'), ', ' ORDER BY ordinal_position) "
                          "FROM information_schema.columns WHERE table_name = '" T "'");
    assert_string_equal(cols,
        "id character varying(255) NO -, parent_id character varying(255) YES NULL::character varying, "
        "task_name character varying(255) NO -, parameters text YES -, "
        "label character varying(255) YES NULL::character varying, status character varying(50) NO -, "
        "master_status boolean NO false, owner character varying(255) YES NULL::character varying, "
        "report text YES -, created_at timestamp without time zone p0 NO -, "
        "updated_at timestamp without time zone p0 YES NULL::timestamp without time zone");
    free(cols);
    char *idx = tpg_text("SELECT string_agg(indexdef, '; ' ORDER BY indexname COLLATE \"C\") FROM pg_indexes WHERE tablename = '" T "'");
    assert_string_equal(idx,
        "CREATE UNIQUE INDEX tq_pgtest_tasklog_pkey ON public.tq_pgtest_tasklog USING btree (id); "
        "CREATE INDEX tq_pgtest_tasklogidx_archived_at ON public.tq_pgtest_tasklog USING btree "
        "(COALESCE(updated_at, created_at)) WHERE ((status)::text = 'archived'::text); "
        "CREATE INDEX tq_pgtest_tasklogidx_created_at ON public.tq_pgtest_tasklog USING btree (created_at); "
        "CREATE INDEX tq_pgtest_tasklogidx_owner_created_at ON public.tq_pgtest_tasklog USING btree (owner, created_at); "
        "CREATE INDEX tq_pgtest_tasklogidx_owner_live ON public.tq_pgtest_tasklog USING btree (owner, created_at, id) "
        "WHERE ((status)::text <> 'archived'::text); "
        "CREATE INDEX tq_pgtest_tasklogidx_owner_status ON public.tq_pgtest_tasklog USING btree (owner, status); "
        "CREATE INDEX tq_pgtest_tasklogidx_status ON public.tq_pgtest_tasklog USING btree (status); "
        "CREATE INDEX tq_pgtest_tasklogidx_task_name_owner ON public.tq_pgtest_tasklog USING btree (task_name, owner)");
    free(idx);
    /* an existing table keeps its rows */
    add(f, "keep", NULL, "X", "enqueued", "", 1, 0);
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T), 1);
}

/* A container name of up to 60 characters is allowed, and "<table>idx_owner_created_at"
 * then passes PostgreSQL's 63 bytes: cut by the server, the indexes' names folded into one
 * and CREATE INDEX IF NOT EXISTS skipped all but the first. Each must exist, under its own
 * name (TAO's where it fits), and a second createContainer() adds none. */
static void test_a_long_container_keeps_every_index(void **state)
{
    fixture *f = *state;
    const char *names[] = {"PgTest_" "abcdefghijklmnopqrstuvwxyz" "abcdefghijklmnopqrstuvwxyz" "0",   /* 60 */
                           "PgTest_" "abcdefghijklmnopqrstuvwxyz" "abcdefgh"};                       /* 41 */
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        tq_error err;
        tq_pg_log *log = tq_pg_log_new(f->pg, names[i], &err);
        assert_non_null(log);
        char sql[256];
        snprintf(sql, sizeof(sql), "DROP TABLE IF EXISTS %s", tq_pg_log_table(log));
        tpg_exec(sql);
        for (int round = 0; round < 2; round++) {
            assert_int_equal(tq_pg_log_create_container(log, &err), 0);
            snprintf(sql, sizeof(sql), "SELECT count(DISTINCT indexname) FROM pg_indexes WHERE tablename = '%s'",
                     tq_pg_log_table(log));
            assert_int_equal(tpg_int(sql), 8);     /* the key, TAO's three, our four */
        }
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_indexes WHERE tablename = '%s' "
                 "AND indexdef LIKE '%%(owner, created_at, id) WHERE%%'", tq_pg_log_table(log));
        assert_int_equal(tpg_int(sql), 1);
        /* the short one keeps TAO's names where they fit */
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_indexes WHERE indexname = '%sidx_status'",
                 tq_pg_log_table(log));
        assert_int_equal(tpg_int(sql), i == 1 ? 1 : 0);
        snprintf(sql, sizeof(sql), "DROP TABLE %s", tq_pg_log_table(log));
        tpg_exec(sql);
        tq_pg_log_free(log);
    }
}

/* A container of 49 characters: TAO's index names, as PostgreSQL cut them, were distinct, so
 * an earlier version made every index under its cut name. createContainer() uses them as
 * they are (no rename: the role of the workers need not own them) and builds no second copy. */
static void test_a_long_container_of_an_earlier_version_keeps_one_copy(void **state)
{
    fixture *f = *state;
    tq_error err;
    tq_pg_log *log = tq_pg_log_new(f->pg, "PgTest_abcdefghijklmnopqrstuvwxyz_0123456789abcde", &err);
    assert_non_null(log);
    const char *t = tq_pg_log_table(log);
    char sql[512];
    snprintf(sql, sizeof(sql), "DROP TABLE IF EXISTS %s", t);
    tpg_exec(sql);
    assert_int_equal(tq_pg_log_create_container(log, &err), 0);
    const char *suffixes[] = {"idx_task_name_owner", "idx_status", "idx_created_at", "idx_owner_created_at",
                              "idx_owner_status", "idx_archived_at", "idx_owner_live"};
    int renamed = 0;
    for (size_t i = 0; i < 7; i++) {       /* back to the names an earlier version gave them */
        char name[64], full[128];
        tq_pg_object_name(t, "", suffixes[i], name, sizeof(name));
        snprintf(full, sizeof(full), "%s%s", t, suffixes[i]);
        if (strlen(full) > 63) {
            snprintf(sql, sizeof(sql), "ALTER INDEX %s RENAME TO \"%.63s\"", name, full);
            tpg_exec(sql);
            renamed++;
        }
    }
    assert_int_equal(renamed, 6);
    assert_int_equal(tq_pg_log_create_container(log, &err), 0);
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_indexes WHERE tablename = '%s'", t);
    assert_int_equal(tpg_int(sql), 8);
    for (size_t i = 0; i < 7; i++) {       /* each under its earlier name, and the same name asked */
        char name[64], full[128];
        snprintf(full, sizeof(full), "%s%s", t, suffixes[i]);
        assert_int_equal(tq_pg_log_index_name(log, suffixes[i], name, &err), 0);
        assert_int_equal(strncmp(name, full, 63), 0);
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_indexes WHERE indexname = '%s'", name);
        assert_int_equal(tpg_int(sql), 1);
    }
    snprintf(sql, sizeof(sql), "DROP TABLE %s", t);
    tpg_exec(sql);
    tq_pg_log_free(log);
}

/* A table TAO made has its three indexes only: createContainer() adds the three owner indexes
 * (doc/compatibility.md, "Task HTTP API") and the archived rows' index (pruning), keeps the
 * rows, and a second call changes nothing. */
static void test_container_adds_owner_indexes_to_taos_table(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("DROP INDEX " T "idx_owner_created_at; DROP INDEX " T "idx_owner_status; DROP INDEX " T "idx_archived_at; "
             "DROP INDEX " T "idx_owner_live");
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" T "'"), 4);
    add(f, "keep", NULL, "X", "enqueued", "u1", 1, 0);
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    const char *owner_idx = "SELECT string_agg(indexdef, '; ' ORDER BY indexname COLLATE \"C\") FROM pg_indexes "
                            "WHERE tablename = '" T "' AND indexname LIKE '%owner_%'";
    char *idx = tpg_text(owner_idx);
    assert_string_equal(idx,
        "CREATE INDEX tq_pgtest_tasklogidx_owner_created_at ON public.tq_pgtest_tasklog USING btree (owner, created_at); "
        "CREATE INDEX tq_pgtest_tasklogidx_owner_live ON public.tq_pgtest_tasklog USING btree (owner, created_at, id) "
        "WHERE ((status)::text <> 'archived'::text); "
        "CREATE INDEX tq_pgtest_tasklogidx_owner_status ON public.tq_pgtest_tasklog USING btree (owner, status)");
    free(idx);
    int64_t oid = tpg_int("SELECT '" T "idx_owner_status'::regclass::oid");
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" T "'"), 8);
    assert_int_equal(tpg_int("SELECT '" T "idx_owner_status'::regclass::oid"), oid);     /* not rebuilt */
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE id = 'keep'"), 1);
}

static void test_add_get_and_timestamps(void **state)
{
    fixture *f = *state;
    tq_error err;
    add(f, "http://x/t.rdf#i1", "http://x/t.rdf#i0", "oat\\Export", "enqueued", "http://x/u#1", 1700000000, 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE created_at::text = '2023-11-14 22:13:20' AND "
                             "updated_at > now() AT TIME ZONE 'UTC' - interval '1 minute' AND master_status "
                             "AND parameters = '{\"a\":1}' AND report IS NULL"), 1);
    tq_log_row r;
    assert_int_equal(tq_pg_log_get(f->log, "http://x/t.rdf#i1", &r, &err), 1);
    assert_string_equal(r.id, "http://x/t.rdf#i1");
    assert_string_equal(r.parent_id, "http://x/t.rdf#i0");
    assert_string_equal(r.task_name, "oat\\Export");
    assert_string_equal(r.parameters, "{\"a\":1}");
    assert_string_equal(r.status, "enqueued");
    assert_string_equal(r.owner, "http://x/u#1");
    assert_true(r.master_status);
    assert_null(r.report);
    assert_int_equal(r.created_at, 1700000000);
    assert_true(r.updated_at != TQ_LOG_NO_TIME);
    tq_log_row_clear(&r);
    assert_int_equal(tq_pg_log_get(f->log, "nope", &r, &err), 0);

    /* the same id again: refused, the first row stays */
    tq_log_row dup = {.id = "http://x/t.rdf#i1", .task_name = "Y", .status = "failed", .created_at = 5};
    assert_int_equal(tq_pg_log_add(f->log, &dup, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "exists already"));
    dup.id = "other";
    dup.status = "unknown";                   /* never stored */
    assert_int_equal(tq_pg_log_add(f->log, &dup, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    /* TAO writes '' for no label / owner */
    dup.status = "enqueued";
    assert_int_equal(tq_pg_log_add(f->log, &dup, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE id = 'other' AND label = '' AND owner = '' AND parent_id IS NULL"), 1);
}

static void test_timestamps_ignore_session_timezone(void **state)
{
    setenv("PGTZ", "America/New_York", 1);
    tq_pg *pg = tpg_new();
    tq_error err;
    tq_pg_log *log = tq_pg_log_new(pg, "PgTest_TaskLog", &err);
    PGresult *tz = tq_pg_exec_dynamic(pg, "SHOW TimeZone", 0, NULL, "tz", &err);   /* connects now */
    unsetenv("PGTZ");
    assert_string_equal(PQgetvalue(tz, 0, 0), "America/New_York");
    PQclear(tz);
    tq_log_row r = {.id = "tz", .task_name = "X", .status = "enqueued", .created_at = 1700000000};
    assert_int_equal(tq_pg_log_add(log, &r, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE id = 'tz' AND created_at::text = '2023-11-14 22:13:20'"), 1);
    tq_log_row got;
    assert_int_equal(tq_pg_log_get(log, "tz", &got, &err), 1);
    assert_int_equal(got.created_at, 1700000000);
    int64_t upd = got.updated_at;
    tq_log_row_clear(&got);
    assert_true(llabs((long long)(upd - (int64_t)time(NULL))) < 60);   /* UTC now, not New York's */
    tq_pg_log_free(log);
    tq_pg_free(pg);
}

static void test_guarded_status_updates(void **state)
{
    fixture *f = *state;
    tq_error err;
    add(f, "t", NULL, "X", "enqueued", "", 1, 0);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "running", "dequeued", &err), 0);   /* guard fails */
    char *st;
    assert_int_equal(tq_pg_log_get_status(f->log, "t", &st, &err), 1);
    assert_string_equal(st, "enqueued");
    free(st);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "dequeued", "enqueued", &err), 1);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "running", "dequeued", &err), 1);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "running", "dequeued", &err), 0);   /* a second worker loses */
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "failed", NULL, &err), 1);           /* unguarded */
    assert_int_equal(tq_pg_log_update_status(f->log, "missing", "failed", NULL, &err), 0);
    assert_int_equal(tq_pg_log_get_status(f->log, "missing", &st, &err), 0);
    assert_null(st);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "bogus", NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_pg_log_update_status(f->log, "t", "failed", "unknown", &err), -1);
    assert_int_equal(tq_pg_log_update_status(f->log, "x' OR '1'='1", "archived", NULL, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE status = 'archived'"), 0);
}

static void test_reports(void **state)
{
    fixture *f = *state;
    tq_error err;
    add(f, "r", NULL, "X", "running", "", 1, 0);
    char *rep;
    assert_int_equal(tq_pg_log_get_report(f->log, "r", &rep, &err), 1);
    assert_null(rep);
    const char *json = "{\"type\":\"info\",\"message\":\"Running task r\",\"data\":null,\"children\":[{\"type\":"
                       "\"success\",\"message\":\"it's \\\"done\\\"\",\"data\":null,\"children\":[]}]}";
    assert_int_equal(tq_pg_log_add_report(f->log, "r", json, "completed", "running", &err), 1);
    assert_int_equal(tq_pg_log_get_report(f->log, "r", &rep, &err), 1);
    assert_string_equal(rep, json);
    free(rep);
    char *st;
    assert_int_equal(tq_pg_log_get_status(f->log, "r", &st, &err), 1);
    assert_string_equal(st, "completed");
    free(st);
    /* guard fails: nothing stored */
    assert_int_equal(tq_pg_log_add_report(f->log, "r", "{}", "failed", "running", &err), 0);
    /* NULL status: report stored, status kept (TAO silently stored nothing) */
    assert_int_equal(tq_pg_log_add_report(f->log, "r", "{\"x\":1}", NULL, NULL, &err), 1);
    assert_int_equal(tq_pg_log_get_status(f->log, "r", &st, &err), 1);
    assert_string_equal(st, "completed");
    free(st);
    assert_int_equal(tq_pg_log_get_report(f->log, "r", &rep, &err), 1);
    assert_string_equal(rep, "{\"x\":1}");
    free(rep);
    assert_int_equal(tq_pg_log_get_report(f->log, "none", &rep, &err), 0);
    assert_int_equal(tq_pg_log_add_report(f->log, "none", "{}", "failed", NULL, &err), 0);
}

static void test_search_every_operator(void **state)
{
    fixture *f = *state;
    add_five(f);
    expect1(f, "owner", "=", V("u1"), 1, "t2,t1");
    expect1(f, "status", "!=", V("archived"), 1, "t4,t3,t2,t1");
    expect1(f, "created_at", "<", V("3000"), 1, "t2,t1");
    expect1(f, "created_at", "<=", V("1970-01-01 00:50:00"), 1, "t3,t2,t1");   /* 3000 s */
    expect1(f, "created_at", ">", V("3000"), 1, "t5,t4");
    expect1(f, "created_at", ">=", V("3000"), 1, "t5,t4,t3");
    expect1(f, "task_name", "LIKE", V("%port%"), 1, "t3,t2,t1");
    expect1(f, "task_name", "NOT LIKE", V("%port%"), 1, "t5,t4");
    expect1(f, "status", "IN", V("completed", "failed"), 2, "t2,t1");
    expect1(f, "status", "NOT IN", V("completed", "failed"), 2, "t5,t4,t3");
    expect1(f, "status", "IN", NULL, 0, "");
    expect1(f, "status", "NOT IN", NULL, 0, "t5,t4,t3,t2,t1");
    expect1(f, "id", "IN", V("t1", "t5", "nope"), 3, "t5,t1");
    expect1(f, "created_at", "IN", V("1000", "1970-01-01 01:23:20"), 2, "t5,t1");
    expect1(f, "created_at", "NOT IN", V("1000"), 1, "t5,t4,t3,t2");
    expect1(f, "created_at", "LIKE", V("1970-01-01 00:16%"), 1, "t1");          /* 1000 s = 00:16:40 */
    expect1(f, "master_status", "=", V("1"), 1, "t2");
    expect1(f, "master_status", "=", V(""), 1, "t5,t4,t3,t1");                  /* PHP false */
    expect1(f, "master_status", "IN", V("true"), 1, "t2");
    expect1(f, "parent_id", "=", V("t1"), 1, "t3,t2");
    expect1(f, "parent_id", "!=", V("t1"), 1, "");                              /* SQL: NULL parents drop out */
    expect1(f, "updated_at", ">", V("0"), 1, "t5,t4,t3,t2,t1");
    /* values never become SQL */
    expect1(f, "id", "=", V("t1' OR '1'='1"), 1, "");
    expect1(f, "task_name", "LIKE", V("%' OR 1=1 --"), 1, "");
    expect1(f, "id", "IN", V("t1\",\"t2", "t3'}"), 2, "");
}

static void test_search_combines_sorts_and_pages(void **state)
{
    fixture *f = *state;
    tq_error err;
    add_five(f);
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    assert_int_equal(tq_log_filter_add(&flt, "owner", TQ_OP_IN, V("u1", "u2"), 2, &err), 0);
    assert_int_equal(tq_log_filter_add(&flt, "task_name", TQ_OP_EQ, V("ExportTask"), 1, &err), 0);
    char *got = ids_of(f, &flt);
    assert_string_equal(got, "t3,t1");
    free(got);
    tq_log_filter_clear(&flt);

    flt.sort_by = strdup("task_name");
    flt.sort_desc = 0;
    got = ids_of(f, &flt);
    assert_string_equal(got, "t5,t4,t1,t3,t2");     /* ties on task_name by id */
    free(got);
    flt.limit = 2;
    flt.offset = 1;
    got = ids_of(f, &flt);
    assert_string_equal(got, "t4,t1");
    free(got);
    assert_int_equal(tq_pg_log_count(f->log, &flt, &err), 5);   /* count ignores paging */
    flt.limit = 0;
    got = ids_of(f, &flt);
    assert_string_equal(got, "");
    free(got);

    free(flt.sort_by);
    flt.sort_by = strdup("created_at; DROP TABLE " T);
    tq_log_row *rows;
    assert_int_equal(tq_pg_log_search(f->log, &flt, &rows, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_log_filter_clear(&flt);

    /* a condition on a column that is not one: refused before any SQL */
    char *vals[] = {"1"};
    tq_log_cond bad = {.column = "id = id OR 1", .op = TQ_OP_EQ, .values = vals, .nvalues = 1};
    tq_log_filter raw;
    tq_log_filter_init(&raw);
    raw.conds = &bad;
    raw.nconds = 1;
    assert_int_equal(tq_pg_log_search(f->log, &raw, &rows, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_pg_log_count(f->log, &raw, &err), -1);
    /* a bad date is the caller's error */
    tq_log_filter_init(&flt);
    assert_int_equal(tq_log_filter_add(&flt, "created_at", TQ_OP_GT, V("yesterday-ish"), 1, &err), 0);
    assert_int_equal(tq_pg_log_search(f->log, &flt, &rows, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_log_filter_clear(&flt);

    /* the full rows come back */
    tq_log_filter_init(&flt);
    assert_int_equal(tq_log_filter_add(&flt, "id", TQ_OP_EQ, V("t2"), 1, &err), 0);
    assert_int_equal(tq_pg_log_search(f->log, &flt, &rows, &err), 1);
    assert_string_equal(rows[0].parent_id, "t1");
    assert_string_equal(rows[0].task_name, "ImportTask");
    assert_string_equal(rows[0].status, "failed");
    assert_true(rows[0].master_status);
    assert_int_equal(rows[0].created_at, 2000);
    tq_log_row_clear(&rows[0]);
    free(rows);
    tq_log_filter_clear(&flt);
}

static void test_stats(void **state)
{
    fixture *f = *state;
    tq_error err;
    add_five(f);
    add(f, "t6", NULL, "X", "dequeued", "u1", 6000, 0);
    add(f, "t7", NULL, "X", "child_running", "u1", 7000, 0);
    tq_log_stats st;
    assert_int_equal(tq_pg_log_stats(f->log, NULL, &st, &err), 0);
    assert_int_equal(st.in_progress, 3);
    assert_int_equal(st.completed, 1);
    assert_int_equal(st.failed, 1);
    assert_int_equal(st.enqueued, 1);
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    assert_int_equal(tq_log_filter_add(&flt, "owner", TQ_OP_EQ, V("u1"), 1, &err), 0);
    assert_int_equal(tq_pg_log_stats(f->log, &flt, &st, &err), 0);
    assert_int_equal(st.in_progress, 2);
    assert_int_equal(st.completed, 1);
    assert_int_equal(st.failed, 1);
    assert_int_equal(st.enqueued, 0);
    tq_log_filter_clear(&flt);
}

static void test_update_many_and_delete(void **state)
{
    fixture *f = *state;
    tq_error err;
    add_five(f);
    /* archive: only finished ones move */
    assert_int_equal(tq_pg_log_update_many(f->log, V("t1", "t2", "t3", "missing"), 4, "archived",
                                           V("completed", "failed"), 2, &err), 2);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE status = 'archived'"), 3);
    /* unguarded */
    assert_int_equal(tq_pg_log_update_many(f->log, V("t3", "t4"), 2, "cancelled", NULL, 0, &err), 2);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T " WHERE status = 'cancelled'"), 2);
    assert_int_equal(tq_pg_log_update_many(f->log, V("t1' OR '1'='1", "t5\"}"), 2, "failed", NULL, 0, &err), 0);
    assert_int_equal(tq_pg_log_update_many(f->log, NULL, 0, "failed", NULL, 0, &err), 0);
    assert_int_equal(tq_pg_log_update_many(f->log, V("t1"), 1, "nope", NULL, 0, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);

    assert_int_equal(tq_pg_log_delete(f->log, "t1", &err), 1);
    assert_int_equal(tq_pg_log_delete(f->log, "t1", &err), 0);
    assert_int_equal(tq_pg_log_delete(f->log, "' OR ''='", &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " T), 4);
}

static void test_execution_times(void **state)
{
    fixture *f = *state;
    tq_error err;
    add_five(f);
    tpg_exec("UPDATE " T " SET updated_at = created_at + interval '10 seconds' WHERE id = 't1';"
             "UPDATE " T " SET updated_at = created_at + interval '100 seconds' WHERE id = 't5';"
             "UPDATE " T " SET updated_at = created_at + interval '7 seconds' WHERE id = 't2'");   /* failed */
    tq_pg_exec_time *t;
    int64_t n = tq_pg_log_execution_times(f->log, 0, 4000, &t, &err);
    assert_int_equal(n, 1);
    assert_string_equal(t[0].id, "t1");
    assert_int_equal(t[0].seconds, 10);
    tq_pg_exec_times_free(t, n);
    n = tq_pg_log_execution_times(f->log, 1000, 5000, &t, &err);      /* bounds included */
    assert_int_equal(n, 2);
    assert_string_equal(t[1].id, "t5");
    assert_int_equal(t[1].seconds, 100);
    tq_pg_exec_times_free(t, n);
    tpg_exec("UPDATE " T " SET updated_at = NULL WHERE id = 't5'");
    n = tq_pg_log_execution_times(f->log, 0, 9999, &t, &err);
    assert_int_equal(n, 1);
    tq_pg_exec_times_free(t, n);
}

/* findAvailableByUser's query (status <> 'archived', a user, newest first, a page) reads the
 * index of a user's live rows in PostgreSQL's generic plan too: the store writes the archived
 * status as a constant, which the index's WHERE needs to see. */
static void test_available_by_user_reads_the_live_index(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("INSERT INTO " T " (id, task_name, status, owner, created_at) SELECT 'a' || g, 'N', "
             "CASE WHEN g % 50 = 0 THEN 'completed' ELSE 'archived' END, 'u' || (g % 20), "
             "'2024-01-01'::timestamp + g * interval '1 s' FROM generate_series(1, 20000) g; ANALYZE " T);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE indexname = '" T "idx_owner_live'"), 1);
    tq_log_filter flt;
    tq_log_filter_init(&flt);
    assert_int_equal(tq_log_filter_add(&flt, "status", TQ_OP_NEQ, V("archived"), 1, &err), 0);
    assert_int_equal(tq_log_filter_add(&flt, "status", TQ_OP_NEQ, V("cancelled"), 1, &err), 0);
    assert_int_equal(tq_log_filter_add(&flt, "owner", TQ_OP_EQ, V("u10"), 1, &err), 0);
    flt.limit = 3;
    char *got = ids_of(f, &flt);
    assert_string_equal(got, "a19950,a19850,a19750");      /* live rows only, newest first */
    free(got);
    tq_log_filter_clear(&flt);
    PGresult *r = tq_pg_exec_dynamic(f->pg, "SELECT name, statement FROM pg_prepared_statements "
                                     "WHERE statement LIKE '%owner = $%' AND statement LIKE '%" T "%' "
                                     "AND statement NOT LIKE '%pg_prepared_statements%'", 0, NULL,
                                     "finding the search", &err);
    assert_non_null(r);
    assert_true(PQntuples(r) >= 1);
    assert_non_null(strstr(PQgetvalue(r, 0, 1), "status <> 'archived'"));
    char sql[256];
    snprintf(sql, sizeof(sql), "EXPLAIN EXECUTE %s('cancelled', 'u10', 3, 0)", PQgetvalue(r, 0, 0));
    PQclear(r);
    assert_non_null(tq_pg_exec_dynamic(f->pg, "SET plan_cache_mode = force_generic_plan", 0, NULL, "", &err));
    r = tq_pg_exec_dynamic(f->pg, sql, 0, NULL, "explaining the search", &err);
    assert_non_null(r);
    int uses = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        uses |= strstr(PQgetvalue(r, i, 0), "idx_owner_live") != NULL;
    }
    PQclear(r);
    assert_true(uses);
}

/* An index a failed CONCURRENTLY build left INVALID (the planner never uses it) is dropped and
 * built again, not taken for the index. */
static void test_an_invalid_index_is_built_again(void **state)
{
    fixture *f = *state;
    tq_error err;
    add_five(f);
    tpg_exec("DROP INDEX " T "idx_owner_live");
    PGconn *c = tpg();
    PQclear(PQexec(c, "CREATE UNIQUE INDEX CONCURRENTLY " T "idx_owner_live ON " T " (task_name)"));   /* dups: fails */
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_index WHERE indexrelid = '" T "idx_owner_live'::regclass "
                             "AND NOT indisvalid"), 1);
    assert_int_equal(tq_pg_log_create_container(f->log, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_index WHERE indexrelid = '" T "idx_owner_live'::regclass "
                             "AND indisvalid AND NOT indisunique"), 1);
}

typedef struct {
    const char *suffix;
    int rc;
    char message[sizeof(((tq_error *)0)->message)];
} index_job;

static void *add_index_on_own_connection(void *arg)
{
    index_job *j = arg;
    tq_error err;
    tq_pg *pg = tpg_new();
    tq_pg_log *log = tq_pg_log_new(pg, "PgTest_TaskLog", &err);
    j->rc = log ? tq_pg_log_add_index(log, j->suffix, "(owner, label)", &err) : -1;
    if (j->rc < 0) {
        snprintf(j->message, sizeof(j->message), "%s", err.message);
    }
    tq_pg_log_free(log);
    tq_pg_free(pg);
    return NULL;
}

/* Two processes adding the same index to a big table at once: the second waits for the first
 * without holding a snapshot its CONCURRENTLY build would wait for (a deadlock with
 * pg_advisory_lock), and finds the index built. */
static void test_two_builders_of_an_index_on_a_big_table(void **state)
{
    (void)state;
    tpg_exec("INSERT INTO " T " (id, task_name, status, owner, label, created_at) SELECT 'b' || g, 'N', 'archived', "
             "'u' || (g % 100), md5(g::text), '2024-01-01' FROM generate_series(1, 300000) g; ANALYZE " T);
    index_job a = {"idx_pair", 0, ""}, b = {"idx_pair", 0, ""};
    pthread_t ta, tb;
    assert_int_equal(pthread_create(&ta, NULL, add_index_on_own_connection, &a), 0);
    assert_int_equal(pthread_create(&tb, NULL, add_index_on_own_connection, &b), 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    if (a.rc < 0 || b.rc < 0) {
        fail_msg("builders: %d \"%s\", %d \"%s\"", a.rc, a.message, b.rc, b.message);
    }
    assert_int_equal(a.rc + b.rc, 1);                                /* one built it, one found it */
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_index WHERE indexrelid = '" T "idx_pair'::regclass "
                             "AND indisvalid"), 1);
}

int main(void)
{
    if (tpg_require_server("test_pg_log") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_invalid_container_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_container_is_taos_table_and_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_container_adds_owner_indexes_to_taos_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_long_container_keeps_every_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_long_container_of_an_earlier_version_keeps_one_copy, setup, teardown),
        cmocka_unit_test_setup_teardown(test_add_get_and_timestamps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timestamps_ignore_session_timezone, setup, teardown),
        cmocka_unit_test_setup_teardown(test_guarded_status_updates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reports, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_every_operator, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_combines_sorts_and_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stats, setup, teardown),
        cmocka_unit_test_setup_teardown(test_update_many_and_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_execution_times, setup, teardown),
        cmocka_unit_test_setup_teardown(test_available_by_user_reads_the_live_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_an_invalid_index_is_built_again, setup, teardown),
        cmocka_unit_test_setup_teardown(test_two_builders_of_an_index_on_a_big_table, setup, teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_exec("DROP TABLE IF EXISTS " T);
    tpg_close();
    return rc;
}
