import { addDays, daysBetween, isDay } from './days.js';

/**
 * Binds a day slider and a date input to one day: moving either updates the other and calls
 * `onChange`. The slider spans `first`…`last`; the input also takes days outside that span.
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
  const place = (day: string) => {
    range.value = String(Math.min(span, Math.max(0, daysBetween(first, day))));
    range.setAttribute('aria-valuetext', day);
  };
  range.min = '0';
  range.max = String(span);
  range.step = '1';
  input.value = initial;
  place(initial);
  range.addEventListener('input', () => {
    const day = addDays(first, Number(range.value));
    input.value = day;
    range.setAttribute('aria-valuetext', day);
    onChange(day);
  });
  const fromInput = () => {
    if (!isDay(input.value)) return;
    place(input.value);
    onChange(input.value);
  };
  input.addEventListener('change', fromInput);
  input.addEventListener('input', fromInput);
}
