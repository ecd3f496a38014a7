/*
 * tq_broker: what every broker shares: releasing a message handed out by claim.
 * May touch: libc.
 */
#include <stdlib.h>
#include <string.h>
#include "queue/tq_broker.h"

void tq_message_clear(tq_broker *b, tq_message *m)
{
    if (!m) {
        return;
    }
    free(m->body);
    free(m->receipt);
    /* The attachment belongs to whoever pushed it (a PHP object for the memory
     * broker); only the owner knows how to let it go. */
    if (m->attachment && b && b->free_attachment) {
        b->free_attachment(m->attachment);
    }
    memset(m, 0, sizeof(*m));
}
