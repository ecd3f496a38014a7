<?php
/*
 * The SQL persistences (generis/persistences), in the shape of TAO's file: "default" is
 * the PostgreSQL database the queues and the Task Log use. The environment variable
 * TASKQUEUE_PERSISTENCE_DEFAULT (a libpq conninfo string such as
 * "host=/tmp port=5432 dbname=tao user=tao") takes precedence over this entry;
 * tools/run-example.sh sets it to the private server it starts.
 */
return [
    'persistences' => [
        'default' => [
            'driver' => 'dbal',
            'connection' => [
                'driver' => 'pdo_pgsql',
                'host' => 'localhost',
                'port' => 5432,
                'dbname' => 'tao',
                'user' => 'tao',
                'password' => 'tao',
            ],
        ],
    ],
];
