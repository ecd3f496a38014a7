/* Shared includes for the cmocka tests of src/. */
#ifndef TQ_TEST_HELPERS_H
#define TQ_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>
#include <cmocka.h>

#endif
