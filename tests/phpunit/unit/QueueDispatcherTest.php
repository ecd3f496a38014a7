<?php
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\QueueDispatcherInterface;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\Task\CallbackTaskInterface;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use PHPUnit\Framework\TestCase;

class QueueDispatcherTest extends TestCase
{
    private function taskLog(): TaskLog
    {
        return new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
    }

    public function testWhenQueuesAreEmptyThenThrowException(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('Queues needs to be set.');
        new QueueDispatcher([]);
    }

    public function testWhenTaskLogIsMissingThenThrowException(): void
    {
        $this->expectExceptionMessage('Task Log service needs to be set.');
        new QueueDispatcher([QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())]]);
    }

    public function testWhenDuplicatedQueueNamesThenThrowException(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessageMatches('/duplicated Queue names/');
        new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [
                new Queue('dup', new InMemoryQueueBroker()),
                new Queue('dup', new InMemoryQueueBroker()),
            ],
            QueueDispatcherInterface::OPTION_TASK_LOG => $this->taskLog(),
        ]);
    }

    public function testWhenAssociationPointsToUnknownQueueThenThrowException(): void
    {
        $this->expectException(\LogicException::class);
        $this->expectExceptionMessageMatches('/not registered queue\(s\) linked to task\(s\): "nowhere"/');
        new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => $this->taskLog(),
            QueueDispatcherInterface::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => [InvokableAction::class => 'nowhere'],
        ]);
    }

    public function testCreateTaskWithInvokableObjectRunsAtOnceOnSyncQueue(): void
    {
        $log = $this->taskLog();
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => $log,
        ]);
        $this->assertTrue($dispatcher->isSync());
        $task = $dispatcher->createTask(new InvokableAction(), [1, 2, 3], 'adding');
        $this->assertInstanceOf(CallbackTaskInterface::class, $task);
        $this->assertTrue($task->isEnqueued());
        $this->assertSame('completed', $log->getStatus($task->getId()));
        $report = $log->getReport($task->getId());
        $report = is_array($report) ? $report : $report->toArray();
        $this->assertSame('sum=6', $report['children'][0]['message']);
    }

    public function testCreateTaskWithStaticMethodCallable(): void
    {
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => $this->taskLog(),
        ]);
        $task = $dispatcher->createTask([StaticAction::class, 'run'], ['a' => 1]);
        $this->assertInstanceOf(CallbackTaskInterface::class, $task);
        $this->assertSame(['a' => 1], $task->getParameters());
    }

    public function testRoutingUsesAssociationThenDefaultQueue(): void
    {
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [
                new Queue('first', new InMemoryQueueBroker()),
                new Queue('special', new InMemoryQueueBroker()),
                new Queue('fallback', new InMemoryQueueBroker()),
            ],
            QueueDispatcherInterface::OPTION_DEFAULT_QUEUE => 'fallback',
            QueueDispatcherInterface::OPTION_TASK_LOG => $this->taskLog(),
            QueueDispatcherInterface::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => [InvokableAction::class => 'special'],
        ]);
        $this->assertSame('fallback', $dispatcher->getDefaultQueue()->getName());
        $this->assertSame([InvokableAction::class => 'special'], $dispatcher->getLinkedTasks());
        $this->assertSame(['first', 'special', 'fallback'], $dispatcher->getQueueNames());
    }

    public function testGetUnknownQueueThrows(): void
    {
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => $this->taskLog(),
        ]);
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('Queue "missing" does not exist.');
        $dispatcher->getQueue('missing');
    }

    public function testTaskLogResolvedThroughServiceLocator(): void
    {
        $log = $this->taskLog();
        $locator = $this->getMockBuilder(\stdClass::class)->addMethods(['get'])->getMock();
        $locator->expects($this->atLeastOnce())->method('get')->with(TaskLogInterface::SERVICE_ID)->willReturn($log);
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => TaskLogInterface::SERVICE_ID,
        ]);
        $dispatcher->setServiceLocator($locator);
        $task = $dispatcher->createTask(new InvokableAction(), [5]);
        $this->assertSame('completed', $log->getStatus($task->getId()));
    }

    public function testFailingTaskEndsFailedWithItsMessage(): void
    {
        $log = $this->taskLog();
        $dispatcher = new QueueDispatcher([
            QueueDispatcherInterface::OPTION_QUEUES => [new Queue('q', new InMemoryQueueBroker())],
            QueueDispatcherInterface::OPTION_TASK_LOG => $log,
        ]);
        $task = $dispatcher->createTask(new FailingAction(), ['file' => 'items.zip']);
        $this->assertSame('failed', $log->getStatus($task->getId()));
        $report = $log->getReport($task->getId());
        $report = is_array($report) ? $report : $report->toArray();
        $this->assertSame('error', $report['type']);
        $this->assertStringContainsString('DomainException', $report['message']);
        $this->assertStringContainsString('cannot import items.zip', $report['message']);
    }
}
