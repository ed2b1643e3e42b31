// Artillery hooks for the office scenario (scenario.yml): each virtual user is one officer of the seeded offices
// (seed.json from setup.mjs, path in LOAD_SEED), with fresh data for what they create. Accident reports are appended
// to LOAD_ACCIDENTS (one JSON line each) so report.mjs can measure how long Welfare aid took to open the application.
const { readFileSync, appendFileSync } = require('node:fs');
const { iranianNationalId, pick } = require('./common.cjs');

const seed = JSON.parse(readFileSync(process.env.LOAD_SEED, 'utf8'));
const accidentsFile = process.env.LOAD_ACCIDENTS;
let serial = 0;
const unique = () => `${process.pid.toString(36)}${Date.now().toString(36)}${(serial++).toString(36)}`;

function officer(context, events, done) {
  context.vars.inspectorToken = pick(seed.tokens.inspector);
  context.vars.aidToken = pick(seed.tokens['aid-officer']);
  context.vars.registrarToken = pick(seed.tokens.registrar);
  context.vars.supervisorToken = pick(seed.tokens.supervisor);
  context.vars.workplaceId = pick(seed.workplaces);
  context.vars.cooperativeId = pick(seed.cooperatives);
  context.vars.programmeId = seed.programmeId;
  context.vars.region = seed.region;
  return done();
}

function accidentBody(request, context, events, done) {
  const injured = [{ nationalId: iranianNationalId(), fullName: 'Load test worker', injurySeverity: 'minor' }];
  context.vars.injured = injured;
  request.json = {
    workplaceId: context.vars.workplaceId, occurredAt: new Date(Date.now() - 3600_000).toISOString(), severity: 'minor',
    kind: 'accident', description: 'Cut on a machine guard during a shift (load test)', injured,
  };
  return done();
}

function recordAccident(request, response, context, events, done) {
  if (response.statusCode === 201 && accidentsFile) {
    const body = JSON.parse(response.body);
    appendFileSync(accidentsFile, JSON.stringify({ id: body.id, reportedAt: body.reportedAt, nationalIds: context.vars.injured.map(i => i.nationalId) }) + '\n');
  }
  return done();
}

function cooperativeBody(request, context, events, done) {
  request.json = {
    name: `Load cooperative ${unique()}`, region: context.vars.region, registrationNumber: `LR-${unique()}`, sector: 'consumer',
    foundingMembers: Array.from({ length: 7 }, (_, i) => ({ nationalId: iranianNationalId(), fullName: `Founder ${i}`, shares: 5 })),
  };
  return done();
}

function workplaceBody(request, context, events, done) {
  const id = unique();
  request.json = {
    name: `Load workshop ${id}`, region: context.vars.region, county: 'Marvdasht', sector: 'industry', workforceSize: 12,
    employerName: `Load employer ${id}`, registrationNumber: `LW-${id}`,
  };
  return done();
}

/** One of the submitted applications the search found, at random, so concurrent officers rarely take the same. */
function pickApplication(request, response, context, events, done) {
  context.vars.applicationId = null;
  if (response.statusCode === 200) {
    const items = JSON.parse(response.body).items ?? [];
    if (items.length > 0) context.vars.applicationId = pick(items).id;
  }
  return done();
}

module.exports = { officer, accidentBody, recordAccident, cooperativeBody, workplaceBody, pickApplication };
