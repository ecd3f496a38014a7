/* tq_sqs broker: tq_broker_ops over one SQS queue "TQ_<name>". A claim is a ReceiveMessage
 * whose VisibilityTimeout is the lease; receipts are receipt handles; deliveries are
 * ApproximateReceiveCount. The queue URL is resolved once per broker and can be seeded
 * from (and read back for) the PHP layer's cache. Delayed tasks: DelaySeconds at push, and
 * a message received before its due time is sent again for the time left (sqs_hold_back).
 * Messages set aside go to TQ_<name>_poison, where they can be listed and sent back (their
 * task ids read with task/tq_envelope). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sqs/tq_sqs.h"
#include "task/tq_envelope.h"
#include "task/tq_schedule.h"

typedef struct sqs_broker {
    tq_broker base;          /* first: a tq_broker * is a sqs_broker * */
    tq_sqs_client *client;
    char *name;              /* TQ_<name> */
    char *url;
    char *poison_url;        /* TQ_<name>_poison, once used */
    int wait;
} sqs_broker;

static const tq_broker_ops sqs_ops;

static sqs_broker *sqs(tq_broker *b)
{
    return (sqs_broker *)b;
}

int tq_sqs_broker_resolve(tq_broker *b, int create, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (s->url) {
        return 0;
    }
    tq_error local;
    tq_error_clear(&local);
    char *url = tq_sqs_get_queue_url(s->client, s->name, &local);
    if (!url && local.code == TQ_ERR_NOT_FOUND && create) {
        url = tq_sqs_create_queue(s->client, s->name, &local);
    }
    if (!url) {
        if (err) {
            *err = local;
        }
        return -1;
    }
    s->url = url;
    return 0;
}

/* Runs op against the queue URL. A URL that went stale (queue deleted and perhaps created
 * again, a wrong cached value) gives "does not exist": resolve once more and retry. */
typedef int (*url_op)(sqs_broker *s, void *ctx, tq_error *err);

static int with_url(sqs_broker *s, int create, url_op op, void *ctx, tq_error *err)
{
    if (tq_sqs_broker_resolve(&s->base, create, err) != 0) {
        return -1;
    }
    int rc = op(s, ctx, err);
    if (rc == -1 && err && err->code == TQ_ERR_NOT_FOUND) {
        free(s->url);
        s->url = NULL;
        if (tq_sqs_broker_resolve(&s->base, create, err) != 0) {
            return -1;
        }
        rc = op(s, ctx, err);
    }
    return rc;
}

static int op_create(tq_broker *b, tq_error *err)
{
    sqs_broker *s = sqs(b);
    /* CreateQueue always (TAO does): it is idempotent and sets the attributes on a new queue */
    char *url = tq_sqs_create_queue(s->client, s->name, err);
    if (!url) {
        return -1;
    }
    free(s->url);
    s->url = url;
    return 0;
}

typedef struct push_ctx {
    const char *body;
    size_t len;
    int delay;
} push_ctx;

static int do_push(sqs_broker *s, void *ctx, tq_error *err)
{
    push_ctx *p = ctx;
    return tq_sqs_send_delayed(s->client, s->url, p->body, p->len, p->delay, NULL, err);
}

/* Delayed tasks (src/task/tq_schedule.h): SQS hides a message for at most 15 minutes, so a
 * message carries its due time and is sent again while that is ahead (tq_sqs_broker_claim).
 * *delay: the DelaySeconds to send with now (rounded up: never early), 0 when due. A task
 * with a uniqueness key is refused: standard queues cannot hold one (doc/compatibility.md). */
static int sqs_delay_of(const char *body, size_t len, int *delay, tq_error *err)
{
    tq_schedule sc;
    *delay = 0;
    if (tq_schedule_of_body(body, len, &sc, err) != 0) {
        return -1;
    }
    int unique = sc.unique_key != NULL;
    int64_t left = sc.has_run_at ? sc.run_at_ms - tq_schedule_now_ms() : 0;
    tq_schedule_clear(&sc);
    if (unique) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS queues cannot keep tasks unique (uniqueness keys need "
                            "RdsQueueBroker); nothing was sent");
    }
    if (left > 0) {
        int64_t secs = (left + 999) / 1000;
        *delay = secs > TQ_SQS_DELAY_MAX ? TQ_SQS_DELAY_MAX : (int)secs;
    }
    return 0;
}

