/*
 * sqs_core.c: the core broker behind an SqsQueueBroker (doc/ARCHITECTURE.md 8.5): made on
 * first use from the AWS settings and the queue URL caches, remade after a rename (what the
 * old queue's broker owes goes out first), dropped in a child after fork(); how errors of the
 * core become exceptions or log lines; small helpers the other files share.
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper, sqs/sqs_private.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"

static const char *queue_name_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "queueName");
    return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}


/* Takes the pending exception's message (the exception is cleared); NULL when it must go on
 * up (exit() unwinding) or nothing is pending. */
zend_string *php_tq_sqs_take_exception(void)
{
    zend_object *ex = EG(exception);
    if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
        return NULL;
    }
    GC_ADDREF(ex);
    zend_clear_exception();
    zend_string *m = php_tq_exception_message(ex);
    zend_string *s = zend_strpprintf(0, "%s: %s", ZSTR_VAL(ex->ce->name), ZSTR_VAL(m));
    zend_string_release(m);
    OBJ_RELEASE(ex);
    return s;
}

bool php_tq_sqs_has_method(zval *obj, const char *lcname)
{
    return Z_TYPE_P(obj) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
}

const char *php_tq_sqs_physical_name(php_tq_sqs *s)
{
    return s->broker ? tq_sqs_broker_queue_name(s->broker) : "TQ_?";
}


/* --- the core broker ------------------------------------------------------------------------- */

/* The core broker of the current queue name, made on first use; NULL with an exception. */
tq_broker *php_tq_sqs_ensure(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (s->pid != getpid()) {
        php_tq_sqs_drop_native(s);          /* inherited through fork(): the parent's */
        php_tq_sqs_claims_free(s);
        s->pid = getpid();
    }
    const char *name = queue_name_of(obj);
    if (!name) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "%s: no queue name is set (give the broker to a Queue, or call setQueueName())",
                           ZSTR_VAL(obj->ce->name));
        return NULL;
    }
    if (s->broker && strcmp(s->name, name) == 0) {
        return s->broker;
    }
    if (s->broker) {
        /* renamed: what the old queue's broker owes goes out first */
        php_tq_sqs_flush_acks(s, obj);
        php_tq_sqs_release_buffered(s);
        php_tq_sqs_claims_free(s);
        php_tq_sqs_drop_native(s);
    }
    tq_sqs_config cfg;
    tq_sqs_config_init(&cfg);
    zval *profile = PHP_TQ_PROP(obj, SQS_SCOPE, "awsProfile");
    if (profile && Z_TYPE_P(profile) == IS_STRING) {
        tq_sqs_config_set(&cfg, "profile_hint", Z_STRVAL_P(profile), NULL);
    }
    if (php_tq_sqs_aws_settings(obj, &cfg) == FAILURE) {
        tq_sqs_config_free(&cfg);
        return NULL;
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_sqs_config_resolve(&cfg, &err) != 0) {
        tq_sqs_config_free(&cfg);
        php_tq_throw(spl_ce_RuntimeException, "%s", err.message);
        return NULL;
    }
    /* the queue keeps TAO's VisibilityTimeout (600 s) for other consumers; our receives ask
     * for their own (the lease) */
    cfg.wait_time_seconds = (int)php_tq_sqs_wait(obj);
    /* a URL cached by this process, else by the cache service */
    char physical[128];
    snprintf(physical, sizeof(physical), "TQ_%s", name);
    char *url = php_tq_sqs_process_url_get(cfg.endpoint, physical);
    if (!url) {
        url = php_tq_sqs_cache_get(obj, physical);
        if (EG(exception)) {
            if (url) {
                efree(url);
            }
            tq_sqs_config_free(&cfg);
            return NULL;
        }
    }
    tq_broker *b = tq_sqs_broker_new(&cfg, name, url, &err);
    tq_sqs_keeper *k = b ? tq_sqs_keeper_new(&cfg, &err) : NULL;
    tq_sqs_config_free(&cfg);
    if (!b || !k) {
        if (b) {
            b->ops->destroy(b);
        }
        if (url) {
            efree(url);
        }
        php_tq_throw(spl_ce_InvalidArgumentException, "%s: %s", ZSTR_VAL(obj->ce->name), err.message);
        return NULL;
    }
    s->broker = b;
    s->keeper = k;
    s->name = pestrdup(name, 1);
    if (url) {
        /* the caches have it (this process wrote it to the service when it resolved it) */
        s->cached_url = pestrdup(url, 1);
        efree(url);
    }
    return b;
}

/* How an error of the core is handled: configuration and refused requests throw (when
 * `refused_throws`), network trouble after retries is logged. Returns FAILURE when thrown. */
zend_result php_tq_sqs_report(zend_object *obj, const tq_error *err, bool refused_throws, const char *what)
{
    if (err->code == TQ_ERR_NOMEM || (refused_throws && err->code != TQ_ERR_IO)) {
        php_tq_throw(spl_ce_RuntimeException, "%s", err->message);
        return FAILURE;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "%s: %s", what, err->message);
    return SUCCESS;
}
