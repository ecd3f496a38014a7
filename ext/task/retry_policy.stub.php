<?php

/** @generate-class-entries */

namespace TaskQueue {

    /**
     * How often a failed task runs again, and when (README "Retries and dead letters").
     * attempts: runs in all, the first included (1..100; 1: none again); backoff: seconds
     * before the second run (0..86400); each later wait is multiplier (1..10) times the one
     * before, at most maxBackoff seconds; jitter (0..1) shortens each wait by up to that
     * fraction, at random; retryOn: the exception classes that retry (none: every one).
     * A task that throws anything else, or returns an error report, fails at once.
     * An invalid value throws \InvalidArgumentException naming it.
     */
    final class RetryPolicy
    {
        private array $settings;

        public function __construct(int $attempts, float $backoff = 1.0, float $maxBackoff = 300.0, float $multiplier = 2.0, float $jitter = 0.5, array $retryOn = []) {}

        /** From the array form (keys attempts, backoff, multiplier, max_backoff, jitter, retry_on), as in the dispatcher's option. */
        public static function fromArray(array $settings): RetryPolicy {}

        public function toArray(): array {}

        public function getAttempts(): int {}

        /** The wait in seconds after run $attempt failed, before jitter shortens it. */
        public function getDelay(int $attempt): float {}
    }
}