static int op_push(tq_broker *b, const char *body, size_t len, void *attachment, tq_error *err)
{
    push_ctx p = {body, len, 0};
    if (sqs_delay_of(body, len, &p.delay, err) != 0 || with_url(sqs(b), 1, do_push, &p, err) != 0) {
        return -1;
    }
    /* an in-process attachment cannot travel through SQS: owned, so released here */
    if (attachment && b->free_attachment) {
        b->free_attachment(attachment);
    }
    return 0;
}

typedef struct claim_ctx {
    int max;
    int visibility;
    tq_sqs_message msgs[10];
} claim_ctx;

static int do_claim(sqs_broker *s, void *ctx, tq_error *err)
{
    claim_ctx *c = ctx;
    return tq_sqs_receive(s->client, s->url, c->max, s->wait, c->visibility, c->msgs, err);
}

static int lease_seconds(int64_t lease_ms)
{
    int64_t secs = (lease_ms + 999) / 1000;
    return secs > 43200 ? 43200 : (int)secs;   /* SQS's longest visibility: 12 h */
}

/* A message received before its due time goes back for the time left: sent again with that
 * delay, then the one received deleted (a failed delete leaves two copies, never none: the
 * second is sent on once more when it comes back). Returns how many of msgs[0..n) are due,
 * moved to the front; the others are freed. A message that cannot be sent again stays due:
 * delivered early rather than lost. */
static int sqs_hold_back(sqs_broker *s, tq_sqs_message *msgs, int n)
{
    int kept = 0;
    for (int i = 0; i < n; i++) {
        tq_error e;
        tq_error_clear(&e);
        int delay = 0;
        if (sqs_delay_of(msgs[i].body, msgs[i].len, &delay, &e) == 0 && delay > 0
            && tq_sqs_send_delayed(s->client, s->url, msgs[i].body, msgs[i].len, delay, NULL, &e) == 0) {
            tq_sqs_delete(s->client, s->url, msgs[i].receipt, &e);
            tq_sqs_message_free(&msgs[i]);
            continue;
        }
        if (kept != i) {
            msgs[kept] = msgs[i];
            memset(&msgs[i], 0, sizeof(msgs[i]));
        }
        kept++;
    }
    return kept;
}

int tq_sqs_broker_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out,
                        char **message_ids, tq_error *err)
{
    if (max == 0) {
        return 0;
    }
    claim_ctx c;
    memset(&c, 0, sizeof(c));
    c.max = max > 10 ? 10 : (int)max;
    c.visibility = lease_ms > 0 ? lease_seconds(lease_ms) : -1;
    int n = with_url(sqs(b), 1, do_claim, &c, err);
    if (n == TQ_SQS_INTERRUPTED) {
        return 0;   /* a signal ended the long poll: nothing claimed, the caller looks at its flags */
    }
    if (n < 0) {
        return -1;
    }
    n = sqs_hold_back(sqs(b), c.msgs, n);
    for (int i = 0; i < n; i++) {
        memset(&out[i], 0, sizeof(out[i]));
        out[i].body = c.msgs[i].body;
        out[i].len = c.msgs[i].len;
        out[i].receipt = c.msgs[i].receipt;
        out[i].deliveries = c.msgs[i].receive_count;
        if (message_ids) {
            message_ids[i] = c.msgs[i].message_id;
        } else {
            free(c.msgs[i].message_id);
        }
    }
    return n;
}

static int op_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out, tq_error *err)
{
    return tq_sqs_broker_claim(b, max, lease_ms, out, NULL, err);
}

static int need_receipt(const tq_message *m, const char *what, tq_error *err)
{
    if (!m || !m->receipt || !*m->receipt) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS %s: the message has no receipt handle "
                            "(it was not claimed from SQS)", what);
    }
    return 0;
}

