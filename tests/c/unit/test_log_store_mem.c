/* The Task Log store contract (tests/c/log_store_contract.h) against the in-memory store,
 * through the store interface: tq_log_mem_store(). integration/test_pg_log_store.c runs the
 * same body against PostgreSQL. */
#include "log_store_contract.h"

static tq_log_store mem_open(void **ctx)
{
    tq_log_mem *m = tq_log_mem_new();
    if (!m) {
        fail_msg("tq_log_mem_new: out of memory");
    }
    *ctx = NULL;
    tq_log_store s = tq_log_mem_store(m);
    tq_error err;
    if (tq_log_store_create_container(&s, &err) != 0) {
        fail_msg("create_container: %s", err.message);
    }
    return s;
}

static void mem_close(tq_log_store *s, void *ctx)
{
    tq_log_store_destroy(s);
    tq_log_store_destroy(s);        /* a second destroy does nothing */
}

static const contract_env mem_env = {mem_open, mem_close};

int main(void)
{
    contract_env_ = &mem_env;
    const struct CMUnitTest tests[] = {CONTRACT_TESTS};
    return cmocka_run_group_tests_name("log store contract: memory", tests, NULL, NULL);
}
