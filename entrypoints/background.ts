import { watchPublishPort } from '@/lib/background/publish-port';
import { showStartUpFailure, whenReady } from '@/lib/background/start-up';
import { syncWaitingBadge } from '@/lib/background/waiting-badge';
import { showWeeklySummary, syncWeeklyAlarm, WEEKLY_ALARM } from '@/lib/background/weekly';
import { createWorker } from '@/lib/background/worker';
import { PUBLISH_PORT } from '@/lib/publish/port';
import { isOutboxKey, putInOutbox } from '@/lib/storage/outbox';
import { readSettings } from '@/lib/storage/read';
import { KEYS } from '@/lib/storage/schema';

export default defineBackground(() => {
  const area = browser.storage.local;
  const { outbox, ready, dispatch, invalidate } = createWorker({ area });
  void ready.then((state) => showStartUpFailure(browser.action, state));
  // Every start: whatever a stopped worker left in the outbox is logged now. A listener for the
  // browser's start makes sure there is a start after a browser closed right after Post.
  whenReady(ready, () => outbox.drain());
  browser.runtime.onStartup.addListener(() => undefined);

  browser.runtime.onMessage.addListener(dispatch);

  // A tab closed right after Post: its port drops with the publish still pending (publish-port.ts).
  // Stored in the outbox first, so a worker stopped while logging it still logs it at its next start.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PUBLISH_PORT || !port.sender?.tab) return;
    watchPublishPort(port, (post) => {
      void putInOutbox(area, post)
        .then((entry) => whenReady(ready, () => outbox.deliver(entry)))
        .catch((error: unknown) =>
          console.warn('Post Coach: a post sent as its tab closed waits in the outbox', error),
        );
    });
  });

  const syncAlarm = () =>
    void readSettings(area)
      .then((settings) => syncWeeklyAlarm(settings.weeklySummary))
      .catch((error) => console.warn('Post Coach: weekly summary alarm', error));
  whenReady(ready, syncAlarm);
  // The toolbar icon counts the posts waiting for the owner's call.
  const syncBadge = () =>
    void syncWaitingBadge(area, browser.action, Date.now()).catch((error) =>
      console.warn('Post Coach: toolbar badge', error),
    );
  whenReady(ready, syncBadge);
  browser.storage.onChanged.addListener((changes) => {
    invalidate();
    const arrived = Object.keys(changes).filter((k) => isOutboxKey(k) && changes[k]?.newValue !== undefined);
    if (arrived.length > 0) whenReady(ready, () => outbox.drain(arrived));
    if (KEYS.settings in changes) whenReady(ready, syncAlarm);
    if (KEYS.calls in changes) whenReady(ready, syncBadge);
  });

  // `alarms` is optional: its API exists only once granted, which may be after start-up.
  let listening = false;
  const listenForAlarm = () => {
    if (listening || !browser.alarms) return;
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== WEEKLY_ALARM) return;
      void showWeeklySummary(area, alarm.scheduledTime)
        .then(syncAlarm)
        .catch((error) => console.warn('Post Coach: weekly summary', error));
    });
  };
  listenForAlarm();
  browser.permissions.onAdded.addListener(() => {
    listenForAlarm();
    syncAlarm();
  });
});
