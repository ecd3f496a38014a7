--TEST--
InitializeQueue: TAO's messages for bad options, checked before the services are read; a failure leaves the config file untouched
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$conf = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher(['queues' => [new Queue('a', new ArrayBroker())], 'task_log' => 'tao/taskLog']);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $conf, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
define('ROOT_PATH', $root);
class NotAStrategy {}
class BrokenStrategy { public function __construct() { throw new DomainException('strategy constructor failed'); } }

foreach ([
    ['--broker=redis'],
    ['--broker='],
    ['--broker=rds'],
    ['--broker=rds', '--persistence='],
    ['--broker=rds', '--persistence=0'],
    ['--broker=newsql'],
    ['--strategy=\No\Such\Strategy'],
    ['--strategy='],
    ['--strategy=NotAStrategy'],
    ['--strategy=BrokenStrategy'],
    ['--queue=nope', '--broker=memory'],
    ['--broker'],
    ['--receive=many'],
    ['--aws-profile=default'],
    ['rds'],
] as $params) {
    echo '> ', implode(' ', $params), "\n";
    tq_cli(TQ_INIT_QUEUE, ...$params);
}
var_dump(file_get_contents($root . 'config/tao/taskQueue.conf.php') === $conf, tq_files($root));
echo "> --help\n";
tq_cli(TQ_INIT_QUEUE, '--help');
?>
--EXPECT--
> --broker=redis
Broker "redis" is not a valid broker option. Valid options: memory, rds, newsql, sqs
exit 1
> --broker=
Broker "" is not a valid broker option. Valid options: memory, rds, newsql, sqs
exit 1
> --broker=rds
Persistence id (--persistence=...) needs to be set for SQL.
exit 1
> --broker=rds --persistence=
Persistence id (--persistence=...) needs to be set for SQL.
exit 1
> --broker=rds --persistence=0
Persistence id (--persistence=...) needs to be set for SQL.
exit 1
> --broker=newsql
Persistence id (--persistence=...) needs to be set for SQL.
exit 1
> --strategy=\No\Such\Strategy
Strategy "\No\Such\Strategy" does not exist.
exit 1
> --strategy=
Strategy "" does not exist.
exit 1
> --strategy=NotAStrategy
Strategy "NotAStrategy" is not a task selector strategy: it does not implement oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface.
exit 1
> --strategy=BrokenStrategy
strategy constructor failed
exit 1
> --queue=nope --broker=memory
Queue "nope" does not exist.
exit 1
> --broker
Option "--broker" needs a value: --broker=<memory|rds|newsql|sqs>
exit 1
> --receive=many
Option "--receive=many": "many" is not a whole number (--receive=<tasks>)
exit 1
> --aws-profile=default
Unknown option "--aws-profile". Valid options: --broker=<memory|rds|newsql|sqs>, --persistence=<id>, --receive=<tasks>, --queue=<name>, --strategy=<FQCN>, --help
exit 1
> rds
Unexpected argument "rds": options are written --name=value
exit 1
bool(true)
array(2) {
  [0]=>
  string(27) "config/tao/taskLog.conf.php"
  [1]=>
  string(29) "config/tao/taskQueue.conf.php"
}
> --help
php index.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' [options]
  Creates the queues and the Task Log container; with options, changes the brokers (all queues, or --queue) or the strategy first and saves config/tao/taskQueue.conf.php.
  --broker=<memory|rds|newsql|sqs>
  --persistence=<id>
  --receive=<tasks>
  --queue=<name>
  --strategy=<FQCN>
exit 0
