--TEST--
RdsTaskLogBroker: the PHP surface and behaviour of InMemoryTaskLogBroker, over TAO's table (same calls, same answers)
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/../task_log/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;

function exercise(TaskLogBrokerInterface $b): array
{
    $out = [];
    $say = function (...$v) use (&$out) { $out[] = implode(' ', array_map(fn($x) => is_string($x) ? $x : json_encode($x), $v)); };
    $try = function (callable $f) use ($say) {
        try { $say(json_encode($f())); } catch (Throwable $e) { $say(get_class($e) . ': ' . $e->getMessage()); }
    };
    foreach ([
        ['a', 'u1', '10:00', 'Import users', 'enqueued', null, 0],
        ['b', 'u1', '10:01', 'Import items', 'running', 'a', 0],
        ['c', 'u2', '10:02', 'Export_1', 'completed', 'a', 1],
        ['d', 'u2', '10:03', '100% done', 'failed', null, 0],
        ['e', 'u1', '10:04', 'Export results', 'archived', null, 0],
        ['f', 'u1', '10:05', 'Delete', 'cancelled', null, 0],
    ] as [$id, $owner, $time, $label, $status, $parent, $master]) {
        $t = TaskLogTest\task($id, $owner, "2024-01-01 $time:00");
        $t->setLabel($label)->setMasterStatus($master)->setParameter(['n' => $id]);
        if ($parent) { $t->setParentId($parent); }
        $b->add($t, 'enqueued');
        $b->updateStatus($id, $status);
    }
    try { $b->add(TaskLogTest\task('a'), 'enqueued'); $say('added twice'); } catch (InvalidArgumentException $e) { $say('duplicate id refused'); }
    $try(fn() => $b->add(TaskLogTest\task('z'), 'bogus'));
    $ids = fn(TaskLogFilter $f) => ($c = $b->search($f)) instanceof TaskLogCollection ? (implode(',', $c->getIds()) ?: '(none)') : 'not a collection';
    $F = fn() => new TaskLogFilter();
    foreach ([
        $F(), $F()->setSortOrder('ASC'), $F()->setSortBy('label'), $F()->setSortBy('label')->setSortOrder('desc'),
        $F()->eq('owner', 'u2'), $F()->neq('parent_id', 'a'), $F()->neq('parent_id', 'x'),
        $F()->lt('created_at', '2024-01-01 10:02:00'), $F()->lte('created_at', strtotime('2024-01-01 10:02:00 UTC')),
        $F()->gt('created_at', new DateTime('2024-01-01 11:02:00', new DateTimeZone('Europe/Paris'))),
        $F()->lt('id', 'c'), $F()->eq('master_status', true), $F()->eq('master_status', 0),
        $F()->like('label', 'Export%'), $F()->like('label', 'Export\_%'), $F()->notLike('label', '%port%'),
        $F()->like('label', '%\%%'), $F()->in('status', ['completed', 'failed']), $F()->notIn('status', ['completed', 'failed']),
        $F()->addFilter('status', 'IN', 'running'), $F()->eq('parent_id', null), $F()->in('parent_id', ['a', null]),
        $F()->eq('owner', 'u1')->neq('status', 'archived')->neq('status', 'cancelled'),
        $F()->setLimit(2)->setOffset(1), $F()->setLimit(0), $F()->setOffset(5),
        (new TaskLogFilter())->addAvailableFilters('u1'), (new TaskLogFilter())->availableForArchived('u2'),
    ] as $i => $f) {
        $say("search $i:", $ids($f));
    }
    $say('count', $b->count($F()->eq('owner', 'u1')->setLimit(1)), $b->count($F()), $b->count($F()->eq('owner', null)));
    $e = $b->search($F()->eq('id', 'c'))->first();
    $say('entity', $e->getId(), $e->getParentId(), $e->getTaskName(), $e->getParameters(), $e->getLabel(), $e->getOwner(),
         $e->getCreatedAt()->format('c'), (string) $e->getStatus(), $e->isMasterStatus(), $e->getUpdatedAt() instanceof DateTime);
    $e = $b->search($F()->eq('id', 'c')->deselect('label')->deselect('owner')->deselect('created_at')->deselect('parameters'))->first();
    $say('deselected', $e->getLabel(), $e->getOwner(), $e->getCreatedAt(), $e->getParameters());
    $say('stats', $b->getStats($F()), $b->getStats($F()->eq('owner', 'u1')));
    foreach ([fn() => $F()->eq('nope', 1), fn() => $F()->setSortBy('nope'), fn() => $F()->eq('created_at', 'yesterday'),
              fn() => $F()->eq('id', ['a'])] as $make) {
        $try(fn() => $b->search($make())->getIds());
    }
    $say('status', $b->getStatus('c'), $b->getStatus('nope'));
    $say('guarded', $b->updateStatus('b', 'completed', 'dequeued'), $b->updateStatus('b', 'completed', 'running'),
         $b->updateStatus('b', 'failed', ''), $b->getStatus('b'), $b->updateStatus('nope', 'failed'));
    $try(fn() => $b->updateStatus('b', 'done'));
    $report = ['type' => 'success', 'message' => 'ok "quoted" / é', 'data' => ['x' => 1], 'children' => [
        ['type' => 'warning', 'message' => 'careful', 'data' => null, 'children' => []]]];
    $say('report', $b->addReport('d', $report, 'completed'), $b->getStatus('d'), $b->addReport('nope', $report, 'failed'));
    $r = $b->getReport('d');
    $say('read back', is_array($r) ? $r : (method_exists($r, 'toArray') ? $r->toArray() : $r));
    $say('no report', $b->getReport('a'), $b->getReport('nope'), $b->addReport('a', $report), $b->getStatus('a'));
    $try(fn() => $b->addReport('a', ['message' => 'no type']));
    $ent = fn($id) => $b->search($F()->eq('id', $id))->first();
    $say('archive', $b->archive($ent('c')), $b->getStatus('c'), $b->cancel($ent('a')), $b->getStatus('a'));
    $say('collections', $b->archiveCollection($b->search($F()->in('id', ['b', 'd', 'zz']))),
         $b->cancelCollection(TaskLogCollection::createEmptyCollection()), $b->count($F()->eq('status', 'archived')));
    $say('exec times', array_keys($b->getTaskExecutionTimesByDateRange(new DateTime('2024-01-01 09:00:00', new DateTimeZone('UTC')),
        new DateTime('2024-01-01 10:03:30', new DateTimeZone('UTC')))));
    $say('delete', $b->deleteById('f'), $b->deleteById('f'), $b->getStatus('f'), $b->count($F()));
    return $out;
}

