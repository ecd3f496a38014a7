/*
 * tq_http_file.c: storage paths and download headers (tq_http_file.h).
 * May touch: libc, tq_http.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "http/tq_http_file.h"

/* A relative name whose components are never "..", "." or empty. */
static int name_stays_inside(const char *name)
{
    if (!*name || name[0] == '/' || strchr(name, '\\')) {
        return 0;
    }
    const char *p = name;
    while (*p) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.')) {
            return 0;
        }
        p += n + (slash != NULL);
        if (slash && !*p) {
            return 0;                       /* a trailing slash names a directory */
        }
    }
    return 1;
}

char *tq_http_storage_file(const char *dir, const char *name, tq_http_error *err)
{
    char base[PATH_MAX], path[PATH_MAX * 2];
    if (!dir || !*dir || !name || !name_stays_inside(name) || !realpath(dir, base)) {
        tq_http_fail(err, 400, "File not found.");
        return NULL;
    }
    snprintf(path, sizeof(path), "%s/%s", base, name);
    char *real = realpath(path, NULL);
    size_t blen = strlen(base);
    struct stat st;
    if (!real || strncmp(real, base, blen) != 0 || (real[blen] != '/' && strcmp(base, "/") != 0)
        || stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
        free(real);
        tq_http_fail(err, 400, "File not found.");
        return NULL;
    }
    return real;
}

const char *tq_http_mime_type(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        { "csv", "text/csv" }, { "zip", "application/zip" }, { "json", "application/json" },
        { "xml", "application/xml" }, { "txt", "text/plain" }, { "pdf", "application/pdf" },
        { "html", "text/html" }, { "qti", "application/xml" },
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++) {
        if (strcasecmp(dot + 1, types[i].ext) == 0) {
            return types[i].type;
        }
    }
    return "application/octet-stream";
}

void tq_http_content_disposition(const char *name, char *out, size_t cap)
{
    const char *slash = strrchr(name, '/');
    const char *base = slash ? slash + 1 : name;
    size_t o = (size_t)snprintf(out, cap, "attachment; filename=\"");
    for (const char *p = base; *p && o + 2 < cap; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != 0x7f && c != '"' && c != '\\') {
            out[o++] = (char)c;
        }
    }
    snprintf(out + o, cap - o, "\"");
}
