import { plural } from '../catalogue'

/** The reader's words in English. They load with the Story page's chunk (pages/story/storyWords.ts), not at start-up;
 * the other languages carry this group in their own catalogue. */
export const enStory = {
  loading: 'Loading the story…',
  missingTitle: 'This story is no longer available',
  missingMessage:
    'It may have been taken down or moved out of the news feeds. The latest stories are on Home.',
  breadcrumb: (section: string) => `Home › ${section}`,
  byline: (author: string) => `By ${author}`,
  minutesLeft: plural({ one: (n) => `${n} min left`, other: (n) => `${n} min left` }),
  next: (title: string) => `Next: ${title}`,
  lastInSection: (section: string) => `Last story in ${section}`,
  upNext: 'Up next',
  hintUpNext: '↓ Up next',
  hintPages: '↑↓ Pages',
  hintStories: '←→ Stories',
  hintChoose: '↑↓ Choose  ·  OK Open',
  fullStoryQr: 'The full story is on the publisher’s website: scan the code to read it on your phone.',
  summaryOnly: 'This feed carries only a summary of the story.',
  qrTitle: 'Read on your phone',
  qrHint: 'Scan with your phone’s camera',
  textSize: 'Text size',
}
