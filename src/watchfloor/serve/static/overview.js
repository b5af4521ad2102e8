// The overview page: totals, recent events, alerts, and the charts, whose marks list
// their events in the evidence panel.
"use strict";

async function pick(title, query) {
  const list = document.getElementById("evidence-list");
  document.getElementById("evidence-title").textContent = title;
  document.getElementById("evidence-hint").textContent = "Loading…";
  try {
    let events;
    if (query.ids) {
      events = await Promise.all(query.ids.slice(0, 100).map((id) => getJSON(`/events/${encodeURIComponent(id)}`)));
    } else {
      const page = await getJSON(`/events?${new URLSearchParams({ ...query, limit: 100 })}`);
      events = page.items;
      document.getElementById("evidence-hint").textContent =
        `${page.total} event${page.total === 1 ? "" : "s"}${page.total > 100 ? " (first 100)" : ""}`;
    }
    if (query.ids) document.getElementById("evidence-hint").textContent = `${events.length} events`;
    list.replaceChildren(...events.map(eventLink));
  } catch (error) {
    showError(list, error);
  }
}

async function loadRecent(total) {
  const container = document.getElementById("recent");
  try {
    const page = await getJSON(`/events?limit=15&offset=${Math.max(0, total - 15)}`);
    container.replaceChildren(...page.items.reverse().map(eventLink));
  } catch (error) {
    showError(container, error);
  }
}

async function loadAlerts() {
  const container = document.getElementById("alerts");
  try {
    const found = await getJSON("/alerts?limit=15");
    container.replaceChildren(...found.items.map((alert) => {
      const item = el("li");
      const text = `${alert.detected} · ${alert.dyad} · ${alert.kind} ${alert.change} ` +
        `(${alert.observed} seen, ${alert.expected} expected; ${alert.events.length} events)`;
      const link = el("a", { href: "#evidence", "data-alert": alert.key, class: "mark" }, text);
      link.addEventListener("click", (click) => {
        click.preventDefault();
        pick(`Alert: ${alert.dyad} ${alert.kind} from ${alert.start}`, { ids: alert.events });
      });
      item.appendChild(link);
      return item;
    }));
    if (!found.items.length) container.replaceChildren(el("p", { class: "muted" }, "No alerts."));
  } catch (error) {
    container.replaceChildren(el("p", { class: "muted" },
      error.message.startsWith("404") ? "This server has no alerts endpoint." : `Could not load: ${error.message}`));
  }
}

async function loadDyad(dyad) {
  const container = document.getElementById("dyad-chart");
  try {
    drawSeries(container, await getJSON(`/series?${new URLSearchParams({ dyad, by: "week" })}`), pick);
  } catch (error) {
    showError(container, error);
  }
}

async function main() {
  let facets;
  try {
    facets = await getJSON("/facets");
  } catch (error) {
    document.getElementById("totals").textContent = `Could not load the store: ${error.message}`;
    return;
  }
  document.getElementById("totals").textContent = `${facets.total} events`;
  loadRecent(facets.total);
  loadAlerts();
  getJSON("/ui/static/world.json")
    .then((world) => drawMap(document.getElementById("map"), world, facets.by_location, pick))
    .catch((error) => showError(document.getElementById("map"), error));
  drawTimeline(document.getElementById("timeline"), facets.by_day, pick);
  drawDyads(document.getElementById("dyads"), facets.dyads, pick);
  drawNetwork(document.getElementById("network"), facets.actors, facets.labels, pick);
  const select = document.getElementById("dyad-select");
  const seen = new Set();
  for (const dyad of facets.dyads) {
    const name = [dyad.source, dyad.target].sort().join("-");
    if (seen.has(name)) continue;
    seen.add(name);
    select.appendChild(el("option", { value: name }, name));
  }
  select.addEventListener("change", () => loadDyad(select.value));
  if (select.value) loadDyad(select.value);
}

main();
