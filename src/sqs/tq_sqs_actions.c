/* tq_sqs actions: request bodies and reply fields of the SQS calls taskqueue makes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sqs/tq_sqs.h"

#define TQ_SQS_BATCH_MAX 10
#define TQ_SQS_BATCH_BYTES 262144   /* SQS's limit on the sum of a batch's bodies */

/* The queue's name from its URL (the last path segment), for error messages. */
static const char *name_of(const char *url)
{
    const char *slash = url ? strrchr(url, '/') : NULL;
    return slash ? slash + 1 : (url ? url : "");
}

int tq_sqs_check_queue_name(const char *name, tq_error *err)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > 80) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS queue name '%s' must have 1 to 80 "
                            "characters (it has %zu)", name ? name : "", n);
    }
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
              || ch == '-' || ch == '_')) {
            return tq_error_set(err, TQ_ERR_INVALID, "SQS queue name '%s' may only hold letters, "
                                "digits, '-' and '_' (found '%c' at %zu)", name, ch, i);
        }
    }
    return 0;
}

static char *reply_string(json_t *reply, const char *field, const char *action, const char *queue,
                          tq_error *err)
{
    const char *v = json_string_value(json_object_get(reply, field));
    char *copy = v ? strdup(v) : NULL;
    if (!copy) {
        tq_error_set(err, v ? TQ_ERR_NOMEM : TQ_ERR_IO, "SQS %s on queue %s: the reply has no %s",
                     action, queue, field);
    }
    json_decref(reply);
    return copy;
}

char *tq_sqs_get_queue_url(tq_sqs_client *c, const char *name, tq_error *err)
{
    if (tq_sqs_check_queue_name(name, err) != 0) {
        return NULL;
    }
    json_t *req = json_pack("{s:s}", "QueueName", name);
    json_t *rep = req ? tq_sqs_call(c, "GetQueueUrl", name, req, 0, NULL, err) : NULL;
    json_decref(req);
    return rep ? reply_string(rep, "QueueUrl", "GetQueueUrl", name, err) : NULL;
}

char *tq_sqs_create_queue(tq_sqs_client *c, const char *name, tq_error *err)
{
    if (tq_sqs_check_queue_name(name, err) != 0) {
        return NULL;
    }
    char vis[16];
    snprintf(vis, sizeof(vis), "%d", tq_sqs_client_config(c)->visibility_timeout);
    json_t *req = json_pack("{s:s, s:{s:s, s:s}}", "QueueName", name, "Attributes",
                            "DelaySeconds", "0", "VisibilityTimeout", vis);
    if (!req) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    json_t *rep = tq_sqs_call(c, "CreateQueue", name, req, 0, NULL, err);
    json_decref(req);
    if (!rep) {
        const char *code = tq_sqs_client_last_error(c);
        /* created earlier with other attributes (by hand, or another version): use it as is */
        if (strcmp(code, "QueueNameExists") == 0 || strcmp(code, "QueueAlreadyExists") == 0) {
            return tq_sqs_get_queue_url(c, name, err);
        }
        return NULL;
    }
    return reply_string(rep, "QueueUrl", "CreateQueue", name, err);
}

static json_t *body_string(const char *body, size_t len, const char *queue, tq_error *err)
{
    json_t *s = json_stringn(body ? body : "", len);
    if (!s) {
        tq_error_set(err, TQ_ERR_INVALID, "SQS message for queue %s: the body is not valid UTF-8 "
                     "(SQS carries Unicode text only)", queue);
    }
    return s;
}

int tq_sqs_send(tq_sqs_client *c, const char *url, const char *body, size_t len,
                char **message_id, tq_error *err)
{
    return tq_sqs_send_delayed(c, url, body, len, 0, message_id, err);
}

