// main.js: start the page: read the trace inlined in it, build the model,
// fill the panels, draw, and wire the input. A URL fragment can set the
// view: #g=3 selects goroutine 3, t=120.5 puts the cursor at 120.5 µs,
// from=..&to=.. shows that time range; #selftest runs selftest.js.

const pageTiming = {};

function applyHash(model) {
  const h = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (h.has("g")) view.selected = model.lanesByTid.get(Number(h.get("g"))) || null;
  if (h.has("t")) setCursor(Number(h.get("t")));
  if (h.has("from") && h.has("to")) {
    const a = Number(h.get("from")), b = Number(h.get("to"));
    if (b > a) showRange(a, b);
  }
  if (view.selected) revealLane(view.selected);
}

function startPage() {
  const t0 = performance.now();
  const trace = JSON.parse($("trace-data").textContent);
  const t1 = performance.now();
  const model = buildModel(trace);
  view.model = model;
  const t2 = performance.now();
  fillHeading(model);
  fillLegend(model);
  fillConsole(model);
  fillSourceTabs(model);
  const canvas = $("canvas");
  setupCanvas(canvas);
  resizeCanvas(canvas);
  // idle time drawn short when it is most of the run
  view.t0 = 0; view.t1 = 1;
  setIdleShort(model.idleShare > IDLE_SHORT_SHARE);
  fillIdleButton();
  fit();
  // A run that failed opens at its end, where the trouble is.
  setCursor(model.exit.status !== 0 ? model.tEnd : 0);
  applyHash(model);
  setupInput(canvas);
  update();
  draw();
  const t3 = performance.now();
  pageTiming.parse = t1 - t0;
  pageTiming.model = t2 - t1;
  pageTiming.firstDraw = t3 - t2;
  pageTiming.total = t3 - t0;
  pageTiming.sinceNavigation = t3;
  window.goshPage = { model, view, drawStats, pageTiming };
  if (/selftest/.test(location.hash)) runSelfTest();
}

try {
  startPage();
} catch (err) {
  window.goshErrors.push("startup: " + (err && err.stack ? err.stack : err));
  document.body.insertAdjacentHTML("afterbegin",
    '<div style="background:#c00;color:#fff;padding:12px;font-size:20px">This trace could not be shown: ' +
    String(err).replace(/</g, "&lt;") + "</div>");
  if (/selftest/.test(location.hash)) runSelfTest();
}
