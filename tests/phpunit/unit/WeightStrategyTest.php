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

    public function testPicksFollowWeightsWithinOnePoint(): void
    {
        $hits = [0, 0, 0];
        $queues = [];
        foreach ([90, 30, 10] as $i => $w) {
            $q = $this->createMock(QueueInterface::class);
            $q->method('getWeight')->willReturn($w);
            $q->method('dequeue')->willReturnCallback(function () use (&$hits, $i) { $hits[$i]++; return null; });
            $queues[] = $q;
        }
        $strategy = (new WeightStrategy())->setSeed(42);
        for ($n = 0; $n < 100000; $n++) {
            $strategy->pickNextTask($queues);
        }
        foreach ([90, 30, 10] as $i => $w) {
            $this->assertEqualsWithDelta($w / 130 * 100, $hits[$i] / 1000, 1.0);
        }
        $this->assertSame(1, $strategy->getWaitTime());
    }

    public function testStrictPriorityGoesBackToTheTopAfterAHit(): void
    {
        $task = new SampleTask('http://x#t', 'o');
        $high = $this->queue(90, null);
        $low = $this->queue(10, $task);
        $strategy = new StrictPriorityStrategy();
        $this->assertNull($strategy->pickNextTask([$low, $high]));   // high first: empty
        $this->assertSame(0, $strategy->getWaitTime());
        $this->assertSame($task, $strategy->pickNextTask([$low, $high]));
    }
}
