// main.js: the dashboard page (README "Task dashboard"): asks for the token, keeps it in
// sessionStorage, shows the user's task list and, for a manager, the operator's view.
// ?poll=<ms> shortens the polling intervals (the browser test uses it).
import {api, token, ApiError} from './api.js';
import {TaskList} from './tasks.js';
import {Operator} from './operator.js';

const $ = (id) => document.getElementById(id);
const poll = Number(new URLSearchParams(location.search).get('poll')) || 0;
const intervals = poll > 0 ? [poll, poll] : [8000, 5000];

const report = {panel: $('report'), task: $('report-task'), body: $('report-body'), close: $('report-close')};
let list = null, operator = null;

function say(text) {
    $('message').textContent = text;
}

function onError(e) {
    if (e instanceof ApiError && e.status === 401) {
        signOut('The token was refused.');
        return;
    }
    say(e instanceof ApiError ? e.message : `The server cannot be reached (${e.message}).`);
}

function show(view) {
    const ops = view === 'operator';
    $('tasks').hidden = ops;
    $('operator').hidden = !ops;
    $('tab-tasks').setAttribute('aria-pressed', String(!ops));
    $('tab-operator').setAttribute('aria-pressed', String(ops));
    if (ops) operator.start(); else operator.stop();
}

async function signIn() {
    $('login').hidden = true;
    $('session').hidden = false;
    say('');
    list = new TaskList({list: $('task-list'), empty: $('empty'), more: $('more'), clear: $('clear-finished'),
                         badge: $('badge'), panel: $('tasks'), report}, onError, intervals);
    operator = new Operator($('operator-body'), onError, report, intervals[1]);
    $('tasks').hidden = false;
    list.start();
    try {
        await api.queues();          // a manager only: the operator's view
        $('tab-operator').hidden = false;
    } catch (e) {
        if (!(e instanceof ApiError) || e.status === 401) onError(e);
    }
}

function signOut(why) {
    token.clear();
    if (list) list.stop();
    if (operator) operator.stop();
    list = operator = null;
    $('session').hidden = true;
    $('tab-operator').hidden = true;
    $('tasks').hidden = $('operator').hidden = report.panel.hidden = true;
    $('login').hidden = false;
    $('token').value = '';
    $('token').focus();
    say(why || '');
}

$('login').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const t = $('token').value.trim();
    if (!t) return;
    token.set(t);
    $('token').value = '';
    signIn();
});
$('logout').addEventListener('click', () => signOut('Signed out.'));
$('tab-tasks').addEventListener('click', () => show('tasks'));
$('tab-operator').addEventListener('click', () => show('operator'));
$('op-refresh').addEventListener('click', () => operator && operator.refresh());

function closeReport() {
    report.panel.hidden = true;
    const back = report.opener && report.opener.isConnected ? report.opener : document.querySelector('[data-action="report"]');
    if (back) back.focus();
}
report.close.addEventListener('click', closeReport);
document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !report.panel.hidden) closeReport();
});

if (token.get()) signIn(); else $('token').focus();
