--TEST--
TAO's traits with OPcache on (as under php-fpm): the using class is cached with the native methods copied in, and they work
--SKIPIF--
<?php if (!function_exists('opcache_get_status')) die('skip OPcache is not loaded'); ?>
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.jit=0
--FILE--
<?php
use oat\tao\model\taskQueue\Task\{ChildTaskAwareTrait, WorkerContextAwareTrait};
class Cached { use ChildTaskAwareTrait, WorkerContextAwareTrait; }
var_dump(opcache_get_status(false)['opcache_enabled']);
$c = new Cached();
var_dump($c->addChildId('a')->addChildId('b')->getChildren(), $c->applyWorkerContext()->isWorkerContext());
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
