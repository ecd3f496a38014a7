/* tq_sqs configuration: explicit values, AWS_* variables and the shared credentials/config
 * files in temporary directories, resolved in the AWS SDKs' order; the messages for a
 * missing region or missing credentials name the setting and every place looked at. */
#include "helpers.h"
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "sqs/tq_sqs.h"

static char tmpdir[256];

static const char *vars[] = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
    "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL",
    "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"};

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *path_of(const char *name)
{
    static char path[512];
    snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
    return path;
}

/* Each test starts from an empty AWS environment and a HOME without ~/.aws. */
static int clean_env(void **state)
{
    for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
        unsetenv(vars[i]);
    }
    snprintf(tmpdir, sizeof(tmpdir), "/tmp/tq_sqs_config_%d", (int)getpid());
    mkdir(tmpdir, 0700);
    setenv("HOME", tmpdir, 1);
    return 0;
}

static int remove_files(void **state)
{
    const char *names[] = {"credentials", "config", ".aws/credentials", ".aws/config"};
    for (size_t i = 0; i < 4; i++) {
        unlink(path_of(names[i]));
    }
    char aws[512];
    snprintf(aws, sizeof(aws), "%s/.aws", tmpdir);
    rmdir(aws);
    rmdir(tmpdir);
    return 0;
}

static void resolve_ok(tq_sqs_config *c)
{
    tq_error err;
    tq_error_clear(&err);
    if (tq_sqs_config_resolve(c, &err) != 0) {
        fail_msg("resolve failed: %s", err.message);
    }
}

static void test_environment_variables(void **state)
{
    setenv("AWS_ACCESS_KEY_ID", "AKENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
    setenv("AWS_SESSION_TOKEN", "tokenenv", 1);
    setenv("AWS_REGION", "eu-west-1", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKENV");
    assert_string_equal(c.secret_key, "secretenv");
    assert_string_equal(c.session_token, "tokenenv");
    assert_string_equal(c.region, "eu-west-1");
    assert_string_equal(c.region_from, "AWS_REGION");
    assert_string_equal(c.credentials_from, "AWS_ACCESS_KEY_ID");
    assert_string_equal(c.endpoint, "https://sqs.eu-west-1.amazonaws.com/");
    tq_sqs_config_free(&c);

    /* AWS_DEFAULT_REGION when AWS_REGION is unset; the China partition's domain */
    unsetenv("AWS_REGION");
    setenv("AWS_DEFAULT_REGION", "cn-north-1", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.region, "cn-north-1");
    assert_string_equal(c.region_from, "AWS_DEFAULT_REGION");
    assert_string_equal(c.endpoint, "https://sqs.cn-north-1.amazonaws.com.cn/");
    tq_sqs_config_free(&c);
}

static void test_endpoint_order(void **state)
{
    setenv("AWS_ACCESS_KEY_ID", "a", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "b", 1);
    setenv("AWS_REGION", "us-east-1", 1);
    setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1111", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.endpoint, "http://127.0.0.1:1111/");
    assert_string_equal(c.endpoint_from, "AWS_ENDPOINT_URL");
    tq_sqs_config_free(&c);

    setenv("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:2222/", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.endpoint, "http://127.0.0.1:2222/");
    assert_string_equal(c.endpoint_from, "AWS_ENDPOINT_URL_SQS");
    tq_sqs_config_free(&c);

    /* explicit (awsClient.conf.php 'endpoint') wins over both */
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "endpoint", "https://sqs.local:9000", NULL), 0);
    assert_int_equal(tq_sqs_config_set(&c, "source", "config/generis/awsClient.conf.php", NULL), 0);
    resolve_ok(&c);
    assert_string_equal(c.endpoint, "https://sqs.local:9000/");
    assert_string_equal(c.endpoint_from, "config/generis/awsClient.conf.php");
    tq_sqs_config_free(&c);

    /* AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true: back to the regional endpoint */
    setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.endpoint, "https://sqs.us-east-1.amazonaws.com/");
    tq_sqs_config_free(&c);

    unsetenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    tq_sqs_config_init(&c);
    tq_error err;
    assert_int_equal(tq_sqs_config_set(&c, "endpoint", "sqs.local:9000", NULL), 0);
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_non_null(strstr(err.message, "'sqs.local:9000'"));
    assert_non_null(strstr(err.message, "not an http:// or https:// URL"));
    tq_sqs_config_free(&c);
}

