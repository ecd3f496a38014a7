/* tq_sqs client and broker against a real SQS-compatible server over HTTP on loopback
 * (fauxqs 1.9.2, started by tools/sqs-emulator.sh; tests/c/run_sqs_tests.sh does it), and
 * through the fault proxy of tests/sqs/faultproxy.mjs for the retry cases.
 * Without AWS_ENDPOINT_URL_SQS the tests fail: CI always starts the emulator. */
#include "helpers.h"
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <curl/curl.h>
#include "sqs/tq_sqs.h"
#include "task/tq_schedule.h"

static char run_id[48];
static int queue_seq;

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const char *new_queue(const char *what)
{
    static char name[80];
    snprintf(name, sizeof(name), "%s_%s_%d", what, run_id, ++queue_seq);
    return name;
}

/* The emulator's environment, resolved as in production; endpoint optionally the proxy. */
static void config(tq_sqs_config *c, int via_proxy)
{
    tq_sqs_config_init(c);
    if (via_proxy) {
        const char *proxy = getenv("TQ_SQS_FAULT_PROXY");
        if (!proxy) {
            fail_msg("TQ_SQS_FAULT_PROXY is not set: start the emulator with "
                     "eval \"$(tools/sqs-emulator.sh start)\"");
        }
        assert_int_equal(tq_sqs_config_set(c, "endpoint", proxy, NULL), 0);
        c->base_delay_ms = 20;
    }
    tq_error err;
    if (tq_sqs_config_resolve(c, &err) != 0) {
        fail_msg("%s", err.message);
    }
}

static tq_broker *broker(const char *name, int via_proxy, int wait)
{
    tq_sqs_config c;
    config(&c, via_proxy);
    c.wait_time_seconds = wait;
    tq_error err;
    tq_broker *b = tq_sqs_broker_new(&c, name, NULL, &err);
    tq_sqs_config_free(&c);
    if (!b) {
        fail_msg("%s", err.message);
    }
    return b;
}

static void ok(int rc, const tq_error *err)
{
    if (rc < 0) {
        fail_msg("%s", err->message);
    }
}

static void clear_msg(tq_message *m)
{
    free(m->body);
    free(m->receipt);
    memset(m, 0, sizeof(*m));
}

static uint64_t requests(tq_broker *b)
{
    return tq_sqs_client_requests(tq_sqs_broker_client(b));
}

/* ---- the fault proxy's control endpoint --------------------------------------------- */

static size_t keep(char *p, size_t s, size_t n, void *ud)
{
    strncat((char *)ud, p, 1023 - strlen((char *)ud) < s * n ? 1023 - strlen((char *)ud) : s * n);
    return s * n;
}

static void proxy_ctl(const char *path, const char *json, char *reply)
{
    char url[256];
    snprintf(url, sizeof(url), "%s%s", getenv("TQ_SQS_FAULT_PROXY"), path);
    CURL *e = curl_easy_init();
    reply[0] = '\0';
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, keep);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, reply);
    if (json) {
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, json);
    }
    CURLcode rc = curl_easy_perform(e);
    curl_easy_cleanup(e);
    assert_int_equal(rc, CURLE_OK);
}

static void faults(const char *mode, int count)
{
    char json[128], reply[1024];
    snprintf(json, sizeof(json), "{\"mode\":\"%s\",\"count\":%d}", mode, count);
    proxy_ctl("/__faults", json, reply);
}

static int proxy_faulted(void)
{
    char reply[1024];
    proxy_ctl("/__stats", NULL, reply);
    const char *f = strstr(reply, "\"faulted\":");
    return f ? atoi(f + 10) : -1;
}

/* ---- tests -------------------------------------------------------------------------- */

