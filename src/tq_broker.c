/* tq_broker: filled in by its class group. */
#include "tq_broker.h"
