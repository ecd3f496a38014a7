<?php
namespace oat\taskQueueExample;

/** A results export, associated with the "standard" queue. */
final class ExportResults
{
    public function __invoke(array $params)
    {
        usleep(random_int(1000, 5000));
        return Services::report('success', "Exported the results of delivery {$params['delivery']}");
    }
}
