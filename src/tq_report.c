/* tq_report: filled in by its class group. */
#include "tq_report.h"
