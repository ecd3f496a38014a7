/*
 * worker.c: AbstractWorker::processTask() (doc/ARCHITECTURE.md 8.3; quirks 3 and 4 fixed) and
 * the worker classes' registration (OneTimeWorker and OneTimeTask run in one_time_workers.c).
 * processTask() runs one task and
 * stores its report and final status in the task log; nothing thrown by the task,
 * the task log or the queue escapes it (they are logged), and a task it has handled is
 * always acknowledged. The report tree is built with src/task_log/tq_report; a task it runs
 * is counted by the worker's heartbeat (README "Metrics"); a failed task under a retry policy
 * is handed to worker/retry.c.
 * May touch: the Zend API, common/common, worker/heartbeat.h, worker/retry.h, src/task_log/tq_report.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "worker.h"
#include "heartbeat.h"
#include "retry.h"
#include "../queue/telemetry.h"
#include "task_log/tq_report.h"
#include "task_log/tq_status.h"
#include "worker_arginfo.h"

zend_class_entry *php_tq_ce_WorkerInterface;
zend_class_entry *php_tq_ce_AbstractWorker;
zend_class_entry *php_tq_ce_OneTimeWorker;
zend_class_entry *php_tq_ce_OneTimeTask;

#define W_CE php_tq_ce_AbstractWorker
#define SELF Z_OBJ_P(ZEND_THIS)

/* One processTask() call. */
typedef struct tq_job {
    zval *self;          /* the worker */
    zval *task;
    zval context;        /* getLogContext(), passed with every log line */
    zend_string *id;
    zend_string *label;  /* formatTaskLabel() */
    bool bail;           /* exit() was called: stop and let it unwind */
    zend_class_entry *thrown;   /* what the task threw, for its retry policy; NULL none */
    zend_string *thrown_msg;
} tq_job;

/* A caught exception, as it goes into logs and reports. */
typedef struct tq_caught {
    zend_class_entry *ce;
    zend_string *cls;
    zend_string *msg;
    bool is_error;       /* an \Error rather than an \Exception */
} tq_caught;

/* --- logging and catching ------------------------------------------------------------ */

static void tq_wlog(tq_job *job, const char *level, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void tq_wlog(tq_job *job, const char *level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    php_tq_log(Z_OBJ_P(job->self), W_CE, level, &job->context, "%s", ZSTR_VAL(msg));
    zend_string_release(msg);
}

/* Takes the pending exception. false (left pending) when it must not be caught:
 * exit() unwinding, or nothing pending. */
static bool tq_catch(tq_caught *c)
{
    zend_object *ex = EG(exception);
    if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
        return false;
    }
    c->ce = ex->ce;
    c->cls = zend_string_copy(ex->ce->name);
    c->msg = php_tq_exception_message(ex);
    c->is_error = instanceof_function(ex->ce, zend_ce_error);
    zend_clear_exception();
    return true;
}

static void tq_caught_free(tq_caught *c)
{
    zend_string_release(c->cls);
    zend_string_release(c->msg);
}

/* $obj->method(...) where a failure is logged ("<what> <method>() failed for task
 * <id>: <class>: <message>") and swallowed. FAILURE: the call threw (or exit() is
 * unwinding: job->bail). */
static zend_result tq_try(tq_job *job, zval *obj, const char *what, const char *method, zval *rv,
                          uint32_t argc, zval *argv)
{
    if (!obj || Z_TYPE_P(obj) != IS_OBJECT) {
        tq_wlog(job, "error", "The worker has no %s: %s() cannot be called for task %s.", what, method,
                ZSTR_VAL(job->id));
        return FAILURE;
    }
    zval target;
    ZVAL_COPY(&target, obj);
    zend_result r = php_tq_call(&target, method, rv, argc, argv);
    zval_ptr_dtor(&target);
    if (r == SUCCESS) {
        return SUCCESS;
    }
    tq_caught c;
    if (!tq_catch(&c)) {
        job->bail = EG(exception) != NULL;
        return FAILURE;
    }
    tq_wlog(job, "error", "%s %s() failed for task %s: %s: %s", what, method, ZSTR_VAL(job->id),
            ZSTR_VAL(c.cls), ZSTR_VAL(c.msg));
    tq_caught_free(&c);
    return FAILURE;
}

