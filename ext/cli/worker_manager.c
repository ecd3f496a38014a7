/*
 * worker_manager.c: WorkerManagerRunner (-i <seconds> -cpu <load> -m <memory %>, README "Command
 * line") and the service it asks, WorkerProcessManager (limits, readings, task_command). Each
 * interval, while the 1-minute load average and the memory in use are below the limits, the
 * manager dequeues one task from the dispatcher and starts `<task_command> -t <base64 of its
 * JSON>` in the TAO root: a RunTask process runs it, with its Task Log and acknowledgement as a
 * worker's. TAO does this on a ReactPHP loop; here it is a plain C loop over fork/exec and
 * waitpid (src/worker/tq_child), readings from /proc (src/worker/tq_proc_limits), and the
 * worker's native signal handlers: SIGTERM, SIGINT or SIGQUIT stop the dequeuing, then the
 * manager waits for its task processes and reports. A task whose process could not start is
 * given back to its queue (doRelease(), else pushed again), never left claimed and dropped.
 * May touch: the Zend API, common/common, queue/queue.h, task/task.h, worker/signals,
 * worker/stderr_logger, worker/worker.h, src/cli/tq_cli_args, src/worker/tq_proc_limits, src/worker/tq_child,
 * src/worker/tq_signal.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/base64.h"
#include "../php_taskqueue.h"
#include "../worker/signals.h"
#include "../worker/stderr_logger.h"
#include "tools.h"
#include "worker/tq_child.h"
#include "worker/tq_proc_limits.h"
#include "worker_manager_arginfo.h"

zend_class_entry *php_tq_ce_WorkerProcessManager;
zend_class_entry *php_tq_ce_WorkerManagerRunner;
static zend_class_entry *php_tq_ce_WorkerProcessCloseListener;

#define WPM_CE php_tq_ce_WorkerProcessManager
#define WPM_SERVICE "taoTaskQueue/WorkerProcessManager"
/* TAO's default (the extension's config/default/WorkerProcessManager.conf.php) */
#define WPM_DEFAULT_COMMAND "php index.php \"\\oat\\taoTaskQueue\\scripts\\tools\\RunTask\""

/* === WorkerProcessManager ================================================================= */

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, __construct)
{
    php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, WPM_CE);
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCommand)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *cmd = php_tq_option(Z_OBJ_P(ZEND_THIS), WPM_CE, "task_command");
    if (cmd && Z_TYPE_P(cmd) == IS_STRING && Z_STRLEN_P(cmd) > 0) {
        RETURN_STR_COPY(Z_STR_P(cmd));
    }
    RETURN_STRING(WPM_DEFAULT_COMMAND);
}

/* This machine's readings; FAILURE with a RuntimeException (no /proc/meminfo, say). */
static zend_result wpm_usage(tq_sys_usage *u)
{
    tq_error err;
    tq_error_clear(&err);
    if (tq_sys_usage_read(NULL, NULL, u, &err) != 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "WorkerProcessManager");
        return FAILURE;
    }
    return SUCCESS;
}

static zend_long wpm_limit(zval *self, const char *name, size_t len)
{
    zval *v = php_tq_prop(Z_OBJ_P(self), WPM_CE, name, len);
    return v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 0;
}

/* A PHP override of getMemoryUsage()/getCpuUsage() (a subclass, TAO's partial mocks):
 * its answer replaces the reading in *value. */
static zend_result wpm_override(zval *self, const char *lc_name, double *value)
{
    zend_function *fn = php_tq_user_method(Z_OBJ_P(self), lc_name);
    if (!fn) {
        return SUCCESS;
    }
    zval rv;
    zend_call_known_instance_method_with_0_params(fn, Z_OBJ_P(self), &rv);
    if (EG(exception)) {
        zval_ptr_dtor(&rv);
        return FAILURE;
    }
    *value = zval_get_double(&rv);
    zval_ptr_dtor(&rv);
    return SUCCESS;
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, canRun)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_sys_usage u;
    if (wpm_usage(&u) == FAILURE || wpm_override(ZEND_THIS, "getmemoryusage", &u.mem_used_pct) == FAILURE
        || wpm_override(ZEND_THIS, "getcpuusage", &u.load1) == FAILURE) {
        RETURN_THROWS();
    }
    tq_proc_limits l = {wpm_limit(ZEND_THIS, "limitOfCpu", sizeof("limitOfCpu") - 1),
                        wpm_limit(ZEND_THIS, "limitOfMemory", sizeof("limitOfMemory") - 1)};
    RETURN_BOOL(tq_proc_limits_allow(&l, &u));
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getMemoryUsage)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_sys_usage u;
    if (wpm_usage(&u) == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_DOUBLE(u.mem_used_pct);
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCpuUsage)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_sys_usage u;
    if (wpm_usage(&u) == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_DOUBLE(u.load1);
}

