--TEST--
CategorizedStatus: named constructors, predicates, equals(), labels, protected constructor
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus as CS;

$all = ['created' => CS::created(), 'inProgress' => CS::inProgress(), 'completed' => CS::completed(),
        'failed' => CS::failed(), 'archived' => CS::archived(), 'cancelled' => CS::cancelled()];
foreach ($all as $name => $s) {
    $flags = '';
    foreach (['isCreated', 'isInProgress', 'isCompleted', 'isFailed', 'isArchived', 'isCancelled'] as $p) {
        $flags .= $s->$p() ? '1' : '0';
    }
    printf("%-10s %-12s %-12s %s\n", $name, (string) $s, $s->getLabel(), $flags);
}
var_dump(CS::failed()->equals(CS::createFromString('unknown')));
var_dump(CS::failed()->equals(CS::completed()));
var_dump(CS::STATUS_CANCELLED, CS::STATUS_IN_PROGRESS);
try {
    new CS('created');
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
created    created      Queued       100000
inProgress in_progress  In Progress  010000
completed  completed    Completed    001000
failed     failed       Failed       000100
archived   archived     Archived     000010
cancelled  cancelled    Cancelled    000001
bool(true)
bool(false)
string(9) "cancelled"
string(11) "in_progress"
Call to protected oat\tao\model\taskQueue\TaskLog\CategorizedStatus::__construct() from global scope
