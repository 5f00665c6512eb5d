// The staff-note form on /admin/insights (bot/web/corrections.py): write, edit and withdraw notes through the JSON API
// under /admin/notes. Every result is announced in #note-status (role=status); text is only ever set as textContent.
(() => {
  "use strict";
  const form = document.getElementById("note-form");
  if (!form) return;
  const slug = document.getElementById("note-slug");
  const question = document.getElementById("note-question");
  const answer = document.getElementById("note-answer");
  const rests = document.getElementById("note-rests");
  const save = document.getElementById("note-save");
  const status = document.getElementById("note-status");
  const fields = {question, answer, rests_on: rests};

  function say(text) {
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);  // a fresh change, so the same text is announced again
  }

  function clearInvalid() {
    for (const el of Object.values(fields)) el.removeAttribute("aria-invalid");
  }

  function start(q, a, r, s) {
    clearInvalid();
    slug.value = s || "";
    question.value = q || "";
    question.readOnly = Boolean(s);
    answer.value = a || "";
    rests.value = r || "";
    save.textContent = s ? "Save changes" : "Save note";
    (q ? answer : question).focus();
  }

  async function send(method, url, body) {
    const r = await fetch(url, {method, headers: {"Content-Type": "application/json"},
                                body: body ? JSON.stringify(body) : undefined});
    let data = {};
    try { data = await r.json(); } catch (e) { data = {error: `The server answered ${r.status}.`}; }
    return {ok: r.ok, data};
  }

  const LIVE = " careerbot is re-indexing; students get the new answer in about a minute. Reload this page to see it marked.";

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearInvalid();
    const body = {answer: answer.value, rests_on: rests.value.split("\n").map((s) => s.trim()).filter(Boolean)};
    const editing = slug.value;
    if (!editing) body.question = question.value;
    save.disabled = true;
    say("Saving the note…");
    try {
      const {ok, data} = editing
        ? await send("PUT", `/admin/notes/${encodeURIComponent(editing)}`, body)
        : await send("POST", "/admin/notes", body);
      if (ok) {
        say(`Saved: ${data.note.title}.${LIVE}`);
        start("", "", "", "");
      } else {
        say(`Not saved: ${data.error}`);
        const field = fields[data.field];
        if (field) { field.setAttribute("aria-invalid", "true"); field.focus(); }
      }
    } catch (e) {
      say("Not saved: careerbot could not be reached. Try again.");
    } finally {
      save.disabled = false;
    }
  });

  document.getElementById("note-new").addEventListener("click", () => start("", "", "", ""));

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.classList.contains("write-note")) {
      start(button.dataset.question, "", "", "");
      say(`Writing a note for: ${button.dataset.question}`);
    } else if (button.dataset.edit) {
      start(button.dataset.question, button.dataset.answer, button.dataset.rests, button.dataset.edit);
      say(`Editing the note for: ${button.dataset.question}`);
    } else if (button.dataset.withdraw) {
      if (!window.confirm("Withdraw this note? careerbot stops answering from it after the re-index.")) return;
      const {ok, data} = await send("DELETE", `/admin/notes/${encodeURIComponent(button.dataset.withdraw)}`);
      say(ok ? `Withdrawn: ${data.note.title}.${LIVE}` : `Not withdrawn: ${data.error}`);
    }
  });
})();
