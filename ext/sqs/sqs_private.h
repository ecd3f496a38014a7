/*
 * sqs/sqs_private.h: what the files of SqsQueueBroker share (private to ext/sqs; the
 * class entry and start-up are in sqs.h): the native object
 * and the helpers each file offers the others. sqs.c: the class (constructor, settings,
 * queue-level methods, handlers); sqs_core.c: the core broker; sqs_messages.c: sending,
 * receiving, acknowledging, giving back; sqs_claims.c: claims, acknowledgements and releases;
 * sqs_settings.c: AWS settings, queue URL caches; sqs_poison.c: messages that cannot be decoded.
 * May touch: the Zend API, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper, src/queue/tq_claim_ledger.
 */
#ifndef PHP_TQ_SQS_PRIVATE_H
#define PHP_TQ_SQS_PRIVATE_H

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
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "sqs.h"
#include "sqs/tq_sqs.h"
#include "sqs/tq_sqs_keeper.h"
#include "task/tq_message_key.h"
#include "queue/tq_claim_ledger.h"

#define SQS_SCOPE php_tq_ce_SqsQueueBroker
#define ABSTRACT_SCOPE php_tq_ce_AbstractQueueBroker
#define SQS_MAX_RECEIVE 10            /* SQS's MaxNumberOfMessages limit */
#define SQS_DEFAULT_LEASE 600         /* TAO's VisibilityTimeout */
#define SQS_MAX_LEASE PHP_TQ_LEASE_TIME_MAX /* SQS's longest visibility */
#define SQS_AWS_SERVICE "generis/awsClient"
#define SQS_AWS_FILE "config/generis/awsClient.conf.php"

/* --- the native object ------------------------------------------------------------------ */

typedef struct php_tq_sqs {
    tq_broker *broker;         /* core broker of `name`; NULL until first use */
    tq_sqs_keeper *keeper;     /* made with the broker */
    char *name;                /* queue name the broker was made for */
    char *cached_url;          /* the URL the caches have (or were given) */
    pid_t pid;                 /* process that made broker and keeper */
    uint64_t requests_before;  /* requests of brokers and keepers already gone */
    tq_claim_ledger *claims;   /* the messages it claimed and has not deleted or given back, by
                                  receipt; NULL until the first */
    zend_long claim_cap;       /* the worker's limit for the next receive (set_claim_cap); 0 none */
    bool cache_warned;
    zend_object std;
} php_tq_sqs;


static inline php_tq_sqs *sqs_from_obj(zend_object *obj)
{
    return (php_tq_sqs *)((char *)obj - XtOffsetOf(php_tq_sqs, std));
}

#define THIS_SQS sqs_from_obj(Z_OBJ_P(ZEND_THIS))


/* sqs.c: the broker's settings (properties) */
zend_long php_tq_sqs_lease(zend_object *obj);      /* s */
zend_long php_tq_sqs_wait(zend_object *obj);       /* s, the long poll */
zend_long php_tq_sqs_receive(zend_object *obj);    /* messages per receive, 1..10 */

/* sqs_core.c */
tq_broker *php_tq_sqs_ensure(zend_object *obj);
bool php_tq_sqs_has_method(zval *obj, const char *lcname);
const char *php_tq_sqs_physical_name(php_tq_sqs *s);
zend_result php_tq_sqs_report(zend_object *obj, const tq_error *err, bool refused_throws, const char *what);
zend_string *php_tq_sqs_take_exception(void);

/* sqs_claims.c */
void php_tq_sqs_claim_add(php_tq_sqs *s, const char *receipt, tq_claim_state state, tq_sqs_keeper *keeper);
void php_tq_sqs_claim_drop(php_tq_sqs *s, const char *receipt);
tq_claim *php_tq_sqs_claim_find(php_tq_sqs *s, const char *receipt);
void php_tq_sqs_claims_free(php_tq_sqs *s);
void php_tq_sqs_drop_native(php_tq_sqs *s);
void php_tq_sqs_flush_acks(php_tq_sqs *s, zend_object *obj);
void php_tq_sqs_release_buffered(php_tq_sqs *s);
void php_tq_sqs_give_back(php_tq_sqs *s, const char **receipts, size_t n);
void php_tq_sqs_settle_handed(php_tq_sqs *s);

/* sqs_poison.c */
void php_tq_sqs_set_aside(zend_object *obj, const tq_message *m, const char *message_id, zend_string *reason);
void php_tq_sqs_bind_task_log(zend_object *obj, zval *task_log);
int php_tq_sqs_reschedule(zend_object *obj, zval *task, zend_string *task_id, zend_string *body, int64_t delay_ms,
                          bool dead, tq_error *err);

/* sqs_settings.c */
zend_result php_tq_sqs_aws_settings(zend_object *obj, tq_sqs_config *cfg);
char *php_tq_sqs_cache_get(zend_object *obj, const char *physical);
zend_result php_tq_sqs_cache_service(zend_object *obj, zval *out, bool *found);
char *php_tq_sqs_process_url_get(const char *endpoint, const char *physical);
void php_tq_sqs_sync_url(zend_object *obj);
void php_tq_sqs_urls_init(void);
void php_tq_sqs_urls_free(void);

#endif
