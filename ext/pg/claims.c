/*
 * pg/claims.c: the per-process claim registry (see pg/claims.h).
 * May touch: the Zend API, src/pg/tq_lease_keeper, src/pg/tq_pg_log.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "../php_taskqueue.h"
#include "claims.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_lease_keeper.h"
#include "pg/tq_pg_log.h"

static void tq_claim_dtor(zval *zv)
{
    php_tq_claim *c = Z_PTR_P(zv);
    if (c->keeper) {
        tq_lease_keeper_remove(c->keeper, c->queue_name, c->row_id);
    }
    if (c->status) {
        zend_string_release(c->status);
    }
    zend_string_release(c->task_id);
    if (c->report) {
        zend_string_release(c->report);
    }
    efree(c);
}

static HashTable *tq_claims(bool create)
{
    if (!TQ_G(claims) && create) {
        ALLOC_HASHTABLE(TQ_G(claims));
        zend_hash_init(TQ_G(claims), 16, NULL, tq_claim_dtor, 0);
    }
    return TQ_G(claims);
}

bool php_tq_claims_add(zend_string *task_id, const php_tq_claim *c)
{
    HashTable *ht = tq_claims(true);
    if (zend_hash_exists(ht, task_id)) {
        return false;
    }
    php_tq_claim *copy = emalloc(sizeof(*copy));
    *copy = *c;
    copy->status = c->status ? zend_string_copy(c->status) : NULL;
    copy->task_id = zend_string_copy(task_id);
    copy->report = NULL;
    copy->report_log = NULL;
    zend_hash_add_new_ptr(ht, task_id, copy);
    return true;
}

php_tq_claim *php_tq_claims_find(zend_string *task_id)
{
    HashTable *ht = tq_claims(false);
    return ht ? zend_hash_find_ptr(ht, task_id) : NULL;
}

php_tq_claim *php_tq_claims_find_row(zend_string *task_id, zend_object *broker, int64_t row_id)
{
    php_tq_claim *c = php_tq_claims_find(task_id);
    return c && c->broker == broker && c->row_id == row_id ? c : NULL;
}

void php_tq_claims_remove(zend_string *task_id)
{
    HashTable *ht = tq_claims(false);
    if (ht) {
        zend_hash_del(ht, task_id);
    }
}

zend_result php_tq_claims_flush(php_tq_claim *c, tq_error *err)
{
    if (!c->report || !c->report_log) {
        return SUCCESS;
    }
    /* guarded like the completion it replaces: only a task still running is finished; an
     * acknowledged entry also has its queue row deleted */
    int n = c->acked
        ? tq_pg_queue_complete(c->queue, c->report_log, c->row_id, ZSTR_VAL(c->task_id), ZSTR_VAL(c->report),
                               c->report_status, "running", NULL, err)
        : tq_pg_log_add_report(c->report_log, ZSTR_VAL(c->task_id), ZSTR_VAL(c->report), c->report_status,
                               "running", err);
    zend_string_release(c->report);
    c->report = NULL;
    c->report_log = NULL;
    return n < 0 ? FAILURE : SUCCESS;
}

void php_tq_claims_drop_broker(zend_object *broker)
{
    HashTable *ht = tq_claims(false);
    if (!ht) {
        return;
    }
    zend_string *key;
    php_tq_claim *c;
    ZEND_HASH_FOREACH_STR_KEY_PTR(ht, key, c) {
        (void)key;
        if (c->broker == broker) {
            tq_error err;
            php_tq_claims_flush(c, &err);   /* best effort: a lost report means a re-run */
            zend_hash_del(ht, key);
        }
    } ZEND_HASH_FOREACH_END();
}

php_tq_claim *php_tq_claims_find_task(zend_string *task_id, const zend_object *task)
{
    php_tq_claim *c = php_tq_claims_find(task_id);
    return c && c->task == task ? c : NULL;
}

int php_tq_claims_state(zend_string *task_id, const zend_object *task, zend_string **status)
{
    php_tq_claim *c = php_tq_claims_find_task(task_id, task);
    *status = NULL;
    if (!c) {
        return -1;
    }
    *status = c->status;
    return c->started ? 1 : 0;
}

void php_tq_claims_settle(zend_string *task_id, const zend_object *task)
{
    php_tq_claim *c = php_tq_claims_find_task(task_id, task);
    if (!c || c->acked) {
        return;     /* an acknowledged entry waits for its batch's completion */
    }
    tq_error err;
    php_tq_claims_flush(c, &err);
    php_tq_claims_remove(task_id);
}

