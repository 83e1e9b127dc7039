#!/usr/bin/env node
// Open Accord's transparency board in headless Chromium as Teams would host it, and report what the page shows.
//
//   node tests/support/board_page.mjs  < {"url", "token", "width", "height", "channel", "theme", "switchTheme",
//                                         "forcedColors", "screenshot", "click", "export"}
//
// Teams itself is not here, so the page's teams-js is answered by a stand-in with teams-js's own API shape
// (app.initialize, app.getContext, app.registerOnThemeChangeHandler, authentication.getAuthToken) that hands over
// `token` (null: sign-in fails) and Teams' `theme` in the context; `switchTheme` is then sent as Teams' theme change.
// Everything else is the page as served: Chart.js from Accord, the data endpoints with the token. Prints JSON:
// {who, message, sections: {name: {title, rows, bars, numbers, drawn}}, look, errors, requests, clicked, exported,
// switched}; `look` is the theme as shown: colours of text and what is behind it, and each chart's colours.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const input = JSON.parse(readFileSync(0, "utf8"));

const context = {
  ...(input.channel ? { channel: { id: "19:partners@thread.tacv2" } } : {}),
  ...(input.theme ? { app: { theme: input.theme } } : {}),
};
const teams = `window.microsoftTeams = {
  app: {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve(${JSON.stringify(context)}),
    registerOnThemeChangeHandler: (handler) => { window.__onTheme = handler; },
  },
  pages: { config: {
    registerOnSaveHandler: (handler) => { window.__onSave = handler; },
    setValidityState: (valid) => { window.__valid = valid; },
    setConfig: (config) => { window.__config = config; return Promise.resolve(); },
  } },
  authentication: {
    getAuthToken: () => ${input.token === null ? 'Promise.reject(new Error("resourceRequiresConsent"))'
                                               : `Promise.resolve(${JSON.stringify(input.token)})`},
  },
};`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--font-render-hinting=none"],
});
const result = { errors: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: input.width, height: input.height || 900 } });
  if (input.forcedColors) await page.emulateMedia({ forcedColors: "active" });  // Windows' contrast themes
  page.on("console", (message) => { if (message.type() === "error") result.errors.push(message.text()); });
  page.on("pageerror", (error) => result.errors.push(String(error)));
  page.on("request", (request) => result.requests.push(request.url()));
  await page.route("**/MicrosoftTeams.min.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: teams }));
  await page.goto(input.url);
  if (input.config) {
    // The channel tab's configuration page: Teams presses Save, and the page names the tab it adds.
    await page.waitForFunction(() => window.__onSave && window.__valid === true, null, { timeout: 30000 });
    result.config = await page.evaluate(() => new Promise((resolve) => {
      window.__onSave({ notifySuccess: () => resolve({ saved: true, ...window.__config }),
                        notifyFailure: (reason) => resolve({ saved: false, reason }) });
    }));
    await browser.close();
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  }
  await page.waitForSelector("body[data-ready]", { timeout: 30000 });
  const read = () => page.evaluate(() => {
    const sections = {};
    document.querySelectorAll(".board-section").forEach((node) => {
      const name = node.id.replace(/^section-/, "");
      sections[name] = {
        title: node.querySelector("h2").textContent,
        rows: [...node.querySelectorAll("table.rows tbody tr")].filter((tr) => !tr.hidden)
          .map((tr) => [...tr.cells].map((c) => c.textContent)),
        numbers: [...node.querySelectorAll("table.figures tr")].map((tr) => [...tr.cells].map((c) => c.textContent)),
        bars: node.querySelector("canvas").getAttribute("aria-label"),
        drawn: node.querySelector("canvas").width > 0,
      };
    });
    return {
      who: document.getElementById("who").textContent,
      message: document.getElementById("message").hidden ? "" : document.getElementById("message").textContent,
      sections,
      width: document.documentElement.scrollWidth,
    };
  });
  Object.assign(result, await read());
  // Text and the colour behind it, as drawn (computed styles), and each chart's colours as Chart.js resolved them.
  const look = () => page.evaluate(() => {
    const style = (selector) => {
      const node = document.querySelector(selector);
      return node && getComputedStyle(node);
    };
    const pair = (text, back) => style(text) && style(back) && [style(text).color, style(back).backgroundColor];
    const section = ".board-section";
    const pairs = {
      text: pair("body", "body"), who: pair(".who", "body"), label: pair(".filters label", "body"),
      field: pair(".filters input", ".filters input"), button: pair("button[type=submit]", "button[type=submit]"),
      heading: pair(`${section} h2`, section), notes: pair(`${section} .notes`, section),
      link: pair(".chart-hint a", section), summary: pair(`${section} summary`, section),
      head: pair(`${section} thead th`, `${section} thead th`), cell: pair(`${section} tbody td`, section),
    };
    const hash = (text) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
    const charts = [...document.querySelectorAll(`${section} canvas`)].map((canvas) => {
      const chart = window.Chart.getChart(canvas);
      const scales = Object.values(chart.options.scales);
      return { bars: chart.data.datasets.map((d) => d.colour),
               patterned: chart.data.datasets.map((d) => d.backgroundColor instanceof CanvasPattern),
               edges: chart.data.datasets.map((d) => d.borderColor), ticks: scales.map((s) => s.ticks.color),
               grid: scales.map((s) => s.grid.color), legend: chart.options.plugins.legend.labels.color,
               pixels: hash(canvas.toDataURL()) };
    });
    const focused = () => {  // the first field's focus outline; then the field lets go of the focus again
      const field = document.getElementById("from");
      field.focus();
      const { outlineStyle, outlineColor } = getComputedStyle(field);
      field.blur();
      return { style: outlineStyle, color: outlineColor };
    };
    const root = getComputedStyle(document.documentElement);
    const probe = document.getElementById("colour-probe");
    const resolved = (value) => {  // as a canvas gets it: a system colour's name as the colour it stands for now
      probe.style.color = value.trim();
      return getComputedStyle(probe).color;
    };
    return { theme: document.documentElement.dataset.theme,
             pairs: Object.fromEntries(Object.entries(pairs).filter(([, colours]) => colours)),
             panel: style(section) && style(section).backgroundColor,
             edge: style(section) && style(section).borderTopColor, focus: focused(),
             chartText: resolved(root.getPropertyValue("--chart-text")),
             palette: root.getPropertyValue("--chart-palette").split(",").map(resolved), charts };
  });
  result.look = await look();
  if (input.switchTheme) {
    // Teams switches theme while the tab is open: the handler the page registered is told, as Teams would.
    await page.evaluate((theme) => window.__onTheme(theme), input.switchTheme);
    result.switched = await look();
  }
  if (input.click && result.sections[input.click]) {
    // Select the first bar of the chart: its rows, and only those, stay in the table.
    const canvas = page.locator(`#section-${input.click} canvas`);
    const point = await page.evaluate((name) => {
      const chart = window.Chart.getChart(document.querySelector(`#section-${name} canvas`));
      for (let d = 0; d < chart.data.datasets.length; d += 1) {
        const meta = chart.getDatasetMeta(d);
        for (let i = 0; i < meta.data.length; i += 1) {
          if (chart.data.datasets[d].data[i] > 0) {
            const { x, y } = meta.data[i].tooltipPosition();
            const base = meta.data[i].base;
            return { x, y: chart.options.indexAxis === "y" ? y : (y + base) / 2, label: chart.data.labels[i],
                     series: chart.data.datasets[d].label };
          }
        }
      }
      return null;
    }, input.click);
    if (point) {
      await canvas.click({ position: { x: point.x, y: point.y } });
      // The bar's rows come from Accord (or, for a chart without them, from the rows shown): wait for the note.
      await page.waitForSelector(`#section-${input.click} .filtered:not([hidden])`, { timeout: 10000 });
      const after = await read();
      result.clicked = { label: point.label, series: point.series, rows: after.sections[input.click].rows };
    }
  }
  if (input.export && result.sections[input.export]) {
    // Export CSV as a person would: the button, and the file the browser saves.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 10000 }),
      page.click(`#section-${input.export} .export`),
    ]);
    result.exported = { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
  }
  if (input.screenshot) {
    await page.screenshot({ path: input.screenshot, fullPage: true });
    result.screenshot = input.screenshot;
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result));
