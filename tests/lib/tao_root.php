<?php
/*
 * What the HTTP API tests, the browser test and bench/http_scale.php share to make a directory
 * a TAO root: its config files and its token file. Only the Zend extension's classes are named
 * (as strings) here; nothing runs until a caller requires the config it asked for.
 */

/*
 * ROOT/config/tao/taskLog.conf.php: a TaskLog over an RdsTaskLogBroker on the persistence
 * "default" with table tq_$logTable; and, when $queue is given, taskQueue.conf.php: a
 * QueueDispatcher with one RdsQueueBroker queue of that name (weight 10) using that log.
 * Also makes data/taskQueueStorage.
 */
function tq_fixture_tao_root(string $root, string $logTable, array $categories, ?int $batch = null,
                             ?string $queue = null): void
{
    @mkdir("$root/config/tao", 0777, true);
    @mkdir("$root/data/taskQueueStorage", 0777, true);
    $options = "    TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker('default', " . var_export($logTable, true) . "),\n"
             . "    TaskLog::OPTION_TASK_TO_CATEGORY_ASSOCIATIONS => " . var_export($categories, true) . ",\n"
             . ($batch === null ? '' : "    TaskLog::OPTION_DEFAULT_BATCH_SIZE => $batch,\n");
    file_put_contents("$root/config/tao/taskLog.conf.php", "<?php\n"
        . "use oat\\tao\\model\\taskQueue\\TaskLog;\n"
        . "use oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\RdsTaskLogBroker;\n\n"
        . "return new TaskLog([\n$options]);\n");
    if ($queue === null) {
        return;
    }
    $name = var_export($queue, true);
    file_put_contents("$root/config/tao/taskQueue.conf.php", "<?php\n"
        . "use oat\\tao\\model\\taskQueue\\Queue;\n"
        . "use oat\\tao\\model\\taskQueue\\QueueDispatcher;\n"
        . "use oat\\taoTaskQueue\\model\\QueueBroker\\RdsQueueBroker;\n\n"
        . "return new QueueDispatcher([\n"
        . "    QueueDispatcher::OPTION_QUEUES => [new Queue($name, new RdsQueueBroker('default', 1), 10)],\n"
        . "    QueueDispatcher::OPTION_DEFAULT_QUEUE => $name,\n"
        . "    QueueDispatcher::OPTION_TASK_LOG => 'tao/taskLog',\n"
        . "]);\n");
}

/*
 * ROOT/tokens for TaskQueue\Http's token check: one line "sha256(token) user-id role" per
 * user ($users: key => user id; $roles: key => role, '-' for none). Returns key => clear token.
 */
function tq_fixture_tokens(string $root, array $users, array $roles, string $comment): array
{
    $tokens = [];
    $lines = "# $comment\n";
    foreach ($users as $k => $id) {
        $tokens[$k] = bin2hex(random_bytes(16));
        $lines .= hash('sha256', $tokens[$k]) . " $id " . ($roles[$k] ?? '-') . "\n";
    }
    file_put_contents("$root/tokens", $lines);
    return $tokens;
}