static void wpm_set_limit(INTERNAL_FUNCTION_PARAMETERS, const char *name, size_t len)
{
    zend_long v;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(v)
    ZEND_PARSE_PARAMETERS_END();
    zval zv;
    ZVAL_LONG(&zv, v);
    php_tq_prop_set(Z_OBJ_P(ZEND_THIS), WPM_CE, name, len, &zv);
}

/* --- the processes a PHP caller keeps (TAO's addProcess()/getProcesses()) --- */

/* getPid()'s answer as an array key, as PHP would use it: null is "", a bool or a float an int. */
static zend_result wpm_pid_key(zval *pid, zval *key)
{
    switch (Z_TYPE_P(pid)) {
        case IS_LONG: case IS_STRING: ZVAL_COPY(key, pid); return SUCCESS;
        case IS_NULL: ZVAL_EMPTY_STRING(key); return SUCCESS;
        case IS_FALSE: case IS_TRUE: case IS_DOUBLE: ZVAL_LONG(key, zval_get_long(pid)); return SUCCESS;
        default:
            zend_type_error("WorkerProcessManager::addProcess(): getPid() returned %s, not a process id",
                            zend_zval_type_name(pid));
            return FAILURE;
    }
}

static HashTable *wpm_processes(zend_object *manager)
{
    zval *list = PHP_TQ_PROP(manager, WPM_CE, "processes");
    if (!list || Z_TYPE_P(list) != IS_ARRAY) {
        return NULL;
    }
    SEPARATE_ARRAY(list);
    return Z_ARRVAL_P(list);
}

/* stdout->on('close', <listener that forgets pid>) when the process has such a stream. */
static zend_result wpm_listen_close(zval *self, zval *process, zval *key)
{
    zval *out = zend_read_property(Z_OBJCE_P(process), Z_OBJ_P(process), "stdout", sizeof("stdout") - 1, 1, NULL);
    if (EG(exception)) {
        return FAILURE;
    }
    if (!out || Z_TYPE_P(out) != IS_OBJECT || !php_tq_has_method(out, "on")) {
        return SUCCESS;
    }
    zval listener, args[2];
    object_init_ex(&listener, php_tq_ce_WorkerProcessCloseListener);
    zend_update_property(php_tq_ce_WorkerProcessCloseListener, Z_OBJ(listener), "manager", sizeof("manager") - 1, self);
    zend_update_property(php_tq_ce_WorkerProcessCloseListener, Z_OBJ(listener), "pid", sizeof("pid") - 1, key);
    ZVAL_STRING(&args[0], "close");
    ZVAL_COPY_VALUE(&args[1], &listener);
    zval stream;
    ZVAL_COPY(&stream, out);
    zend_result r = php_tq_call(&stream, "on", NULL, 2, args);
    zval_ptr_dtor(&stream);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&listener);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, addProcess)
{
    zval *process;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT(process)
    ZEND_PARSE_PARAMETERS_END();
    zval pid, key;
    if (!php_tq_has_method(process, "getpid")) {
        zend_type_error("WorkerProcessManager::addProcess(): %s has no getPid(), so it is no process",
                        ZSTR_VAL(Z_OBJCE_P(process)->name));
        RETURN_THROWS();
    }
    if (php_tq_call(process, "getPid", &pid, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = wpm_pid_key(&pid, &key);
    zval_ptr_dtor(&pid);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    HashTable *list = wpm_processes(Z_OBJ_P(ZEND_THIS));
    if (list && wpm_listen_close(ZEND_THIS, process, &key) == SUCCESS) {
        array_set_zval_key(list, &key, process);
    }
    zval_ptr_dtor(&key);
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getProcesses)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *list = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), WPM_CE, "processes");
    if (list && Z_TYPE_P(list) == IS_ARRAY) {
        RETURN_COPY(list);
    }
    RETURN_EMPTY_ARRAY();
}

