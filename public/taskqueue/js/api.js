// api.js: calls to the task HTTP API (doc/taskApi.yml) as the signed-in user. The token
// lives in sessionStorage (gone with the tab) and travels in the Authorization header
// only, never in a URL or a cookie; changes are POSTed as forms. Answers are unwrapped
// from TAO's envelopes ({success, data} / {success, code, message} / {errorMsg}).

const KEY = 'taskqueue.token';

export const token = {
    get: () => sessionStorage.getItem(KEY) || '',
    set: (t) => sessionStorage.setItem(KEY, t),
    clear: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

function form(params) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        for (const one of Array.isArray(v) ? v : [v]) body.append(Array.isArray(v) ? `${k}[]` : k, one);
    }
    return body;
}

async function send(path, {params = {}, post = false, raw = false} = {}) {
    const headers = {'Authorization': `Bearer ${token.get()}`, 'X-Requested-With': 'XMLHttpRequest'};
    let url = path, init = {headers, credentials: 'omit', cache: 'no-store'};
    if (post) {
        init.method = 'POST';
        init.body = form(params);
    } else if (Object.keys(params).length) {
        url += '?' + form(params).toString();
    }
    const res = await fetch(url, init);
    if (raw && res.ok) return res;
    let json = null;
    try {
        json = await res.json();
    } catch (e) {
        throw new ApiError(res.status, `HTTP ${res.status}`);
    }
    if (!res.ok || json.success === false) {
        throw new ApiError(res.status, json.message || json.errorMsg || `HTTP ${res.status}`);
    }
    return 'data' in json ? json.data : json;
}

const web = (action) => `/tao/TaskQueueWebApi/${action}`;
const ops = (action) => `/tao/TaskQueueDashboard/${action}`;

export const api = {
    list: (limit, offset) => send(web('getAll'), {params: {limit, offset}}),
    get: (taskId) => send(web('get'), {params: {taskId}}),
    stats: () => send(web('stats')),
    archive: (taskId) => send(web('archive'), {params: {taskId}, post: true}),
    download: (taskId) => send(web('download'), {params: {taskId}, post: true, raw: true}),
    // the operator's routes (manager role)
    queues: () => send(ops('queues')),
    workers: () => send(ops('workers')),
    stuck: () => send(ops('stuck')),
    failed: () => send(ops('failed')),
    act: (action, params) => send(ops(action), {params, post: true}),
};
