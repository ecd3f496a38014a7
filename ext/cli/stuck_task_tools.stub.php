<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * The options StuckTaskSummary and StuckTaskRestart share (generis ScriptAction style):
     * -q/--queue <name>, -w/--whitelist <FQCN,FQCN>, -s/--statuses <enqueued,dequeued,running>,
     * --age <seconds>, -h/--help.
     */
    abstract class AbstractStuckTask
    {
        protected mixed $serviceLocator = null;

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }

    /** php index.php 'oat\taoTaskQueue\scripts\tools\StuckTaskSummary' -q <queue> -w <FQCN,...> [-s <statuses>] [--age <s>] */
    class StuckTaskSummary extends AbstractStuckTask
    {
        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}
    }

    /** php index.php 'oat\taoTaskQueue\scripts\tools\StuckTaskRestart' -q <queue> -w <FQCN,...> [-s <statuses>] [--age <s>] */
    class StuckTaskRestart extends AbstractStuckTask
    {
        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}
    }
}
