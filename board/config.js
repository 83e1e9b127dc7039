// The channel tab's configuration page: one fixed tab, the board's public (channel) view.
"use strict";
(async () => {
  const teams = window.microsoftTeams;
  await teams.app.initialize();
  const base = `${window.location.origin}/board/`;
  teams.pages.config.registerOnSaveHandler((save) => {
    teams.pages.config.setConfig({
      entityId: "accord-board-channel",
      contentUrl: `${base}?view=channel`,
      websiteUrl: base,
      suggestedDisplayName: "Transparency board",
    }).then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
  });
  teams.pages.config.setValidityState(true);
  // After Save is ready, so a slow context never holds it up: board.css colours this page for Teams' theme too.
  const follow = (theme) => { document.documentElement.dataset.theme = theme; };
  const context = await teams.app.getContext();
  if (context && context.app && context.app.theme) follow(context.app.theme);
  teams.app.registerOnThemeChangeHandler(follow);
})();
