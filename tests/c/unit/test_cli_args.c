/* tq_cli_args: strict --name=value parsing of the CLI tools' options. */
#include "helpers.h"
#include "cli/tq_cli_args.h"

static const tq_cli_spec SPECS[] = {
    {"queue", TQ_CLI_STRING, "<name>", NULL, 0},
    {"limit", TQ_CLI_COUNT, "<tasks>", NULL, 0},
    {"stop-when-empty", TQ_CLI_FLAG, NULL, NULL, 0},
};
#define NSPECS (sizeof(SPECS) / sizeof(SPECS[0]))

static int parse(const char *const *tokens, size_t n, tq_cli_value *v, tq_error *err)
{
    size_t lens[16];
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(tokens[i]);
    }
    tq_error_clear(err);
    return tq_cli_parse(SPECS, NSPECS, tokens, lens, n, v, err);
}

static void test_no_tokens_sets_nothing(void **state)
{
    tq_cli_value v[NSPECS];
    tq_error err;
    assert_int_equal(parse(NULL, 0, v, &err), 0);
    for (size_t i = 0; i < NSPECS; i++) {
        assert_int_equal(v[i].set, 0);
    }
}

static void test_values_of_each_kind(void **state)
{
    const char *t[] = {"--queue=background", "--limit=25", "--stop-when-empty"};
    tq_cli_value v[NSPECS];
    tq_error err;
    assert_int_equal(parse(t, 3, v, &err), 0);
    assert_int_equal(v[0].set, 1);
    assert_int_equal(v[0].len, 10);
    assert_memory_equal(v[0].str, "background", 10);
    assert_int_equal(v[1].set, 1);
    assert_int_equal(v[1].num, 25);
    assert_int_equal(v[2].set, 1);
    assert_int_equal(v[2].num, 1);
}

static void test_value_split_on_first_equals_and_may_be_empty(void **state)
{
    const char *t[] = {"--queue=a=b", "--queue="};
    tq_cli_value v[NSPECS];
    tq_error err;
    const char *one[] = {t[0]};
    assert_int_equal(parse(one, 1, v, &err), 0);
    assert_int_equal(v[0].len, 3);
    assert_memory_equal(v[0].str, "a=b", 3);
    assert_int_equal(parse(t, 2, v, &err), 0);   /* the last one wins */
    assert_int_equal(v[0].set, 1);
    assert_int_equal(v[0].len, 0);
}

static void test_flag_values(void **state)
{
    tq_cli_value v[NSPECS];
    tq_error err;
    const char *f0[] = {"--stop-when-empty=0"};
    assert_int_equal(parse(f0, 1, v, &err), 0);
    assert_int_equal(v[2].set, 1);
    assert_int_equal(v[2].num, 0);
    const char *ft[] = {"--stop-when-empty=true"};
    assert_int_equal(parse(ft, 1, v, &err), 0);
    assert_int_equal(v[2].num, 1);
    const char *bad[] = {"--stop-when-empty=yes"};
    assert_int_equal(parse(bad, 1, v, &err), -1);
    assert_string_equal(err.message,
        "Option \"--stop-when-empty=yes\": --stop-when-empty takes no value (or 1, 0, true, false)");
}

static void test_counts_are_digits_only(void **state)
{
    tq_cli_value v[NSPECS];
    tq_error err;
    const char *bad[] = {"--limit=abc", "--limit=5s", "--limit=-1", "--limit= 5", "--limit=0x10", "--limit=1e3"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        const char *one[] = {bad[i]};
        assert_int_equal(parse(one, 1, v, &err), -1);
        assert_int_equal(err.code, TQ_ERR_INVALID);
        assert_non_null(strstr(err.message, "is not a whole number (--limit=<tasks>)"));
    }
    const char *abc[] = {"--limit=abc"};
    parse(abc, 1, v, &err);
    assert_string_equal(err.message, "Option \"--limit=abc\": \"abc\" is not a whole number (--limit=<tasks>)");
    const char *empty[] = {"--limit="};
    assert_int_equal(parse(empty, 1, v, &err), -1);
    assert_string_equal(err.message, "Option \"--limit\" needs a whole number: --limit=<tasks>");
    const char *zero[] = {"--limit=0"};
    assert_int_equal(parse(zero, 1, v, &err), 0);
    assert_int_equal(v[1].num, 0);
    const char *max[] = {"--limit=9223372036854775807"};
    assert_int_equal(parse(max, 1, v, &err), 0);
    assert_true(v[1].num == 9223372036854775807LL);
    const char *big[] = {"--limit=9223372036854775808"};
    assert_int_equal(parse(big, 1, v, &err), -1);
    assert_string_equal(err.message, "Option \"--limit=9223372036854775808\": the number is too large");
}

