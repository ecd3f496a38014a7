/*
 * sqs.c: SqsQueueBroker (spec §2.2, §5), TAO's SQS broker over the native client of
 * src/sqs/tq_sqs. The PHP object holds the core broker of its queue (made on first use, from the
 * AWS settings of TAO's generis/awsClient service or config file, else the AWS_* environment
 * and ~/.aws files), the heartbeat thread that keeps its claimed messages invisible
 * (src/sqs/tq_sqs_keeper), and what it claimed:
 *  - received messages are buffered (the pre-fetch buffer of AbstractQueueBroker), renewed by
 *    the keeper while they wait and while their task runs, and handed out one by one;
 *  - acknowledgements are kept while tasks of the same receive are still buffered and go out
 *    together (DeleteMessageBatch) once the buffer is empty, at releasePreFetchedMessages()
 *    and when the object is freed;
 *  - a message that does not decode is moved to TQ_<name>_poison and reported as a failed task.
 * Queue URLs are cached in the process and in the cache service the broker was given, under
 * TQ_<name>_url (quirk 7 fixed). Errors: see README.md "SQS" (configuration and refused
 * requests throw; network trouble after the client's retries is logged, as TAO does).
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#ifdef PHP_WIN32
#include <process.h>
#else
#include <unistd.h>
#endif
#include "SAPI.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "sqs/tq_sqs.h"
#include "sqs/tq_sqs_keeper.h"
#include "sqs_arginfo.h"

zend_class_entry *php_tq_ce_SqsQueueBroker;

#define SQS_SCOPE php_tq_ce_SqsQueueBroker
#define ABSTRACT_SCOPE php_tq_ce_AbstractQueueBroker
#define SQS_MAX_RECEIVE 10            /* SQS's MaxNumberOfMessages limit */
#define SQS_DEFAULT_LEASE 600         /* TAO's VisibilityTimeout */
#define SQS_MAX_LEASE 43200           /* SQS's longest visibility */
#define SQS_AWS_SERVICE "generis/awsClient"
#define SQS_AWS_FILE "config/generis/awsClient.conf.php"

/* --- the native object ------------------------------------------------------------------ */

typedef enum { CLAIM_BUFFERED, CLAIM_HANDED, CLAIM_ACKED } claim_state;

/* A message this object claimed and has not deleted or given back. */
typedef struct sqs_claim {
    char *receipt;
    claim_state state;
} sqs_claim;

typedef struct php_tq_sqs {
    tq_broker *broker;         /* core broker of `name`; NULL until first use */
    tq_sqs_keeper *keeper;     /* made with the broker */
    char *name;                /* queue name the broker was made for */
    char *cached_url;          /* the URL the caches have (or were given) */
    pid_t pid;                 /* process that made broker and keeper */
    uint64_t requests_before;  /* requests of brokers and keepers already gone */
    sqs_claim *claims;
    size_t nclaims;
    size_t cap;
    bool cache_warned;
    zend_object std;
} php_tq_sqs;

static zend_object_handlers sqs_handlers;

static inline php_tq_sqs *sqs_from_obj(zend_object *obj)
{
    return (php_tq_sqs *)((char *)obj - XtOffsetOf(php_tq_sqs, std));
}

#define THIS_SQS sqs_from_obj(Z_OBJ_P(ZEND_THIS))

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
static char *process_url_get(const char *endpoint, const char *physical)
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

/* --- small helpers ------------------------------------------------------------------------ */

static zend_long prop_long(zend_object *obj, const char *name, size_t len, zend_long def)
{
    zval *v = php_tq_prop(obj, SQS_SCOPE, name, len);
    return v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : def;
}

static void prop_set_long(zend_object *obj, const char *name, size_t len, zend_long n)
{
    zval z;
    ZVAL_LONG(&z, n);
    php_tq_prop_set(obj, SQS_SCOPE, name, len, &z);
}

#define LEASE(obj) prop_long((obj), "leaseTime", sizeof("leaseTime") - 1, SQS_DEFAULT_LEASE)
#define WAIT(obj) prop_long((obj), "waitTime", sizeof("waitTime") - 1, 20)

/* The default lease: ini taskqueue.lease_time when the extension has it, else TAO's 600 s. */
static zend_long default_lease(void)
{
    zend_long n = zend_ini_long("taskqueue.lease_time", sizeof("taskqueue.lease_time") - 1, 0);
    return n > 0 && n <= SQS_MAX_LEASE ? n : SQS_DEFAULT_LEASE;
}

static const char *queue_name_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "queueName");
    return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}

static zend_long receive_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "receiveTasks");
    zend_long n = v ? zval_get_long(v) : 1;
    return n < 1 ? 1 : (n > SQS_MAX_RECEIVE ? SQS_MAX_RECEIVE : n);
}

static size_t prefetched_count(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    return q && Z_TYPE_P(q) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(q)) : 0;
}

/* Takes the pending exception's message (the exception is cleared); NULL when it must go on
 * up (exit() unwinding) or nothing is pending. */
static zend_string *take_exception(void)
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

static bool has_method(zval *obj, const char *lcname)
{
    return Z_TYPE_P(obj) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
}

static const char *physical_name(php_tq_sqs *s)
{
    return s->broker ? tq_sqs_broker_queue_name(s->broker) : "TQ_?";
}

