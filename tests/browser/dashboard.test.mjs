// The task dashboard (public/taskqueue/) in a real browser: Debian's chromium driven by
// playwright-core against the real front (nginx + php-fpm, PostgreSQL, a running
// worker), started by tests/browser/run.sh, which passes:
//   BASE_URL  the front;  ROOT  the fixture root (fixture.json: tokens, users);
//   PHP       the php command with the extension (JSON array);  OUT  screenshots;
//   CHROMIUM  the browser;  PHASE  "user" or "all" (the operator's view too)
// Prints "ok - ..." / "not ok - ..." per check and, last, "N passed, N failed".
import {chromium} from 'playwright-core';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BASE = process.env.BASE_URL;
const ROOT = process.env.ROOT;
const OUT = process.env.OUT;
const PHP = JSON.parse(process.env.PHP);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const fx = JSON.parse(fs.readFileSync(`${ROOT}/fixture.json`, 'utf8'));
const FLAGS = `${ROOT}/flags`;
fs.mkdirSync(FLAGS, {recursive: true});
fs.mkdirSync(OUT, {recursive: true});

let passed = 0, failed = 0;
function check(ok, what, detail = '') {
    ok ? passed++ : failed++;
    console.log(`${ok ? 'ok' : 'not ok'} - ${what}${ok || !detail ? '' : `\n    ${detail}`}`);
    return ok;
}
async function step(what, fn) {
    try {
        await fn();
        check(true, what);
    } catch (e) {
        check(false, what, String(e && e.stack || e).split('\n').slice(0, 4).join('\n    '));
    }
}
function php(script, ...args) {
    return execFileSync(PHP[0], [...PHP.slice(1), path.join(HERE, script), ...args], {encoding: 'utf8'}).trim();
}
function createTask(owner, label, params = {}, cls = 'BrowserTest\\StepTask') {
    return php('create-task.php', ROOT, fx.users[owner], label, cls, JSON.stringify(params));
}
const flag = (name) => `${FLAGS}/${name}`;
const release = (name) => fs.writeFileSync(flag(name), 'go');
const row = (page, label) => page.locator('.task', {has: page.locator('.label', {hasText: label})});
async function expectState(page, label, state, timeout = 20000) {
    await row(page, label).locator('.state', {hasText: state}).waitFor({timeout});
}
async function signIn(page, who) {
    await page.goto(`${BASE}/taskqueue/?poll=700`);
    await page.getByLabel('Token').fill(fx.tokens[who]);
    await page.getByLabel('Token').press('Enter');           // the keyboard signs in
    await page.locator('#session').waitFor();
}
const shot = (page, name) => page.screenshot({path: `${OUT}/${name}.png`, fullPage: true});

const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']});
const ctx = await browser.newContext({viewport: {width: 1000, height: 700}, acceptDownloads: true});
const page = await ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('dialog', (d) => { pageErrors.push(`dialog: ${d.message()}`); d.dismiss(); });
let listCalls = 0;
page.on('request', (r) => { if (r.url().includes('/TaskQueueWebApi/getAll')) listCalls++; });