static void test_create_push_claim_ack_count(void **state)
{
    const char *name = new_queue("basic");
    tq_broker *b = broker(name, 0, 1);
    tq_error err;
    assert_string_equal(b->ops->id, "sqs");
    assert_null(tq_sqs_broker_queue_url(b));
    ok(b->ops->create_queue(b, &err), &err);
    char physical[128];
    snprintf(physical, sizeof(physical), "TQ_%s", name);
    assert_string_equal(tq_sqs_broker_queue_name(b), physical);
    const char *url = tq_sqs_broker_queue_url(b);
    assert_non_null(url);
    assert_non_null(strstr(url, physical));

    const char *bodies[] = {"{\"a\":1}", "{\"b\":\"\\u00e9\"}", "{\"c\":[1,2,3]}"};
    for (int i = 0; i < 3; i++) {
        ok(b->ops->push(b, bodies[i], strlen(bodies[i]), NULL, &err), &err);
    }
    assert_int_equal(b->ops->count(b, &err), 3);

    tq_message m[10];
    int n = b->ops->claim(b, 10, 30000, m, &err);
    ok(n, &err);
    assert_int_equal(n, 3);
    int seen = 0;
    for (int i = 0; i < n; i++) {
        assert_int_equal(m[i].deliveries, 1);
        assert_non_null(m[i].receipt);
        for (int k = 0; k < 3; k++) {
            if (strcmp(m[i].body, bodies[k]) == 0) {
                seen |= 1 << k;
                assert_int_equal(m[i].len, strlen(bodies[k]));
            }
        }
    }
    assert_int_equal(seen, 7);
    /* claimed messages are in flight: not counted as waiting */
    assert_int_equal(b->ops->count(b, &err), 0);
    for (int i = 0; i < n; i++) {
        ok(b->ops->ack(b, &m[i], &err), &err);
        clear_msg(&m[i]);
    }
    assert_int_equal(b->ops->count(b, &err), 0);
    assert_int_equal(b->ops->claim(b, 10, 30000, m, &err), 0);
    /* create 1 + 3 pushes + 3 counts + 1 claim + 3 acks + 1 empty claim */
    assert_int_equal(requests(b), 12);
    b->ops->destroy(b);
}

static void test_batch_send_25_and_batch_delete(void **state)
{
    tq_broker *b = broker(new_queue("batch"), 0, 1);
    tq_error err;
    char *bodies[25];
    size_t lens[25];
    for (int i = 0; i < 25; i++) {
        char buf[64];
        snprintf(buf, sizeof(buf), "{\"n\":%d}", i);
        bodies[i] = strdup(buf);
        lens[i] = strlen(buf);
    }
    tq_sqs_entry_result res[25];
    uint64_t before = requests(b);
    ok(tq_sqs_broker_resolve(b, 1, &err), &err);
    assert_int_equal(requests(b) - before, 2);   /* GetQueueUrl (missing) + CreateQueue */
    before = requests(b);
    int failed = tq_sqs_broker_push_many(b, (const char *const *)bodies, lens, 25, res, &err);
    ok(failed, &err);
    assert_int_equal(failed, 0);
    assert_int_equal(requests(b) - before, 3);   /* 10 + 10 + 5 */
    for (int i = 0; i < 25; i++) {
        assert_true(res[i].ok);
        assert_non_null(res[i].message_id);
    }
    tq_sqs_entry_results_free(res, 25);
    assert_int_equal(b->ops->count(b, &err), 25);

    tq_message all[25];
    int got = 0, seen[25] = {0};
    for (int round = 0; round < 10 && got < 25; round++) {
        int n = b->ops->claim(b, 10, 60000, all + got, &err);
        ok(n, &err);
        assert_true(n <= 10);
        got += n;
    }
    assert_int_equal(got, 25);
    for (int i = 0; i < 25; i++) {
        int k = atoi(strchr(all[i].body, ':') + 1);
        assert_false(seen[k]);
        seen[k] = 1;
    }

    /* visibility batch with one bad receipt: reported for that entry only */
    const char *receipts[3] = {all[0].receipt, "not-a-receipt", all[1].receipt};
    tq_sqs_client *c = tq_sqs_broker_client(b);
    failed = tq_sqs_change_visibility_batch(c, tq_sqs_broker_queue_url(b), receipts, 3, 60, res, &err);
    ok(failed, &err);
    assert_int_equal(failed, 1);
    assert_true(res[0].ok && res[2].ok);
    assert_false(res[1].ok);
    assert_true(res[1].code[0] != '\0');
    tq_sqs_entry_results_free(res, 3);

    before = requests(b);
    failed = tq_sqs_broker_ack_many(b, all, 25, res, &err);
    ok(failed, &err);
    assert_int_equal(failed, 0);
    assert_int_equal(requests(b) - before, 3);
    tq_sqs_entry_results_free(res, 25);
    assert_int_equal(b->ops->count(b, &err), 0);
    assert_int_equal(b->ops->claim(b, 10, 1000, all, &err), 0);
    for (int i = 0; i < 25; i++) {
        clear_msg(&all[i]);
        free(bodies[i]);
    }
    b->ops->destroy(b);
}

