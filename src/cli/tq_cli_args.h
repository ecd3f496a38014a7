/*
 * tq_cli_args: the `--name=value` options of the CLI tools (RunWorker, InitializeQueue),
 * and the `-q value` ones of the ScriptAction tools (tq_cli_parse_script),
 * parsed strictly: every token must be a known option of the tool, a valued option
 * needs its `=value`, a count must be a whole number. TAO's tools split each token on
 * its first `=` and ignore what they do not know (a malformed token only warns); ours
 * stop with a message that names the token, so a typo in a supervisor file is seen at
 * once. The last occurrence of an option wins, as in TAO. May touch: libc.
 */
#ifndef TQ_CLI_ARGS_H
#define TQ_CLI_ARGS_H

#include <stddef.h>
#include "common/tq_error.h"

typedef enum tq_cli_kind {
    TQ_CLI_STRING,  /* --name=<any text, may be empty> */
    TQ_CLI_COUNT,   /* --name=<digits>: a non-negative whole number */
    TQ_CLI_FLAG     /* --name, or --name=1|0|true|false */
} tq_cli_kind;

typedef struct tq_cli_spec {
    const char *name;         /* without the leading "--" */
    tq_cli_kind kind;
    const char *placeholder;  /* shown in messages: "--limit=<tasks>"; NULL for flags */
    const char *short_name;   /* generis ScriptAction style only: "q" for "-q value"; NULL: none */
    int required;             /* ScriptAction style only: tq_cli_check_required() wants it */
} tq_cli_spec;

typedef struct tq_cli_value {
    int set;                  /* 1 when the option was given */
    const char *str;          /* TQ_CLI_STRING: the value, inside the caller's token */
    size_t len;
    long long num;            /* TQ_CLI_COUNT: the number; TQ_CLI_FLAG: 1 or 0 */
} tq_cli_value;

/* Parses ntokens tokens (token i is tokens[i], lens[i] bytes, not necessarily
 * NUL-terminated) against nspecs option specs; values[k] receives option specs[k]
 * (values must hold nspecs entries; they are cleared first). 0, or -1 with err naming
 * the first bad token: not an option, unknown option (with the valid ones listed), a
 * valued option without "=", a count that is not a whole number or is too large, a
 * flag with a value other than 1/0/true/false. */
int tq_cli_parse(const tq_cli_spec *specs, size_t nspecs, const char *const *tokens, const size_t *lens,
                 size_t ntokens, tq_cli_value *values, tq_error *err);

/* The ScriptAction tools (StuckTaskSummary, StuckTaskRestart, ManageAssociationMap) take
 * generis' OptionContainer style: "-q value" or "--queue value" (value in the next
 * token), also "--queue=value". Strict as tq_cli_parse(): an unknown option or a stray
 * token is an error naming it; a valued option at the end of the line is "No value given
 * for argument '<name>'." (generis' message). */
int tq_cli_parse_script(const tq_cli_spec *specs, size_t nspecs, const char *const *tokens, const size_t *lens,
                        size_t ntokens, tq_cli_value *values, tq_error *err);
/* -1 with generis' "Required argument '<name>' is missing." for the first required
 * option not given, else 0. */
int tq_cli_check_required(const tq_cli_spec *specs, size_t nspecs, const tq_cli_value *values, tq_error *err);
/* "-q, --queue <name>" for spec into buf. */
void tq_cli_script_usage(const tq_cli_spec *spec, char *buf, size_t size);

/* "--queue=<name>, --limit=<tasks>, --stop-when-empty" into buf (always terminated,
 * truncated to size). */
void tq_cli_usage(const tq_cli_spec *specs, size_t nspecs, char *buf, size_t size);

#endif
