import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import type { TestAvailability } from '../lib/tests';

/** One sentence: open until when with how many attempts left, opening when, or closed. */
export function TestAvailabilityText({ availability }: { availability: TestAvailability }) {
  const { t } = useTranslation();
  const format = useFormatters();
  switch (availability.kind) {
    case 'open':
      return (
        <>
          {availability.closesAt
            ? t('learning.tests.openUntil', { date: format.dateTime(availability.closesAt) })
            : t('learning.tests.openNoEnd')}{' '}
          {t('learning.tests.attemptsLeft', { count: availability.attemptsLeft })}
        </>
      );
    case 'usedUp':
      return <>{t('learning.tests.usedUp')}</>;
    case 'notYetOpen':
      return (
        <>
          {availability.opensAt
            ? t('learning.tests.opensAt', { date: format.dateTime(availability.opensAt) })
            : t('learning.tests.opensLater')}
        </>
      );
    case 'closed':
      return (
        <>
          {availability.closedAt
            ? t('learning.tests.closedAt', { date: format.dateTime(availability.closedAt) })
            : t('learning.tests.closed')}
        </>
      );
    case 'notEnrolled':
      return <>{t('learning.tests.notEnrolled')}</>;
  }
}
