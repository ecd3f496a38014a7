/*
 * tq_sqs: Amazon SQS over the AWS JSON 1.0 protocol (POST, X-Amz-Target: AmazonSQS.<Action>,
 * SigV4-signed), bodies built and parsed with jansson, one keep-alive libcurl easy+multi pair
 * per client. Three parts:
 *   - configuration: region, credentials and endpoint, resolved as the AWS SDKs do
 *     (explicit values, then AWS_* variables, then ~/.aws/credentials and ~/.aws/config);
 *   - the client: one function per SQS action, retries with exponential backoff and full
 *     jitter for throttling, 5xx and network errors; long polls that a signal cuts short;
 *   - the broker (tq_broker_ops "sqs") over one queue TQ_<name>.
 * libcurl is opened by the first client (tq_curl); tq_sqs_global_init() does it ahead of time
 * (optional), tq_sqs_global_cleanup() runs libcurl's global cleanup at the end (MSHUTDOWN).
 * May touch: libcurl (through tq_curl), jansson, libcrypto (through tq_sigv4), libc (getenv,
 * files, poll).
 */
#ifndef TQ_SQS_H
#define TQ_SQS_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "queue/tq_broker.h"
#include "common/tq_error.h"
#include "worker/tq_signal.h"

int tq_sqs_global_init(tq_error *err);
void tq_sqs_global_cleanup(void);

/* ---- configuration ------------------------------------------------------------------ */

typedef struct tq_sqs_config {
    /* Explicit settings (TAO's generis/awsClient.conf.php: region, credentials key/secret/
     * token, profile, endpoint); malloc'd, NULL when unset. Resolution fills the rest. */
    char *region;
    char *access_key;
    char *secret_key;
    char *session_token;
    char *profile;
    char *endpoint;           /* http(s)://host[:port]; default https://sqs.<region>.amazonaws.com */
    char *source;             /* where the explicit values came from, for messages
                                 (e.g. "config/generis/awsClient.conf.php"); NULL: "the broker options" */
    char *profile_hint;       /* picks the shared files' profile like AWS_PROFILE does (and before
                                 it), without hiding the environment's keys as `profile` does:
                                 the profile argument of TAO's old SqsQueueBroker constructor */
    /* Where each resolved value was found, for diagnostics ("AWS_REGION", "profile 'x' in
     * /root/.aws/config", ...); filled by tq_sqs_config_resolve. */
    char region_from[160];
    char credentials_from[160];
    char endpoint_from[160];
    /* Retry policy and timeouts (defaults from tq_sqs_config_init). */
    int max_attempts;         /* 5: tries of one call, the first included */
    int64_t base_delay_ms;    /* 100: first backoff ceiling; doubles per retry */
    int64_t max_delay_ms;     /* 5000: ceiling of one backoff sleep */
    int64_t max_retry_ms;     /* 20000: no retry starts after this long since the first try */
    int64_t connect_timeout_ms; /* 5000 */
    int64_t request_timeout_ms; /* 30000 per request; a long poll gets its wait on top */
    int wait_time_seconds;    /* 20: ReceiveMessage long poll */
    int visibility_timeout;   /* 600: CreateQueue attribute (TAO's value) */
} tq_sqs_config;

void tq_sqs_config_init(tq_sqs_config *c);
void tq_sqs_config_free(tq_sqs_config *c);
/* Sets one explicit string: key is "region", "key", "secret", "token", "profile",
 * "endpoint", "source" or "profile_hint" (the names of awsClient.conf.php; "credentials.key"
 * etc. also accepted). NULL or "" clears it. */
int tq_sqs_config_set(tq_sqs_config *c, const char *key, const char *value, tq_error *err);
/* Fills region, credentials and endpoint that are still unset, from the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION,
 * AWS_DEFAULT_REGION, AWS_PROFILE, AWS_ENDPOINT_URL_SQS, AWS_ENDPOINT_URL,
 * AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE, HOME) and the shared files, in the SDKs'
 * order. A missing region or missing credentials is an error naming the setting and every
 * place that was looked at. */
int tq_sqs_config_resolve(tq_sqs_config *c, tq_error *err);

/* ---- client ------------------------------------------------------------------------- */

typedef struct tq_sqs_client tq_sqs_client;

/* Returned by calls that a signal cut short (long polls only); err says which signal. */
#define TQ_SQS_INTERRUPTED (-2)

/* cfg must be resolved (region, access key, secret, endpoint set); it is copied. */
tq_sqs_client *tq_sqs_client_new(const tq_sqs_config *cfg, tq_error *err);
void tq_sqs_client_free(tq_sqs_client *c);
/* The client's copy of its configuration (read only). */
const tq_sqs_config *tq_sqs_client_config(const tq_sqs_client *c);
/* Long polls also wait on sig's wake-up pipe and give up when a signal is noted.
 * Not owned; NULL detaches. */
