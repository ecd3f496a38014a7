<?php

/** @generate-class-entries */

/*
 * Deprecated legacy names of spec §2.3 (oat\taoTaskQueue\model\...), which old TAO config
 * files still construct. Native subclasses of the core classes (not class_alias: TAO's were
 * independent copies with their own constants; doc/compatibility.md, "Legacy names").
 * Their constants shadow the inherited ones: legacy.c declares them (an internal class
 * cannot redeclare an inherited constant through the generated arginfo).
 */

namespace oat\taoTaskQueue\model {

    /** @deprecated Use \oat\tao\model\taskQueue\QueueDispatcher */
    class QueueDispatcher extends \oat\tao\model\taskQueue\QueueDispatcher
    {
    }

    /** @deprecated Use \oat\tao\model\taskQueue\Queue */
    class Queue extends \oat\tao\model\taskQueue\Queue
    {
    }

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog */
    class TaskLog extends \oat\tao\model\taskQueue\TaskLog
    {
    }
}
