/* tq_status: filled in by its class group. */
#include "tq_status.h"
