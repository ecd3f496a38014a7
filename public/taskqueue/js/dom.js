// dom.js: the only way the dashboard builds elements. Every task value goes in as text
// (textContent / setAttribute of a fixed name), never as HTML, so a label or a report
// holding markup is shown as that markup and nothing of it runs.

/** el('li', {class: 'x', 'data-id': id}, child, 'text', ...): an element. */
export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (name.startsWith('on')) throw new Error('handlers are added with addEventListener');
        node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
        if (child === undefined || child === null || child === false) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
}

/** Replaces the children of node. */
export function fill(node, ...children) {
    node.replaceChildren();
    for (const c of children.flat()) {
        if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
    }
}

/** A relative time as moment's fromNow() words it ("a few seconds ago", "3 minutes ago"). */
export function ago(seconds) {
    const s = Math.max(0, Math.round(seconds));
    const m = Math.round(s / 60), h = Math.round(s / 3600), d = Math.round(s / 86400);
    if (s < 45) return 'a few seconds ago';
    if (s < 90) return 'a minute ago';
    if (m < 45) return `${m} minutes ago`;
    if (m < 90) return 'an hour ago';
    if (h < 22) return `${h} hours ago`;
    if (h < 36) return 'a day ago';
    if (d < 26) return `${d} days ago`;
    if (d < 45) return 'a month ago';
    if (d < 320) return `${Math.round(d / 30.4)} months ago`;
    if (d < 548) return 'a year ago';
    return `${Math.round(d / 365)} years ago`;
}

/** A duration in seconds, short: "42 s", "3 min", "2 h". */
export function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    const s = Math.round(seconds);
    if (s < 120) return `${s} s`;
    if (s < 7200) return `${Math.round(s / 60)} min`;
    return `${Math.round(s / 3600)} h`;
}
