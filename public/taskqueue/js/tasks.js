// tasks.js: the user's task list, as TAO's header list shows it (README "Task dashboard"):
// a badge with the count and the state colour, the tasks newest first with an icon by
// category, the status and "Started/Completed/Failed <relative time>" from the server's
// clock, the report, download, redirect, archive one, "Clear all finished", the empty
// text; polled as TAO polls (at once, 8 s, then every 5 s) and stopped when no task is
// queued or running. While stopped, the counts (stats) are looked at every 5 s and a
// change starts the polling again, since this page creates no task itself.
import {el, fill, ago} from './dom.js';
import {api} from './api.js';

const PAGE = 100;                        // TAO's list asks for 100
const ICON_BY_CATEGORY = {import: '⇩', export: '⇧', delivery_comp: '✉', transfer: '⇄',
                          create: '✦', update: '✎', delete: '✖'};
const ICON_BY_STATUS = {in_progress: '⚙', completed: '✔', failed: '✘'};
const TIME_WORD = {in_progress: 'Started', completed: 'Completed', failed: 'Failed'};

export class TaskList {
    constructor(ui, onError, intervals) {
        this.ui = ui;
        this.onError = onError;
        this.intervals = intervals;      // [first, then] in ms
        this.tasks = new Map();          // id -> {task, seenAt}
        this.older = [];                 // pages beyond the first, loaded on demand
        this.timer = null;
        this.polling = false;
        this.iteration = 0;
        this.lastStats = '';
        ui.clear.addEventListener('click', () => this.clearFinished());
        ui.more.addEventListener('click', () => this.loadMore());
        ui.badge.addEventListener('click', () => {
            const open = ui.badge.getAttribute('aria-expanded') !== 'true';
            ui.badge.setAttribute('aria-expanded', String(open));
            ui.panel.hidden = !open;
        });
    }

    start() {
        this.pollAll(true);
    }

    stop() {
        clearTimeout(this.timer);
        this.timer = null;
        this.polling = false;
    }

    /* TAO's pollAll: now, then after 8 s once, then every 5 s; stops when idle. */
    pollAll(immediate) {
        clearTimeout(this.timer);
        this.polling = true;
        if (immediate) this.iteration = 0;
        const delay = immediate ? 0 : (this.iteration <= 1 ? this.intervals[0] : this.intervals[1]);
        this.timer = setTimeout(() => this.tick(), delay);
    }

    async tick() {
        this.iteration++;
        let active = true;
        try {
            active = await this.refresh();
        } catch (e) {
            this.onError(e);
        }
        if (!this.polling) return;
        if (active) {
            this.pollAll(false);
        } else {
            this.polling = false;
            this.watch();
        }
    }

    /* Idle: the stats every 5 s; when they change, the list polling starts again. */
    watch() {
        clearTimeout(this.timer);
        this.timer = setTimeout(async () => {
            try {
                const key = JSON.stringify(await api.stats());
                if (key !== this.lastStats) {
                    this.pollAll(true);
                    return;
                }
            } catch (e) {
                this.onError(e);
            }
            this.watch();
        }, this.intervals[1]);
    }

    /* One poll: the first page and the counts; true while a task is queued or running. */
    async refresh() {
        const [page, stats] = await Promise.all([api.list(PAGE, 0), api.stats()]);
        this.lastStats = JSON.stringify(stats);
        this.render(page, stats);
        return page.some((t) => t.status === 'created' || t.status === 'in_progress');
    }

    async loadMore() {
        const offset = PAGE * (1 + this.older.length);
        try {
            const page = await api.list(PAGE, offset);
            this.older.push(page);
            this.render(this.first || [], this.stats);
        } catch (e) {
            this.onError(e);
        }
    }

    render(first, stats) {
        this.first = first;
        this.stats = stats;
        const now = Date.now();
        const all = first.concat(...this.older);
        const seen = new Set();
        const items = [];
        for (const task of all) {
            if (seen.has(task.id)) continue;
            seen.add(task.id);
            const prev = this.tasks.get(task.id);
            const changed = prev && prev.task.status !== task.status;
            this.tasks.set(task.id, {task, seenAt: now});
            items.push(this.item(task, now, changed));
        }
        for (const id of [...this.tasks.keys()]) if (!seen.has(id)) this.tasks.delete(id);
        // keep the focus on the same row's button across a re-render (keyboard users)
        const focused = document.activeElement;
        const keep = focused && focused.closest && focused.closest('.task')
            ? [focused.closest('.task').dataset.id, focused.dataset.action] : null;
        fill(this.ui.list, items);
        if (keep) {
            const again = [...this.ui.list.querySelectorAll('.task')].find((n) => n.dataset.id === keep[0]);
            const btn = again && again.querySelector(`[data-action="${keep[1]}"]`);
            if (btn) btn.focus();
        }
        this.ui.empty.hidden = all.length > 0;
        this.ui.more.hidden = all.length < PAGE * (1 + this.older.length);
        this.ui.clear.hidden = !all.some((t) => t.status === 'completed' || t.status === 'failed');
        this.badge(stats);
    }

