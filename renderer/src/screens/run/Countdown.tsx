import { formatCountdown, toneOf } from './time.js';

/**
 * A countdown: the time left of a plan, then the overrun counting up ("+01:23"); amber from 80 %
 * of the plan, red once over. `label` is its accessible name (the live value is not announced on
 * every tick: that would drown a screen reader).
 */
export function Countdown({ used, planned, label, overLabel, className }: { used: number; planned: number; label: string; overLabel: string; className?: string }) {
  const remaining = planned - used;
  const tone = toneOf(used, planned);
  return (
    <div className={`countdown tone-${tone} ${className ?? ''}`} data-testid="countdown" data-tone={tone}>
      <span className="countdown-label">{remaining < 0 ? overLabel : label}</span>
      <span className="countdown-value" role="timer" aria-label={`${remaining < 0 ? overLabel : label} ${formatCountdown(remaining)}`}>
        {formatCountdown(remaining)}
      </span>
    </div>
  );
}
