import {
  Link,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { SupportEntry } from '../api/support-types';
import { useSupportMessages } from '../i18n/use-support-messages';
import { dataLang, formatDate, telHref } from '../support/format';
import { useHost } from '../teams/teams-context';
import { SupportMarkdown } from './SupportMarkdown';
import { useVisuallyHiddenStyles } from './visually-hidden';
import { wordWrap } from './word-wrap';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1,
    ...wordWrap,
  },
  emergency: {
    borderLeft: `6px solid ${tokens.colorStatusDangerBorder2}`,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  badge: {
    ...typographyStyles.caption1Strong,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  category: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  contacts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  contactsLabel: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  contactName: {
    ...typographyStyles.body1Strong,
    marginTop: tokens.spacingVerticalXS,
  },
  contactLine: {
    margin: 0,
  },
  valid: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * One support entry exactly as readers see it: the title (marked "Akut" in text for
 * emergency help), category, HR's text, and the contacts as tel:/mailto:/https links.
 * Used by the reader list and by HR's preview.
 */
export function SupportEntryCard({
  entry,
  headingLevel = 2,
}: {
  entry: SupportEntry;
  headingLevel?: HeadingLevel;
}) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useSupportMessages();
  const { language, locale } = useHost();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const emergency = entry.category === 'akut-hjalp';
  const contacts = entry.contacts.filter(
    (c) => c.name.trim() !== '' || c.phone !== '' || c.email !== '' || c.url !== '',
  );
  const lang = dataLang(language);

  return (
    <article
      className={mergeClasses(styles.card, emergency && styles.emergency)}
      aria-labelledby={headingId}
      data-testid="support-entry"
      data-category={entry.category}
    >
      <Heading id={headingId} className={styles.heading}>
        {emergency && (
          <>
            <span className={styles.badge} data-testid="support-emergency">
              {t.supportEmergency}
            </span>
            <span className={hidden.root}>: </span>
          </>
        )}
        <span {...lang}>{entry.title}</span>
      </Heading>
      <p className={styles.category}>{t.categories[entry.category]}</p>
      <div {...lang}>
        <SupportMarkdown source={entry.body} />
      </div>
      {contacts.length > 0 && (
        <div>
          <p className={styles.contactsLabel}>{t.supportContacts}</p>
          <dl className={styles.contacts}>
            {contacts.map((contact, index) => (
              <div key={index}>
                <dt className={styles.contactName} {...lang}>
                  {contact.name}
                </dt>
                {contact.phone.trim() !== '' && (
                  <dd className={styles.contactLine}>
                    {`${t.contactPhone}: `}
                    <Link href={telHref(contact.phone)} inline>
                      {contact.phone}
                    </Link>
                  </dd>
                )}
                {contact.email.trim() !== '' && (
                  <dd className={styles.contactLine}>
                    {`${t.contactEmail}: `}
                    {/^[^\s@]+@[^\s@]+$/.test(contact.email.trim()) ? (
                      <Link href={`mailto:${contact.email.trim()}`} inline>
                        {contact.email.trim()}
                      </Link>
                    ) : (
                      contact.email.trim()
                    )}
                  </dd>
                )}
                {/^https:\/\//i.test(contact.url.trim()) && (
                  <dd className={styles.contactLine}>
                    {`${t.contactWeb}: `}
                    <Link
                      href={contact.url.trim()}
                      inline
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      {contact.url
                        .trim()
                        .replace(/^https:\/\//i, '')
                        .replace(/\/$/, '')}
                    </Link>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </div>
      )}
      {entry.validTo !== null && (
        <p className={styles.valid}>{t.supportValidTo(formatDate(entry.validTo, locale))}</p>
      )}
    </article>
  );
}
