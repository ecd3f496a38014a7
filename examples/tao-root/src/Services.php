<?php
namespace oat\taskQueueExample;

/**
 * The example root has no generis ServiceManager: its actions read a service the way
 * the extension does, from <root>/config/<extension>/<name>.conf.php, once per process.
 */
final class Services
{
    private static array $services = [];

    public static function get(string $id): object
    {
        if (!isset(self::$services[$id])) {
            [$extension, $name] = explode('/', $id, 2);
            self::$services[$id] = require ROOT_PATH . "config/$extension/$name.conf.php";
        }
        return self::$services[$id];
    }

    /**
     * "--name=value" parameters into [name => value]; a token that is not one of $known
     * is an error, as the extension's own tools treat it.
     */
    public static function options(array $params, array $known): array
    {
        $options = [];
        foreach ($params as $param) {
            if (!preg_match('/^--([a-z-]+)=(.*)$/s', $param, $m) || !in_array($m[1], $known, true)) {
                throw new \InvalidArgumentException(sprintf(
                    'Unexpected argument "%s"; valid options: --%s=...', $param, implode('=..., --', $known)
                ));
            }
            $options[$m[1]] = $m[2];
        }
        return $options;
    }

    public static function report(string $type, string $message, array $children = []): array
    {
        return ['type' => $type, 'message' => $message, 'data' => null, 'children' => $children];
    }
}