void tq_sqs_client_set_signal(tq_sqs_client *c, tq_signal_state *sig);
/* HTTP requests sent so far (every try counts), for requests-per-task measurements. */
uint64_t tq_sqs_client_requests(const tq_sqs_client *c);
/* AWS's error code of the last failed call ("QueueDoesNotExist", "ThrottlingException",
 * "HTTP 503", "network"), "" after a success. */
const char *tq_sqs_client_last_error(const tq_sqs_client *c);

/* One SQS action: request is borrowed; returns the response object (new reference; an empty
 * 200 body reads as {}), or NULL with err (TQ_ERR_NOT_FOUND for a missing queue,
 * TQ_ERR_INVALID for other 4xx, TQ_ERR_IO after retries). queue names the queue in errors.
 * With interruptible set, a noted signal ends the call: NULL and *interrupted = 1. */
json_t *tq_sqs_call(tq_sqs_client *c, const char *action, const char *queue, json_t *request,
                    int interruptible, int *interrupted, tq_error *err);

/* Queue names must match SQS's rule: 1-80 of [A-Za-z0-9_-]. */
int tq_sqs_check_queue_name(const char *name, tq_error *err);

/* The URL of a queue (malloc'd) or NULL: TQ_ERR_NOT_FOUND when it does not exist. */
char *tq_sqs_get_queue_url(tq_sqs_client *c, const char *name, tq_error *err);
/* CreateQueue with DelaySeconds 0 and VisibilityTimeout cfg.visibility_timeout; an existing
 * queue with other attributes is used as it is (its URL returned). */
char *tq_sqs_create_queue(tq_sqs_client *c, const char *name, tq_error *err);

/* Per-entry result of a batch call. */
typedef struct tq_sqs_entry_result {
    int ok;
    char *message_id;        /* SendMessageBatch: the new message's id (malloc'd) */
    char code[64];           /* failure: AWS's code, e.g. "ReceiptHandleIsInvalid" */
    char message[192];
    int sender_fault;
} tq_sqs_entry_result;
void tq_sqs_entry_results_free(tq_sqs_entry_result *r, size_t n);

/* Returns 0 and *message_id (malloc'd, may be NULL if not wanted). */
int tq_sqs_send(tq_sqs_client *c, const char *url, const char *body, size_t len,
                char **message_id, tq_error *err);
/* Same, hidden from receivers for delay_seconds (0..TQ_SQS_DELAY_MAX; 0: none). */
#define TQ_SQS_DELAY_MAX 900    /* SQS's longest DelaySeconds: 15 minutes */
int tq_sqs_send_delayed(tq_sqs_client *c, const char *url, const char *body, size_t len, int delay_seconds,
                        char **message_id, tq_error *err);
/* Sends n bodies in calls of at most 10 entries and 256 KiB each. Fills res[0..n) (caller
 * allocates, frees with tq_sqs_entry_results_free). Returns the number of entries that
 * failed (>= 0), or -1 when a whole call failed (the entries before it were sent and
 * res says so; the rest have ok = 0 and code "NotSent"). */
int tq_sqs_send_batch(tq_sqs_client *c, const char *url, const char *const *bodies,
                      const size_t *lens, size_t n, tq_sqs_entry_result *res, tq_error *err);

typedef struct tq_sqs_message {
    char *body;
    size_t len;
    char *receipt;
    char *message_id;
    int receive_count;       /* ApproximateReceiveCount */
} tq_sqs_message;
void tq_sqs_message_free(tq_sqs_message *m);

/* ReceiveMessage: up to max (1..10) messages, waiting up to wait_seconds (0..20) for the first;
 * visibility_seconds < 0 keeps the queue's default. out holds max entries. Returns the number
 * received, -1 on error, or TQ_SQS_INTERRUPTED (0 messages) when a signal cut the wait. */
int tq_sqs_receive(tq_sqs_client *c, const char *url, int max, int wait_seconds,
                   int visibility_seconds, tq_sqs_message *out, tq_error *err);

int tq_sqs_delete(tq_sqs_client *c, const char *url, const char *receipt, tq_error *err);
/* Same contract as tq_sqs_send_batch. */
int tq_sqs_delete_batch(tq_sqs_client *c, const char *url, const char *const *receipts,
                        size_t n, tq_sqs_entry_result *res, tq_error *err);
int tq_sqs_change_visibility(tq_sqs_client *c, const char *url, const char *receipt,
                             int seconds, tq_error *err);
