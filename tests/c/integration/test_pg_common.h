/* Shared by the PostgreSQL tests: the server comes from TASKQUEUE_PERSISTENCE_DEFAULT
 * (eval "$(tools/pg-cluster.sh start)", or tests/c/run_pg_tests.sh). Without it the tests
 * FAIL: the CI always starts PostgreSQL, so a missing server is an error, not a skip.
 * The test side talks to the server through plain libpq (tpg_*) to set up and to check
 * results independently of the code under test. */
#ifndef TQ_TEST_PG_COMMON_H
#define TQ_TEST_PG_COMMON_H

#include "helpers.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libpq-fe.h>
#include "pg/tq_pg.h"
#include "queue/tq_broker.h"

#define TPG_ENV "TASKQUEUE_PERSISTENCE_DEFAULT"

static PGconn *tpg_conn_;   /* the test's own connection (not the code under test) */

static inline const char *tpg_conninfo(void)
{
    return getenv(TPG_ENV);
}

/* Call first in main(): non-zero exit when there is no server to test against. */
static inline int tpg_require_server(const char *test)
{
    const char *ci = tpg_conninfo();
    if (!ci || !*ci) {
        fprintf(stderr, "%s: FAILED: %s is not set. These tests need a real PostgreSQL 15:\n"
                "  eval \"$(tools/pg-cluster.sh start)\" && make -C tests/c check\n"
                "or run tests/c/run_pg_tests.sh, which starts and stops a private cluster.\n", test, TPG_ENV);
        return 1;
    }
    PGconn *c = PQconnectdb(ci);
    if (PQstatus(c) != CONNECTION_OK) {
        fprintf(stderr, "%s: FAILED: cannot connect with %s='%s': %s", test, TPG_ENV, ci, PQerrorMessage(c));
        PQfinish(c);
        return 1;
    }
    PQfinish(c);
    return 0;
}

static inline PGconn *tpg(void)
{
    if (!tpg_conn_ || PQstatus(tpg_conn_) != CONNECTION_OK) {
        if (tpg_conn_) {
            PQfinish(tpg_conn_);
        }
        tpg_conn_ = PQconnectdb(tpg_conninfo());
        if (PQstatus(tpg_conn_) != CONNECTION_OK) {
            fail_msg("test connection: %s", PQerrorMessage(tpg_conn_));
        }
        PGresult *r = PQexec(tpg_conn_, "SET client_min_messages = warning");
        PQclear(r);
    }
    return tpg_conn_;
}

static inline void tpg_close(void)
{
    if (tpg_conn_) {
        PQfinish(tpg_conn_);
        tpg_conn_ = NULL;
    }
}

/* Runs test SQL (several statements allowed); fails the test on error. */
static inline void tpg_exec(const char *sql)
{
    PGresult *r = PQexec(tpg(), sql);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        char msg[1024];
        snprintf(msg, sizeof(msg), "%s", PQresultErrorMessage(r));
        PQclear(r);
        fail_msg("SQL failed: %s\n  in: %s", msg, sql);
    }
    PQclear(r);
}

/* First column of the first row as an integer (-1 when NULL / no row). */
static inline long long tpg_int(const char *sql)
{
    PGresult *r = PQexec(tpg(), sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        char msg[1024];
        snprintf(msg, sizeof(msg), "%s", PQresultErrorMessage(r));
        PQclear(r);
        fail_msg("SQL failed: %s\n  in: %s", msg, sql);
    }
    long long v = PQntuples(r) > 0 && !PQgetisnull(r, 0, 0) ? atoll(PQgetvalue(r, 0, 0)) : -1;
    PQclear(r);
    return v;
}

/* First column of the first row as text, malloc'd (NULL when NULL / no row). */
static inline char *tpg_text(const char *sql)
{
    PGresult *r = PQexec(tpg(), sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        char msg[1024];
        snprintf(msg, sizeof(msg), "%s", PQresultErrorMessage(r));
        PQclear(r);
        fail_msg("SQL failed: %s\n  in: %s", msg, sql);
    }
    char *v = PQntuples(r) > 0 && !PQgetisnull(r, 0, 0) ? strdup(PQgetvalue(r, 0, 0)) : NULL;
    PQclear(r);
    return v;
}

/* A new connection object of the code under test. */
static inline tq_pg *tpg_new(void)
{
    tq_error err;
    tq_error_clear(&err);
    tq_pg *c = tq_pg_new(tpg_conninfo(), &err);
    if (!c) {
        fail_msg("tq_pg_new: %s", err.message);
    }
    return c;
}

/* The cluster directory (host=) of a pg-cluster.sh cluster, for restarts; malloc'd. */
static inline char *tpg_cluster_dir(void)
{
    char *errmsg = NULL;
    PQconninfoOption *opts = PQconninfoParse(tpg_conninfo(), &errmsg);
    PQfreemem(errmsg);
    char *dir = NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        if (strcmp(o->keyword, "host") == 0 && o->val && o->val[0] == '/') {
            dir = strdup(o->val);
        }
    }
    PQconninfoFree(opts);
    return dir;
}

/* tools/pg-cluster.sh restart <dir>: the server goes away and comes back, data kept. */
static inline void tpg_restart_server(void)
{
    char *dir = tpg_cluster_dir();
    if (!dir) {
        fail_msg("restart: %s has no unix-socket host= directory of a tools/pg-cluster.sh cluster", TPG_ENV);
    }
    /* the binary is tests/c/build/test_*: the script is three levels up */
    char exe[512];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0) {
        free(dir);
        fail_msg("readlink /proc/self/exe failed");
    }
    exe[n] = '\0';
    *strrchr(exe, '/') = '\0';
    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "%s/../../../tools/pg-cluster.sh restart '%s' >/dev/null", exe, dir);
    free(dir);
    int rc = system(cmd);
    if (rc != 0) {
        fail_msg("'%s' failed (%d)", cmd, rc);
    }
}

/* Frees what a PostgreSQL claim hands out (body and receipt; no attachments). */
static inline void tpg_message_clear(tq_message *m)
{
    free(m->body);
    free(m->receipt);
    memset(m, 0, sizeof(*m));
}

#endif
