<?php
/*
 * The tasks of the metrics test (tests/metrics): Work completes after a few milliseconds,
 * Fail throws (the task ends failed).
 */
namespace MetricsTest;

final class Work
{
    public function __invoke(array $params)
    {
        usleep(($params['ms'] ?? 5) * 1000);
        return ['type' => 'success', 'message' => 'Done', 'data' => null, 'children' => []];
    }
}

final class Fail
{
    public function __invoke(array $params)
    {
        throw new \RuntimeException('failing on purpose');
    }
}