static void test_visibility_extend_and_release(void **state)
{
    tq_broker *b = broker(new_queue("vis"), 0, 1);
    tq_error err;
    ok(b->ops->push(b, "x", 1, NULL, &err), &err);
    tq_message m, again;
    assert_int_equal(b->ops->claim(b, 1, 1000, &m, &err), 1);
    long t0 = now_ms();
    assert_int_equal(m.deliveries, 1);
    /* extend the 1 s lease to 3 s at once */
    ok(b->ops->extend(b, &m, 3000, &err), &err);
    usleep(1500 * 1000);
    /* past the first lease: still hidden (claim waits up to 1 s more) */
    assert_int_equal(b->ops->claim(b, 1, 1000, &again, &err), 0);
    assert_true(now_ms() - t0 < 2900);
    /* after the extended lease it comes back, a second delivery */
    tq_sqs_broker_set_wait(b, 3);
    int n = b->ops->claim(b, 1, 30000, &again, &err);
    ok(n, &err);
    assert_int_equal(n, 1);
    long back = now_ms() - t0;
    assert_true(back >= 2900);
    assert_int_equal(again.deliveries, 2);
    assert_string_equal(again.body, "x");

    /* release: visible again at once, third delivery */
    ok(b->ops->release(b, &again, &err), &err);
    tq_sqs_broker_set_wait(b, 1);
    tq_message third;
    assert_int_equal(b->ops->claim(b, 1, 30000, &third, &err), 1);
    assert_int_equal(third.deliveries, 3);
    ok(b->ops->ack(b, &third, &err), &err);
    assert_int_equal(b->ops->count(b, &err), 0);
    clear_msg(&m);
    clear_msg(&again);
    clear_msg(&third);

    /* a message without a receipt is refused before any request */
    tq_message bare = {0};
    uint64_t before = requests(b);
    assert_int_equal(b->ops->ack(b, &bare, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(requests(b), before);
    b->ops->destroy(b);
}

static tq_signal_state *g_sig;

static void on_signal(int signo)
{
    tq_signal_note(g_sig, signo);
}

static void test_long_poll_interrupted_by_signal(void **state)
{
    tq_broker *b = broker(new_queue("poll"), 0, 20);
    tq_error err;
    ok(b->ops->create_queue(b, &err), &err);
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    g_sig = &s;
    struct sigaction sa, old;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, &old);
    tq_sqs_client_set_signal(tq_sqs_broker_client(b), &s);

    int p[2];
    assert_int_equal(pipe(p), 0);
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        usleep(400 * 1000);
        long sent = now_ms();   /* CLOCK_MONOTONIC is one clock for both processes */
        kill(parent, SIGTERM);
        ssize_t w = write(p[1], &sent, sizeof(sent));
        _exit(w == sizeof(sent) ? 0 : 1);
    }
    long t0 = now_ms();
    tq_message m;
    int n = b->ops->claim(b, 10, 30000, &m, &err);
    long done = now_ms();
    long sent = 0;
    assert_int_equal(read(p[0], &sent, sizeof(sent)), sizeof(sent));
    waitpid(child, NULL, 0);
    close(p[0]);
    close(p[1]);
    sigaction(SIGTERM, &old, NULL);

    assert_int_equal(n, 0);                 /* interrupted: nothing claimed, no error */
    assert_true(done - t0 >= 350);          /* it was really waiting */
    if (done - sent > 100) {
        fail_msg("the long poll ended %ld ms after the signal (limit 100 ms)", done - sent);
    }
    assert_int_equal(s.stop, 1);
    assert_int_equal(tq_signal_take(&s), SIGTERM);
    assert_string_equal(tq_sqs_client_last_error(tq_sqs_broker_client(b)), "interrupted");

    /* while the stop flag is up, a claim starts no long poll at all */
    uint64_t before = requests(b);
    t0 = now_ms();
    assert_int_equal(b->ops->claim(b, 10, 30000, &m, &err), 0);
    assert_true(now_ms() - t0 < 50);
    assert_int_equal(requests(b), before);

    /* the client goes on working after the abandoned transfer. (Nothing is pushed to this
     * queue: the server may still hold the abandoned receive for its 20 s and hand it the
     * next message, which then reappears only when that lease ends.) */
    s.stop = 0;
    assert_int_equal(b->ops->count(b, &err), 0);
    tq_sqs_client_set_signal(tq_sqs_broker_client(b), NULL);
    tq_signal_close(&s);
    b->ops->destroy(b);
}

