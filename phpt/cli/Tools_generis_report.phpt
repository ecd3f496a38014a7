--TEST--
RunWorker, InitializeQueue: with generis loaded they return common_report_Report objects (what TAO's CliController renders); Cli::run renders those
--FILE--
<?php
require __DIR__ . '/inc/root.inc';

/* generis' report class, as far as the tools use it */
class common_report_Report
{
    public array $children = [];
    public function __construct(public string $type, public string $message, public mixed $data = null) {}
    public static function jsonUnserialize($data)
    {
        $r = new static($data['type'], $data['message'], $data['data']);
        foreach ($data['children'] ?? [] as $child) {
            $r->children[] = static::jsonUnserialize($child);
        }
        return $r;
    }
    public function toArray()
    {
        return ['type' => $this->type, 'message' => $this->message, 'data' => $this->data,
                'children' => array_map(fn($c) => $c->toArray(), $this->children)];
    }
}

define('ROOT_PATH', tq_root([
    'config/tao/taskQueue.conf.php' => "<?php\nreturn new oat\\tao\\model\\taskQueue\\QueueDispatcher(['queues' => [new oat\\tao\\model\\taskQueue\\Queue('q', new oat\\tao\\model\\taskQueue\\Queue\\Broker\\InMemoryQueueBroker())], 'task_log' => 'tao/taskLog']);\n",
    'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF,
]));
$report = (new oat\taoTaskQueue\scripts\tools\RunWorker())([]);
var_dump(get_class($report), $report->type, $report->message);
$report = (new oat\taoTaskQueue\scripts\tools\InitializeQueue())(['--broker=memory']);
var_dump(get_class($report), count($report->children), get_class($report->children[0]));
$report = (new oat\taoTaskQueue\scripts\tools\InitializeQueue())(['--broker=nope']);
var_dump($report->type);
tq_cli(TQ_INIT_QUEUE, '--broker=memory');
?>
--EXPECT--
string(20) "common_report_Report"
string(4) "info"
string(65) "No worker is needed because all registered queue is a Sync Queue."
string(20) "common_report_Report"
int(2)
string(20) "common_report_Report"
string(5) "error"
Running command...
  Queue service re-registered.
  Task Log container created.
exit 0
