/*
 * tq_curl: the part of libcurl the SQS client uses, reached through a table of functions.
 * By default libcurl is opened with dlopen() the first time an SQS client is built, so a
 * worker that only uses PostgreSQL or the in-memory broker never maps libcurl and the ten
 * libraries it pulls in (about 1 MB of resident memory per worker process). Defining
 * TQ_CURL_LINKED (config.w32, or configure --with-taskqueue-curl=linked) fills the table with
 * the linked functions instead.
 * The library stays loaded until tq_curl_unload() (module shutdown): handles may live as
 * long as the process.
 * May touch: libcurl, libdl, pthread_once.
 */
#ifndef TQ_CURL_H
#define TQ_CURL_H

#include <curl/curl.h>
#include "common/tq_error.h"

typedef struct tq_curl_api {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_add_handle)(CURLM *, CURL *);
    CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
    CURLMcode (*multi_perform)(CURLM *, int *);
    CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
    CURLMsg *(*multi_info_read)(CURLM *, int *);
    CURLMcode (*multi_cleanup)(CURLM *);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    curl_version_info_data *(*version_info)(CURLversion);
    CURLcode (*global_init)(long);
    void (*global_cleanup)(void);
} tq_curl_api;

/* The table, loading libcurl and running curl_global_init() on the first call (once per
 * process, thread-safe). NULL with err set when libcurl cannot be opened or is too old. */
const tq_curl_api *tq_curl_load(tq_error *err);

/* 1 when tq_curl_load() has succeeded in this process. */
int tq_curl_loaded(void);

/* The loaded libcurl's version, or NULL when it has not been loaded (linked: always known). */
const char *tq_curl_version(void);

/* curl_global_cleanup() if libcurl was loaded; call once, when no handle is left. */
void tq_curl_unload(void);

#endif
