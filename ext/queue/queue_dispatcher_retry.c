/*
 * queue_dispatcher_retry.c: QueueDispatcher's retry policies (option retry_policies,
 * setTaskRetryPolicy(), setQueueRetryPolicy(), getRetryPolicyFor()). enqueue() writes the
 * policy that applies into the task's metadata before it is queued, so the worker that sees
 * the task fail needs no configuration of its own (ext/worker/retry.c). An invalid entry
 * throws \InvalidArgumentException naming it, before anything is queued.
 * May touch: the Zend API, ext/spl, common/common, task/task.h, queue_dispatcher_queues.h,
 * src/task/tq_message_key.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "queue.h"
#include "queue_dispatcher_queues.h"
#include "task/tq_message_key.h"

#define SELF_CE php_tq_ce_QueueDispatcher
#define OPT_RETRY "retry_policies"

/* The class that names the task for routing: a callback task's callable (object, "Class"
 * or "Class::method", [object or class, method]), else the task's own class. */
static zend_string *action_name(zval *task)
{
    if (instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        zval c;
        if (php_tq_call(task, "getCallable", &c, 0, NULL) == SUCCESS) {
            zval *head = Z_TYPE(c) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(c), 0) : &c;
            zend_string *name = NULL;
            if (head && Z_TYPE_P(head) == IS_OBJECT) {
                name = zend_string_copy(Z_OBJCE_P(head)->name);
            } else if (head && Z_TYPE_P(head) == IS_STRING) {
                const char *sep = strstr(Z_STRVAL_P(head), "::");
                size_t len = sep ? (size_t)(sep - Z_STRVAL_P(head)) : Z_STRLEN_P(head);
                name = zend_string_init(Z_STRVAL_P(head), len, 0);
            }
            zval_ptr_dtor(&c);
            if (name) {
                return name;
            }
        }
        zend_clear_exception();
    }
    return zend_string_copy(Z_OBJCE_P(task)->name);
}

/* retry_policies[group][key] when set; NULL otherwise. */
static zval *entry(zend_object *self, const char *group, zend_string *key)
{
    zval *all = php_tq_qd_opt(self, OPT_RETRY);
    if (!all || Z_TYPE_P(all) != IS_ARRAY) {
        return NULL;
    }
    zval *g = zend_hash_str_find_deref(Z_ARRVAL_P(all), group, strlen(group));
    if (!g || Z_TYPE_P(g) != IS_ARRAY) {
        return NULL;
    }
    zend_string *plain = ZSTR_LEN(key) && ZSTR_VAL(key)[0] == '\\'
        ? zend_string_init(ZSTR_VAL(key) + 1, ZSTR_LEN(key) - 1, 0) : zend_string_copy(key);
    zval *e = zend_symtable_find(Z_ARRVAL_P(g), plain);
    zend_string_release(plain);
    return e && Z_TYPE_P(e) != IS_NULL ? e : NULL;
}

/* The dispatcher's policy for task on queue_name (settings array, checked, into out); UNDEF
 * when none. FAILURE with an exception pending. */
static zend_result policy_for(zend_object *self, zval *task, zend_string *queue_name, zval *out)
{
    ZVAL_UNDEF(out);
    zval *all = php_tq_qd_opt(self, OPT_RETRY);
    if (!all || Z_TYPE_P(all) == IS_NULL) {
        return SUCCESS;
    }
    if (Z_TYPE_P(all) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "QueueDispatcher option " OPT_RETRY " must be an array "
                     "['tasks' => [...], 'queues' => [...]]; nothing was queued");
        return FAILURE;
    }
    zend_string *action = action_name(task);
    const char *group = "tasks";
    zend_string *key = action;
    zval *e = entry(self, group, action);
    if (!e && queue_name) {
        group = "queues";
        key = queue_name;
        e = entry(self, group, queue_name);
    }
    zend_result r = SUCCESS;
    if (e) {
        char where[600];
        snprintf(where, sizeof(where), "QueueDispatcher option " OPT_RETRY "[%s][%.400s]", group, ZSTR_VAL(key));
        if (Z_TYPE_P(e) != IS_ARRAY) {
            php_tq_throw(spl_ce_InvalidArgumentException, "%s: retry policy: must be an array of settings", where);
            r = FAILURE;
        } else {
            r = php_tq_retry_policy_check(e, where, out);
        }
    }
    zend_string_release(action);
    return r;
}

