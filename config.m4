dnl taskqueue: TAO's task queue as a native extension.
dnl Finds libpq, libcurl, jansson and libcrypto (SigV4 for SQS) through pkg-config and links them,
dnl except libcurl: by default it is opened with dlopen() by the first SQS client (src/sqs/tq_curl.c),
dnl so workers that do not use SQS never map it. --with-taskqueue-curl=linked links it instead.

PHP_ARG_ENABLE([taskqueue],
  [whether to enable the taskqueue extension],
  [AS_HELP_STRING([--enable-taskqueue], [Enable taskqueue (TAO task queue)])],
  [yes])

PHP_ARG_WITH([taskqueue-curl],
  [how taskqueue reaches libcurl],
  [AS_HELP_STRING([--with-taskqueue-curl=MODE], [taskqueue: lazy (default: dlopen on first SQS use) or linked])],
  [lazy], [no])

if test "$PHP_TASKQUEUE" != "no"; then
  PKG_CHECK_MODULES([LIBPQ], [libpq >= 10])
  dnl 7.66: curl_multi_poll() (the SQS long poll waits on it and on the signal pipe)
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.66.0])
  PKG_CHECK_MODULES([JANSSON], [jansson >= 2.11])
  PKG_CHECK_MODULES([LIBCRYPTO], [libcrypto >= 1.1])

  PHP_EVAL_INCLINE($LIBPQ_CFLAGS)
  PHP_EVAL_LIBLINE($LIBPQ_LIBS, TASKQUEUE_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CURL_CFLAGS)
  case "$PHP_TASKQUEUE_CURL" in
    linked)
      PHP_EVAL_LIBLINE($CURL_LIBS, TASKQUEUE_SHARED_LIBADD)
      TASKQUEUE_CURL_CFLAGS="-DTQ_CURL_LINKED=1"
      ;;
    lazy|yes)
      TASKQUEUE_CURL_CFLAGS=""
      AC_SEARCH_LIBS([dlopen], [dl], [], [AC_MSG_ERROR([dlopen is needed to load libcurl on first use (or use --with-taskqueue-curl=linked)])])
      if test "$ac_cv_search_dlopen" = "-ldl"; then
        PHP_ADD_LIBRARY(dl, 1, TASKQUEUE_SHARED_LIBADD)
      fi
      ;;
    *)
      AC_MSG_ERROR([--with-taskqueue-curl must be lazy or linked (got $PHP_TASKQUEUE_CURL)])
      ;;
  esac
  PHP_EVAL_INCLINE($JANSSON_CFLAGS)
  PHP_EVAL_LIBLINE($JANSSON_LIBS, TASKQUEUE_SHARED_LIBADD)
  PHP_EVAL_INCLINE($LIBCRYPTO_CFLAGS)
  PHP_EVAL_LIBLINE($LIBCRYPTO_LIBS, TASKQUEUE_SHARED_LIBADD)

  PHP_CHECK_LIBRARY(pq, PQconnectdbParams, [],
    [AC_MSG_ERROR([libpq is too old or broken])], [$LIBPQ_LIBS])
  PHP_CHECK_LIBRARY(curl, curl_multi_poll, [],
    [AC_MSG_ERROR([libcurl 7.66 or later is needed (curl_multi_poll)])], [$CURL_LIBS])
  PHP_CHECK_LIBRARY(jansson, json_loadb, [],
    [AC_MSG_ERROR([jansson is too old or broken])], [$JANSSON_LIBS])
  PHP_CHECK_LIBRARY(crypto, HMAC, [],
    [AC_MSG_ERROR([libcrypto (OpenSSL) is needed for SigV4 signing])], [$LIBCRYPTO_LIBS])

  dnl the lease keeper thread (src/pg/tq_lease_keeper.c)
  PHP_ADD_LIBRARY(pthread, 1, TASKQUEUE_SHARED_LIBADD)

  PHP_SUBST(TASKQUEUE_SHARED_LIBADD)

  dnl The core (src/) is plain C, one folder per subsystem; the glue (ext/) mirrors those folders.
  TASKQUEUE_CORE="src/cli/tq_cli_args.c src/cli/tq_file.c src/common/tq_error.c src/common/tq_keeper_thread.c src/common/tq_time.c src/http/tq_http_auth.c src/http/tq_http_body.c src/http/tq_http_file.c src/http/tq_http_origin.c src/http/tq_http_params.c src/http/tq_http_route.c src/metrics/tq_metrics_deltas.c src/metrics/tq_metrics_text.c src/pg/tq_heartbeat.c src/pg/tq_lease_keeper.c src/pg/tq_pg.c src/pg/tq_pg_conninfo.c src/pg/tq_pg_dashboard.c src/pg/tq_pg_log.c src/pg/tq_pg_log_prune.c src/pg/tq_pg_log_store.c src/pg/tq_pg_metrics.c src/pg/tq_pg_notify.c src/pg/tq_pg_queue.c src/pg/tq_pg_queue_claim.c src/pg/tq_pg_queue_log.c src/pg/tq_pg_queue_sched.c src/pg/tq_pg_stmt.c src/pg/tq_pg_stuck.c src/pg/tq_pg_workers.c src/queue/tq_broker.c src/queue/tq_claim_ledger.c src/queue/tq_memory_broker.c src/queue/tq_selector.c src/sqs/tq_curl.c src/sqs/tq_sigv4.c src/sqs/tq_sqs.c src/sqs/tq_sqs_actions.c src/sqs/tq_sqs_broker.c src/sqs/tq_sqs_config.c src/sqs/tq_sqs_keeper.c src/task/tq_envelope.c src/task/tq_id.c src/task/tq_json.c src/task/tq_message_key.c src/task/tq_retry.c src/task/tq_schedule.c src/task_log/tq_log.c src/task_log/tq_log_mem.c src/task_log/tq_log_mem_store.c src/task_log/tq_report.c src/task_log/tq_status.c src/worker/tq_child.c src/worker/tq_pool.c src/worker/tq_proc_limits.c src/worker/tq_signal.c"
  TASKQUEUE_GLUE="ext/cli/broker_factory.c ext/cli/cli.c ext/cli/initialize_queue.c ext/cli/manage_association_map.c ext/cli/migrate_queue_messages.c ext/cli/run_worker.c ext/cli/stuck_task_tools.c ext/cli/task_log_utility.c ext/cli/task_tools.c ext/cli/tools.c ext/cli/worker_manager.c ext/common/common.c ext/common/json.c ext/common/php_code.c ext/common/tao_config.c ext/http/actions.c ext/http/dashboard.c ext/http/dashboard_sqs.c ext/http/metrics.c ext/http/server.c ext/legacy/legacy.c ext/legacy/legacy_decorators.c ext/legacy/legacy_dispatcher.c ext/legacy/legacy_task.c ext/legacy/legacy_task_log.c ext/pg/claims.c ext/pg/persistence.c ext/pg/rds.c ext/pg/rds_claiming.c ext/pg/rds_queue_broker.c ext/pg/rds_task_log_broker.c ext/queue/broker.c ext/queue/dispatched_queue.c ext/queue/queue.c ext/queue/queue_dispatcher.c ext/queue/queue_dispatcher_queues.c ext/queue/queue_dispatcher_retry.c ext/queue/selector.c ext/queue/task_rerun.c ext/queue/telemetry.c ext/sqs/sqs.c ext/sqs/sqs_claims.c ext/sqs/sqs_core.c ext/sqs/sqs_messages.c ext/sqs/sqs_poison.c ext/sqs/sqs_settings.c ext/stuck/stuck_generic.c ext/stuck/stuck_sqs.c ext/stuck/stuck_task.c ext/stuck/stuck_task_repository.c ext/task/callback_task.c ext/task/retry_policy.c ext/task/task.c ext/task/task_language_loader.c ext/task/task_schedule.c ext/task/task_serializer.c ext/task/task_shared.c ext/task/task_traits.c ext/task_log/collection.c ext/task_log/collection_decorators.c ext/task_log/data_table_payload.c ext/task_log/decorators.c ext/task_log/entity_rows.c ext/task_log/events.c ext/task_log/filter.c ext/task_log/log_broker.c ext/task_log/log_rows.c ext/task_log/report.c ext/task_log/status.c ext/task_log/task_log.c ext/task_log/task_log_action_trait.c ext/task_log/task_log_broker.c ext/task_log/task_log_entity.c ext/task_log/task_log_lookups.c ext/taskqueue.c ext/worker/heartbeat.c ext/worker/log_prune.c ext/worker/long_running_worker.c ext/worker/long_running_worker_brokers.c ext/worker/long_running_worker_loop.c ext/worker/one_time_workers.c ext/worker/retry.c ext/worker/signals.c ext/worker/stderr_logger.c ext/worker/worker.c ext/worker/worker_generis.c"

  PHP_NEW_EXTENSION(taskqueue, $TASKQUEUE_CORE $TASKQUEUE_GLUE, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu11 -fvisibility=hidden $TASKQUEUE_CURL_CFLAGS)
  PHP_ADD_BUILD_DIR($ext_builddir/ext)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/cli)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/common)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/http)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/pg)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/queue)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/sqs)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/stuck)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/task)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/task_log)
  PHP_ADD_BUILD_DIR($ext_builddir/ext/worker)
  PHP_ADD_BUILD_DIR($ext_builddir/src/cli)
  PHP_ADD_BUILD_DIR($ext_builddir/src/common)
  PHP_ADD_BUILD_DIR($ext_builddir/src/http)
  PHP_ADD_BUILD_DIR($ext_builddir/src/metrics)
  PHP_ADD_BUILD_DIR($ext_builddir/src/pg)
  PHP_ADD_BUILD_DIR($ext_builddir/src/queue)
  PHP_ADD_BUILD_DIR($ext_builddir/src/sqs)
  PHP_ADD_BUILD_DIR($ext_builddir/src/task)
  PHP_ADD_BUILD_DIR($ext_builddir/src/task_log)
  PHP_ADD_BUILD_DIR($ext_builddir/src/worker)
  dnl core headers are included by folder ("pg/tq_pg.h") from src/ and ext/ alike
  PHP_ADD_INCLUDE($ext_srcdir/src)
  PHP_ADD_EXTENSION_DEP(taskqueue, json)
  PHP_ADD_EXTENSION_DEP(taskqueue, spl)
  dnl `make test` runs the phpt suite in phpt/ (Makefile.frag)
  PHP_ADD_MAKEFILE_FRAGMENT
fi
