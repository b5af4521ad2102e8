// The dashboard's charts, drawn as plain SVG from /facets and /series. Each mark calls
// onPick(title, query): the overview lists that query's events, each linking to its
// event page, so every mark reaches its evidence in two clicks.
"use strict";

function drawMap(container, world, byLocation, onPick) {
  const counts = new Map(byLocation.map((row) => [row.country, row.events]));
  const most = Math.max(1, ...counts.values());
  const svg = svgEl("svg", { viewBox: "0 12 360 150", role: "img", "aria-label": "map of events" });
  for (const country of world.countries) {
    const n = counts.get(country.iso3) || 0;
    const path = svgEl("path", { d: country.d, class: n ? "country has mark" : "country",
                                 "data-country": country.iso3 });
    if (n) {
      path.style.fill = `rgba(31, 95, 168, ${0.25 + 0.75 * n / most})`;
      path.addEventListener("click", () =>
        onPick(`Events in ${country.name}`, { location: country.iso3 }));
    }
    svg.appendChild(titled(path, `${country.name}: ${n} event${n === 1 ? "" : "s"}`));
  }
  container.replaceChildren(svg);
}

function drawTimeline(container, byDay, onPick) {
  if (!byDay.length) return container.replaceChildren(el("p", { class: "muted" }, "No dated events."));
  const days = byDay.map((row) => ({ day: row.day, n: row.events, t: Date.parse(row.day) }))
    .filter((row) => !Number.isNaN(row.t));
  const first = days[0].t, last = days[days.length - 1].t;
  const span = Math.max(1, (last - first) / 86400000);
  const width = 720, height = 140, left = 28, bottom = 18;
  const most = Math.max(...days.map((d) => d.n));
  const barWidth = Math.max(2, Math.min(12, (width - left) / (span + 1) - 1));
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline" });
  const x = (t) => left + (t - first) / 86400000 / span * (width - left - barWidth - 2);
  for (const row of days) {
    const h = (height - bottom - 6) * row.n / most;
    const bar = svgEl("rect", { x: x(row.t), y: height - bottom - h, width: barWidth, height: h,
                                fill: "#1f5fa8", class: "mark", "data-day": row.day });
    bar.addEventListener("click", () => onPick(`Events on ${row.day}`, { since: row.day, until: row.day }));
    svg.appendChild(titled(bar, `${row.day}: ${row.n} event${row.n === 1 ? "" : "s"}`));
  }
  for (const [t, label, anchor] of [[first, days[0].day, "start"], [last, days[days.length - 1].day, "end"]]) {
    const text = svgEl("text", { x: x(t) + (anchor === "end" ? barWidth : 0), y: height - 4, class: "axis",
                                 "text-anchor": anchor });
    text.textContent = label;
    svg.appendChild(text);
  }
  const top = svgEl("text", { x: 0, y: 10, class: "axis" });
  top.textContent = String(most);
  svg.appendChild(top);
  container.replaceChildren(svg);
}

const QUAD_COLOURS = ["#7fc89a", "#2e8b57", "#e59a8f", "#c0392b"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

function drawSeries(container, series, onPick) {
  const points = series.points;
  if (!points.length) return container.replaceChildren(el("p", { class: "muted" }, "No dated events for this dyad."));
  const width = 720, height = 150, bottom = 18;
  const most = Math.max(1, ...points.map((p) => p.events));
  const step = (width - 30) / points.length;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "dyad series" });
  points.forEach((point, i) => {
    let y = height - bottom;
    [point.quad1, point.quad2, point.quad3, point.quad4].forEach((n, q) => {
      if (!n) return;
      const h = (height - bottom - 8) * n / most;
      y -= h;
      const bar = svgEl("rect", { x: 30 + i * step, y, width: Math.max(1, step - 2), height: h,
                                  fill: QUAD_COLOURS[q], class: "mark", "data-period": point.period });
      bar.addEventListener("click", () => onPick(
        `${series.dyad}, ${series.by} of ${point.period}`, { ids: point.event_ids }));
      svg.appendChild(titled(bar, `${series.by} of ${point.period}: ${n} ${QUAD_NAMES[q]}`));
    });
  });
  const label = (x, text) => {
    const node = svgEl("text", { x, y: height - 4, class: "axis" });
    node.textContent = text;
    svg.appendChild(node);
  };
  label(30, points[0].period);
  label(width - 70, points[points.length - 1].period);
  container.replaceChildren(svg);
}

