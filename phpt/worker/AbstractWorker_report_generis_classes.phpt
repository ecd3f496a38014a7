--TEST--
AbstractWorker::processTask() beside generis' two Report classes: setReport() is handed common_report_Report, the class TAO's worker builds (not its newer subclass, which the Task Log reads back); a returned report whose toArray() is not a report (a PHPUnit double answers []) is read through getType() and getMessage(), as TAO's worker reads it
--FILE--
<?php
namespace {
    class common_report_Report
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
        public function getType() { return $this->type; }
        public function getMessage() { return $this->message; }
        public function toArray(): array { return []; }
    }
}

namespace oat\oatbox\reporting {
    class Report extends \common_report_Report {}
}

namespace {
require __DIR__ . '/inc.inc';

[$worker, $log] = setup('cancelled', 't0');
var_dump($worker->processTask(TestTask::make('t0', fn() => null)));
echo get_class($log->rows['t0']['report']), "\n";

foreach (['error' => 't1', 'warning' => 't2', 'bogus' => 't3'] as $type => $id) {
    [$worker, $log] = setup('dequeued', $id);
    var_dump($worker->processTask(TestTask::make($id, fn() => new common_report_Report($type, "it said $type"))));
    $r = $log->rows[$id]['report'];
    echo get_class($r), ': ', $r->type, ' "', $r->message, '" > ', $r->children[0]->type, ' "', $r->children[0]->message, "\"\n";
}
}
--EXPECT--
string(9) "cancelled"
common_report_Report
string(6) "failed"
common_report_Report: info "Running task t1" > error "it said error"
string(9) "completed"
common_report_Report: info "Running task t2" > warning "it said warning"
string(9) "completed"
common_report_Report: info "Running task t3" > info "Task t3 returned data."
