/* tq_envelope: filled in by its class group. */
#include "tq_envelope.h"
