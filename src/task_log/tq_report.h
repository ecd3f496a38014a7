/*
 * tq_report: the report tree a worker stores with each task (doc/ARCHITECTURE.md, section 7), as generis'
 * Report serialises it: {"type", "message", "data", "children"} with type one of
 * info/success/warning/error. Builds nodes, checks that a value a task returned has
 * that shape, normalises it (key order, missing data/children filled in) and answers
 * "did anything fail?". May touch: jansson, libc. No Zend.
 */
#ifndef TQ_REPORT_H
#define TQ_REPORT_H

#include <jansson.h>
#include "common/tq_error.h"

#define TQ_REPORT_INFO "info"
#define TQ_REPORT_SUCCESS "success"
#define TQ_REPORT_WARNING "warning"
#define TQ_REPORT_ERROR "error"

/* The one depth limit of a report, in levels of its JSON text (a node is an object, its
 * children a list inside it, data and other keys count too): what json_decode() reads
 * back with its default depth, so whatever the Task Log stores can be read again. A
 * report of n levels without data is 2n levels of JSON: at most 256. */
#define TQ_REPORT_MAX_DEPTH 512
#define TQ_REPORT_TOO_DEEP "reports nest deeper than 512 levels of JSON"

/* 1 when type is one of the four report types (NULL: 0). */
int tq_report_type_valid(const char *type);

/* A new node {type, message, data, children: []}. data is stolen, even on failure;
 * NULL data means JSON null. NULL with err filled on a bad type, a message that is
 * not valid UTF-8, or no memory. */
json_t *tq_report_new(const char *type, const char *message, json_t *data, tq_error *err);

/* Same with a printf-style message. */
json_t *tq_report_newf(const char *type, json_t *data, tq_error *err, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Appends child (stolen, even on failure) to report's children. 0, or -1 with err
 * when report is not a node with a children array or memory runs out. */
int tq_report_add(json_t *report, json_t *child, tq_error *err);

/* 0 when node has the report shape: an object whose "type" is one of the four
 * types, whose "message" is a string, and whose "children", when present and not
 * null, is an array of nodes of that shape ("data" may be anything or absent), all
 * within TQ_REPORT_MAX_DEPTH. Otherwise -1 with err saying where it broke, in the words
 * the PHP classes throw, e.g. 'Invalid task report at children[1]: "type" must be ...'. */
int tq_report_check(const json_t *node, tq_error *err);

/* A normalised deep copy of a report-shaped value: keys type, message, data (null
 * when absent), children (empty when absent), then any other keys in their order
 * (generis' newer Report adds interpolationMessage/interpolationData). NULL with
 * err when the value does not have the report shape or memory runs out. */
json_t *tq_report_normalize(const json_t *node, tq_error *err);

/* 1 when node itself or any descendant has type "error" (a task failed); 0 otherwise,
 * including for values that are not reports. */
int tq_report_has_error(const json_t *node);

/* 1 when a descendant (not node itself) has the given type: Report::contains(). */
int tq_report_contains(const json_t *node, const char *type);

#endif