/* --- claims ---------------------------------------------------------------------------------- */

static sqs_claim *claim_find(php_tq_sqs *s, const char *receipt)
{
    for (size_t i = 0; i < s->nclaims; i++) {
        if (strcmp(s->claims[i].receipt, receipt) == 0) {
            return &s->claims[i];
        }
    }
    return NULL;
}

static void claim_add(php_tq_sqs *s, const char *receipt, claim_state state)
{
    sqs_claim *c = claim_find(s, receipt);
    if (c) {
        c->state = state;
        return;
    }
    if (s->nclaims == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->claims = safe_perealloc(s->claims, s->cap, sizeof(sqs_claim), 0, 1);
    }
    s->claims[s->nclaims].receipt = pestrdup(receipt, 1);
    s->claims[s->nclaims].state = state;
    s->nclaims++;
}

static void claim_drop(php_tq_sqs *s, const char *receipt)
{
    for (size_t i = 0; i < s->nclaims; i++) {
        if (strcmp(s->claims[i].receipt, receipt) == 0) {
            pefree(s->claims[i].receipt, 1);
            s->claims[i] = s->claims[--s->nclaims];
            return;
        }
    }
}

static void claims_free(php_tq_sqs *s)
{
    for (size_t i = 0; i < s->nclaims; i++) {
        pefree(s->claims[i].receipt, 1);
    }
    if (s->claims) {
        pefree(s->claims, 1);
    }
    s->claims = NULL;
    s->nclaims = s->cap = 0;
}

/* --- acknowledgements and releases ------------------------------------------------------------ */

/* Deletes every acknowledged message: DeleteMessage for one, DeleteMessageBatch for several.
 * With obj, failures are logged through the broker's logger; without (object being freed),
 * nothing of PHP is touched. */
static void flush_acks(php_tq_sqs *s, zend_object *obj)
{
    if (!s->broker || s->pid != getpid()) {
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->nclaims; i++) {
        n += s->claims[i].state == CLAIM_ACKED;
    }
    if (n == 0) {
        return;
    }
    tq_message *msgs = ecalloc(n, sizeof(tq_message));
    char **receipts = ecalloc(n, sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < s->nclaims; i++) {
        if (s->claims[i].state == CLAIM_ACKED) {
            receipts[k] = estrdup(s->claims[i].receipt);
            msgs[k].receipt = receipts[k];
            /* renewals stop first: a delete that fails lets the message come back after its
             * lease (it is then acknowledged without running, its task being finished) */
            tq_sqs_keeper_remove(s->keeper, receipts[k]);
            k++;
        }
    }
    tq_error err;
    tq_error_clear(&err);
    int failed;
    tq_sqs_entry_result *res = NULL;
    if (n == 1) {
        failed = s->broker->ops->ack(s->broker, &msgs[0], &err);
    } else {
        res = ecalloc(n, sizeof(tq_sqs_entry_result));
        failed = tq_sqs_broker_ack_many(s->broker, msgs, n, res, &err);
    }
    if (obj && failed < 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
                   "Deleting %zu acknowledged message(s) from SQS queue %s failed: %s. They come back when "
                   "their lease ends and are then acknowledged without running again.", n, physical_name(s),
                   err.message);
    }
    for (size_t i = 0; i < n; i++) {
        if (obj && res && failed > 0 && !res[i].ok) {
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                       "Deleting a message from SQS queue %s failed: %s: %s", physical_name(s), res[i].code,
                       res[i].message);
        }
        claim_drop(s, receipts[i]);
        efree(receipts[i]);
    }
    if (res) {
        tq_sqs_entry_results_free(res, n);
        efree(res);
    }
    efree(receipts);
    efree(msgs);
}

/* Gives every message still buffered back (visibility 0), without PHP: for free_obj. */
static void release_buffered(php_tq_sqs *s)
{
    if (!s->broker || s->pid != getpid()) {
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < s->nclaims; i++) {
        n += s->claims[i].state == CLAIM_BUFFERED;
    }
    if (n == 0) {
        return;
    }
    const char **receipts = ecalloc(n, sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < s->nclaims; i++) {
        if (s->claims[i].state == CLAIM_BUFFERED) {
            receipts[k] = s->claims[i].receipt;
            tq_sqs_keeper_remove(s->keeper, receipts[k]);
            k++;
        }
    }
    tq_sqs_entry_result *res = ecalloc(n, sizeof(tq_sqs_entry_result));
    tq_error err;
    if (tq_sqs_broker_release_many(s->broker, receipts, n, res, &err) >= 0) {
        tq_sqs_entry_results_free(res, n);
    }
    efree(res);
    efree(receipts);
}

/* Drops broker and keeper (after a rename, at free). In a child process after fork() they
 * are the parent's: their connections are left alone (closing a TLS connection here would
 * disturb the parent) and their memory is left behind. */
static void drop_native(php_tq_sqs *s)
{
    if (s->pid == getpid()) {
        if (s->keeper) {
            tq_sqs_keeper_stats st;
            tq_sqs_keeper_get_stats(s->keeper, &st);
            s->requests_before += st.requests;
            tq_sqs_keeper_free(s->keeper);
        }
        if (s->broker) {
            s->requests_before += tq_sqs_client_requests(tq_sqs_broker_client(s->broker));
            s->broker->ops->destroy(s->broker);
        }
    }
    s->keeper = NULL;
    s->broker = NULL;
    if (s->name) {
        pefree(s->name, 1);
        s->name = NULL;
    }
    if (s->cached_url) {
        pefree(s->cached_url, 1);
        s->cached_url = NULL;
    }
}

