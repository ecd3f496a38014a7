/*
 * tq_proc_limits.c: see tq_proc_limits.h.
 * May touch: libc (stdio, getloadavg).
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE   /* getloadavg() */
#endif
#include "worker/tq_proc_limits.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tq_loadavg_parse(const char *text, double *load1, tq_error *err)
{
    char *end;
    errno = 0;
    double v = text ? strtod(text, &end) : 0;
    if (!text || end == text || errno != 0 || v < 0 || (*end != ' ' && *end != '\t' && *end != '\n' && *end)) {
        return tq_error_set(err, TQ_ERR_INVALID, "the load average is not a number: \"%.40s\"", text ? text : "");
    }
    *load1 = v;
    return 0;
}

/* The kB value of "<key>:   <n> kB" at the start of a line of text; -1 when absent. */
static long long meminfo_field(const char *text, const char *key)
{
    size_t klen = strlen(key);
    for (const char *line = text; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
        if (strncmp(line, key, klen) == 0 && line[klen] == ':') {
            char *end;
            errno = 0;
            long long v = strtoll(line + klen + 1, &end, 10);
            return errno == 0 && end != line + klen + 1 && v >= 0 ? v : -1;
        }
    }
    return -1;
}

int tq_meminfo_parse(const char *text, double *used_pct, tq_error *err)
{
    long long total = text ? meminfo_field(text, "MemTotal") : -1;
    if (total <= 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "no MemTotal in the memory figures");
    }
    long long avail = meminfo_field(text, "MemAvailable");
    if (avail < 0) {
        /* older kernels: what `free` computed before MemAvailable existed */
        long long free_kb = meminfo_field(text, "MemFree");
        if (free_kb < 0) {
            return tq_error_set(err, TQ_ERR_INVALID, "neither MemAvailable nor MemFree in the memory figures");
        }
        long long buffers = meminfo_field(text, "Buffers"), cached = meminfo_field(text, "Cached");
        avail = free_kb + (buffers > 0 ? buffers : 0) + (cached > 0 ? cached : 0);
    }
    if (avail > total) {
        avail = total;
    }
    *used_pct = (double)(total - avail) * 100.0 / (double)total;
    return 0;
}

/* The whole (small) file at path, NUL-terminated, into buf; -1 with errno when unreadable. */
static int read_small(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        return -1;
    }
    size_t n = fread(buf, 1, size - 1, f);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        errno = EIO;
        return -1;
    }
    buf[n] = '\0';
    return 0;
}

int tq_sys_usage_read(const char *loadavg_path, const char *meminfo_path, tq_sys_usage *u, tq_error *err)
{
    char buf[8192];   /* /proc/meminfo is about 1.5 kB; the fields we need come first */
    const char *lp = loadavg_path ? loadavg_path : "/proc/loadavg";
    const char *mp = meminfo_path ? meminfo_path : "/proc/meminfo";
    if (read_small(lp, buf, sizeof(buf)) == 0) {
        if (tq_loadavg_parse(buf, &u->load1, err) != 0) {
            return -1;
        }
    } else {
#if defined(__linux__) || defined(__APPLE__) || defined(__FreeBSD__)
        double l[1];
        if (getloadavg(l, 1) != 1) {
            return tq_error_set(err, TQ_ERR_IO, "the load average cannot be read (%s, getloadavg())", lp);
        }
        u->load1 = l[0];
#else
        return tq_error_set(err, TQ_ERR_IO, "the load average cannot be read (%s: %s)", lp, strerror(errno));
#endif
    }
    if (read_small(mp, buf, sizeof(buf)) != 0) {
        return tq_error_set(err, TQ_ERR_IO, "the memory figures cannot be read (%s: %s)", mp, strerror(errno));
    }
    return tq_meminfo_parse(buf, &u->mem_used_pct, err);
}

int tq_proc_limits_allow(const tq_proc_limits *l, const tq_sys_usage *u)
{
    return u->load1 < (double)l->cpu && u->mem_used_pct < (double)l->mem_pct;
}

int tq_command_split(const char *cmd, char ***argv_out, size_t *argc_out, tq_error *err)
{
    size_t len = strlen(cmd);
    /* at most one word per two characters, plus the NULL; the words' text is never longer
     * than the command's */
    size_t max_words = len / 2 + 2;
    char **argv = malloc(max_words * sizeof(char *) + len + 1);
    if (!argv) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory splitting the task command");
    }
    char *out = (char *)(argv + max_words);
    size_t argc = 0;
    const char *p = cmd;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') {
            p++;
        }
        if (!*p) {
            break;
        }
        argv[argc++] = out;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
            if (*p == '\'') {
                const char *close = strchr(p + 1, '\'');
                if (!close) {
                    free(argv);
                    return tq_error_set(err, TQ_ERR_INVALID, "the task command has an unclosed ' quote: %.200s", cmd);
                }
                memcpy(out, p + 1, (size_t)(close - p - 1));
                out += close - p - 1;
                p = close + 1;
            } else if (*p == '"') {
                for (p++; *p && *p != '"'; p++) {
                    if (*p == '\\' && p[1] && strchr("\"\\$`", p[1])) {
                        p++;
                    } else if (*p == '$' || *p == '`') {
                        free(argv);
                        return tq_error_set(err, TQ_ERR_INVALID, "the task command holds a shell expansion (%c), which "
                                            "is not run through a shell: %.200s", *p, cmd);
                    }
                    *out++ = *p;
                }
                if (*p != '"') {
                    free(argv);
                    return tq_error_set(err, TQ_ERR_INVALID, "the task command has an unclosed \" quote: %.200s", cmd);
                }
                p++;
            } else if (*p == '\\') {
                if (p[1]) {
                    p++;
                }
                *out++ = *p++;
            } else if (strchr(";|&<>$`()", *p)) {
                free(argv);
                return tq_error_set(err, TQ_ERR_INVALID, "the task command holds the shell operator '%c', and it is "
                                    "not run through a shell: %.200s", *p, cmd);
            } else {
                *out++ = *p++;
            }
        }
        *out++ = '\0';
    }
    if (argc == 0) {
        free(argv);
        return tq_error_set(err, TQ_ERR_INVALID, "the task command is empty");
    }
    argv[argc] = NULL;
    *argv_out = argv;
    *argc_out = argc;
    return 0;
}