int tq_sqs_send_delayed(tq_sqs_client *c, const char *url, const char *body, size_t len, int delay_seconds,
                        char **message_id, tq_error *err)
{
    const char *q = name_of(url);
    json_t *b = body_string(body, len, q, err);
    if (!b) {
        return -1;
    }
    json_t *req = json_pack("{s:s, s:o}", "QueueUrl", url, "MessageBody", b);
    if (req && delay_seconds > 0) {
        json_object_set_new(req, "DelaySeconds", json_integer(delay_seconds));
    }
    json_t *rep = req ? tq_sqs_call(c, "SendMessage", q, req, 0, NULL, err) : NULL;
    json_decref(req);
    if (!rep) {
        return -1;
    }
    char *id = reply_string(rep, "MessageId", "SendMessage", q, err);
    if (!id) {
        return -1;
    }
    if (message_id) {
        *message_id = id;
    } else {
        free(id);
    }
    return 0;
}

void tq_sqs_entry_results_free(tq_sqs_entry_result *r, size_t n)
{
    for (size_t i = 0; r && i < n; i++) {
        free(r[i].message_id);
        r[i].message_id = NULL;
    }
}

/* ---- batches: entries with ids "0".."n-1" (their index), split in calls of <= 10 -------- */

typedef json_t *(*entry_fn)(size_t i, const void *ctx, tq_error *err);

static void mark(tq_sqs_entry_result *r, int ok, const char *code, const char *msg, int sender)
{
    r->ok = ok;
    snprintf(r->code, sizeof(r->code), "%s", code ? code : "");
    snprintf(r->message, sizeof(r->message), "%s", msg ? msg : "");
    r->sender_fault = sender;
}

static size_t read_batch_reply(json_t *rep, size_t from, size_t to, tq_sqs_entry_result *res)
{
    size_t failed = 0, i;
    json_t *e;
    json_array_foreach(json_object_get(rep, "Successful"), i, e) {
        const char *id = json_string_value(json_object_get(e, "Id"));
        size_t k = id ? strtoul(id, NULL, 10) : (size_t)-1;
        if (k >= from && k < to) {
            mark(&res[k], 1, NULL, NULL, 0);
            const char *mid = json_string_value(json_object_get(e, "MessageId"));
            free(res[k].message_id);
            res[k].message_id = mid ? strdup(mid) : NULL;
        }
    }
    json_array_foreach(json_object_get(rep, "Failed"), i, e) {
        const char *id = json_string_value(json_object_get(e, "Id"));
        size_t k = id ? strtoul(id, NULL, 10) : (size_t)-1;
        if (k >= from && k < to) {
            mark(&res[k], 0, json_string_value(json_object_get(e, "Code")),
                 json_string_value(json_object_get(e, "Message")),
                 json_is_true(json_object_get(e, "SenderFault")));
        }
    }
    for (size_t k = from; k < to; k++) {
        failed += !res[k].ok;
    }
    return failed;
}

static int run_batch(tq_sqs_client *c, const char *action, const char *url, size_t n,
                     entry_fn make, const size_t *sizes, const void *ctx,
                     tq_sqs_entry_result *res, tq_error *err)
{
    const char *q = name_of(url);
    for (size_t k = 0; k < n; k++) {
        memset(&res[k], 0, sizeof(res[k]));
        mark(&res[k], 0, "NotSent", "not sent: an earlier call of the batch failed", 0);
    }
    size_t failed = 0, from = 0;
    while (from < n) {
        json_t *entries = json_array();
        json_t *req = entries ? json_pack("{s:s, s:o}", "QueueUrl", url, "Entries", entries) : NULL;
        if (!req) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        size_t to = from, bytes = 0;
        while (to < n && to - from < TQ_SQS_BATCH_MAX
               && (to == from || !sizes || bytes + sizes[to] <= TQ_SQS_BATCH_BYTES)) {
            json_t *e = make(to, ctx, err);
            if (!e) {
                json_decref(req);
                return -1;
            }
            char id[24];
            snprintf(id, sizeof(id), "%zu", to);
            json_object_set_new(e, "Id", json_string(id));
            json_array_append_new(entries, e);
            bytes += sizes ? sizes[to] : 0;
            to++;
        }
        json_t *rep = tq_sqs_call(c, action, q, req, 0, NULL, err);
        json_decref(req);
        if (!rep) {
            if (err && from > 0) {
                size_t l = strlen(err->message);
                snprintf(err->message + l, sizeof(err->message) - l,
                         " (entries 0..%zu of %zu were sent before)", from - 1, n);
            }
            return -1;
        }
        failed += read_batch_reply(rep, from, to, res);
        json_decref(rep);
        from = to;
    }
    return (int)failed;
}