/* --- the cache service ------------------------------------------------------------------------- */

/* The cache service, or false (warned once) when it cannot be found. FAILURE only when
 * exit() is unwinding. */
static zend_result cache_service(zend_object *obj, zval *out, bool *found)
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
    zend_string *why = take_exception();
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
static char *cache_get(zend_object *obj, const char *physical)
{
    zval cache;
    bool found;
    if (cache_service(obj, &cache, &found) == FAILURE || !found) {
        return NULL;
    }
    zval key, rv;
    ZVAL_STR(&key, cache_key(physical));
    char *url = NULL;
    bool present = true;
    /* generis' get() throws for a missing key: ask has() first when there is one */
    if (has_method(&cache, "has")) {
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
    zend_string *why = take_exception();
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
    if (cache_service(obj, &cache, &found) == FAILURE || !found) {
        return;
    }
    zval args[2];
    zend_string *key = cache_key(physical);
    if (has_method(&cache, "put")) {
        ZVAL_STRING(&args[0], url);
        ZVAL_STR(&args[1], key);
        php_tq_call(&cache, "put", NULL, 2, args);
    } else if (has_method(&cache, "set")) {
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
    zend_string *why = take_exception();
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
static void sync_url(zend_object *obj)
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
    if (Z_TYPE_P(cred) == IS_OBJECT && has_method(cred, "getaccesskeyid") && has_method(cred, "getsecretkey")) {
        for (int i = 0; i < 3; i++) {
            zval rv;
            if (i == 2 && !has_method(cred, "getsecuritytoken")) {
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
        if (!has_method(client, "getoptions")) {
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
static zend_result aws_settings(zend_object *obj, tq_sqs_config *cfg)
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
        if (has_method(&loc, "has")) {
            present = php_tq_call(&loc, "has", &rv, 1, &id) == SUCCESS && zend_is_true(&rv);
            if (!EG(exception)) {
                zval_ptr_dtor(&rv);
            }
        }
        if (present && !EG(exception) && php_tq_call(&loc, "get", &client, 1, &id) == SUCCESS) {
            source = "service " SQS_AWS_SERVICE;
        }
        zval_ptr_dtor(&loc);
        zend_string *why = take_exception();   /* not registered: the environment will do */
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

/* --- the core broker ------------------------------------------------------------------------- */

/* The core broker of the current queue name, made on first use; NULL with an exception. */
static tq_broker *ensure(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (s->pid != getpid()) {
        drop_native(s);          /* inherited through fork(): the parent's */
        claims_free(s);
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
        flush_acks(s, obj);
        release_buffered(s);
        claims_free(s);
        drop_native(s);
    }
    tq_sqs_config cfg;
    tq_sqs_config_init(&cfg);
    zval *profile = PHP_TQ_PROP(obj, SQS_SCOPE, "awsProfile");
    if (profile && Z_TYPE_P(profile) == IS_STRING) {
        tq_sqs_config_set(&cfg, "profile_hint", Z_STRVAL_P(profile), NULL);
    }
    if (aws_settings(obj, &cfg) == FAILURE) {
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
    cfg.wait_time_seconds = (int)WAIT(obj);
    /* a URL cached by this process, else by the cache service */
    char physical[128];
    snprintf(physical, sizeof(physical), "TQ_%s", name);
    char *url = process_url_get(cfg.endpoint, physical);
    if (!url) {
        url = cache_get(obj, physical);
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
static zend_result report(zend_object *obj, const tq_error *err, bool refused_throws, const char *what)
{
    if (err->code == TQ_ERR_NOMEM || (refused_throws && err->code != TQ_ERR_IO)) {
        php_tq_throw(spl_ce_RuntimeException, "%s", err->message);
        return FAILURE;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "%s: %s", what, err->message);
    return SUCCESS;
}

/* The worker's signal state for a long poll (a signal to the worker cuts it short). */
static void attach_signals(php_tq_sqs *s)
{
    tq_sqs_client_set_signal(tq_sqs_broker_client(s->broker), TQ_G(signals_ready) ? &TQ_G(signals) : NULL);
}

static void detach_signals(php_tq_sqs *s)
{
    tq_sqs_client_set_signal(tq_sqs_broker_client(s->broker), NULL);
}

/* --- messages that cannot be decoded ------------------------------------------------------- */

/* The Task Log: the one given with setTaskLog(), else the service tao/taskLog. */
static bool task_log_of(zend_object *obj, zval *out)
{
    zval *tl = PHP_TQ_PROP(obj, SQS_SCOPE, "taskLog");
    if (tl && Z_TYPE_P(tl) == IS_OBJECT) {
        ZVAL_COPY(out, tl);
        return true;
    }
    zval id;
    ZVAL_STRING(&id, "tao/taskLog");
    zend_result r = php_tq_resolve_service(obj, ABSTRACT_SCOPE, &id, out);
    zval_ptr_dtor(&id);
    if (r == SUCCESS && Z_TYPE_P(out) == IS_OBJECT) {
        return true;
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(out);
    }
    zend_string *why = take_exception();
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
               "No Task Log to report an undecodable SQS message in (%s): give the broker one with setTaskLog()",
               why ? ZSTR_VAL(why) : "the service tao/taskLog is not an object");
    if (why) {
        zend_string_release(why);
    }
    return false;
}

/* metadata.<key> of a message body when it is a JSON object holding a non-empty string there. */
static zend_string *body_metadata(const char *body, size_t len, const char *key)
{
    zval decoded;
    tq_error err;
    zend_string *out = NULL;
    if (php_tq_json_decode(body, len, &decoded, &err) != SUCCESS) {
        return NULL;
    }
    if (Z_TYPE(decoded) == IS_ARRAY) {
        zval *md = zend_hash_str_find(Z_ARRVAL(decoded), "metadata", sizeof("metadata") - 1);
        zval *v = md && Z_TYPE_P(md) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(md), key, strlen(key)) : NULL;
        if (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
            out = zend_string_copy(Z_STR_P(v));
        }
    }
    zval_ptr_dtor(&decoded);
    return out;
}

/* Writes the failed entry: the message's task (metadata.__id__) or a synthetic one
 * (sqs://TQ_<name>/<MessageId>) gets status failed and an error report saying why. A task
 * that already finished keeps its status. Failures are logged. */
static void report_undecodable(zend_object *obj, const tq_message *m, const char *message_id, const char *text)
{
    zval log;
    if (!task_log_of(obj, &log)) {
        return;
    }
    php_tq_sqs *s = sqs_from_obj(obj);
    zend_string *id = body_metadata(m->body, m->len, "__id__");
    if (!id) {
        id = zend_strpprintf(0, "sqs://%s/%s", physical_name(s), message_id ? message_id : "unknown");
    }
    zval zid, st;
    ZVAL_STR(&zid, id);
    ZVAL_UNDEF(&st);
    if (php_tq_call(&log, "getStatus", &st, 1, &zid) == FAILURE) {
        goto done;
    }
    zend_string *status = zval_get_string(&st);
    bool finished = zend_string_equals_literal(status, "completed") || zend_string_equals_literal(status, "failed")
                    || zend_string_equals_literal(status, "archived") || zend_string_equals_literal(status, "cancelled");
    bool missing = ZSTR_LEN(status) == 0 || zend_string_equals_literal(status, "unknown");
    if (finished) {
        php_tq_log(obj, ABSTRACT_SCOPE, "info", NULL, "Task %s is already %s; its undecodable message is only set aside.",
                   ZSTR_VAL(id), ZSTR_VAL(status));
        zend_string_release(status);
        goto done;
    }
    zend_string_release(status);
    if (missing) {
        /* no entry yet: one for a stand-in task with that id */
        zend_string *label = body_metadata(m->body, m->len, "__label__");
        if (!label) {
            label = zend_strpprintf(0, "Undecodable SQS message %s", message_id ? message_id : "");
        }
        zval task, args[3];
        ZVAL_COPY(&args[0], &zid);
        ZVAL_EMPTY_STRING(&args[1]);
        if (object_init_ex(&task, php_tq_ce_CallbackTask) == FAILURE) {
            zval_ptr_dtor(&args[0]);
            zend_string_release(label);
            goto done;
        }
        zend_result r = php_tq_call(&task, "__construct", NULL, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        if (r == SUCCESS) {
            ZVAL_COPY_VALUE(&args[0], &task);
            ZVAL_STRING(&args[1], "failed");
            ZVAL_STR(&args[2], label);
            r = php_tq_call(&log, "add", NULL, 3, args);
            zval_ptr_dtor(&args[1]);
        }
        zend_string_release(label);
        zval_ptr_dtor(&task);
        if (r == FAILURE) {
            goto done;
        }
    }
    zval args[3];
    ZVAL_COPY(&args[0], &zid);
    array_init(&args[1]);
    add_assoc_string(&args[1], "type", "error");
    add_assoc_string(&args[1], "message", (char *)text);
    add_assoc_null(&args[1], "data");
    zval children;
    array_init(&children);
    add_assoc_zval(&args[1], "children", &children);
    ZVAL_STRING(&args[2], "failed");
    php_tq_call(&log, "setReport", NULL, 3, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);

done:;
    zend_string *why = take_exception();
    if (why) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Reporting the undecodable SQS message %s as task %s failed: %s",
                   message_id ? message_id : "", ZSTR_VAL(id), ZSTR_VAL(why));
        zend_string_release(why);
    }
    zval_ptr_dtor(&st);
    zval_ptr_dtor(&zid);
    zval_ptr_dtor(&log);
}

/* A message whose body is not a task: moved to TQ_<name>_poison (never dropped) and reported
 * as a failed task. When the move fails it stays in the queue and comes back after its lease. */
static void set_aside(zend_object *obj, const tq_message *m, const char *message_id, zend_string *reason)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    char poison[128];
    tq_sqs_broker_poison_name(s->broker, poison, sizeof(poison));
    tq_sqs_keeper_remove(s->keeper, m->receipt);
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_sqs_broker_set_aside(s->broker, m, message_id, ZSTR_VAL(reason), &err);
    claim_drop(s, m->receipt);
    zend_string *text;
    if (rc == 0) {
        text = zend_strpprintf(0, "Task message %s of SQS queue %s cannot be decoded and was moved to %s: %s",
                               message_id ? message_id : "?", physical_name(s), poison, ZSTR_VAL(reason));
    } else {
        text = zend_strpprintf(0, "Task message %s of SQS queue %s cannot be decoded (%s); moving it to %s "
                               "failed (%s), so it stays in %s and comes back when its lease ends",
                               message_id ? message_id : "?", physical_name(s), ZSTR_VAL(reason), poison,
                               err.message, physical_name(s));
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "%s", ZSTR_VAL(text));
    report_undecodable(obj, m, message_id, ZSTR_VAL(text));
    zend_string_release(text);
}

/* --- SqsQueueBroker ------------------------------------------------------------------------ */

#define SQS_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, name)

SQS_METHOD(__construct)
{
    zval *first, *second = NULL, *third = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(first)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(second)
        Z_PARAM_ZVAL(third)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    /* TAO's old form ($awsProfile, $cacheServiceId, $receiveTasks): three arguments, or a
     * second one that is a service id rather than a number */
    bool legacy = ZEND_NUM_ARGS() == 3
                  || (second && Z_TYPE_P(second) == IS_STRING
                      && !is_numeric_string(Z_STRVAL_P(second), Z_STRLEN_P(second), NULL, NULL, true));
    zval *cache = legacy ? second : first;
    zval one;
    ZVAL_LONG(&one, 1);
    zval *receive = legacy ? (third ? third : &one) : (second ? second : &one);
    if (legacy) {
        if (!zend_is_true(first) || Z_TYPE_P(first) != IS_STRING) {
            php_tq_throw(spl_ce_InvalidArgumentException, "AWS profile needs to be set for %s (the old form: profile, "
                         "cache service id, number of tasks to receive)", ZSTR_VAL(obj->ce->name));
            RETURN_THROWS();
        }
    }
    if (!cache || !zend_is_true(cache)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Cache Service needs to be set for %s", ZSTR_VAL(obj->ce->name));
        RETURN_THROWS();
    }
    if (Z_TYPE_P(cache) != IS_STRING && Z_TYPE_P(cache) != IS_OBJECT) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s: the cache service must be a service id or an object, %s given",
                     ZSTR_VAL(obj->ce->name), zend_zval_type_name(cache));
        RETURN_THROWS();
    }
    zend_call_known_instance_method_with_1_params(ABSTRACT_SCOPE->constructor, obj, NULL, receive);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    PHP_TQ_PROP_SET(obj, SQS_SCOPE, "cacheServiceId", cache);
    if (legacy) {
        PHP_TQ_PROP_SET(obj, SQS_SCOPE, "awsProfile", first);
    }
    prop_set_long(obj, "leaseTime", sizeof("leaseTime") - 1, default_lease());
}

SQS_METHOD(__toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *cache = PHP_TQ_PROP(obj, SQS_SCOPE, "cacheServiceId");
    zval *profile = PHP_TQ_PROP(obj, SQS_SCOPE, "awsProfile");
    zval none;
    ZVAL_NULL(&none);
    zend_string *cache_code = php_tq_to_php_code(cache ? cache : &none);
    if (!cache_code) {
        RETURN_THROWS();
    }
    zend_string *profile_code = NULL;
    if (profile && Z_TYPE_P(profile) == IS_STRING && !(profile_code = php_tq_to_php_code(profile))) {
        zend_string_release(cache_code);
        RETURN_THROWS();
    }
    zend_string *code = zend_strpprintf(0, "new \\%s(%s%s%s, " ZEND_LONG_FMT ")", ZSTR_VAL(obj->ce->name),
                                        profile_code ? ZSTR_VAL(profile_code) : "", profile_code ? ", " : "",
                                        ZSTR_VAL(cache_code), receive_of(obj));
    zend_string_release(cache_code);
    if (profile_code) {
        zend_string_release(profile_code);
    }
    /* our settings, when not the defaults, as chained calls */
    zend_long lease = LEASE(obj), wait = WAIT(obj);
    if (lease != default_lease() || wait != 20) {
        zend_string *chained = zend_strpprintf(0, "(%s)", ZSTR_VAL(code));
        zend_string_release(code);
        code = chained;
        if (lease != default_lease()) {
            chained = zend_strpprintf(0, "%s->setLeaseTime(" ZEND_LONG_FMT ")", ZSTR_VAL(code), lease);
            zend_string_release(code);
            code = chained;
        }
        if (wait != 20) {
            chained = zend_strpprintf(0, "%s->setWaitTime(" ZEND_LONG_FMT ")", ZSTR_VAL(code), wait);
            zend_string_release(code);
            code = chained;
        }
    }
    RETURN_STR(code);
}

SQS_METHOD(getNumberOfTasksToReceive)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(receive_of(Z_OBJ_P(ZEND_THIS)));
}

SQS_METHOD(createQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (b->ops->create_queue(b, &err) == 0) {
        sync_url(obj);
        php_tq_log(obj, ABSTRACT_SCOPE, "debug", NULL, "Queue %s created: %s", tq_sqs_broker_queue_name(b),
                   tq_sqs_broker_queue_url(b));
        return;
    }
    /* as TAO: logged, and thrown when running under CLI (InitializeQueue fails visibly);
     * a refused request (credentials, permissions, bad attributes) is thrown always */
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Creating SQS queue %s failed: %s", tq_sqs_broker_queue_name(b),
               err.message);
    if (err.code != TQ_ERR_IO || strcmp(sapi_module.name, "cli") == 0) {
        php_tq_throw(spl_ce_RuntimeException, "%s", err.message);
        RETURN_THROWS();
    }
}

SQS_METHOD(push)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    tq_broker *b = ensure(obj);
    if (!b) {
        zend_string_release(json);
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int rc = b->ops->push(b, ZSTR_VAL(json), ZSTR_LEN(json), NULL, &err);
    zend_string_release(json);
    sync_url(obj);
    if (rc == 0) {
        RETURN_TRUE;
    }
    if (report(obj, &err, true, "Pushing a task to SQS failed") == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_FALSE;
}

SQS_METHOD(pushMany)
{
    HashTable *tasks;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(tasks)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    uint32_t n = zend_hash_num_elements(tasks);
    if (n == 0) {
        RETURN_LONG(0);
    }
    zval *t;
    ZEND_HASH_FOREACH_VAL(tasks, t) {
        ZVAL_DEREF(t);
        if (Z_TYPE_P(t) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(t), php_tq_ce_TaskInterface)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "%s::pushMany(): every element must be a TaskInterface, %s given",
                         ZSTR_VAL(obj->ce->name), Z_TYPE_P(t) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(t)->name)
                                                                           : zend_zval_type_name(t));
            RETURN_THROWS();
        }
    } ZEND_HASH_FOREACH_END();
    zend_string **json = ecalloc(n, sizeof(zend_string *));
    const char **bodies = ecalloc(n, sizeof(char *));
    size_t *lens = ecalloc(n, sizeof(size_t));
    zval *ids = ecalloc(n, sizeof(zval));
    uint32_t k = 0;
    bool failed = false;
    ZEND_HASH_FOREACH_VAL(tasks, t) {
        ZVAL_DEREF(t);
        ZVAL_UNDEF(&ids[k]);
        if (!(json[k] = php_tq_task_serialize(t)) || php_tq_call(t, "getId", &ids[k], 0, NULL) == FAILURE) {
            failed = true;
            k++;
            break;
        }
        bodies[k] = ZSTR_VAL(json[k]);
        lens[k] = ZSTR_LEN(json[k]);
        k++;
    } ZEND_HASH_FOREACH_END();
    zend_long queued = 0;
    tq_broker *b = failed ? NULL : ensure(obj);
    if (b) {
        tq_sqs_entry_result *res = ecalloc(n, sizeof(tq_sqs_entry_result));
        tq_error err;
        tq_error_clear(&err);
        int rc = tq_sqs_broker_push_many(b, bodies, lens, n, res, &err);
        sync_url(obj);
        for (uint32_t i = 0; i < n; i++) {
            if (res[i].ok) {
                queued++;
            } else if (rc >= 0 || strcmp(res[i].code, "NotSent") != 0) {
                zend_string *id = zval_get_string(&ids[i]);
                php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Pushing task %s to SQS queue %s failed: %s: %s",
                           ZSTR_VAL(id), tq_sqs_broker_queue_name(b), res[i].code, res[i].message);
                zend_string_release(id);
            }
        }
        tq_sqs_entry_results_free(res, n);
        efree(res);
        if (rc < 0 && report(obj, &err, true, "Pushing tasks to SQS failed") == FAILURE) {
            failed = true;
        }
    } else {
        failed = true;
    }
    for (uint32_t i = 0; i < k; i++) {
        if (json[i]) {
            zend_string_release(json[i]);
        }
        zval_ptr_dtor(&ids[i]);
    }
    efree(json);
    efree(bodies);
    efree(lens);
    efree(ids);
    if (failed && EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_LONG(queued);
}

