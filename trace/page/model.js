// model.js: the trace (docs/trace-format.md) turned into what the page
// draws: one lane per goroutine with its state slices in typed arrays
// (so that a trace of millions of events costs a few arrays, not an
// object per slice), its nested line/region/task slices, its instants,
// and the run's flows (arrows), output lines and end.

// The colours of states, one class per kind of wait. Chosen to stay apart
// for the common kinds of colour blindness and on a washed-out projector.
const CLASSES = [
  { key: "running",  label: "running",                       color: "#1e9e4a" },
  { key: "runnable", label: "runnable (waiting for a CPU)",   color: "#f5c518" },
  { key: "chan",     label: "blocked: channel",               color: "#2b6cd4" },
  { key: "select",   label: "blocked: select",                color: "#8e44ad" },
  { key: "mutex",    label: "blocked: mutex",                 color: "#e8590c" },
  { key: "wait",     label: "blocked: WaitGroup / Cond",      color: "#c2185b" },
  { key: "sleep",    label: "sleeping",                       color: "#8a8f94" },
  { key: "io",       label: "blocked: I/O",                   color: "#00897b" },
  { key: "forever",  label: "blocked forever (nil channel)",  color: "#4e342e" },
];
const C_RUNNING = 0, C_RUNNABLE = 1;

// The arrows: one style per flow category.
const FLOWS = {
  handoff: { label: "hand-off (send → receive)", color: "#111111", dash: [] },
  buffer:  { label: "through a buffer",          color: "#2b6cd4", dash: [7, 4] },
  close:   { label: "close wakes a receiver",    color: "#c00000", dash: [] },
  unlock:  { label: "unlock lets a lock through", color: "#b34700", dash: [] },
  wake:    { label: "wake-up (WaitGroup, Cond)", color: "#c2185b", dash: [2, 3] },
};

// Instants: how each is drawn on its lane.
const MARKS = {
  go:     { color: "#1e9e4a", shape: "plus" },
  end:    { color: "#111111", shape: "bar" },
  chan:   { color: "#555555", shape: "square" },
  close:  { color: "#c00000", shape: "cross" },
  select: { color: "#8e44ad", shape: "diamond" },
  send:   { color: "#111111", shape: "up" },
  recv:   { color: "#111111", shape: "down" },
  lock:   { color: "#b34700", shape: "square" },
  unlock: { color: "#b34700", shape: "open" },
  wg:     { color: "#c2185b", shape: "diamond" },
  timer:  { color: "#555555", shape: "circle" },
  panic:  { color: "#c00000", shape: "big" },
  output: { color: "#333333", shape: "text" },
  user:   { color: "#6a1b9a", shape: "flag" },
  fatal:  { color: "#c00000", shape: "big" },
  cond:   { color: "#c2185b", shape: "diamond" },
};

function classOf(ev) {
  if (ev.cat === "running") return C_RUNNING;
  if (ev.cat === "runnable") return C_RUNNABLE;
  const r = (ev.args && ev.args.reason) || "";
  if (r === "chan receive (nil chan)" || r === "chan send (nil chan)" || r === "select (no cases)") return 8;
  if (r.startsWith("chan")) return 2;
  if (r.startsWith("select")) return 3;
  if (r.startsWith("sync.Mutex") || r.startsWith("sync.RWMutex") || r === "semacquire") return 4;
  if (r.startsWith("sync.WaitGroup") || r.startsWith("sync.Cond")) return 5;
  if (r === "sleep") return 6;
  if (r === "IO wait") return 7;
  return 2;
}

// "bank.gosh:14" → {file: "bank.gosh", line: 14}, or null.
function parsePos(s) {
  if (typeof s !== "string") return null;
  const m = /^(.*):(\d+)$/.exec(s);
  return m ? { file: m[1], line: Number(m[2]) } : null;
}

// A growable column of numbers, frozen into a typed array.
class Column {
  constructor() { this.a = []; }
  push(v) { this.a.push(v); }
  freeze(T) { return T.from(this.a); }
}

