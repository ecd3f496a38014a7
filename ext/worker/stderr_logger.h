/*
 * worker/stderr_logger.h: StderrLogger (stderr_logger.c) and its level names.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_STDERR_LOGGER_H
#define PHP_TQ_STDERR_LOGGER_H

#include <stddef.h>
#include "php.h"

/* The PSR-3 level's rank (0 emergency .. 7 debug, case-insensitive); -1 unknown. */
int php_tq_stderr_level_of(const char *name, size_t len);

/* StderrLogger's line for msg at level, without a context: for code that logs with no
 * logger object at hand (RunWorker's pool). */
void php_tq_stderr_line(const char *level, zend_string *msg);

#endif
