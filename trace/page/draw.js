// draw.js: the timeline on one canvas. Nothing here makes a DOM node per
// event: a lane's state slices are walked from the first visible one, and
// runs of slices narrower than a pixel are merged into one pixel column
// coloured by the state that took most of its time. Instants and arrows
// that would land on a pixel already drawn are skipped.

// Canvas fonts cannot use CSS variables: the same stack as page.css.
const SANS = '"DejaVu Sans", system-ui, "Liberation Sans", Arial, sans-serif';
const drawStats = { frames: 0, lanes: 0, laneIds: new Set(), slices: 0, merged: 0, instants: 0, piles: 0, arrows: 0,
                    flowsDrawn: new Set(), heads: [], gaps: 0, tickLabels: [], ms: 0, end: false, scrollBar: false };
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

// A tick's label, with as many decimals as the step needs (50.012 ms
// after 50.010 ms, not 50.01 ms twice).
function fmtTick(t, step) {
  const a = Math.abs(t);
  if (a < step / 1e6) return "0";
  const [div, unit] = a < 1 ? [1e-3, "ns"] : a < 1000 ? [1, "µs"] : a < 1e6 ? [1000, "ms"] : [1e6, "s"];
  const dec = Math.max(0, Math.min(9, Math.ceil(-Math.log10(step / div) - 1e-9)));
  return (t / div).toFixed(dec) + " " + unit;
}

// The idle gaps drawn short that are on screen: {a, b, xa, xb}.
function gapsInView() {
  const out = [], rs = viewStart(), re = viewEnd();
  for (let k = Math.max(0, lowerBound(idle.b, rs)); k < idle.a.length && idle.a[k] <= re; k++)
    out.push({ a: idle.a[k], b: idle.b[k], xa: timeToX(idle.a[k]), xb: timeToX(idle.b[k]) });
  return out;
}

function drawAxis() {
  const W = view.width, top = 0, h = view.axisH;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, top, W, h);
  const step = tickStep(110 * perPixel());
  ctx.font = "15px " + SANS;
  ctx.textBaseline = "top";
  ctx.textAlign = "center";
  // the parts of the view between idle gaps drawn short, each with ticks
  // of the run's time; then, where there is room left, each gap's length
  const gaps = gapsInView(), taken = [];
  const segs = [];
  let cur = viewStart();
  for (const g of gaps) {
    if (g.a > cur) segs.push([cur, g.a]);
    cur = Math.max(cur, g.b);
  }
  if (viewEnd() > cur) segs.push([cur, viewEnd()]);
  const free = (x0, x1) => x0 > view.labelW + 2 && x1 < view.width - SCROLLBAR_W && !taken.some(([a, b]) => x1 + 6 > a && x0 - 6 < b);
  drawStats.tickLabels = [];
  for (const [s0, s1] of segs) {
    // a busy stretch too short for a tick of the step gets one where it
    // starts, so that every stretch says when it is
    const ticks = [];
    for (let t = Math.ceil(s0 / step) * step; t <= s1; t += step) ticks.push([t, step]);
    if (!ticks.length && gaps.length) ticks.push([s0, perPixel() * 10]);
    for (const [t, st] of ticks) {
      const x = Math.round(timeToX(t)) + 0.5;
      if (x < view.labelW) continue;
      ctx.fillStyle = "#111";
      ctx.fillRect(x - 0.5, h - 10, 1, 10);
      const label = fmtTick(t, st), w = ctx.measureText(label).width;
      if (free(x - w / 2, x + w / 2)) {
        ctx.fillText(label, x, 6);
        taken.push([x - w / 2, x + w / 2]);
        drawStats.tickLabels.push(label);
      }
      ctx.fillStyle = "#e6e6e6";
      ctx.fillRect(x - 0.5, h, 1, view.height - h);
    }
  }
  ctx.font = "bold 13px " + SANS;
  for (const g of gaps) {
    const label = "≈ " + fmtTime(g.b - g.a), w = ctx.measureText(label).width + 8, cx = (g.xa + g.xb) / 2;
    ctx.fillStyle = "#8a7a30";
    ctx.fillRect(cx - 4, h - 8, 8, 6);
    if (!free(cx - w / 2, cx + w / 2)) continue;
    ctx.fillStyle = "#fff3c4";
    ctx.fillRect(cx - w / 2, 4, w, 19);
    ctx.fillStyle = "#5a4a00";
    ctx.fillText(label, cx, 7);
    taken.push([cx - w / 2, cx + w / 2]);
  }
  ctx.fillStyle = "#111";
  ctx.fillRect(view.labelW, h - 2, W - view.labelW, 2);
}

