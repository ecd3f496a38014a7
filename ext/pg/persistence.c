/*
 * persistence.c: persistence ids -> PostgreSQL connections for the RDS brokers.
 *
 * An id resolves to a libpq conninfo from (1) env TASKQUEUE_PERSISTENCE_<ID>, (2) the
 * request's TaskQueue\PersistenceRegistry, (3) TAO's config/generis/persistences.conf.php.
 * Connections live for the process (TQ_G(pg_connections), keyed by conninfo, so every broker
 * and log broker on the same database shares one, and so does every request of a worker
 * process); each has a lease keeper thread started on first claim. All are closed at module
 * shutdown. The core reconnects with backoff after a server restart.
 * May touch: the Zend API, src/pg/tq_pg, src/pg/tq_lease_keeper.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <ctype.h>
#include "php.h"
#include "SAPI.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "pg.h"
#include "pg/tq_pg.h"
#include "pg/tq_lease_keeper.h"
#include "persistence_arginfo.h"

zend_class_entry *php_tq_ce_PersistenceRegistry;

#define TQ_ENV_PREFIX "TASKQUEUE_PERSISTENCE_"
#define TQ_REGISTRY_NAME "TaskQueue\\PersistenceRegistry"

/* --- resolving ------------------------------------------------------------------------- */

/* TASKQUEUE_PERSISTENCE_<ID>: upper-cased, anything but A-Z0-9 becomes '_'. */
static zend_string *tq_env_name(zend_string *id)
{
    zend_string *name = zend_string_alloc(sizeof(TQ_ENV_PREFIX) - 1 + ZSTR_LEN(id), 0);
    memcpy(ZSTR_VAL(name), TQ_ENV_PREFIX, sizeof(TQ_ENV_PREFIX) - 1);
    char *p = ZSTR_VAL(name) + sizeof(TQ_ENV_PREFIX) - 1;
    for (size_t i = 0; i < ZSTR_LEN(id); i++) {
        unsigned char c = (unsigned char)ZSTR_VAL(id)[i];
        p[i] = isalnum(c) && c < 128 ? (char)toupper(c) : '_';
    }
    p[ZSTR_LEN(id)] = '\0';
    return name;
}

static zend_string *tq_env_value(zend_string *name)
{
    char *v = sapi_getenv(ZSTR_VAL(name), ZSTR_LEN(name));
    if (v) {
        zend_string *s = *v ? zend_string_init(v, strlen(v), 0) : NULL;
        efree(v);
        if (s) {
            return s;
        }
    }
    const char *e = getenv(ZSTR_VAL(name));
    return e && *e ? zend_string_init(e, strlen(e), 0) : NULL;
}

/* A conninfo value: single-quoted with \ and ' escaped. */
static void tq_conninfo_put(smart_str *out, const char *key, zval *value)
{
    if (!value || Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT) {
        return;
    }
    zend_string *s = zval_get_string(value);
    if (ZSTR_LEN(s)) {
        if (smart_str_get_len(out)) {
            smart_str_appendc(out, ' ');
        }
        smart_str_appends(out, key);
        smart_str_appends(out, "='");
        for (size_t i = 0; i < ZSTR_LEN(s); i++) {
            char c = ZSTR_VAL(s)[i];
            if (c == '\\' || c == '\'') {
                smart_str_appendc(out, '\\');
            }
            smart_str_appendc(out, c);
        }
        smart_str_appendc(out, '\'');
    }
    zend_string_release(s);
}

/* DBAL's url forms -> a libpq URI. NULL when the scheme is not PostgreSQL's. */
static zend_string *tq_url_conninfo(zend_string *url)
{
    static const char *const schemes[] = {"pgsql://", "pdo-pgsql://", "pdo_pgsql://", "postgres://", "postgresql://"};
    for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
        size_t n = strlen(schemes[i]);
        if (ZSTR_LEN(url) >= n && strncasecmp(ZSTR_VAL(url), schemes[i], n) == 0) {
            return zend_strpprintf(0, "postgresql://%s", ZSTR_VAL(url) + n);
        }
    }
    return NULL;
}

