import { type Lightning, Router } from '@lightningjs/sdk'
import type { StoryHeadline } from './data/model'
import { fontFaces } from './fonts'
import type { Locale } from './i18n/locale'
import { createNavigation, type RouteArgs } from './navigation'
import { closeSdkApp } from './platform/sdk'
import { createRoutes } from './routes'
import type { Services } from './services'
import { testId } from './ui/automation'
import type { BreakingBanner } from './ui/BreakingBanner'
import type { ConfirmDialog } from './ui/ConfirmDialog'
import { lazyModule } from './ui/lazyModule'
import './ui/navigate'
import { colors } from './ui/theme'

/** How soon a waiting navigation looks again whether the Router is free: about a frame. */
const NAVIGATION_RETRY_MS = 16

/**
 * Adds a component of a lazily loaded class over the pages, as child `ref` (hidden until it shows itself),
 * and returns it. Router.App declares no template spec, so the child is checked by its class.
 */
function addOverlay<T extends Lightning.Component>(
  app: Lightning.Component,
  ref: string,
  Type: new (...args: never[]) => T,
  settings: { zIndex: number; testId?: string },
): T | undefined {
  const { zIndex, testId: id } = settings
  app.patch({ [ref]: { type: Type, visible: false, zIndex, ...(id ? testId(id) : {}) } })
  const made: unknown = app.tag(ref)
  return made instanceof Type ? made : undefined
}

/**
 * Builds the root component. The class closes over `services` so routes and pages receive what they need
 * explicitly; the SDK's `Launch` only takes a class.
 */