zend_result php_tq_claims_flush_log(struct tq_pg_log *log, tq_error *err)
{
    HashTable *ht = tq_claims(false);
    zend_result r = SUCCESS;
    if (!ht) {
        return r;
    }
    zend_string *key;
    php_tq_claim *c;
    ZEND_HASH_FOREACH_STR_KEY_PTR(ht, key, c) {
        if (c->report && c->report_log == log) {
            tq_error e;
            bool acked = c->acked;
            if (php_tq_claims_flush(c, &e) == FAILURE && r == SUCCESS) {
                r = FAILURE;
                if (err) {
                    *err = e;
                }
            }
            if (acked) {
                zend_hash_del(ht, key);     /* finished: nothing of it is ours any more */
            }
        }
    } ZEND_HASH_FOREACH_END();
    return r;
}

void php_tq_claims_forget_log(struct tq_pg_log *log)
{
    HashTable *ht = tq_claims(false);
    if (!ht) {
        return;
    }
    php_tq_claim *c;
    ZEND_HASH_FOREACH_PTR(ht, c) {
        if (c->report_log == log) {
            tq_error e;
            php_tq_claims_flush(c, &e);     /* best effort: a lost report means a re-run */
        }
        if (c->log == log) {
            c->log = NULL;
        }
    } ZEND_HASH_FOREACH_END();
}

bool php_tq_claims_has_pending(struct tq_pg_log *log)
{
    HashTable *ht = tq_claims(false);
    if (!ht) {
        return false;
    }
    php_tq_claim *c;
    ZEND_HASH_FOREACH_PTR(ht, c) {
        if (c->report && c->report_log == log) {
            return true;
        }
    } ZEND_HASH_FOREACH_END();
    return false;
}

zend_result php_tq_claims_complete_acked(zend_object *broker, tq_error *err)
{
    HashTable *ht = tq_claims(false);
    if (!ht) {
        return SUCCESS;
    }
    uint32_t max = zend_hash_num_elements(ht);
    int64_t *rows = emalloc(sizeof(*rows) * (max ? max : 1));
    const char **ids = emalloc(sizeof(*ids) * (max ? max : 1));
    const char **reports = emalloc(sizeof(*reports) * (max ? max : 1));
    const char **statuses = emalloc(sizeof(*statuses) * (max ? max : 1));
    zend_string **keys = emalloc(sizeof(*keys) * (max ? max : 1));
    size_t n = 0;
    tq_broker *queue = NULL;
    struct tq_pg_log *log = NULL;
    zend_string *key;
    php_tq_claim *c;
    ZEND_HASH_FOREACH_STR_KEY_PTR(ht, key, c) {
        /* one statement covers one queue table and one log table */
        if (c->broker == broker && c->acked && c->report && c->report_log
            && (!queue || (c->queue == queue && c->report_log == log))) {
            queue = c->queue;
            log = c->report_log;
            rows[n] = c->row_id;
            ids[n] = ZSTR_VAL(c->task_id);
            reports[n] = ZSTR_VAL(c->report);
            statuses[n] = c->report_status;
            keys[n] = zend_string_copy(key);
            n++;
        }
    } ZEND_HASH_FOREACH_END();
    zend_result r = SUCCESS;
    if (n > 0) {
        int64_t deleted, updated;
        if (tq_pg_queue_complete_many(queue, log, n, rows, ids, reports, statuses, &deleted, &updated, err) != 0) {
            r = FAILURE;
        }
        for (size_t i = 0; i < n; i++) {
            zend_hash_del(ht, keys[i]);     /* done, or lost: either way not ours any more */
            zend_string_release(keys[i]);
        }
    }
    efree(rows);
    efree(ids);
    efree(reports);
    efree(statuses);
    efree(keys);
    if (r == SUCCESS && n > 0) {
        /* a batch may hold entries of another queue/log pair: finish those too */
        return php_tq_claims_complete_acked(broker, err);
    }
    return r;
}

void php_tq_claims_rshutdown(void)
{
    HashTable *ht = tq_claims(false);
    if (!ht) {
        return;
    }
    tq_error err;
    php_tq_claim *c;
    ZEND_HASH_FOREACH_PTR(ht, c) {
        php_tq_claims_flush(c, &err);
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(ht);
    FREE_HASHTABLE(ht);
    TQ_G(claims) = NULL;
}
