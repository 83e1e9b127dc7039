// The transparency board's page: signs in through Teams (teams-js getAuthToken), asks Accord for each section as
// the signed-in member may see it, and draws a chart (Chart.js), the numbers behind it and the rows, with CSV export.
// Everything from the server is written with textContent, never as HTML.
"use strict";

// Teams' theme names; board.css colours each (the charts' palettes included), anything else is the light theme.
const THEMES = ["default", "dark", "contrast"];
const TEAMS_WAIT_MS = 8000;
const board = { token: null, view: "personal", charts: [], filters: {} };

const $ = (id) => document.getElementById(id);

function say(text) {
  const box = $("message");
  box.textContent = text;
  box.hidden = !text;
}

// The chart colours of the theme in force, from board.css, so pages and charts cannot disagree. Windows' forced
// colours name system colours (CanvasText, Canvas): a canvas needs them as the values they stand for now.
function themeColours() {
  const style = getComputedStyle(document.documentElement);
  const probe = $("colour-probe");
  const resolve = (value) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const read = (name) => style.getPropertyValue(name).trim() || undefined;
  return { palette: read("--chart-palette").split(",").map((c) => resolve(c.trim())),
    text: resolve(read("--chart-text")), grid: resolve(read("--chart-grid")), edge: resolve(read("--chart-edge")),
    selected: read("--chart-selected") && resolve(read("--chart-selected")), patterned: read("--chart-patterns") === "on" };
}

// Where colour alone may not tell series apart (high contrast, forced colours), each series has a pattern too.
const PATTERNS = [
  () => {},
  (g) => { g.moveTo(0, 8); g.lineTo(8, 0); },
  (g) => { g.arc(4, 4, 1.6, 0, 2 * Math.PI); },
  (g) => { g.moveTo(0, 0); g.lineTo(8, 8); g.moveTo(0, 8); g.lineTo(8, 0); },
  (g) => { g.moveTo(0, 4); g.lineTo(8, 4); },
  (g) => { g.moveTo(4, 0); g.lineTo(4, 8); },
];

function pattern(index, colour, back) {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const g = tile.getContext("2d");
  g.fillStyle = index % PATTERNS.length === 0 ? colour : back;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = g.fillStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  PATTERNS[index % PATTERNS.length](g);
  g.stroke();
  g.fill();
  return g.createPattern(tile, "repeat");
}

// Colours a chart's configuration in place; undefined (no --chart-selected) leaves Chart.js its own hover shade.
// `colour` on a dataset is what its bars are drawn in, pattern or not.
function colour(config) {
  const theme = themeColours();
  config.data.datasets.forEach((dataset, i) => {
    const hue = theme.palette[i % theme.palette.length];
    Object.assign(dataset, {
      colour: hue, backgroundColor: theme.patterned ? pattern(i, hue, theme.edge) : hue, borderColor: theme.edge,
      hoverBackgroundColor: theme.selected,
    });
    if (theme.patterned) dataset.borderColor = hue;
  });
  Object.values(config.options.scales).forEach((scale) => Object.assign(scale, {
    ticks: { ...scale.ticks, color: theme.text }, grid: { color: theme.grid }, border: { color: theme.grid },
  }));
  config.options.plugins.legend.labels.color = theme.text;
}

// Teams may switch theme while the tab is open: the page follows at once, charts redrawn in the new colours.
function setTheme(theme) {
  const next = THEMES.includes(theme) ? theme : "default";
  if (document.documentElement.dataset.theme === next) return;
  document.documentElement.dataset.theme = next;
  board.charts.forEach((chart) => {
    colour(chart.config);
    chart.update();
  });
}

function within(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);
}

// The Teams SSO token, and whether this is a channel tab (the public view). Outside Teams there is no token.
async function signIn() {
  const teams = window.microsoftTeams;
  if (!teams) throw new Error("Teams is not available");
  await within(teams.app.initialize(), TEAMS_WAIT_MS, "Teams did not answer");
  const context = await teams.app.getContext();
  if (context && context.app && context.app.theme) setTheme(context.app.theme);
  teams.app.registerOnThemeChangeHandler(setTheme);
  const asked = new URLSearchParams(window.location.search).get("view");
  board.view = asked === "channel" || (context && context.channel && context.channel.id) ? "channel" : "personal";
  board.token = await teams.authentication.getAuthToken();
}

