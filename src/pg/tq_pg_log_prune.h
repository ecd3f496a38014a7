/*
 * tq_pg_log_prune: archived Task Log rows deleted in batches (TaskLogUtility --prune-archived,
 * RdsTaskLogBroker::pruneArchived(), the worker's taskqueue.log_prune_days), and the index it
 * reads, added to a big table without locking it (CREATE INDEX CONCURRENTLY, the way every
 * index of ours added to an existing Task Log is built: tq_pg_log_add_index). Each batch is
 * its own statement and transaction: row locks last one batch, and workers and web requests
 * go on between batches. May touch: libpq, pg/tq_pg, pg/tq_pg_log, common/tq_time, libc.
 */
#ifndef TQ_PG_LOG_PRUNE_H
#define TQ_PG_LOG_PRUNE_H

#include <stdint.h>
#include "common/tq_error.h"
#include "pg/tq_pg_log.h"

#define TQ_PRUNE_BATCH_MAX 100000
/* a table with fewer (estimated) rows gets the index in one plain statement */
#define TQ_PRUNE_SMALL_TABLE 10000

/* Index <table><suffix> ON <table> <definition>, when missing or left INVALID by a failed
 * build, on a table that may already hold millions of rows: under the table's DDL advisory
 * lock (taken by trying, so that a waiting caller holds no snapshot the build would wait
 * for), a plain CREATE INDEX on a small table, else CONCURRENTLY (writes go on). 1 created,
 * 0 there already, -1 on error. definition: trusted text (columns and WHERE), never input. */
int tq_pg_log_add_index(tq_pg_log *s, const char *suffix, const char *definition, tq_error *err);

/* The partial index of archived rows by their last change, when missing: a plain CREATE
 * INDEX on a small table, else CONCURRENTLY under a session advisory lock (concurrent
 * callers wait for one another). 1 created, 0 there already, -1 on error. */
int tq_pg_log_prune_index(tq_pg_log *s, tq_error *err);

/* Deletes archived rows last changed (updated_at, else created_at) before `before` (UTC
 * seconds), batch rows a statement (1..TQ_PRUNE_BATCH_MAX), until none is left or max_rows
 * are gone (0: no bound). *deleted: the rows deleted, also when an error stops it. 0 or -1. */
int tq_pg_log_prune(tq_pg_log *s, int64_t before, int batch, int64_t max_rows, int64_t *deleted, tq_error *err);

#endif