static void test_explicit_values_win(void **state)
{
    setenv("AWS_ACCESS_KEY_ID", "AKENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
    setenv("AWS_REGION", "eu-west-1", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "region", "ap-south-1", NULL), 0);
    assert_int_equal(tq_sqs_config_set(&c, "credentials.key", "AKCONF", NULL), 0);
    assert_int_equal(tq_sqs_config_set(&c, "credentials.secret", "secretconf", NULL), 0);
    resolve_ok(&c);
    assert_string_equal(c.region, "ap-south-1");
    assert_string_equal(c.access_key, "AKCONF");
    assert_null(c.session_token);
    assert_string_equal(c.credentials_from, "the broker options");
    tq_sqs_config_free(&c);

    tq_error err;
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "key", "AKCONF", NULL), 0);
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_string_equal(err.message, "incomplete AWS credentials in the broker options: "
                        "'credentials.key' is set but 'credentials.secret' is not");
    assert_int_equal(tq_sqs_config_set(&c, "version", "latest", &err), -1);
    assert_non_null(strstr(err.message, "unknown AWS setting 'version'"));
    tq_sqs_config_free(&c);
}

static void test_shared_files_and_profiles(void **state)
{
    write_file("credentials",
               "# comment\n[default]\naws_access_key_id = AKDEF\naws_secret_access_key=secretdef\n\n"
               "[dev]\n  ; indented lines belong to the previous key\naws_access_key_id  =  AKDEV \n"
               "aws_secret_access_key = secretdev\naws_session_token = tokdev\n");
    write_file("config",
               "[default]\nregion = us-west-2\n\n[profile dev]\nregion = eu-central-1\n"
               "s3 =\n  region = wrong-nested\nendpoint_url = http://127.0.0.1:4566\n"
               "[profile cfgkeys]\nregion=sa-east-1\naws_access_key_id=AKCFG\naws_secret_access_key=secretcfg\n");
    setenv("AWS_SHARED_CREDENTIALS_FILE", path_of("credentials"), 1);
    setenv("AWS_CONFIG_FILE", path_of("config"), 1);

    tq_sqs_config c;
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKDEF");
    assert_string_equal(c.region, "us-west-2");
    assert_null(c.session_token);
    assert_string_equal(c.endpoint, "https://sqs.us-west-2.amazonaws.com/");
    tq_sqs_config_free(&c);

    setenv("AWS_PROFILE", "dev", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKDEV");
    assert_string_equal(c.secret_key, "secretdev");
    assert_string_equal(c.session_token, "tokdev");
    assert_string_equal(c.region, "eu-central-1");
    assert_string_equal(c.endpoint, "http://127.0.0.1:4566/");
    char want[600];
    snprintf(want, sizeof(want), "profile 'dev' in %s", path_of("credentials"));
    assert_string_equal(c.credentials_from, want);
    tq_sqs_config_free(&c);

    /* keys kept in the config file's profile are found too */
    setenv("AWS_PROFILE", "cfgkeys", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKCFG");
    assert_string_equal(c.region, "sa-east-1");
    tq_sqs_config_free(&c);

    /* the environment's keys come before the files... */
    unsetenv("AWS_PROFILE");
    setenv("AWS_ACCESS_KEY_ID", "AKENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKENV");
    tq_sqs_config_free(&c);
    /* ...unless the configuration names a profile, which is then used alone */
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "profile", "dev", NULL), 0);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKDEV");
    tq_sqs_config_free(&c);
}

static void test_default_files_under_home(void **state)
{
    char aws[512];
    snprintf(aws, sizeof(aws), "%s/.aws", tmpdir);
    mkdir(aws, 0700);
    write_file(".aws/credentials", "[default]\naws_access_key_id=AKHOME\naws_secret_access_key=s\n");
    write_file(".aws/config", "[default]\nregion=eu-north-1\n");
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKHOME");
    assert_string_equal(c.region, "eu-north-1");
    tq_sqs_config_free(&c);
}

static void test_missing_region_names_every_place(void **state)
{
    setenv("AWS_ACCESS_KEY_ID", "a", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "b", 1);
    setenv("AWS_CONFIG_FILE", path_of("config"), 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "source", "config/generis/awsClient.conf.php", NULL), 0);
    tq_error err;
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    char want[800];
    snprintf(want, sizeof(want), "no AWS region for SQS: looked for 'region' in "
             "config/generis/awsClient.conf.php, the environment variables AWS_REGION and "
             "AWS_DEFAULT_REGION, and 'region' in profile 'default' of %s", path_of("config"));
    assert_string_equal(err.message, want);
    tq_sqs_config_free(&c);
}

