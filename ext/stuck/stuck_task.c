/*
 * stuck_task.c: StuckTask, Repository\StuckTaskQuery and Repository\StuckTaskCollection,
 * TAO's value classes of stuck-task recovery (README "Operator tools"), and the registration of all the
 * stuck-task classes (stuck.h). StuckTaskQuery accepts, beyond TAO's `enqueued`, the
 * statuses of a task whose worker died (doc/compatibility.md "Stuck tasks").
 * May touch: the Zend API, common/common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/spl/spl_array.h"
#include "ext/standard/php_string.h"
#include "ext/date/php_date.h"
#include "../common/common.h"
#include "stuck.h"
#include "pg/tq_pg_stuck.h"
#include "stuck_task_arginfo.h"

zend_class_entry *php_tq_ce_StuckTask;
zend_class_entry *php_tq_ce_StuckTaskQuery;
zend_class_entry *php_tq_ce_StuckTaskCollection;
zend_class_entry *php_tq_ce_StuckTaskRepository;
zend_class_entry *php_tq_ce_RestartStuckTaskService;

/* TAO accepts only "enqueued"; ours also the statuses of a task whose worker died, and
 * "failed" for a task whose message is set aside (src/pg/tq_pg_stuck.h). */
static const char *const allowed_statuses[] = { "enqueued", "dequeued", "running", "failed" };
#define ALLOWED_TEXT "enqueued, dequeued, running, failed"

#define ST_SCOPE php_tq_ce_StuckTask
#define SQ_SCOPE php_tq_ce_StuckTaskQuery

/* === StuckTask ========================================================================== */

ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, __construct)
{
    zval *log, *task = NULL;
    zend_string *queue, *task_id = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 4)
        Z_PARAM_OBJECT(log)
        Z_PARAM_STR(queue)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(task)
        Z_PARAM_STR_OR_NULL(task_id)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval zq, zid, null;
    ZVAL_NULL(&null);
    ZVAL_STR(&zq, queue);
    PHP_TQ_PROP_SET(obj, ST_SCOPE, "taskLog", log);
    PHP_TQ_PROP_SET(obj, ST_SCOPE, "queueName", &zq);
    PHP_TQ_PROP_SET(obj, ST_SCOPE, "task", task ? task : &null);
    if (task_id) {
        ZVAL_STR(&zid, task_id);
    } else {
        ZVAL_NULL(&zid);
    }
    PHP_TQ_PROP_SET(obj, ST_SCOPE, "taskId", &zid);
}

ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTaskLog) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, ST_SCOPE, "taskLog"); }
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTask) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, ST_SCOPE, "task"); }
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTaskId) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, ST_SCOPE, "taskId"); }
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getQueueName) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, ST_SCOPE, "queueName"); }

/* Orphan: no queue message was found for it (TAO: `task === null`). */
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, isOrphan)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(Z_TYPE_P(PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ST_SCOPE, "task")) != IS_OBJECT);
}

/* === StuckTaskQuery ===================================================================== */

