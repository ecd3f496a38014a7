--TEST--
CategorizedStatus::createFromString(): each stored status maps to its category; others throw
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

foreach (['enqueued', 'dequeued', 'running', 'child_running', 'completed', 'failed', 'unknown', 'archived', 'cancelled'] as $s) {
    $c = CategorizedStatus::createFromString($s);
    printf("%-14s -> %-12s %s\n", $s, $c, $c->getLabel());
}
foreach (['bogus', '', 'ENQUEUED', null, 0, ['enqueued']] as $bad) {
    try {
        CategorizedStatus::createFromString($bad);
        echo "no exception\n";
    } catch (\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

class MyStatus extends CategorizedStatus {}
var_dump(get_class(MyStatus::createFromString('running')), get_class(MyStatus::failed()));
?>
--EXPECT--
enqueued       -> created      Queued
dequeued       -> in_progress  In Progress
running        -> in_progress  In Progress
child_running  -> in_progress  In Progress
completed      -> completed    Completed
failed         -> failed       Failed
unknown        -> failed       Failed
archived       -> archived     Archived
cancelled      -> cancelled    Cancelled
Exception: Invalid status provided
Exception: Invalid status provided
Exception: Invalid status provided
Exception: Invalid status provided
Exception: Invalid status provided
Exception: Invalid status provided
string(8) "MyStatus"
string(8) "MyStatus"
