// draw.js: the timeline on one canvas. Nothing here makes a DOM node per
// event: a lane's state slices are walked from the first visible one, and
// runs of slices narrower than a pixel are merged into one pixel column
// coloured by the state that took most of its time. Instants and arrows
// that would land on a pixel already drawn are skipped.

// Canvas fonts cannot use CSS variables: the same stack as page.css.
const SANS = '"DejaVu Sans", system-ui, "Liberation Sans", Arial, sans-serif';
const drawStats = { frames: 0, lanes: 0, laneIds: new Set(), slices: 0, merged: 0, instants: 0, arrows: 0, ms: 0, end: false };
let ctx = null, hatch = null, frameQueued = false;
const MAX_ARROWS = 400;

function requestDraw() {
  if (frameQueued) return;
  frameQueued = true;
  requestAnimationFrame(() => { frameQueued = false; draw(); });
}

function setupCanvas(canvas) {
  ctx = canvas.getContext("2d");
  const h = document.createElement("canvas");
  h.width = h.height = 10;
  const g = h.getContext("2d");
  g.strokeStyle = "rgba(255,255,255,0.75)";
  g.lineWidth = 2.5;
  g.beginPath(); g.moveTo(0, 10); g.lineTo(10, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(8, 12); g.lineTo(12, 8); g.stroke();
  hatch = ctx.createPattern(h, "repeat");
}

function resizeCanvas(canvas) {
  const r = canvas.parentElement.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(r.width * dpr));
  canvas.height = Math.max(1, Math.round(r.height * dpr));
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  layout(r.width, r.height);
}

// A "nice" tick step (1, 2 or 5 times a power of ten) at least [min] wide.
function tickStep(min) {
  const p = Math.pow(10, Math.floor(Math.log10(min)));
  for (const m of [1, 2, 5, 10]) if (p * m >= min) return p * m;
  return p * 10;
}

function drawAxis() {
  const W = view.width, top = 0, h = view.axisH;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, top, W, h);
  const step = tickStep(110 * (view.t1 - view.t0) / plotW());
  ctx.font = "15px " + SANS;
  ctx.textBaseline = "top";
  ctx.textAlign = "center";
  for (let t = Math.ceil(view.t0 / step) * step; t <= view.t1; t += step) {
    const x = Math.round(timeToX(t)) + 0.5;
    if (x < view.labelW) continue;
    ctx.fillStyle = "#111";
    ctx.fillRect(x - 0.5, h - 10, 1, 10);
    const label = fmtTime(Math.abs(t) < step / 1e6 ? 0 : t);
    if (x - ctx.measureText(label).width / 2 > view.labelW + 2) ctx.fillText(label, x, 6);
    ctx.fillStyle = "#e6e6e6";
    ctx.fillRect(x - 0.5, h, 1, view.height - h);
  }
  ctx.fillStyle = "#111";
  ctx.fillRect(view.labelW, h - 2, W - view.labelW, 2);
}

function laneVisible(lane) {
  const y = laneTop(lane);
  return y + view.laneH > view.axisH && y < view.height;
}

function drawLabel(lane, y, h) {
  const sel = view.selected === lane;
  ctx.fillStyle = sel ? "#ffe58a" : lane.index % 2 ? "#f4f4f2" : "#fff";
  ctx.fillRect(0, y, view.labelW, h);
  ctx.fillStyle = "#111";
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  const big = h >= 30;
  ctx.font = (big ? "bold 17px " : "bold 14px ") + SANS;
  const id = "G" + lane.tid;
  ctx.fillText(id, 10, y + h / 2);
  const idw = ctx.measureText(id + " ").width + 10;
  ctx.font = (big ? "16px " : "13px ") + SANS;
  let name = lane.func || lane.name;
  const room = view.labelW - idw - 8;
  while (name.length > 4 && ctx.measureText(name).width > room) name = "…" + name.slice(2);
  ctx.fillText(name, idw, y + h / 2);
}

