/* tq_time: UTC datetimes as TAO writes them (see tq_time.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common/tq_time.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t tq_days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void tq_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int tq_digits(const char *s, size_t n, int *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int tq_time_parse_utc(const char *v, int64_t *out)
{
    const char *p = v;
    if (*p == '-') {
        p++;
    }
    if (*p && strspn(p, "0123456789") == strlen(p) && strlen(p) <= 18) {
        *out = strtoll(v, NULL, 10);
        return 0;
    }
    size_t len = strlen(v);
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (len != 10 && len != 19) {
        return -1;
    }
    if (tq_digits(v, 4, &y) || v[4] != '-' || tq_digits(v + 5, 2, &mo) || v[7] != '-' || tq_digits(v + 8, 2, &d)) {
        return -1;
    }
    if (len == 19 && ((v[10] != ' ' && v[10] != 'T') || tq_digits(v + 11, 2, &h) || v[13] != ':'
                      || tq_digits(v + 14, 2, &mi) || v[16] != ':' || tq_digits(v + 17, 2, &sec))) {
        return -1;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) {
        return -1;
    }
    *out = tq_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    return 0;
}

void tq_time_format_utc(int64_t t, char *buf, size_t size)
{
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t rem = t - days * 86400;
    int64_t y;
    int m, d;
    tq_civil_from_days(days, &y, &m, &d);
    snprintf(buf, size, "%04lld-%02d-%02d %02d:%02d:%02d", (long long)y, m, d,
             (int)(rem / 3600), (int)(rem / 60 % 60), (int)(rem % 60));
}