typedef struct send_ctx {
    const char *const *bodies;
    const size_t *lens;
    const char *queue;
} send_ctx;

static json_t *send_entry(size_t i, const void *ctx, tq_error *err)
{
    const send_ctx *s = ctx;
    json_t *b = body_string(s->bodies[i], s->lens[i], s->queue, err);
    return b ? json_pack("{s:o}", "MessageBody", b) : NULL;
}

int tq_sqs_send_batch(tq_sqs_client *c, const char *url, const char *const *bodies,
                      const size_t *lens, size_t n, tq_sqs_entry_result *res, tq_error *err)
{
    send_ctx ctx = {bodies, lens, name_of(url)};
    return run_batch(c, "SendMessageBatch", url, n, send_entry, lens, &ctx, res, err);
}

typedef struct receipt_ctx {
    const char *const *receipts;
    int seconds;            /* < 0: no VisibilityTimeout field */
} receipt_ctx;

static json_t *receipt_entry(size_t i, const void *ctx, tq_error *err)
{
    const receipt_ctx *r = ctx;
    json_t *e = json_pack("{s:s}", "ReceiptHandle", r->receipts[i] ? r->receipts[i] : "");
    if (e && r->seconds >= 0) {
        json_object_set_new(e, "VisibilityTimeout", json_integer(r->seconds));
    }
    if (!e) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    return e;
}

int tq_sqs_delete_batch(tq_sqs_client *c, const char *url, const char *const *receipts,
                        size_t n, tq_sqs_entry_result *res, tq_error *err)
{
    receipt_ctx ctx = {receipts, -1};
    return run_batch(c, "DeleteMessageBatch", url, n, receipt_entry, NULL, &ctx, res, err);
}

int tq_sqs_change_visibility_batch(tq_sqs_client *c, const char *url,
                                   const char *const *receipts, size_t n, int seconds,
                                   tq_sqs_entry_result *res, tq_error *err)
{
    receipt_ctx ctx = {receipts, seconds < 0 ? 0 : seconds};
    return run_batch(c, "ChangeMessageVisibilityBatch", url, n, receipt_entry, NULL, &ctx, res, err);
}

/* ---- receive, delete, visibility, count -------------------------------------------- */

void tq_sqs_message_free(tq_sqs_message *m)
{
    free(m->body);
    free(m->receipt);
    free(m->message_id);
    memset(m, 0, sizeof(*m));
}

static int take_message(json_t *j, tq_sqs_message *m)
{
    memset(m, 0, sizeof(*m));
    json_t *body = json_object_get(j, "Body");
    const char *receipt = json_string_value(json_object_get(j, "ReceiptHandle"));
    const char *id = json_string_value(json_object_get(j, "MessageId"));
    const char *count = json_string_value(
        json_object_get(json_object_get(j, "Attributes"), "ApproximateReceiveCount"));
    if (!json_is_string(body) || !receipt) {
        return 0;   /* not a message we can hand out or ack: skipped */
    }
    m->len = json_string_length(body);
    m->body = malloc(m->len + 1);
    m->receipt = strdup(receipt);
    m->message_id = id ? strdup(id) : NULL;
    if (!m->body || !m->receipt || (id && !m->message_id)) {
        tq_sqs_message_free(m);
        return -1;
    }
    memcpy(m->body, json_string_value(body), m->len);
    m->body[m->len] = '\0';
    m->receive_count = count ? atoi(count) : 1;
    if (m->receive_count < 1) {
        m->receive_count = 1;
    }
    return 1;
}

