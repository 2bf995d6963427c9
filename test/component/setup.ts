// Canvas 2D and WebGL stand-ins so Lightning's renderer and text textures run in happy-dom.
import 'vitest-webgl-canvas-mock'
