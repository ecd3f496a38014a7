/* tq_sqs_keeper (visibility heartbeat thread) and tq_sqs_broker_set_aside (poison queue)
 * against fauxqs on loopback (tests/c/run_sqs_tests.sh or tools/sqs-emulator.sh start).
 * Without AWS_ENDPOINT_URL_SQS the tests fail: CI always starts the emulator. */
#include "helpers.h"
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include "sqs/tq_sqs.h"
#include "sqs/tq_sqs_keeper.h"

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

static void config(tq_sqs_config *c)
{
    tq_sqs_config_init(c);
    tq_error err;
    if (tq_sqs_config_resolve(c, &err) != 0) {
        fail_msg("%s", err.message);
    }
}

static tq_broker *broker(const char *name, int wait)
{
    tq_sqs_config c;
    config(&c);
    c.wait_time_seconds = wait;
    tq_error err;
    tq_broker *b = tq_sqs_broker_new(&c, name, NULL, &err);
    tq_sqs_config_free(&c);
    if (!b) {
        fail_msg("%s", err.message);
    }
    return b;
}

static tq_sqs_keeper *keeper(void)
{
    tq_sqs_config c;
    config(&c);
    tq_error err;
    tq_sqs_keeper *k = tq_sqs_keeper_new(&c, &err);
    tq_sqs_config_free(&c);
    if (!k) {
        fail_msg("%s", err.message);
    }
    return k;
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

/* A 1 s lease renewed every 333 ms: the message stays hidden for 2.5 s, then comes back
 * about 1 s after the keeper lets go. */
static void test_keeper_extends_until_removed(void **state)
{
    const char *name = new_queue("keep");
    tq_broker *b = broker(name, 0);
    tq_error err;
    ok(b->ops->push(b, "k", 1, NULL, &err), &err);
    tq_message m, again;
    assert_int_equal(b->ops->claim(b, 1, 1000, &m, &err), 1);
    tq_sqs_keeper *k = keeper();
    ok(tq_sqs_keeper_add(k, tq_sqs_broker_queue_url(b), m.receipt, 1000, &err), &err);
    assert_int_equal(tq_sqs_keeper_count(k), 1);
    for (int i = 0; i < 5; i++) {
        usleep(500 * 1000);
        assert_int_equal(b->ops->claim(b, 1, 1000, &again, &err), 0);
    }
    tq_sqs_keeper_stats st;
    tq_sqs_keeper_get_stats(k, &st);
    assert_true(st.renewed >= 5);
    assert_int_equal(st.lost, 0);
    assert_int_equal(st.errors, 0);
    assert_true(st.requests >= st.calls && st.calls >= 5);

    long t0 = now_ms();
    tq_sqs_keeper_remove(k, m.receipt);
    assert_int_equal(tq_sqs_keeper_count(k), 0);
    tq_sqs_keeper_remove(k, "not registered");   /* nothing happens */
    tq_sqs_broker_set_wait(b, 3);
    assert_int_equal(b->ops->claim(b, 1, 30000, &again, &err), 1);
    assert_true(now_ms() - t0 < 2500);
    assert_int_equal(again.deliveries, 2);
    ok(b->ops->ack(b, &again, &err), &err);
    clear_msg(&m);
    clear_msg(&again);
    tq_sqs_keeper_free(k);
    b->ops->destroy(b);
}

/* A receipt SQS does not know is dropped after its first renewal, counted as lost. */
static void test_keeper_drops_refused_receipts(void **state)
{
    tq_broker *b = broker(new_queue("lost"), 0);
    tq_error err;
    ok(tq_sqs_broker_resolve(b, 1, &err), &err);
    tq_sqs_keeper *k = keeper();
    ok(tq_sqs_keeper_add(k, tq_sqs_broker_queue_url(b), "no-such-receipt", 1000, &err), &err);
    for (int i = 0; i < 40 && tq_sqs_keeper_count(k) > 0; i++) {
        usleep(50 * 1000);
    }
    assert_int_equal(tq_sqs_keeper_count(k), 0);
    tq_sqs_keeper_stats st;
    tq_sqs_keeper_get_stats(k, &st);
    assert_int_equal(st.lost, 1);
    assert_int_equal(st.renewed, 0);

    /* bad arguments are refused; free with registrations left and the thread waiting */
    assert_int_equal(tq_sqs_keeper_add(k, "", "r", 1000, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    ok(tq_sqs_keeper_add(k, tq_sqs_broker_queue_url(b), "left-behind", 600000, &err), &err);
    tq_sqs_keeper_free(k);
    tq_sqs_keeper_free(NULL);
    b->ops->destroy(b);
}

/* Ten messages of one queue renew in one call; removing them while calls go on is safe. */
static void test_keeper_batches_and_concurrent_removal(void **state)
{
    tq_broker *b = broker(new_queue("batchkeep"), 0);
    tq_error err;
    const char *bodies[10];
    size_t lens[10];
    for (int i = 0; i < 10; i++) {
        bodies[i] = "b";
        lens[i] = 1;
    }
    tq_sqs_entry_result res[10];
    assert_int_equal(tq_sqs_broker_push_many(b, bodies, lens, 10, res, &err), 0);
    tq_sqs_entry_results_free(res, 10);
    tq_message m[10];
    int got = 0;
    while (got < 10) {
        int n = b->ops->claim(b, 10, 1000, m + got, &err);
        ok(n, &err);
        got += n;
    }
    tq_sqs_keeper *k = keeper();
    for (int i = 0; i < 10; i++) {
        ok(tq_sqs_keeper_add(k, tq_sqs_broker_queue_url(b), m[i].receipt, 1000, &err), &err);
    }
    usleep(1200 * 1000);
    tq_sqs_keeper_stats st;
    tq_sqs_keeper_get_stats(k, &st);
    assert_true(st.renewed >= 30);
    assert_true(st.calls * 10 >= st.renewed);
    assert_true(st.calls <= st.renewed / 10 + 2);
    for (int i = 0; i < 10; i++) {
        tq_sqs_keeper_remove(k, m[i].receipt);
        usleep(37 * 1000);   /* at varying points of the thread's cycle */
    }
    assert_int_equal(tq_sqs_keeper_count(k), 0);
    tq_sqs_entry_result dres[10];
    assert_int_equal(tq_sqs_broker_ack_many(b, m, 10, dres, &err), 0);
    tq_sqs_entry_results_free(dres, 10);
    for (int i = 0; i < 10; i++) {
        clear_msg(&m[i]);
    }
    tq_sqs_keeper_free(k);
    b->ops->destroy(b);
}

/* A child process inherits a keeper with registrations: it forgets them and works on its own.
 * (Globals, so that what the child leaves to its parent stays reachable for valgrind.) */
tq_broker *volatile fork_broker;
tq_sqs_keeper *volatile fork_keeper;

static void test_keeper_after_fork(void **state)
{
    fork_broker = broker(new_queue("fork"), 0);
    fork_keeper = keeper();
    tq_broker *b = fork_broker;
    tq_sqs_keeper *k = fork_keeper;
    tq_error err;
    ok(tq_sqs_broker_resolve(b, 1, &err), &err);
    ok(tq_sqs_keeper_add(k, tq_sqs_broker_queue_url(b), "parent-receipt", 600000, &err), &err);
    pid_t child = fork();
    if (child == 0) {
        int bad = tq_sqs_keeper_count(k) != 0;
        tq_error e;
        bad |= tq_sqs_keeper_add(k, "http://127.0.0.1:1/q", "child-receipt", 600000, &e) != 0;
        bad |= tq_sqs_keeper_count(k) != 1;
        tq_sqs_keeper_remove(k, "child-receipt");
        bad |= tq_sqs_keeper_count(k) != 0;
        _exit(bad);   /* k and b stay the parent's to free */
    }
    int status = 0;
    waitpid(child, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_int_equal(tq_sqs_keeper_count(k), 1);
    tq_sqs_keeper_free(fork_keeper);
    fork_broker->ops->destroy(fork_broker);
}

/* Raw ReceiveMessage of one message with its message attributes. */
static json_t *receive_raw(tq_sqs_client *c, const char *url)
{
    json_t *req = json_pack("{s:s, s:i, s:i, s:[s]}", "QueueUrl", url, "MaxNumberOfMessages", 1,
                            "WaitTimeSeconds", 1, "MessageAttributeNames", "All");
    tq_error err;
    json_t *rep = tq_sqs_call(c, "ReceiveMessage", "poison", req, 0, NULL, &err);
    json_decref(req);
    if (!rep) {
        fail_msg("%s", err.message);
    }
    return rep;
}

static void test_set_aside_moves_to_poison_queue(void **state)
{
    const char *name = new_queue("aside");
    tq_broker *b = broker(name, 0);
    tq_error err;
    const char *body = "{\"taskFqcn\": \"nope\", \"caf\\u00e9\": 1}";
    ok(b->ops->push(b, body, strlen(body), NULL, &err), &err);
    tq_message m;
    char *ids[1] = {NULL};
    assert_int_equal(tq_sqs_broker_claim(b, 1, 30000, &m, ids, &err), 1);
    assert_non_null(ids[0]);
    char poison[128];
    char want[128];
    snprintf(want, sizeof(want), "TQ_%s_poison", name);
    assert_string_equal(tq_sqs_broker_poison_name(b, poison, sizeof(poison)), want);

    uint64_t before = tq_sqs_client_requests(tq_sqs_broker_client(b));
    ok(tq_sqs_broker_set_aside(b, &m, ids[0], "class nope does not exist", &err), &err);
    /* GetQueueUrl (missing) + CreateQueue + SendMessage + DeleteMessage */
    assert_int_equal(tq_sqs_client_requests(tq_sqs_broker_client(b)) - before, 4);
    assert_int_equal(b->ops->count(b, &err), 0);

    tq_sqs_client *c = tq_sqs_broker_client(b);
    char *purl = tq_sqs_get_queue_url(c, want, &err);
    assert_non_null(purl);
    json_t *rep = receive_raw(c, purl);
    json_t *msg = json_array_get(json_object_get(rep, "Messages"), 0);
    assert_non_null(msg);
    assert_string_equal(json_string_value(json_object_get(msg, "Body")), body);
    json_t *attrs = json_object_get(msg, "MessageAttributes");
    assert_string_equal(json_string_value(json_object_get(json_object_get(attrs, "TaskQueueReason"), "StringValue")),
                        "class nope does not exist");
    char src[128];
    snprintf(src, sizeof(src), "TQ_%s", name);
    assert_string_equal(json_string_value(json_object_get(json_object_get(attrs, "TaskQueueSource"), "StringValue")),
                        src);
    assert_string_equal(json_string_value(json_object_get(json_object_get(attrs, "TaskQueueMessageId"), "StringValue")),
                        ids[0]);
    json_decref(rep);

    /* a second one reuses the poison queue's URL: send + delete only */
    ok(b->ops->push(b, "x", 1, NULL, &err), &err);
    tq_message m2;
    assert_int_equal(b->ops->claim(b, 1, 30000, &m2, &err), 1);
    before = tq_sqs_client_requests(c);
    ok(tq_sqs_broker_set_aside(b, &m2, NULL, NULL, &err), &err);
    assert_int_equal(tq_sqs_client_requests(c) - before, 2);

    /* without a receipt: refused before any request */
    tq_message bare = {0};
    assert_int_equal(tq_sqs_broker_set_aside(b, &bare, NULL, "r", &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    free(purl);
    free(ids[0]);
    clear_msg(&m);
    clear_msg(&m2);
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
        return cmocka_run_group_tests_name("tq_sqs_keeper", missing, NULL, NULL);
    }
    tq_error err;
    if (tq_sqs_global_init(&err) != 0) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keeper_extends_until_removed),
        cmocka_unit_test(test_keeper_drops_refused_receipts),
        cmocka_unit_test(test_keeper_batches_and_concurrent_removal),
        cmocka_unit_test(test_keeper_after_fork),
        cmocka_unit_test(test_set_aside_moves_to_poison_queue),
    };
    int rc = cmocka_run_group_tests_name("tq_sqs_keeper", tests, NULL, NULL);
    tq_sqs_global_cleanup();
    return rc;
}
