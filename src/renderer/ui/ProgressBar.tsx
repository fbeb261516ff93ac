interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** What a screen reader says instead of a bare percentage, e.g. "1,2 MB av 3,4 MB". */
  text: string;
}

/** A determinate progress bar; the fill is sized through the style property, which the CSP allows. */
export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
