/*
 * tq_time: datetimes as TAO's platform writes them into its tables, 'Y-m-d H:i:s' in
 * UTC, to and from Unix seconds. Pure arithmetic on the proleptic Gregorian calendar (no
 * gmtime_r/strftime: the same on every platform, for any 64-bit time).
 * May touch: libc.
 */
#ifndef TQ_TIME_H
#define TQ_TIME_H

#include <stddef.h>
#include <stdint.h>

/* Unix seconds -> 'Y-m-d H:i:s' (UTC). out: 20 bytes for years 0..9999, 32 for any time. */
void tq_time_format_utc(int64_t unix_seconds, char *out, size_t size);

/* Unix seconds given as digits, or 'Y-m-d H:i:s' / 'Y-m-dTH:i:s' / 'Y-m-d' in UTC -> *out.
 * 0, or -1 when it is neither. */
int tq_time_parse_utc(const char *text, int64_t *out);

#endif
