/* careerbot's compact chat, framed by widget.js. Talks to /api/chat/stream (SSE over fetch): `queue` events show the
   student's place in the queue, `token` events carry verified units only, and `final` holds the same text, linked.
   Every node is built with createElement + textContent: user, model and corpus text is never parsed as HTML.
   Screen readers: #cb-log is the one polite live region (role="log", additions only). A streaming bubble is
   aria-hidden, so tokens are never read one by one; when the answer is final, the bubble is replaced by the
   rendered answer, which is read once. Old bubbles are never re-rendered, so history is not re-read.
   Errors are role="alert"; passing notes (a download saved) are added to the log, so they are read once.
   Download: the finished exchanges (question, answer, citations), kept only in this page, go to /api/transcript, which
   sends back the Markdown file; it is saved through a blob: link. Icons are inline SVG from theme.js, never emoji.
   Theming (?title, ?accent, ?greeting, ?starters) comes from widget.js's data-* attributes. */
(function () {
  "use strict";
  var log = document.getElementById("cb-log");
  var form = document.getElementById("cb-form");
  var input = document.getElementById("cb-input");
  var send = document.getElementById("cb-send");
  var handoff = document.querySelector('meta[name="careerbot-handoff"]').content;
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
      var link = el("a", "cb-handoff", "Talk to a careers adviser");
      link.href = handoff; link.target = "_blank"; link.rel = "noopener";
      link.appendChild(el("span", "cb-sr", " (opens in a new tab)"));
      node.appendChild(el("br"));
      node.appendChild(link);
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

  function feedbackBar(question, priorHistory, answer) {
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
    up.addEventListener("click", function () { vote("up"); thank("Thanks for the feedback."); });
    down.addEventListener("click", function () {
      bar.textContent = "";
      var reason = el("input"); reason.placeholder = "What was wrong? (optional)"; reason.maxLength = 2000;
      reason.setAttribute("aria-label", "What was wrong? (optional)");
      var ok = el("button", null, "Send feedback"); ok.type = "button";
      bar.appendChild(reason); bar.appendChild(ok);
      reason.focus();
      ok.addEventListener("click", function () { vote("down", reason.value); thank("Thanks: we will look at this answer."); });
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
      done.appendChild(feedbackBar(question, priorHistory, final));
      node = settle(node, done);
      history.push({ role: "user", content: question }, { role: "assistant", content: final.answer });
      conversation.push({ question: question, answer: final.answer, citations: final.citations });
    } catch (err) {
      var alert = el("div", "cb-msg cb-error", err.message || String(err));
      alert.setAttribute("role", "alert");
      node = settle(node, alert);
    } finally {
      busy = false; send.disabled = false;
      log.scrollTop = log.scrollHeight;
    }
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
    history = []; conversation = []; sessionId = newSessionId();
    log.textContent = "";
    log.appendChild(el("p", "cb-hint", "New chat. Ask your question."));
    input.focus();
  });

  /* Inside widget.js's panel: Esc asks the host page to close it (focus goes back to its launcher);
     the host asks for focus in the input when it opens the panel. */
  var framed = window.parent !== window;
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && framed) window.parent.postMessage({ type: CLOSE }, "*");
  });
  window.addEventListener("message", function (ev) {
    if (framed && ev.source === window.parent && ev.data && ev.data.type === FOCUS) input.focus();
  });
})();