/* The persistences array of what persistences.conf.php returned: generis' persistence
 * manager (getOption('persistences') or getOptions()['persistences']) or a plain array. */
static zend_result tq_config_persistences(zval *config, zval *out)
{
    ZVAL_UNDEF(out);
    if (Z_TYPE_P(config) == IS_ARRAY) {
        zval *p = zend_hash_str_find_deref(Z_ARRVAL_P(config), "persistences", sizeof("persistences") - 1);
        if (p) {
            ZVAL_COPY(out, p);
        }
        return SUCCESS;
    }
    if (Z_TYPE_P(config) != IS_OBJECT) {
        return SUCCESS;
    }
    zval arg, rv;
    if (zend_hash_str_exists(&Z_OBJCE_P(config)->function_table, "getoption", sizeof("getoption") - 1)) {
        ZVAL_STRING(&arg, "persistences");
        zend_result r = php_tq_call(config, "getOption", &rv, 1, &arg);
        zval_ptr_dtor(&arg);
        if (r == FAILURE) {
            return FAILURE;
        }
        ZVAL_COPY_VALUE(out, &rv);
        return SUCCESS;
    }
    if (zend_hash_str_exists(&Z_OBJCE_P(config)->function_table, "getoptions", sizeof("getoptions") - 1)) {
        if (php_tq_call(config, "getOptions", &rv, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        if (Z_TYPE(rv) == IS_ARRAY) {
            zval *p = zend_hash_str_find_deref(Z_ARRVAL(rv), "persistences", sizeof("persistences") - 1);
            if (p) {
                ZVAL_COPY(out, p);
            }
        }
        zval_ptr_dtor(&rv);
    }
    return SUCCESS;
}

/* One persistences entry -> conninfo. FAILURE with an exception naming the file. */
static zend_result tq_entry_conninfo(zend_string *id, const char *file, zval *entry, zend_string **out)
{
    *out = NULL;
    zval *conn = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(entry), "connection", 10) : NULL;
    if (!conn || Z_TYPE_P(conn) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Persistence \"%s\" in %s has no 'connection' array: the RDS brokers need a 'dbal' persistence "
                     "on PostgreSQL", ZSTR_VAL(id), file);
        return FAILURE;
    }
    zval *url = zend_hash_str_find_deref(Z_ARRVAL_P(conn), "url", 3);
    if (url && Z_TYPE_P(url) == IS_STRING && Z_STRLEN_P(url)) {
        *out = tq_url_conninfo(Z_STR_P(url));
        if (!*out) {
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "Persistence \"%s\" in %s: its url is not a PostgreSQL url (pgsql://user:password@host:port/"
                         "dbname)", ZSTR_VAL(id), file);
            return FAILURE;
        }
        return SUCCESS;
    }
    zval *driver = zend_hash_str_find_deref(Z_ARRVAL_P(conn), "driver", 6);
    if (!driver || Z_TYPE_P(driver) != IS_STRING
        || (!zend_string_equals_literal(Z_STR_P(driver), "pdo_pgsql")
            && !zend_string_equals_literal(Z_STR_P(driver), "pgsql"))) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Persistence \"%s\" in %s uses the driver \"%s\"; the RDS brokers need PostgreSQL (pdo_pgsql)",
                     ZSTR_VAL(id), file, driver && Z_TYPE_P(driver) == IS_STRING ? Z_STRVAL_P(driver) : "(none)");
        return FAILURE;
    }
    smart_str ci = {0};
    static const char *const keys[][2] = {
        {"host", "host"}, {"port", "port"}, {"dbname", "dbname"}, {"user", "user"}, {"password", "password"},
        {"sslmode", "sslmode"}, {"application_name", "application_name"},
    };
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        tq_conninfo_put(&ci, keys[i][1], zend_hash_str_find_deref(Z_ARRVAL_P(conn), keys[i][0], strlen(keys[i][0])));
    }
    smart_str_0(&ci);
    *out = ci.s ? ci.s : ZSTR_EMPTY_ALLOC();
    return SUCCESS;
}

