// Turns one eng/load-test.sh run into Markdown: the accident → aid application delay, the office mix per request
// kind, the rising-rate steps, and CPU per process and queue depths per step (what gives first).
// Usage: node report.mjs GATEWAY_URL RUN_DIR ACCIDENT_RATE STEP_SECONDS
import { existsSync, readFileSync } from 'node:fs';
import common from './common.cjs';

const { call } = common;
const [base, dir, accidentRate, stepSecondsArg] = process.argv.slice(2);
const stepSeconds = Number(stepSecondsArg);
const seed = JSON.parse(readFileSync(`${dir}/seed.json`, 'utf8'));
const read = name => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
const ms = v => (v === undefined || Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);

// ---- 1. accident → application ---------------------------------------------------------------------------------
const accidents = readFileSync(`${dir}/accidents.ndjson`, 'utf8').trim().split('\n').filter(Boolean).map(l => JSON.parse(l));
// Spread over the seeded officers: the gateway limits each caller to 600 requests a minute.
let lookups = 0;
const aidToken = () => seed.tokens['aid-officer'][lookups++ % seed.tokens['aid-officer'].length];
const delays = [];
let missing = 0;
// Every report is looked up once, a few at a time, after the load (never while it runs).
for (let i = 0; i < accidents.length; i += 8) {
  await Promise.all(accidents.slice(i, i + 8).map(async accident => {
    for (const nationalId of accident.nationalIds) {
      const page = (await call(base, 'POST', '/api/aid/applications/search', { token: aidToken(), body: { nationalId, origin: 'accident-reported' } })).json;
      const application = page.items[0];
      if (!application) { missing++; continue; }
      delays.push(Date.parse(application.submittedAt) - Date.parse(accident.reportedAt));
    }
  }));
}
delays.sort((a, b) => a - b);
const accidentRun = read('accidents.json').aggregate;
console.log(`## Accident report → accident-support application, ${accidentRate} reports/s`);
console.log('| reports | reports/s achieved | applications opened | p50 | p95 | p99 | max | report request p50 / p99 |');
console.log('|---|---|---|---|---|---|---|---|');
const reportTimes = accidentRun.summaries['http.response_time'] ?? {};
console.log(`| ${accidents.length} | ${accidentRun.rates?.['http.request_rate'] ?? '—'} | ${delays.length}${missing ? ` (${missing} missing)` : ''} | ` +
  `${ms(percentile(delays, 0.5))} | ${ms(percentile(delays, 0.95))} | ${ms(percentile(delays, 0.99))} | ${ms(delays.at(-1))} | ` +
  `${ms(reportTimes.median)} / ${ms(reportTimes.p99)} |`);
if (existsSync(`${dir}/accidents-warmup.backlog`)) {
  const [deepest, seconds] = readFileSync(`${dir}/accidents-warmup.backlog`, 'utf8').trim().split(' ');
  console.log(`\nAfter the warm-up (cold platform, ramping up to ${accidentRate} reports/s): ${deepest} messages waiting in welfare aid's queue, drained in ${seconds} s before the measured run began.`);
}

// ---- 2. office mix (none when the run skipped it: --steps "") --------------------------------------------------
if (!existsSync(`${dir}/office.json`)) process.exit(0);
const office = read('office.json');
const agg = office.aggregate;
const prefix = 'plugins.metrics-by-endpoint.response_time.';
console.log('\n## Office mix at rising rates: per request kind (whole run)');
console.log('| request | count | p50 | p95 | p99 | non-2xx |');
console.log('|---|---|---|---|---|---|');
for (const [key, s] of Object.entries(agg.summaries).filter(([k]) => k.startsWith(prefix)).sort()) {
  const name = key.slice(prefix.length);
  const failed = Object.entries(agg.counters)
    .filter(([k]) => k.startsWith(`plugins.metrics-by-endpoint.${name}.codes.`) && !/\.codes\.2\d\d$/.test(k))
    .reduce((n, [, v]) => n + v, 0);
  console.log(`| ${name} | ${s.count} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${failed} |`);
}
const errors = Object.entries(agg.counters).filter(([k]) => k.startsWith('errors.'));
const codes = Object.entries(agg.counters).filter(([k]) => k.startsWith('http.codes.')).map(([k, v]) => `${k.slice(11)}: ${v}`).join(', ');
console.log(`\nResponses by status: ${codes}. Errors (timeouts, refused connections): ${errors.length ? errors.map(([k, v]) => `${k.slice(7)}: ${v}`).join(', ') : 'none'}.`);

