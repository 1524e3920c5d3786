import { addDays, daysBetween, isDay } from './days.js';

/**
 * Binds a day slider and a day field (a text field holding `YYYY-MM-DD`) to one day: moving either
 * updates the other and calls `onChange`. The slider spans `first`…`last`; the field also takes days
 * outside that span. Text that is not a day is marked invalid while typed, and put back to the day
 * shown when the field is left.
 *
 * @example
 * bindDayControl(byId('at-range'), byId('at-date'), data.first, data.last, data.at, (day) => show(day));
 */
export function bindDayControl(
  range: HTMLInputElement,
  input: HTMLInputElement,
  first: string,
  last: string,
  initial: string,
  onChange: (day: string) => void,
): void {
  const span = daysBetween(first, last);
  let shown = initial;
  const show = (day: string) => {
    shown = day;
    range.value = String(Math.min(span, Math.max(0, daysBetween(first, day))));
    range.setAttribute('aria-valuetext', day);
    input.removeAttribute('aria-invalid');
  };
  range.min = '0';
  range.max = String(span);
  range.step = '1';
  input.value = initial;
  show(initial);
  range.addEventListener('input', () => {
    const day = addDays(first, Number(range.value));
    input.value = day;
    show(day);
    onChange(day);
  });
  input.addEventListener('input', () => {
    if (!isDay(input.value)) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    show(input.value);
    onChange(input.value);
  });
  input.addEventListener('change', () => {
    if (isDay(input.value)) return;
    input.value = shown;
    input.removeAttribute('aria-invalid');
  });
}
