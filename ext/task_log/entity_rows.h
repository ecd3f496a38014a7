/*
 * task_log/entity_rows.h: a Task Log entity as TAO's APIs and tools show it
 * (entity_rows.c): toArray() plus `category` and `hasFile`, TAO's CategoryEntityDecorator
 * and HasFileEntityDecorator; shared by the HTTP API (ext/http/actions.c) and TaskLogUtility
 * (ext/cli/task_log_utility.c); the storage check and redirect URL are also the native
 * decorators' (decorators.c). May touch: the Zend API, common/common, ext/standard/url,
 * src/http/tq_http_file.
 */
#ifndef PHP_TQ_ENTITY_ROWS_H
#define PHP_TQ_ENTITY_ROWS_H

#include "php.h"

/* The directory of the tasks' files: ini taskqueue.api_storage, env TASKQUEUE_API_STORAGE,
 * else <TAO root>/data/taskQueueStorage ("" without a root). Caller efree()s. */
char *php_tq_storage_dir(void);

/* The file name (a string) is in the storage directory (tq_http_storage_file()'s rules). */
bool php_tq_storage_has_file(const char *storage, const zval *name);

/* TAO's RedirectUrlEntityDecorator links tasks of these categories only (not delete, export,
 * unknown, unrelated_resource). */
bool php_tq_redirect_category_allowed(const zend_string *category);
/* <ROOT_URL>taoBackOffice/Redirector/redirectTaskToInstance?taskId=<id> (root "/" without
 * ROOT_URL), what tao's _url() gives. */
zend_string *php_tq_redirect_url(const zend_string *task_id);

/* entity->toArray() + category (task_log->getCategoryForTask()) + hasFile (the file its
 * report names is in storage); report dropped unless with_report. FAILURE with an exception. */
zend_result php_tq_entity_row(zval *task_log, zval *entity, const char *storage, bool with_report, zval *row);

/* The rows of a collection's entities into out (an array), each passed to decorate (may be
 * NULL) after php_tq_entity_row(). FAILURE with an exception, out undefined. */
zend_result php_tq_entity_rows(zval *task_log, zval *collection, const char *storage, bool with_report,
                               void (*decorate)(zval *row), zval *out);

#endif
