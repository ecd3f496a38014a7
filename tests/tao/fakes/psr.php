<?php
// Our minimal stand-ins for the PSR and framework interfaces TAO's tests name (PSR-3 logger,
// PSR-11 container, Zend's service locator, Symfony Lock, React's child process): only
// what PHPUnit needs to mock them. Written for tests/tao (MIT); nothing from those packages.
// May touch: nothing (declarations only).

namespace Psr\Log {
    interface LoggerInterface
    {
        public function emergency($message, array $context = []);
        public function alert($message, array $context = []);
        public function critical($message, array $context = []);
        public function error($message, array $context = []);
        public function warning($message, array $context = []);
        public function notice($message, array $context = []);
        public function info($message, array $context = []);
        public function debug($message, array $context = []);
        public function log($level, $message, array $context = []);
    }
    interface LoggerAwareInterface
    {
        public function setLogger(LoggerInterface $logger);
    }
    class InvalidArgumentException extends \InvalidArgumentException
    {
    }
    /** Ours (not PSR's): the no-op methods NullLogger and the generis LoggerService fake share. */
    trait NoOpLoggerMethods
    {
        public function emergency($message, array $context = []) {}
        public function alert($message, array $context = []) {}
        public function critical($message, array $context = []) {}
        public function error($message, array $context = []) {}
        public function warning($message, array $context = []) {}
        public function notice($message, array $context = []) {}
        public function info($message, array $context = []) {}
        public function debug($message, array $context = []) {}
        public function log($level, $message, array $context = []) {}
    }
    class NullLogger implements LoggerInterface
    {
        use NoOpLoggerMethods;
    }
}

namespace Psr\Container {
    interface ContainerInterface
    {
        public function get(string $id);
        public function has(string $id): bool;
    }
}

namespace Zend\ServiceManager {
    interface ServiceLocatorInterface
    {
        public function get($name);
        public function has($name);
    }
    interface ServiceLocatorAwareInterface
    {
        public function setServiceLocator(ServiceLocatorInterface $serviceLocator);
        public function getServiceLocator();
    }
}

namespace Symfony\Component\Lock {
    interface LockInterface
    {
        public function acquire($blocking = false);
        public function refresh();
        public function isAcquired();
        public function release();
    }
    class Factory
    {
        public function createLock($resource, $ttl = 300.0, $autoRelease = true)
        {
            throw new \LogicException('fake: mock it');
        }
    }
}

namespace React\Stream {
    interface ReadableStreamInterface
    {
        public function on($event, callable $listener);
    }
    interface WritableStreamInterface
    {
        public function write($data);
    }
}

namespace React\ChildProcess {
    class Process
    {
        public $stdin;
        public $stdout;
        public $stderr;
        public function __construct($cmd) {}
        public function start($loop = null, $interval = 0.1) {}
        public function isRunning() { return false; }
        public function getPid() { return null; }
        public function getCommand() { return ''; }
        public function terminate($signal = null) { return false; }
        public function on($event, callable $listener) {}
    }
}
