/*
 * tq_sigv4: AWS Signature Version 4 for one HTTP request (header form, AWS4-HMAC-SHA256).
 * We sign ourselves rather than through libcurl's CURLOPT_AWS_SIGV4: libcurl 7.88 (Debian 12)
 * does not sort the query string, so it misses AWS's published "get-vanilla-query-order-key-case"
 * vector, and it sends X-Amz-Date twice when the caller sets it; our own signer is checked
 * against the published vectors step by step (canonical request, string to sign, signature).
 * May touch: libcrypto (SHA-256, HMAC), libc.
 */
#ifndef TQ_SIGV4_H
#define TQ_SIGV4_H

#include <stddef.h>
#include <time.h>
#include "common/tq_error.h"

typedef struct tq_sigv4_header {
    const char *name;    /* any case; signed lower-cased */
    const char *value;   /* trimmed, runs of spaces folded, when signed */
} tq_sigv4_header;

typedef struct tq_sigv4_request {
    const char *method;             /* "GET", "POST" */
    const char *url;                /* scheme://host[:port]/path[?query]; the Host signed comes from here */
    const tq_sigv4_header *headers; /* headers to sign besides host, x-amz-date and x-amz-security-token */
    size_t nheaders;
    const char *body;               /* may be NULL when body_len is 0 */
    size_t body_len;
} tq_sigv4_request;

typedef struct tq_sigv4_credentials {
    const char *access_key;
    const char *secret_key;
    const char *session_token;      /* NULL or "" for long-term keys; signed as x-amz-security-token */
} tq_sigv4_credentials;

typedef struct tq_sigv4_result {
    char amz_date[17];              /* send as X-Amz-Date: 20150830T123600Z */
    char host[256];                 /* the Host value that was signed (host[:port]) */
    char signature[65];             /* lower-case hex */
    char *canonical_request;        /* malloc'd, for tests and debugging */
    char *string_to_sign;
    char *signed_headers;           /* "content-type;host;x-amz-date" */
    char *authorization;            /* send as Authorization: ... */
} tq_sigv4_result;

/* Signs req at time `when` (UTC). Fills out (free with tq_sigv4_result_free, also after an
 * error). The caller sends X-Amz-Date, Authorization, Host = out->host and, with a session
 * token, X-Amz-Security-Token. */
int tq_sigv4_sign(const tq_sigv4_request *req, const char *region, const char *service,
                  const tq_sigv4_credentials *cred, time_t when, tq_sigv4_result *out,
                  tq_error *err);
void tq_sigv4_result_free(tq_sigv4_result *r);

/* The derived key HMAC chain ("AWS4"+secret, date, region, service, "aws4_request") as hex. */
int tq_sigv4_signing_key_hex(const char *secret, const char *date8, const char *region,
                             const char *service, char out_hex[65]);

/* Lower-case hex SHA-256 of data. */
void tq_sigv4_sha256_hex(const void *data, size_t len, char out_hex[65]);

#endif
