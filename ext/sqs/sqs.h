/*
 * sqs/sqs.h: SqsQueueBroker's class entry and the SQS glue's start-up and shutdown
 * (sqs.c: also libcurl's global init and the process's queue URL cache).
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_SQS_H
#define PHP_TQ_SQS_H

#include "php.h"

extern zend_class_entry *php_tq_ce_SqsQueueBroker;

void php_tq_sqs_minit(void);
void php_tq_sqs_mshutdown(void);

#endif