// ---- 3. steps ----------------------------------------------------------------------------------------------------
// Artillery reports every 10 s; each period (and each CPU or queue sample) counts for the step running when it began.
const phases = readFileSync(`${dir}/office.steps`, 'utf8').trim().split(/\s+/).map(s => `${s}/s`);
// The first request goes out as the first phase starts (Node's own start-up comes before it).
const at = Math.min(...office.intermediate.map(p => p.firstMetricAt));
const stepOf = t => phases[Math.min(Math.max(Math.floor((t - at) / 1000 / stepSeconds), 0), phases.length - 1)];
const steps = new Map();
for (const period of office.intermediate) {
  const start = Number(period.period);
  const step = stepOf(start);
  const s = steps.get(step) ?? { seconds: 0, requests: 0, ok: 0, failed: 0, errors: 0, p50: [], p99: [], started: 0, completed: 0, start };
  s.seconds += 10;
  s.requests += period.counters['http.requests'] ?? 0;
  for (const [k, v] of Object.entries(period.counters)) {
    if (/^http\.codes\.2/.test(k)) s.ok += v;
    else if (k.startsWith('http.codes.')) s.failed += v;
    else if (k.startsWith('errors.')) s.errors += v;
  }
  s.started += period.counters['vusers.created'] ?? 0;
  s.completed += period.counters['vusers.completed'] ?? 0;
  const rt = period.summaries['http.response_time'];
  if (rt) { s.p50.push(rt.median); s.p99.push(rt.p99); }
  steps.set(step, s);
}

// CPU per process group from top (per 5 s), and the deepest queue, per step.
const groups = [
  [/LabourWelfare\.(Inspections|WelfareAid|Cooperatives|Mediation|Gateway)\b/, m => m[1].toLowerCase()],
  [/postgres/, () => 'postgresql'], [/beam\.smp/, () => 'rabbitmq'], [/Aspire\.Dashboard|dashboard/i, () => 'dashboard'],
  [/\bdcp\b|dcpctrl/, () => 'dcp'], [/node .*artillery|artillery/, () => 'artillery'],
];
const cpu = new Map(); // step -> group -> CPU % summed over the step's samples
const snapshots = new Map(); // step -> samples
if (existsSync(`${dir}/top.log`)) {
  let time = null, step = null;
  for (const line of readFileSync(`${dir}/top.log`, 'utf8').split('\n')) {
    const header = /^top - (\d\d):(\d\d):(\d\d)/.exec(line);
    if (header) {
      const now = new Date();
      now.setHours(+header[1], +header[2], +header[3], 0);
      time = now.getTime();
      step = time >= at ? stepOf(time) : null;
      if (step) snapshots.set(step, (snapshots.get(step) ?? 0) + 1);
      continue;
    }
    if (!step) continue;
    const cols = line.trim().split(/\s+/);
    if (cols.length < 12 || !/^\d+$/.test(cols[0])) continue;
    const command = cols.slice(11).join(' ');
    const group = groups.map(([re, name]) => { const m = re.exec(command); return m ? name(m) : null; }).find(Boolean);
    if (!group) continue;
    const byGroup = cpu.get(step) ?? new Map();
    byGroup.set(group, (byGroup.get(group) ?? 0) + Number(cols[8]));
    cpu.set(step, byGroup);
  }
}
const queues = new Map();
if (existsSync(`${dir}/queues.log`)) {
  for (const line of readFileSync(`${dir}/queues.log`, 'utf8').split('\n').filter(Boolean)) {
    const [t, ...entries] = line.split(' ');
    const time = Number(t) * 1000;
    if (time < at) continue;
    const step = stepOf(time);
    const deepest = Math.max(0, ...entries.map(e => Number(e.split('=')[1]) || 0));
    queues.set(step, Math.max(queues.get(step) ?? 0, deepest));
  }
}

console.log('\n## Office mix: each step of the rising rate');
console.log('| new tasks/s | requests/s | p50 (median of 10 s periods) | p99 (worst 10 s period) | non-2xx | errors | deepest queue | CPU % by process (of 200) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [step, s] of steps) {
  const median = v => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const byGroup = cpu.get(step);
  const samples = snapshots.get(step) ?? 1;
  const cpuText = byGroup
    ? [...byGroup.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([g, sum]) => `${g} ${Math.round(sum / samples)}`).join(', ')
    : '—';
  console.log(`| ${step} | ${(s.requests / s.seconds).toFixed(0)} | ${ms(median(s.p50))} | ${ms(Math.max(...s.p99))} | ${s.failed} | ${s.errors} | ${queues.get(step) ?? '—'} | ${cpuText} |`);
}
