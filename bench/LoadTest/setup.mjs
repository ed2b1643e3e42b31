// Seeds what offices work on before the load starts, through the gateway, and writes seed.json for the scenario:
// tokens for many officers of each role (each officer is a caller of their own for the gateway's rate limit),
// workplaces, cooperatives and an active accident-support programme in fars.
// Usage: node setup.mjs GATEWAY_URL OUT_FILE [officersPerRole]
import { writeFileSync } from 'node:fs';
import common from './common.cjs';
const { call, iranianNationalId } = common;

const [base, out, perRoleArg] = process.argv.slice(2);
const perRole = Number(perRoleArg ?? 60);
const region = 'fars';
const roles = ['inspector', 'aid-officer', 'registrar', 'supervisor'];

const token = async (subject, role) =>
  (await call(base, 'POST', '/dev/token', { body: { subject, roles: [role], region, lifetimeMinutes: 600 } })).json.accessToken;

const tokens = {};
for (const role of roles) {
  tokens[role] = [];
  for (let i = 0; i < perRole; i++) tokens[role].push(await token(`load-${role}-${i}`, role));
}
const inspector = tokens.inspector[0], registrar = tokens.registrar[0], aid = tokens['aid-officer'][0];
const run = Date.now().toString(36);

const workplaces = [];
for (let i = 0; i < 40; i++) {
  const created = await call(base, 'POST', '/api/inspections/workplaces', {
    token: inspector,
    body: { name: `Load works ${run}-${i}`, region, county: 'Shiraz', sector: ['industry', 'construction', 'services', 'agriculture'][i % 4],
      workforceSize: 20 + i * 7, employerName: `Load employer ${run}-${i}`, registrationNumber: `LT-${run}-${i}` },
  });
  workplaces.push(created.json.id);
}

const founders = () => Array.from({ length: 7 }, (_, i) => ({ nationalId: iranianNationalId(), fullName: `Founder ${i}`, shares: 10 }));
const cooperatives = [];
for (let i = 0; i < 20; i++) {
  const created = await call(base, 'POST', '/api/cooperatives/cooperatives', {
    token: registrar,
    body: { name: `Load cooperative ${run}-${i}`, region, registrationNumber: `LC-${run}-${i}`, sector: 'renewable-energy', foundingMembers: founders() },
  });
  cooperatives.push(created.json.id);
}

// No maximum decile: applications that accidents open can be approved as they come.
const today = new Date().toISOString().slice(0, 10);
const ends = new Date(Date.now() + 180 * 86400_000).toISOString().slice(0, 10);
const programme = await call(base, 'POST', '/api/aid/programmes', {
  token: aid,
  body: { name: `Load accident support ${run}`, region, kind: 'cash-grant', targetGroups: ['accident-victim'],
    startsOn: today, endsOn: ends, benefitAmount: 1000000, budgetAmount: 1000000 * 1000000, currency: 'IRR' },
});
const draft = await call(base, 'GET', `/api/aid/programmes/${programme.json.id}`, { token: aid });
await call(base, 'POST', `/api/aid/programmes/${programme.json.id}/activate`, { token: aid, ifMatch: draft.etag });

writeFileSync(out, JSON.stringify({ region, tokens, workplaces, cooperatives, programmeId: programme.json.id }, null, 1));
console.log(`seeded: ${workplaces.length} workplaces, ${cooperatives.length} cooperatives, 1 programme, ${perRole} officers per role`);