function buildModel(trace) {
  const other = trace.otherData || {};
  const events = trace.traceEvents || [];
  const lanesByTid = new Map();
  const lane = (tid) => {
    let l = lanesByTid.get(tid);
    if (!l) {
      l = {
        tid, name: "goroutine " + tid, func: "", sort: tid,
        st: { start: new Column(), end: new Column(), cls: new Column(), ev: new Column() },
        lines: [], regions: [], instants: [], created: null, endTs: null,
      };
      lanesByTid.set(tid, l);
    }
    return l;
  };
  const flowStarts = new Map(), flowFinishes = new Map(), flows = [], outputs = [], fatals = [], panics = [];
  let tEnd = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e || typeof e !== "object") continue;
    if (e.ph === "M") {
      if (e.tid > 0 && e.name === "thread_name" && e.args) {
        const l = lane(e.tid);
        l.name = String(e.args.name);
        const m = /^goroutine \d+: (.*)$/.exec(l.name);
        l.func = m ? m[1] : l.name;
      } else if (e.tid > 0 && e.name === "thread_sort_index" && e.args) {
        lane(e.tid).sort = Number(e.args.sort_index);
      }
      continue;
    }
    if (typeof e.ts !== "number" || !(e.tid > 0)) continue;
    const end = e.ph === "X" ? e.ts + (e.dur || 0) : e.ts;
    if (end > tEnd) tEnd = end;
    const l = lane(e.tid);
    if (e.ph === "X") {
      if (e.cat === "running" || e.cat === "runnable" || e.cat === "blocked") {
        l.st.start.push(e.ts); l.st.end.push(end); l.st.cls.push(classOf(e)); l.st.ev.push(i);
      } else if (e.cat === "line") {
        l.lines.push(i);
      } else if (e.cat === "region" || e.cat === "task") {
        l.regions.push(i);
      }
    } else if (e.ph === "i") {
      l.instants.push(i);
      if (e.cat === "output") outputs.push(i);
      else if (e.cat === "fatal") fatals.push(i);
      else if (e.cat === "panic") panics.push(i);
      else if (e.cat === "go" && e.args) lane(e.args.child).created = i;
      else if (e.cat === "end") l.endTs = e.ts;
    } else if (e.ph === "s" || e.ph === "f") {
      // The two ends of a flow may come in either order: at one moment a
      // receiver's finish can be written before its sender's start.
      const mine = e.ph === "s" ? flowStarts : flowFinishes, other = e.ph === "s" ? flowFinishes : flowStarts;
      const j = other.get(e.id);
      if (j === undefined) mine.set(e.id, i);
      else {
        other.delete(e.id);
        flows.push(e.ph === "s" ? { s: i, f: j, cat: e.cat } : { s: j, f: i, cat: events[j].cat });
      }
    }
  }
  const lanes = [...lanesByTid.values()].sort((a, b) => a.sort - b.sort || a.tid - b.tid);
  lanes.forEach((l, k) => {
    l.index = k;
    const st = l.st;
    l.st = {
      start: st.start.freeze(Float64Array), end: st.end.freeze(Float64Array),
      cls: st.cls.freeze(Uint8Array), ev: st.ev.freeze(Int32Array),
    };
    l.st.n = l.st.start.length;
    l.instTs = Float64Array.from(l.instants, (i) => events[i].ts);
    l.lineTs = Float64Array.from(l.lines, (i) => events[i].ts);
    l.hasLines = l.lines.length > 0;
  });
  for (const fl of flows) {
    fl.from = lanesByTid.get(events[fl.s].tid);
    fl.to = lanesByTid.get(events[fl.f].tid);
    fl.t1 = events[fl.s].ts;
    fl.t2 = events[fl.f].ts;
  }
  flows.sort((a, b) => Math.min(a.t1, a.t2) - Math.min(b.t1, b.t2) || a.s - b.s);
  // for drawing: the flows by their earlier end, and the longest one, so
  // that the flows in a time range are found by a binary search
  const flowMinT = new Float64Array(flows.length);
  let flowMaxSpan = 0;
  flows.forEach((fl, k) => {
    fl.n = k;
    flowMinT[k] = Math.min(fl.t1, fl.t2);
    flowMaxSpan = Math.max(flowMaxSpan, Math.abs(fl.t2 - fl.t1));
  });
  const flowsOf = attachFlows(events, flows);
  const idle = idleGaps(lanes, tEnd > 0 ? tEnd : 1);
  const sources = {};
  for (const [file, text] of Object.entries(other.sources || {})) sources[file] = String(text).split("\n");
  return {
    other, events, lanes, lanesByTid, flows, flowMinT, flowMaxSpan, flowsOf,
    unpairedFlows: flowStarts.size + flowFinishes.size, outputs, fatals, panics, sources,
    gaps: idle.gaps, gapShort: idle.short, idleShare: idle.share,
    tEnd: tEnd > 0 ? tEnd : 1,
    exit: other.exit || { status: "?", reason: "unknown" },
  };
}