static int op_ack(tq_broker *b, const tq_message *m, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (need_receipt(m, "ack", err) != 0 || tq_sqs_broker_resolve(b, 0, err) != 0) {
        return -1;
    }
    return tq_sqs_delete(s->client, s->url, m->receipt, err);
}

static int op_extend(tq_broker *b, const tq_message *m, int64_t lease_ms, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (need_receipt(m, "extend", err) != 0 || tq_sqs_broker_resolve(b, 0, err) != 0) {
        return -1;
    }
    return tq_sqs_change_visibility(s->client, s->url, m->receipt,
                                    lease_ms > 0 ? lease_seconds(lease_ms) : 0, err);
}

static int op_release(tq_broker *b, const tq_message *m, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (need_receipt(m, "release", err) != 0 || tq_sqs_broker_resolve(b, 0, err) != 0) {
        return -1;
    }
    return tq_sqs_change_visibility(s->client, s->url, m->receipt, 0, err);
}

static int do_count(sqs_broker *s, void *ctx, tq_error *err)
{
    int64_t n = tq_sqs_count(s->client, s->url, err);
    *(int64_t *)ctx = n;
    return n < 0 ? -1 : 0;
}

static int64_t op_count(tq_broker *b, tq_error *err)
{
    int64_t n = -1;
    return with_url(sqs(b), 1, do_count, &n, err) == 0 ? n : -1;
}

static void op_destroy(tq_broker *b)
{
    sqs_broker *s = sqs(b);
    if (!s) {
        return;
    }
    tq_sqs_client_free(s->client);
    free(s->name);
    free(s->url);
    free(s->poison_url);
    free(s);
}

/* No idle-wait op: an SQS claim is itself the wait (a 20 s long poll a signal cuts short). */
static const tq_broker_ops sqs_ops = {
    .id = "sqs",
    .create_queue = op_create,
    .push = op_push,
    .claim = op_claim,
    .ack = op_ack,
    .extend = op_extend,
    .release = op_release,
    .count = op_count,
    .wait = NULL,
    .destroy = op_destroy,
};

tq_broker *tq_sqs_broker_new(const tq_sqs_config *cfg, const char *name, const char *queue_url,
                             tq_error *err)
{
    char physical[96];
    if (!name || strlen(name) > 80) {
        tq_error_set(err, TQ_ERR_INVALID, "SQS queue name is missing or too long");
        return NULL;
    }
    snprintf(physical, sizeof(physical), "TQ_%s", name);
    if (tq_sqs_check_queue_name(physical, err) != 0) {
        return NULL;
    }
    sqs_broker *s = calloc(1, sizeof(*s));
    if (!s) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    s->base.ops = &sqs_ops;
    s->wait = cfg->wait_time_seconds < 0 ? 0 : (cfg->wait_time_seconds > 20 ? 20 : cfg->wait_time_seconds);
    s->name = strdup(physical);
    s->url = queue_url && *queue_url ? strdup(queue_url) : NULL;
    s->client = s->name ? tq_sqs_client_new(cfg, err) : NULL;
    if (!s->name || (queue_url && *queue_url && !s->url) || !s->client) {
        if (!s->name || (queue_url && *queue_url && !s->url)) {
            tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        op_destroy(&s->base);
        return NULL;
    }
    return &s->base;
}

tq_sqs_client *tq_sqs_broker_client(tq_broker *b)
{
    return sqs(b)->client;
}

const char *tq_sqs_broker_queue_name(tq_broker *b)
{
    return sqs(b)->name;
}

const char *tq_sqs_broker_queue_url(tq_broker *b)
{
    return sqs(b)->url;
}

void tq_sqs_broker_set_wait(tq_broker *b, int seconds)
{
    sqs(b)->wait = seconds < 0 ? 0 : (seconds > 20 ? 20 : seconds);
}

typedef struct many_ctx {
    const char *const *bodies;
    const char **receipts;
    const size_t *lens;
    size_t n;
    tq_sqs_entry_result *res;
} many_ctx;

static int do_push_many(sqs_broker *s, void *ctx, tq_error *err)
{
    many_ctx *m = ctx;
    return tq_sqs_send_batch(s->client, s->url, m->bodies, m->lens, m->n, m->res, err);
}

int tq_sqs_broker_push_many(tq_broker *b, const char *const *bodies, const size_t *lens,
                            size_t n, tq_sqs_entry_result *res, tq_error *err)
{
    if (n == 0) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        int delay;
        if (sqs_delay_of(bodies[i], lens[i], &delay, err) != 0) {
            return -1;
        }
        if (delay > 0) {
            return tq_error_set(err, TQ_ERR_INVALID, "task %zu of the batch is delayed: such tasks are sent one "
                                "at a time; nothing was sent", i + 1);
        }
    }
    many_ctx m = {bodies, NULL, lens, n, res};
    return with_url(sqs(b), 1, do_push_many, &m, err);
}