static void test_retry_500_twice_then_success(void **state)
{
    tq_broker *b = broker(new_queue("retry"), 1, 1);
    tq_error err;
    faults("500", 0);
    ok(b->ops->create_queue(b, &err), &err);

    faults("500", 2);
    uint64_t before = requests(b);
    ok(b->ops->push(b, "r", 1, NULL, &err), &err);
    assert_int_equal(requests(b) - before, 3);
    assert_int_equal(proxy_faulted(), 2);

    /* throttling (HTTP 400 ThrottlingException) and a dropped connection are retried too */
    faults("throttle", 1);
    before = requests(b);
    assert_int_equal(b->ops->count(b, &err), 1);
    assert_int_equal(requests(b) - before, 2);
    /* two dropped connections: libcurl itself resends once on a dropped reused connection,
     * the second drop reaches us and is retried */
    faults("reset", 2);
    before = requests(b);
    tq_message m;
    assert_int_equal(b->ops->claim(b, 1, 30000, &m, &err), 1);
    assert_true(requests(b) - before >= 2);
    assert_int_equal(proxy_faulted(), 2);
    ok(b->ops->ack(b, &m, &err), &err);
    clear_msg(&m);

    /* an empty 200 body (an emulator quirk) reads as {}: an empty receive */
    faults("empty", 1);
    assert_int_equal(b->ops->claim(b, 1, 30000, &m, &err), 0);
    faults("500", 0);
    b->ops->destroy(b);
}

