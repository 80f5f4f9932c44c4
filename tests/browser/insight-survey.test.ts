/** The satisfaction survey on the phone in real Chromium: asked in the visitor's language once the visit is done, answered once. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/services/demo-seed.ts';
import { useBrowser } from '../helpers/browser.ts';
import { useTestServer } from '../helpers/test-server.ts';

const srv = useTestServer();
const browser = useBrowser();
let staff: string;

beforeAll(async () => {
  staff = await srv.login(DEMO_STAFF.username, DEMO_STAFF.password);
});

async function finishedTicket(language: string): Promise<string> {
  const demo = srv.server.demo!;
  const setup = srv.server.app.deps.repos.setup;
  const counter = setup.listCounters(demo.branchId).find((c) => c.id === demo.counterId)!;
  const issued = await fetch(`${srv.url}/api/branches/${demo.branchId}/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: counter.serviceIds[0], language }),
  }).then((r) => r.json() as Promise<{ ticket: { id: number }; phoneToken: string }>);
  await srv.post(`/api/counters/${counter.id}/status`, staff, { status: 'open' });
  await srv.post(`/api/counters/${counter.id}/call-next`, staff);
  const done = await srv.post(`/api/tickets/${issued.ticket.id}/finish`, staff, {});
  expect(done.status).toBe(200);
  return issued.phoneToken;
}

describe('the phone survey', () => {
  it('asks in Spanish after the visit, takes one answer, and does not ask again', async () => {
    const token = await finishedTicket('es');
    const page = await browser.newPage({ width: 390, height: 844 });
    await page.goto(`${srv.url}/phone/?t=${token}`);
    await page.getByText('¿Qué tan satisfecho está con su visita?').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '4 de 5' }).click();
    await page.getByLabel('¿Algo que añadir? (opcional)').fill('Muy amables');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByText('¡Gracias por su respuesta!').waitFor();

    const again = await fetch(`${srv.url}/api/phone/${token}/feedback`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ score: 1 }),
    });
    expect(again.status).toBe(409);
    // After a reload the survey asks the server, learns it was answered, and stays away.
    const asked = page.waitForResponse((r) => r.url().endsWith('/feedback'));
    await page.reload();
    await asked;
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.getByText('¿Qué tan satisfecho está con su visita?').count()).toBe(0);
    const state = await fetch(`${srv.url}/api/phone/${token}/feedback`).then((r) => r.json());
    expect(state).toMatchObject({ answered: true, score: 4 });
  });
});