static zval *tq_task_log_of(tq_job *job)
{
    return php_tq_prop(Z_OBJ_P(job->self), W_CE, "taskLog", sizeof("taskLog") - 1);
}

static zval *tq_queuer_of(tq_job *job)
{
    return php_tq_prop(Z_OBJ_P(job->self), W_CE, "queuer", sizeof("queuer") - 1);
}

/* taskLog->method(id, ...more) */
static zend_result tq_log_call(tq_job *job, const char *method, zval *rv, const char *a2, const char *a3)
{
    zval args[3];
    uint32_t argc = 1;
    ZVAL_STR(&args[0], job->id);
    if (a2) {
        ZVAL_STRING(&args[argc++], a2);
    }
    if (a3) {
        ZVAL_STRING(&args[argc++], a3);
    }
    zend_result r = tq_try(job, tq_task_log_of(job), "Task log", method, rv, argc, args);
    for (uint32_t i = 1; i < argc; i++) {
        zval_ptr_dtor(&args[i]);
    }
    return r;
}

/* Calls a (possibly protected, possibly overridden) method of the worker itself. */
static zend_result tq_self_call(tq_job *job, const char *lcname, zval *rv, uint32_t argc, zval *argv)
{
    zend_function *fn = zend_hash_str_find_ptr(&Z_OBJCE_P(job->self)->function_table, lcname, strlen(lcname));
    ZVAL_UNDEF(rv);
    if (!fn) {
        return FAILURE;
    }
    zend_call_known_instance_method(fn, Z_OBJ_P(job->self), rv, argc, argv);
    if (EG(exception)) {
        zval_ptr_dtor(rv);
        ZVAL_UNDEF(rv);
        tq_caught c;
        if (tq_catch(&c)) {
            tq_caught_free(&c);
        } else {
            job->bail = true;
        }
        return FAILURE;
    }
    return SUCCESS;
}

/* --- the report ----------------------------------------------------------------------- */

/* A report object whose array form is not a report (a double of generis' Report answers
 * toArray() with []) is read as TAO's worker reads it: through getType() and getMessage().
 * NULL when it has no getType() or that is not a report type. */
static json_t *tq_result_report_by_type(zval *result)
{
    if (Z_TYPE_P(result) != IS_OBJECT || !php_tq_has_method(result, "gettype")) {
        return NULL;
    }
    zval type, msg;
    ZVAL_UNDEF(&msg);
    if (php_tq_call(result, "getType", &type, 0, NULL) == FAILURE) {
        return NULL;
    }
    json_t *report = NULL;
    if (Z_TYPE(type) == IS_STRING && tq_report_type_valid(Z_STRVAL(type))) {
        if (php_tq_has_method(result, "getmessage") && php_tq_call(result, "getMessage", &msg, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&type);
            return NULL;
        }
        tq_error err;
        tq_error_clear(&err);
        report = tq_report_new(Z_STRVAL(type), Z_TYPE(msg) == IS_STRING ? Z_STRVAL(msg) : "", NULL, &err);
    }
    zval_ptr_dtor(&type);
    zval_ptr_dtor(&msg);
    return report;
}

