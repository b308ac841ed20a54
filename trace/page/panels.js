// panels.js: the DOM around the canvas: the heading and how the run
// ended, the legend, the goroutine at the cursor (its state and stack),
// the source with the current lines marked, and the console of output.

const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function fillHeading(model) {
  const o = model.other;
  $("prog").textContent = o.program || "gosh trace";
  const bits = [];
  if (Array.isArray(o.args) && o.args.length) bits.push("args: " + o.args.join(" "));
  bits.push(model.lanes.length + " goroutine" + (model.lanes.length === 1 ? "" : "s"));
  bits.push(fmtTime(model.tEnd));
  bits.push(o.seed !== null && o.seed !== undefined ? "--seed " + o.seed + " (virtual clock)" : (o.clock || "real") + " clock");
  if (o.procs) bits.push(o.procs + " processor" + (o.procs === 1 ? "" : "s"));
  if (o.dropped) bits.push(o.dropped + " events dropped");
  $("runinfo").textContent = bits.join(" · ");
  const end = $("ending");
  const failed = model.exit.status !== 0;
  end.className = failed ? "failed" : "ok";
  let text = "ended: " + model.exit.reason + ", exit status " + model.exit.status;
  if (model.fatals.length) text = model.events[model.fatals[0]].name + " (exit status " + model.exit.status + ")";
  end.textContent = text;
  document.title = (o.program || "trace") + ": " + model.exit.reason + " — gosh trace";
}

function fillLegend(model) {
  const lg = $("legend");
  lg.textContent = "";
  // only the states and arrows this run has, so the legend stays short
  const used = new Set(), cats = new Set();
  for (const l of model.lanes) for (const c of l.st.cls) used.add(c);
  for (const f of model.flows) cats.add(f.cat);
  CLASSES.forEach((c, i) => {
    if (!used.has(i) && i > 1) return;
    const k = el("span", "key");
    const sw = el("span", "swatch");
    sw.style.background = c.color;
    k.append(sw, c.label);
    lg.append(k);
  });
  for (const [cat, f] of Object.entries(FLOWS)) {
    if (!cats.has(cat)) continue;
    const k = el("span", "key");
    const sw = el("span", "swatch arrow");
    sw.style.background = f.dash.length ? `repeating-linear-gradient(90deg, ${f.color} 0 6px, transparent 6px 10px)` : f.color;
    k.append(sw, "→ " + f.label);
    lg.append(k);
  }
  const k = el("span", "key", "▲ send ▼ receive ■ lock ◆ WaitGroup/select ✚ go ▮ end");
  lg.append(k);
}

// The goroutine at the cursor: what it is doing and its stack.
function fillDetails(model) {
  const d = $("details");
  d.textContent = "";
  const lane = view.selected;
  const t = view.cursor;
  if (!lane) {
    d.append(el("h2", "", "At " + fmtTime(t)));
    d.append(el("div", "dim", "Click a goroutine's lane to see its stack at that moment; drag the blue cursor or step it with ← →."));
    summaryAt(model, t, d);
    return;
  }
  d.append(el("h2", "", "Goroutine " + lane.tid + " at " + fmtTime(t)));
  d.append(el("div", "dim", lane.func + (lane.created !== null ? "  ·  created at " + (model.events[lane.created].args.at || "?") + " by G" + model.events[lane.created].tid : "")));
  const s = stateAt(lane, t);
  const ev = model.events;
  const stack = el("ul", "stack");
  let state;
  if (s < 0) {
    const first = lane.st.n ? lane.st.start[0] : Infinity;
    state = t < first ? "not started yet" : lane.endTs !== null ? "returned at " + fmtTime(lane.endTs) : "gone";
  } else {
    const e = ev[lane.st.ev[s]], a = e.args || {};
    const span = " (" + fmtTime(e.ts) + " – " + fmtTime(e.ts + e.dur) + ")";
    if (e.cat === "blocked") {
      state = "blocked: " + e.name + span + (a.unfinished ? ", still blocked at the end" : "");
      (a.stack || []).forEach((f, i) => stack.append(el("li", i === 0 ? "top" : "", f)));
    } else if (e.cat === "running") {
      state = "running on P" + a.proc + span;
      const here = positionAt(model, lane, t);
      if (here) stack.append(el("li", "top", "at " + here.file + ":" + here.line + "  " + sourceLine(model, here)));
      stack.append(el("li", "", "this slice ran from " + (a.from || "?") + " to " + (a.to || "?")));
    } else {
      state = "runnable, waiting for a processor" + span + (a.by ? "; made ready by G" + a.by : "");
      const here = positionAt(model, lane, t);
      if (here) stack.append(el("li", "top", "at " + here.file + ":" + here.line + "  " + sourceLine(model, here)));
    }
  }
  d.append(el("div", "state", state));
  d.append(stack);
}

// Without a selection: how many goroutines are in each state.
function summaryAt(model, t, d) {
  const counts = new Map();
  for (const l of model.lanes) {
    const s = stateAt(l, t);
    if (s < 0) continue;
    const c = CLASSES[l.st.cls[s]].label;
    counts.set(c, (counts.get(c) || 0) + 1);
  }
  const ul = el("ul", "stack");
  for (const [c, n] of counts) ul.append(el("li", "", n + " " + c));
  d.append(ul);
}

