/* tq_log_mem: filled in by its class group. */
#include "tq_log.h"
