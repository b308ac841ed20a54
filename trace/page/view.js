// view.js: what part of the run is on screen, and where things are. Times
// are microseconds; x and y are CSS pixels of the canvas.

const view = {
  model: null,
  width: 0, height: 0,    // the canvas, CSS pixels
  labelW: 250,            // the lane labels' column
  axisH: 40,              // the time axis on top
  laneH: 36,              // one goroutine's lane
  scrollY: 0,             // lanes scrolled off the top, in pixels
  t0: 0, t1: 1,           // the visible time range
  cursor: 0,              // the time cursor
  selected: null,         // the selected lane, or null
  hover: null,            // what the pointer is on (for the tooltip)
};

function plotW() { return Math.max(50, view.width - view.labelW - 16); }

// Idle time. A run that sleeps (a 50 ms timeout, a ticker) can hold all
// its events in a few microseconds at each end: drawn to scale, they are
// one pixel. The stretches in which nothing starts or ends on any lane
// ("gaps", found by the model) can be drawn short instead: the axis then
// runs on a display time that is the run's time with each gap shrunk to
// a fixed length, and the gap is drawn as a labelled break. view.t0 and
// view.t1 are display times; everything else (events, the cursor, the
// URL) stays in the run's time, through toD and fromD.
const idle = { on: false, a: new Float64Array(0), b: new Float64Array(0), d: new Float64Array(0), g: new Float64Array(0) };

function setIdleShort(on) {
  const gaps = view.model.gaps;
  const r0 = fromD(view.t0), r1 = fromD(view.t1);
  idle.on = on && gaps.length > 0;
  const n = idle.on ? gaps.length : 0;
  idle.a = new Float64Array(n); idle.b = new Float64Array(n); idle.d = new Float64Array(n); idle.g = new Float64Array(n);
  let removed = 0;
  for (let k = 0; k < n; k++) {
    const [a, b] = gaps[k];
    idle.a[k] = a; idle.b[k] = b; idle.g[k] = view.model.gapShort;
    idle.d[k] = a - removed;
    removed += (b - a) - idle.g[k];
  }
  // the same moments stay on screen
  if (view.t1 > view.t0) { view.t0 = toD(r0); view.t1 = toD(r1); }
}

// The display time of run time [t].
function toD(t) {
  const k = lowerBound(idle.a, t) - 1;
  if (k < 0) return t;
  if (t < idle.b[k]) return idle.d[k] + (t - idle.a[k]) * idle.g[k] / (idle.b[k] - idle.a[k]);
  return idle.d[k] + idle.g[k] + (t - idle.b[k]);
}

// The run time of display time [d].
function fromD(d) {
  const k = lowerBound(idle.d, d) - 1;
  if (k < 0) return d;
  if (d < idle.d[k] + idle.g[k]) return idle.a[k] + (d - idle.d[k]) * (idle.b[k] - idle.a[k]) / idle.g[k];
  return idle.b[k] + (d - idle.d[k] - idle.g[k]);
}

function timeToX(t) { return view.labelW + (toD(t) - view.t0) * plotW() / (view.t1 - view.t0); }
function xToTime(x) { return fromD(view.t0 + (x - view.labelW) * (view.t1 - view.t0) / plotW()); }
// The run times at the plot's two edges.
function viewStart() { return fromD(view.t0); }
function viewEnd() { return fromD(view.t1); }
// Display time per pixel (the run's time per pixel outside a gap).
function perPixel() { return (view.t1 - view.t0) / plotW(); }
function laneTop(lane) { return view.axisH + lane.index * view.laneH - view.scrollY; }
function laneAtY(y) {
  if (y < view.axisH) return null;
  const k = Math.floor((y - view.axisH + view.scrollY) / view.laneH);
  return view.model.lanes[k] || null;
}

// Lane height: as tall as fits (a few goroutines get tall lanes), never
// under 20 px (many goroutines scroll).
function layout(width, height) {
  view.width = width;
  view.height = height;
  view.labelW = Math.min(260, Math.max(150, Math.round(width * 0.2)));
  const n = Math.max(1, view.model.lanes.length);
  view.laneH = Math.max(20, Math.min(72, Math.floor((height - view.axisH - 24) / n)));
  clampScroll();
}

function clampScroll() {
  const total = view.model.lanes.length * view.laneH;
  const room = view.height - view.axisH - 24;
  view.scrollY = Math.max(0, Math.min(view.scrollY, total - room));
}

// The run's margin on either side of the whole view, so the first and the
// last moment are not on the frame.
function fit() {
  const end = toD(view.model.tEnd);
  view.t0 = -end * 0.01;
  view.t1 = end * 1.03;
}

// Zoom by [factor] (< 1 zooms in) keeping run time [at] where it is on
// screen.
function zoomAt(at, factor) {
  const span = view.t1 - view.t0;
  const min = 0.01, max = toD(view.model.tEnd) * 4;
  const ns = Math.max(min, Math.min(max, span * factor));
  const ad = toD(at);
  const frac = (ad - view.t0) / span;
  view.t0 = ad - frac * ns;
  view.t1 = view.t0 + ns;
}

// The run time to zoom around: the cursor when it is on screen, else the
// middle of the view.
function zoomCentre() {
  const c = toD(view.cursor);
  return c >= view.t0 && c <= view.t1 ? view.cursor : fromD((view.t0 + view.t1) / 2);
}

// Pans by [dt] of display time.
function panBy(dt) {
  view.t0 += dt;
  view.t1 += dt;
}

// Shows run times [a, b].
function showRange(a, b) {
  view.t0 = toD(a);
  view.t1 = toD(b);
}

function setCursor(t) {
  view.cursor = Math.max(0, Math.min(view.model.tEnd, t));
}

// Scrolls so that [lane] is on screen.
function revealLane(lane) {
  const top = lane.index * view.laneH, room = view.height - view.axisH - 24;
  if (top < view.scrollY) view.scrollY = top;
  else if (top + view.laneH > view.scrollY + room) view.scrollY = top + view.laneH - room;
  clampScroll();
}

// Moves the view so that the cursor is visible.
function revealCursor() {
  const span = view.t1 - view.t0, c = toD(view.cursor);
  if (c < view.t0 || c > view.t1) {
    view.t0 = c - span / 2;
    view.t1 = view.t0 + span;
  }
}
