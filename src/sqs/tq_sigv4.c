#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include "task/tq_json.h"
#include "sqs/tq_sigv4.h"

static const char hexdig[] = "0123456789abcdef";

/* ASCII only: AWS computes the same bytes whatever our process's C locale says. */
static char ascii_lower(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static void to_hex(const unsigned char *in, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hexdig[in[i] >> 4];
        out[2 * i + 1] = hexdig[in[i] & 15];
    }
    out[2 * n] = '\0';
}

void tq_sigv4_sha256_hex(const void *data, size_t len, char out_hex[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_Digest(data ? data : "", len, md, &mdlen, EVP_sha256(), NULL);
    to_hex(md, mdlen, out_hex);
}

static int hmac(const unsigned char *key, size_t keylen, const char *msg, size_t msglen,
                unsigned char out[32])
{
    unsigned int outlen = 0;
    if (!HMAC(EVP_sha256(), key, (int)keylen, (const unsigned char *)msg, msglen, out, &outlen)
        || outlen != 32) {
        return -1;
    }
    return 0;
}

static int signing_key(const char *secret, const char *date8, const char *region,
                       const char *service, unsigned char key[32])
{
    size_t slen = strlen(secret);
    char *k0 = malloc(slen + 5);
    if (!k0) {
        return -1;
    }
    memcpy(k0, "AWS4", 4);
    memcpy(k0 + 4, secret, slen + 1);
    unsigned char a[32], b[32];
    int rc = hmac((unsigned char *)k0, slen + 4, date8, strlen(date8), a)
          | hmac(a, 32, region, strlen(region), b)
          | hmac(b, 32, service, strlen(service), a)
          | hmac(a, 32, "aws4_request", 12, key);
    /* the secret-derived copy must not linger on the heap */
    OPENSSL_cleanse(k0, slen + 4);
    free(k0);
    OPENSSL_cleanse(a, sizeof(a));
    OPENSSL_cleanse(b, sizeof(b));
    return rc ? -1 : 0;
}

int tq_sigv4_signing_key_hex(const char *secret, const char *date8, const char *region,
                             const char *service, char out_hex[65])
{
    unsigned char key[32];
    if (signing_key(secret, date8, region, service, key) != 0) {
        return -1;
    }
    to_hex(key, 32, out_hex);
    OPENSSL_cleanse(key, sizeof(key));
    return 0;
}

/* ---- URL pieces ---------------------------------------------------------------------- */

typedef struct url_parts {
    char host[256];        /* host[:port], port only when not the scheme's default */
    const char *path;      /* into the URL; up to path_len */
    size_t path_len;
    const char *query;     /* after '?', up to query_len; NULL when absent */
    size_t query_len;
} url_parts;

static int parse_url(const char *url, url_parts *u, tq_error *err)
{
    const char *p = strstr(url, "://");
    if (!p) {
        return tq_error_set(err, TQ_ERR_INVALID, "SigV4: URL '%s' has no scheme", url);
    }
    int https = (size_t)(p - url) == 5 && strncasecmp(url, "https", 5) == 0;
    const char *auth = p + 3;
    const char *auth_end = auth + strcspn(auth, "/?#");
    const char *at = memchr(auth, '@', (size_t)(auth_end - auth));
    if (at) {
        auth = at + 1;
    }
    size_t alen = (size_t)(auth_end - auth);
    if (alen == 0 || alen >= sizeof(u->host)) {
        return tq_error_set(err, TQ_ERR_INVALID, "SigV4: URL '%s' has no usable host", url);
    }
    /* the port goes into Host only when it is not the default one, as HTTP clients send it */
    const char *colon = NULL;
    const char *bracket = memchr(auth, ']', alen);
    colon = memchr(bracket ? bracket : auth, ':', (size_t)(auth_end - (bracket ? bracket : auth)));
    size_t hlen = alen;
    if (colon) {
        const char *port = colon + 1;
        size_t plen = (size_t)(auth_end - port);
        if (plen == 0 || (https && plen == 3 && memcmp(port, "443", 3) == 0)
            || (!https && plen == 2 && memcmp(port, "80", 2) == 0)) {
            hlen = (size_t)(colon - auth);
        }
    }
    for (size_t i = 0; i < hlen; i++) {
        u->host[i] = ascii_lower(auth[i]);
    }
    u->host[hlen] = '\0';
    const char *rest = auth_end;
    size_t plen = strcspn(rest, "?#");
    u->path = rest;
    u->path_len = plen;
    u->query = NULL;
    u->query_len = 0;
    if (rest[plen] == '?') {
        u->query = rest + plen + 1;
        u->query_len = strcspn(u->query, "#");
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decodes s[0..n) into out (which holds n+1). '+' stays '+'. */
static size_t pct_decode(const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int h, l;
        if (s[i] == '%' && i + 2 < n && (h = hexval((unsigned char)s[i + 1])) >= 0
            && (l = hexval((unsigned char)s[i + 2])) >= 0) {
            out[o++] = (char)(h * 16 + l);
            i += 2;
        } else {
            out[o++] = s[i];
        }
    }
    out[o] = '\0';
    return o;
}

static int is_unreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.' || c == '~';
}

/* RFC 3986 encoding as SigV4 wants it: unreserved bytes as is, everything else %XX (upper). */
static int pct_encode(tq_buf *b, const char *s, size_t n, int keep_slash)
{
    static const char up[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_unreserved(c) || (keep_slash && c == '/')) {
            if (tq_buf_putc(b, (char)c) != 0) {
                return -1;
            }
        } else {
            char e[3] = {'%', up[c >> 4], up[c & 15]};
            if (tq_buf_append(b, e, 3) != 0) {
                return -1;
            }
        }
    }
    return 0;
}

