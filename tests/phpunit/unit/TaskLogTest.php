<?php
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\TasksLogsStats;
use oat\tao\model\taskQueue\TaskLogInterface;
use PHPUnit\Framework\TestCase;

class TaskLogTest extends TestCase
{
    public function testMissingBrokerOptionThrows(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('Task Log Broker service needs to be set.');
        new TaskLog([]);
    }

    public function testStatusCallsDelegateToTheBroker(): void
    {
        $broker = $this->createMock(TaskLogBrokerInterface::class);
        $broker->expects($this->once())->method('updateStatus')->with('id1', 'running', 'dequeued')->willReturn(1);
        $broker->expects($this->once())->method('getStatus')->with('id1')->willReturn('running');
        $log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => $broker]);
        $this->assertSame(1, $log->setStatus('id1', 'running', 'dequeued'));
        $this->assertSame('running', $log->getStatus('id1'));
        $this->assertSame($broker, $log->getBroker());
    }

    public function testInvalidStatusIsRejected(): void
    {
        $broker = $this->createMock(TaskLogBrokerInterface::class);
        $broker->expects($this->never())->method('updateStatus');
        $log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => $broker]);
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessageMatches('/bogus/');
        $log->setStatus('id1', 'bogus');
    }

    public function testGetStatsDelegates(): void
    {
        $broker = $this->createMock(TaskLogBrokerInterface::class);
        $broker->method('getStats')->willReturn(new TasksLogsStats(3, 2, 1));
        $log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => $broker]);
        $stats = $log->getStats('cli-user');
        $this->assertSame(3, $stats->getNumberOfTasksCompleted());
        $this->assertSame(2, $stats->getNumberOfTasksFailed());
        $this->assertSame(1, $stats->getNumberOfTasksInProgress());
    }

    public function testArchiveRefusedWhileRunningUnlessForced(): void
    {
        $log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
        $task = new SampleTask('http://x#i9', 'u1');
        $log->add($task, 'enqueued');
        $log->setStatus('http://x#i9', 'running');
        $entity = $log->getById('http://x#i9');
        $this->assertTrue($entity->getStatus()->isInProgress());
        try {
            $log->archive($entity);
            $this->fail('archiving a running task must be refused');
        } catch (\Exception $e) {
            $this->assertStringContainsString('in progress', $e->getMessage());
        }
        $this->assertTrue($log->archive($entity, true));
        $this->assertSame('archived', $log->getStatus('http://x#i9'));
    }

    public function testCategories(): void
    {
        $log = new TaskLog([
            TaskLogInterface::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker(),
            TaskLogInterface::OPTION_TASK_TO_CATEGORY_ASSOCIATIONS => [InvokableAction::class => 'import'],
        ]);
        $this->assertSame('import', $log->getCategoryForTask(InvokableAction::class));
        $this->assertSame('unknown', $log->getCategoryForTask(StaticAction::class));
        $this->assertContains('export', $log->getTaskCategories());
    }

    public function testCategorizedStatusMapping(): void
    {
        $this->assertTrue(CategorizedStatus::createFromString('dequeued')->isInProgress());
        $this->assertTrue(CategorizedStatus::createFromString('unknown')->isFailed());
        $this->assertTrue(CategorizedStatus::createFromString('enqueued')->equals(CategorizedStatus::created()));
        $this->assertSame('In Progress', CategorizedStatus::inProgress()->getLabel());
        $this->expectException(\Exception::class);
        CategorizedStatus::createFromString('nope');
    }

    public function testFilterRejectsUnknownOperator(): void
    {
        $filter = new TaskLogFilter();
        $this->expectException(\InvalidArgumentException::class);
        $filter->addFilter('status', '<>', 'x');
    }

    public function testSearchByFilterOnInMemoryBroker(): void
    {
        $log = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
        foreach (['a', 'b', 'c'] as $i => $n) {
            $log->add(new SampleTask("http://x#$n", $i ? 'u1' : 'u2'), 'enqueued', "label $n");
        }
        $found = $log->search((new TaskLogFilter())->eq('owner', 'u1'));
        $this->assertCount(2, $found);
        $this->assertEqualsCanonicalizing(['http://x#b', 'http://x#c'], $found->getIds());
        $this->assertCount(1, $log->findAvailableByUser('u2'));
    }
}
