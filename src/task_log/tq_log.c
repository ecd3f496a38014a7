/*
 * tq_log: the Task Log row and filter model (tq_log.h), and the status checks every store
 * makes before a write. May touch: libc, task_log/tq_status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "task_log/tq_log.h"
#include "task_log/tq_status.h"

static char *tq_strdup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

void tq_log_row_clear(tq_log_row *r)
{
    free(r->id);
    free(r->parent_id);
    free(r->task_name);
    free(r->parameters);
    free(r->label);
    free(r->status);
    free(r->owner);
    free(r->report);
    memset(r, 0, sizeof(*r));
    r->updated_at = TQ_LOG_NO_TIME;
}

int tq_log_row_copy(tq_log_row *dst, const tq_log_row *src)
{
    *dst = *src;
    dst->id = tq_strdup_or_null(src->id);
    dst->parent_id = tq_strdup_or_null(src->parent_id);
    dst->task_name = tq_strdup_or_null(src->task_name);
    dst->parameters = tq_strdup_or_null(src->parameters);
    dst->label = tq_strdup_or_null(src->label);
    dst->status = tq_strdup_or_null(src->status);
    dst->owner = tq_strdup_or_null(src->owner);
    dst->report = tq_strdup_or_null(src->report);
    if ((src->id && !dst->id) || (src->parent_id && !dst->parent_id) || (src->task_name && !dst->task_name)
        || (src->parameters && !dst->parameters) || (src->label && !dst->label)
        || (src->status && !dst->status) || (src->owner && !dst->owner) || (src->report && !dst->report)) {
        tq_log_row_clear(dst);
        return -1;
    }
    return 0;
}

static const struct { const char *text; tq_op op; } tq_ops[] = {
    {"=", TQ_OP_EQ}, {"!=", TQ_OP_NEQ}, {"<", TQ_OP_LT}, {"<=", TQ_OP_LTE}, {">", TQ_OP_GT},
    {">=", TQ_OP_GTE}, {"LIKE", TQ_OP_LIKE}, {"NOT LIKE", TQ_OP_NOT_LIKE}, {"IN", TQ_OP_IN},
    {"NOT IN", TQ_OP_NOT_IN},
};

int tq_op_parse(const char *s, tq_op *op)
{
    for (size_t i = 0; i < sizeof(tq_ops) / sizeof(tq_ops[0]); i++) {
        if (strcmp(s, tq_ops[i].text) == 0) {
            *op = tq_ops[i].op;
            return 0;
        }
    }
    return -1;
}

const char *tq_op_sql(tq_op op)
{
    for (size_t i = 0; i < sizeof(tq_ops) / sizeof(tq_ops[0]); i++) {
        if (tq_ops[i].op == op) {
            return tq_ops[i].text;
        }
    }
    return NULL;
}

static const char *const tq_log_columns[] = {
    "id", "parent_id", "task_name", "parameters", "label", "status",
    "master_status", "owner", "report", "created_at", "updated_at"
};

int tq_log_column_valid(const char *column)
{
    for (size_t i = 0; i < sizeof(tq_log_columns) / sizeof(tq_log_columns[0]); i++) {
        if (strcmp(column, tq_log_columns[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

void tq_log_filter_init(tq_log_filter *f)
{
    memset(f, 0, sizeof(*f));
    f->sort_desc = 1;
    f->limit = -1;
}

static void tq_log_cond_clear(tq_log_cond *c)
{
    for (size_t i = 0; i < c->nvalues; i++) {
        free(c->values[i]);
    }
    free(c->values);
    free(c->column);
}

void tq_log_filter_clear(tq_log_filter *f)
{
    for (size_t i = 0; i < f->nconds; i++) {
        tq_log_cond_clear(&f->conds[i]);
    }
    free(f->conds);
    free(f->sort_by);
    tq_log_filter_init(f);
}

int tq_log_filter_add(tq_log_filter *f, const char *column, tq_op op,
                      const char *const *values, size_t nvalues, tq_error *err)
{
    if (!tq_log_column_valid(column)) {
        return tq_error_set(err, TQ_ERR_INVALID, "\"%s\" is not a task log column", column);
    }
    int multi = op == TQ_OP_IN || op == TQ_OP_NOT_IN;
    if (!multi && nvalues != 1) {
        return tq_error_set(err, TQ_ERR_INVALID, "operator %s takes exactly one value", tq_op_sql(op));
    }
    tq_log_cond *conds = realloc(f->conds, (f->nconds + 1) * sizeof(*conds));
    if (!conds) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    f->conds = conds;
    tq_log_cond *c = &conds[f->nconds];
    memset(c, 0, sizeof(*c));
    c->op = op;
    c->column = strdup(column);
    c->values = calloc(nvalues ? nvalues : 1, sizeof(char *));
    if (!c->column || !c->values) {
        tq_log_cond_clear(c);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < nvalues; i++) {
        c->values[i] = strdup(values[i] ? values[i] : "");
        if (!c->values[i]) {
            c->nvalues = i;
            tq_log_cond_clear(c);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    c->nvalues = nvalues;
    f->nconds++;
    return 0;
}

void tq_log_exec_times_free(tq_log_exec_time *times, int64_t n)
{
    for (int64_t i = 0; times && i < n; i++) {
        free(times[i].id);
    }
    free(times);
}

int tq_log_check_status(const char *status, const char *what, tq_error *err)
{
    if (!status || !tq_status_is_storable(tq_status_parse(status))) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s: \"%.60s\" is not a valid task status", what,
                            status ? status : "(null)");
    }
    return 0;
}

int tq_log_check_guarded(const char *status, const char *const *prev, size_t nprev, const char *what,
                         tq_error *err)
{
    if (status && tq_log_check_status(status, what, err) != 0) {
        return -1;
    }
    char previous[128];
    snprintf(previous, sizeof(previous), "%s (previous)", what);
    for (size_t i = 0; i < nprev; i++) {
        if (tq_log_check_status(prev[i], previous, err) != 0) {
            return -1;
        }
    }
    return 0;
}