/* Canonical URI: decoded, dot segments and empty segments removed (not for S3, whose keys
 * are taken literally), each byte outside the unreserved set percent-encoded once. */
static int canonical_uri(tq_buf *b, const url_parts *u, int normalize)
{
    if (u->path_len == 0) {
        return tq_buf_putc(b, '/');
    }
    char *dec = malloc(u->path_len + 1);
    if (!dec) {
        return -1;
    }
    size_t n = pct_decode(u->path, u->path_len, dec);
    int rc = 0;
    if (!normalize) {
        rc = pct_encode(b, dec, n, 1);
        free(dec);
        return rc;
    }
    /* segments kept, as (start, len) pairs over dec */
    size_t cap = n / 2 + 2, count = 0;
    size_t *seg = malloc(cap * 2 * sizeof(size_t));
    if (!seg) {
        free(dec);
        return -1;
    }
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && dec[j] != '/') {
            j++;
        }
        size_t len = j - i;
        if (len == 0 || (len == 1 && dec[i] == '.')) {
            /* empty or "." segment: dropped */
        } else if (len == 2 && dec[i] == '.' && dec[i + 1] == '.') {
            if (count > 0) {
                count--;
            }
        } else {
            seg[2 * count] = i;
            seg[2 * count + 1] = len;
            count++;
        }
        i = j + 1;
    }
    /* a trailing slash survives normalisation ("/example/" stays so) */
    int trailing = n > 1 && dec[n - 1] == '/';
    if (count == 0) {
        rc = tq_buf_putc(b, '/');
    }
    for (size_t k = 0; k < count && rc == 0; k++) {
        rc = tq_buf_putc(b, '/') | pct_encode(b, dec + seg[2 * k], seg[2 * k + 1], 0);
    }
    if (rc == 0 && trailing && count > 0) {
        rc = tq_buf_putc(b, '/');
    }
    free(seg);
    free(dec);
    return rc ? -1 : 0;
}

typedef struct kv {
    char *key;       /* encoded */
    char *value;     /* encoded */
    size_t order;
} kv;

static int kv_cmp(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c == 0) {
        c = strcmp(x->value, y->value);
    }
    return c;
}

static char *encode_piece(const char *s, size_t n)
{
    char *dec = malloc(n + 1);
    if (!dec) {
        return NULL;
    }
    size_t dn = pct_decode(s, n, dec);
    tq_buf b;
    tq_buf_init(&b);
    if (pct_encode(&b, dec, dn, 0) != 0) {
        free(dec);
        tq_buf_free(&b);
        return NULL;
    }
    free(dec);
    return tq_buf_steal(&b, NULL);
}