/* A worker asks for its next task once it is done with the one before: a task handed out
 * and neither acknowledged nor given back was left on purpose (no Task Log row yet, a Task
 * Log that failed): its renewals stop, so SQS hands it out again when its lease ends. */
static void settle_handed(php_tq_sqs *s)
{
    for (size_t i = 0; i < s->nclaims;) {
        if (s->claims[i].state == CLAIM_HANDED) {
            if (s->keeper && s->pid == getpid()) {
                tq_sqs_keeper_remove(s->keeper, s->claims[i].receipt);
            }
            pefree(s->claims[i].receipt, 1);
            s->claims[i] = s->claims[--s->nclaims];
            continue;
        }
        i++;
    }
}

SQS_METHOD(pop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    settle_handed(THIS_SQS);
    zend_function *parent = zend_hash_str_find_ptr(&ABSTRACT_SCOPE->function_table, "pop", sizeof("pop") - 1);
    zend_call_known_instance_method(parent, obj, return_value, 0, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    if (Z_TYPE_P(return_value) != IS_OBJECT) {
        return;
    }
    /* handed out: from now on it is the worker's (it is not given back when we are freed) */
    zval key, receipt;
    ZVAL_STRING(&key, "ReceiptHandle");
    if (php_tq_call(return_value, "getMetadata", &receipt, 1, &key) == SUCCESS) {
        if (Z_TYPE(receipt) == IS_STRING) {
            sqs_claim *c = claim_find(THIS_SQS, Z_STRVAL(receipt));
            if (c && c->state == CLAIM_BUFFERED) {
                c->state = CLAIM_HANDED;
            }
        }
        zval_ptr_dtor(&receipt);
    }
    zval_ptr_dtor(&key);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

SQS_METHOD(count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t n = b->ops->count(b, &err);
    sync_url(obj);
    if (n >= 0) {
        RETURN_LONG((zend_long)n);
    }
    if (report(obj, &err, false, "Counting the messages of an SQS queue failed") == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_LONG(0);
}

SQS_METHOD(releasePreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    flush_acks(THIS_SQS, obj);
    zend_function *parent = zend_hash_str_find_ptr(&ABSTRACT_SCOPE->function_table, "releaseprefetchedmessages",
                                                   sizeof("releaseprefetchedmessages") - 1);
    zend_call_known_instance_method(parent, obj, return_value, 0, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

SQS_METHOD(setLeaseTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 1 || seconds > SQS_MAX_LEASE) {
        zend_argument_value_error(1, "must be between 1 and %d (seconds, SQS's longest visibility), " ZEND_LONG_FMT
                                  " given", SQS_MAX_LEASE, seconds);
        RETURN_THROWS();
    }
    prop_set_long(Z_OBJ_P(ZEND_THIS), "leaseTime", sizeof("leaseTime") - 1, seconds);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

SQS_METHOD(getLeaseTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(LEASE(Z_OBJ_P(ZEND_THIS)));
}

SQS_METHOD(setWaitTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0 || seconds > 20) {
        zend_argument_value_error(1, "must be between 0 and 20 (seconds, SQS's longest poll), " ZEND_LONG_FMT " given",
                                  seconds);
        RETURN_THROWS();
    }
    prop_set_long(Z_OBJ_P(ZEND_THIS), "waitTime", sizeof("waitTime") - 1, seconds);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

SQS_METHOD(getWaitTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(WAIT(Z_OBJ_P(ZEND_THIS)));
}

SQS_METHOD(getRequestCount)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_sqs *s = THIS_SQS;
    uint64_t n = s->requests_before;
    if (s->pid == getpid()) {
        if (s->broker) {
            n += tq_sqs_client_requests(tq_sqs_broker_client(s->broker));
        }
        if (s->keeper) {
            tq_sqs_keeper_stats st;
            tq_sqs_keeper_get_stats(s->keeper, &st);
            n += st.requests;
        }
    }
    RETURN_LONG((zend_long)n);
}

SQS_METHOD(setTaskLog)
{
    zval *task_log;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), SQS_SCOPE, "taskLog", task_log);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

SQS_METHOD(getTaskLog)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), SQS_SCOPE, "taskLog");
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

SQS_METHOD(getCache)
{
    ZEND_PARSE_PARAMETERS_NONE();
    bool found;
    if (cache_service(Z_OBJ_P(ZEND_THIS), return_value, &found) == FAILURE) {
        RETURN_THROWS();
    }
    if (!found) {
        RETURN_NULL();
    }
}

SQS_METHOD(queueExists)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_sqs_broker_resolve(b, 0, &err) == 0) {
        sync_url(obj);
        RETURN_TRUE;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, err.code == TQ_ERR_NOT_FOUND ? "warning" : "error", NULL, "%s", err.message);
    RETURN_FALSE;
}

