/**
 * Read aloud on the story page: Play/Pause or the `story-listen` control starts reading from the page on
 * screen, pauses and resumes; Back, leaving and another story stop it. The speech itself (a chunk shared with
 * voice guidance) is opened through `open`, which the route wires to the app's speech runtime, so this page
 * knows nothing of backends.
 */
export type ListenState = 'idle' | 'reading' | 'paused'

export interface ReadAloudHandle {
  start(pages: readonly (readonly string[])[], fromPage: number): void
  toggle(): void
  stop(): void
  readonly state: ListenState
}

export type OpenReadAloud = (events: {
  onPage(index: number): void
  onState(state: ListenState): void
}) => Promise<ReadAloudHandle>

/** What listening needs of the reader. */
export interface ListenTarget {
  readonly readAloudPages: string[][]
  readonly currentPage: number
  showPage(index: number): void
}

export class StoryListening {
  private handle: ReadAloudHandle | undefined
  private opening: Promise<ReadAloudHandle> | undefined
  /** Bumped by stop(): a start still waiting for the chunk does not begin after the viewer left. */
  private token = 0

  constructor(
    private readonly open: OpenReadAloud,
    private readonly target: ListenTarget,
    private readonly onState: (state: ListenState) => void,
    private readonly warn: (message: string) => void,
  ) {}

  get state(): ListenState {
    return this.handle?.state ?? 'idle'
  }

  /** Play/Pause: start from the page on screen, or pause, or resume. */
  toggle(): void {
    const token = this.token
    this.opening ??= this.open({
      onPage: (index) => this.target.showPage(index),
      onState: (state) => this.onState(state),
    })
    this.opening
      .then((handle) => {
        this.handle = handle
        if (token !== this.token) return
        if (handle.state === 'idle') handle.start(this.target.readAloudPages, this.target.currentPage)
        else handle.toggle()
      })
      .catch((error: unknown) => this.warn(`read aloud could not start (${String(error)})`))
  }

  stop(): void {
    this.token++
    this.handle?.stop()
  }
}
