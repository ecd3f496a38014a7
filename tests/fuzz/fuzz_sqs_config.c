/*
 * Fuzz target: the AWS shared files (~/.aws/config and ~/.aws/credentials) as
 * src/sqs/tq_sqs_config.c reads them. The input is "<profile>\n<config file>\f<credentials
 * file>" (form feed between the files); both are written to a private directory and named
 * by AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, every other AWS_* variable is unset.
 * Properties: no crash; a resolved configuration has region, keys and an http(s) endpoint
 * ending its host with a path.
 * May touch: src/sqs (config), libc (files, environment).
 */
#include <unistd.h>
#include "fuzz.h"
#include "sqs/tq_sqs.h"

static char dir[64];
static char conf_path[96];
static char cred_path[96];

static void write_file(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        abort();
    }
    fwrite(s, 1, n, f);
    fclose(f);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    snprintf(dir, sizeof(dir), "/tmp/tq-fuzz-aws-XXXXXX");
    if (!mkdtemp(dir)) {
        abort();
    }
    snprintf(conf_path, sizeof(conf_path), "%s/config", dir);
    snprintf(cred_path, sizeof(cred_path), "%s/credentials", dir);
    static const char *vars[] = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL",
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "HOME"};
    for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
        unsetenv(vars[i]);
    }
    setenv("AWS_CONFIG_FILE", conf_path, 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", cred_path, 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const uint8_t *nl = memchr(data, '\n', size);
    size_t plen = nl ? (size_t)(nl - data) : 0;
    const char *files = nl ? s + plen + 1 : s;
    size_t flen = size - (size_t)(files - s);
    const char *ff = memchr(files, '\f', flen);
    size_t clen = ff ? (size_t)(ff - files) : flen;
    write_file(conf_path, files, clen);
    write_file(cred_path, ff ? ff + 1 : "", ff ? flen - clen - 1 : 0);

    char *profile = strndup(s, plen);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    tq_error err;
    if (*profile) {
        tq_sqs_config_set(&c, (size & 1) ? "profile" : "profile_hint", profile, &err);
    }
    if (tq_sqs_config_resolve(&c, &err) == 0) {
        FUZZ_CHECK(c.region && c.access_key && c.secret_key && c.endpoint, "unresolved");
        FUZZ_CHECK(strncasecmp(c.endpoint, "http", 4) == 0 && strchr(strstr(c.endpoint, "://") + 3, '/'),
                   "endpoint %s", c.endpoint);
    } else {
        FUZZ_CHECK(err.message[0] != '\0', "an error without a message");
    }
    tq_sqs_config_free(&c);
    free(profile);
    return 0;
}
