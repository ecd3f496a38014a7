<?php

/** @generate-class-entries */

namespace TaskQueue {

    /**
     * What a TAO-like root's index.php runs: `exit(\TaskQueue\Cli::run($argv));`
     * $argv[1] is the action (a class with __invoke, or a service id of the locator),
     * the rest its parameters. Prints the report as TAO's renderToCommandLine does and
     * returns the exit status: 1 when the report holds an error, else 0.
     */
    final class Cli
    {
        private function __construct() {}

        public static function run(array $argv, ?object $serviceLocator = null): int {}

        /** The report as lines, children indented by 2 spaces a level, ANSI colours if asked. */
        public static function renderReport(mixed $report, bool $colors = false): string {}
    }
}
