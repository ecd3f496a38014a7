<?php

/** @generate-class-entries */

/*
 * TAO's TaskLog\DataTablePayload (tao-core), native: the Task Log page a JS datatable asks
 * for. tao-core's DatatablePayload and DatatableRequest interfaces are PHP types unknown at
 * start-up: the payload has DatatablePayload's methods (getPayload(), jsonSerialize()) without
 * declaring it, and the request is any object with DatatableRequest's getters
 * (doc/compatibility.md, "Decorators").
 */

namespace oat\tao\model\taskQueue\TaskLog {

    class DataTablePayload implements \JsonSerializable, \Countable
    {
        private ?TaskLogFilter $taskLogFilter = null;
        private ?Broker\TaskLogBrokerInterface $broker = null;
        private ?object $request = null;
        private ?\Closure $rowCustomiser = null;
        private bool $overrideDefaultPayload = false;

        /** Without a request (ours), tao-core's DatatableRequest::fromGlobals(), as the legacy payload. */
        public function __construct(TaskLogFilter $filter, Broker\TaskLogBrokerInterface $broker, ?object $request = null) {}

        /** @return static */
        public function customiseRowBy(\Closure $func, mixed $overrideDefault = false) {}

        public function getPayload(): array {}

        public function count(): int {}

        public function jsonSerialize(): array {}
    }
}
