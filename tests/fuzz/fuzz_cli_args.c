/*
 * Fuzz target: the CLI options of RunWorker and InitializeQueue (src/cli/tq_cli_args.c), and
 * generis' "-q value" style of the ScriptAction tools (tq_cli_parse_script).
 * The input is split on NUL bytes into argv tokens (not NUL-terminated: each is passed
 * with its length, as the glue does). Properties: no crash; a set string value lies inside
 * its token; a count is not negative; a flag is 0 or 1.
 * May touch: src/cli, libc.
 */
#include "fuzz.h"
#include "cli/tq_cli_args.h"

static const tq_cli_spec specs[] = {
    {"queue", TQ_CLI_STRING, "<name>", "q", 1},         {"limit", TQ_CLI_COUNT, "<tasks>", "l", 0},
    {"time-limit", TQ_CLI_COUNT, "<seconds>", NULL, 0}, {"memory-limit", TQ_CLI_COUNT, "<MB>", NULL, 0},
    {"stop-when-empty", TQ_CLI_FLAG, NULL, "s", 0},     {"help", TQ_CLI_FLAG, NULL, "h", 0},
    {"broker", TQ_CLI_STRING, "<memory|rds|newsql|sqs>", NULL, 0},
};
#define NSPECS (sizeof(specs) / sizeof(specs[0]))
#define MAXTOK 64

static void check_values(const tq_cli_value *values, char **tokens, const size_t *lens, size_t n)
{
    for (size_t k = 0; k < NSPECS; k++) {
        if (!values[k].set) {
            continue;
        }
        if (specs[k].kind == TQ_CLI_STRING) {
            int inside = 0;
            for (size_t t = 0; t < n; t++) {
                inside |= values[k].str >= tokens[t] && values[k].str + values[k].len <= tokens[t] + lens[t];
            }
            FUZZ_CHECK(inside, "value of --%s outside its token", specs[k].name);
        } else if (specs[k].kind == TQ_CLI_COUNT) {
            FUZZ_CHECK(values[k].num >= 0, "--%s=%lld", specs[k].name, values[k].num);
        } else {
            FUZZ_CHECK(values[k].num == 0 || values[k].num == 1, "--%s=%lld", specs[k].name, values[k].num);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* each token in its own allocation, so ASan sees a read past its end */
    char *tokens[MAXTOK];
    size_t lens[MAXTOK];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= size && n < MAXTOK; i++) {
        if (i == size || data[i] == '\0') {
            lens[n] = i - start;
            tokens[n] = malloc(lens[n] ? lens[n] : 1);
            memcpy(tokens[n], data + start, lens[n]);
            n++;
            start = i + 1;
        }
    }
    /* both styles: RunWorker's --name=value and the ScriptAction tools' -q value */
    for (int script = 0; script < 2; script++) {
        tq_cli_value values[NSPECS];
        tq_error err;
        int rc = script ? tq_cli_parse_script(specs, NSPECS, (const char *const *)tokens, lens, n, values, &err)
                        : tq_cli_parse(specs, NSPECS, (const char *const *)tokens, lens, n, values, &err);
        if (rc == 0 && script) {
            rc = tq_cli_check_required(specs, NSPECS, values, &err);
        }
        if (rc != 0) {
            FUZZ_CHECK(err.message[0] != '\0', "an error without a message");
            continue;
        }
        check_values(values, tokens, lens, n);
    }
    char usage[64];
    tq_cli_usage(specs, NSPECS, usage, size % sizeof(usage) + 1);
    for (size_t t = 0; t < n; t++) {
        free(tokens[t]);
    }
    return 0;
}