int tq_sqs_broker_ack_many(tq_broker *b, const tq_message *msgs, size_t n,
                           tq_sqs_entry_result *res, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (n == 0) {
        return 0;
    }
    if (tq_sqs_broker_resolve(b, 0, err) != 0) {
        return -1;
    }
    const char **receipts = calloc(n, sizeof(char *));
    if (!receipts) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        receipts[i] = msgs[i].receipt;
    }
    int rc = tq_sqs_delete_batch(s->client, s->url, receipts, n, res, err);
    free(receipts);
    return rc;
}

int tq_sqs_broker_release_many(tq_broker *b, const char *const *receipts, size_t n,
                               tq_sqs_entry_result *res, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (n == 0) {
        return 0;
    }
    if (tq_sqs_broker_resolve(b, 0, err) != 0) {
        return -1;
    }
    return tq_sqs_change_visibility_batch(s->client, s->url, receipts, n, 0, res, err);
}

/* ---- messages set aside ------------------------------------------------------------- */

#define TQ_SQS_POISON_SUFFIX "_poison"
#define TQ_SQS_RETENTION_MAX "1209600"   /* 14 days, SQS's longest */

const char *tq_sqs_broker_poison_name(tq_broker *b, char *buf, size_t size)
{
    snprintf(buf, size, "%s" TQ_SQS_POISON_SUFFIX, sqs(b)->name);
    return buf;
}

/* The URL of TQ_<name>_poison, created when missing and create is set (keeping messages as
 * long as SQS can). 1 known, 0 missing (without create), -1 error. */
static int poison_resolve(sqs_broker *s, int create, tq_error *err)
{
    if (s->poison_url) {
        return 1;
    }
    char name[128];
    tq_sqs_broker_poison_name(&s->base, name, sizeof(name));
    tq_error local;
    tq_error_clear(&local);
    char *url = tq_sqs_get_queue_url(s->client, name, &local);
    if (!url && local.code == TQ_ERR_NOT_FOUND && !create) {
        return 0;
    }
    if (!url && local.code == TQ_ERR_NOT_FOUND) {
        json_t *req = json_pack("{s:s, s:{s:s, s:s}}", "QueueName", name, "Attributes",
                                "DelaySeconds", "0", "MessageRetentionPeriod", TQ_SQS_RETENTION_MAX);
        json_t *rep = req ? tq_sqs_call(s->client, "CreateQueue", name, req, 0, NULL, &local) : NULL;
        json_decref(req);
        const char *v = rep ? json_string_value(json_object_get(rep, "QueueUrl")) : NULL;
        url = v ? strdup(v) : NULL;
        if (rep && !v) {
            tq_error_set(&local, TQ_ERR_IO, "SQS CreateQueue on queue %s: the reply has no QueueUrl", name);
        }
        json_decref(rep);
        if (!url && !rep && (strcmp(tq_sqs_client_last_error(s->client), "QueueNameExists") == 0
                             || strcmp(tq_sqs_client_last_error(s->client), "QueueAlreadyExists") == 0)) {
            url = tq_sqs_get_queue_url(s->client, name, &local);   /* made meanwhile */
        }
    }
    if (!url) {
        if (err) {
            *err = local;
        }
        return -1;
    }
    s->poison_url = url;
    return 1;
}

