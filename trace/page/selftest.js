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
  const show = (a, b) => { view.t0 = a; view.t1 = b; draw(); };
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

  // the arrows: every flow pair found, and drawn
  const starts = ev.filter((e) => e && e.ph === "s").length;
  check("an arrow per flow", m.flows.length === starts, m.flows.length + " arrows for " + starts + " flow starts");
  if (drawStats.arrowsHidden) {
    // zoomed out over thousands of arrows, none is drawn: zoom in on one
    const f = m.flows[0];
    check("arrows aggregated when zoomed out", drawStats.arrows === 0 && drawStats.arrowsHidden > MAX_ARROWS);
    revealLane(f.from);
    show(f.t1 - 20, f.t1 + 20);
  }
  check("arrows drawn", starts === 0 || drawStats.arrows > 0, "drew " + drawStats.arrows);
  view.scrollY = 0;
  fit();
  draw();
  check("end of the run marked", drawStats.end);
  check("slices drawn", drawStats.slices + drawStats.merged > 0);

  // hovering a blocked slice: its wait and its source line
  let blocked = null;
  for (const l of m.lanes) {
    for (let i = 0; i < l.st.n && !blocked; i++) {
      const e = ev[l.st.ev[i]];
      if (e.cat === "blocked" && e.dur > 0 && e.args && e.args.at) blocked = { lane: l, e };
    }
    if (blocked) break;
  }
  if (blocked) {
    const e = blocked.e;
    revealLane(blocked.lane);
    show(e.ts - e.dur * 0.2, e.ts + e.dur * 1.2);
    const x = timeToX(e.ts + e.dur / 2), y = middleOf(blocked.lane);
    mouse("mousemove", x, y);
    const tip = $("tip");
    const line = sourceLine(m, parsePos(e.args.at));
    check("hover shows a blocked slice", !tip.hidden && tip.textContent.includes(e.name), tip.textContent);
    check("hover shows its source line", tip.textContent.includes(e.args.at) && (!line || tip.textContent.includes(line)), tip.textContent);
    // a click there: the stack at that moment, and the line in the source
    mouse("mousedown", x, y);
    mouse("mouseup", x, y);
    const details = $("details").textContent;
    check("click selects the goroutine", view.selected === blocked.lane, view.selected && view.selected.tid);
    check("click moves the cursor", Math.abs(view.cursor - xToTime(x)) < 1e-6 * Math.max(1, m.tEnd) + 1e-9, view.cursor);
    const frame = (e.args.stack || [])[0];
    check("click shows the stack", !frame || details.includes(frame), details);
    const cur = document.querySelector("#source-code .current");
    check("source line highlighted", cur && Number(cur.dataset.line) === parsePos(e.args.at).line, cur ? cur.dataset.line : "none");
    // the keys step the cursor through the goroutine's events
    const before = view.cursor;
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    const after = view.cursor;
    check("→ steps the cursor forward", after > before, before + " → " + after);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    check("← steps it back", view.cursor < after, after + " → " + view.cursor);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    check("↓ selects the next goroutine", m.lanes.length < 2 || view.selected !== blocked.lane);
  } else {
    check("a blocked slice to hover", false, "no blocked slice with a position");
  }

  // hovering a send: the value sent
  const send = ev.find((e) => e && e.ph === "i" && e.cat === "send");
  if (send) {
    const lane = m.lanesByTid.get(send.tid);
    revealLane(lane);
    show(send.ts - 2, send.ts + 2);
    mouse("mousemove", timeToX(send.ts), middleOf(lane));
    const tip = $("tip").textContent;
    check("hover shows the value sent", tip.includes("value: " + send.args.value), tip);
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
