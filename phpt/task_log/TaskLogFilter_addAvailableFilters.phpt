--TEST--
TaskLogFilter: addAvailableFilters(), availableForArchived(), availableForCancelled(), ignore list
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

function show(TaskLogFilter $f) {
    $parts = [];
    foreach ($f->getFilters() as $x) {
        $parts[] = $x['column'] . ' ' . $x['operator'] . ' ' . json_encode($x['value']);
    }
    echo implode(' AND ', $parts), "\n";
}

show((new TaskLogFilter())->addAvailableFilters('u1'));
show((new TaskLogFilter())->addAvailableFilters('u1', true));
show((new TaskLogFilter())->addAvailableFilters('u1', true, true));
show((new TaskLogFilter())->addAvailableFilters('cli-user'));
// the ignore list counts only when set before addAvailableFilters()
show((new TaskLogFilter())->withIgnoredTasks(['A\\B', 'C'])->addAvailableFilters('u1'));
show((new TaskLogFilter())->addAvailableFilters('u1')->withIgnoredTasks(['A\\B']));
show((new TaskLogFilter())->withIgnoredTasks([])->addAvailableFilters('cli-user'));
show((new TaskLogFilter())->availableForArchived('u1'));
show((new TaskLogFilter())->availableForArchived('cli-user'));
show((new TaskLogFilter())->availableForCancelled('u2'));
?>
--EXPECT--
status != "archived" AND status != "cancelled" AND owner = "u1"
status != "cancelled" AND owner = "u1"
owner = "u1"
status != "archived" AND status != "cancelled"
status != "archived" AND status != "cancelled" AND owner = "u1" AND task_name NOT IN ["A\\B","C"]
status != "archived" AND status != "cancelled" AND owner = "u1"
status != "archived" AND status != "cancelled"
status IN ["failed","completed"] AND owner = "u1"
status IN ["failed","completed"]
status = "enqueued" AND owner = "u2"
