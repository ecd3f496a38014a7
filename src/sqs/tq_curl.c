/* tq_curl: libcurl behind a table, opened on first use (see tq_curl.h for why). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#ifndef TQ_CURL_LINKED
#include <dlfcn.h>
#endif
#include "sqs/tq_curl.h"

#ifndef TQ_CURL_SONAME
#if defined(__APPLE__)
#define TQ_CURL_SONAME "libcurl.4.dylib"
#else
#define TQ_CURL_SONAME "libcurl.so.4"
#endif
#endif

/* Process-wide by nature: a library is mapped once per process, like curl_global_init(). */
static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static tq_curl_api api;
static int load_state;              /* 0 not tried, 1 loaded, -1 failed */
static char load_error[256];
#ifndef TQ_CURL_LINKED
static void *lib;
#endif

#ifdef TQ_CURL_LINKED
static int fill_table(void)
{
    api.easy_init = curl_easy_init;
    api.easy_setopt = curl_easy_setopt;
    api.easy_getinfo = curl_easy_getinfo;
    api.easy_cleanup = curl_easy_cleanup;
    api.easy_strerror = curl_easy_strerror;
    api.multi_init = curl_multi_init;
    api.multi_add_handle = curl_multi_add_handle;
    api.multi_remove_handle = curl_multi_remove_handle;
    api.multi_perform = curl_multi_perform;
    api.multi_poll = curl_multi_poll;
    api.multi_info_read = curl_multi_info_read;
    api.multi_cleanup = curl_multi_cleanup;
    api.slist_append = curl_slist_append;
    api.slist_free_all = curl_slist_free_all;
    api.version_info = curl_version_info;
    api.global_init = curl_global_init;
    api.global_cleanup = curl_global_cleanup;
    return 0;
}
#else
/* dlsym returns void *; ISO C has no cast from it to a function pointer, POSIX guarantees
 * the round trip, so the address is copied bytewise into the slot. */
static int resolve(void *slot, size_t size, const char *name)
{
    void *sym = dlsym(lib, name);
    if (!sym) {
        snprintf(load_error, sizeof(load_error), "%s has no %s (libcurl 7.66 or later is needed)",
                 TQ_CURL_SONAME, name);
        return -1;
    }
    memcpy(slot, &sym, size);
    return 0;
}

#define TQ_RESOLVE(field, name) resolve(&api.field, sizeof(api.field), name)

static int fill_table(void)
{
    lib = dlopen(TQ_CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char *why = dlerror();
        snprintf(load_error, sizeof(load_error), "cannot load %s: %s (install libcurl 7.66 or later)",
                 TQ_CURL_SONAME, why ? why : "unknown error");
        return -1;
    }
    if (TQ_RESOLVE(easy_init, "curl_easy_init") || TQ_RESOLVE(easy_setopt, "curl_easy_setopt")
        || TQ_RESOLVE(easy_getinfo, "curl_easy_getinfo") || TQ_RESOLVE(easy_cleanup, "curl_easy_cleanup")
        || TQ_RESOLVE(easy_strerror, "curl_easy_strerror") || TQ_RESOLVE(multi_init, "curl_multi_init")
        || TQ_RESOLVE(multi_add_handle, "curl_multi_add_handle")
        || TQ_RESOLVE(multi_remove_handle, "curl_multi_remove_handle")
        || TQ_RESOLVE(multi_perform, "curl_multi_perform") || TQ_RESOLVE(multi_poll, "curl_multi_poll")
        || TQ_RESOLVE(multi_info_read, "curl_multi_info_read")
        || TQ_RESOLVE(multi_cleanup, "curl_multi_cleanup") || TQ_RESOLVE(slist_append, "curl_slist_append")
        || TQ_RESOLVE(slist_free_all, "curl_slist_free_all") || TQ_RESOLVE(version_info, "curl_version_info")
        || TQ_RESOLVE(global_init, "curl_global_init")
        || TQ_RESOLVE(global_cleanup, "curl_global_cleanup")) {
        dlclose(lib);
        lib = NULL;
        return -1;
    }
    return 0;
}
#endif

static void load(void)
{
    if (fill_table() != 0) {
        load_state = -1;
        return;
    }
    CURLcode rc = api.global_init(CURL_GLOBAL_DEFAULT);
    if (rc != CURLE_OK) {
        snprintf(load_error, sizeof(load_error), "libcurl global init failed: %s", api.easy_strerror(rc));
        load_state = -1;
        return;
    }
    load_state = 1;
}

const tq_curl_api *tq_curl_load(tq_error *err)
{
    pthread_once(&load_once, load);
    if (load_state != 1) {
        tq_error_set(err, TQ_ERR_IO, "SQS: %s", load_error);
        return NULL;
    }
    return &api;
}

int tq_curl_loaded(void)
{
    return load_state == 1;
}

const char *tq_curl_version(void)
{
#ifdef TQ_CURL_LINKED
    return curl_version_info(CURLVERSION_NOW)->version;   /* mapped from the start */
#else
    return load_state == 1 ? api.version_info(CURLVERSION_NOW)->version : NULL;
#endif
}

void tq_curl_unload(void)
{
    if (load_state == 1) {
        api.global_cleanup();
        load_state = -1;
        snprintf(load_error, sizeof(load_error), "libcurl was shut down with the module");
    }
    /* The library stays mapped: libcurl's dependencies (OpenSSL, GnuTLS) may have registered
     * exit handlers that must still find their code. */
}