function drawDyads(container, dyads, onPick) {
  const top = dyads.slice(0, 10);
  if (!top.length) return container.replaceChildren(el("p", { class: "muted" }, "No dyads."));
  const width = 720, row = 18, left = 90;
  const most = Math.max(...top.map((d) => d.events));
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${row * top.length + 4}`, role: "img", "aria-label": "dyads" });
  top.forEach((dyad, i) => {
    const name = `${dyad.source}-${dyad.target}`;
    const label = svgEl("text", { x: 0, y: i * row + 13, class: "axis" });
    label.textContent = name;
    svg.appendChild(label);
    let x = left;
    for (const [n, colour, kind] of [[dyad.cooperative, "#2e8b57", "cooperative"], [dyad.conflictual, "#c0392b", "conflictual"]]) {
      if (!n) continue;
      const w = (width - left - 10) * n / most;
      const bar = svgEl("rect", { x, y: i * row + 3, width: w, height: row - 6, fill: colour,
                                  class: "mark", "data-dyad": name });
      bar.addEventListener("click", () => onPick(`${name}: events`, { dyad: name }));
      svg.appendChild(titled(bar, `${name}: ${n} ${kind}`));
      x += w;
    }
  });
  container.replaceChildren(svg);
}

function drawNetwork(container, pairs, labels, onPick) {
  const top = pairs.slice(0, 40);
  if (!top.length) return container.replaceChildren(el("p", { class: "muted" }, "No actor pairs."));
  const codes = [...new Set(top.flatMap((p) => [p.source, p.target]))];
  const size = 520, centre = size / 2, radius = size / 2 - 70;
  const at = new Map(codes.map((code, i) => {
    const angle = 2 * Math.PI * i / codes.length - Math.PI / 2;
    return [code, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)]];
  }));
  const most = Math.max(...top.map((p) => p.events));
  const svg = svgEl("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "network of actors" });
  for (const pair of top) {
    const [x1, y1] = at.get(pair.source), [x2, y2] = at.get(pair.target);
    const colour = pair.conflictual > pair.cooperative ? "#c0392b" : "#2e8b57";
    const line = svgEl("line", { x1, y1, x2, y2, stroke: colour, "stroke-width": 1.5 + 5 * pair.events / most,
                                 "stroke-opacity": 0.7, class: "mark", "data-pair": `${pair.source}-${pair.target}` });
    line.addEventListener("click", () => onPick(`${pair.source} → ${pair.target}`,
                                                { pair: `${pair.source}-${pair.target}` }));
    svg.appendChild(titled(line, `${pair.source} → ${pair.target}: ${pair.cooperative} cooperative, ${pair.conflictual} conflictual`));
  }
  for (const code of codes) {
    const [x, y] = at.get(code);
    const group = svgEl("g", { class: "node mark", "data-actor": code });
    group.appendChild(svgEl("circle", { cx: x, cy: y, r: 6, fill: "#1d2430" }));
    const text = svgEl("text", { x: x + (x < centre ? -9 : 9), y: y + 3, "text-anchor": x < centre ? "end" : "start" });
    text.textContent = code;
    group.appendChild(text);
    group.addEventListener("click", () => onPick(`Events of ${code}`, { actor: code }));
    svg.appendChild(titled(group, `${code}: ${labels[code] || code}`));
  }
  container.replaceChildren(svg);
}