ZEND_METHOD(TaskQueue_Internal_WorkerProcessCloseListener, __construct)
{
}

ZEND_METHOD(TaskQueue_Internal_WorkerProcessCloseListener, __invoke)
{
    zval *args;
    uint32_t n;
    ZEND_PARSE_PARAMETERS_START(0, -1)
        Z_PARAM_VARIADIC('*', args, n)
    ZEND_PARSE_PARAMETERS_END();
    (void)args;   /* ReactPHP's 'close' passes nothing; any arguments are ignored */
    (void)n;
    zend_class_entry *ce = php_tq_ce_WorkerProcessCloseListener;
    zval *manager = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ce, "manager");
    zval *pid = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ce, "pid");
    if (!manager || Z_TYPE_P(manager) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(manager), WPM_CE) || !pid) {
        return;   /* built by hand through reflection: nothing to forget */
    }
    HashTable *list = wpm_processes(Z_OBJ_P(manager));
    if (list && Z_TYPE_P(pid) == IS_LONG) {
        zend_hash_index_del(list, Z_LVAL_P(pid));
    } else if (list && Z_TYPE_P(pid) == IS_STRING) {
        zend_symtable_del(list, Z_STR_P(pid));
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfCpu)
{
    wpm_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "limitOfCpu", sizeof("limitOfCpu") - 1);
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfCpu)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(wpm_limit(ZEND_THIS, "limitOfCpu", sizeof("limitOfCpu") - 1));
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfMemory)
{
    wpm_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "limitOfMemory", sizeof("limitOfMemory") - 1);
}

ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfMemory)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(wpm_limit(ZEND_THIS, "limitOfMemory", sizeof("limitOfMemory") - 1));
}

PHP_TQ_OPTION_METHODS(oat_taoTaskQueue_model_Worker_WorkerProcessManager, WPM_CE)
PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_model_Worker_WorkerProcessManager, WPM_CE)

/* === WorkerManagerRunner =================================================================== */

enum { WM_INTERVAL, WM_CPU, WM_MEMORY, WM_STOP_EMPTY, WM_HELP, WM_N };
static const tq_cli_spec wm_specs[WM_N] = {
    [WM_INTERVAL] = {"interval", TQ_CLI_COUNT, "<seconds>", "i", 1},
    [WM_CPU] = {"limitOfCpu", TQ_CLI_COUNT, "<1-minute load average>", "cpu", 1},
    [WM_MEMORY] = {"limitOfMemory", TQ_CLI_COUNT, "<memory in use, %>", "m", 1},
    [WM_STOP_EMPTY] = {"stop-when-empty", TQ_CLI_FLAG, NULL, NULL, 0},
    [WM_HELP] = {"help", TQ_CLI_FLAG, NULL, "h", 0},
};

typedef struct wm_child {
    long pid;
    zval task;              /* kept until the process ends: the manager's claim names it */
    zend_string *id;
} wm_child;

typedef struct wm_run {
    zval *self;
    zval dispatcher, log, manager, serializer, logger;
    char **cmd;             /* task_command's words (one malloc block) */
    size_t cmd_n;
    zend_string *root;      /* where the task processes start; NULL: here */
    wm_child *children;
    size_t n, cap;
    zend_long started, ended_ok, ended_bad;
    tq_signal_state *sig;
} wm_run;

