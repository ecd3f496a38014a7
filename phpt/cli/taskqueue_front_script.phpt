--TEST--
tools/taskqueue.php in a TAO root: loads vendor/autoload.php, hands TAO's ServiceManager to the tool, prints the report and exits with its status
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../tools/taskqueue.php')) die('skip tools/taskqueue.php is not part of this copy');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
// a TAO root as far as the script sees it: Composer's autoloader and generis' ServiceManager
$root = tq_root([
    'vendor/autoload.php' => <<<'PHP'
<?php
namespace oat\oatbox\service;
class ServiceManager
{
    public static function getServiceManager(): self { return new self(); }
    public function has($id) { return false; }
    public function get($id)
    {
        fwrite(STDOUT, "ServiceManager::get($id)\n");
        return new \oat\tao\model\taskQueue\QueueDispatcher([
            'queues' => [new \oat\tao\model\taskQueue\Queue('q', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker())],
            'task_log' => new \oat\tao\model\taskQueue\TaskLog(['task_log_broker' => new \oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]),
        ]);
    }
}
PHP,
    'config/.keep' => '',
]);
copy(__DIR__ . '/../../tools/taskqueue.php', $root . 'taskqueue.php');
foreach ([[TQ_RUN_WORKER], [TQ_RUN_WORKER, '--limit=x'], ['No\Such\Action']] as $args) {
    [$rc, $out, $err] = tq_spawn($root, array_merge(['taskqueue.php'], $args));
    echo $out, "exit $rc\n", $err;
}
// elsewhere than in a TAO root
[$rc, $out, $err] = tq_spawn(sys_get_temp_dir(), [$root . 'taskqueue.php', TQ_RUN_WORKER], ['TASKQUEUE_ROOT' => $root . 'nowhere']);
echo $out, "exit $rc\n", $err;
?>
--EXPECTF--
ServiceManager::get(tao/taskQueue)
No worker is needed because all registered queue is a Sync Queue.
exit 0
Option "--limit=x": "x" is not a whole number (--limit=<tasks>)
exit 1
Unknown action No\Such\Action
exit 1
exit 1
taskqueue.php: %snowhere/ is not a TAO root (no config/ directory); copy this script there or set TASKQUEUE_ROOT
