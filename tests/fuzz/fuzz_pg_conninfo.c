/*
 * Fuzz target: the persistence configuration as src/pg/tq_pg.c takes it, before any
 * connection: the conninfo string (keyword form or URI, parsed by libpq, password scrubbed
 * from messages), queue/table names, and text[] literals built from names. Input lines:
 *   conninfo / a message to scrub with that conninfo / a table name / array elements...
 * Properties: no crash; the error about a conninfo that does not parse shows no word that
 * follows "password=" (see check_hidden); a table name is only made of ASCII [a-z0-9_].
 * May touch: src/pg (tq_pg), libpq (parsing only), libc.
 */
#include <ctype.h>
#include "fuzz.h"
#include "pg/tq_pg.h"
#include "task/tq_json.h"

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++) {
        n++;
    }
    return n;
}

/* The words after "password=" (a password with an unquoted space, or what follows it) must
 * not show in the error: in each white-space separated token with no '=' (no key=value),
 * each run of 4+ letters, digits and _ with a digit among it (so that it is none of
 * libpq's words) that occurs once in the conninfo. */
static void check_hidden(const char *conninfo, const char *message)
{
    const char *p = strstr(conninfo, "password=");
    if (!p || count(conninfo, "password") != 1) {
        return;
    }
    for (p += 9; *p;) {
        size_t tok = strcspn(p, " \t\n\r\f\v");
        int has_eq = memchr(p, '=', tok) != NULL;
        for (const char *w = p; !has_eq && w < p + tok;) {
            size_t n = 0;
            char word[64];
            while (w + n < p + tok && n + 1 < sizeof(word)
                   && ((w[n] >= 'a' && w[n] <= 'z') || (w[n] >= 'A' && w[n] <= 'Z')
                       || (w[n] >= '0' && w[n] <= '9') || w[n] == '_')) {
                word[n] = w[n];
                n++;
            }
            word[n] = '\0';
            if (n >= 4 && strpbrk(word, "0123456789") && count(conninfo, word) == 1) {
                FUZZ_CHECK(strstr(message, word) == NULL, "password part '%s' in: %s", word, message);
            }
            w += n ? n : 1;
        }
        p += tok ? tok : 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *f[12] = {"", "", "", "", "", "", "", "", "", "", "", ""};
    char *owner;
    size_t n = fuzz_fields(data, size, f, 12, &owner);
    tq_error err;
    tq_pg *c = tq_pg_new(f[0], &err);
    if (c) {
        tq_pg_free(c);
    } else {
        check_hidden(f[0], err.message);
    }
    char msg[256];
    snprintf(msg, sizeof(msg), "%s", f[1]);
    tq_pg_scrub(msg, sizeof(msg), f[0]);

    char table[64];
    if (tq_pg_table_name("queue", f[2], table, sizeof(table), &err) == 0) {
        for (const char *p = table; *p; p++) {
            FUZZ_CHECK((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_', "table %s", table);
        }
    }
    tq_buf b;
    tq_buf_init(&b);
    const char *vals[12];
    size_t nv = 0;
    for (size_t i = 3; i < n; i++) {
        vals[nv++] = (f[i][0] == '\\' && f[i][1] == 'N') ? NULL : f[i];
    }
    FUZZ_CHECK(tq_pg_text_array(vals, nv, &b) == 0, "text array");
    tq_buf_free(&b);
    free(owner);
    return 0;
}
