--TEST--
TaskLogFilter: base columns always selected, optional ones can be deselected
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

$f = new TaskLogFilter();
echo implode(',', $f->getColumns()), "\n";
var_dump($f->deselect('label') === $f);
$f->deselect('updated_at')->deselect('label');
echo implode(',', $f->getColumns()), "\n";
var_dump(array_is_list($f->getColumns()));
foreach (['id', 'status', 'nope'] as $c) {
    try {
        $f->deselect($c);
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}

// a subclass that skips the parent constructor still selects every column
class LazyFilter extends TaskLogFilter { public function __construct() {} }
echo count((new LazyFilter())->getColumns()), "\n";
?>
--EXPECT--
id,parent_id,task_name,status,master_status,report,parameters,label,owner,created_at,updated_at
bool(true)
id,parent_id,task_name,status,master_status,report,parameters,owner,created_at
bool(true)
Column "id" is not valid column or not unselectable.
Column "status" is not valid column or not unselectable.
Column "nope" is not valid column or not unselectable.
11
