#include <stdio.h>
#include <string.h>
#include "common/tq_error.h"

void tq_error_clear(tq_error *err)
{
    if (err) {
        err->code = TQ_OK;
        err->message[0] = '\0';
    }
}

int tq_error_set(tq_error *err, tq_errcode code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->message, sizeof(err->message), fmt, ap);
        va_end(ap);
    }
    return -1;
}
