// One stored document: its metadata, the events it reports, and its text, set as
// textContent so whatever markup the article holds stays text.
"use strict";

function fact(list, name, value) {
  if (value === null || value === undefined || value === "") return;
  list.appendChild(el("dt", {}, name));
  list.appendChild(el("dd", {}, value));
}

async function main() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  let doc;
  try {
    doc = await getJSON(`/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    document.getElementById("headline").textContent = `No document ${id}: ${error.message}`;
    return;
  }
  document.title = `watchfloor: ${doc.id}`;
  document.getElementById("headline").textContent = doc.title || doc.id;
  const facts = document.getElementById("facts");
  fact(facts, "id", doc.id);
  fact(facts, "outlet", doc.outlet);
  fact(facts, "published", doc.published);
  fact(facts, "address", doc.url);
  fact(facts, "near-duplicate of", doc.duplicate_of);
  fact(facts, "ingested", doc.ingested_at);
  document.getElementById("text").textContent = doc.text;
  const events = await Promise.all(doc.events.map((e) => getJSON(`/events/${encodeURIComponent(e)}`)));
  document.getElementById("events").replaceChildren(...events.map(eventLink));
}

main();
