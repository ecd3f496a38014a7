/* tq_sqs client: one signed JSON 1.0 call per action over a keep-alive libcurl handle,
 * with bounded retries and long polls that a signal cuts short. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
/* CURLOPT_PROTOCOLS (deprecated in 7.85) stays as the fallback for an older loaded libcurl */
#define CURL_DISABLE_DEPRECATION 1
#include "sqs/tq_curl.h"
#include "worker/tq_signal.h"
#include "task/tq_json.h"
#include "sqs/tq_sigv4.h"
#include "sqs/tq_sqs.h"

#define TQ_SQS_SLICE_MS 100              /* longest single wait inside a call */
#define TQ_SQS_MAX_RESPONSE (64u << 20)  /* a reply larger than this is refused */

struct tq_sqs_client {
    tq_sqs_config cfg;
    const tq_curl_api *cu;   /* libcurl, loaded on first use */
    CURL *easy;
    CURLM *multi;
    tq_buf resp;
    int resp_too_big;
    tq_signal_state *sig;
    uint64_t requests;
    unsigned int seed;       /* jitter; per client, no global state */
    char last_error[64];
};

int tq_sqs_global_init(tq_error *err)
{
    return tq_curl_load(err) ? 0 : -1;
}

void tq_sqs_global_cleanup(void)
{
    tq_curl_unload();
}

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    tq_sqs_client *c = userdata;
    size_t n = size * nmemb;
    if (c->resp.len + n > TQ_SQS_MAX_RESPONSE || tq_buf_append(&c->resp, ptr, n) != 0) {
        c->resp_too_big = 1;
        return 0;   /* makes libcurl fail the transfer */
    }
    return n;
}

static int copy_str(char **dst, const char *src)
{
    *dst = NULL;
    if (src) {
        *dst = strdup(src);
        return *dst ? 0 : -1;
    }
    return 0;
}

