#include <string.h>
#include "task_log/tq_status.h"

static const char *const tq_status_names[] = {
    "enqueued", "dequeued", "running", "child_running", "completed",
    "failed", "archived", "cancelled", "unknown"
};

static const char *const tq_category_names[] = {
    "created", "in_progress", "completed", "failed", "archived", "cancelled"
};

static const char *const tq_category_labels[] = {
    "Queued", "In Progress", "Completed", "Failed", "Archived", "Cancelled"
};

#define TQ_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

tq_status tq_status_parse(const char *s)
{
    if (!s) {
        return TQ_STATUS_INVALID;
    }
    for (int i = 0; i < TQ_COUNT(tq_status_names); i++) {
        if (strcmp(s, tq_status_names[i]) == 0) {
            return (tq_status)i;
        }
    }
    return TQ_STATUS_INVALID;
}

const char *tq_status_name(tq_status st)
{
    return st >= 0 && st < TQ_COUNT(tq_status_names) ? tq_status_names[st] : NULL;
}

int tq_status_is_storable(tq_status st)
{
    return st >= TQ_STATUS_ENQUEUED && st <= TQ_STATUS_CANCELLED;
}

tq_category tq_status_category(tq_status st)
{
    switch (st) {
        case TQ_STATUS_ENQUEUED: return TQ_CATEGORY_CREATED;
        case TQ_STATUS_DEQUEUED:
        case TQ_STATUS_RUNNING:
        case TQ_STATUS_CHILD_RUNNING: return TQ_CATEGORY_IN_PROGRESS;
        case TQ_STATUS_COMPLETED: return TQ_CATEGORY_COMPLETED;
        case TQ_STATUS_FAILED:
        case TQ_STATUS_UNKNOWN: return TQ_CATEGORY_FAILED;
        case TQ_STATUS_ARCHIVED: return TQ_CATEGORY_ARCHIVED;
        case TQ_STATUS_CANCELLED: return TQ_CATEGORY_CANCELLED;
        default: return TQ_CATEGORY_INVALID;
    }
}

tq_category tq_category_parse(const char *s)
{
    if (!s) {
        return TQ_CATEGORY_INVALID;
    }
    for (int i = 0; i < TQ_COUNT(tq_category_names); i++) {
        if (strcmp(s, tq_category_names[i]) == 0) {
            return (tq_category)i;
        }
    }
    return TQ_CATEGORY_INVALID;
}

const char *tq_category_name(tq_category c)
{
    return c >= 0 && c < TQ_COUNT(tq_category_names) ? tq_category_names[c] : NULL;
}

const char *tq_category_label(tq_category c)
{
    return c >= 0 && c < TQ_COUNT(tq_category_labels) ? tq_category_labels[c] : NULL;
}

int tq_status_transition_allowed(tq_status from, tq_status to)
{
    switch (to) {
        case TQ_STATUS_DEQUEUED:
            return from == TQ_STATUS_ENQUEUED;
        case TQ_STATUS_RUNNING:
            /* a broker that claims and starts in one step skips "dequeued" */
            return from == TQ_STATUS_DEQUEUED || from == TQ_STATUS_ENQUEUED;
        case TQ_STATUS_COMPLETED:
        case TQ_STATUS_FAILED:
            return from == TQ_STATUS_RUNNING || from == TQ_STATUS_CHILD_RUNNING;
        case TQ_STATUS_CHILD_RUNNING:
            return from == TQ_STATUS_RUNNING;
        case TQ_STATUS_CANCELLED:
            return from == TQ_STATUS_ENQUEUED;
        case TQ_STATUS_ARCHIVED:
            return from == TQ_STATUS_COMPLETED || from == TQ_STATUS_FAILED || from == TQ_STATUS_CANCELLED;
        default:
            return 0;
    }
}
