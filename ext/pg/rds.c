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
#include "../common/common.h"
#include "pg.h"
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
