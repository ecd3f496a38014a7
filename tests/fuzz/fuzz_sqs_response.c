/*
 * Fuzz target: what an SQS endpoint answers, read by src/sqs/tq_sqs.c (status, JSON body,
 * AWS error objects) and src/sqs/tq_sqs_actions.c / tq_sqs_broker.c (messages, batch
 * results, attributes, queue URLs). libcurl is replaced by a fake with the same table
 * (tq_curl_load is defined here, tq_curl.o is not linked): every request gets the next
 * reply from the input. Input: byte 0 picks the call; then replies separated by "\n--\n",
 * each "<status>\n<body>" (status: 3 digits; a body may be cut into chunks at '\x01').
 * Properties: no crash, no leak; results stay within what was asked for.
 * May touch: src/sqs, jansson, libc.
 */
#include <stdarg.h>
#include "fuzz.h"
#include "sqs/tq_curl.h"
#include "sqs/tq_sqs.h"

/* ---- the fake libcurl ------------------------------------------------------------------ */

typedef size_t (*write_cb)(char *, size_t, size_t, void *);

static struct fake {
    const char *in;          /* remaining replies */
    size_t left;
    write_cb write;
    void *write_data;
    long status;
    CURLcode result;
    int done;
    CURLMsg msg;
    int easy;                /* the handle's address is all we need */
} fk;

static CURL *f_easy_init(void) { return (CURL *)&fk.easy; }
static void f_easy_cleanup(CURL *h) { }
static const char *f_easy_strerror(CURLcode c) { return "fake error"; }
static CURLM *f_multi_init(void) { return (CURLM *)&fk; }
static CURLMcode f_multi_cleanup(CURLM *m) { return CURLM_OK; }
static CURLMcode f_multi_remove(CURLM *m, CURL *e) { return CURLM_OK; }
static CURLMcode f_multi_poll(CURLM *m, struct curl_waitfd *w, unsigned int n, int ms, int *r) { return CURLM_OK; }
static curl_version_info_data *f_version(CURLversion v) { return NULL; }
static CURLcode f_global_init(long f) { return CURLE_OK; }
static void f_global_cleanup(void) { }

static CURLcode f_easy_setopt(CURL *h, CURLoption o, ...)
{
    va_list ap;
    va_start(ap, o);
    if (o == CURLOPT_WRITEFUNCTION) {
        fk.write = va_arg(ap, write_cb);
    } else if (o == CURLOPT_WRITEDATA) {
        fk.write_data = va_arg(ap, void *);
    }
    va_end(ap);
    return CURLE_OK;
}

static CURLcode f_easy_getinfo(CURL *h, CURLINFO i, ...)
{
    va_list ap;
    va_start(ap, i);
    if (i == CURLINFO_RESPONSE_CODE) {
        *va_arg(ap, long *) = fk.status;
    }
    va_end(ap);
    return CURLE_OK;
}

/* The next reply: "<status>\n<body>" up to "\n--\n". No reply left: a network error. */
static CURLMcode f_multi_add(CURLM *m, CURL *e)
{
    fk.done = 0;
    fk.result = CURLE_OK;
    if (fk.left == 0) {
        fk.result = CURLE_COULDNT_CONNECT;
        return CURLM_OK;
    }
    const char *end = NULL;
    for (size_t i = 0; i + 4 <= fk.left; i++) {
        if (memcmp(fk.in + i, "\n--\n", 4) == 0) {
            end = fk.in + i;
            break;
        }
    }
    size_t n = end ? (size_t)(end - fk.in) : fk.left;
    const char *nl = memchr(fk.in, '\n', n);
    char code[4] = {0};
    memcpy(code, fk.in, n < 3 ? n : 3);
    fk.status = strtol(code, NULL, 10);
    const char *body = nl ? nl + 1 : fk.in + n;
    size_t blen = (size_t)(fk.in + n - body);
    /* deliver the body in chunks, as libcurl does */
    while (blen > 0) {
        const char *cut = memchr(body, '\x01', blen);
        size_t chunk = cut ? (size_t)(cut - body) : blen;
        char *copy = malloc(chunk + 1);   /* its own allocation: ASan sees reads past it */
        memcpy(copy, body, chunk);
        size_t took = chunk ? fk.write(copy, 1, chunk, fk.write_data) : 0;
        free(copy);
        if (took != chunk) {
            fk.result = CURLE_WRITE_ERROR;
            break;
        }
        body += chunk + (cut ? 1 : 0);
        blen -= chunk + (cut ? 1 : 0);
    }
    if (fk.status == 0) {
        fk.result = CURLE_RECV_ERROR;
    }
    size_t used = n + (end ? 4 : 0);
    fk.in += used;
    fk.left -= used;
    return CURLM_OK;
}

static CURLMcode f_multi_perform(CURLM *m, int *running)
{
    *running = 0;
    return CURLM_OK;
}

static CURLMsg *f_multi_info_read(CURLM *m, int *msgs)
{
    *msgs = 0;
    if (fk.done) {
        return NULL;
    }
    fk.done = 1;
    fk.msg.msg = CURLMSG_DONE;
    fk.msg.easy_handle = (CURL *)&fk.easy;
    fk.msg.data.result = fk.result;
    return &fk.msg;
}