/* TAO's config. 1 found (*conninfo, *source set), 0 not (why in *why), -1 exception. */
static int tq_from_tao_config(zend_string *id, zend_string **conninfo, zend_string **source, zend_string **why)
{
    zend_string *service = zend_string_init("generis/persistences", sizeof("generis/persistences") - 1, 0);
    zval config;
    tq_error err;
    tq_error_clear(&err);
    zend_result r = php_tq_load_service_config(service, &config, &err);
    zend_string_release(service);
    zend_string *root = php_tq_tao_root();
    zend_string *file = root ? zend_strpprintf(0, "%s%sconfig/generis/persistences.conf.php", ZSTR_VAL(root),
                                                ZSTR_LEN(root) && ZSTR_VAL(root)[ZSTR_LEN(root) - 1] == '/' ? "" : "/")
                             : NULL;
    if (root) {
        zend_string_release(root);
    }
    int found = 0;
    if (r == FAILURE) {
        if (EG(exception)) {
            found = -1;
        } else {
            *why = zend_strpprintf(0, "TAO's persistences config (%s)", err.message);
        }
    } else {
        zval list;
        if (tq_config_persistences(&config, &list) == FAILURE) {
            found = -1;
        } else {
            zval *entry = Z_TYPE(list) == IS_ARRAY ? zend_hash_find_deref(Z_ARRVAL(list), id) : NULL;
            if (!entry) {
                *why = zend_strpprintf(0, "%s (no persistence \"%s\" there)", ZSTR_VAL(file), ZSTR_VAL(id));
            } else if (tq_entry_conninfo(id, ZSTR_VAL(file), entry, conninfo) == FAILURE) {
                found = -1;
            } else {
                *source = zend_strpprintf(0, "%s (persistence \"%s\")", ZSTR_VAL(file), ZSTR_VAL(id));
                found = 1;
            }
            zval_ptr_dtor(&list);
        }
        zval_ptr_dtor(&config);
    }
    if (file) {
        zend_string_release(file);
    }
    return found;
}

/* Resolves an id: 1 found; 0 not configured (with an exception naming the id and every
 * place looked, unless quiet); -1 with an exception (a broken config file). */
static int tq_resolve_ex(zend_string *id, zend_string **conninfo, zend_string **source, bool quiet)
{
    *conninfo = *source = NULL;
    if (ZSTR_LEN(id) == 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "A persistence id must not be empty");
        return -1;
    }
    zend_string *env = tq_env_name(id);
    zend_string *v = tq_env_value(env);
    if (v) {
        *conninfo = v;
        *source = zend_strpprintf(0, "environment variable %s", ZSTR_VAL(env));
        zend_string_release(env);
        return 1;
    }
    HashTable *reg = TQ_G(persistences);
    zval *r = reg ? zend_hash_find(reg, id) : NULL;
    if (r) {
        zend_string_release(env);
        *conninfo = zend_string_copy(Z_STR_P(r));
        *source = zend_string_init(TQ_REGISTRY_NAME, sizeof(TQ_REGISTRY_NAME) - 1, 0);
        return 1;
    }
    zend_string *why = NULL;
    int found = tq_from_tao_config(id, conninfo, source, &why);
    if (found == 0 && !quiet) {
        php_tq_throw_named("common_exception_Error", spl_ce_RuntimeException,
                           "Persistence \"%s\" is not configured. Looked in: the environment variable %s (not set), "
                           "%s (not registered), %s",
                           ZSTR_VAL(id), ZSTR_VAL(env), TQ_REGISTRY_NAME, why ? ZSTR_VAL(why) : "TAO's config");
    }
    if (why) {
        zend_string_release(why);
    }
    zend_string_release(env);
    return found;
}

static zend_result tq_resolve(zend_string *id, zend_string **conninfo, zend_string **source)
{
    return tq_resolve_ex(id, conninfo, source, false) == 1 ? SUCCESS : FAILURE;
}

/* --- connections ------------------------------------------------------------------------ */

static void tq_conn_free(zval *zv)
{
    php_tq_pg_conn *c = Z_PTR_P(zv);
    tq_lease_keeper_free(c->keeper);
    tq_pg_free(c->pg);
    free(c->conninfo);
    pefree(c, 1);
}

