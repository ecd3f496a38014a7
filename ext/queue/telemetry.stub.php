<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Telemetry {

    /**
     * tao-core's OpenTelemetry spans of the task queue: W3C trace context carried in the task's
     * metadata, an ENQUEUE span around Queue::enqueue() and a PROCESS span around
     * AbstractWorker::processTask(). A no-op unless the opentelemetry extension is loaded, its
     * PHP API present and OTEL_PHP_AUTOLOAD_ENABLED true; never throws, never changes a result.
     */
    final class TaskQueueTelemetry
    {
        /** @var string */
        public const METADATA_TRACE_CONTEXT_KEY = '__otel_trace_context__';

        public static function isEnabled(): bool {}

        public static function traceEnqueue(\oat\tao\model\taskQueue\QueueInterface $queue, \oat\tao\model\taskQueue\Task\TaskInterface $task, callable $enqueue): mixed {}

        public static function traceProcessTask(\oat\tao\model\taskQueue\Task\TaskInterface $task, callable $processor): array {}

        public static function resolveTaskClassName(\oat\tao\model\taskQueue\Task\TaskInterface $task): string {}

        private static function safeAnnotateProcessSpan(mixed $span, string $status, mixed $report): void {}

        private static function extractFailureSummaryFromReport(mixed $report): ?string {}

        private static function sanitizeFailureSummary(string $summary): string {}
    }
}