// Which instant each end of a flow belongs to (docs/trace-format.md,
// "Who waited for whom"): a hand-off or buffer flow runs from a send to a
// recv, close from a close instant, unlock from an unlock to a lock, wake
// from a wg or cond instant; close and wake flows end where the woken
// goroutine's blocked slice ends. A real trace piles many instants at one
// moment, so the end is matched by kind, and among several of that kind at
// that moment, the nearest in the file (the writer puts a flow's event
// right after its instant). fl.sAt and fl.fAt are those events' indices
// (-1 when none fits); the map gives, for an instant or a blocked slice,
// the flows that start or end there.
const FLOW_ENDS = {
  handoff: [["send"], ["recv"]], buffer: [["send"], ["recv"]], close: [["close"], null],
  unlock: [["unlock"], ["lock"]], wake: [["wg", "cond"], null],
};
const SAME_MOMENT = 5e-4;   // the format's timestamps have three decimals

function attachFlows(events, flows) {
  const byEvent = new Map();
  const claimed = new Set();
  const add = (i, fl) => {
    if (i < 0) return;
    let a = byEvent.get(i);
    if (!a) byEvent.set(i, (a = []));
    a.push(fl);
  };
  const instantFor = (lane, k, cats, once) => {
    const e = events[k];
    let best = -1, bestD = Infinity;
    for (let j = lowerBound(lane.instTs, e.ts - SAME_MOMENT); j < lane.instants.length && lane.instTs[j] <= e.ts + SAME_MOMENT; j++) {
      const i = lane.instants[j];
      if (cats && !cats.includes(events[i].cat)) continue;
      if (once && claimed.has(i)) continue;
      const d = i < k ? k - i : (k - i) * -1.5;   // the instant just before wins a tie
      if (d < bestD) { best = i; bestD = d; }
    }
    if (best >= 0 && once) claimed.add(best);
    return best;
  };
  const sliceEnding = (lane, t) => {
    const st = lane.st;
    for (let j = lowerBound(st.end, t - SAME_MOMENT); j < st.n && st.end[j] <= t + SAME_MOMENT; j++)
      if (st.cls[j] >= 2) return st.ev[j];
    return -1;
  };
  for (const fl of flows) {
    const kinds = FLOW_ENDS[fl.cat] || [null, null];
    fl.sAt = fl.from ? instantFor(fl.from, fl.s, kinds[0], fl.cat !== "close" && fl.cat !== "wake") : -1;
    if (fl.sAt < 0 && fl.from) fl.sAt = instantFor(fl.from, fl.s, null, false);
    fl.fAt = -1;
    if (fl.to) {
      if (kinds[1]) fl.fAt = instantFor(fl.to, fl.f, kinds[1], true);
      else fl.fAt = sliceEnding(fl.to, fl.t2);
      if (fl.fAt < 0) fl.fAt = instantFor(fl.to, fl.f, null, false);
    }
    add(fl.sAt, fl);
    add(fl.fAt, fl);
  }
  return byEvent;
}

// Idle gaps: the stretches in which nothing starts or ends on any lane
// (no slice boundary, no instant), longer than 2% of the run and than 100
// times the usual spacing of events (a virtual clock's steps are all
// alike: those are not gaps). During one every goroutine stays as it was,
// so drawing it short hides nothing but its length, which the break's
// label gives. The page draws them short when they are most of the run.
const IDLE_SHORT_SHARE = 0.7;

