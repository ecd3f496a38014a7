#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "task/tq_json.h"

#define TQ_JSON_MAX_DEPTH 512

void tq_buf_init(tq_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void tq_buf_free(tq_buf *b)
{
    free(b->data);
    tq_buf_init(b);
}

static int tq_buf_reserve(tq_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap) {
        return 0;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int tq_buf_append(tq_buf *b, const char *s, size_t n)
{
    if (tq_buf_reserve(b, n) != 0) {
        return -1;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int tq_buf_putc(tq_buf *b, char c)
{
    return tq_buf_append(b, &c, 1);
}

char *tq_buf_steal(tq_buf *b, size_t *len)
{
    if (!b->data && tq_buf_reserve(b, 0) != 0) {
        return NULL;
    }
    b->data[b->len] = '\0';
    char *s = b->data;
    if (len) {
        *len = b->len;
    }
    tq_buf_init(b);
    return s;
}

static const char tq_hex[] = "0123456789abcdef";

static int dump_u16(tq_buf *out, unsigned cp)
{
    char esc[6] = {'\\', 'u', tq_hex[(cp >> 12) & 15], tq_hex[(cp >> 8) & 15],
                   tq_hex[(cp >> 4) & 15], tq_hex[cp & 15]};
    return tq_buf_append(out, esc, 6);
}

/* Decodes one UTF-8 sequence (jansson guarantees valid UTF-8 in its strings). */
static size_t utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    if (len > n) {
        *cp = 0xFFFD;
        return n;
    }
    unsigned v = s[0] & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return len;
}

static int dump_string(tq_buf *out, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (tq_buf_putc(out, '"') != 0) {
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        const char *esc = NULL;
        switch (c) {
            case '"': esc = "\\\""; break;
            case '\\': esc = "\\\\"; break;
            case '/': esc = "\\/"; break;
            case '\b': esc = "\\b"; break;
            case '\f': esc = "\\f"; break;
            case '\n': esc = "\\n"; break;
            case '\r': esc = "\\r"; break;
            case '\t': esc = "\\t"; break;
            default: break;
        }
        if (esc) {
            if (tq_buf_append(out, esc, 2) != 0) {
                return -1;
            }
            i++;
            continue;
        }
        if (c < 0x20) {
            if (dump_u16(out, c) != 0) {
                return -1;
            }
            i++;
            continue;
        }
        if (c < 0x80) {
            size_t j = i;
            while (j < n && s[j] >= 0x20 && s[j] < 0x80 && s[j] != '"' && s[j] != '\\' && s[j] != '/') {
                j++;
            }
            if (tq_buf_append(out, str + i, j - i) != 0) {
                return -1;
            }
            i = j;
            continue;
        }
        unsigned cp;
        i += utf8_next(s + i, n - i, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            if (dump_u16(out, 0xD800 | (cp >> 10)) != 0 || dump_u16(out, 0xDC00 | (cp & 0x3FF)) != 0) {
                return -1;
            }
        } else if (dump_u16(out, cp) != 0) {
            return -1;
        }
    }
    return tq_buf_putc(out, '"');
}

/* PHP's serialize_precision = -1: the shortest digits that read back to the same double,
 * printed plainly for exponents -4 < e < 17 and in 1.0e+N form outside. */
static int dump_real(tq_buf *out, double v)
{
    char tmp[64];
    if (!isfinite(v)) {
        return -1;
    }
    if (v == 0) {
        return tq_buf_append(out, signbit(v) ? "-0" : "0", signbit(v) ? 2 : 1);
    }
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof(tmp), "%.*e", p - 1, v);
        if (strtod(tmp, NULL) == v) {
            break;
        }
    }
    char digits[32];
    size_t nd = 0;
    const char *q = tmp;
    int neg = 0;
    if (*q == '-') {
        neg = 1;
        q++;
    }
    for (; *q && *q != 'e'; q++) {
        if (*q >= '0' && *q <= '9') {
            digits[nd++] = *q;
        }
    }
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    int decpt = exp10 + 1;
    char res[80];
    size_t r = 0;
    if (neg) {
        res[r++] = '-';
    }
    if (decpt < -3 || decpt > 17) {
        res[r++] = digits[0];
        res[r++] = '.';
        if (nd == 1) {
            res[r++] = '0';
        } else {
            memcpy(res + r, digits + 1, nd - 1);
            r += nd - 1;
        }
        r += (size_t)snprintf(res + r, sizeof(res) - r, "e%c%d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (decpt <= 0) {
        res[r++] = '0';
        res[r++] = '.';
        for (int z = 0; z < -decpt; z++) {
            res[r++] = '0';
        }
        memcpy(res + r, digits, nd);
        r += nd;
    } else if ((size_t)decpt < nd) {
        memcpy(res + r, digits, (size_t)decpt);
        r += (size_t)decpt;
        res[r++] = '.';
        memcpy(res + r, digits + decpt, nd - (size_t)decpt);
        r += nd - (size_t)decpt;
    } else {
        memcpy(res + r, digits, nd);
        r += nd;
        for (size_t z = nd; z < (size_t)decpt; z++) {
            res[r++] = '0';
        }
    }
    return tq_buf_append(out, res, r);
}

static int dump_value(const json_t *v, tq_buf *out, int depth)
{
    char num[32];
    if (depth > TQ_JSON_MAX_DEPTH) {
        return -1;
    }
    switch (json_typeof(v)) {
        case JSON_NULL:
            return tq_buf_append(out, "null", 4);
        case JSON_TRUE:
            return tq_buf_append(out, "true", 4);
        case JSON_FALSE:
            return tq_buf_append(out, "false", 5);
        case JSON_INTEGER: {
            int n = snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            return tq_buf_append(out, num, (size_t)n);
        }
        case JSON_REAL:
            return dump_real(out, json_real_value(v));
        case JSON_STRING:
            return dump_string(out, json_string_value(v), json_string_length(v));
        case JSON_ARRAY: {
            if (tq_buf_putc(out, '[') != 0) {
                return -1;
            }
            size_t i;
            json_t *item;
            json_array_foreach(v, i, item) {
                if ((i && tq_buf_putc(out, ',') != 0) || dump_value(item, out, depth + 1) != 0) {
                    return -1;
                }
            }
            return tq_buf_putc(out, ']');
        }
        case JSON_OBJECT: {
            if (tq_buf_putc(out, '{') != 0) {
                return -1;
            }
            const char *key;
            json_t *item;
            int first = 1;
            json_object_foreach((json_t *)v, key, item) {
                if (!first && tq_buf_putc(out, ',') != 0) {
                    return -1;
                }
                first = 0;
                if (dump_string(out, key, strlen(key)) != 0 || tq_buf_putc(out, ':') != 0
                    || dump_value(item, out, depth + 1) != 0) {
                    return -1;
                }
            }
            return tq_buf_putc(out, '}');
        }
    }
    return -1;
}

int tq_json_dump_php(const json_t *v, tq_buf *out)
{
    size_t mark = out->len;
    if (dump_value(v, out, 0) != 0) {
        out->len = mark;
        if (out->data) {
            out->data[mark] = '\0';
        }
        return -1;
    }
    return 0;
}

char *tq_json_dumps_php(const json_t *v, size_t *len)
{
    tq_buf b;
    tq_buf_init(&b);
    if (tq_json_dump_php(v, &b) != 0) {
        tq_buf_free(&b);
        return NULL;
    }
    return tq_buf_steal(&b, len);
}

json_t *tq_json_parse(const char *text, size_t len, tq_error *err)
{
    json_error_t je;
    json_t *v = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    if (!v) {
        tq_error_set(err, TQ_ERR_INVALID, "invalid JSON at line %d, column %d: %s", je.line, je.column, je.text);
    }
    return v;
}
