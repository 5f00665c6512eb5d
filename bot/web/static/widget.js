/* careerbot widget: <script src="https://HOST/widget.js" data-title="Ask about AI careers" async></script>
   Adds a floating launcher button; it opens a panel framing HOST/embed (the compact chat).
   Theming, all optional: data-accent (hex colour, >= 4.5:1 with white or refused with a console warning),
   data-position ("right" or "left"), data-title, data-greeting, data-starters ("question | question | ...").
   Keyboard: Enter or Space on the launcher opens the panel with focus in the question box; Esc closes it and
   focus returns to the launcher. The panel is not modal: Tab moves on to the rest of the page.
   Styles are set through the CSSOM and text through textContent: nothing from the page is parsed as HTML.
   The launcher's icon is inline SVG (careerbotTheme.icon), never an emoji. Served with theme.js in front of it. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || document.getElementById("careerbot-widget")) return;
  var base = new URL(script.src, location.href).origin;
  var data = function (name, max) { return (script.getAttribute("data-" + name) || "").trim().slice(0, max); };
  var title = data("title", 80) || "Ask careerbot";
  var accent = careerbotTheme.accent(data("accent", 40));
  var side = data("position", 10).toLowerCase() === "left" ? "left" : "right";
  var CLOSE = "careerbot:close", FOCUS = "careerbot:focus";
  var host = document.createElement("div");
  host.id = "careerbot-widget";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var panel = null, frame = null, loaded = false;

  function css(node, styles) { Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; }); return node; }

  var button = css(document.createElement("button"), {
    position: "fixed", bottom: "16px", zIndex: "2147483646", padding: "12px 16px", minHeight: "44px", border: "2px solid #fff",
    borderRadius: "24px", background: accent, color: "#fff", font: "600 14px system-ui, sans-serif",
    boxShadow: "0 4px 14px rgba(0,0,0,.25)", cursor: "pointer", maxWidth: "calc(100vw - 32px)", outlineOffset: "2px",
    display: "inline-flex", alignItems: "center", gap: "8px"
  });
  button.style[side] = "16px";
  button.type = "button";
  button.className = "careerbot-button";
  face("chat", title);
  button.setAttribute("aria-expanded", "false");
  /* A visible focus ring on any host background: accent outline outside the white border. */
  button.addEventListener("focus", function () {
    var visible = !button.matches || button.matches(":focus-visible");
    button.style.outline = visible ? "3px solid " + accent : "";
  });
  button.addEventListener("blur", function () { button.style.outline = ""; });

  /* The launcher's face: an icon (decoration) and the text that names it. */
  function face(iconName, text) {
    button.textContent = "";
    button.appendChild(careerbotTheme.icon(iconName, 18));
    button.appendChild(document.createTextNode(text));
  }

  function embedUrl() {
    var q = new URLSearchParams({ accent: accent });  // no data-title: the frame shows the office's own title
    if (script.hasAttribute("data-title")) q.set("title", title);
    if (script.hasAttribute("data-greeting")) q.set("greeting", data("greeting", 300));
    if (script.hasAttribute("data-starters")) q.set("starters", data("starters", 1100));
    return base + "/embed?" + q.toString();
  }

  function makePanel() {
    var box = css(document.createElement("div"), {
      position: "fixed", bottom: "72px", zIndex: "2147483647", width: "min(380px, calc(100vw - 16px))",
      height: "min(600px, calc(100vh - 96px))", background: "#fff", borderRadius: "12px", overflow: "hidden",
      boxShadow: "0 8px 30px rgba(0,0,0,.3)", display: "none"
    });
    box.style[side] = "8px";
    box.className = "careerbot-panel";
    box.id = "careerbot-panel";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", title);
    frame = css(document.createElement("iframe"), { width: "100%", height: "100%", border: "0" });
    frame.title = title;
    frame.src = embedUrl();
    frame.addEventListener("load", function () { loaded = true; focusInput(); });
    box.appendChild(frame);
    root.insertBefore(box, button);
    button.setAttribute("aria-controls", box.id);
    return box;
  }

  function focusInput() {
    if (!panel || panel.style.display === "none" || !loaded) return;
    frame.focus();
    frame.contentWindow.postMessage({ type: FOCUS }, base);
  }

  function setOpen(open) {
    if (!panel) panel = makePanel();
    panel.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
    if (open) face("close", "Close chat"); else face("chat", title);
    if (open) focusInput();
    else button.focus();
  }

  button.addEventListener("click", function () { setOpen(!panel || panel.style.display === "none"); });
  root.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && panel && panel.style.display !== "none") { ev.preventDefault(); setOpen(false); }
  });
  window.addEventListener("message", function (ev) {
    if (!frame || ev.origin !== base || ev.source !== frame.contentWindow || !ev.data) return;
    if (ev.data.type === CLOSE && panel.style.display !== "none") setOpen(false);
  });

  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
})();