int tq_sqs_receive(tq_sqs_client *c, const char *url, int max, int wait_seconds,
                   int visibility_seconds, tq_sqs_message *out, tq_error *err)
{
    const char *q = name_of(url);
    if (max < 1 || max > 10 || wait_seconds < 0 || wait_seconds > 20 || visibility_seconds > 43200) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS ReceiveMessage on queue %s: max %d "
                            "(1..10), wait %d s (0..20) or visibility %d s (<= 43200) out of range",
                            q, max, wait_seconds, visibility_seconds);
    }
    json_t *req = json_pack("{s:s, s:i, s:i, s:[s], s:[s]}", "QueueUrl", url,
                            "MaxNumberOfMessages", max, "WaitTimeSeconds", wait_seconds,
                            "AttributeNames", "ApproximateReceiveCount",
                            "MessageSystemAttributeNames", "ApproximateReceiveCount");
    if (req && visibility_seconds >= 0) {
        json_object_set_new(req, "VisibilityTimeout", json_integer(visibility_seconds));
    }
    if (!req) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int interrupted = 0;
    json_t *rep = tq_sqs_call(c, "ReceiveMessage", q, req, wait_seconds > 0, &interrupted, err);
    json_decref(req);
    if (!rep) {
        return interrupted ? TQ_SQS_INTERRUPTED : -1;
    }
    int n = 0;
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(rep, "Messages"), i, m) {
        if (n >= max) {
            break;
        }
        int r = take_message(m, &out[n]);
        if (r < 0) {
            for (int k = 0; k < n; k++) {
                tq_sqs_message_free(&out[k]);
            }
            json_decref(rep);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        n += r;
    }
    json_decref(rep);
    return n;
}

static int simple_call(tq_sqs_client *c, const char *action, const char *url, json_t *req,
                       tq_error *err)
{
    if (!req) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    json_t *rep = tq_sqs_call(c, action, name_of(url), req, 0, NULL, err);
    json_decref(req);
    json_decref(rep);
    return rep ? 0 : -1;
}

int tq_sqs_delete(tq_sqs_client *c, const char *url, const char *receipt, tq_error *err)
{
    return simple_call(c, "DeleteMessage", url,
                       json_pack("{s:s, s:s}", "QueueUrl", url, "ReceiptHandle", receipt ? receipt : ""),
                       err);
}

int tq_sqs_change_visibility(tq_sqs_client *c, const char *url, const char *receipt,
                             int seconds, tq_error *err)
{
    if (seconds < 0 || seconds > 43200) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS ChangeMessageVisibility on queue %s: "
                            "%d s is out of range (0..43200)", name_of(url), seconds);
    }
    return simple_call(c, "ChangeMessageVisibility", url,
                       json_pack("{s:s, s:s, s:i}", "QueueUrl", url, "ReceiptHandle",
                                 receipt ? receipt : "", "VisibilityTimeout", seconds),
                       err);
}

int64_t tq_sqs_count(tq_sqs_client *c, const char *url, tq_error *err)
{
    const char *q = name_of(url);
    json_t *req = json_pack("{s:s, s:[s]}", "QueueUrl", url, "AttributeNames",
                            "ApproximateNumberOfMessages");
    if (!req) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    json_t *rep = tq_sqs_call(c, "GetQueueAttributes", q, req, 0, NULL, err);
    json_decref(req);
    if (!rep) {
        return -1;
    }
    json_t *v = json_object_get(json_object_get(rep, "Attributes"), "ApproximateNumberOfMessages");
    int64_t n = -1;
    if (json_is_string(v)) {
        char *end;
        long long x = strtoll(json_string_value(v), &end, 10);
        n = *end == '\0' && x >= 0 ? (int64_t)x : -1;
    } else if (json_is_integer(v)) {
        n = (int64_t)json_integer_value(v);
    }
    json_decref(rep);
    if (n < 0) {
        return tq_error_set(err, TQ_ERR_IO, "SQS GetQueueAttributes on queue %s: the reply has no "
                            "ApproximateNumberOfMessages", q);
    }
    return n;
}