let shownFile = null;

function fillSourceTabs(model) {
  const tabs = $("source-tabs");
  tabs.textContent = "";
  for (const file of Object.keys(model.sources)) {
    const b = el("button", file === shownFile ? "on" : "", file);
    b.addEventListener("click", () => { shownFile = file; fillSourceTabs(model); fillSource(model); });
    tabs.append(b);
  }
}

// The source of the file the selected goroutine is in (else the first),
// its current line marked, and beside each line the goroutines there now.
function fillSource(model) {
  const files = Object.keys(model.sources);
  if (!files.length) {
    $("source-code").textContent = "(the trace holds no source)";
    return;
  }
  const t = view.cursor;
  const sel = view.selected ? positionAt(model, view.selected, t) : null;
  if (sel && model.sources[sel.file] && shownFile !== sel.file) {
    shownFile = sel.file;
    fillSourceTabs(model);
  }
  if (!shownFile || !model.sources[shownFile]) {
    shownFile = files[0];
    fillSourceTabs(model);
  }
  const who = new Map();
  for (const l of model.lanes) {
    const p = positionAt(model, l, t);
    if (!p || p.file !== shownFile) continue;
    const s = stateAt(l, t);
    if (s < 0) continue;
    if (!who.has(p.line)) who.set(p.line, []);
    who.get(p.line).push({ lane: l, cls: l.st.cls[s] });
  }
  const code = $("source-code");
  code.textContent = "";
  const lines = model.sources[shownFile];
  let current = null;
  const n = lines.length && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
  for (let i = 0; i < n; i++) {
    const row = el("div", "src-line");
    row.dataset.line = i + 1;
    row.append(el("span", "no", String(i + 1)));
    const w = el("span", "who");
    const here = who.get(i + 1) || [];
    here.slice(0, 4).forEach((h) => {
      const b = el("span", "", "G" + h.lane.tid);
      b.style.background = CLASSES[h.cls].color;
      if (h.cls === C_RUNNABLE) b.style.color = "#111";
      w.append(b);
    });
    if (here.length > 4) w.append(el("span", "", "+" + (here.length - 4)));
    if (here.length > 4) w.lastChild.style.background = "#555";
    row.append(w, el("span", "code", lines[i].replace(/\t/g, "    ")));
    if (sel && sel.file === shownFile && sel.line === i + 1) {
      row.classList.add("current");
      current = row;
    } else if (here.length) {
      row.classList.add("other");
    }
    code.append(row);
  }
  if (current) {
    const r = current.offsetTop - code.offsetTop;
    if (r < code.scrollTop || r > code.scrollTop + code.clientHeight - 30) code.scrollTop = r - code.clientHeight / 3;
  }
}

const MAX_CONSOLE = 5000;

function fillConsole(model) {
  const box = $("console-lines");
  box.textContent = "";
  if (!model.outputs.length) {
    box.append(el("div", "out", "(the program printed nothing)"));
    return;
  }
  for (const i of model.outputs.slice(0, MAX_CONSOLE)) {
    const e = model.events[i];
    const row = el("div", "out " + e.name);
    row.dataset.ts = e.ts;
    row.append(el("span", "when", fmtTime(e.ts)), el("span", "g", "G" + e.tid), el("span", "text", (e.args && e.args.text) || ""));
    row.addEventListener("click", () => { setCursor(e.ts); view.selected = model.lanesByTid.get(e.tid) || view.selected; revealCursor(); update(); });
    box.append(row);
  }
  if (model.outputs.length > MAX_CONSOLE) box.append(el("div", "out", "… " + (model.outputs.length - MAX_CONSOLE) + " more lines"));
}

// Lines printed after the cursor are faded; the last one before it is marked.
function markConsole() {
  const box = $("console-lines");
  let now = null;
  for (const row of box.children) {
    if (row.dataset.ts === undefined) continue;
    const ts = Number(row.dataset.ts);
    row.classList.toggle("later", ts > view.cursor + 1e-9);
    row.classList.remove("now");
    if (ts <= view.cursor + 1e-9) now = row;
  }
  if (now) {
    now.classList.add("now");
    const r = now.offsetTop - box.offsetTop;
    if (r < box.scrollTop || r > box.scrollTop + box.clientHeight - 20) box.scrollTop = r - box.clientHeight / 2;
  }
}

// The idle-time button: only for a run with idle gaps, saying how they
// are drawn now.
function fillIdleButton() {
  const b = $("idle"), m = view.model;
  b.hidden = !m.gaps.length;
  b.textContent = idle.on ? "idle time: short" : "idle time: to scale";
  b.classList.toggle("on", idle.on);
  b.title = m.gaps.length + " idle stretch" + (m.gaps.length === 1 ? "" : "es") + " (" +
    Math.round(m.idleShare * 100) + "% of the run): " + (idle.on ? "drawn short; click to draw them to scale (i)" : "to scale; click to draw them short (i)");
}

function fillReadout() {
  $("cursor-readout").textContent = "cursor " + fmtTime(view.cursor);
}

// Everything that depends on the cursor or the selection.
function update() {
  fillDetails(view.model);
  fillSource(view.model);
  markConsole();
  fillReadout();
  requestDraw();
}
