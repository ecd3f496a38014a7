/*
 * tq_log_store: the Task Log store interface (doc/ARCHITECTURE.md, section 7, "Task Log
 * stores"). A store is an ops table over an opaque self; tq_log_mem (InMemoryTaskLogBroker)
 * and tq_pg_log (RdsTaskLogBroker) implement it, and the one broker glue
 * (ext/task_log/log_broker.c) calls only these ops, so the two brokers cannot drift.
 *
 * Every store keeps the semantics of the SQL statements of src/pg/tq_pg_log.c: statuses must
 * be storable (tq_status.h) else TQ_ERR_INVALID; an existing id on add is TQ_ERR_INVALID;
 * updated_at is stamped with this host's clock on every write; a NULL label or owner is
 * stored as ""; filters are ANDed with SQL NULL logic, sorted, then paged. Errors are
 * tq_error values; nothing here logs or throws.
 * May touch: libc, task_log/tq_log.
 */
#ifndef TQ_LOG_STORE_H
#define TQ_LOG_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "task_log/tq_log.h"

typedef struct tq_log_store_ops {
    const char *kind;   /* "memory", "pg": for messages and tests */
    /* Creates what the store needs (a table); NULL when there is nothing to create. */
    int (*create_container)(void *self, tq_error *err);
    /* Inserts a copy of row (created_at from the row, updated_at now). 0 or -1. */
    int (*add)(void *self, const tq_log_row *row, tq_error *err);
    /* status where id matches and, if prev is not NULL, the status is prev. Rows changed
     * (0/1) or -1. */
    int (*update_status)(void *self, const char *id, const char *status, const char *prev, tq_error *err);
    /* report (JSON text or NULL) and status (NULL: unchanged), guarded on prev when not
     * NULL. Rows changed or -1. */
    int (*add_report)(void *self, const char *id, const char *report_json, const char *status,
                      const char *prev, tq_error *err);
    /* *out malloc'd (NULL when the row or the value is missing). 1 found, 0 not, -1 error. */
    int (*get_status)(void *self, const char *id, char **out, tq_error *err);
    int (*get_report)(void *self, const char *id, char **out, tq_error *err);
    /* The whole row (clear it with tq_log_row_clear). 1 / 0 / -1. */
    int (*get)(void *self, const char *id, tq_log_row *out, tq_error *err);
    /* Rows matching f; *out malloc'd (tq_log_row_clear each, then free). Count or -1. */
    int64_t (*search)(void *self, const tq_log_filter *f, tq_log_row **out, tq_error *err);
    /* COUNT(*) under f's conditions (sort and paging ignored). Count or -1. */
    int64_t (*count)(void *self, const tq_log_filter *f, tq_error *err);
    int (*stats)(void *self, const tq_log_filter *f, tq_log_stats *st, tq_error *err);
    /* status on every listed id (an id listed twice is one row); when nprev > 0 only rows
     * whose status is one of prev[] change. Rows changed or -1. */
    int64_t (*update_many)(void *self, const char *const *ids, size_t n, const char *status,
                           const char *const *prev, size_t nprev, tq_error *err);
    /* Rows deleted (0/1) or -1. */
    int (*delete_row)(void *self, const char *id, tq_error *err);
    /* completed/archived rows created within [from, to] (unix seconds) that have updated_at,
     * by created_at: seconds = updated_at - created_at. Count or -1. */
    int64_t (*execution_times)(void *self, int64_t from, int64_t to, tq_log_exec_time **out, tq_error *err);
    void (*destroy)(void *self);
} tq_log_store_ops;

/* A store: its ops and its state. Passed by pointer; the owner destroys it once. */
typedef struct tq_log_store {
    const tq_log_store_ops *ops;
    void *self;
} tq_log_store;

/* The in-memory store (src/task_log/tq_log_mem.c); it owns m from now on. */
tq_log_store tq_log_mem_store(tq_log_mem *m);

static inline int tq_log_store_create_container(const tq_log_store *s, tq_error *err)
{
    return s->ops->create_container ? s->ops->create_container(s->self, err) : 0;
}

static inline int tq_log_store_add(const tq_log_store *s, const tq_log_row *row, tq_error *err)
{
    return s->ops->add(s->self, row, err);
}

static inline int tq_log_store_update_status(const tq_log_store *s, const char *id, const char *status,
                                             const char *prev, tq_error *err)
{
    return s->ops->update_status(s->self, id, status, prev, err);
}

static inline int tq_log_store_add_report(const tq_log_store *s, const char *id, const char *report_json,
                                          const char *status, const char *prev, tq_error *err)
{
    return s->ops->add_report(s->self, id, report_json, status, prev, err);
}

static inline int tq_log_store_get_status(const tq_log_store *s, const char *id, char **out, tq_error *err)
{
    return s->ops->get_status(s->self, id, out, err);
}

static inline int tq_log_store_get_report(const tq_log_store *s, const char *id, char **out, tq_error *err)
{
    return s->ops->get_report(s->self, id, out, err);
}

static inline int tq_log_store_get(const tq_log_store *s, const char *id, tq_log_row *out, tq_error *err)
{
    return s->ops->get(s->self, id, out, err);
}

static inline int64_t tq_log_store_search(const tq_log_store *s, const tq_log_filter *f, tq_log_row **out,
                                          tq_error *err)
{
    return s->ops->search(s->self, f, out, err);
}

static inline int64_t tq_log_store_count(const tq_log_store *s, const tq_log_filter *f, tq_error *err)
{
    return s->ops->count(s->self, f, err);
}

static inline int tq_log_store_stats(const tq_log_store *s, const tq_log_filter *f, tq_log_stats *st,
                                     tq_error *err)
{
    return s->ops->stats(s->self, f, st, err);
}

static inline int64_t tq_log_store_update_many(const tq_log_store *s, const char *const *ids, size_t n,
                                               const char *status, const char *const *prev, size_t nprev,
                                               tq_error *err)
{
    return s->ops->update_many(s->self, ids, n, status, prev, nprev, err);
}

static inline int tq_log_store_delete(const tq_log_store *s, const char *id, tq_error *err)
{
    return s->ops->delete_row(s->self, id, err);
}

static inline int64_t tq_log_store_execution_times(const tq_log_store *s, int64_t from, int64_t to,
                                                   tq_log_exec_time **out, tq_error *err)
{
    return s->ops->execution_times(s->self, from, to, out, err);
}

/* Frees the store's state; s is empty afterwards (destroying it again does nothing). */
static inline void tq_log_store_destroy(tq_log_store *s)
{
    if (s->ops && s->ops->destroy) {
        s->ops->destroy(s->self);
    }
    s->ops = NULL;
    s->self = NULL;
}

#endif