static bool has_own(zval *task)
{
    zval v;
    bool has = php_tq_task_metadata(task, TQ_KEY_RETRY, &v) == SUCCESS && Z_TYPE(v) != IS_NULL;
    zval_ptr_dtor(&v);
    return has;
}

zend_result php_tq_qd_apply_retry(zend_object *self, zval *task, zval *queue)
{
    if (has_own(task) || EG(exception)) {
        return EG(exception) ? FAILURE : SUCCESS;
    }
    zend_string *qname = php_tq_qd_queue_name(queue);
    zval settings;
    zend_result r = policy_for(self, task, qname, &settings);
    if (qname) {
        zend_string_release(qname);
    }
    if (r == FAILURE || Z_TYPE(settings) == IS_UNDEF) {
        return r;
    }
    zval a[2];
    ZVAL_STRING(&a[0], TQ_KEY_RETRY);
    ZVAL_COPY_VALUE(&a[1], &settings);
    zval rv;
    r = php_tq_call(task, "setMetadata", &rv, 2, a);
    if (r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&a[0]);
    zval_ptr_dtor(&settings);
    return r;
}

/* retry_policies[group][name] = policy's settings, or removed when policy is NULL. */
static void set_entry(zend_object *self, const char *group, zend_string *name, zval *policy)
{
    zval all;
    zval *cur = php_tq_qd_opt(self, OPT_RETRY);
    if (cur && Z_TYPE_P(cur) == IS_ARRAY) {
        ZVAL_ARR(&all, zend_array_dup(Z_ARRVAL_P(cur)));
    } else {
        array_init(&all);
    }
    zval *g = zend_hash_str_find(Z_ARRVAL(all), group, strlen(group));
    zval fresh;
    if (!g || Z_TYPE_P(g) != IS_ARRAY) {
        array_init(&fresh);
        g = zend_hash_str_update(Z_ARRVAL(all), group, strlen(group), &fresh);
    }
    SEPARATE_ARRAY(g);
    zend_string *plain = ZSTR_LEN(name) && ZSTR_VAL(name)[0] == '\\'
        ? zend_string_init(ZSTR_VAL(name) + 1, ZSTR_LEN(name) - 1, 0) : zend_string_copy(name);
    if (policy) {
        zval s;
        if (php_tq_call(policy, "toArray", &s, 0, NULL) == SUCCESS) {
            zend_symtable_update(Z_ARRVAL_P(g), plain, &s);
        }
    } else {
        zend_symtable_del(Z_ARRVAL_P(g), plain);
    }
    zend_string_release(plain);
    if (!EG(exception)) {
        php_tq_qd_opt_set(self, OPT_RETRY, &all);
    }
    zval_ptr_dtor(&all);
}

static void set_policy(INTERNAL_FUNCTION_PARAMETERS, const char *group)
{
    zend_string *name;
    zval *policy;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(policy, php_tq_ce_RetryPolicy)
    ZEND_PARSE_PARAMETERS_END();
    if (ZSTR_LEN(name) == 0 || memchr(ZSTR_VAL(name), '\0', ZSTR_LEN(name))) {
        zend_argument_value_error(1, "must be a non-empty name without NUL bytes");
        RETURN_THROWS();
    }
    set_entry(Z_OBJ_P(ZEND_THIS), group, name, policy);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setTaskRetryPolicy)
{
    set_policy(INTERNAL_FUNCTION_PARAM_PASSTHRU, "tasks");
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setQueueRetryPolicy)
{
    set_policy(INTERNAL_FUNCTION_PARAM_PASSTHRU, "queues");
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getRetryPolicyFor)
{
    zval *task;
    zend_string *queue;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_STR(queue)
    ZEND_PARSE_PARAMETERS_END();
    zval own;
    zend_result r = php_tq_task_metadata(task, TQ_KEY_RETRY, &own);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    zval settings;
    if (Z_TYPE(own) != IS_NULL) {
        ZVAL_COPY_VALUE(&settings, &own);
    } else if (policy_for(Z_OBJ_P(ZEND_THIS), task, queue, &settings) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(settings) == IS_UNDEF) {
        RETURN_NULL();
    }
    r = php_tq_retry_policy_new(&settings, "metadata " TQ_KEY_RETRY, return_value);
    zval_ptr_dtor(&settings);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}