function idleGaps(lanes, tEnd) {
  let n = 0;
  for (const l of lanes) n += 2 * l.st.n + l.instTs.length;
  const ts = new Float64Array(n);
  let k = 0;
  for (const l of lanes) {
    ts.set(l.st.start, k); k += l.st.n;
    ts.set(l.st.end, k); k += l.st.n;
    ts.set(l.instTs, k); k += l.instTs.length;
  }
  ts.sort();
  // the usual spacing: the median of the steps between distinct moments
  // (of at most 100,000 of them, spread over the run)
  const steps = [];
  const every = Math.max(1, Math.floor(n / 100000));
  for (let i = every; i < n; i += every) if (ts[i] - ts[i - every] > SAME_MOMENT) steps.push(ts[i] - ts[i - every]);
  steps.sort((a, b) => a - b);
  const usual = steps.length ? steps[steps.length >> 1] / every : 0;
  const min = Math.max(0.02 * tEnd, 100 * usual);
  const gaps = [];
  let idle = 0;
  for (let i = 1; i < n; i++) {
    if (ts[i] - ts[i - 1] > min) {
      gaps.push([ts[i - 1], ts[i]]);
      idle += ts[i] - ts[i - 1];
    }
  }
  // a gap drawn short takes the room of a twentieth of the busy time,
  // less when there are many
  const busy = Math.max(tEnd - idle, tEnd * 1e-4);
  const short = gaps.length ? Math.min(busy * 0.05, busy * 0.25 / gaps.length) : 0;
  return { gaps, short, share: idle / tEnd };
}

// The first index of a sorted array whose value is >= x.
function lowerBound(arr, x, lo = 0, hi = arr.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// The state slice of [lane] covering time [t] (index), or -1.
function stateAt(lane, t) {
  const st = lane.st;
  let i = lowerBound(st.start, t + 1e-9) - 1;
  if (i >= 0 && t <= st.end[i] + 1e-9) return i;
  return -1;
}

// The source text of a position, trimmed, or "".
function sourceLine(model, pos) {
  if (!pos) return "";
  const lines = model.sources[pos.file];
  return lines && lines[pos.line - 1] !== undefined ? lines[pos.line - 1].trim() : "";
}

// Where goroutine [lane] is in the source at time [t]: the line slice
// there (--trace-lines), else the waiting statement of a blocked slice,
// else the latest position an instant of the running slice names, else
// the running slice's start. Null when nothing is known.
function positionAt(model, lane, t) {
  const ev = model.events;
  if (lane.hasLines) {
    const i = lowerBound(lane.lineTs, t + 1e-9) - 1;
    if (i >= 0) {
      const e = ev[lane.lines[i]];
      if (t <= e.ts + e.dur + 1e-9) return parsePos(e.args && e.args.at);
    }
  }
  const s = stateAt(lane, t);
  if (s < 0) return null;
  const e = ev[lane.st.ev[s]], a = e.args || {};
  if (e.cat === "blocked") return parsePos(a.at);
  const from = e.cat === "running" ? e.ts : -1;
  let j = lowerBound(lane.instTs, t + 1e-9) - 1;
  for (; j >= 0 && lane.instTs[j] >= from; j--) {
    const p = ev[lane.instants[j]].args;
    if (p && p.at && ev[lane.instants[j]].cat !== "timer") return parsePos(p.at);
  }
  if (e.cat === "running") return parsePos(a.from);
  for (let k = s - 1; k >= 0; k--) {
    const prev = ev[lane.st.ev[k]];
    if (prev.cat === "running") return parsePos(prev.args && prev.args.to);
    if (prev.cat === "blocked") return parsePos(prev.args && prev.args.at);
  }
  return null;
}

// "12.5 µs", "3.25 ms", "1.20 s".
function fmtTime(us) {
  const a = Math.abs(us);
  if (a === 0) return "0";
  if (a < 1) return (us * 1000).toFixed(0) + " ns";
  if (a < 1000) return (a < 10 ? us.toFixed(2) : us.toFixed(1)) + " µs";
  if (a < 1e6) return (a < 1e4 ? (us / 1000).toFixed(3) : (us / 1000).toFixed(2)) + " ms";
  return (us / 1e6).toFixed(3) + " s";
}
