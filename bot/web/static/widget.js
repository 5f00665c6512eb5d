/* careerbot widget: <script src="https://HOST/widget.js" data-title="Ask about AI careers" async></script>
   Adds a floating button; the button opens a panel framing HOST/embed (the compact chat).
   Styles are set through the CSSOM and text through textContent: nothing from the page is parsed as HTML. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || document.getElementById("careerbot-widget")) return;
  var base = new URL(script.src, location.href).origin;
  var title = (script.getAttribute("data-title") || "Ask careerbot").slice(0, 80);
  var host = document.createElement("div");
  host.id = "careerbot-widget";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var panel = null;

  function css(node, styles) { Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; }); return node; }

  var button = css(document.createElement("button"), {
    position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483646", padding: "12px 16px", border: "0",
    borderRadius: "24px", background: "#1e3a8a", color: "#fff", font: "600 14px system-ui, sans-serif",
    boxShadow: "0 4px 14px rgba(0,0,0,.25)", cursor: "pointer", maxWidth: "calc(100vw - 32px)"
  });
  button.type = "button";
  button.className = "careerbot-button";
  button.textContent = title;
  button.setAttribute("aria-expanded", "false");

  function makePanel() {
    var box = css(document.createElement("div"), {
      position: "fixed", right: "16px", bottom: "72px", zIndex: "2147483647", width: "min(380px, calc(100vw - 16px))",
      height: "min(600px, calc(100vh - 96px))", background: "#fff", borderRadius: "12px", overflow: "hidden",
      boxShadow: "0 8px 30px rgba(0,0,0,.3)", display: "none"
    });
    box.className = "careerbot-panel";
    var frame = css(document.createElement("iframe"), { width: "100%", height: "100%", border: "0" });
    frame.title = title;
    frame.src = base + "/embed?title=" + encodeURIComponent(title);
    box.appendChild(frame);
    root.appendChild(box);
    return box;
  }

  button.addEventListener("click", function () {
    if (!panel) panel = makePanel();
    var open = panel.style.display === "none";
    panel.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Close" : title;
  });

  root.appendChild(button);
  (document.body || document.documentElement).appendChild(host);
})();
