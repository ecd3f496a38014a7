--TEST--
SqsQueueBroker queue URL cache (quirk 7 fixed): createQueue() and lookups store the URL under TQ_<name>_url (generis' put($value, $key), PSR-16's set($key, $value)); other brokers and processes use it without GetQueueUrl; a stale URL is resolved again and replaced
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;

class ExposedSqs extends SqsQueueBroker
{
    public function exists() { return $this->queueExists(); }
    public function cache() { return $this->getCache(); }
}

$name = sqs_queue('urls');
$cache = new GenerisCache();
$b = new SqsQueueBroker($cache, 1);
$b->setQueueName($name)->createQueue();
$url = sqs_url("TQ_$name");
echo "after createQueue(): ", str_replace($name, 'NAME', implode(', ', $cache->calls)), "\n";
var_dump(array_keys($cache->data) === ["TQ_{$name}_url"], $cache->data["TQ_{$name}_url"] === $url);

echo "another process with that cache: no GetQueueUrl (one request for count()):\n";
$dir = sqs_tmpdir('urls');
$child = new SqsChild($dir, '
$cache = unserialize(' . var_export(serialize($cache), true) . ');
$b = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker($cache, 1);
$b->setQueueName(' . var_export($name, true) . ');
echo $b->count(), " messages, ", $b->getRequestCount(), " request(s), cache calls: ", implode(", ", $cache->calls), "\n";
', 'seeded');
$child->wait(10);
echo str_replace($name, 'NAME', $child->out() . $child->err());

echo "another process with an empty cache: GetQueueUrl, then the URL is cached:\n";
$child = new SqsChild($dir, '
$cache = new GenerisCache();
$b = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker($cache, 1);
$b->setQueueName(' . var_export($name, true) . ');
echo $b->count(), " messages, ", $b->getRequestCount(), " request(s), cache calls: ", implode(", ", $cache->calls), "\n";
', 'empty');
$child->wait(10);
echo str_replace($name, 'NAME', $child->out() . $child->err());

echo "another process whose cache holds a stale URL: resolved again and replaced:\n";
$stale = preg_replace('/TQ_[^\/]+$/', 'TQ_deleted_' . $name, $url);
$child = new SqsChild($dir, '
$cache = new GenerisCache();
$cache->data[' . var_export("TQ_{$name}_url", true) . '] = ' . var_export($stale, true) . ';
$b = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker($cache, 1);
$b->setQueueName(' . var_export($name, true) . ');
echo $b->count(), " messages, ", $b->getRequestCount(), " request(s), cache calls: ", implode(", ", $cache->calls), "\n";
echo "fixed: ", var_export($cache->data[' . var_export("TQ_{$name}_url", true) . '] === ' . var_export($url, true) . ', true), "\n";
', 'stale');
$child->wait(10);
echo str_replace($name, 'NAME', $child->out() . $child->err());

echo "this process caches URLs itself: a broker with an empty cache makes no GetQueueUrl:\n";
$other = new GenerisCache();
$b2 = new SqsQueueBroker($other, 1);
$b2->setQueueName($name);
echo $b2->count(), " messages, ", $b2->getRequestCount(), " request(s)\n";

echo "a PSR-16 cache (set), found through the service locator by id:\n";
$name2 = sqs_queue('urls16');
$psr = new Psr16Cache();
$b3 = new ExposedSqs('generis/cache', 1);
$b3->setServiceLocator(new ArrayServiceLocator(['generis/cache' => $psr]));
$b3->setQueueName($name2)->createQueue();
var_dump(array_keys($psr->data) === ["TQ_{$name2}_url"], $psr->data["TQ_{$name2}_url"] === sqs_url("TQ_$name2"));
var_dump($b3->exists(), $b3->cache() === $psr);
sqs_rmdir($dir);
?>
--EXPECT--
after createQueue(): has(TQ_NAME_url), put(TQ_NAME_url)
bool(true)
bool(true)
another process with that cache: no GetQueueUrl (one request for count()):
0 messages, 1 request(s), cache calls: has(TQ_NAME_url), put(TQ_NAME_url), has(TQ_NAME_url), get(TQ_NAME_url)
another process with an empty cache: GetQueueUrl, then the URL is cached:
0 messages, 2 request(s), cache calls: has(TQ_NAME_url), put(TQ_NAME_url)
another process whose cache holds a stale URL: resolved again and replaced:
0 messages, 3 request(s), cache calls: has(TQ_NAME_url), get(TQ_NAME_url), put(TQ_NAME_url)
fixed: true
this process caches URLs itself: a broker with an empty cache makes no GetQueueUrl:
0 messages, 1 request(s)
a PSR-16 cache (set), found through the service locator by id:
bool(true)
bool(true)
bool(true)
bool(true)