SQS_METHOD(doPop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    tq_broker *b = ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    flush_acks(s, obj);
    zend_long max = receive_of(obj);
    if (TQ_G(claim_cap) > 0 && TQ_G(claim_cap) < max) {
        max = TQ_G(claim_cap);
    }
    zend_long lease = LEASE(obj);
    tq_sqs_broker_set_wait(b, (int)WAIT(obj));
    tq_message msgs[SQS_MAX_RECEIVE];
    char *ids[SQS_MAX_RECEIVE];
    memset(ids, 0, sizeof(ids));
    tq_error err;
    tq_error_clear(&err);
    attach_signals(s);
    int n = tq_sqs_broker_claim(b, (size_t)max, (int64_t)lease * 1000, msgs, ids, &err);
    detach_signals(s);
    sync_url(obj);
    if (n < 0) {
        if (report(obj, &err, false, "Receiving tasks from SQS failed") == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    const char *url = tq_sqs_broker_queue_url(b);
    for (int i = 0; i < n; i++) {
        if (tq_sqs_keeper_add(s->keeper, url, msgs[i].receipt, (int64_t)lease * 1000, &err) != 0) {
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "The visibility of message %s of %s will not be renewed: %s",
                       ids[i] ? ids[i] : "?", tq_sqs_broker_queue_name(b), err.message);
        }
        claim_add(s, msgs[i].receipt, CLAIM_BUFFERED);
    }
    for (int i = 0; i < n; i++) {
        if (EG(exception)) {
            /* exit() while a task was built: the rest stay claimed, renewed until freed */
            break;
        }
        zval task;
        if (php_tq_task_deserialize(msgs[i].body, msgs[i].len, &task) == FAILURE) {
            zend_string *why = take_exception();
            if (!why && EG(exception)) {
                break;
            }
            set_aside(obj, &msgs[i], ids[i], why ? why : ZSTR_KNOWN(ZEND_STR_UNKNOWN));
            if (why) {
                zend_string_release(why);
            }
            continue;
        }
        if (msgs[i].deliveries > 1) {
            php_tq_log(obj, ABSTRACT_SCOPE, "info", NULL, "Message %s of %s is a re-delivery (delivery %d).",
                       ids[i] ? ids[i] : "?", tq_sqs_broker_queue_name(b), msgs[i].deliveries);
        }
        zval args[2];
        ZVAL_STRING(&args[0], "SqsMessageId");
        if (ids[i]) {
            ZVAL_STRING(&args[1], ids[i]);
        } else {
            ZVAL_NULL(&args[1]);
        }
        zend_result r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        ZVAL_STRING(&args[0], "ReceiptHandle");
        ZVAL_STRING(&args[1], msgs[i].receipt);
        if (r == SUCCESS) {
            r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        }
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        if (r == SUCCESS) {
            php_tq_call_hook(ZEND_THIS, "pushPreFetchedMessage", NULL, 1, &task);
        }
        zval_ptr_dtor(&task);
    }
    for (int i = 0; i < n; i++) {
        tq_message_clear(b, &msgs[i]);
        free(ids[i]);
    }
    if (EG(exception)) {
        RETURN_THROWS();
    }
}

SQS_METHOD(doDelete)
{
    zval *id, *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(ctx)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    if (Z_TYPE_P(id) != IS_STRING || Z_STRLEN_P(id) == 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", ctx, "Deleting a message from SQS failed: the task has no "
                   "ReceiptHandle (it was not received from SQS)");
        return;
    }
    if (!ensure(obj)) {
        RETURN_THROWS();
    }
    claim_add(s, Z_STRVAL_P(id), CLAIM_ACKED);
    /* while tasks of the same receive are still buffered, the ack waits for theirs */
    if (prefetched_count(obj) == 0) {
        flush_acks(s, obj);
    }
}