try {
    await step('the page asks for the token in a field labelled "Token"', async () => {
        await page.goto(`${BASE}/taskqueue/`);
        await page.getByLabel('Token').waitFor();
        await shot(page, '01-sign-in');
    });
    await step('signed in with the keyboard; the token is in sessionStorage only', async () => {
        await signIn(page, 'u1');
        const where = await page.evaluate(() => ({s: sessionStorage.getItem('taskqueue.token'),
            l: localStorage.length, c: document.cookie}));
        if (where.s !== fx.tokens.u1 || where.l !== 0 || where.c !== '') throw new Error(JSON.stringify(where));
    });
    await step('an empty list says so', async () => {
        await page.getByText('There is currently no background task').waitFor();
        await shot(page, '02-empty');
    });
    await step('a task created through the API appears queued, then running, then completed', async () => {
        createTask('u1', 'Import A', {wait: flag('a'), report: 'Imported 12 items'});
        createTask('u1', 'Import B', {wait: flag('b')});
        await expectState(page, 'Import A', 'In Progress');
        await expectState(page, 'Import B', 'Queued');
        const badge = await page.locator('#badge').getAttribute('class');
        if (!badge.includes('badge-info') || !badge.includes('running')) throw new Error(`badge ${badge}`);
        if ((await page.locator('#badge .badge-count').textContent()) !== '2') throw new Error('badge count');
        if (!/^Started /.test(await row(page, 'Import B').locator('.time').textContent())) throw new Error('Started');
        await shot(page, '03-running');
        release('a');
        await expectState(page, 'Import A', 'Completed');
        await expectState(page, 'Import B', 'In Progress');
        release('b');
        await expectState(page, 'Import B', 'Completed');
        const time = await row(page, 'Import A').locator('.time').textContent();
        if (time !== 'Completed a few seconds ago') throw new Error(time);
        const order = await page.locator('.task .label').allTextContents();
        if (order.indexOf('Import B') > order.indexOf('Import A')) throw new Error(`not newest first: ${order}`);
    });
    await step('the report opens with its children, types and nesting; Escape closes it', async () => {
        await row(page, 'Import A').getByRole('button', {name: 'Report'}).click();
        const dlg = page.locator('#report');
        await dlg.getByText('Imported 12 items').waitFor();
        await dlg.locator('.report-info .report-warning', {hasText: 'nested warning'}).waitFor();
        await shot(page, '04-report');
        await page.keyboard.press('Escape');
        await dlg.waitFor({state: 'hidden'});
    });
    await step('keyboard: Tab reaches a Report button and Enter opens it', async () => {
        await page.locator('#badge').focus();
        let found = false;
        for (let i = 0; i < 30 && !found; i++) {
            await page.keyboard.press('Tab');
            found = await page.evaluate(() => document.activeElement && document.activeElement.dataset.action === 'report');
        }
        if (!found) throw new Error('no Report button reached with Tab');
        await page.keyboard.press('Enter');
        await page.locator('#report').waitFor();
        await page.keyboard.press('Escape');
    });
    const evil = '<img src=x onerror="window.__xss=1;alert(1)">';
    await step('markup in a label and a report is shown as text and runs nothing', async () => {
        createTask('u1', `Evil ${evil}`, {report: `Report ${evil}`});
        await expectState(page, 'Evil <img', 'Completed');
        await row(page, 'Evil <img').getByRole('button', {name: 'Report'}).click();
        await page.locator('#report').getByText(`Report ${evil}`).waitFor();
        const r = await page.evaluate(() => ({xss: window.__xss, imgs: document.querySelectorAll('main img').length}));
        await page.keyboard.press('Escape');
        if (r.xss !== undefined || r.imgs !== 0 || pageErrors.length) throw new Error(JSON.stringify([r, pageErrors]));
    });
    await step('a failed task shows Failed and the badge turns to a warning', async () => {
        createTask('u1', 'Broken import', {fail: 'archive has no manifest'});
        await expectState(page, 'Broken import', 'Failed');
        if (!/^Failed /.test(await row(page, 'Broken import').locator('.time').textContent())) throw new Error('time');
        await page.waitForFunction(() => document.getElementById('badge').classList.contains('badge-warning'));
        await row(page, 'Broken import').getByRole('button', {name: 'Report'}).click();
        await page.locator('#report').getByText(/failed: RuntimeException: archive has no manifest/).waitFor();
        await page.keyboard.press('Escape');
    });
    await step('a task with a file downloads it', async () => {
        createTask('u1', 'Export results', {file: 'results.csv'}, 'BrowserTest\\ExportTask');
        await expectState(page, 'Export results', 'Completed');
        const [dl] = await Promise.all([page.waitForEvent('download'),
            row(page, 'Export results').getByRole('button', {name: 'Download'}).click()]);
        const body = fs.readFileSync(await dl.path(), 'utf8');
        if (dl.suggestedFilename() !== 'results.csv' || body !== 'id,score\n1,10\n') throw new Error(body);
        if (await row(page, 'Import A').getByRole('button', {name: 'Download'}).count()) throw new Error('no file, no button');
        await shot(page, '05-finished');
    });
    await step("another user's task never shows", async () => {
        createTask('u2', 'Secret of u2');
        await page.waitForTimeout(2500);
        if (await page.getByText('Secret of u2').count()) throw new Error('u2 task shown to u1');
    });
    await step('polling stops when nothing is running, and starts again for a new task', async () => {
        await page.waitForTimeout(1500);
        const before = listCalls;
        await page.waitForTimeout(2500);
        if (listCalls !== before) throw new Error(`${listCalls - before} list polls while idle`);
        createTask('u1', 'Late task');
        await expectState(page, 'Late task', 'Completed');
    });
    await step('archive one task removes it', async () => {
        await row(page, 'Late task').getByRole('button', {name: 'Remove'}).click();
        await row(page, 'Late task').waitFor({state: 'detached'});
    });
    await step('readable at 360 px: nothing wider than the screen', async () => {
        await page.setViewportSize({width: 360, height: 740});
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        await shot(page, '06-narrow');
        await page.setViewportSize({width: 1000, height: 700});
        if (w > 360) throw new Error(`scrollWidth ${w}`);
    });
    await step('"Clear all finished" empties the list', async () => {
        await page.getByRole('button', {name: 'Clear all finished'}).click();
        await page.getByText('There is currently no background task').waitFor();
        if (await page.locator('.task').count()) throw new Error('tasks left');
    });
    await step('a request from another origin is refused', async () => {
        const res = await fetch(`${BASE}/tao/TaskQueueWebApi/archive`, {method: 'POST',
            headers: {Authorization: `Bearer ${fx.tokens.u1}`, 'X-Requested-With': 'XMLHttpRequest',
                      Origin: 'http://evil.example', 'Content-Type': 'application/x-www-form-urlencoded'},
            body: 'taskId=all'});
        if (res.status !== 403) throw new Error(`status ${res.status}`);
        const noToken = await page.evaluate(async () => (await fetch('/tao/TaskQueueWebApi/archive', {method: 'POST',
            headers: {'X-Requested-With': 'XMLHttpRequest'}, body: new URLSearchParams('taskId=all')})).status);
        if (noToken !== 401) throw new Error(`without a token: ${noToken}`);
    });
    await step('with 10,000 tasks in the log the page loads in under 1 s (a page of 100)', async () => {
        php('bulk-tasks.php', fx.users.u2, '10000');
        const p2 = await ctx.newPage();
        await p2.goto(`${BASE}/taskqueue/`);
        await p2.evaluate((t) => sessionStorage.setItem('taskqueue.token', t), fx.tokens.u2);
        const t0 = Date.now();
        await p2.reload();
        await p2.locator('.task').first().waitFor();
        const ms = Date.now() - t0;
        const n = await p2.locator('.task').count();
        const secret = await p2.getByText('Secret of u2').count();
        const mine = await p2.getByText('Import A').count();
        await p2.getByRole('button', {name: 'Show older tasks'}).click();
        await p2.locator('.task').nth(150).waitFor();
        await p2.close();
        console.log(`# 10,000 tasks: first page shown in ${ms} ms`);
        if (ms >= 1000 || n !== 100 || secret !== 1 || mine !== 0) throw new Error(JSON.stringify({ms, n, secret, mine}));
    });
    // --- the operator's view (manager role) --------------------------------------------
    await step('a user has no operator view; its routes answer 403', async () => {
        if (!(await page.locator('#tab-operator').isHidden())) throw new Error('Operator tab shown to a user');
        const st = await page.evaluate(async () => (await fetch('/tao/TaskQueueDashboard/queues',
            {headers: {Authorization: `Bearer ${sessionStorage.getItem('taskqueue.token')}`}})).status);
        if (st !== 403) throw new Error(`status ${st}`);
    });
    const op = await ctx.newPage();
    op.on('pageerror', (e) => pageErrors.push(String(e)));
    const opRow = (section, text) => op.locator('section.op', {has: op.locator('h3', {hasText: section})})
        .locator('tr', {hasText: text});
    await step('the manager sees queues and the live worker', async () => {
        await signIn(op, 'manager');
        await op.getByRole('button', {name: 'Operator'}).click();
        await op.locator('tr[data-queue="browser_q"]', {hasText: 'rds'}).waitFor();
        await op.locator(`tr[data-pid="${process.env.WORKER_PID}"]`).waitFor();
    });
    await step('a failed task is retried from the operator view and then completes', async () => {
        createTask('u1', 'Flaky export', {flag: flag('flaky')});
        await opRow('Failed tasks', 'Flaky export').waitFor({timeout: 20000});
        await shot(op, '07-operator');
        release('flaky');
        await opRow('Failed tasks', 'Flaky export').getByRole('button', {name: 'Retry'}).click();
        await op.locator('.op-note', {hasText: 'enqueued again'}).waitFor();
        await expectState(page, 'Flaky export', 'Completed');
    });
    await step('a queued task is cancelled from the operator view', async () => {
        createTask('u1', 'Hold the worker', {wait: flag('hold')});
        createTask('u2', 'Waiting in line');
        await expectState(page, 'Hold the worker', 'In Progress');
        const r = await op.evaluate(async () => (await fetch('/tao/TaskQueueDashboard/stuck',
            {headers: {Authorization: `Bearer ${sessionStorage.getItem('taskqueue.token')}`}})).json());
        if (!r.success) throw new Error(JSON.stringify(r));
        const id = php('find-task.php', 'Waiting in line');
        const res = await op.evaluate(async (taskId) => (await fetch('/tao/TaskQueueDashboard/cancel', {method: 'POST',
            headers: {Authorization: `Bearer ${sessionStorage.getItem('taskqueue.token')}`},
            body: new URLSearchParams({taskId})})).json(), id);
        if (!res.success || !/cancelled/.test(res.data.message)) throw new Error(JSON.stringify(res));
        release('hold');
        await expectState(page, 'Hold the worker', 'Completed');
    });
    await step('a killed worker disappears and its stuck task is restarted', async () => {
        createTask('u1', 'Orphaned import', {wait: flag('orphan')});
        await expectState(page, 'Orphaned import', 'In Progress');
        await op.locator('tr[data-pid]', {hasText: 'Orphaned import'}).waitFor();
        process.kill(Number(process.env.WORKER_PID), 'SIGKILL');
        await op.locator(`tr[data-pid="${process.env.WORKER_PID}"]`).waitFor({state: 'detached', timeout: 20000});
        await opRow('Stuck tasks', 'Orphaned import').waitFor({timeout: 20000});
        await shot(op, '08-stuck');
        release('orphan');
        const started = execFileSync('bash', ['-c', process.env.START_WORKER], {encoding: 'utf8'}).trim();
        await opRow('Stuck tasks', 'Orphaned import').getByRole('button', {name: 'Restart'}).click();
        await op.locator('.op-note', {hasText: 'put back in queue'}).waitFor();
        await expectState(page, 'Orphaned import', 'Completed');
        await op.locator(`tr[data-pid="${started}"]`).waitFor();
    });
    await step('finished tasks of every user are archived in bulk', async () => {
        await op.getByRole('button', {name: 'Archive all finished tasks'}).click();
        await op.locator('.op-note', {hasText: /Archived \d+ finished tasks/}).waitFor();
        await page.getByText('There is currently no background task').waitFor();
        await op.close();
    });
} finally {
    check(pageErrors.length === 0, 'no script error on the page', pageErrors.join('; '));
    await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
