/* careerbot's compact chat, framed by widget.js. Talks to /api/chat/stream (SSE over fetch): `queue` events show the
   student's place in the queue, `token` events carry verified units only, and `final` holds the same text, linked.
   Every node is built with createElement + textContent: user, model and corpus text is never parsed as HTML.
   Screen readers: #cb-log is the one polite live region (role="log", additions only). A streaming bubble is
   aria-hidden, so tokens are never read one by one; when the answer is final, the bubble is replaced by the
   rendered answer, which is read once. Old bubbles are never re-rendered, so history is not re-read.
   Errors are role="alert"; passing notes (a download saved) are added to the log, so they are read once.
   Download: the finished exchanges (question, answer, citations), kept only in this page, go to /api/transcript, which
   sends back the Markdown file; it is saved through a blob: link. Icons are inline SVG from theme.js, never emoji.
   Hand-off: when the office set CAREERBOT_HANDOFF_EMAIL and CAREERBOT_SMTP_URL (meta careerbot-handoff-form), "Talk to
   an adviser" is a button that opens a form in place of the chat (name, email, optional note, a required consent
   box); it posts the conversation to /api/handoff. "Email me this" (meta careerbot-email) posts it to
   /api/transcript/email. The server checks every field; each message it returns is shown under its field, the field
   is marked aria-invalid, and focus goes to the first one (its message is its description, so it is read).
   After two answers in a row that were refused or thumbed down, the chat offers the hand-off itself.
   Theming (?title, ?accent, ?greeting, ?starters) comes from widget.js's data-* attributes. */
