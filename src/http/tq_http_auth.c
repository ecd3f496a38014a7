/*
 * tq_http_auth.c: bearer tokens against the token file (tq_http_auth.h).
 * May touch: libc, libcrypto, tq_http.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include "http/tq_http_auth.h"

/* TaskLogInterface::SUPER_USER: bypasses every owner filter, so no token may be it */
#define TQ_SUPER_USER "cli-user"
#define TQ_HTTP_MAX_TOKEN_FILE (4 * 1024 * 1024)

static const struct { const char *name; unsigned bit; } role_names[] = {
    { "TaskQueueManager", TQ_ROLE_MANAGER },
    { "taoTaskQueueManager", TQ_ROLE_MANAGER },
    { "TAO_MANAGER", TQ_ROLE_MANAGER },
    { "http://www.tao.lu/Ontologies/generis.rdf#taoTaskQueueManager", TQ_ROLE_MANAGER },
    { "http://www.tao.lu/Ontologies/TAO.rdf#TaoManagerRole", TQ_ROLE_MANAGER },
    { "REST_PUBLISHER", TQ_ROLE_PUBLISHER },
    { "http://www.tao.lu/Ontologies/TAO.rdf#RestPublisher", TQ_ROLE_PUBLISHER },
};

unsigned tq_http_roles_parse(const char *csv, size_t len)
{
    unsigned roles = TQ_ROLE_USER;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && csv[i] != ',') {
            continue;
        }
        for (size_t r = 0; r < sizeof(role_names) / sizeof(role_names[0]); r++) {
            if (strlen(role_names[r].name) == i - start && memcmp(role_names[r].name, csv + start, i - start) == 0) {
                roles |= role_names[r].bit;
            }
        }
        start = i + 1;
    }
    return roles;
}

void tq_http_sha256_hex(const char *data, size_t len, char hex[65])
{
    unsigned char md[SHA256_DIGEST_LENGTH];
    SHA256((const unsigned char *)data, len, md);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++) {
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    }
}

/* Next whitespace-separated field of line[*pos..end): start and length, 0 when none. */
static size_t field(const char *line, size_t end, size_t *pos, const char **start)
{
    while (*pos < end && (line[*pos] == ' ' || line[*pos] == '\t' || line[*pos] == '\r')) {
        (*pos)++;
    }
    *start = line + *pos;
    size_t b = *pos;
    while (*pos < end && line[*pos] != ' ' && line[*pos] != '\t' && line[*pos] != '\r') {
        (*pos)++;
    }
    return *pos - b;
}

/* Matches one line against the token's hash; 1 and user filled on a match. */
static int match_line(const char *line, size_t end, const char *hash, tq_http_user *user)
{
    size_t pos = 0;
    const char *f[4];
    size_t n[4];
    for (int i = 0; i < 4; i++) {
        n[i] = field(line, end, &pos, &f[i]);
    }
    if (n[0] != 64 || n[1] == 0 || n[1] >= sizeof(user->id) || n[2] == 0 || n[3] != 0
        || (n[1] == sizeof(TQ_SUPER_USER) - 1 && memcmp(f[1], TQ_SUPER_USER, n[1]) == 0)) {
        return 0;
    }
    char lower[64];
    for (int i = 0; i < 64; i++) {
        lower[i] = (char)((f[0][i] >= 'A' && f[0][i] <= 'F') ? f[0][i] + 32 : f[0][i]);
    }
    if (CRYPTO_memcmp(lower, hash, 64) != 0) {
        return 0;
    }
    memcpy(user->id, f[1], n[1]);
    user->id[n[1]] = '\0';
    user->roles = (n[2] == 1 && f[2][0] == '-') ? TQ_ROLE_USER : tq_http_roles_parse(f[2], n[2]);
    return 1;
}

/* Where a line's comment begins: a `#` at its start or after a blank (user ids are URIs
 * such as http://host/ontology#i123, whose `#` is no comment). */
static size_t comment_start(const char *text, size_t start, size_t end)
{
    for (size_t i = start; i < end; i++) {
        if (text[i] == '#' && (i == start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
            return i;
        }
    }
    return end;
}

/* Whether the line can be the hash's: its first field starts with the 64 hex digits (any
 * case). Most lines of a large token file are someone else's; this skips their parsing. */
static int may_match(const char *line, size_t len, const char *hash)
{
    size_t pos = 0;
    while (pos < len && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\r')) {
        pos++;
    }
    return len - pos >= 64 && strncasecmp(line + pos, hash, 64) == 0;
}

/* The token of "Bearer <token>", NULL when the header has another shape. */
static const char *bearer(const char *authorization, size_t *len)
{
    if (!authorization || strncasecmp(authorization, "Bearer ", 7) != 0) {
        return NULL;
    }
    const char *t = authorization + 7;
    while (*t == ' ') {
        t++;
    }
    *len = strlen(t);
    while (*len && (t[*len - 1] == ' ' || t[*len - 1] == '\t')) {
        (*len)--;
    }
    return *len && *len <= TQ_HTTP_MAX_TOKEN ? t : NULL;
}

int tq_http_auth_text(const char *authorization, const char *text, size_t len, tq_http_user *user,
                      tq_http_error *err)
{
    size_t tlen;
    const char *token = bearer(authorization, &tlen);
    if (!token) {
        return tq_http_fail(err, 401, "Authentication required: Authorization: Bearer <token>");
    }
    char hash[65];
    tq_http_sha256_hex(token, tlen, hash);
    int found = 0;
    for (size_t start = 0; start <= len && !found;) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (may_match(text + start, end - start, hash)) {
            found = match_line(text + start, comment_start(text, start, end) - start, hash, user);
        }
        start = end + 1;
    }
    return found ? 0 : tq_http_fail(err, 401, "Invalid token");
}

int tq_http_auth_file(const char *authorization, const char *path, tq_http_user *user, tq_http_error *err)
{
    if (!path || !*path) {
        return tq_http_fail(err, 401, "Authentication required: no API tokens are configured");
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        return tq_http_fail(err, 500, "Cannot read the API token file %s: %s", path, strerror(errno));
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && st.st_size > 0 && st.st_size < TQ_HTTP_MAX_TOKEN_FILE
        && (buf = malloc((size_t)st.st_size + 1)) != NULL) {
        cap = (size_t)st.st_size + 1;          /* one read for the whole file; more if it grew */
    }
    for (;;) {
        if (len == cap) {
            char *nb = cap < TQ_HTTP_MAX_TOKEN_FILE ? realloc(buf, cap ? cap * 2 : 4096) : NULL;
            if (!nb) {
                rc = tq_http_fail(err, 500, "The API token file %s is too large", path);
                break;
            }
            buf = nb;
            cap = cap ? cap * 2 : 4096;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) {
            break;
        }
    }
    fclose(f);
    if (rc == 0) {
        rc = tq_http_auth_text(authorization, buf ? buf : "", len, user, err);
    }
    free(buf);
    return rc;
}
