/*
 * sqs_settings.c: where an SqsQueueBroker's settings come from (TAO's generis/awsClient
 * service or config file, else the AWS_* environment and ~/.aws files) and the queue URL
 * caches (the process's, per endpoint and queue, and the cache service the broker was given,
 * under TQ_<name>_url).
 * May touch: the Zend API, common/common, src/sqs/tq_sqs.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"

/* --- the process's queue URLs (per endpoint and queue) ------------------------------------ */

static HashTable sqs_urls;
#ifdef ZTS
static MUTEX_T sqs_urls_lock;
#define URLS_LOCK() tsrm_mutex_lock(sqs_urls_lock)
#define URLS_UNLOCK() tsrm_mutex_unlock(sqs_urls_lock)
#else
#define URLS_LOCK()
#define URLS_UNLOCK()
#endif

static void url_free(zval *zv)
{
    free(Z_PTR_P(zv));
}

/* Copy of the cached URL (emalloc'd) or NULL. */
char *php_tq_sqs_process_url_get(const char *endpoint, const char *physical)
{
    char key[1200];
    snprintf(key, sizeof(key), "%s %s", endpoint, physical);
    URLS_LOCK();
    const char *v = zend_hash_str_find_ptr(&sqs_urls, key, strlen(key));
    char *copy = v ? estrdup(v) : NULL;
    URLS_UNLOCK();
    return copy;
}

static void process_url_put(const char *endpoint, const char *physical, const char *url)
{
    char key[1200];
    snprintf(key, sizeof(key), "%s %s", endpoint, physical);
    char *copy = strdup(url);
    if (!copy) {
        return;
    }
    URLS_LOCK();
    zend_hash_str_update_ptr(&sqs_urls, key, strlen(key), copy);
    URLS_UNLOCK();
}

void php_tq_sqs_urls_init(void)
{
    zend_hash_init(&sqs_urls, 8, NULL, url_free, 1);
#ifdef ZTS
    sqs_urls_lock = tsrm_mutex_alloc();
#endif
}

void php_tq_sqs_urls_free(void)
{
    zend_hash_destroy(&sqs_urls);
#ifdef ZTS
    tsrm_mutex_free(sqs_urls_lock);
#endif
}

/* --- the cache service ------------------------------------------------------------------------- */

/* The cache service, or false (warned once) when it cannot be found. FAILURE only when
 * exit() is unwinding. */
zend_result php_tq_sqs_cache_service(zend_object *obj, zval *out, bool *found)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    *found = false;
    zval *spec = PHP_TQ_PROP(obj, SQS_SCOPE, "cacheServiceId");
    if (!spec || Z_TYPE_P(spec) == IS_NULL) {
        return SUCCESS;
    }
    zval tmp;
    ZVAL_COPY(&tmp, spec);
    zend_result r = php_tq_resolve_service(obj, ABSTRACT_SCOPE, &tmp, out);
    zval_ptr_dtor(&tmp);
    if (r == SUCCESS && Z_TYPE_P(out) == IS_OBJECT) {
        *found = true;
        return SUCCESS;
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(out);
    }
    zend_string *why = php_tq_sqs_take_exception();
    if (!why && EG(exception)) {
        return FAILURE;
    }
    if (!s->cache_warned) {
        s->cache_warned = true;
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                   "The cache service of the SQS broker cannot be found (%s); queue URLs are cached in this "
                   "process only.", why ? ZSTR_VAL(why) : "it is not an object");
    }
    if (why) {
        zend_string_release(why);
    }
    return SUCCESS;
}

static zend_string *cache_key(const char *physical)
{
    return zend_strpprintf(0, "%s_url", physical);
}

/* The URL the cache service holds under TQ_<name>_url (emalloc'd) or NULL. */
char *php_tq_sqs_cache_get(zend_object *obj, const char *physical)
{
    zval cache;
    bool found;
    if (php_tq_sqs_cache_service(obj, &cache, &found) == FAILURE || !found) {
        return NULL;
    }
    zval key, rv;
    ZVAL_STR(&key, cache_key(physical));
    char *url = NULL;
    bool present = true;
    /* generis' get() throws for a missing key: ask has() first when there is one */
    if (php_tq_sqs_has_method(&cache, "has")) {
        if (php_tq_call(&cache, "has", &rv, 1, &key) == SUCCESS) {
            present = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        } else {
            present = false;
        }
    }
    if (present && !EG(exception) && php_tq_call(&cache, "get", &rv, 1, &key) == SUCCESS) {
        if (Z_TYPE(rv) == IS_STRING && Z_STRLEN(rv) > 7 && strncasecmp(Z_STRVAL(rv), "http", 4) == 0) {
            url = estrndup(Z_STRVAL(rv), Z_STRLEN(rv));
        }
        zval_ptr_dtor(&rv);
    }
    zend_string *why = php_tq_sqs_take_exception();
    if (why) {
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "Reading %s from the cache service failed: %s",
                   Z_STRVAL(key), ZSTR_VAL(why));
        zend_string_release(why);
    }
    zval_ptr_dtor(&key);
    zval_ptr_dtor(&cache);
    return url;
}

