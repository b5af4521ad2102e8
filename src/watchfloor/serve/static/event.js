// One event's evidence: each mention's sentence with its marks, its claimant, certainty
// and grade. Sentences are cut at the marks' offsets and every piece set as textContent.
"use strict";

function markedSentence(sentence, marks) {
  const block = el("div", { class: "sentence" });
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) block.appendChild(document.createTextNode(sentence.slice(at, mark.start)));
    block.appendChild(el("mark", { class: mark.kind, title: mark.kind }, sentence.slice(mark.start, mark.end)));
    at = mark.end;
  }
  block.appendChild(document.createTextNode(sentence.slice(at)));
  return block;
}

function fact(list, name, value) {
  if (value === null || value === undefined || value === "") return;
  list.appendChild(el("dt", {}, name));
  list.appendChild(el("dd", {}, value));
}

function mentionItem(mention) {
  const item = el("li", { "data-doc": mention.doc });
  item.appendChild(markedSentence(mention.sentence, mention.marks || []));
  const claimant = mention.source ? `${mention.source.text} (${mention.source.code})` : "the writer";
  const grade = mention.source_grade ? `${mention.source_grade.reliability}: ${mention.source_grade.explanation}` : "—";
  const meta = el("div", { class: "meta" });
  meta.appendChild(el("span", {}, `claimant: ${claimant} · certainty: ${mention.certainty} · source grade: ${grade} · `));
  meta.appendChild(el("a", { href: `/ui/document/${encodeURIComponent(mention.doc)}`, class: "doc" }, mention.doc));
  const where = [mention.outlet, mention.published, mention.title].filter(Boolean).join(" · ");
  if (where) meta.appendChild(el("span", {}, ` · ${where}`));
  if (mention.copy_of) meta.appendChild(el("span", {}, ` · copy of ${mention.copy_of}`));
  item.appendChild(meta);
  return item;
}

async function main() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  let event;
  try {
    event = await getJSON(`/events/${encodeURIComponent(id)}`);
  } catch (error) {
    document.getElementById("headline").textContent = `No event ${id}: ${error.message}`;
    return;
  }
  document.title = `watchfloor: ${event.id}`;
  document.getElementById("headline").textContent =
    `${event.code} · ${actorText(event.actor1)} → ${actorText(event.actor2)}`;
  const facts = document.getElementById("facts");
  fact(facts, "id", event.id);
  fact(facts, "actor 1", event.actor1 ? `${event.actor1.text} (${event.actor1.code})` : null);
  fact(facts, "actor 2", event.actor2 ? `${event.actor2.text} (${event.actor2.code})` : null);
  fact(facts, "dates", event.date.earliest ? `${event.date.earliest} – ${event.date.latest} (${event.date.basis})` : "undated");
  fact(facts, "location", event.location ? `${event.location.name}${event.location.country ? ", " + event.location.country : ""}` : null);
  fact(facts, "grade", `${event.grade.code}: ${event.grade.reliability_explanation}; ${event.grade.credibility_explanation}`);
  fact(facts, "corroboration", `${event.corroboration} independent source(s), ${event.contradictions} contradicting`);
  const estimates = document.getElementById("estimates");
  estimates.replaceChildren(...event.estimates.map((e) =>
    el("li", {}, `${e.text || e.value} ${e.unit || ""} — ${e.claimant_text || e.claimant || "the writer"} (${e.certainty}, ${e.outlet || e.doc}${e.date ? ", " + e.date : ""})`)));
  if (!event.estimates.length) estimates.replaceChildren(el("li", { class: "muted" }, "No figures given."));
  document.getElementById("mentions").replaceChildren(...event.mentions.map(mentionItem));
  document.getElementById("history").replaceChildren(...(event.history || []).map((h) => el("li", {}, `${h.at}: ${h.change}`)));
}

main();