SQS_METHOD(doRelease)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    zval key, receipt;
    ZVAL_STRING(&key, "ReceiptHandle");
    zend_result r = php_tq_call(task, "getMetadata", &receipt, 1, &key);
    zval_ptr_dtor(&key);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(receipt) != IS_STRING || !s->broker || s->pid != getpid()) {
        zval_ptr_dtor(&receipt);
        RETURN_FALSE;
    }
    tq_sqs_keeper_remove(s->keeper, Z_STRVAL(receipt));
    tq_message m;
    memset(&m, 0, sizeof(m));
    m.receipt = Z_STRVAL(receipt);
    tq_error err;
    tq_error_clear(&err);
    int rc = s->broker->ops->release(s->broker, &m, &err);
    claim_drop(s, Z_STRVAL(receipt));
    zval_ptr_dtor(&receipt);
    if (rc != 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "Giving a message back to SQS queue %s failed: %s; it comes "
                   "back when its lease ends.", physical_name(s), err.message);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

/* --- handlers and start-up ------------------------------------------------------------------- */

static zend_object *sqs_create(zend_class_entry *ce)
{
    php_tq_sqs *s = zend_object_alloc(sizeof(php_tq_sqs), ce);
    zend_object_std_init(&s->std, ce);
    object_properties_init(&s->std, ce);
    s->std.handlers = &sqs_handlers;
    s->pid = getpid();
    return &s->std;
}

