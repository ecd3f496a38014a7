--TEST--
AbstractWorker::processTask(): claiming the task (quirk 3: a delivery the worker will not run is still acknowledged)
--FILE--
<?php
require __DIR__ . '/inc.inc';

function run(string $status, array $throwOn = []): void
{
    [$w, $log, $q, $logger] = setup($status);
    $log->throwOn = $throwOn;
    $t = TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ran']);
    echo "== stored '$status'", $throwOn ? ' (' . implode(',', $throwOn) . ' throws)' : '', ": ", $w->processTask($t), "\n";
    echo 'ran: ', $t->calls ? 'yes' : 'no', "\n";
    echo 'log: ', implode(' | ', $log->calls), "\n";
    echo 'queue: ', implode(' | ', $q->calls), "\n";
    foreach ($logger->lines as $l) {
        if (!str_starts_with($l, 'info: Processing') && !str_starts_with($l, 'info: Task t1 has been processed')) {
            echo $l, "\n";
        }
    }
}

run('dequeued');
run('enqueued');          // the queue did not mark it dequeued
run('completed');         // a re-delivery of a finished task
run('failed');
run('archived');
run('running');           // another worker has it
run('child_running');
run('');                  // enqueued but its log row was lost
run('unknown');           // the task log cannot tell
run('dequeued', ['setStatus']);
?>
--EXPECT--
== stored 'dequeued': completed
ran: yes
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed
queue: acknowledge t1
== stored 'enqueued': completed
ran: yes
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | setReport t1 completed
queue: acknowledge t1
== stored 'completed': completed
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: acknowledge t1
info: Task t1 is already completed: this delivery is acknowledged without running it.
== stored 'failed': failed
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: acknowledge t1
info: Task t1 is already failed: this delivery is acknowledged without running it.
== stored 'archived': archived
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: acknowledge t1
info: Task t1 is already archived: this delivery is acknowledged without running it.
== stored 'running': unknown
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: acknowledge t1
info: Task  [t1] seems to be processed by another worker.
== stored 'child_running': unknown
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: acknowledge t1
info: Task  [t1] seems to be processed by another worker.
== stored '': completed
ran: yes
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1 | add t1 running | setReport t1 completed
queue: acknowledge t1
warning: Task t1 has no task log entry; it is added as running.
== stored 'unknown': unknown
ran: no
log: getStatus t1 | setStatus t1 running from dequeued | setStatus t1 running from enqueued | getStatus t1
queue: 
error: Task t1 cannot be claimed: the task log does not know its status; the message is left in the queue.
== stored 'dequeued' (setStatus throws): unknown
ran: no
log: getStatus t1 | setStatus t1 running from dequeued
queue: 
error: Task log setStatus() failed for task t1: RuntimeException: setStatus is broken
error: Task t1 cannot be claimed: the task log failed; the message is left in the queue.
