import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFeed } from '../../../scripts/feed-check'
import { fixturePath, projectRoot, serve, startTestServer } from './helpers'

const publisherFixtures = readdirSync(fixturePath('.')).filter((name) => !name.startsWith('bad-'))

/** `npm run feed:check`: what an operator sees. */
describe('feed:check', () => {
  it.each(publisherFixtures)('%s gives clean titles, paragraphs and images', async (name) => {
    const report = await checkFeed(fixturePath(name))
    expect(report.ok).toBe(true)
    if (report.result.kind !== 'stories') throw new Error('expected stories')
    expect(report.stories).toBeGreaterThan(0)
    for (const story of report.result.stories) {
      expect(story.title).not.toMatch(/<\/?[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|\uFFFD/i)
      expect(story.title.trim()).toBe(story.title)
      for (const paragraph of story.body) {
        expect(paragraph).not.toMatch(/<\/?[a-z][^>]*>|&(?:#\d+|[a-z]+);|^\s|\s$|\s{2}/i)
      }
      if (story.image) expect(story.image.url).toMatch(/^(https?:\/\/|[a-z0-9_./-]+$)/i)
      if (story.url) expect(story.url).toMatch(/^https?:\/\//)
    }
  })

  it('lists the problems it found', async () => {
    const report = await checkFeed(fixturePath('wire-service-rss2.xml'))
    expect(report.format).toBe('RSS 2.0')
    expect(report.problems).toEqual(
      expect.arrayContaining([
        '2 of 7 items have no title (one was made from the text)',
        '2 of 7 items have no readable date',
        '2 duplicate items collapsed',
      ]),
    )
    const titles = await checkFeed(fixturePath('wordpress-rss2.xml'))
    expect(titles.problems).toContain('1 of 2 items have HTML or entities in the title (cleaned)')
  })

  it('checks a remote feed over HTTP', async () => {
    const server = await startTestServer()
    server.route(
      '/feed.json',
      serve(
        '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Hi"}]}',
        'application/feed+json',
      ),
    )
    try {
      expect(await checkFeed(`${server.url}/feed.json`)).toMatchObject({
        ok: true,
        format: 'JSON Feed',
        stories: 1,
      })
      expect(await checkFeed(`${server.url}/gone.xml`)).toMatchObject({
        ok: false,
        problems: [expect.stringMatching(/HTTP 404/)],
      })
    } finally {
      await server.close()
    }
  })

  it('exits 0 for usable feeds, 1 when one cannot be used, and prints JSON with --json', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feed-check.ts', ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
      })
    const good = run('static/feeds/top.xml', 'static/feeds/business.atom')
    expect(good.status).toBe(0)
    expect(good.stdout).toMatch(/✓ static\/feeds\/top\.xml: RSS 2\.0, 9 stories/)
    expect(good.stdout).toMatch(/✓ static\/feeds\/business\.atom: Atom 1\.0, 8 stories/)
    const bad = run('static/feeds/top.xml', 'test/fixtures/feeds/bad-html-page.html')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(
      /✗ test\/fixtures\/feeds\/bad-html-page\.html: unusable\n {4}! .*web page, not a feed/,
    )
    const json = run('--json', 'static/feeds/technology.json')
    expect(json.status).toBe(0)
    const parsed = JSON.parse(json.stdout) as { format: string; stories: { title: string; body: string[] }[] }
    expect(parsed.format).toBe('JSON Feed')
    expect(parsed.stories[0]?.body.length).toBeGreaterThanOrEqual(15)
    expect(run().status).toBe(2)
    // Four node + tsx start-ups: slow on a loaded 2-core machine, so a generous limit (nothing timed is asserted).
  }, 120_000)
})