/* Through the StderrLogger (level from TASKQUEUE_LOG_LEVEL, as a worker without a logger). */
static void wm_log(wm_run *r, const char *level, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
static void wm_log(wm_run *r, const char *level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zval msg;
    ZVAL_STR(&msg, zend_vstrpprintf(0, fmt, ap));
    va_end(ap);
    php_tq_call(&r->logger, level, NULL, 1, &msg);
    zval_ptr_dtor(&msg);
}

static zend_string *wm_task_id(zval *task)
{
    zval id;
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *s = zval_get_string(&id);
    zval_ptr_dtor(&id);
    return s;
}

/* The dispatcher remembers where each task it handed out came from until acknowledge(),
 * which happens in the task process: the manager forgets it itself once the task is over
 * (php_tq_dispatcher_forget_source()). */
static void wm_child_free(wm_run *r, size_t i)
{
    /* the manager's claim (RdsQueueBroker) was renewed while the process ran: it ends now;
     * an acknowledged task's row is gone, an unacknowledged one comes back after its lease */
    php_tq_claimed_task_settle(r->children[i].id, Z_OBJ(r->children[i].task));
    php_tq_dispatcher_forget_source(&r->dispatcher, r->children[i].id);
    zval_ptr_dtor(&r->children[i].task);
    zend_string_release(r->children[i].id);
    r->children[i] = r->children[--r->n];
}

/* Reaps every task process that ended (never waits). */
static void wm_reap(wm_run *r)
{
    for (size_t i = 0; i < r->n;) {
        int st = 0;
        tq_error err;
        tq_error_clear(&err);
        int done = tq_child_reap(r->children[i].pid, &st, &err);
        if (done == 0) {
            i++;
            continue;
        }
        char what[64];
        if (done < 0) {
            /* SIGCHLD ignored by someone: the system reaped it; its status is unknown */
            snprintf(what, sizeof(what), "status unknown (%s)", err.message);
            r->ended_bad++;
        } else {
            tq_child_describe(st, what, sizeof(what));
            if (tq_child_succeeded(st)) {
                r->ended_ok++;
            } else {
                r->ended_bad++;
            }
        }
        wm_log(r, done > 0 && tq_child_succeeded(st) ? "info" : "warning", "Task %s: process %ld ended, %s",
               ZSTR_VAL(r->children[i].id), r->children[i].pid, what);
        wm_child_free(r, i);
    }
}

/* A task whose process never started goes back to the queue it came from: doRelease() (RDS,
 * SQS: visible again now), else pushed again (brokers without leases, e.g. in memory, where a
 * dequeued task exists nowhere else). Adds a line to report. FAILURE with an exception. */
static zend_result wm_give_back(wm_run *r, zval *task, zend_string *id, zval *report)
{
    zval queue, broker, rv, name;
    zend_string *qname = php_tq_dispatcher_source_of(&r->dispatcher, task);
    zend_result res;
    if (qname) {
        ZVAL_STR(&name, qname);
        res = php_tq_call(&r->dispatcher, "getQueue", &queue, 1, &name);
        zval_ptr_dtor(&name);
    } else {
        res = php_tq_call(&r->dispatcher, "getQueueForTask", &queue, 1, task);
    }
    if (res == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(&queue, "getBroker", &broker, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&queue);
        return FAILURE;
    }
    zend_string *qn = zval_try_get_string(&queue);
    const char *how = "given back to";
    res = php_tq_call_hook(&broker, "doRelease", &rv, 1, task);
    if (res == SUCCESS && !zend_is_true(&rv)) {
        zval_ptr_dtor(&rv);
        how = "pushed again onto";
        res = php_tq_call(&broker, "push", &rv, 1, task);
    }
    if (res == SUCCESS) {
        zval_ptr_dtor(&rv);
        php_tq_cli_rep_addf(report, "info", "Task %s was %s queue %s.", ZSTR_VAL(id), how, qn ? ZSTR_VAL(qn) : "?");
    }
    if (qn) {
        zend_string_release(qn);
    }
    zval_ptr_dtor(&broker);
    zval_ptr_dtor(&queue);
    return res;
}

/* Starts the task's process. 1 started, 0 it could not start (given back; report says
 * why), -1 exception pending. */
static int wm_start(wm_run *r, zval *task, zval *report)
{
    zend_string *id = wm_task_id(task);
    if (!id) {
        return -1;
    }
    /* An RdsQueueBroker whose Task Log is on the same database moved the task to 'running' in
     * its claim; the task process would then take it for one another worker runs (and
     * acknowledge it unrun). Back to 'dequeued' before the process exists: it starts the
     * task itself, as TAO's RunTask does after a plain dequeue. */
    const char *seen = NULL;
    if (php_tq_claimed_task_state(id, Z_OBJ_P(task), false, &seen) == 1) {
        zval args[3];
        ZVAL_STR_COPY(&args[0], id);
        ZVAL_STRING(&args[1], "dequeued");
        ZVAL_STRING(&args[2], "running");
        zend_result sr = php_tq_call(&r->log, "setStatus", NULL, 3, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        zval_ptr_dtor(&args[2]);
        if (sr == FAILURE) {
            zend_string_release(id);
            return -1;
        }
    }
    zval json;
    if (php_tq_call(&r->serializer, "serialize", &json, 1, task) == FAILURE) {
        zend_string_release(id);
        return -1;
    }
    zend_string *js = zval_get_string(&json);
    zval_ptr_dtor(&json);
    zend_string *b64 = php_base64_encode((const unsigned char *)ZSTR_VAL(js), ZSTR_LEN(js));
    zend_string_release(js);
    char **argv = safe_emalloc(r->cmd_n + 3, sizeof(char *), 0);
    memcpy(argv, r->cmd, r->cmd_n * sizeof(char *));
    argv[r->cmd_n] = "-t";
    argv[r->cmd_n + 1] = ZSTR_VAL(b64);
    argv[r->cmd_n + 2] = NULL;
    long pid = 0;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_child_spawn(r->root ? ZSTR_VAL(r->root) : NULL, argv, TQ_CHILD_STDOUT_TO_STDERR, &pid, &err);
    efree(argv);
    zend_string_release(b64);
    if (rc != 0) {
        php_tq_cli_rep_addf(report, "error", "Task %s could not be started: %s", ZSTR_VAL(id), err.message);
        zend_result gr = wm_give_back(r, task, id, report);
        php_tq_dispatcher_forget_source(&r->dispatcher, id);
        zend_string_release(id);
        return gr == FAILURE ? -1 : 0;
    }
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 8;
        r->children = safe_erealloc(r->children, r->cap, sizeof(wm_child), 0);
    }
    wm_child *c = &r->children[r->n++];
    c->pid = pid;
    ZVAL_COPY(&c->task, task);
    c->id = id;
    r->started++;
    wm_log(r, "info", "Task %s: started in process %ld", ZSTR_VAL(id), pid);
    return 1;
}

/* Tasks the brokers prefetched and the manager never handed on go back to their queues. */
static void wm_release_buffered(wm_run *r)
{
    zval queues, *q;
    if (php_tq_call(&r->dispatcher, "getQueues", &queues, 0, NULL) == FAILURE) {
        return;
    }
    if (Z_TYPE(queues) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            zval broker, rv;
            if (Z_TYPE_P(q) != IS_OBJECT || php_tq_call(q, "getBroker", &broker, 0, NULL) == FAILURE) {
                break;
            }
            if (php_tq_has_method(&broker, "releaseprefetchedmessages")
                && php_tq_call(&broker, "releasePreFetchedMessages", &rv, 0, NULL) == SUCCESS) {
                if (zval_get_long(&rv) > 0) {
                    wm_log(r, "info", ZEND_LONG_FMT " buffered task(s) given back to the queue.", zval_get_long(&rv));
                }
                zval_ptr_dtor(&rv);
            }
            zval_ptr_dtor(&broker);
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&queues);
}

/* The loop: reap, then (unless stopping) one dequeue when the limits allow, then wait for the
 * interval or a signal. FAILURE with an exception pending; *stopped_bad when a task process
 * could not start (the report says why; the manager stops: its command will not mend). */
static zend_result wm_loop(wm_run *r, zend_long interval, bool stop_when_empty, zval *report, bool *stopped_bad)
{
    int was_allowed = -1;
    for (;;) {
        wm_reap(r);
        if (EG(exception)) {
            return FAILURE;
        }
        if (r->sig->stop) {
            wm_log(r, "info", "Stop requested (signal %d): no new task; waiting for %zu task process(es).",
                   (int)r->sig->last_signal, r->n);
            return SUCCESS;
        }
        bool started = false, empty = false;
        zend_result cr;
        bool allowed = php_tq_cli_call_bool(&r->manager, "canRun", &cr);
        if (cr == FAILURE) {
            return FAILURE;
        }
        if (allowed) {
            zval task;
            if (php_tq_call(&r->dispatcher, "dequeue", &task, 0, NULL) == FAILURE) {
                return FAILURE;
            }
            if (Z_TYPE(task) == IS_OBJECT) {
                int s = wm_start(r, &task, report);
                zval_ptr_dtor(&task);
                if (s < 0) {
                    return FAILURE;
                }
                if (s == 0) {
                    *stopped_bad = true;
                    return SUCCESS;
                }
                started = true;
            } else {
                zval_ptr_dtor(&task);
                empty = true;
            }
        }
        if (was_allowed != (int)allowed) {
            /* said once per change, not every interval */
            wm_log(r, allowed ? "info" : "notice", allowed ? "Below the limits: tasks are started."
                   : "The load or the memory in use is at its limit: no task is started for now.");
            was_allowed = allowed;
        }
        if (empty && stop_when_empty && r->n == 0) {
            return SUCCESS;
        }
        /* -i 0: back to back while tasks come, a short pause when there is nothing to do */
        zend_long ms = interval > 0 ? interval * 1000 : (started ? 0 : 200);
        if (ms > 0) {
            tq_signal_wait(r->sig, -1, ms > INT_MAX ? INT_MAX : (int)ms);
        }
    }
}

static zend_result wm_setup(wm_run *r, zval *report)
{
    zend_class_entry *scope = php_tq_ce_WorkerManagerRunner;
    if (php_tq_cli_tool_service(r->self, scope, TQ_SERVICE_QUEUE, &r->dispatcher) == FAILURE) {
        return FAILURE;
    }
    zend_result cr;
    if (php_tq_cli_call_bool(&r->dispatcher, "isSync", &cr)) {
        php_tq_cli_rep_newf(report, "error", "No worker is needed because all registered queue is a Sync Queue.");
        return SUCCESS;
    }
    if (cr == FAILURE || php_tq_cli_tool_task_log(r->self, scope, &r->dispatcher, &r->log) == FAILURE) {
        return FAILURE;
    }
    /* the service when configured (TAO installs config/taoTaskQueue/WorkerProcessManager.conf.php),
     * else one with TAO's defaults */
    zend_string *sid = zend_string_init(WPM_SERVICE, sizeof(WPM_SERVICE) - 1, 0);
    zval probe;
    tq_error err;
    tq_error_clear(&err);
    bool configured = php_tq_cli_tool_locator(r->self, scope) != NULL;
    if (!configured) {
        if (php_tq_load_service_config(sid, &probe, &err) == SUCCESS) {
            zval_ptr_dtor(&probe);
            configured = true;
        } else if (EG(exception)) {
            zend_string_release(sid);
            return FAILURE;
        }
    }
    zend_string_release(sid);
    if (configured) {
        if (php_tq_cli_tool_service(r->self, scope, WPM_SERVICE, &r->manager) == FAILURE) {
            return FAILURE;
        }
    } else if (php_tq_cli_new_object(WPM_CE, &r->manager, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_cli_new_object(php_tq_ce_TaskSerializerService, &r->serializer, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zval cmd;
    if (php_tq_call(&r->manager, "getCommand", &cmd, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_string *c = zval_get_string(&cmd);
    zval_ptr_dtor(&cmd);
    int sr = tq_command_split(ZSTR_VAL(c), &r->cmd, &r->cmd_n, &err);
    zend_string_release(c);
    if (sr != 0) {
        php_tq_cli_rep_newf(report, "error", "WorkerProcessManager's task_command cannot be used: %s", err.message);
        return SUCCESS;
    }
    r->root = php_tq_tao_root();
    zval lvl;
    const char *env = getenv("TASKQUEUE_LOG_LEVEL");
    ZVAL_STRING(&lvl, env && php_tq_stderr_level_of(env, strlen(env)) >= 0 ? env : "info");
    zend_result lr = php_tq_cli_new_object(php_tq_ce_StderrLogger, &r->logger, 1, &lvl);
    zval_ptr_dtor(&lvl);
    return lr;
}

static void wm_free(wm_run *r)
{
    for (size_t i = r->n; i > 0; i--) {
        wm_child_free(r, i - 1);
    }
    if (r->children) {
        efree(r->children);
    }
    free(r->cmd);
    if (r->root) {
        zend_string_release(r->root);
    }
    zval_ptr_dtor(&r->logger);
    zval_ptr_dtor(&r->serializer);
    zval_ptr_dtor(&r->manager);
    zval_ptr_dtor(&r->log);
    zval_ptr_dtor(&r->dispatcher);
}

static zend_result wm_run_tool(zval *self, const tq_cli_value *v, const void *data, zval *report)
{
#ifdef PHP_WIN32
    php_tq_cli_rep_newf(report, "error", "WorkerManagerRunner runs on Linux only.");
    return SUCCESS;
#else
    wm_run r;
    memset(&r, 0, sizeof(r));
    r.self = self;
    ZVAL_UNDEF(&r.dispatcher);
    ZVAL_UNDEF(&r.log);
    ZVAL_UNDEF(&r.manager);
    ZVAL_UNDEF(&r.serializer);
    ZVAL_UNDEF(&r.logger);
    zend_result res = wm_setup(&r, report);
    if (res == FAILURE || Z_TYPE_P(report) == IS_ARRAY) {
        wm_free(&r);
        return res;
    }
    zval lim;
    ZVAL_LONG(&lim, (zend_long)v[WM_CPU].num);
    res = php_tq_cli_call1(&r.manager, "setLimitOfCpu", &lim);
    ZVAL_LONG(&lim, (zend_long)v[WM_MEMORY].num);
    if (res == SUCCESS) {
        res = php_tq_cli_call1(&r.manager, "setLimitOfMemory", &lim);
    }
    if (res == FAILURE) {
        wm_free(&r);
        return FAILURE;
    }
    zval lines;          /* what happened, gathered before the report's head is known */
    php_tq_cli_rep_new(&lines, "info", zend_string_init("", 0, 0));
    r.sig = php_tq_signals_state();
    php_tq_signals_install();
    wm_log(&r, "info", "Worker manager started: one task every " ZEND_LONG_FMT " s while the load average is below "
           "%lld and the memory in use below %lld %%.", (zend_long)v[WM_INTERVAL].num, v[WM_CPU].num, v[WM_MEMORY].num);
    bool bad = false;
    res = wm_loop(&r, (zend_long)v[WM_INTERVAL].num, v[WM_STOP_EMPTY].set && v[WM_STOP_EMPTY].num, &lines, &bad);
    /* Whatever ended the loop (a signal, an exception, a process that could not start), the
     * task processes are let finish: they hold tasks. An exception waits meanwhile. */
    zend_object *ex = EG(exception);
    EG(exception) = NULL;
    while (r.n > 0) {
        wm_reap(&r);
        if (EG(exception)) {
            zend_clear_exception();     /* the logger failing must not leave children behind */
        }
        if (r.n > 0) {
            tq_signal_wait(r.sig, -1, 100);
        }
    }
    wm_release_buffered(&r);
    if (EG(exception)) {
        zend_clear_exception();
    }
    EG(exception) = ex;
    php_tq_signals_restore();
    /* the stop request is used up: a later run in this process starts afresh (as a worker's) */
    r.sig->stop = 0;
    if (res == SUCCESS) {
        zend_string *now = php_format_date(TQ_DATE_ATOM, sizeof(TQ_DATE_ATOM) - 1, time(NULL), 1);
        php_tq_cli_rep_newf(report, bad ? "error" : "success", "Worker manager finished at %s", ZSTR_VAL(now));
        zend_string_release(now);
        php_tq_cli_rep_addf(report, "info", ZEND_LONG_FMT " task process(es) started: " ZEND_LONG_FMT " exited with 0, "
                            ZEND_LONG_FMT " otherwise.", r.started, r.ended_ok, r.ended_bad);
        zval *children = zend_hash_str_find(Z_ARRVAL(lines), "children", sizeof("children") - 1), *c;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(children), c) {
            Z_TRY_ADDREF_P(c);
            php_tq_cli_rep_add(report, c);
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&lines);
    wm_free(&r);
    return res;
#endif
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, __invoke)
{
    static const php_tq_cli_script tool = {wm_specs, WM_N, WM_HELP, "Run tasks as a new fork process", wm_run_tool,
                                           NULL};
    php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, &tool);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, php_tq_ce_WorkerManagerRunner)

void php_tq_cli_worker_manager_minit(void)
{
    php_tq_ce_WorkerProcessManager = register_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager();
    php_tq_ce_WorkerManagerRunner = register_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner();
    php_tq_ce_WorkerProcessCloseListener = register_class_TaskQueue_Internal_WorkerProcessCloseListener();
}