static json_t *string_attribute(const char *value)
{
    json_t *v = json_stringn(value, strlen(value));
    if (!v) {
        v = json_string("(not valid UTF-8)");
    }
    return json_pack("{s:s, s:o}", "DataType", "String", "StringValue", v);
}

int tq_sqs_broker_set_aside(tq_broker *b, const tq_message *m, const char *message_id,
                            const char *reason, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (need_receipt(m, "set aside", err) != 0 || tq_sqs_broker_resolve(b, 0, err) != 0
        || poison_resolve(s, 1, err) < 0) {
        return -1;
    }
    char why[1024];
    snprintf(why, sizeof(why), "%s", reason && *reason ? reason : "no reason given");
    /* a cut must not split a UTF-8 sequence */
    size_t wl = strlen(why);
    if (wl == sizeof(why) - 1) {
        while (wl > 0 && ((unsigned char)why[wl - 1] & 0xC0) == 0x80) {
            why[--wl] = '\0';
        }
        if (wl > 0 && ((unsigned char)why[wl - 1] & 0xC0) == 0xC0) {
            why[--wl] = '\0';
        }
    }
    /* the reason and where it came from travel as message attributes, the body as it was */
    json_t *attrs = json_pack("{s:o, s:o}", "TaskQueueReason", string_attribute(why),
                              "TaskQueueSource", string_attribute(s->name));
    if (attrs && message_id && *message_id) {
        json_object_set_new(attrs, "TaskQueueMessageId", string_attribute(message_id));
    }
    json_t *body = json_stringn(m->body ? m->body : "", m->len);
    json_t *req = NULL;
    if (attrs && body) {
        req = json_pack("{s:s, s:O, s:o}", "QueueUrl", s->poison_url, "MessageBody", body,
                        "MessageAttributes", attrs);
        attrs = NULL;   /* "o" steals it, also on failure */
    }
    json_decref(attrs);
    if (!req) {
        json_decref(body);
        return tq_error_set(err, TQ_ERR_INVALID, "SQS: message %s of queue %s cannot be set aside "
                            "(its body is not valid UTF-8 or memory ran out)",
                            message_id ? message_id : "?", s->name);
    }
    char poison[128];
    tq_sqs_broker_poison_name(b, poison, sizeof(poison));
    json_t *rep = tq_sqs_call(s->client, "SendMessage", poison, req, 0, NULL, err);
    json_decref(req);
    if (!rep && err && err->code == TQ_ERR_INVALID) {
        /* the attributes may push a message near the size limit over it: the body alone */
        tq_error_clear(err);
        req = json_pack("{s:s, s:O}", "QueueUrl", s->poison_url, "MessageBody", body);
        rep = req ? tq_sqs_call(s->client, "SendMessage", poison, req, 0, NULL, err) : NULL;
        json_decref(req);
    }
    json_decref(body);
    if (!rep) {
        if (err && err->code == TQ_ERR_NOT_FOUND) {
            free(s->poison_url);   /* deleted meanwhile: look it up again next time */
            s->poison_url = NULL;
        }
        return -1;
    }
    json_decref(rep);
    return tq_sqs_delete(s->client, s->url, m->receipt, err);
}

/* ---- messages kept aside: listed, sent back --------------------------------------------- */

void tq_sqs_poisoned_free(tq_sqs_poisoned *p)
{
    free(p->message_id);
    free(p->task_id);
    free(p->body);
    memset(p, 0, sizeof(*p));
}

/* The poison queue's URL when it exists (listing and redrive make none): 1, 0 none, -1 error. */
static int poison_find(sqs_broker *s, tq_error *err)
{
    return poison_resolve(s, 0, err);
}

/* The messages a search passed over become visible again at once. */
static void poison_release(sqs_broker *s, char **receipts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        tq_error ignored;
        tq_sqs_change_visibility(s->client, s->poison_url, receipts[i], 0, &ignored);
        free(receipts[i]);
    }
    free(receipts);
}

