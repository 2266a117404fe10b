import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { BackToMe } from './BackToMe.js';
import '../people/people.css';
import { type Message, myKeys, myScheduleApi } from '../schedule/api.js';
import '../schedule/schedule.css';
import { MY_MESSAGES } from './MyMessagesMessages.js';
import { useMySchedule } from './MyTodayCard.js';

/** When a message came, "Wed, Dec 2, 9:58 AM", in the DA's language. */
const WHEN = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
} as const;

/** The DA's messages, newest first; opening the page marks them read (those new stay marked "New" here). */
export function MyMessagesPage() {
  const intl = useIntl();
  const t = intl.formatMessage;
  useTitle(t(MY_MESSAGES.title));
  const queryClient = useQueryClient();
  const { hasRecord, recordPending } = useMySchedule();
  const messages = useQuery({
    queryKey: myKeys.messages,
    queryFn: () => myScheduleApi.messages(),
    enabled: hasRecord,
  });
  const items = messages.data?.items ?? [];
  // The messages unread when the page opened: still shown as new after they are marked read.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const sent = useRef(new Set<string>());
  const markRead = useMutation({
    mutationFn: (ids: string[]) => myScheduleApi.markRead(ids),
    onSuccess: (_, ids) => {
      const now = new Date().toISOString();
      queryClient.setQueryData<{ items: Message[]; unread: number }>(myKeys.messages, (old) =>
        old
          ? {
              items: old.items.map((m) => (ids.includes(m.id) && !m.readAt ? { ...m, readAt: now } : m)),
              unread: old.items.filter((m) => !m.readAt && !ids.includes(m.id)).length,
            }
          : old,
      );
    },
  });
  const { mutate } = markRead;
  useEffect(() => {
    const unread = items.filter((m) => !m.readAt && !sent.current.has(m.id)).map((m) => m.id);
    if (unread.length === 0) return;
    for (const id of unread) sent.current.add(id);
    setFresh((f) => new Set([...f, ...unread]));
    mutate(unread);
  }, [items, mutate]);

  return (
    <div className="driver-stack">
      <BackToMe label={t(MY_MESSAGES.back)} />
      <section className="driver-card" aria-labelledby="messages-title">
        <h1 id="messages-title">
          {t(MY_MESSAGES.title)}
          {fresh.size > 0 ? (
            <span className="count-badge">{t(MY_MESSAGES.unread, { n: fresh.size })}</span>
          ) : null}
        </h1>
        {recordPending || (hasRecord && messages.isPending) ? <Loading /> : null}
        <ErrorNotice error={messages.error} />
        <ErrorNotice error={markRead.error} />
        {messages.isSuccess && items.length === 0 ? <Notice>{t(MY_MESSAGES.none)}</Notice> : null}
        <ul className="driver-list" data-testid="my-messages">
          {items.map((m) => (
            <li key={m.id} className={fresh.has(m.id) ? 'message-new' : undefined}>
              <div className="line">
                <span className="muted">{intl.formatDate(m.createdAt, WHEN)}</span>
                {fresh.has(m.id) ? <StatusBadge tone="warn">{t(MY_MESSAGES.new)}</StatusBadge> : null}
              </div>
              <p className="message-body">{m.body}</p>
              {m.link?.startsWith('/me') ? (
                <p>
                  <Link to={m.link}>
                    {m.link === '/me/schedule' ? t(MY_MESSAGES.openSchedule) : t(MY_MESSAGES.open)}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
