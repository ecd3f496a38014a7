/* tq_log: filled in by its class group. */
#include "tq_log.h"
