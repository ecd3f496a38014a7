/*
 * tq_claim_ledger: what a worker process claimed from its queues and not yet finished, one
 * entry per message, keyed by a string the backend chooses (the task id for PostgreSQL, the
 * receipt handle for SQS). Both native brokers keep their claims here, through this one
 * interface (doc/ARCHITECTURE.md, "Claims and leases"):
 *
 *   BUFFERED --hand out--> HANDED --ack--> ACKED --batch completed--> (ended)
 *       \                     \
 *        +-- release, set aside, owner freed, settle after processTask() --> (ended)
 *
 * An entry may be registered with a lease keeper (renewed while it lives: ending the entry
 * stops the renewal through ops->lease_stop), hold the task object handed out (a reference
 * the glue takes and ops->task_release gives back), and carry a deferred report: the report
 * of a finished task kept until its ack so that report, status and message deletion go out
 * together; acknowledged entries of one batch are completed together (tq_claim_ledger_batch).
 *
 * Owners are numbers the ledger hands out (tq_claim_ledger_owner), never object addresses: an
 * entry cannot outlive what it names without notice. A ledger belongs to one thread (the PHP
 * request's); lease keepers run in their own threads but only through their own locked
 * registries, never here. After fork() the child's ledger still lists the parent's claims:
 * the glue ends them without network I/O (their leases are the parent's to renew).
 * May touch: libc.
 */
#ifndef TQ_CLAIM_LEDGER_H
#define TQ_CLAIM_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    TQ_CLAIM_BUFFERED,      /* claimed, waiting in the broker's pre-fetch buffer */
    TQ_CLAIM_HANDED,        /* handed out to a worker, running */
    TQ_CLAIM_ACKED          /* acknowledged; its completion may wait for the rest of its batch */
} tq_claim_state;

typedef struct tq_claim {
    char *key;              /* task id or receipt: unique in the ledger */
    uint64_t owner;         /* the claiming broker (tq_claim_ledger_owner) */
    tq_claim_state state;
    void *task;             /* the task handed out (reference held by the glue), or NULL */
    void *keeper;           /* the lease keeper renewing it; NULL: nobody renews it */
    void *queue;            /* the backend queue it was claimed from (batches stay in one) */
    int64_t row_id;         /* backend position (PostgreSQL row id); -1 none */
    int deliveries;
    bool started;           /* the claim itself started the task in the Task Log */
    char *status;           /* the Task Log status the claim saw; NULL unknown */
    void *log;              /* the Task Log store the claim started it in; NULL plain claim */
    char lease_name[64];    /* the queue as the lease keeper knows it */
    /* the deferred report (tq_claim_defer_report) */
    void *report_sink;      /* the Task Log store it goes to; NULL: none pending */
    char *report;
    char report_status[16];
    struct tq_claim *next_;  /* private: hash chain */
} tq_claim;

typedef struct tq_claim_ledger_ops {
    /* the entry ends: stop renewing its lease (called only when c->keeper is set) */
    void (*lease_stop)(tq_claim *c);
    /* the entry ends: give back the task reference (called only when c->task is set) */
    void (*task_release)(void *task);
} tq_claim_ledger_ops;

typedef struct tq_claim_ledger tq_claim_ledger;

/* NULL on allocation failure. ops is kept (static storage). */
tq_claim_ledger *tq_claim_ledger_new(const tq_claim_ledger_ops *ops);
/* Ends every entry (ops called) and frees the ledger. NULL is fine. */
void tq_claim_ledger_free(tq_claim_ledger *l);
/* A fresh owner number (never 0) for one broker object. */
uint64_t tq_claim_ledger_owner(tq_claim_ledger *l);

/* A new entry in state, owned by owner, every other field zero (row_id -1). NULL when key is
 * already there (a duplicated message: the first entry rules) or memory ran out. */
tq_claim *tq_claim_ledger_add(tq_claim_ledger *l, const char *key, uint64_t owner, tq_claim_state state);
tq_claim *tq_claim_ledger_find(const tq_claim_ledger *l, const char *key);
/* Ends the entry: lease stopped, task released, a pending report dropped (take it first). */
void tq_claim_ledger_end(tq_claim_ledger *l, tq_claim *c);
size_t tq_claim_ledger_size(const tq_claim_ledger *l);

/* Whether an entry matches: owner 0 is any owner, state -1 any state. */
typedef struct tq_claim_filter {
    uint64_t owner;
    int state;
    void *report_sink;      /* non-NULL: only entries with a report pending for this sink */
} tq_claim_filter;

/* Up to max matching entries into out (any order); returns how many match in all, which may
 * be more than max. Ending entries afterwards is safe; adding may invalidate out. */
size_t tq_claim_ledger_select(const tq_claim_ledger *l, const tq_claim_filter *f, tq_claim **out, size_t max);

/* Sets the status the claim saw (copied; NULL clears). false: out of memory. */
bool tq_claim_set_status(tq_claim *c, const char *status);
/* Keeps report (copied) with its final status for sink until the ack. A report already
 * pending is replaced. false: out of memory. */
bool tq_claim_defer_report(tq_claim *c, void *sink, const char *report, const char *status);
/* Hands the pending report over (caller frees *report with free()); false: none pending. */
bool tq_claim_take_report(tq_claim *c, void **sink, char **report, char status[16]);

/* Acknowledged entries of owner with a deferred report, all of one queue and one sink (those
 * of the first such entry found), up to max into out: one statement finishes them. Returns the
 * number put in out; 0 when none wait. */
size_t tq_claim_ledger_batch(const tq_claim_ledger *l, uint64_t owner, tq_claim **out, size_t max);

#endif
