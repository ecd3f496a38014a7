<?php
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\QueuerInterface;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;
use PHPUnit\Framework\TestCase;

class WorkerTest extends TestCase
{
    private function task(object $callable): CallbackTask
    {
        $task = new CallbackTask('http://x#i77', 'owner');
        $task->setCallable($callable)->setParameter(['file' => 'f.zip']);
        return $task;
    }

    public function testCancelledTaskIsReportedAndAcknowledgedWithoutRunning(): void
    {
        $task = $this->task(new FailingAction());
        $queuer = $this->createMock(QueuerInterface::class);
        $queuer->expects($this->once())->method('acknowledge')->with($task);
        $log = $this->createMock(TaskLogInterface::class);
        $log->method('getStatus')->willReturn('cancelled');
        $log->expects($this->once())->method('setReport')->with('http://x#i77', $this->anything(), 'cancelled');
        $worker = new OneTimeWorker($queuer, $log);
        $this->assertSame('cancelled', $worker->processTask($task));
    }

    public function testSuccessfulTaskIsCompletedAndAcknowledged(): void
    {
        $task = $this->task(new InvokableAction());
        $queuer = $this->createMock(QueuerInterface::class);
        $queuer->expects($this->once())->method('acknowledge')->with($task);
        $log = $this->createMock(TaskLogInterface::class);
        $log->method('getStatus')->willReturn('dequeued');
        $log->expects($this->once())->method('setStatus')->with('http://x#i77', 'running', 'dequeued')->willReturn(1);
        $log->expects($this->once())->method('setReport')->with('http://x#i77', $this->anything(), 'completed');
        $this->assertSame('completed', (new OneTimeWorker($queuer, $log))->processTask($task));
    }

    public function testExceptionEndsFailedAndStillAcknowledges(): void
    {
        $task = $this->task(new FailingAction());
        $queuer = $this->createMock(QueuerInterface::class);
        $queuer->expects($this->once())->method('acknowledge');
        $log = $this->createMock(TaskLogInterface::class);
        $log->method('getStatus')->willReturn('dequeued');
        $log->method('setStatus')->willReturn(1);
        $log->expects($this->once())->method('setReport')->with(
            'http://x#i77',
            $this->callback(function ($report) {
                $r = is_array($report) ? $report : $report->toArray();
                return $r['type'] === 'error' && str_contains($r['message'], 'cannot import f.zip');
            }),
            'failed'
        );
        $this->assertSame('failed', (new OneTimeWorker($queuer, $log))->processTask($task));
    }

    public function testLostClaimOnFinishedTaskAcknowledgesWithoutRunning(): void
    {
        $task = $this->task(new FailingAction());
        $queuer = $this->createMock(QueuerInterface::class);
        $queuer->expects($this->once())->method('acknowledge')->with($task);
        $log = $this->createMock(TaskLogInterface::class);
        $log->method('getStatus')->willReturnOnConsecutiveCalls('completed', 'completed', 'completed');
        $log->method('setStatus')->willReturn(0);
        $log->expects($this->never())->method('setReport');
        $this->assertSame('completed', (new OneTimeWorker($queuer, $log))->processTask($task));
    }
}
