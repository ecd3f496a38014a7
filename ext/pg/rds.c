/*
 * rds.c: what the two PostgreSQL classes share (ext/pg/rds.h): reading their string
 * properties, resolving their persistence to a connection, and throwing a core error with
 * the persistence id in the message.
 * May touch: the Zend API, ext/pg/persistence (php_tq_pg_for), common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "rds.h"


zend_string *php_tq_rds_prop_string(zend_object *obj, zend_class_entry *scope, const char *name)
{
    zval *v = php_tq_prop(obj, scope, name, strlen(name));
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

const char *php_tq_rds_persistence_of(zend_object *obj, zend_class_entry *scope)
{
    zend_string *s = php_tq_rds_prop_string(obj, scope, "persistenceId");
    return s ? ZSTR_VAL(s) : "";
}

/* php_tq_pg_throw() with the object's persistence id. */
void php_tq_rds_throw(zend_object *obj, zend_class_entry *scope, const tq_error *err, const char *what)
{
    zend_string *pid = php_tq_rds_prop_string(obj, scope, "persistenceId");
    php_tq_pg_throw(pid, err, what);
}

php_tq_pg_conn *php_tq_rds_conn(zend_object *obj, zend_class_entry *scope, php_tq_pg_conn **slot)
{
    if (!*slot) {
        zend_string *pid = php_tq_rds_prop_string(obj, scope, "persistenceId");
        if (!pid || !ZSTR_LEN(pid)) {
            php_tq_throw(spl_ce_LogicException, "%s has no persistence id: it was built without its constructor",
                         ZSTR_VAL(obj->ce->name));
            return NULL;
        }
        *slot = php_tq_pg_for(pid);
    }
    return *slot;
}

/* The message of the pending exception (cleared). */
zend_string *php_tq_rds_take_exception_message(void)
{
    zend_object *ex = EG(exception);
    if (!ex) {
        return zend_string_init("unknown error", sizeof("unknown error") - 1, 0);
    }
    GC_ADDREF(ex);
    zend_clear_exception();
    zval rv;
    zval *msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
    zend_string *s = Z_TYPE_P(msg) == IS_STRING && Z_STRLEN_P(msg) ? zend_string_copy(Z_STR_P(msg))
                                                                    : zend_string_copy(ex->ce->name);
    OBJ_RELEASE(ex);
    return s;
}

