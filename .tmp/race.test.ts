import { it } from 'vitest';
import { launch, newProfileDir } from '../tests/e2e/browser';
import { serveDist } from '../tests/e2e/server';
import { addPhoto, openWorkshop, thumbnails } from '../tests/e2e/photos-support';

const dump = (page: import('playwright-core').Page) => page.evaluate(async () => {
  const db = await new Promise<IDBDatabase>((r) => { const o = indexedDB.open('tagesbegleiter'); o.onsuccess = () => r(o.result); });
  const get = (s: string) => new Promise<unknown[]>((r) => { const q = db.transaction(s).objectStore(s).getAll(); q.onsuccess = () => r(q.result); });
  const out = { notes: (await get('notes')).map((n: any) => [n.text, n.rev]), journal: (await get('journal')).map((j: any) => [j.text, j.baseRev]), photos: (await get('photos')).length };
  db.close();
  return out;
});

it('race', async () => {
  const server = await serveDist();
  const origin = server.url;
  for (let i = 0; i < 3; i++) {
    const dir = newProfileDir();
    const first = await launch(dir);
    await openWorkshop(first.page, origin);
    await first.page.getByRole('textbox', { name: /Notiz/ }).fill('vor dem vollen Speicher');
    await addPhoto(first.page);
    await thumbnails(first.page).first().waitFor({ timeout: 10_000 });
    console.log('L1 before close', JSON.stringify(await dump(first.page)), await first.page.locator('.note-status').textContent());
    await first.context.close();
    const second = await launch(dir);
    await openWorkshop(second.page, origin);
    console.log('L2', JSON.stringify(await dump(second.page)), await second.page.getByRole('textbox', { name: /Notiz/ }).inputValue());
    await second.context.close();
  }
  await server.close();
}, 120_000);