/* The child report for what the task returned. */
static json_t *tq_result_report(tq_job *job, zval *result)
{
    tq_error err;
    tq_error_clear(&err);
    ZVAL_DEREF(result);
    if (Z_TYPE_P(result) == IS_NULL) {
        tq_wlog(job, "warning", "Task %s should return a report object.", ZSTR_VAL(job->id));
        return tq_report_new(TQ_REPORT_INFO, "Task not returned any report.", NULL, &err);
    }
    /* generis' Report::toArray() is recursive; anything else goes as json_encode() would */
    zval value;
    ZVAL_UNDEF(&value);
    if (Z_TYPE_P(result) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(result)->function_table, "toarray", 7)) {
        if (php_tq_call(result, "toArray", &value, 0, NULL) == FAILURE) {
            ZVAL_UNDEF(&value);
        }
    } else {
        ZVAL_COPY(&value, result);
    }
    json_t *j = Z_TYPE(value) == IS_UNDEF ? NULL : php_tq_zval_to_json(&value, &err);
    zval_ptr_dtor(&value);
    if (!j) {
        tq_caught c;
        if (tq_catch(&c)) {
            tq_wlog(job, "warning", "Task %s returned a value that cannot be stored: %s: %s", ZSTR_VAL(job->id),
                    ZSTR_VAL(c.cls), ZSTR_VAL(c.msg));
            tq_caught_free(&c);
        } else if (EG(exception)) {
            job->bail = true;
            return NULL;
        } else {
            tq_wlog(job, "warning", "Task %s returned a value that cannot be stored: %s", ZSTR_VAL(job->id),
                    err.message);
            if (err.code == TQ_ERR_TOO_DEEP) {   /* a report too deep to keep fails the task */
                return tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Task %s returned a report that cannot be stored: "
                                      "%s", ZSTR_VAL(job->id), TQ_REPORT_TOO_DEEP);
            }
        }
        tq_error_clear(&err);
        return tq_report_new(TQ_REPORT_INFO, "Task not returned any report.", NULL, &err);
    }
    json_t *report = tq_report_normalize(j, &err);
    if (!report && !EG(exception)) {
        report = tq_result_report_by_type(result);
    }
    if (report) {
        json_decref(j);
        return report;
    }
    /* not a report: keep what it returned as the data of one (TAO warns, and drops it) */
    tq_wlog(job, "warning", "Task %s should return a report object; what it returned is kept as report data.",
            ZSTR_VAL(job->id));
    return tq_report_newf(TQ_REPORT_INFO, j, &err, "Task %s returned data.", ZSTR_VAL(job->id));
}

/* Runs the task. The root report: "Running task <id>" over the task's own report, or
 * an error naming the exception. NULL only when exit() is unwinding. */
static json_t *tq_run(tq_job *job)
{
    tq_error err;
    tq_error_clear(&err);
    zval result;
    ZVAL_UNDEF(&result);
    if (php_tq_worker_prepare_run(job->self, job->task) == SUCCESS
        && php_tq_call(job->task, "applyWorkerContext", NULL, 0, NULL) == SUCCESS
        && php_tq_call(job->task, "__invoke", &result, 0, NULL) == SUCCESS) {
        tq_wlog(job, "info", "Task %s has been processed.", ZSTR_VAL(job->id));
        json_t *child = tq_result_report(job, &result);
        zval_ptr_dtor(&result);
        if (job->bail) {
            return NULL;
        }
        json_t *root = tq_report_newf(TQ_REPORT_INFO, NULL, &err, "Running task %s", ZSTR_VAL(job->id));
        if (root && child && tq_report_add(root, child, &err) == 0 && tq_report_check(root, &err) == 0) {
            return root;
        }
        json_decref(root);
        tq_wlog(job, "error", "The report of task %s cannot be built: %s", ZSTR_VAL(job->id), err.message);
        return tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Executing task %s failed: %s", ZSTR_VAL(job->id),
                              "its report cannot be built");
    }
    tq_caught c;
    if (!tq_catch(&c)) {
        job->bail = true;
        return NULL;
    }
    tq_wlog(job, c.is_error ? "critical" : "error", "Executing task %s failed with MSG: %s [%s]",
            ZSTR_VAL(job->id), ZSTR_VAL(c.msg), ZSTR_VAL(c.cls));
    json_t *root = tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Executing task %s failed: %s: %s",
                                  ZSTR_VAL(job->id), ZSTR_VAL(c.cls), ZSTR_VAL(c.msg));
    job->thrown = c.ce;
    job->thrown_msg = zend_string_copy(c.msg);
    tq_caught_free(&c);
    if (!root) {
        /* e.g. a message that is not UTF-8 */
        root = tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Executing task %s failed", ZSTR_VAL(job->id));
    }
    return root;
}

