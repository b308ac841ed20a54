// selftest.js: with #selftest in the URL the page tests itself once it is
// drawn and writes the results into <pre id="selftest"> (which headless
// Chromium's --dump-dom prints): one lane per goroutine, the arrows, the
// tooltip over a slice and over a send (real mouse events on the canvas),
// a click showing the stack and the source line, the keys, the wheel, the
// console, the end marker, and no error or console.error since the start.
// tests/trace/page_test.sh reads the last line: "SELFTEST DONE pass=N fail=M".

function runSelfTest() {
  const out = [];
  let pass = 0, fail = 0;
  const check = (name, ok, detail) => {
    if (ok) pass++; else fail++;
    out.push((ok ? "PASS " : "FAIL ") + name + (ok ? "" : ": " + (detail || "")));
  };
  const finish = () => {
    const errors = window.goshErrors || [];
    check("no errors or console.error", errors.length === 0, errors.join(" | "));
    const t = window.goshPage ? window.goshPage.pageTiming : {};
    out.push("TIMING parse_ms=" + (t.parse || 0).toFixed(1) + " model_ms=" + (t.model || 0).toFixed(1) +
             " first_draw_ms=" + (t.firstDraw || 0).toFixed(1) + " total_ms=" + (t.total || 0).toFixed(1) +
             " since_navigation_ms=" + (t.sinceNavigation || 0).toFixed(1) + " draw_ms=" + drawStats.ms.toFixed(1));
    out.push("SELFTEST DONE pass=" + pass + " fail=" + fail);
    const pre = document.createElement("pre");
    pre.id = "selftest";
    pre.textContent = out.join("\n");
    document.body.append(pre);
    document.title = "SELFTEST pass=" + pass + " fail=" + fail;
  };
  try {
    tests(check);
  } catch (err) {
    check("self-test ran to the end", false, String(err && err.stack ? err.stack : err));
  }
  finish();
}