static struct curl_slist *f_slist_append(struct curl_slist *l, const char *s)
{
    struct curl_slist *n = malloc(sizeof(*n));
    n->data = strdup(s);
    n->next = l;   /* order does not matter here */
    return n;
}

static void f_slist_free_all(struct curl_slist *l)
{
    while (l) {
        struct curl_slist *next = l->next;
        free(l->data);
        free(l);
        l = next;
    }
}

static const tq_curl_api fake_api = {
    f_easy_init, f_easy_setopt, f_easy_getinfo, f_easy_cleanup, f_easy_strerror, f_multi_init,
    f_multi_add, f_multi_remove, f_multi_perform, f_multi_poll, f_multi_info_read, f_multi_cleanup,
    f_slist_append, f_slist_free_all, f_version, f_global_init, f_global_cleanup,
};

const tq_curl_api *tq_curl_load(tq_error *err) { return &fake_api; }
int tq_curl_loaded(void) { return 1; }
const char *tq_curl_version(void) { return "fake"; }
void tq_curl_unload(void) { }

/* ---- the calls --------------------------------------------------------------------------- */

#define URL "http://127.0.0.1:1/000000000000/TQ_fuzz"

static void check_results(const tq_sqs_entry_result *res, size_t n, int rc)
{
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        FUZZ_CHECK(res[i].ok == 0 || res[i].ok == 1, "ok %d", res[i].ok);
        failed += !res[i].ok;
    }
    FUZZ_CHECK(rc < 0 || (size_t)rc == failed, "rc %d, failed %zu", rc, failed);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    fk.in = (const char *)data + 1;
    fk.left = size - 1;
    tq_sqs_config cfg;
    tq_sqs_config_init(&cfg);
    cfg.region = "eu-west-1";
    cfg.access_key = "AKIDEXAMPLE";
    cfg.secret_key = "secret";
    cfg.endpoint = "http://127.0.0.1:1/";
    cfg.max_attempts = 3;
    cfg.base_delay_ms = 0;   /* retries without sleeping */
    cfg.max_delay_ms = 0;
    tq_error err;
    tq_sqs_client *c = tq_sqs_client_new(&cfg, &err);
    FUZZ_CHECK(c, "client: %s", err.message);
    const char *bodies[12];
    size_t lens[12];
    for (int i = 0; i < 12; i++) {
        bodies[i] = "{\"taskFqcn\":\"T\"}";
        lens[i] = strlen(bodies[i]);
    }
    tq_sqs_entry_result res[12];
    switch (data[0] % 9) {
        case 0: {
            tq_sqs_message out[10];
            int max = 1 + data[0] / 9 % 10;
            int n = tq_sqs_receive(c, URL, max, data[0] & 0x80 ? 1 : 0, 30, out, &err);
            FUZZ_CHECK(n <= max, "received %d of %d", n, max);
            for (int i = 0; i < n; i++) {
                FUZZ_CHECK(out[i].receipt && out[i].body && out[i].receive_count >= 1, "message %d", i);
                FUZZ_CHECK(strlen(out[i].body) <= out[i].len, "body length");
                tq_sqs_message_free(&out[i]);
            }
            break;
        }
        case 1: {
            int rc = tq_sqs_send_batch(c, URL, bodies, lens, 12, res, &err);
            check_results(res, 12, rc);
            tq_sqs_entry_results_free(res, 12);
            break;
        }
        case 2: {
            int rc = tq_sqs_delete_batch(c, URL, bodies, 12, res, &err);
            check_results(res, 12, rc);
            tq_sqs_entry_results_free(res, 12);
            break;
        }
        case 3: {
            int rc = tq_sqs_change_visibility_batch(c, URL, bodies, 3, 10, res, &err);
            check_results(res, 3, rc);
            tq_sqs_entry_results_free(res, 3);
            break;
        }
        case 4:
            tq_sqs_count(c, URL, &err);
            break;
        case 5:
            free(tq_sqs_get_queue_url(c, "TQ_fuzz", &err));
            break;
        case 6:
            free(tq_sqs_create_queue(c, "TQ_fuzz", &err));
            break;
        case 7: {
            char *mid = NULL;
            tq_sqs_send(c, URL, bodies[0], lens[0], &mid, &err);
            free(mid);
            tq_sqs_delete(c, URL, "receipt", &err);
            tq_sqs_change_visibility(c, URL, "receipt", 5, &err);
            break;
        }
        default: {
            /* the broker: claim (ReceiveMessage), then set one aside (send to _poison, delete) */
            tq_broker *b = tq_sqs_broker_new(&cfg, "fuzz", data[0] & 0x80 ? NULL : URL, &err);
            FUZZ_CHECK(b, "broker: %s", err.message);
            tq_sqs_broker_set_wait(b, 0);
            tq_message out[4];
            char *ids[4] = {0};
            int n = tq_sqs_broker_claim(b, 4, 30000, out, ids, &err);
            FUZZ_CHECK(n <= 4, "claimed %d", n);
            for (int i = 0; i < n; i++) {
                if (i == 0) {
                    tq_sqs_broker_set_aside(b, &out[0], ids[0], "fuzz", &err);
                }
                tq_message_clear(b, &out[i]);
                free(ids[i]);
            }
            b->ops->destroy(b);
        }
    }
    tq_sqs_client_free(c);
    return 0;
}
