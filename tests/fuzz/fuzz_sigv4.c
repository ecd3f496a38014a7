/*
 * Fuzz target: SigV4 canonicalisation (src/sqs/tq_sigv4.c): the URL (host, port, path,
 * query to sort and re-encode), header names and values (trimmed, folded), body,
 * region, service and credentials all come from the input, one per line:
 *   method / url / header-name / header-value / header-name / header-value / region /
 *   service / session token / body (the rest).
 * Properties: no crash; a signed request has a 64-hex-digit signature and an
 * Authorization that names the signed headers; signing is deterministic.
 * May touch: src/sqs (tq_sigv4), libcrypto, libc.
 */
#include "fuzz.h"
#include "sqs/tq_sigv4.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *f[10] = {"", "", "", "", "", "", "", "", "", ""};
    char *owner;
    fuzz_fields(data, size, f, 10, &owner);
    tq_sigv4_header h[2] = {{f[2], f[3]}, {f[4], f[5]}};
    tq_sigv4_request req = {f[0], f[1], h, 2, f[9], strlen(f[9])};
    tq_sigv4_credentials cred = {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", f[8]};
    tq_sigv4_result r1, r2;
    tq_error err;
    time_t when = 1440938160;   /* 2015-08-30T12:36:00Z, the AWS test suite's instant */
    int rc1 = tq_sigv4_sign(&req, f[6], f[7], &cred, when, &r1, &err);
    int rc2 = tq_sigv4_sign(&req, f[6], f[7], &cred, when, &r2, &err);
    FUZZ_CHECK(rc1 == rc2, "not deterministic");
    if (rc1 == 0) {
        FUZZ_CHECK(strlen(r1.signature) == 64 && strspn(r1.signature, "0123456789abcdef") == 64,
                   "signature %s", r1.signature);
        FUZZ_CHECK(strcmp(r1.signature, r2.signature) == 0, "two signatures");
        FUZZ_CHECK(r1.authorization && strstr(r1.authorization, r1.signed_headers), "authorization");
        FUZZ_CHECK(strstr(r1.signed_headers, "host") != NULL, "host not signed");
    }
    tq_sigv4_result_free(&r1);
    tq_sigv4_result_free(&r2);
    char hex[65];
    tq_sigv4_signing_key_hex(f[8], "20150830", f[6], f[7], hex);
    free(owner);
    return 0;
}
