// Shared by the dashboard's pages. Text from the store always goes in through
// textContent (el(..., text)), never parsed as HTML: an article's markup stays inert.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

function titled(node, text) {
  const title = svgEl("title");
  title.textContent = text;
  node.appendChild(title);
  return node;
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body.error ? body.error.message : response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

function actorText(actor) {
  return actor ? actor.code : "—";
}

function eventLine(event) {
  const date = event.date && event.date.earliest ? event.date.earliest : "undated";
  const place = event.location ? ` · ${event.location.name}` : "";
  const who = `${actorText(event.actor1)} → ${actorText(event.actor2)}`;
  return `${date} · ${event.code} · ${who}${place} · ${event.grade.code}`;
}

function eventLink(event) {
  const item = el("li");
  item.appendChild(el("a", { href: `/ui/event/${encodeURIComponent(event.id)}`,
                             "data-event": event.id }, eventLine(event)));
  return item;
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "muted" }, `Could not load: ${error.message}`));
}
