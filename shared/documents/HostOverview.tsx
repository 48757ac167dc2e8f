import { memberName } from './Cover';
import { formatDayHeading, formatShortDate, formatTime } from './format';
import type { DocumentLabels } from './labels';
import type { DocumentMember, ProgrammeEntry, ProgrammeModel } from './model-types';
import { Translated } from './text';

/**
 * The host organisation's overview of an incoming visit: for every item, which of us is needed
 * (the host members attending), and then each host's own schedule across the visit, so a
 * manager sees at a glance who is booked when. Meals list the visitors' dietary needs.
 */
export function HostOverview({ model, t }: { model: ProgrammeModel; t: DocumentLabels }) {
  const lang = model.settings.lang;
  return (
    <section className="host-overview">
      <h1 className="section-title">{t.neededWhen}</h1>
      {model.hosts.length === 0 ? <p className="muted">{t.noHosts}</p> : null}
      {model.days.map((day) => (
        <section key={day.date} className="host-day">
          <h2>{formatDayHeading(day.date, lang)}</h2>
          <table className="host-table">
            <thead>
              <tr>
                <th scope="col">{t.localTime}</th>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.hostsNeeded}</th>
              </tr>
            </thead>
            <tbody>
              {day.entries.map((entry) => (
                <tr key={entry.key}>
                  <td className="host-time">{timeOf(entry, t, lang)}</td>
                  <td>
                    <span className="host-item">
                      <Translated own={entry.item.title} translation={entry.item.translation.title} lang={lang} />
                    </span>
                    {entry.item.location.venue ? <span className="muted"> · {entry.item.location.venue}</span> : null}
                    {entry.dietary.length > 0 ? (
                      <span className="host-dietary">
                        {t.dietaryNeeds}: {entry.dietary.map((d) => `${d.name} – ${d.needs}`).join('; ')}
                      </span>
                    ) : null}
                  </td>
                  <td>{entry.accompaniedBy.length > 0 ? names(entry.accompaniedBy) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {model.hosts.map((host) => (
        <HostSchedule key={host.id} host={host} model={model} t={t} />
      ))}
    </section>
  );
}

/**
 * One host's own items across the visit: their personal schedule in a few lines. Also the
 * closing section of a host's personal programme, so they see at a glance when they are needed.
 */
export function HostSchedule({ host, model, t }: { host: DocumentMember; model: ProgrammeModel; t: DocumentLabels }) {
  const lang = model.settings.lang;
  const own = model.days.flatMap((day) => day.entries.filter((e) => e.accompaniedBy.some((h) => h.id === host.id)));
  return (
    <section className="host-schedule">
      <h2>
        {t.scheduleOf(memberName(host))} <span className="muted">· {t.roles[host.role]}</span>
      </h2>
      {own.length === 0 ? (
        <p className="muted">{t.noItems}</p>
      ) : (
        <ul>
          {own.map((entry) => (
            <li key={entry.key}>
              <span className="host-time">
                {formatShortDate(entry.local, lang)} {timeOf(entry, t, lang)}
              </span>{' '}
              {entry.item.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function timeOf(entry: ProgrammeEntry, t: DocumentLabels, lang: ProgrammeModel['settings']['lang']): string {
  if (entry.part === 'all-day') return t.allDay;
  const start = formatTime(entry.local, lang);
  const end = entry.part === 'whole' && entry.item.endLocal && entry.item.endZone === entry.zone ? formatTime(entry.item.endLocal, lang) : '';
  return end ? `${start}–${end}` : start;
}

/** Semicolons: members described by role have commas in their names. */
const names = (members: DocumentMember[]) => members.map((m) => memberName(m)).join('; ');
