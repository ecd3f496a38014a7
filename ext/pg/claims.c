/*
 * pg/claims.c: the request's claim ledger for RdsQueueBroker (see pg/claims.h).
 * May touch: the Zend API, src/queue/tq_claim_ledger, src/pg/tq_lease_keeper, src/pg/tq_pg_log,
 * src/pg/tq_pg_queue.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "claims.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_lease_keeper.h"
#include "pg/tq_pg_log.h"
#include "task/tq_json.h"
#include "task_log/tq_report.h"

static void claim_lease_stop(tq_claim *c)
{
    tq_lease_keeper_remove(c->keeper, c->lease_name, c->row_id);
}

static void claim_task_release(void *task)
{
    OBJ_RELEASE((zend_object *)task);
}

static const tq_claim_ledger_ops claim_ops = {claim_lease_stop, claim_task_release};

static tq_claim_ledger *ledger(bool create)
{
    if (!TQ_G(claims) && create) {
        TQ_G(claims) = tq_claim_ledger_new(&claim_ops);
        if (!TQ_G(claims)) {
            zend_error_noreturn(E_ERROR, "taskqueue: out of memory for the claim ledger");
        }
    }
    return TQ_G(claims);
}

uint64_t php_tq_claims_owner(void)
{
    return tq_claim_ledger_owner(ledger(true));
}

php_tq_claim *php_tq_claims_add(zend_string *task_id, uint64_t owner, zend_object *task,
                                struct tq_lease_keeper *keeper, const char *lease_name, int64_t row_id)
{
    tq_claim *c = tq_claim_ledger_add(ledger(true), ZSTR_VAL(task_id), owner, TQ_CLAIM_BUFFERED);
    if (!c) {
        return NULL;
    }
    GC_ADDREF(task);
    c->task = task;
    c->keeper = keeper;
    c->row_id = row_id;
    snprintf(c->lease_name, sizeof(c->lease_name), "%s", lease_name);
    return c;
}

php_tq_claim *php_tq_claims_find(zend_string *task_id)
{
    tq_claim_ledger *l = ledger(false);
    return l ? tq_claim_ledger_find(l, ZSTR_VAL(task_id)) : NULL;
}

php_tq_claim *php_tq_claims_find_row(zend_string *task_id, uint64_t owner, int64_t row_id)
{
    php_tq_claim *c = php_tq_claims_find(task_id);
    return c && c->owner == owner && c->row_id == row_id ? c : NULL;
}

void php_tq_claims_end(php_tq_claim *c)
{
    tq_claim_ledger_end(ledger(false), c);
}

/* Every entry the filter matches (at most 8 on the stack, more on the heap); free with
 * selected_free(). */
static size_t select_all(const tq_claim_filter *f, tq_claim **stack, tq_claim ***out)
{
    tq_claim_ledger *l = ledger(false);
    size_t n = tq_claim_ledger_select(l, f, stack, 8);
    *out = stack;
    if (n > 8) {
        *out = safe_emalloc(n, sizeof(tq_claim *), 0);
        tq_claim_ledger_select(l, f, *out, n);
    }
    return n;
}

static void selected_free(tq_claim **stack, tq_claim **sel)
{
    if (sel != stack) {
        efree(sel);
    }
}

void php_tq_claims_end_row(uint64_t owner, int64_t row_id)
{
    tq_claim *stack[8], **sel;
    tq_claim_filter f = {.owner = owner, .state = -1};
    size_t n = ledger(false) ? select_all(&f, stack, &sel) : 0;
    for (size_t i = 0; i < n; i++) {
        if (sel[i]->row_id == row_id) {
            php_tq_claims_end(sel[i]);
            break;
        }
    }
    if (n) {
        selected_free(stack, sel);
    }
}

void php_tq_claims_drop_report(php_tq_claim *c)
{
    void *sink;
    char *report, status[16];
    if (tq_claim_take_report(c, &sink, &report, status)) {
        free(report);
    }
}

