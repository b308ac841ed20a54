// input.js: the mouse and the keyboard. Hovering shows what is under the
// pointer (a slice with its source line, an instant with the value sent,
// an arrow's ends); a click selects a goroutine and puts the cursor there;
// the wheel zooms, a drag pans, the cursor's handle on the axis drags the
// cursor; the arrow keys step the cursor from event to event.

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
}

function codeLine(pos) {
  if (!pos) return "";
  const text = sourceLine(view.model, pos);
  return `<div class="t-code">${esc(pos.file + ":" + pos.line)}${text ? "  " + esc(text) : ""}</div>`;
}

// What is at canvas point (x, y): {kind, lane, ...} or null.
function hitTest(x, y) {
  const m = view.model;
  const bar = scrollBar();
  if (bar && x >= bar.x && y >= view.axisH) return { kind: "scrollbar" };
  const gap = x >= view.labelW ? gapsInView().find((g) => x >= Math.min(g.xa, (g.xa + g.xb) / 2 - 5) && x <= Math.max(g.xb, (g.xa + g.xb) / 2 + 5)) : null;
  if (gap && y < view.axisH) return { kind: "gap", gap };
  const lane = laneAtY(y);
  if (!lane || x < view.labelW) return lane ? { kind: "label", lane } : null;
  const t = xToTime(x), ev = m.events;
  // an instant within 6 px wins, and with it every instant drawn in the
  // same mark (many happen at one moment: the tooltip lists them all)
  const lo = xToTime(x - 6), hi = xToTime(x + 6);
  let best = -1, bestD = Infinity;
  for (let i = lowerBound(lane.instTs, lo); i < lane.instants.length && lane.instTs[i] <= hi; i++) {
    const d = Math.abs(lane.instTs[i] - t);
    const e = ev[lane.instants[i]];
    if (MARKS[e.cat] && e.cat !== "fatal" && d < bestD) { best = i; bestD = d; }
  }
  if (best >= 0) {
    const ax = timeToX(lane.instTs[best]), all = [];
    const plo = xToTime(ax - PILE_PX), phi = xToTime(ax + PILE_PX);
    for (let i = lowerBound(lane.instTs, plo); i < lane.instants.length && lane.instTs[i] <= phi; i++) {
      const e = ev[lane.instants[i]];
      if (MARKS[e.cat] && e.cat !== "fatal") all.push(lane.instants[i]);
    }
    return { kind: "instant", lane, ev: lane.instants[best], all };
  }
  const top = laneTop(lane);
  if (lane.hasLines && y < top + 12) {
    const i = lowerBound(lane.lineTs, t + 1e-9) - 1;
    if (i >= 0 && t <= ev[lane.lines[i]].ts + ev[lane.lines[i]].dur) return { kind: "line", lane, ev: lane.lines[i] };
  }
  if (lane.regions.length && y > top + view.laneH - 12) {
    for (const r of lane.regions) if (t >= ev[r].ts && t <= ev[r].ts + ev[r].dur) return { kind: "region", lane, ev: r };
  }
  const s = stateAt(lane, t);
  if (s >= 0) {
    const w = timeToX(lane.st.end[s]) - timeToX(lane.st.start[s]);
    return { kind: "state", lane, ev: lane.st.ev[s], narrow: w < 1.5, t, gap };
  }
  return { kind: "none", lane, t };
}

// The arrows that start or end at event [i] (an instant, or a blocked
// slice that a close or a wake-up ended), in words.
function flowsAt(i) {
  const m = view.model, out = [];
  for (const f of m.flowsOf.get(i) || []) {
    const s = m.events[f.s], fe = m.events[f.f];
    const lag = Math.abs(fe.ts - s.ts) > SAME_MOMENT ? ", " + fmtTime(fe.ts - s.ts) + " later" : "";
    if (f.sAt === i) out.push("→ to G" + fe.tid + " (" + (FLOWS[f.cat] ? FLOWS[f.cat].label : f.cat) + lag + ")");
    if (f.fAt === i) out.push("← from G" + s.tid + " (" + (FLOWS[f.cat] ? FLOWS[f.cat].label : f.cat) + lag + ")");
  }
  return out;
}

