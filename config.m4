dnl taskqueue: TAO's task queue as a native extension.
dnl Finds libpq, libcurl, jansson and libcrypto (SigV4 for SQS) through pkg-config and links them,
dnl except libcurl: by default it is opened with dlopen() by the first SQS client (src/tq_curl.c),
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
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.62.0])
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

  dnl the lease keeper thread (src/tq_lease_keeper.c)
  PHP_ADD_LIBRARY(pthread, 1, TASKQUEUE_SHARED_LIBADD)

  PHP_SUBST(TASKQUEUE_SHARED_LIBADD)

  dnl The core (src/) is plain C; the glue (ext/) holds one file per class group.
  TASKQUEUE_CORE="src/tq_error.c src/tq_json.c src/tq_id.c src/tq_envelope.c src/tq_status.c src/tq_log.c src/tq_log_mem.c src/tq_broker.c src/tq_memory_broker.c src/tq_selector.c src/tq_report.c src/tq_signal.c src/tq_pg.c src/tq_pg_queue.c src/tq_pg_log.c src/tq_sigv4.c src/tq_curl.c src/tq_sqs.c src/tq_sqs_actions.c src/tq_sqs_broker.c src/tq_sqs_config.c src/tq_cli_args.c src/tq_file.c src/tq_lease_keeper.c src/tq_sqs_keeper.c"
  TASKQUEUE_GLUE="ext/taskqueue.c ext/tq_common.c ext/task.c ext/task_log_entity.c ext/task_log_broker.c ext/task_log.c ext/broker.c ext/selector.c ext/queue.c ext/queue_dispatcher.c ext/worker.c ext/cli.c ext/persistence.c ext/tq_claims.c ext/rds.c ext/long_running_worker.c ext/tq_signals.c ext/sqs.c"

  PHP_NEW_EXTENSION(taskqueue, $TASKQUEUE_CORE $TASKQUEUE_GLUE, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu11 -fvisibility=hidden $TASKQUEUE_CURL_CFLAGS)
  PHP_ADD_BUILD_DIR($ext_builddir/src)
  PHP_ADD_BUILD_DIR($ext_builddir/ext)
  PHP_ADD_EXTENSION_DEP(taskqueue, json)
  PHP_ADD_EXTENSION_DEP(taskqueue, spl)
fi
