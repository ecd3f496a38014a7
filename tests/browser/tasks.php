<?php
/*
 * The task of the dashboard's browser test (tests/browser): what it does is in its
 * parameters, so the test decides each task's fate.
 *   wait: a file name; the task runs until that file exists (the test holds it "running")
 *   fail: the task throws with this message
 *   report: the message of its report (markup in it must show as text)
 *   file: the report's data, a file of the storage (download)
 *   flag: a file that must exist for the task to succeed (a failed task retried after
 *         the test made it: "a failed one can be retried then completes")
 */
namespace BrowserTest;

final class StepTask
{
    public function __invoke(array $params)
    {
        if (!empty($params['wait'])) {
            for ($i = 0; $i < 1200 && !file_exists($params['wait']); $i++) {
                usleep(50000);
            }
        }
        if (!empty($params['fail']) || (!empty($params['flag']) && !file_exists($params['flag']))) {
            throw new \RuntimeException($params['fail'] ?? 'the flag file is missing');
        }
        return ['type' => 'success', 'message' => $params['report'] ?? 'Done', 'data' => $params['file'] ?? null,
                'children' => [['type' => 'info', 'message' => 'step one', 'data' => null, 'children' => [
                    ['type' => 'warning', 'message' => 'nested warning', 'data' => null, 'children' => []]]]]];
    }
}

/* A task of the category "export" (icon and download). */
final class ExportTask
{
    public function __invoke(array $params)
    {
        return (new StepTask())($params);
    }
}
