/*
 * worker/stderr_logger.h: StderrLogger (stderr_logger.c) and its level names.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_STDERR_LOGGER_H
#define PHP_TQ_STDERR_LOGGER_H

#include <stddef.h>

/* The PSR-3 level's rank (0 emergency .. 7 debug, case-insensitive); -1 unknown. */
int php_tq_stderr_level_of(const char *name, size_t len);

#endif
