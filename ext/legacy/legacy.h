/*
 * legacy.h: the deprecated legacy names of spec §2.3 (legacy.c). May touch: the Zend API.
 */
#ifndef PHP_TQ_LEGACY_H
#define PHP_TQ_LEGACY_H

void php_tq_legacy_minit(void);

#endif
