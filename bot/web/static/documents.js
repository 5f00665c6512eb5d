// The documents page: upload (drag and drop, progress), status polling, preview, replace, delete, rollback.
// Progress is announced in the one polite live region (#announce), at most once per stage change.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let lastSaid = "";
  function say(text) { if (text && text !== lastSaid) { lastSaid = text; $("announce").textContent = text; } }
  function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }

  function upload(files, url, method) {
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open(method || "POST", url || "/admin/documents");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) $("upload-progress").value = Math.round(100 * e.loaded / e.total); };
    xhr.onload = () => {
      $("upload-progress").value = 100;
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {error: xhr.statusText}; }
      const list = $("upload-results"); list.textContent = "";
      const results = body.results || [{name: "", ok: false, error: body.error || "upload failed"}];
      for (const r of results) list.append(el("li", r.ok ? `${r.name}: checked, added; re-indexing.` : `${r.name}: not added. ${r.error}`, r.ok ? "live" : "failed"));
      say(results.map((r) => r.ok ? `${r.name} uploaded` : `${r.name} refused: ${r.error}`).join(". "));
      refresh();
    };
    say(`Uploading ${files.length} file${files.length > 1 ? "s" : ""}`);
    xhr.send(form);
  }

  function readText(read) {
    if (!read) return "";
    const parts = [read.title || "(no title)", `${read.sections} sections, ${read.tables} tables, ${read.chunks} chunks`];
    if (read.subject) parts.push(`subject: ${read.subject}`);
    if (read.places && read.places.length) parts.push(`places: ${read.places.join(", ")}`);
    if (read.years && read.years.length) parts.push(`years: ${read.years.join(", ")}`);
    if (read.currency && read.currency.length) parts.push(`currency: ${read.currency.join(", ")}`);
    if (read.period) parts.push(`pay period: ${read.period}`);
    return parts.join("; ");
  }

  function button(text, label, onclick, secondary) {
    const b = el("button", text, secondary ? "secondary" : ""); b.type = "button"; b.setAttribute("aria-label", label); b.onclick = onclick; return b;
  }

  function row(doc) {
    const tr = document.createElement("tr");
    tr.append(el("td", doc.name));
    tr.append(el("td", doc.status + (doc.reason ? `: ${doc.reason}` : ""), doc.status === "failed" ? "failed" : doc.status === "live" ? "live" : ""));
    const read = el("td", readText(doc.read));
    for (const w of (doc.read && doc.read.warnings) || []) read.append(el("p", `Warning: ${w}`, "warn"));
    tr.append(read);
    const actions = el("td");
    actions.append(button("Preview", `Preview ${doc.name}`, () => preview(doc.name), true), " ");
    const pick = document.createElement("input"); pick.type = "file"; pick.hidden = true;
    pick.onchange = () => upload(pick.files, `/admin/documents/${encodeURIComponent(doc.name)}`, "PUT");
    actions.append(pick, button("Replace", `Replace ${doc.name}`, () => pick.click(), true), " ");
    actions.append(button("Delete", `Delete ${doc.name}`, () => remove(doc.name), true));
    tr.append(actions);
    return tr;
  }

  async function preview(name) {
    const r = await fetch(`/admin/documents/${encodeURIComponent(name)}/preview`);
    const body = await r.json();
    $("preview-box").hidden = false;
    $("preview-h").textContent = `Preview of ${name}: ${(body.chunks || []).length} chunks as careerbot cites them`;
    $("preview").textContent = body.error || (body.chunks || []).map((c) => `${c.title} — ${c.section}\n${c.text}`).join("\n\n");
    $("preview-h").focus();
  }

  async function remove(name) {
    if (!window.confirm(`Delete ${name}? careerbot will stop answering from it after the re-index.`)) return;
    const r = await fetch(`/admin/documents/${encodeURIComponent(name)}`, {method: "DELETE"});
    const body = await r.json();
    say(r.ok ? `${name} deleted; re-indexing` : body.error);
    refresh();
  }

  $("rollback").onclick = async () => {
    const r = await fetch("/admin/documents/rollback", {method: "POST"});
    const body = await r.json();
    say(r.ok ? `Rolled back: version ${body.live || "original"} is live` : body.error);
    refresh();
  };

  function showJob(job, versions) {
    const pct = job.total ? Math.round(100 * job.done / job.total) : 0;
    let text = "No re-index running.";
    if (job.running) text = `Re-index: ${job.stage}${job.total ? ` ${job.done} of ${job.total} ${job.stage === "lines" ? "lines" : "chunks"}` : ""}.`;
    else if (job.stage === "live") text = "Re-index finished: the new version is live.";
    else if (job.stage === "failed") text = `Re-index failed: ${job.error}. The previous version is still live.`;
    $("job").textContent = text;
    $("index-progress").value = job.running ? pct : (job.stage === "live" ? 100 : 0);
    if (job.running || job.stage !== "idle") say(job.running ? `Re-index: ${job.stage}` : text);
    $("versions").textContent = versions.live === null ? (versions.error || "No index yet.") :
      `Live version: ${versions.live || "original"}${versions.built ? ` (built ${versions.built})` : ""}. ` +
      (versions.previous !== null && versions.previous !== undefined ? `Previous: ${versions.previous || "original"}.` : "No previous version.");
    $("rollback").disabled = job.running || versions.previous === null || versions.previous === undefined;
  }

  async function refresh() {
    const r = await fetch("/admin/documents.json");
    if (!r.ok) return;
    const s = await r.json();
    $("max-mb").textContent = s.max_upload_mb;
    const docs = $("docs"); docs.textContent = "";
    for (const d of s.documents) docs.append(row(d));
    const audit = $("audit"); audit.textContent = "";
    for (const a of s.audit) {
      const tr = document.createElement("tr");
      for (const v of [a.created_at, a.who, a.action, a.document, a.detail]) tr.append(el("td", v));
      audit.append(tr);
    }
    showJob(s.job, s.versions);
    loadWebsite();
    if (s.job.running) setTimeout(refresh, 1000);
  }

  async function loadWebsite() {
    const r = await fetch("/admin/website");
    if (!r.ok) return;
    const w = await r.json();
    if (!$("web-urls").value) $("web-urls").value = w.sources.join("\n");
    const body = $("web-pages"); body.textContent = "";
    for (const p of w.pages) {
      const tr = document.createElement("tr");
      tr.append(el("td", p.url), el("td", p.reason ? `${p.status}: ${p.reason}` : p.status, p.status === "broken" || p.status === "refused" ? "failed" : ""), el("td", p.checked));
      body.append(tr);
    }
  }

  $("web-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const urls = $("web-urls").value.split("\n").map((u) => u.trim()).filter(Boolean);
    const r = await fetch("/admin/website", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({urls})});
    let body = {};
    try { body = await r.json(); } catch (err) { body = {error: r.statusText}; }
    say(r.ok ? "Website sync started." : `Not started: ${body.error || r.statusText}`);
    refresh();
  });

  function showBranding(b) {
    $("brand-title").value = b.saved.title; $("brand-title").placeholder = b.shown.title;
    $("brand-intro").value = b.saved.intro; $("brand-intro").placeholder = b.shown.intro;
    $("brand-starters").value = b.saved.starters.join("\n"); $("brand-starters").placeholder = b.shown.starters.join("\n");
  }

  async function loadBranding() {
    const r = await fetch("/admin/branding");
    if (r.ok) showBranding(await r.json());
  }

  $("brand-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const starters = $("brand-starters").value.split("\n").map((q) => q.trim()).filter(Boolean);
    const r = await fetch("/admin/branding", {method: "PUT", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({title: $("brand-title").value, intro: $("brand-intro").value, starters})});
    let body = {};
    try { body = await r.json(); } catch (err) { body = {error: r.statusText}; }
    if (r.ok) { showBranding(body); say("Saved: the chat page and the widget show it from their next visit."); refresh(); }
    else say(`Not saved: ${body.error || r.statusText}`);
  });

  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload(e.dataTransfer.files); });
  $("upload-form").addEventListener("submit", (e) => { e.preventDefault(); upload($("files").files); });
  refresh();
  loadBranding();
})();
