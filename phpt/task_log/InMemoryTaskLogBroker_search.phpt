--TEST--
InMemoryTaskLogBroker: search()/count()/getStats() apply TaskLogFilter with SQL semantics
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;

$b = new InMemoryTaskLogBroker();
foreach ([
    ['a', 'u1', '10:00', 'Import users', 'enqueued', null, 0],
    ['b', 'u1', '10:01', 'Import items', 'running', 'a', 0],
    ['c', 'u2', '10:02', 'Export_1', 'completed', 'a', 1],
    ['d', 'u2', '10:03', '100% done', 'failed', null, 0],
    ['e', 'u1', '10:04', 'Export results', 'archived', null, 0],
    ['f', 'u1', '10:04', 'Delete', 'cancelled', null, 0],
] as [$id, $owner, $time, $label, $status, $parent, $master]) {
    $t = TaskLogTest\task($id, $owner, "2024-01-01 $time:00");
    $t->setLabel($label)->setMasterStatus($master);
    if ($parent) {
        $t->setParentId($parent);
    }
    $b->add($t, 'enqueued');
    $b->updateStatus($id, $status);
}

function ids($b, TaskLogFilter $f) {
    $c = $b->search($f);
    if (!$c instanceof TaskLogCollection) {
        return 'not a collection';
    }
    return implode(',', $c->getIds()) ?: '(none)';
}
$F = fn() => new TaskLogFilter();

echo "order\n";
echo ids($b, $F()), "\n";                                                   // created_at DESC, ties in insertion order
echo ids($b, $F()->setSortOrder('ASC')), "\n";                              // sortOrder alone changes nothing
echo ids($b, $F()->setSortBy('label')), "\n";                               // sortBy alone: ASC
echo ids($b, $F()->setSortBy('label')->setSortOrder('desc')), "\n";
echo ids($b, $F()->setSortBy('parent_id')->setSortOrder('ASC')), "\n";      // NULLs last ascending
echo "comparisons\n";
echo ids($b, $F()->eq('owner', 'u2')), "\n";
echo ids($b, $F()->neq('parent_id', 'a')), "\n";                            // NULL never compares
echo ids($b, $F()->neq('parent_id', 'x')), "\n";
echo ids($b, $F()->lt('created_at', '2024-01-01 10:02:00')), "\n";
echo ids($b, $F()->lte('created_at', strtotime('2024-01-01 10:02:00 UTC'))), "\n";
echo ids($b, $F()->gt('created_at', new DateTime('2024-01-01 11:02:00', new DateTimeZone('Europe/Paris')))), "\n";
echo ids($b, $F()->gte('created_at', '2024-01-01 10:04:00')), "\n";
echo ids($b, $F()->lt('id', 'c')), "\n";
echo ids($b, $F()->eq('master_status', true)), ' ', ids($b, $F()->eq('master_status', 0)), "\n";
echo "patterns and lists\n";
echo ids($b, $F()->like('label', 'Export%')), "\n";
echo ids($b, $F()->like('label', 'Export\_%')), "\n";
echo ids($b, $F()->notLike('label', '%port%')), "\n";
echo ids($b, $F()->like('label', '%\%%')), "\n";
echo ids($b, $F()->like('created_at', '2024-01-01 10:0_:00')), "\n";
echo ids($b, $F()->in('status', ['completed', 'failed'])), "\n";
echo ids($b, $F()->notIn('status', ['completed', 'failed'])), "\n";
echo ids($b, $F()->addFilter('status', 'IN', 'running')), "\n";            // a single value
echo "NULL values\n";
echo ids($b, $F()->eq('parent_id', null)), "\n";
echo ids($b, $F()->in('parent_id', ['a', null])), "\n";
echo ids($b, $F()->notIn('parent_id', ['zz', null])), "\n";
echo "ANDed, paged\n";
echo ids($b, $F()->eq('owner', 'u1')->neq('status', 'archived')->neq('status', 'cancelled')), "\n";
echo ids($b, $F()->setLimit(2)->setOffset(1)), "\n";
echo ids($b, $F()->setLimit(0)), "\n";
echo ids($b, $F()->setOffset(5)), "\n";
var_dump($b->count($F()->eq('owner', 'u1')->setLimit(1)), $b->count($F()), $b->count($F()->eq('owner', null)));

echo "deselected columns\n";
$e = $b->search($F()->eq('id', 'c')->deselect('label')->deselect('owner')->deselect('created_at')->deselect('parameters'))->first();
var_dump($e->getLabel(), $e->getOwner(), $e->getCreatedAt(), $e->getParameters(), $e->getParentId(), $e->isMasterStatus());

echo "a subclass filter is read through its methods\n";
class MineOnly extends TaskLogFilter {
    public function getFilters(): array { return array_merge(parent::getFilters(), [['column' => 'owner', 'operator' => '=', 'value' => 'u2']]); }
}
echo ids($b, (new MineOnly())->like('label', '%1%')), "\n";

echo "stats\n";
echo json_encode($b->getStats($F())), "\n";
echo json_encode($b->getStats($F()->eq('owner', 'u1'))), "\n";
echo json_encode($b->getStats($F()->eq('owner', null))), "\n";

echo "bad filters\n";
foreach ([
    fn() => $F()->eq('nope', 1),
    fn() => $F()->setSortBy('nope'),
    fn() => $F()->setSortBy('label')->setSortOrder('sideways'),
    fn() => $F()->eq('created_at', 'yesterday'),
    fn() => $F()->eq('id', ['a']),
    fn() => $F()->eq('id', new stdClass),
] as $make) {
    try {
        $b->search($make());
        echo "accepted\n";
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $b->count($F()->eq('nope', 1));
} catch (\InvalidArgumentException $e) {
    echo 'count: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
order
e,f,d,c,b,a
e,f,d,c,b,a
d,f,e,c,b,a
a,b,c,e,f,d
b,c,a,d,e,f
comparisons
d,c
(none)
c,b
b,a
c,b,a
e,f,d
e,f
b,a
c e,f,d,b,a
patterns and lists
e,c
c
f,d
d
e,f,d,c,b,a
d,c
e,f,b,a
b
NULL values
(none)
c,b
(none)
ANDed, paged
b,a
f,d
(none)
a
int(4)
int(6)
int(0)
deselected columns
string(0) ""
string(0) ""
NULL
array(0) {
}
string(1) "a"
bool(true)
a subclass filter is read through its methods
d,c
stats
{"numberOfTasksCompleted":1,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
{"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
{"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":0,"numberOfTasksEnqueued":0}
bad filters
Task log filter: "nope" is not a column of the task log
Task log filter: cannot sort by "nope", not a column of the task log
Task log filter: sort order "sideways" is neither ASC nor DESC
Task log filter on "created_at": "yesterday" is not a date ('Y-m-d H:i:s' UTC or unix seconds)
Task log filter on "id": a list of values needs the IN or NOT IN operator
Task log filter on "id": an object of class stdClass cannot be compared
count: Task log filter: "nope" is not a column of the task log
