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
function timeToX(t) { return view.labelW + (t - view.t0) * plotW() / (view.t1 - view.t0); }
function xToTime(x) { return view.t0 + (x - view.labelW) * (view.t1 - view.t0) / plotW(); }
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
  const end = view.model.tEnd;
  view.t0 = -end * 0.01;
  view.t1 = end * 1.03;
}

// Zoom by [factor] (< 1 zooms in) keeping time [at] where it is on screen.
function zoomAt(at, factor) {
  const span = view.t1 - view.t0;
  const min = 0.01, max = view.model.tEnd * 4;
  const ns = Math.max(min, Math.min(max, span * factor));
  const frac = (at - view.t0) / span;
  view.t0 = at - frac * ns;
  view.t1 = view.t0 + ns;
}

function panBy(dt) {
  view.t0 += dt;
  view.t1 += dt;
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
  const span = view.t1 - view.t0;
  if (view.cursor < view.t0 || view.cursor > view.t1) {
    view.t0 = view.cursor - span / 2;
    view.t1 = view.t0 + span;
  }
}