static void test_missing_credentials_names_every_place(void **state)
{
    setenv("AWS_REGION", "us-east-1", 1);
    setenv("AWS_ACCESS_KEY_ID", "only-the-key", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    tq_error err;
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    char want[800];
    snprintf(want, sizeof(want), "no AWS credentials for SQS: looked for credentials.key/secret "
             "in the broker options, the environment variables AWS_ACCESS_KEY_ID and "
             "AWS_SECRET_ACCESS_KEY, then aws_access_key_id/aws_secret_access_key in profile "
             "'default' of %s/.aws/credentials and of %s/.aws/config", tmpdir, tmpdir);
    assert_string_equal(err.message, want);
    tq_sqs_config_free(&c);

    /* a profile that is nowhere, and one that needs what we do not support */
    write_file("config", "[profile role]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = default\n");
    setenv("AWS_CONFIG_FILE", path_of("config"), 1);
    setenv("AWS_PROFILE", "nowhere", 1);
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_non_null(strstr(err.message, "profile 'nowhere' (from AWS_PROFILE) is in neither file"));
    tq_sqs_config_free(&c);
    setenv("AWS_PROFILE", "role", 1);
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_non_null(strstr(err.message, "profile 'role' uses role_arn, which taskqueue does not support"));
    tq_sqs_config_free(&c);
}

/* TAO's old constructor names a profile: it picks the files' profile like AWS_PROFILE (and
 * before it), but the environment's keys still come first. */
static void test_profile_hint(void **state)
{
    write_file("credentials", "[default]\naws_access_key_id=AKDEF\naws_secret_access_key=secretdef\n"
               "[old]\naws_access_key_id=AKOLD\naws_secret_access_key=secretold\n");
    write_file("config", "[profile old]\nregion = eu-north-1\n");
    setenv("AWS_SHARED_CREDENTIALS_FILE", path_of("credentials"), 1);
    setenv("AWS_CONFIG_FILE", path_of("config"), 1);
    setenv("AWS_PROFILE", "default", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "profile_hint", "old", NULL), 0);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKOLD");
    assert_string_equal(c.region, "eu-north-1");
    char want[600];
    snprintf(want, sizeof(want), "profile 'old' in %s", path_of("credentials"));
    assert_string_equal(c.credentials_from, want);

    /* a copy in a client keeps it (and frees it) */
    tq_error err;
    tq_sqs_client *cl = tq_sqs_client_new(&c, &err);
    assert_non_null(cl);
    assert_string_equal(tq_sqs_client_config(cl)->profile_hint, "old");
    tq_sqs_client_free(cl);
    tq_sqs_config_free(&c);

    /* the environment's keys come first, unlike with `profile` */
    setenv("AWS_ACCESS_KEY_ID", "AKENV", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "profile_hint", "old", NULL), 0);
    resolve_ok(&c);
    assert_string_equal(c.access_key, "AKENV");
    tq_sqs_config_free(&c);

    /* a hinted profile that is nowhere: the message says where the name came from */
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    tq_sqs_config_init(&c);
    assert_int_equal(tq_sqs_config_set(&c, "profile_hint", "gone", NULL), 0);
    assert_int_equal(tq_sqs_config_set(&c, "region", "us-east-1", NULL), 0);
    assert_int_equal(tq_sqs_config_resolve(&c, &err), -1);
    assert_non_null(strstr(err.message, "profile 'gone' (given to the broker) is in neither file"));
    tq_sqs_config_free(&c);
}

/* A session token in a profile is kept whole: STS tokens run to several KB, and the
 * profile reader cut them at 2,048 bytes (and its lines at 4,096): the signature failed. */
static void test_long_session_token_is_kept_whole(void **state)
{
    size_t n = 6000;
    char *tok = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        tok[i] = (char)('A' + i % 26);
    }
    tok[n] = '\0';
    char *text = malloc(n + 200);
    snprintf(text, n + 200, "[long]\naws_access_key_id = AKL\naws_secret_access_key = secretl\n"
             "aws_session_token = %s\nregion = eu-west-1\n", tok);
    write_file("credentials", text);
    write_file("config", "[profile long]\nregion = eu-west-1\n");
    setenv("AWS_SHARED_CREDENTIALS_FILE", path_of("credentials"), 1);
    setenv("AWS_CONFIG_FILE", path_of("config"), 1);
    setenv("AWS_PROFILE", "long", 1);
    tq_sqs_config c;
    tq_sqs_config_init(&c);
    resolve_ok(&c);
    assert_non_null(c.session_token);
    assert_int_equal(strlen(c.session_token), n);
    assert_string_equal(c.session_token, tok);
    tq_sqs_config_free(&c);
    free(text);
    free(tok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_environment_variables, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_long_session_token_is_kept_whole, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_endpoint_order, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_explicit_values_win, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_shared_files_and_profiles, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_default_files_under_home, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_missing_region_names_every_place, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_missing_credentials_names_every_place, clean_env, remove_files),
        cmocka_unit_test_setup_teardown(test_profile_hint, clean_env, remove_files),
    };
    return cmocka_run_group_tests_name("tq_sqs config", tests, NULL, NULL);
}