/* The whitelist trimmed, empty names dropped (TAO: array_filter(array_map('trim'))). */
static zend_result sq_whitelist(HashTable *in, zval *out)
{
    zval *v;
    array_init(out);
    ZEND_HASH_FOREACH_VAL(in, v) {
        zend_string *s = zval_try_get_string(v);
        if (!s) {
            return FAILURE;
        }
        zend_string *t = php_trim(s, NULL, 0, 3);
        zend_string_release(s);
        if (ZSTR_LEN(t)) {
            add_next_index_str(out, t);
        } else {
            zend_string_release(t);
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

static bool sq_allowed(zend_string *s)
{
    for (size_t i = 0; i < sizeof(allowed_statuses) / sizeof(allowed_statuses[0]); i++) {
        if (zend_string_equals_cstr(s, allowed_statuses[i], strlen(allowed_statuses[i]))) {
            return true;
        }
    }
    return false;
}

static zend_result sq_statuses(HashTable *in, zval *out)
{
    zval *v;
    array_init(out);
    ZEND_HASH_FOREACH_VAL(in, v) {
        zend_string *s = zval_try_get_string(v);
        if (!s) {
            return FAILURE;
        }
        if (!sq_allowed(s)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Only allowed statuses \"%s\" for stuck tasks. Provided: \"%s\"",
                         ALLOWED_TEXT, ZSTR_VAL(s));
            zend_string_release(s);
            return FAILURE;
        }
        add_next_index_str(out, s);
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* now(UTC) - age seconds, as a DateTimeImmutable in UTC. */
static zend_result sq_age_date(zend_long age, zval *out)
{
    char at[32];
    int n = snprintf(at, sizeof(at), "@%lld", (long long)(time(NULL) - age));
    php_date_instantiate(php_date_get_immutable_ce(), out);
    if (!php_date_initialize(Z_PHPDATE_P(out), at, (size_t)n, NULL, NULL, 0)) {
        zval_ptr_dtor(out);
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, __construct)
{
    zend_string *name;
    HashTable *whitelist, *statuses;
    zend_long age;
    ZEND_PARSE_PARAMETERS_START(4, 4)
        Z_PARAM_STR(name)
        Z_PARAM_ARRAY_HT(whitelist)
        Z_PARAM_ARRAY_HT(statuses)
        Z_PARAM_LONG(age)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval wl, st, zname, zage, date;
    if (sq_whitelist(whitelist, &wl) == FAILURE) {
        zval_ptr_dtor(&wl);
        RETURN_THROWS();
    }
    if (zend_hash_num_elements(Z_ARRVAL(wl)) == 0) {
        zval_ptr_dtor(&wl);
        php_tq_throw(spl_ce_InvalidArgumentException, "Stuck tasks names white list cannot be empty");
        RETURN_THROWS();
    }
    if (sq_statuses(statuses, &st) == FAILURE) {
        zval_ptr_dtor(&wl);
        zval_ptr_dtor(&st);
        RETURN_THROWS();
    }
    age = age < TQ_STUCK_QUEUED_S ? TQ_STUCK_QUEUED_S : age;
    if (sq_age_date(age, &date) == FAILURE) {
        zval_ptr_dtor(&wl);
        zval_ptr_dtor(&st);
        RETURN_THROWS();
    }
    ZVAL_STR(&zname, name);
    ZVAL_LONG(&zage, age);
    PHP_TQ_PROP_SET(obj, SQ_SCOPE, "queryName", &zname);
    PHP_TQ_PROP_SET(obj, SQ_SCOPE, "whitelist", &wl);
    PHP_TQ_PROP_SET(obj, SQ_SCOPE, "statuses", &st);
    PHP_TQ_PROP_SET(obj, SQ_SCOPE, "age", &zage);
    PHP_TQ_PROP_SET(obj, SQ_SCOPE, "ageDateTime", &date);
    zval_ptr_dtor(&wl);
    zval_ptr_dtor(&st);
    zval_ptr_dtor(&date);
}

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getQueryName) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, SQ_SCOPE, "queryName"); }
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getWhitelist) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, SQ_SCOPE, "whitelist"); }
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getStatuses) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, SQ_SCOPE, "statuses"); }
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAge) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, SQ_SCOPE, "age"); }
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAgeDateTime) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, SQ_SCOPE, "ageDateTime"); }

zend_string *php_tq_stuck_query_statuses(zval *query)
{
    smart_str s = {0};
    zval *v, *st = PHP_TQ_PROP(Z_OBJ_P(query), SQ_SCOPE, "statuses");
    if (Z_TYPE_P(st) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(st), v) {
            if (Z_TYPE_P(v) == IS_STRING) {
                smart_str_append(&s, Z_STR_P(v));
                smart_str_appendc(&s, '\n');
            }
        } ZEND_HASH_FOREACH_END();
    }
    return smart_str_extract(&s);
}

/* === StuckTaskCollection ================================================================ */

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskCollection, __construct)
{
    zval *tasks = NULL;
    uint32_t n = 0;
    ZEND_PARSE_PARAMETERS_START(0, -1)
        Z_PARAM_VARIADIC('*', tasks, n)
    ZEND_PARSE_PARAMETERS_END();
    zval arr;
    array_init_size(&arr, n);
    for (uint32_t i = 0; i < n; i++) {
        if (Z_TYPE(tasks[i]) != IS_OBJECT || !instanceof_function(Z_OBJCE(tasks[i]), php_tq_ce_StuckTask)) {
            zval_ptr_dtor(&arr);
            zend_argument_type_error(i + 1, "must be of type %s, %s given", TQ_CLASS_STUCK_TASK,
                                     zend_zval_type_name(&tasks[i]));
            RETURN_THROWS();
        }
        Z_ADDREF(tasks[i]);
        add_next_index_zval(&arr, &tasks[i]);
    }
    zend_call_method_with_1_params(Z_OBJ_P(ZEND_THIS), spl_ce_ArrayIterator, &spl_ce_ArrayIterator->constructor,
                                   "__construct", NULL, &arr);
    zval_ptr_dtor(&arr);
}

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskCollection, add)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_StuckTask)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_call(ZEND_THIS, "append", NULL, 1, task);
}

void php_tq_stuck_minit(void)
{
    php_tq_ce_StuckTask = register_class_oat_taoTaskQueue_model_StuckTask();
    php_tq_ce_StuckTaskQuery = register_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery();
    php_tq_ce_StuckTaskCollection = register_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection(spl_ce_ArrayIterator);
    php_tq_ce_StuckTaskRepository = register_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository();
    php_tq_ce_RestartStuckTaskService = register_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService();
}