function tests(check) {
  const m = view.model, ev = m.events;
  const canvas = $("canvas");
  const rect = () => canvas.getBoundingClientRect();
  const mouse = (type, x, y, extra) => {
    const r = rect();
    const e = new MouseEvent(type, Object.assign({ clientX: r.left + x, clientY: r.top + y, bubbles: true, cancelable: true, view: window }, extra || {}));
    canvas.dispatchEvent(e);
  };
  const show = (a, b) => { showRange(a, b); draw(); };
  // run times [a, b] with a margin of [k] of their width on either side,
  // measured on screen (with idle time short, a margin in the run's time
  // could reach over a whole gap)
  const frame = (a, b, k) => {
    const d0 = toD(a), d1 = toD(b), w = Math.max(d1 - d0, 1e-3);
    view.t0 = d0 - w * k;
    view.t1 = d1 + w * k;
    draw();
  };
  const middleOf = (lane) => laneTop(lane) + view.laneH / 2;

  // one lane per goroutine: every thread_name, and each drawn (scrolling
  // through them when they do not all fit)
  const names = ev.filter((e) => e && e.ph === "M" && e.name === "thread_name").map((e) => e.tid);
  check("a lane per goroutine", m.lanes.length === names.length && names.every((t) => m.lanesByTid.has(t)),
        m.lanes.length + " lanes for " + names.length + " goroutines");
  fit();
  drawStats.laneIds.clear();
  for (view.scrollY = 0; ; view.scrollY += Math.max(view.laneH, view.height - view.axisH - 24)) {
    clampScroll();
    draw();
    if (view.scrollY >= m.lanes.length * view.laneH - (view.height - view.axisH - 24)) break;
  }
  view.scrollY = 0;
  draw();
  check("every lane drawn", drawStats.laneIds.size === names.length, drawStats.laneIds.size + " of " + names.length);

  // the arrows: every flow pair found (its two ends come in either order)
  const starts = ev.filter((e) => e && e.ph === "s").length, finishes = ev.filter((e) => e && e.ph === "f").length;
  check("an arrow per flow", m.flows.length === starts && finishes === starts && m.unpairedFlows === 0,
        m.flows.length + " arrows for " + starts + " flow starts and " + finishes + " finishes, " + m.unpairedFlows + " unpaired");
  const lost = m.flows.filter((f) => f.sAt < 0 || f.fAt < 0);
  check("each arrow's ends found on their lanes", lost.length === 0,
        lost.slice(0, 3).map((f) => "flow " + ev[f.s].id + " (" + f.cat + ")").join(", "));
  if (drawStats.arrowsHidden) {
    // zoomed out over thousands of arrows, none is drawn: zoom in on one
    const f = m.flows[0];
    check("arrows aggregated when zoomed out", drawStats.arrows === 0 && drawStats.arrowsHidden > MAX_ARROWS);
    revealLane(f.from);
    show(f.t1 - 20, f.t1 + 20);
  }
  check("arrows drawn", starts === 0 || drawStats.arrows > 0, "drew " + drawStats.arrows);
  checkArrows(check, show, frame);
  view.scrollY = 0;
  fit();
  draw();
  check("end of the run marked", drawStats.end);
  check("slices drawn", drawStats.slices + drawStats.merged > 0);
  checkScrolling(check, mouse);
  checkIdle(check);

  // hovering a blocked slice: its wait and its source line (a run that
  // never waits, like hello, has only running slices: one of those)
  let blocked = null;
  for (const l of m.lanes) {
    for (let i = 0; i < l.st.n && !blocked; i++) {
      const e = ev[l.st.ev[i]];
      if (e.cat === "blocked" && e.dur > 0 && e.args && e.args.at) blocked = { lane: l, e };
    }
    if (blocked) break;
  }
  if (!blocked) {
    for (const l of m.lanes)
      for (let i = 0; i < l.st.n; i++) {
        const e = ev[l.st.ev[i]];
        if (e.cat === "running" && e.dur > 0 && (!blocked || e.dur > blocked.e.dur)) blocked = { lane: l, e };
      }
  }
  check("a slice to hover", !!blocked, "no blocked slice with a position, no running slice");
  if (blocked) {
    const e = blocked.e, isBlocked = e.cat === "blocked";
    revealLane(blocked.lane);
    frame(e.ts, e.ts + e.dur, 0.2);
    // a point of the slice with no instant's mark near it
    const clear = (x) => {
      const l = blocked.lane, j = lowerBound(l.instTs, xToTime(x - 9));
      return j >= l.instants.length || l.instTs[j] > xToTime(x + 9);
    };
    let x = timeToX(e.ts + e.dur / 2);
    for (let d = 0; d < plotW() / 2 && !clear(x); d += 3) {
      if (clear(x + d) && x + d < timeToX(e.ts + e.dur) - 2) { x += d; break; }
      if (clear(x - d) && x - d > timeToX(e.ts) + 2) { x -= d; break; }
    }
    const y = middleOf(blocked.lane);
    mouse("mousemove", x, y);
    const tip = $("tip");
    const pos = isBlocked ? parsePos(e.args.at) : positionAt(m, blocked.lane, xToTime(x));
    const line = sourceLine(m, pos);
    const says = isBlocked ? e.name : "running on P" + e.args.proc;
    check("hover shows a " + e.cat + " slice", !tip.hidden && tip.textContent.includes(says), tip.textContent);
    check("hover shows its source line", !pos || (tip.textContent.includes(pos.file + ":" + pos.line) && (!line || tip.textContent.includes(line))), tip.textContent);
    // a click there: the stack at that moment, and the line in the source.
    // A browser's mouse events carry whole CSS pixels (Chromium truncates
    // a fractional clientX), so the click is at a whole pixel and the
    // cursor must land exactly at the time of that pixel.
    const r = rect(), cx = Math.round(r.left + x) - r.left, cy = Math.round(r.top + y) - r.top;
    mouse("mousedown", cx, cy);
    mouse("mouseup", cx, cy);
    const details = $("details").textContent;
    check("click selects the goroutine", view.selected === blocked.lane, view.selected && view.selected.tid);
    check("click moves the cursor", Math.abs(view.cursor - xToTime(cx)) <= 1e-9 * Math.max(1, m.tEnd),
          view.cursor + " for a click at " + xToTime(cx));
    const top = isBlocked ? (e.args.stack || [])[0] : "running on P" + e.args.proc;
    check("click shows the stack", !top || details.includes(top), details);
    const cur = document.querySelector("#source-code .current");
    const want = positionAt(m, blocked.lane, view.cursor);
    check("source line highlighted", !want || (cur && Number(cur.dataset.line) === want.line), cur ? cur.dataset.line : "none");
    // the keys step the cursor through the goroutine's events
    const before = view.cursor;
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    const after = view.cursor;
    check("→ steps the cursor forward", after > before, before + " → " + after);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    check("← steps it back", view.cursor < after, after + " → " + view.cursor);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    check("↓ selects the next goroutine", m.lanes.length < 2 || view.selected !== blocked.lane);
  }

  // hovering a send: the value sent. Real traces pile instants at one
  // moment (a virtual clock gives a goroutine's make, go and send one
  // timestamp): the tooltip must list every event of the pile, the send
  // among them. Tested on the most crowded send, and on one alone at its
  // moment if there is one.
  const sends = ev.filter((e) => e && e.ph === "i" && e.cat === "send");
  const pileAt = (e) => {
    const l = m.lanesByTid.get(e.tid), out = [];
    for (let j = lowerBound(l.instTs, e.ts - SAME_MOMENT); j < l.instants.length && l.instTs[j] <= e.ts + SAME_MOMENT; j++)
      if (MARKS[ev[l.instants[j]].cat] && ev[l.instants[j]].cat !== "fatal") out.push(l.instants[j]);
    return out;
  };
  let crowded = null, alone = null;
  for (const e of sends) {
    const n = pileAt(e).length;
    if (!crowded || n > crowded.n) crowded = { e, n };
    if (!alone && n === 1) alone = { e, n };
  }
  for (const c of [crowded, alone]) {
    if (!c || (c === alone && alone.e === crowded.e)) continue;
    const send = c.e, lane = m.lanesByTid.get(send.tid), pile = pileAt(send);
    revealLane(lane);
    show(send.ts - 0.02, send.ts + 0.02);
    mouse("mousemove", timeToX(send.ts), middleOf(lane));
    const tip = $("tip").textContent;
    const what = c.n > 1 ? " (" + c.n + " events at that moment)" : " (alone at its moment)";
    check("hover shows the value sent" + what, !$("tip").hidden && tip.includes(send.name) && tip.includes("value: " + send.args.value), tip);
    if (c.n > 1) {
      const listed = Math.min(pile.length, MAX_TIP_EVENTS);
      check("hover lists every event at a crowded moment", tip.includes(pile.length + " events") &&
            pile.slice(0, listed).every((i) => tip.includes(ev[i].name)), tip);
    } else {
      check("hover on a lone send shows just it", !/^G\d+: \d+ events/.test(tip) && tip.startsWith("G" + send.tid + ": " + send.name), tip);
    }
  }

  // the wheel zooms in where the pointer is
  fit();
  draw();
  const span = view.t1 - view.t0;
  const cx = view.labelW + plotW() / 2, cy = view.axisH + 10;
  const r = rect();
  canvas.dispatchEvent(new WheelEvent("wheel", { deltaY: -400, clientX: r.left + cx, clientY: r.top + cy, bubbles: true, cancelable: true }));
  check("the wheel zooms in", view.t1 - view.t0 < span, span + " → " + (view.t1 - view.t0));
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "0", bubbles: true }));
  check("0 shows the whole run", Math.abs(view.t1 - view.t0 - span) < 1e-9 * span);

  // a drag pans
  const t0 = view.t0;
  mouse("mousedown", cx, view.axisH + 5);
  window.dispatchEvent(new MouseEvent("mousemove", { clientX: r.left + cx - 100, clientY: r.top + view.axisH + 5, bubbles: true }));
  window.dispatchEvent(new MouseEvent("mouseup", { clientX: r.left + cx - 100, clientY: r.top + view.axisH + 5, bubbles: true }));
  check("a drag pans", view.t0 > t0, t0 + " → " + view.t0);
  fit();

  // the console: a line per output instant, faded after the cursor
  const shown = document.querySelectorAll("#console-lines .out[data-ts]").length;
  check("console has every output line", shown === Math.min(m.outputs.length, MAX_CONSOLE), shown + " of " + m.outputs.length);
  if (m.outputs.length) {
    setCursor(0);
    update();
    const later = document.querySelectorAll("#console-lines .out.later").length;
    check("output after the cursor is faded", later > 0);
  }

  // the end: a failed run says how
  const ending = $("ending").textContent;
  for (const i of m.fatals) check("fatal error shown", ending.includes(ev[i].name), ending);
  check("exit status shown", ending.includes(String(m.exit.status)), ending);
  check("legend drawn", $("legend").children.length >= 2);

  // back to the first view
  view.selected = null;
  fit();
  setCursor(m.exit.status !== 0 ? m.tEnd : 0);
  hideTip();
  update();
  draw();
}

