--TEST--
NewSqlQueueBroker: TAO's class name, ID and config code on the RDS engine; createQueue() takes over a table TAO's NewSqlQueueBroker made (UUID keys): waiting messages keep their creation order and run, one a TAO worker had taken stays set aside for the stuck-task tools; BrokerFactory and InitializeQueue's "newsql"
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\NewSqlQueueBroker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\scripts\tools\BrokerFactory;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$b = (new BrokerFactory())->create(BrokerFactory::BROKER_NEW_SQL, 'default', 3);
var_dump($b instanceof NewSqlQueueBroker, $b instanceof RdsQueueBroker, $b->getBrokerId(), NewSqlQueueBroker::ID);
echo $b->__toPhpCode(), "\n";
try {
    (new BrokerFactory())->create('newsql');
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// what TAO's NewSqlSchema creates on PostgreSQL (spec 4.3): UUID keys, visible without a default
sql("CREATE TABLE tq_newsql_tao (id VARCHAR(36) NOT NULL, message TEXT NOT NULL, visible BOOLEAN NOT NULL,
     created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, PRIMARY KEY(id));
     CREATE INDEX IDX_created_at_visible_NewSql_Tao ON tq_newsql_tao (created_at, visible)");
function tao_push(string $uuid, int $n, string $at, bool $visible = true): void
{
    $json = json_encode(['taskFqcn' => 'oat\tao\model\taskQueue\Task\CallbackTask',
        'metadata' => ['__id__' => "newsql-$n", '__created_at__' => '2021-03-01T10:00:00+00:00', '__owner__' => '',
                       '__master_status__' => 0, '__label__' => "newsql $n", '__callable__' => 'NewSqlJob'],
        'parameters' => ['n' => $n]]);
    sql("INSERT INTO tq_newsql_tao (id, message, visible, created_at) VALUES ($1, $2, $3, $4)",
        [$uuid, $json, $visible ? 't' : 'f', $at]);
}
// UUIDs in another order than the messages' creation
tao_push('f0000000-0000-4000-8000-000000000001', 1, '2021-03-01 10:00:01');
tao_push('00000000-0000-4000-8000-000000000002', 2, '2021-03-01 10:00:02');
tao_push('80000000-0000-4000-8000-000000000003', 3, '2021-03-01 10:00:03', false);  // a TAO worker has it
tao_push('10000000-0000-4000-8000-000000000004', 4, '2021-03-01 10:00:04');

class NewSqlJob
{
    public static array $ran = [];
    public function __invoke(array $p) { self::$ran[] = $p['n']; return ['type' => 'success', 'message' => 'ok', 'data' => null, 'children' => []]; }
}
ini_set('taskqueue.allowed_callables', 'NewSqlJob');

$log = new TaskLog(['task_log_broker' => new RdsTaskLogBroker('default', 'newsql_tao_log')]);
$log->createContainer();
$q = new Queue('NewSql_Tao', new NewSqlQueueBroker('default'));
$q->setTaskLog($log);
$q->initialize();
$q->initialize();                                   // a second time: nothing left to take over
foreach (sql("SELECT id, visible, created_at FROM tq_newsql_tao ORDER BY id") as $r) {
    echo "row ", $r['id'], " visible=", $r['visible'], " ", $r['created_at'], "\n";
}
echo "id: ", sql_value("SELECT data_type FROM information_schema.columns WHERE table_name = 'tq_newsql_tao' AND column_name = 'id'"),
     ", default ", sql_value("SELECT column_default FROM information_schema.columns WHERE table_name = 'tq_newsql_tao' AND column_name = 'id'"), "\n";
var_dump(count($q));
foreach ([1, 2, 4] as $n) {                          // TAO's producer wrote no Task Log rows of its own here
    $log->add(new oat\tao\model\taskQueue\Task\CallbackTask("newsql-$n", ''), 'enqueued');
}
$five = new oat\tao\model\taskQueue\Task\CallbackTask('newsql-5', '');   // ours: after them
$five->setCallable(new NewSqlJob());
$five->setParameter(['n' => 5]);
var_dump($q->enqueue($five, 'five'), sql_value("SELECT id FROM tq_newsql_tao WHERE task_id = 'newsql-5'"));
$w = new OneTimeWorker($q, $log);
for ($i = 0; $i < 4; $i++) { $w->run(); }
echo 'ran: ', implode(',', NewSqlJob::$ran), "\n";
echo "left: ", json_encode(sql("SELECT id, visible, lease_until IS NULL AS no_lease FROM tq_newsql_tao")), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_newsql_tao', 'tq_newsql_tao_log');
?>
--EXPECT--
bool(true)
bool(true)
string(6) "newsql"
string(6) "newsql"
new \oat\taoTaskQueue\model\QueueBroker\NewSqlQueueBroker('default', 3)
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
row 1 visible=t 2021-03-01 10:00:01
row 2 visible=t 2021-03-01 10:00:02
row 3 visible=f 2021-03-01 10:00:03
row 4 visible=t 2021-03-01 10:00:04
id: integer, default nextval('tq_newsql_tao_id_seq'::regclass)
int(3)
bool(true)
string(1) "5"
ran: 1,2,4,5
left: [{"id":"3","visible":"f","no_lease":"t"}]