async function api(path, params = {}, format = "json") {
  const query = new URLSearchParams({ ...params, view: board.view });
  if (format === "csv") query.set("format", "csv");
  const response = await fetch(`/api/board/${path}?${query}`, {
    headers: { Authorization: `Bearer ${board.token}` },
    cache: "no-store",
  });
  if (!response.ok) {
    let message = `The board could not be loaded (${response.status}).`;
    try { message = (await response.json()).error || message; } catch (_) { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return format === "csv" ? response : response.json();
}

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text === null || text === undefined ? "" : String(text);
  return element;
}

function fillTable(table, headings, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  headings.forEach((heading) => head.appendChild(cell("th", heading)).setAttribute("scope", "col"));
  const body = table.createTBody();
  rows.forEach((row) => {
    const line = body.insertRow();
    row.forEach((value, n) => {
      const td = line.appendChild(cell(n === 0 ? "th" : "td", value));
      if (n === 0) td.setAttribute("scope", "row");
      if (typeof value === "number") td.className = "number";
    });
  });
  return body;
}

function figures(chart) {
  const headings = ["", ...chart.series.map((s) => s.name), "total"];
  const rows = chart.labels.map((label, i) => {
    const values = chart.series.map((s) => s.values[i]);
    return [label, ...values, values.reduce((a, b) => a + b, 0)];
  });
  return [headings, rows];
}

function describe(data) {
  const total = data.chart.series.reduce((sum, s) => sum + s.values.reduce((a, b) => a + b, 0), 0);
  return `${data.title}: a bar chart of ${total} counted across ${data.chart.labels.length} bars; ` +
    "the numbers behind it follow in a table.";
}

function showRows(node, data, label, series) {
  const columns = data.columns.map((c) => c.key);
  const at = (key) => (key ? columns.indexOf(key) : -1);
  const labelAt = at(data.chart.label_column);
  const seriesAt = at(data.chart.series_column);
  let shown = 0;
  node.querySelectorAll("table.rows tbody tr").forEach((tr, n) => {
    const row = data.rows[n];
    const fits = label === undefined ||
      ((labelAt < 0 || String(row[labelAt]) === String(label)) &&
       (series === undefined || seriesAt < 0 || String(row[seriesAt]) === String(series)));
    tr.hidden = !fits;
    if (fits) shown += 1;
  });
  const note = node.querySelector(".filtered");
  note.hidden = label === undefined;
  if (label !== undefined) {
    const what = [label, seriesAt >= 0 ? series : undefined].filter((x) => x !== undefined).join(" · ");
    const partial = data.total > data.rows.length ? ` among the newest ${data.rows.length}` : "";
    note.querySelector(".filtered-text").textContent = `Showing ${shown} row${shown === 1 ? "" : "s"} of ${what}${partial}.`;
    node.querySelector(".rows-head h3").focus();
  }
}

// A bar's rows from Accord: all of them (the newest `limit`), not only those among the rows already shown.
async function barRows(node, data, label, series) {
  const params = { ...board.filters, bar: label };
  if (series !== undefined) params.stack = series;
  const found = await api(data.name, params);
  fillTable(node.querySelector("table.rows"), data.columns.map((c) => c.label), found.rows);
  const what = [label, series].filter((x) => x !== undefined).join(" · ");
  const capped = found.rows.length >= found.limit ? ` (the newest ${found.limit}; Export CSV has every row)` : "";
  const note = node.querySelector(".filtered");
  note.hidden = false;
  note.querySelector(".filtered-text").textContent =
    `Showing ${found.rows.length} row${found.rows.length === 1 ? "" : "s"} of ${what}${capped}.`;
  node.querySelector(".more").hidden = true;
  node.querySelector(".rows-head h3").focus();
}

function draw(node, data) {
  const canvas = node.querySelector("canvas");
  canvas.setAttribute("aria-label", describe(data));
  const chart = data.chart;
  const datasets = chart.series.map((s) => ({ label: s.name, data: s.values, borderWidth: 1 }));
  const axis = { stacked: chart.stacked, ticks: { autoSkip: true, maxRotation: 45, font: { size: 11 } } };
  const count = { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } };
  node.querySelector(".chart").classList.toggle("tall", chart.horizontal && chart.labels.length > 6);
  const config = {
    type: "bar",
    data: { labels: chart.labels, datasets },
    options: {
      indexAxis: chart.horizontal ? "y" : "x",
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: chart.horizontal ? { x: count, y: axis } : { x: axis, y: count },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12, font: { size: 11 } } } },
      onClick: (_event, elements) => {
        if (!elements.length) return;
        const { index, datasetIndex } = elements[0];
        const label = chart.labels[index];
        const series = chart.series_column ? chart.series[datasetIndex].name : undefined;
        if (chart.rows_by_bar) {
          barRows(node, data, label, series).catch((e) => say(e.message));
        } else {
          showRows(node, data, label, series);
        }
      },
    },
  };
  colour(config);
  board.charts.push(new window.Chart(canvas, config));
}

