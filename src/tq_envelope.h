#ifndef TQ_ENVELOPE_H
#define TQ_ENVELOPE_H
/* filled in by the task group */
#endif
