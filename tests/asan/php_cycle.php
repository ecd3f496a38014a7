<?php
// Why tests/asan/lsan.supp suppresses zend_objects_new: run without the extension under
// .tmp/asan/php (suppressions off), PHP alone leaks the block of one object of this cycle.
class Node { public $next; }
$a = new Node();
$b = new Node();
$a->next = $b;
$b->next = $a;
echo "done\n";