async function exportCsv(name) {
  const response = await api(name, board.filters, "csv");
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = /filename="([^"]+)"/.exec(disposition);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = match ? match[1] : `accord-${name}.csv`;
  document.body.appendChild(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}

function render(data) {
  const node = $("section").content.firstElementChild.cloneNode(true);
  node.id = `section-${data.name}`;
  node.querySelector("h2").textContent = data.title;
  const notes = node.querySelector(".notes");
  data.notes.forEach((text) => notes.appendChild(cell("li", text)));
  const [headings, rows] = figures(data.chart);
  fillTable(node.querySelector("table.figures"), headings, rows);
  const rowsHead = node.querySelector(".rows-head h3");
  rowsHead.id = `rows-${data.name}`;
  rowsHead.textContent = `Rows (${data.total})`;
  const hint = node.querySelector(".chart-hint");
  hint.textContent = "Select a bar to see its rows, or go to ";
  const link = hint.appendChild(cell("a", `all ${data.total} rows`));
  link.href = `#rows-${data.name}`;
  hint.appendChild(document.createTextNode("."));
  fillTable(node.querySelector("table.rows"), data.columns.map((c) => c.label), data.rows);
  if (data.total > data.rows.length) {
    const more = node.querySelector(".more");
    more.hidden = false;
    more.textContent = `The newest ${data.rows.length} of ${data.total} rows are shown; Export CSV has them all.`;
  }
  node.querySelector(".show-all").addEventListener("click", () => {
    fillTable(node.querySelector("table.rows"), data.columns.map((c) => c.label), data.rows);
    node.querySelector(".more").hidden = !(data.total > data.rows.length);
    showRows(node, data);
  });
  node.querySelector(".export").addEventListener("click", () => exportCsv(data.name).catch((e) => say(e.message)));
  $("sections").appendChild(node);
  draw(node, data);
}

async function load(me) {
  board.charts.forEach((chart) => chart.destroy());
  board.charts = [];
  $("sections").replaceChildren();
  document.body.setAttribute("aria-busy", "true");
  try {
    const sections = await Promise.all(me.sections.map((name) => api(name, board.filters)));
    sections.forEach(render);
    say("");
  } finally {
    document.body.removeAttribute("aria-busy");
    document.body.dataset.ready = "true";
  }
}

function setUpFilters(me) {
  const form = $("filters");
  $("from").value = me.period.from;
  $("to").value = me.period.to;
  const select = $("member");
  me.members.forEach((m) => {
    const option = cell("option", m.name);
    option.value = String(m.id);
    select.appendChild(option);
  });
  board.filters = { from: me.period.from, to: me.period.to };
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    board.filters = { from: $("from").value, to: $("to").value };
    if (select.value) board.filters.member = select.value;
    load(me).catch((e) => say(e.message));
  });
}

async function main() {
  // Like ?view=, a theme may be asked for in the address (outside Teams); Teams' own theme wins once it answers.
  setTheme(new URLSearchParams(window.location.search).get("theme"));
  try {
    await signIn();
  } catch (error) {
    $("who").textContent = "Not signed in.";
    say("Open the board in Microsoft Teams and sign in: it shows only what your Teams sign-in allows. " +
      `(${error.message || error})`);
    document.body.dataset.ready = "true";
    return;
  }
  try {
    const me = await api("me");
    $("who").textContent = board.view === "channel"
      ? "Channel view: what everyone in the network may see."
      : `Shown for ${me.member.name} (${me.member.role}). Times are in ${me.zone}.`;
    setUpFilters(me);
    await load(me);
  } catch (error) {
    $("who").textContent = "Nothing to show.";
    say(error.message);
    document.body.dataset.ready = "true";
  }
}

main();
