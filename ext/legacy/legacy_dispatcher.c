/*
 * legacy_dispatcher.c: the methods TAO's deprecated oat\taoTaskQueue\model\QueueDispatcher had
 * beyond the core one (doc/compatibility.md, "Legacy names"): getQueueByWeight(),
 * dequeue($queueName), and the RDF-store links between a task and a placeholder resource
 * (linkTaskToResource(), getTaskResource(), getReportByLinkedResource()). The RDF store is
 * generis': it is reached through the service locator's generis/ontology, as generis'
 * OntologyAwareTrait does (getModel(), getResource(), getClass(), getProperty(), which a
 * subclass may override); without it these methods throw a \LogicException naming it.
 * May touch: the Zend API, ext/random, common/common, queue (queue.h), task (task.h),
 * task_log (task_log_shared.h: reports; decorators.h: php_tq_static_call()), legacy.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/random/php_random.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "../queue/queue.h"
#include "../task/task.h"
#include "../task_log/task_log_shared.h"
#include "../task_log/decorators.h"
#include "legacy.h"

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* generis' oat\oatbox\task\Task constants (the pre-2017 queue's RDF vocabulary). */
#define TASK_CLASS "http://www.tao.lu/Ontologies/generis.rdf#TaskQueueTask"
#define PROPERTY_LINKED_RESOURCE "http://www.tao.lu/Ontologies/generis.rdf#LinkedResource"
#define PROPERTY_REPORT "http://www.tao.lu/Ontologies/generis.rdf#Report"
#define ONTOLOGY_ID "generis/ontology"

/* --- getQueueByWeight(), dequeue($queueName) ---------------------------------------------- */

/* TAO's draw: mt_rand(1, sum of weights), then the first queue whose running sum reaches it
 * (so mt_srand() gives TAO's picks). All weights 0: a uniform pick, as WeightStrategy does. */
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getQueueByWeight)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues, *q, w;
    if (php_tq_call(ZEND_THIS, "getQueues", &queues, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(queues) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL(queues)) == 0) {
        zval_ptr_dtor(&queues);
        RETURN_NULL();
    }
    uint32_t n = zend_hash_num_elements(Z_ARRVAL(queues));
    zend_long *weights = safe_emalloc(n, sizeof(zend_long), 0);
    zend_long sum = 0;
    uint32_t i = 0;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
        if (php_tq_call(q, "getWeight", &w, 0, NULL) == FAILURE) {
            break;
        }
        zend_long v = zval_get_long(&w);
        zval_ptr_dtor(&w);
        weights[i++] = v > 0 ? v : 0;
        sum += v > 0 ? v : 0;
    } ZEND_HASH_FOREACH_END();
    if (EG(exception)) {
        efree(weights);
        zval_ptr_dtor(&queues);
        RETURN_THROWS();
    }
    zend_long rand = sum > 0 ? php_mt_rand_range(1, sum) : php_mt_rand_range(1, n);
    i = 0;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
        rand -= sum > 0 ? weights[i] : 1;
        i++;
        if (rand <= 0) {
            zval name;
            if (php_tq_call(q, "getName", &name, 0, NULL) == SUCCESS) {
                zend_string *s = zval_get_string(&name);
                zend_string *up = zend_string_toupper(s);
                php_tq_log(THIS_OBJ, php_tq_ce_QueueDispatcher, "debug", NULL, "Queue \"%s\" selected by weight.",
                           ZSTR_VAL(up));
                zend_string_release(up);
                zend_string_release(s);
                zval_ptr_dtor(&name);
            }
            RETVAL_COPY(q);
            break;
        }
    } ZEND_HASH_FOREACH_END();
    efree(weights);
    zval_ptr_dtor(&queues);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
}

