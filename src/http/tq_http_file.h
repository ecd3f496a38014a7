/*
 * tq_http_file: the files `download` may send: a name from a task's report resolves to
 * a regular file inside the storage directory, or to nothing (`..`, absolute names,
 * symbolic links out of the directory are refused: the real path must stay under the
 * directory's real path). Also the headers of the answer. May touch: libc, tq_http.
 */
#ifndef TQ_HTTP_FILE_H
#define TQ_HTTP_FILE_H

#include "http/tq_http.h"

/* The real path (malloc'd) of name inside dir, when it is a regular file there; NULL
 * with a 400 "File not found." in err otherwise (the reason is not revealed). */
char *tq_http_storage_file(const char *dir, const char *name, tq_http_error *err);
/* A Content-Type for the name's extension (application/octet-stream when unknown). */
const char *tq_http_mime_type(const char *name);
/* `attachment; filename="<base name>"` with quotes, backslashes and control characters
 * dropped from the name, into out (cap bytes). */
void tq_http_content_disposition(const char *name, char *out, size_t cap);

#endif
