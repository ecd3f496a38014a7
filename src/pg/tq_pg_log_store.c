/*
 * tq_pg_log_store: tq_pg_log (the Task Log table of RdsTaskLogBroker) behind the store
 * interface (src/task_log/tq_log_store.h). Each op is the tq_pg_log_* function of the same
 * name; what only PostgreSQL does (the deferred reports and batched completions of claimed
 * tasks, doc/ARCHITECTURE.md, section 8.4) stays outside the interface, in the RDS glue's hooks.
 * May touch: pg/tq_pg_log, task_log/tq_log_store.
 */
#include "pg/tq_pg_log.h"
#include "task_log/tq_log_store.h"

static int pg_create_container(void *self, tq_error *err)
{
    return tq_pg_log_create_container(self, err);
}

static int pg_add(void *self, const tq_log_row *row, tq_error *err)
{
    return tq_pg_log_add(self, row, err);
}

static int pg_update_status(void *self, const char *id, const char *status, const char *prev, tq_error *err)
{
    return tq_pg_log_update_status(self, id, status, prev, err);
}

static int pg_add_report(void *self, const char *id, const char *report_json, const char *status,
                         const char *prev, tq_error *err)
{
    return tq_pg_log_add_report(self, id, report_json, status, prev, err);
}

static int pg_get_status(void *self, const char *id, char **out, tq_error *err)
{
    return tq_pg_log_get_status(self, id, out, err);
}

static int pg_get_report(void *self, const char *id, char **out, tq_error *err)
{
    return tq_pg_log_get_report(self, id, out, err);
}

static int pg_get(void *self, const char *id, tq_log_row *out, tq_error *err)
{
    return tq_pg_log_get(self, id, out, err);
}

static int64_t pg_search(void *self, const tq_log_filter *f, tq_log_row **out, tq_error *err)
{
    return tq_pg_log_search(self, f, out, err);
}

static int64_t pg_count(void *self, const tq_log_filter *f, tq_error *err)
{
    return tq_pg_log_count(self, f, err);
}

static int pg_stats(void *self, const tq_log_filter *f, tq_log_stats *st, tq_error *err)
{
    return tq_pg_log_stats(self, f, st, err);
}

static int64_t pg_update_many(void *self, const char *const *ids, size_t n, const char *status,
                              const char *const *prev, size_t nprev, tq_error *err)
{
    return tq_pg_log_update_many(self, ids, n, status, prev, nprev, err);
}

static int pg_delete(void *self, const char *id, tq_error *err)
{
    return tq_pg_log_delete(self, id, err);
}

static int64_t pg_execution_times(void *self, int64_t from, int64_t to, tq_log_exec_time **out, tq_error *err)
{
    return tq_pg_log_execution_times(self, from, to, out, err);
}

static void pg_destroy(void *self)
{
    tq_pg_log_free(self);
}

static const tq_log_store_ops tq_pg_log_ops = {
    .kind = "pg",
    .create_container = pg_create_container,
    .add = pg_add,
    .update_status = pg_update_status,
    .add_report = pg_add_report,
    .get_status = pg_get_status,
    .get_report = pg_get_report,
    .get = pg_get,
    .search = pg_search,
    .count = pg_count,
    .stats = pg_stats,
    .update_many = pg_update_many,
    .delete_row = pg_delete,
    .execution_times = pg_execution_times,
    .destroy = pg_destroy,
};

tq_log_store tq_pg_log_store(tq_pg_log *s)
{
    tq_log_store store = {&tq_pg_log_ops, s};
    return store;
}
