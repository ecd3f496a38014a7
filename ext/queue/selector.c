/*
 * selector.c: SelectorStrategyInterface, WeightStrategy (drawn in proportion to the weights;
 * a queue drawn empty is left out and the rest drawn again) and StrictPriorityStrategy
 * (highest weight first, moving down on misses within the call). The picking itself is src/queue/tq_selector; here
 * the queues are read through their PHP methods (getWeight, getName, dequeue), so any
 * QueueInterface works. May touch: the Zend API, src/queue/tq_selector.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "queue.h"
#include "queue/tq_selector.h"
#include "selector_arginfo.h"

zend_class_entry *php_tq_ce_SelectorStrategyInterface;
zend_class_entry *php_tq_ce_WeightStrategy;
zend_class_entry *php_tq_ce_StrictPriorityStrategy;

/* --- shared --------------------------------------------------------------------------- */

/* The queues of pickNextTask() in their given order (borrowed from the argument array,
 * which the caller's frame keeps alive) and their weights. */
typedef struct {
    zval **queues;
    int64_t *weights;
    size_t n;
} picked_set;

static void picked_set_free(picked_set *s)
{
    if (s->queues) {
        efree(s->queues);
    }
    if (s->weights) {
        efree(s->weights);
    }
}

static zend_result picked_set_load(HashTable *ht, picked_set *s)
{
    s->n = zend_hash_num_elements(ht);
    s->queues = s->n ? safe_emalloc(s->n, sizeof(zval *), 0) : NULL;
    s->weights = s->n ? safe_emalloc(s->n, sizeof(int64_t), 0) : NULL;
    size_t i = 0;
    zval *q;
    ZEND_HASH_FOREACH_VAL(ht, q) {
        ZVAL_DEREF(q);
        if (Z_TYPE_P(q) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(q), php_tq_ce_QueueInterface)) {
            zend_argument_type_error(1, "must contain only %s objects, %s found at position %zu",
                                     ZSTR_VAL(php_tq_ce_QueueInterface->name), zend_zval_type_name(q), i);
            return FAILURE;
        }
        zval w;
        if (php_tq_call(q, "getWeight", &w, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        s->queues[i] = q;
        s->weights[i] = (int64_t)zval_get_long(&w);
        zval_ptr_dtor(&w);
        i++;
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Logs 'Queue "<NAME>" picked by <strategy>' when a logger is set (TAO's wording). */
static zend_result log_pick(zend_object *self, zend_class_entry *scope, const char *level, zval *queue,
                            const char *strategy)
{
    zval *logger = PHP_TQ_PROP(self, scope, "logger");
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        return SUCCESS;
    }
    zval name;
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_string *s = zval_get_string(&name);
    zend_string *upper = zend_string_toupper(s);
    php_tq_log(self, scope, level, NULL, "Queue \"%s\" picked by %s", ZSTR_VAL(upper), strategy);
    zend_string_release(upper);
    zend_string_release(s);
    zval_ptr_dtor(&name);
    return SUCCESS;
}

/* Logs the pick and dequeues from the queue into out (NULL when it is empty). The queue is
 * held for the call: the logger and dequeue() run PHP code. */
static zend_result poll_queue(zend_object *self, zend_class_entry *scope, const char *level, zval *queue,
                              const char *strategy, zval *out)
{
    zval held;
    ZVAL_COPY(&held, queue);
    ZVAL_NULL(out);
    zend_result r = log_pick(self, scope, level, &held, strategy);
    if (r == SUCCESS) {
        r = php_tq_call(&held, "dequeue", out, 0, NULL);
    }
    zval_ptr_dtor(&held);
    return r;
}

static void to_php_code(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    /* stateless, as TAO's PhpSerializeStateless: the seed and cursor are not kept */
    RETURN_STR(zend_strpprintf(0, "new \\%s()", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name)));
}

/* --- WeightStrategy ------------------------------------------------------------------- */

typedef struct php_tq_weight_strategy {
    tq_rng rng;
    bool seeded;         /* false until setSeed() or the first pick (then from the OS) */
    zend_object std;
} php_tq_weight_strategy;

static zend_object_handlers weight_handlers;

static inline php_tq_weight_strategy *weight_from_obj(zend_object *obj)
{
    return (php_tq_weight_strategy *)((char *)obj - XtOffsetOf(php_tq_weight_strategy, std));
}

static zend_object *weight_create(zend_class_entry *ce)
{
    php_tq_weight_strategy *ws = zend_object_alloc(sizeof(php_tq_weight_strategy), ce);
    zend_object_std_init(&ws->std, ce);
    object_properties_init(&ws->std, ce);
    ws->std.handlers = &weight_handlers;
    return &ws->std;
}

/* A clone continues the same random sequence (a copy of the generator). */
static zend_object *weight_clone(zend_object *old)
{
    zend_object *obj = weight_create(old->ce);
    weight_from_obj(obj)->rng = weight_from_obj(old)->rng;
    weight_from_obj(obj)->seeded = weight_from_obj(old)->seeded;
    zend_objects_clone_members(obj, old);
    return obj;
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, pickNextTask)
{
    HashTable *ht;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_weight_strategy *ws = weight_from_obj(Z_OBJ_P(ZEND_THIS));
    picked_set s = {0};
    if (picked_set_load(ht, &s) == FAILURE) {
        picked_set_free(&s);
        RETURN_THROWS();
    }
    if (s.n == 0) {
        /* TAO fails on random_int(1, 0); with nothing to poll there is nothing to return */
        picked_set_free(&s);
        RETURN_NULL();
    }
    if (!ws->seeded) {
        tq_rng_seed_os(&ws->rng);
        ws->seeded = true;
    }
    /* A queue drawn empty is left out and the next is drawn among the rest by weight, so
     * the worker sleeps only when every queue is empty (TAO polls one queue per call:
     * doc/compatibility.md, "Queue selection"). With every queue full, the first draw
     * serves and the shares are the weights'. */
    unsigned char *tried = ecalloc(s.n, 1);
    zend_result r = SUCCESS;
    ZVAL_NULL(return_value);
    int k;
    while ((k = tq_weight_pick_except(&ws->rng, s.weights, tried, s.n)) >= 0) {
        tried[k] = 1;
        zval_ptr_dtor(return_value);
        r = poll_queue(Z_OBJ_P(ZEND_THIS), php_tq_ce_WeightStrategy, "debug", s.queues[k], "WeightStrategy",
                       return_value);
        if (r == FAILURE || Z_TYPE_P(return_value) != IS_NULL) {
            break;
        }
    }
    efree(tried);
    picked_set_free(&s);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, getWaitTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(1);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, setSeed)
{
    zend_long seed;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seed)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_weight_strategy *ws = weight_from_obj(Z_OBJ_P(ZEND_THIS));
    tq_rng_seed(&ws->rng, (uint64_t)seed);
    ws->seeded = true;
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, __toPhpCode)
{
    to_php_code(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, php_tq_ce_WeightStrategy)

/* --- StrictPriorityStrategy ------------------------------------------------------------ */

typedef struct php_tq_strict_strategy {
    tq_strict_priority sp;
    size_t last_n;       /* queues seen by the last pick: getWaitTime() compares with it */
    zend_object std;
} php_tq_strict_strategy;

static zend_object_handlers strict_handlers;

static inline php_tq_strict_strategy *strict_from_obj(zend_object *obj)
{
    return (php_tq_strict_strategy *)((char *)obj - XtOffsetOf(php_tq_strict_strategy, std));
}

static zend_object *strict_create(zend_class_entry *ce)
{
    php_tq_strict_strategy *ss = zend_object_alloc(sizeof(php_tq_strict_strategy), ce);
    zend_object_std_init(&ss->std, ce);
    object_properties_init(&ss->std, ce);
    ss->std.handlers = &strict_handlers;
    return &ss->std;
}

static zend_object *strict_clone(zend_object *old)
{
    zend_object *obj = strict_create(old->ce);
    strict_from_obj(obj)->sp = strict_from_obj(old)->sp;
    strict_from_obj(obj)->last_n = strict_from_obj(old)->last_n;
    zend_objects_clone_members(obj, old);
    return obj;
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, pickNextTask)
{
    HashTable *ht;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_strict_strategy *ss = strict_from_obj(Z_OBJ_P(ZEND_THIS));
    picked_set s = {0};
    if (picked_set_load(ht, &s) == FAILURE) {
        picked_set_free(&s);
        RETURN_THROWS();
    }
    ss->last_n = s.n;
    if (s.n == 0) {
        /* TAO dereferences a missing queue here; nothing to poll, so wait */
        picked_set_free(&s);
        ss->sp.next = 0;
        RETURN_NULL();
    }
    /* Sorted again on every call, as TAO does, so weight changes apply at once. A miss
     * moves down to the next priority within the same call (TAO returns and polls it on
     * the next call: doc/compatibility.md, "Queue selection"); the call ends at a task or
     * past the lowest priority, where getWaitTime() says 5. */
    size_t *order = safe_emalloc(s.n, sizeof(size_t), 0);
    tq_strict_order(s.weights, s.n, order);
    zend_result r = SUCCESS;
    ZVAL_NULL(return_value);
    /* every call starts at the top, also after a dequeue() that threw half-way down */
    ss->sp.next = 0;
    do {
        zval_ptr_dtor(return_value);
        r = poll_queue(Z_OBJ_P(ZEND_THIS), php_tq_ce_StrictPriorityStrategy, "info",
                       s.queues[order[tq_strict_current(&ss->sp, s.n)]], "StrictPriorityStrategy", return_value);
        if (r == FAILURE) {
            break;
        }
        tq_strict_after(&ss->sp, Z_TYPE_P(return_value) != IS_NULL);
    } while (Z_TYPE_P(return_value) == IS_NULL && ss->sp.next < s.n);
    efree(order);
    picked_set_free(&s);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, getWaitTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_strict_strategy *ss = strict_from_obj(Z_OBJ_P(ZEND_THIS));
    RETURN_LONG(tq_strict_wait(&ss->sp, ss->last_n));
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, __toPhpCode)
{
    to_php_code(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

PHP_TQ_LOGGER_METHODS(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, php_tq_ce_StrictPriorityStrategy)

void php_tq_selector_minit(void)
{
    php_tq_ce_SelectorStrategyInterface = register_class_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface();
    php_tq_ce_WeightStrategy = register_class_oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy(php_tq_ce_SelectorStrategyInterface);
    php_tq_ce_StrictPriorityStrategy = register_class_oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy(php_tq_ce_SelectorStrategyInterface);

    php_tq_ce_WeightStrategy->create_object = weight_create;
    memcpy(&weight_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    weight_handlers.offset = XtOffsetOf(php_tq_weight_strategy, std);
    weight_handlers.clone_obj = weight_clone;

    php_tq_ce_StrictPriorityStrategy->create_object = strict_create;
    memcpy(&strict_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    strict_handlers.offset = XtOffsetOf(php_tq_strict_strategy, std);
    strict_handlers.clone_obj = strict_clone;
}