/* Canonical query: every name=value decoded then strictly re-encoded, sorted by name, then value. */
static int canonical_query(tq_buf *b, const url_parts *u)
{
    if (!u->query || u->query_len == 0) {
        return 0;
    }
    size_t cap = 1;
    for (size_t i = 0; i < u->query_len; i++) {
        cap += u->query[i] == '&';
    }
    kv *items = calloc(cap, sizeof(kv));
    if (!items) {
        return -1;
    }
    size_t n = 0;
    int rc = 0;
    const char *p = u->query, *end = u->query + u->query_len;
    while (p < end && rc == 0) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *pe = amp ? amp : end;
        if (pe > p) {
            const char *eq = memchr(p, '=', (size_t)(pe - p));
            const char *ke = eq ? eq : pe;
            items[n].key = encode_piece(p, (size_t)(ke - p));
            items[n].value = eq ? encode_piece(eq + 1, (size_t)(pe - eq - 1)) : strdup("");
            items[n].order = n;
            if (!items[n].key || !items[n].value) {
                rc = -1;
            }
            n++;
        }
        p = pe + 1;
    }
    if (rc == 0) {
        qsort(items, n, sizeof(kv), kv_cmp);
        for (size_t i = 0; i < n && rc == 0; i++) {
            if (i > 0) {
                rc |= tq_buf_putc(b, '&');
            }
            rc |= tq_buf_append(b, items[i].key, strlen(items[i].key));
            rc |= tq_buf_putc(b, '=');
            rc |= tq_buf_append(b, items[i].value, strlen(items[i].value));
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(items[i].key);
        free(items[i].value);
    }
    free(items);
    return rc ? -1 : 0;
}

/* ---- headers ------------------------------------------------------------------------- */

typedef struct hdr {
    char *name;       /* lower-case */
    char *value;      /* trimmed, spaces folded */
    size_t order;
} hdr;

static int hdr_cmp(const void *a, const void *b)
{
    const hdr *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c == 0) {
        c = x->order < y->order ? -1 : x->order > y->order;
    }
    return c;
}

static char *lower_dup(const char *s)
{
    char *d = strdup(s);
    for (char *p = d; p && *p; p++) {
        *p = ascii_lower(*p);
    }
    return d;
}

static char *trim_fold(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (!d) {
        return NULL;
    }
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = o > 0;
            continue;
        }
        if (space) {
            d[o++] = ' ';
            space = 0;
        }
        d[o++] = (char)c;
    }
    d[o] = '\0';
    return d;
}

static int push_hdr(hdr *h, size_t *n, const char *name, const char *value)
{
    h[*n].name = lower_dup(name);
    h[*n].value = trim_fold(value);
    h[*n].order = *n;
    (*n)++;
    return (h[*n - 1].name && h[*n - 1].value) ? 0 : -1;
}

/* canonical headers ("name:v1,v2\n" per name) and signed headers ("a;b;c") */
static int canonical_headers(const tq_sigv4_request *req, const char *host, const char *amz_date,
                             const char *token, tq_buf *canon, tq_buf *signed_names)
{
    size_t cap = req->nheaders + 3, n = 0;
    hdr *h = calloc(cap, sizeof(hdr));
    if (!h) {
        return -1;
    }
    int rc = 0, have_host = 0;
    for (size_t i = 0; i < req->nheaders; i++) {
        const char *nm = req->headers[i].name;
        /* the signer owns these three: a caller's copy would be signed twice */
        if (strcasecmp(nm, "x-amz-date") == 0 || strcasecmp(nm, "x-amz-security-token") == 0
            || strcasecmp(nm, "authorization") == 0) {
            continue;
        }
        have_host |= strcasecmp(nm, "host") == 0;
        rc |= push_hdr(h, &n, nm, req->headers[i].value ? req->headers[i].value : "");
    }
    if (!have_host) {
        rc |= push_hdr(h, &n, "host", host);
    }
    rc |= push_hdr(h, &n, "x-amz-date", amz_date);
    if (token && *token) {
        rc |= push_hdr(h, &n, "x-amz-security-token", token);
    }
    if (rc == 0) {
        qsort(h, n, sizeof(hdr), hdr_cmp);
        for (size_t i = 0; i < n && rc == 0; i++) {
            int same = i > 0 && strcmp(h[i].name, h[i - 1].name) == 0;
            if (same) {
                /* repeated header: values joined by commas in the order given */
                canon->len--;   /* drop the '\n' */
                rc |= tq_buf_putc(canon, ',');
            } else {
                if (i > 0) {
                    rc |= tq_buf_putc(signed_names, ';');
                }
                rc |= tq_buf_append(signed_names, h[i].name, strlen(h[i].name));
                rc |= tq_buf_append(canon, h[i].name, strlen(h[i].name));
                rc |= tq_buf_putc(canon, ':');
            }
            rc |= tq_buf_append(canon, h[i].value, strlen(h[i].value));
            rc |= tq_buf_putc(canon, '\n');
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(h[i].name);
        free(h[i].value);
    }
    free(h);
    return rc ? -1 : 0;
}

void tq_sigv4_result_free(tq_sigv4_result *r)
{
    free(r->canonical_request);
    free(r->string_to_sign);
    free(r->signed_headers);
    free(r->authorization);
    r->canonical_request = r->string_to_sign = r->signed_headers = r->authorization = NULL;
}

static int format_date(time_t when, char out[17])
{
    struct tm tm;
#ifdef _WIN32
    if (gmtime_s(&tm, &when) != 0) {
        return -1;
    }
#else
    if (!gmtime_r(&when, &tm)) {
        return -1;
    }
#endif
    return strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm) == 16 ? 0 : -1;
}

