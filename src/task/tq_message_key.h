/*
 * tq_message_key: the metadata keys under which TAO's brokers keep a popped message's
 * handle on the task (doc/ARCHITECTURE.md, the task JSON): what delete() hands to
 * doDelete(). Plain data and one naming rule, so generic code (AbstractQueueBroker) asks
 * here instead of naming brokers. May touch: libc.
 */
#ifndef TQ_MESSAGE_KEY_H
#define TQ_MESSAGE_KEY_H

#include <stddef.h>

#define TQ_KEY_RDS_MESSAGE_ID "RdsMessageId"       /* the row id (RdsQueueBroker) */
#define TQ_KEY_NEWSQL_MESSAGE_ID "NewSqlMessageId" /* TAO's NewSqlQueueBroker */
#define TQ_KEY_SQS_MESSAGE_ID "SqsMessageId"       /* SQS MessageId, kept for TAO's code */
#define TQ_KEY_SQS_RECEIPT "ReceiptHandle"         /* what SQS DeleteMessage takes */

/* Ours, written by the task and read by the brokers (src/task/tq_schedule.h); TAO's PHP
 * code carries them as any other metadata key and ignores them. */
#define TQ_KEY_RUN_AT "__run_at__"         /* due time, ISO-8601 UTC with milliseconds */
#define TQ_KEY_UNIQUE_KEY "__unique_key__" /* uniqueness key of a task */
#define TQ_KEY_RETRY "__retry__"           /* its retry policy (src/task/tq_retry.h) */
#define TQ_KEY_ATTEMPT "__attempt__"       /* which run this message is: 1 when absent */
#define TQ_KEY_ERRORS "__errors__"         /* the errors of the runs before, oldest first */

/* The key delete() reads for a broker whose static::ID is `id` (len bytes): TAO's own for
 * "rds", "newsql" and "sqs", else the id with its first letter upper-cased followed by
 * "MessageId". A malloc'd, NUL-terminated string, or NULL when memory runs out. */
char *tq_message_id_key(const char *id, size_t len);

#endif