static void sqs_free(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    /* what the broker owes: acknowledged messages deleted, buffered ones given back */
    flush_acks(s, NULL);
    release_buffered(s);
    drop_native(s);
    claims_free(s);
    zend_object_std_dtor(obj);
}

/* A clone is a broker of its own with the same settings and nothing claimed: two objects
 * sharing claims would delete or give back each other's messages. */
static zend_object *sqs_clone(zend_object *old)
{
    zend_object *obj = sqs_create(old->ce);
    zend_objects_clone_members(obj, old);
    zval empty;
    ZVAL_EMPTY_ARRAY(&empty);
    PHP_TQ_PROP_SET(obj, ABSTRACT_SCOPE, "preFetchedQueue", &empty);
    return obj;
}

/* For workers: the core broker (made now if need be; NULL when the settings are wrong,
 * which the next dequeue() reports). */
static tq_broker *sqs_native(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (s->broker && s->pid == getpid()) {
        return s->broker;
    }
    tq_broker *b = ensure(obj);
    if (!b) {
        zend_string *why = take_exception();
        if (why) {
            zend_string_release(why);
        }
    }
    return b;
}

void php_tq_sqs_minit(void)
{
    php_tq_ce_SqsQueueBroker = register_class_oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker(
        php_tq_ce_AbstractQueueBroker, php_tq_ce_TaskLogAwareInterface);
    php_tq_ce_SqsQueueBroker->create_object = sqs_create;
    memcpy(&sqs_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    sqs_handlers.offset = XtOffsetOf(php_tq_sqs, std);
    sqs_handlers.free_obj = sqs_free;
    sqs_handlers.clone_obj = sqs_clone;
    php_tq_native_broker_register(php_tq_ce_SqsQueueBroker, sqs_native);
    zend_hash_init(&sqs_urls, 8, NULL, url_free, 1);
#ifdef ZTS
    sqs_urls_lock = tsrm_mutex_alloc();
#endif
    /* libcurl is opened by the first SQS client (src/sqs/tq_curl.c), not here: workers that
     * never use SQS do not map it. */
}

void php_tq_sqs_mshutdown(void)
{
    zend_hash_destroy(&sqs_urls);
#ifdef ZTS
    tsrm_mutex_free(sqs_urls_lock);
#endif
    tq_sqs_global_cleanup();
}