/* taskLog->setReport(id, <report as array>, status); failures are logged. */
static void tq_store_report(tq_job *job, json_t *report, const char *status)
{
    zval args[3];
    ZVAL_STR(&args[0], job->id);
    if (report) {
        php_tq_worker_report_value(report, &args[1]);
    } else {
        ZVAL_NULL(&args[1]);
    }
    ZVAL_STRING(&args[2], status);
    tq_try(job, tq_task_log_of(job), "Task log", "setReport", NULL, 3, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
}

/* queuer->acknowledge(task); failures are logged. */
static void tq_ack(tq_job *job)
{
    tq_try(job, tq_queuer_of(job), "Queue", "acknowledge", NULL, 1, job->task);
}

/* --- claiming the task ----------------------------------------------------------------- */

typedef enum { TQ_CLAIM_RUN, TQ_CLAIM_SKIP, TQ_CLAIM_LEAVE } tq_claim_result;

static zend_long tq_set_running(tq_job *job, const char *from, bool *failed)
{
    zval rows;
    if (tq_log_call(job, "setStatus", &rows, "running", from) == FAILURE) {
        *failed = true;
        return 0;
    }
    zend_long n = zval_get_long(&rows);
    zval_ptr_dtor(&rows);
    return n;
}

/* Moves the task to `running` (from dequeued, else from enqueued). When that fails the
 * stored status decides: SKIP (acknowledge without running, *status says what to
 * return) or LEAVE (the task log cannot be used: do not acknowledge). */
static tq_claim_result tq_job_claim(tq_job *job, const char **status)
{
    bool failed = false;
    if (tq_set_running(job, "dequeued", &failed) > 0) {
        return TQ_CLAIM_RUN;
    }
    if (!failed && tq_set_running(job, "enqueued", &failed) > 0) {
        return TQ_CLAIM_RUN;
    }
    zval st;
    if (failed || tq_log_call(job, "getStatus", &st, NULL, NULL) == FAILURE) {
        tq_wlog(job, "error", "Task %s cannot be claimed: the task log failed; the message is left in the queue.",
                ZSTR_VAL(job->id));
        return TQ_CLAIM_LEAVE;
    }
    zend_string *s = Z_TYPE(st) == IS_NULL ? ZSTR_EMPTY_ALLOC() : zval_get_string(&st);
    zval_ptr_dtor(&st);
    tq_status parsed = tq_status_parse(ZSTR_VAL(s));
    tq_claim_result r;
    switch (parsed) {
        case TQ_STATUS_COMPLETED: case TQ_STATUS_FAILED: case TQ_STATUS_ARCHIVED: case TQ_STATUS_CANCELLED:
            tq_wlog(job, "info", "Task %s is already %s: this delivery is acknowledged without running it.",
                    ZSTR_VAL(job->id), ZSTR_VAL(s));
            *status = tq_status_name(parsed);
            r = TQ_CLAIM_SKIP;
            break;
        case TQ_STATUS_UNKNOWN:
            tq_wlog(job, "error", "Task %s cannot be claimed: the task log does not know its status; the message "
                    "is left in the queue.", ZSTR_VAL(job->id));
            r = TQ_CLAIM_LEAVE;
            break;
        case TQ_STATUS_INVALID:
            if (ZSTR_LEN(s) == 0) {
                /* enqueued, but the log insert was lost (TAO pushes, then logs): run it all the same */
                tq_wlog(job, "warning", "Task %s has no task log entry; it is added as running.", ZSTR_VAL(job->id));
                zval args[2];
                ZVAL_COPY_VALUE(&args[0], job->task);
                ZVAL_STRING(&args[1], "running");
                tq_try(job, tq_task_log_of(job), "Task log", "add", NULL, 2, args);
                zval_ptr_dtor(&args[1]);
                r = job->bail ? TQ_CLAIM_LEAVE : TQ_CLAIM_RUN;
                break;
            }
            ZEND_FALLTHROUGH;
        default:
            tq_wlog(job, "info", "Task %s [%s] seems to be processed by another worker.", ZSTR_VAL(job->label),
                    ZSTR_VAL(job->id));
            *status = "unknown";
            r = TQ_CLAIM_SKIP;
            break;
    }
    zend_string_release(s);
    return r;
}

/* --- after the run ---------------------------------------------------------------------- */

/* task->method() is truthy; false when it throws (logged). */
static bool tq_task_flag(tq_job *job, const char *method)
{
    zval rv;
    if (tq_try(job, job->task, "Task", method, &rv, 0, NULL) == FAILURE) {
        return false;
    }
    bool t = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    return t;
}

/* The task or its callable when either is a RemoteTaskSynchroniserInterface. */
static bool tq_remote_target(tq_job *job, zval *out)
{
    if (instanceof_function(Z_OBJCE_P(job->task), php_tq_ce_RemoteTaskSynchroniserInterface)) {
        ZVAL_COPY(out, job->task);
        return true;
    }
    if (!instanceof_function(Z_OBJCE_P(job->task), php_tq_ce_CallbackTaskInterface)) {
        return false;
    }
    if (tq_try(job, job->task, "Task", "getCallable", out, 0, NULL) == FAILURE) {
        return false;
    }
    if (Z_TYPE_P(out) == IS_OBJECT && instanceof_function(Z_OBJCE_P(out), php_tq_ce_RemoteTaskSynchroniserInterface)) {
        return true;
    }
    zval_ptr_dtor(out);
    return false;
}

/* As TAO's processTask(): a completed task that mirrors a remote job is re-enqueued (as a
 * clone) while the remote job runs, and fails when the remote job failed. Returns
 * whether a clone was enqueued; may turn *status into failed. */
static bool tq_remote_sync(tq_job *job, json_t *report, const char **status)
{
    zval target, remote;
    if (!tq_remote_target(job, &target)) {
        return false;
    }
    zend_result r = tq_try(job, &target, "Remote task synchroniser", "getRemoteStatus", &remote, 0, NULL);
    zval_ptr_dtor(&target);
    if (r == FAILURE) {
        tq_error err;
        tq_report_add(report, tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Remote status of task %s cannot be read.",
                                             ZSTR_VAL(job->id)), &err);
        *status = "failed";
        return false;
    }
    zend_string *rs = zval_get_string(&remote);
    zval_ptr_dtor(&remote);
    bool cloned = false;
    if (zend_string_equals_literal(rs, "created") || zend_string_equals_literal(rs, "in_progress")) {
        zval count;
        if (tq_try(job, tq_queuer_of(job), "Queue", "count", &count, 0, NULL) == SUCCESS) {
            if (zval_get_long(&count) <= 1) {
                /* do not regenerate the same task in a tight loop */
                php_sleep(3);
            }
            zval_ptr_dtor(&count);
        }
        zend_object *orig = Z_OBJ_P(job->task);
        zval args[2], ok;
        if (orig->handlers->clone_obj && tq_try(job, job->task, "Task", "getLabel", &args[1], 0, NULL) == SUCCESS) {
            ZVAL_OBJ(&args[0], orig->handlers->clone_obj(orig));
            if (!EG(exception)
                && tq_try(job, tq_queuer_of(job), "Queue", "enqueue", &ok, 2, args) == SUCCESS) {
                cloned = zend_is_true(&ok);
                zval_ptr_dtor(&ok);
            } else {
                tq_caught c;
                if (tq_catch(&c)) {
                    tq_caught_free(&c);
                }
            }
            zval_ptr_dtor(&args[0]);
            zval_ptr_dtor(&args[1]);
        }
    } else if (zend_string_equals_literal(rs, "failed")) {
        *status = "failed";
    }
    zend_string_release(rs);
    return cloned;
}