static void test_retry_500_forever_fails_naming_action_queue_error(void **state)
{
    tq_sqs_config c;
    config(&c, 1);
    c.max_attempts = 4;
    c.base_delay_ms = 10;
    tq_error err;
    const char *name = new_queue("down");
    tq_broker *b = tq_sqs_broker_new(&c, name, NULL, &err);
    assert_non_null(b);
    faults("500", 0);
    ok(b->ops->create_queue(b, &err), &err);
    faults("500", -1);
    uint64_t before = requests(b);
    assert_int_equal(b->ops->push(b, "p", 1, NULL, &err), -1);
    assert_int_equal(requests(b) - before, 4);
    assert_int_equal(err.code, TQ_ERR_IO);
    char want[256];
    snprintf(want, sizeof(want), "SQS SendMessage on queue TQ_%s failed after 4 tries in ", name);
    if (strncmp(err.message, want, strlen(want)) != 0) {
        fail_msg("message: %s", err.message);
    }
    assert_non_null(strstr(err.message, "; last error: InternalError: Internal error (injected by the fault proxy)"));
    assert_string_equal(tq_sqs_client_last_error(tq_sqs_broker_client(b)), "InternalError");
    b->ops->destroy(b);

    /* the total time bounds the tries as well: 50 allowed, but no retry after 300 ms */
    c.max_attempts = 50;
    c.base_delay_ms = 100;
    c.max_retry_ms = 300;
    b = tq_sqs_broker_new(&c, name, NULL, &err);
    long t0 = now_ms();
    assert_int_equal(b->ops->count(b, &err), -1);
    long took = now_ms() - t0;
    assert_true(took < 1000);
    assert_true(requests(b) < 50);
    assert_non_null(strstr(err.message, "SQS GetQueueUrl on queue TQ_"));
    faults("500", 0);
    b->ops->destroy(b);
    tq_sqs_config_free(&c);
}

