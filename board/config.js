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
})();
