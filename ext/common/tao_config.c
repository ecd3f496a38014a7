/*
 * common/tao_config.c: what the glue finds under a TAO root: the root itself (ROOT_PATH,
 * taskqueue.root, TASKQUEUE_ROOT), service config files (config/<ext>/<name>.conf.php) and
 * services given by id (through a service locator, else the config file). Declared in
 * common/common.h. May touch: the Zend API, src/common/tq_error.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "zend_closures.h"
#include "ext/standard/php_var.h"
#include "../php_taskqueue.h"
#include "common.h"
/* --- TAO root, config files, services --------------------------------------------- */

zend_string *php_tq_tao_root(void)
{
    zval *c = zend_get_constant_str("ROOT_PATH", sizeof("ROOT_PATH") - 1);
    if (c && Z_TYPE_P(c) == IS_STRING && Z_STRLEN_P(c)) {
        return zend_string_copy(Z_STR_P(c));
    }
    if (TQ_G(root) && *TQ_G(root)) {
        return zend_string_init(TQ_G(root), strlen(TQ_G(root)), 0);
    }
    const char *env = getenv("TASKQUEUE_ROOT");
    if (env && *env) {
        return zend_string_init(env, strlen(env), 0);
    }
    return NULL;
}

static zend_result tq_run_php_file(const char *path, zval *out)
{
    zend_file_handle fh;
    zend_stream_init_filename(&fh, path);
    zend_op_array *op_array = zend_compile_file(&fh, ZEND_REQUIRE);
    zend_destroy_file_handle(&fh);
    if (!op_array) {
        return FAILURE;
    }
    ZVAL_UNDEF(out);
    zend_execute(op_array, out);
    destroy_op_array(op_array);
    efree_size(op_array, sizeof(zend_op_array));
    if (EG(exception)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (Z_TYPE_P(out) == IS_UNDEF) {
        ZVAL_NULL(out);
    }
    return SUCCESS;
}

zend_result php_tq_load_service_config(zend_string *service_id, zval *out, tq_error *err)
{
    const char *id = ZSTR_VAL(service_id);
    const char *slash = strchr(id, '/');
    if (!slash || slash == id || !slash[1] || strchr(slash + 1, '/') || strstr(id, "..")) {
        return tq_error_set(err, TQ_ERR_INVALID, "\"%s\" is not a service id of the form <extension>/<name>", id),
               FAILURE;
    }
    zend_string *root = php_tq_tao_root();
    if (!root) {
        return tq_error_set(err, TQ_ERR_NOT_FOUND,
                   "no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)"), FAILURE;
    }
    char path[MAXPATHLEN];
    const char *sep = ZSTR_LEN(root) && ZSTR_VAL(root)[ZSTR_LEN(root) - 1] == '/' ? "" : "/";
    snprintf(path, sizeof(path), "%s%sconfig/%.*s/%s.conf.php", ZSTR_VAL(root), sep,
             (int)(slash - id), id, slash + 1);
    zend_string_release(root);
    if (VCWD_ACCESS(path, R_OK) != 0) {
        return tq_error_set(err, TQ_ERR_NOT_FOUND, "config file %s does not exist", path), FAILURE;
    }
    if (tq_run_php_file(path, out) == FAILURE) {
        if (!EG(exception)) {
            tq_error_set(err, TQ_ERR_INVALID, "config file %s could not be compiled", path);
        } else {
            tq_error_set(err, TQ_ERR_INVALID, "config file %s threw an exception", path);
        }
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_tq_resolve_service(zend_object *holder, zend_class_entry *scope, zval *spec, zval *out)
{
    ZVAL_DEREF(spec);
    if (Z_TYPE_P(spec) == IS_OBJECT) {
        ZVAL_COPY(out, spec);
        return SUCCESS;
    }
    if (Z_TYPE_P(spec) != IS_STRING || Z_STRLEN_P(spec) == 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "A service must be an object or a service id, %s given",
                     zend_zval_type_name(spec));
        return FAILURE;
    }
    zval *locator = PHP_TQ_PROP(holder, scope, "serviceLocator");
    if (locator && Z_TYPE_P(locator) == IS_OBJECT) {
        zval loc;
        ZVAL_COPY(&loc, locator);
        zend_result r = php_tq_call(&loc, "get", out, 1, spec);
        zval_ptr_dtor(&loc);
        return r;
    }
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_load_service_config(Z_STR_P(spec), out, &err) == FAILURE) {
        if (!EG(exception)) {
            php_tq_throw(spl_ce_RuntimeException, "Service \"%s\" cannot be found: no service locator was set and %s",
                         Z_STRVAL_P(spec), err.message);
        }
        return FAILURE;
    }
    if (Z_TYPE_P(out) != IS_OBJECT) {
        php_tq_throw(spl_ce_RuntimeException, "Service \"%s\": its config file returned %s, not an object",
                     Z_STRVAL_P(spec), zend_zval_type_name(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}
