--TEST--
ini taskqueue.lease_time: outside 1..43200 seconds (an overflow leased rows into the past) is refused with a warning naming the bounds; the start-up value falls back to 60
--INI--
taskqueue.lease_time=9223372036854775807
--FILE--
<?php
var_dump(ini_get('taskqueue.lease_time'));
foreach (['0', '-5', '43201', '99999999999999999999', '30', '43200'] as $v) {
    $old = ini_set('taskqueue.lease_time', $v);
    echo "$v: ", var_export($old !== false, true), ' now ', ini_get('taskqueue.lease_time'), "\n";
}
?>
--EXPECTF--
Warning: PHP Startup: taskqueue.lease_time must be a whole number of seconds from 1 to 43200, "9223372036854775807" given in %s
string(2) "60"

Warning: ini_set(): taskqueue.lease_time must be a whole number of seconds from 1 to 43200, "0" given in %s on line %d
0: false now 60

Warning: ini_set(): taskqueue.lease_time must be a whole number of seconds from 1 to 43200, "-5" given in %s on line %d
-5: false now 60

Warning: ini_set(): taskqueue.lease_time must be a whole number of seconds from 1 to 43200, "43201" given in %s on line %d
43201: false now 60

Warning: ini_set(): taskqueue.lease_time must be a whole number of seconds from 1 to 43200, "99999999999999999999" given in %s on line %d
99999999999999999999: false now 60
30: true now 30
43200: true now 43200