(function () {
  "use strict";
  var log = document.getElementById("cb-log");
  var form = document.getElementById("cb-form");
  var input = document.getElementById("cb-input");
  var send = document.getElementById("cb-send");
  var handoff = document.querySelector('meta[name="careerbot-handoff"]').content;
  var formOn = document.querySelector('meta[name="careerbot-handoff-form"]').content === "1";
  var emailOn = document.querySelector('meta[name="careerbot-email"]').content === "1";
  var bad = {};  /* answer id -> refused or thumbed down, for the hand-off offer */
  var offered = false;
  var params = new URLSearchParams(location.search);
  var history = [];
  var conversation = [];  /* each finished exchange, for the transcript: {question, answer, citations} */
  var busy = false;
  var answerCount = 0;
  var sessionId = newSessionId();

  var CLOSE = "careerbot:close", FOCUS = "careerbot:focus";

  applyTheme();

  function applyTheme() {
    if (params.get("title")) {
      document.getElementById("cb-title").textContent = params.get("title").slice(0, 80);
      document.title = params.get("title").slice(0, 80);
    }
    if (params.get("accent")) document.documentElement.style.setProperty("--cb-accent", careerbotTheme.accent(params.get("accent")));
    if (params.get("greeting")) document.getElementById("cb-greeting").textContent = params.get("greeting").slice(0, 300);
    var starters = params.get("starters");
    if (starters !== null) {
      var box = document.getElementById("cb-starters");
      box.textContent = "";
      starters.split("|").map(function (q) { return q.trim().slice(0, 200); }).filter(Boolean).slice(0, 5).forEach(function (q) {
        var b = el("button", "cb-starter", q); b.type = "button"; box.appendChild(b);
      });
    }
  }

  function newSessionId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + String(Math.random()).slice(2);
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* A button whose face is an inline SVG icon and whose accessible name (and tooltip) is ``label``. */
  function iconButton(name, label) {
    var b = el("button", "cb-icon-button");
    b.type = "button"; b.title = label; b.setAttribute("aria-label", label);
    b.appendChild(careerbotTheme.icon(name));
    return b;
  }

  function bubble(role, text) {
    var node = el("div", "cb-msg cb-" + role);
    if (role === "user") node.appendChild(el("span", "cb-sr", "You: "));
    if (text) node.appendChild(document.createTextNode(text));
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    return node;
  }

  /* Put ``done`` (built whole, off the page) where the streaming bubble was: one addition to the live region,
     so it is read once. */
  function settle(node, done) {
    log.replaceChild(done, node);
    return done;
  }

  function renderAnswer(node, answer, id) {
    node.textContent = "";
    node.appendChild(el("span", "cb-sr", "careerbot: "));
    var known = {};
    answer.citations.forEach(function (c) { known[c.n] = c; });
    var parts = answer.answer.split(/(\[\d{1,2}\])/);
    parts.forEach(function (part) {
      var m = /^\[(\d{1,2})\]$/.exec(part);
      if (m && known[m[1]]) {
        var a = el("a", "cb-cite", part);
        a.href = "#cb-src-" + id + "-" + m[1];
        a.title = known[m[1]].section;
        a.addEventListener("click", function (ev) { ev.preventDefault(); showSource(id, m[1]); });
        node.appendChild(a);
      } else {
        node.appendChild(document.createTextNode(part));
      }
    });
    if (answer.citations.length) node.appendChild(sources(answer.citations, id));
    if (answer.refused) {
      node.appendChild(el("br"));
      node.appendChild(adviserControl("cb-handoff", "Talk to a careers adviser"));
    }
  }

  function sources(citations, id) {
    var details = el("details", "cb-sources");
    details.appendChild(el("summary", null, citations.length + (citations.length === 1 ? " source" : " sources")));
    var list = el("ol");
    citations.forEach(function (c) {
      var item = el("li");
      item.id = "cb-src-" + id + "-" + c.n;
      item.tabIndex = -1;
      item.value = c.n;
      item.appendChild(el("span", "cb-section", c.section || c.source));
      item.appendChild(el("span", "cb-passage", c.text));
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
  }

  function showSource(id, n) {
    var item = document.getElementById("cb-src-" + id + "-" + n);
    if (!item) return;
    item.closest("details").open = true;
    document.querySelectorAll(".cb-target").forEach(function (x) { x.classList.remove("cb-target"); });
    item.classList.add("cb-target");
    item.scrollIntoView({ block: "nearest" });
    item.focus();
  }

  function feedbackBar(question, priorHistory, answer, id) {
    var bar = el("div", "cb-feedback");
    var up = iconButton("thumbs-up", "Helpful"), down = iconButton("thumbs-down", "Not helpful");
    bar.appendChild(up); bar.appendChild(down);
    function vote(verdict, reason) {
      return fetch("/api/feedback", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ verdict: verdict, question: question, answer: answer.answer, history: priorHistory,
          citations: answer.citations, removed: answer.removed || [], refused: answer.refused, engine: answer.engine || "",
          reason: reason || null, session_id: sessionId })
      });
    }
    function thank(text) {
      bar.textContent = "";
      var note = el("span", "cb-thanks", text); note.tabIndex = -1;
      bar.appendChild(note); note.focus();  /* the pressed button is gone: keep keyboard focus here */
    }
    up.addEventListener("click", function () { vote("up"); thank("Thanks for the feedback."); bad[id] = !!answer.refused; });
    down.addEventListener("click", function () {
      bad[id] = true;
      bar.textContent = "";
      var reason = el("input"); reason.placeholder = "What was wrong? (optional)"; reason.maxLength = 2000;
      reason.setAttribute("aria-label", "What was wrong? (optional)");
      var ok = el("button", null, "Send feedback"); ok.type = "button";
      bar.appendChild(reason); bar.appendChild(ok);
      reason.focus();
      ok.addEventListener("click", function () {
        vote("down", reason.value); thank("Thanks: we will look at this answer."); offerIfStuck();
      });
    });
    return bar;
  }

  function parseFrame(frame) {
    var event = "message", data = [];
    frame.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) event = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
    });
    if (!data.length) return null;
    return { event: event, data: JSON.parse(data.join("\n")) };
  }

  // The same words as the chat page (bot/web/ui.py queue_line).
  function queueLine(q) {
    var ahead = q.position <= 1 ? "You are next" : "You are number " + q.position + " in the queue";
    return ahead + ": your answer should start in about " + Math.max(1, Math.round(q.expected_wait)) + " s.";
  }

  var UNREACHABLE = "careerbot could not be reached. Check your connection and try again.";

  function showError(text) {
    var alert = el("div", "cb-msg cb-error", text);
    alert.setAttribute("role", "alert");
    log.appendChild(alert);
    log.scrollTop = log.scrollHeight;
  }

  /* A passing note, read once (the log is the live region). */
  function note(text) {
    log.appendChild(el("p", "cb-hint cb-note", text));
    log.scrollTop = log.scrollHeight;
  }

  function fileName(disposition) {
    var m = /filename="([^"]+)"/.exec(disposition || "");
    return m ? m[1] : "careerbot-conversation.md";
  }

  function saveFile(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = el("a");
    a.href = url; a.download = name; a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* The conversation as a Markdown file (built by the server from what this page sends; nothing is stored). */
  async function download() {
    try {
      var resp = await fetch("/api/transcript", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ turns: conversation })
      }).catch(function () { throw new Error(UNREACHABLE); });
      if (!resp.ok) throw new Error(await readError(resp));
      var name = fileName(resp.headers.get("Content-Disposition"));
      saveFile(await resp.blob(), name);
      note("Saved the conversation as " + name + ".");
    } catch (err) {
      showError(err.message || String(err));
    }
  }

  async function readError(resp) {
    try { return (await resp.json()).error || resp.statusText; } catch (e) { return "careerbot is not available (" + resp.status + ")."; }
  }

  /* Suggested next questions under an answer: a labelled group of buttons, read with the answer (inside the log). */
  function suggestionsGroup(questions) {
    var box = el("div", "cb-suggestions"), label = el("p", "cb-hint", "You could also ask:");
    label.id = "cb-suggest-" + answerCount;
    box.setAttribute("role", "group"); box.setAttribute("aria-labelledby", label.id);
    box.style.display = "flex"; box.style.flexDirection = "column"; box.style.gap = "6px"; box.style.marginTop = "8px";
    box.appendChild(label);
    questions.slice(0, 3).forEach(function (q) {
      var b = el("button", "cb-starter cb-suggestion", q); b.type = "button";
      b.addEventListener("click", function () { if (!busy) { ask(q); input.focus(); } });
      box.appendChild(b);
    });
    return box;
  }

  async function ask(question) {
    busy = true; send.disabled = true;
    var welcome = document.getElementById("cb-welcome");
    if (welcome) welcome.remove();
    bubble("user", question);
    var node = bubble("assistant", "");
    node.classList.add("cb-streaming");
    node.setAttribute("aria-hidden", "true");  /* tokens are shown, not read; the final answer is read once */
    var priorHistory = history.slice();
    var id = ++answerCount;
    try {
      var resp = await fetch("/api/chat/stream", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: question, history: priorHistory, session_id: sessionId })
      }).catch(function () { throw new Error(UNREACHABLE); });
      if (!resp.ok) throw new Error(await readError(resp));
      var reader = resp.body.getReader(), decoder = new TextDecoder(), buffer = "", streamed = "", final = null;
      while (true) {
        var chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
        var cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          var ev = parseFrame(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (!ev) continue;
          if (ev.event === "token") { streamed += ev.data.text; node.textContent = streamed; log.scrollTop = log.scrollHeight; }
          else if (ev.event === "queue" && !streamed) { node.textContent = queueLine(ev.data); }
          else if (ev.event === "final") final = ev.data;
          else if (ev.event === "error") throw new Error(ev.data.error);
        }
      }
      if (!final) throw new Error("The answer was cut off. Please try again.");
      var done = el("div", "cb-msg cb-assistant");
      renderAnswer(done, final, id);
      done.appendChild(feedbackBar(question, priorHistory, final, id));
      if (final.suggestions && final.suggestions.length) done.appendChild(suggestionsGroup(final.suggestions));
      node = settle(node, done);
      bad[id] = !!final.refused;
      history.push({ role: "user", content: question }, { role: "assistant", content: final.answer });
      conversation.push({ question: question, answer: final.answer, citations: final.citations });
      offerIfStuck();
    } catch (err) {
      var alert = el("div", "cb-msg cb-error", err.message || String(err));
      alert.setAttribute("role", "alert");
      node = settle(node, alert);
    } finally {
      busy = false; send.disabled = false;
      log.scrollTop = log.scrollHeight;
    }
  }

  /* ---- hand-off and "Email me this": panels shown in place of the chat ---- */

  var chatParts = ["cb-welcome", "cb-log", "cb-form"];
  var opener = null;

  /* "Talk to an adviser": a button opening the form (hand-off by email), else today's link to the booking page. */
  function adviserControl(cls, text) {
    if (!formOn) {
      var link = el("a", cls, text);
      link.href = handoff; link.target = "_blank"; link.rel = "noopener";
      link.appendChild(el("span", "cb-sr", " (opens in a new tab)"));
      return link;
    }
    var b = el("button", cls, text); b.type = "button";
    b.addEventListener("click", function () { openPanel("cb-handoff-panel", b); });
    return b;
  }

  function openPanel(id, from) {
    closePanels(true);
    chatParts.forEach(function (p) { var n = document.getElementById(p); if (n) n.hidden = true; });
    var panel = document.getElementById(id);
    panel.hidden = false;
    panel.querySelector("form").hidden = false;
    panel.querySelector(".cb-status").textContent = "";
    var again = panel.querySelector(".cb-done"); if (again) again.remove();
    opener = from || null;
    if (opener && opener.hasAttribute("aria-expanded")) opener.setAttribute("aria-expanded", "true");
    panel.querySelector("input").focus();
  }

  function closePanels(quiet) {
    document.querySelectorAll(".cb-panel").forEach(function (p) { p.hidden = true; });
    document.querySelectorAll("[aria-controls$='-panel']").forEach(function (b) { b.setAttribute("aria-expanded", "false"); });
    chatParts.forEach(function (p) { var n = document.getElementById(p); if (n) n.hidden = false; });
    if (quiet) return;
    var back = opener && document.body.contains(opener) ? opener : input;
    opener = null;
    back.focus();
  }

  /* Each message under its field (aria-invalid, described by it); focus on the first bad field, which reads it. */
  function showFieldErrors(form, fields) {
    var first = null;
    form.querySelectorAll("input, textarea").forEach(function (field) {
      var name = field.name, error = document.getElementById(field.id + "-error");
      if (!error) return;
      if (fields[name]) {
        field.setAttribute("aria-invalid", "true");
        error.textContent = fields[name];
        if (!first) first = field;
      } else {
        field.removeAttribute("aria-invalid");
        error.textContent = "";
      }
    });
    if (first) first.focus();
  }

  async function post(url, body) {
    var resp = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .catch(function () { throw new Error(UNREACHABLE); });
    var data = {};
    try { data = await resp.json(); } catch (e) { data = { error: "careerbot is not available (" + resp.status + ")." }; }
    return { ok: resp.ok, data: data };
  }

  /* Submit a panel's form to ``url``; on success, the form gives way to the server's message (read, and kept in the
     chat) and a button back to the chat. */
  function wirePanel(panelId, url, body) {
    var panel = document.getElementById(panelId), form = panel.querySelector("form"), status = panel.querySelector(".cb-status");
    var sending = false;
    form.querySelectorAll(".cb-back").forEach(function (b) { b.addEventListener("click", function () { closePanels(); }); });
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      if (sending) return;
      sending = true;
      status.textContent = "Sending…";
      try {
        var result = await post(url, body(form));
        if (!result.ok && result.data.fields) { status.textContent = ""; showFieldErrors(form, result.data.fields); return; }
        showFieldErrors(form, {});
        if (!result.ok) { status.textContent = result.data.error || "Something went wrong. Please try again."; return; }
        form.hidden = true;
        status.textContent = result.data.message;
        note(result.data.message);
        var back = el("button", "cb-done", "Back to the chat"); back.type = "button";
        back.addEventListener("click", function () { closePanels(); });
        panel.appendChild(back);
        back.focus();
      } catch (err) {
        status.textContent = err.message || String(err);
      } finally {
        sending = false;
      }
    });
  }

  function offerIfStuck() {
    if (offered || answerCount < 2 || !bad[answerCount] || !bad[answerCount - 1]) return;
    offered = true;
    var box = el("div", "cb-offer");
    box.appendChild(el("p", null, "These answers did not help. A careers adviser can pick up from here, with this conversation."));
    box.appendChild(adviserControl("cb-offer-adviser", "Talk to an adviser"));
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
  }

  if (formOn) {
    var link = document.getElementById("cb-adviser");
    var button = adviserControl("cb-help", "Talk to an adviser");
    button.id = "cb-adviser";
    button.setAttribute("aria-controls", "cb-handoff-panel");
    button.setAttribute("aria-expanded", "false");
    link.replaceWith(button);
    wirePanel("cb-handoff-panel", "/api/handoff", function (f) {
      return { name: f.elements.name.value, email: f.elements.email.value, note: f.elements.note.value,
        consent: f.elements.consent.checked, turns: conversation, session_id: sessionId };
    });
  }
  if (emailOn) {
    var mail = document.getElementById("cb-email");
    mail.hidden = false;
    mail.appendChild(careerbotTheme.icon("mail"));
    mail.addEventListener("click", function () { openPanel("cb-email-panel", mail); });
    wirePanel("cb-email-panel", "/api/transcript/email", function (f) {
      return { email: f.elements.email.value, turns: conversation, session_id: sessionId };
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = input.value.trim();
    if (!q || busy) return;
    input.value = "";
    ask(q);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });
  document.querySelectorAll(".cb-starter").forEach(function (b) {
    b.addEventListener("click", function () { if (!busy) { ask(b.textContent); input.focus(); } });
  });
  var save = document.getElementById("cb-download");
  save.appendChild(careerbotTheme.icon("download"));
  save.addEventListener("click", download);
  document.getElementById("cb-new").addEventListener("click", function () {
    if (busy) return;
    history = []; conversation = []; sessionId = newSessionId(); bad = {}; offered = false;
    closePanels();
    log.textContent = "";
    log.appendChild(el("p", "cb-hint", "New chat. Ask your question."));
    input.focus();
  });

  /* Inside widget.js's panel: Esc asks the host page to close it (focus goes back to its launcher);
     the host asks for focus in the input when it opens the panel. */
  var framed = window.parent !== window;
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    var open = document.querySelector(".cb-panel:not([hidden])");
    if (open) { ev.preventDefault(); closePanels(); return; }  /* Esc leaves the form first, then the widget */
    if (framed) window.parent.postMessage({ type: CLOSE }, "*");
  });
  window.addEventListener("message", function (ev) {
    if (framed && ev.source === window.parent && ev.data && ev.data.type === FOCUS) input.focus();
  });
})();