tq_sqs_client *tq_sqs_client_new(const tq_sqs_config *cfg, tq_error *err)
{
    if (!cfg->region || !cfg->access_key || !cfg->secret_key || !cfg->endpoint) {
        tq_error_set(err, TQ_ERR_INVALID, "SQS client: the configuration is not resolved "
                     "(region, credentials and endpoint are needed; call tq_sqs_config_resolve)");
        return NULL;
    }
    const tq_curl_api *cu = tq_curl_load(err);
    if (!cu) {
        return NULL;
    }
    tq_sqs_client *c = calloc(1, sizeof(*c));
    if (!c) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    c->cu = cu;
    c->cfg = *cfg;
    int rc = copy_str(&c->cfg.region, cfg->region) | copy_str(&c->cfg.access_key, cfg->access_key)
           | copy_str(&c->cfg.secret_key, cfg->secret_key)
           | copy_str(&c->cfg.session_token, cfg->session_token)
           | copy_str(&c->cfg.profile, cfg->profile) | copy_str(&c->cfg.endpoint, cfg->endpoint)
           | copy_str(&c->cfg.source, cfg->source) | copy_str(&c->cfg.profile_hint, cfg->profile_hint);
    tq_buf_init(&c->resp);
    c->easy = c->cu->easy_init();
    c->multi = c->cu->multi_init();
    if (rc != 0 || !c->easy || !c->multi) {
        tq_sqs_client_free(c);
        tq_error_set(err, TQ_ERR_NOMEM, "SQS client: out of memory or libcurl handles unavailable");
        return NULL;
    }
    if (c->cfg.max_attempts < 1) {
        c->cfg.max_attempts = 1;
    }
    c->seed = (unsigned int)time(NULL) ^ (unsigned int)getpid() ^ (unsigned int)(uintptr_t)c;
    /* options that stay for every request of this handle */
    c->cu->easy_setopt(c->easy, CURLOPT_NOSIGNAL, 1L);
    c->cu->easy_setopt(c->easy, CURLOPT_WRITEFUNCTION, on_data);
    c->cu->easy_setopt(c->easy, CURLOPT_WRITEDATA, c);
    c->cu->easy_setopt(c->easy, CURLOPT_USERAGENT, "taskqueue-sqs/1");
    c->cu->easy_setopt(c->easy, CURLOPT_TCP_KEEPALIVE, 1L);
    c->cu->easy_setopt(c->easy, CURLOPT_CONNECTTIMEOUT_MS, (long)c->cfg.connect_timeout_ms);
    /* the loaded libcurl may be older than the headers: fall back to the bitmask option */
#if LIBCURL_VERSION_NUM >= 0x075500
    if (c->cu->easy_setopt(c->easy, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK)
#endif
    {
        c->cu->easy_setopt(c->easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    }
    return c;
}

void tq_sqs_client_free(tq_sqs_client *c)
{
    if (!c) {
        return;
    }
    if (c->easy) {
        c->cu->easy_cleanup(c->easy);
    }
    if (c->multi) {
        c->cu->multi_cleanup(c->multi);
    }
    tq_buf_free(&c->resp);
    if (c->cfg.secret_key) {
        memset(c->cfg.secret_key, 0, strlen(c->cfg.secret_key));
    }
    tq_sqs_config_free(&c->cfg);
    free(c);
}

const tq_sqs_config *tq_sqs_client_config(const tq_sqs_client *c)
{
    return &c->cfg;
}

void tq_sqs_client_set_signal(tq_sqs_client *c, tq_signal_state *sig)
{
    c->sig = sig;
}

uint64_t tq_sqs_client_requests(const tq_sqs_client *c)
{
    return c->requests;
}

const char *tq_sqs_client_last_error(const tq_sqs_client *c)
{
    return c->last_error;
}

/* ---- one HTTP exchange -------------------------------------------------------------- */

typedef enum { ATT_OK, ATT_RETRY, ATT_FAIL, ATT_INTERRUPTED } att_result;

typedef struct attempt_out {
    long status;
    CURLcode curl;
    char code[64];          /* AWS's error code, "HTTP 503", "network" */
    char message[300];
} attempt_out;

static void drain_wake(tq_signal_state *s)
{
    char buf[64];
    while (read(s->wake_rd, buf, sizeof(buf)) > 0) {
    }
}

static int signal_seen(tq_sqs_client *c, struct curl_waitfd *wfd)
{
    if (!c->sig) {
        return 0;
    }
    if (wfd && (wfd->revents & CURL_WAIT_POLLIN)) {
        drain_wake(c->sig);
        return 1;
    }
    return c->sig->stop != 0;
}

/* Runs the prepared transfer through the multi handle in slices of at most 100 ms, so a
 * signal (the wake-up pipe of tq_signal_state) ends an interruptible wait at once. */
static att_result run_transfer(tq_sqs_client *c, int interruptible, CURLcode *result)
{
    if (c->cu->multi_add_handle(c->multi, c->easy) != CURLM_OK) {
        *result = CURLE_FAILED_INIT;
        return ATT_FAIL;
    }
    int watch = interruptible && c->sig && c->sig->wake_rd >= 0;
    att_result r = ATT_OK;
    *result = CURLE_OK;
    for (;;) {
        int running = 0;
        CURLMcode mc = c->cu->multi_perform(c->multi, &running);
        if (mc != CURLM_OK) {
            *result = CURLE_FAILED_INIT;
            r = ATT_FAIL;
            break;
        }
        int msgs = 0, done = 0;
        CURLMsg *m;
        while ((m = c->cu->multi_info_read(c->multi, &msgs))) {
            if (m->msg == CURLMSG_DONE && m->easy_handle == c->easy) {
                *result = m->data.result;
                done = 1;
            }
        }
        if (done || !running) {
            break;
        }
        struct curl_waitfd wfd = {watch ? c->sig->wake_rd : 0, CURL_WAIT_POLLIN, 0};
        if (watch && signal_seen(c, NULL)) {
            r = ATT_INTERRUPTED;
            break;
        }
        mc = c->cu->multi_poll(c->multi, watch ? &wfd : NULL, watch ? 1 : 0, TQ_SQS_SLICE_MS, NULL);
        if (mc != CURLM_OK) {
            *result = CURLE_FAILED_INIT;
            r = ATT_FAIL;
            break;
        }
        if (watch && signal_seen(c, &wfd)) {
            r = ATT_INTERRUPTED;   /* the transfer is abandoned: removing it closes the connection */
            break;
        }
    }
    c->cu->multi_remove_handle(c->multi, c->easy);
    return r;
}

static int is_throttling(const char *code)
{
    static const char *codes[] = {"ThrottlingException", "Throttling", "ThrottledException",
        "RequestThrottled", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "RequestLimitExceeded", "SlowDown",
        "BandwidthLimitExceeded", "PriorRequestNotComplete", "TransactionInProgressException",
        "EC2ThrottledException", "RequestTimeout", "RequestTimeoutException"};
    for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
        if (strcmp(code, codes[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

static int is_transient_network(CURLcode cc)
{
    switch (cc) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return 1;
        default:
            return 0;
    }
}

/* AWS JSON errors: {"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "..."}. */
static void parse_error(const tq_buf *resp, long status, attempt_out *o)
{
    snprintf(o->code, sizeof(o->code), "HTTP %ld", status);
    o->message[0] = '\0';
    json_t *j = resp->len ? json_loadb(resp->data, resp->len, 0, NULL) : NULL;
    if (json_is_object(j)) {
        const char *type = json_string_value(json_object_get(j, "__type"));
        if (!type) {
            type = json_string_value(json_object_get(j, "code"));
        }
        const char *msg = json_string_value(json_object_get(j, "message"));
        if (!msg) {
            msg = json_string_value(json_object_get(j, "Message"));
        }
        if (type) {
            const char *hash = strrchr(type, '#');
            snprintf(o->code, sizeof(o->code), "%s", hash ? hash + 1 : type);
        }
        if (msg) {
            snprintf(o->message, sizeof(o->message), "%s", msg);
        }
    } else if (resp->len) {
        snprintf(o->message, sizeof(o->message), "%.*s", (int)(resp->len < 200 ? resp->len : 200),
                 resp->data);
    }
    json_decref(j);
}

static att_result attempt(tq_sqs_client *c, const char *action, const char *body, size_t len,
                          int interruptible, json_t **out, attempt_out *o, tq_error *err)
{
    char target[96];
    snprintf(target, sizeof(target), "AmazonSQS.%s", action);
    tq_sigv4_header sh[] = {{"Content-Type", "application/x-amz-json-1.0"},
                            {"X-Amz-Target", target}};
    tq_sigv4_request req = {"POST", c->cfg.endpoint, sh, 2, body, len};
    tq_sigv4_credentials cred = {c->cfg.access_key, c->cfg.secret_key, c->cfg.session_token};
    tq_sigv4_result sig;
    if (tq_sigv4_sign(&req, c->cfg.region, "sqs", &cred, time(NULL), &sig, err) != 0) {
        tq_sigv4_result_free(&sig);
        snprintf(o->code, sizeof(o->code), "signing");
        snprintf(o->message, sizeof(o->message), "%.299s", err ? err->message : "SigV4 failed");
        return ATT_FAIL;
    }
    char line[8192];   /* session tokens run to a few KiB */
    struct curl_slist *h = NULL, *t;
    const char *fixed[] = {"Content-Type: application/x-amz-json-1.0", "Expect:", "Accept:"};
    int ok = 1;
    for (size_t i = 0; i < 3 && ok; i++) {
        ok = (t = c->cu->slist_append(h, fixed[i])) != NULL;
        h = ok ? t : h;
    }
    const char *names[] = {"X-Amz-Target", "X-Amz-Date", "Host", "Authorization", "X-Amz-Security-Token"};
    const char *vals[] = {target, sig.amz_date, sig.host, sig.authorization,
                          c->cfg.session_token && *c->cfg.session_token ? c->cfg.session_token : NULL};
    for (size_t i = 0; i < 5 && ok; i++) {
        if (!vals[i]) {
            continue;
        }
        snprintf(line, sizeof(line), "%s: %s", names[i], vals[i]);
        ok = (t = c->cu->slist_append(h, line)) != NULL;
        h = ok ? t : h;
    }
    tq_sigv4_result_free(&sig);
    if (!ok) {
        c->cu->slist_free_all(h);
        snprintf(o->code, sizeof(o->code), "memory");
        snprintf(o->message, sizeof(o->message), "out of memory");
        return ATT_FAIL;
    }
    long timeout = (long)c->cfg.request_timeout_ms;
    if (interruptible) {
        timeout += (long)c->cfg.wait_time_seconds * 1000;
    }
    c->cu->easy_setopt(c->easy, CURLOPT_URL, c->cfg.endpoint);
    c->cu->easy_setopt(c->easy, CURLOPT_POST, 1L);
    c->cu->easy_setopt(c->easy, CURLOPT_POSTFIELDS, body);
    c->cu->easy_setopt(c->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    c->cu->easy_setopt(c->easy, CURLOPT_HTTPHEADER, h);
    c->cu->easy_setopt(c->easy, CURLOPT_TIMEOUT_MS, timeout);
    c->resp.len = 0;
    c->resp_too_big = 0;
    c->requests++;

    CURLcode cc;
    att_result r = run_transfer(c, interruptible, &cc);
    c->cu->easy_setopt(c->easy, CURLOPT_HTTPHEADER, NULL);
    c->cu->slist_free_all(h);
    o->curl = cc;
    o->status = 0;
    if (r == ATT_INTERRUPTED) {
        return r;
    }
    if (r == ATT_FAIL || cc != CURLE_OK) {
        snprintf(o->code, sizeof(o->code), "network");
        snprintf(o->message, sizeof(o->message), "%s%s", c->cu->easy_strerror(cc),
                 c->resp_too_big ? " (reply larger than 64 MiB)" : "");
        return r == ATT_OK && is_transient_network(cc) ? ATT_RETRY : ATT_FAIL;
    }
    c->cu->easy_getinfo(c->easy, CURLINFO_RESPONSE_CODE, &o->status);
    if (o->status == 200) {
        if (c->resp.len == 0) {
            *out = json_object();   /* some emulators answer an empty body for "nothing" */
            return *out ? ATT_OK : ATT_FAIL;
        }
        json_error_t je;
        *out = json_loadb(c->resp.data, c->resp.len, 0, &je);
        if (!json_is_object(*out)) {
            json_decref(*out);
            *out = NULL;
            snprintf(o->code, sizeof(o->code), "bad reply");
            snprintf(o->message, sizeof(o->message), "the reply is not a JSON object: %s", je.text);
            return ATT_FAIL;
        }
        return ATT_OK;
    }
    parse_error(&c->resp, o->status, o);
    if (o->status >= 500 || o->status == 429 || is_throttling(o->code)) {
        return ATT_RETRY;
    }
    return ATT_FAIL;
}

/* Sleeps ms; an interruptible sleep ends when a signal is noted. Returns 1 if interrupted. */
static int backoff_sleep(tq_sqs_client *c, int64_t ms, int interruptible)
{
    int64_t end = tq_monotonic_ms() + ms;
    for (;;) {
        int64_t left = end - tq_monotonic_ms();
        if (left <= 0) {
            return 0;
        }
        struct pollfd p = {interruptible && c->sig ? c->sig->wake_rd : -1, POLLIN, 0};
        int r = poll(&p, 1, (int)left);
        if (r > 0 && (p.revents & POLLIN)) {
            drain_wake(c->sig);
            return 1;
        }
        if (interruptible && c->sig && c->sig->stop) {
            return 1;
        }
    }
}

static const char *queue_label(const char *queue)
{
    return queue && *queue ? queue : "(none)";
}

json_t *tq_sqs_call(tq_sqs_client *c, const char *action, const char *queue, json_t *request,
                    int interruptible, int *interrupted, tq_error *err)
{
    if (interrupted) {
        *interrupted = 0;
    }
    char *body = json_dumps(request, JSON_COMPACT);
    if (!body) {
        tq_error_set(err, TQ_ERR_NOMEM, "SQS %s on queue %s: cannot encode the request",
                     action, queue_label(queue));
        return NULL;
    }
    size_t len = strlen(body);
    if (interruptible && c->sig && c->sig->stop) {
        /* the worker is stopping: no new long poll (and no request) */
        free(body);
        if (interrupted) {
            *interrupted = 1;
        }
        snprintf(c->last_error, sizeof(c->last_error), "interrupted");
        tq_error_set(err, TQ_ERR_IO, "SQS %s on queue %s: not started, the worker is stopping "
                     "(signal %d)", action, queue_label(queue), (int)c->sig->last_signal);
        return NULL;
    }
    int64_t start = tq_monotonic_ms();
    attempt_out o;
    memset(&o, 0, sizeof(o));
    int tries = 0;
    att_result r = ATT_FAIL;
    json_t *out = NULL;
    for (;;) {
        tries++;
        r = attempt(c, action, body, len, interruptible, &out, &o, err);
        if (r != ATT_RETRY || tries >= c->cfg.max_attempts) {
            break;
        }
        /* exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(tries-1))] */
        int64_t ceiling = c->cfg.base_delay_ms;
        for (int i = 1; i < tries && ceiling < c->cfg.max_delay_ms; i++) {
            ceiling *= 2;
        }
        if (ceiling > c->cfg.max_delay_ms) {
            ceiling = c->cfg.max_delay_ms;
        }
        int64_t delay = ceiling > 0 ? (int64_t)(rand_r(&c->seed) % (ceiling + 1)) : 0;
        if (tq_monotonic_ms() - start + delay > c->cfg.max_retry_ms) {
            break;
        }
        if (backoff_sleep(c, delay, interruptible)) {
            r = ATT_INTERRUPTED;
            break;
        }
    }
    free(body);
    double secs = (double)(tq_monotonic_ms() - start) / 1000.0;
    switch (r) {
        case ATT_OK:
            c->last_error[0] = '\0';
            return out;
        case ATT_INTERRUPTED:
            if (interrupted) {
                *interrupted = 1;
            }
            snprintf(c->last_error, sizeof(c->last_error), "interrupted");
            tq_error_set(err, TQ_ERR_IO, "SQS %s on queue %s: interrupted by signal %d",
                         action, queue_label(queue), c->sig ? (int)c->sig->last_signal : 0);
            return NULL;
        case ATT_RETRY:
            snprintf(c->last_error, sizeof(c->last_error), "%s", o.code);
            tq_error_set(err, TQ_ERR_IO, "SQS %s on queue %s failed after %d tries in %.1f s; "
                         "last error: %s%s%s", action, queue_label(queue), tries, secs, o.code,
                         o.message[0] ? ": " : "", o.message);
            return NULL;
        default:
            snprintf(c->last_error, sizeof(c->last_error), "%s", o.code);
            tq_error_set(err,
                         strcmp(o.code, "QueueDoesNotExist") == 0
                             || strcmp(o.code, "AWS.SimpleQueueService.NonExistentQueue") == 0
                             ? TQ_ERR_NOT_FOUND
                             : (o.status >= 400 && o.status < 500 ? TQ_ERR_INVALID : TQ_ERR_IO),
                         "SQS %s on queue %s failed: %s%s%s", action, queue_label(queue), o.code,
                         o.message[0] ? ": " : "", o.message);
            return NULL;
    }
}
