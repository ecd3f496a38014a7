/*
 * tq_status: the Task Log status machine (doc/ARCHITECTURE.md, section 7): the stored statuses, their
 * user-facing categories, and which transitions a guarded update may make.
 * May touch: libc.
 */
#ifndef TQ_STATUS_H
#define TQ_STATUS_H

typedef enum tq_status {
    TQ_STATUS_INVALID = -1,
    TQ_STATUS_ENQUEUED = 0,
    TQ_STATUS_DEQUEUED,
    TQ_STATUS_RUNNING,
    TQ_STATUS_CHILD_RUNNING,
    TQ_STATUS_COMPLETED,
    TQ_STATUS_FAILED,
    TQ_STATUS_ARCHIVED,
    TQ_STATUS_CANCELLED,
    TQ_STATUS_UNKNOWN        /* never stored: the fallback of getStatus() */
} tq_status;

typedef enum tq_category {
    TQ_CATEGORY_INVALID = -1,
    TQ_CATEGORY_CREATED = 0,
    TQ_CATEGORY_IN_PROGRESS,
    TQ_CATEGORY_COMPLETED,
    TQ_CATEGORY_FAILED,
    TQ_CATEGORY_ARCHIVED,
    TQ_CATEGORY_CANCELLED
} tq_category;

tq_status tq_status_parse(const char *s);          /* TQ_STATUS_INVALID if unknown */
const char *tq_status_name(tq_status st);           /* "enqueued", ...; NULL if invalid */
int tq_status_is_storable(tq_status st);            /* the eight a log row may hold */
tq_category tq_status_category(tq_status st);
tq_category tq_category_parse(const char *s);
const char *tq_category_name(tq_category c);        /* "created", "in_progress", ... */
const char *tq_category_label(tq_category c);       /* "Queued", "In Progress", ... */
/* Whether the worker/tooling may move a task from `from` to `to` (doc/ARCHITECTURE.md, section 7). */
int tq_status_transition_allowed(tq_status from, tq_status to);

#endif
