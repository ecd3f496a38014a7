<?php

/** @generate-class-entries */

namespace TaskQueue {

    /**
     * Ours: where the PostgreSQL brokers find their database. A persistence id ('default')
     * resolves to a libpq connection string, first found wins:
     *   1. the environment variable TASKQUEUE_PERSISTENCE_<ID> (id upper-cased, every other
     *      character than A-Z and 0-9 turned into '_');
     *   2. this registry (register());
     *   3. TAO's config/generis/persistences.conf.php under the TAO root (ROOT_PATH, ini
     *      taskqueue.root or env TASKQUEUE_ROOT): a 'dbal' persistence whose connection is
     *      pdo_pgsql (host, port, dbname, user, password) or a 'url' => 'pgsql://...'.
     * Registrations last for the request. Every broker of a process shares one connection per
     * connection string.
     */
    final class PersistenceRegistry
    {
        private function __construct() {}

        /** Registers (or replaces) the libpq connection string of a persistence id. */
        public static function register(string $id, string $conninfo): void {}

        /** Forgets a registration (other sources are not affected). */
        public static function unregister(string $id): void {}

        /** Whether the id resolves from any of the three sources. */
        public static function has(string $id): bool {}

        /** Where the id resolves from and its connection string without any password. */
        public static function describe(string $id): string {}

        /**
         * Counters of this process's connection for the id: round_trips, statements,
         * prepares, connects, reconnects, and of its lease keeper thread: lease_statements,
         * leases_renewed, leases_lost, lease_errors, leases_held.
         */
        public static function stats(string $id): array {}
    }
}