// Every arrow is drawn where its moment is in view, and its head can be
// seen: zoomed in on each flow (all of them, or 300 spread over the run,
// and every flow of the most crowded instant), the arrow is among those
// drawn and the canvas pixel inside its head has the arrow's colour (not
// hidden under another arrow, the end rule or a slice). Arrows that start
// at one instant end at distinct points.
function checkArrows(check, show, frame) {
  const m = view.model, flows = m.flows;
  if (!flows.length) return;
  const picked = new Set();
  const step = Math.max(1, flows.length / 300);
  for (let k = 0; k < flows.length; k += step) picked.add(flows[Math.floor(k)]);
  let crowd = null;
  for (const [i, fs] of m.flowsOf) {
    const out = fs.filter((f) => f.sAt === i);
    if (!crowd || out.length > crowd.length) crowd = out;
  }
  for (const f of crowd) picked.add(f);
  const saved = view.cursor;
  view.cursor = -1e300;   // the cursor's line must not cover a head
  const dpr = window.devicePixelRatio || 1;
  const room = view.height - view.axisH - 24;
  const missing = [], hidden = [];
  const rgb = (hex) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  const near = (p, q) => Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) < 90;
  const centre = (f) => {
    // both lanes on screen when they fit, else the arrow's head
    const a = Math.min(f.from.index, f.to.index), b = Math.max(f.from.index, f.to.index);
    const mid = (b - a + 1) * view.laneH <= room ? (a + b + 1) / 2 * view.laneH : (f.to.index + 0.5) * view.laneH;
    view.scrollY = mid - room / 2;
    clampScroll();
  };
  for (const f of picked) {
    centre(f);
    const a = Math.min(f.t1, f.t2), b = Math.max(f.t1, f.t2);
    frame(a, b, Math.max(1.5, 0.01 / Math.max(1e-9, toD(b) - toD(a))));
    for (let tries = 0; tries < 8 && drawStats.arrowsHidden; tries++) {
      // too many arrows around: closer in, on the arrow's start
      const c = toD(f.t1), w = (view.t1 - view.t0) / 8;
      view.t0 = c - w / 2;
      view.t1 = c + w / 2;
      draw();
    }
    if (!drawStats.flowsDrawn.has(f.n)) { missing.push(f); continue; }
    const h = drawStats.heads.find((q) => q.flows.includes(f));
    if (!h || h.y < view.axisH || h.y > view.height) continue;   // its head is off screen
    const d = ctx.getImageData(Math.round(h.x * dpr), Math.round(h.y * dpr), 1, 1).data;
    const ok = [h, ...drawStats.heads.filter((q) => q !== h && Math.hypot(q.x - h.x, q.y - h.y) < 4)]
      .some((q) => near([d[0], d[1], d[2]], rgb(q.color)));
    if (!ok) { f.seen = "pixel " + [d[0], d[1], d[2]].join(",") + " at " + h.x.toFixed(1) + "," + h.y.toFixed(1) + " wanted " + h.color + "; heads near: " + drawStats.heads.filter((q) => q !== h && Math.hypot(q.x - h.x, q.y - h.y) < 14).map((q) => q.color + "@" + q.x.toFixed(1) + "," + q.y.toFixed(1) + " " + q.flows[0].cat + " G" + q.flows[0].from.tid + "→G" + q.flows[0].to.tid).join(" "); hidden.push(f); }
  }
  const name = (f) => "flow " + m.events[f.s].id + " " + f.cat + " G" + f.from.tid + "→G" + f.to.tid + " at " + f.t1;
  check("every arrow drawn (" + picked.size + " looked at)", missing.length === 0, missing.slice(0, 4).map(name).join("; "));
  check("every arrow's head visible", hidden.length === 0, hidden.slice(0, 4).map((f) => name(f) + " (" + f.seen + ")").join("; "));
  if (crowd.length > 1) {
    // several arrows from one instant: each its own head
    centre(crowd[0]);
    show(crowd[0].t1 - 0.02, crowd[0].t1 + 0.02);
    // each its own head, and no arrow's line over another's head (else
    // G1→G2 and G1→G3 read as G1→G2→G3)
    const heads = drawStats.heads.filter((q) => q.flows.some((f) => crowd.includes(f)));
    const at = (p, u) => {
      const v = 1 - u;
      return [v * v * v * p[0] + 3 * v * v * u * p[2] + 3 * v * u * u * p[4] + u * u * u * p[6],
              v * v * v * p[1] + 3 * v * v * u * p[3] + 3 * v * u * u * p[5] + u * u * u * p[7]];
    };
    const over = [];
    for (const a of heads) for (const b of heads) {
      if (a === b) continue;
      for (let u = 0; u <= 1; u += 1 / 64) {
        const q = at(a.path, u);
        if (Math.hypot(q[0] - b.path[6], q[1] - b.path[7]) < 3) { over.push(a.flows[0].to.tid + " over " + b.flows[0].to.tid); break; }
      }
    }
    check("arrows from one instant (" + crowd.length + ") each drawn apart", heads.length === crowd.length && over.length === 0,
          heads.length + " heads for " + crowd.length + " arrows; the arrow to G" + over.join(", G") + "'s head");
  }
  view.cursor = saved;
  view.scrollY = 0;
}