zend_result php_tq_claims_flush(php_tq_claim *c, tq_error *err)
{
    void *sink;
    char *report, status[16];
    if (!tq_claim_take_report(c, &sink, &report, status)) {
        return SUCCESS;
    }
    /* guarded like the completion it replaces: only a task still running is finished; an
     * acknowledged entry also has its queue row deleted */
    int n = c->state == TQ_CLAIM_ACKED
        ? tq_pg_queue_complete(c->queue, sink, c->row_id, c->deliveries, c->key, report, status, "running", NULL, err)
        : tq_pg_log_add_report(sink, c->key, report, status, "running", err);
    free(report);
    return n < 0 ? FAILURE : SUCCESS;
}

/* The request ends with a fatal error (memory_limit exhausted, max_execution_time, an uncaught
 * \Error): PHP unwound past processTask(), so the task running (handed out, no report yet)
 * would come back when its lease runs out and end its next worker the same way, forever. It
 * fails here, its report naming the error, in the statement that deletes its row (README,
 * "Claims, leases, and what happens when a worker dies"). Only with a Task Log on the same
 * database (the claim knows it); otherwise taskqueue.max_deliveries bounds the re-deliveries.
 * Called where claims end: processTask() unwinding, the broker freed (a global variable) or
 * RSHUTDOWN. */
static void claim_fail_fatal(tq_claim *c)
{
    /* a fatal error always ends the request (PHP 8 unwinds the stack with an UnwindExit first):
     * seen while it unwinds or shuts down, it ended this one */
    bool ending = (EG(flags) & EG_FLAGS_IN_SHUTDOWN) || (EG(exception) && zend_is_unwind_exit(EG(exception)));
    if (!ending || !(PG(last_error_type) & E_FATAL_ERRORS)) {
        return;
    }
    if (c->state != TQ_CLAIM_HANDED || !c->log || !c->queue || c->report_sink || c->row_id <= 0) {
        return;
    }
    tq_error err;
    tq_error_clear(&err);
    json_t *report = tq_report_newf(TQ_REPORT_ERROR, NULL, &err,
                                    "The worker process ended with a fatal error while running task %s: %s in %s on line %d",
                                    c->key, PG(last_error_message) ? ZSTR_VAL(PG(last_error_message)) : "unknown",
                                    PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "unknown",
                                    PG(last_error_lineno));
    char *json = report ? tq_json_dumps_php(report, NULL) : NULL;
    json_decref(report);
    /* not logged (this may run in free_obj, where no PHP code may run): if it fails, the task
     * comes back when its lease runs out */
    if (json) {
        tq_pg_queue_complete(c->queue, c->log, c->row_id, c->deliveries, c->key, json, "failed", "running", NULL, &err);
    }
    free(json);
}

void php_tq_claims_drop_owner(uint64_t owner)
{
    if (!ledger(false)) {
        return;
    }
    tq_claim *stack[8], **sel;
    tq_claim_filter f = {.owner = owner, .state = -1};
    size_t n = select_all(&f, stack, &sel);
    for (size_t i = 0; i < n; i++) {
        tq_error err;
        php_tq_claims_flush(sel[i], &err);   /* best effort: a lost report means a re-run */
        claim_fail_fatal(sel[i]);
        php_tq_claims_end(sel[i]);
    }
    selected_free(stack, sel);
}

php_tq_claim *php_tq_claims_find_task(zend_string *task_id, const zend_object *task)
{
    php_tq_claim *c = php_tq_claims_find(task_id);
    return c && c->task == task ? c : NULL;
}

int php_tq_claims_state(zend_string *task_id, const zend_object *task, const char **status)
{
    php_tq_claim *c = php_tq_claims_find_task(task_id, task);
    *status = NULL;
    if (!c) {
        return -1;
    }
    if (c->state == TQ_CLAIM_BUFFERED) {
        c->state = TQ_CLAIM_HANDED;
    }
    *status = c->status;
    return c->started ? 1 : 0;
}

void php_tq_claims_settle(zend_string *task_id, const zend_object *task)
{
    php_tq_claim *c = php_tq_claims_find_task(task_id, task);
    if (!c || c->state == TQ_CLAIM_ACKED) {
        return;     /* an acknowledged entry waits for its batch's completion */
    }
    tq_error err;
    php_tq_claims_flush(c, &err);
    claim_fail_fatal(c);
    php_tq_claims_end(c);
}

php_tq_claim *php_tq_claims_pending(struct tq_pg_log *store, zend_string *task_id)
{
    php_tq_claim *c = php_tq_claims_find(task_id);
    return c && c->report && c->report_sink == store ? c : NULL;
}