$rds = new RdsTaskLogBroker('default', 'rds_tlb_log');
$rds->createContainer();
$rds->createContainer();
var_dump($rds instanceof RdsTaskLogBrokerInterface, $rds->getTableName(), $rds->__toPhpCode());
$mem = exercise(new InMemoryTaskLogBroker());
$sql = exercise($rds);
echo $mem === $sql ? "same answers\n" : "DIFFERENT:\n" . implode("\n", array_map(fn($m, $s) => $m === $s ? "  $s" : "- $m\n+ $s", $mem, $sql)) . "\n";
echo implode("\n", $sql), "\n";
echo implode(',', array_column(sql("SELECT column_name || ':' || data_type AS c FROM information_schema.columns WHERE table_name = 'tq_rds_tlb_log' ORDER BY ordinal_position"), 'c')), "\n";
echo implode(',', array_column(sql("SELECT indexname FROM pg_indexes WHERE tablename = 'tq_rds_tlb_log' ORDER BY 1"), 'indexname')), "\n";
echo sql_value("SELECT created_at || ' ' || (updated_at IS NOT NULL) FROM tq_rds_tlb_log WHERE id = 'c'"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_tlb_log');
?>
--EXPECT--
bool(true)
string(14) "tq_rds_tlb_log"
string(86) "new \oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('default', 'rds_tlb_log')"
same answers
duplicate id refused
InvalidArgumentException: Status "bogus" is not a valid task queue status.
search 0: f,e,d,c,b,a
search 1: f,e,d,c,b,a
search 2: d,f,e,c,b,a
search 3: a,b,c,e,f,d
search 4: d,c
search 5: (none)
search 6: c,b
search 7: b,a
search 8: c,b,a
search 9: f,e,d
search 10: b,a
search 11: c
search 12: f,e,d,b,a
search 13: e,c
search 14: c
search 15: f,d
search 16: d
search 17: d,c
search 18: f,e,b,a
search 19: b
search 20: (none)
search 21: c,b
search 22: b,a
search 23: e,d
search 24: (none)
search 25: a
search 26: b,a
search 27: d,c
count 4 6 0
entity c a TaskLogTest\TaskDouble {"n":"c"} Export_1 u2 2024-01-01T10:02:00+00:00 completed true true
deselected   null []
stats {"numberOfTasksCompleted":1,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1} {"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
InvalidArgumentException: Task log filter: "nope" is not a column of the task log
InvalidArgumentException: Task log filter: cannot sort by "nope", not a column of the task log
InvalidArgumentException: Task log filter on "created_at": "yesterday" is not a date ('Y-m-d H:i:s' UTC or unix seconds)
InvalidArgumentException: Task log filter on "id": a list of values needs the IN or NOT IN operator
status completed unknown
guarded 0 1 1 failed 0
InvalidArgumentException: Status "done" is not a valid task queue status.
report 1 completed 0
read back {"type":"success","message":"ok \"quoted\" \/ \u00e9","data":{"x":1},"children":[{"type":"warning","message":"careful","data":null,"children":[]}]}
no report null null 1 enqueued
InvalidArgumentException: Invalid task report: "type" must be one of info, success, warning, error
archive true archived true cancelled
collections 2 0 4
exec times ["b","c","d"]
delete true true unknown 5
id:character varying,parent_id:character varying,task_name:character varying,parameters:text,label:character varying,status:character varying,master_status:boolean,owner:character varying,report:text,created_at:timestamp without time zone,updated_at:timestamp without time zone
tq_rds_tlb_log_pkey,tq_rds_tlb_logidx_created_at,tq_rds_tlb_logidx_status,tq_rds_tlb_logidx_task_name_owner
2024-01-01 10:02:00 true
