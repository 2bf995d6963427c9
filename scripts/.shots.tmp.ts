import { launchBrowser, openTv } from '../test/e2e/harness/tv'
const [lang = 'ar', ...hashes] = process.argv.slice(2)
const browser = await launchBrowser()
for (const hash of hashes.length ? hashes : ['home']) {
  const tv = await openTv(browser, { hash: hash === 'home' ? '' : hash, query: { lang }, waitForFocus: false })
  await tv.page.waitForTimeout(4000)
  if (hash === 'exit') { await tv.press('Back'); await tv.page.waitForTimeout(800) }
  await tv.page.screenshot({ path: `/tmp/i18nshots/${lang}-${hash.replace(/\W/g, '_')}.png` })
  console.log(hash, tv.errors)
  await tv.close()
}
await browser.close()
