// A small HTTP proxy for the SQS retry tests: forwards every request to the emulator, except
// that it answers the next `count` requests itself with a configured fault. Loopback only.
//
// Control (JSON bodies, never forwarded):
//   POST /__faults {"mode": "500" | "503" | "throttle" | "reset" | "empty" | "badtoken" | "denied", "count": N}
//        N < 0: forever; N = 0: off. Clears the counters.
//   POST /__faults {"mode": "mix", "rate": R, "count": N}: each request is faulted with the
//        probability R (0..1), by one of 500, 503, throttle, reset, "truncate" (the real answer
//        cut in the middle of its body) and "stall" (the real answer, 2 s late); the rest and
//        the stalled ones are forwarded (the chaos scenes, tests/chaos/run.sh).
//   GET  /__stats  -> {"requests": n, "faulted": n, "forwarded": n, "mode": ..., "left": N}
//
// "throttle" answers like SQS does when it throttles a JSON 1.0 client: HTTP 400 with
// {"__type":"com.amazonaws.sqs#ThrottlingException", ...}; "reset" closes the connection
// without an answer (a network error for the client); "empty" answers HTTP 200 with an empty
// body, as some emulators do for "nothing to report". "badtoken" and "denied" answer as SQS does
// when it refuses the credentials or the permission (HTTP 400, not to be retried).
import http from "node:http";

export function startFaultProxy({ target, port = 0 }) {
    let mode = "500";
    let left = 0;
    let rate = 0;
    const MIX = ["500", "503", "throttle", "reset", "truncate", "stall"];
    let stats = { requests: 0, faulted: 0, forwarded: 0 };
    const agent = new http.Agent({ keepAlive: true });

    const answer = (res, status, obj, headers = {}) => {
        const body = JSON.stringify(obj);
        res.writeHead(status, {
            "content-type": "application/x-amz-json-1.0",
            "content-length": Buffer.byteLength(body),
            ...headers,
        });
        res.end(body);
    };

    const fault = (req, res, body) => {
        stats.faulted++;
        if (left > 0) left--;
        const m = mode === "mix" ? MIX[Math.floor(Math.random() * MIX.length)] : mode;
        switch (m) {
            case "truncate":
                return forward(req, res, body, true);
            case "stall":
                return setTimeout(() => forward(req, res, body, false), 2000);
            case "throttle":
                return answer(res, 400, {
                    __type: "com.amazonaws.sqs#ThrottlingException",
                    message: "Rate exceeded (injected by the fault proxy)",
                }, { "x-amzn-query-error": "ThrottlingException;Sender" });
            case "badtoken":
                return answer(res, 400, {
                    __type: "com.amazon.coral.service#UnrecognizedClientException",
                    message: "The security token included in the request is invalid.",
                });
            case "denied":
                return answer(res, 400, {
                    __type: "com.amazon.coral.service#AccessDeniedException",
                    message: "User: arn:aws:iam::000000000000:user/test is not authorized to perform this action " +
                        "(injected by the fault proxy)",
                });
            case "reset":
                return req.socket.destroy();
            case "empty":
                res.writeHead(200, { "content-length": 0 });
                return res.end();
            case "503":
                return answer(res, 503, {
                    __type: "com.amazonaws.sqs#ServiceUnavailable",
                    message: "Service unavailable (injected by the fault proxy)",
                });
            default:
                return answer(res, 500, {
                    __type: "com.amazonaws.sqs#InternalError",
                    message: "Internal error (injected by the fault proxy)",
                });
        }
    };

    // The request to the emulator; `cut`: send the answer's head and half its body, then
    // close the connection (a truncated answer).
    const forward = (req, res, body, cut) => {
        const up = http.request({
            host: target.host,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
            agent,
        }, (ur) => {
            if (!cut) {
                res.writeHead(ur.statusCode, ur.headers);
                return ur.pipe(res);
            }
            const parts = [];
            ur.on("data", (c) => parts.push(c));
            ur.on("end", () => {
                const all = Buffer.concat(parts);
                res.writeHead(ur.statusCode, { ...ur.headers, "content-length": all.length });
                res.write(all.subarray(0, Math.floor(all.length / 2)));
                setTimeout(() => req.socket.destroy(), 10);
            });
        });
        up.on("error", (e) => answer(res, 502, { __type: "ProxyError", message: e.message }));
        up.end(body);
    };

    const server = http.createServer((req, res) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => {
            const body = Buffer.concat(chunks);
            if (req.url === "/__faults" && req.method === "POST") {
                let conf;
                try {
                    conf = JSON.parse(body.toString() || "{}");
                } catch (e) {
                    return answer(res, 400, { error: "bad JSON: " + e.message });
                }
                mode = String(conf.mode ?? "500");
                left = Number.isInteger(conf.count) ? conf.count : 0;
                rate = Number(conf.rate ?? 0);
                stats = { requests: 0, faulted: 0, forwarded: 0 };
                return answer(res, 200, { mode, left });
            }
            if (req.url === "/__stats") {
                return answer(res, 200, { ...stats, mode, left });
            }
            stats.requests++;
            if (left !== 0 && (mode !== "mix" || Math.random() < rate)) {
                return fault(req, res, body);
            }
            stats.forwarded++;
            forward(req, res, body, false);
        });
    });
    return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