// One instant's lines of the tooltip.
function instantHTML(i) {
  const e = view.model.events[i], a = e.args || {};
  let h = "";
  if (a.value !== undefined) h += `<div>value: <span class="t-value">${esc(a.value)}</span></div>`;
  if (a.text !== undefined) h += `<div>${esc(e.name)}: <span class="t-value">${esc(a.text)}</span></div>`;
  if (a.message !== undefined) h += `<div>${esc(a.category || "log")}: <span class="t-value">${esc(a.message)}</span></div>`;
  if (a.count !== undefined) h += `<div>counter now ${esc(a.count)}</div>`;
  if (a.child !== undefined) h += `<div>starts G${esc(a.child)}</div>`;
  if (a.cap !== undefined) h += `<div>capacity ${esc(a.cap)}</div>`;
  for (const f of flowsAt(i)) h += `<div>${esc(f)}</div>`;
  return h + codeLine(parsePos(a.at));
}

const MAX_TIP_EVENTS = 8;

function tipHTML(hit) {
  const m = view.model, ev = m.events;
  if (hit.kind === "scrollbar") {
    const [lo, hi] = visibleLaneRange(), n = m.lanes.length;
    return `<div class="t-head">goroutines ${esc(m.lanes[lo] ? "G" + m.lanes[lo].tid : "")} – ${esc(m.lanes[Math.min(hi, n - 1)] ? "G" + m.lanes[Math.min(hi, n - 1)].tid : "")} of ${n}</div><div>drag to scroll the lanes</div>`;
  }
  const gapText = (g) => `${fmtTime(g.b - g.a)} from ${fmtTime(g.a)} to ${fmtTime(g.b)} in which nothing happens on any goroutine, drawn short (key i: to scale)`;
  if (hit.kind === "gap") return `<div class="t-head">idle: ${fmtTime(hit.gap.b - hit.gap.a)}</div><div>${gapText(hit.gap)}</div>`;
  const g = "G" + hit.lane.tid;
  if (hit.kind === "label") {
    return `<div class="t-head">${esc(hit.lane.name)}</div>` +
      (hit.lane.created !== null ? `<div>created at ${esc(ev[hit.lane.created].args.at || "?")} by G${esc(ev[hit.lane.created].tid)}</div>` : "");
  }
  if (hit.kind === "none") return `<div class="t-head">${g}: not alive at ${fmtTime(hit.t)}</div>`;
  const e = ev[hit.ev], a = e.args || {};
  if (hit.kind === "instant") {
    const all = hit.all && hit.all.length ? hit.all : [hit.ev];
    if (all.length === 1) return `<div class="t-head">${g}: ${esc(e.name)}</div><div>at ${fmtTime(e.ts)}</div>` + instantHTML(hit.ev);
    // a crowded moment: every event there, in the order they happened
    const t0 = ev[all[0]].ts, t1 = ev[all[all.length - 1]].ts;
    const when = t1 - t0 < SAME_MOMENT ? "at " + fmtTime(t0) + ", one after another" : "from " + fmtTime(t0) + " to " + fmtTime(t1) + ": zoom in to separate them";
    let h = `<div class="t-head">${g}: ${all.length} events</div><div>${when}</div>`;
    for (const i of all.slice(0, MAX_TIP_EVENTS)) h += `<div class="t-item"><div class="t-name">${esc(ev[i].name)}</div>${instantHTML(i)}</div>`;
    if (all.length > MAX_TIP_EVENTS) h += `<div>… and ${all.length - MAX_TIP_EVENTS} more (step through them with → on this goroutine)</div>`;
    return h;
  }
  if (hit.kind === "line") {
    return `<div class="t-head">${g} runs line ${esc(a.at || "")}</div><div>${fmtTime(e.ts)} – ${fmtTime(e.ts + e.dur)}</div>` + codeLine(parsePos(a.at));
  }
  if (hit.kind === "region") {
    return `<div class="t-head">${g}: ${e.cat} ${esc(e.name)}</div><div>${fmtTime(e.ts)} – ${fmtTime(e.ts + e.dur)} (${fmtTime(e.dur)})</div>` + codeLine(parsePos(a.at));
  }
  const span = `<div>${fmtTime(e.ts)} – ${fmtTime(e.ts + e.dur)} (${fmtTime(e.dur)})</div>`;
  const zoom = (hit.narrow ? `<div>many short slices here: zoom in to see each</div>` : "") +
    (hit.gap ? `<div class="t-dim">idle: ${gapText(hit.gap)}</div>` : "");
  if (e.cat === "blocked") {
    let woke = "";
    for (const f of flowsAt(hit.ev)) woke += `<div>woken ${esc(f)}</div>`;
    return `<div class="t-head">${g} blocked: ${esc(e.name)}</div>${span}${zoom}` +
      (a.unfinished ? "<div>still blocked when the run ended</div>" : "") + woke + codeLine(parsePos(a.at));
  }
  if (e.cat === "running") {
    const here = positionAt(m, hit.lane, hit.t);
    return `<div class="t-head">${g} running on P${esc(a.proc)}</div>${span}${zoom}` +
      `<div>from ${esc(a.from || "its start")} to ${esc(a.to || "its end")}</div>` + codeLine(here);
  }
  return `<div class="t-head">${g} runnable: ready, waiting for a processor</div>${span}${zoom}` +
    (a.by ? `<div>made ready by G${esc(a.by)}</div>` : "<div>made ready by the runtime</div>");
}

