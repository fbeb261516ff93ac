import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from './areas.ts';

/** An area's page frame. Focus moves to its heading on navigation, so screen readers announce it. */
export function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [area]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t(`pages.${area}.title`)}
      </h1>
      <p className="lead">{t(`pages.${area}.intro`)}</p>
      <div className="empty-state">
        <p>{t(`pages.${area}.empty`)}</p>
      </div>
    </>
  );
}
