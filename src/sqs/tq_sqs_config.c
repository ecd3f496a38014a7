/* tq_sqs configuration: explicit values first, then what the AWS SDKs read (environment,
 * shared credentials and config files), with messages that name every place looked at. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sqs/tq_sqs.h"

void tq_sqs_config_init(tq_sqs_config *c)
{
    memset(c, 0, sizeof(*c));
    c->max_attempts = 5;
    c->base_delay_ms = 100;
    c->max_delay_ms = 5000;
    c->max_retry_ms = 20000;
    c->connect_timeout_ms = 5000;
    c->request_timeout_ms = 30000;
    c->wait_time_seconds = 20;
    c->visibility_timeout = 600;
}

void tq_sqs_config_free(tq_sqs_config *c)
{
    char **fields[] = {&c->region, &c->access_key, &c->secret_key, &c->session_token,
                       &c->profile, &c->endpoint, &c->source, &c->profile_hint};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        free(*fields[i]);
        *fields[i] = NULL;
    }
}

static int set_str(char **field, const char *value, tq_error *err)
{
    char *copy = NULL;
    if (value && *value) {
        copy = strdup(value);
        if (!copy) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    free(*field);
    *field = copy;
    return 0;
}

int tq_sqs_config_set(tq_sqs_config *c, const char *key, const char *value, tq_error *err)
{
    static const struct { const char *name; size_t offset; } keys[] = {
        {"region", offsetof(tq_sqs_config, region)},
        {"key", offsetof(tq_sqs_config, access_key)},
        {"credentials.key", offsetof(tq_sqs_config, access_key)},
        {"secret", offsetof(tq_sqs_config, secret_key)},
        {"credentials.secret", offsetof(tq_sqs_config, secret_key)},
        {"token", offsetof(tq_sqs_config, session_token)},
        {"credentials.token", offsetof(tq_sqs_config, session_token)},
        {"profile", offsetof(tq_sqs_config, profile)},
        {"endpoint", offsetof(tq_sqs_config, endpoint)},
        {"source", offsetof(tq_sqs_config, source)},
        {"profile_hint", offsetof(tq_sqs_config, profile_hint)},
    };
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (strcmp(key, keys[i].name) == 0) {
            return set_str((char **)((char *)c + keys[i].offset), value, err);
        }
    }
    return tq_error_set(err, TQ_ERR_INVALID, "unknown AWS setting '%s' (known: region, "
                        "credentials.key, credentials.secret, credentials.token, profile, endpoint)", key);
}

/* snprintf that may cut: for the "found in ..." notes, where a cut path is acceptable */
static void note(char *dst, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst, n, fmt, ap);
    va_end(ap);
}

static const char *env(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

/* ---- shared files: the ini dialect of ~/.aws/credentials and ~/.aws/config ------------ */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) {
        s++;
    }
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) {
        *--e = '\0';
    }
    return s;
}

/* Does the header text (inside the brackets) name this profile? In the config file a profile
 * is "[profile NAME]" (and the default one also "[default]"); in credentials it is "[NAME]". */
static int section_matches(char *hdr, const char *profile, int config_style)
{
    hdr = trim(hdr);
    if (config_style) {
        if (strncmp(hdr, "profile", 7) == 0 && isspace((unsigned char)hdr[7])) {
            return strcmp(trim(hdr + 8), profile) == 0;
        }
        return strcmp(profile, "default") == 0 && strcmp(hdr, "default") == 0;
    }
    return strcmp(hdr, profile) == 0;
}

typedef enum { INI_NO_FILE = -1, INI_NO_KEY = 0, INI_FOUND = 1 } ini_result;

/* Looks key up in the profile's section. Indented lines continue a nested value (as in
 * "s3 =\n  addressing_style = path") and are skipped. *has_profile tells whether the
 * section exists at all. */
/* The value of key in profile's section of an AWS ini file, whole (a line of any length:
 * session tokens run to several KB); *value is malloc()ed, the caller frees it. */