void php_tq_claims_defer(php_tq_claim *c, struct tq_pg_log *store, zend_string *json, zend_string *status)
{
    if (!tq_claim_defer_report(c, store, ZSTR_VAL(json), ZSTR_VAL(status))) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory for a deferred report");
    }
}

zend_result php_tq_claims_flush_log(struct tq_pg_log *log, tq_error *err)
{
    if (!ledger(false)) {
        return SUCCESS;
    }
    tq_claim *stack[8], **sel;
    tq_claim_filter f = {.state = -1, .report_sink = log};
    size_t n = select_all(&f, stack, &sel);
    zend_result r = SUCCESS;
    for (size_t i = 0; i < n; i++) {
        tq_error e;
        if (php_tq_claims_flush(sel[i], &e) == FAILURE && r == SUCCESS) {
            r = FAILURE;
            if (err) {
                *err = e;
            }
        }
        if (sel[i]->state == TQ_CLAIM_ACKED) {
            php_tq_claims_end(sel[i]);     /* finished: nothing of it is ours any more */
        }
    }
    selected_free(stack, sel);
    return r;
}

void php_tq_claims_forget_log(struct tq_pg_log *log)
{
    if (!ledger(false)) {
        return;
    }
    php_tq_claims_flush_log(log, NULL);    /* best effort: a lost report means a re-run */
    tq_claim *stack[8], **sel;
    tq_claim_filter f = {.state = -1};
    size_t n = select_all(&f, stack, &sel);
    for (size_t i = 0; i < n; i++) {
        if (sel[i]->log == log) {
            sel[i]->log = NULL;
        }
    }
    selected_free(stack, sel);
}

bool php_tq_claims_has_pending(struct tq_pg_log *log)
{
    tq_claim_filter f = {.state = -1, .report_sink = log};
    return ledger(false) && tq_claim_ledger_select(ledger(false), &f, NULL, 0) > 0;
}

zend_result php_tq_claims_complete_acked(uint64_t owner, tq_error *err)
{
    tq_claim_ledger *l = ledger(false);
    if (!l) {
        return SUCCESS;
    }
    size_t max = tq_claim_ledger_size(l);
    if (max == 0) {
        return SUCCESS;
    }
    tq_claim **batch = safe_emalloc(max, sizeof(*batch), 0);
    int64_t *rows = safe_emalloc(max, sizeof(*rows), 0);
    int *fences = safe_emalloc(max, sizeof(*fences), 0);
    const char **ids = safe_emalloc(max, sizeof(*ids), 0);
    const char **reports = safe_emalloc(max, sizeof(*reports), 0);
    const char **statuses = safe_emalloc(max, sizeof(*statuses), 0);
    zend_result r = SUCCESS;
    size_t n;
    /* one statement per queue table and log table */
    while (r == SUCCESS && (n = tq_claim_ledger_batch(l, owner, batch, max)) > 0) {
        for (size_t i = 0; i < n; i++) {
            rows[i] = batch[i]->row_id;
            fences[i] = batch[i]->deliveries;
            ids[i] = batch[i]->key;
            reports[i] = batch[i]->report;
            statuses[i] = batch[i]->report_status;
        }
        int64_t deleted, updated;
        if (tq_pg_queue_complete_many(batch[0]->queue, batch[0]->report_sink, n, rows, fences, ids, reports, statuses,
                                      &deleted, &updated, err) != 0) {
            r = FAILURE;
        }
        for (size_t i = 0; i < n; i++) {
            php_tq_claims_end(batch[i]);     /* done, or lost: either way not ours any more */
        }
    }
    efree(batch);
    efree(rows);
    efree(fences);
    efree(ids);
    efree(reports);
    efree(statuses);
    return r;
}

void php_tq_claims_rshutdown(void)
{
    tq_claim_ledger *l = ledger(false);
    if (!l) {
        return;
    }
    tq_claim *stack[8], **sel;
    tq_claim_filter f = {.state = -1};
    size_t n = select_all(&f, stack, &sel);
    for (size_t i = 0; i < n; i++) {
        tq_error err;
        php_tq_claims_flush(sel[i], &err);
        claim_fail_fatal(sel[i]);
    }
    selected_free(stack, sel);
    TQ_G(claims) = NULL;
    tq_claim_ledger_free(l);
}
