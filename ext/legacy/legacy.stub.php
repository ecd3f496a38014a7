<?php

/** @generate-class-entries */

/*
 * Deprecated legacy names (oat\taoTaskQueue\model\...), which old TAO config
 * files still construct. Native subclasses of the core classes (not class_alias: TAO's were
 * independent copies with their own constants; doc/compatibility.md, "Legacy names").
 * Their constants shadow the inherited ones: legacy.c declares them (an internal class
 * cannot redeclare an inherited constant through the generated arginfo), and then
 * implements its legacy interface (after the shadowing, so the constants do not clash).
 */

namespace oat\taoTaskQueue\model {

    /** @deprecated Use \oat\tao\model\taskQueue\QueueDispatcherInterface */
    interface QueueDispatcherInterface extends \oat\tao\model\taskQueue\QueueDispatcherInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\QueueInterface */
    interface QueueInterface extends \oat\tao\model\taskQueue\QueueInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLogInterface */
    interface TaskLogInterface extends \oat\tao\model\taskQueue\TaskLogInterface {}

    /**
     * @deprecated Use \oat\tao\model\taskQueue\QueueDispatcher
     * TAO's RDF-store methods (legacy_dispatcher.c) reach generis' ontology through the
     * service locator (generis/ontology), as generis' OntologyAwareTrait, whose methods it has.
     */
    class QueueDispatcher extends \oat\tao\model\taskQueue\QueueDispatcher
    {
        /** @return \oat\tao\model\taskQueue\QueueInterface|null */
        public function getQueueByWeight() {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function dequeue(mixed $queueName = null) {}

        /** @return object|null */
        public function getTaskResource(object $resource) {}

        /** @return mixed */
        public function getReportByLinkedResource(object $resource) {}

        /** @return object */
        public function linkTaskToResource(\oat\tao\model\taskQueue\Task\TaskInterface $task, ?object $resource = null) {}

        /** @return object */
        public function getResource(mixed $uri) {}

        /** @return object */
        public function getClass(mixed $uri) {}

        /** @return object */
        public function getProperty(mixed $uri) {}

        /** @return object */
        protected function getModel() {}
    }

    /** @deprecated Use \oat\tao\model\taskQueue\Queue */
    class Queue extends \oat\tao\model\taskQueue\Queue
    {
    }

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog */
    class TaskLog extends \oat\tao\model\taskQueue\TaskLog
    {
        /** @return \oat\taoTaskQueue\model\TaskLog\DataTablePayload (TAO's legacy one took the filter only) */
        public function getDataTablePayload(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter, mixed $request = null) {}
    }
}
