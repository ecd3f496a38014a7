<?php
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\QueueInterface;
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;
use oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy;
use PHPUnit\Framework\TestCase;

class WeightStrategyTest extends TestCase
{
    private function queue(int $weight, ?object $task = null): QueueInterface
    {
        $q = $this->createMock(QueueInterface::class);
        $q->method('getWeight')->willReturn($weight);
        $q->method('dequeue')->willReturn($task);
        return $q;
    }

    public function testPicksFollowWeightsWithinOnePointWhileEveryQueueHasWork(): void
    {
        $hits = [0, 0, 0];
        $queues = [];
        foreach ([90, 30, 10] as $i => $w) {
            $q = $this->createMock(QueueInterface::class);
            $q->method('getWeight')->willReturn($w);
            $q->method('dequeue')->willReturnCallback(function () use (&$hits, $i) {
                $hits[$i]++;
                return new SampleTask("http://x#$i", 'o');
            });
            $queues[] = $q;
        }
        $strategy = (new WeightStrategy())->setSeed(42);
        for ($n = 0; $n < 100000; $n++) {
            $this->assertNotNull($strategy->pickNextTask($queues));
        }
        foreach ([90, 30, 10] as $i => $w) {
            $this->assertEqualsWithDelta($w / 130 * 100, $hits[$i] / 1000, 1.0);
        }
        $this->assertSame(1, $strategy->getWaitTime());
    }

    public function testAnEmptyQueueDrawnFallsThroughToTheOthers(): void
    {
        $task = new SampleTask('http://x#t', 'o');
        $strategy = (new WeightStrategy())->setSeed(7);
        for ($n = 0; $n < 100; $n++) {
            $this->assertSame($task, $strategy->pickNextTask([$this->queue(1000, null), $this->queue(1, $task)]));
        }
        $this->assertNull($strategy->pickNextTask([$this->queue(1000, null), $this->queue(1, null)]));
    }

    public function testStrictPriorityWalksDownWithinOnePick(): void
    {
        $task = new SampleTask('http://x#t', 'o');
        $polled = [];
        $queue = function (int $weight, ?object $task) use (&$polled): QueueInterface {
            $q = $this->createMock(QueueInterface::class);
            $q->method('getWeight')->willReturn($weight);
            $q->method('dequeue')->willReturnCallback(function () use (&$polled, $weight, $task) {
                $polled[] = $weight;
                return $task;
            });
            return $q;
        };
        $strategy = new StrictPriorityStrategy();
        $queues = [$queue(10, $task), $queue(90, null), $queue(30, null)];
        $this->assertSame($task, $strategy->pickNextTask($queues));   // 90 and 30 empty: 10 serves
        $this->assertSame([90, 30, 10], $polled);
        $this->assertSame(0, $strategy->getWaitTime());
        $this->assertNull($strategy->pickNextTask([$queue(10, null), $queue(90, null)]));
        $this->assertSame(5, $strategy->getWaitTime());
    }
}
