/* tq_selector: filled in by its class group. */
#include "tq_selector.h"
