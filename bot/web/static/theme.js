/* careerbot theming rules and icons, shared by widget.js (served with this file in front of it) and /embed.
   An accent colour is used as a background under white text (header, Send, launcher) and as the focus ring,
   so it must reach WCAG AA's 4.5:1 against white; one that does not is refused with a console warning.
   Icons are inline SVG (drawn with currentColor, so they follow the text colour), never emoji: a browser without an
   emoji font (Debian's Chromium) would draw an empty box. They are decoration (aria-hidden); the control that holds
   one carries the accessible name. */
var careerbotTheme = (function () {
  "use strict";
  var DEFAULT_ACCENT = "#1e3a8a";
  var MIN_RATIO = 4.5;

  function parseHex(value) {
    var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
    if (!m) return null;
    var hex = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    return [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  }

  function luminance(rgb) {
    var c = rgb.map(function (v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /* WCAG contrast ratio of two [r, g, b] colours, 1..21. */
  function ratio(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  function toHex(rgb) {
    return "#" + rgb.map(function (v) { return (v < 16 ? "0" : "") + v.toString(16); }).join("");
  }

  /* The accent to use for ``value``: itself (as #rrggbb) when it is a hex colour with >= 4.5:1 against white,
     else the default, after ``warn`` (console.warn by default) says why, naming the ratio. */
  function accent(value, warn) {
    warn = warn || function (msg) { if (window.console) console.warn(msg); };
    if (!value) return DEFAULT_ACCENT;
    var rgb = parseHex(value);
    if (!rgb) {
      warn("careerbot: data-accent \"" + String(value).slice(0, 40) + "\" is not a hex colour such as #1e3a8a; keeping the default " + DEFAULT_ACCENT + ".");
      return DEFAULT_ACCENT;
    }
    var r = ratio(rgb, [255, 255, 255]);
    if (r < MIN_RATIO) {
      warn("careerbot: data-accent " + toHex(rgb) + " has a contrast ratio of " + r.toFixed(2) + ":1 with white text; " +
        "WCAG AA needs at least " + MIN_RATIO + ":1, so the default " + DEFAULT_ACCENT + " is kept.");
      return DEFAULT_ACCENT;
    }
    return toHex(rgb);
  }

  /* 24x24 stroke outlines after Lucide (ISC licence). */
  var ICONS = {
    "thumbs-up": ["M7 10v12", "M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z"],
    "thumbs-down": ["M17 14V2", "M9 18.12 10 14H4.17a2 2 0 0 1-1.92-2.56l2.33-8A2 2 0 0 1 6.5 2H20a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2.76a2 2 0 0 0-1.79 1.11L12 22a3.13 3.13 0 0 1-3-3.88Z"],
    "download": ["M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", "M7 10l5 5 5-5", "M12 15V3"],
    "chat": ["M7.9 20A9 9 0 1 0 4 16.1L2 22Z"],
    "close": ["M18 6 6 18", "M6 6l12 12"],
    "mail": ["M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z", "m22 7-10 6L2 7"]
  };

  /* An <svg> of icon ``name``, ``size`` px square, hidden from assistive technology. */
  function icon(name, size) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    var attrs = { viewBox: "0 0 24 24", width: size || 18, height: size || 18, fill: "none", stroke: "currentColor",
      "stroke-width": 2, "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", focusable: "false" };
    Object.keys(attrs).forEach(function (k) { svg.setAttribute(k, String(attrs[k])); });
    svg.setAttribute("class", "cb-icon");
    ICONS[name].forEach(function (d) {
      var path = document.createElementNS(ns, "path");
      path.setAttribute("d", d);
      svg.appendChild(path);
    });
    return svg;
  }

  return { DEFAULT_ACCENT: DEFAULT_ACCENT, MIN_RATIO: MIN_RATIO, accent: accent, ratio: ratio, parseHex: parseHex, icon: icon };
})();
