// The dashboard: reads /api/… and builds the page with DOM calls only (textContent), so
// conversation text is always shown as text, never run.
"use strict";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

const num = (n) => Number(n || 0).toLocaleString("en-US");
function cost(s) {
  if (s.cost_usd !== null && s.cost_usd !== undefined) return "$" + s.cost_usd.toFixed(4);
  return s.priced_cost_usd > 0 ? "$" + s.priced_cost_usd.toFixed(4) + " + unknown" : "unknown";
}

function table(headers, rows) {
  const t = el("table", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h))));
  for (const r of rows) t.append(el("tr", {}, ...r.map((c) => (c instanceof Node ? el("td", {}, c) : el("td", {}, c)))));
  return t;
}

function chart(days) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 600 220");
  svg.setAttribute("id", "chart");
  const maxT = Math.max(1, ...days.map((d) => d.total_tokens));
  const maxC = Math.max(1e-9, ...days.map((d) => d.priced_cost_usd));
  const w = 560 / Math.max(1, days.length);
  const points = [];
  days.forEach((d, i) => {
    const h = (180 * d.total_tokens) / maxT;
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("class", "bar");
    r.setAttribute("x", 30 + i * w + 2);
    r.setAttribute("y", 190 - h);
    r.setAttribute("width", Math.max(1, w - 4));
    r.setAttribute("height", h);
    const tip = document.createElementNS(ns, "title");
    tip.textContent = `${d.key}: ${num(d.total_tokens)} tokens, ${cost(d)}`;
    r.append(tip);
    svg.append(r);
    points.push(`${30 + i * w + w / 2},${190 - (180 * d.priced_cost_usd) / maxC}`);
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", 30 + i * w + 2);
    label.setAttribute("y", 205);
    label.textContent = d.key.slice(5);
    svg.append(label);
  });
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("class", "cost");
  line.setAttribute("points", points.join(" "));
  svg.append(line);
  return svg;
}

function sumCells(s) {
  return [num(s.rounds), num(s.input_tokens), num(s.output_tokens), num(s.cached_tokens), num(s.reasoning_tokens), num(s.total_tokens), cost(s)];
}
const SUM_HEADERS = ["rounds", "input", "output", "cached", "reasoning", "total", "cost"];

function overview(d) {
  const t = d.total;
  const main = el("div", {});
  main.append(el("div", { class: "cards", id: "totals" },
    el("div", { class: "card" }, el("b", { id: "total-rounds" }, num(t.rounds)), el("small", {}, "rounds")),
    el("div", { class: "card" }, el("b", { id: "total-tokens" }, num(t.total_tokens)), el("small", {}, "tokens")),
    el("div", { class: "card" }, el("b", { id: "total-cost" }, cost(t)), el("small", {}, "cost")),
    el("div", { class: "card" }, el("b", {}, num(d.sessions.length)), el("small", {}, "sessions"))));
  main.append(el("section", {}, el("h2", {}, "Tokens (bars) and cost (line) per day, " + d.timezone), chart(d.days)));
  const rows = d.sessions.map((s) => [
    el("a", { href: "/session/" + encodeURIComponent(s.session_id) }, s.session_id || "(none)"),
    s.last_seen || "", s.models.join(", "), ...sumCells(s)]);
  main.append(el("section", {}, el("h2", {}, "Sessions"), table(["session", "updated", "models", ...SUM_HEADERS], rows)));
  main.append(el("section", {}, el("h2", {}, "Models"),
    table(["model", ...SUM_HEADERS], d.models.map((m) => [m.key || "(none)", ...sumCells(m)]))));
  return main;
}

function session(d) {
  const main = el("div", {});
  main.append(el("h2", {}, "Session ", el("span", { id: "session-id" }, d.session_id)));
  if (d.total) main.append(el("div", { class: "cards" },
    el("div", { class: "card" }, el("b", {}, num(d.total.rounds)), el("small", {}, "rounds")),
    el("div", { class: "card" }, el("b", {}, num(d.total.total_tokens)), el("small", {}, "tokens")),
    el("div", { class: "card" }, el("b", {}, cost(d.total)), el("small", {}, "cost"))));
  const list = el("section", {});
  for (const r of d.rounds) {
    const c = r.cost_usd === null ? "unknown" : "$" + r.cost_usd.toFixed(6);
    const div = el("div", { class: "round" }, el("div", {},
      `#${r.chat_round ?? "-"} ${r.time || ""} ${r.model} — in ${num(r.input_tokens)}, out ${num(r.output_tokens)}, cached ${num(r.cached_tokens)}, reasoning ${num(r.reasoning_tokens)}, cost ${c}`));
    for (const k of ["question", "reasoning", "answer"]) {
      if (r[k]) div.append(el("div", { class: "label" }, k), el("pre", { class: k }, r[k]));
    }
    if (Array.isArray(r.tool_calls) && r.tool_calls.length)
      div.append(el("div", { class: "label" }, "tool calls"), el("pre", {}, JSON.stringify(r.tool_calls, null, 2)));
    list.append(div);
  }
  main.append(list);
  return main;
}

async function refresh() {
  const path = location.pathname;
  const isSession = path.startsWith("/session/");
  const url = isSession ? "/api/sessions/" + path.slice("/session/".length) : "/api/overview";
  try {
    const res = await fetch(url, { cache: "no-store" });
    const d = await res.json();
    const main = document.getElementById("main");
    if (!res.ok) { main.replaceChildren(el("p", {}, d.error || res.statusText)); return; }
    main.replaceChildren(isSession ? session(d) : overview(d));
    if (d.source) document.getElementById("source").textContent = d.source;
    document.getElementById("updated").textContent = "Updated " + new Date().toLocaleTimeString();
  } catch (e) {
    document.getElementById("updated").textContent = "Update failed: " + e;
  }
}

refresh();
setInterval(refresh, 5000);