static void tq_scrubbed(const char *conninfo, char *out, size_t size)
{
    snprintf(out, size, "%s", conninfo);
    tq_pg_scrub(out, size, conninfo);
}

php_tq_pg_conn *php_tq_pg_for(zend_string *id)
{
    zend_string *conninfo, *source;
    if (tq_resolve(id, &conninfo, &source) == FAILURE) {
        return NULL;
    }
    if (!TQ_G(pg_connections)) {
        TQ_G(pg_connections) = pemalloc(sizeof(HashTable), 1);
        zend_hash_init(TQ_G(pg_connections), 4, NULL, tq_conn_free, 1);
    }
    php_tq_pg_conn *c = zend_hash_str_find_ptr(TQ_G(pg_connections), ZSTR_VAL(conninfo), ZSTR_LEN(conninfo));
    if (!c) {
        tq_error err;
        tq_error_clear(&err);
        tq_pg *pg = tq_pg_new(ZSTR_VAL(conninfo), &err);
        if (!pg) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Persistence \"%s\" (from %s) has an invalid connection "
                         "string: %s", ZSTR_VAL(id), ZSTR_VAL(source), err.message);
            zend_string_release(conninfo);
            zend_string_release(source);
            return NULL;
        }
        c = pecalloc(1, sizeof(*c), 1);
        c->pg = pg;
        c->conninfo = strdup(ZSTR_VAL(conninfo));
        zend_hash_str_add_ptr(TQ_G(pg_connections), ZSTR_VAL(conninfo), ZSTR_LEN(conninfo), c);
    }
    zend_string_release(conninfo);
    zend_string_release(source);
    return c;
}

tq_lease_keeper *php_tq_pg_keeper(php_tq_pg_conn *c)
{
    if (!c->keeper) {
        tq_error err;
        tq_error_clear(&err);
        c->keeper = tq_lease_keeper_new(c->conninfo, &err);
        if (!c->keeper) {
            php_tq_throw(spl_ce_RuntimeException, "The lease keeper cannot start: %s", err.message);
        }
    }
    return c->keeper;
}

void php_tq_pg_throw(zend_string *id, const tq_error *err, const char *what)
{
    const char *pid = id ? ZSTR_VAL(id) : "";
    /* libpq's messages span lines ("...failed: ...\n\tIs the server running...?"): one line */
    tq_error one = *err;
    char *w = one.message;
    for (const char *r = err->message; *r; r++) {
        if (*r == '\n' || *r == '\t' || *r == '\r') {
            if (w > one.message && w[-1] != ' ') {
                *w++ = ' ';
            }
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    err = &one;
    if (err->code == TQ_ERR_INVALID) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s on persistence \"%s\": %s", what, pid, err->message);
    } else {
        php_tq_throw_named("common_exception_Error", spl_ce_RuntimeException, "%s on persistence \"%s\": %s", what,
                           pid, err->message);
    }
}

void php_tq_persistence_rshutdown(void)
{
    if (TQ_G(pg_connections)) {
        php_tq_pg_conn *c;
        ZEND_HASH_FOREACH_PTR(TQ_G(pg_connections), c) {
            if (c->pg) {
                tq_pg_end_request(c->pg);
            }
        } ZEND_HASH_FOREACH_END();
    }
    if (TQ_G(persistences)) {
        zend_hash_destroy(TQ_G(persistences));
        efree(TQ_G(persistences));
        TQ_G(persistences) = NULL;
    }
}

void php_tq_persistence_mshutdown(void)
{
    if (TQ_G(pg_connections)) {
        zend_hash_destroy(TQ_G(pg_connections));
        pefree(TQ_G(pg_connections), 1);
        TQ_G(pg_connections) = NULL;
    }
}

/* --- TaskQueue\PersistenceRegistry ---------------------------------------------------------- */


