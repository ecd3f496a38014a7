#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "cli/tq_cli_args.h"

/* Tokens are shown in messages up to this many bytes (a message holds 512). */
#define TQ_CLI_SHOWN 100

static int shown(size_t len)
{
    return (int)(len > TQ_CLI_SHOWN ? TQ_CLI_SHOWN : len);
}

static const char *ellipsis(size_t len)
{
    return len > TQ_CLI_SHOWN ? "..." : "";
}

void tq_cli_usage(const tq_cli_spec *specs, size_t nspecs, char *buf, size_t size)
{
    size_t used = 0;
    if (size == 0) {
        return;
    }
    buf[0] = '\0';
    for (size_t i = 0; i < nspecs && used < size; i++) {
        int n = snprintf(buf + used, size - used, "%s--%s%s%s", i ? ", " : "", specs[i].name,
                         specs[i].placeholder ? "=" : "", specs[i].placeholder ? specs[i].placeholder : "");
        if (n < 0) {
            break;
        }
        used += (size_t)n;
    }
}

static const tq_cli_spec *find_spec(const tq_cli_spec *specs, size_t nspecs, const char *name, size_t len,
                                    size_t *index)
{
    for (size_t i = 0; i < nspecs; i++) {
        if (strlen(specs[i].name) == len && memcmp(specs[i].name, name, len) == 0) {
            *index = i;
            return &specs[i];
        }
    }
    return NULL;
}

/* Digits only: no sign, no spaces, no "0x", no exponent (TAO's (int) cast turned
 * "abc" into 0 and "5s" into 5 without a word). */
static int parse_count(const tq_cli_spec *spec, const char *tok, size_t toklen, const char *v, size_t vlen,
                       long long *out, tq_error *err)
{
    long long n = 0;
    if (vlen == 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "Option \"--%s\" needs a whole number: --%s=%s", spec->name,
                            spec->name, spec->placeholder);
    }
    for (size_t i = 0; i < vlen; i++) {
        if (v[i] < '0' || v[i] > '9') {
            return tq_error_set(err, TQ_ERR_INVALID, "Option \"%.*s%s\": \"%.*s%s\" is not a whole number (--%s=%s)",
                                shown(toklen), tok, ellipsis(toklen), shown(vlen), v, ellipsis(vlen), spec->name,
                                spec->placeholder);
        }
        int d = v[i] - '0';
        if (n > (LLONG_MAX - d) / 10) {
            return tq_error_set(err, TQ_ERR_INVALID, "Option \"%.*s%s\": the number is too large",
                                shown(toklen), tok, ellipsis(toklen));
        }
        n = n * 10 + d;
    }
    *out = n;
    return 0;
}

static int parse_flag(const tq_cli_spec *spec, const char *tok, size_t toklen, const char *v, size_t vlen,
                      long long *out, tq_error *err)
{
    if ((vlen == 1 && v[0] == '1') || (vlen == 4 && memcmp(v, "true", 4) == 0)) {
        *out = 1;
        return 0;
    }
    if ((vlen == 1 && v[0] == '0') || (vlen == 5 && memcmp(v, "false", 5) == 0)) {
        *out = 0;
        return 0;
    }
    return tq_error_set(err, TQ_ERR_INVALID, "Option \"%.*s%s\": --%s takes no value (or 1, 0, true, false)",
                        shown(toklen), tok, ellipsis(toklen), spec->name);
}

static int parse_token(const tq_cli_spec *specs, size_t nspecs, const char *tok, size_t toklen,
                       tq_cli_value *values, tq_error *err)
{
    char usage[400];
    if (toklen < 3 || tok[0] != '-' || tok[1] != '-' || tok[2] == '=') {
        return tq_error_set(err, TQ_ERR_INVALID, "Unexpected argument \"%.*s%s\": options are written --name=value",
                            shown(toklen), tok, ellipsis(toklen));
    }
    const char *name = tok + 2;
    const char *eq = memchr(name, '=', toklen - 2);
    size_t namelen = eq ? (size_t)(eq - name) : toklen - 2;
    size_t k;
    const tq_cli_spec *spec = find_spec(specs, nspecs, name, namelen, &k);
    if (!spec) {
        tq_cli_usage(specs, nspecs, usage, sizeof(usage));
        return tq_error_set(err, TQ_ERR_INVALID, "Unknown option \"--%.*s%s\". Valid options: %s", shown(namelen),
                            name, ellipsis(namelen), usage);
    }
    const char *v = eq ? eq + 1 : NULL;
    size_t vlen = eq ? toklen - 2 - namelen - 1 : 0;
    tq_cli_value *out = &values[k];
    switch (spec->kind) {
        case TQ_CLI_FLAG:
            out->num = 1;
            if (v && parse_flag(spec, tok, toklen, v, vlen, &out->num, err) != 0) {
                return -1;
            }
            break;
        case TQ_CLI_COUNT:
        case TQ_CLI_STRING:
            if (!v) {
                return tq_error_set(err, TQ_ERR_INVALID, "Option \"--%s\" needs a value: --%s=%s", spec->name,
                                    spec->name, spec->placeholder);
            }
            if (spec->kind == TQ_CLI_COUNT && parse_count(spec, tok, toklen, v, vlen, &out->num, err) != 0) {
                return -1;
            }
            out->str = v;
            out->len = vlen;
            break;
    }
    out->set = 1;
    return 0;
}