// An idle gap drawn short: the lanes faded across it, a zigzag at each
// side (one in the middle when it is narrow).
function drawGaps() {
  const gaps = gapsInView();
  drawStats.gaps = gaps.length;
  if (!gaps.length) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(view.labelW, view.axisH, view.width - view.labelW, view.height - view.axisH);
  ctx.clip();
  const bottom = Math.min(view.height, view.axisH + view.model.lanes.length * view.laneH - view.scrollY);
  const zig = (x) => {
    ctx.beginPath();
    for (let y = view.axisH, k = 0; y < bottom + 6; y += 6, k++) ctx.lineTo(x + (k % 2 ? 2.5 : -2.5), Math.min(y, bottom));
    ctx.stroke();
  };
  for (const g of gaps) {
    ctx.fillStyle = "rgba(255,255,255,0.6)";
    ctx.fillRect(g.xa, view.axisH, g.xb - g.xa, bottom - view.axisH);
    ctx.strokeStyle = "#8a7a30";
    ctx.lineWidth = 1.5;
    if (g.xb - g.xa < 10) zig((g.xa + g.xb) / 2);
    else { zig(g.xa); zig(g.xb); }
  }
  ctx.restore();
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
  let i = Math.max(0, lowerBound(st.end, viewStart()));
  const tEnd = viewEnd();
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
  for (; i < st.n && st.start[i] <= tEnd; i++) {
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
    let i = Math.max(0, lowerBound(lane.lineTs, viewStart()) - 1), last = -1, k = 0;
    const tEnd = viewEnd();
    for (; i < lane.lines.length; i++) {
      const e = ev[lane.lines[i]];
      if (e.ts > tEnd) break;
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

// Which mark stands for a pile of instants at one pixel: the one a
// student is most likely looking for. The others are counted on a badge
// and listed by the tooltip (a virtual clock puts many at one moment).
const MARK_RANK = { panic: 0, close: 1, send: 2, recv: 3, unlock: 4, lock: 5, select: 6, wg: 7, cond: 8,
                    go: 9, timer: 10, user: 11, end: 12, chan: 13, output: 14 };
const PILE_PX = 2;   // instants closer than this share a mark

// The instants of [lane] in view as piles: {x, ev (the mark drawn), n}.
function instantPiles(lane, output) {
  const ev = view.model.events, piles = [];
  let i = lowerBound(lane.instTs, xToTime(view.labelW - PILE_PX));
  let cur = null;
  const tEnd = viewEnd();
  for (; i < lane.instants.length && lane.instTs[i] <= tEnd; i++) {
    const e = ev[lane.instants[i]];
    if (!MARKS[e.cat] || e.cat === "fatal" || (e.cat === "output") !== output) continue;
    const x = timeToX(e.ts);
    if (cur && x - cur.x < PILE_PX) {
      cur.n++;
      if (MARK_RANK[e.cat] < MARK_RANK[ev[cur.ev].cat]) cur.ev = lane.instants[i];
      continue;
    }
    cur = { x, ev: lane.instants[i], n: 1 };
    piles.push(cur);
  }
  return piles;
}

function drawInstants(lane, y, h) {
  const ev = view.model.events;
  const r = Math.max(3, Math.min(6, h / 6));
  for (const output of [false, true]) {
    const piles = instantPiles(lane, output);
    const my = output ? y + h - r - 2 : y + h / 2;
    ctx.font = "bold 11px " + SANS;
    for (let k = 0; k < piles.length; k++) {
      const p = piles[k], e = ev[p.ev];
      if (p.x < view.labelW - r) continue;
      drawMark(MARKS[e.cat].shape, MARKS[e.cat].color, p.x, my, e.cat === "panic" ? r * 1.4 : r);
      drawStats.instants++;
      // the count of a pile, where there is room for it before the next
      const next = k + 1 < piles.length ? piles[k + 1].x : Infinity;
      if (p.n > 1 && !output) {
        const text = String(p.n), w = ctx.measureText(text).width + 5;
        if (next - p.x > r + w + 2) {
          const bx = p.x + r - 1, by = Math.max(y, my - r - 12);
          ctx.fillStyle = "#111";
          ctx.fillRect(bx, by, w, 12);
          ctx.fillStyle = "#fff";
          ctx.textAlign = "left";
          ctx.textBaseline = "middle";
          ctx.fillText(text, bx + 2.5, by + 6.5);
          drawStats.piles++;
        }
      }
    }
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

// The lanes on screen, as a range of lane indices.
function visibleLaneRange() {
  const room = view.height - view.axisH;
  return [Math.floor(view.scrollY / view.laneH), Math.floor((view.scrollY + room) / view.laneH)];
}

// The flows with a part on screen: in the time range, and between lanes
// of which one is on screen or that pass over the lanes on screen.
function flowsInView() {
  const m = view.model, flows = m.flows, out = [];
  const [lo, hi] = visibleLaneRange();
  const rs = viewStart(), re = viewEnd();
  for (let k = lowerBound(m.flowMinT, rs - m.flowMaxSpan); k < flows.length && m.flowMinT[k] <= re; k++) {
    const fl = flows[k];
    if (!fl.from || !fl.to || Math.max(fl.t1, fl.t2) < rs) continue;
    const a = Math.min(fl.from.index, fl.to.index), b = Math.max(fl.from.index, fl.to.index);
    if (b < lo || a > hi) continue;
    out.push(fl);
  }
  return out;
}

// Every arrow in view is drawn (past MAX_ARROWS the page asks to zoom in
// instead): arrows that would be drawn on the very same pixels are drawn
// once with a count; arrows that leave one pixel at one moment (a close
// waking several receivers, hand-offs at one virtual instant) are bowed
// apart so that each stays a line of its own; an arrow between two
// moments of one goroutine is a loop above its lane. White casings go
// first, then the lines, then every head and tail on top, so that no
// arrow hides another's head.
function drawFlows() {
  ctx.save();
  ctx.beginPath();
  ctx.rect(view.labelW, view.axisH, view.width - view.labelW, view.height - view.axisH);
  ctx.clip();
  const visible = flowsInView();
  drawStats.arrowsHidden = visible.length > MAX_ARROWS ? visible.length : 0;
  drawStats.flowsDrawn.clear();
  drawStats.heads = [];
  // too many to draw: said in the toolbar, not over the lanes
  const note = $("arrow-note");
  if (note) {
    note.hidden = !drawStats.arrowsHidden;
    if (drawStats.arrowsHidden) note.textContent = visible.length.toLocaleString("en") + " arrows here: zoom in to see them";
  }
  if (drawStats.arrowsHidden) {
    ctx.restore();
    return;
  }
  const H = view.laneH;
  const arrows = [], byKey = new Map(), fans = new Map();
  for (const fl of visible) {
    const x1 = timeToX(fl.t1), x2 = timeToX(fl.t2);
    const key = Math.round(x1) + ":" + fl.from.index + ":" + Math.round(x2) + ":" + fl.to.index + ":" + fl.cat;
    drawStats.flowsDrawn.add(fl.n);
    const same = byKey.get(key);
    if (same) { same.count++; same.flows.push(fl); continue; }
    const a = { fl, flows: [fl], count: 1, x1, x2, bow: 0 };
    byKey.set(key, a);
    arrows.push(a);
    if (Math.abs(x2 - x1) < 2 && fl.from !== fl.to) {
      const fk = Math.round(x1) + ":" + (fl.to.index > fl.from.index ? 1 : -1);
      if (!fans.has(fk)) fans.set(fk, []);
      fans.get(fk).push(a);
    }
  }
  // arrows down (or up) from one pixel: the shortest straight, each
  // longer one bowed a little further to the right
  for (const group of fans.values()) {
    if (group.length < 2) continue;
    group.sort((p, q) => p.fl.from.index - q.fl.from.index ||
      Math.abs(p.fl.to.index - p.fl.from.index) - Math.abs(q.fl.to.index - q.fl.from.index));
    group.forEach((a, k) => { a.bow = k * Math.min(9, Math.max(5, H / 4)); });
  }
  const head = Math.max(7, Math.min(11, H * 0.4));
  for (const a of arrows) {
    const fl = a.fl, y1 = laneTop(fl.from) + H / 2, y2 = laneTop(fl.to) + H / 2;
    const { x1, x2 } = a;
    if (fl.from === fl.to) {
      // one goroutine: a loop over the top of its lane
      const sy = y1 - H * 0.15, lift = Math.max(H * 0.45, 8), dx = Math.max(8, Math.abs(x2 - x1) * 0.3);
      a.path = [x1, sy, x1 + (x2 >= x1 ? 1 : -1) * dx * 0.2, sy - lift, x2 - (x2 >= x1 ? 1 : -1) * dx - 2, sy - lift, x2, sy];
    } else {
      const toward = y2 >= y1 ? 1 : -1;
      // start and end toward the lanes' edges, not their middles, so the
      // arrow head is not buried in the slice it points at
      const sy = y1 + toward * H * 0.2, ey = y2 - toward * H * 0.3;
      if (Math.abs(x2 - x1) < 2) {
        const b = a.bow;
        a.path = [x1, sy, x1 + b, sy + (ey - sy) * 0.3, x2 + b, sy + (ey - sy) * 0.7, x2, ey];
        if (!b) a.path = [x1, sy, x1, sy + (ey - sy) / 3, x2, sy + (ey - sy) * 2 / 3, x2, ey];
      } else {
        a.path = [x1, sy, x1 + (x2 - x1) * 0.4, sy, x2 - (x2 - x1) * 0.4, ey, x2, ey];
      }
    }
  }
  // arrows from several lanes into one pixel of one lane (three workers
  // sending to main at once): the heads side by side, not on one another
  const tips = new Map();
  for (const a of arrows) {
    if (a.fl.from === a.fl.to) continue;
    const tk = Math.round(a.path[6]) + ":" + a.fl.to.index;
    if (!tips.has(tk)) tips.set(tk, []);
    tips.get(tk).push(a);
  }
  for (const group of tips.values()) {
    if (group.length < 2) continue;
    group.sort((p, q) => p.fl.from.index - q.fl.from.index || (p.fl.cat < q.fl.cat ? -1 : 1));
    const gap = head + 3; // a head and its white edge: no head covers another
    group.forEach((a, k) => { a.path[6] += k * gap; a.path[4] += k * gap; });
  }
  const stroke = (a) => {
    const p = a.path;
    ctx.beginPath();
    ctx.moveTo(p[0], p[1]);
    ctx.bezierCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]);
    ctx.stroke();
  };
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.lineWidth = 5;
  ctx.setLineDash([]);
  for (const a of arrows) stroke(a);
  ctx.lineWidth = 2;
  for (const a of arrows) {
    const style = FLOWS[a.fl.cat] || FLOWS.wake;
    ctx.strokeStyle = style.color;
    ctx.setLineDash(style.dash);
    stroke(a);
  }
  ctx.setLineDash([]);
  ctx.font = "bold 11px " + SANS;
  // the head points along the curve's last stretch
  for (const a of arrows) {
    const p = a.path;
    let hx = p[4], hy = p[5];
    if (Math.hypot(p[6] - hx, p[7] - hy) < 1) { hx = p[2]; hy = p[3]; }
    if (Math.hypot(p[6] - hx, p[7] - hy) < 1) { hx = p[0]; hy = p[1] - 1; }
    a.hx = hx; a.hy = hy;
  }
  // white edges of all heads first: a head next to another is not cut
  ctx.fillStyle = "#fff";
  for (const a of arrows) arrowHead(a.hx, a.hy, a.path[6], a.path[7], head + 3);
  for (const a of arrows) {
    const style = FLOWS[a.fl.cat] || FLOWS.wake, p = a.path, hx = a.hx, hy = a.hy;
    ctx.fillStyle = style.color;
    arrowHead(hx, hy, p[6], p[7], head);
    ctx.beginPath();
    ctx.arc(p[0], p[1], 3, 0, Math.PI * 2);
    ctx.fill();
    const ang = Math.atan2(p[7] - hy, p[6] - hx);
    drawStats.heads.push({ x: p[6] - Math.cos(ang) * head * 0.55, y: p[7] - Math.sin(ang) * head * 0.55, color: style.color, flows: a.flows, path: p });
    if (a.count > 1) {
      const text = "×" + a.count, w = ctx.measureText(text).width + 6;
      ctx.fillStyle = style.color;
      ctx.fillRect(p[6] + 4, p[7] - 6, w, 13);
      ctx.fillStyle = "#fff";
      ctx.textAlign = "left";
      ctx.textBaseline = "middle";
      ctx.fillText(text, p[6] + 7, p[7] + 0.5);
    }
    drawStats.arrows++;
  }
  ctx.restore();
}

// The end of the run: a band after it, a labelled rule, and each fatal
// error or panic as a red rule over all lanes. The rules go under the
// arrows (an arrow at the last moment must stay visible), their labels
// over them.
function endRules() {
  const m = view.model;
  const rules = [];
  for (const i of m.fatals) rules.push({ t: m.events[i].ts, text: m.events[i].name, color: "#c00000" });
  for (const i of m.panics) {
    const e = m.events[i];
    if (!(e.args && e.args.recovered)) rules.push({ t: e.ts, text: "G" + e.tid + " " + e.name, color: "#c00000", lane: m.lanesByTid.get(e.tid) });
  }
  const failed = m.exit.status !== 0;
  rules.push({ t: m.tEnd, text: "end: " + m.exit.reason + ", exit status " + m.exit.status, color: failed ? "#c00000" : "#111", end: true });
  return rules;
}

function drawEndRules() {
  const m = view.model, H = view.height;
  const xe = timeToX(m.tEnd);
  if (xe < view.width) {
    ctx.fillStyle = "rgba(0,0,0,0.06)";
    ctx.fillRect(Math.max(view.labelW, xe), view.axisH, view.width - Math.max(view.labelW, xe), H - view.axisH);
  }
  for (const r of endRules()) {
    const x = timeToX(r.t);
    if (x < view.labelW - 1 || x > view.width + 1) continue;
    ctx.fillStyle = r.color;
    ctx.fillRect(x - (r.end ? 2 : 1.5), view.axisH, r.end ? 4 : 3, H - view.axisH);
  }
}

function drawEndLabels() {
  ctx.font = "bold 15px " + SANS;
  ctx.textBaseline = "top";
  let row = 0;
  for (const r of endRules()) {
    const x = timeToX(r.t);
    if (x < view.labelW - 1 || x > view.width + 1) continue;
    const w = ctx.measureText(r.text).width + 12;
    const lx = x + w + 4 > view.width - SCROLLBAR_W ? x - w - 4 : x + 4;
    const ly = view.height - 30 - 26 * row++;
    ctx.fillStyle = r.color;
    ctx.fillRect(lx, ly, w, 24);
    ctx.fillStyle = "#fff";
    ctx.textAlign = "left";
    ctx.fillText(r.text, lx + 6, ly + 4);
    if (r.end) drawStats.end = true;
  }
}

// Many goroutines: the lanes scroll (wheel over the labels or the bar,
// drag, Page Up/Down) and a scroll bar at the right shows where the lanes
// on screen are among them all.
const SCROLLBAR_W = 12;
function scrollBar() {
  const total = view.model.lanes.length * view.laneH, room = view.height - view.axisH;
  if (total <= room - 24) return null;
  const track = room - 4;
  const len = Math.max(24, track * room / (total + 24));
  const top = view.axisH + 2 + (track - len) * (view.scrollY / Math.max(1, total + 24 - room));
  return { x: view.width - SCROLLBAR_W, w: SCROLLBAR_W, top, len, track, total, room };
}

function drawScrollBar() {
  const b = scrollBar();
  if (!b) return;
  ctx.fillStyle = "rgba(240,240,240,0.95)";
  ctx.fillRect(b.x, view.axisH, b.w, view.height - view.axisH);
  ctx.fillStyle = "#6b6b6b";
  ctx.fillRect(b.x + 2, b.top, b.w - 4, b.len);
  drawStats.scrollBar = true;
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
  drawStats.lanes = drawStats.slices = drawStats.merged = drawStats.instants = drawStats.piles = drawStats.arrows = 0;
  drawStats.end = drawStats.scrollBar = false;
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
  drawGaps();
  drawEndRules();
  drawFlows();
  drawEndLabels();
  drawScrollBar();
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
  // with more lanes than fit, how many there are (the scroll bar shows where)
  ctx.fillText(scrollBar() ? view.model.lanes.length + " goroutines ↕" : "goroutine", 10, view.axisH / 2);
  ctx.restore();
}
