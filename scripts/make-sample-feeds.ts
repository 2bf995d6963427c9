/**
 * Writes the bundled sample feeds (static/feeds/) from the original stories in scripts/sample-feeds/*.txt,
 * each section in the format settings.json names for it, so a default run exercises every reader:
 * RSS 2.0 with Media RSS + content:encoded (top), RSS 2.0 with media:group + "email (Name)" authors (world),
 * RSS 2.0 with HTML descriptions and figures (culture), Atom with html/xhtml content and xml:base (business),
 * JSON Feed 1.1 (technology). Run: `npx tsx scripts/make-sample-feeds.ts`.
 *
 * File format: `## slug | Title | Author | ISO date | image file | caption | category`, then the summary line,
 * then one paragraph per line. Lines starting with a single `#` are comments.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

interface SampleStory {
  slug: string
  title: string
  author: string
  date: string
  image: string
  caption: string
  category: string
  summary: string
  paragraphs: string[]
}

const root = resolve(import.meta.dirname, '..')
const SITE = 'https://news.example.org'
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function read(section: string): SampleStory[] {
  const text = readFileSync(resolve(root, 'scripts/sample-feeds', `${section}.txt`), 'utf8')
  const stories: SampleStory[] = []
  for (const block of text.split(/^## /m).slice(1)) {
    const [head = '', ...lines] = block.split('\n').filter((line) => line.trim() && !/^#(?!#)/.test(line))
    const [slug, title, author, date, image, caption, category] = head.split('|').map((part) => part.trim())
    const [summary = '', ...paragraphs] = lines.map((line) => line.trim())
    stories.push({
      slug: slug ?? '',
      title: title ?? '',
      author: author ?? '',
      date: date ?? '',
      image: image ?? '',
      caption: caption ?? '',
      category: category ?? '',
      summary,
      paragraphs,
    })
  }
  return stories
}

const paragraphsHtml = (story: SampleStory) => story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')
const figureHtml = (story: SampleStory, src: string) =>
  story.image
    ? `<figure><img src="${src}" width="1280" height="720" alt=""><figcaption>${esc(story.caption)}</figcaption></figure>\n`
    : ''
const rfc822 = (iso: string) => new Date(iso).toUTCString()

function rss(section: string, title: string, items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Lightwire Sample News — ${title}</title>
<link>${SITE}/${section}/</link>
<atom:link href="${SITE}/feeds/${section}.xml" rel="self" type="application/rss+xml"/>
<description>Original sample stories for Lightwire. All people, places and events are invented.</description>
<language>en</language>
${items.join('\n')}
</channel>
</rss>
`
}

function topItem(story: SampleStory): string {
  return `<item>
<title>${esc(story.title)}</title>
<link>${SITE}/top/${story.slug}</link>
<guid isPermaLink="false">lightwire-sample:top/${story.slug}</guid>
<pubDate>${rfc822(story.date)}</pubDate>
<dc:creator>${esc(story.author)}</dc:creator>
${story.category ? `<category>${esc(story.category)}</category>\n` : ''}<description>${esc(story.summary)}</description>
<content:encoded><![CDATA[${paragraphsHtml(story)}]]></content:encoded>
${
  story.image
    ? `<media:content url="../images/${story.image}" medium="image" type="image/jpeg" width="1280" height="720">
  <media:description>${esc(story.caption)}</media:description>
</media:content>\n`
    : ''
}</item>`
}

function worldItem(story: SampleStory): string {
  const email = `${story.author.toLowerCase().replace(/[^a-z]+/g, '.')}@news.example.org`
  return `<item>
<title>${esc(story.title)}</title>
<link>${SITE}/world/${story.slug}</link>
<guid>${SITE}/world/${story.slug}</guid>
<pubDate>${rfc822(story.date)}</pubDate>
<author>${email} (${esc(story.author)})</author>
${story.category ? `<category>${esc(story.category)}</category>\n` : ''}<description>${esc(story.summary)}</description>
<content:encoded><![CDATA[${paragraphsHtml(story)}]]></content:encoded>
${
  story.image
    ? `<media:group>
  <media:content url="../images/${story.image}" medium="image" width="1280" height="720"/>
  <media:thumbnail url="../images/${story.image}" width="1280" height="720"/>
  <media:description>${esc(story.caption)}</media:description>
</media:group>\n`
    : ''
}</item>`
}

function cultureItem(story: SampleStory): string {
  const body = `${figureHtml(story, `../images/${story.image}`)}${paragraphsHtml(story)}`
  return `<item>
<title>${esc(story.title)}</title>
<link>${SITE}/culture/${story.slug}</link>
<guid isPermaLink="false">culture-${story.slug}</guid>
<pubDate>${rfc822(story.date)}</pubDate>
<dc:creator>${esc(story.author)}</dc:creator>
${story.category ? `<category>${esc(story.category)}</category>\n` : ''}<description>${esc(body)}</description>
${story.image ? `<enclosure url="../images/${story.image}" type="image/jpeg" length="0"/>\n` : ''}</item>`
}

function atomEntry(story: SampleStory, index: number): string {
  // Every third entry uses inline XHTML content; the rest escaped HTML: both Atom content types are exercised.
  const content =
    index % 3 === 1
      ? `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${figureHtml(story, story.image).replace('alt="">', 'alt=""/>')}${paragraphsHtml(story)}</div></content>`
      : `<content type="html">${esc(figureHtml(story, story.image) + paragraphsHtml(story))}</content>`
  return `<entry>
<title type="text">${esc(story.title)}</title>
<id>tag:news.example.org,2026:business/${story.slug}</id>
<link rel="alternate" type="text/html" href="${SITE}/business/${story.slug}"/>
${story.image ? `<link rel="enclosure" type="image/jpeg" href="${story.image}"/>\n` : ''}<published>${story.date}</published>
<updated>${story.date}</updated>
<author><name>${esc(story.author)}</name></author>
${story.category ? `<category term="${esc(story.category.toLowerCase())}" label="${esc(story.category)}"/>\n` : ''}<summary type="text">${esc(story.summary)}</summary>
${content}
</entry>`
}

function atom(stories: SampleStory[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="../images/">
<title>Lightwire Sample News — Business</title>
<subtitle>Original sample stories for Lightwire. All people, companies and figures are invented.</subtitle>
<id>tag:news.example.org,2026:business</id>
<link rel="alternate" href="${SITE}/business/"/>
<updated>${stories[0]?.date}</updated>
${stories.map(atomEntry).join('\n')}
</feed>
`
}

function jsonFeed(stories: SampleStory[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Lightwire Sample News — Technology',
    home_page_url: `${SITE}/technology/`,
    description: 'Original sample stories for Lightwire. All people, companies and products are invented.',
    language: 'en',
    items: stories.map((story) => ({
      id: `${SITE}/technology/${story.slug}`,
      url: `${SITE}/technology/${story.slug}`,
      title: story.title,
      summary: story.summary,
      content_html: `${figureHtml(story, `../images/${story.image}`)}${paragraphsHtml(story)}`,
      ...(story.image ? { image: `../images/${story.image}` } : {}),
      date_published: story.date,
      authors: [{ name: story.author }],
      ...(story.category ? { tags: [story.category] } : {}),
    })),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}

const out = (file: string, text: string) => {
  writeFileSync(resolve(root, 'static/feeds', file), text)
  console.log(`wrote static/feeds/${file} (${text.length} bytes)`)
}
out('top.xml', rss('top', 'Top Stories', read('top').map(topItem)))
out('world.xml', rss('world', 'World', read('world').map(worldItem)))
out('culture.xml', rss('culture', 'Culture', read('culture').map(cultureItem)))
out('business.atom', atom(read('business')))
out('technology.json', jsonFeed(read('technology')))
