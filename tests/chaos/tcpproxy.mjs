// tests/chaos/tcpproxy.mjs: a TCP fault proxy for the chaos scenes (this kernel has no netem).
//   node tcpproxy.mjs LISTEN_HOST:PORT TARGET_HOST:PORT LATENCY_MS DROP_EVERY_MS STATS_FILE
// Every chunk is passed on LATENCY_MS late, in order, both ways; every DROP_EVERY_MS (0: never)
// one open connection, picked at random, is cut (both sockets destroyed). STATS_FILE gets
// {"connections": n, "dropped": n} after each change.
import net from "node:net";
import fs from "node:fs";

const [listen, target, latency, dropEvery, statsFile] = process.argv.slice(2);
const [lhost, lport] = listen.split(":");
const [thost, tport] = target.split(":");
const delay = Number(latency);
const open = new Set();
const stats = { connections: 0, dropped: 0 };
const save = () => fs.writeFileSync(statsFile, JSON.stringify(stats));

const pipeLate = (from, to) => {
    from.on("data", (chunk) => setTimeout(() => to.destroyed || to.write(chunk), delay));
    from.on("end", () => setTimeout(() => to.destroyed || to.end(), delay));
};

net.createServer((client) => {
    const server = net.connect(Number(tport), thost);
    const pair = { client, server };
    open.add(pair);
    stats.connections++;
    save();
    const close = () => {
        open.delete(pair);
        client.destroy();
        server.destroy();
    };
    client.on("error", close).on("close", close);
    server.on("error", close).on("close", close);
    pipeLate(client, server);
    pipeLate(server, client);
}).listen(Number(lport), lhost, save);

if (Number(dropEvery) > 0) {
    setInterval(() => {
        const all = [...open];
        if (all.length === 0) return;
        const victim = all[Math.floor(Math.random() * all.length)];
        stats.dropped++;
        save();
        victim.client.destroy();
        victim.server.destroy();
    }, Number(dropEvery));
}