// Many goroutines: a scroll bar, and dragging it reaches the last lane.
function checkScrolling(check, mouse) {
  const m = view.model;
  fit();
  view.scrollY = 0;
  draw();
  const bar = scrollBar();
  const overflow = m.lanes.length * view.laneH > view.height - view.axisH - 24;
  check("a scroll bar when the lanes do not fit", !!bar === overflow && drawStats.scrollBar === overflow);
  if (!bar) return;
  const x = bar.x + bar.w / 2, y = bar.top + 5;
  const r = $("canvas").getBoundingClientRect();
  mouse("mousedown", x, y);
  window.dispatchEvent(new MouseEvent("mousemove", { clientX: r.left + x, clientY: r.top + view.height - 2, bubbles: true }));
  window.dispatchEvent(new MouseEvent("mouseup", { clientX: r.left + x, clientY: r.top + view.height - 2, bubbles: true }));
  draw();
  const last = m.lanes[m.lanes.length - 1];
  check("dragging the scroll bar reaches the last goroutine", laneVisible(last) && laneTop(last) + view.laneH <= view.height, view.scrollY);
  view.scrollY = 0;
  draw();
}

// The time axis: distinct tick labels; with idle gaps, time and pixels
// map both ways and in order whether gaps are drawn short or to scale,
// gaps drawn short leave the room to the busy time, the default is short
// when idle time is most of the run, and the key i switches, keeping the
// moments on screen.
function checkIdle(check) {
  const m = view.model;
  fit();
  draw();
  const labels = drawStats.tickLabels;
  check("time axis labels distinct", labels.length >= 2 && new Set(labels).size === labels.length, labels.join(" | "));
  if (!m.gaps.length) {
    check("no idle-time button without idle gaps", $("idle").hidden);
    return;
  }
  check("idle time short by default when it is most of the run", idle.on === (m.idleShare > IDLE_SHORT_SHARE) && !$("idle").hidden,
        "on=" + idle.on + " share=" + m.idleShare.toFixed(3));
  const was = idle.on;
  for (const on of [true, false]) {
    setIdleShort(on);
    fit();
    draw();
    let bad = null, lastX = -Infinity;
    for (let k = 0; k <= 400; k++) {
      const t = m.tEnd * k / 400, x = timeToX(t);
      if (Math.abs(xToTime(x) - t) > 1e-9 * m.tEnd + 1e-9 || x < lastX) bad = t;
      lastX = x;
    }
    check("time and pixels map both ways, idle time " + (on ? "short" : "to scale"), bad === null, "at " + bad);
    const gapPx = m.gaps.reduce((sum, [a, b]) => sum + timeToX(b) - timeToX(a), 0);
    if (on) {
      check("idle gaps drawn as breaks", drawStats.gaps === m.gaps.length, drawStats.gaps + " of " + m.gaps.length);
      check("idle gaps drawn short leave the room to the rest", gapPx <= 0.3 * plotW(), gapPx.toFixed(0) + " px of " + plotW());
      check("time axis labels distinct with idle time short", new Set(drawStats.tickLabels).size === drawStats.tickLabels.length,
            drawStats.tickLabels.join(" | "));
    } else {
      check("idle gaps to scale", drawStats.gaps === 0 && Math.abs(gapPx - m.gaps.reduce((sum, [a, b]) => sum + (b - a), 0) / perPixel()) < 1);
    }
  }
  // the key i switches and keeps the moments on screen
  setIdleShort(true);
  const [a, b] = m.gaps[0], t = a - (b - a) * 0.01;
  showRange(t, b);
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "i", bubbles: true }));
  check("i draws idle time to scale, keeping the view", !idle.on && Math.abs(viewStart() - t) < 1e-6 * m.tEnd && Math.abs(viewEnd() - b) < 1e-6 * m.tEnd &&
        /to scale/.test($("idle").textContent), viewStart() + ".." + viewEnd() + " for " + t + ".." + b);
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "i", bubbles: true }));
  check("i again draws it short", idle.on && /short/.test($("idle").textContent));
  setIdleShort(was);
  fillIdleButton();
  fit();
  draw();
}
