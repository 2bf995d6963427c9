/**
 * The size floor: what any Lightning + SDK + axios app ships before writing a line of its own. Built with the
 * app's Vite settings; each import is used so tree-shaking cannot drop it.
 */
import { Launch, Lightning, Router, Storage, Utils } from '@lightningjs/sdk'
import axios from 'axios'

class Floor extends Lightning.Component {
  static override _template(): Lightning.Component.Template {
    return { Label: { text: { text: 'Floor' } } }
  }
}

const http = axios.create({ timeout: 1000 })
const app = Launch(
  Floor,
  { stage: { w: 1920, h: 1080 }, debug: false, enablePointer: false, keys: {} },
  { path: './static' },
)
document.body.appendChild(app.stage.getCanvas())
Object.assign(window, { floor: { http, Router, Storage, asset: Utils.asset('x') } })