export function createApp(services: Services) {
  const navigation = createNavigation(
    {
      navigate: (hash, args, store) => Router.navigate(hash, args, store),
      back: () => Router.back(),
      isNavigating: () => Router.isNavigating(),
    },
    (run) => setTimeout(run, NAVIGATION_RETRY_MS),
  )
  const exitDialogCode = lazyModule(() => import('./ui/ConfirmDialog'))
  return class App extends Router.App {
    /** Called once Home is up (main.ts), so the first Back at Home opens the dialog in the same task. */
    static warmExitDialog(): Promise<unknown> {
      return exitDialogCode.load()
    }

    /**
     * Read by every component through ui/localeOf.ts: the application is the one root they all reach. A getter,
     * not a field: Lightning builds and attaches the first pages inside Application's constructor, before a
     * subclass's fields exist.
     */
    get locale(): Locale {
      return services.locale
    }

    static getFonts() {
      return fontFaces
    }

    /** Puts the breaking-news banner away by itself (appSettings.breaking.showSeconds). */
    private breakingTimer: ReturnType<typeof setTimeout> | undefined

    override _setup(): void {
      services.breaking.subscribe((story) => this.showBreaking(story))
      // An RTL language mirrors the whole interface: Lightning places every child from its parent's right
      // edge, right-aligns text and swaps Left/Right for the key handlers of rtl elements (so Left moves to
      // the next tile); the flag is inherited down the tree.
      this.rtl = services.locale.dir === 'rtl'
      // The app's background is the colour the stage clears to before each frame: a clear is one fast fill,
      // where a full-screen rectangle is a whole extra layer of pixels to draw every frame (issue 13).
      this.$showBackdrop(true)
      Router.startRouter(createRoutes(services), this)
      // startRouter installs its own Back handler on this instance; Back takes its turn like any navigation.
      Object.assign(this, {
        _handleBack: (event?: KeyboardEvent) => {
          navigation.back()
          event?.preventDefault()
        },
      })
    }

    $navigate(hash: string, args?: RouteArgs, store?: boolean): void {
      navigation.navigate(hash, args, store)
    }

    $back(): void {
      navigation.back()
    }

    /** Made with the first breaking story: its code loads only then (most channels have no breaking feed). */
    private breakingBanner: BreakingBanner | undefined

    /** Over whatever screen is up; focus stays where it is (the banner never takes it). */
    private showBreaking(story: StoryHeadline): void {
      import('./ui/BreakingBanner')
        .then(({ BreakingBanner: Banner }) => {
          this.breakingBanner ??= addOverlay(this, 'Breaking', Banner, { zIndex: 150 })
          this.breakingBanner?.show(story)
          clearTimeout(this.breakingTimer)
          const showMs = services.breaking.settings.showSeconds * 1000
          this.breakingTimer = setTimeout(() => this.hideBreaking(), showMs)
        })
        .catch((error: unknown) => console.error('[Lightwire] the breaking-news banner did not load', error))
    }

    private hideBreaking(): void {
      clearTimeout(this.breakingTimer)
      this.breakingTimer = undefined
      this.breakingBanner?.hide()
    }

    /** Back puts the banner away first, before it means anything to the screen underneath. */
    override _captureBack(): boolean {
      if (!this.breakingBanner?.story) return false
      this.hideBreaking()
      return true
    }

    /** The red key opens the banner's story (docs/home.md); without a banner it goes on to the screen. */
    _captureRed(): boolean {
      const story = this.breakingBanner?.story
      if (!story) return false
      this.hideBreaking()
      navigation.navigate(`story/${encodeURIComponent(story.id)}`)
      return true
    }

    /** Made on the first Back at Home: its code loads then, or with the pages once Home is up (main.ts). */
    private exitDialog: ConfirmDialog | undefined

    private askBeforeExit(): void {
      const code = exitDialogCode.loaded
      if (code) {
        this.openExitDialog(code.ConfirmDialog)
        return
      }
      exitDialogCode
        .load()
        .then(({ ConfirmDialog: Dialog }) => this.openExitDialog(Dialog))
        .catch((error: unknown) => console.error('[Lightwire] the exit dialog did not load', error))
    }

    private openExitDialog(Dialog: typeof ConfirmDialog): void {
      this.exitDialog ??= addOverlay(this, 'ExitDialog', Dialog, { zIndex: 200, testId: 'exit-dialog' })
      // A second Back while the chunk was on its way: the dialog is already asking.
      if (!this.exitDialog || this.exitDialog.isOpen) return
      const words = services.locale.t.app
      this.exitDialog.open({
        title: words.exitTitle,
        message: words.exitMessage,
        confirmLabel: words.exitConfirm,
        cancelLabel: words.exitCancel,
        testIds: { confirm: 'exit-yes', cancel: 'exit-no' },
        handlers: {
          onConfirm: () => this.exit(),
          onCancel: () => this._refocus(),
        },
      })
      this._refocus()
    }

    /**
     * The Router calls this when Back is pressed with no history left. On Home that means "leave the app?";
     * anywhere else (a deep link opened cold) Back goes Home rather than out of the app.
     */
    override _handleAppClose(): void {
      if (Router.getActiveHash() !== 'home') {
        // A step back to the app's root, so the deep-linked page is destroyed like any page left with Back.
        navigation.navigate('home', { [Router.symbols.backtrack]: true }, false)
        return
      }
      // The dialog is where Back ends: Backs still waiting behind this one would answer it, or open it again
      // once the viewer has said "Stay". They go; the dialog itself takes any Back pressed from now on.
      navigation.clear()
      this.askBeforeExit()
    }

    /** Leaves through the platform's own close (Tizen exit, webOS platformBack, else the SDK's closeApp). */
    private exit(): void {
      services.platform.exit(() => closeSdkApp(this.application))
    }

    /**
     * The remote's Exit key means "leave now" on the platforms that have one (RDK's 27, Tizen's 10182):
     * no confirmation, and captured on the way down so an open dialog cannot swallow it.
     */
    override _captureExit(): boolean {
      this.exit()
      return true
    }

    /** Options / Menu opens Settings from anywhere; on Settings it closes it again. */
    _handleMenu(): void {
      this.$openSettings()
    }

    /** Also fired by the header's Settings entry (`fireAncestors('$openSettings')`). */
    $openSettings(): void {
      // Decided when it runs: an earlier navigation in the queue may change where the app is.
      navigation.run((router) => {
        if (Router.getActiveHash() === 'settings') router.back()
        else router.navigate('settings')
      })
    }

    /** Answers PlaceholderImage: an image that failed this session is not requested again. */
    $imageHasFailed(url: string): boolean {
      return services.imageFailures.hasFailed(url)
    }

    $imageFailed(url: string): void {
      services.imageFailures.failed(url)
    }

    /** The live page hides the background so the video under the transparent canvas shows. */
    $showBackdrop(visible: boolean): void {
      this.stage.setClearColor(visible ? colors.background : colors.transparent)
    }

    override _getFocused(): Lightning.Component | null | undefined {
      return this.exitDialog?.isOpen ? this.exitDialog : super._getFocused()
    }

    /**
     * Lightning calls this after every key and refocus, with the whole focus path settled: voice guidance
     * speaks what changed on it (src/platform/speech/focusSpeech.ts). Not during boot: guidance says the first
     * focus itself once its chunk has loaded.
     */
    override _handleFocusSettings(): void {
      services.guidance.focusChanged(this.application.focusPath ?? [])
    }
  }
}
