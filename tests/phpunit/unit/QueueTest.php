<?php
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface;
use oat\tao\model\taskQueue\Task\TaskInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLogInterface;
use PHPUnit\Framework\TestCase;

class QueueTest extends TestCase
{
    public function testWhenQueueNameIsEmptyThenThrowException(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('Queue name needs to be set.');
        new Queue('', $this->createMock(QueueBrokerInterface::class));
    }

    public function testNameAndWeight(): void
    {
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->expects($this->once())->method('setQueueName')->with('fooQueue');
        $queue = new Queue('fooQueue', $broker, -5);
        $this->assertSame('fooQueue', $queue->getName());
        $this->assertSame('fooQueue', (string) $queue);
        $this->assertSame(5, $queue->getWeight());
        $this->assertSame($broker, $queue->getBroker());
    }

    public function testEnqueueWritesTheLogRowThenPushes(): void
    {
        $calls = [];
        $task = new SampleTask('http://x#i1', 'owner');
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->method('push')->willReturnCallback(function () use (&$calls) { $calls[] = 'push'; return true; });
        $log = $this->createMock(TaskLogInterface::class);
        $log->expects($this->once())->method('add')->with($task, 'enqueued', 'my label')
            ->willReturnCallback(function () use (&$calls, $log) { $calls[] = 'log'; return $log; });
        $queue = new Queue('q', $broker);
        $queue->setTaskLog($log);
        $this->assertTrue($queue->enqueue($task, 'my label'));
        $this->assertSame('my label', $task->getLabel());
        $this->assertSame(['log', 'push'], $calls, 'the log row must exist before a worker can see the message');
    }

    public function testEnqueueFailingPushRemovesTheLogRowAndReturnsFalse(): void
    {
        $task = new SampleTask('http://x#i2', 'owner');
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->method('push')->willReturn(false);
        $logBroker = $this->createMock(TaskLogBrokerInterface::class);
        $logBroker->expects($this->once())->method('deleteById')->with('http://x#i2')->willReturn(true);
        $log = $this->createMock(TaskLogInterface::class);
        $log->method('getBroker')->willReturn($logBroker);
        $queue = new Queue('q', $broker);
        $queue->setTaskLog($log);
        $this->assertFalse($queue->enqueue($task));
    }

    public function testDequeueWithoutTaskReturnsNull(): void
    {
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->method('pop')->willReturn(null);
        $log = $this->createMock(TaskLogInterface::class);
        $log->expects($this->never())->method('setStatus');
        $queue = new Queue('q', $broker);
        $queue->setTaskLog($log);
        $this->assertNull($queue->dequeue());
    }

    public function testDequeueMarksDequeuedOnlyFromEnqueued(): void
    {
        $task = new SampleTask('http://x#i3', 'owner');
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->method('pop')->willReturn($task);
        $log = $this->createMock(TaskLogInterface::class);
        $log->expects($this->once())->method('setStatus')->with('http://x#i3', 'dequeued', 'enqueued')->willReturn(1);
        $queue = new Queue('q', $broker);
        $queue->setTaskLog($log);
        $this->assertSame($task, $queue->dequeue());
    }

    public function testAcknowledgeCountInitializeDelegateToBroker(): void
    {
        $task = new SampleTask('http://x#i4', 'owner');
        $broker = $this->createMock(QueueBrokerInterface::class);
        $broker->expects($this->once())->method('delete')->with($task);
        $broker->expects($this->once())->method('count')->willReturn(7);
        $broker->expects($this->once())->method('createQueue');
        $queue = new Queue('q', $broker);
        $queue->acknowledge($task);
        $this->assertSame(7, $queue->count());
        $queue->initialize();
    }
}