function showTip(x, y) {
  const tip = $("tip");
  const hit = hitTest(x, y);
  view.hover = hit;
  if (!hit) { tip.hidden = true; return null; }
  tip.innerHTML = tipHTML(hit);
  tip.hidden = false;
  const wrap = tip.parentElement.getBoundingClientRect();
  const w = tip.offsetWidth, h = tip.offsetHeight;
  tip.style.left = Math.max(4, Math.min(x + 16, wrap.width - w - 4)) + "px";
  tip.style.top = (y + 20 + h > wrap.height ? Math.max(4, y - h - 12) : y + 20) + "px";
  return hit;
}

function hideTip() {
  $("tip").hidden = true;
  view.hover = null;
}

// A click at (x, y): select that goroutine, move the cursor there.
function clickAt(x, y) {
  const lane = laneAtY(y);
  if (!lane) return;
  view.selected = lane;
  if (x >= view.labelW) setCursor(xToTime(x));
  update();
}

// All the times something happens on [lane] (or every lane): slice
// boundaries and instants, for stepping the cursor.
function stepTimes(lane) {
  const ls = lane ? [lane] : view.model.lanes;
  const key = lane ? lane.tid : -1;
  if (stepTimes.key === key) return stepTimes.cache;
  const ts = [];
  for (const l of ls) {
    for (let i = 0; i < l.st.n; i++) ts.push(l.st.start[i], l.st.end[i]);
    for (const t of l.instTs) ts.push(t);
    for (const t of l.lineTs) ts.push(t);
  }
  const sorted = Float64Array.from(ts).sort();
  stepTimes.key = key;
  stepTimes.cache = sorted;
  return sorted;
}

function stepCursor(dir) {
  const ts = stepTimes(view.selected);
  const t = view.cursor;
  let i;
  if (dir > 0) {
    i = lowerBound(ts, t + 1e-6);
    if (i >= ts.length) return;
  } else {
    i = lowerBound(ts, t - 1e-6) - 1;
    if (i < 0) return;
  }
  setCursor(ts[i]);
  revealCursor();
  update();
}

function selectNext(dir) {
  const lanes = view.model.lanes;
  const k = view.selected ? view.selected.index + dir : 0;
  if (k < 0 || k >= lanes.length) return;
  view.selected = lanes[k];
  revealLane(view.selected);
  update();
}

// Idle time drawn short, or to scale (the button, key i).
function toggleIdle() {
  setIdleShort(!idle.on);
  fillIdleButton();
  requestDraw();
}

