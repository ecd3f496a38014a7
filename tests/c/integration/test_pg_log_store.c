/* The Task Log store contract (tests/c/log_store_contract.h) against PostgreSQL, through the
 * store interface: tq_pg_log_store() on a fresh table. unit/test_log_store_mem.c runs the same
 * body against the in-memory store. */
#include "test_pg_common.h"
#include "pg/tq_pg_log.h"
#include "log_store_contract.h"

#define T "tq_pgtest_logstore"

static tq_log_store pg_open(void **ctx)
{
    tpg_exec("DROP TABLE IF EXISTS " T);
    tq_pg *pg = tpg_new();
    tq_error err;
    tq_error_clear(&err);
    tq_pg_log *log = tq_pg_log_new(pg, "PgTest_LogStore", &err);
    if (!log) {
        fail_msg("tq_pg_log_new: %s", err.message);
    }
    tq_log_store s = tq_pg_log_store(log);
    if (tq_log_store_create_container(&s, &err) != 0) {
        fail_msg("create_container: %s", err.message);
    }
    *ctx = pg;
    return s;
}

static void pg_close(tq_log_store *s, void *ctx)
{
    tq_log_store_destroy(s);        /* frees the tq_pg_log, never the connection */
    tq_pg_free(ctx);
}

static const contract_env pg_env = {pg_open, pg_close};

int main(void)
{
    if (tpg_require_server("test_pg_log_store")) {
        return 1;
    }
    contract_env_ = &pg_env;
    const struct CMUnitTest tests[] = {CONTRACT_TESTS};
    int rc = cmocka_run_group_tests_name("log store contract: PostgreSQL", tests, NULL, NULL);
    tpg_exec("DROP TABLE IF EXISTS " T);
    tpg_close();
    return rc;
}