/* A named queue's own dequeue(), else the core dispatcher's (selector, ack routing). */
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, dequeue)
{
    zval *name = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    if (!name || Z_TYPE_P(name) == IS_NULL) {
        zend_function *core = zend_hash_str_find_ptr(&php_tq_ce_QueueDispatcher->function_table, "dequeue",
                                                     sizeof("dequeue") - 1);
        zend_call_known_instance_method(core, THIS_OBJ, return_value, 0, NULL);
        return;
    }
    zval queue;
    if (php_tq_call(ZEND_THIS, "getQueue", &queue, 1, name) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(queue) == IS_OBJECT) {
        php_tq_call(&queue, "dequeue", return_value, 0, NULL);
    } else {
        zend_throw_error(NULL, "Call to a member function dequeue() on %s", zend_zval_type_name(&queue));
    }
    zval_ptr_dtor(&queue);
}

static zend_result collect_one(zval *v, void *out)
{
    Z_TRY_ADDREF_P(v);
    add_next_index_zval((zval *)out, v);
    return SUCCESS;
}

/* --- the RDF store (generis' OntologyAwareTrait) ----------------------------------------- */

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getModel)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval locator, id;
    if (php_tq_call(ZEND_THIS, "getServiceLocator", &locator, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(locator) != IS_OBJECT) {
        zval_ptr_dtor(&locator);
        php_tq_throw(spl_ce_LogicException, "%s: the RDF-store methods need generis' ontology (service \"" ONTOLOGY_ID
                     "\"), and the dispatcher has no service locator (setServiceLocator())", ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
    ZVAL_STRING(&id, ONTOLOGY_ID);
    php_tq_call(&locator, "get", return_value, 1, &id);
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&locator);
}

/* $this->getModel()->method($uri) into out. */
static zend_result model_call(zval *self, const char *method, zval *uri, zval *out)
{
    zval model;
    if (php_tq_call_hook(self, "getModel", &model, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = FAILURE;
    if (Z_TYPE(model) == IS_OBJECT) {
        r = php_tq_call(&model, method, out, 1, uri);
    } else {
        php_tq_throw(spl_ce_LogicException, "%s::getModel() did not return generis' ontology",
                     ZSTR_VAL(Z_OBJCE_P(self)->name));
    }
    zval_ptr_dtor(&model);
    return r;
}

static void model_method(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
    zval *uri;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(uri)
    ZEND_PARSE_PARAMETERS_END();
    if (model_call(ZEND_THIS, method, uri, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getResource)
{
    model_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "getResource");
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getClass)
{
    model_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "getClass");
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getProperty)
{
    model_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "getProperty");
}

/* $this->name(uri) (getResource / getClass / getProperty, overridable) into out; an object. */
static zend_result self_uri(zval *self, const char *name, const char *uri, zval *out)
{
    zval u;
    ZVAL_STRING(&u, uri);
    zend_result r = php_tq_call(self, name, out, 1, &u);
    zval_ptr_dtor(&u);
    if (r == SUCCESS && Z_TYPE_P(out) != IS_OBJECT) {
        zend_type_error("%s::%s() did not return an object", ZSTR_VAL(Z_OBJCE_P(self)->name), name);
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        r = FAILURE;
    }
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getTaskResource)
{
    zval *resource, cls, uri, crit, found;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT(resource)
    ZEND_PARSE_PARAMETERS_END();
    if (self_uri(ZEND_THIS, "getClass", TASK_CLASS, &cls) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = php_tq_call(resource, "getUri", &uri, 0, NULL);
    if (r == SUCCESS) {
        array_init(&crit);
        add_assoc_zval(&crit, PROPERTY_LINKED_RESOURCE, &uri);
        r = php_tq_call(&cls, "searchInstances", &found, 1, &crit);
        zval_ptr_dtor(&crit);
    }
    zval_ptr_dtor(&cls);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    /* empty($found) ? null : current($found) */
    zval *first = NULL;
    if (Z_TYPE(found) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(found)) > 0) {
        first = zend_hash_get_current_data(Z_ARRVAL(found));
    }
    if (first) {
        RETVAL_COPY_DEREF(first);
    } else {
        RETVAL_NULL();
    }
    zval_ptr_dtor(&found);
}

/* common_report_Report::<factory>(arg) when generis is loaded, else the extension's report
 * (php_tq_report_from_array(): oatbox Report, or the array). */
static zend_result make_report(const char *factory, const char *type, zval *arg, zval *out)
{
    bool missing;
    if (php_tq_static_call("common_report_Report", factory, out, 1, arg, &missing) == SUCCESS || !missing) {
        return EG(exception) ? FAILURE : SUCCESS;
    }
    if (!type) {                    /* jsonUnserialize($literal) */
        zend_string *s = zval_get_string(arg);
        zend_result r = php_tq_report_from_json(ZSTR_VAL(s), ZSTR_LEN(s), out);
        zend_string_release(s);
        return r;
    }
    zval arr;
    array_init(&arr);
    add_assoc_string(&arr, "type", type);
    Z_TRY_ADDREF_P(arg);
    add_assoc_zval(&arr, "message", arg);
    add_assoc_null(&arr, "data");
    zval kids;
    array_init(&kids);
    add_assoc_zval(&arr, "children", &kids);
    zend_result r = php_tq_report_from_array(&arr, out);
    zval_ptr_dtor(&arr);
    return r;
}

/* tao's __($fmt, $status) when loaded, else sprintf(). */
static zend_string *translated(const char *fmt, zval *status)
{
    zend_function *fn = zend_hash_str_find_ptr(EG(function_table), "__", sizeof("__") - 1);
    if (fn) {
        zval name, args[2], rv;
        ZVAL_STRING(&name, "__");
        ZVAL_STRING(&args[0], fmt);
        ZVAL_COPY_VALUE(&args[1], status);
        zend_result r = php_tq_call_callable(&name, &rv, 2, args);
        zval_ptr_dtor(&name);
        zval_ptr_dtor(&args[0]);
        if (r == FAILURE) {
            return NULL;
        }
        zend_string *s = zval_get_string(&rv);
        zval_ptr_dtor(&rv);
        return s;
    }
    zend_string *st = zval_get_string(status);
    zend_string *s = zend_strpprintf(0, fmt, ZSTR_VAL(st));
    zend_string_release(st);
    return s;
}

/* No report stored on the task resource: "Task is in '<status>' state", a failure when the
 * Task Log says failed, else an info. */
static void link_status_report(zval *self, zval *task, zval *out)
{
    zval log, uri, status, msg;
    if (php_tq_call(self, "getTaskLog", &log, 0, NULL) == FAILURE) {
        return;
    }
    if (Z_TYPE(log) != IS_OBJECT) {
        zval_ptr_dtor(&log);
        zend_throw_error(NULL, "%s: the dispatcher has no task log", ZSTR_VAL(Z_OBJCE_P(self)->name));
        return;
    }
    if (php_tq_call(task, "getUri", &uri, 0, NULL) == SUCCESS) {
        if (php_tq_call(&log, "getStatus", &status, 1, &uri) == SUCCESS) {
            zend_string *text = translated("Task is in '%s' state", &status);
            bool failed = Z_TYPE(status) == IS_STRING && zend_string_equals_literal(Z_STR(status), "failed");
            zval_ptr_dtor(&status);
            if (text) {
                ZVAL_STR(&msg, text);
                make_report(failed ? "createFailure" : "createInfo", failed ? "error" : "info", &msg, out);
                zval_ptr_dtor(&msg);
            }
        }
        zval_ptr_dtor(&uri);
    }
    zval_ptr_dtor(&log);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getReportByLinkedResource)
{
    zval *resource, task, prop, value, msg;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT(resource)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_call(ZEND_THIS, "getTaskResource", &task, 1, resource) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(task) != IS_OBJECT) {
        zval_ptr_dtor(&task);
        ZVAL_STRING(&msg, "Resource is not the task placeholder");
        zend_function *fn = zend_hash_str_find_ptr(EG(function_table), "__", sizeof("__") - 1);
        if (fn) {
            zval name, rv;
            ZVAL_STRING(&name, "__");
            if (php_tq_call_callable(&name, &rv, 1, &msg) == SUCCESS) {
                zval_ptr_dtor(&msg);
                ZVAL_COPY_VALUE(&msg, &rv);
            }
            zval_ptr_dtor(&name);
        }
        if (!EG(exception)) {
            make_report("createFailure", "error", &msg, return_value);
        }
        zval_ptr_dtor(&msg);
        return;
    }
    zend_result r = self_uri(ZEND_THIS, "getProperty", PROPERTY_REPORT, &prop);
    if (r == SUCCESS) {
        r = php_tq_call(&task, "getOnePropertyValue", &value, 1, &prop);
        zval_ptr_dtor(&prop);
    }
    if (r == SUCCESS && zend_is_true(&value)) {
        /* Report::jsonUnserialize($report->literal) */
        zval rv, *literal = Z_TYPE(value) == IS_OBJECT
            ? zend_read_property(Z_OBJCE(value), Z_OBJ(value), "literal", sizeof("literal") - 1, 1, &rv) : &value;
        if (!EG(exception)) {
            make_report("jsonUnserialize", NULL, literal, return_value);
        }
    } else if (r == SUCCESS) {
        link_status_report(ZEND_THIS, &task, return_value);
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(&value);
    }
    zval_ptr_dtor(&task);
}

/* A report's direct children into out (an array): its iteration (generis' reports), else
 * getChildren(), or an array report's "children". */
static zend_result report_children(zval *report, zval *out)
{
    array_init(out);
    if (Z_TYPE_P(report) == IS_ARRAY) {
        zval *kids = zend_hash_str_find_deref(Z_ARRVAL_P(report), "children", sizeof("children") - 1);
        if (kids && Z_TYPE_P(kids) == IS_ARRAY) {
            zval_ptr_dtor(out);
            ZVAL_COPY(out, kids);
        }
        return SUCCESS;
    }
    zval kids;
    if (instanceof_function(Z_OBJCE_P(report), zend_ce_traversable)) {
        ZVAL_COPY(&kids, report);
    } else if (php_tq_call(report, "getChildren", &kids, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_each(&kids, collect_one, out);
    zval_ptr_dtor(&kids);
    return r;
}

/* {type, message, data, children: []} of one report level (TAO: new Report(type, message,
 * data)). */
static zend_result report_level(zval *report, zval *out)
{
    static const char *const fields[][2] = { { "type", "getType" }, { "message", "getMessage" }, { "data", "getData" } };
    array_init(out);
    for (size_t i = 0; i < 3; i++) {
        zval v;
        if (Z_TYPE_P(report) == IS_ARRAY) {
            zval *f = zend_hash_str_find_deref(Z_ARRVAL_P(report), fields[i][0], strlen(fields[i][0]));
            if (f) {
                ZVAL_COPY(&v, f);
            } else {
                ZVAL_NULL(&v);
            }
        } else if (php_tq_call(report, fields[i][1], &v, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        add_assoc_zval(out, fields[i][0], &v);
    }
    zval kids;
    array_init(&kids);
    add_assoc_zval(out, "children", &kids);
    return SUCCESS;
}

/* The JSON TAO stores on the task resource: the report and its children, two levels only
 * ("sometimes serialized report is huge"). NULL with an exception. */
static zend_string *two_levels(zval *report)
{
    zval top, kids, *k, level;
    if (report_level(report, &top) == FAILURE) {
        zval_ptr_dtor(&top);
        return NULL;
    }
    if (report_children(report, &kids) == FAILURE) {
        zval_ptr_dtor(&top);
        return NULL;
    }
    zval *list = zend_hash_str_find(Z_ARRVAL(top), "children", sizeof("children") - 1);
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(kids), k) {
        ZVAL_DEREF(k);
        if (report_level(k, &level) == FAILURE) {
            zval_ptr_dtor(&level);
            break;
        }
        add_next_index_zval(list, &level);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&kids);
    zend_string *json = EG(exception) ? NULL : php_tq_json_encode(&top);
    zval_ptr_dtor(&top);
    return json;
}

/* $resource->setPropertyValue($this->getProperty(prop), value). */
static zend_result set_value(zval *self, zval *resource, const char *prop, zval *value)
{
    zval p, args[2], rv;
    if (self_uri(self, "getProperty", prop, &p) == FAILURE) {
        return FAILURE;
    }
    ZVAL_COPY_VALUE(&args[0], &p);
    ZVAL_COPY_VALUE(&args[1], value);
    zend_result r = php_tq_call(resource, "setPropertyValue", &rv, 2, args);
    if (r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&p);
    return r;
}

/* The task's placeholder in the RDF store (created under the task class with the task's
 * id as URI), linked to resource; on a sync queue its report so far is stored too. */
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, linkTaskToResource)
{
    zval *task, *resource = NULL, id, res, exists, rv;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(resource)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *ids = zval_get_string(&id);
    ZVAL_UNDEF(&res);
    zend_result r = self_uri(ZEND_THIS, "getResource", ZSTR_VAL(ids), &res);
    if (r == SUCCESS && (r = php_tq_call(&res, "exists", &exists, 0, NULL)) == SUCCESS) {
        bool there = zend_is_true(&exists);
        zval_ptr_dtor(&exists);
        if (!there) {
            zval cls, args[3];
            zval_ptr_dtor(&res);
            ZVAL_UNDEF(&res);
            if ((r = self_uri(ZEND_THIS, "getClass", TASK_CLASS, &cls)) == SUCCESS) {
                ZVAL_EMPTY_STRING(&args[0]);
                ZVAL_EMPTY_STRING(&args[1]);
                ZVAL_COPY_VALUE(&args[2], &id);
                r = php_tq_call(&cls, "createInstance", &res, 3, args);
                zval_ptr_dtor(&cls);
            }
        }
    }
    if (r == SUCCESS && resource) {
        zval uri;
        if ((r = php_tq_call(resource, "getUri", &uri, 0, NULL)) == SUCCESS) {
            r = set_value(ZEND_THIS, &res, PROPERTY_LINKED_RESOURCE, &uri);
            zval_ptr_dtor(&uri);
        }
    }
    if (r == SUCCESS && (r = php_tq_call(ZEND_THIS, "isSync", &rv, 0, NULL)) == SUCCESS) {
        bool sync = zend_is_true(&rv);
        zval_ptr_dtor(&rv);
        zval log, report;
        ZVAL_UNDEF(&report);
        if (sync && (r = php_tq_call(ZEND_THIS, "getTaskLog", &log, 0, NULL)) == SUCCESS) {
            r = Z_TYPE(log) == IS_OBJECT ? php_tq_call(&log, "getReport", &report, 1, &id) : FAILURE;
            if (r == FAILURE && !EG(exception)) {
                zend_throw_error(NULL, "%s: the dispatcher has no task log", ZSTR_VAL(THIS_OBJ->ce->name));
            }
            if (r == SUCCESS && zend_is_true(&report)) {
                zend_string *json = two_levels(&report);
                if (json) {
                    zval j;
                    ZVAL_STR(&j, json);
                    r = set_value(ZEND_THIS, &res, PROPERTY_REPORT, &j);
                    zval_ptr_dtor(&j);
                } else {
                    r = FAILURE;
                }
            }
            zval_ptr_dtor(&report);
            zval_ptr_dtor(&log);
        }
    }
    zend_string_release(ids);
    zval_ptr_dtor(&id);
    if (r == FAILURE || EG(exception)) {
        zval_ptr_dtor(&res);
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&res);
}