/* Stores url under TQ_<name>_url: generis' put($value, $key), else PSR-16's set($key, $value). */
static void cache_put(zend_object *obj, const char *physical, const char *url)
{
    zval cache;
    bool found;
    if (php_tq_sqs_cache_service(obj, &cache, &found) == FAILURE || !found) {
        return;
    }
    zval args[2];
    zend_string *key = cache_key(physical);
    if (php_tq_sqs_has_method(&cache, "put")) {
        ZVAL_STRING(&args[0], url);
        ZVAL_STR(&args[1], key);
        php_tq_call(&cache, "put", NULL, 2, args);
    } else if (php_tq_sqs_has_method(&cache, "set")) {
        ZVAL_STR(&args[0], key);
        ZVAL_STRING(&args[1], url);
        php_tq_call(&cache, "set", NULL, 2, args);
    } else {
        ZVAL_STR(&args[0], key);
        ZVAL_NULL(&args[1]);
        if (!sqs_from_obj(obj)->cache_warned) {
            sqs_from_obj(obj)->cache_warned = true;
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                       "The cache service of the SQS broker (%s) has neither put() nor set(); queue URLs are "
                       "cached in this process only.", ZSTR_VAL(Z_OBJCE(cache)->name));
        }
    }
    zend_string *why = php_tq_sqs_take_exception();
    if (why) {
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "Writing %s_url to the cache service failed: %s",
                   physical, ZSTR_VAL(why));
        zend_string_release(why);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&cache);
}

/* After a call: a URL the caches do not have yet (resolved, created, or re-resolved after a
 * stale one) goes to the process cache and the cache service. */
void php_tq_sqs_sync_url(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    const char *url = s->broker ? tq_sqs_broker_queue_url(s->broker) : NULL;
    if (!url || (s->cached_url && strcmp(url, s->cached_url) == 0)) {
        return;
    }
    const char *physical = tq_sqs_broker_queue_name(s->broker);
    process_url_put(tq_sqs_client_config(tq_sqs_broker_client(s->broker))->endpoint, physical, url);
    if (s->cached_url) {
        pefree(s->cached_url, 1);
    }
    s->cached_url = pestrdup(url, 1);
    cache_put(obj, physical, url);
}

/* --- AWS settings -------------------------------------------------------------------------- */

/* Sets one string option of the awsClient options on the config. */
static zend_result aws_string(tq_sqs_config *cfg, HashTable *opts, const char *name, const char *key,
                              const char *source)
{
    zval *v = zend_hash_str_find(opts, name, strlen(name));
    if (!v || Z_TYPE_P(v) == IS_NULL) {
        return SUCCESS;
    }
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) != IS_STRING) {
        php_tq_throw(spl_ce_RuntimeException, "AWS setting '%s' in %s must be a string, %s given", name, source,
                     zend_zval_type_name(v));
        return FAILURE;
    }
    tq_error err;
    if (tq_sqs_config_set(cfg, key, Z_STRVAL_P(v), &err) != 0) {
        php_tq_throw(spl_ce_RuntimeException, "AWS setting '%s' in %s: %s", name, source, err.message);
        return FAILURE;
    }
    return SUCCESS;
}

/* credentials: ['key' => ..., 'secret' => ..., 'token' => ...] or an object with
 * getAccessKeyId()/getSecretKey()/getSecurityToken() (the SDK's Credentials). */
static zend_result aws_credentials(tq_sqs_config *cfg, zval *cred, const char *source)
{
    ZVAL_DEREF(cred);
    if (Z_TYPE_P(cred) == IS_NULL) {
        return SUCCESS;
    }
    const char *names[] = {"key", "secret", "token"};
    const char *getters[] = {"getAccessKeyId", "getSecretKey", "getSecurityToken"};
    if (Z_TYPE_P(cred) == IS_ARRAY) {
        for (int i = 0; i < 3; i++) {
            if (aws_string(cfg, Z_ARRVAL_P(cred), names[i], names[i], source) == FAILURE) {
                return FAILURE;
            }
        }
        return SUCCESS;
    }
    if (Z_TYPE_P(cred) == IS_OBJECT && php_tq_sqs_has_method(cred, "getaccesskeyid") && php_tq_sqs_has_method(cred, "getsecretkey")) {
        for (int i = 0; i < 3; i++) {
            zval rv;
            if (i == 2 && !php_tq_sqs_has_method(cred, "getsecuritytoken")) {
                break;
            }
            if (php_tq_call(cred, getters[i], &rv, 0, NULL) == FAILURE) {
                return FAILURE;
            }
            if (Z_TYPE(rv) == IS_STRING) {
                tq_sqs_config_set(cfg, names[i], Z_STRVAL(rv), NULL);
            }
            zval_ptr_dtor(&rv);
        }
        return SUCCESS;
    }
    php_tq_throw(spl_ce_RuntimeException,
                 "AWS setting 'credentials' in %s is %s: taskqueue takes static credentials only (an array with "
                 "key, secret and token, or an object with getAccessKeyId() and getSecretKey())", source,
                 Z_TYPE_P(cred) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(cred)->name) : zend_zval_type_name(cred));
    return FAILURE;
}