static void test_4xx_fails_at_once_with_aws_code(void **state)
{
    tq_sqs_config c;
    config(&c, 1);
    tq_error err;
    faults("500", 0);
    tq_sqs_client *cl = tq_sqs_client_new(&c, &err);
    assert_non_null(cl);
    char *url = tq_sqs_get_queue_url(cl, "TQ_no_such_queue", &err);
    assert_null(url);
    assert_int_equal(tq_sqs_client_requests(cl), 1);
    assert_int_equal(err.code, TQ_ERR_NOT_FOUND);
    assert_string_equal(err.message, "SQS GetQueueUrl on queue TQ_no_such_queue failed: "
                        "QueueDoesNotExist: The specified queue does not exist.");
    assert_string_equal(tq_sqs_client_last_error(cl), "QueueDoesNotExist");

    /* a send to a queue that is not there: one request, AWS's code */
    const char *bad = "http://sqs.us-east-1.localhost:1/000000000000/TQ_no_such_queue";
    assert_int_equal(tq_sqs_send(cl, bad, "x", 1, NULL, &err), -1);
    assert_int_equal(tq_sqs_client_requests(cl), 2);
    assert_non_null(strstr(err.message, "SQS SendMessage on queue TQ_no_such_queue failed: QueueDoesNotExist"));

    /* invalid input is refused before any request */
    assert_null(tq_sqs_get_queue_url(cl, "bad name!", &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_sqs_client_requests(cl), 2);
    assert_int_equal(tq_sqs_send(cl, bad, "\xff\xfe", 2, NULL, &err), -1);
    assert_non_null(strstr(err.message, "not valid UTF-8"));
    assert_null(tq_sqs_broker_new(&c, "has space", NULL, &err));
    assert_non_null(strstr(err.message, "'TQ_has space'"));
    tq_sqs_client_free(cl);
    tq_sqs_config_free(&c);
}

static void test_stale_cached_url_is_resolved_again(void **state)
{
    tq_sqs_config c;
    config(&c, 0);
    c.wait_time_seconds = 1;
    tq_error err;
    const char *name = new_queue("stale");
    char stale[256];
    snprintf(stale, sizeof(stale), "http://sqs.us-east-1.localhost:1/000000000000/TQ_%s", name);
    tq_broker *b = tq_sqs_broker_new(&c, name, stale, &err);
    assert_string_equal(tq_sqs_broker_queue_url(b), stale);
    ok(b->ops->push(b, "s", 1, NULL, &err), &err);   /* fails, resolves (creates), retries */
    assert_string_not_equal(tq_sqs_broker_queue_url(b), stale);
    assert_int_equal(b->ops->count(b, &err), 1);
    b->ops->destroy(b);

    /* a second broker seeded with the good URL makes no lookup at all */
    tq_broker *b2 = tq_sqs_broker_new(&c, name, NULL, &err);
    ok(tq_sqs_broker_resolve(b2, 0, &err), &err);
    char good[256];
    snprintf(good, sizeof(good), "%s", tq_sqs_broker_queue_url(b2));
    b2->ops->destroy(b2);
    b2 = tq_sqs_broker_new(&c, name, good, &err);
    assert_int_equal(b2->ops->count(b2, &err), 1);
    assert_int_equal(requests(b2), 1);
    tq_message m;
    assert_int_equal(b2->ops->claim(b2, 1, 1000, &m, &err), 1);
    ok(b2->ops->ack(b2, &m, &err), &err);
    clear_msg(&m);
    b2->ops->destroy(b2);
    tq_sqs_config_free(&c);
}

/* The benchmark's number: HTTP requests per task with receive = 10. */
static void test_requests_per_task(void **state)
{
    tq_broker *b = broker(new_queue("bench"), 0, 1);
    tq_error err;
    ok(tq_sqs_broker_resolve(b, 1, &err), &err);
    enum { N = 30 };
    const char *bodies[N];
    size_t lens[N];
    for (int i = 0; i < N; i++) {
        bodies[i] = "{\"task\":true}";
        lens[i] = strlen(bodies[i]);
    }
    tq_sqs_entry_result res[N];
    tq_message m[10];

    /* bulk enqueue, receive 10, batch ack */
    uint64_t before = requests(b);
    assert_int_equal(tq_sqs_broker_push_many(b, bodies, lens, N, res, &err), 0);
    tq_sqs_entry_results_free(res, N);
    int done = 0;
    while (done < N) {
        int n = b->ops->claim(b, 10, 60000, m, &err);
        ok(n, &err);
        assert_true(n > 0);
        assert_int_equal(tq_sqs_broker_ack_many(b, m, (size_t)n, res, &err), 0);
        tq_sqs_entry_results_free(res, (size_t)n);
        for (int i = 0; i < n; i++) {
            clear_msg(&m[i]);
        }
        done += n;
    }
    double batched = (double)(requests(b) - before) / N;

    /* one SendMessage per task, receive 10, batch ack */
    before = requests(b);
    for (int i = 0; i < 10; i++) {
        ok(b->ops->push(b, bodies[i], lens[i], NULL, &err), &err);
    }
    done = 0;
    while (done < 10) {
        int n = b->ops->claim(b, 10, 60000, m, &err);
        ok(n, &err);
        assert_int_equal(tq_sqs_broker_ack_many(b, m, (size_t)n, res, &err), 0);
        tq_sqs_entry_results_free(res, (size_t)n);
        for (int i = 0; i < n; i++) {
            clear_msg(&m[i]);
        }
        done += n;
    }
    double single = (double)(requests(b) - before) / 10;
    print_message("requests per task, receive 10: %.2f with SendMessageBatch, %.2f with SendMessage\n",
                  batched, single);
    assert_true(batched <= 0.31);
    assert_true(single <= 1.21);
    b->ops->destroy(b);
}

/* A task JSON due in_ms from now, or with a uniqueness key. */
static char *sched_body(int64_t in_ms, const char *key)
{
    char at[48];
    tq_schedule_format(tq_schedule_now_ms() + in_ms, 0, at, sizeof(at));
    char *s = malloc(512);
    snprintf(s, 512, "{\"taskFqcn\":\"X\",\"metadata\":{\"__id__\":\"d\",\"%s\":\"%s\"},\"parameters\":[]}",
             key ? "__unique_key__" : "__run_at__", key ? key : at);
    return s;
}

/* Delayed tasks: a push sends DelaySeconds; a message received before its due time (sent
 * without a delay, as a re-send after 15 minutes is) goes back for the time left, so neither
 * is claimed early and both are claimed once due; a uniqueness key is refused. */
static void test_delayed_messages_wait_for_their_due_time(void **state)
{
    const char *name = new_queue("delay");
    tq_broker *b = broker(name, 0, 0);
    tq_error err;
    ok(b->ops->create_queue(b, &err), &err);
    char *pushed = sched_body(2000, NULL), *early = sched_body(2000, NULL), *uniq = sched_body(0, "k");
    ok(b->ops->push(b, pushed, strlen(pushed), NULL, &err), &err);
    ok(tq_sqs_send(tq_sqs_broker_client(b), tq_sqs_broker_queue_url(b), early, strlen(early), NULL, &err), &err);
    assert_int_equal(b->ops->push(b, uniq, strlen(uniq), NULL, &err), -1);
    assert_non_null(strstr(err.message, "cannot keep tasks unique"));
    const char *bodies[] = {pushed};
    size_t lens[] = {strlen(pushed)};
    tq_sqs_entry_result res[1];
    memset(res, 0, sizeof(res));
    assert_int_equal(tq_sqs_broker_push_many(b, bodies, lens, 1, res, &err), -1);
    assert_non_null(strstr(err.message, "delayed"));
    tq_message m[10];
    int got = 0;
    long t0 = now_ms();
    while (now_ms() - t0 < 1500) {
        int n = b->ops->claim(b, 10, 30000, m, &err);
        ok(n, &err);
        got += n;
        for (int i = 0; i < n; i++) {
            clear_msg(&m[i]);
        }
    }
    assert_int_equal(got, 0);   /* held back: the early one was sent again, not handed out */
    while (got < 2 && now_ms() - t0 < 8000) {
        int n = b->ops->claim(b, 10, 30000, m, &err);
        ok(n, &err);
        for (int i = 0; i < n; i++) {
            assert_true(now_ms() - t0 >= 1850);   /* never early (less the emulator's clock grain) */
            ok(b->ops->ack(b, &m[i], &err), &err);
            clear_msg(&m[i]);
        }
        got += n;
    }
    assert_int_equal(got, 2);
    free(pushed);
    free(early);
    free(uniq);
    b->ops->destroy(b);
}

static void test_emulator_is_running(void **state)
{
    fail_msg("AWS_ENDPOINT_URL_SQS is not set, so there is no SQS server to test against. "
             "Start the emulator first: eval \"$(tools/sqs-emulator.sh start)\" (or run "
             "tests/c/run_sqs_tests.sh, which starts and stops it)");
}

int main(void)
{
    snprintf(run_id, sizeof(run_id), "%d_%ld", (int)getpid(), (long)time(NULL));
    if (!getenv("AWS_ENDPOINT_URL_SQS")) {
        const struct CMUnitTest missing[] = {cmocka_unit_test(test_emulator_is_running)};
        return cmocka_run_group_tests_name("tq_sqs", missing, NULL, NULL);
    }
    tq_error err;
    if (tq_sqs_global_init(&err) != 0) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create_push_claim_ack_count),
        cmocka_unit_test(test_batch_send_25_and_batch_delete),
        cmocka_unit_test(test_visibility_extend_and_release),
        cmocka_unit_test(test_long_poll_interrupted_by_signal),
        cmocka_unit_test(test_retry_500_twice_then_success),
        cmocka_unit_test(test_retry_500_forever_fails_naming_action_queue_error),
        cmocka_unit_test(test_4xx_fails_at_once_with_aws_code),
        cmocka_unit_test(test_stale_cached_url_is_resolved_again),
        cmocka_unit_test(test_requests_per_task),
        cmocka_unit_test(test_delayed_messages_wait_for_their_due_time),
    };
    int rc = cmocka_run_group_tests_name("tq_sqs", tests, NULL, NULL);
    tq_sqs_global_cleanup();
    return rc;
}
