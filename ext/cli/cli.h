/*
 * cli/cli.h: the command line group's class entries (cli.c: BrokerFactory, RunWorker,
 * InitializeQueue, Cli) and its start-up function. May touch: the Zend API.
 */
#ifndef PHP_TQ_CLI_H
#define PHP_TQ_CLI_H

#include "php.h"

extern zend_class_entry *php_tq_ce_BrokerFactory;
extern zend_class_entry *php_tq_ce_RunWorker;
extern zend_class_entry *php_tq_ce_InitializeQueue;
extern zend_class_entry *php_tq_ce_Cli;

void php_tq_cli_minit(void);

#endif