// The state slices of a lane, merging sub-pixel ones.
function drawStates(lane, y, h) {
  const st = lane.st, ev = view.model.events;
  let i = Math.max(0, lowerBound(st.end, view.t0));
  const acc = new Float64Array(CLASSES.length);
  let bucket = -1, bucketEnd = 0;
  const flush = () => {
    if (bucket < 0) return;
    let best = 0;
    for (let c = 1; c < acc.length; c++) if (acc[c] > acc[best]) best = c;
    ctx.fillStyle = CLASSES[best].color;
    ctx.fillRect(bucket, y, Math.max(1, bucketEnd - bucket), h);
    drawStats.merged++;
    bucket = -1;
    acc.fill(0);
  };
  const x0clip = view.labelW, x1clip = view.width;
  for (; i < st.n && st.start[i] <= view.t1; i++) {
    let x0 = timeToX(st.start[i]), x1 = timeToX(st.end[i]);
    if (x1 < x0clip) continue;
    x0 = Math.max(x0, x0clip); x1 = Math.min(x1, x1clip);
    if (x1 - x0 >= 1.5) {
      flush();
      const c = st.cls[i];
      ctx.fillStyle = CLASSES[c].color;
      ctx.fillRect(x0, y, x1 - x0, h);
      const e = ev[st.ev[i]];
      if (e.args && e.args.unfinished) {
        ctx.fillStyle = hatch;
        ctx.fillRect(x0, y, x1 - x0, h);
      }
      drawStats.slices++;
    } else {
      const px = Math.floor(x0);
      if (bucket >= 0 && px > bucketEnd) flush();
      if (bucket < 0) { bucket = px; bucketEnd = px + 1; }
      bucketEnd = Math.max(bucketEnd, Math.ceil(x1));
      acc[st.cls[i]] += st.end[i] - st.start[i] + 1e-9;
    }
  }
  flush();
}

// --trace-lines: the line slices as a thin band along the top of the lane;
// regions and tasks as outlined bars along its bottom.
function drawNested(lane, y, h) {
  const ev = view.model.events;
  if (lane.hasLines && h >= 24) {
    let i = Math.max(0, lowerBound(lane.lineTs, view.t0) - 1), last = -1, k = 0;
    for (; i < lane.lines.length; i++) {
      const e = ev[lane.lines[i]];
      if (e.ts > view.t1) break;
      const x0 = Math.max(view.labelW, timeToX(e.ts)), x1 = timeToX(e.ts + e.dur);
      if (x1 < view.labelW || x1 - last < 1) continue;
      ctx.fillStyle = (k++ % 2) ? "#0c5e2b" : "#57c27d";
      ctx.fillRect(x0, y + 2, Math.max(1, x1 - x0 - 1), 6);
      last = x1;
    }
  }
  for (const r of lane.regions) {
    const e = ev[r];
    const x0 = Math.max(view.labelW, timeToX(e.ts)), x1 = Math.min(view.width, timeToX(e.ts + e.dur));
    if (x1 < view.labelW || x0 > view.width) continue;
    const by = y + h - 9;
    ctx.fillStyle = e.cat === "task" ? "#fff" : "#fde7f3";
    ctx.fillRect(x0, by, x1 - x0, 7);
    ctx.strokeStyle = e.cat === "task" ? "#111" : "#8e2460";
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x0 + 0.5, by + 0.5, x1 - x0 - 1, 6);
    if (x1 - x0 > 60 && h >= 30) {
      ctx.fillStyle = "#111";
      ctx.font = "bold 12px " + SANS;
      ctx.textBaseline = "bottom";
      ctx.textAlign = "left";
      ctx.fillText((e.cat === "task" ? "task " : "region ") + e.name, x0 + 4, by - 1);
    }
  }
}

function drawMark(shape, color, x, y, r) {
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (shape) {
  case "up": ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r * 0.7); ctx.lineTo(x - r, y + r * 0.7); ctx.closePath(); break;
  case "down": ctx.moveTo(x, y + r); ctx.lineTo(x + r, y - r * 0.7); ctx.lineTo(x - r, y - r * 0.7); ctx.closePath(); break;
  case "diamond": ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath(); break;
  case "square": case "open": ctx.rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6); break;
  case "plus": ctx.rect(x - r, y - 1.5, 2 * r, 3); ctx.rect(x - 1.5, y - r, 3, 2 * r); break;
  case "cross": ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r); ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r); break;
  case "bar": ctx.rect(x - 2, y - r * 1.4, 4, r * 2.8); break;
  case "flag": ctx.rect(x - 1, y - r * 1.4, 2, r * 2.8); ctx.moveTo(x, y - r * 1.4); ctx.lineTo(x + r * 1.4, y - r * 0.9); ctx.lineTo(x, y - r * 0.4); break;
  case "big": ctx.moveTo(x, y - r * 1.5); ctx.lineTo(x + r * 1.5, y + r); ctx.lineTo(x - r * 1.5, y + r); ctx.closePath(); break;
  case "text": ctx.rect(x - r, y - r * 0.7, r * 2, r * 1.4); break;
  default: ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
  }
  // white edge so a mark stands out on any state colour
  ctx.save();
  ctx.strokeStyle = "#fff";
  ctx.lineWidth = 3;
  if (shape !== "cross") ctx.stroke();
  ctx.restore();
  if (shape === "cross") { ctx.lineWidth = 3; ctx.stroke(); }
  else if (shape === "open") { ctx.fillStyle = "#fff"; ctx.fill(); ctx.lineWidth = 2; ctx.stroke(); }
  else ctx.fill();
}