/* As TAO: the parent's status follows its children unless it keeps its own (master status). */
static void tq_update_parent(tq_job *job)
{
    if (!tq_task_flag(job, "hasParent")) {
        return;
    }
    zval parent_id, entity;
    if (tq_try(job, job->task, "Task", "getParentId", &parent_id, 0, NULL) == FAILURE) {
        return;
    }
    zend_string *pid = zval_get_string(&parent_id);
    zval_ptr_dtor(&parent_id);
    zval arg;
    ZVAL_STR(&arg, pid);
    if (tq_try(job, tq_task_log_of(job), "Task log", "getById", &entity, 1, &arg) == FAILURE) {
        tq_wlog(job, "error", "Parent task %s of task %s is not in the task log; its status is not updated.",
                ZSTR_VAL(pid), ZSTR_VAL(job->id));
        zval_ptr_dtor(&arg);
        return;
    }
    zval master;
    bool keeps_own = false;
    if (Z_TYPE(entity) == IS_OBJECT
        && tq_try(job, &entity, "Task log entity", "isMasterStatus", &master, 0, NULL) == SUCCESS) {
        keeps_own = zend_is_true(&master);
        zval_ptr_dtor(&master);
    }
    zval_ptr_dtor(&entity);
    if (!keeps_own && !job->bail) {
        tq_try(job, tq_task_log_of(job), "Task log", "updateParent", NULL, 1, &arg);
    }
    zval_ptr_dtor(&arg);
}

