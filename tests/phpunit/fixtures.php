<?php
// Task classes and callables used across the suite, the way TAO's own tests define them.
namespace oat\taskqueue\test;

use oat\tao\model\taskQueue\Task\AbstractTask;

final class SampleTask extends AbstractTask
{
    public function __invoke()
    {
        return ['type' => 'success', 'message' => 'done ' . $this->getParameter('n', 0), 'data' => null, 'children' => []];
    }
}

final class InvokableAction
{
    public function __invoke(array $params)
    {
        return ['type' => 'success', 'message' => 'sum=' . array_sum($params), 'data' => null, 'children' => []];
    }
}

final class StaticAction
{
    public static function run(array $params)
    {
        return ['type' => 'info', 'message' => 'static', 'data' => $params, 'children' => []];
    }
}

final class FailingAction
{
    public function __invoke(array $params)
    {
        throw new \DomainException('cannot import ' . ($params['file'] ?? '?'));
    }
}

/** Collects PSR-3 calls so tests can assert on what was logged. */
final class MemoryLogger
{
    public array $records = [];

    public function __call($level, $args)
    {
        $this->records[] = [$level, $args[0], $args[1] ?? []];
    }

    public function messages(string $level): array
    {
        return array_values(array_map(fn($r) => $r[1], array_filter($this->records, fn($r) => $r[0] === $level)));
    }
}
