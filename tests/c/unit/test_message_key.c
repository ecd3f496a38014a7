/* tq_message_key: the metadata key delete() reads, by broker id (TAO's names first). */
#include <stdlib.h>
#include <string.h>
#include "helpers.h"
#include "task/tq_message_key.h"

static void expect_key(const char *id, size_t len, const char *want)
{
    char *key = tq_message_id_key(id, len);
    assert_non_null(key);
    assert_string_equal(key, want);
    free(key);
}

static void test_tao_brokers_keep_their_names(void **state)
{
    expect_key("rds", 3, "RdsMessageId");
    expect_key("newsql", 6, "NewSqlMessageId");
    expect_key("sqs", 3, "ReceiptHandle");
}

static void test_other_ids_follow_the_rule(void **state)
{
    expect_key("custom", 6, "CustomMessageId");
    expect_key("Redis", 5, "RedisMessageId");
    expect_key("rdsx", 4, "RdsxMessageId");      /* a prefix of a known id is not that id */
    expect_key("rd", 2, "RdMessageId");
    expect_key("9lives", 6, "9livesMessageId");
    expect_key("", 0, "MessageId");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tao_brokers_keep_their_names),
        cmocka_unit_test(test_other_ids_follow_the_rule),
    };
    return cmocka_run_group_tests_name("tq_message_key", tests, NULL, NULL);
}