/* --- processTask ----------------------------------------------------------------------- */

static bool tq_is_cancelled(tq_job *job)
{
    zval st;
    if (tq_log_call(job, "getStatus", &st, NULL, NULL) == FAILURE) {
        return false;
    }
    bool c = Z_TYPE(st) == IS_STRING && zend_string_equals_literal(Z_STR(st), "cancelled");
    zval_ptr_dtor(&st);
    return c;
}

/* What a native broker's claim in this process knows (its claim_state hook, queue.h): 1 it
 * started the task (run it, no claim step, no status read); 0 and *status a final status it
 * saw (act on it without asking again); -1 nothing known (every other broker): the usual path. */
static int tq_claimed_here(tq_job *job, tq_status *status)
{
    const char *seen = NULL;
    int state = php_tq_claimed_task_state(job->id, Z_OBJ_P(job->task), true, &seen);
    *status = seen ? tq_status_parse(seen) : TQ_STATUS_INVALID;
    if (state == 0) {
        switch (*status) {
            case TQ_STATUS_CANCELLED: case TQ_STATUS_COMPLETED: case TQ_STATUS_FAILED: case TQ_STATUS_ARCHIVED:
                return 0;
            default:
                return -1;   /* e.g. running elsewhere, no log row: the usual claim decides */
        }
    }
    return state;
}

/* A failed run under a retry policy (worker/retry.c): true when the policy took the task over
 * (its Task Log entry and its message are dealt with; *status: "enqueued" or "failed"). The
 * next attempt's 'enqueued' goes into the Task Log before the message changes (a crash in
 * between runs the same attempt again); a dead letter's 'failed' after it is kept aside. */
static bool tq_retry_failed(tq_job *job, json_t *report, const char **status)
{
    php_tq_retry_plan plan;
    php_tq_retry_plan_make(tq_queuer_of(job), job->task, job->id, job->thrown, job->thrown_msg, report, &plan);
    if (plan.kind == PHP_TQ_RETRY_NONE) {
        if (plan.note[0]) {
            tq_wlog(job, "warning", "The retry policy of task %s is not applied: %s.", ZSTR_VAL(job->id), plan.note);
        }
        php_tq_retry_plan_free(&plan);
        return false;
    }
    bool again = plan.kind == PHP_TQ_RETRY_AGAIN;
    if (again) {
        tq_store_report(job, plan.report, "enqueued");
    }
    tq_error err;
    tq_error_clear(&err);
    int rc = job->bail ? -1 : php_tq_retry_apply(tq_queuer_of(job), job->task, job->id, &plan, &err);
    if (rc == 1 && !again) {
        tq_store_report(job, plan.report, "failed");
    }
    if (rc == 1) {
        tq_wlog(job, again ? "warning" : "error", again ? "Task %s failed on attempt %d of %d; it runs again in %lld ms."
                : "Task %s failed on attempt %d of %d and is kept as a dead letter.", ZSTR_VAL(job->id), plan.attempt,
                plan.attempts, (long long)plan.delay_ms);
    } else if (rc == 0) {
        tq_wlog(job, "warning", "Task %s is no longer this worker's (its lease ran out and another worker took it): "
                "what follows its failure is left to that worker.", ZSTR_VAL(job->id));
    } else if (!job->bail) {
        tq_wlog(job, "error", "Task %s failed on attempt %d of %d and its %s could not be recorded (%s): the "
                "message comes back when its lease runs out.", ZSTR_VAL(job->id), plan.attempt, plan.attempts,
                again ? "next attempt" : "dead letter", err.message);
    }
    *status = again ? "enqueued" : "failed";
    php_tq_retry_plan_free(&plan);
    return true;
}