int tq_sigv4_sign(const tq_sigv4_request *req, const char *region, const char *service,
                  const tq_sigv4_credentials *cred, time_t when, tq_sigv4_result *out,
                  tq_error *err)
{
    memset(out, 0, sizeof(*out));
    if (!req->method || !req->url || !region || !*region || !service || !*service
        || !cred || !cred->access_key || !*cred->access_key || !cred->secret_key) {
        return tq_error_set(err, TQ_ERR_INVALID,
                            "SigV4: method, URL, region, service and access key are all needed");
    }
    url_parts u;
    if (parse_url(req->url, &u, err) != 0) {
        return -1;
    }
    if (format_date(when, out->amz_date) != 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "SigV4: cannot format the request time");
    }
    snprintf(out->host, sizeof(out->host), "%s", u.host);
    for (size_t i = 0; i < req->nheaders; i++) {
        if (strcasecmp(req->headers[i].name, "host") == 0 && req->headers[i].value) {
            snprintf(out->host, sizeof(out->host), "%s", req->headers[i].value);
        }
    }

    tq_buf creq, names, sts, auth;
    tq_buf_init(&creq);
    tq_buf_init(&names);
    tq_buf_init(&sts);
    tq_buf_init(&auth);
    char payload[65], creq_hash[65], date8[9], scope[256];
    int rc = 0;
    memcpy(date8, out->amz_date, 8);
    date8[8] = '\0';
    snprintf(scope, sizeof(scope), "%s/%s/%s/aws4_request", date8, region, service);
    tq_sigv4_sha256_hex(req->body, req->body_len, payload);

    rc |= tq_buf_append(&creq, req->method, strlen(req->method));
    rc |= tq_buf_putc(&creq, '\n');
    rc |= canonical_uri(&creq, &u, strcmp(service, "s3") != 0);
    rc |= tq_buf_putc(&creq, '\n');
    rc |= canonical_query(&creq, &u);
    rc |= tq_buf_putc(&creq, '\n');
    rc |= canonical_headers(req, out->host, out->amz_date, cred->session_token, &creq, &names);
    rc |= tq_buf_putc(&creq, '\n');
    if (rc == 0) {
        rc |= tq_buf_append(&creq, names.data, names.len);
    }
    rc |= tq_buf_putc(&creq, '\n');
    rc |= tq_buf_append(&creq, payload, 64);
    if (rc != 0) {
        goto oom;
    }
    tq_sigv4_sha256_hex(creq.data, creq.len, creq_hash);

    const char *lines[] = {"AWS4-HMAC-SHA256\n", out->amz_date, "\n", scope, "\n", creq_hash};
    for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
        rc |= tq_buf_append(&sts, lines[i], strlen(lines[i]));
    }
    if (rc != 0) {
        goto oom;
    }

    unsigned char key[32], sig[32];
    if (signing_key(cred->secret_key, date8, region, service, key) != 0
        || hmac(key, 32, sts.data, sts.len, sig) != 0) {
        OPENSSL_cleanse(key, sizeof(key));
        tq_buf_free(&creq);
        tq_buf_free(&names);
        tq_buf_free(&sts);
        return tq_error_set(err, TQ_ERR_IO, "SigV4: HMAC-SHA256 failed in libcrypto");
    }
    OPENSSL_cleanse(key, sizeof(key));
    to_hex(sig, 32, out->signature);

    const char *parts[] = {"AWS4-HMAC-SHA256 Credential=", cred->access_key, "/", scope,
                           ", SignedHeaders=", names.data, ", Signature=", out->signature};
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        rc |= tq_buf_append(&auth, parts[i], strlen(parts[i]));
    }
    if (rc != 0) {
        goto oom;
    }
    out->canonical_request = tq_buf_steal(&creq, NULL);
    out->string_to_sign = tq_buf_steal(&sts, NULL);
    out->signed_headers = tq_buf_steal(&names, NULL);
    out->authorization = tq_buf_steal(&auth, NULL);
    return 0;

oom:
    tq_buf_free(&creq);
    tq_buf_free(&names);
    tq_buf_free(&sts);
    tq_buf_free(&auth);
    return tq_error_set(err, TQ_ERR_NOMEM, "SigV4: out of memory");
}