static ini_result ini_find(const char *path, const char *profile, int config_style, const char *key,
                           char **value, int *has_profile)
{
    *value = NULL;
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) {
        return INI_NO_FILE;
    }
    char *line = NULL;
    size_t cap = 0;
    int in = 0;
    ini_result r = INI_NO_KEY;
    while (getline(&line, &cap, f) >= 0) {
        if (line[0] == ' ' || line[0] == '\t') {
            continue;
        }
        char *s = trim(line);
        if (*s == '#' || *s == ';' || *s == '\0') {
            continue;
        }
        if (*s == '[') {
            char *close = strrchr(s, ']');
            if (close) {
                *close = '\0';
                in = section_matches(s + 1, profile, config_style);
                if (in && has_profile) {
                    *has_profile = 1;
                }
            }
            continue;
        }
        char *eq = strchr(s, '=');
        if (!in || !eq) {
            continue;
        }
        *eq = '\0';
        if (strcasecmp(trim(s), key) == 0) {
            char *v = strdup(trim(eq + 1));
            if (v) {
                free(*value);
                *value = v;
                r = INI_FOUND;   /* the last one wins, as in the SDKs' parsers */
            }
        }
    }
    free(line);
    fclose(f);
    return r;
}

/* ini_find() into a buffer; a value that does not fit counts as absent rather than cut. */
static ini_result ini_get(const char *path, const char *profile, int config_style, const char *key,
                          char *out, size_t outsz, int *has_profile)
{
    char *v = NULL;
    ini_result r = ini_find(path, profile, config_style, key, &v, has_profile);
    if (r == INI_FOUND) {
        if (strlen(v) < outsz) {
            memcpy(out, v, strlen(v) + 1);
        } else {
            r = INI_NO_KEY;
        }
    }
    free(v);
    return r;
}

typedef struct files {
    char credentials[1024];
    char config[1024];
    const char *profile;
    char profile_from[64];
} files;

static void locate_files(files *fs, const tq_sqs_config *c)
{
    const char *home = env("HOME");
#ifdef _WIN32
    if (!home) {
        home = env("USERPROFILE");
    }
#endif
    const char *cred = env("AWS_SHARED_CREDENTIALS_FILE");
    const char *conf = env("AWS_CONFIG_FILE");
    if (cred) {
        snprintf(fs->credentials, sizeof(fs->credentials), "%s", cred);
    } else if (home) {
        snprintf(fs->credentials, sizeof(fs->credentials), "%s/.aws/credentials", home);
    } else {
        fs->credentials[0] = '\0';
    }
    if (conf) {
        snprintf(fs->config, sizeof(fs->config), "%s", conf);
    } else if (home) {
        snprintf(fs->config, sizeof(fs->config), "%s/.aws/config", home);
    } else {
        fs->config[0] = '\0';
    }
    if (c->profile) {
        fs->profile = c->profile;
        snprintf(fs->profile_from, sizeof(fs->profile_from), "%s", "configured");
    } else if (c->profile_hint) {
        fs->profile = c->profile_hint;
        snprintf(fs->profile_from, sizeof(fs->profile_from), "%s", "given to the broker");
    } else if (env("AWS_PROFILE")) {
        fs->profile = env("AWS_PROFILE");
        snprintf(fs->profile_from, sizeof(fs->profile_from), "%s", "from AWS_PROFILE");
    } else {
        fs->profile = "default";
        fs->profile_from[0] = '\0';
    }
}

static const char *file_label(const char *path)
{
    return path[0] ? path : "(no HOME, no file)";
}

static const char *source_label(const tq_sqs_config *c)
{
    return c->source ? c->source : "the broker options";
}

/* ---- region ------------------------------------------------------------------------- */