function drawInstants(lane, y, h) {
  const ev = view.model.events;
  const r = Math.max(3, Math.min(6, h / 6));
  let i = lowerBound(lane.instTs, view.t0), lastX = -10;
  for (; i < lane.instants.length && lane.instTs[i] <= view.t1; i++) {
    const e = ev[lane.instants[i]];
    const m = MARKS[e.cat];
    if (!m || e.cat === "fatal") continue;
    const x = timeToX(e.ts);
    if (x < view.labelW) continue;
    if (x - lastX < 2 && e.cat !== "panic") continue;
    lastX = x;
    const my = e.cat === "output" ? y + h - r - 2 : y + h / 2;
    drawMark(m.shape, m.color, x, my, e.cat === "panic" ? r * 1.4 : r);
    drawStats.instants++;
  }
}

function arrowHead(x1, y1, x2, y2, size) {
  const a = Math.atan2(y2 - y1, x2 - x1);
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - size * Math.cos(a - 0.45), y2 - size * Math.sin(a - 0.45));
  ctx.lineTo(x2 - size * Math.cos(a + 0.45), y2 - size * Math.sin(a + 0.45));
  ctx.closePath();
  ctx.fill();
}

function drawFlows() {
  const seen = new Set();
  const flows = view.model.flows;
  ctx.save();
  ctx.beginPath();
  ctx.rect(view.labelW, view.axisH, view.width - view.labelW, view.height - view.axisH);
  ctx.clip();
  // Too many arrows are a scribble, not information: past MAX_ARROWS in
  // view none is drawn and the page says to zoom in.
  const visible = [];
  for (const fl of flows) {
    if (!fl.from || !fl.to) continue;
    if (Math.max(fl.t1, fl.t2) < view.t0 || Math.min(fl.t1, fl.t2) > view.t1) continue;
    if (!laneVisible(fl.from) && !laneVisible(fl.to)) continue;
    visible.push(fl);
  }
  drawStats.arrowsHidden = visible.length > MAX_ARROWS ? visible.length : 0;
  if (drawStats.arrowsHidden) {
    ctx.restore();
    const text = visible.length.toLocaleString("en") + " arrows here: zoom in to see them";
    ctx.font = "bold 15px " + SANS;
    const w = ctx.measureText(text).width + 16;
    ctx.fillStyle = "rgba(17,17,17,0.85)";
    ctx.fillRect(view.labelW + 8, view.axisH + 6, w, 26);
    ctx.fillStyle = "#fff";
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.fillText(text, view.labelW + 16, view.axisH + 19);
    return;
  }
  for (const fl of visible) {
    const x1 = timeToX(fl.t1), x2 = timeToX(fl.t2);
    const y1 = laneTop(fl.from) + view.laneH / 2, y2 = laneTop(fl.to) + view.laneH / 2;
    const key = Math.round(x1) + ":" + fl.from.index + ":" + Math.round(x2) + ":" + fl.to.index;
    if (seen.has(key)) continue;
    seen.add(key);
    const style = FLOWS[fl.cat] || FLOWS.wake;
    const dy = y2 - y1, toward = dy >= 0 ? 1 : -1;
    // start and end at the lanes' edges, not their middles, so the arrow
    // head is not buried in the slice it points at
    const sy = y1 + toward * view.laneH * 0.2, ey = y2 - toward * view.laneH * 0.3;
    for (const pass of [0, 1]) {
      ctx.strokeStyle = pass ? style.color : "rgba(255,255,255,0.9)";
      ctx.lineWidth = pass ? 2 : 5;
      ctx.setLineDash(pass ? style.dash : []);
      ctx.beginPath();
      ctx.moveTo(x1, sy);
      if (Math.abs(x2 - x1) < 2) ctx.lineTo(x2, ey);
      else ctx.bezierCurveTo(x1 + (x2 - x1) * 0.4, sy, x2 - (x2 - x1) * 0.4, ey, x2, ey);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.fillStyle = style.color;
    const fromX = Math.abs(x2 - x1) < 2 ? x2 : x2 - (x2 - x1) * 0.4;
    arrowHead(fromX, Math.abs(x2 - x1) < 2 ? sy : ey, x2, ey, 11);
    ctx.beginPath();
    ctx.arc(x1, sy, 3, 0, Math.PI * 2);
    ctx.fill();
    drawStats.arrows++;
  }
  ctx.restore();
}

// The end of the run: a band after it, a labelled rule, and each fatal
// error or panic as a red rule over all lanes.
function drawEnd() {
  const m = view.model, H = view.height;
  const xe = timeToX(m.tEnd);
  const failed = m.exit.status !== 0;
  if (xe < view.width) {
    ctx.fillStyle = "rgba(0,0,0,0.06)";
    ctx.fillRect(Math.max(view.labelW, xe), view.axisH, view.width - Math.max(view.labelW, xe), H - view.axisH);
  }
  const rules = [];
  for (const i of m.fatals) rules.push({ t: m.events[i].ts, text: m.events[i].name, color: "#c00000" });
  for (const i of m.panics) {
    const e = m.events[i];
    if (!(e.args && e.args.recovered)) rules.push({ t: e.ts, text: "G" + e.tid + " " + e.name, color: "#c00000", lane: m.lanesByTid.get(e.tid) });
  }
  rules.push({ t: m.tEnd, text: "end: " + m.exit.reason + ", exit status " + m.exit.status, color: failed ? "#c00000" : "#111", end: true });
  ctx.font = "bold 15px " + SANS;
  ctx.textBaseline = "top";
  let row = 0;
  for (const r of rules) {
    const x = timeToX(r.t);
    if (x < view.labelW - 1 || x > view.width + 1) continue;
    ctx.fillStyle = r.color;
    ctx.fillRect(x - (r.end ? 2 : 1.5), view.axisH, r.end ? 4 : 3, H - view.axisH);
    const w = ctx.measureText(r.text).width + 12;
    const lx = x + w + 4 > view.width ? x - w - 4 : x + 4;
    const ly = view.height - 30 - 26 * row++;
    ctx.fillStyle = r.color;
    ctx.fillRect(lx, ly, w, 24);
    ctx.fillStyle = "#fff";
    ctx.textAlign = "left";
    ctx.fillText(r.text, lx + 6, ly + 4);
    if (r.end) drawStats.end = true;
  }
}

function drawCursor() {
  const x = timeToX(view.cursor);
  if (x < view.labelW - 1 || x > view.width + 1) return;
  ctx.fillStyle = "#0b57d0";
  ctx.fillRect(x - 1, view.axisH, 2, view.height - view.axisH);
  // the handle on the axis, which can be dragged
  ctx.beginPath();
  ctx.moveTo(x - 9, 0); ctx.lineTo(x + 9, 0); ctx.lineTo(x + 9, view.axisH - 14); ctx.lineTo(x, view.axisH - 2); ctx.lineTo(x - 9, view.axisH - 14);
  ctx.closePath();
  ctx.fill();
}

function draw() {
  if (!ctx) return;
  const t0 = performance.now();
  drawStats.lanes = drawStats.slices = drawStats.merged = drawStats.instants = drawStats.arrows = 0;
  drawStats.end = false;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, view.width, view.height);
  drawAxis();
  const h = view.laneH;
  const gap = h >= 30 ? 6 : 3;
  for (const lane of view.model.lanes) {
    if (!laneVisible(lane)) continue;
    const y = laneTop(lane);
    drawLabel(lane, y, h);
    if (view.selected === lane) {
      ctx.fillStyle = "#fff7d1";
      ctx.fillRect(view.labelW, y, view.width - view.labelW, h);
    }
    ctx.save();
    ctx.beginPath();
    ctx.rect(view.labelW, y, view.width - view.labelW, h);
    ctx.clip();
    drawStates(lane, y + gap / 2, h - gap);
    drawNested(lane, y + gap / 2, h - gap);
    drawInstants(lane, y + gap / 2, h - gap);
    ctx.restore();
    ctx.fillStyle = "#d0d0d0";
    ctx.fillRect(0, y + h - 0.5, view.width, 1);
    drawStats.lanes++;
    drawStats.laneIds.add(lane.tid);
  }
  ctx.fillStyle = "#111";
  ctx.fillRect(view.labelW - 2, view.axisH, 2, view.height - view.axisH);
  drawFlows();
  drawEnd();
  drawAxisCover();
  drawCursor();
  drawStats.frames++;
  drawStats.ms = performance.now() - t0;
}

// Lanes scrolled up must not cover the axis.
function drawAxisCover() {
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, view.width, view.axisH);
  ctx.clip();
  drawAxis();
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, view.labelW - 2, view.axisH);
  ctx.fillStyle = "#111";
  ctx.font = "bold 15px " + SANS;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.fillText("goroutine", 10, view.axisH / 2);
  ctx.restore();
}
