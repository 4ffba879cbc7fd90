import { chromium } from 'playwright-core';
import { startTestServer } from './helpers/server';
async function main() {
  const server = await startTestServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const shots: [string, string, number][] = (process.argv[2] ?? '').split(',').map((s) => {
    const [name, path, width] = s.split('@');
    return [name ?? '', path ?? '', Number(width)];
  });
  for (const [name, path, width] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url + path);
    await page.waitForTimeout(1200);
    const overflow = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const wide = [...d.querySelectorAll("*")].filter((e: any) => e.getBoundingClientRect().right > d.documentElement.clientWidth + 1).slice(-5).map((e: any) => e.tagName + '.' + e.className.toString().slice(0, 30) + ':' + (e.textContent||'').slice(0,30));
      return [d.documentElement.scrollWidth - d.documentElement.clientWidth, wide];
    });
    console.log(name, JSON.stringify(overflow));
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
    await page.close();
  }
  await browser.close();
  await server.stop();
}
void main();
