<?php
/* php bench/svg.php <scale.json> <out-dir>
 * Draws the scale series of bench/scale.sh as SVG line charts, ours and the original side by
 * side: tasks/s against the backlog, the Task Log's size, workers and producers (x on a log
 * scale). Writes <out-dir>/scale-<series>.svg; for workers and producers also
 * scale-<series>-share.svg: each side's rate as a share of its own best, beside PostgreSQL alone
 * (pgbench, the control) at the same number of clients. Plain SVG 1.1, no script, readable on GitHub. */
declare(strict_types=1);

[$self, $in, $out] = $argv + [null, null, null];
if (!$in || !$out || !is_file($in)) {
    fwrite(STDERR, "usage: php bench/svg.php <scale.json> <out-dir>\n");
    exit(2);
}
$data = json_decode(file_get_contents($in), true, 32, JSON_THROW_ON_ERROR);

const W = 640, H = 360, L = 70, R = 20, T = 40, B = 50;

function esc(string $s): string
{
    return htmlspecialchars($s, ENT_XML1 | ENT_QUOTES);
}

function label(float $v): string
{
    return $v >= 1e6 ? rtrim(rtrim(sprintf('%.1f', $v / 1e6), '0'), '.') . 'M'
        : ($v >= 1e3 ? rtrim(rtrim(sprintf('%.1f', $v / 1e3), '0'), '.') . 'k' : (string) round($v));
}

/** One chart: $series = [name => [[x, y], ...]], colours by order. */
function chart(string $title, string $xTitle, array $series, string $yTitle = 'tasks/s', ?float $yMax = null): string
{
    $xs = $ys = [];
    foreach ($series as $points) {
        foreach ($points as [$x, $y]) {
            $xs[] = max(1.0, (float) $x);
            $ys[] = (float) $y;
        }
    }
    if (!$xs) {
        return '';
    }
    $x0 = log10(min($xs)); $x1 = log10(max($xs));
    if ($x1 - $x0 < 1e-9) { $x0 -= 0.5; $x1 += 0.5; }
    $y1 = $yMax ?? (max($ys) * 1.1 ?: 1);
    $px = fn(float $x) => L + (log10(max(1.0, $x)) - $x0) / ($x1 - $x0) * (W - L - R);
    $py = fn(float $y) => H - B - $y / $y1 * (H - T - B);
    $svg = sprintf('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">',
                   W, H, W, H) . "\n";
    $svg .= sprintf('<rect width="%d" height="%d" fill="#fff"/><text x="%d" y="22" font-size="15" font-weight="bold">%s</text>', W, H, L, esc($title)) . "\n";
    for ($i = 0; $i <= 4; $i++) {   // horizontal grid and y labels
        $v = $y1 * $i / 4;
        $y = $py($v);
        $svg .= sprintf('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%s</text>',
                        L, $y, W - R, $y, L - 6, $y + 4, label($v)) . "\n";
    }
    foreach (array_unique($xs) as $x) {   // x ticks at the measured sizes
        $svg .= sprintf('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#999"/><text x="%.1f" y="%d" text-anchor="middle">%s</text>',
                        $px($x), H - B, $px($x), H - B + 5, $px($x), H - B + 18, label($x)) . "\n";
    }
    $svg .= sprintf('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>',
                    L, T, L, H - B, L, H - B, W - R, H - B) . "\n";
    $svg .= sprintf('<text x="%d" y="%d" text-anchor="middle">%s</text><text transform="translate(16 %d) rotate(-90)" text-anchor="middle">%s</text>',
                    (L + W - R) / 2, H - 12, esc($xTitle), (T + H - B) / 2, esc($yTitle)) . "\n";
    $colours = ['#1f6feb', '#d1242f', '#2da44e', '#8250df'];
    $legendX = W - R - 30 - 7 * max(array_map(fn($n) => strlen((string) $n), array_keys($series)));
    $i = 0;
    foreach ($series as $name => $points) {
        $c = $colours[$i % count($colours)];
        usort($points, fn($a, $b) => $a[0] <=> $b[0]);
        $path = implode(' ', array_map(fn($p) => sprintf('%.1f,%.1f', $px((float) $p[0]), $py((float) $p[1])), $points));
        $svg .= sprintf('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>', $path, $c) . "\n";
        foreach ($points as [$x, $y]) {
            $svg .= sprintf('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"><title>%s: %s</title></circle>',
                            $px((float) $x), $py((float) $y), $c, esc((string) $name), label((float) $y)) . "\n";
        }
        $svg .= sprintf('<rect x="%d" y="%d" width="12" height="3" fill="%s"/><text x="%d" y="%d">%s</text>',
                        $legendX, T + 6 + 16 * $i, $c, $legendX + 18, T + 11 + 16 * $i, esc((string) $name)) . "\n";
        $i++;
    }
    return $svg . "</svg>\n";
}

$charts = [
    'backlog' => ['End to end (2 workers, receive 10) against the tasks waiting', 'tasks waiting when the workers start'],
    'log' => ['End to end (2 workers, receive 10) against the Task Log\'s size', 'rows in tq_task_log (mostly archived)'],
    'workers' => ['End to end (receive 10) against the worker processes', 'worker processes'],
    'producers' => ['createTask() from concurrent producer processes (durable)', 'producer processes'],
];
foreach ($charts as $key => [$title, $xTitle]) {
    $series = [];
    foreach (['ours' => 'taskqueue', 'base' => 'original (baseline)'] as $who => $name) {
        foreach ($data[$key][$who] ?? [] as $x => $y) {
            $series[$name][] = [(float) $x, (float) $y];
        }
    }
    $svg = chart($title, $xTitle, $series);
    if ($svg !== '') {
        file_put_contents("$out/scale-$key.svg", $svg);
    }
}

// Pt 3 of issue 15 in a picture: each side against its own best, and PostgreSQL alone.
$shares = [
    'workers' => ['Share of the best rate against the worker processes', 'worker processes', 'pgbench -S (PostgreSQL alone)'],
    'producers' => ['Share of the best rate against the producer processes', 'producer processes', 'pgbench -N (PostgreSQL alone)'],
];
foreach ($shares as $key => [$title, $xTitle, $control]) {
    $series = [];
    foreach (['ours' => 'taskqueue', 'base' => 'original (baseline)', 'pgbench' => $control] as $who => $name) {
        $points = array_filter($data[$key][$who] ?? [], fn($y) => is_numeric($y) && $y > 0);
        $best = $points ? max($points) : 0;
        foreach ($points as $x => $y) {
            $series[$name][] = [(float) $x, 100.0 * $y / $best];
        }
    }
    $svg = chart($title, $xTitle, $series, '% of its best', 120.0);
    if ($svg !== '') {
        file_put_contents("$out/scale-$key-share.svg", $svg);
    }
}
