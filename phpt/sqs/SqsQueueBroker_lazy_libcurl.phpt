--TEST--
SqsQueueBroker: libcurl is opened by the first SQS client, not when the extension loads (a worker without SQS never maps it); phpinfo() shows which
--SKIPIF--
<?php
if (!is_readable('/proc/self/maps')) die('skip needs /proc/self/maps');
if (str_contains(file_get_contents('/proc/self/maps'), '/libcurl')) die('skip libcurl is linked (--with-taskqueue-curl=linked)');
?>
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

function curl_mapped(): bool
{
    return str_contains(file_get_contents('/proc/self/maps'), '/libcurl');
}
function curl_info(): string
{
    ob_start();
    (new ReflectionExtension('taskqueue'))->info();
    preg_match('/^libcurl => (.*)$/m', ob_get_clean(), $m);
    return $m[1] ?? '?';
}

echo "loaded, nothing used: ", var_export(curl_mapped(), true), "\n";
echo preg_replace('/^[0-9.]+ /', 'X ', curl_info()), "\n";

$memory = new Queue('lazy-mem', new InMemoryQueueBroker(1));
$memory->enqueue(sqs_task('lazy-1'));
echo "after an in-memory queue: ", var_export(curl_mapped(), true), "\n";

[$queue, $broker] = sqs_setup(sqs_queue('lazy'));
echo "after the first SQS call: ", var_export(curl_mapped(), true), "\n";
echo preg_match('/^[0-9]+\.[0-9]+\.[0-9]+$/', curl_info()) ? "phpinfo shows the loaded version\n" : curl_info() . "\n";
var_dump($queue->enqueue(sqs_task('lazy-2')), $broker->count());
?>
--EXPECT--
loaded, nothing used: false
X headers; opened on first SQS use
after an in-memory queue: false
after the first SQS call: true
phpinfo shows the loaded version
bool(true)
int(1)