int tq_sqs_broker_poison_list(tq_broker *b, int max, tq_sqs_poisoned *out, tq_error *err)
{
    sqs_broker *s = sqs(b);
    if (max < 1 || max > TQ_SQS_POISON_LIST_MAX) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS: a poison queue is listed 1 to %d messages at a time",
                            TQ_SQS_POISON_LIST_MAX);
    }
    int found = poison_find(s, err);
    if (found <= 0) {
        return found;
    }
    /* each round's messages stay hidden until the listing ends, so the next round sees others */
    char **seen = NULL;
    size_t nseen = 0;
    int n = 0, rc = 0;
    while (n < max) {
        tq_sqs_message msgs[10];
        memset(msgs, 0, sizeof(msgs));
        int want = max - n < 10 ? max - n : 10;
        int got = tq_sqs_receive(s->client, s->poison_url, want, 0, 60, msgs, err);
        if (got <= 0) {
            rc = got < 0 ? -1 : 0;
            break;
        }
        for (int i = 0; i < got; i++) {
            char **grown = realloc(seen, (nseen + 1) * sizeof(*seen));
            if (grown) {
                seen = grown;
                seen[nseen++] = msgs[i].receipt;
                msgs[i].receipt = NULL;
            }
            out[n].message_id = msgs[i].message_id;
            out[n].task_id = tq_envelope_task_id(msgs[i].body, msgs[i].len);
            out[n].body = msgs[i].body;
            out[n].len = msgs[i].len;
            n++;
            msgs[i].message_id = NULL;
            msgs[i].body = NULL;
            tq_sqs_message_free(&msgs[i]);
        }
    }
    poison_release(s, seen, nseen);
    if (rc != 0) {
        for (int i = 0; i < n; i++) {
            tq_sqs_poisoned_free(&out[i]);
        }
        return -1;
    }
    return n;
}

int tq_sqs_broker_redrive(tq_broker *b, const char *task_id, size_t max, size_t *moved, char ***ids,
                          tq_error *err)
{
    sqs_broker *s = sqs(b);
    *moved = 0;
    if (ids) {
        *ids = NULL;
    }
    int found = tq_sqs_broker_resolve(b, 0, err) == 0 ? poison_find(s, err) : -1;
    if (found <= 0) {
        return found;
    }
    /* passed-over messages stay hidden (60 s) until the search ends, so each round sees new ones */
    char **passed = NULL;
    size_t npassed = 0;
    int rc = 0;
    while (rc == 0 && *moved < max && npassed < 100000) {
        tq_sqs_message msgs[10];
        memset(msgs, 0, sizeof(msgs));
        int n = tq_sqs_receive(s->client, s->poison_url, 10, 0, 60, msgs, err);
        if (n <= 0) {
            rc = n < 0 ? -1 : 0;
            break;
        }
        for (int i = 0; i < n; i++) {
            char *id = rc == 0 ? tq_envelope_task_id(msgs[i].body, msgs[i].len) : NULL;
            int match = rc == 0 && *moved < max && (!task_id || (id && strcmp(id, task_id) == 0));
            if (match) {
                if (tq_sqs_send(s->client, s->url, msgs[i].body, msgs[i].len, NULL, err) != 0
                    || tq_sqs_delete(s->client, s->poison_url, msgs[i].receipt, err) != 0) {
                    rc = -1;
                } else if (ids) {
                    char **grown = realloc(*ids, (*moved + 1) * sizeof(**ids));
                    if (grown) {
                        *ids = grown;
                        grown[(*moved)++] = id;
                        id = NULL;
                    }
                } else {
                    (*moved)++;
                }
            } else {
                char **grown = realloc(passed, (npassed + 1) * sizeof(*passed));
                if (grown) {
                    passed = grown;
                    passed[npassed++] = msgs[i].receipt;
                    msgs[i].receipt = NULL;
                }
            }
            free(id);
            tq_sqs_message_free(&msgs[i]);
        }
        if (task_id && *moved > 0) {
            break;   /* one task's message: found */
        }
    }
    poison_release(s, passed, npassed);
    return rc;
}
