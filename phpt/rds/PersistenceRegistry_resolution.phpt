--TEST--
Persistence ids: environment first, then TaskQueue\PersistenceRegistry, then TAO's persistences.conf.php; clear errors without passwords
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use TaskQueue\PersistenceRegistry as R;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

$ci = rds_conninfo();
echo R::describe('default') === "environment variable TASKQUEUE_PERSISTENCE_DEFAULT: $ci" ? "default from env\n" : R::describe('default') . "\n";
try { new R(); } catch (Error $e) { echo "no instances\n"; }

// unknown everywhere
var_dump(R::has('nowhere-1'));
try { R::describe('nowhere-1'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }

// the registry; the password never shows
R::register('reg', "$ci password=s3cr3t-pw");
var_dump(R::has('reg'));
echo str_replace($ci, '<ci>', R::describe('reg')), "\n";
$b = new RdsQueueBroker('reg');
$b->setQueueName('rds_res');
$b->createQueue();
echo "registry connection works\n";
R::unregister('reg');
var_dump(R::has('reg'));
try { R::register('bad', "host='unterminated"); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { R::register('', $ci); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }

// the environment wins over the registry; the id is upper-cased, other characters become _
putenv("TASKQUEUE_PERSISTENCE_MY_DB_2=$ci");
R::register('my-db.2', 'host=/nonexistent');
echo str_replace($ci, '<ci>', R::describe('my-db.2')), "\n";
putenv("TASKQUEUE_PERSISTENCE_MY_DB_2");

// an unreachable server: the id and libpq's reason, no password
R::register('down', 'host=/nonexistent/dir port=1 dbname=x user=u password=hunter22 connect_timeout=2');
try { (new RdsTaskLogBroker('down'))->createContainer(); } catch (RuntimeException $e) {
    echo str_contains($e->getMessage(), 'hunter22') ? "PASSWORD LEAKED\n" : '', $e->getMessage(), "\n";
}

// TAO's config: generis' persistence manager object, or a plain array
$root = sys_get_temp_dir() . '/rds_res_root_' . getmypid();
@mkdir("$root/config/generis", 0777, true);
ini_set('taskqueue.root', $root);
preg_match_all("/(\w+)=(\S+)/", $ci, $m);
$p = array_combine($m[1], $m[2]);
$conn = var_export(['driver' => 'pdo_pgsql', 'host' => $p['host'], 'port' => (int) ($p['port'] ?? 5432), 'dbname' => $p['dbname'],
                    'user' => $p['user'], 'password' => 'tao pw\'s'], true);
file_put_contents("$root/config/generis/persistences.conf.php", "<?php
if (!class_exists('FakePersistenceManager')) { class FakePersistenceManager { private \$o; function __construct(\$o) { \$this->o = \$o; } function getOption(\$k) { return \$this->o[\$k] ?? null; } } }
return new FakePersistenceManager(['persistences' => [
    'taodb' => ['driver' => 'dbal', 'connection' => $conn],
    'byurl' => ['driver' => 'dbal', 'connection' => ['url' => 'pgsql://u:urlpw@localhost:1/db']],
    'mysql' => ['driver' => 'dbal', 'connection' => ['driver' => 'pdo_mysql', 'host' => 'h']],
    'cache' => ['driver' => 'phpredis'],
]]);");
var_dump(R::has('taodb'));
echo str_replace($root, '<root>', R::describe('taodb')), "\n";
$l = new RdsTaskLogBroker('taodb', 'rds_res_log');
$l->createContainer();
echo "TAO config connection works\n";
echo str_replace($root, '<root>', R::describe('byurl')), "\n";
foreach (['mysql', 'cache', 'none'] as $id) {
    try { R::describe($id); } catch (Exception $e) { echo get_class($e), ': ', str_replace($root, '<root>', $e->getMessage()), "\n"; }
}
file_put_contents("$root/config/generis/persistences.conf.php", "<?php return ['persistences' => ['arr' => ['driver' => 'dbal', 'connection' => ['url' => 'postgresql://x@h/db']]]];");
echo str_replace($root, '<root>', R::describe('arr')), "\n";
unlink("$root/config/generis/persistences.conf.php");
try { R::describe('arr'); } catch (RuntimeException $e) { echo str_replace($root, '<root>', $e->getMessage()), "\n"; }
rmdir("$root/config/generis"); rmdir("$root/config"); rmdir($root);
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_res', 'tq_rds_res_log');
?>
--EXPECTF--
default from env
no instances
bool(false)
Persistence "nowhere-1" is not configured. Looked in: the environment variable TASKQUEUE_PERSISTENCE_NOWHERE_1 (not set), TaskQueue\PersistenceRegistry (not registered), TAO's persistences config (no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT))
bool(true)
TaskQueue\PersistenceRegistry: <ci> password=***
registry connection works
bool(false)
Persistence "bad": invalid connection string: %s
TaskQueue\PersistenceRegistry::register(): Argument #1 ($id) must not be empty
environment variable TASKQUEUE_PERSISTENCE_MY_DB_2: <ci>
RdsTaskLogBroker::createContainer() on persistence "down": could not connect to PostgreSQL: %s
bool(true)
<root>/config/generis/persistences.conf.php (persistence "taodb"): host='%s' port='%d' dbname='%s' user='%s' password=***
TAO config connection works
<root>/config/generis/persistences.conf.php (persistence "byurl"): postgresql://u:***@localhost:1/db
InvalidArgumentException: Persistence "mysql" in <root>/config/generis/persistences.conf.php uses the driver "pdo_mysql"; the RDS brokers need PostgreSQL (pdo_pgsql)
InvalidArgumentException: Persistence "cache" in <root>/config/generis/persistences.conf.php has no 'connection' array: the RDS brokers need a 'dbal' persistence on PostgreSQL
RuntimeException: Persistence "none" is not configured. Looked in: the environment variable TASKQUEUE_PERSISTENCE_NONE (not set), TaskQueue\PersistenceRegistry (not registered), <root>/config/generis/persistences.conf.php (no persistence "none" there)
<root>/config/generis/persistences.conf.php (persistence "arr"): postgresql://x@h/db
Persistence "arr" is not configured. Looked in: the environment variable TASKQUEUE_PERSISTENCE_ARR (not set), TaskQueue\PersistenceRegistry (not registered), TAO's persistences config (config file <root>/config/generis/persistences.conf.php does not exist)