    badge(stats) {
        const running = Number(stats.numberOfTasksInProgress || 0) + Number(stats.numberOfTasksEnqueued || 0);
        const done = Number(stats.numberOfTasksCompleted || 0), failed = Number(stats.numberOfTasksFailed || 0);
        const state = running ? 'info' : failed && done ? 'warning' : failed ? 'error' : 'success';
        const b = this.ui.badge;
        b.className = `badge badge-${state}` + (running ? ' running' : '');
        b.querySelector('.badge-count').textContent = String(running + done + failed);
        b.title = `Background tasks: ${running} running, ${done} completed, ${failed} failed`;
    }

    /* One row. TAO shows a queued task as in progress; the status label says which. */
    item(task, now, changed) {
        const shown = task.status === 'created' ? 'in_progress' : task.status;
        const useUpdated = shown !== 'in_progress' && task.updatedAt !== undefined;
        const elapsed = useUpdated ? task.updatedAtElapsed : task.createdAtElapsed;
        const icon = ICON_BY_CATEGORY[task.category] || ICON_BY_STATUS[shown] || '•';
        const actions = el('div', {class: 'actions'});
        const button = (action, text, handler) => {
            const b = el('button', {type: 'button', 'data-action': action}, text);
            b.addEventListener('click', handler);
            actions.append(b);
        };
        button('report', 'Report', () => this.showReport(task.id));
        if (task.hasFile) button('download', 'Download', () => this.download(task));
        if (task.redirectUrl && /^(https?:\/\/|\/)/.test(task.redirectUrl)) {
            actions.append(el('a', {href: task.redirectUrl, 'data-action': 'redirect', rel: 'noopener'}, 'Open'));
        }
        if (shown === 'completed' || shown === 'failed') button('remove', 'Remove', () => this.archive(task.id));
        return el('li', {class: `task status-${shown}` + (changed ? ' changed' : ''), 'data-id': task.id,
                         'data-status': task.status},
            el('span', {class: 'icon', 'aria-hidden': 'true'}, icon),
            el('div', {class: 'task-main'},
                el('span', {class: 'label'}, task.taskLabel || task.taskName || task.id),
                shown === 'in_progress'
                    ? el('span', {class: 'meta'}, el('span', {class: 'state'}, task.statusLabel || task.status), ' · ',
                        el('span', {class: 'time'}, `${TIME_WORD[shown]} ${ago(elapsed)}`))
                    : el('span', {class: 'meta'}, el('span', {class: 'time'},
                        el('span', {class: 'state'}, TIME_WORD[shown] || task.statusLabel), ` ${ago(elapsed)}`))),
            actions);
    }

    async archive(taskId) {
        try {
            await api.archive(taskId);
        } catch (e) {
            this.onError(e);
        }
        this.pollAll(true);
    }

    /* TAO: stop polling, archive all, poll again. */
    async clearFinished() {
        this.stop();
        try {
            await api.archive('all');
        } catch (e) {
            this.onError(e);
        }
        this.older = [];
        this.pollAll(true);
    }

    async download(task) {
        try {
            const res = await api.download(task.id);
            const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
            const url = URL.createObjectURL(await res.blob());
            const a = el('a', {href: url, download: name ? name[1] : 'download'});
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
        } catch (e) {
            this.onError(e);
        }
    }

    async showReport(taskId) {
        try {
            const task = await api.get(taskId);
            showReport(this.ui.report, task);
        } catch (e) {
            this.onError(e);
        }
    }
}

/* The report panel: TAO shows the task's own report (the worker's root has it as its
 * first child), nested, each line with its type. */
export function showReport(ui, task) {
    const root = task.report && Array.isArray(task.report.children) && task.report.children.length
        ? task.report.children[0] : task.report;
    ui.task.textContent = task.taskLabel || task.id;
    fill(ui.body, root ? el('ul', {class: 'report-tree'}, reportNode(root)) : el('p', {}, 'No report available'));
    ui.opener = document.activeElement;      // focus goes back there when the panel closes
    ui.panel.hidden = false;
    ui.close.focus();
}

function reportNode(r) {
    const type = ['info', 'success', 'warning', 'error'].includes(r.type) ? r.type : 'info';
    const kids = Array.isArray(r.children) ? r.children : [];
    return el('li', {class: `report report-${type}`},
        el('span', {class: 'report-type'}, type), ' ',
        el('span', {class: 'report-message'}, typeof r.message === 'string' ? r.message : JSON.stringify(r.message)),
        kids.length ? el("ul", {}, ...kids.map(reportNode)) : null);
}
