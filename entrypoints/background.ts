import { createHandlers } from '@/lib/background/handlers';
import { createOutbox } from '@/lib/background/outbox';
import { watchPublishPort } from '@/lib/background/publish-port';
import { syncWaitingBadge } from '@/lib/background/waiting-badge';
import { showWeeklySummary, syncWeeklyAlarm, WEEKLY_ALARM } from '@/lib/background/weekly';
import { isRequest, PUBLISH_PORT, type Request } from '@/lib/messages';
import { isOutboxKey, putInOutbox } from '@/lib/storage/outbox';
import { readSettings } from '@/lib/storage/read';
import { KEYS } from '@/lib/storage/schema';

export default defineBackground(() => {
  const area = browser.storage.local;
  const { handlers, writer, invalidate } = createHandlers({ area });
  // Published posts the pages stored before anything could stop them (lib/background/outbox.ts).
  const outbox = createOutbox({
    area,
    log: ({ id, post }) => handlers['log-publish']({ kind: 'log-publish', id, post }),
    setAside: writer.setAside,
  });
  const ready = writer
    .migrate()
    .then(invalidate)
    .catch((error) => console.error('Post Coach: storage migration failed', error));
  // Every start: whatever a stopped worker left in the outbox is logged now. A listener for the
  // browser's start makes sure there is a start after a browser closed right after Post.
  void ready.then(() => outbox.drain());
  browser.runtime.onStartup.addListener(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    const handle = handlers[message.kind] as (req: Request) => Promise<unknown>;
    const { id } = message as { id?: unknown };
    return ready
      .then(() =>
        message.kind === 'log-publish' && typeof id === 'string' && id !== ''
          ? outbox.deliver({ id, post: message.post })
          : handle(message),
      )
      .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });

  // A tab closed right after Post: its port drops with the publish still pending (publish-port.ts).
  // Stored in the outbox first, so a worker stopped while logging it still logs it at its next start.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PUBLISH_PORT || !port.sender?.tab) return;
    watchPublishPort(port, (post) => {
      void putInOutbox(area, post)
        .then((entry) => ready.then(() => outbox.deliver(entry)))
        .catch((error: unknown) =>
          console.warn('Post Coach: a post sent as its tab closed waits in the outbox', error),
        );
    });
  });

  const syncAlarm = () =>
    void readSettings(area)
      .then((settings) => syncWeeklyAlarm(settings.weeklySummary))
      .catch((error) => console.warn('Post Coach: weekly summary alarm', error));
  void ready.then(syncAlarm);
  // The toolbar icon counts the posts waiting for the owner's call.
  const syncBadge = () =>
    void syncWaitingBadge(area, browser.action, Date.now()).catch((error) =>
      console.warn('Post Coach: toolbar badge', error),
    );
  void ready.then(syncBadge);
  browser.storage.onChanged.addListener((changes) => {
    invalidate();
    const arrived = Object.keys(changes).filter((k) => isOutboxKey(k) && changes[k]?.newValue !== undefined);
    if (arrived.length > 0) void ready.then(() => outbox.drain(arrived));
    if (KEYS.settings in changes) syncAlarm();
    if (KEYS.calls in changes) syncBadge();
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
