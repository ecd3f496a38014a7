/* Regression tests for what fuzzing (tests/fuzz) and the hardening list found in
 * parsers of outside input: no password fragment in the error of a conninfo that does not
 * parse; queue names and SigV4's canonical request in ASCII whatever the C locale says.
 * No server needed. */
#include "helpers.h"
#include <ctype.h>
#include <stdio.h>
#include "pg/tq_pg.h"
#include "sqs/tq_sigv4.h"

static void assert_not_shown(const char *conninfo, const char *fragment)
{
    tq_error err;
    tq_pg *c = tq_pg_new(conninfo, &err);
    assert_null(c);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    if (strstr(err.message, fragment)) {
        fail_msg("'%s' shown in: %s", fragment, err.message);
    }
}

/* libpq quotes the part of the string it stumbled on: with an unquoted space in a password
 * or a bad %-escape, that part is the password (found by fuzz_pg_conninfo). */
static void test_unparsable_conninfo_hides_password_parts(void **state)
{
    assert_not_shown("host=/tmp password=correct horse battery", "horse");
    assert_not_shown("postgresql://me:s3cr%zzet@db.example/tao", "s3cr");
    assert_not_shown("postgresql://me@db.example/tao?password=s3cr%zzet", "s3cr");
    assert_not_shown("postgresql://me:s3cret@[::1/tao", "s3cret");
    assert_not_shown("host=/tmp password=pw one2three", "one2three");
    assert_not_shown("host=/tmp password=pw \"quoted\" one2three", "one2three");
    /* found by fuzz_pg_conninfo: a one-character fragment a quote follows directly */
    assert_not_shown("password='s3 sEcr55\"pos'$\"55500012409149616:555", "55500012409149616");
    /* found by fuzz_pg_conninfo: after "password=", a word before '=' may be password too */
    assert_not_shown("host=/tmp password=a\t2s2222222 =1", "2s2222222");
    assert_not_shown("host=/tmp password=pw one2three=x", "one2three");
    assert_not_shown("postgresql://h/db?password=pw%20x&one2three=x", "one2three");
    /* found by fuzz_pg_conninfo: keywords in quotes inside the argument libpq quotes */
    assert_not_shown("password=x dbname\",\"dbname\",secret42name\",\"dbname\"", "secret42name");
    /* what helps and is no secret stays: an unknown option named before any password */
    tq_error err;
    assert_null(tq_pg_new("bogus_option=1 host=/tmp password=pw", &err));
    assert_non_null(strstr(err.message, "\"bogus_option\""));
}

/* A single-byte locale such as de_DE.ISO-8859-1 (or tr_TR.ISO-8859-9, where tolower('I') is
 * the dotless i) changes what isalnum()/tolower() answer for bytes a name may hold. This
 * machine may have no such locale: glibc reads isalnum() from the table behind
 * __ctype_b_loc() and tolower() from __ctype_tolower_loc(), which these tests swap for a
 * table where 0xC0..0xFF are letters and 'I' lowers to 0xFD, as in ISO-8859-9. */
static unsigned short class_table[384];
static int32_t lower_table[384];
static const unsigned short *saved_class;
static const int32_t *saved_lower;

static void single_byte_locale_on(void)
{
    saved_class = *__ctype_b_loc();
    saved_lower = *__ctype_tolower_loc();
    memcpy(class_table, saved_class - 128, sizeof(class_table));
    memcpy(lower_table, saved_lower - 128, sizeof(lower_table));
    for (int c = 0xC0; c <= 0xFF; c++) {
        class_table[128 + c] |= _ISalpha | _ISalnum | _ISprint | _ISgraph;
    }
    lower_table[128 + 'I'] = 0xFD;
    *__ctype_b_loc() = class_table + 128;
    *__ctype_tolower_loc() = lower_table + 128;
    assert_true(isalnum(0xE9));
}

static void single_byte_locale_off(void)
{
    *__ctype_b_loc() = saved_class;
    *__ctype_tolower_loc() = saved_lower;
}

static void test_queue_names_are_ascii_in_any_locale(void **state)
{
    char t[64];
    tq_error err;
    single_byte_locale_on();
    int accented = tq_pg_table_name("queue", "caf\xe9", t, sizeof(t), &err);
    int upper = tq_pg_table_name("queue", "BIG", t, sizeof(t), &err);
    single_byte_locale_off();
    assert_int_equal(accented, -1);
    assert_int_equal(upper, 0);
    assert_string_equal(t, "tq_big");
}

static char *canonical(const char *url, const char *header)
{
    tq_sigv4_header h[] = {{header, "v"}};
    tq_sigv4_request req = {"GET", url, h, 1, NULL, 0};
    tq_sigv4_credentials cred = {"AKID", "secret", NULL};
    tq_sigv4_result r;
    tq_error err;
    assert_int_equal(tq_sigv4_sign(&req, "eu-west-1", "sqs", &cred, 1440938160, &r, &err), 0);
    char *c = strdup(r.canonical_request);
    tq_sigv4_result_free(&r);
    return c;
}

/* SigV4 encodes every byte but A-Z a-z 0-9 - _ . ~ and lower-cases in ASCII: a locale that
 * calls 0xE9 a letter or lowers 'I' to 0xFD would sign what AWS does not compute. */
static void test_sigv4_canonical_request_ignores_the_locale(void **state)
{
    const char *url = "https://SQS.example.com/caf\xe9/Item?k=\xe9t\xe9";
    char *plain = canonical(url, "X-Amz-Info");
    single_byte_locale_on();
    char *local = canonical(url, "X-Amz-Info");
    single_byte_locale_off();
    assert_string_equal(local, plain);
    assert_non_null(strstr(plain, "/caf%E9/Item"));
    assert_non_null(strstr(plain, "x-amz-info:v"));
    free(plain);
    free(local);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unparsable_conninfo_hides_password_parts),
        cmocka_unit_test(test_queue_names_are_ascii_in_any_locale),
        cmocka_unit_test(test_sigv4_canonical_request_ignores_the_locale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