static int resolve_region(tq_sqs_config *c, const files *fs, tq_error *err)
{
    char buf[128];
    const char *v = NULL;
    if (c->region) {
        note(c->region_from, sizeof(c->region_from), "%s", source_label(c));
        return 0;
    }
    if ((v = env("AWS_REGION"))) {
        note(c->region_from, sizeof(c->region_from), "AWS_REGION");
    } else if ((v = env("AWS_DEFAULT_REGION"))) {
        note(c->region_from, sizeof(c->region_from), "AWS_DEFAULT_REGION");
    } else if (ini_get(fs->config, fs->profile, 1, "region", buf, sizeof(buf), NULL) == INI_FOUND
               && buf[0]) {
        v = buf;
        note(c->region_from, sizeof(c->region_from), "profile '%s' in %s", fs->profile, fs->config);
    }
    if (!v) {
        return tq_error_set(err, TQ_ERR_INVALID,
                            "no AWS region for SQS: looked for 'region' in %s, the environment "
                            "variables AWS_REGION and AWS_DEFAULT_REGION, and 'region' in profile "
                            "'%s' of %s", source_label(c), fs->profile, file_label(fs->config));
    }
    return set_str(&c->region, v, err);
}

/* ---- credentials -------------------------------------------------------------------- */

static int from_profile(tq_sqs_config *c, const char *path, const char *profile, int config_style,
                        int *has_profile, tq_error *err)
{
    char key[256], secret[256];
    if (ini_get(path, profile, config_style, "aws_access_key_id", key, sizeof(key), has_profile) != INI_FOUND
        || ini_get(path, profile, config_style, "aws_secret_access_key", secret, sizeof(secret), NULL) != INI_FOUND
        || !key[0] || !secret[0]) {
        return 0;
    }
    char *token = NULL;    /* whole: STS session tokens are often longer than 2 KB */
    ini_find(path, profile, config_style, "aws_session_token", &token, NULL);
    int bad = set_str(&c->access_key, key, err) || set_str(&c->secret_key, secret, err)
        || set_str(&c->session_token, token, err);
    free(token);
    if (bad) {
        return -1;
    }
    note(c->credentials_from, sizeof(c->credentials_from), "profile '%s' in %s", profile, path);
    return 1;
}

/* A profile may hold what taskqueue cannot use (roles, SSO, processes): say so. */
static const char *unsupported_source(const files *fs)
{
    static const char *keys[] = {"role_arn", "credential_process", "sso_session", "sso_start_url",
                                 "web_identity_token_file"};
    char buf[512];
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (ini_get(fs->config, fs->profile, 1, keys[i], buf, sizeof(buf), NULL) == INI_FOUND
            || ini_get(fs->credentials, fs->profile, 0, keys[i], buf, sizeof(buf), NULL) == INI_FOUND) {
            return keys[i];
        }
    }
    return NULL;
}

