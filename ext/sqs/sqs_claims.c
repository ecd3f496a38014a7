/*
 * sqs_claims.c: what an SqsQueueBroker claimed (its claim ledger, by receipt handle) and owes:
 * acknowledgements deleted together once the batch is done, buffered messages given back,
 * handed-out ones settled.
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper,
 * src/queue/tq_claim_ledger.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"

/* --- claims ---------------------------------------------------------------------------------- */

static void claim_lease_stop(tq_claim *c)
{
    tq_sqs_keeper_remove(c->keeper, c->key);
}

static const tq_claim_ledger_ops claim_ops = {.lease_stop = claim_lease_stop};

tq_claim *php_tq_sqs_claim_find(php_tq_sqs *s, const char *receipt)
{
    return s->claims ? tq_claim_ledger_find(s->claims, receipt) : NULL;
}

/* Records receipt in state (a known receipt only changes state); keeper: who renews it. */
void php_tq_sqs_claim_add(php_tq_sqs *s, const char *receipt, tq_claim_state state, tq_sqs_keeper *keeper)
{
    tq_claim *c = php_tq_sqs_claim_find(s, receipt);
    if (c) {
        c->state = state;
        return;
    }
    if (!s->claims && !(s->claims = tq_claim_ledger_new(&claim_ops))) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory for the claim ledger");
    }
    c = tq_claim_ledger_add(s->claims, receipt, 1, state);
    if (!c) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory for a claim");
    }
    c->keeper = keeper;
}

/* Ends the claim of receipt (its renewals stop). */
void php_tq_sqs_claim_drop(php_tq_sqs *s, const char *receipt)
{
    tq_claim *c = php_tq_sqs_claim_find(s, receipt);
    if (c) {
        tq_claim_ledger_end(s->claims, c);
    }
}

/* Forgets every claim without touching the keeper: it is being freed with them, or (after
 * fork()) it is the parent's. */
void php_tq_sqs_claims_free(php_tq_sqs *s)
{
    if (!s->claims) {
        return;
    }
    tq_claim *stack[16], **all = stack;
    tq_claim_filter f = {.state = -1};
    size_t n = tq_claim_ledger_select(s->claims, &f, stack, 16);
    if (n > 16) {
        all = safe_emalloc(n, sizeof(*all), 0);
        tq_claim_ledger_select(s->claims, &f, all, n);
    }
    for (size_t i = 0; i < n; i++) {
        all[i]->keeper = NULL;
    }
    if (all != stack) {
        efree(all);
    }
    tq_claim_ledger_free(s->claims);
    s->claims = NULL;
}

/* The receipts of the claims in state, copied (efree each and the array); the claims end
 * (their renewals stop) when end is set. */
static char **claims_take(php_tq_sqs *s, tq_claim_state state, bool end, size_t *count)
{
    tq_claim_filter f = {.state = state};
    size_t n = s->claims ? tq_claim_ledger_select(s->claims, &f, NULL, 0) : 0;
    *count = n;
    if (n == 0) {
        return NULL;
    }
    tq_claim **sel = safe_emalloc(n, sizeof(*sel), 0);
    tq_claim_ledger_select(s->claims, &f, sel, n);
    char **receipts = safe_emalloc(n, sizeof(char *), 0);
    for (size_t i = 0; i < n; i++) {
        receipts[i] = estrdup(sel[i]->key);
        if (end) {
            tq_claim_ledger_end(s->claims, sel[i]);
        }
    }
    efree(sel);
    return receipts;
}

static void receipts_free(char **receipts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        efree(receipts[i]);
    }
    if (receipts) {
        efree(receipts);
    }
}

/* --- acknowledgements and releases ------------------------------------------------------------ */

/* Deletes every acknowledged message: DeleteMessage for one, DeleteMessageBatch for several.
 * With obj, failures are logged through the broker's logger; without (object being freed),
 * nothing of PHP is touched. */
void php_tq_sqs_flush_acks(php_tq_sqs *s, zend_object *obj)
{
    if (!s->broker || s->pid != getpid()) {
        return;
    }
    /* renewals stop first: a delete that fails lets the message come back after its lease
     * (it is then acknowledged without running, its task being finished) */
    size_t n;
    char **receipts = claims_take(s, TQ_CLAIM_ACKED, true, &n);
    if (n == 0) {
        return;
    }
    tq_message *msgs = ecalloc(n, sizeof(tq_message));
    for (size_t i = 0; i < n; i++) {
        msgs[i].receipt = receipts[i];
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
                   "their lease ends and are then acknowledged without running again.", n, php_tq_sqs_physical_name(s),
                   err.message);
    }
    for (size_t i = 0; i < n; i++) {
        if (obj && res && failed > 0 && !res[i].ok) {
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                       "Deleting a message from SQS queue %s failed: %s: %s", php_tq_sqs_physical_name(s), res[i].code,
                       res[i].message);
        }
    }
    if (res) {
        tq_sqs_entry_results_free(res, n);
        efree(res);
    }
    receipts_free(receipts, n);
    efree(msgs);
}

/* ChangeMessageVisibilityBatch 0 for receipts whose claims have ended; a failed call leaves
 * them to come back when their lease ends. */
static void release_receipts(php_tq_sqs *s, const char **receipts, size_t n)
{
    tq_sqs_entry_result *res = ecalloc(n, sizeof(tq_sqs_entry_result));
    tq_error err;
    if (tq_sqs_broker_release_many(s->broker, receipts, n, res, &err) >= 0) {
        tq_sqs_entry_results_free(res, n);
    }
    efree(res);
}

/* Gives every message still buffered back (visibility 0), without PHP: for free_obj. */
void php_tq_sqs_release_buffered(php_tq_sqs *s)
{
    if (!s->broker || s->pid != getpid()) {
        return;
    }
    size_t n;
    char **receipts = claims_take(s, TQ_CLAIM_BUFFERED, true, &n);
    if (n == 0) {
        return;
    }
    release_receipts(s, (const char **)receipts, n);
    receipts_free(receipts, n);
}

/* Gives messages of a receive that never reached the pre-fetch buffer back at once (visibility
 * 0) and ends their claims: nothing would hand them out, and renewing them would keep them
 * from every worker until the object is freed. Without PHP (an exception may be pending); a
 * failed call leaves them to come back when their lease ends. */
void php_tq_sqs_give_back(php_tq_sqs *s, const char **receipts, size_t n)
{
    if (n == 0 || !s->broker || s->pid != getpid()) {
        return;
    }
    for (size_t i = 0; i < n; i++) {
        php_tq_sqs_claim_drop(s, receipts[i]);
    }
    release_receipts(s, receipts, n);
}

/* Drops broker and keeper (after a rename, at free). In a child process after fork() they
 * are the parent's: their connections are left alone (closing a TLS connection here would
 * disturb the parent) and their memory is left behind. */
void php_tq_sqs_drop_native(php_tq_sqs *s)
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


/* A worker asks for its next task once it is done with the one before: a task handed out
 * and neither acknowledged nor given back was left on purpose (no Task Log row yet, a Task
 * Log that failed): its renewals stop, so SQS hands it out again when its lease ends. */
void php_tq_sqs_settle_handed(php_tq_sqs *s)
{
    if (s->pid != getpid()) {
        php_tq_sqs_claims_free(s);     /* the parent's: php_tq_sqs_ensure() starts afresh */
        return;
    }
    size_t n;
    char **receipts = claims_take(s, TQ_CLAIM_HANDED, true, &n);
    receipts_free(receipts, n);
}
