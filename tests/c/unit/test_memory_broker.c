/* The memory broker: FIFO order, ownership of attachments, count, createQueue. */
#include "helpers.h"
#include <stdio.h>
#include "queue/tq_broker.h"

/* Attachments are counters: freeing one adds 1 to the int it points to. */
static void count_free(void *attachment)
{
    (*(int *)attachment)++;
}

static tq_broker *new_broker(void)
{
    tq_broker *b = tq_memory_broker_new();
    assert_non_null(b);
    b->free_attachment = count_free;
    return b;
}

static void push_str(tq_broker *b, const char *s, void *attachment)
{
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(b->ops->push(b, s, strlen(s), attachment, &err), 0);
}

static void test_fifo_order_across_growth(void **state)
{
    tq_broker *b = new_broker();
    tq_error err;
    char body[32];
    assert_string_equal(b->ops->id, "memory");
    /* 40 messages cross the first growth (16 slots) and a wrapped ring. */
    for (int i = 0; i < 10; i++) {
        snprintf(body, sizeof(body), "m%d", i);
        push_str(b, body, NULL);
    }
    tq_message out[4];
    assert_int_equal(b->ops->claim(b, 4, 0, out, &err), 4);
    for (int i = 0; i < 4; i++) {
        snprintf(body, sizeof(body), "m%d", i);
        assert_string_equal(out[i].body, body);
        assert_int_equal(out[i].len, strlen(body));
        assert_int_equal(out[i].deliveries, 1);
        assert_null(out[i].receipt);
        tq_message_clear(b, &out[i]);
        assert_null(out[i].body);
    }
    for (int i = 10; i < 40; i++) {
        snprintf(body, sizeof(body), "m%d", i);
        push_str(b, body, NULL);
    }
    assert_int_equal(b->ops->count(b, &err), 36);
    for (int i = 4; i < 40; i++) {
        tq_message m;
        assert_int_equal(b->ops->claim(b, 1, 0, &m, &err), 1);
        snprintf(body, sizeof(body), "m%d", i);
        assert_string_equal(m.body, body);
        assert_int_equal(b->ops->ack(b, &m, &err), 0);
        tq_message_clear(b, &m);
    }
    assert_int_equal(b->ops->count(b, &err), 0);
    tq_message none;
    assert_int_equal(b->ops->claim(b, 1, 0, &none, &err), 0);
    b->ops->destroy(b);
}

static void test_body_is_copied_and_binary_safe(void **state)
{
    tq_broker *b = new_broker();
    tq_error err;
    char buf[] = {'a', '\0', 'b'};
    assert_int_equal(b->ops->push(b, buf, 3, NULL, &err), 0);
    buf[0] = 'X';
    tq_message m;
    assert_int_equal(b->ops->claim(b, 5, 0, &m, &err), 1);
    assert_int_equal(m.len, 3);
    assert_memory_equal(m.body, "a\0b", 3);
    assert_int_equal(m.body[3], '\0');
    tq_message_clear(b, &m);
    assert_int_equal(b->ops->push(b, NULL, 0, NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    b->ops->destroy(b);
}

static void test_attachments_handed_out_then_freed(void **state)
{
    tq_broker *b = new_broker();
    tq_error err;
    int freed[3] = {0, 0, 0};
    push_str(b, "a", &freed[0]);
    push_str(b, "b", &freed[1]);
    push_str(b, "c", &freed[2]);

    /* A claimed attachment belongs to the caller: taking it out first means
     * clearing the message does not free it. */
    tq_message m;
    assert_int_equal(b->ops->claim(b, 1, 0, &m, &err), 1);
    assert_ptr_equal(m.attachment, &freed[0]);
    m.attachment = NULL;
    tq_message_clear(b, &m);
    assert_int_equal(freed[0], 0);

    /* Left in the message, clearing frees it through b->free_attachment. */
    assert_int_equal(b->ops->claim(b, 1, 0, &m, &err), 1);
    tq_message_clear(b, &m);
    assert_int_equal(freed[1], 1);

    /* Still waiting at destroy: freed there, exactly once. */
    b->ops->destroy(b);
    assert_int_equal(freed[2], 1);
    assert_int_equal(freed[0], 0);
}

static void test_create_queue_empties_and_frees(void **state)
{
    tq_broker *b = new_broker();
    tq_error err;
    int freed = 0;
    for (int i = 0; i < 20; i++) {
        push_str(b, "x", &freed);
    }
    assert_int_equal(b->ops->count(b, &err), 20);
    assert_int_equal(b->ops->create_queue(b, &err), 0);
    assert_int_equal(freed, 20);
    assert_int_equal(b->ops->count(b, &err), 0);
    push_str(b, "after", NULL);
    assert_int_equal(b->ops->count(b, &err), 1);
    b->ops->destroy(b);
    assert_int_equal(freed, 20);
}

static void count_each(void *attachment, void *ctx)
{
    (*(int *)ctx) += *(int *)attachment;
}

static void test_each_attachment_visits_waiting_ones(void **state)
{
    tq_broker *b = new_broker();
    tq_error err;
    int one = 1, ten = 10, hundred = 100;
    b->free_attachment = NULL; /* these are not counters here */
    push_str(b, "a", &one);
    push_str(b, "b", NULL);
    push_str(b, "c", &ten);
    push_str(b, "d", &hundred);
    tq_message m;
    assert_int_equal(b->ops->claim(b, 1, 0, &m, &err), 1);
    m.attachment = NULL;
    tq_message_clear(b, &m);
    int sum = 0;
    tq_memory_broker_each_attachment(b, count_each, &sum);
    assert_int_equal(sum, 110);
    b->ops->destroy(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fifo_order_across_growth),
        cmocka_unit_test(test_body_is_copied_and_binary_safe),
        cmocka_unit_test(test_attachments_handed_out_then_freed),
        cmocka_unit_test(test_create_queue_empties_and_frees),
        cmocka_unit_test(test_each_attachment_visits_waiting_ones),
    };
    return cmocka_run_group_tests_name("tq_memory_broker", tests, NULL, NULL);
}