/* The whole of processTask() once the job is set up; NULL when exit() is unwinding. */
static const char *tq_process(tq_job *job)
{
    tq_error err;
    tq_error_clear(&err);
    tq_status seen;
    int claimed = tq_claimed_here(job, &seen);
    if (claimed == 0 && seen != TQ_STATUS_CANCELLED) {
        tq_wlog(job, "info", "Task %s is already %s: this delivery is acknowledged without running it.",
                ZSTR_VAL(job->id), tq_status_name(seen));
        tq_ack(job);
        return job->bail ? NULL : tq_status_name(seen);
    }
    if (claimed == 1) {
        tq_wlog(job, "info", "Processing task %s [%s]", ZSTR_VAL(job->label), ZSTR_VAL(job->id));
        goto run;   /* the claim statement moved it to running */
    }
    if (claimed == 0 || tq_is_cancelled(job)) {
        json_t *report = tq_report_newf(TQ_REPORT_INFO, NULL, &err,
                                        "Task %s has been cancelled, message was not processed.", ZSTR_VAL(job->id));
        tq_store_report(job, report, "cancelled");
        json_decref(report);
        tq_ack(job);
        return job->bail ? NULL : "cancelled";
    }
    if (job->bail) {
        return NULL;
    }
    tq_wlog(job, "info", "Processing task %s [%s]", ZSTR_VAL(job->label), ZSTR_VAL(job->id));

    const char *status = "unknown";
    switch (tq_job_claim(job, &status)) {
        case TQ_CLAIM_LEAVE:
            return job->bail ? NULL : "unknown";
        case TQ_CLAIM_SKIP:
            tq_ack(job);
            return job->bail ? NULL : status;
        case TQ_CLAIM_RUN:
            break;
    }

run:;
    php_tq_worker_load_translations(job->self, job->task, job->id, &job->context);
    php_tq_hb_run counted;
    php_tq_heartbeat_run_begin(&counted, tq_queuer_of(job), job->task);
    json_t *report = tq_run(job);
    if (!report) {
        php_tq_heartbeat_run_end(&counted, NULL);
        return NULL;
    }
    status = tq_report_has_error(report) ? "failed" : "completed";
    if (strcmp(status, "failed") == 0 && tq_retry_failed(job, report, &status)) {
        json_decref(report);
        bool again = strcmp(status, "enqueued") == 0;
        php_tq_heartbeat_run_end(&counted, job->bail ? NULL : again ? "retried" : status);
        if (!job->bail && !again) {
            tq_update_parent(job);
        }
        return job->bail ? NULL : status;
    }
    if (strcmp(status, "completed") == 0 && tq_task_flag(job, "hasChildren")) {
        status = "child_running";
    }
    bool cloned = strcmp(status, "completed") == 0 && tq_remote_sync(job, report, &status);
    if (cloned) {
        /* the clone carries on under its own id */
        zval broker;
        if (tq_try(job, tq_task_log_of(job), "Task log", "getBroker", &broker, 0, NULL) == SUCCESS) {
            zval arg;
            ZVAL_STR(&arg, job->id);
            tq_try(job, &broker, "Task log broker", "deleteById", NULL, 1, &arg);
            zval_ptr_dtor(&broker);
        }
    } else if (!job->bail) {
        tq_store_report(job, report, status);
    }
    json_decref(report);
    php_tq_heartbeat_run_end(&counted, job->bail ? NULL : status);
    if (!job->bail) {
        tq_update_parent(job);
    }
    if (!job->bail) {
        tq_ack(job);
    }
    return job->bail ? NULL : status;
}

