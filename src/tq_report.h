#ifndef TQ_REPORT_H
#define TQ_REPORT_H
/* filled in by the worker group */
#endif
