/* tq_message_key: see tq_message_key.h. */
#include "task/tq_message_key.h"

#include <stdlib.h>
#include <string.h>

static const struct {
    const char *id;
    const char *key;
} known[] = {
    {"rds", TQ_KEY_RDS_MESSAGE_ID},
    {"newsql", TQ_KEY_NEWSQL_MESSAGE_ID},
    {"sqs", TQ_KEY_SQS_RECEIPT},
};

char *tq_message_id_key(const char *id, size_t len)
{
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        if (strlen(known[i].id) == len && memcmp(known[i].id, id, len) == 0) {
            return strdup(known[i].key);
        }
    }
    static const char suffix[] = "MessageId";
    char *key = malloc(len + sizeof(suffix));
    if (!key) {
        return NULL;
    }
    memcpy(key, id, len);
    memcpy(key + len, suffix, sizeof(suffix));
    if (len && key[0] >= 'a' && key[0] <= 'z') {
        key[0] = (char)(key[0] - 'a' + 'A');
    }
    return key;
}
