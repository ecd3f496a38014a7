--TEST--
Telemetry\TaskQueueTelemetry: without the opentelemetry extension it is off and traceEnqueue()/traceProcessTask() only run what they wrap (results and exceptions unchanged, no call on the queue); resolveTaskClassName() names a callback task by its callable; the failure summary of a generis report (its errors, root first, at most five, e-mail addresses redacted, cut at 500 bytes) and the span annotation, as tao-core's tests reach them
--FILE--
<?php
use oat\tao\model\taskQueue\Telemetry\TaskQueueTelemetry;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\{Queue, TaskLogInterface};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

// generis' report, as much of it as the summary reads
class common_report_Report
{
    private array $children = [];
    public function __construct(private string $type, private string $message) {}
    public function add(self $c): void { $this->children[] = $c; }
    public function getType(): string { return $this->type; }
    public function getMessage(): string { return $this->message; }
    public function containsError(): bool
    {
        foreach ($this->children as $c) {
            if ($c->getType() === 'error' || $c->containsError()) {
                return true;
            }
        }
        return false;
    }
    public function getErrors(bool $deep = false): array
    {
        $out = [];
        foreach ($this->children as $c) {
            if ($c->getType() === 'error') {
                $out[] = $c;
            }
            if ($deep) {
                $out = array_merge($out, $c->getErrors(true));
            }
        }
        return $out;
    }
}
class Fixture { public static function run() {} public function __invoke() {} }
class CountingQueue extends Queue { public int $names = 0; public function getName() { $this->names++; return parent::getName(); } }

var_dump(TaskQueueTelemetry::isEnabled(), TaskQueueTelemetry::METADATA_TRACE_CONTEXT_KEY);
$q = new CountingQueue('q', new InMemoryQueueBroker());
$t = new CallbackTask('t1', 'me');
var_dump(TaskQueueTelemetry::traceEnqueue($q, $t, fn() => 42), $q->names, $t->getMetadata('__otel_trace_context__'));
try {
    TaskQueueTelemetry::traceEnqueue($q, $t, fn() => throw new RuntimeException('enqueue failed'));
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(TaskQueueTelemetry::traceProcessTask($t, fn() => ['status' => 'completed', 'report' => null]));

echo TaskQueueTelemetry::resolveTaskClassName((new CallbackTask('a', 'me'))->setCallable([Fixture::class, 'run'])), "\n";
echo TaskQueueTelemetry::resolveTaskClassName((new CallbackTask('b', 'me'))->setCallable(new Fixture())), "\n";
echo TaskQueueTelemetry::resolveTaskClassName((new CallbackTask('c', 'me'))->setCallable(fn() => 1)), "\n";
echo TaskQueueTelemetry::resolveTaskClassName(new CallbackTask('d', 'me')), "\n";

$m = fn(string $name) => (new ReflectionClass(TaskQueueTelemetry::class))->getMethod($name);
$root = new common_report_Report('info', 'Running task x');
$child = new common_report_Report('info', 'Publishing');
$child->add(new common_report_Report('error', ' No response from bob@example.org. '));
$child->add(new common_report_Report('error', 'Remote error.'));
$root->add($child);
var_dump($m('extractFailureSummaryFromReport')->invoke(null, $root));
var_dump($m('extractFailureSummaryFromReport')->invoke(null, new common_report_Report('info', 'fine')));
var_dump($m('extractFailureSummaryFromReport')->invoke(null, null));
$err = new common_report_Report('error', 'Root failure');
$err->add(new common_report_Report('error', 'Root failure'));
var_dump($m('extractFailureSummaryFromReport')->invoke(null, $err));
echo $m('sanitizeFailureSummary')->invoke(null, 'mail bob@example.org now'), "\n";
echo strlen($m('sanitizeFailureSummary')->invoke(null, str_repeat('x', 600))), "\n";

$span = new class {
    public array $attributes = [];
    public array $status = [];
    public function setAttribute(string $k, mixed $v): void { $this->attributes[$k] = $v; }
    public function setStatus(mixed $code, ?string $description = null): void { $this->status = [$code, $description]; }
};
$m('safeAnnotateProcessSpan')->invoke(null, $span, TaskLogInterface::STATUS_FAILED, $root);
var_dump($span->attributes, $span->status);
$broken = new class { public function setAttribute() { throw new LogicException('broken span'); } };
$m('safeAnnotateProcessSpan')->invoke(null, $broken, 'failed', $root);
$m('safeAnnotateProcessSpan')->invoke(null, null, 'failed', $root);
echo "never throws\n";
?>
--EXPECT--
bool(false)
string(22) "__otel_trace_context__"
int(42)
int(0)
NULL
RuntimeException: enqueue failed
array(2) {
  ["status"]=>
  string(9) "completed"
  ["report"]=>
  NULL
}
Fixture::run
Fixture
closure
oat\tao\model\taskQueue\Task\CallbackTask
string(49) "No response from bob@example.org. | Remote error."
NULL
NULL
string(12) "Root failure"
mail [redacted] now
503
array(2) {
  ["task.status"]=>
  string(6) "failed"
  ["task.failure.summary"]=>
  string(43) "No response from [redacted] | Remote error."
}
array(2) {
  [0]=>
  string(5) "Error"
  [1]=>
  string(21) "task processing error"
}
never throws
