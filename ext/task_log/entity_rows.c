/*
 * task_log/entity_rows.c: entity rows with category and hasFile (entity_rows.h).
 * May touch: the Zend API, common/common, src/http/tq_http_file.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "zend_exceptions.h"
#include "ext/standard/url.h"
#include "../common/common.h"
#include "entity_rows.h"
#include "http/tq_http_file.h"

char *php_tq_storage_dir(void)
{
    const char *v = zend_ini_string_ex((char *)"taskqueue.api_storage", sizeof("taskqueue.api_storage") - 1, 0, NULL);
    if (v && *v) {
        return estrdup(v);
    }
    char *e = sapi_getenv((char *)"TASKQUEUE_API_STORAGE", sizeof("TASKQUEUE_API_STORAGE") - 1);
    if (e && *e) {
        return e;
    }
    if (e) {
        efree(e);
    }
    v = getenv("TASKQUEUE_API_STORAGE");
    if (v && *v) {
        return estrdup(v);
    }
    zend_string *root = php_tq_tao_root();
    if (!root) {
        return estrdup("");
    }
    char *dir;
    spprintf(&dir, 0, "%s/data/taskQueueStorage", ZSTR_VAL(root));
    zend_string_release(root);
    return dir;
}

bool php_tq_storage_has_file(const char *storage, const zval *name)
{
    if (Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0 || !storage || !*storage) {
        return false;
    }
    tq_http_error err;
    char *path = tq_http_storage_file(storage, Z_STRVAL_P(name), &err);
    bool has = path != NULL;
    free(path);
    return has;
}

/* TAO's HasFileEntityDecorator: the report names a file, and it is in the storage. */
static bool has_file(zval *entity, const char *storage)
{
    zval name;
    if (php_tq_call(entity, "getFileNameFromReport", &name, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return false;
    }
    bool has = php_tq_storage_has_file(storage, &name);
    zval_ptr_dtor(&name);
    return has;
}

bool php_tq_redirect_category_allowed(const zend_string *category)
{
    static const char *none[] = { "delete", "export", "unknown", "unrelated_resource" };
    for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
        if (zend_string_equals_cstr(category, none[i], strlen(none[i]))) {
            return false;
        }
    }
    return true;
}

zend_string *php_tq_redirect_url(const zend_string *task_id)
{
    zend_string *enc = php_raw_url_encode(ZSTR_VAL(task_id), ZSTR_LEN(task_id));
    zval *root = zend_get_constant_str("ROOT_URL", sizeof("ROOT_URL") - 1);
    const char *base = root && Z_TYPE_P(root) == IS_STRING ? Z_STRVAL_P(root) : "/";
    size_t blen = strlen(base);
    zend_string *url = zend_strpprintf(0, "%s%staoBackOffice/Redirector/redirectTaskToInstance?taskId=%s", base,
                                       blen && base[blen - 1] == '/' ? "" : "/", ZSTR_VAL(enc));
    zend_string_release(enc);
    return url;
}

zend_result php_tq_entity_row(zval *task_log, zval *entity, const char *storage, bool with_report, zval *row)
{
    if (php_tq_call(entity, "toArray", row, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(row) != IS_ARRAY) {
        zval_ptr_dtor(row);
        php_tq_throw(zend_ce_error, "toArray() of a task log entity did not return an array");
        return FAILURE;
    }
    SEPARATE_ARRAY(row);
    zval *name = zend_hash_str_find(Z_ARRVAL_P(row), "taskName", sizeof("taskName") - 1);
    zval cat;
    if (!name || php_tq_call(task_log, "getCategoryForTask", &cat, 1, name) == FAILURE) {
        zval_ptr_dtor(row);
        return FAILURE;
    }
    add_assoc_zval(row, "category", &cat);
    add_assoc_bool(row, "hasFile", has_file(entity, storage));
    if (!with_report) {
        zend_hash_str_del(Z_ARRVAL_P(row), "report", sizeof("report") - 1);
    }
    return SUCCESS;
}

/* The next entity of it into cur: 1, 0 at the end, -1 with an exception. */
static int next_entity(zval *it, bool first, zval *cur)
{
    zval valid;
    if (!first && php_tq_call(it, "next", NULL, 0, NULL) == FAILURE) {
        return -1;
    }
    if (php_tq_call(it, "valid", &valid, 0, NULL) == FAILURE) {
        return -1;
    }
    bool more = zend_is_true(&valid);
    zval_ptr_dtor(&valid);
    if (!more) {
        return 0;
    }
    return php_tq_call(it, "current", cur, 0, NULL) == SUCCESS ? 1 : -1;
}

zend_result php_tq_entity_rows(zval *task_log, zval *collection, const char *storage, bool with_report,
                               void (*decorate)(zval *row), zval *out)
{
    zval it, cur, row;
    if (php_tq_call(collection, "getIterator", &it, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    array_init(out);
    int more;
    for (bool first = true; (more = next_entity(&it, first, &cur)) > 0; first = false) {
        zend_result r = php_tq_entity_row(task_log, &cur, storage, with_report, &row);
        zval_ptr_dtor(&cur);
        if (r == FAILURE) {
            more = -1;
            break;
        }
        if (decorate) {
            decorate(&row);
        }
        add_next_index_zval(out, &row);
    }
    zval_ptr_dtor(&it);
    if (more < 0) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}
