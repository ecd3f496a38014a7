/*
 * tq_proc_limits: what WorkerManagerRunner looks at before it starts one more task process:
 * the 1-minute load average (/proc/loadavg, else getloadavg()) and the share of memory in use
 * (/proc/meminfo: MemTotal less MemAvailable, what `free` reports as used), compared with the
 * operator's limits (TAO's WorkerProcessManager::canRun(): load < limitOfCpu and memory % <
 * limitOfMemory). Also the splitting of TAO's `task_command` option into words, so that the
 * task process is executed directly rather than through a shell (the task's base64 JSON is
 * one argument and never parsed by one). Reading is kept apart from parsing so that the unit
 * tests feed the parsers any text. May touch: libc.
 */
#ifndef TQ_PROC_LIMITS_H
#define TQ_PROC_LIMITS_H

#include <stddef.h>
#include "common/tq_error.h"

typedef struct tq_sys_usage {
    double load1;          /* 1-minute load average */
    double mem_used_pct;   /* memory in use, 0..100 */
} tq_sys_usage;

typedef struct tq_proc_limits {
    long long cpu;         /* the load average must stay below this */
    long long mem_pct;     /* the memory in use (%) must stay below this */
} tq_proc_limits;

/* The first field of /proc/loadavg's text ("0.42 0.30 0.25 1/123 4567"). 0, or -1 with err
 * (TQ_ERR_INVALID) when it is not a non-negative number. */
int tq_loadavg_parse(const char *text, double *load1, tq_error *err);

/* Memory in use, in percent, from /proc/meminfo's text: (MemTotal - MemAvailable) / MemTotal;
 * without MemAvailable (kernels before 3.14), MemTotal - MemFree - Buffers - Cached. 0, or -1
 * with err (TQ_ERR_INVALID) when MemTotal or both MemAvailable and MemFree are missing. */
int tq_meminfo_parse(const char *text, double *used_pct, tq_error *err);

/* Reads both. NULL paths: /proc/loadavg and /proc/meminfo. An unreadable loadavg file falls
 * back to getloadavg(); an unreadable meminfo file is an error (TQ_ERR_IO), as is a system
 * with neither (every limit then refuses: the manager would start processes blind). */
int tq_sys_usage_read(const char *loadavg_path, const char *meminfo_path, tq_sys_usage *u, tq_error *err);

/* 1 when one more process may start under l (strictly below both limits), else 0. */
int tq_proc_limits_allow(const tq_proc_limits *l, const tq_sys_usage *u);

/* Splits a command line into words as a POSIX shell would for plain words: blanks separate,
 * 'single quotes' keep everything, "double quotes" keep everything but \" \\ \$ \` (which
 * lose their backslash), a backslash outside quotes keeps the next character. No variables,
 * globs, redirections or command separators: a word holding an unquoted ; | & < > $ ` ( ) is
 * refused (TQ_ERR_INVALID) rather than passed on literally, since TAO's `cd ROOT && <command>`
 * would have let a shell act on it. *argv (NULL-terminated) and its strings are one malloc
 * block the caller frees with free(*argv); *argc the number of words (at least 1). */
int tq_command_split(const char *cmd, char ***argv, size_t *argc, tq_error *err);

#endif
