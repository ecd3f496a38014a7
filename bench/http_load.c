/*
 * http_load: a small HTTP/1.1 load generator for bench/http.sh, loopback only. C
 * keep-alive connections to 127.0.0.1:PORT each send the same GET again as soon as the
 * previous answer (Content-Length framed) is complete, until COUNT answers or SECONDS.
 * Prints answers/s, answers by status, errors and latency percentiles.
 *
 *   http_load PORT CONCURRENCY COUNT SECONDS PATH [HEADER ...]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONN 256
#define BUF 65536

typedef struct conn {
    int fd;
    char buf[BUF];
    size_t len;
    double sent_at;
} conn;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int connect_to(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
        perror("connect");
        exit(1);
    }
    return fd;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Length of a complete answer at the start of c->buf (0: not yet, -1: unusable); its status. */
static long complete(conn *c, int *status)
{
    char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
    if (!end) {
        return c->len == BUF ? -1 : 0;
    }
    *status = atoi(c->buf + 9);
    long body = -1;
    for (char *p = c->buf; p && p < end; p = memmem(p, (size_t)(end - p), "\r\n", 2), p = p ? p + 2 : NULL) {
        if (strncasecmp(p, "Content-Length:", 15) == 0) {
            body = atol(p + 15);
        }
    }
    if (body < 0) {
        return -1;
    }
    long total = (end - c->buf) + 4 + body;
    return (size_t)total <= c->len ? total : (total > BUF ? -1 : 0);
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: http_load PORT CONCURRENCY COUNT SECONDS PATH [HEADER ...]\n");
        return 2;
    }
    int port = atoi(argv[1]), n = atoi(argv[2]);
    long count = atol(argv[3]);
    double seconds = atof(argv[4]);
    if (n < 1 || n > MAX_CONN || count < 1 || seconds <= 0) {
        fprintf(stderr, "http_load: 1..%d connections, a count and seconds above 0\n", MAX_CONN);
        return 2;
    }
    char req[8192];
    int rl = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n", argv[5]);
    for (int i = 6; i < argc; i++) {
        rl += snprintf(req + rl, sizeof(req) - rl, "%s\r\n", argv[i]);
    }
    rl += snprintf(req + rl, sizeof(req) - rl, "\r\n");
    conn *cs = calloc(n, sizeof(conn));
    double *lat = malloc(sizeof(double) * count);
    struct pollfd *pf = calloc(n, sizeof(struct pollfd));
    long done = 0, sent = 0, errors = 0, by_status[6] = {0};
    double start = now(), deadline = start + seconds;
    for (int i = 0; i < n && sent < count; i++, sent++) {
        cs[i].fd = connect_to(port);
        cs[i].sent_at = now();
        if (write(cs[i].fd, req, rl) != rl) {
            errors++;
        }
    }
    while (done < count && now() < deadline) {
        for (int i = 0; i < n; i++) {
            pf[i].fd = cs[i].fd;
            pf[i].events = POLLIN;
        }
        if (poll(pf, n, 1000) < 0 && errno != EINTR) {
            perror("poll");
            break;
        }
        for (int i = 0; i < n; i++) {
            if (cs[i].fd < 0 || !(pf[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                continue;
            }
            ssize_t got = read(cs[i].fd, cs[i].buf + cs[i].len, BUF - cs[i].len);
            if (got <= 0) {                      /* closed by the server: count, reconnect */
                errors++;
                close(cs[i].fd);
                cs[i].fd = connect_to(port);
                cs[i].len = 0;
            } else {
                cs[i].len += (size_t)got;
                int status = 0;
                long total = complete(&cs[i], &status);
                if (total == 0) {
                    continue;
                }
                if (total < 0) {
                    errors++;
                    close(cs[i].fd);
                    cs[i].fd = connect_to(port);
                    cs[i].len = 0;
                } else {
                    lat[done++] = now() - cs[i].sent_at;
                    by_status[status / 100 < 6 ? status / 100 : 0]++;
                    memmove(cs[i].buf, cs[i].buf + total, cs[i].len - (size_t)total);
                    cs[i].len -= (size_t)total;
                }
            }
            if (sent < count && done < count) {
                cs[i].sent_at = now();
                sent++;
                if (write(cs[i].fd, req, rl) != rl) {
                    errors++;
                }
            }
        }
    }
    double elapsed = now() - start;
    qsort(lat, done, sizeof(double), cmp);
    printf("answers %ld in %.2f s: %.0f/s; 2xx %ld, 3xx %ld, 4xx %ld, 5xx %ld; errors %ld; "
           "latency p50 %.2f ms, p99 %.2f ms\n", done, elapsed, done / elapsed, by_status[2], by_status[3],
           by_status[4], by_status[5], errors, done ? lat[done / 2] * 1e3 : 0.0,
           done ? lat[(size_t)(done * 0.99)] * 1e3 : 0.0);
    return errors || by_status[2] != done ? 1 : 0;
}
