/*
 * tq_file: replacing a file atomically. InitializeQueue rewrites a TAO config file that
 * web requests and running workers include at any moment; writing it in place could let
 * one of them read half a file. So the new text goes to a temporary file beside it,
 * is flushed to disk, and is renamed over the old one: readers see the old file or the
 * new one, never a mix. May touch: libc, POSIX (Win32 on Windows).
 */
#ifndef TQ_FILE_H
#define TQ_FILE_H

#include <stddef.h>
#include "common/tq_error.h"

/* Writes len bytes of data to path through "<path>.tmp-<pid>-<n>" and a rename. An
 * existing file's permission bits (and, when allowed, its owner) are kept; a new file
 * gets 0644 less the umask. 0, or -1 with err (TQ_ERR_IO) naming the path and the
 * system's reason; on failure the old file is untouched and no temporary file stays. */
int tq_file_replace(const char *path, const char *data, size_t len, tq_error *err);

#endif
