--TEST--
SqsQueueBroker old form new SqsQueueBroker('<profile>', <cache>, 10) of the seed README: the profile picks the ~/.aws profile (as AWS_PROFILE would; keys in the environment still come first) and the queue works end to end
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Queue;
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;

$dir = sqs_tmpdir('legacy');
file_put_contents("$dir/credentials", "[default]\naws_access_key_id = nope\naws_secret_access_key = nope\n\n[old]\naws_access_key_id = test\naws_secret_access_key = test\n");
file_put_contents("$dir/config", "[profile old]\nregion = us-east-1\n");
foreach (['AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE'] as $v) {
    putenv($v);
}
putenv("AWS_SHARED_CREDENTIALS_FILE=$dir/credentials");
putenv("AWS_CONFIG_FILE=$dir/config");

$name = sqs_queue('legacy');
$broker = new SqsQueueBroker('old', new GenerisCache(), 10);
echo $broker->__toPhpCode(), "\n";
$broker->setWaitTime(1);
$log = sqs_task_log();
$queue = new Queue($name, $broker);
$queue->setTaskLog($log);
$queue->initialize();
for ($i = 0; $i < 3; $i++) {
    $queue->enqueue(sqs_task("legacy-$i", ['dir' => $dir, 'n' => $i]));
}
var_dump($queue->count(), $broker->getNumberOfTasksToReceive());
$ids = [];
while ($t = $queue->dequeue()) {
    $ids[] = $t->getId();
    $queue->acknowledge($t);
}
sort($ids);
echo implode(',', $ids), "\n";
var_dump($queue->count());

echo "a profile that is in neither file:\n";
$b = new SqsQueueBroker('gone', new GenerisCache(), 10);
$b->setQueueName($name);
try {
    $b->count();
} catch (RuntimeException $e) {
    echo str_replace($dir, 'DIR', $e->getMessage()), "\n";
}
echo "... keys and region in the environment are used before the files:\n";
putenv('AWS_ACCESS_KEY_ID=test');
putenv('AWS_SECRET_ACCESS_KEY=test');
putenv('AWS_REGION=us-east-1');
$b = new SqsQueueBroker('gone', new GenerisCache(), 10);
$b->setQueueName($name);
var_dump($b->count());
sqs_rmdir($dir);
?>
--EXPECT--
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('old', unserialize('O:12:"GenerisCache":2:{s:4:"data";a:0:{}s:5:"calls";a:0:{}}'), 10)
int(3)
int(10)
legacy-0,legacy-1,legacy-2
int(0)
a profile that is in neither file:
no AWS region for SQS: looked for 'region' in config/generis/awsClient.conf.php (not used: no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)), the environment variables AWS_REGION and AWS_DEFAULT_REGION, and 'region' in profile 'gone' of DIR/config
... keys and region in the environment are used before the files:
int(0)
