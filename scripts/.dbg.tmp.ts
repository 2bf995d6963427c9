import { launchBrowser, openTv } from '/work/wt-i18n/test/e2e/harness/tv'
const browser = await launchBrowser()
const tv = await openTv(browser, { query: { lang: 'ar' }, waitForFocus: false, onPage: (page) => {
  page.on('console', (m) => console.log('console', m.type(), m.text()))
  page.on('response', (r) => { if (r.status() >= 400) console.log('404', r.url()) })
} })
await tv.page.waitForTimeout(3000)
console.log(await tv.page.evaluate(() => location.href))
await tv.close(); await browser.close()
