--TEST--
AbstractWorker and generis: the locator's TaskLanguageLoader loads the task's translations before it runs (a failure is only logged); without a logger, lines go to the locator's generis/log (generis' LoggerAwareTrait); setModel()/getModel() and getServiceManager() as generis' traits give them
--FILE--
<?php
require __DIR__ . '/inc.inc';
use oat\tao\model\taskQueue\Task\TaskInterface;
use oat\tao\model\taskQueue\Task\TaskLanguageLoaderInterface;

class Loader implements TaskLanguageLoaderInterface
{
    public bool $fail = false;
    public function loadTranslations(TaskInterface $task): void
    {
        echo "loadTranslations(", $task->getId(), ")\n";
        if ($this->fail) {
            throw new RuntimeException('no such extension');
        }
    }
}
class Locator
{
    public function __construct(public array $services) {}
    public function has($id) { return isset($this->services[$id]); }
    public function get($id) { return $this->services[$id]; }
}

[$worker, $log, $queue] = setup();
$loader = new Loader();
$logger = new ArrayLogger();
$worker = new TestWorker($queue, $log);
$worker->setServiceLocator(new Locator([
    'oat\tao\model\taskQueue\Task\TaskLanguageLoader' => $loader,
    'generis/log' => $logger,
]));
var_dump($worker->processTask(TestTask::make('t1', fn() => print("task runs\n"))));
echo "logged through generis/log: ", count($logger->lines) > 0 ? 'yes' : 'no', "\n";

echo "-- a loader that throws: logged, the task still runs\n";
$log->rows['t2'] = ['status' => 'dequeued', 'report' => null];
$loader->fail = true;
var_dump($worker->processTask(TestTask::make('t2', fn() => print("task runs\n"))));
echo implode("\n", array_filter($logger->lines, fn($l) => str_contains($l, 'translations'))), "\n";

echo "-- no loader in the locator: nothing asked\n";
$worker->setServiceLocator(new Locator([]));
$log->rows['t3'] = ['status' => 'dequeued', 'report' => null];
var_dump($worker->processTask(TestTask::make('t3', fn() => null)));

echo "-- generis' trait methods\n";
$model = new ArrayObject();
$worker->setModel($model);
var_dump($worker->getModel() === $model, $worker->getServiceManager() === $worker->getServiceLocator());
--EXPECT--
loadTranslations(t1)
task runs
string(9) "completed"
logged through generis/log: yes
-- a loader that throws: logged, the task still runs
loadTranslations(t2)
task runs
string(9) "completed"
warning: Loading the translations for task t2 failed: no such extension
-- no loader in the locator: nothing asked
string(9) "completed"
-- generis' trait methods
bool(true)
bool(true)
