// operator.js: the operator's view (manager role; README "Task dashboard"): the queues
// (broker, weight, depth, oldest waiting task, tasks per second, failures), the workers
// alive (their heartbeat rows), stuck and failed tasks, and the actions retry, restart,
// cancel and archive finished in bulk, each answered by the server with what it did.
import {el, fill, duration} from './dom.js';
import {api} from './api.js';
import {showReport} from './tasks.js';

function table(caption, head, rows, empty) {
    if (!rows.length) return el('section', {class: 'op'}, el('h3', {}, caption), el('p', {class: 'empty'}, empty));
    return el('section', {class: 'op'}, el('h3', {}, caption),
        el('div', {class: 'scroll'}, el('table', {},
            el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {scope: 'col'}, h)))),
            el('tbody', {}, ...rows))));
}

const mb = (bytes) => bytes ? `${(bytes / 1048576).toFixed(1)} MB` : '–';

export class Operator {
    constructor(root, onError, report, interval) {
        this.root = root;
        this.onError = onError;
        this.report = report;
        this.interval = interval;
        this.timer = null;
        this.note = el('p', {class: 'op-note', role: 'status', 'aria-live': 'polite'});
    }

    start() {
        this.stop();
        this.refresh();
    }

    stop() {
        clearTimeout(this.timer);
        this.timer = null;
    }

    async refresh() {
        clearTimeout(this.timer);
        try {
            const [queues, workers, stuck, failed] = await Promise.all([api.queues(), api.workers(), api.stuck(), api.failed()]);
            this.render(queues, workers, stuck, failed);
        } catch (e) {
            this.onError(e);
        }
        this.timer = setTimeout(() => this.refresh(), this.interval);
    }

    button(text, action, params) {
        const b = el('button', {type: 'button', 'data-action': action}, text);
        b.addEventListener('click', async () => {
            try {
                const r = await api.act(action, params);
                this.note.textContent = r && r.message ? r.message : `${action}: done`;
            } catch (e) {
                this.note.textContent = `${action}: ${e.message}`;
            }
            this.refresh();
        });
        return b;
    }

    render(queues, workers, stuck, failed) {
        const focusedAction = document.activeElement && this.root.contains(document.activeElement)
            ? document.activeElement.dataset.action : null;
        const archive = this.button('Archive all finished tasks', 'archiveFinished', {});
        fill(this.root,
            this.note,
            table('Queues', ['Queue', 'Broker', 'Weight', 'Waiting', 'Oldest waiting', 'Tasks/s (5 min)', 'Failures (1 h)'],
                queues.map((q) => el('tr', {'data-queue': q.name},
                    el('td', {}, q.name), el('td', {}, q.broker), el('td', {}, q.weight),
                    el('td', {}, q.depth === null ? '–' : q.depth), el('td', {}, duration(q.oldestWaitingAge)),
                    el('td', {}, Number(q.tasksPerSecond || 0).toFixed(2)), el('td', {}, q.failures))),
                'No queue'),
            table('Workers', ['Host', 'PID', 'Queue', 'Tasks done', 'Current task', 'Memory', 'Heartbeat'],
                workers.map((w) => el('tr', {'data-pid': w.pid, 'data-worker': w.id},
                    el('td', {}, w.host), el('td', {}, w.pid), el('td', {}, w.queue || 'all'), el('td', {}, w.tasksDone),
                    el('td', {}, w.currentTaskLabel || w.currentTask || '–'), el('td', {}, mb(w.memory)),
                    el('td', {}, `${duration(w.heartbeatAge)} ago`))),
                'No worker alive'),
            table('Stuck tasks', ['Task', 'Owner', 'Status', 'For', 'Why', ''],
                stuck.map((t) => el('tr', {'data-id': t.id},
                    el('td', {}, t.label || t.id), el('td', {}, t.owner), el('td', {}, t.status),
                    el('td', {}, duration(t.age)), el('td', {}, t.reason),
                    el('td', {}, this.button('Restart', 'restart', {taskId: t.id}),
                        t.status === 'enqueued' ? this.button('Cancel', 'cancel', {taskId: t.id}) : null))),
                'No stuck task'),
            table('Failed tasks', ['Task', 'Owner', 'Failed', ''],
                failed.map((t) => {
                    const rep = el('button', {type: 'button', 'data-action': 'report'}, 'Report');
                    rep.addEventListener('click', () => showReport(this.report, t));
                    return el('tr', {'data-id': t.id},
                        el('td', {}, t.label || t.id), el('td', {}, t.owner), el('td', {}, `${duration(t.age)} ago`),
                        el('td', {}, rep, this.button('Retry', 'retry', {taskId: t.id})));
                }),
                'No failed task'),
            el('p', {}, archive));
        if (focusedAction) {
            const again = this.root.querySelector(`[data-action="${focusedAction}"]`);
            if (again) again.focus();
        }
    }
}