static int resolve_credentials(tq_sqs_config *c, const files *fs, tq_error *err)
{
    if (c->access_key && c->secret_key) {
        note(c->credentials_from, sizeof(c->credentials_from), "%s", source_label(c));
        return 0;
    }
    if (c->access_key || c->secret_key) {
        return tq_error_set(err, TQ_ERR_INVALID, "incomplete AWS credentials in %s: '%s' is set "
                            "but '%s' is not", source_label(c),
                            c->access_key ? "credentials.key" : "credentials.secret",
                            c->access_key ? "credentials.secret" : "credentials.key");
    }
    /* A profile named in the configuration is used alone, as the SDKs do; otherwise the
     * environment comes before the files. */
    int env_looked = !c->profile;
    if (env_looked && env("AWS_ACCESS_KEY_ID") && env("AWS_SECRET_ACCESS_KEY")) {
        if (set_str(&c->access_key, env("AWS_ACCESS_KEY_ID"), err)
            || set_str(&c->secret_key, env("AWS_SECRET_ACCESS_KEY"), err)
            || set_str(&c->session_token, env("AWS_SESSION_TOKEN"), err)) {
            return -1;
        }
        note(c->credentials_from, sizeof(c->credentials_from), "AWS_ACCESS_KEY_ID");
        return 0;
    }
    int has_profile = 0, r;
    if ((r = from_profile(c, fs->credentials, fs->profile, 0, &has_profile, err)) != 0
        || (r = from_profile(c, fs->config, fs->profile, 1, &has_profile, err)) != 0) {
        return r < 0 ? -1 : 0;
    }
    const char *unsupported = unsupported_source(fs);
    char extra[160] = "";
    if (unsupported) {
        snprintf(extra, sizeof(extra), "; profile '%s' uses %s, which taskqueue does not "
                 "support (give keys instead)", fs->profile, unsupported);
    } else if (!has_profile && fs->profile_from[0]) {
        snprintf(extra, sizeof(extra), "; profile '%s' (%s) is in neither file", fs->profile,
                 fs->profile_from);
    }
    return tq_error_set(err, TQ_ERR_INVALID,
                        "no AWS credentials for SQS: looked for credentials.key/secret in %s%s, "
                        "then aws_access_key_id/aws_secret_access_key in profile '%s' of %s and "
                        "of %s%s", source_label(c),
                        env_looked ? ", the environment variables AWS_ACCESS_KEY_ID and "
                                     "AWS_SECRET_ACCESS_KEY" : "",
                        fs->profile, file_label(fs->credentials), file_label(fs->config), extra);
}

/* ---- endpoint ----------------------------------------------------------------------- */

static int resolve_endpoint(tq_sqs_config *c, const files *fs, tq_error *err)
{
    char buf[512];
    const char *v = NULL;
    int ignore_configured = env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
                            && strcasecmp(env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true") == 0;
    if (c->endpoint) {
        v = c->endpoint;
        note(c->endpoint_from, sizeof(c->endpoint_from), "%s", source_label(c));
    } else if (!ignore_configured && (v = env("AWS_ENDPOINT_URL_SQS"))) {
        note(c->endpoint_from, sizeof(c->endpoint_from), "AWS_ENDPOINT_URL_SQS");
    } else if (!ignore_configured && (v = env("AWS_ENDPOINT_URL"))) {
        note(c->endpoint_from, sizeof(c->endpoint_from), "AWS_ENDPOINT_URL");
    } else if (!ignore_configured
               && ini_get(fs->config, fs->profile, 1, "endpoint_url", buf, sizeof(buf), NULL) == INI_FOUND
               && buf[0]) {
        v = buf;
        note(c->endpoint_from, sizeof(c->endpoint_from), "profile '%s' in %s", fs->profile, fs->config);
    } else {
        /* the regional endpoint; China's partition has its own domain */
        snprintf(buf, sizeof(buf), "https://sqs.%s.amazonaws.com%s", c->region,
                 strncmp(c->region, "cn-", 3) == 0 ? ".cn" : "");
        v = buf;
        note(c->endpoint_from, sizeof(c->endpoint_from), "the region's default");
    }
    if (strncasecmp(v, "http://", 7) != 0 && strncasecmp(v, "https://", 8) != 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS endpoint '%s' (from %s) is not an http:// "
                            "or https:// URL", v, c->endpoint_from);
    }
    /* requests go to the endpoint's root path: make sure there is one */
    const char *path = strchr(strstr(v, "://") + 3, '/');
    char *copy = malloc(strlen(v) + 2);
    if (!copy) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    sprintf(copy, "%s%s", v, path ? "" : "/");
    free(c->endpoint);
    c->endpoint = copy;
    return 0;
}

int tq_sqs_config_resolve(tq_sqs_config *c, tq_error *err)
{
    files fs;
    locate_files(&fs, c);
    if (resolve_region(c, &fs, err) != 0 || resolve_credentials(c, &fs, err) != 0
        || resolve_endpoint(c, &fs, err) != 0) {
        return -1;
    }
    return 0;
}
