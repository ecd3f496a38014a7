/* tq_sqs broker: tq_broker_ops over one SQS queue "TQ_<name>". A claim is a ReceiveMessage
 * whose VisibilityTimeout is the lease; receipts are receipt handles; deliveries are
 * ApproximateReceiveCount. The queue URL is resolved once per broker and can be seeded
 * from (and read back for) the PHP layer's cache. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tq_sqs.h"

typedef struct sqs_broker {
    tq_broker base;          /* first: a tq_broker * is a sqs_broker * */
    tq_sqs_client *client;
    char *name;              /* TQ_<name> */
    char *url;
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
} push_ctx;

static int do_push(sqs_broker *s, void *ctx, tq_error *err)
{
    push_ctx *p = ctx;
    return tq_sqs_send(s->client, s->url, p->body, p->len, NULL, err);
}

static int op_push(tq_broker *b, const char *body, size_t len, void *attachment, tq_error *err)
{
    push_ctx p = {body, len};
    if (with_url(sqs(b), 1, do_push, &p, err) != 0) {
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

static int op_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out, tq_error *err)
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
    for (int i = 0; i < n; i++) {
        memset(&out[i], 0, sizeof(out[i]));
        out[i].body = c.msgs[i].body;
        out[i].len = c.msgs[i].len;
        out[i].receipt = c.msgs[i].receipt;
        out[i].deliveries = c.msgs[i].receive_count;
        free(c.msgs[i].message_id);
    }
    return n;
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
