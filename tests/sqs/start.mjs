// Starts fauxqs 1.9.2 (SQS, JSON 1.0 protocol) on 127.0.0.1 and, in front of it, the fault
// proxy of faultproxy.mjs, both on free ports. Writes {"pid","port","proxyPort"} to the file
// named by argv[2] once both listen. fauxqs's own CLI binds 0.0.0.0, so we use buildApp.
import { writeFileSync, renameSync } from "node:fs";
import { buildApp } from "fauxqs";
import { startFaultProxy } from "./faultproxy.mjs";

const stateFile = process.argv[2];
if (!stateFile) {
    console.error("usage: node start.mjs STATE_FILE");
    process.exit(2);
}

const app = buildApp({ logger: false, host: "localhost", defaultRegion: "us-east-1" });
await app.listen({ port: 0, host: "127.0.0.1" });
const port = app.server.address().port;
const proxy = await startFaultProxy({ target: { host: "127.0.0.1", port } });
const proxyPort = proxy.address().port;

// written then renamed, so a reader never sees half a file
writeFileSync(stateFile + ".tmp", JSON.stringify({ pid: process.pid, port, proxyPort }) + "\n");
renameSync(stateFile + ".tmp", stateFile);

const stop = async () => {
    proxy.close();
    await app.close();
    process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