static void test_malformed_tokens_are_named(void **state)
{
    tq_cli_value v[NSPECS];
    tq_error err;
    struct { const char *tok; const char *msg; } cases[] = {
        {"queue=a", "Unexpected argument \"queue=a\": options are written --name=value"},
        {"-q", "Unexpected argument \"-q\": options are written --name=value"},
        {"--", "Unexpected argument \"--\": options are written --name=value"},
        {"--=x", "Unexpected argument \"--=x\": options are written --name=value"},
        {"", "Unexpected argument \"\": options are written --name=value"},
        {"--queue", "Option \"--queue\" needs a value: --queue=<name>"},
        {"--limit", "Option \"--limit\" needs a value: --limit=<tasks>"},
        {"--queues=a", "Unknown option \"--queues\". Valid options: --queue=<name>, --limit=<tasks>, --stop-when-empty"},
        {"--Queue=a", "Unknown option \"--Queue\". Valid options: --queue=<name>, --limit=<tasks>, --stop-when-empty"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *one[] = {cases[i].tok};
        assert_int_equal(parse(one, 1, v, &err), -1);
        assert_string_equal(err.message, cases[i].msg);
    }
}

static void test_first_bad_token_stops_parsing(void **state)
{
    const char *t[] = {"--queue=a", "--bogus", "--limit=x"};
    tq_cli_value v[NSPECS];
    tq_error err;
    assert_int_equal(parse(t, 3, v, &err), -1);
    assert_non_null(strstr(err.message, "Unknown option \"--bogus\""));
}

static void test_long_tokens_are_shortened_in_messages(void **state)
{
    char tok[600];
    memset(tok, 'x', sizeof(tok) - 1);
    tok[sizeof(tok) - 1] = '\0';
    tq_cli_value v[NSPECS];
    tq_error err;
    const char *one[] = {tok};
    assert_int_equal(parse(one, 1, v, &err), -1);
    assert_true(strlen(err.message) < 200);
    assert_non_null(strstr(err.message, "xxx...\""));
}

static void test_tokens_with_nul_bytes_use_their_length(void **state)
{
    const char tok[] = "--queue=a\0b";
    const char *t[] = {tok};
    size_t lens[] = {sizeof(tok) - 1};
    tq_cli_value v[NSPECS];
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_cli_parse(SPECS, NSPECS, t, lens, 1, v, &err), 0);
    assert_int_equal(v[0].len, 3);
    assert_memory_equal(v[0].str, "a\0b", 3);
}

static void test_usage(void **state)
{
    char buf[128];
    tq_cli_usage(SPECS, NSPECS, buf, sizeof(buf));
    assert_string_equal(buf, "--queue=<name>, --limit=<tasks>, --stop-when-empty");
    char tiny[8];
    tq_cli_usage(SPECS, NSPECS, tiny, sizeof(tiny));
    assert_int_equal(strlen(tiny), 7);
}

/* generis' ScriptAction style: -q value, --queue value, --queue=value */
static const tq_cli_spec SCRIPT[] = {
    {"queue", TQ_CLI_STRING, "<name>", "q", 1},
    {"age", TQ_CLI_COUNT, "<seconds>", NULL, 0},
    {"help", TQ_CLI_FLAG, NULL, "h", 0},
};
#define NSCRIPT (sizeof(SCRIPT) / sizeof(SCRIPT[0]))

static int parse_script(const char *const *tokens, size_t n, tq_cli_value *v, tq_error *err)
{
    size_t lens[16];
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(tokens[i]);
    }
    tq_error_clear(err);
    return tq_cli_parse_script(SCRIPT, NSCRIPT, tokens, lens, n, v, err);
}

static void test_script_values(void **state)
{
    tq_cli_value v[NSCRIPT];
    tq_error err;
    const char *a[] = {"-q", "-dash-name", "--age", "200", "-h"};
    assert_int_equal(parse_script(a, 5, v, &err), 0);
    assert_int_equal(v[0].set, 1);
    assert_int_equal(v[0].len, 10);
    assert_memory_equal(v[0].str, "-dash-name", 10);    /* the next token is the value, whatever it looks like */
    assert_int_equal(v[1].num, 200);
    assert_int_equal(v[2].num, 1);
    assert_int_equal(tq_cli_check_required(SCRIPT, NSCRIPT, v, &err), 0);
    const char *b[] = {"--queue=x"};
    assert_int_equal(parse_script(b, 1, v, &err), 0);
    assert_int_equal(v[0].len, 1);
    assert_int_equal(v[1].set, 0);
}

static void test_script_errors(void **state)
{
    tq_cli_value v[NSCRIPT];
    tq_error err;
    const char *unknown[] = {"-a", "1"};           /* --age has no short form */
    assert_int_equal(parse_script(unknown, 2, v, &err), -1);
    assert_non_null(strstr(err.message, "Unknown option \"-a\""));
    const char *stray[] = {"queue"};
    assert_int_equal(parse_script(stray, 1, v, &err), -1);
    assert_non_null(strstr(err.message, "Unexpected argument \"queue\""));
    const char *novalue[] = {"-h", "-q"};
    assert_int_equal(parse_script(novalue, 2, v, &err), -1);
    assert_string_equal(err.message, "No value given for required argument 'queue'.");
    const char *notnum[] = {"--age", "3m"};
    assert_int_equal(parse_script(notnum, 2, v, &err), -1);
    const char *none[] = {"-h"};
    assert_int_equal(parse_script(none, 1, v, &err), 0);
    assert_int_equal(tq_cli_check_required(SCRIPT, NSCRIPT, v, &err), -1);
    assert_string_equal(err.message, "Required argument 'queue' is missing.");
    char buf[64];
    tq_cli_script_usage(&SCRIPT[0], buf, sizeof(buf));
    assert_string_equal(buf, "-q, --queue <name>");
    tq_cli_script_usage(&SCRIPT[2], buf, sizeof(buf));
    assert_string_equal(buf, "-h, --help");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_tokens_sets_nothing),
        cmocka_unit_test(test_values_of_each_kind),
        cmocka_unit_test(test_value_split_on_first_equals_and_may_be_empty),
        cmocka_unit_test(test_flag_values),
        cmocka_unit_test(test_counts_are_digits_only),
        cmocka_unit_test(test_malformed_tokens_are_named),
        cmocka_unit_test(test_first_bad_token_stops_parsing),
        cmocka_unit_test(test_long_tokens_are_shortened_in_messages),
        cmocka_unit_test(test_tokens_with_nul_bytes_use_their_length),
        cmocka_unit_test(test_usage),
        cmocka_unit_test(test_script_values),
        cmocka_unit_test(test_script_errors),
    };
    return cmocka_run_group_tests_name("tq_cli_args", tests, NULL, NULL);
}
