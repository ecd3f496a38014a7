--TEST--
SqsQueueBroker: a received message whose task refuses its metadata (setMetadata() throws) never reaches the pre-fetch buffer: the exception goes on up and the message is given back at once (not renewed until the broker is freed), so another worker receives it now
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Task\AbstractTask;

class MetaRefusingTask extends AbstractTask
{
    public static bool $refuse = true;
    public function __invoke() { return null; }
    public function setMetadata(mixed $spec, mixed $value = null)
    {
        if (self::$refuse && $spec === 'SqsMessageId') {
            throw new RuntimeException('metadata refused');
        }
        return parent::setMetadata($spec, $value);
    }
}

$name = sqs_queue('metarefused');
[$queue, $broker] = sqs_setup($name, 1, 1);
$broker->setLeaseTime(60);
var_dump($queue->enqueue(new MetaRefusingTask('refused-1', 'me')));
try {
    $broker->pop();
    echo "no exception\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($broker->hasPreFetchedMessages());

// the first broker is still alive: without the give-back its keeper would keep the message
// invisible for as long as it lives
MetaRefusingTask::$refuse = false;
[, $other] = sqs_setup($name, 1, 1);
$t = null;
sqs_wait_until(function () use ($other, &$t) { return ($t = $other->pop()) !== null; }, 5);
echo $t ? $t->getId() . ' received again' : 'not received', "\n";
if ($t) {
    $other->delete($t);
}
var_dump($broker->releasePreFetchedMessages());
?>
--EXPECT--
bool(true)
RuntimeException: metadata refused
bool(false)
refused-1 received again
int(0)
