--TEST--
AbstractWorker::processTask(): with generis' Report class loaded, setReport() is handed a Report (as TAO's worker does), for a finished and for a cancelled task (without it, as in the other worker tests, the report array)
--FILE--
<?php
namespace oat\oatbox\reporting {
    class Report
    {
        public array $children = [];
        public function __construct(public string $type, public string $message) {}
        public static function jsonUnserialize($data)
        {
            $r = new static($data['type'], $data['message']);
            foreach ($data['children'] as $c) {
                $r->children[] = static::jsonUnserialize($c);
            }
            return $r;
        }
    }
}

namespace {
require __DIR__ . '/inc.inc';

[$worker, $log] = setup();
var_dump($worker->processTask(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'done', 'data' => null, 'children' => []])));
$r = $log->rows['t1']['report'];
echo get_class($r), ': ', $r->type, ' "', $r->message, '" > ', $r->children[0]->type, ' "', $r->children[0]->message, "\"\n";

[$worker, $log] = setup('cancelled', 't2');
var_dump($worker->processTask(TestTask::make('t2', fn() => null)));
$r = $log->rows['t2']['report'];
echo get_class($r), ': ', $r->type, ' "', $r->message, "\"\n";
}
--EXPECT--
string(9) "completed"
oat\oatbox\reporting\Report: info "Running task t1" > success "done"
string(9) "cancelled"
oat\oatbox\reporting\Report: info "Task t2 has been cancelled, message was not processed."