/* Task id, label and log context for a new job. FAILURE: no usable id (logged). */
static zend_result tq_job_init(tq_job *job, zval *self, zval *task)
{
    memset(job, 0, sizeof(*job));
    job->self = self;
    job->task = task;
    array_init(&job->context);
    job->id = ZSTR_EMPTY_ALLOC();
    job->label = ZSTR_EMPTY_ALLOC();

    zval rv;
    if (tq_self_call(job, "getlogcontext", &rv, 0, NULL) == SUCCESS) {
        if (Z_TYPE(rv) == IS_ARRAY) {
            zval_ptr_dtor(&job->context);
            ZVAL_COPY_VALUE(&job->context, &rv);
        } else {
            zval_ptr_dtor(&rv);
        }
    }
    if (job->bail) {
        return FAILURE;
    }
    zval id;
    if (tq_try(job, task, "Task", "getId", &id, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    job->id = zval_get_string(&id);
    zval_ptr_dtor(&id);
    if (tq_self_call(job, "formattasklabel", &rv, 1, task) == SUCCESS) {
        if (Z_TYPE(rv) == IS_STRING) {
            job->label = Z_STR(rv);
        } else {
            zval_ptr_dtor(&rv);
        }
    }
    return job->bail ? FAILURE : SUCCESS;
}

static void tq_job_free(tq_job *job)
{
    if (job->thrown_msg) {
        zend_string_release(job->thrown_msg);
    }
    zval_ptr_dtor(&job->context);
    zend_string_release(job->id);
    zend_string_release(job->label);
}

/* --- AbstractWorker --------------------------------------------------------------------- */


ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, __construct)
{
    zval *queuer, *task_log;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(queuer, php_tq_ce_QueuerInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(SELF, W_CE, "queuer", queuer);
    PHP_TQ_PROP_SET(SELF, W_CE, "taskLog", task_log);
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, processTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();

    tq_job job;
    const char *status = NULL;
    php_tq_tel_span tel;
    php_tq_tel_process_begin(task, &tel);
    if (tq_job_init(&job, ZEND_THIS, task) == SUCCESS) {
        status = tq_process(&job);
        /* a claim still registered was not acknowledged: let its lease run out */
        php_tq_claimed_task_settle(job.id, Z_OBJ_P(task));
    } else if (!job.bail) {
        tq_wlog(&job, "error", "A task without a usable id cannot be processed; it is left in the queue.");
        status = "unknown";
    }
    tq_job_free(&job);
    php_tq_tel_process_end(&tel, status, NULL);
    if (!status) {
        RETURN_THROWS();
    }
    RETURN_STRING(status);
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, formatTaskLabel)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zval label;
    if (php_tq_call(task, "getLabel", &label, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(label) != IS_STRING) {
        zval_ptr_dtor(&label);
        RETURN_EMPTY_STRING();
    }
    /* bytes, as TAO's strlen()/substr() count them */
    if (Z_STRLEN(label) > 255) {
        RETVAL_STR(zend_strpprintf(0, "...%s", Z_STRVAL(label) + Z_STRLEN(label) - 252));
        zval_ptr_dtor(&label);
        return;
    }
    RETURN_COPY_VALUE(&label);
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_EMPTY_ARRAY();
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Worker_AbstractWorker, php_tq_ce_AbstractWorker)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Worker_AbstractWorker, php_tq_ce_AbstractWorker)
void php_tq_worker_minit(void)
{
    php_tq_ce_WorkerInterface = register_class_oat_tao_model_taskQueue_Worker_WorkerInterface();
    php_tq_ce_AbstractWorker = register_class_oat_tao_model_taskQueue_Worker_AbstractWorker(php_tq_ce_WorkerInterface);
    php_tq_ce_OneTimeWorker = register_class_oat_tao_model_taskQueue_Worker_OneTimeWorker(php_tq_ce_AbstractWorker);
    php_tq_ce_OneTimeTask = register_class_oat_tao_model_taskQueue_Worker_OneTimeTask(php_tq_ce_AbstractWorker);
}