/* The options of the generis/awsClient service (an AwsClient with getOptions(), or a plain
 * array) into cfg. */
static zend_result aws_apply(tq_sqs_config *cfg, zval *client, const char *source)
{
    zval opts;
    ZVAL_UNDEF(&opts);
    if (Z_TYPE_P(client) == IS_OBJECT) {
        if (!php_tq_sqs_has_method(client, "getoptions")) {
            php_tq_throw(spl_ce_RuntimeException, "%s gives a %s, which has no getOptions()", source,
                         ZSTR_VAL(Z_OBJCE_P(client)->name));
            return FAILURE;
        }
        if (php_tq_call(client, "getOptions", &opts, 0, NULL) == FAILURE) {
            return FAILURE;
        }
    } else {
        ZVAL_COPY(&opts, client);
    }
    zend_result r = SUCCESS;
    if (Z_TYPE(opts) != IS_ARRAY) {
        php_tq_throw(spl_ce_RuntimeException, "%s gives %s, not the options of an AWS client", source,
                     zend_zval_type_name(&opts));
        r = FAILURE;
    } else {
        HashTable *h = Z_ARRVAL(opts);
        zval *cred = zend_hash_str_find(h, "credentials", sizeof("credentials") - 1);
        if (aws_string(cfg, h, "region", "region", source) == FAILURE
            || aws_string(cfg, h, "endpoint", "endpoint", source) == FAILURE
            || aws_string(cfg, h, "profile", "profile", source) == FAILURE
            || (cred && aws_credentials(cfg, cred, source) == FAILURE)) {
            r = FAILURE;
        }
    }
    zval_ptr_dtor(&opts);
    return r;
}

/* Explicit AWS settings: the generis/awsClient service through the service locator, else
 * the TAO root's config/generis/awsClient.conf.php; neither is required (the environment and
 * ~/.aws then give everything). cfg->source names where they came from, or where they were
 * looked for, for the messages of tq_sqs_config_resolve. */
zend_result php_tq_sqs_aws_settings(zend_object *obj, tq_sqs_config *cfg)
{
    zval *locator = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "serviceLocator");
    zval client, id;
    ZVAL_UNDEF(&client);
    ZVAL_STRING(&id, SQS_AWS_SERVICE);
    const char *source = NULL;
    zend_result r = SUCCESS;
    if (locator && Z_TYPE_P(locator) == IS_OBJECT) {
        zval loc, rv;
        ZVAL_COPY(&loc, locator);
        bool present = true;
        if (php_tq_sqs_has_method(&loc, "has")) {
            present = php_tq_call(&loc, "has", &rv, 1, &id) == SUCCESS && zend_is_true(&rv);
            if (!EG(exception)) {
                zval_ptr_dtor(&rv);
            }
        }
        if (present && !EG(exception) && php_tq_call(&loc, "get", &client, 1, &id) == SUCCESS) {
            source = "service " SQS_AWS_SERVICE;
        }
        zval_ptr_dtor(&loc);
        zend_string *why = php_tq_sqs_take_exception();   /* not registered: the environment will do */
        if (why) {
            zend_string_release(why);
        } else if (EG(exception)) {
            zval_ptr_dtor(&id);
            return FAILURE;
        }
    }
    char absent[700];
    if (!source) {
        tq_error err;
        tq_error_clear(&err);
        if (php_tq_load_service_config(Z_STR(id), &client, &err) == SUCCESS) {
            source = SQS_AWS_FILE;
        } else if (EG(exception)) {
            zval_ptr_dtor(&id);
            return FAILURE;
        } else if (err.code == TQ_ERR_NOT_FOUND) {
            snprintf(absent, sizeof(absent), SQS_AWS_FILE " (not used: %s)", err.message);
            tq_sqs_config_set(cfg, "source", absent, NULL);
        } else {
            php_tq_throw(spl_ce_RuntimeException, "AWS settings for SQS: %s", err.message);
            zval_ptr_dtor(&id);
            return FAILURE;
        }
    }
    if (source) {
        tq_sqs_config_set(cfg, "source", source, NULL);
        r = aws_apply(cfg, &client, source);
    }
    zval_ptr_dtor(&client);
    zval_ptr_dtor(&id);
    return r;
}