ZEND_METHOD(TaskQueue_PersistenceRegistry, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(TaskQueue_PersistenceRegistry, register)
{
    zend_string *id, *conninfo;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(id)
        Z_PARAM_STR(conninfo)
    ZEND_PARSE_PARAMETERS_END();
    if (ZSTR_LEN(id) == 0) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    if (php_tq_refuse_nul(ZSTR_VAL(id), ZSTR_LEN(id), Z_CE_P(ZEND_THIS), "register", "persistence id") == FAILURE) {
        RETURN_THROWS();
    }
    /* libpq reads the conninfo up to a NUL: the rest (dbname, sslmode) would be dropped. Not
     * quoted: it may hold a password (src/pg/tq_pg_conninfo keeps those out of messages). */
    if (memchr(ZSTR_VAL(conninfo), '\0', ZSTR_LEN(conninfo))) {
        zend_argument_value_error(2, "must not contain a NUL byte");
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    tq_pg *probe = tq_pg_new(ZSTR_VAL(conninfo), &err);   /* syntax only, no connection */
    if (!probe) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Persistence \"%s\": %s", ZSTR_VAL(id), err.message);
        RETURN_THROWS();
    }
    tq_pg_free(probe);
    if (!TQ_G(persistences)) {
        ALLOC_HASHTABLE(TQ_G(persistences));
        zend_hash_init(TQ_G(persistences), 4, NULL, ZVAL_PTR_DTOR, 0);
    }
    zval v;
    ZVAL_STR_COPY(&v, conninfo);
    zend_hash_update(TQ_G(persistences), id, &v);
}

ZEND_METHOD(TaskQueue_PersistenceRegistry, unregister)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    if (TQ_G(persistences)) {
        zend_hash_del(TQ_G(persistences), id);
    }
}

ZEND_METHOD(TaskQueue_PersistenceRegistry, has)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *conninfo, *source;
    int found = tq_resolve_ex(id, &conninfo, &source, true);
    if (found < 0) {
        RETURN_THROWS();      /* a broken config file stays an error */
    }
    if (found == 0) {
        RETURN_FALSE;
    }
    zend_string_release(conninfo);
    zend_string_release(source);
    RETURN_TRUE;
}

ZEND_METHOD(TaskQueue_PersistenceRegistry, describe)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *conninfo, *source;
    if (tq_resolve(id, &conninfo, &source) == FAILURE) {
        RETURN_THROWS();
    }
    char clean[1024];
    tq_scrubbed(ZSTR_VAL(conninfo), clean, sizeof(clean));
    RETVAL_STR(zend_strpprintf(0, "%s: %s", ZSTR_VAL(source), clean));
    zend_string_release(conninfo);
    zend_string_release(source);
}

ZEND_METHOD(TaskQueue_PersistenceRegistry, stats)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_pg_conn *c = php_tq_pg_for(id);
    if (!c) {
        RETURN_THROWS();
    }
    const tq_pg_stats *st = tq_pg_get_stats(c->pg);
    array_init(return_value);
    add_assoc_long(return_value, "round_trips", (zend_long)st->round_trips);
    add_assoc_long(return_value, "statements", (zend_long)st->statements);
    add_assoc_long(return_value, "prepares", (zend_long)st->prepares);
    add_assoc_long(return_value, "connects", (zend_long)st->connects);
    add_assoc_long(return_value, "reconnects", (zend_long)st->reconnects);
    tq_lease_keeper_stats ks;
    memset(&ks, 0, sizeof(ks));
    size_t held = 0;
    if (c->keeper) {
        tq_lease_keeper_get_stats(c->keeper, &ks);
        held = tq_lease_keeper_count(c->keeper);
    }
    add_assoc_long(return_value, "lease_statements", (zend_long)ks.statements);
    add_assoc_long(return_value, "leases_renewed", (zend_long)ks.renewed);
    add_assoc_long(return_value, "leases_lost", (zend_long)ks.lost);
    add_assoc_long(return_value, "lease_errors", (zend_long)ks.errors);
    add_assoc_long(return_value, "leases_held", (zend_long)held);
}

void php_tq_persistence_minit(void)
{
    php_tq_ce_PersistenceRegistry = register_class_TaskQueue_PersistenceRegistry();
}