function onKey(e) {
  if (e.target && (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA")) return;
  const span = view.t1 - view.t0;
  let done = true;
  switch (e.key) {
  case "ArrowRight": if (e.shiftKey) { panBy(span * 0.2); requestDraw(); } else stepCursor(1); break;
  case "ArrowLeft": if (e.shiftKey) { panBy(-span * 0.2); requestDraw(); } else stepCursor(-1); break;
  case "ArrowUp": selectNext(-1); break;
  case "ArrowDown": selectNext(1); break;
  case "+": case "=": zoomAt(zoomCentre(), 0.5); requestDraw(); break;
  case "-": case "_": zoomAt(zoomCentre(), 2); requestDraw(); break;
  case "i": if (view.model.gaps.length) toggleIdle(); break;
  case "0": fit(); requestDraw(); break;
  case "Home": setCursor(0); revealCursor(); update(); break;
  case "End": setCursor(view.model.tEnd); revealCursor(); update(); break;
  case "PageDown": view.scrollY += view.height / 2; clampScroll(); requestDraw(); break;
  case "PageUp": view.scrollY -= view.height / 2; clampScroll(); requestDraw(); break;
  case "?": $("help").hidden = !$("help").hidden; break;
  case "Escape": $("help").hidden = true; view.selected = null; update(); break;
  default: done = false;
  }
  if (done) e.preventDefault();
}

function setupInput(canvas) {
  let drag = null;
  const pos = (e) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  canvas.addEventListener("mousedown", (e) => {
    const p = pos(e);
    canvas.focus();
    const onHandle = p.y < view.axisH && p.x >= view.labelW;
    const bar = scrollBar();
    const onBar = bar && p.x >= bar.x && p.y >= view.axisH;
    drag = { x: p.x, y: p.y, t0: view.t0, t1: view.t1, sy: view.scrollY, moved: false, cursor: onHandle, bar: onBar ? bar : null };
    if (onHandle) { setCursor(xToTime(p.x)); update(); }
    if (onBar && (p.y < bar.top || p.y > bar.top + bar.len)) {
      // a click on the track beside the thumb: a page up or down
      view.scrollY += (p.y < bar.top ? -1 : 1) * (bar.room - view.laneH);
      clampScroll();
      drag.sy = view.scrollY;
      requestDraw();
    }
    e.preventDefault();
  });
  window.addEventListener("mousemove", (e) => {
    const p = pos(e);
    if (drag) {
      const dx = p.x - drag.x, dy = p.y - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.cursor) {
        setCursor(xToTime(p.x));
        update();
      } else if (drag.bar) {
        const b = drag.bar;
        view.scrollY = drag.sy + dy * (b.total + 24 - b.room) / Math.max(1, b.track - b.len);
        clampScroll();
        requestDraw();
      } else if (drag.moved) {
        const dt = dx * (drag.t1 - drag.t0) / plotW();
        view.t0 = drag.t0 - dt;
        view.t1 = drag.t1 - dt;
        view.scrollY = drag.sy - dy;
        clampScroll();
        requestDraw();
      }
      hideTip();
      return;
    }
    if (e.target === canvas) showTip(p.x, p.y);
  });
  window.addEventListener("mouseup", (e) => {
    if (drag && !drag.moved && !drag.cursor && !drag.bar) {
      const p = pos(e);
      clickAt(p.x, p.y);
    }
    drag = null;
  });
  canvas.addEventListener("mouseleave", hideTip);
  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    const p = pos(e);
    const bar = scrollBar();
    if (p.x < view.labelW || (bar && p.x >= bar.x)) {
      view.scrollY += e.deltaY;
      clampScroll();
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      panBy((e.deltaX || e.deltaY) * (view.t1 - view.t0) / plotW());
    } else {
      zoomAt(xToTime(p.x), Math.pow(1.0025, e.deltaY));
    }
    hideTip();
    requestDraw();
  }, { passive: false });
  window.addEventListener("keydown", onKey);
  $("zoom-in").addEventListener("click", () => { zoomAt(fromD((view.t0 + view.t1) / 2), 0.5); requestDraw(); });
  $("zoom-out").addEventListener("click", () => { zoomAt(fromD((view.t0 + view.t1) / 2), 2); requestDraw(); });
  $("idle").addEventListener("click", toggleIdle);
  $("fit").addEventListener("click", () => { fit(); requestDraw(); });
  window.addEventListener("resize", () => { resizeCanvas(canvas); requestDraw(); });
}