int tq_cli_parse(const tq_cli_spec *specs, size_t nspecs, const char *const *tokens, const size_t *lens,
                 size_t ntokens, tq_cli_value *values, tq_error *err)
{
    memset(values, 0, nspecs * sizeof(*values));
    for (size_t i = 0; i < ntokens; i++) {
        if (parse_token(specs, nspecs, tokens[i], lens[i], values, err) != 0) {
            return -1;
        }
    }
    return 0;
}

/* === ScriptAction style ================================================================= */

void tq_cli_script_usage(const tq_cli_spec *spec, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%s--%s%s%s", spec->short_name ? "-" : "", spec->short_name ? spec->short_name : "",
             spec->short_name ? ", " : "", spec->name, spec->placeholder ? " " : "",
             spec->placeholder ? spec->placeholder : "");
}

static const tq_cli_spec *find_short(const tq_cli_spec *specs, size_t nspecs, const char *name, size_t len,
                                     size_t *index)
{
    for (size_t i = 0; i < nspecs; i++) {
        if (specs[i].short_name && strlen(specs[i].short_name) == len && memcmp(specs[i].short_name, name, len) == 0) {
            *index = i;
            return &specs[i];
        }
    }
    return NULL;
}

static int script_unknown(const tq_cli_spec *specs, size_t nspecs, const char *tok, size_t toklen, tq_error *err)
{
    char usage[400], one[96];
    size_t used = 0;
    usage[0] = '\0';
    for (size_t i = 0; i < nspecs && used < sizeof(usage); i++) {
        tq_cli_script_usage(&specs[i], one, sizeof(one));
        int w = snprintf(usage + used, sizeof(usage) - used, "%s%s", i ? "; " : "", one);
        used += w > 0 ? (size_t)w : 0;
    }
    return tq_error_set(err, TQ_ERR_INVALID, "Unknown option \"%.*s%s\". Valid options: %s", shown(toklen), tok,
                        ellipsis(toklen), usage);
}

/* One option token at tokens[*i], its value from the next token when it has no "=". */
static int script_token(const tq_cli_spec *specs, size_t nspecs, const char *const *tokens, const size_t *lens,
                        size_t ntokens, size_t *i, tq_cli_value *values, tq_error *err)
{
    const char *tok = tokens[*i];
    size_t toklen = lens[*i], k;
    if (toklen < 2 || tok[0] != '-') {
        return tq_error_set(err, TQ_ERR_INVALID, "Unexpected argument \"%.*s%s\": options are written -q value or "
                            "--queue value", shown(toklen), tok, ellipsis(toklen));
    }
    bool is_long = toklen > 2 && tok[1] == '-';
    const char *name = tok + (is_long ? 2 : 1);
    size_t rest = toklen - (is_long ? 2 : 1);
    const char *eq = is_long ? memchr(name, '=', rest) : NULL;
    size_t namelen = eq ? (size_t)(eq - name) : rest;
    const tq_cli_spec *spec = is_long ? find_spec(specs, nspecs, name, namelen, &k)
                                      : find_short(specs, nspecs, name, namelen, &k);
    if (!spec) {
        return script_unknown(specs, nspecs, tok, toklen, err);
    }
    tq_cli_value *out = &values[k];
    out->set = 1;
    if (spec->kind == TQ_CLI_FLAG) {
        out->num = 1;
        return eq ? parse_flag(spec, tok, toklen, eq + 1, rest - namelen - 1, &out->num, err) : 0;
    }
    if (eq) {
        out->str = eq + 1;
        out->len = rest - namelen - 1;
    } else if (*i + 1 < ntokens) {
        ++*i;
        out->str = tokens[*i];
        out->len = lens[*i];
    } else {
        return tq_error_set(err, TQ_ERR_INVALID, "No value given for %sargument '%s'.", spec->required ? "required " : "",
                            spec->name);
    }
    if (spec->kind == TQ_CLI_COUNT) {
        return parse_count(spec, tok, toklen, out->str, out->len, &out->num, err);
    }
    return 0;
}

int tq_cli_parse_script(const tq_cli_spec *specs, size_t nspecs, const char *const *tokens, const size_t *lens,
                        size_t ntokens, tq_cli_value *values, tq_error *err)
{
    memset(values, 0, nspecs * sizeof(*values));
    for (size_t i = 0; i < ntokens; i++) {
        if (script_token(specs, nspecs, tokens, lens, ntokens, &i, values, err) != 0) {
            return -1;
        }
    }
    return 0;
}

int tq_cli_check_required(const tq_cli_spec *specs, size_t nspecs, const tq_cli_value *values, tq_error *err)
{
    for (size_t i = 0; i < nspecs; i++) {
        if (specs[i].required && !values[i].set) {
            return tq_error_set(err, TQ_ERR_INVALID, "Required argument '%s' is missing.", specs[i].name);
        }
    }
    return 0;
}