int tq_sqs_change_visibility_batch(tq_sqs_client *c, const char *url,
                                   const char *const *receipts, size_t n, int seconds,
                                   tq_sqs_entry_result *res, tq_error *err);
/* ApproximateNumberOfMessages (visible, not in flight), or -1. */
int64_t tq_sqs_count(tq_sqs_client *c, const char *url, tq_error *err);

/* ---- broker ------------------------------------------------------------------------- */

/* The broker of one queue: physical name "TQ_" + name. cfg must be resolved; copied.
 * queue_url may come from a cache (the PHP layer's); NULL: resolved on first use. */
tq_broker *tq_sqs_broker_new(const tq_sqs_config *cfg, const char *name, const char *queue_url,
                             tq_error *err);
/* The broker's client (for its request counter and the signal state). */
tq_sqs_client *tq_sqs_broker_client(tq_broker *b);
/* "TQ_<name>" */
const char *tq_sqs_broker_queue_name(tq_broker *b);
/* The queue URL once known (for the PHP layer's cache), else NULL. */
const char *tq_sqs_broker_queue_url(tq_broker *b);
/* Resolves the URL now (GetQueueUrl; CreateQueue when missing and create is set). */
int tq_sqs_broker_resolve(tq_broker *b, int create, tq_error *err);
/* SendMessageBatch for several bodies; same contract as tq_sqs_send_batch. */
int tq_sqs_broker_push_many(tq_broker *b, const char *const *bodies, const size_t *lens,
                            size_t n, tq_sqs_entry_result *res, tq_error *err);
/* DeleteMessageBatch for several claimed messages; same contract. */
int tq_sqs_broker_ack_many(tq_broker *b, const tq_message *msgs, size_t n,
                           tq_sqs_entry_result *res, tq_error *err);
/* The long-poll wait for claims (default cfg.wait_time_seconds, 20). */
void tq_sqs_broker_set_wait(tq_broker *b, int seconds);
/* The claim op, also handing out each message's MessageId (message_ids[0..n), malloc'd,
 * may be NULL entries) when message_ids is not NULL. */
int tq_sqs_broker_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out,
                        char **message_ids, tq_error *err);
/* ChangeMessageVisibilityBatch 0 for several claimed messages; same contract as
 * tq_sqs_send_batch. */
int tq_sqs_broker_release_many(tq_broker *b, const char *const *receipts, size_t n,
                               tq_sqs_entry_result *res, tq_error *err);
/* "TQ_<name>_poison", the queue where messages that cannot be used are set aside. */
const char *tq_sqs_broker_poison_name(tq_broker *b, char *buf, size_t size);
/* Sets a claimed message aside: SendMessage of its body, unchanged, to TQ_<name>_poison
 * (created when missing, keeping messages 14 days, SQS's longest) with message attributes
 * TaskQueueReason (reason, cut at 1 KiB), TaskQueueSource (TQ_<name>) and TaskQueueMessageId
 * (message_id, may be NULL); then DeleteMessage of the original. When the send fails the
 * message stays where it is and comes back when its lease ends (never lost); when only the
 * delete fails it may be set aside twice. */
int tq_sqs_broker_set_aside(tq_broker *b, const tq_message *m, const char *message_id,
                            const char *reason, tq_error *err);

/* A message kept in TQ_<name>_poison, as the stuck-task tools see it. */
typedef struct tq_sqs_poisoned {
    char *message_id;
    char *task_id;           /* metadata.__id__ when the body is a task JSON, else NULL */
    char *body;
    size_t len;
} tq_sqs_poisoned;
void tq_sqs_poisoned_free(tq_sqs_poisoned *p);
/* Up to max (1..TQ_SQS_POISON_LIST_MAX) messages of TQ_<name>_poison, left there (hidden while
 * the listing runs, visible again at its end); out holds max entries. The count, 0 when there
 * is no poison queue, or -1. */
#define TQ_SQS_POISON_LIST_MAX 1000
int tq_sqs_broker_poison_list(tq_broker *b, int max, tq_sqs_poisoned *out, tq_error *err);
/* Sends kept messages back to TQ_<name> (bodies unchanged) and deletes them from the poison
 * queue: those of task_id (NULL: any), at most max. Each is sent before it is deleted: a failure
 * in between leaves a copy in both, never none. *moved counts what went back, also when an
 * error stops it; with ids, *ids holds their task ids (malloc'd array of *moved entries, NULL
 * for a body without one; the caller frees both). 0 or -1. */
int tq_sqs_broker_redrive(tq_broker *b, const char *task_id, size_t max, size_t *moved, char ***ids,
                          tq_error *err);

#endif
